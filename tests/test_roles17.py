"""Officials: roles round 17 (issue 11, stop 40: a visit's verb inside a noun, the name of
a tour's body, office or meeting, what the tour found, or a doctrine's guiding thought,
read as a visit led by the speaker).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: a tour's body, office and meeting (巡察组, 巡察办, 巡查会…) and what it found or
# asked (巡察情况, 巡察整改, 有关巡察的…), as the guiding thought of a text (指导思想), are
# nouns: whoever names them in his own clause leads no visit (as 调研组 and 调研会 were).


def test_announcing_a_tour_groups_heads_is_no_visit():
    got = roles("3月5日，县委常委、组织部部长高明远宣布各巡察组组长的任职决定。")
    assert set(got["高明远"]) == {"speaker"}


def test_the_tour_as_a_topic_is_no_visit():
    got = roles(
        "动员会在县委党群活动中心召开。县委常委、纪委书记周海清传达了上级有关巡察的"
        "最新要求，并作动员讲话。"
    )
    assert set(got["周海清"]) == {"speaker"}


def test_hearing_a_tours_findings_is_no_visit():
    # a headline with no mark: the predicate runs on into what is heard
    got = roles(
        "邹文斌主持召开专题会议听取第四轮巡察整改情况报告\n"
        "6月2日，区委书记邹文斌在区委会议室主持召开专题会议。"
    )
    assert set(got["邹文斌"]) == {"chair"}


def test_a_site_inspection_meeting_is_no_visit_of_the_one_who_speaks():
    got = roles("区委书记杜海川明确了这次现场巡查会的重要意义，并对各项目提出了要求。")
    assert set(got["杜海川"]) == {"speaker"}


def test_explaining_a_rules_guiding_thought_is_no_guidance_given():
    got = roles("会上，县委常委、宣传部部长黎光荣解读了《办法》的指导思想和主要内容。")
    assert set(got["黎光荣"]) == {"speaker"}


def test_the_office_of_a_tour_in_a_title_is_no_visit():
    got = roles("参加会议的有县委巡察办主任韩立秋、各巡察组全体成员，韩立秋在会上作了强调。")
    assert set(got["韩立秋"]) == {"attendee", "speaker"}


# Guards (pass before and after): a tour made, a guidance given, a visit led stay visits.


def test_a_tour_made_is_still_a_visit():
    got = roles("5月8日，市委副书记罗振华带队到清河县巡察基层党建工作。")
    assert "leader" in got["罗振华"]


def test_guidance_given_on_site_is_still_a_visit():
    got = roles("4月9日，副县长蒋立平到城关镇指导防汛工作，要求各村落实责任。")
    assert set(got["蒋立平"]) == {"leader", "speaker"}
