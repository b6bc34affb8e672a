"""Officials (dev28r, issue 11): the people of a school's event who hold no public office
by the labels' reading, and names a report writes right after a titled name. Invented
sentences, each with a guard of what must not change.

- a school's head (校长 of a 国小, 高工, or a bare 校长 at the school's event) is left out,
  as an association's officer is; a cadre school's (市委党校常务副校长) is an office;
- a school's members' bodies (家长会, 家联会, 校友会, 校长会) are associations, and a former
  officer listed after their head (家长会长A、前会长B) is theirs too;
- the chair of a council of members named by its council (当选第二届理事会会长) holds no office;
- pupils listed after a colon that names them (获奖的同学有4位：A、B、C) are no officials;
- 曾任 (once served as) opens no name; 接受 (采访), 手中 and 有点 end a name as a verb does;
- a joy shared together by the guests (均到场共同分享…喜悦) is no one's speech.
"""

from __future__ import annotations

import pytest
from public_records.extract.identify import extract_officials
from public_records.extract.officials import _roles_in, vocab


def found(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


@pytest.mark.parametrize(
    "text, school_head",
    [
        ("典礼由校长林志成主持，县长王建国出席并致词。", "林志成"),
        ("东山国小校长林志成、县长王建国出席。", "林志成"),
        ("花工校长林志成致词时表示，学生表现优异。县长王建国出席。", "林志成"),
        ("县长王建国、南华高中副校长林志成出席典礼。", "林志成"),
    ],
)
def test_a_school_head_is_left_out_the_official_kept(text, school_head):
    got = found(text)
    assert school_head not in got
    assert "王建国" in got


def test_a_cadre_school_head_is_an_office():
    assert "张薇" in found("市委党校常务副校长张薇出席会议。")
    assert "王明" in found("县委书记、县委党校校长王明出席会议。")


@pytest.mark.parametrize(
    "post",
    ["家长会长", "家长会会长", "香岛中学家联会主席", "校友会理事长", "地域校长会监事会主席"],
)
def test_a_school_members_body_officer_is_left_out(post):
    got = found(f"县长王建国、{post}林志成等贵宾到场。")
    assert "林志成" not in got
    assert got["王建国"] == {"attendee"}


def test_a_former_officer_after_a_civic_head_is_the_body_s():
    got = found("县长王建国、家长会长林志成、前会长陈大明等人与会。")
    assert set(got) == {"王建国"}


def test_a_council_of_members_chair_is_left_out():
    assert "林志成" not in found("会议选举产生第二届理事会，林志成当选第二届理事会会长。")
    # guard: a Red Cross council's head is a people's organisation's officer
    assert "林志成" in found("市红十字会第二届理事会会长林志成出席。")


def test_pupils_after_a_colon_are_no_roster_of_officials():
    text = "县长王建国出席。荣获县长奖的同学有4位：欧阳明月、陈和平、陈子文及蔡佳宁。"
    assert set(found(text)) == {"王建国"}
    assert set(found("获奖学生：欧阳明月、陈和平、陈子文。")) == set()


def test_a_bare_roster_after_a_colon_still_reads():
    # guard: a roster of names alone after a colon that names no pupils
    got = found("出席会议的县领导有：王建国、李明华、张卫东。")
    assert {"王建国", "李明华", "张卫东"} <= set(got)


def test_once_served_opens_no_name():
    for text in (
        "民政局长王建国表示，李里长曾任和美区某社区发展协会理事长。",
        "民政局长王建国表示，陈里长曾任和美区区长办公室助理。",
    ):
        got = found(text)
        assert not [n for n in got if n.startswith("曾任")]
        assert "王建国" in got


@pytest.mark.parametrize(
    "text, name",
    [
        ("县议会秘书长林志成接受媒体联访时说，议长指示要开会。", "林志成"),
        ("党团书记长陈美玲接受采访时说，她已接到通知。", "陈美玲"),
        ("毕业生齐聚中心，从县长王建国手中领取奖状。", "王建国"),
        ("村支部书记余志明有点自豪地介绍村里的资源。", "余志明"),
    ],
)
def test_a_name_ends_before_these_words(text, name):
    assert name in found(text)


def test_the_speech_verb_after_the_follower_gives_the_role():
    # 接受 ends the name; the speech verb after it still gives the role
    assert found("县长王建国接受采访时表示，将加快建设。")["王建国"] == {"speaker"}


def test_a_joy_shared_together_is_no_speech():
    got = found("立法委员林志成、教育处副处长陈美玲等多位贵宾均到场共同分享同学的喜悦。")
    assert got == {"林志成": {"attendee"}, "陈美玲": {"attendee"}}
    # guard: sharing one's experience is speech
    assert found("县长王建国分享了工作经验。")["王建国"] == {"speaker"}


def test_an_attendance_rate_is_no_presence():
    roles, _ = _roles_in("担心今年村民大会出席率不到3成", vocab())
    assert "attendee" not in roles
    # guards: attending is presence, and the speech said about the rate stays
    assert _roles_in("出席村民大会", vocab())[0] == {"attendee"}
    assert found("已任6届村长的陈大明说，以前开村民大会出席率都能达标。")["陈大明"] == {"speaker"}


@pytest.mark.parametrize("words", ["作具体布置", "作了具体布置", "进行布置"])
def test_work_arranged_is_speech(words):
    got = found(f"随后，镇党委副书记李明华同志对全镇选举工作{words}，明确时间安排。")
    assert got["李明华"] == {"speaker"}


def test_setting_up_a_hall_is_no_speech():
    assert found("工作人员布置会场，县长王建国出席。")["王建国"] == {"attendee"}


def test_a_school_head_with_an_office_beside_is_kept():
    assert "李大明" in found("高等学校校长、副市长李大明出席。")
    assert "刘思远" in found("某某大学党委书记、校长刘思远出席会议并讲话。")


def test_a_holder_after_a_place_title_and_de():
    got = found("已担任两届东兴乡长的林志明，因行政区改制，决定不再参选。")
    assert "林志明" in got
    assert found("担任东兴乡长的林志明说，乡里人才很多。")["林志明"] == {"speaker"}
    # guards: no verb's title, no word after 的
    assert found("召开县长的办公会议。") == {}
    assert found("各地区长的发展很快。") == {}
