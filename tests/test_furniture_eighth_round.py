"""Site furniture left on the development parts after the seventh round (issue 18,
furniture round 8): related-story blocks, e-paper continuation marks, field lines of
portals, bracketed units, site names with a language edition, dates above the lead, a
site's name glued to the end of each paragraph. Each cut line is logged, its credits
kept, and the article's own lines stay. The lines are invented in the shapes real pages
have."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import (
    FURNITURE_BODY,
    FURNITURE_LEAD,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)


def test_a_related_stories_heading_with_recommend_and_its_items_are_cut():
    assert_cut_below(["更多新聞推薦", "相关文章推荐:", "相关新闻阅读"])
    raw = FURNITURE_BODY + "\n更多新闻推荐\n某某市启动夏季防汛演练 多部门联动\n社群留言"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert len(result.edits) == 3
    assert_logged(raw, result)
    assert_kept_between(["推荐更多优秀新闻作品"])


def test_an_e_paper_continuation_mark_is_cut_and_opens_the_page_s_tail():
    assert_cut_below(["(下转2版)", "（上接第1版）", "(转A3版)"])
    raw = FURNITURE_BODY + "\n(下转2版)\n□ 人大"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert len(result.edits) == 2
    assert_logged(raw, result)
    # without the mark, a short line after the body is the report's own
    assert strip_furniture(FURNITURE_BODY + "\n□ 人大").edits == ()


def test_a_line_of_source_and_credit_fields_is_cut_and_its_credits_kept():
    assert_cut_below(
        [
            "信息来源:某某网 | 责任编辑:张三",
            "文章来源：某某县融媒体中心  作者：李四",
            "(图文:王五 审核:赵六)",
            "記者 012345",
        ]
    )
    result = strip_furniture(FURNITURE_BODY + "\n(图文:王五 审核:赵六)")
    assert ("审核", "赵六") in result.meta["credits"]
    assert_kept_between(["主持人:张三 记录人:李四", "来源:群众来信 办理:县信访局"])


def test_a_portal_s_guiding_and_building_units_are_cut():
    assert_cut_below(
        [
            "指导单位:中共某某省委宣传部建设单位:某某新闻网",
            "运营单位：某某传媒有限公司",
            "技术支持单位:某某科技公司",
        ]
    )
    assert_kept_between(["指导:县农业农村局"])


def test_a_unit_alone_in_brackets_under_the_report_is_its_source():
    assert_cut_below(
        ["(某某縣政協)", "（某某镇宣传办）", "(某某县融媒体中心)", "（某某县人大常委会办公室）"]
    )
    result = strip_furniture(FURNITURE_BODY + "\n(某某县政协)")
    assert result.meta["credits"] == [("来源", "某某县政协")]
    assert_kept_between(["(以上数据来源于县统计局)", "（一）县政协"])


def test_a_site_name_with_its_language_edition_is_cut():
    assert_cut_below(
        ["某某市議會全球網-中文網", "某某县人民政府网站 - 英文版", "某某新闻网|繁体中文"]
    )
    raw = "某某市議會全球網-中文網\n某某县政协召开常委会议\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text.startswith("某某县政协召开常委会议\n")
    assert_logged(raw, result)


_TEASER = (
    "某某区民政处向灾区送去物资某某区民政处今天下午将一批市民捐赠的物资送到指定仓库，"
    "再转送灾区，包括棉被、暖炉和帐篷。2023-02-1315:57:14"
)


def test_the_cards_of_a_related_stories_block_are_cut_however_long():
    raw = (
        FURNITURE_BODY
        + "\n相关推荐\n封面图片\n某某区民政处向灾区送去物资\n"
        + _TEASER
        + "\n封面图片\n某某局长:明年起区议会主席由专员担任\n"
        + "某某局长:明年起区议会主席由专员担任政府公布完善地区治理建议方案。某某局长表示，区议会由"
    )
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert_logged(raw, result)
    # without the heading, a subheading that the paragraph after it repeats stays
    kept = FURNITURE_BODY + "\n会议强调要抓落实\n会议强调要抓落实，各专委会要细化分工，按期办结。"
    assert strip_furniture(kept).edits == ()


def test_a_date_alone_under_a_long_headline_is_the_page_s_date_stamp():
    headline = "某某县长冒雨勘查受灾的排水沟渠 允诺争取上级支持彻底整治 特别感谢救灾人员辛苦"
    raw = headline + "\n2023年08月16日\n" + FURNITURE_BODY
    result = strip_furniture(raw)
    assert result.text == headline + "\n" + FURNITURE_BODY
    assert_logged(raw, result)
    # a notice's own date under its signature, after the last paragraph, stays
    signed = FURNITURE_BODY + "\n某某县政协办公室\n2024年5月6日"
    assert strip_furniture(signed).edits == ()


def test_a_site_s_name_glued_to_the_end_of_each_paragraph_is_cut_with_its_own_line():
    lead, rest = FURNITURE_BODY.split("\n", 1)
    raw = "X9a某某新闻网\n" + lead + "X9a某某新闻网\n" + rest + "X9a某某新闻网"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert len(result.edits) == 3
    assert_logged(raw, result)
    # a name the page does not show alone on a line stays where a sentence says it
    said = FURNITURE_BODY + "本文由某某新闻网"
    assert strip_furniture(said).edits == ()


def test_a_clause_broken_over_lines_above_the_lead_is_no_banner():
    # a copy whose lines break mid-sentence: the first line holds clauses, not a banner
    raw = (
        "墙体广告 5月6日，在雄壮的国歌声中，某某市首个\n"
        "乡镇——中共某某区某某镇第十六次党员代表大会正式召开，同时拉开了全市换届选举工作的序幕。\n"
        "自治区党委组织部部务会成员王五，市委常委、组织部部长赵六等到现场全程观摩指导。"
    )
    assert strip_furniture(raw).edits == ()
    # a banner of short words with one comma is still cut
    banner = "某某政务，服务为民\n" + FURNITURE_BODY
    assert strip_furniture(banner).text == FURNITURE_BODY


def test_an_article_summary_box_that_the_lead_repeats_is_cut():
    for label in ("文章简介", "内容简介", "摘要", "导读"):
        raw = label + ":  " + FURNITURE_LEAD[:30] + "\n" + FURNITURE_BODY
        result = strip_furniture(raw)
        assert result.text == FURNITURE_BODY, label
        assert_logged(raw, result)
    # a summary the report does not repeat is its own
    own = "摘要:本次会议审议通过三项决议,部署下一阶段重点工作。\n" + FURNITURE_BODY
    assert strip_furniture(own).edits == ()


def test_a_comment_or_print_link_cut_short_at_the_page_s_end_is_cut():
    assert_cut_below(["发表评", "我要评", "打印本", "关闭窗"])
    # the same letters inside the page, or a whole short word at its end, stay
    assert_kept_between(["发表评"])
    assert strip_furniture(FURNITURE_BODY + "\n发表").edits == ()


def test_a_forum_s_jammer_line_around_a_site_name_is_cut():
    jammed = "3 @7 b2 k s# m某某论坛某某论坛+ U' c; N; k4 P8 f"
    raw = FURNITURE_BODY.replace("\n", "\n" + jammed + "\n", 1)
    result = strip_furniture(raw)
    assert result.text == FURNITURE_BODY
    assert_logged(raw, result)
    # a short line with a code or a formula in it is no jammer; the report's own short
    # sentence, jammed, stays
    assert_kept_between(
        [
            "型号 A-1 B-2 规格 C/3",
            "见附表 (1) (2)",
            "( G. [+ [/ b# v& D c( G3 u4 y大会在国歌声中闭幕。",
        ]
    )


def test_more_buttons_bars_and_counters_of_a_page_s_foot_are_cut():
    assert_cut_below(
        [
            "返回上一页",
            "【返回上一页】",
            "【收藏本文】",
            "【打印此文】 【关闭此页】",
            "【我要打印】",
            "打印本文 | 关闭本文",
            "打印 | 关闭",
            "点赞(12) 收藏(3)",
            "评论(0)",
            "分享(5)",
            "我来说两句",
            "查看全部评论",
            "评论区",
            "热门评论",
            "投诉举报",
            "原文链接",
            "分享链接",
            "链接已复制",
            "更多>>",
            "更多",
            "展开阅读全文",
            "全文阅读",
            "阅读 1.2万",
            "本文已被浏览 123 次",
            "已浏览 123 次",
        ]
    )
    assert_kept_between(["县政府在评论区回应了网友关切", "更多群众享受到实惠"])


def test_contact_and_licence_lines_of_a_site_s_footer_are_cut():
    assert_cut_below(
        [
            "邮编：123456",
            "邮政编码:654321",
            "地址：某某市某某区人民路88号 邮编：123456",
            "投稿邮箱：news@example.com",
            "电子邮箱:abc@163.com",
            "举报邮箱：jubao@example.com",
            "新闻热线：0123-1234567",
            "违法和不良信息举报电话：12377",
            "互联网新闻信息服务许可证：12345678",
            "增值电信业务经营许可证：京B2-12345678",
        ]
    )
    assert_kept_between(["许可证:依法办理", "热线:畅通民意渠道"])


def test_more_source_and_credit_lines_are_cut_and_their_names_kept():
    lines = [
        "发布者：管理员",
        "发布人:张三",
        "信息发布：某某县人民政府",
        "供稿单位：某某镇人民政府",
        "作者单位：某某县委宣传部",
        "（作者单位：某某县委宣传部）",
        "视频来源：某某电视台",
        "（本文转自某某公众号）",
        "（图片来源于网络）",
        "图片来源于网络，如有侵权请联系删除",
        "本报记者 张三",
        "文/图 张三",
        "文/张三 图/李四",
        "文：张三",
        "总编辑：张三",
        "2024年05月06日 10:00",
    ]
    assert_cut_below(lines)
    credits = strip_furniture(FURNITURE_BODY + "\n" + "\n".join(lines[10:15])).meta["credits"]
    for pair in [
        ("记者", "张三"),
        ("图", "张三"),
        ("文字", "张三"),
        ("图", "李四"),
        ("总编辑", "张三"),
    ]:
        assert pair in credits
    assert_kept_between(["本报记者在现场看到", "图文并茂展示成果", "2024年05月06日"])


def test_a_closing_line_of_keywords_that_are_not_names_is_cut():
    assert_cut_below(["陈芳 汉光 吴晴 美容 飞平", "乡村振兴 基层治理 人大代表 民生实事"])
    # a roster of names closing the report stays, and keywords between paragraphs too
    assert strip_furniture(FURNITURE_BODY + "\n张三丰 李四 王五 赵六 钱七").edits == ()
    assert_kept_between(["乡村振兴 基层治理 人大代表 民生实事"])


def test_a_title_bar_that_ends_with_the_headline_below_it_is_cut():
    headline = "某某县正副议长联谊会登场 提6案1动议促地方发声"
    lead = "10月21日，全国正副议长联谊会在某某县登场，与会议长提出6案1动议，促地方发声。"
    raw = (
        "某某购物《shop.example》特价商城,宅配到府,货到付款,"
        + headline
        + "\n某某新闻网\n"
        + headline
        + "\n"
        + lead
    )
    result = strip_furniture(raw)
    assert result.text == headline + "\n" + lead
    assert_logged(raw, result)
    # a lead that a later subheading merely opens stays
    kept = FURNITURE_LEAD + "\n会议强调要抓好落实工作\n会议强调要抓好落实工作，各专委会要细化分工。"
    assert strip_furniture(kept).edits == ()
