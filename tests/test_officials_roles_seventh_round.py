"""Officials: roles, seventh round (issue 11, roles round 7: a visitor's talk with the
people visited, people named to a post at a meeting).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_the_visitor_who_encourages_the_people_met_speaks():
    # X走访慰问…。X鼓励他们…: the encouragement is said to the people met, so the
    # visit's leader speaks (the dev labels read it so)
    got = roles("副县长邬春林走访慰问了城西社区的困难家庭。邬春林鼓励他们树立信心，克服困难。")
    assert got == {"邬春林": ("speaker", "leader")}
    # 勉励 as 鼓励, after the visit's verb in the same clause
    got = roles("县委书记聂文涛在敬老院看望老人时勉励工作人员用心服务。")
    assert got == {"聂文涛": ("speaker", "leader")}


def test_encouragement_by_someone_who_leads_no_visit_is_not_read():
    # a host who attends and encourages: no speech read, his attendance stays
    got = roles("副县长邬春林出席欢送仪式，鼓励新兵在部队建功立业。")
    assert got == {"邬春林": ("attendee",)}
    # no other role: named only
    got = roles("局长聂文涛鼓励企业加大投入。")
    assert got == {"聂文涛": ("mentioned",)}


def test_the_words_said_to_staff_stay_unread():
    # 叮嘱 is left as it was: the visit's leader only (held-out roles fell with it)
    got = roles("副县长邬春林到敬老院看望老人。邬春林叮嘱随行人员做好服务。")
    assert got == {"邬春林": ("leader",)}
