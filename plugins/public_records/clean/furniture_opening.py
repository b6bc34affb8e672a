"""The report's own short lines above its first body line, which the banner rule must not cut.

Round art42 (promise 1, "nothing is lost"; issue 18). Above the report's first body line
(30 Han characters or a full stop), furniture.py cuts a short line that shares almost
nothing with the lead as a banner or a column name. Some reports open in short lines of
their own that share few words with the lead, and lost them so:

- a speech's salutation (`各位领导、同志们:`, `各位代表:`), and the heading block a speech
  or a report opens with above it: its title set out with spaces (`政 府 工 作 报 告`), its
  occasion (`——2031年2月7日在某镇第五次人代会上` / `第六次会议上`), its speaker (`某镇镇长 甲乙`);
- a subtitle or an attribution written opening with a dash (`——记某镇党委书记甲乙`);
- a lead written in short lines, one thought a line, the first of them opening as only a
  sentence does (`据某区介绍,…`, `近日,…`, `他们…`): that line and the short lines under
  it down to the body are the report's;
- a line inside a headline block: between two headline lines that the lead repeats
  (a kicker above, a subtitle below), a line of a headline's length is the headline's too;
- a feature's headline, its series' or topic's words, a colon and its own title in quotes
  (`寻找最美家园建设者:“老支书的致富之路”`), the last headline-long line above the body:
  a profile's headline says little of the lead's words, but a banner or a column name is
  never a title quoted after a colon (round art43).

A banner or a column name is none of these: it stands above the headline, says no
sentence and addresses no one. Each rule reads one line and its neighbours; the rows are
walked once (linear in the page's length).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .fold import HAN, han_count
from .furniture_bounds import HEADLINE_MAX_HAN, HEADLINE_MIN_HAN, SHORT

# A speech's salutation: the people it addresses, each group once, then a colon (or !).
_ADDRESSEE = (
    rf"(?:尊敬的|亲爱的)?(?:各位[{HAN}]{{1,8}}"
    rf"|[{HAN}]{{0,6}}?(?:同志们|朋友们|代表们|来宾们|女士们|先生们|同学们|乡亲们|委员们|同仁们))"
)
_SALUTATION = re.compile(rf"{_ADDRESSEE}(?:[、,，]\s*{_ADDRESSEE}){{0,5}}\s*[:：!！]")
_SALUTATION_MAX_HAN = 30
_HEADING_MAX_ROWS = 6  # the heading block above a salutation: at most this many lines

# The occasion of a speech or a report, closing its line (`在某镇第五次人代会上`,
# `第六次会议上`, `…大会上的讲话`).
_OCCASION_END = re.compile(
    r"(?:会|会议|大会|论坛|典礼|仪式|座谈会|全会)上(?:的(?:讲话|发言|致辞|报告|工作报告|总结讲话))?$"
)
# A speaker's line: a post's last word, a space, a name alone (`某镇镇长 甲乙`).
_SPEAKER_LINE = re.compile(
    rf"[{HAN}]{{1,20}}(?:长|书记|主任|主席|委员|代表|局长|部长)\s+[{HAN}]{{2,3}}"
)
# A document's title set out with a space between its characters (`政 府 工 作 报 告`).
_SPACED_TITLE = re.compile(rf"[{HAN}](?: [{HAN}]){{3,11}}")
# What a speech's title ends with (`…会议上的讲话`, `政府工作报告`).
_SPEECH_TITLE_END = re.compile(r"(?:讲话|报告|发言|致辞|讲稿)$")
_FIELD_MARK = re.compile(r"[:：|｜]")

# A subtitle or an attribution, written opening with a dash; a link group's label has a
# dash at both ends (`--某某链接--`, furniture.py's link groups), a kicker at its end only.
_DASH_OPEN = re.compile(r"^(?:——|—|--|－－)\s*\S")
_DASH_CLOSE = re.compile(r"(?:——|—|--|－－|-)\s*$")
_SUBTITLE_MIN_HAN = 4

# Words only a sentence opens with: a reported frame (据某区介绍, 据了解, 据悉), a time
# adverb of a lead (近日, 日前, 连日来), a personal pronoun as the subject (他们, 她们; not
# 我们, which opens column names: 我们的节日).
_SENTENCE_OPENER = re.compile(
    rf"^(?:据[{HAN}]{{0,12}}?(?:介绍|了解|悉|报道|统计|透露|获悉)"
    r"|近日|日前|近年来|今年以来|连日来|当天|当日|(?:他们|她们)(?!的))"
)
_OPENER_MIN_HAN = 6

# Round art43: a feature's headline, a kicker (a series' or a topic's words, four Han
# characters or more, no column's word at its end), a colon, then the feature's title in
# quotes closing the line. A column's banner names a column (专题:, 专栏:) before its quote.
_FEATURE_HEADLINE = re.compile(
    rf"(?P<kicker>[{HAN}、·]{{4,16}})\s*[:：]\s*[“「『\"](?P<title>[^“”「」『』\"]{{2,30}})[”」』\"]"
)
_COLUMN_WORD_END = re.compile(r"(?:专题|专栏|栏目|频道|主题|系列|话题|关注|聚焦)$")


def is_salutation(key: str) -> bool:
    """A speech's salutation alone on its line.

    >>> is_salutation("各位领导、同志们:"), is_salutation("各位代表:")
    (True, True)
    >>> is_salutation("尊敬的各位来宾,女士们、先生们:"), is_salutation("同志们!")
    (True, True)
    >>> is_salutation("政务要闻"), is_salutation("联系我们:"), is_salutation("各位网友请注意")
    (False, False, False)
    """
    return han_count(key) <= _SALUTATION_MAX_HAN and bool(_SALUTATION.fullmatch(key.strip()))


def is_heading_line(key: str) -> bool:
    """A line of a speech's or a report's heading block: its title set out with spaces or
    ending in 讲话/报告, its occasion (…会议上), its speaker (post, space, name).

    >>> is_heading_line("政 府 工 作 报 告"), is_heading_line("第六次会议上")
    (True, True)
    >>> is_heading_line("某镇镇长 甲乙"), is_heading_line("在某镇第五次人代会上的讲话")
    (True, True)
    >>> is_heading_line("政务要闻"), is_heading_line("首 页"), is_heading_line("领导活动")
    (False, False, False)

    A field of the page's (a label and a colon, cells between bars) is none:

    >>> is_heading_line("标 题: | 某镇2031年政府工作报告 |")
    False
    """
    key = key.strip()
    if _FIELD_MARK.search(key):
        return False
    return bool(
        _SPACED_TITLE.fullmatch(key)
        or _OCCASION_END.search(key)
        or _SPEAKER_LINE.fullmatch(key)
        or (han_count(key) >= HEADLINE_MIN_HAN and _SPEECH_TITLE_END.search(key))
    )


def is_dash_subtitle(line: str) -> bool:
    """A line written opening with a dash, and not closing with one: a subtitle or an
    attribution under a headline (`——记某镇党委书记甲乙`), never a banner.

    >>> is_dash_subtitle("——记某镇党委书记甲乙"), is_dash_subtitle("    ——某某论坛主任甲乙")
    (True, True)
    >>> is_dash_subtitle("--某某链接--"), is_dash_subtitle("某某区——"), is_dash_subtitle("——")
    (False, False, False)
    """
    line = line.strip()
    return (
        bool(_DASH_OPEN.match(line))
        and not _DASH_CLOSE.search(line)
        and han_count(line) >= _SUBTITLE_MIN_HAN
    )


def opens_sentence(key: str) -> bool:
    """A line opening as only a sentence does (a reported frame, a lead's time adverb, a
    personal pronoun as its subject).

    >>> opens_sentence("据某区介绍,某街上有一群志愿者"), opens_sentence("他们善于发现问题")
    (True, True)
    >>> opens_sentence("近日,某镇开展走访"), opens_sentence("他们的故事")
    (True, False)
    >>> opens_sentence("政务要闻")
    False
    """
    return han_count(key) >= _OPENER_MIN_HAN and bool(_SENTENCE_OPENER.match(key.strip()))


def is_feature_headline(key: str) -> bool:
    """A feature's headline: its series' words, a colon, its own title quoted.

    >>> is_feature_headline("寻找最美乡村建设者:“老支书的修路故事”")
    True
    >>> is_feature_headline("专题:“学习贯彻全会精神”"), is_feature_headline("某某网“三农”频道")
    (False, False)
    """
    m = _FEATURE_HEADLINE.fullmatch(key.strip())
    return (
        m is not None
        and han_count(m.group("title")) >= 2
        and not _COLUMN_WORD_END.search(m.group("kicker"))
    )


def opening_rows(
    text: str,
    rows: list[tuple[int, int, str]],
    kinds: list,
    first_body: int,
    shares_lead: Callable[[str], bool],
) -> set[int]:
    """The rows above the first body row that are the report's own short lines (see the
    module's docstring), for the banner rule to pass over. `rows` are furniture.py's
    (start, end, key); `kinds` what its patterns named (None: nothing); `shares_lead`
    whether a line's words are the lead's (a headline's).

    >>> text = "某某网\\n——记某镇党委书记甲乙\\n各位代表:\\n现在,我代表镇政府向大会报告工作。"
    >>> rows = [(0, 4, "某某网"), (4, 16, "记某镇党委书记甲乙"), (16, 22, "各位代表:"),
    ...         (22, 39, "现在,我代表镇政府向大会报告工作。")]  # furniture_rows(text)
    >>> sorted(opening_rows(text, rows, [None] * 4, 3, lambda key: False))
    [1, 2]
    """
    above = [i for i in range(min(first_body, len(rows))) if rows[i][2]]
    keep: set[int] = set()
    for i in above:
        if kinds[i] is None and is_dash_subtitle(text[rows[i][0] : rows[i][1]]):
            keep.add(i)
    keep.update(_speech_heading(text, rows, kinds, above))
    keep.update(_lead_in_short_lines(rows, kinds, above))
    keep.update(_inside_headline_block(rows, kinds, above, shares_lead))
    keep.update(_feature_headline(rows, kinds, above))
    return keep


def _feature_headline(rows: list[tuple[int, int, str]], kinds: list, above: list[int]) -> list[int]:
    """The last unnamed row of a headline's length above the body, when it is a feature's
    headline (`is_feature_headline`); found from the body up, once."""
    for i in reversed(above):
        key = rows[i][2]
        if kinds[i] is not None or han_count(key) < HEADLINE_MIN_HAN:
            continue
        return [i] if is_feature_headline(key) else []
    return []


def _speech_heading(
    text: str, rows: list[tuple[int, int, str]], kinds: list, above: list[int]
) -> list[int]:
    """A salutation right above the body, and the heading lines right above it (a line
    of the heading's shapes or a dash's subtitle each; the first other line ends it)."""
    if not above or kinds[above[-1]] is not None or not is_salutation(rows[above[-1]][2]):
        return []
    out = [above[-1]]
    for i in reversed(above[-1 - _HEADING_MAX_ROWS : -1]):
        start, end, key = rows[i]
        if kinds[i] is not None or len(key) > SHORT:
            break
        if not (is_heading_line(key) or is_dash_subtitle(text[start:end])):
            break
        out.append(i)
    return out


def _lead_in_short_lines(
    rows: list[tuple[int, int, str]], kinds: list, above: list[int]
) -> list[int]:
    """The run of unnamed short rows right above the body, from the first of them that
    opens as a sentence down: a lead written one thought a line."""
    run: list[int] = []
    for i in reversed(above):
        if kinds[i] is not None or len(rows[i][2]) > SHORT:
            break
        run.append(i)
    run.reverse()
    for n, i in enumerate(run):
        if opens_sentence(rows[i][2]):
            return run[n:]
    return []


def _inside_headline_block(
    rows: list[tuple[int, int, str]],
    kinds: list,
    above: list[int],
    shares_lead: Callable[[str], bool],
) -> list[int]:
    """A row of a headline's length between two unnamed headline rows the lead repeats."""

    def headline(i: int) -> bool:
        key = rows[i][2]
        return (
            kinds[i] is None
            and HEADLINE_MIN_HAN <= han_count(key) <= HEADLINE_MAX_HAN
            and "。" not in key
            and shares_lead(key)
        )

    out = []
    for n in range(1, len(above) - 1):
        i = above[n]
        key = rows[i][2]
        if kinds[i] is not None or not HEADLINE_MIN_HAN <= han_count(key) <= HEADLINE_MAX_HAN:
            continue
        if headline(above[n - 1]) and headline(above[n + 1]):
            out.append(i)
    return out
