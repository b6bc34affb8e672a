"""N13: duplicated paragraphs or whole bodies: keep the first occurrence.

Paragraphs (lines) are compared in a folded copy with spaces removed, so a copy in the
other script, or with full-width punctuation, counts as the same paragraph. Only
paragraphs of some length are compared: a short line such as `会议强调:` may rightly
occur twice. A line that holds its own text twice (`甲乙。甲乙。`, a body pasted twice
without a line break) keeps the first half. Each removal is an Edit.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines
from ..model import StepResult
from .fold import fold, han_count, iter_lines
from .spans import cut_spans

_MIN_HAN = 10  # paragraphs shorter than this may legitimately repeat
_SPACE = re.compile(r"\s+")


@cache
def _credit_tail_pattern() -> re.Pattern[str]:
    """A credit group at the end of a (folded) line: `(撰稿人:… 审稿人:…)`."""
    roles = "|".join(sorted(lines("credit_roles.txt"), key=len, reverse=True))
    return re.compile(rf"\((?:{roles})[^()\n]{{1,80}}\)[ \t]*\n?$")


def drop_duplicates(text: str) -> StepResult:
    """Remove repeated paragraphs and doubled lines, keeping the first copy.

    >>> p = "区委书记潘功发主持会议并讲话。"
    >>> r = drop_duplicates(p + "\\n金玉出席。\\n" + p + "\\n")
    >>> r.text == p + "\\n金玉出席。\\n", r.edits[0].before == p + "\\n"
    (True, True)
    >>> drop_duplicates(p + p).text == p
    True

    A repeat that carries the page's credits loses its words, not the credits:

    >>> drop_duplicates(p + "\\n" + p + "(撰稿人:张三)").text == p + "\\n(撰稿人:张三)"
    True

    Short repeated lines and reduplicated words stay:

    >>> body = "会议强调:\\n要常常看看。\\n会议强调:\\n要天天练。"
    >>> drop_duplicates(body).text == body
    True
    """
    folded = fold(text)
    seen: set[str] = set()
    spans: list[tuple[int, int, str, str]] = []
    for start, end, line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        key = _SPACE.sub("", folded.text[a:b])
        if han_count(key) < _MIN_HAN:
            continue
        if key in seen:
            spans.append((start, end, "duplicates", "重复的段落"))
            continue
        tail = _credit_tail_pattern().search(folded.text, a, b)
        if tail and _SPACE.sub("", folded.text[a : tail.start()]) in seen:
            # The repeat carries the credits glued to the end of the page: cut the
            # repeated words, keep the credits for the credits step.
            cut_to = folded.span(tail.start(), tail.start() + 1)[0]
            spans.append((start, cut_to, "duplicates", "重复的段落（署名保留）"))
            continue
        seen.add(key)
        half = _doubled_at(line)
        if half is not None:
            spans.append((start + half, start + len(line), "duplicates", "行内重复的文字"))
            seen.add(_SPACE.sub("", fold(line[:half]).text))
    new_text, edits = cut_spans(text, spans)
    return StepResult(new_text, tuple(edits))


def _doubled_at(line: str) -> int | None:
    """Where the second copy starts if `line` is its text twice (spaces between allowed).

    >>> _doubled_at("区委召开会议研究工作。区委召开会议研究工作。")
    11
    >>> _doubled_at("区委召开会议研究工作。") is None
    True
    """
    body = line.rstrip()
    n = len(body)
    cut = n // 2
    while cut > 0:
        first, second = body[:cut].rstrip(), body[cut:].lstrip()
        if len(first) != len(second):
            if len(first) < len(second):
                break
        elif first == second and han_count(first) >= _MIN_HAN:
            return cut + (len(body[cut:]) - len(second))
        # Every cut inside the run of spaces that ends at `cut` gives these same two
        # halves: go on before the run (a cut each made a line of spaces quadratic).
        cut = len(first) - 1
    return None
