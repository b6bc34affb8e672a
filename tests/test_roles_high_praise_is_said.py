"""Officials (roles44, issue 11): high praise given (对…工作给予高度评价, 给予了高度肯定) is
said, as 表示肯定 is: a visit's leader who gives it speaks. Not 给予充分肯定 nor plain 给予
肯定 (the labels read those without speech: tests/real/README.md, roles44). Invented
sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str = "王建国") -> set[str]:
    return {m.name: set(m.roles) for m in extract_officials(text)}[name]


def test_high_praise_of_the_visit_leader_is_speech():
    text = "3月4日，市长王建国一行到某区调研。王建国对某区的工作给予了高度评价。"
    assert roles(text) == {"leader", "speaker"}


def test_high_affirmation_is_speech():
    text = "3月4日，县长王建国到某镇检查工作。王建国对某镇的做法给予高度肯定。"
    assert roles(text) == {"leader", "speaker"}


def test_guard_full_affirmation_stays_unread():
    text = "3月4日，市长王建国一行到某区调研。王建国对某区的工作给予充分肯定。"
    assert roles(text) == {"leader"}


def test_guard_plain_affirmation_stays_unread():
    text = "3月4日，市长王建国一行到某区调研。王建国对某区的工作给予肯定。"
    assert roles(text) == {"leader"}
