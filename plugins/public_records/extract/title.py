"""A record's title: given in the metadata, else derived from the lead sentence.

News leads open with when, then who did what: `8月2日下午，大观区召开…总结点评会，传达…`.
The title is the first clause after the time clause, cut at a comma; long clauses are
cut at a word boundary near MAX_CHARS with an ellipsis.
"""

from __future__ import annotations

import re

MAX_CHARS = 48
_SENTENCE_END = re.compile(r"[。！？\n]")
_TIME_CLAUSE = re.compile(
    r"^[^，。]{0,24}?(?:\d{1,2}日|月|上午|下午|晚上|近日|日前|昨天|今天|近期|当天|同日)[^，。]{0,6}，"
)


def derive_title(text: str) -> str:
    """Title from the lead sentence.

    >>> derive_title("8月2日下午，大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会，"
    ...              "传达全市精神。")
    '大观区召开区委常委会扩大会议暨重点工作“比晒拼创”总结点评会'
    >>> derive_title("区委书记潘功发主持会议。")
    '区委书记潘功发主持会议'
    >>> derive_title("")
    ''
    """
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    first = _TIME_CLAUSE.sub("", first, count=1)
    clause = first.split("，", 1)[0].strip()
    if len(clause) <= MAX_CHARS:
        return clause
    return clause[: MAX_CHARS - 1] + "…"
