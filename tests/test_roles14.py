"""Officials: roles round 14 (issue 11, stop 38: a host receiving guests read as leader).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: receiving guests is no visit. A visit's verb in what is received (the guests'
# 的-phrase, the pivot 接待X来…考察, their 一行) is theirs; who takes his staff along to
# receive guests (率领…前往接机, 带领…热情欢迎) is there, leading nothing.


def test_a_visit_in_the_guests_relative_phrase_is_theirs():
    got = roles(
        "5月8日，县委副书记、县长邬春林会见了来我县投资考察的光伏企业负责人，双方进行了会谈。"
    )
    assert got["邬春林"] == ("attendee",)


def test_a_visit_the_received_guests_come_to_make_is_theirs():
    # a headline's pivot: 接待 guests 来…调研
    got = roles("副市长聂文涛接待省外商会会员来我市调研。")
    assert got["聂文涛"] == ("attendee",)


def test_taking_staff_along_to_meet_guests_is_presence():
    got = roles("镇长卞永庆率领镇公所各课室主管前往码头接机。")
    assert got["卞永庆"] == ("attendee",)


def test_a_reception_office_is_no_receiving():
    # guard: 接待中心 names a place; 接待上访群众 is the head's own reception (leader)
    got = roles("县长邬春林在县信访接待中心公开接待上访群众，倾听诉求。")
    assert got["邬春林"] == ("leader",)


def test_a_visit_after_receiving_and_a_second_act_stays_the_hosts():
    # guard: 会见…后 closes the object; the inspection after it is the host's own
    got = roles("市长聂文涛会见客商后，带领有关部门负责人到园区考察。")
    assert "leader" in got["聂文涛"]


def test_leading_staff_on_a_visit_stays_leading():
    # guard: taking people along on a visit is still leading it
    got = roles("镇长卞永庆率领镇公所各课室主管到各村视察道路工程。")
    assert got["卞永庆"] == ("leader",)
