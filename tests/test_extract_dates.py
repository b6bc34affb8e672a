"""N16: dates as written, resolved, with precision and evidence; no invented years."""

import pytest
from public_records.extract.dates import resolve_date


def test_seed_year_is_inferred_from_the_third_plenum(seed_text):
    from public_records.clean import clean

    d = resolve_date(clean(seed_text).text)
    assert (d.as_written, d.resolved, d.precision, d.evidence) == (
        "8月2日",
        "2024-08-02",
        "day",
        "inferred",
    )
    assert "二十届三中全会" in d.note


def test_given_date_wins():
    d = resolve_date("8月2日下午，学习二十届三中全会精神。", given="2025-08-02")
    assert (d.resolved, d.evidence) == ("2025-08-02", "given")


@pytest.mark.parametrize(
    ("text", "resolved", "precision"),
    [
        ("2023年3月29日上午，召开会议。", "2023-03-29", "day"),
        ("二0二五年一月，召开会议。", "2025-01", "month"),
        ("二〇二四年九月十一日，召开会议。", "2024-09-11", "day"),
        ("二〇二四年十二月三十一日，召开会议。", "2024-12-31", "day"),
        ("二〇二四年十月廿一日，召开会议。", "2024-10-21", "day"),
        ("二〇二四年一月卅日，召开会议。", "2024-01-30", "day"),
        ("二〇二四年三月二十日，召开会议。", "2024-03-20", "day"),
        ("二〇二四年，全区经济平稳。", "2024", "year"),
        ("2024年九月，召开会议。", "2024-09", "month"),
        ("2024年九月十一日，召开会议。", "2024-09-11", "day"),
        ("2024年8月，召开会议。", "2024-08", "month"),
    ],
)
def test_dates_in_text(text, resolved, precision):
    d = resolve_date(text)
    assert (d.resolved, d.precision, d.evidence) == (resolved, precision, "in text")


def test_year_from_publication_line_crosses_new_year():
    assert (
        resolve_date("12月30日，召开会议。", published="2024-01-02 08:00").resolved == "2023-12-30"
    )
    assert resolve_date("1月1日，召开会议。", published="2024-01-02").resolved == "2024-01-01"


def test_no_evidence_means_no_year():
    d = resolve_date("8月2日下午，召开会议。")
    assert d.resolved == "" and d.evidence == "unknown" and d.as_written == "8月2日"


def test_invalid_day_is_not_a_date():
    assert resolve_date("2月30日，召开会议。", published="2024-03-01").resolved == ""


class _CountedDate:
    """Stands in for `datetime.date` in the dates module and counts the dates made:
    a loop over years that does not end fails the test instead of hanging it."""

    LIMIT = 100

    def __init__(self):
        self.made = 0

    def __call__(self, *args):
        from datetime import date

        self.made += 1
        assert self.made <= self.LIMIT, "year inference does not end"
        return date(*args)

    def __getattr__(self, name):  # date.fromisoformat and the like
        from datetime import date

        return getattr(date, name)


@pytest.mark.parametrize(
    "text",
    [
        "2月30日上午，传达学习二十届三中全会精神。",
        "4月31日，学习贯彻党的二十大精神。",
        "11月31日，十九届六中全会召开后区委召开会议。",
    ],
)
def test_an_impossible_date_is_flagged_not_inferred_for_ever(text, monkeypatch):
    from public_records.extract import dates

    counted = _CountedDate()
    monkeypatch.setattr(dates, "date", counted)
    d = resolve_date(text)
    assert counted.made <= 10
    assert (d.resolved, d.precision, d.evidence) == ("", "unknown", "unknown")
    assert d.as_written in text and "不存在" in d.note and d.as_written in d.note


def test_an_impossible_full_date_is_flagged_not_replaced_by_the_publication_date():
    d = resolve_date("2024年2月30日，召开会议。", published="2024-03-01")
    assert (d.as_written, d.resolved, d.evidence) == ("2024年2月30日", "", "unknown")
    assert "不存在" in d.note


def test_the_29th_of_february_waits_for_the_next_leap_year(monkeypatch):
    from public_records.extract import dates

    counted = _CountedDate()
    monkeypatch.setattr(dates, "date", counted)
    d = resolve_date("2月29日，学习贯彻二十届三中全会精神。")
    assert (d.resolved, d.evidence) == ("2028-02-29", "inferred")
    assert counted.made <= 10


def test_an_impossible_date_becomes_a_finding_of_the_record(monkeypatch):
    from public_records.extract import dates
    from public_records.ingest.process import process
    from public_records.model import Record

    monkeypatch.setattr(dates, "date", _CountedDate())
    text = "2月30日上午，区委书记潘功发主持会议，传达学习二十届三中全会精神。"
    record = process(Record("x", "x.txt", "", "utf-8", text))
    assert record.date.resolved == ""
    assert any("2月30日" in f.message and "不存在" in f.message for f in record.findings)


def test_chinese_numeral_month_and_day_take_the_year_of_the_publication_line():
    d = resolve_date("九月十一日上午，召开会议。", published="2024-09-12")
    assert (d.as_written, d.resolved, d.evidence) == ("九月十一日", "2024-09-11", "published")


def test_an_impossible_chinese_numeral_date_is_flagged():
    d = resolve_date("二〇二四年二月卅日，召开会议。")
    assert (d.resolved, d.evidence) == ("", "unknown") and "不存在" in d.note


@pytest.mark.parametrize(
    "text",
    [
        "农历八月十五，区委召开座谈会。",
        "2024年农历八月十五日，区委召开座谈会。",
        "农历正月初八，区委召开座谈会。",
        "农历8月15日，区委召开座谈会。",
    ],
)
def test_a_lunar_date_is_flagged_not_read_as_gregorian(text):
    from public_records.ingest.process import process
    from public_records.model import Record

    d = resolve_date(text, published="2024-09-18 10:00")
    assert d.resolved == "" and "农历" in d.note
    record = process(Record("x", "x.txt", "", "utf-8", text))
    assert record.date.resolved == ""
    assert any(f.code == "undated" and "农历" in f.message for f in record.findings)


def test_a_gregorian_date_beside_a_lunar_one_is_used():
    d = resolve_date("2024年9月17日（农历八月十五），区委召开座谈会。")
    assert (d.resolved, d.evidence) == ("2024-09-17", "in text")


def test_lunar_new_year_without_a_date_is_not_a_lunar_date():
    d = resolve_date("农历新年前夕，召开会议。", published="2024-02-08")
    assert (d.resolved, d.evidence) == ("2024-02-08", "published")


# The event's date on real pages (eval-real's "dates" figure): the first date the lead gives
# for the event, read in every form real leads use. Invented sentences, one rule each.


def _dated(text, published=""):
    d = resolve_date(text, published=published)
    return d.as_written, d.resolved, d.evidence


def test_a_year_named_alone_does_not_hide_the_month_and_day_and_lends_its_year():
    assert _dated("3月9日，县政协召开常委会，审议2031年工作要点。") == (
        "3月9日",
        "2031-03-09",
        "inferred",
    )
    # two years named: no year is guessed
    assert _dated("12月30日，总结2030年工作，部署2031年工作。") == ("12月30日", "", "unknown")
    # history is not a year of the event
    assert _dated("5月2日，某乡议局成立于1926年的会堂举行团拜。") == ("5月2日", "", "unknown")


def test_a_dateline_dates_the_page_and_the_event_date_follows_it():
    assert _dated("某某日报5月7日讯 5月6日，市委召开会议。")[0] == "5月6日"
    assert _dated("某某网5月7日9:07讯 今天上午，市委召开会议。")[0] == "今天"
    # with no other date the dateline is the event's
    assert _dated("新华社某地1月10日电 市委召开会议。")[0] == "1月10日"


def test_a_date_to_come_is_not_the_event_date_but_gives_its_year():
    text = "会议定于2031年3月2日召开。2月1日上午，县政协召开主席会议。"
    assert _dated(text) == ("2月1日", "2031-02-01", "inferred")
    # a notice whose only date is to come has no event date
    assert _dated("乡民代表会宣布，将于2031年2月2日至4日召开临时会。")[0] == ""


def test_a_day_of_the_month_takes_month_and_year_from_the_page_date():
    assert _dated("县长某某27日下午前往视察。", "2031-06-28 10:00") == (
        "27日",
        "2031-06-27",
        "published",
    )
    assert _dated("28日，市政协召开常委会。", "2031-01-02") == ("28日", "2030-12-28", "published")
    # without a page date it is kept as written, unresolved
    assert _dated("县府23日上午召开会议。") == ("23日", "", "unknown")


def test_counts_and_range_ends_are_not_days():
    assert _dated("在为期3日的培训中，学员参加考核。")[0] == ""
    assert _dated("3月2日至4日，召开会议。")[0] == "3月2日"
    assert _dated("会期共5日，代表审议报告。")[0] == ""


@pytest.mark.parametrize(
    ("text", "written", "resolved"),
    [
        ("县府昨日召开主管会报。", "昨日", "2031-03-01"),
        ("会议今天上午在某市开幕。", "今天", "2031-03-02"),
        ("议会第1次临时会今（2）日开议。", "今（2）日", "2031-03-02"),
        ("活动昨（1）日在某镇举行。", "昨（1）日", "2031-03-01"),
        ("昨日(1日)，某县召开会议。", "昨日(1日)", "2031-03-01"),
        ("前天，某县召开会议。", "前天", "2031-02-28"),
    ],
)
def test_a_day_counted_from_the_page_date(text, written, resolved):
    assert _dated(text, "2031-03-02 08:00") == (written, resolved, "published")


def test_a_bracketed_date_says_which_day_today_is():
    assert _dated("昨天（4月18日），副省长某某检查防汛。")[0] == "4月18日"
    assert _dated("今天（3月26日）下午，政协某市委员会开幕。")[0] == "3月26日"


def test_a_site_or_column_named_today_is_not_a_date():
    assert _dated("今日某山网消息 12月28日，县政协召开会议。")[0] == "12月28日"
    assert _dated("今日头条：县委召开会议。")[0] == ""


def test_a_taiwan_date_in_the_republics_years():
    assert _dated("县府100年11月10日至11日办理研习。") == ("100年11月10日", "2011-11-10", "in text")
    # a hundred years is not a year
    assert _dated("百年老校迎来100年校庆，县长出席。")[0] == ""


def test_a_month_and_day_written_with_hao():
    assert _dated("1月20号，市委常委某某看望一线人员。", "2031-01-22") == (
        "1月20号",
        "2031-01-20",
        "published",
    )


def test_a_date_in_the_pages_address_dates_the_page():
    url = "http://www.example.gov.cn/xwzx/203108/t20310802_1234567.html"
    d = resolve_date("1日下午，区委召开会议。", url=url)
    assert (d.as_written, d.resolved, d.precision, d.evidence) == (
        "1日",
        "2031-08-01",
        "day",
        "inferred",
    )
    assert resolve_date("7月30日，区委召开会议。", url=url).resolved == "2031-07-30"
    # the 发布时间 line, when there is one, comes first
    assert resolve_date("昨日，区委召开会议。", published="2031-08-05", url=url).resolved == (
        "2031-08-04"
    )
    # an id that is no date, and the host, are not read
    assert resolve_date("区委召开会议。", url="http://a.cn/info/20310932369597.html").resolved == ""
    assert resolve_date("区委召开会议。", url="http://20310802.example.cn/a.html").resolved == ""


def test_an_address_dated_years_after_the_years_the_report_names_is_a_later_copy():
    url = "http://a.example.cn/2031-09-04/308.html"
    d = resolve_date("3月25日，县人大常委会总结2024年工作，部署2025年工作。", url=url)
    assert (d.resolved, d.evidence) == ("", "unknown")
