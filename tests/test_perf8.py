"""Perf round 8 (issue 12, stop 36): the import's cost per report, with no output changed.

- `_valid_name` remembers its answers for the default vocabulary: they depend on the
  candidate, its two flags and the vocabulary alone, and a report asks about the same
  candidates again and again.
"""

from __future__ import annotations

from dataclasses import replace

from public_records.extract import officials
from public_records.extract.officials import _valid_name, vocab


def test_a_name_asked_again_is_answered_without_judging_it_again(monkeypatch):
    judged: list[str] = []
    real = officials._judge_name

    def counting(name, surname_len, loose, v):
        judged.append(name)
        return real(name, surname_len, loose, v)

    monkeypatch.setattr(officials, "_judge_name", counting)
    officials._name_judge(vocab()).cache_clear()  # the made-up name is new to it
    # A made-up name, asked three times with the same flags and once loosely.
    answers = [_valid_name("庞晓峦", vocab()) for _ in range(3)]
    loose = _valid_name("庞晓峦", vocab(), loose=True)
    assert answers == [True, True, True] and loose is True
    assert judged.count("庞晓峦") == 2  # once per set of flags, not once per question


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
