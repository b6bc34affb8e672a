"""Helpers shared by cleaning steps: apply regex substitutions while logging each one."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..data import label
from ..model import Edit


def sub_logged(
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str | None],
    text: str,
    rule: str,
    note: str = "",
) -> tuple[str, list[Edit]]:
    """Like `pattern.sub(replace, text)`, but returns an Edit for each change.

    `replace` returns the replacement, or None to leave the match alone (a "do no harm"
    decision made after looking at the match).

    >>> import re
    >>> sub_logged(re.compile(r"a+"), lambda m: "b", "xaay", "demo")
    ('xby', [Edit(rule='demo', start=1, end=3, before='aa', after='b', note='')])
    """
    out: list[str] = []
    edits: list[Edit] = []
    last = 0
    for m in pattern.finditer(text):
        new = replace(m)
        if new is None or new == m.group(0):
            continue
        out.append(text[last : m.start()])
        out.append(new)
        edits.append(Edit(rule, m.start(), m.end(), m.group(0), new, note))
        last = m.end()
    if not edits:
        return text, []
    out.append(text[last:])
    return "".join(out), edits


def kind_note(kind: str) -> str:
    """The edit-log note for a kind of chrome or furniture line (data/edit_note_kinds.tsv),
    in Simplified; the kind itself when the table lacks it.

    >>> kind_note("breadcrumb"), kind_note("no-such-kind")
    ('导航路径', 'no-such-kind')
    """
    return label("edit_note_kinds.tsv", kind)


def diff_edits(before: str, after: str, rule: str, note: str = "") -> list[Edit]:
    """Edits for a step that rewrote characters one for one or in runs (script
    conversion): one Edit per maximal run of changed characters, found with difflib."""
    if before == after:
        return []
    if len(before) == len(after):
        # The common case (OpenCC maps most characters one for one): a linear scan.
        return _runs_of_change(before, after, rule, note)
    from difflib import SequenceMatcher

    sm = SequenceMatcher(None, before, after, autojunk=False)
    return [
        Edit(rule, i1, i2, before[i1:i2], after[j1:j2], note)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


def _runs_of_change(before: str, after: str, rule: str, note: str) -> list[Edit]:
    edits: list[Edit] = []
    i, n = 0, len(before)
    while i < n:
        if before[i] == after[i]:
            i += 1
            continue
        j = i
        while j < n and before[j] != after[j]:
            j += 1
        edits.append(Edit(rule, i, j, before[i:j], after[i:j], note))
        i = j
    return edits
