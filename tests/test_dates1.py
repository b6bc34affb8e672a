"""Round dates1 (issue 18/11 companion): records dated to the day from evidence of the
page's date the code did not read. Every sentence here is invented; a year is never
invented: each inferred year says on what evidence, and one the page does not give stays
unknown."""

from __future__ import annotations

import pytest
from public_records.clean import clean
from public_records.extract.dates import resolve_date


def _dated(page: str, url: str = ""):
    """The record's date as the pipeline resolves it: cleaning harvests the page's date,
    the resolver reads the cleaned text, that date and the page's address."""
    cleaned = clean(page)
    return resolve_date(cleaned.text, "", str(cleaned.meta.get("published", "")), url)


# Rule 1: the `date YYYY-MM-DD` stamp opening a page is the page's date, its 发布时间.


@pytest.mark.parametrize(
    ("page", "resolved", "as_written"),
    [
        # glued before the report's first words
        (
            " date 2031-04-09 某县县长甲乙丙今（9）日上午率队检查防汛工作，要求各乡镇压实责任。\n"
            "甲乙丙指出，要做好应急准备。\n",
            "2031-04-09",
            "今（9）日",
        ),
        # alone on its line above a browser notice the page opens with
        (
            " date 2031-11-20 为达最佳浏览效果，建议使用新版浏览器。\n\n"
            "某市议会今天上午举行定期会开幕典礼，议长丁戊己主持，市长庚辛壬列席并作施政报告。\n",
            "2031-11-20",
            "今天",
        ),
        # a month and day takes its year from the stamp, two days later
        (
            " date 2031-03-12 3月10日上午，某区政协召开常委会议，主席甲乙丙主持会议并讲话。\n",
            "2031-03-10",
            "3月10日",
        ),
    ],
)
def test_the_page_date_stamp_dates_the_record(page, resolved, as_written):
    d = _dated(page)
    assert (d.resolved, d.precision, d.as_written) == (resolved, "day", as_written)
    assert "页面发布时间" in d.note  # the evidence is said


def test_a_stamp_inside_the_text_is_no_page_date():
    page = "某镇召开会议，甲乙丙出席。update 2031-04-09 会议强调，要抓好落实。\n9日下午，镇长讲话。"
    d = _dated(page)
    assert (d.resolved, d.precision) == ("", "unknown")


def test_a_field_of_the_page_wins_over_the_stamp():
    page = (
        " date 2031-04-09 某县召开会议\n来源:某县融媒体中心 发布时间:2031-04-08 10:21\n"
        "8日上午，某县召开县委常委会议，县委书记甲乙丙主持会议。\n"
    )
    d = _dated(page)
    assert d.resolved == "2031-04-08"


# Rule 2: the page's address gives its filing day in more shapes: a folder whose month or
# day has one digit, a file named by its time of filing to the second, a serial glued to a
# dashed date. A month and day up to a week after that day is an event to come that year.


@pytest.mark.parametrize(
    ("url", "resolved"),
    [
        ("http://www.example.gov.cn/art/2031/5/9/art_1234_5678.html", "2031-05-08"),
        ("http://example.cn/Html/2031-5-12/4321.html", "2031-05-08"),
        ("http://example.cn/news/zx/2031050916302287654.htm", "2031-05-08"),
        ("http://example.cn/html/xwzx2031-05-1098765.html", "2031-05-08"),
    ],
)
def test_the_address_in_other_shapes_gives_the_year(url, resolved):
    d = resolve_date("5月8日上午，某县人大常委会召开主任会议，主任甲乙丙主持。", url=url)
    assert (d.resolved, d.precision, d.evidence) == (resolved, "day", "inferred")
    assert "网址中的日期" in d.note


@pytest.mark.parametrize(
    "url",
    [
        "http://example.cn/zhengxie/2031/105432.html",  # a year and a number
        "http://example.cn/info/2031/13/8/x.html",  # no 13th month
    ],
)
def test_an_address_without_a_day_leaves_the_year_unknown(url):
    d = resolve_date("5月8日上午，某县人大常委会召开主任会议，主任甲乙丙主持。", url=url)
    assert (d.resolved, d.precision) == ("", "unknown")


@pytest.mark.parametrize(
    "url",
    [
        "http://example.cn/cna/203105/203105092612345.html",  # hour 26: a serial, no time
        "http://example.cn/2031/05/0508_3.html",  # a month folder, then a number
    ],
)
def test_an_address_whose_number_is_no_day_gives_only_its_month_folder(url):
    # No day is read from the serial or the number (round dev19: the month folder in
    # front of them, 203105 or 2031/05, gives the text's month and day its year alone).
    d = resolve_date("5月8日上午，某县人大常委会召开主任会议，主任甲乙丙主持。", url=url)
    assert d.resolved == "2031-05-08"
    assert "网址中的日期" not in d.note and "网址中的年月 2031-05" in d.note


def test_a_day_just_after_the_page_date_is_in_its_year():
    text = "5月10日，某区将召开第三次党代会。5月9日上午，代表陆续报到。"
    d = resolve_date(text, url="http://example.cn/news/qz/2031050913460665722.htm")
    assert d.resolved == "2031-05-10"  # announced the day before, not a year before
    d = resolve_date("5月30日，某区召开党代会。", published="2031-05-09")
    assert d.resolved == "2030-05-30"  # three weeks on: last year's report


# Rule 3: a date with its time of day heading the page is its publishing time, without a
# label: alone on a line without words (above the lead, or under the lead photo's caption),
# or opening a line of fields (来源, 编辑). A date without a time, or one inside a sentence,
# is no stamp.


@pytest.mark.parametrize(
    ("page", "resolved"),
    [
        (
            "某县召开防汛工作会议\n2031/07/15 10:25\n"
            "14日上午，某县召开防汛工作会议，县长甲乙丙出席。\n",
            "2031-07-14",
        ),
        (
            "某县召开防汛工作会议\n2031年07月15 09:12:40 来源:某县新闻网\n"
            "7月14日上午，某县召开防汛工作会议，县长甲乙丙出席并讲话。\n",
            "2031-07-14",
        ),
        (
            "某县召开防汛工作会议\n县长甲乙丙(左三)在堤坝上查看水位情况。\n\n"
            "http://www.example.tw 2031-07-15 16:02\n"
            "县长甲乙丙今天前往沿河乡镇检查防汛工作，要求各单位落实值守制度，确保安全度汛。\n"
            "甲乙丙强调，各乡镇要做好转移群众的准备，物资要提前到位。\n",
            "2031-07-15",
        ),
    ],
)
def test_a_timed_date_heading_the_page_is_its_publishing_time(page, resolved):
    d = _dated(page)
    assert (d.resolved, d.precision) == (resolved, "day")
    assert "页面发布时间" in d.note


@pytest.mark.parametrize(
    "page",
    [
        # a date without a time of day: a list's or a widget's, not the page's stamp
        "某县召开防汛工作会议\n2031-07-15\n14日上午，某县召开防汛工作会议，县长甲乙丙出席。\n",
        # a date and time inside a sentence: the event's
        "某县召开防汛工作会议\n会议定于2031-07-15 09:00举行。14日上午，县长甲乙丙召开预备会。\n",
    ],
)
def test_a_date_that_is_no_stamp_dates_nothing(page):
    d = _dated(page)
    assert (d.resolved, d.precision) == ("", "unknown")
