"""Round dates2 (issue 18/11 companion, short): records dated to the day from the page's
stamps in shapes the code did not read. Every line here is invented; a year is never
invented: each inferred year says on what evidence, and a stamp whose day cannot be known
(04/03/2031: the 4th of March or the 3rd of April) dates nothing."""

from __future__ import annotations

import pytest
from public_records.clean import clean
from public_records.extract.dates import resolve_date


def _dated(page: str, url: str = ""):
    """The record's date as the pipeline resolves it: cleaning harvests the page's date,
    the resolver reads the cleaned text, that date and the page's address."""
    cleaned = clean(page)
    return resolve_date(cleaned.text, "", str(cleaned.meta.get("published", "")), url)


# Rule 1: a date written with its year last and its time of day heading the page is its
# publishing time; dotted, the day comes first; slashed, only when one order alone reads it.


@pytest.mark.parametrize(
    ("page", "resolved"),
    [
        # dotted, the day first: a month and day takes its year from it
        (
            "某省人大常委会调研组到某市调研\n\n14.03.2031  16:50\n\n"
            "3月12日至13日，某省人大常委会副主任甲乙丙带领调研组到某市调研县乡人大建设情况。\n"
            "调研组一行实地考察了某镇人大代表之家。\n",
            "2031-03-12",
        ),
        # dotted, a day and month both under 13: still the day first
        (
            "某县召开全县安全生产工作会议\n04.03.2031 13:40\n"
            "3月3日下午，某县召开全县安全生产工作会议，县长丁戊己出席并讲话。\n",
            "2031-03-03",
        ),
        # slashed with a day over 12: the day first
        (
            "25/03/2031 09:10\n24日上午，某区政协召开常委会议，区政协主席庚辛壬主持会议。\n",
            "2031-03-24",
        ),
        # slashed with a day over 12 in the second place: the month first
        (
            "03/25/2031 09:10\n24日上午，某区政协召开常委会议，区政协主席庚辛壬主持会议。\n",
            "2031-03-24",
        ),
    ],
)
def test_a_year_last_timed_stamp_dates_the_record(page, resolved):
    date = _dated(page)
    assert (date.resolved, date.precision) == (resolved, "day")
    assert "页面发布时间" in date.note


@pytest.mark.parametrize(
    "page",
    [
        # slashed, both numbers under 13: either order, no day
        "04/03/2031 13:40\n3月3日下午，某县召开全县安全生产工作会议，县长丁戊己出席并讲话。\n",
        # no such day
        "31.02.2031 13:40\n2月3日下午，某县召开全县安全生产工作会议，县长丁戊己出席并讲话。\n",
        # no time of day: a list's date, not the page's stamp
        "04.03.2031\n3月3日下午，某县召开全县安全生产工作会议，县长丁戊己出席并讲话。\n",
    ],
)
def test_a_year_last_date_of_unknown_order_dates_nothing(page):
    date = _dated(page)
    assert (date.resolved, date.precision) == ("", "unknown")
