"""Issue 18, round 11: titles and site furniture by KIND, not by the lines seen on the
development pages. Each rule is a shape that holds on pages not seen (a pager link alone,
a browser notice, a help line with an e-mail address, a paper's name, a date stamp with
its weekday, the breadcrumb's last item repeated as the column's heading, a ticker of
other headlines), checked on invented lines (no real page's line), with lines a report
could say that must stay."""

from public_records.clean.fold import fold
from public_records.clean.furniture import line_kind, strip_furniture
from public_records.extract.title import derive_title

REPORT = (
    "5月6日，某镇第九届人民代表大会第三次会议在镇会议中心开幕，镇人大主席甲乙主持会议。\n"
    "大会听取并审议了镇政府工作报告和镇人大主席团工作报告。\n"
)


def test_a_pager_link_alone_is_a_pager():
    for line in ("上一页", "下一页", "上一篇", "下一篇", "« 上一页", "下一页 >"):
        assert strip_furniture(REPORT + line + "\n").text == REPORT, line


def test_a_sentence_about_the_next_page_stays():
    assert line_kind("详见下一页附表。") is None
    assert line_kind("上一篇报告中提到的问题已整改") is None


def kind(line: str) -> str | None:
    """The furniture kind of a line as the step judges it (folded: Simplified, ASCII
    marks)."""
    return line_kind(fold(line).text.strip())


def test_a_browser_not_supported_notice_is_furniture():
    assert kind("很抱歉，本站暂不支持您当前使用的浏览器。") == "browser"
    assert kind("對不起，我們並不支援閣下正使用的瀏覽器") == "browser"


def test_a_help_line_giving_an_e_mail_address_is_furniture():
    assert kind("如有疑问，请电邮至 help@example.com 查询。") == "contact"
    assert kind("如有問題，歡迎發送電郵到 desk@example.org 聯絡。") == "contact"


def test_a_report_sentence_on_browsers_or_mail_stays():
    assert kind("会议要求各部门升级办公电脑的浏览器。") is None
    assert kind("县政协通过电邮征集委员提案，共收到意见建议120条。") is None
    assert kind("市民如对计划有意见，可于本月底前电邮至 plan@example.org 提交。") is None


def test_a_paper_s_name_alone_is_a_site_name():
    papers = ("某城晨报", "某州早报", "某某都市报", "某江商报")
    for line in (*papers, "某海新闻-某城晨报", "某某网—某州时报"):
        assert kind(line) == "site name", line


def test_a_short_line_ending_in_a_paper_word_that_says_something_stays():
    assert kind("县政府及时报告") is None
    assert kind("请各单位按时报送") is None


def test_a_date_stamp_with_its_weekday_below_the_report_is_cut():
    for line in ("2031年3月5日(星期三)", "2031年3月5日 星期三", "2031年03月05日（周三）"):
        assert strip_furniture(REPORT + "\n" + line + "\n").text.rstrip("\n") == REPORT.rstrip(
            "\n"
        ), line


def test_a_notice_s_date_under_its_signature_stays():
    notice = REPORT + "某镇人民代表大会主席团\n2031年3月5日\n"
    assert "2031年3月5日" in strip_furniture(notice).text


def test_the_breadcrumb_s_last_item_shown_again_as_the_column_heading_is_cut():
    from public_records.clean.chrome import strip_chrome

    text = (
        "当前位置:首页 > 工作动态 > 委员活动\n"
        "\n"
        "委员活动\n"
        "\n"
        "某县政协召开常委会议\n"
        "发布时间:2031-03-05  来源:某县政协\n"
        "5月6日，某县政协召开常委会议，县政协主席甲乙主持会议并讲话，副主席丙丁出席。\n"
    )
    result = strip_chrome(text)
    assert "委员活动" not in result.text
    assert "栏目名称" in [e.note for e in result.edits]
    assert result.meta["page_title"] == "某县政协召开常委会议"


def test_a_headline_that_the_breadcrumb_also_ends_with_stays_the_page_title():
    from public_records.clean.chrome import strip_chrome

    text = (
        "当前位置:首页 > 工作动态 > 某县政协召开常委会议\n"
        "某县政协召开常委会议\n"
        "5月6日，某县政协召开常委会议，县政协主席甲乙主持会议并讲话，副主席丙丁出席。\n"
    )
    assert strip_chrome(text).meta.get("page_title") == "某县政协召开常委会议"


TICKER = (
    "某市举办青年创业大赛 百余团队参赛      某区启动老旧小区改造工程      "
    "某县推进乡村振兴 农民增收      某镇开展防汛应急演练"
)


def test_a_ticker_of_other_headlines_above_the_report_is_cut():
    text = "今日头条:\n\n" + TICKER + "\n\n某镇人代会开幕\n\n" + REPORT
    clean = strip_furniture(text).text
    assert TICKER not in clean
    assert derive_title(clean) == "某镇人代会开幕"


def test_a_headline_with_its_sub_headlines_between_single_spaces_stays():
    line = "某镇第九届人民代表大会第三次会议开幕 听取政府工作报告 审议预算 选举镇长"
    assert line in strip_furniture(line + "\n" + REPORT).text


def test_a_table_row_of_units_inside_the_report_stays():
    row = "某县人民政府办公室      某县财政局办公室      某县教育局办公室"
    text = REPORT + row + "\n" + REPORT
    assert row in strip_furniture(text).text


def test_a_site_tag_in_brackets_opening_the_lead_is_no_part_of_the_title():
    lead = "【某某新闻台】市政协主席甲乙继续某地考察行程，先后到社区服务中心和养老院。\n"
    assert derive_title(lead) == "市政协主席甲乙继续某地考察行程"


def test_a_recommendation_heading_is_a_related_heading():
    headings = ("你可能感兴趣的", "您可能还喜欢的文章", "猜你喜欢", "为你推荐")
    for line in (*headings, "精彩推荐:", "今日头条"):
        assert kind(line) == "related", line


def test_a_reading_aloud_or_care_mode_switch_is_furniture():
    for line in ("开启朗读", "语音播报", "朗读本文", "关怀版", "适老化版"):
        assert kind(line) == "skip link", line


def test_a_search_box_is_furniture():
    for line in ("请输入关键字", "请输入关键词搜索", "站内搜索", "全站搜索", "搜索", "高级搜索"):
        assert kind(line) == "search", line


def test_more_widgets_of_known_kinds():
    assert kind("政府网站标识码：3200000001") == "footer"
    assert kind("视频播放器加载中...") == "media label"
    assert kind("更多+") == "read more"
    assert kind("微信公众号") == "follow"
    assert kind("点击关注") == "follow"
    assert kind("已关注") == "follow"
    assert kind("转发") == "share"
    assert kind("设为首页") == "share"
    assert kind("下载附件") == "attachment"
    assert kind("责编：") == "empty credit"
    assert kind("审核：") == "empty credit"


def test_report_lines_near_those_widgets_stay():
    for line in (
        "县政协主席甲乙强调，要关注民生实事。",
        "会议推荐了3名候选人。",
        "代表们搜索历史资料，整理成册。",
        "镇政府开启了防汛应急响应。",
    ):
        assert kind(line) is None, line


# Taiwan's and Hong Kong's words for the same widgets (a page in Traditional folds to
# Simplified characters, not to the mainland's words: 列印 stays 列印, 搜尋 is 搜寻).
def test_traditional_pages_widget_words_are_their_kinds():
    expected = {
        "友善列印": "share",
        "列印本頁": "share",
        "轉寄": "share",
        "回上一頁": "share",
        "回頂端": "share",
        "字級：小 中 大": "font size",
        "進階搜尋": "search",
        "網站導覽": "policy",
        "意見信箱": "policy",
        "資訊安全政策": "policy",
        "瀏覽人次：1234": "counter",
        "點閱數：12": "counter",
        "線上人數：3": "counter",
        "會員登入": "login",
        "訂閱電子報": "login",
        "發布日期：113-05-15": "date line",
        "本頁最後更新：2024年5月15日": "date line",
        "二○二五年二月二十八日（星期五）": "date line",
        "香港時間16時30分": "date line",
        "某某市議會新聞稿": "column name",
        "新聞公報": "column name",
        "最新消息": "column name",
        "相關連結": "related",
        "熱門點閱": "related",
        "看更多": "read more",
        "相片": "media label",
        "照片來源：某某市議會": "picture source",
        "本網站著作權屬於某某市議會": "footer",
        "最佳瀏覽解析度1024x768": "browser",
        "新聞分類：議會新聞": "tags",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_report_lines_with_those_words_stay():
    for line in (
        "議員要求市府列印清冊送交議會。",
        "市長表示將持續關注最新消息。",
        "議會新聞稿指出，定期會將於下月開議。",
        "委員會於113年5月15日審查預算，議長主持。",
    ):
        assert kind(line) is None, line


def test_more_frame_lines_of_a_county_site_are_their_kinds():
    expected = {
        "相关稿件": "related",
        "本网站由某某县信息中心维护": "sponsor",
        "本站由某某县大数据中心承办": "sponsor",
        "某某县人民政府办公室主办": "sponsor",
        "网站纠错": "share",
        "政务微信": "follow",
        "政务公开": "column name",
        "政府信息公开": "column name",
        "某某县融媒体中心": "site name",
        "某某县广播电视台": "site name",
        "融媒体记者 甲乙": "credit list",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_a_chief_producer_s_credit_goes_to_credits():
    result = strip_furniture(REPORT + "总监制：甲乙\n")
    assert result.text == REPORT
    assert ("总监制", "甲乙") in result.meta["credits"]


def test_report_lines_naming_a_centre_or_a_host_stay():
    for line in (
        "会议由县融媒体中心承办，县政协办公室主办。",
        "县政协主席甲乙到县融媒体中心调研。",
        "县政府办公室负责信息公开工作，全年主动公开信息1200条。",
    ):
        assert kind(line) is None, line


def test_lines_under_a_report_of_known_kinds():
    expected = {
        "原载：《某某日报》2031年1月1日第2版": "source line",
        "（供稿：某某镇）": "source line",
        "某某镇人大供稿": "source line",
        "上一则：某某镇召开会议": "prev next",
        "下一条：某某镇召开会议": "prev next",
        "发布：2031-01-01": "date line",
        "发布于：2031-01-01 10:20": "date line",
        "抖音号：abc123": "follow",
        "点击下方“阅读原文”查看更多": "read more",
        "本周热点": "related",
        "转发到朋友圈": "share",
        "写评论": "comments",
        "匿名发表": "comments",
        "提交": "comments",
        "用户名：": "login",
        "密码：": "login",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_a_bracketed_writer_and_photographer_line_is_a_credit():
    result = strip_furniture(REPORT + "（文/甲乙 图/丙丁）\n")
    assert result.text == REPORT
    assert ("图", "丙丁") in result.meta["credits"]


def test_more_editors_roles_are_credits():
    for role in ("统稿", "编校", "校审", "文字编辑", "网络编辑", "图片编辑", "新媒体编辑", "签发"):
        result = strip_furniture(REPORT + role + "：甲乙\n")
        assert result.text == REPORT, role
        assert (role, "甲乙") in result.meta["credits"], role


def test_report_sentences_on_submitting_and_publishing_stay():
    for line in (
        "会议要求各单位于月底前提交书面材料。",
        "县政府于2031年1月1日发布通告。",
        "代表们原载誉而归，受到表彰。",
    ):
        assert kind(line) is None, line


def test_a_site_s_frame_above_or_below_a_report_of_known_kinds():
    expected = {
        "某某县人民政府欢迎您！": "welcome",
        "某某县人大常委会欢迎你": "welcome",
        "晴 15℃~25℃": "date widget",
        "多云转小雨 12~20°C 东南风3级": "date widget",
        "地址：某某县某某路18号": "contact",
        "地址：某某县某某大道1号行政中心5楼": "contact",
        "网站主办：某某县人民政府办公室": "sponsor",
        "公安备案号：32000002000000": "footer",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_report_sentences_on_weather_addresses_and_welcomes_stay():
    for line in (
        "当天气温15℃~25℃，代表们冒雨察看了防汛工作。",
        "群众热烈欢迎您的到来，县长甲乙说。",
        "新办公地址为某某路18号，群众可前往办理。",
    ):
        assert kind(line) is None, line


def test_more_widget_words_wherever_they_stand():
    expected = {
        "发布日期：": "date line",
        "刊发时间：": "date line",
        "创建于2031-07-10": "date line",
        "（发布于：2031-09-27 09:24）": "date line",
        "2031年 / 1 月 22日 / 星期四": "date line",
        "查看所有结果": "search",
        "沒有結果": "search",
        "忘記密碼": "login",
        "免費註冊": "login",
        "檢舉": "share",
        "推薦好友": "share",
        "回到頂端": "share",
        "返 回": "share",
        "回顶部": "share",
        "暂无相关信息": "related",
        "阅读下一篇": "prev next",
        "首圖": "media label",
        "新聞圖片": "media label",
        "跳過導航": "skip link",
        "進入行動版 | 繼續瀏覽電腦版": "share",
        "第二版 第三版 第四版": "newspaper page",
        "2031年5月16日 第835期 共4版": "newspaper page",
        "熱門：某甲 某乙 地震": "related",
        "立即下载": "app prompt",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_report_sentences_with_those_words_stay():
    for line in (
        "会议审议通过了检举箱管理办法。",
        "代表们回到顶端的观景台察看水情。",
        "县政府将于第二版规划中予以明确。",
    ):
        assert kind(line) is None, line


def test_still_more_frame_lines_of_known_kinds():
    expected = {
        "【某某县融媒体中心】": "source unit",
        "实习生 丙丁": "credit list",
        "见习记者 甲乙": "credit list",
        "特约通讯员 甲乙": "credit list",
        "本报讯": "byline",
        "点击右上角分享": "share",
        "[大][中][小]": "font size",
        "已阅读": "counter",
        "赞 12": "counter",
        "在看 3": "counter",
        "全文完": "end mark",
        "（全文完）": "end mark",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_a_bracketed_source_unit_and_trainee_credits_go_to_credits():
    result = strip_furniture(REPORT + "【某某县融媒体中心】\n实习生 丙丁\n")
    assert result.text == REPORT
    assert ("来源", "某某县融媒体中心") in result.meta["credits"]
    assert ("实习生", "丙丁") in result.meta["credits"]


def test_a_news_site_s_notices_of_known_kinds():
    expected = {
        "我是廣告 請繼續往下閱讀": "app prompt",
        "廣告 請繼續往下閱讀": "app prompt",
        "查看隱藏內容需先登入": "login",
        "發布在 新聞區, 社會生活": "tags",
        "新聞出版局登記編號 123號": "footer",
        "即時新聞:": "column name",
    }
    for line, want in expected.items():
        assert kind(line) == want, line


def test_report_sentences_on_ads_and_registration_stay():
    for line in (
        "議員質詢市府廣告預算，請市府繼續說明。",
        "新設公司須先登入系統辦理登記。",
        "新设公司需先登入系统办理登记。",
    ):
        assert kind(line) is None, line


def test_a_return_visit_is_a_deed_after_the_place_it_goes_to():
    lead = (
        "3月7日下午，镇委书记、镇人大主席甲乙，镇委副书记、镇长丙丁等镇领导率某村、某屯等"
        "村负责人到某街道真情回访，感谢该街道对我镇的对口帮扶，并就下一步工作进行交流。\n"
    )
    title = derive_title(lead)
    # the head said by its office, joined with 、 (titles43)
    assert title.startswith("镇委书记、镇人大主席甲乙、镇长丙丁")
    assert title.endswith("到某街道真情回访")
    lead = "5月6日，县长甲乙到某镇探访独居老人，送上慰问品，叮嘱注意防暑。\n"
    assert derive_title(lead) == "县长甲乙到某镇探访独居老人"


def test_a_long_title_never_ends_inside_its_subject():
    from public_records.extract.title import _shorten

    title = (
        "市委常委、常务副市长甲乙，市人大常委会副主任丙丁，市政协副主席戊己"
        "带领市直有关部门主要负责人到某某区某某街道某某社区检查指导防汛抢险救灾工作"
    )
    short = _shorten(title)
    assert short != "市委常委、常务副市长甲乙"
    assert "带领" in short


def test_a_column_tag_or_picture_mark_before_a_headline_is_dropped():
    from public_records.extract.title import _tidy_headline

    # a picture mark, then a column tag longer than ten characters
    assert _tidy_headline("[图]【聚焦2031某县“两会”】县政协十一届六次会议开幕") == (
        "县政协十一届六次会议开幕"
    )
    assert _tidy_headline("图]【某县新闻】县政协会议开幕") == "县政协会议开幕"
    # a tag whose opening bracket the copy lost
    assert _tidy_headline("要闻速递】区领导督导安全生产工作") == "区领导督导安全生产工作"


def test_a_headline_with_brackets_inside_it_keeps_them():
    from public_records.extract.title import _tidy_headline

    assert _tidy_headline("县政协召开【学习贯彻】专题会议") == "县政协召开【学习贯彻】专题会议"
    assert (
        _tidy_headline("区人大常委会审议《某某条例（草案）》")
        == "区人大常委会审议《某某条例（草案）》"
    )


def test_a_sentence_on_a_record_number_stays():
    assert kind("该项目已完成备案号登记。") is None
    assert kind("全县新增备案号码12个。") is None


def test_a_headline_s_date_media_marks_and_bullets_are_dropped():
    from public_records.extract.title import _tidy_headline

    want = "某县政协召开常委会议"
    for line in (
        "某县政协召开常委会议（2031-05-06）",
        "某县政协召开常委会议 2031年05月06日",
        "某县政协召开常委会议(附视频)",
        "某县政协召开常委会议（多图）",
        "图文：某县政协召开常委会议",
        "视频｜某县政协召开常委会议",
        "某县政协召开常委会议 | 某某发布",
    ):
        assert _tidy_headline(line) == want, line


def test_a_bullet_before_a_headline_is_no_part_of_it():
    lead = "5月6日，某县政协召开十届常委会第九次会议，县政协主席甲乙主持会议并讲话。\n"
    assert derive_title("▶某县政协召开常委会议\n" + lead) == "某县政协召开常委会议"


def test_a_headline_that_ends_with_a_date_of_its_own_keeps_it():
    from public_records.extract.title import _tidy_headline

    line = "某县第九届人民代表大会第三次会议将于2031年5月6日召开"
    assert _tidy_headline(line) == line


def test_a_session_closing_after_its_agenda_keeps_its_name():
    leads = {
        "政协某县第十届委员会第一次会议在圆满完成各项议程后，于今天上午胜利闭幕。\n": (
            "政协某县第十届委员会第一次会议胜利闭幕"
        ),
        "历时3天的某县政协十届一次会议，圆满完成各项议程后，于12日上午胜利闭幕。\n": (
            "某县政协十届一次会议胜利闭幕"
        ),
    }
    for lead, want in leads.items():
        assert derive_title(lead).endswith(want), lead


def test_a_wechat_page_s_frame_is_an_app_s_prompts():
    for line in (
        "预览时标签不可点",
        "继续滑动看下一个",
        "向上滑动看下一个",
        "轻触阅读原文",
        "知道了",
        "取消",
        "允许",
        "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看",
        "喜欢此内容的人还喜欢",
        "觉得好看，请点这里",
        "下载某某APP",
        "某某APP",
        "更多精彩内容，请下载某某客户端",
    ):
        assert kind(line) == "app prompt", line


def test_a_picture_from_the_web_and_a_media_centre_s_credit():
    assert kind("本文图片来自网络") == "picture source"
    result = strip_furniture(REPORT + "某某县融媒体中心 甲乙\n")
    assert result.text == REPORT
    assert ("来源", "甲乙") in result.meta["credits"]


def test_report_sentences_on_cancelling_and_allowing_stay():
    for line in (
        "会议决定取消原定的检查安排。",
        "县政府允许企业分期缴纳。",
        "代表们知道了群众的所思所盼。",
    ):
        assert kind(line) is None, line


# The title step reads the clean text, Simplified by then.
def test_a_hong_kong_day_in_brackets_after_today_leaves_no_empty_brackets():
    lead = "立法会议员今日（3月5日）与某区议会议员会面，就社区发展交换意见。\n"
    assert derive_title(lead) == "立法会议员与某区议会议员会面"
    lead = "行政长官甲乙今日（三月五日）到访某区，了解地区发展。\n"
    assert derive_title(lead) == "行政长官甲乙到访某区"


def test_an_agency_s_dateline_in_brackets_is_no_part_of_the_title():
    lead = "（某某社记者甲乙某市15日电）某市长丙丁今天到某区视察防汛整备，要求各单位严阵以待。\n"
    assert derive_title(lead) == "某市长丙丁到某区视察防汛整备"


def test_a_council_session_that_opens_is_said_with_its_verb():
    lead = "某县议会第20届第5次定期会15日开议，县长甲乙率府内一级主管列席，进行施政报告。\n"
    assert derive_title(lead) == "某县议会第20届第5次定期会开议"
