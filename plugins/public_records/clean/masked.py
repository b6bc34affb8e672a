"""Masked organ names: `区*协` is 区政协, restored only when exactly one organ fits.

Some pages mask one character of an organ name with an asterisk. The organs are listed
in data/masked_organs.txt (政协, 人大, 党委, 纪委, 政府). A mask is restored when exactly
one organ agrees with the visible character next to it; otherwise (`区*委`: 党委 or 纪委?)
the mask stays and a Finding says so. Nothing is ever guessed.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines
from ..model import Edit, Finding, StepResult
from .fold import HAN, fold

# Administrative levels an organ name follows (区政协, 市人大, 县纪委, 全国政协 …).
_LEVELS = frozenset("省市区县镇乡州盟旗国")
# One or two masks with a Han character on at least one side.
_MASK = re.compile(rf"(?<=[{HAN}])[*＊]{{1,2}}|[*＊]{{1,2}}(?=[{HAN}])")


@cache
def _organs() -> tuple[str, ...]:
    return lines("masked_organs.txt")


def restore_masked(text: str) -> StepResult:
    """Restore masked organ names that only one organ fits.

    >>> r = restore_masked("区*协主席王某出席。区人*常委会召开。")
    >>> r.text, [(e.before, e.after) for e in r.edits]
    ('区政协主席王某出席。区人大常委会召开。', [('*', '政'), ('*', '大')])

    Two organs fit `区*委`, so it stays, with a finding:

    >>> r = restore_masked("区*委书记主持会议。")
    >>> r.text, r.findings[0].code
    ('区*委书记主持会议。', 'masked_ambiguous')
    >>> restore_masked("增长3*5%,区委书记主持").edits
    ()
    """
    folded = fold(text)
    edits: list[Edit] = []
    findings: list[Finding] = []
    out: list[str] = []
    last = 0
    for m in _MASK.finditer(text):
        start, end = m.start(), m.end()
        fits = _fits(
            folded_char(folded, start - 2),
            folded_char(folded, start - 1),
            len(m.group(0)),
            folded_char(folded, end),
        )
        excerpt = text[max(start - 4, 0) : end + 4]
        if len(fits) == 1:
            organ, fill = fits[0]
            out.append(text[last:start])
            out.append(fill)
            edits.append(Edit("masked", start, end, m.group(0), fill, f"补全被遮盖的“{organ}”"))
            last = end
        elif fits:
            organs = "/".join(o for o, _ in fits)
            findings.append(
                Finding("masked_ambiguous", "warning", f"masked name fits {organs}", excerpt)
            )
        elif len(m.group(0)) == 1 and _between_han(text, start, end):
            findings.append(
                Finding("masked_unknown", "info", "masked character left as written", excerpt)
            )
    if not edits:
        return StepResult(text, (), tuple(findings))
    out.append(text[last:])
    return StepResult("".join(out), tuple(edits), tuple(findings))


def folded_char(folded, pos: int) -> str:
    """The folded form of original character `pos`, or "" outside the text or when the
    character was folded away (a pinyin note)."""
    if pos < 0 or pos >= len(folded.original):
        return ""
    i = folded.folded_range(pos, pos + 1)
    return folded.text[i[0] : i[1]]


def _fits(before2: str, before: str, masks: int, after: str) -> list[tuple[str, str]]:
    """Organs (and the characters they fill in) that agree with the visible neighbours.
    The organ must follow an administrative level (区, 市, 县 …), so that `个人*` is
    not read as 人大.

    >>> _fits("大", "区", 1, "协"), _fits("区", "人", 1, "常")
    ([('政协', '政')], [('人大', '大')])
    >>> [o for o, _ in _fits("", "区", 1, "委")], _fits("个", "人", 1, "")
    (['党委', '纪委'], [])
    """
    fits: list[tuple[str, str]] = []
    for organ in _organs():
        if masks == 1:
            if after == organ[1] and before in _LEVELS:  # `区*协`: mask is the first
                fits.append((organ, organ[0]))
            elif before == organ[0] and before2 in _LEVELS:  # `区人*`: mask is the second
                fits.append((organ, organ[1]))
        elif masks == 2 and before in _LEVELS and after:
            fits.append((organ, organ))  # `区**主席`: anything fits; never restored
    return fits


def _between_han(text: str, start: int, end: int) -> bool:
    return bool(re.match(rf"[{HAN}]", text[start - 1 : start])) and bool(
        re.match(rf"[{HAN}]", text[end : end + 1])
    )
