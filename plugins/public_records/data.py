"""Read the package's data files (word lists, syllables, markers) once, by name."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of data/<name>, stripped.

    >>> "zhen" in lines("pinyin_syllables.txt")
    True
    """
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(lines(name))


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Tab-separated pairs of data/<name> (for example Simplified -> Traditional)."""
    out = []
    for line in lines(name):
        left, _, right = line.partition("\t")
        out.append((left.strip(), right.strip()))
    return tuple(out)


@cache
def mapping(name: str) -> dict[str, str]:
    """The pairs of data/<name> as a lookup table (a later key wins)."""
    return dict(pairs(name))


def label(name: str, key: str) -> str:
    """The label data/<name> gives `key`, or `key` itself when the table lacks it: an
    edit-log note for a kind of line, a rule's Chinese name.

    >>> label("rule_labels.tsv", "punctuation"), label("rule_labels.tsv", "no-such-rule")
    ('标点规范化', 'no-such-rule')
    """
    return mapping(name).get(key, key)
