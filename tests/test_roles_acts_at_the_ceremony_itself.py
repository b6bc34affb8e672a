"""Officials (cerem44, issue 11): a clause that is only a ceremony's own 上 (欢送会上,
开幕式上, 颁奖典礼上, 在启动仪式上) says where the next clause's subject acts: what he does
there with no role verb (向新兵发放纪念品, 为新兵佩戴大红花) he does at the ceremony, so
he is there (attendee), not merely named. A meeting's plain 会上 is left as it was (a speech
worded with no role verb would read as presence), and a role verb keeps its own role.
Invented sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_handing_out_at_a_send_off_is_presence():
    text = "欢送会上，镇武装部长王建国向新兵发放了纪念品，鼓励他们建功立业。"
    assert roles(text) == {"attendee"}


def test_a_red_flower_pinned_at_the_ceremony_is_presence():
    assert roles("仪式上，县长王建国为新兵佩戴大红花。") == {"attendee"}


def test_at_the_opening_with_zai():
    assert roles("在开幕式上，副市长王建国向获奖代表发放奖品。") == {"attendee"}


def test_traditional_award_ceremony():
    assert roles("頒獎典禮上，縣長王建國向得獎學生發放紀念品。") == {"attendee"}


def test_guard_a_role_verb_at_the_ceremony_keeps_its_role():
    assert roles("頒獎典禮上，縣長王建國為得獎學生頒發獎品並合影。") == {"attendee"}


def test_guard_a_meetings_plain_hui_shang_is_unchanged():
    assert roles("会上，副县长王建国向与会人员发放了学习资料。") == {"mentioned"}


def test_guard_speech_at_the_ceremony_stays_speech():
    assert roles("开幕式上，副县长王建国指出，要办好文化节。") == {"speaker"}


def test_guard_a_verbless_list_waits_for_its_verb():
    text = "仪式上，县长王建国、副县长李明华，为新兵佩戴大红花。"
    assert roles(text, "李明华") == roles(text)


def test_guard_a_longer_clause_is_no_frame():
    # the clause names more than the ceremony (a date, a place, who held it): no frame
    # (EVENT_NAME_MAX), as before.
    text = "10月1日上午在县政府广场举行的升旗仪式上，县长王建国向群众发放国旗。"
    assert roles(text) == {"mentioned"}
