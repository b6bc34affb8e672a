"""Officials: round tw43roles (issue 11, stop 43), roles on Taiwan and Hong Kong pages:

1. a word of presence and 有 with no 的 before a list (县长X前往视察，与会关心有县议员A、
   乡长B; 到场有议员C) shows the listed people there: `attendee`, as after 到场关心的有
   (present_governors);
2. Taiwan's 到府 (to the residence) before what is done there (区长X带队到府致赠, 亲自到府
   关怀) is a call paid at people's homes, as 来到…家中: `leader`. Not 府城 (a city's old
   name), 府会 or 府院 (the government and the council, the cabinet);
3. 提到 (区长X提到…) and 则称 (主席X则称…) are speech: `speaker`; 提到 also ends the name
   (X, not X提). Not 称 alone (名称, 称号);
4. 区长A偕同里长B等一同关怀独居长者: 一同 is the companions' (they come along, `attendee`),
   A before 偕同 leads the call (`leader`), as after 带领…一同调研; not 一同出席 (attending);
5. coming to a place to show concern or to greet (立委A、县长B也特别来码头关心乡亲并致意,
   来到现场为选手加油) is presence: `attendee` (dev-t3 u011); a call at people's homes
   (来到…家中) stays a visit.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand ("How roles were read").
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, set[str]]]:
    return {m.name: (m.title, set(m.roles)) for m in extract_officials(text)}


# Rule 1: presence and 有 before a list.


def test_a_list_after_presence_and_you_is_there():
    got = found("县长周明德前往东山乡视察道路工程，与会关心有县议员黄立群、东山乡长林志远等。")
    assert got["周明德"][1] == {"leader"}
    assert got["黄立群"][1] == {"attendee"}
    assert got["林志远"][1] == {"attendee"}


def test_a_list_after_daochang_and_you_is_there():
    got = found("市长陈文彬出席活动，到场有市议员郑美玲。")
    assert got["郑美玲"][1] == {"attendee"}


def test_guard_a_list_after_presence_de_you_stays_there():
    got = found("县长周明德前往视察，到场关心的有县议员黄立群、乡长林志远。")
    assert got["黄立群"][1] == {"attendee"}
    assert got["林志远"][1] == {"attendee"}


# Rule 2: 到府.


def test_a_party_led_to_peoples_homes_is_a_visit():
    got = found("寒冬送暖由区长周明德带队到府致赠物资。")
    assert got["周明德"][1] == {"leader"}


def test_a_call_in_person_at_the_residence_is_a_visit():
    got = found("区长周明德亲自到府关怀独居长辈。")
    assert got["周明德"][1] == {"leader"}


def test_guard_the_old_city_name_is_no_home():
    got = found("区长周明德带队到府城参加典礼。")
    assert "leader" not in got["周明德"][1]


def test_guard_the_government_and_council_are_no_home():
    got = found("区长周明德到府会协调预算。")
    assert "leader" not in got["周明德"][1]


# Rule 3: 提到 and 则称.


def test_tidao_is_speech_and_ends_the_name():
    got = found("龙山区长陈新德提到，政府资源有限。")
    assert got["陈新德"][1] == {"speaker"}
    assert "陈新德提" not in got


def test_zecheng_is_speech():
    got = found("立法会主席梁志明则称，是次访问意义重大。")
    assert got["梁志明"][1] == {"speaker"}


def test_guard_a_title_conferred_is_no_speech():
    got = found("县长周明德出席授牌仪式，授予东山村文明村称号。")
    assert got["周明德"][1] == {"attendee"}


# Rule 4: 偕同…一同 and a call on people.


def test_the_one_before_xietong_leads_a_visit_made_together():
    got = found("区长周明德偕同里长杨美华等一同关怀区内独居长者。")
    assert got["周明德"][1] == {"leader"}
    assert got["杨美华"][1] == {"attendee"}


def test_the_one_before_xietong_leads_a_condolence_visit_made_together():
    got = found("乡长周明德偕同村长李春生一同慰问独居长者。")
    assert got["周明德"][1] == {"leader"}
    assert got["李春生"][1] == {"attendee"}


def test_guard_attending_together_leads_nothing():
    got = found("乡长周明德偕同村长李春生一同出席典礼。")
    assert got["周明德"][1] == {"attendee"}
    assert got["李春生"][1] == {"attendee"}


# Rule 5: 来…关心, 来…致意.


def test_coming_to_a_place_to_show_concern_is_presence():
    got = found("立法委员陈志成、王立德县长与林文华主席也特别来码头关心乡亲并致意。")
    assert got["陈志成"][1] == {"attendee"}
    assert got["王立德"][1] == {"attendee"}
    assert got["林文华"][1] == {"attendee"}


def test_coming_to_cheer_is_presence():
    got = found("县长周明德来到现场为选手加油。")
    assert got["周明德"][1] == {"attendee"}


def test_guard_coming_to_a_home_to_show_concern_stays_a_visit():
    got = found("县长周明德来到困难户家中关心其生活。")
    assert got["周明德"][1] == {"leader"}
