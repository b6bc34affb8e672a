"""Officials: roles, tenth round (issue 11, roles round 10: the members of a party whose
leader's clause closes with 带队 are there with it, not leaders of the visit).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_the_party_after_its_leaders_daidui_attends():
    # 由副市长A带队，B、C一行前往…调研: A leads, B and C are the party's members
    got = roles(
        "6月2日，由副市长邬春林带队，市政府副秘书长聂文涛、市农业局局长卞永庆一行前往东山镇调研。"
    )
    assert got == {
        "邬春林": ("leader",),
        "聂文涛": ("attendee",),
        "卞永庆": ("attendee",),
    }


def test_the_party_after_shuaidui_without_yixing_attends():
    # 率队 as 带队, and the members go on without 一行 (…到…检查)
    got = roles("县委书记邬春林率队，县政府办主任聂文涛到西坪乡检查防汛工作。")
    assert got["邬春林"] == ("leader",)
    assert got["聂文涛"] == ("attendee",)


def test_escorts_after_daidui_are_read_as_before():
    # 副市长A带队，B、C陪同: the people after the leader's clause escort (a guard that
    # passes before and after)
    got = roles("副市长邬春林带队，区长聂文涛、副区长卞永庆陪同调研。")
    assert got["聂文涛"] == ("accompanying",)
    assert got["卞永庆"] == ("accompanying",)


def test_a_second_leader_with_his_own_daidui_is_read_as_before():
    # A带队，B带队，分别…: each leads his own party (a guard)
    got = roles("县长邬春林带队，副县长聂文涛带队，分别前往两镇督导。")
    assert got["邬春林"] == ("leader",)
    assert got["聂文涛"] == ("leader",)
