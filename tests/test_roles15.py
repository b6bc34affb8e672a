"""Officials: roles round 15 (issue 11, stop 39: what a visit's leader says read as no speech).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: a spoken wish joined by 并 to the subject's own acts (给予肯定，并希望…) is his,
# said aloud, as 希望 right after his name already is.


def test_a_wish_joined_after_praise_is_the_visitors_speech():
    got = roles(
        "6月3日，市农业农村局局长韩德明带领调研组来我镇调研。"
        "韩德明对我镇的工作给予充分肯定，并希望镇里进一步做好产业发展文章。"
    )
    assert set(got["韩德明"]) == {"leader", "speaker"}


def test_a_wish_joined_in_the_same_clause_is_speech():
    got = roles("县委书记蒋立平高度评价了合作社的做法并希望继续扩大规模。")
    assert "speaker" in got["蒋立平"]


def test_a_wish_without_a_joiner_in_a_later_clause_stays_unread():
    # guard: a wish in a later clause with no 并 may be another's (told in a speech about
    # the named person), so it gives him no speech.
    got = roles("县长吕春生带队到园区调研，企业负责人希望加快道路建设。")
    assert got["吕春生"] == ("leader",)


# Rule 2: a report made on something (总结了…以来的工作, 报告了…会议情况) is speech: the
# verb with 了 and its object ending on what a report tells; the same words as a noun
# (总结会, 报告厅) or without such an object give nothing.


def test_summing_up_the_work_at_a_meeting_is_speech():
    got = roles(
        "会上，县妇儿工委副主任、县妇联主席胡晓梅总结了县妇儿工委一年来的工作，"
        "并对明年工作作了安排。"
    )
    assert got["胡晓梅"] == ("speaker",)


def test_reporting_on_a_session_is_speech():
    got = roles("民盟市委主委郝振邦主持会议。郝振邦报告了市委八届二次主委会议情况。")
    assert set(got["郝振邦"]) == {"chair", "speaker"}


def test_a_summing_up_meeting_attended_is_no_speech():
    # guard: 总结 inside a meeting's name after a verb of attending is no act of his
    got = roles("副县长孔令武出席全县防汛工作总结会。")
    assert got["孔令武"] == ("attendee",)
