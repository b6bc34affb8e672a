"""A lead title's words said the way headlines say them (data/title_rewrites.tsv).

One job of the title step (extract/title.py), kept apart: a session's short name
(第十八届人民代表大会第五次会议 -> 十八届人大五次会议), no date or venue before the verb,
the verb before its object (对某局安全生产工作进行了检查 -> 检查某局安全生产工作), and no
了 after a predicate verb (看望慰问了 -> 看望慰问; 了解 stays). The rewrites are patterns
and their replacements, applied in the file's order.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines, pairs


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), into) for pattern, into in pairs("title_rewrites.tsv"))


@cache
def _done_le() -> re.Pattern[str]:
    """了 after a predicate verb (看望慰问了困难群众): headlines leave it out; 了解 stays."""
    words = sorted(lines("title_predicates.txt"), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + ")了(?!解)")


def as_headline(title: str) -> str:
    """A lead's words said as a headline says them (data/title_rewrites.tsv).

    >>> as_headline("某某县第十八届人民代表大会第五次会议在县文化中心隆重开幕")
    '某某县十八届人大五次会议隆重开幕'
    >>> as_headline("副县长王五一行对某局安全生产工作进行了检查")
    '副县长王五一行检查某局安全生产工作'
    """
    for pattern, into in _rewrites():
        title = pattern.sub(into, title)
    return _done_le().sub(r"\1", title)
