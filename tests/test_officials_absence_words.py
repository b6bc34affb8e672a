"""Officials (review43 finding 3): one list of absence words (absence_words), read both as
verb exclusions (the 出席 inside 没有出席 is no attendance) and as mention markers (a
verbless clause of absence does not take the next clause's verbs), also after an excuse
(因故, 因公务). Each form: named, not there (invented sentences)."""

from __future__ import annotations

import pytest
from public_records.extract.identify import extract_officials
from public_records.extract.officials import vocab


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


ABSENT = ["没有出席", "没能出席", "无法出席", "不克出席", "未能参加", "未参加", "未能到场",
          "无法到场", "未能出席", "未出席"]  # fmt: skip


@pytest.mark.parametrize("word", ABSENT)
def test_an_absent_head_is_named_not_there(word):
    assert roles(f"县长王建国{word}，发来贺信。")["王建国"] == {"mentioned"}


@pytest.mark.parametrize("word", ABSENT)
def test_an_excused_absence_takes_no_verbs_of_the_next_clause(word):
    got = roles(f"县长王建国因故{word}，副县长李明出席并讲话。")
    assert got["王建国"] == {"mentioned"}
    assert got["李明"] == {"attendee", "speaker"}


def test_one_list_read_by_both():
    v = vocab()
    for word in ("没有出席", "无法到场", "书面发言"):
        assert word in v.verb_exclusions and word in v.mention_markers
    assert "因公务无法出席" in v.mention_markers


def test_guard_a_head_who_attends_is_there():
    assert roles("县长王建国出席会议并讲话。")["王建国"] == {"attendee", "speaker"}
