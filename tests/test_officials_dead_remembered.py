"""Officials (absent43, issue 11): the dead, remembered. A death word right after a name
(or its 同志) — 逝世, 病逝, 去世, 辞世, 殉职, 遗体, 生前, 遗像 (death_words, joined to the
absence words) — marks one who is not there; and it lasts: the deeds told of the dead
elsewhere in the report (X带领村民…) are past ones, so the name stays `mentioned`
throughout. The living who remember them keep their roles (invented sentences)."""

from __future__ import annotations

import pytest
from public_records.extract.identify import extract_officials
from public_records.extract.officials import vocab


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


def test_death_words_are_absence_words():
    for word in vocab().death_words:
        assert word in vocab().mention_markers


@pytest.mark.parametrize("word", ["病逝", "逝世", "去世", "辞世", "殉职"])
def test_a_death_lasts_over_the_deeds_told(word):
    got = roles(f"享年六十八岁的原村党支部书记周立新{word}。周立新带领村民修通了山路。")
    assert got["周立新"] == {"mentioned"}


def test_remains_named_after_the_title():
    got = roles(
        "原镇党委书记周立新遗体告别仪式昨日举行。县委书记李明出席并讲话。周立新曾带领群众抗洪抢险。"
    )
    assert got["周立新"] == {"mentioned"}
    assert got["李明"] == {"attendee", "speaker"}


def test_a_comrade_remembered_at_an_anniversary():
    got = roles("原县长周立新同志逝世十周年纪念大会昨日召开。县委书记李明出席并讲话。")
    assert got["周立新"] == {"mentioned"}
    assert got["李明"] == {"attendee", "speaker"}


def test_a_death_not_right_after_the_name_is_another_one():
    # the visitor of the dead one's family is there
    got = roles("县长王刚看望慰问了因公殉职民警的家属。")
    assert got["王刚"] == {"leader"}


def test_who_attends_a_memorial_is_there():
    # 追悼会 is the event, not a death right after its attendee's name
    got = roles("县长王刚出席追悼会并致悼词。")
    assert got["王刚"] != {"mentioned"}


def test_the_late_one_before_the_title():
    got = roles("与会议员为已故议长周立新默哀一分钟。议长周立新曾主持多次会议。")
    assert got["周立新"] == {"mentioned"}


@pytest.mark.parametrize("day", ["九月八日凌晨", "于2019年3月5日", "8日上午"])
def test_a_day_and_hour_between_the_name_and_the_death(day):
    got = roles(f"县议会议长周立新{day}去世。议长周立新曾主持会议多年。")
    assert got["周立新"] == {"mentioned"}


def test_a_day_before_an_act_is_no_death():
    # the day characters lead to a death word only; an act after them is the living's
    got = roles("县长王刚在上午十时主持会议。")
    assert got["王刚"] == {"chair"}
