"""One copy of each short string: what a build holds of every record repeats names,
titles, roles, ids, dates and keys from record to record (docs/scaling.md, memory)."""

from __future__ import annotations

COMPACT_CHARS = 32  # longer strings (a sentence, a digest, an address) are mostly unique


def compact(value, memo: dict[str, str]):
    """`value` (parsed JSON: dicts, lists, strings, numbers) with each short string
    replaced by the first equal one seen (`memo`, kept by the caller for a batch of
    records): about 40 % of a record's light front matter. Long strings are left as
    they are.

    >>> memo = {}
    >>> a, b = compact({"n": ["区长", "x" * 50]}, memo), compact({"n": ["区长"]}, memo)
    >>> a["n"][0] is b["n"][0], a == {"n": ["区长", "x" * 50]}
    (True, True)
    """
    if isinstance(value, str):
        return memo.setdefault(value, value) if len(value) <= COMPACT_CHARS else value
    if isinstance(value, dict):
        return {memo.setdefault(k, k): compact(v, memo) for k, v in value.items()}
    if isinstance(value, list):
        return [compact(v, memo) for v in value]
    return value
