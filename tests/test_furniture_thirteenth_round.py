"""Issue 18, furniture round 13: line shapes made on a survey of new pages (copies of
government sites and their mirrors), each checked on invented lines (no real page's line)."""

from public_records.clean.furniture import line_kind, strip_furniture
from public_records.clean.pipeline import clean

REPORT = (
    "5月6日，某镇第九届人民代表大会第三次会议在镇会议中心开幕，镇人大主席甲乙主持会议。\n"
    "大会听取并审议了镇政府工作报告和镇人大主席团工作报告。\n"
)


def test_a_reposting_sites_disclaimer_under_the_report_is_cut():
    line = (
        "本文由某某网整理转载，仅代表原作者观点，转载目的在于传递更多信息，"
        "不代表本网赞同其观点。如有问题，请联系本网处理。"
    )
    assert line_kind(line) == "disclaimer"
    assert strip_furniture(REPORT + line + "\n").text == REPORT


def test_a_report_on_spreading_information_stays():
    line = "会议指出，转载和传播政务信息要准确，目的在于传递更多惠民政策。"
    assert line_kind(line) is None


def test_a_font_size_label_cut_short_is_a_widget():
    assert line_kind("【字体:") == "font size"
    assert line_kind("字体: [") == "font size"
    text = "某县召开安全生产会议\n【字体：\n" + REPORT
    assert "字体" not in strip_furniture(text).text


def test_a_line_naming_a_font_stays():
    assert line_kind("统一使用仿宋字体") is None
    assert line_kind("规范公文字体") is None


def test_a_footer_row_of_site_links_left_before_its_copyright_is_cut():
    # what the footer step leaves of a site's last line when it cuts at 版权所有
    row = "违法和不良信息举报电话:0000000 网站地图 联系我们 某某市网站群"
    assert line_kind(row) == "footer"
    assert line_kind("网站地图 政务邮箱 某某县人民政府门户网站") == "footer"
    # a long last line: the footer step cuts it at 版权所有, the furniture step its head
    text = REPORT + row + " 版权所有:某某县人民政府门户网站 主办单位:某某县人民政府办公室" * 2
    cleaned = clean(text)
    assert "网站地图" not in cleaned.text
    assert cleaned.text.startswith(REPORT.rstrip("\n"))


def test_a_sentence_on_reporting_illegal_information_stays():
    line = "县网信办公布违法和不良信息举报电话，欢迎群众监督。"
    assert line_kind(line) is None
    assert line_kind("县网信办开通违法和不良信息举报平台") is None


def test_a_reviewer_credit_under_the_report_goes_to_credits():
    for line, role in (("审核人：某某", "审核人"), ("新闻审核人：某某办公室", "新闻审核人")):
        cleaned = clean(REPORT + line + "\n")
        assert cleaned.text.rstrip("\n") == REPORT.rstrip("\n")
        assert (role, line.split("：")[1]) in cleaned.meta["credits"]


def test_a_sentence_on_reviewers_stays():
    text = "审核人员要认真负责，严把质量关。\n" + REPORT
    assert clean(text).text.startswith("审核人员要认真负责")


def test_a_share_label_with_a_note_in_brackets_opens_the_tail():
    assert line_kind("分享(包括微信):") == "share"
    tail = "分享（包括微信）：\n本站图片集：\n站内检索[可按单位检索]：检索\n"
    assert strip_furniture(REPORT + tail).text == REPORT


def test_a_sentence_on_sharing_stays():
    assert line_kind("分享(交流)经验") is None
    assert line_kind("分享(包括微信)会上的做法。") is None


def test_a_labelled_divider_under_the_report_opens_the_tail():
    assert line_kind("分隔线") == "divider"
    tail = "-----分割线-----\n  • 网站首页\n  • 合作伙伴\n  • 某某条款\n"
    assert strip_furniture(REPORT + tail).text == REPORT


def test_a_divider_inside_the_report_keeps_the_lines_after_it():
    text = "5月6日，某镇召开会议。\n-----分隔线-----\n" + REPORT
    assert strip_furniture(text).text.endswith(REPORT)
    assert line_kind("分隔线的位置要统一") is None


def test_a_sites_footer_links_alone_on_their_lines_are_cut():
    for line in ("网站首页", "广告合作", "服务条款", "版权申明"):
        assert line_kind(line) == "policy", line
    assert strip_furniture(REPORT + "网站首页\n服务条款\n").text == REPORT


def test_a_line_on_terms_of_service_stays():
    assert line_kind("服务条款要公开透明") is None
