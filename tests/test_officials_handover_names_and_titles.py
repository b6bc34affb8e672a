"""Officials at a post's handover (issue 11, round succ44): the holder named before 接任后
(第二分局长A接任后…), a police agency's 警政委员 (A监交), and praise before a new
holder's title (赞赏新任局长A). Guards: what must not change.

Each sentence is invented (never copied from a page); the expected people, titles and
roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


# 接任后 right after a name -------------------------------------------------------------------


def test_taking_up_the_post_ends_a_three_character_name():
    got = found("市长期许新任督察长郑思远、第二分局长杜文涛接任后发挥所长。")
    assert set(got) == {"郑思远", "杜文涛"}
    assert got["杜文涛"][0] == "第二分局长"


def test_guard_promoted_and_transferred_holders_are_found_as_before():
    assert set(found("分局长韩立峰升任督察长。")) == {"韩立峰"}
    assert set(found("分局长韩立峰调任督察长。")) == {"韩立峰"}


# 警政委员 -----------------------------------------------------------------------------------


def test_a_police_agency_member_who_oversees_the_handover_attends():
    got = found("交接典礼由副县长韩立峰主持，警政署警政委员杜文涛监交。")
    assert set(got) == {"韩立峰", "杜文涛"}
    assert got["杜文涛"] == ("警政署警政委员", ("attendee",))
    assert got["韩立峰"] == ("副县长", ("chair",))


def test_a_police_agency_member_in_a_list_of_retirees():
    got = found("近期包括副署长郑思远、警政委员杜文涛等高阶警官退休。")
    assert "杜文涛" in got
    assert got["杜文涛"][0] == "警政委员"


def test_guard_a_commissar_keeps_his_title():
    got = found("政委杜文涛、副政委韩立峰出席会议。")
    assert got["杜文涛"] == ("政委", ("attendee",))
    assert got["韩立峰"] == ("副政委", ("attendee",))


# Praise before a new holder's title ---------------------------------------------------------


def test_praise_is_no_part_of_the_new_holders_title():
    got = found("副县长郑思远主持布达，他也赞赏新任局长杜文涛的认真态度。")
    assert got["杜文涛"][0] == "新任局长"


def test_guard_an_organ_before_the_new_holder_stays_in_the_title():
    got = found("县教育局新任局长杜文涛出席会议。")
    assert got["杜文涛"] == ("县教育局新任局长", ("attendee",))
