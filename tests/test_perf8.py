"""Perf round 8 (issue 12, stop 36): the import's cost per report, with no output changed.

- `_valid_name` remembers its answers for the default vocabulary: they depend on the
  candidate, its two flags and the vocabulary alone, and a report asks about the same
  candidates again and again.
- A step that keeps a clause's opening name only when a given word follows it (一行 for a
  visiting party's head, a speech verb for a speaker) looks for that word where a name of
  two to four characters could end before it parses a name.
"""

from __future__ import annotations

from dataclasses import replace

from public_records.extract import officials
from public_records.extract.officials import (
    SENTENCE_END,
    _party_head,
    _repeated_speakers,
    _spans,
    _valid_name,
    vocab,
)


def test_a_name_asked_again_is_answered_without_judging_it_again():
    remembered = officials._name_judge(vocab())
    remembered.cache_clear()  # the made-up name is new to it
    # A made-up name, asked three times with the same flags and once loosely.
    answers = [_valid_name("庞晓峦", vocab()) for _ in range(3)]
    loose = _valid_name("庞晓峦", vocab(), loose=True)
    assert answers == [True, True, True] and loose is True
    info = remembered.cache_info()
    assert (info.misses, info.hits) == (2, 2)  # judged once per set of flags, not per question


def test_the_answers_are_those_of_the_vocabulary_asked():
    # The same candidate, one vocabulary counting it a word: the remembered answers of
    # the default vocabulary must not leak into another's.
    assert _valid_name("庞晓峦", vocab()) is True
    other = replace(vocab(), not_names=vocab().not_names | {"庞晓峦"})
    assert _valid_name("庞晓峦", other) is False
    assert _valid_name("庞晓峦", vocab()) is True


def test_remembered_answers_equal_judged_ones():
    v = vocab()
    for name in ("林长青", "李议长", "区政协", "金玉", "欧阳明辉", "韩国瑜", "有关单", "张镇荣"):
        for loose in (False, True):
            for surname_len in (None, 1, 2):
                assert _valid_name(name, v, surname_len, loose) == officials._judge_name(
                    name, surname_len, loose, v
                ), (name, surname_len, loose)


def _counting_parse_name(monkeypatch) -> list[int]:
    parsed: list[int] = []
    real = officials._parse_name

    def counting(s, i, *args, **kwargs):
        parsed.append(i)
        return real(s, i, *args, **kwargs)

    monkeypatch.setattr(officials, "_parse_name", counting)
    return parsed


def _clauses(text: str) -> list[tuple[int, int, int]]:
    return [(0, a, b) for a, b in _spans(text, 0, len(text), SENTENCE_END + officials.CLAUSE_END)]


def test_a_party_head_is_parsed_only_where_yixing_can_follow_a_name(monkeypatch):
    parsed = _counting_parse_name(monkeypatch)
    v = vocab()
    # Invented clauses: no 一行 within four characters of the subject, then 一行 after a
    # name of two, three and four characters, then 一行 after a title.
    assert _party_head("祁明远来到北湾村调研", 0, 10, v, frozenset()) == []
    assert parsed == []
    for text, name in (
        ("祁远一行到", "祁远"),
        ("祁明远一行到", "祁明远"),
        ("欧阳明远一行到", "欧阳明远"),
    ):
        assert [i.name for i in _party_head(text, 0, len(text), v, frozenset())] == [name]
    assert _party_head("祁局长一行到", 0, 6, v, frozenset()) == []
    assert _party_head("祁明远同志一行到", 0, 8, v, frozenset()) == []  # 一行 too far
    assert len(parsed) == 4  # the three names and 祁局长


def test_a_speaker_is_parsed_only_where_a_speech_verb_or_colon_can_follow(monkeypatch):
    parsed = _counting_parse_name(monkeypatch)
    v = vocab()
    quiet = "会议开幕。祁明远来到北湾村。祁明远走访农户。"
    assert _repeated_speakers(quiet, _clauses(quiet), v) == frozenset()
    assert parsed == []  # no clause has a speech verb or a colon where a name could end
    said = "会议开幕。祁明远说，要做好工作。祁明远强调，要抓落实。祁明远：要抓落实。"
    assert _repeated_speakers(said, _clauses(said), v) == frozenset({"祁明远"})
    assert len(parsed) == 3
