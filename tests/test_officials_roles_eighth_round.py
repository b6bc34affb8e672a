"""Officials: roles, eighth round (issue 11, roles round 8: a roster of guests opened by
包括有 after the clause that says what they came to).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_guests_listed_after_including_with_you_attend():
    # 参加…的贵宾，包括有A、B: the list after 包括有 names the guests the clause before
    # it counted; they are there, as after 包括 (Taiwan's reports write 包括有)
    got = roles("参加揭碑典礼的贵宾，包括有立委邬春林、县议员聂文涛及乡长柯振宇。")
    assert got == {"邬春林": ("attendee",), "聂文涛": ("attendee",), "柯振宇": ("attendee",)}
    # with no comma, the guests' noun right before it
    got = roles("出席植树活动的来宾包括有镇长邬春林、副镇长聂文涛。")
    assert got == {"邬春林": ("attendee",), "聂文涛": ("attendee",)}


def test_including_after_a_clause_with_no_act_stays_unread():
    # a list opened by 包括有 in a clause that names no act: named, no role read
    got = roles("本届候选人，包括有议员邬春林、聂文涛。")
    assert set(got) == {"邬春林", "聂文涛"}
    assert all(r == ("mentioned",) for r in got.values())


def test_including_without_you_is_read_as_before():
    # the form without 有 (the existing reading): a guard that passes before and after
    got = roles("参加揭碑典礼的贵宾，包括立委邬春林、县议员聂文涛。")
    assert got == {"邬春林": ("attendee",), "聂文涛": ("attendee",)}


def test_who_sits_down_to_talk_with_someone_is_there():
    # A与B座谈交流: a meeting for talks, as 举行座谈 (a name written before its title too)
    got = roles("座谈会后，邬春林副主席与区委书记聂文涛座谈交流，并参观了展示馆。")
    assert got == {"邬春林": ("attendee",), "聂文涛": ("attendee",)}
    # 进行面对面座谈: the manner between the verb and 座谈
    got = roles("随后，副市长邬春林与县妇联聂文涛副主席进行面对面座谈。")
    assert got == {"邬春林": ("attendee",), "聂文涛": ("attendee",)}


def test_a_talks_meeting_named_as_a_noun_is_no_act():
    # 主持召开座谈交流会: chaired, not attended besides
    got = roles("县长邬春林主持召开企业座谈交流会。")
    assert got == {"邬春林": ("chair",)}
    # a visit's leader who talks with the people met still leads it
    got = roles("县长邬春林到企业调研，并与企业负责人交流座谈。")
    assert got == {"邬春林": ("leader",)}
