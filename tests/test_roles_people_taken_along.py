"""Officials: roles round 23 (issue 11, stop 42), people taken along (README "Confirmed at
stop 42, people taken along"). The people a visit's leader takes along are there
(`attendee`), the one who leads is `leader`:

1. companions joined to the leader by 偕同 (乡长A偕同村长B、C，前往…访视);
2. the led written as newly in post (带领新当选的副主委A、B上门走访);
3. a party's members after the clause naming its leader with 由 (由主席A率领，以及乡长B、
   议员C随行至…参访): going along with one's own party is no escort's act;
4. people taken along to greet at a gathering, no call paid anywhere (市长A率副市长B、C
   拜晚年; 率领…互道恭喜): presence, not a visit.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# Rule 1: companions joined by 偕同.


def test_companions_joined_by_xietong_attend_a_visit():
    got = roles("乡长郑海波偕同村长周立新、刘志明，前往某村看望弱势家庭。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}
    assert got["刘志明"] == {"attendee"}


def test_a_companion_joined_by_xietong_without_a_comma_attends():
    got = roles("县长郑海波偕同副县长周立新前往某村视察。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}


def test_a_companion_before_a_party_led_attends():
    got = roles("办公室主任郑海波偕同里长周立新，率领多位里长组成考察团，前来县议会参访交流。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}


def test_huitong_still_makes_escorts():
    # Guard: 会同 (escort_joiners) still makes the joined go along as escorts.
    got = roles("县长郑海波会同乡长周立新至某村视察。")
    assert got["周立新"] == {"accompanying"}


def test_xietong_at_a_ceremony_keeps_attendance():
    # Guard: companions at a ceremony attend, as the one they come with does.
    got = roles("县长郑海波偕同副县长周立新出席开幕典礼。")
    assert got["郑海波"] == {"attendee"}
    assert got["周立新"] == {"attendee"}


# Rule 2: the led written as newly in post.


def test_the_newly_elected_taken_along_attend():
    got = roles("区委主委郑海波带领新当选的区委副主委周立新、刘志明上门走访了老领导。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}
    assert got["刘志明"] == {"attendee"}


def test_the_led_without_a_modifier_still_attend():
    # Guard: the plain form was read so before the rule.
    got = roles("区委主委郑海波带领区委副主委周立新、刘志明上门走访了老领导。")
    assert got["周立新"] == {"attendee"}


# Rule 3: a party's members after 由X率领.


def test_members_going_along_after_a_party_led_by_attend():
    got = roles("由主席郑海波率领，以及乡长周立新、县议员刘志明随行至某镇参访观摩。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}
    assert got["刘志明"] == {"attendee"}


def test_members_of_a_party_led_by_attend():
    got = roles("由主席郑海波率领，乡长周立新、县议员刘志明一行至某镇参访观摩。")
    assert got["周立新"] == {"attendee"}
    assert got["刘志明"] == {"attendee"}


def test_escorts_of_a_visitor_stay_escorts():
    # Guard: 随同 after a visit led in another sentence is still an escort's (dev bv001).
    got = roles("县长郑海波带队深入乡镇调研。副县长周立新及相关部门负责人随同。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"accompanying"}


# Rule 4: people taken along to greet at a gathering.


def test_taken_along_to_greet_at_a_gathering_attends():
    got = roles("市长郑海波率副市长周立新、刘志明及市府一级主管拜晚年，祝市政昌隆。")
    assert got["郑海波"] == {"attendee"}
    assert got["周立新"] == {"attendee"}


def test_greetings_exchanged_by_a_party_taken_along_attend():
    got = roles("议长郑海波也率领全体议员与市府官员互道恭喜。")
    assert got["郑海波"] == {"attendee"}


def test_greeting_paid_as_a_call_somewhere_stays_a_visit():
    # Guard: 到某处拜年 is a call paid there, a visit led.
    got = roles("市长郑海波率领副市长周立新到市议会拜年。")
    assert got["郑海波"] == {"leader"}
    assert got["周立新"] == {"attendee"}
