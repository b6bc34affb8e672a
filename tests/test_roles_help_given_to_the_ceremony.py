"""Officials (cerem44, issue 11): help given frames what the clause's subject did, at a
ceremony reported next. 在乡长X鼎力相助下 is a supporting frame as 在X大力支持下 is (相助
joins supporting_frames), and it is written with 由 and no 下 too (由县长X鼎力相助，成立…，
举行揭牌): X is named there, not shown present by the ceremony the subject holds later.
Only 相助 is read after 由: 由X主持 chairs, 由X协助颁奖 is an act at the event. Invented
sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_help_framed_by_zai_and_xia_is_a_mention():
    text = "在镇长王建国鼎力相助下，成立文化服务站，于5日上午举行揭牌。"
    assert roles(text) == {"mentioned"}


def test_help_written_with_you_and_no_xia_is_a_mention():
    text = "某乡在乡长李明华极力争取下，由县长王建国鼎力相助，成立旅游中心，于8日上午举行落成揭牌。"
    assert roles(text) == {"mentioned"}
    assert roles(text, "李明华") == {"mentioned"}


def test_help_traditional():
    text = "由縣長王建國鼎力相助，成立旅遊中心，並於10日上午舉行揭牌。"
    assert roles(text) == {"mentioned"}


def test_help_then_the_helper_chairs_later_keeps_his_chair():
    text = (
        "由县长王建国鼎力相助，成立旅游中心，于8日上午举行落成揭牌。"
        "揭牌仪式由王建国主持，王建国致词时表示，中心将服务游客。"
    )
    assert roles(text) == {"chair", "speaker"}


def test_guard_you_chairs():
    assert roles("由县长王建国主持，于8日上午举行揭牌仪式。") == {"chair"}


def test_guard_attending_and_speaking_at_the_ceremony():
    assert roles("县长王建国出席揭牌仪式并致辞。") == {"attendee", "speaker"}


def test_guard_support_frame_unchanged():
    assert roles("某乡在县长王建国的大力支持下，成立文化中心，于8日上午举行揭牌。") == {"mentioned"}


def test_guard_help_as_an_act_after_another_verb_is_not_a_frame():
    # 相助 not right after the person with 由 before: the one who comes to watch is there.
    assert roles("县长王建国到场观礼，感谢各界鼎力相助。") == {"attendee"}
