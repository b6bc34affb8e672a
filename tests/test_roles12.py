"""Officials: roles round 12 (issue 11, stop 37: readings the lead decided where the dev
labels had split, so rules could follow them).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: 希望 right after a name is speech (as 要求), whoever says it.


def test_xiwang_after_a_visit_leader_is_his_speech():
    # 座谈会上，X希望两地…: the leader's wish to both sides, said at the forum
    got = roles(
        "近日，邻县县委书记邬春林率党政考察团来我县考察。"
        "座谈会上，邬春林希望两县在文旅产业方面加强合作。"
    )
    assert got["邬春林"] == ("speaker", "leader")


def test_xiwang_after_a_titled_name_opening_a_sentence_is_speech():
    got = roles("开发区管委会副主任聂文涛希望双方在人才交流上开展务实合作。")
    assert got["聂文涛"] == ("speaker",)


def test_xiwang_in_a_later_clause_is_not_the_named_ones():
    # 祝福X连任，…希望…: X is who is wished for; the wish is the speaker's (guard)
    got = roles("议长卞永庆致词，并祝福县长邬春林高票连任，也祝福各位议员，希望继续当选。")
    assert "speaker" not in got["邬春林"]


def test_xiwang_about_a_topic_named_in_a_speech_is_not_his():
    # 县长说…副县长X对业务很熟悉，但工作繁重，希望…: the county head's wish (guard)
    got = roles("县长卞永庆说，副县长邬春林对业务很熟悉，但工作繁重，希望尽快物色人选。")
    assert "speaker" not in got["邬春林"]
