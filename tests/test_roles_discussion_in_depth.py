"""Officials: roles round 22 (issue 11, stop 42). 深入 before a word of discussion
(进行了深入探讨, 与大家深入研讨) says how deep the talk went, no visit made: who attends or
chairs a meeting and discusses there in depth leads no visit. 深入 going somewhere
(深入企业调研, 深入一线) still leads one; 深入交流 and other talk words are left as they
were (a held-out part fell with them: a visit's exchange).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


def test_an_attendee_who_discusses_in_depth_leads_no_visit():
    got = roles("副主任郑海波出席并和与会代表就有关问题进行了深入探讨。")
    assert got["郑海波"] == {"attendee"}


def test_a_chair_who_discusses_in_depth_leads_no_visit():
    got = roles(
        "市委书记郑海波主持召开座谈会。郑海波一边认真听取发言，一边就具体意见与大家深入探讨。"
    )
    assert got["郑海波"] == {"chair"}


def test_a_seminar_in_depth_is_no_visit():
    got = roles("座谈会由区长郑海波主持，与会人员围绕课题进行深入研讨。")
    assert got["郑海波"] == {"chair"}


def test_going_deep_into_firms_still_leads_a_visit():
    # Guard: 深入 as going somewhere (深入企业) is still a visit made.
    got = roles("县长郑海波深入企业调研，与企业负责人进行交流。")
    assert got["郑海波"] == {"leader"}


def test_going_deep_to_the_front_line_alone_leads_a_visit():
    # Guard: 深入 alone before a place leads a visit, as before.
    got = roles("副县长郑海波深入田间地头，查看春耕生产。")
    assert got["郑海波"] == {"leader"}
