"""Officials: roles round 19 (issue 11, stop 41): who speaks at a meeting. 讲了…意见 is
speech; a list cut by a comma before its verb (A，B、C出席会议) is one subject, so the
clause after the verb (，并讲话) goes on for every part of it; 并安排部署… after attending
is speech.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: 讲了 (讲了意见, 讲了几点意见) is a word of speech, as 讲话 is.


def test_chair_who_spoke_his_views_on_a_topic_speaks():
    got = roles("县委常委、组织部部长周立新主持会议并就文件精神的贯彻落实讲了意见。")
    assert set(got["周立新"]) == {"chair", "speaker"}


def test_views_in_points_are_speech():
    got = roles("会议由副县长郑海波主持。县长孙明远讲了三点意见。")
    assert set(got["孙明远"]) == {"speaker"}
    assert set(got["郑海波"]) == {"chair"}


# Rule 2: a list cut by a comma before its verb is one subject for the open predicate.


def test_comma_cut_list_shares_the_speech_after_its_verb():
    got = roles(
        "县长马文杰主持会议，常务副县长周立新，副县长郑海波、孙明远参加会议，提出工作要求。"
    )
    assert set(got["马文杰"]) == {"chair"}
    for name in ("周立新", "郑海波", "孙明远"):
        assert set(got[name]) == {"attendee", "speaker"}


def test_guard_a_new_sentence_is_not_the_list_s():
    got = roles("常务副县长周立新，副县长郑海波、孙明远出席会议。孙明远讲话。")
    assert set(got["周立新"]) == {"attendee"}
    assert set(got["郑海波"]) == {"attendee"}
    assert set(got["孙明远"]) == {"attendee", "speaker"}


# Rule 3: 并安排部署… after attending goes on as speech (安排 is no role verb of its own).


def test_attendees_who_lay_out_work_speak():
    got = roles("常务副区长周立新，副区长郑海波、孙明远出席会议，并安排部署分管领域重点工作。")
    for name in ("周立新", "郑海波", "孙明远"):
        assert set(got[name]) == {"attendee", "speaker"}


def test_guard_the_meeting_s_own_agenda_after_chairing_is_no_speech():
    got = roles("县委常委周立新主持召开会议，安排部署相关工作。")
    assert set(got["周立新"]) == {"chair"}


def test_guard_a_visit_s_leader_laying_out_work_stays_a_leader():
    got = roles("县长周立新到东山镇调研，并安排部署相关工作。")
    assert set(got["周立新"]) == {"leader"}
