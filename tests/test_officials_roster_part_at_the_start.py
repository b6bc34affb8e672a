"""Officials (review43 finding 13): a roster's part is one cut by a semicolon before it; a
clause at the text's start follows none (lo - 1 must not read the text's last character,
a semicolon there). Invented text."""

from __future__ import annotations

from public_records.extract.officials import _roster_part_unnamed, vocab


def test_a_clause_at_the_start_follows_no_semicolon():
    assert not _roster_part_unnamed("经理某某同志；", 0, 6, True, [], vocab())


def test_guard_a_part_after_a_semicolon_is_one():
    s = "出席的有：局长甲；经理某某同志；"
    assert _roster_part_unnamed(s, 9, 15, True, [], vocab())
