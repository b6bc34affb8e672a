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
