"""Officials: roles, eleventh round (issue 11, roles round 11: a visit leader's own speech
that an earlier reading lost).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_yaoqiu_suixing_is_the_tellers_speech():
    # X要求随行的干部…: 要求 is X's speech; the people along are who is told
    got = roles("副区长邬春林到敬老院走访，要求随行的街道干部把帮扶措施落到实处。")
    assert got["邬春林"] == ("speaker", "leader")


def test_yaoqiu_suixing_opening_a_sentence_is_speech():
    got = roles("县政协副主席聂文涛要求随行人员做好登记。")
    assert got["聂文涛"] == ("speaker",)


def test_dingzhu_suixing_is_read_as_before():
    # 叮嘱随行…: a wish for the people along (no speech read, as before: a guard)
    got = roles("副县长邬春林看望老人，叮嘱随行人员做好服务。")
    assert got["邬春林"] == ("leader",)


def test_shouxian_after_a_name_ends_it():
    # 部长X首先汇报了…: X + 首先 (the first to speak), not a name X首
    got = roles("座谈会上，镇宣传委员卞强首先汇报了全镇宣传工作开展情况。")
    assert got == {"卞强": ("speaker",)}


def test_shouxian_after_an_escort_keeps_his_speech():
    got = roles(
        "在镇长邬春林、镇武装部长聂军的陪同下，区人武部政委卞永庆到该镇调研。"
        "座谈会上，镇武装部长聂军首先汇报了民兵整组情况。"
    )
    assert got["聂军"] == ("speaker", "accompanying")
    assert "聂军首" not in got


def test_zhishi_after_a_name_is_speech():
    # 县长X指示，…: the instruction given at the meeting is X's speech (as 要求)
    got = roles("县府昨日召开主管会报，由县长邬春林主持。县长邬春林指示，各单位应加强防汛宣导。")
    assert got["邬春林"] == ("chair", "speaker")


def test_zhishi_suixing_is_the_tellers_speech():
    # X指示随行人员…: speech, the people along are who is told (no escort)
    got = roles("副县长聂文涛到工地视察，指示随行人员加快进度。")
    assert got["聂文涛"] == ("speaker", "leader")


def test_an_instruction_followed_is_read_as_before():
    # 按照X的指示, X重要指示精神: X is named, not there (guards)
    assert roles("按照县长邬春林的指示，各局处加强宣导。")["邬春林"] == ("mentioned",)
    got = roles("会议传达了县委书记聂文涛关于防汛工作的重要指示精神。")
    assert got["聂文涛"] == ("mentioned",)
