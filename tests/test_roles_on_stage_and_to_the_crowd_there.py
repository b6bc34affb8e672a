"""Officials (roles44, issue 11): who speaks to the crowd on the spot (市长X向现场民众
表示…) is there as well as speaking (dev w023's reading). Who goes up on the stage to speak
(上台致词) stays a speaker alone, as roles24's tests read it. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(text)}
    return found.get(name, set())


def test_speaking_to_the_crowd_on_the_spot_is_presence_and_speech():
    text = "市府今日举行元旦升旗典礼，市长王建国向现场近万名市民表示，幸福得来不易。"
    assert roles(text) == {"attendee", "speaker"}


def test_speaking_to_the_people_there_in_a_later_clause():
    text = "县府举办跨年晚会，县长王建国向现场民众介绍县政成果。"
    assert roles(text) == {"attendee", "speaker"}


def test_guard_going_up_on_stage_to_speak_stays_speech():
    text = "点灯仪式由合唱团揭开序幕，县长王建国上台致词，送上圣诞祝福。"
    assert roles(text) == {"speaker"}


def test_guard_speech_to_the_press_is_no_presence():
    assert roles("县长王建国向记者表示，明年将加快建设。") == {"speaker"}
