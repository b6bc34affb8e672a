"""N05/N08: ASCII punctuation typed where full-width was meant, in Han context only.

`, ; : ! ?` become `，；：！？` when a Han character or full-width punctuation stands
next to them, unless digits stand on both sides (`1,200`, `17:24`). An ASCII pair of
parentheses becomes `（）` when its content or its neighbour is Han (N08: parentheses
that belong to the text, such as `(扩大)` or `(撰稿人:…)`, are kept, as full-width); a
parenthesis left without its pair (a copy cut short: `。(王某 摄`) becomes full-width by
its neighbours, as the marks do. URLs, Latin text, numbers, times and dates are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import StepResult
from .edits import diff_edits, sub_logged
from .fold import HAN  # the one definition of the Han ranges

# Characters that make a neighbouring ASCII mark "Chinese": Han and full-width marks.
CJK = HAN + "\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}

# Parentheses reach this pattern only when the pair pattern left them: alone.
_MARK = re.compile(r"[,;:!?()]")
# A parenthesised group with no nested parentheses; at most one line, bounded length.
_PAREN = re.compile(r"\(([^()\n]{0,200})\)")
# A scheme is tried only where a run of scheme characters starts (digits, `+`, `.` and
# `-` before its first letter are taken in; they are never marks): tried at every
# letter, a long run of letters was read to its end from each of them (quadratic).
# A URL ends at white space or at the first Han character or full-width mark: a copied
# page may glue a link to the report (…拉队离场https://bit.ly/x政府提出,…), and the
# report after it is text, not the link's. Nor does it end with a mark: `,;:!?` after a
# link is the sentence's (登录www.a.cn,或拨打…), as every linkifier reads it; inside the
# link (?a=1,b) it stays.
_URL_BODY = f"[^\\s{CJK}]*[^\\s{CJK},;:!?]"
_URL = re.compile(
    rf"(?<![a-zA-Z0-9+.-])[0-9+.-]*[a-zA-Z][a-zA-Z0-9+.-]*://{_URL_BODY}|www\.{_URL_BODY}"
)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and re.match(f"[{CJK}]", ch) is not None


def fix_punctuation(text: str) -> StepResult:
    """Make ASCII punctuation full-width in Han context.

    A mark made full-width puts its neighbours in Han context (`区,(qū)(qū)!?`), so the
    conversion is repeated until nothing changes: one run of the step is enough and a
    second finds nothing to do. Every mark keeps its place (one character for one), so
    the edits are the runs of changed characters.

    >>> fix_punctuation("8月2日下午,大观区召开会议;区委书记潘功发讲话:好!").text
    '8月2日下午，大观区召开会议；区委书记潘功发讲话：好！'
    >>> fix_punctuation("区委常委会(扩大)会议(撰稿人:黄辛成)").text
    '区委常委会（扩大）会议（撰稿人：黄辛成）'
    >>> fix_punctuation("投资1,200万元,17:24开始,增长3.5%,见http://a.cn/x?a=1,b").text
    '投资1,200万元，17:24开始，增长3.5%，见http://a.cn/x?a=1,b'
    >>> fix_punctuation("详情见www.a.cn,或致电;见http://a.cn/x?a=1,b").text
    '详情见www.a.cn，或致电；见http://a.cn/x?a=1,b'
    >>> fix_punctuation("AWS (Amazon), v1.2: ok!").edits
    ()
    >>> fix_punctuation("区,(qū)(qū)!?").text
    '区，（qū）（qū）！？'

    A division or fraction slash by Han text is the full-width solidus; a fraction stays:

    >>> fix_punctuation("记者甲某某\u2215某地报导 文\u2044乙某 1\u20442").text
    '记者甲某某／某地报导 文／乙某 1⁄2'
    """
    original = text
    for _ in range(_MAX_PASSES):
        new_text = _one_pass(text)
        if new_text == text:
            break
        text = new_text
    edits = diff_edits(original, text, "punctuation", _NOTE)
    text, dropped = drop_doubled_commas(text)
    text, slashes = sub_logged(_LOOKALIKE_SLASH, lambda m: "／", text, "punctuation", _SLASH_NOTE)
    return StepResult(text, (*edits, *dropped, *slashes))


# A division or fraction slash typed for a slash by Han text (记者甲某某∕某地报导, 文∕甲某):
# the full-width solidus, as bylines and credits are read with it. Spaces around it (at
# most two) do not take it out of Han context; a fraction between digits (1⁄2) stays.
_LOOKALIKE_SLASH = re.compile(
    f"(?:(?<=[{CJK}])|(?<=[{CJK}][ \t\u3000])|(?<=[{CJK}][ \t\u3000]{{2}}))[\u2215\u2044]"
    f"|[\u2215\u2044](?=[ \t\u3000]{{0,2}}[{CJK}])"
)
_SLASH_NOTE = "形似斜线的符号改为全角斜线"


# A mirror that copies a page puts an ASCII comma before each of the page's own marks
# (调研,。 镇,、园区 乙,,及): made full-width, a comma before another mark, or a run of
# commas, is never the report's. Each run is tried once, from its first comma (a run of
# commas is not read again from each of them).
# (A run longer than the conversion's passes keeps ASCII commas inside: both count.)
_COMMAS_BEFORE_MARK = re.compile(r"(?<![，,])(?=[，,]*，)[，,]+(?=[、。；：！？])")
_COMMAS_RUN = re.compile(r"(?<![，,])(?=[，,]*，)[，,]{2,}")
_DOUBLED_NOTE = "镜像页面多出的逗号"


def drop_doubled_commas(text: str) -> tuple[str, list]:
    """Drop a comma standing before another mark, and a run of commas down to one.

    >>> drop_doubled_commas("到某镇调研，。记者甲乙摄")[0]
    '到某镇调研。记者甲乙摄'
    >>> drop_doubled_commas("县委常委，、统战部长甲某，，及县政协各位领导")[0]
    '县委常委、统战部长甲某，及县政协各位领导'
    >>> drop_doubled_commas("会议指出，要坚持“四个不摘”。")[1]
    []
    """
    text, before_mark = sub_logged(
        _COMMAS_BEFORE_MARK, lambda m: "", text, "punctuation", _DOUBLED_NOTE
    )
    text, runs = sub_logged(_COMMAS_RUN, lambda m: "，", text, "punctuation", _DOUBLED_NOTE)
    return text, [*before_mark, *runs]


_MAX_PASSES = 8  # each pass widens the Han context by a mark; chains are short
_NOTE = "汉字间的半角标点改为全角"


def _one_pass(text: str) -> str:
    protected = [(m.start(), m.end()) for m in _URL.finditer(text)]

    def in_url(pos: int) -> bool:
        # The URLs come in order and do not overlap: the one that starts last at or
        # before pos is the only one that may hold it (not a pass over all of them).
        k = bisect_right(protected, (pos, len(text) + 1)) - 1
        return k >= 0 and protected[k][0] <= pos < protected[k][1]

    def paren(m: re.Match[str]) -> str | None:
        if in_url(m.start()):
            return None
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        content = m.group(1)
        if re.search(f"[{HAN}]", content) or _is_cjk(before) or _is_cjk(after):
            return "（" + content + "）"
        return None

    text, _ = sub_logged(_PAREN, paren, text, "punctuation", "半角括号")
    protected = [(m.start(), m.end()) for m in _URL.finditer(text)]
    # Pairs the pair pattern kept (no Han context yet) are not lone parentheses: a mark
    # made full-width may give them Han context, and the next pass takes them as a pair.
    paired = {i for m in _PAREN.finditer(text) for i in (m.start(), m.end() - 1)}

    def mark(m: re.Match[str]) -> str | None:
        i = m.start()
        if in_url(i) or i in paired:
            return None
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            return None
        if _is_cjk(before) or _is_cjk(after):
            return _FULL[m.group(0)]
        return None

    text, _ = sub_logged(_MARK, mark, text, "punctuation", "汉字间的半角符号")
    return text
