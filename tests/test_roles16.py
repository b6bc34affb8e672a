"""Officials: roles round 16 (issue 11, stop 40: a visit's leader's encouragement in a
later clause read as no speech).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: a leader whose own clause holds no role verb (X仔细了解…, X十分欣慰) and whose next
# clause encourages the people met (鼓励他们…, 勉励大家…) still says it: his speech, as the
# encouragement right after his name already is.


def test_encouragement_after_asking_is_the_visitors_speech():
    got = roles(
        "12月28日，副市长周建林带队走访慰问困难家庭。"
        "周建林仔细询问老人的饮食起居，勉励他们保重身体、乐观生活。"
    )
    assert set(got["周建林"]) == {"leader", "speaker"}


def test_encouragement_after_a_joined_clause_is_speech():
    got = roles(
        "县委书记马立军深入敬老院看望五保老人。每到一处，马立军都认真了解老人们的"
        "身体情况，并鼓励大家安心养老。"
    )
    assert set(got["马立军"]) == {"leader", "speaker"}


def test_encouragement_after_a_feeling_is_speech():
    # 十分 ends the name (a name follower), so the bare name is the clause's subject and
    # the encouragement in the next clause is his.
    got = roles(
        "区长贺家平走访慰问困难学生。看到孩子成绩优异，贺家平十分高兴，鼓励他继续努力、早日成才。"
    )
    assert set(got["贺家平"]) == {"leader", "speaker"}


def test_encouragement_by_one_who_leads_nothing_stays_unread():
    # guard: encouragement is speech only of a visit's leader (`_final_roles`)
    got = roles("副县长陶一鸣出席表彰大会。陶一鸣仔细了解获奖者的事迹，鼓励他们再创佳绩。")
    assert got["陶一鸣"] == ("attendee",)


def test_a_wish_after_asking_still_gives_no_act():
    # guard: after a wish, a later clause's act is the others' (希望他们参加…), not his
    got = roles("县长邵文海带队看望驻村干部。邵文海详细了解大家的工作情况，希望他们参加培训。")
    assert got["邵文海"] == ("leader",)
