"""N09: credit lines (撰稿人, 审稿人, 记者, 通讯员, 摄影, 编辑 …) become metadata.

Credits appear in a parenthesised group at the end `（撰稿人：黄辛成 审稿人：王灿）` or at
the start `（记者 张三）1月14日，`, on a line of their own, or glued to the last sentence
`…项目。撰稿人：黄辛成`. The group is cut from the body (logged, so the page shows it)
and each role and name goes to meta["credits"] as (role, name) pairs. Runs after script
and punctuation conversion, so it sees Simplified text with full-width marks.

Whether a credited person is also an official is decided from the body, by extraction.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines
from ..model import StepResult
from .edits import sub_logged


@cache
def _keyword_pattern() -> str:
    return "|".join(sorted(lines("credit_roles.txt"), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    kw = _keyword_pattern()
    # （记者 张三 通讯员 李四） anywhere: the group must start with a keyword.
    # A dateline word in front of an opening credit group goes with it (本报讯（记者 …）).
    group = re.compile(
        rf"(?:(?m:^)[ \t\u3000]*(?:本报讯|本网讯|本台讯)[ \t\u3000]*)?"
        rf"[（(]\s*(?:{kw})(?:\s*[：:/]\s*|\s+)[^（）()\n]{{1,80}}[）)]"
    )
    # A whole line made of credits.
    line = re.compile(rf"^[ \t\u3000]*(?:{kw})[ \t\u3000]*[：:][^\n]{{0,120}}$", re.M)
    # Credits glued after the last full stop of the text.
    tail = re.compile(rf"(?<=[。！？”])[ \t]*(?:{kw})[ \t]*[：:][^\n。]{{1,120}}\s*\Z")
    return group, line, tail


def parse_credits(fragment: str) -> list[tuple[str, str]]:
    """Split a credit fragment into (role, name) pairs.

    >>> parse_credits("（撰稿人：黄辛成 审稿人：王灿）")
    [('撰稿人', '黄辛成'), ('审稿人', '王灿')]
    >>> parse_credits("记者 张三、李四 通讯员 王五")
    [('记者', '张三'), ('记者', '李四'), ('通讯员', '王五')]
    """
    kw = _keyword_pattern()
    body = fragment.strip().strip("（）()")
    parts = re.split(rf"({kw})\s*[：:/]?", body)
    out: list[tuple[str, str]] = []
    # parts: [prefix, kw1, names1, kw2, names2, ...]
    for role, names in zip(parts[1::2], parts[2::2], strict=False):
        for name in re.split(r"[\s、，,;；]+", names.strip()):
            if name:
                out.append((role, name))
    return out


def harvest_credits(text: str) -> StepResult:
    """Cut credit groups and lines from the body; keep them as metadata.

    >>> r = harvest_credits("观摩了7个产业项目。（撰稿人：黄辛成 审稿人：王灿）")
    >>> r.text, r.meta["credits"]
    ('观摩了7个产业项目。', [('撰稿人', '黄辛成'), ('审稿人', '王灿')])
    >>> harvest_credits("本报讯（记者 张三）1月14日，区委召开会议。").text
    '1月14日，区委召开会议。'
    >>> harvest_credits("区长（记者出身）主持会议。").edits
    ()
    >>> harvest_credits("记者会上，他介绍了情况。").edits
    ()
    """
    credits: list[tuple[str, str]] = []

    def take(m: re.Match[str]) -> str | None:
        found = parse_credits(m.group(0))
        if not found:
            return None
        credits.extend(found)
        return ""

    group, line, tail = _patterns()
    edits = []
    for pattern in (group, line, tail):
        text, e = sub_logged(pattern, take, text, "credits", "署名行移入元数据")
        edits.extend(e)
    meta = {"credits": credits} if credits else {}
    return StepResult(text.rstrip(" \t"), tuple(edits), meta=meta)
