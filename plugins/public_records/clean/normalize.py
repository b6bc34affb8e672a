"""N00: the dull but necessary first and last steps: byte-order marks, line ends, control
characters, trailing spaces, and (at the end) blank-line runs and edges."""

from __future__ import annotations

import re

from ..model import Edit, StepResult
from .edits import sub_logged

# C0/C1 control characters except tab and newline; zero-width characters that pages use
# as anti-scraping jammers or that editors leave behind.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]+"
)
# Direction controls (embeddings, overrides, isolates) can make a title or a name read
# backwards or hide text; noncharacters (U+FDD0-U+FDEF and the last two code points of
# every plane) are not text, and make a feed invalid XML. Neither belongs in a report.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
_DIRECTION_OR_NONCHARACTER = re.compile(f"[\u061c\u202a-\u202e\u2066-\u2069{_NONCHARACTERS}]+")
_DIRECTION_NOTE = "文字方向控制符或非字符"
# Tried only where a run of spaces starts: from every position inside a run, the engine
# read to the run's end and failed at `$` (a line of 100,000 spaces: 5·10⁹ steps).
_TRAILING_SPACE = re.compile(r"(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]+$", re.M)
# One paragraph per line is the archive's convention (the Markdown writer makes each
# line a paragraph), so blank lines between paragraphs and leading indentation (the
# full-width spaces of Chinese typesetting) carry nothing.
# One pass, so that every edit's offsets refer to the text the step received.
_LAYOUT = re.compile(r"\n(?:[ \t\u00a0\u3000]*\n)+[ \t\u00a0\u3000]*|^[ \t\u00a0\u3000]+", re.M)


def normalize(text: str) -> StepResult:
    r"""Unify line ends, drop control and zero-width characters, direction controls,
    noncharacters and trailing spaces, each removal an edit.

    >>> normalize("\ufeff区委\r\n会议 \r\n").text
    '区委\n会议\n'
    >>> r = normalize("潘\u202e功发\ufffe")
    >>> r.text, [(e.start, e.before) for e in r.edits]
    ('潘功发', [(1, '\u202e'), (4, '\ufffe')])
    >>> normalize("区委书记\n潘功发").edits
    ()
    """
    edits: list[Edit] = []
    if "\r" in text:
        count = text.count("\r")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        edits.append(Edit("normalize", 0, 0, "\\r", "", f"{count} 处 CR 换行改为 LF"))
    text, e1 = sub_logged(_CONTROL, lambda m: "", text, "normalize", "控制字符")
    text, e2 = sub_logged(
        _DIRECTION_OR_NONCHARACTER, lambda m: "", text, "normalize", _DIRECTION_NOTE
    )
    text, e3 = sub_logged(_TRAILING_SPACE, lambda m: "", text, "normalize", "行尾空白")
    return StepResult(text, (*edits, *e1, *e2, *e3))


def tidy(text: str) -> StepResult:
    r"""Drop blank lines and indentation between paragraphs, and spaces a step left at
    a line's end (a caption moved out after a sentence: `甲。 `; normalize drops them
    from the raw text, and cleaning a clean text again must change nothing); strip the
    edges.

    >>> tidy("\n\n　　甲\n\n\n\n  乙\n").text
    '甲\n乙'
    >>> tidy("甲。 \n乙").text
    '甲。\n乙'
    >>> tidy("甲\n乙").edits
    ()
    """
    text2, edits = sub_logged(
        _LAYOUT,
        lambda m: "\n" if m.group(0).startswith("\n") else "",
        text,
        "tidy",
        "段落间的空行和缩进",
    )
    text2, trailing = sub_logged(_TRAILING_SPACE, lambda m: "", text2, "tidy", "行尾空白")
    edits.extend(trailing)
    stripped = text2.strip()
    if stripped != text2:
        edits.append(Edit("tidy", 0, len(text2), "", "", "首尾空白"))
    return StepResult(stripped, tuple(edits))
