"""Furniture round furn45b (issue 18, stop 45): lone words ending the page, a bar's items
as a numbered list, an outlet's name in book-title marks, a QR code's alternative text,
date-and-source lines in forms the cleaner did not read, a visitor counter and a site's
own-story mark, a portal's notice and profile columns, a breadcrumb without its marks.
Lines, names and places invented.

Rule 1: the page's last line, under lines out of the report (a credit, a site's name, a
date), a word of two to four Han characters that opens with no surname (`防汛工作`, `各村`)
is a menu's or a site's word: cut, whatever words the lead shares with it; right under the
last body line it stays (the copy's next sentence cut short: `会议强调`, `会后`).
Rule 2: a share bar's item under a list number (`1. 检举`) is the bar's; a report's own
numbered item (`1. 加强组织领导`) is not.
Rule 3: an outlet's name alone in 《》 (`《甲县新闻》`) is a site name; a document's title
(`《政府工作报告》`) is not.
Rule 4: a QR code's alternative text (`…_QRCODE码`) is a QR-code line.
Rule 5: a paper's name with the issue's 年月日 date (and page), a place's, body's or site's
name with a dashed date in either order: date-and-source lines.
Rule 6: a visitor counter (`您是本站第123位访客`), a site's own-story mark (`本站原创`), a
portal's notice and profile columns (`通知公告`, `县情概况`, `甲县政府信息公开`) and a
breadcrumb without marks (`乡镇动态 东山镇`) are furniture lines."""

import pytest
from public_records.clean.furniture import is_lone_end_word, line_kind, strip_furniture

_HEAD = "东山镇召开防汛工作会议"
_LEAD = "6月5日，甲县东山镇召开防汛工作会议，镇党委书记乙丙丁出席会议并讲话。"
_BODY = "会议要求，各村各部门要压紧压实责任，做好防汛各项准备工作，确保安全度汛。"


def _kept(text: str) -> list[str]:
    return [line for line in strip_furniture(text).text.split("\n") if line.strip()]


# Rule 1


@pytest.mark.parametrize("above", ["编辑：王五", "（王五 摄）", "甲县新闻网"])
@pytest.mark.parametrize("word", ["防汛工作", "各村", "镇党委"])
def test_a_lone_word_ending_the_page_under_cut_lines_is_cut(above, word):
    # the lead says its words: the shape model keeps such a line, this rule does not
    assert _kept(f"{_HEAD}\n{_LEAD}\n{_BODY}\n{above}\n{word}") == [_HEAD, _LEAD, _BODY]


def test_a_lone_word_under_a_site_footer_is_cut():
    kept = _kept(f"{_HEAD}\n{_LEAD}\n{_BODY}\n网站地图 | 联系我们\n阅读")
    assert kept == [_HEAD, _LEAD, _BODY]


@pytest.mark.parametrize("opening", ["会议强调", "第二个", "会后", "各村"])
def test_a_short_line_right_under_the_body_stays(opening):
    # the copy's next sentence cut short, or the next story's heading: not read here
    assert _kept(f"{_HEAD}\n{_LEAD}\n{_BODY}\n{opening}")[-1] == opening


def test_a_writers_name_is_no_lone_word():
    assert not is_lone_end_word("张明")
    assert not is_lone_end_word("会议强调要落实")


def test_a_short_line_inside_the_report_stays():
    kept = _kept(f"{_HEAD}\n{_LEAD}\n东山镇\n{_BODY}")
    assert "东山镇" in kept


# Rule 2


@pytest.mark.parametrize("item", ["1. 检举", "4. 推荐好友", "2. 列印"])
def test_a_numbered_share_item_is_a_bar(item):
    assert line_kind(item) == "share"


def test_a_numbered_item_of_the_report_is_no_bar():
    assert line_kind("1. 加强组织领导") is None


# Rule 3


def test_an_outlet_name_in_book_marks_is_a_site_name():
    assert line_kind("《甲县新闻》") == "site name"
    assert _kept(f"{_HEAD}\n{_LEAD}\n{_BODY}\n《甲县新闻》") == [_HEAD, _LEAD, _BODY]


def test_a_documents_title_in_book_marks_is_no_site_name():
    assert line_kind("《政府工作报告》") is None


# Rule 4


def test_a_qr_codes_alternative_text_is_cut():
    assert line_kind("东山镇召开防汛工作会议_QRCODE码") == "qr code"
    assert line_kind("甲县新闻 QR Code") == "qr code"


# Rule 5


@pytest.mark.parametrize(
    "line",
    [
        "甲县日报2020年01月02日",
        "甲县日报 2020年1月2日 星期四 第3版",
        "2020年1月2日 甲县日报",
        "东山镇 2024-06-06",
        "2024-06-06 东山镇",
        "甲县发布 2024-06-06",
    ],
)
def test_a_date_and_source_line_is_cut(line):
    assert line_kind(line) == "site and time"
    assert _kept(f"{line}\n{_HEAD}\n{_LEAD}\n{_BODY}") == [_HEAD, _LEAD, _BODY]


@pytest.mark.parametrize("line", ["甲县2020年1月2日召开会议", "东山镇召开会议 2024-06-06"])
def test_a_sentence_with_a_date_is_no_source_line(line):
    assert line_kind(line) != "site and time"


# Rule 6


@pytest.mark.parametrize(
    "line, kind",
    [
        ("您是本站第12345位访客", "counter"),
        ("本站原创", "reprint"),
        ("通知公告", "column name"),
        ("县情概况", "column name"),
        ("甲县政府信息公开", "column name"),
        ("乡镇动态 东山镇", "column name"),
    ],
)
def test_footer_and_column_lines_are_furniture(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", ["东山镇公告栏", "镇情民意大走访", "乡镇干部 东山镇"])
def test_lines_near_them_are_not(line):
    assert line_kind(line) is None
