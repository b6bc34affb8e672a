"""Officials: roles round 20 (issue 11, stop 41): presence and speech on visits. An
escort's own speech joined by 并 right after his 陪同 (陪同调研并在座谈会上发言) is his;
亲临 (came in person: 县长X亲临致词) is presence, as 到场 is.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: an escort's own speech after 陪同 (and the visit's verb he goes along on).


def test_escort_who_spoke_at_the_forum_speaks():
    got = roles("市委书记马文杰到县开发区调研。副县长郑海波陪同调研并在座谈会上发言。")
    assert set(got["马文杰"]) == {"leader"}
    assert set(got["郑海波"]) == {"accompanying", "speaker"}


def test_escorts_of_a_comma_cut_list_who_spoke_all_speak():
    got = roles("市长马文杰来我县考察。县委书记周立新，副县长郑海波陪同考察并作交流发言。")
    assert set(got["周立新"]) == {"accompanying", "speaker"}
    assert set(got["郑海波"]) == {"accompanying", "speaker"}


def test_escort_who_explained_speaks():
    got = roles("省林业局局长马文杰到湖区调研。湖区管理处处长郑海波陪同并作了相关讲解。")
    assert set(got["郑海波"]) == {"accompanying", "speaker"}


def test_speech_after_the_visitors_named_stays_the_visitors():
    # Guard: the visitors stand between 陪同 and 并讲话: the speech is theirs.
    got = roles("副县长郑海波陪同市委书记马文杰调研并讲话。")
    assert set(got["郑海波"]) == {"accompanying"}
    assert set(got["马文杰"]) == {"leader", "speaker"}


def test_escort_who_joins_the_forum_still_attends():
    # Guard: 陪同考察并参加座谈会 reads as before (accompanying and attendee).
    got = roles("市长马文杰来我县考察。副县长郑海波陪同考察并参加座谈会。")
    assert set(got["郑海波"]) == {"accompanying", "attendee"}


# Rule 2: 亲临 (came in person) is presence.


def test_head_who_came_in_person_and_gave_a_speech_attends_and_speaks():
    got = roles("会员大会由农会理事长主持，县长李文杰亲临致词。")
    assert set(got["李文杰"]) == {"attendee", "speaker"}


def test_head_who_came_in_person_to_congratulate_attends():
    got = roles("新春团拜会上，市长黄文杰率市府各局处首长亲临现场祝贺。")
    assert set(got["黄文杰"]) == {"attendee"}


def test_visit_made_in_person_is_still_led():
    # Guard: 亲临…调研 is a visit: its maker leads it.
    got = roles("市委书记李文杰亲临我县调研。")
    assert set(got["李文杰"]) == {"leader"}
