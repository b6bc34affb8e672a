"""Officials (roles44, issue 11): high praise given (对…工作给予高度评价, 给予了高度肯定)
and praise said (高度赞扬, 高度赞赏, 称赞) are speech, as 表示肯定 is: a visit's leader who
gives it speaks. Not 给予充分肯定 nor plain 给予肯定 (the labels read those without speech:
tests/real/README.md, roles44), nor 叮嘱 alone. Invented sentences."""

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


def test_praise_said_is_speech():
    text = "3月4日，市长王建国一行到某区调研。王建国高度赞扬某区干部的担当精神。"
    assert roles(text) == {"leader", "speaker"}
    text = "3月4日，县长王建国到某镇调研。王建国称赞某镇的特色产业。"
    assert roles(text) == {"leader", "speaker"}


def test_guard_a_charge_alone_stays_unread():
    text = "3月4日，市长王建国到某村慰问老党员。王建国叮嘱随行人员做好服务。"
    assert roles(text) == {"leader"}
