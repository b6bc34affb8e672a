"""N14: injected spam: gambling terms spliced into sentences, keyword banners,
anti-scraping jammer lines of ASCII symbols, escaped HTML (`\\u003cdiv`), and place
names said twice (`汶上汶上`).

Terms live in data/spam_gambling_terms.txt, data/spam_adult_terms.txt (banners only) and
data/spam_repeated_places.txt. Every cut
is an Edit. Real reduplication (看看, 常常, 天天, 人人, 研究研究) is left alone: only a
place name is undoubled, recognised by its suffix 县/区/市/镇/乡/街道 (two or more
characters in all) or by the list.
"""

from __future__ import annotations

import re
import string
from functools import cache

from ..data import lines
from ..model import StepResult
from .fold import HAN, HAN_CHAR, fold, han_count, iter_lines
from .furniture import JAMMER_HAN
from .spans import cut_spans

# Only markup that arrived escaped (a scraper's JSON or double-escaped HTML). Literal
# tags are left as text: the renderer escapes them, and cutting `<script>` alone would
# leave its content behind as plausible-looking text.
_ESCAPED_HTML = re.compile(
    r"\\u003c/?[A-Za-z][^\n]*?\\u003e|&lt;/?[A-Za-z][^\n]*?&gt;",
    re.I,
)
_SUFFIXED_PLACE = re.compile(rf"([{HAN}]{{1,4}}(?:[县区市镇乡]|街道))\1")
# The short name said twice before its suffix: 汶上汶上县 (keep one 汶上).
_DOUBLED_SHORT = re.compile(rf"([{HAN}]{{2,3}})\1(?=[县区市镇乡]|街道)")
_JAMMER_MIN = 6
# A forum's jammer strings spliced into a line of the report: a run of short ASCII strings
# (one or two characters each, set apart by spaces, some of them symbols) before its first
# Han character (`5 S' Z/ M7 M, l: Q( s某区议会…`) or after its last sentence's end, with no
# Han character after it (`…主席。tvb now,tvbnow N2 q( Q( g# W2 G4 f`).
_RUN = r"(?:[!-~]{1,2}[ \t]+){4,60}[!-~]{1,2}"
# the last string may be glued to the first word; digits there are the report's (`P4月20日`:
# the jammer's `P`, the date's 4)
_LEADING_JAM = re.compile(rf"^[ \t]*(?:[!-~]{{1,2}}[ \t]+){{4,60}}[^\s\d]{{0,2}}?(?=\d*[{HAN}])")
# (bounded: what precedes the run after the sentence's end is short, so a long tail of code
# glued after a sentence is looked at in linear time)
_TRAILING_JAM = re.compile(rf"(?<=[。！？!?”])[^\n{HAN}]{{0,40}}?{_RUN}[ \t]*$")
_JAM_TOKENS = 5  # a spliced run has at least this many strings
_SENTENCE_MARK = re.compile("[。！？]")  # a line of the report holds a sentence's end
_BANNER_SHARE = 0.4  # share of a line's Han characters inside spam terms


@cache
def _terms_pattern() -> re.Pattern[str]:
    terms = sorted(lines("spam_gambling_terms.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, terms)), re.I)


@cache
def _adult_pattern() -> re.Pattern[str]:
    terms = sorted(lines("spam_adult_terms.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, terms)), re.I)


@cache
def _context_pattern() -> re.Pattern[str]:
    """Gambling words a genuine report may use: spam only where spliced in (see
    data/spam_context_terms.txt): after a clause boundary, before no follower word."""
    terms = sorted(lines("spam_context_terms.txt"), key=len, reverse=True)
    followers = sorted(lines("spam_context_followers.txt"), key=len, reverse=True)
    return re.compile(
        r"(?:(?<=[，。；：,.;:!?！？\s【】\[\]])|^)"
        f"(?:{'|'.join(map(re.escape, terms))})"
        f"(?!{'|'.join(map(re.escape, followers))})"
    )


@cache
def _listed_place_pattern() -> re.Pattern[str]:
    places = sorted(lines("spam_repeated_places.txt"), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, places)) + r")\1")


def remove_spam(text: str) -> StepResult:
    r"""Cut injected spam, one Edit per cut.

    >>> r = remove_spam("区委书记澳门新葡京潘功发主持会议。\n#$%^&*@!~#$\n汶上縣汶上縣召开会议。")
    >>> r.text
    '区委书记潘功发主持会议。\n汶上縣召开会议。'
    >>> [e.before for e in r.edits]
    ['澳门新葡京', '#$%^&*@!~#$\n', '汶上縣']

    A gambling word spliced after a comma goes; the same word in a genuine sentence
    stays:

    >>> remove_spam("8月2日下午，六合彩区委召开会议。").text
    '8月2日下午，区委召开会议。'
    >>> remove_spam("会议要求，六合彩等非法赌博活动要严厉打击。").edits
    ()

    Reduplication, separators and dates stay:

    >>> remove_spam("永定永定县召开会议。").text
    '永定县召开会议。'
    >>> body = "大家看看,常常来,天天练,人人讲安全,要研究研究。\n------\n2024-08-03 10:21"
    >>> remove_spam(body).text == body
    True
    """
    folded = fold(text)
    spans: list[tuple[int, int, str, str]] = []
    for start, end, line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        fline = folded.text[a:b].rstrip("\n")
        if _is_jammer(line):
            spans.append((start, end, "spam", "防采集干扰行"))
            continue
        for m in _jams(line):
            spans.append((start + m[0], start + m[1], "spam", "插入正文的防采集干扰串"))
        if _is_adult_banner(fline):
            spans.append((start, end, "spam", "成人网站关键词横幅"))
            continue
        hits = list(_terms_pattern().finditer(fline))
        hits += [
            m
            for m in _context_pattern().finditer(fline)
            if not any(h.start() < m.end() and m.start() < h.end() for h in hits)
        ]
        if hits and _is_banner(fline, hits):
            spans.append((start, end, "spam", "博彩关键词横幅"))
            continue
        for m in hits:
            s, e = folded.span(a + m.start(), a + m.end())
            spans.append((s, e, "spam", "插入正文的博彩词"))
        for m in _ESCAPED_HTML.finditer(line):
            spans.append((start + m.start(), start + m.end(), "spam", "转义的 HTML"))
        for pattern in (_SUFFIXED_PLACE, _DOUBLED_SHORT, _listed_place_pattern()):
            for m in pattern.finditer(fline):
                # Keep the first copy; cut the second.
                s, e = folded.span(a + m.start() + len(m.group(1)), a + m.end())
                spans.append((s, e, "spam", f"地名“{m.group(1)}”重复"))
    new_text, edits = cut_spans(text, spans)
    return StepResult(new_text, tuple(edits))


def _is_jammer(line: str) -> bool:
    """A line of ASCII symbols with no Han character (not a separator like `------`).

    >>> _is_jammer("#$%^&*@!~"), _is_jammer("sdf#@$ 12%^&"), _is_jammer("------")
    (True, True, False)
    >>> _is_jammer("2024-08-03 10:21"), _is_jammer("http://www.example.gov.cn/a?b=1")
    (False, False)
    """
    if HAN_CHAR.search(line):  # most lines: decided without a pass over the characters
        return False
    chars = [ch for ch in line if not ch.isspace()]
    if len(chars) < _JAMMER_MIN or len(set(chars)) <= 2:
        return False
    if re.match(r"\s*(?:https?://|www\.)", line):
        return False
    symbols = sum(1 for ch in chars if ch in string.punctuation)
    return symbols >= 0.4 * len(chars)


def _jams(line: str) -> list[tuple[int, int]]:
    """The jammer runs spliced into a line of the report: before its first Han character
    or after its last sentence's end (offsets in the line). A run has _JAM_TOKENS short
    strings or more, one of them a symbol; short Latin words in a sentence (A 类 B 类, 5G)
    are no run.

    >>> line = "5 S' Z/ M7 M, l: Q( s某区议会举行会议。 N2 q( Q( g# W2 G4 f"
    >>> [line[a:b] for a, b in _jams(line)]
    ["5 S' Z/ M7 M, l: Q( s", ' N2 q( Q( g# W2 G4 f']
    >>> _jams("会议通过了 A 类 B 类 C 类项目清单。"), _jams("1 2 3 4 5 6")
    ([], [])

    A headline has no sentence's end; a run before it goes too, unless the line is short
    enough to be a jammer line around a site's name (the furniture step's):

    >>> line = "3 ~ k7 b2 W. ?! m —某街道持续推进老旧小区环境整治工作"
    >>> [line[a:b] for a, b in _jams(line)]
    ['3 ~ k7 b2 W. ?! m —']
    >>> _jams("7 @8 a2 j s# l某某论坛某某论坛")
    []
    """
    found: list[tuple[int, int]] = []
    patterns = (_LEADING_JAM, _TRAILING_JAM)
    if not _SENTENCE_MARK.search(line):
        if han_count(line) <= JAMMER_HAN:
            return found  # a line of jammer strings around a site's name: the furniture step's
        patterns = (_LEADING_JAM,)  # a headline the run was glued before (… l —某社区推进…)
    for pattern in patterns:
        m = pattern.search(line)
        if m is None:
            continue
        tokens = re.findall(r"[!-~]{1,2}(?=[ \t]|$)", m.group(0).rstrip())
        if len(tokens) >= _JAM_TOKENS and any(not t.isalnum() for t in tokens):
            found.append((m.start(), m.end()))
    return found


def _is_adult_banner(fline: str) -> bool:
    """A line of an adult-video site's titles: two of its words (data/spam_adult_terms.txt,
    not the same one twice) on a line with no full stop. One such word in a sentence is
    left alone (国产精品 is an ordinary word too).

    >>> _is_adult_banner("某某影院-精品自拍-日韩成人一区二区三区-某某视频100部")
    True
    >>> _is_adult_banner("推出一批国产精品力作"), _is_adult_banner("国产精品,国产精品")
    (False, False)
    >>> _is_adult_banner("要打击传播一区二区三区等色情视频的网站,依法查处精品自拍类账号。")
    False
    """
    if "。" in fline:
        return False
    return len({m.group(0) for m in _adult_pattern().finditer(fline)}) >= 2


def _is_banner(fline: str, hits: list[re.Match[str]]) -> bool:
    """A line that is not a sentence, with spam terms making up much of it or several
    spam terms on it. A sentence with terms spliced in is kept (only the terms are cut).

    >>> import re
    >>> line = "新葡京 太阳城集团 百家乐平台 最新网址"
    >>> _is_banner(line, list(_terms_pattern().finditer(line)))
    True
    >>> line = "会议强调,新葡京要狠抓项目建设,加快推进三大片区开发,太阳城集团确保完成全年目标。"
    >>> _is_banner(line, list(_terms_pattern().finditer(line)))
    False
    """
    if "。" in fline:
        return False  # a sentence: cut the terms, keep the words around them
    in_terms = sum(han_count(m.group(0)) for m in hits)
    han = max(han_count(fline), 1)
    return in_terms >= _BANNER_SHARE * han or (len(hits) >= 2 and han <= 40)
