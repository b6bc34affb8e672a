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


def test_the_elected_who_then_take_the_oath_are_there():
    # A当选镇长，B、C当选副镇长。随后，新当选成员…宣誓: the people just named to a post
    # take the oath, called by what they now are, so they are there
    got = roles(
        "会议由镇人大主席曹立言主持。经投票，满海涛当选镇长，焦文斌、柯雨桐当选为副镇长。"
        "随后，新当选成员举行了宣誓就职仪式。"
    )
    assert got == {
        "曹立言": ("chair",),
        "满海涛": ("attendee",),
        "焦文斌": ("attendee",),
        "柯雨桐": ("attendee",),
    }
    # 人员 and 进行了…宣誓 as well
    got = roles("大会选举满海涛为县长。选举结束后，新当选人员进行了宪法宣誓。")
    assert got == {"满海涛": ("attendee",)}


def test_the_elected_who_chair_keep_their_role_and_others_stay_named():
    # the chair who is also elected chairs: no second role from the oath
    got = roles(
        "会议由曹立言主持。曹立言当选人大主席，满海涛当选镇长。新当选成员举行了宣誓就职仪式。"
    )
    assert got == {"曹立言": ("chair",), "满海涛": ("attendee",)}
    # no oath said: the elected are named only, as most labels read them
    got = roles("大会选举满海涛为县长，焦文斌为副县长。新当选成员名单已报上级备案。")
    assert got == {"满海涛": ("mentioned",), "焦文斌": ("mentioned",)}
