"""Officials: roles round 22 (issue 11, stop 42), a broad survey's two kinds.

A roster named by its people's rank or office after a presence phrase (出席首长有A、B,
参加会议的县领导有A、B, 出席长官包括A) is a list of people there, as one named by who they
are (出席仪式的官员有A、B) is. A greeting conveyed (向老干部致以节日的问候, 向各界拜年) is the
speech of one who is at the gathering (attends, chairs or sits in); anyone else greets the
people he calls on, a visit led, as before.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# Rule 1: a roster named by rank or office after a presence phrase.


def test_a_roster_of_heads_after_chuxi_attends():
    got = roles("联席会议的召集人为市长马文杰，出席首长有县长郑海波、副县长周立新及县府团队。")
    assert got["郑海波"] == {"attendee"}
    assert got["周立新"] == {"attendee"}


def test_a_roster_of_county_leaders_after_a_de_phrase_attends():
    got = roles("参加座谈的县领导有县委副书记郑海波、副县长周立新。")
    assert got == {"郑海波": {"attendee"}, "周立新": {"attendee"}}


def test_a_roster_of_officers_in_taiwan_words_attends():
    got = roles("典礼隆重，出席长官包括县长郑海波、议长周立新。")
    assert got["郑海波"] == {"attendee"}
    assert got["周立新"] == {"attendee"}


def test_a_roster_named_by_office_with_no_presence_word_gives_no_presence():
    # Guard: the phrase before the roster holds no verb of presence: the people are named.
    got = roles("该项目的主要领导是县长郑海波。")
    assert got["郑海波"] == {"mentioned"}


def test_a_roster_sitting_in_keeps_sitting_in():
    # Guard: the roster's own verb decides (列席: nonvoting), as 列席会议的还有A does.
    got = roles("列席会议的县领导有副县长郑海波、周立新。")
    assert got["郑海波"] == {"nonvoting"}
    assert got["周立新"] == {"nonvoting"}


# Rule 2: a greeting is speech for one who is at the gathering, a visit for anyone else.


def test_an_attendee_who_greets_the_retirees_speaks():
    got = roles("县领导马文杰、郑海波出席座谈会。马文杰向各位退休老干部致以新春的问候。")
    assert got["马文杰"] == {"attendee", "speaker"}
    assert got["郑海波"] == {"attendee"}


def test_a_chair_who_greets_the_meeting_chairs_and_speaks():
    got = roles("座谈会由区委副书记马文杰主持。马文杰向与会人士致以节日问候。")
    assert got["马文杰"] == {"chair", "speaker"}


def test_a_host_who_greets_everyone_at_a_ceremony_attends_and_speaks():
    got = roles("团拜活动隆重举行，县长马文杰出席。马文杰首先向各界乡亲拜年，并感谢大家。")
    assert got["马文杰"] == {"attendee", "speaker"}


def test_leaders_who_greet_the_members_they_call_on_lead():
    # Guard: no presence word; the leaders call on the members (a visit), as before.
    got = roles("区委书记马文杰，区长郑海波等向政协委员们致以亲切的问候。")
    assert got == {"马文杰": {"leader"}, "郑海波": {"leader"}}


def test_a_visit_with_a_greeting_stays_a_visit_without_speech():
    # Guard: the greeting inside a visit adds no speech (labels give such leaders leader).
    got = roles("副县长马文杰走访慰问困难群众，向他们致以节日的问候。")
    assert got["马文杰"] == {"leader"}


def test_greeting_made_by_going_somewhere_is_a_visit():
    # Guard: 到某处拜年 is a visit made, not a greeting at one's own gathering.
    got = roles("市长马文杰率领各局处首长到市议会拜年。")
    assert got["马文杰"] == {"leader"}
