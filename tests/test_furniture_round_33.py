"""Round "furniture 33" (issue 18). Invented lines.

1. A site's reprint notice asks the reader to attach the original's link or source, not
   only to name it (转载请附上原文链接, 转载请保留出处), and a reprint disclaimer may drop
   the 之 of 之目的 (转载此文是出于传递更多信息目的): both are furniture lines.
2. A credit line whose role is set in brackets instead of being followed by a colon
   ([作者]甲某, 【记者】甲某 乙某, [来源]某某报) is a credit line: its names go to the
   credits (before, the furniture step cut such a line by its shape and its name was lost).
3. An image's file name alone on its line may quote the headline it was named after, its
   quotation marks paired and holding no clause mark (某镇开展“清洁家园”活动2.jpg): the whole
   line goes as an image file name (before, only `2.jpg` went and the words stayed as a line).
"""

from __future__ import annotations

from public_records.clean.captions import move_captions
from public_records.clean.credits import harvest_credits, parse_credits
from public_records.clean.furniture import line_kind, strip_furniture

# 1. Reprint notices and disclaimers.


def test_a_reprint_notice_asking_for_the_link_is_furniture():
    assert line_kind("本站原创文章,转载请附上原文链接。") == "reprint"
    assert line_kind("某某新闻网原创稿件,转载请保留出处及作者姓名") == "reprint"
    assert line_kind("转载请标明来源:某某县融媒体中心") == "reprint"


def test_a_reprint_disclaimer_without_zhi_is_furniture():
    line = (
        "转载此文是出于传递更多信息目的。若来源标注错误或侵犯了您的权益,"
        "请与本站联系,我们将及时更正。"
    )
    assert line_kind(line) == "disclaimer"


def test_a_report_about_reprints_or_links_stays():
    for line in (
        "会议要求,各单位转载请示报告时要附上原件,并写明依据。",
        "区委宣传部要求各平台转载政务信息必须附上原文链接,确保来源可查。",
        "传递更多信息目的在于让群众及时了解政策,县里开设了政务公开栏。",
    ):
        assert line_kind(line) is None, line


def test_a_page_closing_with_the_notice_keeps_its_report():
    page = (
        "某镇召开防汛工作会议,镇长甲某主持。\n"
        "会议要求各村做好巡查。\n"
        "本站原创文章,转载请附上原文链接。\n"
    )
    result = strip_furniture(page)
    assert "转载" not in result.text
    assert "会议要求各村做好巡查。" in result.text


# 2. A role in brackets stands for the role and its colon.


def test_a_bracketed_role_line_gives_its_names():
    result = harvest_credits("某镇召开会议,部署防汛工作。\n[作者]王某某\n[来源]某某日报客户端")
    assert result.text.rstrip() == "某镇召开会议,部署防汛工作。"
    assert result.meta["credits"] == [("作者", "王某某"), ("来源", "某某日报客户端")]
    result = harvest_credits("会议要求各村做好巡查。\n  【记者】李某 赵某某\n")
    assert result.meta["credits"] == [("记者", "李某"), ("记者", "赵某某")]
    assert "记者" not in result.text


def test_parse_credits_reads_a_closing_bracket_as_the_colon():
    assert parse_credits("【编辑】张某") == [("编辑", "张某")]
    assert parse_credits("[责任编辑] 刘某某") == [("责任编辑", "刘某某")]


def test_a_bracketed_column_or_a_sentence_stays():
    for page in (
        "【记者手记】走进田间地头,倾听群众心声。\n会议强调,要狠抓落实。",
        "【记者】近日,记者来到某镇,看到村民正在抢收稻谷。群众说,今年收成好。\n下一段。",
        "[来源说明]本表数据由县统计局提供\n下一段。",
    ):
        result = harvest_credits(page)
        assert result.text == page, page
        assert not result.meta.get("credits"), page


# 3. An image file's name quoting a headline.


def test_an_image_file_name_with_quoted_words_goes_whole():
    page = (
        "某镇开展“清洁家园”活动2.jpg\n4月1日,某镇开展清洁家园活动。\n某县“两会”召开现场 (3).png\n"
    )
    result = move_captions(page)
    assert result.text.strip() == "4月1日,某镇开展清洁家园活动。"
    assert result.meta["images"] == ["某镇开展“清洁家园”活动2.jpg", "某县“两会”召开现场 (3).png"]


def test_a_sentence_quoting_a_file_name_stays():
    for line in (
        "县长甲乙说:“照片要存成某某.jpg。”",
        "通知要求“照片清晰,格式为jpg”,各村上报时注明某某.jpg",
        "会议要求“照片统一命名”后上报，格式为.jpg",
    ):
        assert line in move_captions(line + "\n下一段。").text, line
