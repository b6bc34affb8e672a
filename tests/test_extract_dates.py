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
