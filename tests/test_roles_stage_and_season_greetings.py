"""Officials: roles round 24 (issue 11, stop 42), speakers who go up to the stage and
parties taken along to greet at a gathering (README "Confirmed at stop 42, people taken
along", reading 3: leading a party at a ceremony is presence, not a visit):

1. 上台 and 登台 between a name and its act (市长A上台致词, 书记A登台讲话) end the name,
   as 登上 and 走上 do: the name was not read at all before;
2. a new-year greeting with its season named (互道新年恭喜, 互道新春快乐) is a greeting at
   a gathering, as 互道恭喜 is;
3. the greeting in the next clause of the sentence (由县长A带领…，邀集各界贵宾互道新年
   恭喜), a short note in brackets after the name allowed (县长A（前排左3）带领…).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# Rule 1: 上台, 登台.


def test_a_mayor_who_goes_up_to_speak_is_named_and_speaks():
    got = roles("某市举办灯会开幕典礼，市长郑海波上台致词，感谢各界支持。")
    assert got["郑海波"] == {"speaker"}


def test_a_secretary_who_goes_up_on_stage_to_speak_speaks():
    got = roles("某县举行表彰大会，县委书记周立新登台讲话。")
    assert got["周立新"] == {"speaker"}


def test_a_two_character_name_before_shangtai_is_read_whole():
    got = roles("某乡举行就职典礼，乡长刘明上台致词时表示，将努力服务乡亲。")
    assert got["刘明"] == {"speaker"}


# Rule 2: the greeting with its season named.


def test_a_party_taken_along_to_exchange_new_year_wishes_is_there():
    got = roles("某县政府举办新春团拜，县长郑海波带领府内一级主管及团队成员互道新年恭喜。")
    assert got["郑海波"] == {"attendee"}


# Rule 3: the greeting in the next clause.


def test_the_greeting_in_the_next_clause_is_presence():
    got = roles("某县政府举办新春团拜，由县长郑海波带领府内一级主管，邀集各界贵宾互道新春快乐。")
    assert got["郑海波"] == {"attendee"}


def test_a_photo_note_after_the_name_does_not_hide_the_greeting():
    opening = "某县政府举办新春团拜，由县长郑海波（前排左3）带领府内一级主管，"
    got = roles(opening + "邀集各界贵宾互道新年恭喜。")
    assert got["郑海波"] == {"attendee"}


# Guards: what must not change.


def test_guard_a_party_that_goes_somewhere_to_greet_is_led():
    got = roles("县长郑海波带领府内一级主管，前往某乡互道新年恭喜。")
    assert got["郑海波"] == {"leader"}


def test_guard_a_call_paid_at_the_council_stays_a_visit():
    got = roles("县长郑海波率领副县长周立新到县议会拜年。")
    assert "leader" in got["郑海波"]


def test_guard_a_visit_then_a_greeting_stays_a_visit():
    got = roles("县长郑海波带领府内一级主管，到某乡调研，互道新年恭喜。")
    assert "leader" in got["郑海波"]


def test_guard_a_morning_word_still_ends_the_name():
    got = roles("市长郑海波上午致词，感谢各界支持。")
    assert got["郑海波"] == {"speaker"}


def test_guard_roles23_greeting_unchanged():
    got = roles("市长郑海波率副市长周立新及各局处首长拜晚年。")
    assert got["郑海波"] == {"attendee"}
