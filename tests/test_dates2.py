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


# Rule 2: a Taiwan page's stamp in the Republic's years is its publishing day (year + 1911),
# and the note says so; a last change's date (最後異動日期, 最後更新時間) is never read as it.


@pytest.mark.parametrize(
    ("page", "resolved"),
    [
        # a news date field, three digits: 昨日 counts back from it
        (
            "形象圖\n- 資料來源:某某日報\n- 新聞日期:107-03-05\n"
            "縣議會定期會昨日繼續縣政總質詢，由議長甲乙丙主持，縣長丁戊己率相關局處首長列席備詢。\n"
            "- 單位:某縣議會\n",
            "2018-03-04",
        ),
        # a date field, two digits (1991 to 2010) after its label
        (
            "跳到主要內容區塊\n監委巡察某縣\n  • 日期:95-11-20\n\n"
            "本院巡察委員甲乙丙於十三日赴某縣巡察，並於十三日下午勘察某鄉排水改善工程，"
            "實地瞭解工程施作進度。\n",
            "2006-11-13",
        ),
        # a press release's column name with its date, dotted
        (
            "某縣政府新聞參考資料   110.03.15\n"
            "今(15)日一大早縣長甲乙丙率領縣府團隊前往某鄉視察道路改善工程，了解工程進度。\n",
            "2021-03-15",
        ),
        # the page's headline opening with its date
        (
            "112-05-09 改善某鄉道路 完善某線自行車綠色隧道\n\n"
            "112-05-09 改善某鄉道路 完善某線自行車綠色隧道\n\n"
            "某縣政府為改善某鄉道路，投入經費辦理改善工程，縣長甲乙丙9日下午前往視察，"
            "期許工程如期如質完工。\n",
            "2023-05-09",
        ),
        # a last change's date above the news date: the news date
        (
            "- 最後異動日期:108-04-10\n- 新聞日期:98-06-11\n"
            "縣議會定期會昨日繼續縣政總質詢，由議長甲乙丙主持，縣長丁戊己率相關局處首長列席備詢。\n",
            "2009-06-10",
        ),
    ],
)
def test_a_stamp_in_the_republics_years_dates_the_record(page, resolved):
    date = _dated(page)
    assert (date.resolved, date.precision) == (resolved, "day")
    assert "民国" in date.note


@pytest.mark.parametrize(
    "page",
    [
        # a last change's date alone: years after the news, no publishing day
        "- 單位:某縣議會\n- 最後異動日期:108-04-10\n"
        "縣議會定期會昨日繼續縣政總質詢，由議長甲乙丙主持，縣長丁戊己率相關局處首長列席備詢。\n",
        # a Western last update alone
        "最後更新時間:2031/12/19 13:29\n"
        "縣議會定期會昨日繼續縣政總質詢，由議長甲乙丙主持，縣長丁戊己率相關局處首長列席備詢。\n",
        # a two-digit year without a label: perhaps 1998, perhaps 2009
        "98-06-11\n"
        "縣議會定期會昨日繼續縣政總質詢，由議長甲乙丙主持，縣長丁戊己率相關局處首長列席備詢。\n",
        # a Republic's 年月日 alone on its line: a banner's day (the page's visit), as 2031年… is
        "113年 11月 19日\n"
        "許縣長說，到16日為止，某鄉各受災村落的聯外交通已全部搶通，剩下某地區還待搶修。\n",
    ],
)
def test_a_change_date_or_an_unlabelled_short_year_dates_nothing(page):
    date = _dated(page)
    assert (date.resolved, date.precision) == ("", "unknown")


def test_a_day_inside_a_numeral_or_a_range_end_is_not_the_event_date():
    # 七日 ends 十七日 and 六月十八日 ends a range: the event is on the 17th
    page = (
        "  • 日期:93-06-24\n\n"
        "巡察委員甲乙丙於本(九十三)年六月十七日至六月十八日赴某縣巡察，"
        "並於十七日下午勘察某鄉排水改善工程。\n"
    )
    date = _dated(page)
    assert (date.as_written, date.resolved) == ("十七日", "2004-06-17")


# Rule 3: a date the page sets beside its author: a forum thread's first post stamp
# (发表于 …) and a date alone on the line under the reporter's byline.


@pytest.mark.parametrize(
    ("page", "resolved"),
    [
        # the first post's stamp, with its time: a month and day takes its year
        (
            "某市委书记督查重点项目进展情况\n[复制链接]\n"
            "发表于 2031-9-7 07:32:08 | 显示全部楼层 |阅读模式 来自: 某省\n\n"
            "9月3日下午，市委书记甲乙丙带队督查重点项目建设进展情况，市领导丁戊己参加督查。\n"
            "甲乙丙强调，各部门要保质保量抓落实。\n",
            "2031-09-03",
        ),
        # a date alone under the byline, no time: 今天 is that day
        (
            "某县县长宣誓就职\n\n某某新闻网记者甲乙丙/某县报导\n2031.12.25\n"
            "某县政府今天上午举办县长宣誓就职暨交接典礼，县长丁戊己宣誓就职并发表演说。\n",
            "2031-12-25",
        ),
    ],
)
def test_a_date_beside_the_author_dates_the_record(page, resolved):
    date = _dated(page)
    assert (date.resolved, date.precision) == (resolved, "day")


@pytest.mark.parametrize(
    "page",
    [
        # a date alone above the headline, no byline above it: a list's or a clock's
        "2031/05/17\n某县县长宣誓就职\n\n"
        "某县政府今天上午举办县长宣誓就职暨交接典礼，县长丁戊己宣誓就职并发表演说。\n",
        # a post stamp counted back (3 天前): no day
        "发表于 3 天前 | 显示全部楼层\n\n"
        "9月3日下午，市委书记甲乙丙带队督查重点项目建设进展情况，市领导丁戊己参加督查。\n",
    ],
)
def test_a_date_not_beside_the_author_dates_nothing(page):
    date = _dated(page)
    assert (date.resolved, date.precision) == ("", "unknown")
