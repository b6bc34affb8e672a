"""Officials (review43 finding 5): a welcome after a wish or a plan (将于下月迎接考察团,
即将热情欢迎考察团一行, 希望大家热情欢迎考察团一行) is no presence, as no role verb after a
wish is (将于下月出席会议 is only a mention); a welcome he gives is (invented sentences)."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str) -> set[str]:
    return {m.name: set(m.roles) for m in extract_officials(text)}[name]


def test_a_welcome_planned_for_next_month_is_no_presence():
    assert "attendee" not in roles("县长王建国将于下月迎接考察团。", "王建国")


def test_a_welcome_to_come_is_no_presence():
    assert "attendee" not in roles("县长王建国即将热情欢迎考察团一行。", "王建国")


def test_guard_jiang_alone_reads_as_done_for_a_welcome_as_for_attending():
    # 将 alone is no plan word (将率…列席 is labelled as done, and 将 is also 把): a
    # welcome reads as 将出席 does.
    assert roles("县长王建国将出席会议。", "王建国") == {"attendee"}
    assert roles("县长王建国将热情欢迎考察团一行。", "王建国") == {"attendee"}


def test_a_welcome_wished_of_others_is_no_presence():
    assert "attendee" not in roles("县长王建国希望大家热情欢迎考察团一行。", "王建国")


def test_guard_a_welcome_given_is_presence():
    assert roles("县长王建国热情欢迎考察团一行。", "王建国") == {"attendee"}


def test_guard_a_planned_attendance_stays_a_mention():
    assert "attendee" not in roles("县长王建国将于下月出席会议。", "王建国")
