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
