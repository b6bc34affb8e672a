"""Officials: roles round 18 (issue 11, stop 41): a list of people that goes on across a
group no name names (A及有关人员、B陪同调研), and escorts no name names after 由 (X一行由
县经开区陪同来到…), read as the one escorted escorting.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: a nameless group joined between two named items (及有关人员、, 和有关同志、) is
# part of the list; the verb after the last item is the first item's too.


def test_escort_list_goes_on_across_a_nameless_group():
    got = roles(
        "5月8日，市农业局局长孙明远到青石乡调研。市局周立新科长及有关人员、"
        "青石乡郑海波乡长陪同调研。"
    )
    assert set(got["周立新"]) == {"accompanying"}
    assert set(got["郑海波"]) == {"accompanying"}


def test_attending_list_goes_on_across_comrades():
    got = roles("会议由县长马文杰主持。处长林国栋和有关同志、副县长许志明出席会议。")
    assert set(got["林国栋"]) == {"attendee"}
    assert set(got["许志明"]) == {"attendee"}


def test_guard_a_comma_after_the_group_still_joins_as_before():
    got = roles("会议由县长马文杰主持。处长林国栋及有关人员，副县长许志明出席会议。")
    assert set(got["林国栋"]) == {"attendee"}
    assert set(got["许志明"]) == {"attendee"}


def test_guard_a_titled_group_between_items_unchanged():
    got = roles("会议由县长马文杰主持。县领导林国栋及有关部门负责人、副县长许志明出席会议。")
    assert set(got["林国栋"]) == {"attendee"}


# Rule 2: escorts no name names after 由 (由县工业园区陪同, 由随行人员陪同): the one
# escorted is no escort; the verbs after them are his (as 在…陪同下 already read).


def test_escorted_by_an_unnamed_body_is_no_escort():
    got = roles("随后，县政协副主席罗建华一行由县工业园区陪同来到一家服装厂调研。")
    assert set(got["罗建华"]) == {"leader"}


def test_guard_a_named_escort_after_by_still_escorts():
    got = roles("考察团一行由副县长陈志强陪同，参观了工业园区。")
    assert set(got["陈志强"]) == {"accompanying"}


def test_guard_unnamed_escorts_in_a_frame_unchanged():
    got = roles("县长马文杰在工作人员陪同下来到敬老院看望老人。")
    assert set(got["马文杰"]) == {"leader"}
