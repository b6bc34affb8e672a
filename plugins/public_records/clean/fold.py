"""Comparison copies of raw text, so that one marker list matches both scripts.

The line-cutting steps (chrome, footer, captions, spam, …) run before pinyin stripping
and script conversion, so they see `當前位置：首頁`, `發(fā)布時間:` or `来源:`. Rather than
list every marker in every form, they match their Simplified, ASCII-colon markers
against a *folded* copy of the text: pinyin annotations dropped, full-width ASCII forms
made ASCII, Traditional characters made Simplified. The folded copy is never written
back; `Folded.span` maps a match in it to the span of the original text, so edits are
made (and logged) on the text as received.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..script import HAN, converter

HAN_CHAR = re.compile(f"[{HAN}]")

# One pinyin syllable in ASCII parentheses right after a Han character (NOISE.md N01).
# Loose on purpose: the folded copy is only compared, never published.
_PINYIN_NOTE = re.compile(rf"(?<=[{HAN}])\([a-zA-Züvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{{1,6}}[1-5]? ?\)")


def _fold_char(ch: str) -> str:
    """Full-width ASCII forms, small form variants (﹕ ﹐ ﹖, as Hong Kong pages print
    a field's colon) and the ideographic space become ASCII (、 for ﹑).

    >>> _fold_char("："), _fold_char("﹕"), _fold_char("﹑"), _fold_char("\u3000")
    (':', ':', '、', ' ')
    """
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if 0xFE50 <= code <= 0xFE6B:
        small = unicodedata.normalize("NFKC", ch)
        return small if len(small) == 1 else ch
    if ch == "\u3000":
        return " "
    return ch


@dataclass(frozen=True)
class Folded:
    """A folded copy of `original`; `index[i]` is the original offset of `text[i]`."""

    original: str
    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering folded `text[start:end]`.

        >>> f = fold("區(qū)委書記")
        >>> f.text, f.span(0, 2), f.original[slice(*f.span(0, 2))]
        ('区委书记', (0, 6), '區(qū)委')
        """
        if start >= end:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def folded_range(self, start: int, end: int) -> tuple[int, int]:
        r"""The folded range whose characters come from original `[start, end)`.

        >>> fold("區(qū)委\n書記").folded_range(7, 9)
        (3, 5)
        """
        return bisect.bisect_left(self.index, start), bisect.bisect_left(self.index, end)


def fold(text: str) -> Folded:
    """Fold `text` for marker matching: pinyin notes out, ASCII forms, Simplified.

    >>> fold("發(fā)布時間：2024-08-03").text
    '发布时间:2024-08-03'
    >>> fold("来源:大观区").text
    '来源:大观区'
    """
    return _fold(text)


# Six line-cutting steps fold the text in turn, and most of them leave it unchanged: the
# last few answers are kept (a Folded is immutable).
@lru_cache(maxsize=8)
def _fold(text: str) -> Folded:
    kept: list[str] = []
    index: list[int] = []
    last = 0
    for m in _PINYIN_NOTE.finditer(text):
        kept.append(text[last : m.start()])
        index.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    index.extend(range(last, len(text)))
    plain = "".join(kept).translate(_ASCII_FORMS)
    t2s = converter("t2s")
    simplified = t2s.convert(plain)
    if len(simplified) != len(plain):
        # A phrase rule changed the length: convert character by character instead, so
        # that the offset map stays one for one.
        simplified = "".join(_one_for_one(t2s.convert(ch), ch) for ch in plain)
    return Folded(text, simplified, tuple(index))


# What _fold_char does, as one table for str.translate.
_ASCII_FORMS = {
    code: _fold_char(chr(code)) for code in (*range(0xFF01, 0xFF5F), *range(0xFE50, 0xFE6C), 0x3000)
}


def _one_for_one(converted: str, ch: str) -> str:
    return converted if len(converted) == 1 else ch


def han_count(text: str) -> int:
    """Number of Han characters in `text`.

    >>> han_count("区委 AWS 書記")
    4
    """
    return len(HAN_CHAR.findall(text))


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line; `end` includes the line's newline, if any.

    >>> list(iter_lines("甲\\n乙"))
    [(0, 2, '甲'), (2, 3, '乙')]
    """
    # Only "\n" ends a line (normalize has made line ends LF); str.splitlines would
    # also split at form feeds and separators and shift every offset after them.
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        yield pos, end, text[pos : (end if nl < 0 else nl)]
        pos = end
