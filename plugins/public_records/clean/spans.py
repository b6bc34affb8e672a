"""Cut chosen spans out of a text and log each cut as an Edit (offsets in the input)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Edit


def cut_spans(text: str, spans: Iterable[tuple[int, int, str, str]]) -> tuple[str, list[Edit]]:
    """Remove each (start, end, rule, note) span; overlapping or empty spans are merged
    into the earlier one. Returns the new text and one Edit per removed span.

    >>> cut_spans("甲乙丙丁", [(1, 2, "demo", ""), (3, 4, "demo", "x")])
    ('甲丙', [Edit(rule='demo', start=1, end=2, before='乙', after='', note=''), \
Edit(rule='demo', start=3, end=4, before='丁', after='', note='x')])
    >>> cut_spans("甲乙", [])
    ('甲乙', [])
    """
    ordered = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for start, end, rule, note in ordered:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, rule, note])
    out: list[str] = []
    edits: list[Edit] = []
    last = 0
    for start, end, rule, note in merged:
        out.append(text[last:start])
        edits.append(Edit(rule, start, end, text[start:end], "", note))
        last = end
    out.append(text[last:])
    return "".join(out), edits
