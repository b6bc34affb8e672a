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
        ("二0二五年一月，召开会议。", "2025", "year"),  # month in Chinese numerals: not parsed
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
