"""Officials: roles round 21 (issue 11, stop 42): people present at the event read as
only named. Who unveils or raises the curtain on an event (共同为…揭幕, 启幕) or hands a
seal over (将印信交接给) is there, as who unveils a plaque is; people listed after 还有
with no verb of their own (…出席，还有A及B) are more of those the clause before said
were there; a 的-phrase of presence before a quoted organ (出席的“内政部”主任秘书X) is an
attributive as 出席的X is; who hears a report (司长X听取…汇报) is there.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: 揭幕, 启幕 and 交接给 are presence, as 揭牌 and 交给 are.


def test_people_who_unveil_together_attend():
    got = roles("典礼上，县长马文杰、副县长郑海波共同为纪念馆揭幕。")
    assert set(got["马文杰"]) == {"attendee"}
    assert set(got["郑海波"]) == {"attendee"}


def test_people_listed_before_raising_the_curtain_attend():
    got = roles("会上，市委书记马文杰，市长郑海波，副市长周立新共同为美食节启幕。")
    assert {name: set(r) for name, r in got.items()} == {
        "马文杰": {"attendee"},
        "郑海波": {"attendee"},
        "周立新": {"attendee"},
    }


def test_who_hands_the_seal_over_attends():
    got = roles("仪式上，代理乡长马文杰将印信交接给新任乡长郑海波。")
    assert set(got["马文杰"]) == {"attendee"}


def test_a_handover_ceremony_named_gives_the_people_before_it_no_presence():
    # Guard: 举行…交接典礼 names the ceremony; the people of the clauses before it are
    # only named (no 交接 alone among the presence words).
    got = roles("原督察长马文杰已调升新职，新任督察长郑海波9日到职，同时也举行5位分局长交接典礼。")
    assert set(got["马文杰"]) == {"mentioned"}
    assert set(got["郑海波"]) == {"mentioned"}


# Rule 2: a list after 还有 with no verb of its own goes on with the presence before it.


def test_people_after_haiyou_attend_as_those_before_them():
    got = roles("典礼十分隆重，议长马文杰、副议长郑海波出席，还有县议员周立新及镇长李志强等人。")
    assert set(got["周立新"]) == {"attendee"}
    assert set(got["李志强"]) == {"attendee"}


def test_people_after_haiyou_with_a_post_between_attend():
    got = roles(
        "观礼来宾踊跃，议长马文杰率多位县议员出席，还有义警大队长前立委郑海波及干部、"
        "镇长李志强与乡镇市办事处主任多人。"
    )
    assert set(got["郑海波"]) == {"attendee"}
    assert set(got["李志强"]) == {"attendee"}


def test_people_after_haiyou_with_their_own_verb_keep_it():
    # Guard: the list after 还有 that has a verb of its own takes that verb only.
    got = roles("会议由县长马文杰主持，还有副县长郑海波讲话。")
    assert set(got["马文杰"]) == {"chair"}
    assert set(got["郑海波"]) == {"speaker"}


def test_haiyou_after_a_chair_gives_no_chairing():
    # Guard: only the presence roles of the clause before go on (not its chairing).
    got = roles("会议由县长马文杰主持，还有副县长郑海波等人。")
    assert "chair" not in got["郑海波"]


# Rule 3: a presence 的-phrase before an organ in quotes and the title.


def test_present_official_of_a_quoted_ministry_attends():
    got = roles("会后，议长把意见交给出席的“内政部”主任秘书郑海波。")
    assert set(got["郑海波"]) == {"attendee"}


def test_attending_official_of_a_quoted_ministry_who_speaks_attends_and_speaks():
    got = roles("座谈会后，与会的“交通部”次长郑海波表示将研议。")
    assert set(got["郑海波"]) == {"attendee", "speaker"}


# Rule 4: who hears a report, 听取 opening his predicate, is there.


def test_who_hears_the_reports_attends():
    got = roles("政务司司长马文杰听取十八区区议会主席汇报工作。")
    assert set(got["马文杰"]) == {"attendee"}


def test_chair_who_hears_reports_only_chairs():
    # Guard: another role of his says what he did there.
    got = roles("县长马文杰主持会议并听取汇报。")
    assert set(got["马文杰"]) == {"chair"}


def test_the_one_heard_still_speaks():
    # Guard: the reporter heard keeps his speech.
    got = roles("会议听取了副县长马文杰的汇报。")
    assert set(got["马文杰"]) == {"speaker"}


def test_hearing_later_in_a_visit_gives_the_one_visited_nothing():
    # Guard: 听取 in a later clause of a visit is the visitor's, not the presence of the
    # one visited (named last).
    got = roles(
        "1月29日，市委书记马文杰来到市政协原主席郑海波家里，向他致以祝福，认真听取他提出的意见建议。"
    )
    assert set(got["郑海波"]) == {"mentioned"}
