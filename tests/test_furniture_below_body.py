"""Site furniture below and between a report's lines (issue 18, classes from dev-t4):
reprint notices, captchas, information fields, tags, counters, production credits,
link lines, disclaimers, photographers' credits, sponsors, a lone signature, markup
left over, share bars. Each cut line is logged, its credits kept, and the article's own
short lines stay. The lines are invented in the shapes real pages have."""

from __future__ import annotations

from public_records.clean.edits import kind_note
from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import (
    FURNITURE_BODY,
    FURNITURE_LEAD,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)


def test_a_reprint_notice_after_a_claim_of_origin_is_cut():
    assert_cut_below(
        [
            "▌文章为某某融媒体中心原创，转载或内容合作请联系我们。未经许可，不得转载。",
            "本文系某某新闻网原创稿件，未经授权严禁转载。",
        ]
    )


def test_a_bar_of_print_close_and_favourite_buttons_is_cut():
    assert_cut_below(
        [
            "【打印本页】 【关闭窗口】",
            "打印 关闭",
            "【收藏】【打印】【关闭】",
            "收藏本页 打印本页 关闭窗口",
            "【我要纠错】",
            "返回搜狐，查看更多",
            "在看",
        ]
    )


def test_eye_care_colours_and_font_size_widgets_are_cut():
    assert_cut_below(["视力保护色：", "背景色：", "字号：T|T", "[ 大 中 小 ]"])


def test_qr_code_prompts_and_a_wechat_id_are_cut():
    assert_cut_below(
        ["手机扫码阅读", "微信扫一扫", "扫码分享", "二维码", "长按二维码关注", "微信号：abc123"]
    )


def test_an_empty_attachment_label_and_attached_files_are_cut():
    assert_cut_below(["附件：", "附件下载：", "相关附件", "附件：1.某某县2024年项目清单.xlsx"])


def test_more_credit_roles_and_an_original_title_field_are_cut():
    raw = FURNITURE_BODY + "\n文章录入：张某三\n本期编辑：李某四\n原标题：某某县召开会议"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [("文章录入", "张某三"), ("本期编辑", "李某四")]


def test_a_captcha_prompt_tags_and_a_bare_counter_are_cut():
    assert_cut_below(
        [
            "请输入验证码",
            "請輸入驗證碼",
            "标签：",
            "关键字：议会.定期大会.开议",
            "阅读 541",
            "阅读 10万+",
            "浏览：",
        ]
    )


def test_a_sites_platform_line_and_a_complaint_link_are_cut():
    assert_cut_below(["文章由 某某工作版 编辑制作", "投诉"])


def test_a_link_line_and_a_title_field_are_cut():
    assert_cut_below(
        [
            "本文链接：https://news.example.com/content/2017/09/19/6224992.html",
            "地址：http://www.example.com/kfxw/14028.html",
            "两个报告链接：",
            "标题：“某某乡多措并举做好秸秆禁烧工作”",
        ]
    )


def test_a_disclaimer_under_the_sites_name_and_its_numbered_clauses_are_cut():
    assert_cut_below(
        [
            "某某市政协网站版权与免责声明：",
            "① 凡本网注明来源“某某市政协”的各类稿件，版权均属本机关所有，转载请注明出处。",
        ]
    )


def test_a_sponsor_line_with_the_sites_address_or_platform_is_cut():
    assert_cut_below(
        [
            "某某新闻网主办 http://news.example.com.cn",
            "某某市融媒体中心主办 浙江在线新闻网站平台支持",
        ]
    )


def test_markup_left_in_a_copy_is_cut():
    assert_cut_below(
        ["2018-06-05 1 1 某某日报 content_25492.html 1 某某乡:筑牢防线 /enpproperty-->"]
    )


def test_a_source_line_of_any_label_is_cut_with_its_date():
    assert_cut_below(
        [
            "本文来源： 商务之窗",
            "资料来源：某某省政协、某某卫视",
            "稿源： 中国某某网  | 2011-02-22 07:11:14",
        ]
    )


def test_a_url_with_its_date_and_paper_is_cut():
    assert_cut_below(["http://www.example.com.cn 2007年01月26日00:58 某某时报"])


def test_a_share_bar_naming_its_services_is_cut():
    assert_cut_below(["分享: 分享至 LINE 分享至 Facebook 分享至 Twitter 分享至 Google+"])


def test_credits_with_joined_roles_or_a_picture_role_are_cut_and_kept():
    raw = FURNITURE_BODY + "\n  文字/剪辑：宋某越\n记者 钟国胜 图 林聪海"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [
        ("文字", "宋某越"),
        ("剪辑", "宋某越"),
        ("记者", "钟国胜"),
        ("图", "林聪海"),
    ]


def test_a_photographers_name_before_its_role_is_cut_and_kept():
    raw = FURNITURE_BODY + "\n樊某太 摄"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [("摄影", "樊某太")]
    assert result.edits[0].note == kind_note("photo credit")


def test_a_unit_and_a_name_in_brackets_is_a_source_credit():
    raw = FURNITURE_BODY + "\n(某某省某某市界河镇宣传科 王某磊) |"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [("来源", "王某磊")]


def test_a_one_character_site_name_and_a_column_tag_above_the_headline_are_cut():
    raw = "墨新闻\n[ 政协 ]\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text == FURNITURE_BODY
    assert len(result.edits) == 2


def test_a_byline_of_paper_reporter_and_place_is_cut_and_its_name_kept():
    raw = "某某日报记者 田某江 台南市 报导\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text == FURNITURE_BODY
    assert result.meta["credits"] == [("记者", "田某江")]


def test_a_name_and_place_byline_closing_the_report_is_cut_and_kept():
    raw = FURNITURE_BODY + "\n李某汪/金宁报导。"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [("记者", "李某汪")]


def test_ad_slot_labels_and_a_privacy_policy_link_are_cut():
    assert_cut_below(
        ["自动轮播广告(右)横式1栏", "自动轮播广告(上小)横式选举3栏", "隐私权保护政策  新闻授权规范"]
    )


def test_a_lone_signature_between_the_body_and_the_sites_tail_is_a_credit():
    raw = FURNITURE_BODY + "\n司某明\n新闻推荐\n市委书记调研乡村振兴工作"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert result.meta["credits"] == [("作者", "司某明")]
    assert result.edits[0].note == kind_note("signature")
    ending = FURNITURE_BODY + "\n司某明"  # the page's last line (the footer step cut the rest)
    assert strip_furniture(ending).meta["credits"] == [("作者", "司某明")]


def test_names_after_the_body_that_the_article_lists_stay():
    # names in a roster after a short line, a name followed by more article text, a
    # place that is no name: all the article's
    roster = FURNITURE_BODY + "\n出席会议的有：\n张三\n李四"
    followed = FURNITURE_BODY + "\n张三\n会议要求，要抓落实。"
    for raw in (roster, followed):
        assert strip_furniture(raw).edits == (), raw


def test_info_fields_of_a_government_page_are_cut():
    raw = (
        "索 引 号:005291564/2016-00443主题分类:综合政务/工作信息/工作动态\n"
        "体    裁生效日期废止日期\n" + FURNITURE_BODY
    )
    result = strip_furniture(raw)
    assert result.text == FURNITURE_BODY


def test_article_lines_that_mention_these_words_stay():
    lines = [
        "会议强调，未经批准不得擅自转载涉密文件。",
        "县委书记王五到县融媒体中心调研，查看新闻链接平台建设情况。",
        "王五强调，要把牢正确政治方向，做优宣传，不得发表未经审核的稿件。",
        "县图书馆",
        "群众可扫描二维码，对窗口服务进行评价。",
        "附件中列明了各乡镇的任务清单，要求逐项落实。",
        "在看望慰问中，王五详细询问了老人的生活情况。",
        "评论员文章引发热议，王五要求认真学习。",
        "会议通过微信群向各村发布了通知。",
    ]
    assert_kept_between(lines)


def test_the_signature_is_looked_for_once_per_page(monkeypatch):
    # Many name-shaped lines after the body: only the first line after it can be the
    # signature, and the line after that is found once, not walked to from every row.
    import public_records.clean.furniture as furniture

    calls = []
    real = furniture._next_key_row

    def counting(rows, i):
        calls.append(i)
        return real(rows, i)

    monkeypatch.setattr(furniture, "_next_key_row", counting)
    for n in (200, 2000):
        calls.clear()
        page = FURNITURE_BODY + "\n" + "\n".join(["张三", "", "出席会议的有："] * n)
        result = furniture.strip_furniture(page)
        assert "张三" in result.text  # the article's names stay
        assert len(calls) <= 2, (n, len(calls))


def test_credits_with_a_bar_between_role_and_name_and_more_roles_are_kept():
    lines = [
        "编辑 | 张某三",
        "一审 | 李某四",
        "来源丨某某发布",
        "统筹：王某五",
        "摄像：赵某六",
        "主编：钱某七",
        "值班主任：孙某八",
        "制作：某某融媒体中心",
        "供稿：某某镇",
        "图文：周某九",
    ]
    raw = FURNITURE_BODY + "\n" + "\n".join(lines)
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert len(result.meta["credits"]) == len(lines)
    assert ("编辑", "张某三") in result.meta["credits"]


def test_site_links_follow_prompts_and_wechat_share_instructions_are_cut():
    assert_cut_below(
        [
            "最新文章",
            "往期回顾",
            "评论",
            "写留言",
            "微信",
            "QQ空间",
            "关于我们",
            "网站标识码：1234567890",
            "政府网站找错",
            "适老化无障碍服务",
            "【发布单位：某某县】",
            "在手机上打开",
            "打开微信，点击底部的“发现”，",
            "使用“扫一扫”即可将网页分享至朋友圈。",
            "点击上方蓝字关注我们",
            "本文来自：某某新闻网",
            "本文转自某某公众号",
            "转自：某某发布",
        ]
    )


SECOND = "会议强调，要围绕中心工作建言献策，王五要求各专委会抓好落实，确保工作取得实效。"


def test_media_placeholders_picture_sources_and_app_prompts_between_paragraphs_are_cut():
    lines = [
        "视频加载中...",
        "点击播放",
        "【视频】",
        "(视频)",
        "【图片】",
        "图1",
        "资料图",
        "（资料图）",
        "点击查看大图",
        "展开全文",
        "上滑查看",
        "戳视频↓",
        "（图片来自网络）",
        "图片由某某镇提供",
        "广告",
        "下载客户端",
        "打开APP",
        "打开某某新闻，阅读体验更佳",
        "举报/反馈",
        "特别声明：以上内容仅代表作者本人的观点或立场",
        "本文为某某号作者原创",
    ]
    for line in lines:
        raw = FURNITURE_LEAD + "\n" + line + "\n" + SECOND
        result = strip_furniture(raw)
        assert result.text == FURNITURE_LEAD + "\n" + SECOND, line
        assert_logged(raw, result)


def test_picture_and_video_credits_with_a_slash_are_cut_and_kept():
    raw = (
        FURNITURE_LEAD
        + "\n张某三/摄\n图 / 李某四\n视频 / 王某五\n供图：赵某六\n（某某镇供图）\n"
        + SECOND
    )
    result = strip_furniture(raw)
    assert result.text == FURNITURE_LEAD + "\n" + SECOND
    assert result.meta["credits"] == [
        ("摄影", "张某三"),
        ("图", "李某四"),
        ("视频", "王某五"),
        ("供图", "赵某六"),
        ("供图", "某某镇"),
    ]


def test_a_site_notice_and_a_byline_broken_over_lines_above_the_lead_are_cut():
    notice = "天眼第五代网站程式已于113年11月11日起正式启用，所有会员帐号+密码沿用有效，欢迎利用。"
    headline = "县政协召开九届二十次常委会议"
    raw = "\n".join([notice, headline, "天眼日报记者", "田某江", "台南市", "报导", FURNITURE_BODY])
    result = strip_furniture(raw)
    assert result.text == headline + "\n" + FURNITURE_BODY
    assert result.meta["credits"] == [("记者", "田某江")]
    assert_logged(raw, result)
