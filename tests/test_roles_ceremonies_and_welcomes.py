"""Officials: roles round 25 (issue 11, stop 43), roles of people at ceremonies and
welcomes, the kinds earlier rounds left:

1. the one whose arrival a host welcomes (A对B一行的到来表示欢迎) stands in the host's
   topic: the verb after B is A's speech, and the welcome gives B no role of its own;
2. 围绕 opens a topic as 对 and 就 do (A围绕确保观摩活动顺利开展强调…): the visit's word
   inside it names what is spoken of, no visit made;
3. remarks sent in writing (发表书面讲话, 作书面发言) and presence denied (因故未能出席)
   name their person without making him present or a speaker, and leave him out of the
   next clause's verbs;
4. a greeting to the whole body of one's colleagues (向全体干部职工拜年, also by video) is
   speech, no call paid;
5. acts at a ceremony that show presence: pressing the start button (共同按下启动键,
   共同启动), laying the first soil (培土奠基), walking into the hall (率领…步入会场: the
   party led attends, read 3 of "Confirmed at stop 42, people taken along");
6. 在X的带领下 followed by a presence verb (出席, 步入会场) makes X an attendee; an oath
   led (在镇长X的带领下，新当选同志进行了宪法宣誓) still does not.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


# Rule 1: the welcomed party.


def test_a_welcomed_guest_takes_neither_the_hosts_speech_nor_a_visit():
    got = roles(
        "某区服务中心举行揭牌仪式，区管委会主任周立平、市水利局副局长孙建华出席揭牌仪式。"
        "揭牌仪式上，周立平对孙建华一行的到来表示热烈欢迎。孙建华强调，要提高服务水平。"
    )
    assert got["周立平"] == {"attendee", "speaker"}
    assert got["孙建华"] == {"attendee", "speaker"}


def test_the_host_who_welcomes_a_named_guest_speaks():
    got = roles("县长周立平对市委书记孙建华的到来表示欢迎。")
    assert got["周立平"] == {"speaker"}
    assert got["孙建华"] == {"mentioned"}


def test_the_host_who_welcomes_a_named_party_speaks():
    got = roles("县长周立平代表县委对市委书记孙建华一行表示欢迎。")
    assert got["周立平"] == {"speaker"}
    assert got["孙建华"] == {"mentioned"}


def test_guard_a_party_that_came_to_visit_still_leads_it():
    got = roles("市水利局副局长孙建华一行来到某区调研。区长周立平对孙建华一行的到来表示欢迎。")
    assert got["孙建华"] == {"leader"}
    assert got["周立平"] == {"speaker"}


# Rule 2: 围绕 opens a topic.


def test_a_visit_named_in_a_topic_after_weirao_is_no_visit():
    got = roles(
        "区委副书记王东明组织召开协调会。区委常委李成参加会议并讲话。"
        "李成同志围绕确保观摩活动顺利开展强调，各单位要尽职尽责。"
    )
    assert got["李成"] == {"attendee", "speaker"}


def test_guard_weirao_before_a_visit_made_still_leads():
    assert roles("县长李成围绕乡村振兴到某镇调研。")["李成"] == {"leader"}
    got = roles("县长李成围绕项目建设进行调研，并强调要加快进度。")
    assert got["李成"] == {"leader", "speaker"}


# Rule 3: written remarks, presence denied.


def test_written_remarks_name_their_author_only():
    assert roles("县委书记张为民作书面讲话。")["张为民"] == {"mentioned"}
    got = roles("大会开幕，县委书记张为民发表书面讲话，县长李一鸣出席并致辞。")
    assert got["张为民"] == {"mentioned"}
    assert got["李一鸣"] == {"attendee", "speaker"}


def test_one_who_could_not_attend_is_not_there():
    got = roles("市长张为民因故未能出席，副市长李一鸣出席并讲话。")
    assert got["张为民"] == {"mentioned"}
    assert got["李一鸣"] == {"attendee", "speaker"}
    got = roles("市长张为民因公务未能出席，委托副市长李一鸣宣读书面致辞。")
    assert got["张为民"] == {"mentioned"}
    assert got["李一鸣"] == {"speaker"}


# Rule 4: a greeting to all one's colleagues.


def test_a_greeting_to_all_colleagues_is_speech():
    assert roles("局长张为民向全体干部职工拜年。")["张为民"] == {"speaker"}
    got = roles("春节前夕，局长张为民通过视频向全体干部职工拜年，致以新春问候。")
    assert got["张为民"] == {"speaker"}


def test_guard_a_greeting_paid_at_homes_stays_a_visit():
    assert roles("局长张为民到村里给老党员拜年。")["张为民"] == {"leader"}


# Rule 5: acts at a ceremony.


def test_pressing_the_start_button_together_is_presence():
    got = roles("仪式上，县委书记周立平、县长孙建华共同按下启动键。")
    assert got == {"周立平": {"attendee"}, "孙建华": {"attendee"}}
    got = roles("县委书记周立平、县长孙建华共同启动智慧平台。")
    assert got == {"周立平": {"attendee"}, "孙建华": {"attendee"}}


def test_laying_the_first_soil_is_presence():
    got = roles("市领导周立平、孙建华为项目培土奠基。")
    assert got == {"周立平": {"attendee"}, "孙建华": {"attendee"}}


def test_leading_a_party_into_the_hall_is_presence():
    assert roles("县长周立平率领县府团队步入会场，典礼正式开始。")["周立平"] == {"attendee"}


# Rule 6: a led frame before a presence verb.


def test_the_one_who_leads_a_party_to_attend_is_there():
    got = roles("在县长周立平的带领下，与会人员出席了开幕式。")
    assert got["周立平"] == {"attendee"}
    got = roles("在县长周立平的带领下，县府团队步入会场。")
    assert got["周立平"] == {"attendee"}


def test_guard_an_oath_led_gives_its_leader_no_presence():
    got = roles("在镇党委书记周立平的带领下，全体党员面向党旗重温入党誓词。")
    assert got["周立平"] == {"mentioned"}
    got = roles("选举结束后，在镇长周立平同志的带领下，新当选同志进行了宪法宣誓。")
    assert got["周立平"] == {"mentioned"}


def test_guard_a_led_frame_before_a_visit_still_leads():
    got = roles("在县长周立平的带领下，考察团深入园区企业调研。")
    assert got["周立平"] == {"leader"}
