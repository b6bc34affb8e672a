"""Perf round 7 (issue 12, stop 35): the import's cost per report, with no output changed.

- No regular expression is compiled while a report is processed once the code has run
  (the report's known names were a pattern compiled per report: most of the import's
  compiles, each pushing a pattern of the code out of `re`'s cache).
- `_starts_with` answers from the words of the position's first character; it finds the
  first word of the list, in its order, as a loop of startswith did.
- The officials step's second pass takes the first pass's titled references of a clause
  when nothing they depended on changed (it ran `_titled_items` twice a clause).
"""

from __future__ import annotations

import re._compiler

import pytest
from public_records.extract import officials
from public_records.extract.officials import find_officials, vocab
from public_records.ingest.process import process
from public_records.model import Record
from public_records.registry import Registry

# Invented reports of one shape: the second names other people, so only what depends on
# the names themselves is new in it.
_MEETING = "{a}主持召开区委常委会会议。区委副书记、区长{b}出席会议并讲话，{c}同志传达了文件精神。"
_FIRST = _MEETING.format(a="区委书记潘立东", b="郑国华", c="潘立东")
_SECOND = _MEETING.format(a="区委书记欧阳志远", b="马文斌", c="欧阳志远")


def test_no_pattern_is_compiled_for_a_report_of_new_names(monkeypatch):
    registry = Registry()
    process(Record("a", "a.txt", "", "utf-8", _FIRST), registry)  # the code's own patterns
    compiled: list[str] = []
    real = re._compiler.compile

    def counting(pattern, flags=0):
        compiled.append(str(pattern))
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)
    record = process(Record("b", "b.txt", "", "utf-8", _SECOND), registry)
    assert [m.name for m in record.mentions] == ["欧阳志远", "马文斌"]
    assert compiled == []


def test_known_names_overlapping_and_at_the_clause_edge_are_all_found():
    names = officials._KnownNames(frozenset({"欧阳志远", "志远", "马文斌"}))
    text = "欧阳志远和马文斌，欧阳志远"
    assert names.occurrences(text, 0, len(text)) == [
        ("欧阳志远", [0, 9]),
        ("马文斌", [5]),
        ("志远", [2, 11]),
    ]
    assert names.occurrences(text, 0, 7) == [("欧阳志远", [0]), ("志远", [2])]  # 马文斌 ends past 7


@pytest.mark.parametrize(
    "words",
    [
        ("副县长", "副", "县长"),  # a longer word first: the first in order wins, not the longest
        ("副", "副县长", "县长"),  # a shorter word first: it wins
        # more words of one first character than are tried one by one
        ("县委", "县委书记", "县长", "县政府", "县人大", "县政协"),
        ("县长", "", "县委"),  # an empty word ends the search: 县委 is never the answer
        (),
    ],
)
def test_starts_with_finds_the_first_word_of_the_list_in_its_order(words):
    text = "副县长县委书记县政协主席县委"
    for i in range(-1, len(text) + 2):
        looped = next((w for w in words if text.startswith(w, max(i, 0))), "")
        assert officials._starts_with(text, i, words) == looped, (i, words)


def test_starts_with_on_the_vocabulary_agrees_with_a_loop_of_startswith():
    v = vocab()
    text = "区委书记潘立东主持召开会议，副区长郑国华出席并讲话，要求各部门认真抓好落实。"
    for words in (v.cores, v.name_followers, v.list_openers, officials._verbs()):
        for i in range(len(text)):
            looped = next((w for w in words if text.startswith(w, i)), "")
            assert officials._starts_with(text, i, words) == looped


def test_the_second_pass_reuses_the_first_passs_titled_references(monkeypatch):
    calls: list[int] = []
    real = officials._titled_items

    def counting(s, clauses, ci, *rest):
        calls.append(ci)
        return real(s, clauses, ci, *rest)

    monkeypatch.setattr(officials, "_titled_items", counting)
    text = "县长郑国华主持会议。会议听取了工作汇报。副县长马文斌出席。"
    found = find_officials(text)
    assert [(m.name, m.title) for m in found] == [("郑国华", "县长"), ("马文斌", "副县长")]
    clauses = len(set(calls))
    assert clauses == 3
    # The first pass reads every clause; the second only those whose answer may change
    # (here: none, the clauses' names were asked about before and are known to both).
    assert len(calls) < 2 * clauses


def test_a_clause_whose_asked_name_became_known_is_read_again():
    asked = officials._TitledClause(None, {"马文斌"})
    assert asked.holds_for(None, frozenset(), frozenset({"郑国华"}))
    assert not asked.holds_for(None, frozenset(), frozenset({"马文斌"}))
    assert not asked.holds_for("县长", frozenset(), frozenset())  # another title carried in
