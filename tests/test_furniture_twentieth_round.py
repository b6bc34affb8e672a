"""Issue 18, furniture round 20: kinds the new development part dev-b11 showed left in the
clean text (an image's file name alone on its line, named in Han characters, a reprint
notice without 请, two credit roles joined by 、 before one name, a news app's ad closing
with 点我, a LINE push subscription button), each checked on invented lines (no real
page's line), with sentences holding the same words that must stay."""

from public_records.clean.captions import move_captions
from public_records.clean.edits import kind_note
from public_records.clean.furniture import furniture_rows, line_kind, strip_furniture
from public_records.clean.pipeline import clean
from public_records.extract.title import derive_title


def kind(line: str) -> str | None:
    """The kind of a line as the furniture step judges it (folded, edges stripped)."""
    return line_kind(furniture_rows(line)[0][2])


REPORT = (
    "5月8日上午，某县县长甲乙带队检查城区防汛工作，副县长丙丁陪同。\n"
    "检查组一行先后察看了某某河堤和某某泵站，详细了解防汛物资储备情况。\n"
)


def between(line: str) -> str:
    """REPORT with `line` set between its two paragraphs."""
    first, second, _ = REPORT.split("\n")
    return f"{first}\n{line}\n{second}\n"


# An image's file name alone on its line, the name in Han characters (before, the captions
# step moved only an ASCII end, 某镇防汛检查02.jpg leaving 某镇防汛检查, and a name all in Han
# stayed): between the paragraphs, above the lead or over the headline.


def test_an_image_file_named_in_han_is_moved_out_whole():
    for line in ("某县防汛检查02.jpg", "0508某县防汛检查.JPG", "  防汛检查 图片说明在txt.png"):
        result = move_captions(between(line))
        assert result.text == REPORT, line
        assert result.meta["images"] == [line.strip()]


def test_an_image_file_over_the_report_is_no_headline():
    text = "0508某县防汛检查.jpg\n\n" + REPORT
    cleaned = clean(text)
    assert ".jpg" not in cleaned.text
    page_title = str(cleaned.meta.get("page_title", ""))
    assert "0508" not in derive_title(cleaned.text, page_title)


def test_a_sentence_naming_an_image_format_stays():
    for line in (
        "会议要求上报的照片统一使用.jpg格式，像素不低于300万。",
        "县长甲乙说：“照片要存成某某.jpg。”",
    ):
        assert move_captions(between(line)).text == between(line)


# A reprint notice without 请 (转载注明某某).


def test_a_reprint_notice_without_please_is_cut():
    assert kind("转载注明掌上某某") == "reprint"
    text = REPORT + "转载注明掌上某某\n"
    assert strip_furniture(text).text.strip("\n") == REPORT.strip("\n")


def test_a_sentence_about_reprints_stays():
    assert kind("会议要求各单位转载注明出处，严格落实版权管理规定。") is None


# Two credit roles joined by 、 before one name (文、图:某某); the name goes to credits.


def test_joined_text_and_picture_roles_are_a_credit_line():
    assert kind("文、图:甲乙") == "credit list"
    assert kind("文、图：丙丁") == "credit list"
    result = strip_furniture(between("文、图:甲乙"))
    assert result.text == REPORT
    assert "甲乙" in [name for _role, name in result.meta["credits"]]


def test_a_sentence_about_text_and_pictures_stays():
    assert kind("材料要做到文、图相符，数据准确。") is None


# A news app's ad line that closes with 点我 (click me).


def test_a_news_apps_ad_closing_with_click_me_is_cut():
    assert kind("不用等 现在用APP看新闻 天天有奖  点我") == "app prompt"
    assert kind("下载某某App 看更多新闻 点我") == "app prompt"
    text = REPORT + "不用等 现在用APP看新闻 天天有奖  点我"
    assert strip_furniture(text).text.strip("\n") == REPORT.strip("\n")


def test_a_sentence_about_an_app_stays():
    assert kind("县长表示，民众可以用APP办理业务，点我们的网站也行。") is None


# A button subscribing to a site's LINE push (啟動LINE推播), between the paragraphs.


def test_a_line_push_subscription_button_is_cut():
    assert kind("[启动LINE推播] 每日重大新闻通知") == "follow"
    assert kind("【開啟推播】即時新聞通知") == "follow"
    assert strip_furniture(between("[啟動LINE推播] 每日重大新聞通知")).text == REPORT


def test_a_sentence_about_push_notices_stays():
    assert kind("县府启动推播系统，提醒民众注意防灾。") is None


# A unit's 政协 or 人大 and a writer in brackets under a report ((某市政协 王五)), the bracket
# left open when the copy ends there: the source's credit, the name to credits.


def test_a_congress_unit_and_its_writer_in_brackets_are_a_source_credit():
    assert kind("(某市政协 甲乙)") == "source credit"
    assert kind("（某县人大 甲乙 丙丁）") == "source credit"
    assert kind("(某市政協 甲乙") == "source credit"
    result = strip_furniture(REPORT + "(某市政协 甲乙")
    assert result.text.strip("\n") == REPORT.strip("\n")
    assert ("来源", "甲乙") in result.meta["credits"]


def test_a_bracketed_remark_naming_a_congress_stays():
    assert kind("(此前，某市政协 委员甲乙曾提出相关提案)") is None
    assert kind("(某市政协 甲乙说，要抓好落实") is None


# A table cell's bar glued after a paragraph's last sentence (…一次会议。 |), on any line of
# the report: its own edit, the paragraph's words kept.


def test_a_bar_glued_after_a_paragraphs_last_sentence_is_cut():
    first, second, _ = REPORT.split("\n")
    text = f"{first} |\n{second} ｜\n"
    result = strip_furniture(text)
    assert result.text == REPORT
    assert [edit.note for edit in result.edits] == ["句末的表格竖线", "句末的表格竖线"]


def test_a_bar_inside_a_sentence_or_after_no_sentence_end_stays():
    for text in (
        "某镇分为甲|乙两个片区，各设一名负责人。\n",
        "会议由县长甲乙主持，副县长丙丁等参加会议并讲话，要求各乡镇落实责任 |\n",
    ):
        assert "|" in strip_furniture(text).text, text


# A copy's date stamp glued before the words of its first line ( date 2026-02-06 某市长…):
# its own edit, the line's words kept; a first line cut whole takes its stamp with it.


def test_a_date_stamp_glued_before_the_lead_is_cut():
    result = strip_furniture(" date 2026-05-08 " + REPORT)
    assert result.text == REPORT
    assert [edit.note for edit in result.edits] == ["行首的日期标记"]


def test_a_date_stamp_on_a_first_line_cut_whole_goes_with_it():
    result = strip_furniture(" date 2026-05-08 欢迎访问某某县人民政府网站！\n" + REPORT)
    assert result.text == REPORT
    assert len(result.edits) == 1


def test_a_date_inside_the_report_stays():
    text = REPORT + "会议定于date 2026-05-10召开，请各单位准时参加。\n"
    assert strip_furniture(text).text == text


# Between body lines, the shape model cuts a line that is not prose-only from a higher
# score (furniture._INSIDE_THRESHOLD): a widget's row of digits, marks and Latin letters;
# a roster, an agenda line with a count, a table row, a time and place, a heading stay.


def test_a_widget_shaped_line_between_paragraphs_is_cut_by_its_shape():
    text = between("#某县发布# 2024/05/08 | 00:35 | 1.2w")
    result = strip_furniture(text)
    assert result.text == REPORT
    assert [edit.note for edit in result.edits] == [kind_note("shape")]


def test_the_reports_own_short_lines_between_paragraphs_stay():
    for line in (
        "甲乙 丙丁 戊己 庚辛",
        "会议共7项议程:",
        "2024年 1.2亿元 35.6%",
        "上午9:30 县政府3楼会议室",
        "一、2024年工作回顾",
        "(甲乙 丙丁)",
    ):
        assert strip_furniture(between(line)).edits == (), line


# A roster under the report whose names are set apart by spaces (出席会议的有： and then
# 王某某 李某某 …): the report's, not a menu, whatever its shape says (the shape model cut it).


def test_a_roster_of_names_set_apart_by_spaces_stays():
    for tail in (
        "出席会议的有：\n王建国 李明华 张卫东\n",
        "参加检查的还有：\n刘志强 陈海燕 赵德明 孙丽萍\n2024年5月8日\n",
    ):
        text = REPORT + tail
        assert strip_furniture(text).text == text, tail


def test_a_menu_of_short_words_below_the_report_is_still_cut():
    text = REPORT + "首页 要闻 政务 服务 互动\n"
    assert "首页" not in strip_furniture(text).text
