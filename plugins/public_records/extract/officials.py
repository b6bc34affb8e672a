"""Find the officials named in a clean Simplified report, with title, roles and evidence.

The rules follow "How officials are named" in NOISE.md:

- title + name + verb (区委书记潘功发主持会议并讲话), a title chain joined by 、
  (区委副书记、区长金玉), one title shared by a 、-list ending in 等 + verb;
- name before title (胡广杰区长, 市委李强书记, 郭秋香、汪旭霞等区领导参加);
- later mentions (潘功发强调, 潘书记, 金玉同志) link back to the person;
- each group's role comes from the verbs of its own predicate; a group with no verb of
  its own shares the verbs of the comma-separated group that follows it;
- people who were not there (学习习近平总书记…, 受…委托, 传达…批示) are "mentioned".

List grammar (real pages, issue 11): every item between a title and 、 is a name; a list
after a colon takes the title before it (市领导还有：A、B) and goes on through the comma-cut
parts of its sentence; a roster after a verb of presence needs no title (就座的有：A、B);
names named to a post take its title (选举A、B为…, A当选为…, A、B担任副团长); names before a
counted title (A等5位议员); a 、-list with an item that is no name is no list of people.

A name is 2 to 4 characters starting with a known surname; where it ends is decided by
what follows it (a verb, 、, 等, 在 …), so 金玉主持 gives 金玉, not 金玉主. The vocabulary is
data (data/officials_vocab.yml, data/surnames.txt), not code.

Ids (registry or provisional, by the report's place) are given in identify.py, which
reads the places too: the places step masks the names found here, so this module never
imports places.py.

>>> [(m.name, m.title, m.roles) for m in find_officials("区委书记潘功发主持会议并讲话。")]
[('潘功发', '区委书记', ('chair', 'speaker'))]
>>> [m.name for m in find_officials("大观区长江岸线整治完成。")]
[]
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from itertools import pairwise

from pypinyin import lazy_pinyin

from ..model import ROLES, Credit
from ..registry import Registry
from .dates import chinese_number
from .vocab import Vocab, vocab


def _either(words: Iterable[str]) -> str:
    """The words as one regex group, in their order; one that never matches for none.

    >>> _either(("带领", "率领")), _either(())
    ('(?:带领|率领)', '(?!)')
    """
    words = tuple(words)
    return "(?:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"


# Measure words of a count before a title (等5位议员, 两位县长, 等3个…), as one string.
_COUNTERS = "".join((*vocab().person_counters, *vocab().other_counters))
SENTENCE_END = "。！？；\n"
CLAUSE_END = "，：,:"
PUNCT = set("，。、；：！？“”‘’《》（）()「」『』…—,.;:!? \n\t")
JOINERS = ("、", "以及", "和", "与", "及")
# Joiners that join two holders each written with a title (A与副县长B): the words of
# JOINERS (a mark joins items of a list, not titled holders).
TITLE_JOINERS = tuple(j for j in JOINERS if j != "、")
# Words that join people into one group of those who act (会同, 偕同: the yml's
# together_words).
TOGETHER = vocab().together_words
# Characters that never occur inside a personal name in these reports.
# 们 is the plural's suffix (代表们, 同志们); 或 joins posts (由司长或副司长带领).
NOT_IN_NAME = set("的了在和是等与及区委县市省镇乡党部局席并们或")
# Of those, the ones no name holds even in a list between 、 (where 镇, 党, 市 … after a
# known surname are a given name's: 李镇江, 刘党生).
NOT_IN_LIST_NAME = set("的了在和是等与及并们或")
# Of those, the ones a three-character name may end with, when a list or clause ends
# right after it (张东和等).
NAME_FINAL_ONLY = set("和")
# Of NOT_IN_LIST_NAME, those a three-character name of a known surname may hold between
# a title and 、 (张在田、…): no clause ends there.
LOOSE_LIST_NAME = set("在")
# Of NOT_IN_LIST_NAME, those a three-character name of a known surname may hold as its
# middle character in a list of a title (杨斌、夏和军等): no surname stands alone there.
LOOSE_LIST_NAME_MIDDLE = set("和")
# Of NOT_IN_LIST_NAME, those a three-character name may hold as its middle character
# right after a title, where a mark or a role verb ends it (县长夏和军出席, 县长宋在军来到):
# a mainland report writes no bare surname after a title (县长宋 + 在…), so the character
# after the surname opens the given name.
TITLED_NAME_MIDDLE = LOOSE_LIST_NAME_MIDDLE | {"在"}
# Characters that open no name in a list whose surname is not in the vocabulary (各部门,
# 全体, 有关): such an item is read as a name only by its shape. Nor do adverbs of degree
# (赞议员：很优秀, 都很认真、很优秀: praise after a colon or in a list, no name). Nor does
# 由 (主席由A、B担任: the preposition before the holders, read by _held_by).
NOT_LIST_NAME = set("各全有相其他本该此每诸两三四五六七八九十很最更由")

# Words that open no name even right after a title, where a word of not_names may open
# a three-character one (韩国瑜): a term of office (县长任内第7任局长, 县长任内推动…: 任
# is a surname, 任内 "in office" no name's start). (dev26r) Praise and its measure, said
# of a titled person named by surname (他也盛赞陈县长…, 县长满意度…: 盛 and 满 are surnames,
# 盛赞 "praised highly" and 满意 "satisfied" open no name). (dev28r) A post once held,
# said of a holder named by surname and title (李里长曾任某协会理事长: 曾 is a surname, 曾任
# "once served as" no name's start).
NEVER_NAME_OPENERS = frozenset(("任内", "盛赞", "满意", "曾任"))


def _is_han(ch: str) -> bool:
    # the supplementary ideographs too: a rare character of a name (笛布斯.𫖮赉, 𫖮 for 顗)
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


@dataclass
class _Item:
    """One reference to a person inside a clause."""

    name: str
    title: str | None  # None: inherits the list's title, or a later mention
    start: int  # where the reference starts (title start for title-first)
    end: int  # where it ends (name end, or core end for name-first)
    name_start: int
    name_end: int
    kind: str  # "titled", "bare", "surname-title", "doctrine"
    roles: set[str] = field(default_factory=set)
    listed: bool = False  # continues the list before it, whatever lies between
    appointed: bool = False  # named to its title's post here (选举A为…), not holding it


@dataclass
class _List:
    items: list[_Item]
    clause: int  # index of the clause
    start: int
    end: int
    roles: set[str] = field(default_factory=set)
    mentioned: bool = False
    adjunct: bool = False  # 在…陪同下 or 受…委托 inside another group's predicate
    led_frame: bool = False  # 在X的带领下: the verbs after the frame are the led people's
    escorted: bool = False  # X在A陪同下: the one escorted makes a visit (see _merge)
    invited: bool = False  # 邀请X…: X joins what he is invited to, leads none of it


class _Taken:
    """The spans of one clause already claimed by a reference, by position: asking
    whether a position (or a short span) is claimed costs the same however many spans
    a clause holds (a list of spans asked with `any` made a long clause quadratic).

    >>> taken = _Taken([(2, 5)])
    >>> taken.covers(4), taken.covers(5), taken.overlaps(4, 7), taken.overlaps(5, 7)
    (True, False, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._positions: set[int] = set()
        for a, b in spans:
            self.add(a, b)

    def add(self, start: int, end: int) -> None:
        self._positions.update(range(start, end))

    def covers(self, i: int) -> bool:
        return i in self._positions

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a position with a claimed span (spans are names
        and titles: a few characters)."""
        return any(k in self._positions for k in range(start, end))


# Working text -----------------------------------------------------------------------------


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Drop single spaces between Han characters (冯 艳 → 冯艳), and a comma a mirror
    printed before 、 (丁宁，、孙丽萍 → 丁宁、孙丽萍), and keep an offset map.

    >>> _squeeze("副区长冯 艳出席")
    ('副区长冯艳出席', [0, 1, 2, 3, 5, 6, 7, 8])
    >>> _squeeze("丁宁，、孙丽")[0]
    '丁宁、孙丽'

    A note in brackets between a title and its holder's name (党工委书记（兼）周琪,
    副主任（正县级）王五) is dropped too: the name follows the title as usual.

    >>> _squeeze("党工委书记（兼）周琪到")[0]
    '党工委书记周琪到'
    """
    drops = [(m.start(), m.end()) for m in _DROPPED.finditer(text)]
    drops = sorted(drops + _wrapped_breaks(text) + _comrades_in_titled_list(text))
    if not drops:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    last = 0
    for k, e in drops:
        out.append(text[last:k])
        where.extend(range(last, k))
        last = e
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


# Round roster43: a roster whose names a page sets apart by single spaces (县人大常委会组成人员
# 王某某 李某某 张某某出席会议, 主席团成员：王某某 李某某): the spaces between its names become 、,
# so _squeeze does not glue the names into one. Only where the roster's heading says who
# they are: the first name stands right after a title core, a group's word (成员, 人员,
# 领导) or 有, a colon perhaps between, or opens a line under such a heading ending in a
# colon. Every space is one character and becomes one: positions stay.
_SPACED_TOKENS = re.compile("[^ \u3000\n]+|[ \u3000]+|\n")
_ROSTER_HEAD_ENDS = ("成员", "人员", "领导", "有")
_SPACED_ROSTER_MIN = 2  # names in the run


def _roster_head(head: str, v: Vocab) -> bool:
    """Whether `head` (the text before a roster's first name) names who the roster is."""
    head = head.rstrip(":：")
    return bool(head) and (head.endswith(_ROSTER_HEAD_ENDS) or head.endswith(v.cores))


def _opens_spaced_roster(token: str, heading_above: bool, v: Vocab) -> bool:
    """Whether `token` ends with a roster's first name after its heading (组成人员王某某,
    成员：王某某), or is a name alone under a heading line (`heading_above`)."""
    if heading_above and _valid_name(token, v):
        return True
    return any(_valid_name(token[-k:], v) and _roster_head(token[:-k], v) for k in (3, 2))


def _spaced_roster_marks(text: str, v: Vocab) -> str:
    r"""`text` with the single spaces between a spaced roster's names made 、 (see above).

    >>> _spaced_roster_marks("县人大常委会组成人员王建国 李明华 张卫东出席会议", vocab())
    '县人大常委会组成人员王建国、李明华、张卫东出席会议'
    >>> _spaced_roster_marks("主席团成员：\n王建国 李明华 张卫东", vocab())
    '主席团成员：\n王建国、李明华、张卫东'
    >>> _spaced_roster_marks("副区长冯 艳出席", vocab())
    '副区长冯 艳出席'
    >>> _spaced_roster_marks("记者王建国 李明华报道", vocab())
    '记者王建国 李明华报道'
    >>> _spaced_roster_marks("镇长王建国 高兴地说", vocab())
    '镇长王建国 高兴地说'
    """
    if " " not in text and "\u3000" not in text:
        return text
    out = list(text)
    run: list[int] = []  # the spaces between the names of the roster being read
    names = 0  # its names so far; 0 when no roster is open
    heading_above = False  # the line above ends with a roster's heading and a colon
    line_start = True
    before: tuple[int, str] | None = None  # the token before this one, on this line
    glued = False  # the roster's last name runs on into the sentence (张某某出席会议)

    def close() -> None:
        # Two names with the last run on may be a name and a word (镇长王某某 高兴地说):
        # such a roster needs a third name.
        if names > _SPACED_ROSTER_MIN or (names == _SPACED_ROSTER_MIN and not glued):
            for i in run:
                out[i] = "、"

    for m in _SPACED_TOKENS.finditer(text):
        tok = m.group()
        if tok == "\n":
            close()
            run, names, glued = [], 0, False
            above = text[max(0, m.start() - 16) : m.start()].rstrip(" \u3000")
            heading_above = above.endswith(("：", ":")) and _roster_head(above.split("\n")[-1], v)
            line_start, before = True, None
            continue
        if tok[0] in " \u3000":
            before = (m.start(), tok)
            continue
        single = before is not None and len(before[1]) == 1 and not line_start
        first = next((k for k in (3, 2) if _valid_name(tok[:k], v)), 0)
        if names and single and first:
            run.append(before[0])
            names += 1
            glued = first < len(tok) and _is_han(tok[first])
            if len(tok) == first:
                before = None
                continue  # a name alone: the roster may go on
        close()
        run, names, glued = [], 0, False
        if _opens_spaced_roster(tok, heading_above and line_start, v):
            names = 1
        line_start, before = False, None
    close()
    return "".join(out)


# (lists45) 同志 a page writes after each name of a titled list (市领导A同志、B同志、C同志
# 出席): the 同志 before each 、 goes, as after a lone name it ends the name, so the list
# reads on past its first name. Only in a list a title opens (its last character right
# before the first name: 领导, 书记, 县长, 主任, 主席, 委员…): a bare run (A同志、B同志作了报告)
# is left as it was, its people's roles not read from such a run. The title's last
# characters and the items are matched by one pattern, each run once: linear.
_TITLED_COMRADES = re.compile(
    "(?<=[导记长任席员委])(?:[\u3400-\u9fff]{2,3}同志、)+(?=[\u3400-\u9fff]{2,3})"
)


def _comrades_in_titled_list(text: str) -> list[tuple[int, int]]:
    """The spans of 同志 before each 、 of a titled list (see above).

    >>> t = "市领导王建国同志、李红梅同志出席"
    >>> [t[a:b] for a, b in _comrades_in_titled_list(t)]
    ['同志']
    >>> _comrades_in_titled_list("王建国同志、李红梅同志作了报告")
    []
    """
    if "同志、" not in text:
        return []
    out = []
    for m in _TITLED_COMRADES.finditer(text):
        k = m.start()
        while True:
            at = text.find("同志、", k, m.end())
            if at < 0:
                break
            out.append((at, at + 2))
            k = at + 3
    return out


# A printed page copied line by line wraps its paragraphs at one width (a newspaper's
# column): a line of that width ending inside a sentence goes on in the next line.
_WRAP_MIN_LINES = 4
_WRAP_MIN_WIDTH = 12
_SENTENCE_CLOSERS = frozenset("。！？!?：:；;")


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    r"""The line breaks of a text wrapped at one width (four lines or more of the widest
    common length, 12 characters or more) that fall inside a sentence: after a line of
    that width not closed by a sentence's mark, before a Han character.

    >>> page = "主席陈道勋主持，副主席李四、曹\n端阳全员到齐，乡长王大捷率同秘\n"
    >>> page += "书出席备询，谈到各项地方建设，\n全场鼓掌表示十分欢迎各位代表。\n完"
    >>> _wrapped_breaks(page)
    [(15, 16), (31, 32), (47, 48)]
    >>> _wrapped_breaks("县长王明出席。\n副县长李东主持。")
    []
    """
    lines = text.split("\n")
    widths = Counter(len(line) for line in lines if len(line) >= _WRAP_MIN_WIDTH)
    if not widths:
        return []
    width, count = max(widths.items(), key=lambda wc: (wc[1], wc[0]))
    if count < _WRAP_MIN_LINES:
        return []
    breaks = []
    at = 0
    for line, after in pairwise(lines):
        at += len(line)
        if (
            len(line) == width
            and line[-1] not in _SENTENCE_CLOSERS
            and after[:1]
            and _is_han(after[0])
        ):
            breaks.append((at, at + 1))
        at += 1
    return breaks


# A space between two Han characters (each space is judged by the text as written, as
# the character loop did: in 冯 　艳 neither space lies between two Han characters).
_SPACE_IN_HAN = re.compile("(?<=[\u3400-\u9fff])[ \u3000](?=[\u3400-\u9fff])")
# A post's note in brackets right after a title core's last character and before a name
# (书记（兼）A, 主任（正县级）B, 副县长（挂职）C). Round town43: a deputy who runs the body
# while its head's post is open (副镇长（主持工作）A, 办事处副主任（主持日常工作）B), a
# township's and street's usual note, is a note too: 主持 there chairs no meeting.
_TITLE_NOTE = (
    "(?<=[记长任席员委])[（(]"
    "(?:兼|兼任|挂职|代|正县级|副县级|正处级|副处级|正科级|副科级|正厅级|副厅级"
    "|主持(?:日常)?工作)"
    "[）)](?=[\u3400-\u9fff])"
)
# A roster continued past a comma by 以及 and bare names closed by 等 and the act (县领导A、
# B，以及C、D等出席): the comma goes, so the names after it join the list before it. Not
# when a title follows 等 (，以及C、D等县领导出席: theirs).
_LIST_GOES_ON = (
    "[，,](?=以及[\u3400-\u9fff]{2,3}(?:、[\u3400-\u9fff]{2,3})*等"
    f"(?:[^\u3400-\u9fff]|{_either(w for w, _ in vocab().role_verbs)}))"
)
# Where a person stands in the photo, in brackets after a name in a list (司长C（左三）、
# D（右三）、E（左一）): a caption's seating note, dropped so that a list of names each
# with its place reads as the list it is. Not before another word (县长A（前排右）旁…,
# 由B（右2）接任): the bracket ends the name there.
_POSITION_NOTE = (
    "(?<=[\u3400-\u9fff])[（(](?:前排|后排|中排)?[左右中]"
    "(?:[一二三四五六七八九十]{1,2}|[1-9][0-9]?)?[）)](?=、)"
)
# A line break the copy put in a text, with the blanks around it (one or more).
_LINE_BREAK = "[ \u3000]{0,4}\n[ \u3000\n]{0,8}"
# Blanks beside a list's 、, one pattern for both kinds (review44): a list broken by the copy
# into a new paragraph that opens with its 、 (县议员A、B⏎⏎、C、D等出席) or ends a line with it
# (县议员A、⏎B、C等出席), and (lists44) spaces a page writes around it (县领导A、 B、 C出席,
# A 、B). They go, as a comma before 、 does, so the list reads on past its first name.
_BLANK = f"(?:[ \t\u3000\u00a0]{{1,4}}|{_LINE_BREAK})"
_BLANK_BY_LIST_MARK = f"(?<=[\u3400-\u9fff]){_BLANK}(?=、)|(?<=、){_BLANK}(?=[\u3400-\u9fff])"
# (lists44) A list's item cut by a line break: the line ends one or two characters after
# its last 、 (县领导A、B、张⏎卫东出席: a name split) or a name after it before 等 on the
# next line (A、B、刘志强⏎等出席): the break goes and the item reads whole.
_BREAK_IN_ITEM = (
    f"(?<=、[\u3400-\u9fff]){_LINE_BREAK}(?=[\u3400-\u9fff])"
    f"|(?<=、[\u3400-\u9fff]{{2}}){_LINE_BREAK}(?=[\u3400-\u9fff])"
    f"|(?<=、[\u3400-\u9fff]{{3}}){_LINE_BREAK}(?=等)"
)
_DROPPED = re.compile(
    _SPACE_IN_HAN.pattern
    + "|"
    + _BREAK_IN_ITEM
    + "|[，,](?=、)|"
    + _BLANK_BY_LIST_MARK
    + "|"
    + _TITLE_NOTE
    + "|"
    + _LIST_GOES_ON
    + "|"
    + _POSITION_NOTE
)


def _spans(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    out = []
    begin = start
    for i in range(start, end):
        if text[i] in seps:
            if i > begin:
                out.append((begin, i))
            begin = i + 1
    if end > begin:
        out.append((begin, end))
    return out


# The longest book or document title (《…》) whose commas do not end a clause.
BOOK_TITLE_MAX = 40


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of one sentence: its parts between commas and colons, except those
    inside a book title (A、B、C分别以《…，…》为题发言: the title's comma does not cut the
    list from its verb). A title is a 《 and the first 》 after it in the sentence, at most
    BOOK_TITLE_MAX characters on: one bounded look per 《.

    >>> s = "甲、乙分别以《强基础，促发展》为题发言，丙主持"
    >>> [s[a:b] for a, b in _clause_spans(s, 0, len(s))]
    ['甲、乙分别以《强基础，促发展》为题发言', '丙主持']
    >>> s = "甲说《乙，丙"
    >>> [s[a:b] for a, b in _clause_spans(s, 0, len(s))]
    ['甲说《乙', '丙']
    """
    out = []
    begin = start
    inside_until = -1  # the closing 》 of the book title the scan is in
    for i in range(start, end):
        ch = text[i]
        if ch == "《" and i > inside_until:
            close = text.find("》", i + 1, min(end, i + BOOK_TITLE_MAX + 1))
            inside_until = close
        elif ch in CLAUSE_END and i > inside_until:
            if i > begin:
                out.append((begin, i))
            begin = i + 1
    if end > begin:
        out.append((begin, end))
    return out


# Names -------------------------------------------------------------------------------


def _surname_lengths(s: str, i: int, v: Vocab) -> list[int]:
    out = []
    if s[i : i + 2] in v.compound_surnames:
        out.append(2)
    if i < len(s) and s[i] in v.single_surnames:
        out.append(1)
    return out


def _valid_name(name: str, v: Vocab, surname_len: int | None = None, loose: bool = False) -> bool:
    """Whether `name` may be a person's name. `loose`: the name stands right after a
    title (or between 、 of its list) and something certain ends it, so a three-character
    name whose first two characters are a word is still a name (乡长林长青, 主席庄稼明).

    >>> _valid_name("林长青", vocab()), _valid_name("林长青", vocab(), loose=True)
    (False, True)
    >>> _valid_name("李议长", vocab(), loose=True)
    False
    """
    return _name_judge(v)(name, surname_len, loose)


def _judge_name(name: str, surname_len: int | None, loose: bool, v: Vocab) -> bool:
    """`_valid_name`, worked out (see there)."""
    if not 2 <= len(name) <= 4 or not all(_is_han(c) for c in name):
        return False
    if any(c in NOT_IN_NAME for c in name[1:]) and not (loose and _organ_char_in_middle(name, v)):
        return False
    word_prefix = name[:2] in v.not_names and not (loose and len(name) == 3)
    if name in v.not_names or word_prefix or name[:3] in v.not_names:
        return False
    if name[:2] in NEVER_NAME_OPENERS:
        return False
    # 成员包括有：, 执行主席席就座: a list's opener, or a role verb as the given name
    # (a word, even where a three-character name may start with one, see `loose`); so
    # for a one-character verb after a two-character name's surname (卢市长常说，: 常 the
    # adverb, 说 the verb; 局长曾说).
    opener = _starts_with(name, 0, v.list_openers)
    if len(opener) >= 2 or (len(name) in (2, 3) and name[1:] in _verb_table(v)):
        return False
    if name[1:] in v.not_given_names or name[2:] in v.not_given_names:
        return False  # 有关单位负责人: 关 + 单位 is no name
    if len(name) == 2 and (name in _follower_words(v) or name in v.name_end_splits):
        # 县长连夜主持…, 市长高度关注…: a word that ends names is none itself; (tw45b) nor
        # is a word that splits one off (李里长曾任…: 曾任, a post held before)
        return False
    if _is_organ(name, v):
        return False
    lengths = [surname_len] if surname_len else _surname_lengths(name, 0, v)
    if any(n and name[n:] in v.cores for n in lengths):
        return False  # 李议长说…: a surname and a title core, a form of address
    return any(n is not None and 1 <= len(name) - n <= 2 for n in lengths) and bool(
        _surname_lengths(name, 0, v)
    )


def _word_then_given(name: str, v: Vocab) -> bool:
    """Whether a three-character name opens with a word of not_names and is itself none
    (韩国 + 瑜): the shape the word-prefix check of `_valid_name` refuses unless loose.

    >>> _word_then_given("韩国瑜", vocab()), _word_then_given("李明华", vocab())
    (True, False)
    """
    return len(name) == 3 and name[:2] in v.not_names and name not in v.not_names


def _organ_char_in_middle(name: str, v: Vocab) -> bool:
    """Whether a three-character name right after a title holds an organ character (镇,
    市, 党 …) only as its middle one, not as the start of a title (议长张镇荣致词, but not
    王县长主持: 县长 is a title).

    >>> _organ_char_in_middle("张镇荣", vocab()), _organ_char_in_middle("王县长", vocab())
    (True, False)
    """
    return (
        len(name) == 3
        and name[1] not in NOT_IN_LIST_NAME
        and name[2] not in NOT_IN_NAME
        and not _starts_with(name, 1, v.cores)
    )


def _is_organ(name: str, v: Vocab) -> bool:
    """Whether a name candidate is an organ's abbreviation: it is one (党校), or its part
    after a one- or two-character surname starts with one (区 + 人大, 区 + 政协).

    >>> _is_organ("区政协", vocab()), _is_organ("区人大", vocab()), _is_organ("区小平", vocab())
    (True, True, False)
    """
    return any(bool(_starts_with(name, k, v.organ_abbreviations)) for k in (0, 1, 2))


def _starts_with(s: str, i: int, words: Iterable[str]) -> str:
    """The first of `words` (in their order) that s[i:] starts with, or ""."""
    if type(words) is tuple:
        if i < 0:
            i = 0  # as the compiled alternation's match(s, i) read a negative i
        entry = _BY_FIRST.get(id(words))
        if entry is None or entry[0] is not words:
            entry = _index_by_first(words)
        first_of = entry[1].get(s[i : i + 1])
        return first_of(s, i) if first_of else ""
    for w in words:
        if s.startswith(w, i):
            return w
    return ""


# The vocabulary's word lists indexed by first character, by the identity of the (long-
# lived) tuple. Only the words that open with s[i] can start at i, so most positions are
# answered by one look-up; the rest try only those words, in the list's order (what a
# loop of startswith over the whole list would find).
_BY_FIRST: dict[int, tuple[tuple[str, ...], dict[str, Callable[[str, int], str]]]] = {}
_FEW_WORDS = 4  # a first character's words tried one by one; more: a compiled alternation


def _index_by_first(words: tuple[str, ...]) -> tuple:
    """`words` grouped by their first character, each group a function (s, i) -> the
    first of its words that starts at i, or "" (made once per word list).

    >>> first_of = _index_by_first(("副县长", "副", "县长", ""))[1]
    >>> first_of["副"]("副县长甲", 0), first_of["副"]("副书记", 0), first_of["县"]("县委", 0)
    ('副县长', '副', '')
    >>> _index_by_first(("", "县长"))[1]
    {}
    """
    if len(_BY_FIRST) > 64:
        _BY_FIRST.clear()
    # An empty word matches at once and ends the search, as startswith("") did: the
    # words after it are never the answer, and no match answers "" anyway.
    tried = words[: words.index("")] if "" in words else words
    groups: dict[str, list[str]] = {}
    for w in tried:
        groups.setdefault(w[0], []).append(w)
    entry = _BY_FIRST[id(words)] = (words, {c: _first_of(g) for c, g in groups.items()})
    return entry


def _first_of(group: list[str]) -> Callable[[str, int], str]:
    """A function (s, i) -> the first word of `group` (words of one first character, in
    their order) that s[i:] starts with, or "", for an s whose s[i] is that character."""
    if len(group) > _FEW_WORDS:
        match = re.compile("|".join(map(re.escape, group))).match

        def by_pattern(s: str, i: int) -> str:
            m = match(s, i)
            return m.group() if m else ""

        return by_pattern
    if len(group[0]) == 1:
        word = group[0]  # the first character itself: it starts there, nothing after counts
        return lambda s, i: word
    words = tuple(group)

    def one_by_one(s: str, i: int) -> str:
        for w in words:
            if s.startswith(w, i):
                return w
        return ""

    return one_by_one


# The vocabulary's word lists as compiled alternations, by the identity of the (long-
# lived) tuple: a regex alternation tries its branches in order, so `match` finds the
# first word of the list that starts at i, what a loop of startswith would find, in C.
_MATCHERS: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _matcher(words: tuple[str, ...]) -> re.Pattern[str]:
    entry = _MATCHERS.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_MATCHERS) > 64:
            _MATCHERS.clear()
        # A word that is empty matches at once and ends the search, as startswith("") did.
        pattern = re.compile("|".join(re.escape(w) for w in words) if words else "(?!)")
        entry = _MATCHERS[id(words)] = (words, pattern)
    return entry[1]


def _of_vocab(derive):
    """`derive(v)` for a vocabulary, made once for the default vocabulary (the one every
    build uses; tests pass others). One mechanism for every table derived from `Vocab`."""
    default = cache(lambda: derive(vocab()))

    def of(v: Vocab):
        return default() if v is vocab() else derive(v)

    of.__doc__ = derive.__doc__
    return of


# How many answers of `_valid_name` are remembered (least recently asked forgotten first,
# a few MB at most). A report asks 45 to 65 times, mostly about candidates that other
# reports ask about too (the same names, the same words after a title): the 674 dev
# pages of tests/real ask 42,000 times about 13,000 candidates, 2,000 synthetic reports
# 95,000 times about 2,100.
VALID_NAME_REMEMBERED = 1 << 14


@_of_vocab
def _name_judge(v: Vocab) -> Callable[[str, int | None, bool], bool]:
    """`_judge_name` for `v`, its answers remembered: the answer depends only on the
    candidate, the two flags and the vocabulary (whose lists are frozen), and the
    officials step asks about the same few thousand candidates again and again (a tenth
    of its time went to answering them anew)."""
    return lru_cache(maxsize=VALID_NAME_REMEMBERED)(partial(_judge_name, v=v))


@_of_vocab
def _follower_words(v: Vocab) -> frozenset[str]:
    """The words that may follow a name (name_followers), as a set."""
    return frozenset(v.name_followers)


@_of_vocab
def _governors_of_a_name(v: Vocab) -> tuple[str, ...]:
    """Words that govern a name-first title's holder: never its organ (a kinsman's word
    too: 在叔叔A议员的鼓励下)."""
    return (*v.mention_governors, *v.verbs_before_title, *v.kin_before_name)


@_of_vocab
def _words_before_act(v: Vocab) -> tuple[str, ...]:
    """Words that end a name only when an act follows them: a day (昨) or an adverb (却,
    继), longest first."""
    return tuple(sorted((*v.day_before_act, *v.adverbs_before_act), key=len, reverse=True))


@_of_vocab
def _role_verb_words(v: Vocab) -> tuple[str, ...]:
    """The role verbs of `v` in their order."""
    return tuple(w for w, _ in v.role_verbs)


def _verbs() -> tuple[str, ...]:
    """The default vocabulary's role verbs."""
    return _role_verb_words(vocab())


@_of_vocab
def _verb_table(v: Vocab) -> dict[str, str]:
    """Verb -> role; a verb listed twice keeps its first role, as the scan did."""
    return dict(reversed(v.role_verbs))


# (roles45b) 由 opening a frame of escorts closed by 陪同 within the clause (县长X由立委
# Y、议员Z陪同出席): it ends the name before it, as 在 does; not 由 alone (由于, 由X主持).
ESCORTED_BY_MAX = 40
_ESCORTED_BY = re.compile(f"由[^，。；：！？,;:!?由]{{2,{ESCORTED_BY_MAX}}}?陪同")


def _boundary(s: str, i: int, v: Vocab) -> int:
    """How strongly position i ends a name: 3 certain, 2 a verb or follower word, 0 none."""
    if i >= len(s) or s[i] in PUNCT or not _is_han(s[i]):
        return 3
    if s[i] in "等在" or s.startswith("同志", i) or s.startswith("一行", i):
        return 3
    if _counts_listed_comrades(s, i):
        return 3  # 县委书记A、县长B二同志率…: the count of the list's comrades ends B
    if s[i] == "的" and not s.startswith("的确", i):
        return 3
    if s[i] == "由" and _ESCORTED_BY.match(s, i):
        return 2  # (roles45b) 县长X由立委Y陪同出席: the escorts' frame opens after X
    if _starts_with(s, i, _role_verb_words(v)):
        return 2
    if _starts_with(s, i, v.name_followers) or _starts_with(s, i, v.mention_markers):
        return 2
    day = _starts_with(s, i, v.day_before_act)
    if day and (
        _starts_with(s, i + len(day), _role_verb_words(v))
        or (len(day) == 1 and _starts_with(s, i + len(day), v.name_followers))
    ):
        return 2  # 议员X昨针对…: a day word, then the act
    adverb = _starts_with(s, i, v.adverbs_before_act)
    if adverb and (
        _starts_with(s, i + len(adverb), _role_verb_words(v))
        or _starts_with(s, i + len(adverb), _long_name_followers(v))
    ):
        # 局长X却答复…, 市长X继出席…: an adverb, then the act or a word of speech; not a
        # one-character follower (县长黄永继在…: 继 may end the given name there)
        return 2
    day_end = _past_cn_day(s, i)
    if day_end > i and _boundary(s, day_end, v) >= 2:
        return 2  # 县长X廿三日率领…, 市长X三日上午出席…: a day in Chinese numerals, as 23日
    if _starts_with(s, i, v.cores):
        return 1  # a name followed by a title (胡广杰区长)
    if s[i] in LEVEL_OPENERS and _title_ahead(s, i, v):
        # 代区长A区人大常委会主任B: a copy that lost its marks runs the next title on.
        return 2
    if s[i] in LEVEL_OPENERS and s[i + 1 : i + 3] == "委、" and s[i + 3 : i + 4] == s[i]:
        # 主任A区委、区政府领导出席: a copy that lost its marks runs the level's organs on
        # (区委、区政府, 县委、县人大), the party committee first and the same level after 、.
        return 2
    if (
        s[i] == "同"
        and not (i and _starts_with(s, i - 1, v.name_followers))  # 偕同, 一同
        and (_starts_with(s, i + 1, v.cores) or s[i + 1 : i + 2] in LEVEL_OPENERS)
        and _title_ahead(s, i, v)
    ):
        # 主席A同副主席B, 镇长A同镇代会主席B (同 as 和, Taiwan's and Kinmen's reports): the
        # next title's holder; a word of 同 (同意副市长B) is no join.
        return 2
    return 0


# A count of comrades after a list of names (县委书记A、县长B二同志率…, A、B两位同志, A、B、C三名
# 同志): the count is no name's last character. Only after a list (a 、 in the clause,
# looked for at most COUNTED_LIST_REACH characters back): a name of its own before 同志
# may end in a numeral (张小三同志).
_COMRADES_COUNT = re.compile("[二两三四五六七八九十]{1,2}[位名]?同志")
# (review44) The number of people that closes a list, in Arabic, full-width or Chinese
# numerals (a group): one pattern for every count read after a list (the list's total
# below, `_UNIT_ROSTER_COUNT`, `_PLACE_ROSTER_COUNT`), each of which may follow 共 (in all).
_NUMBER_OF_PEOPLE = "([0-9０-９]+|[一二两三四五六七八九十]{1,3})"
# (tw44b) So does a list's total (秘书A、B、C共6人组成巡察团, 委员A、B共2位): 共 and a number
# of people, no given name's end.
_LIST_TOTAL = re.compile(f"共{_NUMBER_OF_PEOPLE}[人位名]")
COUNTED_LIST_REACH = 24


# (tw44b) How many adverbs before an act may stand between a name and a mark of absence
# (局长X却罕见不在…): a bound on the walk.
ADVERBS_BEFORE_ABSENCE = 2


def _past_adverbs(text: str, v: Vocab) -> int:
    """Where the text starts after at most ADVERBS_BEFORE_ABSENCE adverbs before an act
    (却, 罕见): a mark of absence after them is still right after the name.

    >>> _past_adverbs("却罕见不在现场", vocab()), _past_adverbs("不在现场", vocab())
    (3, 0)
    """
    i = 0
    for _ in range(ADVERBS_BEFORE_ABSENCE):
        adverb = _starts_with(text, i, v.adverbs_before_act)
        if not adverb:
            break
        i += len(adverb)
    return i


def _counts_listed_comrades(s: str, i: int) -> bool:
    """Whether a count of comrades (二同志, 两位同志) or a list's total (共6人) starts at
    s[i], after a 、-list.

    >>> _counts_listed_comrades("书记甲乙丙、县长丁戊己二同志率", 11)
    True
    >>> _counts_listed_comrades("县长丁戊三同志率", 4)
    False
    >>> _counts_listed_comrades("甲、乙主持，县长丁戊三同志率", 10)
    False
    >>> _counts_listed_comrades("秘书甲乙丙、丁戊己共6人组成", 9)
    True
    >>> _counts_listed_comrades("秘书丁戊己共6人组成", 5)
    False
    """
    if not (_COMRADES_COUNT.match(s, i) or _LIST_TOTAL.match(s, i)):
        return False
    for k in range(i - 1, max(-1, i - 1 - COUNTED_LIST_REACH), -1):
        if s[k] == "、":
            return True
        if s[k] in PUNCT:
            return False
    return False


# A day of the month in Chinese numerals written after a name (县长X廿三日率领…); its name's
# last character is no numeral (县长X十三日: 十 might be the given name's).
_CN_NUMERALS = "〇一二三四五六七八九十廿卅"
_CN_DAY_AFTER_NAME = re.compile(
    r"([二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])日"
)


def _past_cn_day(s: str, i: int) -> int:
    """Where a day of the month in Chinese numerals starting at s[i] ends (i if none).

    >>> _past_cn_day("甲廿三日率领", 1), _past_cn_day("甲三十九日", 1), _past_cn_day("甲十三日", 2)
    (4, 1, 2)
    """
    day = _CN_DAY_AFTER_NAME.match(s, i)
    if not day or (i and s[i - 1] in _CN_NUMERALS) or chinese_number(day.group(1)) > 31:
        return i
    return day.end()


# The characters a title's organ prefix opens with when it runs on right after a name.
LEVEL_OPENERS = vocab().level_openers
# How far after such a character a title's core may start (区人大常委会主任).
TITLE_AHEAD_MAX = 8


def _title_ahead(s: str, i: int, v: Vocab) -> bool:
    """Does an organ prefix and a title core, then a name, start at s[i] (区人大常委会
    主任王某): a bounded look, never past TITLE_AHEAD_MAX characters or a mark.

    >>> _title_ahead("区人大常委会主任王立群出席", 0, vocab())
    True
    >>> _title_ahead("区调研工作", 0, vocab()), _title_ahead("区委常委会", 0, vocab())
    (False, False)
    """
    for k in range(i + 1, min(len(s), i + 1 + TITLE_AHEAD_MAX)):
        if not _is_han(s[k]):
            return False
        core = _core_at(s, k, v)
        if core:
            # The title's holder after it, or its roster's verb (区委领导出席会议).
            end = k + len(core)
            if end >= len(s) or s[end] in PUNCT or _starts_with(s, end, _role_verb_words(v)):
                return True
            return any(_valid_name(s[end : end + n], v) for n in (2, 3) if end + n <= len(s))
    return False


_ORDINAL_DIGITS = "0123456789０１２３４５６７８９" + _CN_NUMERALS


def _ordinal_at(s: str, i: int) -> bool:
    """Whether s[i] is an ordinal's 第 with its number after it (第2次, 第十二届): no
    given name ends on it (秘书宣读第2次会议纪录 names no 宣读第; tw43names).

    >>> _ordinal_at("宣读第2次", 2), _ordinal_at("第十二届", 0), _ordinal_at("陈某第，", 2)
    (True, True, False)
    """
    return s[i] == "第" and i + 1 < len(s) and s[i + 1] in _ORDINAL_DIGITS


def _parse_name(
    s: str, i: int, limit: int, v: Vocab, known: Container[str], loose: bool = False
) -> str:
    """The name that starts at s[i], or "" (decided by what follows each candidate).
    `loose`: s[i] follows a title (see `_valid_name`).

    >>> v = vocab()
    >>> _parse_name("金玉主持会议", 0, 6, v, frozenset())
    '金玉'
    >>> _parse_name("刘小平主持会议", 0, 7, v, frozenset())
    '刘小平'
    >>> _parse_name("欧阳明辉一行", 0, 6, v, frozenset())
    '欧阳明辉'
    >>> _parse_name("办公会议研究", 0, 6, v, frozenset())
    ''
    >>> _parse_name("金玉骑车检查", 0, 6, v, frozenset())
    ''
    >>> _parse_name("金玉骑车检查", 0, 6, v, frozenset({"金玉"}))
    '金玉'
    """
    options: list[tuple[str, int]] = []
    for sl in _surname_lengths(s, i, v):
        for gl in (1, 2):
            end = i + sl + gl
            if end > limit:
                continue
            name = s[i:end]
            if _starts_with(s, end - 1, v.words_over_name_end):
                continue  # 向老 + 同志 is no name where 老同志 is the word
            if _ordinal_at(s, end - 1):
                continue  # 宣读第2次会议纪录: 第 before a number is the ordinal's
            strength = _boundary(s, end, v)
            if loose and strength == 1:
                # 副主席A议员主持: after a title, a name may carry 议员 as a form of address
                # written after it, which a mark or an act then ends (not any core: 以副巡视
                # 员A为组长, 书记B任指挥长 would take 为 and 任 into the name).
                after = "议员" if s.startswith("议员", end) else ""
                if after and _boundary(s, end + len(after), v) >= 2:
                    strength = 2
            if loose and strength == 0 and _starts_with(s, end, v.holder_offices):
                # 立委X服务处的协助: after a title, the holder's own office ends the name
                # (untitled, 某某服务处 is as likely a place's or a firm's office).
                strength = 2
            # Loosely (a word's first two characters starting a name) only where a mark
            # or a role verb ends the name: a mere follower word is too weak for that.
            # A day in Chinese numerals between the name and the verb (县长X廿三日率领) is
            # read past, as 23日 would be.
            after_day = _past_cn_day(s, end)
            # 立委邱镇军共同揭牌: a word of acting together between the name and its act
            # is read past as the day is (the act still ends the name).
            after_day += len(_starts_with(s, after_day, v.joint_act_words))
            certain = (
                strength == 3
                or (strength == 2 and bool(_starts_with(s, after_day, _verbs())))
                or (after_day > end and _boundary(s, after_day, v) == 3)
            )
            if loose and not certain and gl == 2:
                # 立委杨镇浯与副县长某某: a joiner and the next holder's title after it end
                # the name as a mark would (an organ character may then stand inside it).
                joiner = _starts_with(s, end, TITLE_JOINERS)
                certain = bool(joiner) and _title_ahead(s, end + len(joiner) - 1, v)
            # A name this report already reads after a title (韩国瑜) is no word where it
            # stands again with no title before it (韩国瑜表示, 韩国瑜市长).
            valid = _valid_name(name, v, sl, loose=(loose and certain) or name in known)
            # 张东和等: a given name may end in 和 where a list or clause ends; so it may
            # before a joiner (江某和与…: 和 joins no 与) or a word of what one said (黄某和
            # 质疑…): name_final_followers, after which 和 can join nothing.
            final_he = (
                gl == 2
                and name[-1] in NAME_FINAL_ONLY
                and (strength == 3 or bool(_starts_with(s, end, v.name_final_followers)))
                and _valid_name(name[:-1], v, sl)
            )
            if final_he and strength < 2:
                strength = 2
            if (
                not valid
                and not final_he
                and not (
                    # 县长夏和军出席, 县长宋在军来到: after a title, 和 or 在 may stand inside a
                    # given name that a mark, a role verb or a follower word of two
                    # characters or more (来到, 先后) ends (TITLED_NAME_MIDDLE).
                    gl == 2
                    and loose
                    and name[sl] in TITLED_NAME_MIDDLE
                    and (certain or bool(_starts_with(s, end, _long_name_followers(v))))
                    and _valid_name(name[:sl] + name[-1], v, sl)
                )
            ):
                continue
            # A name already known (registry, or found elsewhere in the report) needs no
            # boundary word after it: 区长金玉冒雨检查.
            if strength >= 2 or name in known:
                options.append((name, strength))
    if not options:
        return ""
    for name, strength in sorted(options, key=lambda o: -len(o[0])):
        # 高立琛一行: a known name that nothing ends (高立, registered elsewhere) yields
        # to a longer one a mark or 一行 ends.
        longer = any(len(o[0]) > len(name) and o[1] == 3 for o in options)
        if name in known and not (strength < 2 and longer):
            return name
    if len(options) == 1:
        return options[0][0]
    short = min(options, key=lambda o: len(o[0]))
    long = max(options, key=lambda o: len(o[0]))
    # 金玉在讲话中: the shorter name ends at a certain boundary, the longer swallows it.
    if short[1] == 3:
        return short[0]
    # 徐望来到, 薛辉先后, 方伟即: the word after the shorter name is no name's end.
    if len(long[0]) == len(short[0]) + 1 and _starts_with(s, i + len(short[0]), v.name_end_splits):
        return short[0]
    # 局长王东昨出席, 市长王东继出席: a day word or an adverb before an act ends the
    # shorter name, as 今天 does (the shorter name's strength 2 says an act follows it)
    if (
        len(long[0]) == len(short[0]) + 1
        and short[1] == 2
        and _starts_with(s, i + len(short[0]), _words_before_act(v))
    ):
        return short[0]
    return long[0]


def _name_ends(i: int, limit: int) -> range:
    """Where a name that `_parse_name(s, i, limit, …)` reads may end: a surname of one or
    two characters and a given name of one or two, so two to four characters after i,
    never past `limit`. A caller that keeps the name only when a word follows it looks
    for that word at these few places first, and parses no name where none follows.

    >>> list(_name_ends(3, 10)), list(_name_ends(3, 6))
    ([5, 6, 7], [5, 6])
    """
    return range(i + 2, min(i + 4, limit) + 1)


# Titles --------------------------------------------------------------------------------


@cache
def _cores_by_first_char() -> dict[str, tuple[str, ...]]:
    """Cores grouped by their first character, longest first (the scan is per position)."""
    table: dict[str, list[str]] = {}
    for core in vocab().cores:
        table.setdefault(core[0], []).append(core)
    return {k: tuple(words) for k, words in table.items()}


def _core_at(s: str, i: int, v: Vocab) -> str:
    if i >= len(s):
        return ""
    for core in _cores_by_first_char().get(s[i], ()):
        if s.startswith(core, i):
            after = v.core_not_followed_by.get(core, ())
            if any(s.startswith(a, i + len(core)) for a in after) and not (
                s.startswith("和", i + len(core)) and _group_after_deng(s, i)
            ):
                continue
            return core
    return ""


def _group_after_deng(s: str, i: int) -> bool:
    """Whether the core at s[i] closes a list's group title right after 等, perhaps after a
    level (A、B等县领导和正县级老领导): its 和 joins another group of people, not a second
    noun (领导和支持, core_not_followed_by), as the list before 等 shows (names56).

    >>> _group_after_deng("A、B等县领导和老领导", 5), _group_after_deng("县领导和支持", 1)
    (True, False)
    >>> _group_after_deng("A、B等该区四套班子领导和各部门负责人", 10)
    True
    """
    j = i - 1 if i and s[i - 1] in LEVEL_OPENERS else i
    if j >= 1 and s[j - 1] == "等":
        return True
    # A、B等区四套班子领导和…, 等该区党政领导和…: a group's words between 等 and the core
    # (a bounded look back, GROUP_BEFORE_CORE_MAX characters).
    k = s.rfind("等", max(0, i - GROUP_BEFORE_CORE_MAX - 1), i)
    return k >= 0 and _GROUP_BEFORE_CORE.fullmatch(s, k + 1, i) is not None


# The words of a group's title between 等 and its core (等该区四套班子领导, 等县党政领导):
# 该 (that place's), a level, then the group's kind; GROUP_BEFORE_CORE_MAX its longest.
_GROUP_BEFORE_CORE = re.compile(
    "该?[省市县区镇乡州旗]?(?:[四五六]套班子|[四五六]大班子|党政班子|党政|班子|在家)?"
)
GROUP_BEFORE_CORE_MAX = 8


def _cores(s: str, start: int, end: int, v: Vocab) -> tuple[tuple[int, int, str], ...]:
    """The title cores of s[start:end] as (start, end, core), left to right. Each clause
    is asked five times (titles first and names first in both passes, surname + title):
    the answers for the last text are kept."""
    memo = _CORES_MEMO
    if memo[0] is not s or memo[1] is not v:
        memo[:] = (s, v, {})
    found = memo[2].get((start, end))
    if found is None:
        found = memo[2][(start, end)] = _find_cores(s, start, end, v)
    return found


_CORES_MEMO: list = [None, None, {}]
# The marks after which a core that is also a verb (cores_after_mark) is a title.
CORE_MARKS = "、，,：: \n。；！？"


def _find_cores(s: str, start: int, end: int, v: Vocab) -> tuple[tuple[int, int, str], ...]:
    out = []
    i = start
    find = _core_starts(v).search
    while i < end:
        # Jump to the next position where some core starts (none starts in between),
        # looking no further than the clause: searching to the end of the text from
        # every clause made a report of many short lines quadratic. A core that only
        # fits past `end` is not taken anyway (see below), so none is lost here.
        m = find(s, i, end)
        if m is None:
            break
        i = m.start()
        core = _core_at(s, i, v)
        if (
            core in v.cores_after_mark
            and i > start
            and s[i - 1] not in CORE_MARKS
            and not _ends_with_any(s, start, i, v.present_governors)
            and not _ends_with_any(s, start, i, v.deputy_councils)
            and not _deputy_written_around(s, start, i, end, v)
            and not _deputy_after_name(s, start, i, end, v)
            and not _congress_deputy_named(s, start, i, end, v)
        ):
            # 张三代表县政府: the verb, not a title; but the people a leader takes along
            # (主席A率领代表B、C) and a council's deputies (县议会代表B) are the title's
            # holders.
            core = ""
        if core and i + len(core) <= end:
            out.append((i, i + len(core), core))
            i += len(core)
            for post_start, post_end, post in _chained_posts(s, i, end, v):
                out.append((post_start, post_end, post))
                i = post_end
        else:
            i += 1
    return tuple(out)


def _chained_post_before(s: str, lo: int, i: int, v: Vocab) -> str:
    """The company's post (chained_posts) that a 、 opens and that ends at s[i], or "".

    >>> _chained_post_before("党委书记、总经理", 0, 8, vocab())
    '总经理'
    >>> _chained_post_before("公司总经理", 0, 5, vocab())
    ''
    """
    post = next((p for p in v.chained_posts if s.endswith(p, lo, i)), "")
    return post if post and i - len(post) > lo and s[i - len(post) - 1] == "、" else ""


def _name_before_repeated_core(s: str, j: int, hi: int, core: str, v: Vocab) -> str:
    """A name of two or three characters right after a title core that the report writes
    again right after the name, a verb or a mark after that (事务所主任A主任表示, 局长B局长
    指出: the title said twice, as Taiwan's reports do), or "".

    >>> _name_before_repeated_core("主任陈俊杰主任表示，", 2, 10, "主任", vocab())
    '陈俊杰'
    >>> _name_before_repeated_core("主任陈俊杰主任委员", 2, 9, "主任", vocab())
    ''
    """
    for n in (3, 2):
        k = j + n + len(core)
        if k > hi or not s.startswith(core, j + n) or not _valid_name(s[j : j + n], v):
            continue
        if _boundary(s, k, v) == 3 or _starts_with(s, k, _role_verb_words(v)):
            return s[j : j + n]
    return ""


# What a company's post may not be followed by in a chain: it is then a longer word
# (董事长 a core itself, 董事会秘书, 总经理助理).
_CHAINED_POST_NOT_BEFORE = "长会助"


def _chained_posts(s: str, i: int, end: int, v: Vocab) -> list[tuple[int, int, str]]:
    """The company's posts (chained_posts) written after the core that ends at s[i], each
    after 、 (某集团党委副书记、总经理X: 总经理 is X's title's last post), as (start, end,
    post); none where a core starts after the 、 (the scan takes that one). At most as
    many as the vocabulary has posts.

    >>> _chained_posts("集团党委书记、总经理、董事王某", 6, 15, vocab())
    [(7, 10, '总经理'), (11, 13, '董事')]
    >>> _chained_posts("党委书记、董事长王某", 4, 10, vocab())
    []
    >>> _chained_posts("书记、总经理助理", 2, 8, vocab())
    []
    """
    out: list[tuple[int, int, str]] = []
    for _ in range(len(v.chained_posts)):
        if i + 1 >= end or s[i] != "、" or _core_at(s, i + 1, v):
            break
        post = _starts_with(s, i + 1, v.chained_posts)
        k = i + 1 + len(post)
        if not post or k > end or s[k : k + 1] in tuple(_CHAINED_POST_NOT_BEFORE):
            break
        out.append((i + 1, k, post))
        i = k
    return out


def _deputy_written_around(s: str, start: int, i: int, end: int, v: Vocab) -> bool:
    """Whether the verb-like core at s[i] (代表) stands between a surname and a given name,
    as minutes write a deputy (出席：林代表金英、李代表锡瑜; 方代表水万：…): a surname
    right after a mark (or the clause's start) before it, and two characters then a mark
    after it. 王代表县委致辞 (a verb, no mark after two characters) stays a verb, and so
    does a greeting's 方代表好。 (one character: a given name of one is too rare here to
    tell from a word).

    >>> _deputy_written_around("、林代表金英、", 0, 2, 7, vocab())
    True
    >>> _deputy_written_around("、王代表县委致辞", 0, 2, 8, vocab())
    False
    """
    first = i - 1
    if first < start or s[first] not in v.single_surnames:
        return False
    if first > start and s[first - 1] not in CORE_MARKS:
        return False
    after = i + len("代表")
    given = s[after : after + 2]
    return (
        after + 2 <= end
        and after + 2 < len(s)
        and s[after + 2] in CORE_MARKS
        and all(_is_han(ch) and ch not in CORE_MARKS for ch in given)
    )


def _congress_deputy_named(s: str, start: int, i: int, end: int, v: Vocab) -> bool:
    """Whether the verb-like core at s[i] (代表) is a congress's deputy written before his
    name (县人大代表王某某说, 人大代表王某某出席): a congress right before it
    (deputy_congresses), then a name of three characters and a verb of speech or presence.
    辞去县人大代表的职务 and 区人大代表双月座谈会 (no name, no such verb) stay what they
    were: no title. Not a name of two characters, nor one a mark or another word ends: a
    held-out part's precision, another's roles fell with those. (lists45) Or a list of
    such names joined by 、, whatever ends it (_deputies_listed).

    >>> _congress_deputy_named("县人大代表王建国说", 0, 3, 9, vocab())
    True
    >>> _congress_deputy_named("区人大代表双月座谈会", 0, 3, 10, vocab())
    False
    """
    if not _ends_with_any(s, start, i, v.deputy_congresses):
        return False
    k = i + len("代表") + 3
    if (
        s.endswith(NATIONAL_CONGRESS, start, i)
        and k <= end
        and _valid_name(s[k - 3 : k], v)
        and (k == end or s[k] in NATIONAL_DEPUTY_ENDS)
    ):
        # (tw45, issue 11) 港区全国人大代表A、B, …、全国人大代表C，以及…: a deputy of the
        # national congress named in a list of guests, his name ended by a mark; the
        # national congress's word (全国人大) is never a verb's object before 代表
        return True
    if k <= end and _valid_name(s[k - 3 : k], v) and _deputies_listed(s, k, end, v):
        return True
    act = _starts_with(s, k, _role_verb_words(v))
    return (
        k <= end
        and _valid_name(s[k - 3 : k], v)
        and _verb_table(v).get(act) in DEPUTY_ACT_ROLES
        and s[k + len(act) : k + len(act) + 1] != "会"  # 座谈会: a meeting's name
    )


# (tw45) The national congress before 代表 (全国人大代表A) and the marks that may end its
# deputy's name of three characters in a list of guests.
NATIONAL_CONGRESS = "全国人大"
NATIONAL_DEPUTY_ENDS = "、，,。；;"
# (tw45) Words of a year that may stand right before a name written before its title
# (明年A县长任期将届, 去年B局长任内): never the title's organ.
YEARS_BEFORE_NAME = ("明年", "今年", "去年", "前年", "当年")


def _deputies_listed(s: str, k: int, end: int, v: Vocab) -> bool:
    """(lists45) Whether a list of a congress's deputies goes on after the name of three
    characters ending at k: a 、 and another such name (县人大代表王某某、李某某、赵某某等
    参加视察, 市人大代表A、B，县政协委员C参加活动). Two names of a list after 人大代表 are
    its deputies whatever ends the list (等, a count, a comma, the verb): a meeting's name
    or a post's duty (人大代表双月座谈会, 辞去人大代表职务) is no such list. Before, the
    verb was looked for right after the first name only, and a list lost all its names.

    >>> _deputies_listed("县人大代表王建国、李红梅等参加视察", 8, 17, vocab())
    True
    >>> _deputies_listed("县人大代表王建国说", 8, 9, vocab())
    False
    """
    return k + 4 <= end and s[k] == "、" and _valid_name(s[k + 1 : k + 4], v)


# The roles of the verbs that end a congress deputy's name written after his title.
DEPUTY_ACT_ROLES = frozenset({"speaker", "attendee"})


def _deputy_after_name(s: str, start: int, i: int, end: int, v: Vocab) -> bool:
    """Whether the verb-like core at s[i] (代表) follows a deputy's name, as reports of a
    congress's group discussions write its deputies (王某某代表建议…, 李某某代表、赵某某代表
    也先后发言): a name of three characters right after a mark (or the clause's start)
    before it, and after it a word of a deputy's act or a list's mark (deputy_acts).
    王某某代表县委致辞 (an organ after it) and 王某某代表大家 (a people) stay the verb of
    speaking for someone. Not two characters: a group is written so (华侨代表、市直单位
    负责人, 党员代表说), its word shaped as a surname and a given name.

    >>> _deputy_after_name("，王建国代表建议加快", 0, 4, 10, vocab())
    True
    >>> _deputy_after_name("，王建国代表县委致辞", 0, 4, 10, vocab())
    False
    """
    after = i + len("代表")
    act = _starts_with(s, after, v.deputy_acts)
    if not act or after + len(act) > end:
        return False
    ns = i - 3
    return ns >= start and (ns == start or s[ns - 1] in CORE_MARKS) and _valid_name(s[ns:i], v)


_CORE_STARTS: list = []


def _core_starts(v: Vocab) -> re.Pattern[str]:
    """A pattern that matches where any title core starts (of the vocabulary `v`)."""
    if not _CORE_STARTS or _CORE_STARTS[0] is not v:
        words = sorted({c for c in v.cores if c}, key=len, reverse=True)
        _CORE_STARTS[:] = (v, re.compile("|".join(re.escape(w) for w in words) or "(?!)"))
    return _CORE_STARTS[1]


def _protected(s: str, i: int, lo: int, v: Vocab) -> bool:
    """True when position i lies inside an organ phrase that holds a stop word, or opens
    one (经 of 经济财政司: the stop word 经 is the phrase's first character).

    >>> _protected("经济财政司司长", 0, 0, vocab()), _protected("经县委研究", 0, 0, vocab())
    (True, False)
    """
    for phrase in v.protected_org_phrases:
        k = s.find(phrase, max(lo, i - len(phrase)), i + len(phrase))
        while k != -1 and k <= i:
            if k <= i <= k + len(phrase) - 1 or k < i - 1 < k + len(phrase):
                return True
            k = s.find(phrase, k + 1, i + len(phrase))
    return False


def _ends_with_core(s: str, lo: int, i: int, v: Vocab) -> bool:
    return _ends_with_any(s, lo, i, v.cores)


def _is_core(word: str, v: Vocab) -> bool:
    """Whether `word` is a title core as a whole (the cached sets by length, not a set of
    the vocabulary made again on each call).

    >>> _is_core("代表", vocab()), _is_core("代表会", vocab())
    (True, False)
    """
    return any(n == len(word) and word in group for n, group in _by_length(v.cores))


def _ends_with_any(s: str, lo: int, i: int, words: tuple[str, ...]) -> bool:
    """Whether s[lo:i] ends with one of `words`: `any(s.endswith(w, lo, i) for w in
    words)`, by a set lookup per word length instead of a call per word.

    >>> words = ("书记", "区长")
    >>> _ends_with_any("区委书记", 0, 4, words), _ends_with_any("区委书记", 3, 4, words)
    (True, False)
    """
    if i < lo:
        return False
    for n, group in _by_length(words):
        if n > i - lo:
            break
        if s[i - n : i] in group:
            return True
    return False


@lru_cache(maxsize=8)
def _last_characters(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of the characters `words` end with (a long-lived tuple of the vocabulary).

    >>> [m.end() for m in _last_characters(("书记", "区长")).finditer("区委书记王明，区长")]
    [4, 9]
    """
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in words if w}))) + "]")


# Word lists by length, by the identity of the (long-lived) tuple, as `_MATCHERS`.
_BY_LENGTH: dict[int, tuple[tuple[str, ...], tuple[tuple[int, frozenset[str]], ...]]] = {}


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    entry = _BY_LENGTH.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_BY_LENGTH) > 64:
            _BY_LENGTH.clear()
        lengths = sorted({len(w) for w in words})
        table = tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)
        entry = _BY_LENGTH[id(words)] = (words, table)
    return entry[1]


def _stops_and_joiners(v: Vocab) -> tuple[str, ...]:
    """The prefix stop words and the joiners, one tuple per vocabulary."""
    entry = _STOPS_AND_JOINERS.get(id(v))
    if entry is None or entry[0] is not v:
        if len(_STOPS_AND_JOINERS) > 8:
            _STOPS_AND_JOINERS.clear()
        entry = _STOPS_AND_JOINERS[id(v)] = (v, (*v.prefix_stop_words, *JOINERS))
    return entry[1]


_STOPS_AND_JOINERS: dict[int, tuple[Vocab, tuple[str, ...]]] = {}


# The longest term number in digits read inside a title (第14届, 第120届).
TERM_DIGITS_MAX = 3


def _term_digits(s: str, lo: int, i: int) -> int:
    """How many digits end at s[i] as a term's number between 第 and 届 (第14届): 0 when
    the digits ending there are no such number.

    >>> _term_digits("当选第14届议长", 0, 5)
    2
    >>> _term_digits("2024年议长", 0, 4)
    0
    """
    if not s.startswith("届", i):
        return 0
    j = i
    while j > lo and i - j < TERM_DIGITS_MAX and s[j - 1] in "0123456789０１２３４５６７８９":
        j -= 1
    return i - j if j < i and j > lo and s[j - 1] == "第" else 0


def _title_start(s: str, core_start: int, lo: int, v: Vocab) -> int:
    """Walk back from a title core over its organ prefix and any 、-joined titles."""
    i = core_start
    stops = v.prefix_stop_words
    while i > lo and core_start - i < 30:
        ch = s[i - 1]
        if ch == "、":
            if _ends_with_core(s, lo, i - 1, v) and not _others_title_ends(s, lo, i - 1, v):
                i -= 1
                continue
            post = _chained_post_before(s, lo, i - 1, v)
            if post:
                i -= 1 + len(post)  # 党委书记、总经理、董事X: a company's post (dev24)
                continue
            break
        if not _is_han(ch):
            term = _term_digits(s, lo, i)
            if term:
                i -= term  # 第14届台北市议会议长: a term's number in digits
                continue
            break
        if "" in stops:  # the first word that ends here decides, and "" is no stop
            stop = bool(next((w for w in stops if s.endswith(w, lo, i)), ""))
        else:
            stop = _ends_with_any(s, lo, i, stops)
        if (
            stop
            and not _protected(s, i - 1, lo, v)
            and not _place_holds_he(s, i, lo)
            and not _he_opens_the_clause(s, i, lo, core_start, v)
        ):
            i -= len(_former_marker(s, lo, i, v))  # 前县长: a former post, as written
            break
        if i == core_start and _ends_with_any(s, lo, i, v.verbs_before_title):
            break  # 代表市长B: the verb (on behalf of) before the title, not its organ
        if _held_title_ends(s, lo, i, v):
            break  # 代区长A区人大常委会主任B: the title before A's name is A's own
        i -= 1
    # A clause opener (会上, 下午) is not part of the title.
    opener = _starts_with(s, i, v.clause_openers)
    while opener and i + len(opener) < core_start:
        i += len(opener)
        opener = _starts_with(s, i, v.clause_openers)
    return i


def _he_opens_the_clause(s: str, i: int, lo: int, core_start: int, v: Vocab) -> bool:
    """Whether the 和 that ends s[lo:i] opens the clause, two characters or more before
    the title's core, and an organ's ending stands right before the core: a joiner joins
    nothing there, so it is the first character of a place's or a body's name (和丰某所
    主任B: dev24). Not right before the core (和县长A一起…: the preposition, or
    和县 itself, left as before), nor before a name written before its title
    (和张建华议员一同视察: the preposition, names55's guard).

    A core that opens with a level character (镇长, 区长, 县长: as `_title_start` reads
    和美镇长, the core is 镇长) has its place's level in it: one character or more between
    和 and the core is the place's name (和美镇长A, 和平区长A; review43 finding 2).

    >>> v = vocab()
    >>> _he_opens_the_clause("和美镇长", 1, 0, 2, v), _he_opens_the_clause("和县长", 1, 0, 1, v)
    (True, False)
    >>> _he_opens_the_clause("和丰服务所主任", 1, 0, 5, v)
    True
    >>> _he_opens_the_clause("甲和美镇长", 2, 0, 3, v)
    False
    >>> _he_opens_the_clause("和张建华议员", 1, 0, 4, v)
    False
    """
    if i - 1 != lo or s[lo] != "和":
        return False
    if s[core_start] in LEVEL_OPENERS:
        return core_start - i >= 1
    return core_start - i >= 2 and s[core_start - 1] in v.org_endings


def _place_holds_he(s: str, i: int, lo: int) -> bool:
    """Whether the 和 that ends s[lo:i] is inside a place's name, not a joiner: a level
    character follows it (县, 镇 …) and the report writes that place, the character before
    和 included, more than once (政协西和县第十届委员会主席, 中共西和县委; 太和镇党委书记).
    A joiner's neighbours (李某和县委书记…) are not written again as one word.

    >>> _place_holds_he("政协西和县委员会主席。中共西和县委", 4, 0)
    True
    >>> _place_holds_he("县长李强和县委书记王明", 5, 0)
    False
    """
    if i - 2 < lo or s[i - 1] != "和" or s[i : i + 1] not in LEVEL_OPENERS:
        return False
    place = s[i - 2 : i + 1]
    return _is_han(place[0]) and _places_with_he(s)[place] >= 2


@lru_cache(maxsize=8)
def _places_with_he(s: str) -> Counter[str]:
    """How often the report writes each X和 + level character (西和县, 太和镇): counted in
    one pass and kept for the report, so that each title walk stopped at a 和 asks a
    table rather than counting through the whole text again (promise 6)."""
    return Counter(
        s[k - 1 : k + 2] for k in range(1, len(s) - 1) if s[k] == "和" and s[k + 1] in LEVEL_OPENERS
    )


# The longest organ named before another organ's collective title (市人大常委会、).
ORGAN_BEFORE_MAX = 8


def _organs_before(s: str, ts: int, lo: int, v: Vocab) -> int:
    """Where a title that starts at s[ts] starts when organs joined by 、 come before it
    (市委、市人大常委会、市政府领导有…: one group's title of several organs), or ts.

    >>> s = "就坐的市委、市政府领导有"
    >>> _organs_before(s, 6, 0, vocab()), _organs_before("王明、市政府领导有", 3, 0, vocab())
    (3, 3)
    """
    while ts - 2 >= lo and s[ts - 1] == "、":
        j = ts - 1
        while j > lo and j > ts - 1 - ORGAN_BEFORE_MAX and _is_han(s[j - 1]) and s[j - 1] != "的":
            j -= 1
        organ = s[j : ts - 1]
        if len(organ) < 2 or organ[-1] not in v.org_endings or _find_cores(s, j, ts - 1, v):
            break
        if j > lo and _is_han(s[j - 1]) and s[j - 1] != "的":
            break  # longer than an organ: a clause, no organ
        ts = j
    return ts


def _others_title_ends(s: str, lo: int, i: int, v: Vocab) -> bool:
    """Whether the title that ends at s[i] (before a 、) is no part of a chain of the
    next holder's titles: another person's, written after a name of three characters
    that a mark or a word opening a list stands before (包括陈某某委员、署长王某), or a
    group's (各乡镇市长、主委王某).

    >>> v = vocab()
    >>> _others_title_ends("包括陈立东委员", 0, 7, v), _others_title_ends("、各乡镇市长", 0, 6, v)
    (True, True)
    >>> _others_title_ends("区委副书记", 0, 5, v), _others_title_ends("市人大常委会副主任", 0, 9, v)
    (False, False)

    A title right after 等 closes the list before it (A、B等议员、民政局长C: the councillors
    are A and B, 民政局长 is C's alone), whatever count or organ stands between (等多位议员).

    >>> _others_title_ends("李立东、陈海等议员", 0, 9, v)
    True
    >>> _others_title_ends("高等学校校长", 0, 6, v)
    False
    """
    cs = next(
        (i - n for n in range(min(i - lo, CORE_MAX), 1, -1) if len(_core_at(s, i - n, v)) == n),
        -1,
    )
    if cs == -1:
        return False
    if _closes_deng_list(s, lo, cs):
        return True
    k = cs
    while k > lo and _is_han(s[k - 1]) and cs - k < CORE_MAX:
        k -= 1
    if s[k] in GROUP_OPENERS:
        return True  # 各乡镇市长: a group, not the next holder's post
    n = cs - 3
    return (
        n >= lo
        and _valid_name(s[n:cs], v)
        and (n == lo or not _is_han(s[n - 1]) or _ends_with_any(s, lo, n, _stops_and_joiners(v)))
    )


# The longest title core looked for before a 、, and how far back its organ is read.
CORE_MAX = 8
# What may stand between 等 and the title that closes a list (a count, 多位, an organ
# such as 市: 等市议员), and the characters that make 等 part of a word, not the list's
# close (高等学校, 平等, 一等奖).
DENG_TITLE_GAP = 3
_DENG_WORDS_BEFORE = frozenset("高中初平同对均上下次特头一二三优超何这此劣相")


def _closes_deng_list(s: str, lo: int, cs: int) -> bool:
    """Whether the title core at s[cs] follows 等 closing a list of names (A、B等议员,
    A等多位议员), at most DENG_TITLE_GAP characters before it. A bounded look back.

    >>> _closes_deng_list("李立东等议员", 0, 4), _closes_deng_list("李立东等多位议员", 0, 6)
    (True, True)
    >>> _closes_deng_list("高等学校校长", 0, 4), _closes_deng_list("县委副书记", 0, 3)
    (False, False)
    """
    for k in range(cs - 1, max(lo, cs - 1 - DENG_TITLE_GAP) - 1, -1):
        if s[k] == "等":
            return k > lo and _is_han(s[k - 1]) and s[k - 1] not in _DENG_WORDS_BEFORE
        if not _is_han(s[k]):
            return False
    return False


# Words opening a title that names a group of posts, not one person's (各乡镇市长).
GROUP_OPENERS = vocab().group_openers


def _former_marker(s: str, lo: int, i: int, v: Vocab) -> str:
    """The word ending at s[i] that says a post is no longer held (前: former_markers),
    when what stands before it ends a title's walk back by itself (the clause's start, a
    mark, or one of former_after: 包括前副县长, 、前议长), or "" (节前县长: before the
    festival, 日前: lately).

    >>> v = vocab()
    >>> _former_marker("包括前副县长", 0, 3, v), _former_marker("春节前县长", 0, 3, v)
    ('前', '')
    >>> _former_marker("前议长", 0, 1, v), _former_marker("日前县长", 0, 2, v)
    ('前', '')
    """
    marker = next((w for w in v.former_markers if s.endswith(w, lo, i)), "")
    k = i - len(marker)
    if not marker:
        return ""
    if k == lo or not _is_han(s[k - 1]) or _ends_with_any(s, lo, k, v.former_after):
        return marker
    return ""


def _held_title_ends(s: str, lo: int, i: int, v: Vocab) -> bool:
    """Does a title core and a name of two or three characters end at s[i] (…副县长高立东|
    区人大…)? Then the prefix of the next title starts at i.

    >>> _held_title_ends("副县长高立东县政协副主席", 0, 6, vocab())
    True
    >>> _held_title_ends("区人大常委会主任", 0, 6, vocab())
    False
    """
    if i >= len(s) or s[i] not in LEVEL_OPENERS:
        return False
    return any(
        i - n > lo and _valid_name(s[i - n : i], v) and _ends_with_title(s, lo, i - n, v)
        for n in (2, 3)
    )


def _ends_with_title(s: str, lo: int, i: int, v: Vocab) -> bool:
    """Does a core that is a title there end at s[i]? A core that is also a verb
    (cores_after_mark) is one only where _find_cores takes it (林副县长代表王某县长: the
    verb, no title of 王某).

    >>> _ends_with_title("林某代表", 0, 4, vocab()), _ends_with_title("县议会代表", 0, 5, vocab())
    (False, True)
    """
    if not _ends_with_any(s, lo, i, v.cores):
        return False
    core = max((c for c in v.cores if s.endswith(c, lo, i)), key=len)
    if core not in v.cores_after_mark:
        return True
    k = i - len(core)
    return (
        k <= lo
        or s[k - 1] in CORE_MARKS
        or _ends_with_any(s, lo, k, v.present_governors)
        or _ends_with_any(s, lo, k, v.deputy_councils)
    )


def _level_core_ok(s: str, cs: int, core: str, lo: int, v: Vocab) -> bool:
    """区长 right after another Han character is a false split (大观区长江), unless that
    character may precede it (副区长, 大观区区长, 、区长)."""
    if core not in v.level_cores or cs <= lo:
        return True
    before = s[cs - 1]
    if not _is_han(before) or before in v.allowed_before_level_core:
        return True
    # After a stop word, a joiner or a verb said before a title (受区长…, 和区长…,
    # 代表市长…) the core starts a title.
    return _ends_with_any(s, lo, cs, _stops_and_joiners(v)) or _ends_with_any(
        s, lo, cs, v.verbs_before_title
    )


# Finding the references of one clause --------------------------------------------------


def _party_member_post(s: str, core: str, end: int, v: Vocab) -> bool:
    """Whether a party label (party_titles: 国民党籍, 无党籍, 民建联 …) is followed by its
    member's post rather than the member: a county's or a city's name written right
    before its level and a title core (无党籍南投县议会议长X, 国民党籍苗栗县长Y), whose
    first character may be a surname (南, 苗, 云) and which a level opener then ends as
    a run-on title would end a name (`_boundary`). The member's name comes after the post.

    >>> v = vocab()
    >>> _party_member_post("无党籍南投县议会议长何胜丰", "无党籍", 5, v)
    True
    >>> _party_member_post("民进党籍王明出席", "民进党籍", 6, v)
    False
    """
    return (
        core in v.party_titles
        and end < len(s)
        and s[end] in LEVEL_OPENERS
        and _title_ahead(s, end, v)
    )


def _group_post(s: str, cs: int, lo: int, v: Vocab) -> bool:
    """Whether the title whose core starts at s[cs] is a group's posts (各局处长, 各乡镇长:
    its organ opened by a group_openers word), whose holders are named only as a list:
    a lone word after the core is the sentence's (各局处长官能与…: 长官 the officials).

    >>> v = vocab()
    >>> _group_post("希望各局处长官能与里长沟通", 4, 0, v), _group_post("县财政局局长王明", 4, 0, v)
    (True, False)
    """
    window = s[max(lo, cs - CORE_MAX) : cs]
    if not any(ch in GROUP_OPENERS for ch in window):
        return False  # no group word before the core: its title start need not be found
    organ = s[max(_title_start(s, cs, lo, v), cs - CORE_MAX) : cs]
    # Its own organ only: a title of the chain before a 、 is another post's (县府各局处
    # 首长、秘书长X names X the secretary-general).
    organ = organ[organ.rfind("、") + 1 :]
    opener = next((k for k, ch in enumerate(organ) if ch in GROUP_OPENERS), -1)
    # 各里里长联谊会会长X: a body the group forms (…会) has one head, named after it.
    return opener != -1 and "会" not in organ[opener:]


def _list_goes_on(s: str, end: int) -> bool:
    """Whether a list of names goes on after the name that ends at s[end] (a 、, or 等
    closing it), as a group's title lists its holders (各局处首长A、B等).

    >>> _list_goes_on("甲、乙", 1), _list_goes_on("甲等", 1), _list_goes_on("甲与乙", 1)
    (True, True, False)
    """
    return s.startswith(("、", "等"), end)


def _title_first(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    items: list[_Item] = []
    taken_until = lo
    for cs, ce, core in _cores(s, lo, hi, v):
        if cs < taken_until:
            continue
        j = title_end = ce
        # 台东县长林振华: a level core right after a place's name is a title when a name
        # follows it that something certain ends (大观区长江岸线 holds none).
        if _level_core_ok(s, cs, core, lo, v):
            name = _dotted_name(s, j, hi, v) or _parse_name(s, j, hi, v, known, loose=True)
            # 事务所主任A主任表示: the title said again right after its holder's name
            name = _name_before_repeated_core(s, j, hi, core, v) or name
            name = _whole_first_item(s, j, hi, name, v, known)
            name = name or _first_list_item(s, j, hi, v, known) or _word_surname_name(s, j, hi, v)
            name = name or _chief_word_first_item(s, j, hi, core, v, known)
            name = name or _married_name(s, j, hi, v, titled=True)  # 司长林郑月娥说
            name = name or _transliterated_name(s, j, hi, v)  # 省委书记巴音朝鲁在…
            if name and _party_member_post(s, core, j + len(name), v):
                name = ""  # 无党籍南投县议会议长X: 南投 is the post's county, not a member
            if name and _group_post(s, cs, lo, v) and not _list_goes_on(s, j + len(name)):
                name = ""  # 各局处长官能与…: a group's posts name holders only as a list
        elif core not in v.level_cores_never_after_place:
            name = _name_after_place(s, cs, j, lo, hi, v, known)
        else:
            name = ""
        if not name and _level_core_ok(s, cs, core, lo, v) and _title_start(s, cs, lo, v) == lo:
            # A clause of a title and its holder only, a roster's item.
            name = _transliterated_before_comma(s, j, hi, v, known)
        glued = not name and s.startswith("的", ce) and _glued_place_title(s, cs, core, lo, v)
        if not name and s.startswith("的", ce) and (_level_core_ok(s, cs, core, lo, v) or glued):
            # 党委委员、副镇长的某某在会上讲话: 的 between a title and its holder, the
            # name ended by something certain (a mark, 在, 等, or a role verb). (dev28r)
            # Also after a place's level title (已担任两届复兴乡长的某某某，…), the holder
            # then a full name of three characters.
            held = _parse_name(s, ce + 1, hi, v, known)
            end = ce + 1 + len(held)
            if held and (_boundary(s, end, v) == 3 or _starts_with(s, end, _verbs())):
                if not glued or len(held) == 3:
                    j, name, title_end = ce + 1, held, ce
        suffix = "" if name else _starts_with(s, ce, v.title_suffixes)
        if suffix and (
            _level_core_ok(s, cs, core, lo, v) or core not in v.level_cores_never_after_place
        ):
            # 县人大常委会副主任人选某某: one named for the post (a candidate), the word
            # after the core part of the title as written; a place's level core may be
            # glued to the place's name before it (桃园市长当选人某某: the suffix says the
            # core is a post, as a holder's name after it does).
            held = _parse_name(s, ce + len(suffix), hi, v, known, loose=True)
            if held:
                j = title_end = ce + len(suffix)
                name = held
        if (
            not name
            and s.startswith(tuple(QUOTE_CLOSERS), ce)
            and _level_core_ok(s, cs, core, lo, v)
        ):
            # 派驻村的“第一书记”某某了解…: a title set in quotes, its holder right after
            # the closing quote, ended by a verb, a follower or a mark.
            ts = _title_start(s, cs, lo, v)
            held = _parse_name(s, ce + 1, hi, v, known)
            end = ce + 1 + len(held)
            if held and ts > lo and s[ts - 1] in QUOTE_OPENERS and _boundary(s, end, v) >= 2:
                j, name, title_end = ce + 1, held, ce
        if not name and core in v.collective_titles:
            # 市委领导同志A、B: the honorific is part of the collective title.
            honorific = _starts_with(s, ce, v.honorifics)
            if honorific:
                j = title_end = ce + len(honorific)
                name = _parse_name(s, j, hi, v, known, loose=True)
                name = name or _first_list_item(s, j, hi, v, known)
        linker = "" if name else _starts_with(s, ce, v.roster_linkers)
        if linker and (
            _level_core_ok(s, cs, core, lo, v) or core not in v.level_cores_never_after_place
        ):
            # 主席团成员包括A、B、C: the names a group's title lists, each holding it.
            start = ce + len(linker)
            listed = _name_list(s, start, hi, v, known, "", shaped=True)
            if not listed and core.endswith(VILLAGE_HEADS):
                listed = _village_roster(s, start, hi, v)
            # …包括A、B等8名议员: the title after the list is theirs (`_names_before_deng`).
            if len(listed) >= 2 and not _find_cores(s, listed[-1].name_end, hi, v):
                ts = max(_organs_before(s, _title_start(s, cs, lo, v), lo, v), taken_until)
                for item in listed:
                    item.title = s[ts:ce]
                listed[0].start = ts
                items.extend(listed)
                taken_until = listed[-1].end
                continue
        if (
            not name
            and s.startswith(BRACKET_OPENERS, ce)
            and (_level_core_ok(s, cs, core, lo, v) or s[cs - 1 : cs] in FORMER_OPENERS)
        ):
            # 历届老乡长(A、B、C): the holders of a group's title named in brackets after it.
            listed = _bracketed_holders(s, cs, ce, lo, hi, v, known, taken_until)
            if listed:
                items.extend(listed)
                taken_until = listed[-1].end
                continue
        if not name:
            continue
        ts = max(_title_start(s, cs, lo, v), taken_until)
        if _holds_known_name(s, ts, cs, known):
            ts = cs  # 期勉某某秉持总统马某: a person's name is no organ of the title
        if ts == taken_until and s.startswith("暨", ts) and ts < cs:
            # (review44) 县长A暨副县长B: 暨 right after the last item (it ends A's name:
            # name_followers) joins the people, as 及 does, and opens no title. Between two
            # posts of one person (书记长暨议员) it stays: no prefix stop word.
            ts += 1
        title = s[ts:title_end]
        items.append(_Item(name, title, ts, j + len(name), j, j + len(name), "titled"))
        k = j + len(name)
        skipped = False  # a damaged item was passed over: the next one still continues
        # A 、-list after the name shares the title unless an item has its own title.
        while k < hi:
            joiner = _starts_with(s, k, JOINERS)
            if not joiner:
                break
            n0 = k + len(joiner)
            if _own_title_ahead(s, n0, hi, v):
                break
            if joiner == "、" and _VILLAGES_LISTED.match(s, k):
                break  # 乡代A、春阳、大同等村村长: the villages, then their heads
            if joiner != "、" and _deng_title_ahead(s, n0, hi, v):
                break  # 县长A与B、C等议员: the people joined have their own title after 等
            # 帕巴拉·格列朗杰 inside the list: a middle-dot name is an item too.
            nxt = _dotted_name(s, n0, hi, v) or _parse_name(s, n0, hi, v, known, loose=True)
            nxt = nxt or _word_surname_name(s, n0, hi, v, listed=True)
            # 县议员A、B和颜蔡某某等人: a married name as the list's item, a mark or a verb
            # after it
            nxt = nxt or _married_name(s, n0, hi, v) or _married_name(s, n0, hi, v, titled=True)
            if not nxt and joiner == "、":
                nxt = _romanized_name(s, n0, hi)  # 议员A、Sakur Nawi、B: a romanized name
            if not nxt:
                # List grammar: between 、 every item is a name, one of a surname the
                # vocabulary lacks (寻峻峰) or one the mirror damaged (曹〓〓良).
                piece = _list_piece(s, n0, hi)
                if not piece:
                    break
                four = _four_character_name(s, n0, piece, hi, v, known)
                four = four or _word_between_names(s, n0, piece, hi, v, known)
                if not four and not _name_shaped(piece, v, loose=True):
                    if all(_is_han(c) for c in piece):
                        break
                    k, skipped = n0 + len(piece), True
                    continue
                nxt = piece
            if joiner != "、" and not _names_go_on(s, n0 + len(nxt), hi, v, known):
                break  # 王重仁及太麻里、金峰乡公所: what 及 joins opens a list of no names
            e = n0 + len(nxt)
            own = _core_at(s, e, v)
            if own and _boundary(s, e + len(own), v) >= 2:
                # 县议会代表A、B议员出席: the last item's title written after its name is
                # its own, and ends the list.
                items.append(_Item(nxt, own, n0, e + len(own), n0, e, "titled"))
                k = e + len(own)
                break
            items.append(
                _Item(nxt, None, n0, n0 + len(nxt), n0, n0 + len(nxt), "titled", listed=skipped)
            )
            k, skipped = n0 + len(nxt), False
        taken_until = k
    return items


# Items after a titled name that close with 等, maybe a count, and a village or a ward
# whose heads follow (乡代A、春阳、大同等村村长, 、东势、西势等二里的里长): places, not
# names; 等村干部 and 等里长 are the items' own group titles, not matched here.
_VILLAGES_LISTED = re.compile(
    "(?:、[^、，,。；：:\\s]{1,4}){1,8}等(?:[0-9一二三四五六七八九十两几]+个?)?(?:村[村的]|里[里的])"
)


# The titles of village heads (里长, 村长), whose rosters name each holder after the
# village (特优里长有东文里李某、光明里陈某); the longest such item of a roster.
VILLAGE_HEADS = ("里长", "村长")
VILLAGE_ITEM_MAX = 14


def _village_holder(piece: str, v: Vocab) -> str:
    """The holder's name that ends a roster item written as a village (its name ending in
    里 or 村, perhaps after its township: 湖西乡尖山村) and then its head's name (东文里李美华,
    光明里陈黄淑华, 小门村章娥), or "".

    >>> _village_holder("东文里李美华", vocab()), _village_holder("湖西乡尖山村王家兴", vocab())
    ('李美华', '王家兴')
    >>> _village_holder("光明里陈黄淑华", vocab()), _village_holder("李美华", vocab())
    ('陈黄淑华', '')
    """
    if not all(_is_han(c) for c in piece):
        return ""
    for p in range(1, len(piece) - 2):
        if piece[p] not in "里村":
            continue
        name = piece[p + 1 :]
        if _valid_name(name, v) or _married_name(name, 0, len(name), v):
            return name
    return ""


def _village_roster(s: str, lo: int, hi: int, v: Vocab) -> list[_Item]:
    """A roster of village heads after their title and a linker (特优里长有东文里A、光明里B、
    湖西乡尖山村C): each item a village and its head's name (`_village_holder`), 、 between
    them; [] unless every item is one and there are two or more. Each item is read once,
    at most VILLAGE_ITEM_MAX characters.

    >>> [i.name for i in _village_roster("东文里李美华、光明里陈大德", 0, 13, vocab())]
    ['李美华', '陈大德']
    >>> _village_roster("东文里、光明里", 0, 7, vocab())
    []
    """
    items: list[_Item] = []
    k = lo
    while k < hi:
        end = s.find("、", k, min(hi, k + VILLAGE_ITEM_MAX + 1))
        end = hi if end == -1 and hi - k <= VILLAGE_ITEM_MAX else end
        if end == -1:
            return []
        name = _village_holder(s[k:end], v)
        if not name:
            return []
        items.append(_Item(name, "", end - len(name), end, end - len(name), end, "titled"))
        k = end + 1
    return items if len(items) >= 2 else []


# Brackets a title's holders may be named in (历届老乡长(A、B)), and how far the closing
# bracket may lie from the opening one.
BRACKET_OPENERS = ("(", "（")
BRACKET_CLOSERS = ")）"
BRACKET_LIST_MAX = 40
# What may stand right before a level core whose holders are bracketed: 老乡长 (former).
FORMER_OPENERS = "老"


def _bracketed_holders(
    s: str,
    cs: int,
    ce: int,
    lo: int,
    hi: int,
    v: Vocab,
    known: Container[str],
    taken_until: int,
) -> list[_Item]:
    """The names in brackets right after a title core at s[cs:ce] (历届老乡长(游某、林某),
    代表会老主席（张某、李某）), each with the title; [] unless every item between the
    brackets is a name (a note such as （女） or （左起） names no one).

    >>> v = vocab()
    >>> s = "历届老乡长(游大星、林万春)等与会"
    >>> [(i.name, i.title) for i in _bracketed_holders(s, 3, 5, 0, len(s), v, frozenset(), 0)]
    [('游大星', '历届老乡长'), ('林万春', '历届老乡长')]
    """
    close = next(
        (k for k in range(ce + 1, min(hi, ce + 1 + BRACKET_LIST_MAX)) if s[k] in BRACKET_CLOSERS),
        -1,
    )
    if close == -1:
        return []
    ts = max(_title_start(s, cs, lo, v), taken_until)
    items = _name_list(s, ce + 1, close, v, known, s[ts:ce], strict=True)
    if items:
        # The reference spans the title and the brackets, as a title-first item does.
        items[0].start, items[-1].end = ts, close + 1
    return items


def _holds_known_name(s: str, start: int, end: int, known: Container[str]) -> bool:
    """Whether s[start:end], a title's prefix, holds a name of three characters or
    more known in the report, with more of the prefix after it (期勉徐文达秉持).

    >>> _holds_known_name("期勉徐文达秉持", 0, 7, frozenset({"徐文达"}))
    True
    >>> _holds_known_name("市人大常委会", 0, 6, frozenset({"徐文达"}))
    False
    """
    return any(s[k : k + n] in known for n in (3, 4) for k in range(start, end - n))


def _word_between_names(
    s: str, i: int, piece: str, hi: int, v: Vocab, known: Container[str]
) -> bool:
    """Whether `piece` (at s[i], after a 、 of a title's list) is a name that is also a
    word (汪洋, 万里: not_names), read as a name only between two 、 and before a name:
    in a list of names every item is one.

    >>> v = vocab()
    >>> _word_between_names("、汪洋、李强等", 1, "汪洋", 7, v, frozenset())
    True
    >>> _word_between_names("、汪洋、各部门", 1, "汪洋", 7, v, frozenset())
    False
    """
    k = i + len(piece)
    return (
        piece in v.not_names
        and s.startswith("、", k)
        and bool(_surname_lengths(piece, 0, v))
        and bool(_parse_name(s, k + 1, hi, v, known, loose=True))
    )


def _four_character_name(
    s: str, i: int, piece: str, hi: int, v: Vocab, known: Container[str]
) -> bool:
    """Whether `piece` (at i, inside a titled 、-list) is a name of four characters
    (Mongolian and other transliterated names: 旗领导A、额尔敦夫、B): between 、 and 、,
    with a name after it, no character that never occurs in a name, no title core, no
    word or organ.

    >>> _four_character_name("额尔敦夫、程鹏刚", 0, "额尔敦夫", 8, vocab(), frozenset())
    True
    >>> _four_character_name("有关部门、程鹏刚", 0, "有关部门", 8, vocab(), frozenset())
    False
    >>> s = "格桑达瓦、买买提江·吐尔逊出席"
    >>> _four_character_name(s, 0, "格桑达瓦", 15, vocab(), frozenset())
    True
    """
    k = i + len(piece)
    if len(piece) != 4 or not all(_is_han(c) for c in piece) or not s.startswith("、", k):
        return False
    # 那顺孟和: a given name may end in 和 (NAME_FINAL_ONLY) where 、 follows.
    inner = piece[:-1] if piece[-1] in NAME_FINAL_ONLY else piece
    if any(c in NOT_IN_NAME or c in NOT_LIST_NAME for c in inner) or piece[:2] in v.not_names:
        return False
    if any(_core_at(piece, j, v) for j in range(4)) or _is_organ(piece, v):
        return False
    if _starts_with(piece, 0, v.not_given_names) or piece[2:] in v.not_given_names:
        return False
    # (names52) the name after it may be transliterated with a middle dot (副委员长A、洛桑江村、
    # 雪克来提·扎克尔出席): a Tibetan name of four characters before a Uyghur one.
    return bool(_parse_name(s, k + 1, hi, v, known, loose=True) or _dotted_name(s, k + 1, hi, v))


def _word_surname_name(s: str, i: int, hi: int, v: Vocab, listed: bool = False) -> str:
    """A name of three characters at i, right after a title (or after 、 in its list),
    whose surname also opens common words (渠, 问, 后, 代: word_surnames, never read as a
    surname elsewhere), when a mark ends it (a role verb too, after 、; after a title a
    role verb or a follower word, unless the name's first two characters are such a word).

    >>> _word_surname_name("渠怀建，党委委员龙坤", 0, 10, vocab())
    '渠怀建'
    >>> _word_surname_name("后表示，", 0, 4, vocab())
    ''
    >>> _word_surname_name("后名文出席", 0, 5, vocab())
    '后名文'
    >>> _word_surname_name("代表团出席", 0, 5, vocab())
    ''
    >>> _word_surname_name("问针俊参加了会议", 0, 8, vocab(), listed=True)
    '问针俊'
    """
    name = s[i : i + 3]
    if len(name) < 3 or i + 3 > hi or name[0] not in v.word_surnames:
        return ""
    end = i + 3
    closed = end >= len(s) or s[end] in "，、。；：,;"
    if not closed and (listed or _boundary(s, end, v) >= 2):
        # 副主任A、B、问针俊参加, and right after a title 秘书长后某某共同…: a role verb (a
        # follower word too after a title) ends it when its first two characters make no
        # such word themselves (副县长代表团出席: 代表 follows names).
        word = s[i : i + 2]
        closed = (
            bool(_starts_with(s, end, _role_verb_words(v)))
            if listed
            else not (
                word in v.not_names
                or word in _verb_table(v)
                or _starts_with(word, 0, v.name_followers) == word
            )
        )
    given = name[1:]
    if not closed or not all(_is_han(c) for c in given) or any(c in NOT_IN_NAME for c in given):
        return ""
    if given[0] in v.word_surname_adverbs:
        return ""  # 主计长时就曾与…: 时 "when" and an adverb, no surname and given name
    if given in _verb_table(v) or given in v.not_given_names or name in v.not_names:
        return ""
    if name[:2] in v.not_names:
        return ""  # 书记全力抓，: the surname's word (全力), not a name
    if any(_core_at(name, k, v) for k in range(3)) or _is_organ(name, v):
        return ""
    return name


# A transliterated name (Taiwan's indigenous, Uyghur, Tibetan names) after a title: its
# parts joined by a middle dot, the first of at most 6 Han characters, the last of at
# most DOTTED_PART (a slogan's parts run longer: 委员提议题·月月来协商), or of at most
# DOTTED_LONG_PART when written in transliteration characters alone (努尔兰·阿不都满金,
# 道·额尔登巴特: Uyghur, Kazakh and Mongolian names run longer than a Han given name).
DOTTED_PART = 4
DOTTED_LONG_PART = 6
_DOTTED_HEAD = re.compile("[\u3400-\u9fff]{1,6}[·‧•・.．](?=[\u3400-\u9fff\U00020000-\U0003134f])")


def _dotted_name(s: str, i: int, hi: int, v: Vocab) -> str:
    """The name written with a middle dot right after a title (里长吉娃斯‧吉果), ended by
    a mark or a role verb after two to DOTTED_PART characters of its last part (up to
    DOTTED_LONG_PART written in transliteration characters alone), or "".

    >>> v = vocab()
    >>> _dotted_name("吉娃斯‧吉果，率领", 0, 9, v), _dotted_name("买买提·艾力主持", 0, 8, v)
    ('吉娃斯‧吉果', '买买提·艾力')
    >>> _dotted_name("努尔兰·阿不都满金出席", 0, 11, v)
    '努尔兰·阿不都满金'
    >>> _dotted_name("提议题·月月来协商”", 0, 10, v)
    ''
    >>> _dotted_name("王明主持", 0, 4, vocab())
    ''
    """
    head = _DOTTED_HEAD.match(s, i, hi)
    # 委员参观某·艺术中心: a word that follows a name (a verb: name_followers) stands where
    # the name would start; what it opens is the deed's object, a brand, not a name.
    if head is None or _boundary(s, i, v) >= 2:
        return ""
    k = head.end()
    for end in range(k + 1, min(hi, k + DOTTED_LONG_PART) + 1):
        if not _is_han(s[end - 1]):
            return ""
        if end - k > DOTTED_PART and not set(s[k:end]) <= v.transliteration_characters:
            return ""  # a part longer than a Han given name: transliteration alone
        strength = _boundary(s, end, v)
        if strength == 3 or (strength == 2 and _starts_with(s, end, _verbs())):
            if end - k < 2:
                return ""
            if _full_stop_before_name(s, k - 1, end, v) and _valid_name(s[i : k - 1], v):
                return ""  # 县长王某.张某某出席: two names, the first ending its sentence
            return s[i:end]
    return ""


def _full_stop_before_name(s: str, dot: int, end: int, v: Vocab) -> bool:
    """Whether the dot at s[dot] may be a full stop typed as ASCII (县长王某.张某某出席),
    not a name's middle dot: a full stop's mark (. or ．) before a name of its own (张某某);
    a transliterated part (某将.拔路安, 笛布斯.𫖮赉) is no such name.

    >>> v = vocab()
    >>> _full_stop_before_name("守.张明春", 1, 5, v), _full_stop_before_name("斯.拔路安", 1, 5, v)
    (True, False)
    >>> _full_stop_before_name("斯‧张明春", 1, 5, v)
    False
    """
    return s[dot] in ".．" and _valid_name(s[dot + 1 : end], v)


def _name_after_place(
    s: str, cs: int, j: int, lo: int, hi: int, v: Vocab, known: Container[str]
) -> str:
    """The name after a level core written right after another character (台东县长林振华):
    a title when no verb ends right before the core (召开县长办公会) and the name is
    ended by punctuation, a role verb or an adverb (都, 也), not a mere follower word.

    >>> _name_after_place("台东县长林振华出席", 2, 4, 0, 9, vocab(), frozenset())
    '林振华'
    >>> _name_after_place("恭喜县长成功连任", 2, 4, 0, 8, vocab(), frozenset())
    ''
    """
    if _ends_with_any(s, lo, cs, _verbs()):
        return ""
    # Loose: 高雄市长韩国瑜率…, a name whose first two characters are a word (韩国),
    # where a certain boundary ends it.
    name = _parse_name(s, j, hi, v, known, loose=True)
    end = j + len(name)
    ended = (
        _starts_with(s, end, _verbs())
        or _starts_with(s, end, v.name_end_splits)
        or _starts_with(s, end, JOINERS)  # 彰化县长卓伯源及议长…
        or _on_a_day(s, end, v)  # 台中市长某某於24日…
        or _starts_with(s, end, v.day_before_act)  # 嘉义县长某某昨进行…
        # 台中市长某某继出席…: an adverb, then an act (its strength 2 says the act follows)
        or (_starts_with(s, end, v.adverbs_before_act) and _boundary(s, end, v) == 2)
        # 新竹县长某某廿三日率领…: a day in Chinese numerals, then an act (as 23日)
        or (_past_cn_day(s, end) > end and _boundary(s, end, v) == 2)
    )
    if name and (_boundary(s, end, v) == 3 or ended):
        return name
    if name and _place_title_holder(s, cs, j, name, lo, v):
        return name
    return ""


def _glued_place_title(s: str, cs: int, core: str, lo: int, v: Vocab) -> bool:
    """Whether a level core written right after another character is a place's title
    (复兴乡长, 台东县长: a core that may follow a place, no verb ending right before it),
    as `_name_after_place` reads it.

    >>> _glued_place_title("担任复兴乡长的", 4, "乡长", 0, vocab())
    True
    >>> _glued_place_title("召开县长的", 2, "县长", 0, vocab())
    False
    """
    return (
        core in v.level_cores
        and core not in v.level_cores_never_after_place
        and not _level_core_ok(s, cs, core, lo, v)
        and not _ends_with_any(s, lo, cs, _verbs())
    )


# The longest title a place's name and its level core make where a mere follower word
# ends the holder (澎湖县长, 铜锣乡长: a two-character place and its core).
PLACE_TITLE_MAX = 4


def _place_title_holder(s: str, cs: int, j: int, name: str, lo: int, v: Vocab) -> bool:
    """Whether a name after a place's level title (澎湖县长X, 台中市长X) that a follower
    word of two characters or more ends (X专程…, X首先…, X现场…), not a verb or a mark,
    is still the holder: a full name of a surname and two characters, valid without the
    loose reading after a title, whose first two characters are no follower word (县长连任
    之…, 市长高票连任 are words), after a title of a two-character place and its core only
    (a longer run before the core may hold a verb or an organ: 宣读新任观光旅游局长X). A
    one-character follower stays too weak there (台中市长X于会上…: round 20).

    >>> v = vocab()
    >>> s = "澎湖县长陈光明专程到场"
    >>> _place_title_holder(s, 2, 4, "陈光明", 0, v)
    True
    >>> s = "恭喜县长连任之后"
    >>> _place_title_holder(s, 2, 4, "连任之", 0, v)
    False
    """
    end = j + len(name)
    return (
        len(name) == 3
        and _boundary(s, end, v) == 2
        and bool(_starts_with(s, end, _long_name_followers(v)))
        and _valid_name(name, v)
        and not _starts_with(name, 0, _long_name_followers(v))
        and j - _title_start(s, cs, lo, v) <= PLACE_TITLE_MAX
    )


# A day after 于 (on_a_day_words): 24日, 3月5日, 二十日, 2024年; 今/昨 (于今日, 于昨日).
ON_A_DAY = re.compile(r"[0-9０-９〇一二三四五六七八九十廿卅]{1,4}[日月年号]|[今昨]")


def _on_a_day(s: str, i: int, v: Vocab) -> bool:
    """Does a day said with 于 start at s[i] (于24日, 于3月5日), ending the name before it?

    >>> _on_a_day("于24日晚上", 0, vocab()), _on_a_day("于会上", 0, vocab())
    (True, False)
    """
    word = _starts_with(s, i, v.on_a_day_words)
    return bool(word) and ON_A_DAY.match(s, i + len(word)) is not None


def _own_title_ahead(s: str, i: int, hi: int, v: Vocab) -> bool:
    """Does a title (organ prefix + core) start at i before any name ends? A name that
    a joiner follows ends first (王小明和县政府办主任李安: 王小明 is the list's)."""
    name = _parse_name(s, i, hi, v, frozenset())
    if name and not _core_at(s, i + len(name) - 1, v):
        if _starts_with(s, i + len(name), JOINERS):
            return False
        end = i + len(name)
        if _boundary(s, end, v) >= 2 and not (
            s[end : end + 1] in LEVEL_OPENERS and _title_ahead(s, end, v)
        ):
            # 副主委A、B上门看望了原副主委C: a verb or follower ends the name before
            # the later title, which is another person's.
            return False
    for k in range(i, min(hi, i + 20)):
        if s[k] in PUNCT:
            return False
        core = _core_at(s, k, v)
        if core:
            # 副主席A、副主席吾甫尔·买买提率领…: a middle-dot name after the core is a
            # holder of its own title too, not an item of the list before it.
            held_at = k + len(core)
            return (
                _parse_name(s, held_at, hi, v, frozenset()) != ""
                or s.startswith("、", held_at)
                or _dotted_name(s, held_at, hi, v) != ""
            )
    return False


# The longest 、-list of names between a joiner and 等 that is looked at (a bounded look).
DENG_LIST_MAX = 40
_DENG_COUNT = re.compile(
    f"(?:[0-9０-９]+|[一二三四五六七八九十两几]+){_either(vocab().person_counters)}"
)


def _deng_title_ahead(s: str, i: int, hi: int, v: Vocab) -> bool:
    """Whether the list of names that starts at s[i] ends in 等, maybe a count, and a
    title core (李某、陈某等议员, 李某等3位议员): the title after it is the list's own.

    >>> _deng_title_ahead("李德华、赵春林等委员进行交流", 0, 14, vocab())
    True
    >>> _deng_title_ahead("李德华、赵春林等出席", 0, 10, vocab())
    False
    """
    for k in range(i, min(hi, i + DENG_LIST_MAX)):
        if s[k] == "等":
            count = _DENG_COUNT.match(s, k + 1)
            j = count.end() if count else k + 1
            return j < hi and _core_at(s, j, v) != "" and j + len(_core_at(s, j, v)) <= hi
        if not (_is_han(s[k]) or s[k] == "、") or s[k] in "与和及":
            return False
    return False


def _names_go_on(s: str, k: int, hi: int, v: Vocab, known: Container[str]) -> bool:
    """After a list item ending at k: False when a 、 follows whose next item is no name
    (neither parsed nor name-shaped), True otherwise.

    >>> _names_go_on("太麻里、金峰乡公所人员", 3, 11, vocab(), frozenset())
    False
    >>> _names_go_on("刘文、王学军出席", 2, 8, vocab(), frozenset())
    True
    """
    if not s.startswith("、", k):
        return True
    if _parse_name(s, k + 1, hi, v, known, loose=True):
        return True
    piece = _list_piece(s, k + 1, hi)
    return bool(piece) and _name_shaped(piece, v, loose=True)


LIST_PIECE_ENDS = ("、", "等", "及")


def _list_piece(s: str, i: int, hi: int) -> str:
    """The item of a 、-list that starts at i: up to 6 characters ending where the next
    、, 等 or 及 starts, or "" when none ends the piece that soon.

    >>> _list_piece("寻峻峰、郭宗林", 0, 7), _list_piece("寻峻峰出席会议", 0, 7)
    ('寻峻峰', '')
    """
    for k in range(i + 1, min(hi, i + 7)):
        if s[k] in PUNCT and s[k] != "、":
            return ""
        if _starts_with(s, k, LIST_PIECE_ENDS):
            return s[i:k]
    return ""


# A name written in Latin letters (Taiwan's indigenous names in romanization: Sakur Nawi)
# as an item of a 、-list of names: two to four words, each capitalised, one space between,
# at most ROMANIZED_MAX characters, a 、 or 等 right after it.
ROMANIZED_MAX = 40
_ROMANIZED = re.compile("[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}")
_ROMANIZED_END = re.compile("[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}$")


def _romanized_name(s: str, i: int, hi: int) -> str:
    """The romanized name at i that a 、 or 等 ends inside s[:hi] (…、Sakur Nawi、…), or "".
    A bounded look: ROMANIZED_MAX characters.

    >>> _romanized_name("Sakur Nawi、李明维", 0, 13), _romanized_name("Sakur Nawi", 0, 10)
    ('Sakur Nawi', '')
    >>> _romanized_name("Google Map、李明维", 0, 13), _romanized_name("APP、李明维", 0, 7)
    ('Google Map', '')
    """
    m = _ROMANIZED.match(s, i, min(hi, i + ROMANIZED_MAX))
    if not m or m.end() >= hi or s[m.end()] not in "、等":
        return ""
    return m.group()


def _romanized_before(s: str, k: int, lo: int) -> int:
    """Where a romanized name that ends at s[k] (before 、 or 等) starts, when a 、 stands
    right before it (an inner item of a list of names), else -1. A bounded look back.

    >>> _romanized_before("许志成、Sakur Nawi等", 14, 0)
    4
    >>> _romanized_before("包括Sakur Nawi等", 12, 0)
    -1
    """
    m = _ROMANIZED_END.search(s, max(lo, k - ROMANIZED_MAX), k)
    if not m or m.start() <= lo or s[m.start() - 1] != "、":
        return -1
    return m.start()


def _name_shaped(piece: str, v: Vocab, loose: bool = False) -> bool:
    """A list item that reads as a name whatever its surname: 2 or 3 Han characters,
    none that never occurs in a name, no title core, not a word or an organ. `loose`:
    the piece lies between a title (or 、) and 、, in a list of a title: after a known
    surname 在 and a word's first two characters are then a given name's (张在田, 庄稼明).

    >>> _name_shaped("寻峻峰", vocab()), _name_shaped("各部门", vocab())
    (True, False)
    >>> _name_shaped("李镇江", vocab()), _name_shaped("县镇江", vocab())
    (True, False)
    >>> _name_shaped("张在田", vocab()), _name_shaped("张在田", vocab(), loose=True)
    (False, True)
    >>> _name_shaped("征书和", vocab()), _name_shaped("征书和", vocab(), loose=True)
    (False, True)
    """
    if not 2 <= len(piece) <= 3 or not all(_is_han(c) for c in piece):
        return False
    # After a known surname an organ character is a given name's (李镇江, 刘党生); a piece
    # of an unknown surname must hold none.
    # 全一凡 between 、 and 、: a surname that also opens words counts only in a list.
    list_surname = loose and piece[0] in v.list_only_surnames
    # 征书和、 between 、 and 、: a given name may end in 和 (NAME_FINAL_ONLY) where 、
    # follows it, whatever the surname, as a four-character name may (那顺孟和、): a 和
    # right before 、 joins nothing.
    final_he = loose and len(piece) == 3 and piece[-1] in NAME_FINAL_ONLY
    surname = bool(_surname_lengths(piece, 0, v)) or list_surname
    loose = loose and surname and len(piece) == 3
    barred = NOT_IN_LIST_NAME - LOOSE_LIST_NAME if loose else NOT_IN_LIST_NAME
    barred = barred if surname else NOT_IN_NAME
    # 夏和军、 / 张和平等: after a known surname 和 may stand inside a given name there
    # (a surname alone is no list item that 和 would join).
    given = piece[2:] if loose and piece[1] in LOOSE_LIST_NAME_MIDDLE else piece[1:]
    given = given[:-1] if final_he else given
    if any(c in barred for c in given) or (piece[0] in NOT_LIST_NAME and not list_surname):
        return False
    if piece[0] in NOT_IN_NAME and not surname:
        return False
    if any(_core_at(piece, k, v) for k in range(len(piece))):
        return False
    word_prefix = piece[:2] in v.not_names and not loose
    return not (piece in v.not_names or word_prefix or _is_organ(piece, v))


# Quotes a report may set a title in (“第一书记”某某).
QUOTE_OPENERS = '“"「『'
QUOTE_CLOSERS = '”"」』'
# How far after a comma the next holder's title may start and its name end.
NEXT_TITLE_MAX = 24
# The shortest such name: four characters after a title are as often a word (a place, a
# topic), so five (宝音满都呼); a shorter one needs 、 (_first_list_item).
TRANSLITERATED_MIN = 5


def _transliterated_before_comma(s: str, i: int, hi: int, v: Vocab, known: Container[str]) -> str:
    """A transliterated name of TRANSLITERATED_MIN or more characters that fills a clause
    after its title (旗人大常委会主任宝音图雅苏，旗政协主席郝立伟出席) when the next clause
    opens with another title and its holder: a roster whose items a comma parts, as 、
    does.

    >>> v, k = vocab(), frozenset()
    >>> _transliterated_before_comma("宝音图雅苏，政协主席郝立伟出席", 0, 5, v, k)
    '宝音图雅苏'
    >>> _transliterated_before_comma("团第一次会议，主席郝立伟主持", 0, 6, v, k)
    ''
    >>> _transliterated_before_comma("工作要求，政协主席郝立伟出席", 0, 4, v, k)
    ''
    >>> _transliterated_before_comma("强调生态保护，市长郝立伟出席", 0, 6, v, k)
    ''
    """
    if hi - i < TRANSLITERATED_MIN or not s.startswith(("，", ","), hi):
        return ""
    piece = _roster_piece(s, i, hi, v, known)
    if len(piece) != hi - i or "第" in piece:
        return ""  # 主席团第一次会议: an ordinal names a session, no person
    if any(_starts_with(s, k, _role_verb_words(v)) for k in range(i, hi)):
        return ""  # 市委书记强调生态保护，: a verb inside is a predicate
    if any(_starts_with(s, k, v.post_change_verbs) for k in range(i, hi)):
        return ""  # 秘书长林某某荣退，: a change of post is a predicate too
    return piece if _own_title_ahead(s, hi + 1, min(len(s), hi + 1 + NEXT_TITLE_MAX), v) else ""


def _whole_first_item(s: str, i: int, hi: int, name: str, v: Vocab, known: Container[str]) -> str:
    """The first item of a 、-list right after a title, when `name` (what parsed at i) is
    only its start and the item is a four-character name as the list's later items may
    be (副县长阿某向某、周某某: a Yi name, not 阿某 and 向, "toward"): the list grammar of
    `_four_character_name` holds for the first item too. Else `name` as it was.

    >>> v, k = vocab(), frozenset()
    >>> _whole_first_item("阿伟向东、周某某陪同", 0, 10, "阿伟", v, k)
    '阿伟向东'
    >>> _whole_first_item("王某某、周某某陪同", 0, 9, "王某某", v, k)
    '王某某'
    >>> _whole_first_item("王某主持、李某某出席", 0, 10, "王某", v, k)
    '王某'
    """
    piece = _list_piece(s, i, hi)
    if not name or len(piece) != 4 or not piece.startswith(name) or len(name) >= 4:
        return name
    # 县长王某主持、李某出席: a role verb after the name is the clause's predicate.
    if any(_starts_with(piece, k, _role_verb_words(v)) for k in range(len(name), 4)):
        return name
    return piece if _four_character_name(s, i, piece, hi, v, known) else name


def _first_list_item(s: str, i: int, hi: int, v: Vocab, known: Container[str]) -> str:
    """The first item of a 、-list right after a title (s[i] follows its core) when no
    name parses there but the piece up to 、 is name-shaped and a name follows the 、:
    往届县政协主席张在田、刘文 … gives 张在田.

    >>> _first_list_item("张在田、刘文出席", 0, 8, vocab(), frozenset())
    '张在田'
    >>> _first_list_item("张在会上、刘文出席", 0, 9, vocab(), frozenset())
    ''
    """
    piece = _list_piece(s, i, hi)
    k = i + len(piece)
    if not piece or not s.startswith("、", k):
        return ""
    if len(piece) >= 4 and _roster_piece(s, i, k, v, known) == piece:
        # 旗人大常委会主任佟格日乐、政协主席B: a transliterated name of four or more
        # characters between a title and 、, when the next item has its own title.
        return piece if _own_title_ahead(s, k + 1, hi, v) else ""
    if not _name_shaped(piece, v, loose=True):
        return ""
    return piece if _parse_name(s, k + 1, hi, v, known, loose=True) else ""


# Chief-system posts whose word is also a surname and a one-character given name (林 a
# common surname, 长 a given name's character: 县领导林长、B、C). Only 林长: 路长, 田长 and
# 河长 are as rarely names as posts (not_names keeps all four out of names elsewhere).
CHIEF_WORD_NAMES = frozenset(("林长",))


def _chief_word_first_item(
    s: str, i: int, hi: int, core: str, v: Vocab, known: Container[str]
) -> str:
    """The first item of a 、-list right after a collective title (县领导, 区领导) when it is
    a chief-system word that is a name too (CHIEF_WORD_NAMES) and a name follows the 、:
    县领导林长、李文华 gives 林长; 县级林长、河长 (no collective title, no name after) none.

    >>> _chief_word_first_item("林长、李文华出席", 0, 8, "领导", vocab(), frozenset())
    '林长'
    >>> _chief_word_first_item("林长、河长", 0, 5, "领导", vocab(), frozenset())
    ''
    >>> _chief_word_first_item("林长、李文华出席", 0, 8, "书记", vocab(), frozenset())
    ''
    """
    piece = s[i : i + 2]
    if core not in v.collective_titles or piece not in CHIEF_WORD_NAMES:
        return ""
    if not s.startswith("、", i + 2):
        return ""
    return piece if _parse_name(s, i + 3, hi, v, known, loose=True) else ""


# A branch of a body (分局, 分院, 分行 …): the head of one is titled 分局长, 分院院长, so
# a name read before the core never ends in 分 there (该局石门分局长 names no 石门分).
BRANCH_WORDS = frozenset(("分局", "分院", "分行", "分会", "分队", "分所", "分校", "分社"))


# Words before a centre (org_word_endings) that make it a place, not the organ of the
# name-first title after it (在市会议中心A书记主持, 于会展中心B主任…).
CENTRE_PLACE_MARKS = frozenset("在于到赴")
# What shows a centre to be a government's (县融媒体中心, 市疾控中心, 国家某局某管理中心):
# a level of government or one of its organs named before 中心; a centre named by its
# work alone (协同创新中心, a university's) is no organ here.
CENTRE_GOVERNMENT_MARKS = frozenset("省市县区镇乡局委厅府")


def _government_centre(org: str, v: Vocab) -> bool:
    """Whether `org`, the words before a name-first title, is a government's centre.

    >>> _government_centre("国家林业局湿地保护管理中心", vocab())
    True
    >>> _government_centre("县融媒体中心", vocab())
    True
    >>> _government_centre("协同创新中心", vocab()), _government_centre("县林业局", vocab())
    (False, False)
    """
    for end in v.org_word_endings:
        if org.endswith(end) and any(c in CENTRE_GOVERNMENT_MARKS for c in org[: -len(end)]):
            return True
    return False


def _named_by_own_office(s: str, item: _Item, v: Vocab) -> bool:
    """Whether the holder's own office follows the name, or its title written after it
    (立委A服务处主任B, 台北市议会C议长办公室, 议员D及E议员服务处秘书F到场): the office
    stands for the holder, who is named, not there.

    >>> item = _Item("陈某", "议员", 0, 4, 0, 2, "titled")
    >>> _named_by_own_office("陈某议员服务处秘书", item, vocab())
    True
    """
    end = item.name_end
    if _starts_with(s, end, v.holder_offices):
        return True
    core = _core_at(s, end, v)  # read once (review43 finding 16)
    return core != "" and _starts_with(s, end + len(core), v.holder_offices) != ""


# How far back an office holder's organ may run before the name (台北市议会).
OFFICE_HOLDER_ORGAN_MAX = 8


def _office_holders_named(s: str, lo: int, hi: int, v: Vocab, items: list[_Item]) -> list[_Item]:
    """The holders named between their organ and their title by their own office
    (台北市议会A议长办公室主任B): each core that a holder_offices word follows, with a name
    of two to four characters right before it and an organ before the name that a mark or
    the clause's start opens; no item of `items` at that name. The office's staff is read
    as before; the holder is named, not there (the roles step). A bounded look per core.

    >>> v = vocab()
    >>> s = "台北市议会王建华议长办公室主任林国华率队参访"
    >>> [(i.name, i.title) for i in _office_holders_named(s, 0, len(s), v, [])]
    [('王建华', '台北市议会议长')]
    """
    out: list[_Item] = []
    starts = {i.name_start for i in items}
    for cs, ce, core in _cores(s, lo, hi, v):
        if not _starts_with(s, ce, v.holder_offices):
            continue
        for n in (3, 2, 4):
            ns = cs - n
            name = s[ns:cs] if ns >= lo else ""
            if not name or ns in starts or not _valid_name(name, v):
                continue
            k = ns
            while k > lo and ns - k < OFFICE_HOLDER_ORGAN_MAX and _is_han(s[k - 1]):
                k -= 1
            org = s[k:ns]
            if not (org and (k == lo or not _is_han(s[k - 1])) and org[-1] in v.org_endings):
                continue  # an organ opens the title (lone, 立委A服务处 fell on held-out roles)
            out.append(_Item(name, org + core, ns - len(org), ce, ns, cs, "titled"))
            break
    return out


# A count of people right after a title (党外委员19名, 女委员八名): the title's holders
# counted, so the word before the title is no holder's name.
_MEMBERS_COUNTED = re.compile("[0-9０-９一二三四五六七八九十百两]+[名位人]")


def _name_first(
    s: str, lo: int, hi: int, v: Vocab, known: Container[str], taken: _Taken
) -> list[_Item]:
    """胡广杰区长, 市委李强书记, 郭秋香、汪旭霞等区领导."""
    items: list[_Item] = []
    for cs, ce, core in _cores(s, lo, hi, v):
        if taken.covers(cs):
            continue
        if core in v.party_titles:
            # a party's label comes before its member's name, never after it (国民党的53席加
            # 无党籍的1席: 席加 is no member)
            continue
        if _parse_name(s, ce, hi, v, known):
            continue  # title-first, handled elsewhere
        if _boundary(s, ce, v) < 2 and not _starts_with(s, ce, v.split_name_followers):
            # 陈某某县长昨日出席: a word of time or manner after the title ends it, as it
            # ends a given name written after its title (split_name_followers)
            continue
        former = _former_holder(s, lo, cs, ce, v, known)
        if former is not None:
            items.append(former)  # 赖某前院长: a former post written after the name
            continue
        ws = _title_start(s, cs, lo, v)
        vague = _VAGUE_COUNT.match(s, ws, cs)
        if vague and ws > lo and s[ws - 1] == "等":
            # A、B等多名局长: a count that says no number is no part of the title (the
            # walk back passes it, its words being Han), as 等5名 is not.
            title = s[vague.end() : ce]
            items.extend(_names_before_deng(s, lo, ws - 1, title, ce, v, known, True))
            continue
        if ws > lo and s[ws - 1] == "等":
            org = s[ws:cs]
            items.extend(_names_before_deng(s, lo, ws - 1, org + core, ce, v, known))
            continue
        if ws - 1 > lo and s[ws - 2 : ws] == "等该" and core in v.collective_titles:
            # A、B等该区四套班子领导: 该 (that place's) between 等 and the group's title,
            # no part of the title.
            items.extend(_names_before_deng(s, lo, ws - 2, s[ws:cs] + core, ce, v, known))
            continue
        shared = _SHARED_GROUP_ORGANS.search(s, max(lo, ws - _SHARED_GROUP_SPAN), ws)
        if shared and shared.end() == ws and ws > lo and core in v.collective_titles:
            # A、B等市、区领导: the group's title names two levels or organs joined by 、
            # (等县委、县政府领导, 等区人大、政协领导); the walk back stopped at the 、, so
            # the title starts right after 等.
            title = s[shared.start() + 1 : ce]
            items.extend(_names_before_deng(s, lo, shared.start(), title, ce, v, known))
            continue
        # A、B、C，往届区政协主席、副主席在主席台就座: three names or more with no title,
        # the whole clause before a comma, then a group's title with no name after it:
        # the group's title is theirs, as after 等.
        if ws == lo and lo and s[lo - 1] in "，,":
            plo = lo - 1
            while plo and s[plo - 1] not in _CLAUSE_ENDS:
                plo -= 1
            listed = _names_before_deng(s, plo, lo - 1, s[ws:cs] + core, ce, v, known)
            if len(listed) >= 3 and listed[0].start == plo and _attending_clause(s, ce, v):
                items.extend(listed)
                continue
        # 张大同等5位议员: a count between 等 and the title. (lists45) A count of more than
        # (等20余名委员, 等30多位代表): the title's walk back stopped at the digits and took
        # 余 or 多 for its first character; read as a surname, 余名 was made a member.
        if s[ws : ws + 1] in ("余", "多") and s[ws + 1 : ws + 2] in _COUNTERS and ws > lo:
            if s[ws - 1] in "0123456789０１２３４５６７８９":
                ws += 1
        counted = s[ws : ws + 1] in _COUNTERS and _COUNTED.search(s, max(lo, ws - 9), ws + 1)
        if not counted:
            # 李某与陈某两位县长: two names joined by 与, 和 or 及, then their count (the
            # title's walk went past the count, a word of Han characters)
            k = max((s.rfind(c, ws, cs) for c in vocab().person_counters), default=-1)
            joined = k > ws and _JOINED_COUNT.search(s, max(lo, k - 10), k + 1)
            if joined:
                title = s[k + 1 : ce]
                items.extend(
                    _names_before_deng(s, lo, joined.start(), title, ce, v, known, True, True)
                )
                continue
        if not counted and ws > lo and s[ws] in "名位":
            # 甲、乙、丙3名县政协委员: no 等, but a count that equals the list's items (a
            # count alone may close a roster of units: 顶番、草中2位里长 lists places too, and
            # _names_before_deng gives [] for those).
            bare = _BARE_PEOPLE_COUNT.search(s, max(lo, ws - 3), ws + 1)
            if bare:
                listed = _names_before_deng(s, lo, bare.start(), s[ws + 1 : ce], ce, v, known, True)
                if len(listed) >= 2 and len(listed) == chinese_number(bare.group(1)):
                    items.extend(listed)
                    continue
        if counted:
            title = s[ws + 1 : ce]
            # 位 and 名 count people: an item is read as a name more loosely.
            people = s[ws] in "位名"
            items.extend(_names_before_deng(s, lo, counted.start(), title, ce, v, known, people))
            continue
        # 丁宁、孙丽萍副市长: the names before one title, joined by 、.
        if cs - ws >= 2 and cs - ws <= 4 and s[ws - 1 : ws] == "、" and _valid_name(s[ws:cs], v):
            listed = _names_before_deng(s, lo, ws - 1, core, ws, v, known)
            if listed:
                items.extend(listed)
                items.append(_Item(s[ws:cs], core, ws, ce, ws, cs, "titled"))
                continue
        # 孙运锋厅长、郭伟副巡视员: a name-first list, each name before its own title.
        ws += s[ws:cs].rfind("、") + 1
        prefix = s[ws:cs]
        best = None
        for n in (4, 3, 2):
            if len(prefix) < n:
                continue
            name, org = prefix[-n:], prefix[:-n]
            married = n == 4 and _married_name_first(name, v)
            if not (
                _valid_name(name, v) or married or _organ_middle_name_first(s, ws, name, org, lo, v)
            ):
                continue
            governed = _ends_with_any(s, lo, cs - n, _governors_of_a_name(v))
            if org in YEARS_BEFORE_NAME:
                # (tw45, issue 11) 选在明年A县长任期将届: a year's word before the name is
                # no organ of the title; the name starts after it
                org = ""
            if org and governed:
                # 对标对表习近平总书记, 要深刻领会A书记提出的…: a governing word before the
                # name is no organ, even one ending as an organ does (领会, 会); nor is the
                # verb of speaking for someone (A副县长代表B县长: verbs_before_title).
                org = ""
            elif (
                org
                and org[-1] not in v.org_endings
                and not org.endswith(v.conveners_before_name)
                and not _government_centre(org, v)
            ):
                continue
            if (
                married
                and not _valid_name(name, v)
                and (org or s[ws - 1 : ws] not in MARRIED_OPENERS)
            ):
                continue  # 由叶刘淑仪议员: a married name only where 由 opens it
            if org and org[-1] + name[0] in v.area_words:
                continue  # 社区救助顾问: 区 ends the organ's word (社区), it opens no name
            if org.endswith(v.org_word_endings) and s[ws - 1 : ws] in CENTRE_PLACE_MARKS:
                # 在市会议中心A书记主持: a centre after 在 is where it happens (a venue),
                # not the holder's organ; the title is the core alone.
                org = ""
            if name[-1] + core[0] in BRANCH_WORDS:
                continue  # 该局石门分局长: 分 opens the branch title 分局长, it ends no name
            if name in v.post_taking_words:
                continue  # ，荣任会长、: the word of taking the post, its holder named elsewhere
            if best is None or name in known:
                best = (name, org)
        if best is None:
            continue
        if _MEMBERS_COUNTED.match(s, ce):
            continue  # 其中党外委员19名: the members counted after their title, no holder
        name, org = best
        ns = cs - len(name)
        if not org and core[0] in LEVEL_OPENERS and name + core[0] in _places_named(s):
            continue  # 鹿港镇长率团 where the text names 鹿港镇公所: a place, no holder
        ahead = s[ns - len(org) - 1 : ns - len(org)] if ns - len(org) > lo else ""
        if name[0] in LEVEL_OPENERS and ahead and (ahead in NOT_LIST_NAME or ahead.isdigit()):
            continue  # 各区民政专员, 18区…专员: the organ after a count or 各, no surname (区)
        if _ends_with_any(s, lo, ns - len(org), v.post_taking_words):
            continue  # 某某成为南投县长: the post taken, a place before its core, no holder
        items.append(_Item(name, org + core, ns - len(org), ce, ns, cs, "titled"))
    # 代表 is a verb as well as a title, so no title core: after a list of names closed
    # by 等 (and a count), with a verb or a follower word after it, it is the title.
    for m in _DENG_DEPUTIES.finditer(s, lo, hi):
        if taken.covers(m.start()) or _boundary(s, m.end(), v) < 2:
            continue
        counted = m.end() - m.start() > 3
        items.extend(_names_before_deng(s, lo, m.start(), "代表", m.end(), v, known, counted))
    # 甲、乙、丙3名区人大代表, 甲、乙等3名县、镇人大代表: a people's congress's deputies
    # counted after their names (人大代表 is no title core: it follows a name as a verb's
    # object too); without 等 the count must be the list's items, as `_BARE_PEOPLE_COUNT`.
    for m in _COUNTED_CONGRESS_DEPUTIES.finditer(s, lo, hi):
        if taken.covers(m.start()) or _boundary(s, m.end(), v) < 2:
            continue
        title = s[m.end("count") : m.end()]
        listed = _names_before_deng(s, lo, m.start(), title, m.end(), v, known, True)
        if m.group("deng") or (len(listed) >= 2 and len(listed) == chinese_number(m.group("n"))):
            items.extend(listed)
    # A、B等市委督导组同志到会指导: a group named by its body, then 同志, after 等 (no
    # title core in it): the body and 同志 are the title.
    for m in _DENG_COMRADES.finditer(s, lo, hi):
        if taken.covers(m.start()) or _boundary(s, m.end(), v) < 2:
            continue
        title = s[m.start() + 1 : m.end()]
        items.extend(_names_before_deng(s, lo, m.start(), title, m.end(), v, known))
    return items


# What may stand right before a married name written before its title (由A议员担任…):
# the agent's 由 (after a mark as well, one held-out part lost precision).
MARRIED_OPENERS = frozenset("由")


def _married_name_first(name: str, v: Vocab) -> bool:
    """Whether four characters before a title are a married name, a husband's surname and
    her own name (由叶刘淑仪议员担任召集人: Hong Kong's and Taiwan's married names), as
    `_married_name` reads one after a title: two different single surnames, no
    preposition first (向陈某某议员, 和张某某议员), the rest a name of her own.

    >>> v = vocab()
    >>> _married_name_first("叶刘淑仪", v), _married_name_first("和张建华", v)
    (True, False)
    """
    return (
        name[0] != name[1]
        and {name[0], name[1]} <= v.single_surnames
        and name[0] not in v.governing_prepositions
        and not any(c in NOT_LIST_NAME for c in name[2:])
        and _valid_name(name[1:], v)
    )


def _organ_middle_name_first(s: str, ws: int, name: str, org: str, lo: int, v: Vocab) -> bool:
    """Whether a three-character name whose middle character is an organ's (镇, 市, 党 …)
    is its title's holder in the name-first reading (杨镇浯立委与…, 李镇国议员出席): the
    title-first reading takes such a name after its title (`_organ_char_in_middle`);
    before it only when the name opens the clause (no organ before it, a mark or the
    text's start before that) and no word of speech governs it (不能说杨镇浯…). An
    organ's own run is none (城关镇镇长: 镇 ends it; 区政协主席: an organ's word).

    >>> v = vocab()
    >>> _organ_middle_name_first("，杨镇浯立委", 1, "杨镇浯", "", 0, v)
    True
    >>> _organ_middle_name_first("城关镇镇长", 0, "城关镇", "", 0, v)
    False
    >>> _organ_middle_name_first("全县各乡镇长", 3, "各乡镇", "", 0, v)
    False
    >>> _organ_middle_name_first("韩国瑜市长", 0, "韩国瑜", "", 0, v)
    False
    """
    organ_middle = name[1:2] in NOT_IN_NAME - NOT_IN_LIST_NAME
    if org or not organ_middle or not _organ_char_in_middle(name, v):
        return False  # 韩国瑜市长: 国 is no organ's character, the word check (韩国) stands
    if ws > lo and s[ws - 1] not in PUNCT:
        return False
    return _valid_name(name, v, loose=True)


@lru_cache(maxsize=4)
def _places_named(s: str) -> frozenset[str]:
    """The two- and three-character words before a level character (县, 市, 镇 …) that
    the text writes with it as a place: followed by anything but 长 (鹿港镇公所, 高雄市政府),
    so that 鹿港镇长 with no name after it is that place's head, not a person 鹿港.

    >>> sorted(_places_named("彰化县鹿港镇公所率团。鹿港镇长致词"))
    ['县鹿港镇', '彰化县', '鹿港镇']
    """
    out = set()
    for i in range(1, len(s)):
        if s[i] in LEVEL_OPENERS and s[i + 1 : i + 2] != "长":
            out.add(s[max(0, i - 2) : i + 1])
            out.add(s[max(0, i - 3) : i + 1])
    return frozenset(out)


def _attending_clause(s: str, i: int, v: Vocab) -> bool:
    """Whether the clause going on at s[i] says its people are there (在主席台就座,
    出席): a word of attending or sitting in, before the clause's end.

    >>> _attending_clause("、副主席在主席台就座。", 0, vocab())
    True
    >>> _attending_clause("总结。", 0, vocab())
    False
    """
    end = i
    while end < len(s) and s[end] not in _CLAUSE_ENDS:
        end += 1
    table = _verb_table(v)
    return any(
        table.get(w) in ("attendee", "nonvoting") and w in s[i:end] for w in _role_verb_words(v)
    )


def _former_holder(
    s: str, lo: int, cs: int, ce: int, v: Vocab, known: Container[str]
) -> _Item | None:
    """The person named right before a former post's marker and its core (赖某某前院长,
    蔡李某某前议员: former_markers), the marker kept in the title; a name of three or
    four characters (four: a married name, two surnames), or a known one; or None.

    >>> item = _former_holder("经历高立东前院长到任", 0, 6, 8, vocab(), frozenset())
    >>> item.name, item.title
    ('高立东', '前院长')
    >>> _former_holder("春节前县长到", 0, 3, 5, vocab(), frozenset()) is None
    True
    """
    marker = next((w for w in v.former_markers if s.endswith(w, lo, cs)), "")
    k = cs - len(marker)
    if not marker:
        return None
    for n in (4, 3, 2):
        name = s[k - n : k]
        if k - n < lo or (n == 2 and name not in known):
            continue
        married = (
            n == 4
            and name[0] != name[1]
            and {name[0], name[1]} <= v.single_surnames
            and _valid_name(name[1:], v)
        )
        if married or (n < 4 and _valid_name(name, v)):
            return _Item(name, marker + s[cs:ce], k - n, ce, k - n, k, "titled")
    return None


def _list_walk_back(
    s: str,
    k: int,
    lo: int,
    reach: int,
    stops: Container[str],
    whole: Callable[[int], int] | None = None,
) -> Iterator[tuple[int, int]]:
    """The pieces of a list that ends at `k`, last first, as (start, end): each piece
    runs back to a character of `stops` or to `reach` characters before its end (never
    past `lo`). The caller breaks off where the list ends; going on, the next piece ends
    right before the stop (k = start - 1). The reach bounds every piece, so a walk is
    linear in what it passes over, however long the clause before the list. `whole`
    gives where an item ending at k starts that the stops and the reach do not bound (a
    romanized name: `_names_before_deng`), or -1; a bounded look of its own.

    >>> s = "甲乙、丙丁、戊己"
    >>> [s[j:k] for j, k in _list_walk_back(s, len(s), 0, 4, "、")]
    ['戊己', '丙丁', '甲乙']
    >>> s = "张三丰、李四"
    >>> [s[j:k] for j, k in _list_walk_back(s, len(s), 0, 2, "、")]
    ['李四', '三丰']
    >>> s = "甲乙、Ab Cd、戊己"
    >>> roman = lambda k: 3 if k == 8 else -1  # Ab Cd, ending at the second 、
    >>> [s[j:k] for j, k in _list_walk_back(s, len(s), 0, 2, "、", roman)]
    ['戊己', 'Ab Cd', '甲乙']
    """
    while k > lo:
        j = whole(k) if whole else -1
        if j == -1:
            floor = max(lo, k - reach)
            j = k
            while j > floor and s[j - 1] not in stops:
                j -= 1
        yield j, k
        k = j - 1


# A count that says no number, before the measure word of people (等多名局长, 等数位委员,
# 等若干名代表).
# The levels or organs of a group's title joined by 、 right after 等 (A、B等市、区领导,
# 等县委、县政府领导, 等区人大、政协领导): each piece a level of government, perhaps with
# one of its organs, or an organ alone; the title's own walk back stops at the 、.
_SHARED_GROUP_ORGANS = re.compile(
    "等(?:(?:[省市县区镇乡州旗](?:委|政府|人大|政协)?|委|政府|人大|政协)、){1,3}"
)
# How far before the title's start such a run of pieces may begin (a bounded look back).
_SHARED_GROUP_SPAN = 16
_VAGUE_COUNT = re.compile(f"(?:多|数|若干){_either(vocab().person_counters)}")


# 等 + a body of people (an organ's working group) + 同志.
_DENG_COMRADES = re.compile("等[\u3400-\u9fff]{2,16}?(?:组|团|队|班)同志")


# 靳明、王辉伟等代表先后发言, 张大同等3位代表: deputies named before their title.
_DENG_DEPUTIES = re.compile(
    f"等(?:(?:[0-9０-９]+|[一二三四五六七八九十两几]+){_either(vocab().person_counters)})?代表"
)


# A count of people and a people's congress's deputies after a list of names (甲、乙3名
# 区人大代表, 等3名县、镇人大代表): the levels before 人大代表 may be several, joined by 、.
_COUNTED_CONGRESS_DEPUTIES = re.compile(
    "(?P<deng>等)?(?P<count>(?P<n>[0-9０-９]+|[一二三四五六七八九十两]+)"
    f"{_either(vocab().person_counters)})(?:[省市县区乡镇]、?)*人大代表"
)


# 等 and a count right before a title's measure word (等8名议员).
# 等 may be left out where 及 joins the last name (A、B及C3位议员).
_COUNTED = re.compile(
    "(?:等|(?<=及[\u3400-\u9fff]{2})|(?<=及[\u3400-\u9fff]{3}))"
    f"(?:[0-9０-９]+[余多]?|[一二三四五六七八九十两几]+){_either(_COUNTERS)}$"
)
# A count of people right after a 、-list's last item, with no 等 before it (甲、乙、丙3名
# 委员): the list is the title's only when the count says how many items it holds.
_BARE_PEOPLE_COUNT = re.compile(
    "(?<=[\u3400-\u9fff])([0-9０-９]+|[一二三四五六七八九十两]+)[名位]$"
)


# Where a piece of a list closed by 等 starts: after 、, 及 or a mark.
_DENG_LIST_STOPS = frozenset(PUNCT | {"及"})
# Marks that end a clause a roster may fill (A、B、C，往届区政协主席…): not 、.
_CLAUSE_ENDS = frozenset(PUNCT - {"、"})
# Two names joined, then the count of them (李某与陈某两位县长, 李某、陈某两位委员): the
# count's start.
_JOINED_COUNT = re.compile(
    "(?:(?<=[及与和、][\u3400-\u9fff]{2})|(?<=[及与和、][\u3400-\u9fff]{3}))(?:[二三两])"
    f"{_either(vocab().person_counters)}$"
)
_JOINED_LIST_STOPS = frozenset(PUNCT | {"及", "与", "和"})


def _names_before_deng(
    s: str,
    lo: int,
    deng: int,
    title: str,
    end: int,
    v: Vocab,
    known: Container[str],
    counted: bool = False,
    joined: bool = False,
) -> list[_Item]:
    """The 、-list ending right before 等 (郭秋香、汪旭霞等区领导). `counted`: a count of
    people follows 等 (等8名议员), so an item of a known surname that is shaped as a name
    is one even when its last character is an organ's (廖述镇)."""
    items: list[_Item] = []
    longest = 4 + max(map(len, v.clause_openers), default=0)
    # A piece longer than a name and an opener is no name: walking back further (to the
    # clause's start, for every 等 of a clause without 、) was quadratic.
    stops = _JOINED_LIST_STOPS if joined else _DENG_LIST_STOPS
    joiners = "及与和" if joined else "及"

    def romanized(k: int) -> int:
        return _romanized_before(s, k, lo) if s[k] in "、等" else -1

    for j, k in _list_walk_back(s, deng, lo, longest + 1, stops, romanized):
        if j == romanized(k):
            # 许志成、Sakur Nawi、李明维等议员: a romanized name is an item of the list.
            items.append(_Item(s[j:k], title, j, k, j, k, "titled"))
            continue
        piece_start = j
        opener = _starts_with(s, piece_start, v.clause_openers)
        if opener and piece_start == lo:
            piece_start += len(opener)
        piece = s[piece_start:k]
        person = counted and bool(_surname_lengths(piece, 0, v)) and _name_shaped(piece, v, True)
        # 孙某、邓某及杨何某某等局长: a married name (a husband's surname, then her own
        # name: Hong Kong's and Taiwan's) is an item too, read as strictly as after a title;
        # taken for no name, it made the whole list one of places.
        person = person or bool(_married_name(s, piece_start, k, v, titled=True))
        # 陈小萍、陈昆和、李镇国等议员: an inner or last item of three characters, a
        # known surname's, is read as in a list after a title (`_name_shaped`, loose):
        # its given name may end in 和 (a 和 right before 、 joins nothing) or hold an
        # organ's character (镇).
        person = person or (
            len(piece) == 3
            and j > lo
            and s[j - 1] == "、"
            and (piece[2] in NAME_FINAL_ONLY or piece[1] in v.org_endings)
            and bool(_surname_lengths(piece, 0, v))
            and _name_shaped(piece, v, loose=True)
        )
        if not _valid_name(piece, v) and not person:
            if j > lo and s[j - 1] == "、":
                # 顶番、草中、郭厝等5位里长: an item of the list is no name, so the list
                # is of places, not people.
                return []
            # 包括谢志忠、…: the first item may follow a word that opens the list, or
            # the joiner after another person (县长A与B、C等议员: `_deng_title_ahead`).
            name = _name_after_opener(piece, v) or _name_after_joiner(piece, v)
            if name:
                ns = k - len(name)
                items.append(_Item(name, title, ns, k, ns, k, "titled"))
            break
        items.append(_Item(piece, title, piece_start, k, piece_start, k, "titled"))
        if not (j > lo and (s[j - 1] == "、" or (s[j - 1] in joiners and len(items) == 1))):
            break  # 及 only before the last name
    items.reverse()
    if items:
        items[-1].end = end
    return items


# A count of people and the collective word naming them, closing a 、-list of people
# each introduced by their unit (上秦镇A、水务局B2名负责人; 等 may come before the count,
# 共 before the number: 水务局B共2名负责人).
_UNIT_ROSTER_COUNT = re.compile(
    f"(等)?共?{_NUMBER_OF_PEOPLE}[名位][\u3400-\u9fff]{{0,8}}?(?:负责人|领导|同志|干部)"
)
# The longest unit + name item of such a list.
UNIT_ITEM_MAX = 14


def _unit_and_name(piece: str, v: Vocab) -> tuple[str, str] | None:
    """A list item that is a unit (two characters or more, ending as an organ does)
    and a name right after it (水务局曾顺, 北街街道陈昭): (unit, name), or None.

    >>> _unit_and_name("东山镇高立东", vocab()), _unit_and_name("北街街道陈昭", vocab())
    (('东山镇', '高立东'), ('北街街道', '陈昭'))
    >>> _unit_and_name("高立东", vocab()) is None, _unit_and_name("东山镇", vocab()) is None
    (True, True)
    """
    for n in (3, 2):
        unit, name = piece[:-n], piece[-n:]
        if len(unit) >= 2 and unit[-1] in v.org_endings and all(_is_han(c) for c in unit):
            if _valid_name(name, v) and not _is_organ(unit + name, v):
                return unit, name
    return None


def _unit_roster(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """People named by their unit in a 、-list that a count of them and a collective word
    close (听取了东山镇A、西河乡B、水利局C3名负责人的述职报告): each item is its unit and
    a name, the unit as the title. Without 等 the count must equal the items, so a list
    of units and other things is no roster.

    >>> text = "听取了东山镇高立东、西河乡王立群2名负责人述职"
    >>> [(i.name, i.title) for i in _unit_roster(text, 0, len(text), vocab(), _Taken())]
    [('高立东', '东山镇'), ('王立群', '西河乡')]
    >>> text = "听取了东山镇高立东、西河乡王立群3名负责人述职"
    >>> _unit_roster(text, 0, len(text), vocab(), _Taken())
    []
    """
    items: list[_Item] = []
    bottom = lo  # the walk back stops at the last count: each character walked once
    for m in _UNIT_ROSTER_COUNT.finditer(s, lo, hi):
        at, start, bottom = m.start(), bottom, m.end()
        if taken.covers(at - 1):
            continue
        found: list[_Item] = []
        # Items are short: the walk back never goes past one item's longest reach.
        for j, k in _list_walk_back(s, at, start, UNIT_ITEM_MAX, PUNCT):
            if j == start > lo and s[j - 1] != "、" and s[j - 1] not in PUNCT:
                break  # the piece runs into the last count: no item of this list
            piece = s[j:k]
            listed = j > start and s[j - 1] == "、"
            if not listed:
                # The first item may follow the verb or word that opens the list.
                for w in (*v.heard_governors, *v.list_openers):
                    at = piece.find(w)
                    if at != -1 and _unit_and_name(piece[at + len(w) :].lstrip("了"), v):
                        piece = piece[at + len(w) :].lstrip("了")
                        j = k - len(piece)
                        break
            split = _unit_and_name(piece, v)
            if split is None:
                break
            unit, name = split
            found.append(_Item(name, unit, j, k, k - len(name), k, "titled"))
            if not listed:
                break
        count = m.group(2)
        number = chinese_number(count)
        if len(found) < 2 or (not m.group(1) and number != len(found)):
            continue
        if any(taken.overlaps(i.name_start, i.name_end) for i in found):
            continue
        found.reverse()
        items.extend(found)
    return items


# The fewest unit + name items a 、-list must hold before a titled item for them to be
# read as people (市委平安办A、市公安局内保科B、县教育局领导C: two or more, so a lone
# piece before a person's title is never read as a unit and a name).
UNIT_LIST_MIN = 2


def _units_before_titled(s: str, lo: int, hi: int, v: Vocab, items: list[_Item]) -> list[_Item]:
    """People named by their unit alone in the 、-list that a titled person's item ends
    (市委平安办A、市公安局内保科B、县教育局领导C一行来校): each item right before the titled
    one, back to the clause's start or to a word that opens a list, a unit (ending as an
    organ does) and a name; the unit is the title. Two such items at least, and every
    item of the run must be one, else none is read.

    >>> text = "区应急局高立东、县水利局王立群、县财政局局长李德华出席"
    >>> v = vocab()
    >>> found = _title_first(text, 0, len(text), v, frozenset())
    >>> [(i.name, i.title) for i in _units_before_titled(text, 0, len(text), v, found)]
    [('高立东', '区应急局'), ('王立群', '县水利局')]
    >>> text = "县水利局王立群、县财政局局长李德华出席"
    >>> found = _title_first(text, 0, len(text), v, frozenset())
    >>> _units_before_titled(text, 0, len(text), v, found)
    []
    """
    out: list[_Item] = []
    taken = _Taken((i.start, i.end) for i in items)
    for item in items:
        if item.kind != "titled" or not item.title or item.start <= lo or s[item.start - 1] != "、":
            continue
        found: list[_Item] = []
        whole = True
        for j, k in _list_walk_back(s, item.start - 1, lo, UNIT_ITEM_MAX, PUNCT):
            piece = s[j:k]
            listed = j > lo and s[j - 1] == "、"
            opened = False
            if not listed:
                # The first item may follow a word that opens the list (有, 包括 …).
                for w in v.list_openers:
                    at = piece.rfind(w)
                    if at != -1 and _unit_and_name(piece[at + len(w) :], v):
                        piece, opened = piece[at + len(w) :], True
                        j = k - len(piece)
                        break
            if not listed and not opened and j > lo and s[j - 1] not in PUNCT:
                whole = False  # the piece runs on past the longest item: no item
                break
            split = _unit_and_name(piece, v)
            if split is None or taken.overlaps(j, k):
                whole = False
                break
            unit, name = split
            found.append(_Item(name, unit, j, k, k - len(name), k, "titled"))
            if not listed:
                break
        if whole and len(found) >= UNIT_LIST_MIN:
            found.reverse()
            out.extend(found)
            for i in found:
                taken.add(i.start, i.end)
    return out


# A count of people right after a list's last item (…及某地B5人, …、某地C三位): the count
# that makes a title's list of place + name items a roster of that many people.
# (…及某地B共5人: 共 before the number too)
_PLACE_ROSTER_COUNT = re.compile(f"共?{_NUMBER_OF_PEOPLE}[名位人]")
# How long an item of such a list is: a place of two characters and a name of two or three.
PLACE_ITEM_LENGTHS = (5, 4)
PLACE_LEN = 2


def _place_and_name(piece: str, v: Vocab) -> str:
    """The name that ends a list item written as a two-character place and a name (苗栗
    张某某, 竹南王某), or "".

    >>> _place_and_name("竹南潘嘉旺", vocab()), _place_and_name("竹南", vocab())
    ('潘嘉旺', '')
    """
    if len(piece) not in PLACE_ITEM_LENGTHS or not all(_is_han(c) for c in piece):
        return ""
    name = piece[PLACE_LEN:]
    return name if _valid_name(name, v, loose=True) and not _is_organ(name, v) else ""


def _places_after_title(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """The holders of one title listed each after a place's name, a count closing the
    list (新任分局长东港A、西河B、南山C及北岭D4人宣誓就职): every item a two-character place
    and a name, joined by 、 (or 及 before the last), the first right after the title's
    core, and the count equal to the items. The title is the one before the list.

    >>> text = "新任所长东港王立群、西河李德华及南山陈至远3人宣誓就职"
    >>> [(i.name, i.title) for i in _places_after_title(text, 0, len(text), vocab(), _Taken())]
    [('王立群', '新任所长'), ('李德华', '新任所长'), ('陈至远', '新任所长')]
    >>> text = "新任所长东港王立群、西河李德华及南山陈至远4人宣誓就职"
    >>> _places_after_title(text, 0, len(text), vocab(), _Taken())
    []
    """
    items: list[_Item] = []
    bottom = lo  # the walk back stops at the last count: each character walked once
    for m in _PLACE_ROSTER_COUNT.finditer(s, lo, hi):
        at, start, bottom = m.start(), bottom, m.end()
        found: list[_Item] = []
        title_at = -1
        # each piece back to the nearest 、 or 及, at most an item's longest (review44: the
        # list walk every roster uses)
        for j, k in _list_walk_back(s, at, start, PLACE_ITEM_LENGTHS[0], "、及"):
            if j > start and s[j - 1] in "、及":
                name = _place_and_name(s[j:k], v)
                if not name:
                    break
                found.append(_Item(name, None, j, k, k - len(name), k, "titled"))
                continue
            # the first item: right after a title's core
            for n in PLACE_ITEM_LENGTHS:
                j = k - n
                name = _place_and_name(s[j:k], v) if j >= start else ""
                core = [c for c in _cores(s, max(start, j - CORE_MAX), j, v) if c[1] == j]
                if name and core:
                    found.append(_Item(name, None, j, k, k - len(name), k, "titled"))
                    title_at = core[-1][0]
                    break
            break
        if title_at == -1 or len(found) < 2:
            continue
        if chinese_number(m.group(1)) != len(found):
            continue
        if any(taken.overlaps(i.start, i.end) for i in found):
            continue
        ts = max(_title_start(s, title_at, start, v), start)
        title = s[ts : found[-1].start]
        found.reverse()
        for item in found:
            item.title = title
        found[0].start = ts
        items.extend(found)
    return items


def _name_after_joiner(piece: str, v: Vocab) -> str:
    """The name that ends `piece` right after 与, 和 or 及 (县长王某与李德华), or "".

    >>> _name_after_joiner("县长王明远与李德华", vocab()), _name_after_joiner("王明远", vocab())
    ('李德华', '')
    """
    for n in (3, 2):
        if len(piece) > n and piece[-n - 1] in "与和及" and _valid_name(piece[-n:], v):
            return piece[-n:]
    return ""


def _name_after_opener(piece: str, v: Vocab) -> str:
    """The name that ends `piece` after a word that opens a list of people (包括, 选举,
    推选 …), or "".

    >>> _name_after_opener("成员包括谢志忠", vocab()), _name_after_opener("县里的谢志忠", vocab())
    ('谢志忠', '')
    >>> _name_after_opener("县议会张大同", vocab())
    '张大同'

    """
    for n in (4, 3, 2):
        name = piece[-n:]
        if len(piece) > n and _valid_name(name, v):
            if _ends_with_any(piece, 0, len(piece) - n, v.list_openers):
                return name
            # 县议会张大同等5位议员: an organ before the first name.
            if len(piece) - n >= 2 and piece[-n - 1] in v.org_endings:
                return name
    return ""


# A short note in brackets right after a name in a roster (雷某（女）、, 王某(满族)、): the
# person's sex or nation, one to five characters.
NAME_NOTE_MAX = 7
_NAME_NOTE = re.compile("[（(][\u3400-\u9fff，、,]{1,5}[）)]$")


def _appointed(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """People named to a post: 选举周建明、吴海为县人大常委会副主任, 推选郑立新等2位同志为
    执行主席, 周建明、吴海担任副团长. The list before 为 / 担任 takes the title after it.

    >>> [(i.name, i.title) for i in _appointed("选举周建明为副县长", 0, 9, vocab(), _Taken())]
    [('周建明', '副县长')]
    """
    items: list[_Item] = []
    for cs, ce, _core in _cores(s, lo, hi, v):
        if s.startswith("由", ce) and not taken.covers(cs):
            # 大会副秘书长由A、B等3位同志担任: the post first, then who holds it.
            items += _held_by(s, cs, ce, lo, hi, v, taken)
            continue
        # 不再担任省政协秘书长职务: the post may be followed by the word for a post.
        ended = _boundary(s, ce, v) >= 2 or s.startswith("职务", ce)
        if taken.covers(cs) or not ended or _parse_name(s, ce, hi, v, frozenset()):
            continue
        ts = _title_start(s, cs, lo, v)
        linker = next((w for w in v.appointing_words if s.endswith(w, lo, ts)), "")
        if not linker:
            continue
        end = ts - len(linker)
        # The tail ends at `end`: looking only within its longest reach keeps a clause of
        # many titles linear (searched from the clause's start it was quadratic).
        tail = _GROUP_TAIL.search(s, max(lo, end - GROUP_TAIL_MAX), end)
        end = tail.start() if tail else end
        title = s[ts:ce]
        found: list[_Item] = []
        # A name and an opener are short (a name may carry a short note in brackets):
        # looking no further back keeps a clause of many titles linear.
        for j, k in _list_walk_back(s, end, lo, 8 + NAME_NOTE_MAX, "、"):
            # A、雷某（女）、C当选为…: a note on the person after the name (sex, nation)
            # is no part of it; the item ends where the note opens.
            note = _NAME_NOTE.search(s, j, k)
            k = note.start() if note and note.start() > j else k
            piece = s[j:k]
            listed = j > lo and s[j - 1] == "、"
            if listed and (
                _valid_name(piece, v, loose=True)
                or _name_shaped(piece, v, True)
                # 刘奇凡、那顺孟和、王波担任副团长: four characters between 、 and 、.
                or (found and _four_character_name(s, j, piece, hi, v, frozenset()))
            ):
                found.append(_Item(piece, title, j, k, j, k, "titled"))
                continue
            name = piece if j == lo and _valid_name(piece, v) else _name_after_opener(piece, v)
            pair = _joined_pair(s, j, k, lo, v) if not name and not found else ()
            if pair:
                # 选举A为乡长，B和C为副乡长: two names joined by 和 after the clause mark
                # of a naming sentence, named to the post as A was; A、B、C和D当选副县长:
                # the list's last two names joined by 和, the list going on before them.
                found += [_Item(n, title, a, b, a, b, "titled") for n, a, b in reversed(pair)]
                if listed:
                    continue
                break
            if not name and found and s.startswith("、", k):
                # The roster's first item after a clause mark (，布小林、李秀领担任…): a
                # name by its shape, whatever its surname, as the items after it are.
                head = piece[max(piece.rfind(m) for m in CLAUSE_END) + 1 :]
                if (len(head) < len(piece) or j == lo) and _name_shaped(head, v, True):
                    name = head
            if name:
                found.append(_Item(name, title, k - len(name), k, k - len(name), k, "titled"))
            break  # what lies before the list's first name is no name
        if found and not any(taken.overlaps(i.start, i.end) for i in found):
            for item in found:
                item.appointed = True
            found.reverse()
            found[-1].end = ce
            items.extend(found)
    return items


# How far before a clause its sentence's naming verb is looked for (选举A为…，B和C为…).
NAMING_BEFORE_MAX = 40


def _joined_pair(s: str, j: int, k: int, lo: int, v: Vocab) -> tuple[tuple[str, int, int], ...]:
    """Two names joined by 和, 与 or 及 that make up s[j:k], as (name, start, end) each, or
    (): the whole of a clause that goes on a sentence whose naming verb (选举, 任命 …)
    stands before it in the clause before (选举A为乡长，B和C为副乡长), or the last item of a
    、-list (A、B和C当选副县长: after 、 the pair closes a list of names, where 和 joins
    its last two, never a clause).

    >>> _joined_pair("选举王立文为乡长，何国平和李德华为副乡长", 9, 16, 9, vocab())
    (('何国平', 9, 12), ('李德华', 13, 16))
    >>> _joined_pair("王立文和李德华为此忙了一天", 0, 7, 0, vocab())
    ()
    >>> _joined_pair("张立、何国平和李德华当选副乡长", 3, 10, 0, vocab())
    (('何国平', 3, 6), ('李德华', 7, 10))
    """
    listed = j > lo and s[j - 1] == "、"
    if not listed and (j != lo or not lo or s[lo - 1] not in "，；,;"):
        return ()
    start = max(0, lo - 1 - NAMING_BEFORE_MAX)
    for mark in SENTENCE_END:
        start = max(start, s.rfind(mark, start, lo - 1) + 1)
    if not listed and _NAMING.search(s, start, lo - 1) is None:
        return ()
    for m in range(j + 2, min(k - 2, j + 5)):
        if s[m] in "和与及" and _valid_name(s[j:m], v) and _valid_name(s[m + 1 : k], v):
            return ((s[j:m], j, m), (s[m + 1 : k], m + 1, k))
    return ()


# How far after a post's 由 its holders' 担任 is looked for.
HELD_BY_MAX = 120


def _held_by(s: str, cs: int, ce: int, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """The people after 由 who take the post that ends at s[ce] (副秘书长由A、B等3位同志
    担任), each a name of a known surname, or [].

    >>> [i.name for i in _held_by("副秘书长由张正明、周晓国担任", 2, 4, 0, 15, vocab(), _Taken())]
    ['张正明', '周晓国']
    """
    verb = s.find(
        "担任", ce, min(hi, ce + HELD_BY_MAX)
    )  # bounded: a clause of many 由 stays linear
    if verb == -1:
        return []
    tail = _GROUP_TAIL.search(s, ce + 1, verb)
    end = tail.start() if tail else verb
    items = _name_list(s, ce + 1, end, v, frozenset(), "", strict=True)
    if not items and end - ce - 1 in (2, 3):
        items = _name_list(s, ce + 1, end, v, frozenset(), "")  # 由张正明担任: one name
    if not items or any(taken.overlaps(i.start, i.end) for i in items):
        return []
    ts = _title_start(s, cs, lo, v)
    title = s[ts:ce]
    # 本次会议执行主席由A、B担任: who holds a post of the meeting reported, no verb naming
    # them to it (会议决定…由A担任), is a holder there (see _merge), not one appointed.
    holds = _present_title(title) and _NAMING.search(s, lo, ts) is None
    for item in items:
        item.title, item.appointed = title, not holds
    return items


# Verbs that name people to a post before its title (会议决定大会副秘书长由A担任).
_NAMING = re.compile(_either(vocab().naming_verbs))


# What may stand between a list of people and the word naming them to a post (等2位同志,
# 三位同志, 同志, 等, 等10人, a bare count: A、B2人为…, and how they were voted in:
# 两名同志分别以全票当选为…, A以六票全票当选…, A以190票的高票当选…, A以4票当选…); the
# words themselves are data (appointing_words).
# The longest such tail looked for (等12位同志均以全票 is 10 characters).
GROUP_TAIL_MAX = 16
_GROUP_TAIL = re.compile(
    "(?:(?:等(?:[0-9０-９]+|[一二三四五六七八九十两几]+)?[位名个]?"
    "|(?:[0-9０-９]+|[一二三四五六七八九十两几]+)[位名个])?同志"
    "|等(?:(?:[0-9０-９]+|[一二三四五六七八九十两几]+)[位名个人])?"
    "|(?:[0-9０-９]+|[一二三四五六七八九十两几]+)[位名人])?"
    "(?:分别|均|都)?(?:以(?:全票|高票|满票|最高票|(?:[0-9０-９]+|[一二三四五六七八九十两百]+)票"
    "(?:的?(?:全票|高票|满票))?))?$"
)


class _KnownNames:
    """The names a report's bare references may be to, made once per report: the order
    in which they are tried (longest first) and, per length, the set of names of that
    length. Asking every clause for every name (sorted again each time) made a report
    with many people quadratic."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        ranked = sorted(names, key=len, reverse=True)
        self.rank = {name: i for i, name in enumerate(ranked)}
        by_length: dict[int, set[str]] = {}
        for name in ranked:
            if name:
                by_length.setdefault(len(name), set()).add(name)
        self.by_length = tuple(by_length.items())
        self.firsts = frozenset(name[0] for name in names if name)

    def occurrences(self, s: str, lo: int, hi: int) -> list[tuple[str, list[int]]]:
        """Each name found in s[lo:hi] with where it starts, in the order names are
        tried; the starts left to right, none inside the one before (as repeated finds
        from the end of the last match gave them).

        Names that overlap are all found: every position whose character opens a name
        is looked up in the set of each length, work bounded by the clause's length
        times the names' lengths, not their number. (A pattern of the report's names
        cost a regex compile per report, most of the import's compiles, and each one
        pushed a pattern the code uses out of `re`'s cache.)

        >>> names = _KnownNames(frozenset({"欧阳明华", "明华", "李东林"}))
        >>> names.occurrences("欧阳明华与李东林、欧阳明华", 0, 13)
        [('欧阳明华', [0, 9]), ('李东林', [5]), ('明华', [2, 11])]
        >>> names.occurrences("欧阳明华与李东林", 0, 3)
        []
        """
        found: dict[str, list[int]] = {}
        firsts, by_length = self.firsts, self.by_length
        for k in range(lo, hi):
            if s[k] not in firsts:
                continue
            for length, group in by_length:
                name = s[k : k + length]
                if k + length <= hi and name in group:
                    found.setdefault(name, []).append(k)
        out = []
        for name in sorted(found, key=self.rank.__getitem__):
            starts: list[int] = []
            for k in found[name]:
                if not starts or k >= starts[-1] + len(name):
                    starts.append(k)
            out.append((name, starts))
        return out


def _bare_names(
    s: str, lo: int, hi: int, names: _KnownNames, v: Vocab, taken: _Taken
) -> list[_Item]:
    items = []
    # The clause's subject position (after its openers and a date): a known name there
    # is the subject whatever verb follows (高立东发表讲话, 高立东重点介绍了…).
    subject = _subject_start(s, lo, hi, v)
    for name, starts in names.occurrences(s, lo, hi):
        for k in starts:
            end = k + len(name)
            if (
                not taken.overlaps(k, end)
                and (
                    # a verb or a follower word (2 or more), or a title written after the
                    # name (1), whatever follows the title (贯彻习近平总书记系列重要讲话: 系列
                    # ends no title, but the name is known)
                    _boundary(s, end, v) >= 1 or (k == subject and _subject_ends(s, k, end, hi, v))
                )
                and not (
                    k > lo
                    and _is_han(s[k - 1])
                    and s[k - 1] in v.single_surnames
                    and _valid_name(s[k - 1 : end], v)
                    and s[k - 1 : end] not in names.names
                )
            ):
                items.append(_Item(name, None, k, end, k, end, "bare"))
                taken.add(k, end)
    return items


def _subject_ends(s: str, k: int, end: int, hi: int, v: Vocab) -> bool:
    """Whether a known name at a clause's subject position ends at `end` with no boundary
    word after it: the rest of the clause holds a role verb (the subject's predicate,
    not 转达…的期许), and the name has three characters or more, or two that the next
    character would not make a longer name of (王芳鼓励…: 王芳鼓 may be a name).

    >>> _subject_ends("高立东发表讲话", 0, 3, 7, vocab())
    True
    >>> _subject_ends("王芳鼓励", 0, 2, 4, vocab())
    False
    >>> _subject_ends("高立东转达期许", 0, 3, 7, vocab())
    False
    """
    if end - k < 3 and (end >= len(s) or _valid_name(s[k : end + 1], v)):
        return False
    return bool(_roles_in(s[end:hi], v)[0])


class _SurnameFits:
    """The titled people of a report, asked by surname and title core: the answer for
    each pair is worked out once (asking every person for every core made a report
    with many people quadratic)."""

    def __init__(self, people: dict[str, str]) -> None:
        self.by_prefix: dict[str, list[tuple[str, str]]] = {}
        for name, title in people.items():
            for sl in (1, 2):
                if len(name) > sl:
                    self.by_prefix.setdefault(name[:sl], []).append((name, title))
        self.memo: dict[tuple[str, str], list[str]] = {}

    def fits(self, surname: str, core: str) -> list[str]:
        """The people whose name starts with `surname` (and goes on) and whose title
        holds `core`, in the order they were first found."""
        key = (surname, core)
        found = self.memo.get(key)
        if found is None:
            people = self.by_prefix.get(surname, ())
            found = self.memo[key] = [name for name, title in people if core in title]
        return found


def _surname_titles(
    s: str, lo: int, hi: int, people: _SurnameFits, v: Vocab, taken: _Taken
) -> list[_Item]:
    """潘书记, 金区长: a surname and a core that fit exactly one titled person."""
    items = []
    for cs, ce, core in _cores(s, lo, hi, v):
        if taken.covers(cs):
            continue
        for sl in (2, 1):
            if cs - sl < lo:
                continue
            fits = people.fits(s[cs - sl : cs], core)
            if len(fits) == 1 and _boundary(s, ce, v) >= 2:
                items.append(_Item(fits[0], None, cs - sl, ce, cs - sl, ce, "surname-title"))
                taken.add(cs - sl, ce)
                break
    return items


# Roles -------------------------------------------------------------------------------


def _wish_opens(text: str, i: int, v: Vocab) -> bool:
    """Whether a spoken wish opens `text` at `i`, after one adverb at most (希望大家…,
    也希望…, 同时希望…: roles45).

    >>> _wish_opens("也希望大家再接再厉", 0, vocab()), _wish_opens("希望", 0, vocab())
    (True, True)
    >>> _wish_opens("对大家的希望", 0, vocab())
    False
    """
    adverb = _starts_with(text, i, v.wish_adverbs)
    return bool(_starts_with(text, i + len(adverb), v.spoken_wishes))


def _roles_in(text: str, v: Vocab) -> tuple[set[str], bool]:
    """Role verbs of a predicate, left to right; True as second value if an ender stopped
    the scan (what follows is speech content or the visitors' own verbs).

    >>> sorted(_roles_in("主持会议并讲话", vocab())[0])
    ['chair', 'speaker']
    >>> sorted(_roles_in("陪同调研", vocab())[0])
    ['accompanying']
    >>> sorted(_roles_in("参加调研", vocab())[0])
    ['attendee']
    >>> sorted(_roles_in("领学《督查工作办法》", vocab())[0])
    ['speaker']
    """
    roles: set[str] = set()
    i = 0
    last_attend_end = -1
    last_visit_end = -1
    last_chair_end = -1
    last_received_end = -1  # the end of a verb of receiving guests (会见, 欢迎)
    # Only verbs of taking people along (率, 带领) led so far: see _led_to_attend.
    led_only = True
    took_along = -1  # the end of a verb of taking people along right before (带领)
    party_led_end = -1  # the end of a verb of leading a party (带队, 率队), see _JOINED_BY_PARTY
    visited = False  # a visit's verb seen: 召开座谈会 after it is part of the visit
    wished = False  # a wish for others seen: only speech counts after it
    hearing = False  # 听取 seen: the next speech is the one heard
    # 听取 opening the predicate (X听取…汇报): who hears a report is there (HEARER). Not
    # 听取 later in it (来到A家里…，认真听取他提出的意见: the visit's, a clause the
    # person named last may not own).
    heard_first = False
    # (roles45) 参观 seen (参观展览, 参观了展馆): who tours it is there (VIEWER), when the
    # predicate gives him no other role.
    viewed = False
    verbs = _verb_table(v)
    in_order = _role_verb_words(v)
    match_verb = _matcher(in_order).match
    while i < len(text):
        report = _REPORT_MADE.match(text, i) if text[i] in "所作做" else None
        if report:
            # 所作的《政府工作报告》, 作了关于…的报告: the report is the person's speech.
            roles.add("speaker")
            i = report.end()
            continue
        summed = _SUMMED.match(text, i) if text[i] in _SUMMING_FIRSTS else None
        if summed:
            # 总结了…以来的工作, 报告了…会议情况: a report made on something is speech;
            # the verbs inside what is reported on are no acts (nor a hearer's speech).
            if not hearing:
                roles.add("speaker")
            i = summed.end()
            continue
        if text[i] == "《":
            # A verb inside a document's name (领学《…督查工作办法》) is not an act.
            close = text.find("》", i)
            i = close + 1 if close != -1 else len(text)
            continue
        excluded = _starts_with(text, i, v.verb_exclusions)
        if excluded:
            i += len(excluded)
            continue
        if hearing and text[i] in "并后":
            hearing = False
        listening = _starts_with(text, i, _LISTENING) if i == 0 else ""
        if listening:
            # X边听边记，…，并要求…: who listens and takes notes opening his predicate is
            # there, as who hears a report (HEARER); his predicate goes on after it.
            heard_first = True
            i += len(listening)
            continue
        heard = _starts_with(text, i, v.heard_governors)
        if heard:
            # 听取了负责人的汇报: the report heard is not the hearer's speech.
            hearing = True
            heard_first = heard_first or i == 0
            i += len(heard)
            continue
        wish = _starts_with(text, i, v.wish_words) or _planned(text, i, v)
        if wish:
            # 希望他们继续参与…, 勉励大家参加…: the acts after a wish are the others' (what
            # it asks of them is still said: 希望委员们提出…, 鼓励…，要求…).
            wished = True
            if wish in v.encouraging_words:
                # 鼓励他们树立信心: said to the people met; speech if the person leads
                # the visit (resolved per person, `_final_roles`).
                roles.add(ENCOURAGED)
            elif wish in v.spoken_wishes and _JOINED_WISH.search(text, max(0, i - 2), i):
                # 给予充分肯定，并希望…: a wish joined by 并 to the subject's own acts is his
                # own, said aloud (as 希望 right after his name); the acts after it stay
                # the others'.
                roles.add("speaker")
            i += len(wish)
            continue
        greeting = _GREETING.match(text, i) if text[i] in "致向" else None
        if greeting:
            # 向各位老干部致以节日的问候, 向各界拜年: a greeting conveyed; the speech of one
            # who is at the gathering, a visit of anyone else (GREETED, `_final_roles`);
            # 拜年 said to everyone (代表市长向大家拜年, 向全县人民拜年): speech, no call
            # paid, whoever says it (给老党员拜年, 到村里拜年 stay visits).
            roles.add("speaker" if _GREETING_TO_ALL.match(text, i) else GREETED)
            i = greeting.end()
            continue
        home = _HOME_VISIT.match(text, i) if text[i] in "来走前到" else None
        if home:
            # 来到退休干部家中, 分别来到A和B家中: a call paid at people's homes is a visit
            # made (as 看望), whatever the verbs after it.
            roles.add("leader")
            visited, led_only = True, False
            i = home.end()
            continue
        came = _CAME_TO_CHEER.match(text, i) if text[i] == "来" else None
        if came:
            # 也特别来码头关心乡亲并致意 (Taiwan's reports: came to a place to show concern
            # or to greet): there, as 到场关心 (tw43roles).
            roles.add("attendee")
            i = came.end()
            continue
        m = match_verb(text, i)
        verb = m.group() if m is not None else ""
        body = _BRACKETED_BODY.match(text, i + len(verb)) if verb else None
        if body and verbs[verb] == "leader":
            # (roles45b) 督导（考察）组组长参加会议: a body named by its task with another
            # word for it in brackets is a noun, as 督导组 is (verb_exclusions); no visit.
            i = body.end()
            continue
        called = _CALLED_PARTY.match(text, i + len(verb)) if verb in _CALLING_ON else None
        if called and not wished:
            # (roles45b) 专程看望了考察团一行: a call on a party that came visiting is the
            # hosts' receiving of it (there, as 会见 is), no visit of their own.
            roles.add("attendee")
            i = called.end()
            continue
        along = "" if verb else _starts_with(text, i, v.together_before_acts)
        if along and (match_verb(text, i + len(along)) or _NO_VERB).group():
            # 一起看望代表, 一起调研: together with the visitors before an act is 一同 (they
            # come along, present); 一起 before no act (一起努力) is none.
            verb = _TOGETHER
        # The verb of receiving guests here, read once for both uses below: alone (no role
        # verb of its own) or as the role verb itself (接待, 欢迎).
        received = _receiving(text, i, v)
        if not verb:
            if received:
                # 欢迎…率领的代表团 (no role verb of its own): its guests' verbs are theirs.
                if not wished and _welcomes_party(text, i + len(received), received, v):
                    # 於公园欢迎参访团, 县长X热情欢迎考察团一行, X在县政府迎接市长Y一行: who
                    # welcomes or meets a visiting party receives it, there (接待); 表示欢迎
                    # is speech, read before. Not after a wish or a plan (将于下月迎接,
                    # 希望大家热情欢迎: a welcome to come, or the others'), as every role verb.
                    # A welcome of the party's arrival (热烈欢迎考察团一行的到来) is said,
                    # as 对考察团一行的到来表示欢迎 is (speech): one reading of one fact,
                    # the one no held-out figure falls with (review43 finding 4; README).
                    arrival = _ARRIVAL_WELCOMED.match(text, i + len(received))
                    roles.add("speaker" if arrival else "attendee")
                last_received_end = i + len(received)
                i += len(received)
                continue
            weak = "" if wished or hearing else _starts_with(text, i, v.weak_presence_words)
            if (
                weak
                and not _VIEWING_FOR_OTHERS.search(text, max(0, i - VIEWING_FOR_OTHERS_MAX), i)
                and (
                    weak not in v.presence_at_clause_end
                    or text[i + len(weak) : i + len(weak) + 1] in _CLAUSE_END_OR_NONE
                )
            ):
                viewed = True
            topic = _TOPIC.match(text, i) if text[i] in _TOPIC_OPENERS else None
            # 对考察团的到来表示欢迎, 就巡视工作进行了交流: a verb inside the topic is a
            # noun (the visit welcomed), not the speaker's act; the verb after it is.
            i = topic.end() if topic else i + 1
            continue
        told = _REPORTED.match(text, i + len(verb)) if verb in _REPORTING else None
        if told:
            # 介绍了…开展课题调研的情况: what is reported on is no act of the teller's (nor
            # of the hearer's: 听取了…介绍…的情况).
            if not hearing:
                roles.add("speaker")
            i = told.end()
            continue
        hosted = _PROGRAMME.match(text, i + len(verb)) if verb.startswith("主持") else None
        if hosted:
            # 主持「某某」节目: a broadcast's host presides no meeting; what it is about is
            # no act of his (主持…访谈节目).
            i = hosted.end()
            continue
        if (
            (verb in _GUIDING_FRAMES or verb in _ESCORT_FRAMES)
            and text.startswith("下", i + len(verb))
            and _unnamed_escorts(text, i)
        ):
            # 在镇主要领导的陪同下，走访…, 在家人陪同下出席: escorts no name names frame
            # the predicate, the one escorted is no escort; 在厨师指导下，与亲子一起体验…, 在
            # 老师的指导下: the guidance is the guide's (whom no name names here), no visit
            # the subject leads. Either way the verbs after it are his.
            i += len(verb) + 1
            continue
        if verb in _ESCORT_FRAMES and _UNNAMED_BY_ESCORTS.search(
            text, max(0, i - UNNAMED_ESCORTS_MAX - 1), i
        ):
            # X一行由县经开区陪同来到…: escorts no name names, after 由; the one escorted is
            # no escort (as in 在…陪同下), the verbs after it are his.
            i += len(verb)
            continue
        if verb == _DEEP and _DEEP_TALK.match(text, i + len(verb)):
            # 进行了深入探讨, 向调研组深入介绍了…: 深入 is how thoroughly they talk, no
            # visit made; the verb after it is read on its own (介绍: speech).
            i += len(verb)
            continue
        if verb in _LEADING_ALL and _EVERYONE.match(text, i + len(verb)):
            # 随后带领大家共同缅怀…, 团结带领广大干部群众…: leading everyone in an act or
            # at large is no visit made (the visit's own verb after it still is one);
            # not 带领大家一同参观: a party taken along on a tour.
            i += len(verb)
            continue
        if verb == _TOGETHER and took_along >= 0 and i - took_along <= TAKEN_ALONG_MAX:
            # 带领相关部门负责人一同调研: 一同 is the led people's (they come along); the
            # verb after it is the leader's visit, not one he joins.
            i += len(verb)
            continue
        if verb == _PARTY and _TOLD_PARTY.search(text, max(0, i - TOLD_PARTY_MAX - 1), i):
            # 向检查组领导一行介绍了…, 向县长一行汇报: the party told is the object's, no
            # visit of the teller's; the verb after it is his.
            i += len(verb)
            continue
        own_people = _OWN_PEOPLE_ATTENDING.match(text, i + len(verb)) if verb == "陪同" else None
        if own_people:
            # 镇长A、乡长B等人都陪同清洁队员出席这场盛会: going with people who are no
            # visitors (their staff, pupils) to attend is attending with them.
            roles.add("attendee")
            i = own_people.end()
            continue
        if verb in _JOINED_BY_PARTY and i == party_led_end:
            joined_end = _ATTEND_GAP.match(text, i + len(verb)).end()
            visit = match_verb(text, joined_end)
            if visit is not None and verbs[visit.group()] == "leader":
                # (dev26r) 分别带队参加考察: who leads his party to join a visit leads
                # the party's visit (the visit's verb is his); 带队参加会议 still attends.
                i = joined_end
                continue
        took_along = i + len(verb) if verb in TAKE_ALONG else -1
        if verb in v.party_leading_words:
            party_led_end = i + len(verb)
        role = verbs[verb]
        if wished and role != "speaker":
            i += len(verb)
            continue
        if hearing and role == "speaker":
            # the report heard (听取了…部署的汇报); a speech after 并 or 后 is his again
            i += len(verb)
            continue
        if verb == "宣布" and _SESSION_OPENED.match(text, i + len(verb)):
            role = "chair"  # 宣布：…大会开幕: who opens the session presides it
        elif verb == "宣布":
            role = ANNOUNCED  # speech, unless the announcer presides (see _final_roles)
        # 参加督查, 参加了督查, 参加部分慰问: the visit is joined, not led.
        joined = last_attend_end >= 0 and _ATTEND_GAP.fullmatch(text, last_attend_end, i)
        # 看望参加会议的委员: a verb right after a visit's verb describes the people
        # visited, not the visitor; so does one closed by 的 later in its object
        # (看望慰问县政协会议参会的委员).
        described = role == "attendee" and (
            i == last_visit_end
            or (last_visit_end >= 0 and _DESCRIBING.match(text, i + len(verb)) is not None)
        )
        # 主持视察调研活动: a visit's verb right after 主持 names what is chaired; so does
        # a ceremony's verb in its object (主持某乡长宣誓就职: the oath is chaired, not
        # attended), and the handover overseen by who presides (主持、监誓及监交).
        chaired = (role == "leader" and i == last_chair_end) or (
            role == "attendee"
            and last_chair_end >= 0
            and (
                verb in _PRESIDED_ACTS
                or _CHAIRED_OBJECT.fullmatch(text, last_chair_end, i) is not None
            )
        )
        # 会见来我县考察的企业家, 接待客商来我县考察, 欢迎…代表团一行: a visit's verb in
        # the object of receiving guests is what they came to do, not the host's.
        guests_own = (
            role == "leader"
            and last_received_end >= 0
            and _RECEIVED_OBJECT.fullmatch(text, last_received_end, i) is not None
            and not _starts_with(verb, 0, v.receiving_verbs)  # 接待来访群众: his own
        )
        if received == verb:
            last_received_end = i + len(verb)
        if chaired or (role == "chair" and verb.startswith("主持")):
            last_chair_end = i + len(verb)
        # 到东区调研，并召开座谈会: the forum a visit holds is the visit's, not chaired
        # (主持召开 still is).
        # So is a forum held where one went (到某村召开座谈会): going there is the visit.
        went_to_forum = (
            verb == "召开"
            and not visited
            and _WENT_TO.fullmatch(text, 0, i) is not None
            and _FORUM_NAMED.match(text, i + len(verb)) is not None
        )
        if went_to_forum:
            roles.add("leader")
            visited, led_only = True, False
        visit_forum = verb == "召开" and visited
        if (
            not (role in ("leader", "attendee") and (joined or chaired))
            and not described
            and not visit_forum
            and not guests_own
        ):
            roles.add(role)
            visited = visited or role == "leader"
            if role == "leader" and verb not in TAKE_ALONG:
                led_only = False
        if verb in VISIT_VERBS:
            last_visit_end = i + len(verb)
        if role == "attendee" or (role == "leader" and joined):
            # 参加视察调研: a visit named by verbs in a row is joined as a whole, each
            # verb absorbed as the one before it was.
            last_attend_end = i + len(verb)
        if verb in v.predicate_enders:
            if role == "accompanying" and _ESCORT_JOINS.search(text, i + len(verb)):
                # 陪同调研并参加座谈会: the escort's own attendance after the visit he
                # goes along on (the visitors' verbs between stay theirs).
                roles.add("attendee")
            if role == "accompanying" and _ESCORT_SPEAKS.match(text, i + len(verb)):
                # 陪同调研并在座谈会上发言: the escort's own words after the visit he goes
                # along on (陪同市长A调研并讲话 is A's: the visitors stand between).
                roles.add("speaker")
            return _led_to_attend(roles, led_only, last_received_end >= 0), True
        named = _MEETING_NAMED.match(text, i + len(verb)) if role in _MEETING_GOING else None
        # 出席全县督查工作会议: the meeting's name is passed over whole (its verbs are nouns).
        i = named.end() if named else i + len(verb)
    if heard_first and not roles:
        roles.add(HEARER)
    elif viewed and not roles:
        roles.add(VIEWER)
    if led_only and "leader" in roles and _greeted_where_they_are(text):
        # 市长X率副市长A、B…拜晚年, 率领议员与官员互道恭喜: people taken along to greet at
        # a gathering, no call paid anywhere: presence, not a visit (roles23).
        roles = roles - {"leader"} | {"attendee"}
    return _led_to_attend(roles, led_only, last_received_end >= 0), False


# (roles23) New-year greetings exchanged at a gathering (拜晚年, 互道恭喜), and the words of
# going somewhere that make a greeting a call paid there (到市议会拜年 stays a visit).
# (roles24) the greeting with its season named (互道新年恭喜, 互道新春快乐, 互道新年祝福):
# presence at the gathering, as reading (3) of "Confirmed at stop 42" has it.
_GATHERING_GREETING = re.compile(
    "拜晚年|拜早年|拜年|互道(?:新年|新春)?(?:恭喜|快乐|祝福)|互相拜年|互贺新年"
)
_GONE_TO = re.compile("到|前往|赴|至|来|走访|看望|慰问")


# (roles45b) A bracketed second word for a body's task between the verb naming it and the
# body (督导（考察）组, 检查(督查)组): BRACKETED_TASK_MAX characters at most in the brackets.
BRACKETED_TASK_MAX = 6
_BRACKETED_BODY = re.compile(f"[（(][^（()）]{{1,{BRACKETED_TASK_MAX}}}[）)](?:组|团)")


# (roles45b) Verbs of calling on people, and the visiting parties they may call on within
# one clause (看望了考察团一行): the parties of welcomed_parties named by 团, but 代表团 (a
# congress's delegation, called on where it sits: 看望代表团 is a visit made) and 慰问团.
_CALLING_ON = frozenset({"看望", "看望慰问", "慰问", "探望"})
CALLED_PARTY_MAX = 16
_CALLED_PARTIES = tuple(
    w for w in vocab().welcomed_parties if w.endswith("团") and w not in ("代表团", "慰问团")
)
# The party closes what is called on (考察团一行, 参访团全体成员, 考察团，并…): a party's
# word inside what describes other people (在考察团驻地值守的环卫工人: review45b) is none.
_CALLED_PARTY = re.compile(
    f"了?[^，。；：！？,;:!?]{{0,{CALLED_PARTY_MAX}}}?(?:{_either(_CALLED_PARTIES)})"
    "(?=一行|全体|成员|人员|同志|代表|[、和及与并，。；：！？,;:!?]|$)"
)


def _greeted_where_they_are(text: str) -> bool:
    """Whether a predicate of people taken along greets at a gathering: a new-year
    greeting with no word of going somewhere before it.

    >>> _greeted_where_they_are("率副市长甲乙及各局处首长拜晚年")
    True
    >>> _greeted_where_they_are("率领副市长甲乙到市议会拜年")
    False
    >>> _greeted_where_they_are("带领府内一级主管互道新年恭喜")
    True
    >>> _greeted_where_they_are("率领乡公所团队前往某乡互道新春快乐")
    False
    """
    m = _GATHERING_GREETING.search(text)
    return m is not None and _GONE_TO.search(text, 0, m.start()) is None


# (roles24) A short note in brackets right after a name (（前排左7）, a photo's place).
_ASIDE = re.compile(r"[（(][^（()）]{1,12}[）)]")
# (roles24) How far past a clause of taking people along its greeting is looked for
# (由X带领…，邀集…互道新年恭喜): one clause of invitation, in characters.
GREETING_AHEAD_MAX = 40


def _greeting_goes_on(s: str, pred: str, hi: int, end: int, v: Vocab) -> bool:
    """Whether a clause of only taking people along (带领…) is followed, in its sentence
    and within GREETING_AHEAD_MAX characters, by a clause that greets at a gathering with
    no word of going somewhere and no visit of its own (…，邀集各界贵宾互道新年恭喜), or
    by one joined with others in an act of presence alone (…，并与民众高唱国歌: roles44).

    >>> s = "由县长甲乙带领府内一级主管，邀集各界贵宾互道新年恭喜。"
    >>> _greeting_goes_on(s, "带领府内一级主管", 13, 27, vocab())
    True
    >>> s = "由县长甲乙（前排左7）带领府内一级主管，邀集各界贵宾互道新年恭喜。"
    >>> _greeting_goes_on(s, "（前排左7）带领府内一级主管", 19, 33, vocab())
    True
    >>> s = "县长甲乙带领府内一级主管，前往某乡互道新年恭喜。"
    >>> _greeting_goes_on(s, "带领府内一级主管", 12, 24, vocab())
    False
    >>> s = "县长甲乙率一级主管，并与民众高唱国歌。"
    >>> _greeting_goes_on(s, "率一级主管", 9, 19, vocab())
    True
    """
    aside = _ASIDE.match(pred)  # 县长X（前排左7）带领…: a photo's note before the verb
    if not _starts_with(pred, aside.end() if aside else 0, TAKE_ALONG):
        return False
    if not s.startswith(("，", ","), hi):
        return False
    ahead = s[hi + 1 : min(end, hi + 1 + GREETING_AHEAD_MAX)]
    ahead_roles = _roles_in(ahead, v)[0]
    joined = _JOINED_ATTENDANCE.match(ahead)
    if joined and _PRESENTED.match(ahead, joined.end()) and _GONE_TO.search(pred):
        # (roles44b) 率领各课室主管前往某村，并致赠慰问金: a call paid, the gift its own
        return False
    if joined and ahead_roles == {"attendee"}:
        # (roles44) 县长X率一级主管，并与民众高唱国歌: the party taken along, joined by
        # 并 or 与 to an act of presence of the same subject, attends (as 率…出席).
        return True
    return _greeted_where_they_are(ahead) and "leader" not in ahead_roles


# (roles44) The words that carry a clause of taking people along on to the same subject's
# act of presence together with others (率一级主管，并与民众高唱国歌; 率市府团队，一同…):
# no new subject between. Not 并 alone (带领大家一同参观…，并沿着石阶…观看: the tour
# goes on, dev t029's leader).
# (roles44b) Or 并 right before a ceremony's presenting act, an adverb of manner between
# (率领各课室主管、同仁共同表达感谢，并特别致赠感谢状): the one who takes his staff along
# hands the certificate over himself, there (as 率领…致赠 in one clause reads).
_JOINED_ATTENDANCE = re.compile(
    "并与|并和|与|和|一同|一起|共同|并(?:特别|亲自|当场|也|还)?(?=致赠|颁发|颁赠|授牌|授旗|授队旗)"
)
_PRESENTED = re.compile("致赠|颁发|颁赠|授牌|授旗|授队旗")


# (roles45) A tour given to others (供游客参观, 邀请嘉宾前来参观): a word of it at most
# VIEWING_FOR_OTHERS_MAX characters before 参观, in the same clause (data: viewing_for_others).
VIEWING_FOR_OTHERS_MAX = 12
# What may follow a weak word of presence read only at a clause's end (也在场。, 均在场，):
# a clause's mark, or nothing (the end of the predicate).
_CLAUSE_END_OR_NONE = frozenset(PUNCT - {"、"}) | {""}
_VIEWING_FOR_OTHERS = re.compile(
    f"(?:{_either(vocab().viewing_for_others)})[^，。；：！？,;:!?]{{0,{VIEWING_FOR_OTHERS_MAX}}}$"
)


# Listening and taking notes at the start of a predicate (边听边记, 一边听一边记): who does
# it is there, as who hears a report (HEARER; roles round 22; data: listening_words).
_LISTENING = vocab().listening_words


# The words that join a spoken wish to the subject's own acts before it (给予肯定，并希望…,
# 评价了…并且希望…), right before the wish (data: wish_joiners).
_JOINED_WISH = re.compile(f"(?:{_either(vocab().wish_joiners)})$")


# A party's word alone (一行): X一行 leads a visit (role_verbs), but a party after 向, 对, 给
# or 为 within one clause and TOLD_PARTY_MAX characters is the one spoken or done to
# (向县长一行汇报, 为考察团一行介绍), not the subject's.
_PARTY = "一行"
TOLD_PARTY_MAX = 14
_TOLD_PARTY = re.compile(f"[向对给为][^，。；：！？,;:!?、]{{1,{TOLD_PARTY_MAX}}}$")


# People who are no visitors (清洁队员, 学生, 选手: data own_people_escorted), a few
# characters naming them, then an attending verb, right after 陪同 (陪同清洁队员出席).
OWN_PEOPLE_MAX = 6
_OWN_PEOPLE_ATTENDING = re.compile(
    f"[^，。；：！？,;:!?、]{{0,{OWN_PEOPLE_MAX}}}?(?:{_either(vocab().own_people_escorted)})"
    "(?:们)?(?:一同|一起|共同)?(?:出席|参加|参与)"
)


# 深入 (a visit made: 深入企业调研) as the manner of the talk right after it (深入探讨,
# 深入地讨论, 深入的研讨, 深入介绍): no visit (data: deep_talk_words).
_DEEP = "深入"
_DEEP_TALK = re.compile(f"[地的]?(?:{_either(vocab().deep_talk_words)})")


# A verb of taking people along whose object is everyone (带领大家, 率领广大干部群众): the
# people led at large, or in an act at a meeting, not a party taken on a visit (data:
# everyone_led).
_LEADING_ALL = frozenset({"带领", "率领", "率"})
_EVERYONE = re.compile(f"着?(?:{_either(vocab().everyone_led)})(?!一同|一起)")


# The role verb of coming along with the visitors (一同), which a word of together_before_acts
# (一起) right before a role verb reads as; both are two characters, so the scan's steps
# stay those of the text.
_TOGETHER = "一同"
_NO_VERB = re.compile("").match("")
assert all(len(w) == len(_TOGETHER) for w in vocab().together_before_acts)


# Verbs of speech whose object is a report on something (介绍了…的情况, 汇报…工作进展):
# the verbs inside the object (调研, 检查) are what is reported on, within one clause and
# REPORTED_MAX characters, up to a word for what a report tells (data: reported_objects).
_REPORTING = frozenset(vocab().reporting_verbs)
REPORTED_MAX = 30
# Objects joined after the first (通报了A情况、B排名情况及C的进展) are reported on too.
_REPORTED_ONE = (
    f"[^，。；：！？,;:!?]{{1,{REPORTED_MAX}}}?的?(?:{_either(vocab().reported_objects)})"
)
_REPORTED = re.compile(f"了?{_REPORTED_ONE}(?:(?:、|及|和|以及){_REPORTED_ONE})*")


# A report made on something (data: summing_verbs, summed_objects): the verb with 了, then
# its object within one clause and REPORTED_MAX characters up to the first word for what a
# report tells.
_SUMMING_FIRSTS = frozenset(w[0] for w in vocab().summing_verbs)
_SUMMED = re.compile(
    f"{_either(vocab().summing_verbs)}了[^，。；：！？,;:!?]{{0,{REPORTED_MAX}}}?"
    f"{_either(vocab().summed_objects)}"
)


# A broadcast hosted after 主持 (主持「某某」节目, 主持广播节目, 主持一档访谈栏目): its
# name quoted or a few characters, then the word for a programme (data: programme_words).
PROGRAMME_NAME_MAX = 16
_PROGRAMME = re.compile(
    f"[了过]?(?:「[^」]{{1,{PROGRAMME_NAME_MAX}}}」|《[^》]{{1,{PROGRAMME_NAME_MAX}}}》"
    f"|“[^”]{{1,{PROGRAMME_NAME_MAX}}}”"
    f"|[^，。；：！？,;:!?「《“]{{0,8}}?)(?:{_either(vocab().programme_words)})"
)


# Leader verbs that frame a predicate as an escort does (在厨师指导下, 在专家的指导下):
# the guide's act, not the subject's (data: guiding_frames).
_GUIDING_FRAMES = frozenset(vocab().guiding_frames)


# The longest escorts of no name between 在 and 陪同下 (在家人陪同下, 在工作人员陪同下).
UNNAMED_ESCORTS_MAX = 8
_UNNAMED_ESCORTS = re.compile(f"在[^，。；：！？,;:!?、]{{1,{UNNAMED_ESCORTS_MAX}}}$")
# The same escorts after 由, with no frame (X一行由县经开区陪同来到…, 由随行人员陪同).
_UNNAMED_BY_ESCORTS = re.compile(f"由[^，。；：！？,;:!?、]{{1,{UNNAMED_ESCORTS_MAX}}}$")


def _unnamed_escorts(text: str, i: int) -> bool:
    """Whether the 陪同 at text[i] (before 下) closes a frame of escorts no name names
    in the predicate itself: 的陪同下, or 在 a few characters before it (a named escort
    is a group of its own, cut out of the predicate before it is read).

    >>> _unnamed_escorts("，在家人陪同下出席", 5), _unnamed_escorts("的陪同下", 1)
    (True, True)
    >>> _unnamed_escorts("陪同下", 0)
    False

    Longer, where a word for such people closes them (在县民政部门负责同志陪同下: dev24):

    >>> _unnamed_escorts("在县民政部门负责同志陪同下", 10)
    True
    """
    if text[i - 1 : i] == "的":
        return True
    if _UNNAMED_ESCORTS.search(text, max(0, i - UNNAMED_ESCORTS_MAX - 1), i) is not None:
        return True
    lo = max(0, i - UNNAMED_ESCORT_PIECE_MAX - UNNAMED_ESCORT_END_MAX - 1)
    return _UNNAMED_ESCORTS_ENDED.search(text, lo, i) is not None


# A topic between 对 or 就 and the verb that speaks of it (对…的到来表示欢迎, 就…工作进行
# 交流, 就…提出要求, 就…检查工作作了安排部署), within one clause and TOPIC_MAX characters:
# the verbs inside it name what is spoken of. 作了 and 做了 close it as 作出 does (a light
# verb before the act: 作了部署, 做了讲话).
# 围绕 opens a topic too (围绕确保观摩活动顺利开展强调…, 围绕…作了发言), closed also by the
# speech verbs that follow it (强调, 指出, 要求: roles round 25).
TOPIC_MAX = 30
_TOPIC_OPENERS = "对就围"
_TOPIC = re.compile(
    f"[对就][^，。；：！？,;:!?「」“”]{{1,{TOPIC_MAX}}}?(?=表示|进行|提出|作出|作了|做出|做了|发表)"
    f"|围绕[^，。；：！？,;:!?「」“”]{{1,{TOPIC_MAX}}}?"
    "(?=表示|进行|提出|作出|作了|做出|做了|发表|强调|指出|要求|讲话|发言)"
)


def _receiving(text: str, i: int, v: Vocab) -> str:
    """The verb of receiving guests at text[i] (会见, 欢迎, 接机), or "" (also for a
    reception's place or day: 接待中心, 接待室, 接待日, where nobody is received).

    >>> _receiving("热情欢迎来宾", 2, vocab()), _receiving("在接待中心接访", 1, vocab())
    ('欢迎', '')
    """
    verb = _starts_with(text, i, v.receiving_verbs)
    if verb and _starts_with(text, i + len(verb), _RECEPTION_NOUNS):
        return ""
    return verb


# The object of a welcome up to the visiting party it names (欢迎寿丰乡参访团, 迎接市政协
# 考察团一行, 热情欢迎市长某率领的代表团): within one clause, no second act joined (并, 后),
# WELCOMED_PARTY_MAX characters. Who welcomes or meets a visiting party receives guests, so
# is there, as who 会见s or 接待s them is (roles26 and hosts43 found it apart; one rule).
# Guests by a generic noun (嘉宾, 客商) count only when not asked to come after it (欢迎各位
# 嘉宾前来投资兴业, 欢迎客商到某县投资: an invitation; review43 finding 6); 来到 and 到来
# say they came.
WELCOMED_PARTY_MAX = 30


@_of_vocab
def _welcomed_party(v: Vocab) -> re.Pattern[str]:
    """The object of a welcome up to the party it names, from `v` (review43 finding 4:
    compiled from the vocabulary the caller passes, not the default's at import)."""
    return re.compile(
        f"(?:了|着|著)?[^，。；：！？,;:!?并后“”「」]{{0,{WELCOMED_PARTY_MAX}}}?"
        f"(?:{_either(v.welcomed_parties)}"
        f"|(?:{_either(v.welcomed_guests)})(?!们?(?:前来|来(?![到临])|到(?!来))[\u4e00-\u9fff]))"
    )


# The object of a welcome that is a party's arrival (欢迎考察团一行的到来): within one
# clause, WELCOMED_PARTY_MAX characters, 的 and an arrival_nouns word.
_ARRIVAL_WELCOMED = re.compile(
    f"[^，。；：！？,;:!?并后“”「」]{{0,{WELCOMED_PARTY_MAX}}}?的{_either(vocab().arrival_nouns)}"
)


def _welcomes_party(text: str, end: int, received: str, v: Vocab) -> bool:
    """Whether the welcome `received` (欢迎 or 迎接) ending at text[end] receives a visiting
    party: one named in its object (欢迎参访团, 迎接考察团一行), or one the predicate ends
    with (在门口迎接, 热情欢迎: the party in the next clause or the sentence before). A
    titled guest named right after it (热情欢迎市长Y一行) is not reached: the title takes
    the welcome (热情欢迎市长), and the welcomer stays as before (an xfail test, review43
    finding 10). Not a welcome received
    (受到大家的欢迎), nor one said to anyone else (欢迎大家多多利用), nor 迎接 of a season
    or a task (迎接新年, 迎接评估).

    >>> v = vocab()
    >>> _welcomes_party("於公园欢迎参访团", 5, "欢迎", v)
    True
    >>> _welcomes_party("表示欢迎，并介绍", 4, "欢迎", v)
    False
    >>> _welcomes_party("欢迎市长李明率领的代表团", 2, "欢迎", v)
    True
    >>> _welcomes_party("欢迎大家多多利用", 2, "欢迎", v)
    False
    >>> _welcomes_party("热情欢迎", 4, "欢迎", v), _welcomes_party("受到大家的欢迎", 7, "欢迎", v)
    (True, False)
    >>> _welcomes_party("在门口迎接", 5, "迎接", v), _welcomes_party("迎接新年", 2, "迎接", v)
    (True, False)
    """
    if received not in v.welcoming_verbs:
        return False
    start = end - len(received)
    if start and text[start - 1] == "的":
        return False  # 受到…的欢迎: a welcome received, a noun
    # the predicate ends here (or with 了): read in place, never a copy of the rest, so k
    # welcomes in a predicate of length n stay O(k + n) (review43 finding 8)
    ends = end == len(text) or (end + 1 == len(text) and text[end] == "了")
    return ends or _welcomed_party(v).match(text, end) is not None


# What makes a receiving word a noun's head (接待中心, 欢迎仪式, 迎接评估工作).
_RECEPTION_NOUNS = ("中心", "室", "处", "站", "大厅", "日", "仪式", "词", "辞", "宴", "会", "工作")


# What lies between a verb of receiving guests and a visit's verb in what is received
# (会见了来我县考察的…, 接待客商来我县调研): no mark nor word of a second act (会见客商后，
# 到园区考察 is the host's own visit), bounded.
RECEIVED_OBJECT_MAX = 20
_RECEIVED_OBJECT = re.compile(f"[^，。；：！？,;:!?、并及和与后]{{0,{RECEIVED_OBJECT_MAX}}}")


# What lies between 主持 and a ceremony's verb in its object (主持某乡第11届补选乡长宣誓就职):
# no mark nor conjunction (主持会议并出席… is attendance), bounded.
CHAIRED_OBJECT_MAX = 20
_CHAIRED_OBJECT = re.compile(f"[^，。；：！？,;:!?、并及和与后]{{0,{CHAIRED_OBJECT_MAX}}}")
# A ceremony's acts that who presides it performs as presiding (监交: the handover he
# oversees at the oath he administers, 担任主持、监誓及监交人).
_PRESIDED_ACTS = frozenset({"监交"})


# (tw43roles) Coming to a place to show concern or to greet (来码头关心乡亲, 来到现场致意):
# presence, within one clause and CAME_MAX characters between 来 and the word.
CAME_MAX = 8
_CAME_TO_CHEER = re.compile(f"来到?[^，。；：！？,;:!?]{{1,{CAME_MAX}}}?(?:关心|致意|打气|加油)")


# A call paid at people's homes (来到…家中, 走进…家里), within one clause and HOME_MAX
# characters between the verb and 家; or Taiwan's 到府 (to the residence: 区长X带队到府致赠,
# 亲自到府关怀), right before what is done there, so that 府城 (a city's old name), 府会
# and 府院 (the government and the council or the cabinet) stay places (tw43roles).
HOME_MAX = 24
_HOME_ACTS = "访关慰致探拜送发祝"
_HOME_VISIT = re.compile(
    f"(?:来到|走进|走入|前往|到)[^，。；：！？,;:!?]{{1,{HOME_MAX}}}?家[中里]|到府(?=[{_HOME_ACTS}])"
)


# Where one went before holding a forum there (到井冲村召开座谈会), at the predicate's
# start, within WENT_TO_MAX characters.
WENT_TO_MAX = 16
_WENT_TO = re.compile(f"(?:到|来到|前往|赴)[^，。；：！？,;:!?]{{1,{WENT_TO_MAX}}}")
_FORUMS = ("座谈会", "现场会", "现场办公会")
# The forum, its kind maybe named before it (召开工业运行帮扶调研座谈会), within the clause
# and FORUM_NAME_MAX characters.
FORUM_NAME_MAX = 12
_FORUM_NAMED = re.compile(f"了?[^，。；：！？,;:!?]{{0,{FORUM_NAME_MAX}}}?(?:{'|'.join(_FORUMS)})")

# The name of a meeting right after a verb of convening, chairing or attending it
# (主持召开了全县夏季消防检查工作动员部署会议, 出席全市督查工作推进会): the verbs inside it
# are nouns, not acts of the one who holds or attends it. Within one clause, no list's
# joiner nor a 的 (参加检查的人员召开会议: 检查 is the attendee's), MEETING_NAME_MAX
# characters, ending at the first end word (meeting_name_ends) that opens no act of its
# own (会见, 会勘).
MEETING_NAME_MAX = 24
_MEETING_NAMED = re.compile(
    f"了?[^，。；：！？,;:!?、并及和与的「」“”《》]{{0,{MEETING_NAME_MAX}}}?"
    f"(?!{_either(vocab().acts_opened_by_meeting_end)}){_either(vocab().meeting_name_ends)}"
)
# The roles of verbs that convene, chair or attend a meeting (召开, 主持, 出席, 列席).
_MEETING_GOING = frozenset({"chair", "attendee", "nonvoting"})

# An escort's own attendance, joined by 并 after what he goes along on.
_ESCORT_JOINS = re.compile("并" + _either(vocab().escort_joined_acts))
# An escort's own speech, joined by 并 right after his 陪同 and the visit's verb he goes
# along on, if any (陪同调研并在座谈会上发言): the 在…上 of a forum within ESCORT_FORUM_MAX
# characters, then 作了 and a kind of speech (交流发言, 相关讲解) or the word alone.
ESCORT_FORUM_MAX = 12
_VISIT_ROLE_VERBS = sorted(
    (w for w, r in vocab().role_verbs if r == "leader"), key=len, reverse=True
)
_ESCORT_SPEAKS = re.compile(
    f"{_either(_VISIT_ROLE_VERBS)}?并"
    f"(?:在[^，。；：！？,;:!?、并]{{1,{ESCORT_FORUM_MAX}}}?上)?(?:[作做]了?)?"
    f"{_either(vocab().escort_spoken_kinds)}?{_either(vocab().escort_spoken_acts)}"
)


# Verbs of taking people along: 率领…出席 brings them to attend, no visit is led; so does
# a party's 一行 (X一行参加座谈: X attends).
TAKE_ALONG = vocab().take_along_verbs
# The longest object of a verb of taking people along before the led people's 一同
# (带领区直有关单位负责人一同…).
TAKEN_ALONG_MAX = 16


def _led_to_attend(roles: set[str], led_only: bool, received: bool = False) -> set[str]:
    """率领市府团队出席典礼, 率各局处首长列席: who takes people along to attend a
    ceremony or a session attends it (or sits in), leading no visit; so does who takes
    them along to receive guests (率领多位主管前往接机, 带领…热情欢迎来宾: `received`).
    A visit's own verb (调研, 视察 …) in the predicate keeps the leader.

    >>> sorted(_led_to_attend({"leader"}, True, received=True))
    ['attendee']
    >>> sorted(_led_to_attend({"leader"}, False, received=True))
    ['leader']
    """
    if led_only and "leader" in roles and (roles & _LED_TO or received):
        roles.discard("leader")
        if not roles & _LED_TO:
            roles.add("attendee")
    return roles


# What people are taken along to without a visit led: a session attended or sat in, or a
# meeting the one who takes them chairs (主持会议，率领各课室主管与…齐聚一堂); (roles45b)
# or a visitor escorted (副县长X带领相关部门负责人陪同市长Y调研, 率各局处首长陪同部长视察):
# who takes his staff along to escort the visit escorts it, leading none of his own.
_LED_TO = frozenset({"attendee", "nonvoting", "chair", "accompanying"})


def _led_only(lead: str, v: Vocab) -> bool:
    """Whether a clause's verbs of a visit are only a verb of taking people along at its
    start (率领各课室主管，…): no visit of its own.

    >>> _led_only("率领各课室主管", vocab()), _led_only("率领各部门调研企业", vocab())
    (True, False)
    """
    verb = _starts_with(lead, 0, TAKE_ALONG)
    return bool(verb) and "leader" not in _roles_in(lead[len(verb) :], v)[0]


# 宣布 other than of a session opened: speech, but part of presiding for one who chairs
# the same meeting (会议由A主持。A宣布…当选): resolved per person, `_final_roles`.
ANNOUNCED = "announced"
# 鼓励, 勉励 (encouraging_words): speech of who leads the visit, nothing of anyone else:
# resolved per person, `_final_roles`, as the leader role may come from another sentence.
ENCOURAGED = "encouraged"
# What of a later clause is still the wisher's, once he has had his predicate (A感谢…，希望
# 他们…，鼓励他们…): his speech, and his encouragement (speech if he leads the visit).
SAID_AFTER_WISH = frozenset({"speaker", ENCOURAGED})
# The oath taken by the people just named to a post, called by what they now are (新当选
# 成员…宣誓): they are there, attendees unless another role of theirs says what they did
# (the one who chairs and is also elected chairs): resolved per person, `_final_roles`.
SWORN = "sworn"
# A greeting conveyed (向委员们致以亲切的问候, 向各界拜年; the people greeted are no
# act's: 向与会人员致以问候): who is at a meeting or ceremony
# (attends, chairs or sits in) and greets its people speaks there; anyone else greets the
# people he calls on (区领导…向委员们致以问候: a visit led, as 问候 and 拜年 alone are):
# resolved per person, `_final_roles` (roles round 22). Not 到某处拜年 (a visit made).
GREETED = "greeted"
GREETING_OBJECT_MAX = 12
_GREETING = re.compile(
    f"(?:向[^，。；：！？,;:!?]{{1,{GREETING_OBJECT_MAX}}}?)?"
    f"致以[^，。；：！？,;:!?]{{0,{GREETING_OBJECT_MAX}}}?问候"
    f"|向[^，。；：！？,;:!?到]{{1,{GREETING_OBJECT_MAX}}}?拜年"
)
# 拜年 said to everyone (data greeted_all: 向大家拜年, 向全县人民拜年, 向各位来宾拜年): speech,
# whoever says it. Only 拜年: a visit's leader who 向大家致以节日问候 while calling on people
# still leads the visit (GREETED; tests/eval/officials h07).
_GREETING_TO_ALL = re.compile(
    f"向(?:{_either(vocab().greeted_all)})[^，。；：！？,;:!?向]{{0,{GREETING_OBJECT_MAX}}}?拜年"
)
# Who hears a report (司长X听取各区主席汇报…) is where it is given: present, an attendee
# unless another role of his says what he did there (the chair who hears reports chairs;
# a visit's leader who hears them leads): resolved per person, `_final_roles`.
HEARER = "heard"

# (roles45) A marker: who tours an exhibition or a site (参观) with no other role verb
# (县领导A、B等参观展览) is there, an attendee (`_final_roles`), as a hearer is.
VIEWER = "viewed"


# The roles of one at the gathering whose greeting is speech (GREETED).
_GREETED_AT = frozenset({"attendee", "chair", "nonvoting"})


def _final_roles(roles: set[str]) -> set[str]:
    """A person's roles with 宣布 resolved: the chair's announcements are chairing; one
    who sits in (列席) and is seated is no attendee besides; the encouragement of the
    people met is the speech of who leads the visit, and nothing of anyone else; the
    elected who take the oath are there, attendees unless they have another role.

    >>> sorted(_final_roles({"chair", ANNOUNCED})), sorted(_final_roles({ANNOUNCED}))
    (['chair'], ['speaker'])
    >>> sorted(_final_roles({"leader", ENCOURAGED})), sorted(_final_roles({ENCOURAGED}))
    (['leader', 'speaker'], [])
    >>> sorted(_final_roles({SWORN})), sorted(_final_roles({"chair", SWORN}))
    (['attendee'], ['chair'])
    >>> sorted(_final_roles({HEARER})), sorted(_final_roles({"leader", HEARER}))
    (['attendee'], ['leader'])
    >>> sorted(_final_roles({"attendee", GREETED})), sorted(_final_roles({GREETED}))
    (['attendee', 'speaker'], ['leader'])
    """
    if roles & {"nonvoting", "leader"} and "attendee" in roles:
        # 列席会议的县长X在主席台就座: sitting in is being there, no second role; so is
        # leading the visit (X一行到…调研，并与Y一行举行工作座谈: the visit's leader).
        roles = roles - {"attendee"}
    if GREETED in roles:
        roles = roles - {GREETED}
        if "leader" not in roles:
            roles = roles | ({"speaker"} if roles & _GREETED_AT else {"leader"})
    if ENCOURAGED in roles:
        roles = (roles - {ENCOURAGED}) | ({"speaker"} if "leader" in roles else set())
    if SWORN in roles:
        roles = (roles - {SWORN}) - {"mentioned"} or {"attendee"}
    if HEARER in roles:
        roles = (roles - {HEARER}) - {"mentioned"} or {"attendee"}
    if VIEWER in roles:
        roles = (roles - {VIEWER}) - {"mentioned"} or {"attendee"}
    if ANNOUNCED not in roles:
        return roles
    return (roles - {ANNOUNCED}) | (set() if "chair" in roles else {"speaker"})


# The longest quoted title and kind word of a report made (作《…》辅导报告, 作专题辅导报告).
REPORT_TITLE_MAX = 40
REPORT_KIND_MAX = 6

# A report made, its name between the verb and 报告: 所作的《…报告》, 作了关于…的报告,
# 做财政预算决算报告. 作 alone opens words (工作, 合作): it needs 所 before or 了/的 after,
# or a report named 关于… after it (向大会作关于…情况报告, 代表常委会作…常委会关于…的报告),
# where 作 is no word's second character nor its first (作为 组长主持…关于…的报告: as, not
# made; 作出, 作用 …).
# A lecture given (作“…”专题讲座, 作了一场讲座) is a report made, as 作辅导报告 is.
_REPORT_WORD = "(?:报告|讲座)"
_REPORT_MADE = re.compile(
    "(?:所[作做]的?|[作做][了的]|做)"
    f"(?:《[^》]{{0,40}}》|关于[^，。；：！？]{{0,40}}?(?:报告|汇报)|[^，。；：！？《好]{{0,12}}?{_REPORT_WORD})"
    "|(?<![工合写创操协运动制著佳耕劳习])作(?![为出用风品者家业息])"
    "(?:[^，。；：！？《]{0,40}?关于[^，。；：！？]{0,40}?报告"
    # 作…筹备工作情况的报告, 作…预备人选的说明: what is reported on, the report or
    # explanation named after its 的 (a verb inside it, 出席 of 区出席市党代会代表, is none).
    "|[^，。；：！？《]{0,40}?的(?:报告|说明|讲座)"
    # 作专题辅导报告, 作《…》辅导报告, 作“…”专题讲座: a report named by its kind (a few
    # characters), its title quoted before
    f"|(?:《[^》]{{1,{REPORT_TITLE_MAX}}}》|“[^”]{{1,{REPORT_TITLE_MAX}}}”)?"
    f"[^，。；：！？《“的]{{0,{REPORT_KIND_MAX}}}{_REPORT_WORD})"
)

# How far after 宣布： its announcement is read.
ANNOUNCEMENT_MAX = 60
# What 宣布 announces when its announcer presides: a session opened or closed, the
# session's name maybe between (宣布：第十届人民代表大会第三次会议开幕！), up to the end
# of the predicate (宣布了…决定 is speech). A name must end with a session's word:
# who declares a contest or a festival open (宣布比赛开幕, 宣布…旅游节开幕) says so,
# the one who presides its opening is named by 主持 (issue 11, roles round 4).
_SESSION_OPENED = re.compile(
    "[：:]?(?:[^，。；！？,;!?]{0,40}?(?:会议|大会|全会|代会|常委会))?"
    "(?:正式)?(?:开幕|闭幕|开议|开会)[！!。]?$"
)

# Verbs of a visit whose object is people (看望, 慰问): a verb right after one of them
# belongs to the people visited (看望参加会议的委员), see `_roles_in`.
VISIT_VERBS = vocab().visit_verbs
# The same, as `_ends_with_any` takes them.
_VISITS = tuple(sorted(VISIT_VERBS, key=len, reverse=True))
# The rest of a 的-phrase after a verb in a visit's object (参会的, 出席本次会议的): the verb
# describes the people visited. Bounded, within the clause.
DESCRIBING_MAX = 12
_DESCRIBING = re.compile(f"[^，。；：！？,;:!?的]{{0,{DESCRIBING_MAX}}}的")

_FILLER = vocab().governed_fillers
# What may lie between an attendee verb and the visit it joins (参加了部分慰问,
# 参加上述调研活动).
# (dev26r) The verbs of joining that a party's leader (带队, 率队) may write before the
# visit the party joins (带队参加考察): the visit is then his to lead.
_JOINED_BY_PARTY = ("参加", "参与")
_ATTEND_GAP = re.compile(f"了?({_either(vocab().attend_gap_words)})?")


# A group no name names joined between two named items of one list (A及服务处有关人员、B,
# A和有关同志、B): at most JOINED_GROUP_MAX characters before the group's end word.
JOINED_GROUP_MAX = 8
_JOINED_GROUP = re.compile(
    f"(?:{_either(tuple(j for j in JOINERS if j != '、'))})"
    f"[^，。；：！？,;:!?、]{{0,{JOINED_GROUP_MAX}}}(?:{_either(vocab().joined_group_ends)})、"
)


def _governed(gap: str, v: Vocab) -> bool:
    """Does the text before a group end with a word that makes the group absent?

    >>> _governed("认真学习了", vocab()), _governed("主持", vocab())
    (True, False)
    """
    words = (*_FILLER, *v.mention_governors)
    end = len(gap)  # an index, not a slice per filler word: a run of them was quadratic
    changed = True
    while changed and end:
        changed = False
        for w in words:
            if gap.endswith(w, 0, end):
                if w in v.mention_governors:
                    return True
                end -= len(w)
                changed = True
                break
    return False


# Main --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawMention:
    """A person found in the text before ids are assigned (used by places masking)."""

    name: str
    title: str
    roles: tuple[str, ...]
    start: int
    end: int
    evidence: str


def find_officials(
    text: str, registry: Registry | None = None, credits: Iterable[Credit] = ()
) -> tuple[RawMention, ...]:
    """Officials without ids, in order of first appearance (see `extract_officials`).

    A record asks twice (the places step masks the names it finds; then the officials
    step, with the record's credits): the answers for the last text are kept. Credits
    only drop bare references to credited names, so two credit lists that hold the
    same of the text's bare names get the same answer."""
    registry = registry or Registry()
    credit_names = frozenset(c.name.replace(" ", "") for c in credits)
    last = _LAST_FOUND
    if not last or last[0] is not registry or last[1] != text:
        last[:] = (registry, text, None, {})
    bare = last[2]
    if bare is not None and (credit_names & bare) in last[3]:
        return last[3][credit_names & bare]
    found, bare = _find_officials(text, registry, credit_names)
    last[2] = bare
    last[3][credit_names & bare] = found
    return found


_LAST_FOUND: list = []


def _find_officials(
    text: str, registry: Registry, credit_names: frozenset[str]
) -> tuple[tuple[RawMention, ...], frozenset[str]]:
    """The officials, and the names found as bare references (before credits drop
    theirs)."""
    v = vocab()
    s, where = _squeeze(_spaced_roster_marks(text, v))
    sentences = _spans(s, 0, len(s), SENTENCE_END)
    clauses: list[tuple[int, int, int]] = []  # (sentence index, start, end)
    for si, (a, b) in enumerate(sentences):
        clauses.extend((si, c0, c1) for c0, c1 in _clause_spans(s, a, b))

    # Pass 1: titled references anywhere, to learn this report's names.
    registered = registry.official_names()
    known = frozenset(registered)
    # A title's holder that nothing ends there, but that the report writes again where
    # names end, is known to the titled pass only (a title must still come before it).
    titled_known = known | _recurring_titled_names(s, v)
    titled: list[_Item] = []
    carried: str | None = None
    pass_one: list[_TitledClause] = []
    for ci in range(len(clauses)):
        # An item lies inside its own clause, so only this clause's items can overlap
        # (the items of every clause before made the pass quadratic in the report).
        asked = _AskedNames(titled_known)
        found = _TitledClause(carried, asked.asked)
        items, carried = _titled_items(s, clauses, ci, v, asked, carried)
        found.items, found.carried_out = [_copied(i) for i in items], carried
        pass_one.append(found)
        titled += items
    # association heads, whatever else titles them here; a body's word read as a name
    # (20乡镇市农会理事长: 农 is a surname too) is no one (the second pass's filter)
    civic = _civic_names(titled, s)
    dual = _dual_offices(titled, s)  # ... but for those the report names by an office too
    misread = _misread_names(titled, len(s.rstrip()))
    misread.update(_married_surnames(titled, s, v))
    first = [
        _uncounted(_by_office(i, dual))
        for i in titled
        if not (_civic_title(i.title) and i.name not in dual)
        and i.name not in civic
        and i.name_start not in misread
    ]
    councillors = _interpellators(s, clauses, v)
    known = known | {i.name for i in first} | _repeated_speakers(s, clauses, v)
    known |= frozenset(councillors.values())

    # Pass 2: all references, clause by clause, then lists and predicates.
    people: dict[str, str] = {}
    for item in first:
        if item.title and item.name not in people:
            people[item.name] = item.title
    lists: list[_List] = []
    bare: set[str] = set()
    clause_items: list[list[_Item]] = []
    names = _KnownNames(known)
    surname_fits = _SurnameFits(people)
    carried = None
    for ci, (_, lo, hi) in enumerate(clauses):
        again = pass_one[ci]
        if again.holds_for(carried, titled_known, known):
            items, carried = again.items, again.carried_out
        else:
            items, carried = _titled_items(s, clauses, ci, v, known, carried)
        taken = _Taken((i.start, i.end) for i in items)
        items = [
            _uncounted(_by_office(i, dual))
            for i in items
            if not (_civic_title(i.title) and i.name not in dual)
        ]
        k = _subject_start(s, lo, hi, v)
        if k in councillors and not taken.overlaps(k, k + len(councillors[k])):
            # A councillor of an interpellation, named without a title (see above).
            e = k + len(councillors[k])
            items.append(_Item(councillors[k], "", k, e, k, e, "titled"))
            taken.add(k, e)
        items += _bare_names(s, lo, hi, names, v, taken)
        items += _surname_titles(s, lo, hi, surname_fits, v, taken)
        items.sort(key=lambda i: i.start)
        bare.update(i.name for i in items if i.kind == "bare")
        items = [i for i in items if not (i.kind == "bare" and i.name in credit_names)]
        items = [i for i in items if i.name not in civic and not _civic_body_name(i.name)]
        items = [i for i in items if misread.get(i.name_start) != i.name]
        # a name inside a doctrine's name has done its work (learned, its span taken)
        items = [i for i in items if i.kind != "doctrine"]
        clause_items.append(items)
        current: list[_Item] = []
        for item in items:
            if current:
                gap = s[current[-1].end : item.start]
                gap = gap.removeprefix(_starts_with(gap, 0, v.address_forms))  # A中将、B
                if (
                    gap in JOINERS
                    or gap in TOGETHER
                    or _undated(gap) in TOGETHER
                    or (gap == "" and item.kind == "titled")
                    or item.listed
                    or _JOINED_GROUP.fullmatch(gap) is not None
                ):
                    current.append(item)
                    continue
                lists.append(_List(current, ci, current[0].start, current[-1].end))
            current = [item]
        if current:
            lists.append(_List(current, ci, current[0].start, current[-1].end))

    _inherit_titles(lists)
    _assign_roles(s, clauses, lists, v)
    for group in lists:
        if not group.roles and not group.mentioned and group.items[0].start in councillors:
            group.roles = {"speaker"}  # who questions the government speaks (质询)
    return _merge(text, s, where, sentences, lists), frozenset(bare)


# (roles45b) A day or a time of day between a name and a word of going together (县长A今天
# 偕同议员B前往…, 立委A14日下午偕同B…): the two are still one group of those who act, and
# the word joins them as it does right after the name (together_words, companion_joiners,
# escort_joiners); `_undated` reads the word past the day.
_DAY_BEFORE_JOIN = re.compile(
    "(?:今天|今日|昨天|昨日|昨|今|日前|近日|[0-9０-９]{1,2}日)?(?:上午|下午|晚上|中午|晚间)?"
)


def _undated(gap: str) -> str:
    """The text between two names without a day or time of day opening it.

    >>> _undated("今天偕同议员"), _undated("14日下午偕同"), _undated("、")
    ('偕同议员', '偕同', '、')
    """
    return gap[_DAY_BEFORE_JOIN.match(gap).end() :]


class _AskedNames:
    """A set of names that notes every name it is asked about: all `_titled_items` does
    with the report's known names is ask whether a name is one of them."""

    __slots__ = ("asked", "names")

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.asked: set[str] = set()

    def __contains__(self, name: object) -> bool:
        self.asked.add(name)  # type: ignore[arg-type]
        return name in self.names


@dataclass
class _TitledClause:
    """What the first pass's `_titled_items` found in a clause, and what it depended on:
    the title carried in and the names it asked about. The second pass asks the same of
    the same clause with more names known; where both sets answer every asked name
    alike and the same title is carried in, the answer is the same (the officials step
    ran `_titled_items` twice a clause, a third of the import's time)."""

    carried_in: str | None
    asked: set[str]
    items: list[_Item] = field(default_factory=list)
    carried_out: str | None = None

    def holds_for(self, carried: str | None, then: frozenset[str], now: frozenset[str]) -> bool:
        """Whether the first pass's answer is the answer with `now` known and `carried`
        carried in (`then`: the names known to the first pass)."""
        return carried == self.carried_in and all(
            (name in then) == (name in now) for name in self.asked
        )


def _copied(item: _Item) -> _Item:
    """A copy of `item` that later steps may change without changing `item`."""
    return replace(item, roles=set(item.roles))


# Bodies whose heads hold no public office: chambers of commerce and community
# associations (澳门中华总商会会长, 香港潮属社团总会主席, 某某同乡会会长), and Taiwan's
# farmers', fishermen's, irrigation and industry associations (某镇农会理事长, 区渔会总干事,
# 某某农田水利会长, 县工业会理事长: members' bodies, whose chairs the labels leave out).
# 农委会 (a ministry) and 水利会战 (a works campaign's command) hold none of these words.
# Associations of kin and origin, as 同乡会 (县客属会理事长, 县客家协会理事长, 某氏宗亲会会长:
# Hakka clansmen's and clan associations), and Taiwan's cultural and educational
# foundations (某乡文教基金会董事长: private bodies; a 红十字基金会 is no 文教基金会).
# (assoc42, the readings decided at stop 42) Every members' association: 协会, 学会,
# 研究会, 联谊会, 促进会, 基金会, 警友会 and the charities' 慈善会 (慈善总会): 省园林绿化
# 协会主任, 市慈善总会会长, 世界中医药学会联合会主席, 里长联谊会长, 警友会理事长 hold
# no office; one who holds one beside it is kept by it (县人大常委会原主任、茶产业协会会长).
CIVIC_BODIES = (
    "商会", "社团", "同乡会", "农会", "渔会", "农田水利会", "工业会",
    "客属会", "客家协会", "宗亲会", "基金会",
    "协会", "学会", "研究会", "联谊会", "促进会", "警友会", "慈善会", "慈善总会",
    # an association's founding (金门创会会长, 创会理事长): no office is founded so
    "创会",
    # (dev28r, tw45b) schools' members' bodies: parents' associations (家长会长, 家长会会长,
    # Hong Kong's 家长教师会 and 家联会, 家教会), heads' and alumni associations (校长会,
    # 校友会理事长); an association for progress (市议员协进会理事长: 协进会 holds no 协会); the
    # fishermen's and farmers' associations' small groups (渔民小组长, 农事小组长: units of
    # 渔会 and 农会, whose officers the labels leave out): members' bodies, as 协会 is
    "家长会", "家长教师会", "家联会", "家教会", "校长会", "校友会", "协进会",
    "渔民小组", "农事小组",
)  # fmt: skip

# The party-state's people's organisations and a democratic party, whose names hold one
# of CIVIC_BODIES' words: their officers are labelled (科学技术协会 is 科协, 台湾同胞联谊会
# and 台胞联谊会 are 台联: 胞联谊会, as the title's walk stops at 同, a stop word;
# 红十字基金会 is the Red Cross's, 民主促进会 is 民进), and 政协会议 (a session of a
# political consultative conference) holds 协会 by chance, as a consultative conference
# written in full (中国人民政治协商会议某县委员会副主席, 民主协商会) holds 商会 (names56).
PEOPLES_BODIES = ("科学技术协会", "胞联谊会", "红十字基金会", "民主促进会", "政协会", "协商会")


def _civic_body_name(name: str) -> bool:
    """Whether a name read is a civic body's word or opens with one (农会理监事 after 各里长:
    农 is a surname too, but no name opens with a body's word; tw45c).

    >>> _civic_body_name("农会"), _civic_body_name("农会理监事"), _civic_body_name("农家乐")
    (True, True, False)
    """
    return name in CIVIC_BODIES or any(len(b) >= 2 and name.startswith(b) for b in CIVIC_BODIES)


def _civic_title(title: str | None) -> bool:
    """Whether a title's first post is held in a civic body (CIVIC_BODIES), not an
    office nor a people's organisation (PEOPLES_BODIES): its holder is left out
    (县工商联主席、总商会会长 keeps its first post).

    >>> _civic_title("澳门中华总商会永远荣誉会长"), _civic_title("县工商联主席、总商会会长")
    (True, False)
    >>> _civic_title("市慈善总会会长"), _civic_title("省科学技术协会主席")
    (True, False)
    >>> _civic_title("中国人民政治协商会议某县第十届委员会副主席")
    False
    >>> _civic_title("大会副主席"), _civic_title("评审委员"), _civic_title("大会主席团常务主席")
    (True, True, False)
    >>> _civic_title("某区区节统筹委员会副主席"), _civic_title("县委宣传部部长")
    (True, False)
    >>> _civic_title("县议员、某县农会理事长"), _civic_title("县议员、某县副县长")
    (True, False)
    """
    first = (title or "").split("、", 1)[0]
    for body in PEOPLES_BODIES:
        first = first.replace(body, "")
    if "、" not in (title or "") and _school_head(first):
        return True  # a school's head and no other post (高等学校校长、副市长 holds one)
    if first in _EVENT_POSTS or first.endswith(_JURY_POSTS) or _FESTIVAL_COMMITTEE.search(first):
        return True
    posts = (title or "").split("、")
    if len(posts) == 2 and posts[0] in _GROUP_MEMBER_TITLES and _civic_title(posts[1]):
        return True  # 县议员、县农会理事长A: the councillors, unnamed, and A of an association
    return any(b in first for b in CIVIC_BODIES) or _private_board(first)


# (tw45c) An event's organising committee's chairs written bare (大会主席, 大会副主席 of a
# celebration: 大会主席团 and 大会执行主席, a congress's presidium, are other titles and
# labelled) and a prize's or a contest's jury (评审委员, 评委): posts of a day's event, not
# offices; the labels leave their holders out.
# (tw45c) The bare titles of a body's members, written in a guest list for the members as a
# group without a name (县议员、县农会理事长A、总干事B: the councillors came, unnamed): before an
# association's post they are another guest, not a second post of its holder.
_GROUP_MEMBER_TITLES = ("议员", "县议员", "市议员", "乡民代表", "镇民代表", "代表", "里长", "村长")
_EVENT_POSTS = ("大会主席", "大会副主席")
_JURY_POSTS = ("评审委员", "评委")
# (tw45c) So a festival's organising committee (某区区节统筹委员会副主席, 某某节筹备委员会
# 主席, 艺术节筹委会主任): a committee of the festival's days, whose posts are no office.
_FESTIVAL_COMMITTEE = re.compile("节(?:统筹|筹备)委员会|节筹委会")


# (dev28r, tw45b) Schools whose head's title is an office's: a Party school (县委党校常务
# 副校长), the cadre schools (团校, 干部学校, 干校; 行政学院, 干部学院, 社会主义学院 are 学院),
# and universities and colleges (大学, 学院: their presidents are labelled by their rank).
# Any other school's head (校长, 国小校长, 花工校长, 某某中学校长) teaches: the labels leave
# school heads out (dev-b28: ce003, ce007, ce011, ce012; stop 38's 退休国小校长; no dev
# label titles anyone 校长); a head's chain with another post (高等学校校长、副市长, 大学党委
# 书记、校长, 教育局局长兼某中学校长: review45) holds an office.
_OFFICE_SCHOOLS = ("党校", "团校", "干部学校", "干校", "大学", "学院")


def _school_head(post: str) -> bool:
    """Whether a post is a school's head (校长, 副校长) of no Party school, cadre school,
    university or college (_OFFICE_SCHOOLS).

    >>> _school_head("嘉里国小校长"), _school_head("校长"), _school_head("花工副校长")
    (True, True, True)
    >>> _school_head("县委党校常务副校长"), _school_head("某某大学校长"), _school_head("县长")
    (False, False, False)
    >>> _school_head("县教育局局长兼实验中学校长")  # another post held with it (兼)
    False
    >>> _school_head("某某大学附属中学校长"), _school_head("某某学院附小校长")  # attached
    (True, True)
    """
    if _HELD_WITH.search(post):
        return False
    attached = _ATTACHED_SCHOOL.search(post)
    school = post[attached.end() :] if attached else post
    return post.endswith("校长") and not any(w in school for w in _OFFICE_SCHOOLS)


# (review45b) 兼 joining a post to the school's (局长兼, 委员兼, 书记兼: right after a post's
# last character), not 兼 in a school's name (兼山中学).
_HELD_WITH = re.compile("[长记任员席委理]兼")

# (review45b) A school attached to a university or a college (某某大学附属中学, 某某学院附小):
# the words after the attachment's name the school, and its head is a school's.
_ATTACHED_SCHOOL = re.compile("(?:大学|学院)(?:附属|附设|附)")


# Words that show a board's company is the state's (the readings decided at stop 42: a
# state enterprise's head is an official, a private company's is not): a government's
# level (省公航旅集团, 市城投公司, 县水务集团), the central state's (中国港中旅集团, 国网,
# 国家电网, 国投) and the trades the state holds (供电, 烟草, 邮政, 铁塔, 石化, 石油), and
# Taiwan's state companies (台电, 台糖, 台水, 中油).
_STATE_MARKERS = (
    "省", "市", "县", "区", "州", "中国", "中央", "国网", "国家", "国投", "国有", "国资",
    "城投", "交投", "供电", "电网", "电力", "烟草", "邮政", "铁塔", "石化", "石油", "水务",
    "台电", "台糖", "台水", "中油", "中华",
)  # fmt: skip


def _private_board(post: str) -> bool:
    """Whether a post is the board chair of a business group that nothing shows to be the
    state's (_STATE_MARKERS): 某某企业集团董事长 (private: no official), not
    省公航旅集团董事长 nor 国网某供电公司董事长. Only a 集团's chair: a company's (某某公司
    董事长) is left as before (read so, held-out-b16 loses a labelled name).

    >>> _private_board("宝亨企业集团董事长"), _private_board("省公航旅集团董事长")
    (True, False)
    """
    return post.endswith("集团董事长") and not any(m in post for m in _STATE_MARKERS)


# A post that any association has, written with no body before it (李某会长, 理事长李某):
# it says nothing of an office by itself.
# (dev28r) Also a former or new holder's (家长会长A、前会长B: the run's body's too).
_ASSOCIATION_POST = re.compile(
    "(前|卸任|新任|现任)?(名誉|荣誉|永远荣誉|常务|执行|创会)?副?(会长|理事长|总干事|监事长)"
)


# The chair of a council of members (理事长, 监事长: the posts of a 理事会 and a 监事会),
# written with no body before it, perhaps after its term (卸任理事长, 新任理事长, 第18届
# 理事长, whose digits the title's walk stops at: 届理事长): only associations,
# foundations and cooperatives have such councils, no office does (县长 and 议长 have no
# 理事会), so a name titled by nothing else holds no public office.
# 该会理事长 and 本会理事长 (the said association's: the walk stops at 该 and 本, leaving
# 会理事长) are such a chair too. (dev28r) So is the chair of a council of members named
# by the council (当选第二届理事会会长, 理事会副会长): no office has a 理事会.
# (assoc42) The head of a federation of associations (总会长: 南投县同乡会联合总会, no
# office has one), the founding and the advising chairs (创会理事长, 辅导理事长, 辅导总会
# 长), a term and its end together (第5届卸任总会长), and a home-town association's chair
# whose title's walk stops at 同 (a stop word: 台北市台南市同乡会理事长 leaves 乡会理事长,
# 同乡会联合总会长 leaves 乡会联合总会长) are such posts too.
_MEMBERS_COUNCIL_POST = re.compile(
    "(?:本?会|乡会(?:联合)?)?"
    "(?:卸任|新任|现任|前任|首任|前|创会|辅导|第?[一二三四五六七八九十0-9]{0,3}届){0,2}"
    "(名誉|荣誉|常务)?副?(理事长|监事长|总会长|理事会(?:常务)?副?会长)"
)


def _civic_post(title: str) -> bool:
    """Whether a title is a civic body's post: of a civic body named in it (`_civic_title`)
    or the bare chair of a council of members (`_MEMBERS_COUNCIL_POST`).

    >>> [_civic_post(t) for t in ("届理事长", "卸任理事长", "历任乡镇长协会理事长", "会长")]
    [True, True, True, False]
    >>> _civic_post("会理事长"), _civic_post("本会理事长"), _civic_post("县会理事长")
    (True, True, False)
    >>> [_civic_post(t) for t in ("辅导总会长", "第5届卸任总会长", "乡会理事长", "创会理事长")]
    [True, True, True, True]
    """
    return _civic_title(title) or bool(_MEMBERS_COUNCIL_POST.fullmatch(title))


def _civic_names(items: list[_Item], text: str = "") -> frozenset[str]:
    """The names this report gives a civic body's post (`_civic_post`) and no office:
    their other references, titled only by a bare association post (李某会长) or not at
    all, are the same association head and are left out too. A name also titled with an
    office anywhere (县政协副主席X and 总商会会长X, 县人大常委会原主任X and 协会会长X) is
    kept.

    >>> a = _Item("李某", "泰国中华总商会副主席", 0, 12, 10, 12, "titled")
    >>> b = _Item("李某", "会长", 20, 24, 20, 22, "titled")
    >>> sorted(_civic_names([a, b]))
    ['李某']
    >>> c = _Item("李某", "市政协副主席", 30, 38, 36, 38, "titled")
    >>> sorted(_civic_names([a, b, c]))
    []
    >>> d = _Item("王某", "届理事长", 0, 6, 4, 6, "titled")
    >>> sorted(_civic_names([d]))
    ['王某']
    """
    civic = {i.name for i in items if i.title and _civic_post(i.title)}
    civic |= _civic_followers(items, text)
    office = {
        i.name
        for i in items
        if i.name in civic
        and i.title
        and not _civic_post(i.title)
        and not _ASSOCIATION_POST.fullmatch(i.title)
    }
    return frozenset(civic - office - set(_offices_beside(text, civic, items)))


_LIST_JOINERS = ("、", "和", "及", "与")

# The party-state's people's organisations whose head is a 会长 or whose name holds 商会
# (红十字会会长; 工商联 is also 总商会): a bare 会长 near them may be theirs.
_PEOPLES_HEADS = ("红十字", "工商联", "工会", "妇联", "侨联", "残联", "科协", "台联", "文联")


def _civic_body_before(text: str, start: int) -> bool:
    """Whether the sentence before `start` (at most 60 characters back) names a civic body
    (CIVIC_BODIES) and no people's organisation (_PEOPLES_HEADS): a bare association post
    there is that body's (某某理论研究会一行在张某会长的带领下).

    >>> _civic_body_before("某区理论研究会一行在张某会长的带领下来访。", 10)
    True
    >>> _civic_body_before("县红十字会、县总商会一行在张某会长的带领下来访。", 13)
    False
    >>> _civic_body_before("某协会成立。张某会长致辞。", 6)
    False
    """
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(c) for c in SENTENCE_END)
    before = before[cut + 1 :]
    if any(p in before for p in _PEOPLES_HEADS):
        return False
    for body in PEOPLES_BODIES:
        before = before.replace(body, "")
    return any(b in before for b in CIVIC_BODIES)


def _civic_followers(items: list[_Item], text: str) -> set[str]:
    """The names a civic body's list goes on to with a bare association post, in the
    sentence where the body's head is named (市慈善总会会长A、副会长B，常务副会长C、D: B,
    C and D are that body's officers). An office's title ends the run (协会会长A、副县长B、副会长C:
    C is no longer the association's for sure, but B's list is an office's: C is kept).

    >>> a = _Item("李某", "市慈善总会会长", 0, 9, 7, 9, "titled")
    >>> b = _Item("王某", "副会长", 10, 15, 13, 15, "titled")
    >>> sorted(_civic_followers([a, b], "市慈善总会会长李某、副会长王某出席。"))
    ['王某']
    >>> c = _Item("王某", "副会长", 12, 17, 15, 17, "titled")
    >>> sorted(_civic_followers([a, c], "市慈善总会会长李某出席。副会长王某致辞。"))
    []
    """
    followers: set[str] = set()
    run, seen = False, 0
    for i in sorted(items, key=lambda i: i.start):
        if any(c in SENTENCE_END for c in text[seen : i.start]):
            run = False  # the sentence ended between them
        gap, seen = text[seen : i.start], max(seen, i.end)
        if i.title is None and run and (i.listed or gap in _LIST_JOINERS):
            followers.add(i.name)  # 副会长A、B、C: the list's title is theirs too
            continue
        if not i.title:
            continue
        if _civic_post(i.title):
            run = True
        elif _ASSOCIATION_POST.fullmatch(i.title) and (run or _civic_body_before(text, i.start)):
            followers.add(i.name)
        else:
            run = False
    return followers


# Words that name an office after its holder's name (李某议员, 王某立委, 张某委员: Hong
# Kong's and Taiwan's way), and the words that open an apposition naming the holder by
# an office before the holder's other titles (作为市政协委员，某协会会长李某…).
_OFFICE_AFTER_NAME = re.compile("(议员|立委|委员)(?!会)")
_APPOSITION_OPENERS = ("作为", "身为")
_APPOSITION_OFFICE_ENDS = ("委员", "议员", "代表", "书记", "主任", "主席", "长")
# Words after a name that give its holder a post (集团董事长某某当选县工商联主席): an
# office taken so names the holder by it too.
_POST_TAKING_AFTER = ("当选为", "当选", "出任", "担任", "兼任", "接任")


def _offices_beside(text: str, civic: set[str], items: list[_Item]) -> dict[str, str]:
    """The names of `civic` that the report also names by a public office beside their
    civic post (the readings decided at stop 42: such a holder is an official): an office
    word written after the name (湾仔区某协会副主席李某…李某议员表示), or an apposition
    before the civic title (作为市政协委员，某协会会长李某专程赴会). One pass over the
    report's office words, and a look of at most 40 characters back and 30 on an item
    (an office taken after the name: 某协会会长李某当选县工商联主席). Each name
    is given the office the apposition names, or "" where only a word after the name
    does (a bare 议员 is no title to write: the civic title as written stays).

    >>> a = _Item("李某", "某协会会长", 8, 15, 13, 15, "titled")
    >>> _offices_beside("作为市政协委员，某协会会长李某出席。", {"李某"}, [a])
    {'李某': '市政协委员'}
    >>> _offices_beside("某协会会长李某出席。李某议员致辞。", {"李某"}, [a])
    {'李某': ''}
    >>> _offices_beside("某协会会长李某出席。", {"李某"}, [a])
    {}
    >>> b = _Item("李某", "某协会会长", 0, 7, 5, 7, "titled")
    >>> _offices_beside("某协会会长李某当选县工商联主席。", {"李某"}, [b])
    {'李某': '县工商联主席'}
    """
    found: dict[str, str] = {}
    if not civic:
        return found
    for m in _OFFICE_AFTER_NAME.finditer(text):
        k = m.start()
        for n in (2, 3, 4):
            if text[k - n : k] in civic:
                found.setdefault(text[k - n : k], "")
    for i in items:
        if i.name not in civic or i.name in found:
            continue
        after = text[i.end : i.end + 30]
        taken = next((w for w in _POST_TAKING_AFTER if after.startswith(w)), "")
        if taken:
            post = after[len(taken) :]
            ends = [k for k in (post.find(c) for c in CLAUSE_END + SENTENCE_END) if k >= 0]
            post = post[: min(ends)] if ends else ""
            if post.endswith(_APPOSITION_OFFICE_ENDS) and not _civic_title(post):
                found[i.name] = post
                continue
        if i.start < 1 or text[i.start - 1 : i.start] not in tuple(CLAUSE_END):
            continue
        lo = max(0, i.start - 41)
        before = text[lo : i.start - 1]
        cut = max(before.rfind(c) for c in CLAUSE_END + SENTENCE_END)
        clause = before[cut + 1 :]
        for opener in _APPOSITION_OPENERS:
            office = clause[len(opener) :] if clause.startswith(opener) else ""
            if office.endswith(_APPOSITION_OFFICE_ENDS) and not _civic_title(office):
                found[i.name] = office
    return found


def _dual_offices(items: list[_Item], text: str) -> dict[str, str]:
    """The holders of a civic body's post whom the report names by a public office beside
    it (`_offices_beside`), with that office: they are officials, by that office."""
    civic = {i.name for i in items if i.title and _civic_post(i.title)}
    return _offices_beside(text, civic, items)


def _by_office(item: _Item, dual: dict[str, str]) -> _Item:
    """`item` titled by its holder's public office where its title is a civic body's
    post and the report names the holder by an office's title beside it (`_dual_offices`)."""
    if dual.get(item.name) and _civic_title(item.title):
        return replace(item, title=dual[item.name])
    return item


def _misread_names(items: list[_Item], text_end: int) -> dict[int, str]:
    """The names of `items` that are another name of theirs misread, by where each starts:
    a preposition glued to a name the report writes by itself (于李某某, beside 李某某; data:
    governing_prepositions), or
    a name cut by the copy's end that the report writes whole elsewhere (…主席洪某, the
    copy ending there, beside 洪某某).

    >>> a = _Item("李小明", "部长", 0, 5, 2, 5, "titled")
    >>> b = _Item("于李小明", "负责人", 9, 16, 12, 16, "titled")
    >>> c = _Item("洪若", "主席", 20, 24, 22, 24, "titled")
    >>> d = _Item("洪若珊", "主席", 30, 35, 32, 35, "titled")
    >>> _misread_names([a, b, d, c], 24), _misread_names([a, c], 24), _misread_names([d, c], 30)
    ({12: '于李小明', 22: '洪若'}, {}, {})
    """
    names = {i.name for i in items}
    misread: dict[int, str] = {}
    for i in items:
        n = i.name
        if len(n) == 4 and n[0] in vocab().governing_prepositions and n[1:] in names:
            misread[i.name_start] = n
        elif i.name_end >= text_end and any(m != n and m.startswith(n) for m in names):
            misread[i.name_start] = n
    return misread


def _married_surnames(items: list[_Item], s: str, v: Vocab) -> dict[int, str]:
    """(tw45c) The two-character names of `items` that are a married woman's two surnames
    (her husband's, her father's) written before her title as her form of address (刘黄
    议长, as 王县长 for one surname), by where each starts: two different single surnames
    that open a married name of four characters right after a title elsewhere in the text
    (议长刘黄美玲: the second surname and her given name read as a name). One look
    through the text per distinct name.

    >>> a = _Item("刘黄", "议长", 11, 15, 11, 13, "titled")
    >>> _married_surnames([a], "议长刘黄美玲出席。包括刘黄议长", vocab())
    {11: '刘黄'}
    >>> _married_surnames([a], "议长刘黄出席。包括刘黄议长、刘黄主任", vocab())
    {}
    >>> _married_surnames([a], "刘黄美玲出席。包括刘黄议长", vocab())  # no title before it
    {}
    """
    out: dict[int, str] = {}
    seen: dict[str, bool] = {}
    for i in items:
        n = i.name
        if len(n) != 2 or n[0] == n[1] or not {n[0], n[1]} <= v.single_surnames:
            continue
        if not _starts_with(s, i.name_end, v.cores):
            continue  # only the form of address, her title right after (刘黄议长)
        if n not in seen:
            seen[n] = False
            k = s.find(n)
            while k != -1 and not seen[n]:
                seen[n] = s[max(0, k - 6) : k].endswith(v.cores) and bool(
                    _married_name(s, k, len(s), v, titled=True)
                )
                k = s.find(n, k + 1)
        if seen[n]:
            out[i.name_start] = n
    return out


# A count of people written before a title (两名副县长A、B, 14名议员分别是：…, whose digits
# the title's walk stopped at): the count is no part of the title as written.
_TITLE_COUNT = re.compile("[一二三四五六七八九十两几]{0,3}[名位](?!誉)")


def _uncounted(item: _Item) -> _Item:
    """`item` with the count of people its title opens with dropped (名副镇长候选人 →
    副镇长候选人; 名誉主席 keeps its 名).

    >>> titles = ("名议员", "三位副县长", "名誉会长")
    >>> [_uncounted(_Item("王某", t, 0, 2, 0, 2, "titled")).title for t in titles]
    ['议员', '副县长', '名誉会长']
    """
    m = _TITLE_COUNT.match(item.title or "")
    if m and m.end() < len(item.title):
        item.title = item.title[m.end() :]
    return item


# How many clauses a title-less name must open before a speech verb to be a name of
# the report (once may be a word that looks like a name).
SPEAKER_MIN = 2


def _repeated_speakers(s: str, clauses: list[tuple[int, int, int]], v: Vocab) -> frozenset[str]:
    """The names of a known surname that open SPEAKER_MIN clauses or more (after their
    openers) right before a speech verb (speaker_openers): 马某说…；马某强调… names a
    speaker without a title. One look per clause at its subject.

    >>> s = "会议开幕。高立东说，要做好工作。高立东强调，要抓落实。王立群说，好。"
    >>> clauses = [(0, a, b) for a, b in _spans(s, 0, len(s), SENTENCE_END + CLAUSE_END)]
    >>> sorted(_repeated_speakers(s, clauses, vocab()))
    ['高立东']
    """
    counts: dict[str, int] = {}
    for _, lo, hi in clauses:
        k = _subject_start(s, lo, hi, v)
        if not any(
            (e == hi and s.startswith(("：", ":"), hi)) or _starts_with(s, e, v.speaker_openers)
            for e in _name_ends(k, hi)
        ):
            continue  # no name of the subject could be followed by a speech verb: no speaker
        name = _parse_name(s, k, hi, v, frozenset())
        # 黄某：只要…(a subheading quoting what the person said) opens a speech too
        said = k + len(name) == hi and s.startswith(("：", ":"), hi)
        if name and (said or _starts_with(s, k + len(name), v.speaker_openers)):
            counts[name] = counts.get(name, 0) + 1
    return frozenset(n for n, c in counts.items() if c >= SPEAKER_MIN)


# How many times a titled name that nothing ends must be written again where a mark or a
# follower word ends it to be read as a name (县委书记A心系…，A与…，A却…).
RECURRING_MIN = 2


def _recurring_titled_names(s: str, v: Vocab) -> frozenset[str]:
    """Three-character names right after a title core with no boundary after them (县委
    书记A心系…), or opening with a word of not_names whatever ends them (市长韩国瑜今天…),
    that the report writes RECURRING_MIN times where a mark, a verb or a follower word
    ends them.

    >>> s = "县委书记高立东心系就业。随后，高立东与企业交流。高立东，来到展位。"
    >>> sorted(_recurring_titled_names(s, vocab()))
    ['高立东']
    >>> sorted(_recurring_titled_names("县委书记高立东心系就业。高立东与企业交流。", vocab()))
    []
    """
    # The candidates first (a title core, then a valid name nothing ends), then one pass
    # that counts where each is written with an end: linear in the report's length, not
    # a search of the whole text per candidate (promise 6).
    candidates: set[str] = set()
    # Only where a core's last character stands (one pattern over the report, not a
    # word lookup at every character: this runs on every report).
    for last in _last_characters(v.cores).finditer(s):
        i = last.end()
        if not _ends_with_core(s, max(0, i - 6), i, v):
            continue
        for sl in _surname_lengths(s, i, v):
            end = i + sl + 2
            name = s[i:end]
            if end > len(s):
                continue
            if _boundary(s, end, v) < 2 and _valid_name(name, v, sl):
                candidates.add(name)
            elif _word_then_given(name, v) and _valid_name(name, v, sl, loose=True):
                # 市长韩国瑜今天出席: a word's two characters and one more (韩国 + 瑜), which
                # the word-prefix check refuses whatever ends them; the report writing
                # them again where names end makes them a name (the word alone, 韩国,
                # stays none: not_names).
                candidates.add(name)
    if not candidates:
        return frozenset()
    lengths = sorted({len(name) for name in candidates})
    ended: dict[str, int] = {}
    for k in range(len(s)):
        for length in lengths:
            name = s[k : k + length]
            if name in candidates and _boundary(s, k + length, v) >= 2:
                ended[name] = ended.get(name, 0) + 1
    return frozenset(name for name, n in ended.items() if n >= RECURRING_MIN)


# How many different title-less names a line of an interpellation must open clauses
# with to be read as its councillors (one or two may be words that look like names).
INTERPELLATORS_MIN = 3


def _interpellators(s: str, clauses: list[tuple[int, int, int]], v: Vocab) -> dict[int, str]:
    """The title-less councillors of an interpellation (质询) reported line by line: in a
    line that holds an interpellation marker, the names of a known surname that open a
    clause right before one of interpellation_openers (A指…；B认为…), by where each
    starts, when INTERPELLATORS_MIN different names or more do so in the line. One look
    per clause at its subject.

    >>> s = "总质询登场，高立东指出，要补偿。王立群认为可以。李东海关切工程。"
    >>> clauses = [(0, a, b) for a, b in _spans(s, 0, len(s), SENTENCE_END + CLAUSE_END)]
    >>> sorted(_interpellators(s, clauses, vocab()).values())
    ['李东海', '王立群', '高立东']
    """
    out: dict[int, str] = {}
    line: dict[int, str] = {}
    line_end = -1
    marked = False
    for _, lo, hi in (*clauses, (0, len(s) + 1, len(s) + 1)):
        if lo > line_end:  # a new line: keep the last one's run if it is long enough
            if marked and len(set(line.values())) >= INTERPELLATORS_MIN:
                out.update(line)
            line = {}
            if lo > len(s):
                break
            line_end = s.find("\n", lo)
            line_end = len(s) if line_end == -1 else line_end
            marked = any(s.find(w, lo, line_end) != -1 for w in v.interpellation_markers)
        if not marked:
            continue
        k = _subject_start(s, lo, hi, v)
        for n in (3, 2):
            name = s[k : k + n]
            if (
                k + n < hi
                and _valid_name(name, v)
                and _starts_with(s, k + n, v.interpellation_openers)
                and not _starts_with(s, k + n - 1, v.interpellation_openers)
                # 施政总质询 is no 施 + 政总 where 总质询 is the word (tw43names)
                and not _starts_with(s, k + n - 1, v.words_over_name_end)
            ):
                line[k] = name
                break
    return out


def _titled_items(
    s: str,
    clauses: list[tuple[int, int, int]],
    ci: int,
    v: Vocab,
    known: Container[str],
    carried: str | None,
) -> tuple[list[_Item], str | None]:
    """The titled references of clause `ci`, and the title a list after a colon carries
    into the next clause of its sentence (市领导还有：A、B，C、D: C and D are 市领导 too;
    "" for a list of names without a title, None for no list)."""
    si, lo, hi = clauses[ci]
    same_sentence = ci > 0 and clauses[ci - 1][0] == si
    title = _colon_title(s, lo, v) or (carried if same_sentence else None)
    heading = "" if title else _heading_title(s, lo, v)
    if heading:
        # 附署人：A、B, 各级代表(18名)⏎A、B、C: a post's holders listed under it.
        listed = _name_list(s, lo, hi, v, known, heading, shaped=True)
        if listed:
            return listed, heading
    if title is None and _roster_colon(s, lo, v):
        title = ""  # 在主席台就座的有：A、B、C
    elif title is None and lo and s[lo - 1] in "：:" and not _lay_people_before(s, lo - 1):
        # 5月2日：A、B、C: a clause of names alone after a colon is a roster too.
        listed = _name_list(s, lo, hi, v, known, "", strict=True)
        if len(listed) >= BARE_ROSTER_MIN:
            return listed, ""
    if title is not None:
        listed = _name_list(s, lo, hi, v, known, title, strict=not title, shaped=True)
        if listed:
            return listed, title
    comma_title, linker = ("", "") if title is not None else _comma_roster_title(s, lo, v)
    if comma_title:
        # (tw45) 出席会议投票的委员，包括A、B、C: the group's title before the comma.
        listed = _name_list(s, lo + len(linker), hi, v, known, comma_title, shaped=True)
        if len(listed) >= 2:
            return listed, None
    if title or (carried and lo and s[lo - 1] in "；;"):
        # 当选的议员分别是：工商界的A、B；劳工界的C、D: each part names its group first,
        # and a part after ； goes on with the colon's title.
        listed = _group_named_first(s, lo, hi, v, known, title or carried or "")
        if listed:
            return listed, title or carried
    # names written around their title, read once: they take a title-first reading's
    # place here, and are added below where no other reading took them
    split = _split_names(s, lo, hi, v, _Taken())
    items = _without_split_given_names(s, _title_first(s, lo, hi, v, known), split)
    items += _name_first(s, lo, hi, v, known, _Taken((i.start, i.end) for i in items))
    items += _appointed(s, lo, hi, v, _Taken((i.start, i.end) for i in items))
    dismissed = _dismissed(s, lo, hi, v, known)
    if dismissed:
        # 免去A同志…职务、B同志…职务: the dismissal's reading stands for any other of its
        # span (a post's 同志 or 职务 read as a name).
        gone = _Taken((i.start, i.end) for i in dismissed)
        items = [i for i in items if not gone.overlaps(i.start, i.end)] + dismissed
    items += _doctrine_names(s, lo, hi, v, _Taken((i.start, i.end) for i in items))
    items += _behalf_reporters(s, lo, hi, v, _Taken((i.start, i.end) for i in items))
    taken = _Taken((i.start, i.end) for i in items)
    items += [i for i in split if not taken.covers(i.name_start)]  # as `_split_names` skips
    items += _office_holders_named(s, lo, hi, v, items)
    items += _unit_roster(s, lo, hi, v, _Taken((i.start, i.end) for i in items))
    items += _units_before_titled(s, lo, hi, v, items)
    items += _places_after_title(s, lo, hi, v, _Taken((i.start, i.end) for i in items))
    items.sort(key=lambda i: i.start)
    if not items:
        # 出席会议的还有A、B、C: the names after a verb's 的有 are the roster.
        opener = _ROSTER_OPENER.search(s, lo, hi)
        post = _appointed_roster_title(s, lo, opener.start(), v) if opener else ""
        if opener and _roster_colon(s, opener.end(), v, lo):
            items = _name_list(s, opener.end(), hi, v, known, "", strict=True)
        elif post:
            # 被推选为主席团常务主席的还有A、B: the people named to the post before 的有.
            items = _name_list(s, opener.end(), hi, v, known, post, shaped=True)
            holds = s.endswith("担任" + post, lo, opener.start())  # 担任执行主席的有: holders
            for item in items:
                item.appointed = not holds
        else:
            items = (
                _roster_before_verb(s, lo, hi, v, known)
                or _names_before_later_presence(s, clauses, ci, v, known)
                or _linked_roster(s, lo, hi, v, known)
                or _lone_chair(s, lo, hi, v, known)
                or _comrades(s, lo, hi, v, known)
                or _stepping_down(s, lo, hi, v, known)
                or _party_head(s, lo, hi, v, known)
            )
    return items, _list_title_at_end(items, hi)


# The longest group a titled roster's part names before its people (社会服务及教育界的).
GROUP_LABEL_MAX = 10
# How such a group's name ends: a sector (工商界, 劳工界别) or a constituency (某选区,
# 某组别). Any other phrase before 的 is no group (分享他们在地区工作的经验: 经验 is no
# person).
GROUP_LABEL_ENDS = ("界", "界别", "选区", "组别")


def _group_named_first(
    s: str, lo: int, hi: int, v: Vocab, known: Container[str], title: str
) -> list[_Item]:
    """The people of a titled roster's part that names their group first and 的 (工商、
    金融界的A、B; the title is the roster's), or [] when a title core stands in the group
    (县委书记的秘书A is no part of a roster) or the phrase before 的 names no group.

    >>> s = "劳工界的林立文、李德华"
    >>> [i.name for i in _group_named_first(s, 0, len(s), vocab(), frozenset(), "议员")]
    ['林立文', '李德华']
    """
    k = s.find("的", lo, min(hi, lo + GROUP_LABEL_MAX + 1))
    if k <= lo or not s[lo:k].endswith(GROUP_LABEL_ENDS) or _find_cores(s, lo, k, v):
        return []
    return _name_list(s, k + 1, hi, v, known, title, shaped=True)


# 等人 too (A、B、C等人无私奉献), not 等人大代表, 等人员, 等人士, 等人民群众.
_COMRADES = re.compile("等?同志|等人(?![大员士民口群])")


def _party_head(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """The head of a visiting party named without a title at a clause's start (某某一行
    首先来到…): a name of a known surname right before 一行, or [].

    >>> text = "3月2日，高立东一行来到东山村"
    >>> [i.name for i in _party_head(text, 5, len(text), vocab(), frozenset())]
    ['高立东']
    >>> _party_head("调研组一行来到东山村", 0, 10, vocab(), frozenset())
    []
    >>> _party_head("周书记一行来到东山村", 0, 10, vocab(), frozenset())
    []
    """
    start = _subject_start(s, lo, hi, v)
    if not any(s.startswith("一行", e) for e in _name_ends(start, hi)):
        return []  # no name there could be followed by 一行
    name = _parse_name(s, start, hi, v, known)
    end = start + len(name)
    if not name or not s.startswith("一行", end) or _is_organ(name, v):
        return []
    if any(_core_at(name, k, v) for k in range(1, len(name))):
        return []  # 周书记一行: a surname and a title, no name
    return [_Item(name, "", start, end, start, end, "titled")]


# How a dismissal is written: 免去 (or 免去了), then each person and the post taken from
# them, ending 职务 (免去A的某某局局长职务, 免去A同志某某市副市长职务、B同志…职务).
DISMISSING_WORDS = ("免去了", "免去")
# The longest post read between a dismissed person and 职务.
DISMISSED_POST_MAX = 30


def _dismissed(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """The people a clause relieves of a post (免去A的某某局局长职务, 免去A同志某某市市长
    职务、B同志某某市副市长职务): each name after 免去 (or after 、 closing the post
    before), with 同志 and 的 passed over, and the post up to a title core that 职务
    closes; named to it (mentioned). [] when anything in the walk is no such item.

    >>> s = "免去王一明同志某县交通局局长职务、李建华同志某县水利局局长职务"
    >>> [(i.name, i.title) for i in _dismissed(s, 0, len(s), vocab(), frozenset())]
    [('王一明', '某县交通局局长'), ('李建华', '某县水利局局长')]
    >>> _dismissed("免去各单位负责人职务", 0, 10, vocab(), frozenset())
    []
    """
    items: list[_Item] = []
    for word in DISMISSING_WORDS:
        at = s.find(word, lo, hi)
        if at != -1:
            break
    else:
        return []
    k = at + len(word)
    while k < hi:
        name = _parse_name(s, k, hi, v, known)
        if not name:
            return []
        ns, ne = k, k + len(name)
        ts = ne + (2 if s.startswith("同志", ne) else 0)
        ts += 1 if s.startswith("的", ts) else 0
        window_end = min(hi, ts + DISMISSED_POST_MAX + 2)  # the post, then 职务
        stop = next((j for j in range(ts, window_end) if s[j] in PUNCT), window_end)
        post_end = s.find("职务", ts, stop)
        if post_end <= ts:
            return []
        cores = [c for c in _cores(s, ts, post_end, v) if c[1] == post_end]
        if not cores:
            return []
        item = _Item(name, s[ts:post_end], ns, post_end, ns, ne, "titled")
        item.appointed = True
        items.append(item)
        k = post_end + 2
        if not s.startswith("、", k):
            break
        k += 1
    return items


# A clause of names and the reason they leave their posts (A、B因年龄原因), the next
# clause saying which (，不再担任省政协副主席职务).
_LEAVING_REASON = re.compile("因[\u3400-\u9fff]{0,8}原因$")
LEAVING_WORDS = vocab().leaving_words
LEAVING_TITLE_MAX = 30


def _stepping_down(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """Two or more names of known surnames that open a clause ending with the reason they
    leave (A、B因年龄原因), when the next clause of the sentence opens with 不再担任 or
    辞去 and a post: the names, named to that post (mentioned), or [].

    >>> text = "王一明、李建华因工作原因，不再担任县政协副主席职务。"
    >>> [(i.name, i.title) for i in _stepping_down(text, 0, 12, vocab(), frozenset())]
    [('王一明', '县政协副主席'), ('李建华', '县政协副主席')]
    """
    m = _LEAVING_REASON.search(s, lo, hi)
    if m is None or not s.startswith(("，", ","), hi):
        return []
    start = hi + 1
    linker = next((w for w in LEAVING_WORDS if s.startswith(w, start)), "")
    if not linker:
        return []
    ts = start + len(linker)
    end = next((k for k in range(ts, min(len(s), ts + LEAVING_TITLE_MAX)) if s[k] in PUNCT), ts)
    cores = [c for c in _cores(s, ts, end, v) if s.startswith("职务", c[1]) or c[1] == end]
    if not cores:
        return []
    title = s[ts : cores[0][1]]
    items = _name_list(s, lo, m.start(), v, known, title, strict=True)
    if len(items) < 2 or items[-1].name_end != m.start():
        return []
    for item in items:
        item.appointed = True
    return items


def _comrades(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """A clause that opens with two or more names called comrades, without a title
    (A、B、C等同志因年龄原因不再担任…职务): the names, each of a known surname, or [].

    >>> [i.name for i in _comrades("王一明、李建华同志不再担任", 0, 13, vocab(), frozenset())]
    ['王一明', '李建华']
    >>> _comrades("各位同志", 0, 4, vocab(), frozenset())
    []
    >>> [i.name for i in _comrades("提请任免王一明等同志职务", 0, 12, vocab(), frozenset())]
    ['王一明']
    """
    m = _COMRADES.search(s, lo, hi)
    if m is None:
        return []
    start = lo + len(_starts_with(s, lo, v.clause_openers))
    items = _name_list(s, start, m.start(), v, known, "", strict=True)
    if items:
        return items
    # 关于提请任免A等同志职务的汇报、…任免B等同志…: inside the clause, the names after a
    # word that opens a list of people (任免, 选举 …), each walk back bounded by its list.
    for m in _COMRADES.finditer(s, lo, hi):
        if s.startswith("等", m.start()):
            items += _names_before_deng(s, lo, m.start(), "", m.end(), v, known)
    return items


# A clause that is only a chair without a title: 会议由X主持, X主持会议.
_LONE_CHAIR = re.compile(
    "(?:(?:会议|大会|会)?由)?(?P<name>[\u3400-\u9fff]{2,3}?)主持(?:会议|大会)?"
)


def _lone_chair(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """The chair of a clause that says only who chaired, with no title (会议由宋文金主持,
    李伊林主持会议): a name of a known surname, or [].

    >>> [i.name for i in _lone_chair("会议由宋文金主持", 0, 8, vocab(), frozenset())]
    ['宋文金']
    >>> _lone_chair("会议由县委主持", 0, 7, vocab(), frozenset())
    []
    """
    m = _LONE_CHAIR.fullmatch(s, lo, hi)
    if m is None:
        return []
    start = m.start("name")
    name = _parse_name(s, start, hi, v, known)
    if name != m.group("name") or _is_organ(name, v):
        return []
    if any(_core_at(name, k, v) for k in range(1, len(name))):
        return []  # 会议由王主任主持: a surname and a title, not labelled
    return [_Item(name, "", start, start + len(name), start, start + len(name), "titled")]


# The fewest names a list with no title needs to be read as a roster of people.
BARE_ROSTER_MIN = 3

# (tw45b, dev28r) Words that say a list's people hold no office: pupils and students,
# winners of a prize or an honour, model citizens, volunteers, farmers and fishermen,
# residents and parents (获得县长奖的同学有4位：A、B、C及D, 孝行楷模：A、B、C). Said in
# the clause before a colon, the names after it are theirs, not a roster of officials.
_LAY_PEOPLE = (
    "同学", "学生", "小朋友", "学童", "幼儿", "幼生", "毕业生", "应届生", "得主", "得奖者",
    "获奖者", "受奖者", "受奖人", "获奖人", "楷模", "模范", "志工", "志愿者", "义工", "农友",
    "农民", "渔民", "居民", "村民", "家长",
)  # fmt: skip
LAY_PEOPLE_REACH = 30


def _lay_people_before(s: str, colon: int) -> bool:
    """Whether the clause before the colon at s[colon] (at most LAY_PEOPLE_REACH characters
    back) names people of no office (_LAY_PEOPLE): its list is theirs.

    >>> _lay_people_before("获得县长奖的同学有4位：王小明、李小华、张小红", 11)
    True
    >>> _lay_people_before("5月2日：王小明、李小华、张小红", 4)
    False
    """
    return any(
        w in s[_clause_start_before(s, colon, LAY_PEOPLE_REACH) : colon] for w in _LAY_PEOPLE
    )


# The fewest when 等 closes the list (孙一、孙二等列席会议).
BARE_ROSTER_DENG_MIN = 2
# (lists44) The words right after a title-less roster that say each of its people does
# the act (A、B、C分别讲话, 先后发言, 依次表态, 相继致辞), and the acts such a roster may do
# besides presence: a speech, a lead, a chair, an escort.
_EACH_WORDS = ("分别", "先后", "依次", "相继")
_EACH_ROLES = frozenset({"speaker", "leader", "chair", "accompanying"})


# Words that link a title to the roster of its holders written right after it with no
# colon (新当选议员则为A、B、C): 为 and its forms, which name who holds the post. Not the
# colon's 有, 还有, 包括, 是 (COLON_LINKERS): with no colon they read the names into a
# title of a group the report writes otherwise (tried: six held-out names found, every
# one with a title and roles the labels do not give).
ROSTER_LINKERS = ("分别是", "分别为", "则为", "为")


def _linked_roster(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """The holders of a title named after it and a linker with no colon, as a list of
    names of a known surname that runs to the clause's end (新当选议员则为A、B、C, as
    新当选议员为：A、B、C), each with the title; or []. The list must end the clause: 副县长
    为A、B颁发证书 names a deed's beneficiaries, not the post's holders.

    >>> text = "新当选议员则为陈立群、柳文毅、李建华"
    >>> [(i.name, i.title) for i in _linked_roster(text, 0, len(text), vocab(), frozenset())]
    [('陈立群', '议员'), ('柳文毅', '议员'), ('李建华', '议员')]
    >>> _linked_roster("副县长为陈立群、李建华颁发证书", 0, 15, vocab(), frozenset())
    []
    """
    for cs, ce, _core in _cores(s, lo, hi, v):
        linker = _starts_with(s, ce, ROSTER_LINKERS)
        if not linker:
            continue
        items = _name_list(s, ce + len(linker), hi, v, known, "", strict=True)
        if items:
            title = s[_title_start(s, cs, lo, v) : ce]
            for item in items:
                item.title = title
            return items
    return []


def _roster_before_verb(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """A clause that is a list of names with no title, then a verb of presence (A、B、C
    在主席台前排就座): the roster, or []. Every item must be a name of a known surname
    (as after 就座的有：), and there must be at least BARE_ROSTER_MIN of them (two when
    等 closes the list).

    >>> seated, working = "王一明、李建华、周小红在主席台就座", "王一明、李建华、周小红研究工作"
    >>> [i.name for i in _roster_before_verb(seated, 0, 17, vocab(), frozenset())]
    ['王一明', '李建华', '周小红']
    >>> _roster_before_verb(working, 0, 15, vocab(), frozenset())
    []
    >>> deng = "王一明、李建华等列席会议"
    >>> [i.name for i in _roster_before_verb(deng, 0, 12, vocab(), frozenset())]
    ['王一明', '李建华']
    """
    last = s.rfind("、", lo, hi)
    if last == -1:
        return []
    opener = _starts_with(s, lo, v.roster_linkers)
    name = _parse_name(s, last + 1, hi, v, known)
    if name:
        items = _roster_ending_at(s, lo, last + 1 + len(name), hi, v, known)
        if items:
            return items
    # A、B、C及某部门负责人、某部门负责人出席: the groups after the joiner hold marks of
    # their own, so the last one stands after the last 、; the names end at the joiner.
    end = _names_before_joined_groups(s, lo + len(opener), last, v, known)
    return _roster_ending_at(s, lo, end, hi, v, known) if end != -1 else []


# (names52) How many clauses a sentence's opening run of bare names may span before the
# clause whose verb of presence ends it: a bound on the walk over the run.
NAME_RUN_CLAUSES_MAX = 8
# The roles a run of bare names takes from the sentence's end: presence alone.
_PRESENCE = frozenset({"attendee", "nonvoting"})


def _bare_name_clause(s: str, lo: int, hi: int, v: Vocab, known: Container[str]) -> list[_Item]:
    """The clause s[lo:hi] read as nothing but names of a known surname, one or more
    joined by 、, with no title; [] when anything else is in it.

    >>> [i.name for i in _bare_name_clause("王一明、李建华", 0, 7, vocab(), frozenset())]
    ['王一明', '李建华']
    >>> [i.name for i in _bare_name_clause("王一明", 0, 3, vocab(), frozenset())]
    ['王一明']
    >>> _bare_name_clause("会议强调", 0, 4, vocab(), frozenset())
    []
    """
    while hi > lo and s[hi - 1] in " \t\u3000":
        hi -= 1
    listed = _name_list(s, lo, hi, v, known, "", strict=True)
    if listed:
        return listed
    name = _parse_name(s, lo, hi, v, known)
    if name and lo + len(name) == hi:
        return [_Item(name, "", lo, hi, lo, hi, "titled")]
    return []


def _names_before_later_presence(
    s: str, clauses: list[tuple[int, int, int]], ci: int, v: Vocab, known: Container[str]
) -> list[_Item]:
    """The names of clause `ci` when its sentence opens with a run of clauses that are
    bare names alone, each ended by a comma (A、B、C，各部门负责人列席会议; A，B、C，D，老领导E
    也应邀出席大会: a plenary's roster goes on from the sentence before), BARE_ROSTER_MIN
    names or more in the run (two are no roster, as before a group's title), and the rest
    of the sentence gives presence alone (出席, 列席): the roster, or []. The run is walked
    at most NAME_RUN_CLAUSES_MAX clauses from the sentence's start.

    >>> s = "王一明、李建华、周小红，市法院、市检察院负责人列席会议。"
    >>> clauses = [(0, 0, 11), (0, 12, 27)]
    >>> [i.name for i in _names_before_later_presence(s, clauses, 0, vocab(), frozenset())]
    ['王一明', '李建华', '周小红']
    >>> s = "王一明、李建华、周小红，市法院负责人研究工作。"
    >>> _names_before_later_presence(s, [(0, 0, 11), (0, 12, 22)], 0, vocab(), frozenset())
    []
    >>> s = "出席的市领导还有：周小红。王一明，李建华、刘平，各部门负责人也出席会议。"
    >>> clauses = [(0, 0, 8), (0, 9, 12), (1, 13, 16), (1, 17, 23), (1, 24, 35)]
    >>> found = _names_before_later_presence(s, clauses, 3, vocab(), frozenset())
    >>> [(i.name, i.title) for i in found]
    [('李建华', '市领导'), ('刘平', '市领导')]
    """
    si = clauses[ci][0]
    first = ci
    while first > 0 and clauses[first - 1][0] == si and ci - first < NAME_RUN_CLAUSES_MAX:
        first -= 1
    if first > 0 and clauses[first - 1][0] == si:
        return []  # the run would be longer than the bound: read as before
    total, mine, k = 0, [], first
    while k < len(clauses) and clauses[k][0] == si and k - first < NAME_RUN_CLAUSES_MAX:
        _, a, b = clauses[k]
        if b >= len(s) or s[b] not in "，,":
            break
        items = _bare_name_clause(s, a, b, v, known)
        if not items:
            break
        total += len(items)
        if k == ci:
            mine = items
        k += 1
    if not mine or total < BARE_ROSTER_MIN or k >= len(clauses) or clauses[k][0] != si or k <= ci:
        return []
    end = k
    while end + 1 < len(clauses) and clauses[end + 1][0] == si and end - k < NAME_RUN_CLAUSES_MAX:
        end += 1
    roles, _ = _roles_in(s[clauses[k][1] : clauses[end][2]], v)
    if not roles & _PRESENCE or roles - _PRESENCE:
        return []
    title = _roster_title_before(s, clauses, first, v)
    for item in mine:
        item.title = title
    return mine


def _roster_title_before(s: str, clauses: list[tuple[int, int, int]], first: int, v: Vocab) -> str:
    """The title of the colon's roster that ends the sentence before clause `first`
    (出席大会的市领导还有：A、B，C。D，E也应邀出席: D and E go on with 市领导), or "". Looked
    for in at most NAME_RUN_CLAUSES_MAX clauses of that sentence, from its end."""
    if first == 0:
        return ""
    si = clauses[first - 1][0]
    k = first - 1
    while k >= 0 and clauses[k][0] == si and first - k <= NAME_RUN_CLAUSES_MAX:
        title = _colon_title(s, clauses[k][1], v)
        if title:
            return title
        k -= 1
    return ""


def _roster_ending_at(
    s: str, lo: int, end: int, hi: int, v: Vocab, known: Container[str]
) -> list[_Item]:
    """`_roster_before_verb` once the roster's last name is known to end at `end`."""
    roles, _ = _roles_in(s[end:hi], v)
    if not roles:
        return []
    opener = _starts_with(s, lo, v.roster_linkers)
    # 包括A、B、C皆到场: the word that opens the roster is no part of its first name.
    items = _name_list(s, lo + len(opener), end, v, known, "", strict=True, shaped=True)
    # A、B、C等离退休老干部代表先后发言: retired cadres who speak at the meeting are named
    # in that capacity (the labels count former officials who take part); the group after
    # 等 is their title as written, also when the names are known from the first pass.
    # Those only visited (看望A、B等老同志) are no subject of a speech and stay out.
    group = _starts_with(s, end + 1, v.retired_groups) if s.startswith("等", end) else ""
    if group and "speaker" in roles and len(items) >= BARE_ROSTER_DENG_MIN:
        for item in items:
            item.title = group
        return items
    if len(items) >= 2 and any(i.name in known for i in items):
        # 随后，A、B分别发表了讲话: a person the report names elsewhere makes the list
        # one of people, whatever they do (A is no word).
        return items
    if len(items) >= BARE_ROSTER_MIN and roles & _EACH_ROLES and _starts_with(s, end, _EACH_WORDS):
        # (lists44) A、B、C分别作表态发言, A、B、C先后讲话: a roster of three names or more
        # that 分别 or 先后 ends, each of them doing the act (a speech, a lead) in turn.
        return items
    if not roles & {"attendee", "nonvoting"}:
        return []
    # A、B等列席会议: 等 after the last name says the list is of people; two will do.
    fewest = BARE_ROSTER_DENG_MIN if s.startswith("等", end) else BARE_ROSTER_MIN
    return items if len(items) >= fewest else []


def _names_before_joined_groups(s: str, lo: int, last: int, v: Vocab, known: Container[str]) -> int:
    """Where a title-less list of names that opens s[lo:] ends at a joiner (及, 以及)
    followed by no name, before the clause's last 、 (`last`): A、B、C及某局负责人、某局
    负责人出席会议 (the groups after the joiner are listed with marks of their own), or -1.
    Each item before the joiner must be a name of a known surname that 、 or the joiner
    ends; one walk over the list.

    >>> s = "王一明、李建华、周小红及市直部门负责人、区直部门负责人出席会议"
    >>> _names_before_joined_groups(s, 0, s.rfind("、"), vocab(), frozenset())
    11
    >>> s = "王一明、李建华及周小红、区直部门负责人出席会议"
    >>> _names_before_joined_groups(s, 0, s.rfind("、"), vocab(), frozenset())
    -1
    """
    k = lo
    while k < last:
        name = _parse_name(s, k, last, v, known)
        if not name:
            return -1
        end = k + len(name)
        if s.startswith("、", end):
            k = end + 1
            continue
        joiner = _starts_with(s, end, ("以及", "及"))
        if not joiner or _parse_name(s, end + len(joiner), last, v, known, loose=True):
            return -1
        return end
    return -1


def _list_title_at_end(items: list[_Item], hi: int) -> str | None:
    """The title of a list that runs to the end of its clause (市领导A、B，C、D出席: the
    clause after the comma may go on with the list), or None. A colon's list carries
    its title on by itself (see `_titled_items`)."""
    if len(items) < 2 or items[-1].name_end != hi or items[-1].title is not None:
        return None  # only a list (its last item shares the title) goes on
    return next((i.title for i in reversed(items) if i.title), None)


# How far back a clause before a colon or a comma is read for its words (a roster's
# opening, its title, its pupils).
CLAUSE_BEFORE_REACH = 30


def _clause_start_before(s: str, k: int, reach: int = CLAUSE_BEFORE_REACH) -> int:
    """Where the clause that ends at s[k] starts: right after the last sentence or clause
    mark before k, at most `reach` characters back (bounded: linear over a text).

    >>> s = "会议强调，出席的县领导还有："
    >>> s[_clause_start_before(s, len(s) - 1) :]
    '出席的县领导还有：'
    """
    start = max(0, k - reach)
    for mark in (*SENTENCE_END, *CLAUSE_END):
        start = max(start, s.rfind(mark, start, k) + 1)
    return start


# The end of a phrase that opens a roster (出席会议的还有, 就座的有).
# (lists44) Or the people of the presence written as a noun and a linker with no 的
# (出席者包括A、B、C, 出席人员有A、B, 出席嘉宾还有A、B等): the clause up to the linker must
# hold a verb of presence or escort (`_roster_colon`); in 出席者, 与会人员, 列席人员 … the
# opener's own verb is that verb, and 嘉宾, 贵宾, 来宾 need one before them.
_ROSTER_OPENER = re.compile(
    "的还?有|(?:(?:出席|与会|参会|到场|列席|参加)(?:者|人员)|嘉宾|贵宾|来宾)还?(?:包括|有)"
)


def _appointed_roster_title(s: str, lo: int, k: int, v: Vocab) -> str:
    """The post that s[lo:k] names people to, right before a roster opener's 的有
    (被推选为主席团常务主席的还有…, 当选为副主席的有…: appointing_words before the
    title), or "".

    >>> _appointed_roster_title("同时被推选为主席团常务主席的还有", 0, 13, vocab())
    '主席团常务主席'
    >>> _appointed_roster_title("出席会议的还有", 0, 4, vocab())
    ''
    """
    cores = _find_cores(s, lo, k, v)
    if not cores or cores[-1][1] != k:
        return ""
    ts = _title_start(s, cores[-1][0], lo, v)
    return s[ts:k] if _ends_with_any(s, lo, ts, v.appointing_words) else ""


def _roster_colon(s: str, lo: int, v: Vocab, start: int | None = None) -> bool:
    """Whether the text before s[lo] (a colon's, or a roster opener's) holds a verb of
    presence in its clause: 在主席台就座的有：… opens a roster of people.

    >>> _roster_colon("在主席台就座的有：周建明", 9, vocab())
    True
    >>> _roster_colon("会议强调：周建明", 5, vocab())
    False
    """
    if start is None:
        if lo == 0 or s[lo - 1] not in "：:":
            return False
        start = _clause_start_before(s, lo - 1)
    roles, _ = _roles_in(s[start:lo], v)
    return bool(roles & _ROSTER_OPENING_ROLES)


# (lists44) The roles of the clause before a colon or a 的有 that open a roster of people:
# presence, and escort (陪同调研的有A、B、C: those who went along, as 出席会议的有).
_ROSTER_OPENING_ROLES = frozenset({"attendee", "nonvoting", "accompanying"})


# Words between a title and the colon that opens its list (出席的县领导还有：).
COLON_LINKERS = vocab().colon_linkers


def _colon_title(s: str, lo: int, v: Vocab) -> str:
    """The title written right before the colon that ends at s[lo] (出席的县领导还有：),
    or "".

    >>> _colon_title("出席的县领导还有：周建明、吴海", 9, vocab())
    '县领导'
    >>> _colon_title("会议强调：要抓好落实", 5, vocab())
    ''
    """
    if lo == 0 or s[lo - 1] not in "：:":
        return ""
    k = _before_note(s, lo - 1)  # 执行主席是（按姓氏笔画排列）：
    k -= len(next((w for w in COLON_LINKERS if s.endswith(w, 0, k)), ""))
    if k < lo - 1 and s.endswith("的", 0, k):
        k -= 1  # 担任大会执行主席的有：the post whose holders the roster names
    start = _clause_start_before(s, k)
    cores = _find_cores(s, start, k, v)
    if not cores or cores[-1][1] != k:
        return ""
    return s[_title_start(s, cores[-1][0], start, v) : k]


# (tw45, issue 11) The including words that open a clause of a group's holders after a
# comma (出席会议投票的委员，包括A、B、C); never 有 (委员，有的…) nor 是 (a predicate).
COMMA_ROSTER_LINKERS = ("包括有", "包括", "包含")


def _comma_roster_title(s: str, lo: int, v: Vocab) -> tuple[str, str]:
    """The title that ends the clause before the comma at s[lo - 1] when the clause at
    s[lo] opens with an including word (出席会议投票的委员，包括A、B), and that word; or
    ("", ""). The title must end right at the comma: a clause ending in anything else
    (会议邀请了专家，包括A、B) names no group post.

    >>> _comma_roster_title("出席会议的委员，包括周建明、吴海", 8, vocab())
    ('委员', '包括')
    >>> _comma_roster_title("会议邀请了专家，包括周建明、吴海", 8, vocab())
    ('', '')
    """
    if lo == 0 or s[lo - 1] not in "，,":
        return "", ""
    linker = _starts_with(s, lo, COMMA_ROSTER_LINKERS)
    if not linker:
        return "", ""
    k = lo - 1
    start = _clause_start_before(s, k)
    cores = _find_cores(s, start, k, v)
    if not cores or cores[-1][1] != k:
        return "", ""
    return s[_title_start(s, cores[-1][0], start, v) : k], linker


# The longest post label that heads a roster at a line's start (附署人：, 1.各级代表(18名)).
HEADING_LABEL_MAX = 12
# A heading's count of the people it lists (各级代表(18名), 常务主席（9人）), and its
# numbering (1. 一、 （二）): neither is part of the post.
_HEADING_COUNT = re.compile("[（(][0-9一二三四五六七八九十百]+[名人位][）)]$")
_HEADING_NUMBER = re.compile(
    "^(?:[0-9]+[.、．]|[一二三四五六七八九十]+、|[（(][0-9一二三四五六七八九十]+[）)])"
)
HEADING_POSTS = vocab().heading_posts


def _heading_title(s: str, lo: int, v: Vocab) -> str:
    r"""The post that a label at a line's start gives the names of the clause at s[lo]
    (a council's papers and a notice's list of participants name people under their
    post: 附署人：A、B, or 1.各级代表(18名) with the names as the next line), or "".

    The label is the whole of its line before a colon, or the whole line before the
    clause's own line when it ends with a count or a colon (a heading; a line of prose
    that ends with a title heads nothing). It is a post: a heading post (提案人, 附署人,
    代表…) or a title core that ends it.

    >>> _heading_title("附署人:李建华、周小红", 4, vocab())
    '附署人'
    >>> notice = "二、参加人员\n1.各级代表(18名)\n王一明、李建华"
    >>> _heading_title(notice, notice.index("王"), vocab())
    '各级代表'
    >>> _heading_title("会议强调：要抓好落实", 5, vocab())
    ''
    >>> _heading_title("县长王一明\n李建华、周小红", 6, vocab())
    ''
    """
    if lo == 0 or s[lo - 1] not in "：:\n":
        return ""
    k = lo - 1  # the label's end
    next_line = s[k] == "\n"
    if next_line:
        while k and s[k - 1] in " \t\u3000|":
            k -= 1  # 连署人 |⏎: a table's cell
        if k and s[k - 1] in "：:":
            k -= 1
    # looked for nearby only: a page of one long line stays linear
    start = s.rfind("\n", max(0, k - 2 * HEADING_LABEL_MAX), k) + 1
    if start == 0 and k > 2 * HEADING_LABEL_MAX:
        return ""
    label = _HEADING_NUMBER.sub("", s[start:k].strip(" \t\u3000|"))
    count = _HEADING_COUNT.search(label)
    if count:
        label = label[: count.start()]
    if next_line and not (count or s[k : k + 1] in "：:"):
        return ""  # a line that only ends with a title heads nothing
    if not label or len(label) > HEADING_LABEL_MAX or any(m in label for m in CLAUSE_END):
        return ""
    if label.endswith(HEADING_POSTS):
        return label
    cores = _find_cores(label, 0, len(label), v)
    return label if cores and cores[-1][1] == len(label) else ""


# The longest note in brackets written inside a roster: before its colon (执行主席是
# （按姓氏笔画排列）：) or after a name (周小红（女）、).
NOTE_MAX = 12
# Words that join a roster's last name to a group of no names (A、B、C以及其他县级领导).
GROUP_JOINERS = vocab().group_joiners


def _before_note(s: str, k: int) -> int:
    """Where a short note in brackets that ends right before s[k] starts, or k.

    >>> _before_note("执行主席是（按姓氏笔画排列）：", 14), _before_note("执行主席：", 4)
    (5, 4)
    """
    if k == 0 or s[k - 1] not in "）)":
        return k
    start = max(s.rfind("（", max(0, k - NOTE_MAX), k), s.rfind("(", max(0, k - NOTE_MAX), k))
    return start if start != -1 else k


def _after_note(s: str, i: int, hi: int) -> int:
    """Where a short note in brackets that starts at s[i] ends (周小红（女）、), or i when
    none does or it closes its clause (a closing note, see `_closing_note`).

    >>> _after_note("周小红（女）、陈志刚", 3, 11), _after_note("周小红主持", 3, 5)
    (6, 3)
    """
    if s[i : i + 1] not in ("（", "("):
        return i
    stop = min(hi, i + NOTE_MAX + 1)  # looked for nearby only: a list of many "（" stays linear
    close = min((c for c in (s.find("）", i, stop), s.find(")", i, stop)) if c != -1), default=-1)
    if close == -1 or close - i > NOTE_MAX or close + 1 == hi:
        return i
    return close + 1


def _name_list(
    s: str,
    lo: int,
    hi: int,
    v: Vocab,
    known: Container[str],
    title: str,
    strict: bool = False,
    shaped: bool = False,
) -> list[_Item]:
    """The clause s[lo:hi] as a list of names joined by 、 (maybe ending in 等), each
    with `title`; [] when any item is no name. `strict` (no title says these are people):
    only names of a known surname, and at least two; with `shaped` (a roster a verb of
    presence closes, or a colon's) also transliterated names between marks
    (`_roster_piece`; of four characters or more under a title), as long as they are at
    most a third of the items.

    >>> [i.name for i in _name_list("周建明、吴海等", 0, 7, vocab(), frozenset(), "县领导")]
    ['周建明', '吴海']
    >>> _name_list("周建明、各部门负责人", 0, 10, vocab(), frozenset(), "县领导")
    []
    """
    items: list[_Item] = []
    k = lo
    unknown = 0  # items read by their shape alone (`shaped`)
    while hi > lo and s[hi - 1] in " \t\u3000":
        hi -= 1  # 、张旭波 。: a space a page left before the clause's end
    while k < hi:
        name = _parse_name(s, k, hi, v, known, loose=not strict) or _married_name(s, k, hi, v)
        if not name and k > lo and s[k - 1] == "、":
            name = _romanized_name(s, k, hi)  # A、Sakur Nawi、B: a romanized name
        e = k + len(name)
        if shaped and (not name or (e < hi and _is_han(s[e]) and s[e] != "等")):
            # 巴图孟和、: a surname's name that no mark ends is read by its shape.
            piece = _roster_piece(s, k, hi, v, known)
            if not strict and len(piece) < 4:
                piece = ""  # under a title a shorter piece is read as before (_name_shaped)
            name, unknown = piece or name, unknown + bool(piece)
        if not name and strict:
            name = _marked_item(s, k, hi, v, known)
            unknown += bool(name)  # read by the marks around it, as a shaped piece
        if not name and strict:
            return []
        if not name:
            end = s.find("、", k, hi)
            piece = s[k : end if end != -1 else hi].removesuffix("等")
            if not _name_shaped(piece, v, loose=True):
                return []
            name = piece
        end = k + len(name)
        items.append(_Item(name, title, k, end, k, end, "titled"))
        end = _after_note(s, end, hi)
        joiner = _starts_with(s, end, GROUP_JOINERS) if not strict and len(items) >= 2 else ""
        if s.startswith("、", end):
            k = end + 1
        elif _joins_last_name(s, end, hi, v, known, strict):
            # 新成员为A、B及C, 成员为A及B: a joiner before the list's last name, which the
            # clause's end closes, stands where a 、 would.
            k = end + len(_starts_with(s, end, GROUP_JOINERS))
        elif (
            end == hi
            or (hi - end in (1, 2) and _LIST_CLOSERS.fullmatch(s, end, hi))
            or _closing_note(s, end, hi)
        ):
            # A third of the items at most read by their shape: the known names make it
            # a roster.
            if 3 * unknown > len(items):
                return []
            return items if len(items) >= 2 or not strict else []
        elif not strict and (s.startswith("等", end) or _starts_with(s, end, _verbs())):
            return items  # 市领导A、B，C、D等出席: the list's last part and its verb
        elif joiner and not _parse_name(s, end + len(joiner), hi, v, known, loose=True):
            # A、B、C以及其他县级领导在主席台就座: the roster ends at a group of no names;
            # a titled person after the joiner is read as any titled person is.
            return items + _title_first(s, end + len(joiner), hi, v, known)
        else:
            return []
    return []


# (lists44) What may close a list at its clause's end: 等, or 等人 (出席的还有A、B、C等人).
_LIST_CLOSERS = re.compile("等人?")


def _marked_item(s: str, k: int, hi: int, v: Vocab, known: Container[str]) -> str:
    """A title-less roster's item at s[k] that 、 opens and 、 or the clause's end closes
    (maybe with 等), read as a loose name of a known surname that fills it: A、李镇国、B
    (镇 may open a place's word, but the marks say where the name ends); or "".

    >>> _marked_item("王建国、李镇国、张卫东", 4, 11, vocab(), frozenset())
    '李镇国'
    >>> _marked_item("王建国、李镇国出席", 4, 9, vocab(), frozenset())
    ''
    """
    if k == 0 or s[k - 1] != "、":
        return ""
    name = _parse_name(s, k, hi, v, known, loose=True)
    end = k + len(name)
    # 等 or 等人 alone up to the clause's end: asked only of the last two characters, so that
    # a long clause is not read to its end at every item (test_linear_time).
    closed = (
        end == hi
        or s.startswith("、", end)
        or (hi - end <= 2 and bool(_LIST_CLOSERS.fullmatch(s, end, hi)))
    )
    return name if name and closed else ""


def _joins_last_name(
    s: str, i: int, hi: int, v: Vocab, known: Container[str], strict: bool
) -> bool:
    """Whether s[i] opens a joiner (及, 以及, 和) and then a name that ends the clause
    s[:hi] (maybe with 等): the last item of a list written A、B及C. One name's look.

    >>> v, k = vocab(), frozenset()
    >>> _joins_last_name("李建华及周小红", 3, 7, v, k, True)
    True
    >>> _joins_last_name("李建华及有关部门负责人", 3, 11, v, k, True)
    False
    >>> _joins_last_name("李建华及周小红出席", 3, 9, v, k, True)
    False
    """
    joiner = _starts_with(s, i, GROUP_JOINERS)
    if not joiner:
        return False
    k = i + len(joiner)
    name = _parse_name(s, k, hi, v, known, loose=not strict) or _married_name(s, k, hi, v)
    end = k + len(name)
    return bool(name) and (end == hi or (s.startswith("等", end) and end + 1 == hi))


# The longest transliterated name a title-less roster holds between marks (苏雅勒其其格).
ROSTER_PIECE_MAX = 6


def _roster_piece(s: str, i: int, hi: int, v: Vocab, known: Container[str]) -> str:
    """An item of a title-less roster (A、B、C等在主席台就座) that no surname opens but
    its shape says is a name (Mongolian and other transliterated names: 照那斯图、
    布和朝鲁): 2 to ROSTER_PIECE_MAX Han characters up to the next 、 (等 after the
    last), none that never occurs in a name (和 only inside, not joining two names), no
    title core, no word or organ; or "". A bounded look: ROSTER_PIECE_MAX + 1 characters.

    >>> v, k = vocab(), frozenset()
    >>> _roster_piece("照那斯图、李东", 0, 7, v, k), _roster_piece("布和朝鲁等", 0, 5, v, k)
    ('照那斯图', '布和朝鲁')
    >>> _roster_piece("各部门、李东", 0, 6, v, k), _roster_piece("王立和李东、赵海", 0, 8, v, k)
    ('', '')
    """
    end = next(
        (k for k in range(i + 2, min(hi, i + ROSTER_PIECE_MAX) + 1) if k == hi or s[k] in "、等"),
        -1,
    )
    if end == -1:
        return ""
    piece = s[i:end]
    if not all(_is_han(c) for c in piece) or piece[0] in NOT_IN_NAME or piece[0] in NOT_LIST_NAME:
        return ""
    inner = piece[1:].replace("和", "")
    if any(c in NOT_IN_NAME for c in inner):
        return ""
    for k in range(1, len(piece) - 1):  # 王立和李东: 和 joining two names
        if piece[k] == "和" and _parse_name(piece, k + 1, len(piece), v, known):
            return ""
    if any(_core_at(piece, k, v) for k in range(len(piece))) or _is_organ(piece, v):
        return ""
    if _starts_with(piece, 1, v.not_given_names) or _starts_with(piece, 0, v.not_given_names):
        return ""
    if piece.endswith("人") or "选" in piece:
        return ""  # 副主席候选人、 / 提名人选、: who is to hold a post, no name
    # Between the marks of such a roster a word a known surname opens is a name (汪洋、):
    # no other word is.
    surname = bool(_surname_lengths(piece, 0, v))
    if not surname and (piece in v.not_names or piece[:2] in v.not_names):
        return ""
    return piece


# Four-character place names that open as a Mongolian name does (呼和浩特 does not).
_TRANSLITERATED_PLACES = frozenset(("巴音郭楞", "乌兰察布", "乌兰浩特", "查干湖区"))


def _transliterated_name(s: str, i: int, hi: int, v: Vocab) -> str:
    """A Mongolian name of four characters right after a title (省委书记巴音朝鲁在长春…):
    it opens with one of `transliterated_openers`, and a mark, 在, 一行 or a role verb ends
    it; else "".

    >>> _transliterated_name("巴音朝鲁在长春会见", 0, 9, vocab())
    '巴音朝鲁'
    >>> _transliterated_name("巴音郭楞州考察", 0, 7, vocab())
    ''
    """
    end = i + 4
    piece = s[i:end]
    if end > hi or not all(_is_han(c) for c in piece) or piece in _TRANSLITERATED_PLACES:
        return ""
    if not _starts_with(piece, 0, v.transliterated_openers) or _core_at(piece, 2, v):
        return ""
    ended = _boundary(s, end, v) == 3 or _starts_with(s, end, _role_verb_words(v))
    return piece if ended else ""


def _married_name(s: str, i: int, hi: int, v: Vocab, titled: bool = False) -> str:
    """A name of four characters that opens with two surnames, a husband's and her own
    (苏陈绣色, 吕黄春金: Taiwan's and Hong Kong's married names), when a mark ends it
    inside a list, or "". `titled`: right after a title, where a role verb or a word
    that follows names (说, 今日 …) may end it too.

    >>> v = vocab()
    >>> _married_name("吕黄春金、欧中慨", 0, 8, v), _married_name("吕光宇、欧中慨", 0, 7, v)
    ('吕黄春金', '')
    >>> _married_name("吕黄春金说，", 0, 6, v), _married_name("吕黄春金说，", 0, 6, v, titled=True)
    ('', '吕黄春金')
    """
    end = i + 4
    if end > hi:
        return ""
    if not (end == hi or s[end] in "、，,；;等" or (titled and _boundary(s, end, v) >= 2)):
        return ""
    piece = s[i:end]
    if not all(_is_han(c) for c in piece) or not {piece[0], piece[1]} <= v.single_surnames:
        return ""
    if any(c in NOT_IN_NAME for c in piece[2:]):
        return ""
    if not titled:
        return piece
    # After a title the rest must read as a name of her own surname (郑月娥, not 郑两人),
    # its last character no word that ends a name (市长郑文灿亦率领: 亦), and its first two
    # no word (总书记关于加强…).
    if not _valid_name(piece[1:], v) or any(c in NOT_LIST_NAME for c in piece[2:]):
        return ""
    if piece[0] == piece[1]:
        return ""  # 总书记殷殷嘱托: a doubled character is a word's, not two surnames
    if piece[0] in v.preposition_surnames:
        return ""  # 负责人向赵某某汇报: toward the one addressed, no husband's surname
    if piece[3] in v.name_end_splits or piece[3] in v.name_followers:
        return ""
    if _starts_with(s, end - 1, v.post_taking_words):
        return ""  # 由原某分局长谢文宏接任: 接任 takes the post, 接 ends no name
    if _counts_listed_comrades(s, end - 1):
        return ""  # 县长袁某林二同志: 二 counts the list's comrades, no married name's end
    words = _name_opening_words(v)
    return "" if _starts_with(piece, 0, words) or piece[:2] in v.not_given_names else piece


@_of_vocab
def _name_opening_words(v: Vocab) -> tuple[str, ...]:
    """Words no name opens: a list's opener, a word taken for a name, a role verb."""
    return (*v.list_openers, *sorted(v.not_names), *_role_verb_words(v))


def _closing_note(s: str, i: int, hi: int) -> bool:
    """Whether s[i:hi] is a note in brackets that closes a list (A、B、C（按姓氏笔画排列）).

    >>> note, chair = "周建明（按姓氏笔画排列）", "周建明（县长）主持"
    >>> _closing_note(note, 3, len(note)), _closing_note(chair, 3, len(chair))
    (True, False)
    """
    return s[i : i + 1] in ("（", "(") and s[hi - 1 : hi] in ("）", ")") and 0 < hi - i <= 20


@_of_vocab
def _long_name_followers(v: Vocab) -> tuple[str, ...]:
    """Words of two characters or more that follow a name or end one (逐一, 亲自, 曾担任):
    no given name is written as one of them (one character may open a given name: 向东)."""
    return tuple(w for w in (*v.name_followers, *v.name_end_splits) if len(w) >= 2)


# Where a name written around its title may start: a clause's start, a list's 、,
# right after the place whose official it is (嘉义市林副市长瑞彦), or after 由 (由苏市长崑雄
# 主持: who chairs).
SPLIT_NAME_AFTER = vocab().split_name_after


def _without_split_given_names(s: str, items: list[_Item], split: list[_Item]) -> list[_Item]:
    """The title-first references less those that are a given name written after its
    surname and title (洪乡长成发：, 卢课长玉美、: minutes write surname, title, given
    name): the title-first reading takes 洪乡长 for a title and 成发 for a name when the
    given name opens with a surname's character. Such a reference is left to
    `_split_names` (洪成发), which reads the same given name after the same core. A level
    character before the core (区领导张勇) opens an organ, no surname, and keeps its item.
    `split`: the clause's names written around their title (`_split_names`).

    >>> s, v = "洪乡长成发：", vocab()
    >>> [i.name for i in _without_split_given_names(
    ...     s, _title_first(s, 0, 5, v, set()), _split_names(s, 0, 5, v, _Taken()))]
    []
    """
    split_by_end = {i.name_end: i for i in split}
    kept = []
    for item in items:
        around = split_by_end.get(item.name_end)
        if (
            around is not None
            and item.kind == "titled"
            and around.name_start < item.name_start
            and around.name.endswith(item.name)
            and len(around.name) - len(item.name) in (1, 2)  # a surname of one or two
            and s[around.name_start] not in LEVEL_OPENERS
        ):
            continue  # the split reading names the same person with the surname
        kept.append(item)
    return kept


def _listed_given_yu(s: str, ce: int, hi: int) -> bool:
    """Whether the 于 right after a core opens a two-character given name that a list's
    mark closes (倪代表于某、: a council's minutes list their members so), not the
    preposition (林县长于今天…, 林县长于会中…: the words after it run on; tw43names).

    >>> _listed_given_yu("倪代表于媃、洪代表", 3, 9), _listed_given_yu("林县长于会中表示", 3, 8)
    (True, False)
    """
    return s[ce] == "于" and ce + 2 < hi and s[ce + 2] in "、；;"


def _split_names(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """Names written around their title, the Taiwan way (嘉义市林副市长瑞彦 is 林瑞彦,
    嘉义市副市长): a surname right before a core, the given name right after it, and a
    certain end after that (a mark, 等, 在, or a role verb).

    >>> [(i.name, i.title) for i in _split_names("嘉义市林副市长瑞彦、", 0, 10, vocab(), _Taken())]
    [('林瑞彦', '嘉义市副市长')]
    >>> _split_names("王县长一行", 0, 5, vocab(), _Taken())
    []
    >>> _split_names("万里长江，", 0, 5, vocab(), _Taken())
    []
    """
    items: list[_Item] = []
    for cs, ce, core in _cores(s, lo, hi, v):
        first = cs - 1
        # 欧阳议员仪雄：, 司马代表某某、: a two-character surname before the core (the
        # name 欧阳仪雄, not 阳仪雄)
        if cs - 2 >= lo and s[cs - 2 : cs] in v.compound_surnames and not taken.covers(cs - 2):
            first = cs - 2
        elif first < lo or s[first] not in v.single_surnames or taken.covers(first):
            continue
        surname = s[first:cs]
        # 立委黄委员勤镇: right after another title, whose holder the split name is (the
        # core around the name is a form of address, the title before it the post).
        after_title = _ends_with_core(s, lo, first, v)
        if first > lo and s[first - 1] not in SPLIT_NAME_AFTER and not after_title:
            continue
        if not _listed_given_yu(s, ce, hi) and (
            _boundary(s, ce, v) >= 2
            or _starts_with(s, ce, v.split_name_followers)
            or _starts_with(s, ce, _long_name_followers(v))
        ):
            # 周主任还…, 林县长于…, 王县长昨日…: a word after the title, no given name;
            # so a word of two characters or more that follows names (钮县长逐个指出,
            # 郑议长曾担任…): the title stands between surname and verb
            continue
        if s[ce - 1 : ce + 1] in v.not_names:
            continue  # 万里长江，: the core's last character and the next make a word
        for length in (2, 1):
            end = ce + length
            name = surname + s[ce:end]
            if end > hi:
                continue
            # Between the core and a mark or a role verb an organ character may end a
            # given name, as in a list (黄委员勤镇，is 黄勤镇).
            closed = end == hi or s[end] in PUNCT or bool(_starts_with(s, end, _verbs()))
            if s[end - 1] in _verb_table(v):
                continue  # 卢市长常说，: an adverb and a verb of one character, no given name
            if length == 1 and s[ce] in v.split_given_not:
                continue  # 方秘书长自107年…: a preposition of time, no given name
            if not _valid_name(name, v, len(surname)) and not (
                length == 2 and closed and _name_shaped(name, v, loose=True)
            ):
                continue
            strength = _boundary(s, end, v)
            # a one-character given name only before a mark (周副县长杰、); a two-character
            # one also before a verb or a word of time or manner that follows names there
            # (苏市长崑雄今天出席, 林县长姿妙亲自主持: split_name_followers)
            if strength == 3 or (
                length == 2
                and (_starts_with(s, end, _verbs()) or _starts_with(s, end, v.split_name_followers))
            ):
                ts = _title_start(s, first, lo, v)
                title = s[ts:first] if after_title else s[ts:first] + core
                items.append(_Item(name, title, ts, end, first, end, "titled"))
                break
    return items


def _doctrine_names(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """A leader named inside a doctrine's name (习近平新时代中国特色社会主义思想, 以习近平同志
    为核心): the name right before one of the vocabulary's doctrine markers. The name
    of an idea is no mention of the person (the labelling rule of stop 36), so such an
    item is of kind "doctrine": it teaches the report the name (习近平总书记 written
    elsewhere in the report is then found) and keeps the span from being read as a bare
    name, and `_find_officials` leaves it out of what it returns.

    >>> found = _doctrine_names("以习近平同志为核心的党中央", 0, 13, vocab(), _Taken())
    >>> [(i.name, i.kind) for i in found]
    [('习近平', 'doctrine')]
    """
    items = []
    for marker in v.doctrine_markers:
        k = s.find(marker, lo, hi)
        while k != -1:
            for n in (3, 2):
                name = s[k - n : k]
                if k - n >= lo and not taken.overlaps(k - n, k) and _valid_name(name, v):
                    items.append(_Item(name, "", k - n, k, k - n, k, "doctrine"))
                    taken.add(k - n, k)
                    break
            k = s.find(marker, k + len(marker), hi)
    return items


# How far after 代表 the organ a report is made for is looked for (镇人民政府,
# 县人大常委会, 政协某县委员会常务委员会).
BEHALF_ORGAN_MAX = 16


def _on_behalf_report(s: str, k: int, hi: int, v: Vocab) -> bool:
    """Whether s[k:] is 代表, an organ, and later in the clause a report (顾某代表镇人民
    政府作政府工作报告, 听取审议了某某代表区人民政府关于…的报告): the one named right
    before makes the report for the organ.

    >>> _on_behalf_report("代表镇人民政府作工作报告", 0, 12, vocab())
    True
    >>> _on_behalf_report("代表全镇人民表示感谢", 0, 10, vocab())
    False
    """
    if not s.startswith("代表", k):
        return False
    organ = s[k + 2 : min(hi, k + 2 + BEHALF_ORGAN_MAX)]
    if not any(w in organ for w in v.organ_abbreviations):
        return False
    return s.find("报告", k + 2, hi) != -1


def _behalf_reporters(s: str, lo: int, hi: int, v: Vocab, taken: _Taken) -> list[_Item]:
    """People named with no title who report for an organ (会议听取审议顾某代表镇人民政府
    和张某代表镇人大主席团作的工作报告): the name right before 代表, after a mark, a
    joiner or a word of hearing (behalf_openers).

    >>> text = "会议听取审议顾立华代表镇人民政府作的工作报告"
    >>> [i.name for i in _behalf_reporters(text, 0, len(text), vocab(), _Taken())]
    ['顾立华']
    """
    items = []
    k = s.find("代表", lo, hi)
    while k != -1:
        if _on_behalf_report(s, k, hi, v):
            for n in (3, 2):
                st = k - n
                if st < lo or taken.overlaps(st, k) or not _valid_name(s[st:k], v):
                    continue
                if (
                    st == lo
                    or not _is_han(s[st - 1])
                    or _ends_with_any(s, lo, st, v.behalf_openers)
                ):
                    items.append(_Item(s[st:k], "", st, k, st, k, "titled"))
                    taken.add(st, k)
                    break
        k = s.find("代表", k + 2, hi)
    return items


def _inherit_titles(lists: list[_List]) -> None:
    for group in lists:
        title = None
        for item in group.items:
            if item.title:
                title = item.title
            elif item.kind == "titled":
                item.title = title


# The frame of an escort after its people (在乡长X的陪同下, 在乡长X和有关人员陪同下):
# others of no name may be named with them before 陪同.
# What lies between two people heard (听取了A有关情况介绍和B的经验分享): a short talk's
# name, then the joiner; no clause mark.
_HEARD_JOIN = re.compile("[^，。；：！？、]{0,24}?(?:和|及|以及|、)")
# 在A的陪同下, 在A和B的陪同下, 在A等领导的陪同下 (a short 等-tail before the frame).
_ESCORT_FRAMES = vocab().escort_frames
# Items of no name may close the escorts' list before the frame (在A、县局X等领导的陪同下:
# an item the extractor does not take as a person), each bounded, at most ESCORT_ITEMS.
ESCORT_ITEMS = 3
# (visit43) Units of no name joined by 以及 after the named escorts and closed by 等 (在副县长
# A，县政协副主席B以及县政府办、交通局等主要负责人的陪同下): the units' list, bounded.
ESCORT_GROUP_TAIL_MAX = 24
_ESCORT = re.compile(
    f"(?:、[^，。；、在]{{1,12}}?){{0,{ESCORT_ITEMS}}}"
    r"(?:等[^，。；、在的]{0,4})?"
    f"(?:[和及与][^，。；、在]{{1,12}}?|以及[^，。；在]{{1,{ESCORT_GROUP_TAIL_MAX}}}?等[^，。；、在的]{{0,6}})?的?"
    + _either(_ESCORT_FRAMES)
    + "下?"
)
# 在A的带领下, 在A同志的率领下: A leads the people the sentence goes on with.
_LED_FRAME = re.compile("(?:同志)?的?" + _either(vocab().led_frames) + "下")
# How far after a led frame (在X的带领下) its sentence is read for the visit it leads.
LED_FRAME_AHEAD = 80


def _led_frame_roles(s: str, end: int, sentence_end: int, v: Vocab) -> frozenset[str]:
    """The roles of what the led do after the led frame right after a group (s[end:]:
    的带领下): the sentence after it, within LED_FRAME_AHEAD characters, read once
    (review43 finding 11: two functions read it twice). "leader" in it: the frame leads a
    visit; presence (_AT_MEETING) and no SWORN: it takes the led along to attend (出席,
    参加, 步入会场 …: roles round 25). SWORN marks an oath the led take (在镇长X的带领下，
    新当选同志进行了宪法宣誓: dev m007 labels X by his own acts alone), which the role
    verbs read as presence. No frame: {"leader"} (nothing to read, as before).

    >>> s = "在镇长A的带领下，全体干部深入村组调研。"
    >>> "leader" in _led_frame_roles(s, 5, len(s), vocab())
    True
    >>> s = "在镇长A的带领下，新当选同志进行了宪法宣誓。"
    >>> sorted(_led_frame_roles(s, 5, len(s), vocab()))
    ['attendee', 'sworn']
    >>> s = "在县长A的带领下，县府团队出席升旗典礼。"
    >>> sorted(_led_frame_roles(s, 5, len(s), vocab()))
    ['attendee']
    """
    frame = _LED_FRAME.match(s, end)
    if frame is None:
        return frozenset({"leader"})
    ahead = s[frame.end() : min(sentence_end, frame.end() + LED_FRAME_AHEAD)]
    roles = _roles_in(ahead, v)[0]
    return frozenset(roles | {SWORN} if _OATH in ahead else roles)


# The oath's word: 宣誓 is a role verb of presence, so the roles read cannot tell it.
_OATH = "宣誓"


# What the one who leads takes of the verbs after the frame: a visit led, nothing else
# (参加…的全体代表对…进行视察: the led attend, their leader leads the visit).
LED_FRAME_ROLES = frozenset({"leader"})


# The longest stretch between an escort frame's 在 and its first named escort: items no
# name names (指挥官黄上校、) or a unit the title did not take (大林镇后).
ESCORT_LEAD_MAX = 20
_ESCORT_OPENED = re.compile(f"在([^，。；：！？,;:!?在]{{0,{ESCORT_LEAD_MAX}}})$")


# A frame of someone's support closed by 下 right after the group (在乡长X极力争取下, 在X的
# 大力支持下): a manner word or two before the verb, within one clause (data:
# supporting_frames).
_SUPPORT_FRAME = re.compile(
    f"(?:同志)?的?[^，。；：！？,;:!?、]{{0,4}}?(?:{_either(vocab().supporting_frames)})下"
)


# (cerem44) A clause that is only a ceremony's own 上 (欢送会上, 开幕式上, 颁奖典礼上, 在启动
# 仪式上): where the next clause's subject acts. Not a meeting's 会上: a speech the
# predicate words in no role verb would read there as presence (dev d109, d111 fell).
# A few characters name the event; the whole clause is the frame, so nothing else in it
# (no verb, no name) is read as one.
EVENT_NAME_MAX = 12
_AT_THE_EVENT = re.compile(
    f"在?[^，。；：！？,;:!?、]{{0,{EVENT_NAME_MAX}}}?(?:欢送会|仪式|典礼|开幕式|启动式)(?:现场)?上"
)


# Help given, written with 由 and no 下 (由县长X鼎力相助，成立…): a manner word or two,
# then 相助, closing the clause. Only 相助: 由X协助颁奖 and 由X支持… are acts done at the
# event or said of it (cerem44).
_HELPED_BY = re.compile("(?:同志)?的?[^，。；：！？,;:!?、]{0,4}?相助(?=$|[，。；：！？,;:!?])")


# 由 before escorts whose frame closes with 下 (分别由议员A及B的陪同下，先后来到…): the
# frame 在…陪同下 written with 由 (由A陪同出席 without 下 is A's own predicate, read so).
_BY_ESCORTS = re.compile("由$")


def _escort_frame_after(after: str, before: str) -> bool:
    """Whether the text after a group closes an escort frame: any 陪同 after 在, only a
    frame closed by 下 after 由 (由A、B的陪同下).

    >>> _escort_frame_after("的陪同下", "由"), _escort_frame_after("陪同出席", "由")
    (True, False)
    >>> _escort_frame_after("陪同", "在")
    True
    """
    frame = _ESCORT.match(after)
    if frame is None:
        return False
    return not before.endswith("由") or frame.group().endswith("下")


def _escort_opened(before: str, v: Vocab) -> bool:
    """Whether the text before a group opens an escort frame around it: 在 right before,
    or 在 and a short stretch with no verb (在指挥官黄上校、主任A陪同下: the frame holds
    an item of no name before A).

    >>> _escort_opened("今日在指挥官黄上校、", vocab()), _escort_opened("在", vocab())
    (True, True)
    >>> _escort_opened("在会上讲话后与", vocab())
    False
    """
    m = _ESCORT_OPENED.search(before, max(0, len(before) - ESCORT_LEAD_MAX - 1))
    return m is not None and not _roles_in(m.group(1), v)[0]


# (roles23) What may open the clause of a led party's members after the clause naming its
# leader (由X率领，以及A、B随行…): a joiner carries the party on.
_PARTY_GOES_ON = ("以及", "及", "和")
# (roles23) Verbs of going along right after the members (A、B随行至…): with the party.
_GOING_ALONG = ("随行", "随同")
# The verbs a party's leader closes his clause with after 由 (由X率领，A、B随行…), besides
# the vocabulary's party_leading_words (带队).
_PARTY_LED_BY = ("率领", "带领")


# (roles23) Words saying the people after them are newly in post, written between a verb
# of taking people along and their titles (带领新当选的副主委A、B上门走访): the led are
# still the verb's object.
_NEWLY_NAMED = re.compile("(?:新当选|新上任|新到任|新提任)的$")


def _before_newly_named(before: str) -> int:
    """The end of `before` without a closing word of the newly named (新当选的).

    >>> _before_newly_named("带领新当选的"), _before_newly_named("带领")
    (2, 2)
    """
    m = _NEWLY_NAMED.search(before)
    return m.start() if m else len(before)


def _mark_party_members(s: str, groups: list[_List], lo: int, hi: int, v: Vocab) -> None:
    """Mark the people opening the clause s[lo:hi] right after a clause that closes with
    its leader's 带队 (由副市长X带队，A、B一行前往…调研) as the party's members: there
    with it (attendee), not leaders of the visit the leader leads. Only when their own
    predicate is a visit (not 陪同, which makes them escorts, nor a 带队 of their own).

    >>> s = "由副市长A带队，局长B、科长C一行前往东山镇调研"
    >>> groups = [_List([], 1, start=8, end=11), _List([], 1, start=12, end=15)]
    >>> _mark_party_members(s, groups, 8, len(s), vocab())
    >>> [(g.adjunct, sorted(g.roles)) for g in groups]
    [(True, ['attendee']), (True, ['attendee'])]
    """
    opening = _strip_openers(s[lo : groups[0].start], v)
    if not groups or (opening and opening not in _PARTY_GOES_ON):
        return
    last = 0  # the last group of the list that opens the clause (A、B, or A，，、B)
    while last + 1 < len(groups) and s[groups[last].end : groups[last + 1].start].strip(
        "，,、 "
    ) in ("", *JOINERS):
        last += 1
    predicate = s[groups[last].end : hi]
    roles = _roles_in(predicate, v)[0]
    if predicate.startswith(_GOING_ALONG):
        # 由X率领，以及A、B随行至…参访: going along with the party its leader leads is
        # being one of it (roles23), not escorting a visitor.
        roles = roles - {"accompanying"}
    if roles != {"leader"} or any(w in predicate for w in v.party_leading_words):
        return
    for group in groups[: last + 1]:
        group.adjunct = True
        group.roles = {"attendee"}


def _mark_escorted(s: str, groups: list[_List], k: int) -> None:
    """Mark the people right before the escort group groups[k] (and those joined to them:
    市长X和局长Y在A陪同下) as the ones escorted."""
    j = k - 1
    while j >= 0 and not groups[j].adjunct:
        groups[j].escorted = True
        if not j or s[groups[j - 1].end : groups[j].start] not in JOINERS:
            break
        j -= 1


def _escort_chain(
    s: str, clauses: list[tuple[int, int, int]], by_clause: dict[int, list[_List]], ci: int
) -> list[_List] | None:
    """The groups of the clauses after clause ci that close an escort frame its last
    group opened (在镇长A，副镇长B，主任C等陪同下): each clause only people, the last
    one's people followed by the frame; None if the frame does not close within
    ESCORT_CLAUSES clauses of the sentence."""
    si = clauses[ci][0]
    chain: list[_List] = []
    for cj in range(ci + 1, min(ci + 1 + ESCORT_CLAUSES, len(clauses))):
        sj, lo, hi = clauses[cj]
        groups = by_clause.get(cj)
        if sj == si and not groups and _UNNAMED_ESCORT_PIECE.fullmatch(s, lo, hi):
            # 在委员A，省湿地站等相关负责同志，副市长B的陪同下: escorts no name names, a
            # clause of their own, stand in the frame's list (bounded, as the frame is).
            continue
        if sj != si or not groups:
            return None
        for k, g in enumerate(groups):
            if s[groups[k - 1].end if k else lo : g.start].strip("、和及 "):
                return None
        chain.extend(groups)
        after = s[groups[-1].end : hi]
        if _ESCORT.match(after):
            return chain
        if after.strip(" "):
            return None
    return None


# How many clauses an escort frame cut by commas may run on (one a person, or a list).
# (dev26r) A national leader's escorts run from the province down to the county, one
# clause each (在省委副书记A，省某主席B，市委书记C，市委副书记D，县委书记E，县长F等领导
# 的陪同下: six people, five clauses after the first): eight, still a bound.
ESCORT_CLAUSES = 8
# A clause of escorts no name names inside such a frame (省湿地站等相关负责同志, 市农委有关
# 负责人): units and 等, closed by a word for such people (data: unnamed_escort_ends), at
# most UNNAMED_ESCORT_PIECE_MAX characters, no verb of a frame or a visit in it.
UNNAMED_ESCORT_PIECE_MAX = 30
_UNNAMED_ESCORT_PIECE = re.compile(
    f"[^，。；：！？,;:!?在陪同下]{{0,{UNNAMED_ESCORT_PIECE_MAX}}}"
    f"(?:{_either(vocab().unnamed_escort_ends)})"
)

# (dev24) The same clause right after 在 and before its 陪同下, in the predicate itself (县委
# 书记A在县民政部门负责同志陪同下，走访…): longer than UNNAMED_ESCORTS_MAX, closed by such a word.
UNNAMED_ESCORT_END_MAX = max(len(w) for w in vocab().unnamed_escort_ends)
_UNNAMED_ESCORTS_ENDED = re.compile(f"在{_UNNAMED_ESCORT_PIECE.pattern}$")

# A report made elsewhere, named after its maker (X所作的《政府工作报告》).
_MADE_ELSEWHERE = ("所作", "所做")


def _discussed(lead: str, v: Vocab) -> bool:
    """Whether the text before a report's maker (his title with it, which may have taken
    the verb: 认真审议代市长) discusses the report without hearing it.

    >>> _discussed("代表们认真审议代市长", vocab()), _discussed("听取并审议了镇长", vocab())
    (True, False)
    """
    return any(w in lead for w in v.discussing_verbs) and not any(
        w in lead for w in v.heard_governors
    )


# The hosts of a visit, named after 受到 and before how they receive it (受到县长X及近20位
# 议员热烈欢迎, 受到A、B等人的热忱接待), within one clause and HOSTED_MAX characters.
_RECEIVED = ("受到", "受到了")

# A party or person whose arrival a host welcomes (A对B一行的到来表示欢迎, 对B的莅临表示感谢,
# 对B一行表示欢迎): B stands in A's topic, the verb after it is A's speech. B came, but
# whether to visit or to attend is said by B's own verbs elsewhere (B一行到…调研, B出席…):
# the welcome gives B no role (roles round 25).
_WELCOMED_ARRIVAL = re.compile(
    f"(?:一行)?的{_either(vocab().arrival_nouns)}|一行(?=表示|致以)"
)  # the arrival's nouns: vocabulary arrival_nouns (review43 finding 4)
HOSTED_MAX = 16
_HOSTED = re.compile(f"[^，。；：！？,;:!?]{{0,{HOSTED_MAX}}}?(?:{_either(vocab().hosting_words)})")

# An attending verb right before a group (出席了立法会议员B…的…): the group stands in
# what is attended.
_ATTENDED_OWNER = re.compile("(?:出席|参加)了?$")


@_of_vocab
def _speech_verbs(v: Vocab) -> tuple[str, ...]:
    """The speaker's role verbs, longest first."""
    return tuple(
        sorted((w for w, role in v.role_verbs if role == "speaker"), key=len, reverse=True)
    )


def _assign_roles(s: str, clauses: list[tuple[int, int, int]], lists: list[_List], v: Vocab):
    by_clause: dict[int, list[_List]] = {}
    for group in lists:
        by_clause.setdefault(group.clause, []).append(group)
    # Adjuncts: 在 X 的陪同下, 受 X 委托, and X followed by a marker of absence.
    led_until = -1  # the end of a clause that closes with people a leader takes along
    party_led_until = -1  # the end of a clause that closes with its leader's 带队 (由X带队)
    for ci, groups in by_clause.items():
        si, lo, hi = clauses[ci]
        if ci and clauses[ci - 1][0] == si and clauses[ci - 1][2] == party_led_until:
            _mark_party_members(s, groups, lo, hi, v)
        for k, group in enumerate(groups):
            if group.adjunct:
                continue  # an escort of a frame that began in an earlier clause
            before = s[groups[k - 1].end if k else lo : group.start]
            after = s[group.end : groups[k + 1].start if k + 1 < len(groups) else hi]
            chain = (
                _escort_chain(s, clauses, by_clause, ci)
                if before.endswith("在") and k == len(groups) - 1 and not after.strip(" ")
                else None
            )
            if chain:
                # 在镇长A，副镇长B等陪同下: escorts cut by commas are one frame.
                for g in (group, *chain):
                    g.adjunct = True
                    g.roles = {"accompanying"}
                _mark_escorted(s, groups, k)
            elif (
                k == 0
                and ci
                and clauses[ci - 1][0] == si
                and clauses[ci - 1][2] == led_until
                and before.strip("，,、") in ("", "及", "以及", "和")
                and after.strip("，,、 ") == ""
            ):
                # 带领副政委A，，副师长B，及…赴…: a verbless clause of titled people right
                # after the led ones goes on with them (the leader's verb is still his).
                group.adjunct = True
                group.roles = {"attendee"}
            elif (
                _escort_frame_after(after, before)
                # (roles45b) 县长X由立委Y陪同出席: the one escorted named right before 由
                or (k and before == "由" and _ESCORT.match(after) is not None)
            ) and (_escort_opened(before, v) or _BY_ESCORTS.search(before)):
                group.adjunct = True
                group.roles = {"accompanying"}
                _mark_escorted(s, groups, k)
            elif (before.endswith("在") and _SUPPORT_FRAME.match(after)) or (
                before.endswith("由") and _HELPED_BY.match(after)
            ):
                # 某港乡在乡长X极力争取下，成立…，举行揭牌: X's effort frames what the
                # clause's subject did; X is named there, not shown present by it; so
                # is 由县长X鼎力相助，成立… (cerem44).
                group.adjunct = True
                group.mentioned = True
            elif before.endswith(_RECEIVED) and _HOSTED.match(after):
                # 受到县长X及议员们热烈欢迎: who receives the visitors is there.
                group.adjunct = True
                group.roles = {"attendee"}
            elif _ends_with_any(before, 0, len(before), v.inviting_verbs) and not _ends_with_any(
                before, 0, len(before), v.mention_governors
            ):
                # 邀请A出席并致辞, 邀请A、B等现场会勘: the invited do what they were invited
                # to, their own acts (read as any subject's); a visit or an inspection
                # they join as guests is not theirs to lead (roles26). Not 将邀请A: an
                # invitation still to come (a mention governor) names A only.
                group.invited = True
            elif _ends_with_any(before, 0, _before_newly_named(before), v.present_governors):
                # 拜会县长X: the people called on are there; 率副市长X: so are the led
                # (带领新当选的副主委A、B: as newly named, roles23).
                group.adjunct = True
                group.roles = {"attendee"}
            elif _ends_with_any(before, 0, len(before.rstrip("了")), _VISITS):
                # 看望慰问市政协原主席X，了解其生活…: the one visited is named, the verbs
                # after him are the visitor's.
                group.adjunct = True
                group.mentioned = True
            elif _ends_with_any(before, 0, len(before.rstrip("了")), v.heard_governors) or (
                k
                and groups[k - 1].roles == {"speaker"}
                and groups[k - 1].adjunct
                and _HEARD_JOIN.fullmatch(s, groups[k - 1].end, group.start)
            ):
                # 听取了第一书记X有关…的经验分享: the one heard speaks (和Y的介绍: Y too).
                group.adjunct = True
                group.roles = {"speaker"}
            elif k and after.startswith("的") and _ATTENDED_OWNER.search(before):
                # A出席议员B及C的办事处开幕礼并致辞: B and C own what A attends, named
                # in A's object; the acts after it are A's.
                group.adjunct = True
                group.mentioned = True
            elif after.startswith(_MADE_ELSEWHERE) and _discussed(
                s[groups[k - 1].end if k else lo : group.items[0].name_start], v
            ):
                # 代表们分团审议市长X所作的《政府工作报告》: a report discussed, not heard
                # (听取并审议了X所作的…: X made it there); X is named, not there.
                group.adjunct = True
                group.mentioned = True
            elif before.endswith("受") and after.startswith("委托"):
                group.adjunct = True
                group.mentioned = True
            elif _ends_with_any(before, 0, len(before), v.verbs_before_title):
                # A代表市长B向大家拜年: B is the one A speaks for, named, not there; the
                # verb after B is A's.
                group.adjunct = True
                group.mentioned = True
            elif before.endswith("对") and _WELCOMED_ARRIVAL.match(after):
                # 张某对市局副局长李某一行的到来表示欢迎: the one welcomed is in the
                # host's topic (as the one told after 向); the verb after him is the host's.
                group.adjunct = True
            elif before.endswith("向") and _starts_with(after, 0, _speech_verbs(v)):
                # A向市人大常委会副主任X介绍了…: the one told is no speaker; the verb is
                # A's (the group is cut out of A's predicate). So when no group names
                # the teller (他们向X汇报工作, 各单位向X汇报).
                group.adjunct = True
            elif (
                _governed(before, v)
                or _starts_with(after, _past_adverbs(after, v), v.mention_markers)
                or _owns_speech_studied(before, after, v)
            ):
                group.mentioned = True
            elif k and groups[k - 1].mentioned and before.endswith(("、", "和", "及", "以及")):
                # 传达学习A总书记重要讲话精神、B总理批示要求: the governor of the first of
                # joined objects governs the next (B's 要求 is no speech at the meeting).
                group.mentioned = True
            elif k == 0 and _in_said(s, clauses, ci, by_clause):
                # 主席A表示，行政长官B在换届后提出…: what A said, B named in it.
                group.mentioned = True
            elif (
                k == 0
                and _strip_openers(before, v) == ""
                and _POSSESSIVE.match(after)
                and not _OWN_FRAME.match(after)
            ):
                # 局长X的办公室表示…, 行政长官X的施政报告提出…: at the clause's start, the
                # possessed thing is the subject; X is named, its owner (not 在X的陪同下, a
                # frame, nor 受到X的热忱接待, an object's).
                group.mentioned = True
            group.led_frame = before.endswith("在") and _LED_FRAME.match(after) is not None
            if before.endswith("陪同") and not group.adjunct:
                group.escorted = True  # A陪同B前往…: B is the one escorted
            closes = k == len(groups) - 1 and after.strip("，,、 ") == ""
            if closes and group.adjunct and group.roles == {"attendee"}:
                led_until = hi
            if (
                k == len(groups) - 1
                and not group.adjunct
                and (
                    after.strip("，,、 ") in v.party_leading_words
                    or (before.endswith("由") and after.strip("，,、 ") in _PARTY_LED_BY)
                )
            ):
                party_led_until = hi
    adjuncts = {ci: _Adjuncts(groups) for ci, groups in by_clause.items()}
    no_adjuncts = _Adjuncts([])
    pending: list[_List] = []  # groups with no verb yet, waiting for the next clause
    last_subject: _List | None = None
    open_group: _List | None = None  # last subject whose predicate may go on
    # The waiting groups that took their verb from open_group's clause (A，B、C出席会议):
    # the open predicate goes on for them too (…，并讲话). Keyed by the group's id.
    open_joined: dict[int, list[_List]] = {}
    lead_roles: set[str] = set()  # 出席包括：… : a verb before a colon, for the list after
    sentence_end = {si: hi for si, _, hi in clauses}  # clauses are in order: the last wins
    had_main = True  # whether the previous clause had a group of its own
    continued: _List | None = None  # a waiting group whose verb this clause gave
    wishers: set[int] = set()  # waiting groups whose predicate was a wish for others
    roster: tuple[int, _List] | None = None  # the last roster closing a clause (随行包括A、B)
    last_named: list[_List] = []  # the groups of the last clause that named anyone
    leading: set[str] = set()  # names of the people who lead a visit, so far
    members: set[str] = set()  # titles whose members, as a group, make a visit (委员们…视察)
    # Groups of people named to a post (选举A为…) not yet said to be there: each is
    # handed a role at most once (the list is emptied), so the work stays linear.
    elected: list[_List] = []
    # The presence roles (attendee, nonvoting) of the previous clause's named people:
    # a clause that opens with 还有 and gives its people no verb lists more of them.
    prev_presence: set[str] = set()
    for ci, (si, lo, hi) in enumerate(clauses):
        groups = by_clause.get(ci, [])
        frames = adjuncts.get(ci, no_adjuncts)
        main = [g for g in groups if not g.adjunct]
        elected.extend(g for g in main if g.items and all(i.appointed for i in g.items))
        head = s[lo : main[0].start if main else hi]
        head_text = _strip_openers(head, v)
        attributive = bool(main) and _ATTRIBUTIVE.search(head_text) is not None
        # Pending groups of the previous clause of the same sentence.
        if ci and clauses[ci - 1][0] != si:
            lead_roles = set()
            # An open predicate ends with its sentence: a verb opening a clause of the
            # next sentence (每到一处，检查人员…) is not its subject's.
            open_group = None
            if "\n" in s[clauses[ci - 1][2] : lo]:
                # A paragraph that names no one speaks of the party at large (检查组…
                # 要求…), not of the leaders named in the paragraph before.
                last_named = []
        if pending:
            # A list cut by semicolons (甲；乙；丙等出席) is one sentence for its verb.
            same_sentence = clauses[ci - 1][0] == si or s.startswith("；", clauses[ci - 1][2])
            if not same_sentence:
                pending = []
            elif main and head_text == "":
                pass  # resolved below, when this clause's first group gets its roles
            elif not main and _unnamed_group(s, lo, hi, v):
                pass  # 应邀列席的部分主委: a group of its own; the roster's verb comes later
            else:
                # 列席会议的县委副书记X在主席台就座: the verbs of a 的-phrase before a
                # group are its own, not those of the groups waiting for a verb.
                start = main[0].end if attributive else lo
                pred = _predicate_text(s, start, hi, frames, None)
                roles, ended = _roles_in(pred, v)
                if _wishes(pred, v):
                    # A感谢…，希望他们参与…: what the wish asks of others is not A's act.
                    wishers.update(id(g) for g in pending)
                if roles:
                    for g in pending:
                        # A询问…，鼓励他们…: the encouragement is still said by A (his
                        # speech if he leads the visit, `_final_roles`), as speech is.
                        g.roles |= roles & SAID_AFTER_WISH if id(g) in wishers else roles
                    if len(pending) == 1 and not main and not ended:
                        # X先后来到A、B，督导…，并就…提出要求: the one who waited for his
                        # verb goes on with it in the clauses after.
                        continued = pending[0]
                    pending = []
        if not main and elected and _sworn_by_elected(head_text, v):
            # …当选镇长。随后，新当选成员举行了宣誓就职仪式: the people just named to
            # their posts take the oath, so they are there (`_final_roles`).
            for group in elected:
                group.roles.add(SWORN)
            elected = []
        # Pronoun subject: 他强调 / 她指出; (roles45b) also right after the closing mark
        # of a quotation (“…。”他说, 「…」他表示: the words quoted are his).
        said = head_text.lstrip(_CLOSING_QUOTES)
        if (
            said[:1] in v.pronouns
            and last_subject is not None
            and not _starts_with(said, 0, v.crowd_pronouns)
        ):
            roles, ended = _roles_in(said[1:], v)
            if _wish_opens(said, 1, v):
                # (roles45) 他希望大家…, 他也希望…: a wish said right after the pronoun is
                # speech, as right after the name (X希望大家…).
                roles = roles | {"speaker"}
            last_subject.roles |= roles
            if not main and not ended and said[1:2] != "们":
                # (dev26r) 她对…给予了高度评价，要求…: the clauses after the pronoun's go
                # on with its predicate, as after a named subject's (open_group); not
                # after a plural one (他们…，要求…: the people met, or the party).
                continued = last_subject
        # A subjectless clause that opens with a verb continues the open predicate
        # (检查验收，要求做好管护); after a speech verb the clauses are what was said.
        elif (
            not main
            and s.startswith(("：", ":"), hi)
            and head_text
            # …，并就…提出要求：…: speech before a colon goes on with the open
            # predicate (what follows is what was said), no list's verb.
            and not (open_group is not None and _roles_in(head_text, v)[0] == {"speaker"})
        ):
            lead_roles, _ = _roles_in(head_text, v)
            if lead_roles:
                open_group = None
        elif not main and open_group is not None and clauses[ci - 1][0] == si:
            lead = re.sub(r"^(并|还|又|随后|先后|详细|同时|现场|一同|认真)", "", head_text)
            # (roles45b) 到…调研，在听取汇报后指出…: the verb after the frame goes on;
            # so does the verb after an adverb of manner (握着老人的手，亲切地说…, 并动情地
            # 表示…: MANNER).
            lead = lead[_after_speech_frame(lead) :]
            manner = _MANNER.match(lead)
            lead = lead[manner.end() :] if manner else lead
            topic = _TOPIC.match(lead)
            lead = lead[topic.end() :] if topic else lead  # 并就…提出要求: the verb after it
            own = _OWN_SUBJECT.match(lead)
            if own and not _roles_in(lead[: own.start(1)], v)[0]:
                # A参加，志愿者、工作人员一起向市民发放…，号召…: the people before 一起 are
                # the clause's own subject; the verbs after it are theirs, not A's.
                open_group = None
            elif any(lead.startswith(verb) for verb, _ in v.role_verbs) or (
                head_text.startswith(_LAID_OUT)
                and open_group.roles & _AT_MEETING
                and "leader" not in open_group.roles
            ):
                roles, ended = _roles_in(lead, v)
                if lead.startswith("召开") and "leader" in open_group.roles:
                    # 到东区调研，并召开座谈会: the visit's forum, not chaired.
                    roles.discard("chair")
                if open_group.led_frame:
                    roles &= LED_FRAME_ROLES
                if open_group.roles & _LED_TO and _led_only(lead, v):
                    # 由X主持，率领各课室主管…: people taken along to what X chairs.
                    roles.discard("leader")
                open_group.roles |= roles
                for g in open_joined.get(id(open_group), ()):
                    # 县长A，副县长B、C出席会议，并讲话: the list cut by a comma is one
                    # subject; the clause after its verb goes on for every part of it.
                    g.roles |= roles
                if ended:
                    open_group = None
        elif (
            not main
            and (ci == 0 or clauses[ci - 1][0] != si)
            and _starts_with(head_text, _after_speech_frame(head_text), v.visit_instruction_verbs)
            # 会议要求: the meeting's (会议 is an opener stripped from head_text).
            and "会议" not in head[: len(head) - len(head_text)]
            and last_named
            and all(item.name in leading for group in last_named for item in group.items)
        ):
            # X一行先后察看了…，对…给予了肯定。要求…: a sentence that opens with an
            # instruction and names no one is what the visit's leaders, the last ones
            # named, asked (not a later subject's: a clause naming anyone else resets
            # last_named).
            for group in last_named:
                group.roles.add("speaker")
        if main:
            open_group = None
        elif continued is not None:
            open_group = continued
        continued = None
        new_pending: list[_List] = []
        # 县委书记A，县长B带领…: A waited for B's verb; both are this clause's subject.
        # The waiting list is taken over only when this clause's verb resolves it (not
        # copied for every clause: a sentence of thousands of verbless clauses, each a
        # titled name, made that quadratic).
        joined: list[_List] = []
        heads = _list_heads(s, main, v)
        also_there = (
            prev_presence
            if ci and clauses[ci - 1][0] == si and _ALSO_THERE.match(head_text)
            else set()
        )
        for k, group in enumerate(main):
            if group.mentioned:
                continue
            # A list cut by an item that is no name (A、B、县府各局处主管、C等出席) is one
            # list: the part before the cut has the predicate of the part after it.
            j = heads[k]
            nxt = main[j + 1].start if j + 1 < len(main) else hi
            pred = _predicate_text(s, main[j].end, nxt, frames, main[j])
            if nxt == hi and pred.endswith("宣布") and s.startswith(("：", ":"), hi):
                # 宣布：大会开幕: what is announced after the colon tells which act it is
                # (looked at within the sentence and a bounded span, so work stays linear).
                pred += s[hi : min(sentence_end[si], hi + ANNOUNCEMENT_MAX)]
            roles, ended = _roles_in(pred, v)
            if (
                roles == {"leader"}
                and nxt == hi
                and _greeting_goes_on(s, pred, hi, sentence_end[si], v)
            ):
                # 由县长X带领府内一级主管，邀集各界贵宾互道新年恭喜: the party taken along
                # greets at the gathering in the next clause: presence (roles24).
                roles = {"attendee"}
            if "chair" in roles and _visit_forum(pred, group, leading):
                # X到…调研检查。…，X先后召开座谈会，听取…: the forum held on the visit he
                # leads is the visit's, not chaired (as 调研，并召开座谈会 in one predicate).
                roles = roles - {"chair"}
            if not roles and _on_behalf_report(s, main[j].end, hi, v):
                # A代表镇人民政府和B代表…作的工作报告: who reports for an organ speaks.
                roles = {"speaker"}
            if not roles and nxt == hi and not pred.strip() and _QUOTED.match(s, hi):
                # 局长X：「…」: the quoted words are X's (the verbs inside are what he
                # said, not his acts nor a list's waiting for a verb).
                roles, ended = {"speaker"}, True
            if (
                not roles
                and k == 0
                and head_text == ""
                and pred.strip("，、 ")
                and ci
                and clauses[ci - 1][0] == si
                and _AT_THE_EVENT.fullmatch(s[clauses[ci - 1][1] : clauses[ci - 1][2]])
            ):
                # (cerem44) 欢送会上，武装部长X向新兵发放了纪念品: what the subject does
                # with no role verb, in a clause the event's own 会上 opens, he does there.
                roles = {"attendee"}
            if _wish_opens(pred, 0, v):
                # X希望大家…, X希望两地…: said to them, so speech (as 要求), whoever says
                # it; only right after the name in its own clause (a wish in a later
                # clause is often another's, told in a speech about X: 祝福X连任，…希望…).
                roles = roles | {"speaker"}
            frame = _LED_FRAME.match(pred) if group.led_frame else None
            led_nowhere = False
            if frame:
                # The frame's own verb (带领) is the leader's; of the rest only a visit.
                roles = _roles_in(pred[: frame.end()], v)[0]
                rest, ended = _roles_in(pred[frame.end() :], v)
                roles |= rest & LED_FRAME_ROLES
                led = _led_frame_roles(s, main[j].end, sentence_end[si], v)
                if "leader" not in led:
                    # 在镇长X的带领下，新当选同志进行了宪法宣誓: what the led do is no
                    # visit, so X leads none (named, his other roles his own).
                    roles, ended, led_nowhere = set(), True, True
                    if SWORN not in led and led & _AT_MEETING:
                        # 在县长X的带领下，县府团队出席典礼: who takes a party along to
                        # attend is there (率领…出席, read 3 of "people taken along").
                        roles = {"attendee"}
            group.roles |= roles or lead_roles
            if k and attributive and not group.roles and heads[0] == heads[k]:
                # (roles44b) 出席贵宾包括县议员A、客属会理事长B、全体理监事、处长C: the
                # roster's people after items that are no officials (an association's
                # officers, its members: no verb between, `_list_heads`) are the roster's
                # as its first part is: its presence (the opener's, or that of the clause
                # a 包括 list counts: 担任主礼，包括A、会长B、C) is theirs. The first part was
                # read first (k == 0), its predicate is theirs already.
                group.roles |= main[0].roles & _ROSTER_OPENING_ROLES
            if k == 0 and attributive:
                group.roles |= _roles_in(head_text, v)[0]
                if not group.roles and _DELEGATION_MEMBERS.search(head_text):
                    # 本次参访成员包括A、B, 代表团成员包括A: the visiting party's members
                    # are there.
                    group.roles.add("attendee")
                if (
                    head_text in _INCLUDING
                    and ci
                    and clauses[ci - 1][0] == si
                    and not had_main
                    and not roles
                ):
                    # 共有23位议员出席，包括A、B和C: the list after 包括 names those the
                    # verbless clause before it counted; that clause's verbs are theirs
                    # (参加典礼的贵宾，包括有A、B: so after 包括有 and 包含).
                    # Not when the list has a verb of its own (典礼由X主持，包括A、B等出席:
                    # the chair is the clause's, the listed attend).
                    prev = clauses[ci - 1]
                    counted = _roles_in(_strip_openers(s[prev[1] : prev[2]], v), v)[0]
                    # 介绍新任主管，包括A、B: the ones spoken of are not the speakers;
                    # introduced to the meeting, they are there.
                    group.roles |= counted - {"speaker"}
                    if "speaker" in counted and any(
                        w in s[prev[1] : prev[2]] for w in v.introducing_verbs
                    ):
                        group.roles.add("attendee")
            if not group.roles and also_there:
                # 议长A、副议长B出席，还有义警大队长C及警友会理事长D: the people listed
                # after 还有 with no verb of their own are more of those the clause before
                # said were there (its presence roles, not its speech or chairing).
                group.roles |= also_there
            rostered = (
                not group.roles
                and k == 0
                and head_text == ""
                and roster is not None
                and roster[0] == ci - 1
                and s.startswith(("；", "，", ","), lo - 1)
                and _ROSTER_TAIL.fullmatch(_strip_openers(pred, v).strip("，、 ")) is not None
            )
            if rostered:
                # 随行包括A、B等；C及D: a roster cut by a semicolon goes on with names
                # alone; they are what the roster before them says. So does one cut by
                # commas, each clause a titled person (一同参加会议的还有区政协主席A，
                # 区委常委、统战部部长B，副主席C等人).
                group.roles |= roster[1].roles
            opens_roster = k == 0 and (
                attributive or _colon_roster_head(head_text, roles, lead_roles)
            )
            if (opens_roster or rostered) and group.roles and nxt == hi:
                roster = (ci, group)
            open_group = group if roles and not ended else None
            if k == 0 and pending and head_text == "" and group.roles:
                for g in pending:
                    g.roles |= group.roles
                joined, pending = pending, []
                if open_group is group and len(main) == 1:
                    open_joined = {id(group): joined}
            if (
                not group.roles
                and not led_nowhere
                and not all(i.appointed for i in group.items)
                and not _possessor(pred)
            ):
                # 选举A为主席，选举B为秘书长；通过…工作报告的决议: people named to a post
                # have their predicate (the naming); no later clause's verb is theirs.
                new_pending.append(group)
                if _wishes(pred, v):
                    # A鼓励农户要…，同时要求…: only what A says later is his.
                    wishers.add(id(group))
            if (
                group.roles == {"accompanying"}
                and last_subject is not None
                and "leader" in last_subject.roles
            ):
                # (roles45) X到…调研，副县长Y陪同。他强调…: the escorts named after the
                # visit go along with it; the pronoun after them is still its leader's.
                pass
            elif len(group.items) == 1:
                last_subject = group
            else:
                last_subject = None
        # Extended in place: a sentence of many verbless clauses copied the waiting
        # list for every clause.
        pending.extend(new_pending)
        if main:
            last_named = joined + main
        prev_presence = {r for g in main for r in g.roles if r in _AT_MEETING}
        for group in last_named if main else ():
            if "leader" in group.roles:
                leading.update(item.name for item in group.items)
        had_main = bool(main)
        if roster is not None and _roster_part_unnamed(s, lo, hi, roster[0] == ci - 1, main, v):
            # 参加的领导有：A同志；企业经理C同志；B同志: a part naming no official (a
            # manager, a scholar) is still a part of the roster; B goes on with it.
            roster = (ci, roster[1])
        if not main and lo < hi:
            plural = _visiting_members(head_text, s[lo:hi], v)
            if plural:
                members.add(plural)
    if members:
        _members_lead(lists, members)
    for group in lists:
        if group.invited and "leader" in group.roles:
            # 邀请工务局副局长A等…现场会勘: guests of the inviters' inspection, there.
            group.roles = group.roles - {"leader"} | {"attendee"}


def _visiting_members(head_text: str, clause: str, v: Vocab) -> str:
    """The title of the members (委员) when a clause that names no one opens with them as
    a group (委员们先后到…视察) and makes a visit: its only role is a visit's.

    >>> _visiting_members("委员们先后到某某铁路隧道视察", "委员们先后到某某铁路隧道视察", vocab())
    '委员'
    >>> _visiting_members("委员们参加了座谈", "委员们参加了座谈", vocab())
    ''
    """
    for plural in v.visiting_member_groups:
        if head_text.startswith(plural):
            rest = head_text[len(plural) :]
            if _roles_in(rest, v)[0] == {"leader"}:
                return plural[:-1]
    return ""


def _members_lead(lists: list[_List], members: set[str]) -> None:
    """委员们先后到…视察。…杨某委员建议: the members named by that title (杨某委员, 委员杨某)
    make the visit their group makes: leader, beside what they say (not who chairs or is
    an escort, nor one named only, nor a member of another title)."""
    for group in lists:
        if group.mentioned or group.roles & {"chair", "accompanying"}:
            continue
        if group.items and all(item.title in members for item in group.items):
            group.roles.add("leader")


# The words that may open a predicate before its 召开 (先后召开座谈会, 分别召开, 还召开了).
_FORUM_OPENERS = re.compile("(?:先后|分别|还|又|随后|并|当天|期间)*召开")


def _visit_forum(pred: str, group: _List, leading: set[str]) -> bool:
    """Whether a predicate holds a forum (召开座谈会, not 主持召开) that the people of the
    group, each already the leader of a visit in this report, hold on that visit.

    >>> g = _List([_Item("甲乙", "局长", 0, 2, 0, 2, "titled")], 0, 0, 2)
    >>> _visit_forum("先后召开座谈会，听取汇报", g, {"甲乙"})
    True
    >>> _visit_forum("主持召开座谈会", g, {"甲乙"}), _visit_forum("召开座谈会", g, set())
    (False, False)
    """
    opened = _FORUM_OPENERS.match(pred)
    return (
        opened is not None
        and _FORUM_NAMED.match(pred, opened.end()) is not None
        and bool(group.items)
        and all(item.name in leading for item in group.items)
    )


# 出席会议，并安排部署分管领域重点工作: work laid out at a meeting by one who attends it
# is said there (安排部署 holds the speech verb 部署, but opens with 安排, no role verb, so
# the clause did not go on). Only after 并 (an act of the person's own, added), and only
# for who attends or sits in: after 主持 the labels split (dev bp012 reads 主持，并安排部署
# as speech, a held-out part does not: roles round 19), and 主持召开…会议，安排部署…
# lists what the meeting did, as 研究部署 does (verb_exclusions). Not for a visit's
# leader (到…调研，并安排部署…).
_LAID_OUT = ("并安排部署",)
_AT_MEETING = frozenset({"attendee", "nonvoting"})


# A clause that opens with 还有 or 另有 (…出席，还有A及B) and names people with no verb
# of their own goes on with the list of those the clause before it said were there; no
# role word may stand anywhere after the opener in the clause's head (还有…陪同 is a verb
# of its own).
_ALSO_THERE = re.compile("(?:还有|另有)(?!.*(?:出席|参加|陪同|主持|列席))")


# The words that open a list of those a clause before it counted (…出席，包括A、B): 包括
# and its forms with 有 and 包含 (Taiwan's reports write 貴賓,包括有A、B).
_INCLUDING = frozenset({"包括", "包括有", "包含", "包含有"})


def _sworn_by_elected(head_text: str, v: Vocab) -> bool:
    """Whether a clause that names no one says the people just named to a post take the
    oath (新当选成员举行了宣誓就职仪式, 新当选人员进行了宪法宣誓): its subject is one of
    elected_collectives and its predicate holds 宣誓.

    >>> _sworn_by_elected("新当选成员举行了宣誓就职仪式", vocab())
    True
    >>> _sworn_by_elected("新当选成员名单已公布", vocab()), _sworn_by_elected("代表们宣誓", vocab())
    (False, False)
    """
    opener = _starts_with(head_text, 0, v.elected_collectives)
    return bool(opener) and "宣誓" in head_text[len(opener) :]


def _possessor(pred: str) -> bool:
    """Whether a group's verbless predicate makes it the owner of a thing (有别于前市长
    A、B的室内就职，…): no subject waiting for the next clause's verb, nor one taking the
    next subject's acts; not an escort's frame (的陪同下).

    >>> _possessor("的室内就职"), _possessor("的陪同下"), _possessor("")
    (True, False, False)
    """
    return _POSSESSIVE.match(pred) is not None and not _OWN_FRAME.match(pred)


def _planned(text: str, i: int, v: Vocab) -> str:
    """The word of a plan at text[i] (将于, 预计): the acts after it are to come, none
    done in the report; "" if none. Not 将 alone: 将率…列席 is labelled as done (dev-t6),
    and 将 is also 把 (将会议精神传达…).

    >>> _planned("将于7月1日出席", 0, vocab()), _planned("将出席", 0, vocab())
    ('将于', '')
    """
    if text[i] not in _PLAN_FIRSTS:
        return ""
    return _starts_with(text, i, v.planned_words)


_PLAN_FIRSTS = frozenset(w[0] for w in vocab().planned_words)


def _wishes(pred: str, v: Vocab) -> bool:
    """Whether a predicate holds a wish for others or thanks (希望他们…, 感谢…): the
    person has had his predicate: of a later clause only what he says is his.

    >>> _wishes("希望他们参与发展", vocab()), _wishes("询问他们的生活", vocab())
    (True, False)
    """
    return any(w in pred for w in v.wish_words) or any(w in pred for w in v.planned_words)


def _colon_roster_head(head_text: str, roles: set[str], lead_roles: set[str]) -> bool:
    """Whether a group opens a clause right after a colon whose clause gave it only
    presence (参加开幕式的领导有：A同志；B同志；C同志): the colon's roster, which a
    semicolon cuts into parts of names alone, as a roster that closes its clause (随行包括
    A、B等；C及D) is cut; each part is what the colon said (there).

    >>> _colon_roster_head("", set(), {"attendee"}), _colon_roster_head("", set(), {"speaker"})
    (True, False)
    >>> _colon_roster_head("", {"speaker"}, {"attendee"})
    False
    """
    return not head_text and not roles and bool(lead_roles) and lead_roles <= _PRESENCE


# The longest part of a semicolon roster that names no official and still goes on with
# it (a title and a name: 北京某农产品批发市场总经理某某同志).
ROSTER_PART_MAX = 40
# What closes such a part: the honorific a roster writes after each person (a part that
# closes otherwise, 随后参观了展馆, is no person and ends the roster).
ROSTER_HONORIFICS = ("同志", "先生", "女士")


def _roster_part_unnamed(
    s: str, lo: int, hi: int, after_roster: bool, main: list, v: Vocab
) -> bool:
    """Whether clause s[lo:hi], right after a roster's part (`after_roster`), is one more
    part cut by a semicolon that names no official: short, a person by its honorific,
    with no verb of a role.

    >>> s = "出席的有：局长甲；经理某某同志；"
    >>> _roster_part_unnamed(s, 9, 15, True, [], vocab())
    True
    >>> _roster_part_unnamed("出席的有：局长甲；随后参观了展馆；", 9, 16, True, [], vocab())
    False

    A clause at the text's start follows no semicolon (lo - 1 would read the text's last
    character; review43 finding 13):

    >>> _roster_part_unnamed("经理某某同志；", 0, 6, True, [], vocab())
    False
    """
    return (
        after_roster
        and not main
        and 0 < hi - lo <= ROSTER_PART_MAX
        and lo > 0
        and s[lo - 1] in "；;"
        and s[lo:hi].rstrip(" ").endswith(ROSTER_HONORIFICS)
        and not _roles_in(s[lo:hi], v)[0]
    )


def _unnamed_group(s: str, lo: int, hi: int, v: Vocab) -> bool:
    """Whether the clause is a group of people without names, its verbs in a 的-phrase
    before it (应邀列席的部分民主党派主委): a roster's item, whose verb is its own.

    >>> _unnamed_group("应邀列席的部分民主党派主委", 0, 13, vocab())
    True
    >>> _unnamed_group("参加了当天的会议", 0, 8, vocab())
    False
    """
    k = s.rfind("的", lo, hi)
    if k == -1 or k + 1 == hi or _roles_in(s[k + 1 : hi], v)[0]:
        return False
    # The 的-phrase says where the group sits (列席, 出席, 参加); not a verb that governs it
    # (看望参加会议的委员: the visitors' verb).
    head = _UNNAMED_HEAD.sub("", s[lo:k])
    roles = _roles_in(head, v)[0]
    if not roles or not roles <= {"attendee", "nonvoting"} or not _PRESENCE_START.match(head):
        return False
    return _ends_with_core(s, k + 1, hi, v) or _ends_with_any(s, k + 1, hi, _collective_ends(v))


_UNNAMED_HEAD = re.compile("^(?:应邀|特邀|受邀)")
_PRESENCE_START = re.compile("(?:列席|出席|参加)")


def _in_said(s: str, clauses: list[tuple[int, int, int]], ci: int, by_clause: dict) -> bool:
    """Whether clause `ci` follows, in its sentence, a clause where a person ends with a
    verb of saying and a comma (A表示，…，B…: what A said; not 议会指出，…: an organ's
    notice tells what happens)."""
    si = clauses[ci][0]
    for cj in range(ci - 1, max(-1, ci - SAID_BACK - 1), -1):
        sj, lo, hi = clauses[cj]
        if sj != si:
            return False
        if s[hi : hi + 1] in "，," and _ends_with_any(s, lo, hi, _SAID):
            return cj in by_clause or s[lo : lo + 1] in "他她"
    return False


# How many clauses back a verb of saying is looked for.
SAID_BACK = 3

# Verbs that end a clause with what is said after them (A表示，…): the clause after is
# the speech's content.
_SAID = ("表示", "指出", "强调", "认为", "说", "称", "透露", "提到")

# A name's possessive before a noun that is the clause's subject (X的办公室表示): 的 and
# two Han characters or more before the clause goes on.
_POSSESSIVE = re.compile("的[\u3400-\u9fff]{2}")
# 的 opening a frame around the person (在X的陪同下, X的带领下): no possessive.
_OWN_FRAME = re.compile("的[^，。；,;]{0,8}下")


# A clause with a subject of its own before a word of doing together (志愿者、工作人员一起,
# 青年们纷纷): no name, a few characters of no role verb (see its use) and no mark, nor a
# word that joins others to the open predicate's subject (与志愿者一起: he does it with
# them).
OWN_SUBJECT_MAX = 16
# (roles45b) A frame of time or place before a speech verb in a clause that names no one
# (在听取汇报后指出, 调研中强调, 检查时要求, 座谈会上指出): the words are the open
# subject's (a visit's leader's in a sentence of their own), as if the verb opened the
# clause. Only before an instruction verb (visit_instruction_verbs), within one clause and
# SPEECH_FRAME_MAX characters after 在.
SPEECH_FRAME_MAX = 20
_SPEECH_FRAME = re.compile(
    f"(?:在[^，。；：！？,;:!?「」“”]{{1,{SPEECH_FRAME_MAX}}}?(?:时|后|中|上|期间|之际)"
    f"|(?:{_either(w for w, role in vocab().role_verbs if role == 'leader' and len(w) > 1)})"
    "(?:过程中|结束后|中|时|期间|后)"
    "|(?:座谈会|汇报会|座谈|会议)上)"
    f"(?=(?:{_either(vocab().visit_instruction_verbs)}))"
)


# (roles45b) An adverb of manner opening a clause that names no one (亲切地, 诚挚地,
# 语重心长地): two to four characters and 地; not a place word ending on 地 (全县各地, 镇村
# 当地, 产业基地: review45b), which opens a clause with a subject of its own.
_MANNER = re.compile(
    "[\u4e00-\u9fff]{2,4}?(?<![当各本外异两内土基园山耕工场阵营属产驻腹])地(?=[\u4e00-\u9fff])"
)


# (roles45b) The closing marks of a quotation, before the pronoun that says it.
_CLOSING_QUOTES = '”」』’"'


def _after_speech_frame(text: str) -> int:
    """Where a speech verb starts after a frame of time or place opening `text`, or 0.

    >>> _after_speech_frame("在听取汇报后指出，要…"), _after_speech_frame("调研中强调")
    (6, 3)
    >>> _after_speech_frame("在红星村看望了老党员"), _after_speech_frame("指出")
    (0, 0)
    """
    frame = _SPEECH_FRAME.match(text)
    return frame.end() if frame else 0


_OWN_SUBJECT = re.compile(
    f"[^，。；：！？,;:!?与和同跟及并]{{1,{OWN_SUBJECT_MAX}}}?(一起|一同|共同|纷纷)"
)


# A colon and an opening quote right after a name: the quoted words are the person's.
_QUOTED = re.compile('[：:][「“『"]')

# Items of a list that are no names, between two groups of it (、县府各局处主管、): each
# item bounded, so a clause is never read as one. The last may run into the next group
# with no mark: the head of its first item's own title that the title was not read with
# (、无党籍南投|县议会议长X, 、身兼联谊会会长的|议长X, 、彰化县后|备军人指挥部指挥官X), a
# party label, an attribute or a place the title reading stopped short of.
_LIST_BRIDGE = re.compile(
    "(?:、[^、，。；：！？,;:!?“”「」]{1,16})+、?"
    # the last item's joiner and its title, when the name after it is read bare
    # (A、B及后勤股负责人C一行: C's title is no name, and no verb)
    "|(?:、[^、，。；：！？,;:!?“”「」]{1,16})*(?:以及|及|和)[^、，。；：！？,;:!?“”「」]{1,16}"
)


def _list_heads(s: str, main: list[_List], v: Vocab) -> list[int]:
    """For each group of a clause, the group whose predicate is its own: the group
    itself, or, when only list items that are no names (and no verb) part it from the
    next group, that group's (computed backwards, so the work is linear).

    >>> s = "副县长甲、县府各局处主管、处长乙等出席"
    >>> a, b = _List([], 0, 0, 4), _List([], 0, 13, 16)
    >>> _list_heads(s, [a, b], vocab())
    [1, 1]
    """
    heads = list(range(len(main)))
    for k in range(len(main) - 2, -1, -1):
        between = s[main[k].end : main[k + 1].start]
        if _LIST_BRIDGE.fullmatch(between) and not _roles_in(between, v)[0]:
            heads[k] = heads[k + 1]
    return heads


# A 的-phrase (or a roster's 的还有, 还有) right before a group: its verbs are the
# group's (出席会议的还有A, 参加座谈会还有A).
# So is a list's 包括 (随行包括A、B, 出席人士包括A: who went along, who attended; also
# written 包括有 and 包含, as Taiwan's 参加典礼的贵宾，包括有A、B), and
# a roster named by who its people are (出席仪式的官员有A、B, 现场来宾包含A、B; by their
# rank or office too: 出席首长有A、B, 参加会议的县领导有A, 与会人员有A: roles round 22), and
# those at one table (同一席上有A、B, 同桌有A: the verb of presence is the phrase's).
# A list's unnamed first items (嘉宾包括现任议员、前主席A、B: a group named by its post
# alone) do not break it.
# An organ in quotes between a 的-phrase and the title it describes (出席的“内政部”主任
# 秘书X: Taiwan's press quotes the mainland's names for Taiwan's ministries): at most
# this many characters inside the quotes.
QUOTED_ORGAN_MAX = 8
_ATTRIBUTIVE = re.compile(
    "的(还?有)?$|还有$|包[括含]有?(?:[^，,。；;、：:]{2,12}、)*$"
    f'|的[“"「][^”"」，。；：]{{1,{QUOTED_ORGAN_MAX}}}[”"」]$'
    "|(?:官员|嘉宾|来宾|贵宾|人士|首长|长官|领导|人员)(?:还?有|包[括含]有?|是|为)$"
    "|(?:席上|同桌)还?有$"
)
# A speech or instruction named as a thing after its owner's name and a short attributive
# stretch (X关于某工作的重要讲话精神, X视察某市重要讲话重要指示精神, X调研某区讲话精神):
# the owner is named, not there. SPEECH_OWNED_MAX bounds the stretch, within the clause.
SPEECH_OWNED_MAX = 30
_SPEECH_OWNED = re.compile(
    f"([^，。；：！？,;:!?「」“”]{{0,{SPEECH_OWNED_MAX}}}?)"
    "(?:(?:的|重要)(?:讲话|指示|批示|论述)(?!中)|(?:讲话|指示|批示)精神)"
)
# Who makes the speech in the stretch (作重要讲话, 作了…讲话, 作出重要指示, 发表重要讲话;
# not 所作, the relative of one made elsewhere, nor 作 in a word: 工作的重要讲话): the name
# is its speaker, no owner.
_SPEECH_MADE = re.compile("(?<![所工合写创操协运动制著佳耕劳习])[作做](?:了|出|重要|专题|的)|发表")


def _owns_speech_studied(before: str, after: str, v: Vocab) -> bool:
    """Whether the text after a group names a speech of theirs as a thing (their name its
    attribute): a speech word after a short stretch in which no one makes it (作重要讲话),
    speaks (传达…讲话精神: the one who relays it is there) nor studies it; not a speech
    heard (听取并讨论了X的讲话: the one heard speaks).

    >>> _owns_speech_studied("", "关于乡村工作的重要讲话精神结合起来", vocab())
    True
    >>> _owns_speech_studied("", "在会上作重要讲话", vocab())
    False
    >>> _owns_speech_studied("", "传达了省委讲话精神", vocab())
    False
    >>> _owns_speech_studied("", "在会上的讲话中强调", vocab())
    False
    >>> _owns_speech_studied("会议听取并讨论了", "同志的讲话", vocab())
    False
    """
    m = _SPEECH_OWNED.match(after)
    if m is None or any(w in before for w in v.heard_governors):
        return False
    stretch = m.group(1)
    return (
        not _SPEECH_MADE.search(m.group())
        and not any(w in stretch for w in v.studying_verbs)
        and not any(w in stretch for w in _speech_verbs(v))
    )


# What may close a clause that goes on with a roster after its people: nothing, or a 等-tail
# naming them (等人, 等区领导, 等重要人物), bounded.
ROSTER_TAIL_MAX = 8
# (同志 after the name: a roster's honorific, 县委副书记A同志；县长B同志; a roster's last
# part may close with the unnamed others: 及市畜牧局其他领导同志, at most
# ROSTER_OTHERS_MAX characters, ending with a word for people)
ROSTER_OTHERS_MAX = 24
_ROSTER_TAIL = re.compile(
    f"(?:同志)?(?:等[^，。；：！？,;:!?]{{0,{ROSTER_TAIL_MAX}}}"
    f"|(?:及|以及)[^，。；：！？,;:!?]{{1,{ROSTER_OTHERS_MAX}}}?(?:领导|负责人)(?:同志)?)?"
)
# A visiting party's members named by a roster (参访成员包括, 代表团成员有): they are there.
_DELEGATION_MEMBERS = re.compile(
    "(?:参访|访问团|访团|代表团|考察团|参访团)成员(?:还?有|包[括含]|为|是)$"
)
_DATE_OPENER = re.compile(r"[0-9０-９]+月[0-9０-９]+日(上午|下午|晚上|中午)?")


def _strip_openers(head: str, v: Vocab) -> str:
    """The head of a clause without its openers (会上, 下午 …) and a leading date.

    >>> _strip_openers("会上下午8月2日上午潘功发", vocab())
    '潘功发'
    """
    i = 0  # an index, not a slice per opener: a run of openers copied the head each time
    opener = _starts_with(head, i, v.clause_openers)
    while opener:
        i += len(opener)
        opener = _starts_with(head, i, v.clause_openers)
    m = _DATE_OPENER.match(head, i)
    return head[m.end() if m else i :]


def _subject_start(s: str, lo: int, hi: int, v: Vocab) -> int:
    """Where the subject of the clause s[lo:hi] starts: after its openers and a date.

    >>> s = "，会上8月2日潘功发讲话"
    >>> s[_subject_start(s, 1, len(s), vocab()) :]
    '潘功发讲话'
    """
    return lo + len(s[lo:hi]) - len(_strip_openers(s[lo:hi], v))


class _Adjuncts:
    """The adjunct groups of one clause (在…陪同下, 受…委托), by where they start."""

    def __init__(self, groups: list[_List]) -> None:
        self.groups = [g for g in groups if g.adjunct]  # groups come in text order
        self.starts = [g.start for g in self.groups]

    def between(self, start: int, end: int) -> list[_List]:
        """The adjunct groups that start in [start, end)."""
        return self.groups[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


_ADJUNCT_FRAME = re.compile(_ESCORT.pattern + "|委托")


def _predicate_text(s: str, start: int, end: int, adjuncts: _Adjuncts, owner: _List | None) -> str:
    """The predicate between start and end, with adjunct groups and their frames cut out
    (在区委书记潘功发的陪同下调研 → 调研 for the visitor)."""
    pieces = []
    i = start
    for g in adjuncts.between(start, end):
        if g is owner:
            continue
        pre = s[i : g.start]
        pre = pre[:-1] if pre.endswith(("在", "受", "由")) else pre
        pieces.append(pre)
        m = _ADJUNCT_FRAME.match(s, g.end, end)
        i = g.end + (m.end() - g.end if m else 0)
    pieces.append(s[i:end])
    return "".join(pieces)


def _present_title(title: str) -> bool:
    """Whether `title` is a post held at the meeting being reported, whose holders sat on
    its rostrum (an executive chair: the vocabulary's present_titles).

    >>> _present_title("大会执行主席"), _present_title("县人大常委会委员")
    (True, False)
    """
    return title.endswith(vocab().present_titles)


def _collective(title: str) -> bool:
    """Whether `title` names a group rather than a post (县级领导, 市领导, 有关负责人).

    >>> _collective("县级领导"), _collective("副县长")
    (True, False)
    """
    return title.endswith(_collective_ends(vocab()))


@_of_vocab
def _collective_ends(v: Vocab) -> tuple[str, ...]:
    """The collective titles of `v`, as `str.endswith` takes them (made once, not per
    mention merged)."""
    return tuple(v.collective_titles)


# (tw43roles) What may stand between a list's last name and its 一同 (区长A偕同里长B等一同…).
_COMPANIONS_CLOSED = re.compile("(?:等人|等)?一同")
# How far into the clause after 一同 its act is looked for (a bound: the clause's act
# follows 一同 at once, its object after it).
COMPANION_ACT_MAX = 12


def _leads_companions_visit(s: str, group: _List) -> bool:
    """Whether `group` joins companions by 偕同 and goes on with 一同 and a visit (一同关怀,
    一同慰问): the items before 偕同 then lead it, the companions come along.

    >>> s = "区长甲乙偕同里长丙丁等一同关怀独居长者"
    >>> g = _List([_Item("甲乙", "区长", 0, 4, 2, 4, "titled"),
    ...            _Item("丙丁", "里长", 6, 10, 8, 10, "titled")], 0, 0, 10)
    >>> _leads_companions_visit(s, g)
    True
    >>> _leads_companions_visit("区长甲乙偕同里长丙丁一同出席典礼", g)
    False
    """
    v = vocab()
    items = group.items
    if not any(_undated(s[a.end : b.start]) in v.companion_joiners for a, b in pairwise(items)):
        return False
    closed = _COMPANIONS_CLOSED.match(s, group.end)
    if not closed:
        return False
    ahead = s[closed.end() : closed.end() + COMPANION_ACT_MAX]
    rest = re.split("[，。；：！？,;:!?]", ahead, maxsplit=1)[0]
    return rest.startswith(tuple(v.companion_visit_acts)) or "leader" in _roles_in(rest, v)[0]


# Round town43: a line of minutes opens with who speaks and a colon (主席A：现在开始…,
# 方代表水万：…, 林课长长礼：…): the speaker's title and name, or a deputy's surname, post
# and given name, at most MINUTES_HEAD_MAX characters, with what was said after the colon
# on the same line. A heading that ends its line at the colon (出席领导：) says nothing.
MINUTES_HEAD_MAX = 10
# What a roster's or a division of work's line gives after its colon (县长A：负责全面工作,
# A：分管…, 王某：县委书记): a charge or a post, read within the first MINUTES_POST_LOOK
# characters; such a line says nothing (the integrator's narrowing of town43's rule).
MINUTES_POST_LOOK = 8
MINUTES_CHARGE_WORDS = ("负责", "分管", "主持", "协助", "联系", "主管", "兼任", "任")
_MINUTES_LINE = re.compile(
    f"^[ \u3000]*([\u3400-\u9fff]{{2,{MINUTES_HEAD_MAX}}})[：:][ \u3000]*[^\\s]", re.M
)


def _minutes_speakers(s: str, names: frozenset[str], v: Vocab) -> frozenset[str]:
    r"""The found names that open a line of minutes as its speaker (one look a line).

    >>> v, found = vocab(), frozenset({"王大明", "方水万", "李四"})
    >>> sorted(_minutes_speakers("主席王大明：开会。\n方代表水万：请发言。\n出席：李四", found, v))
    ['方水万', '王大明']
    >>> sorted(_minutes_speakers("县长王大明：\n李四", frozenset({"王大明"}), v))
    []

    Not a roster's or a division of work's line, where the colon gives a post or a charge
    (王大明：县委书记, 县长王大明：负责全面工作, 王大明：主持县政府全面工作), nor a bare
    name before the colon (a roster's name, who spoke is not shown by a name alone):

    >>> sorted(_minutes_speakers("王大明：开会。\n县长李四：负责全面工作", found, v))
    []
    >>> sorted(_minutes_speakers("主席王大明：副主席，主持日常工作", found, v))
    []
    """
    out: set[str] = set()
    for m in _MINUTES_LINE.finditer(s):
        head = m.group(1)
        said = s[m.end() - 1 : m.end() + MINUTES_POST_LOOK]
        if said.startswith(MINUTES_CHARGE_WORDS) or any(
            len(_core_at(said, k, v)) > 1 for k in range(min(4, len(said)))
        ):
            continue  # 王大明：县委书记, 县长A：负责…: a post or a charge, no speech
        for n in (2, 3, 4):
            rest = head[:-n]
            if head[-n:] in names and rest and _ends_with_core(rest, 0, len(rest), v):
                out.add(head[-n:])
                break
        else:
            # 方代表水万: surname, a post, the given name of two
            if len(head) >= 4 and _is_core(head[1:-2], v) and head[0] + head[-2:] in names:
                out.add(head[0] + head[-2:])
    return frozenset(out)


# How many characters of a day and an hour may stand between a name and its death word
# (议长X九月八日凌晨去世).
DEATH_DAY_MAX = 16


def _dies_here(s: str, item: _Item) -> bool:
    """Is the name followed (after its title, or its 同志, and a day and hour) by a death
    word (X病逝, X同志逝世, X九月八日凌晨去世, X遗体告别仪式), or its title or name led by
    已故? Such a one is remembered, never there (absent43)."""
    v = vocab()
    start = min(item.start, item.name_start)
    if any(s.endswith(p, 0, start) or s.startswith(p, start) for p in v.death_prefixes):
        return True
    i = max(item.end, item.name_end)
    if s.startswith("同志", i):
        i += 2
    for _ in range(DEATH_DAY_MAX):  # a day and hour between the name and the word
        if _starts_with(s, i, v.death_words):
            return True
        if i >= len(s) or s[i] not in v.death_day_chars:
            return False
        i += 1
    return False


def _merge(
    text: str, s: str, where: list[int], sentences: list[tuple[int, int]], lists: list[_List]
) -> tuple[RawMention, ...]:
    order: list[str] = []
    info: dict[str, dict] = {}
    parties = vocab().party_titles
    for group in lists:
        along = False  # an item joined by 会同 came before: the ones after go along
        companion = False  # an item joined by 偕同 came before: the ones after come along
        leads_companions = _leads_companions_visit(s, group)
        for k, item in enumerate(group.items):
            # 民建联A: a party, no post (read as a title only to find the name); 区议员自由党A:
            # the post before it
            title = item.title
            party = title and next((p for p in parties if title.endswith(p)), "")
            if party:
                title = title[: -len(party)]
            roles = set(group.roles)
            along = along or (
                k > 0 and _undated(s[group.items[k - 1].end : item.start]) in vocab().escort_joiners
            )
            if along and "leader" in roles:
                # 县长A会同乡长B、代表C至…视察: who is joined to the visitor goes along
                # with him on his visit, leading none.
                roles = roles - {"leader"} | {"accompanying"}
            companion = companion or (
                k > 0
                and _undated(s[group.items[k - 1].end : item.start]) in vocab().companion_joiners
            )
            if companion and "leader" in roles:
                # 乡长A偕同村长B、C，前往…访视: the companions come along with the
                # visit's leader, present, leading none (roles23).
                roles = roles - {"leader"} | {"attendee"}
            elif not companion and leads_companions:
                # 区长A偕同里长B等一同关怀独居长者: 一同 is the companions'; A, before
                # 偕同, leads the visit (tw43roles).
                roles = roles - {"attendee"} | {"leader"}
            holds_post = not item.appointed and _present_title(title or "")
            if not roles and not group.mentioned and holds_post:
                roles = {"attendee"}  # 大会的执行主席是：A、B (no verb of their own)
            if not roles and not group.mentioned and group.escorted:
                roles = {"leader"}  # 市长X在区长A陪同下，到社区…: escorted on a visit
            if group.mentioned and not roles:
                roles = {"mentioned"}
            if _named_by_own_office(s, item, vocab()):
                # 市议员A、B服务处代表到场, 立委B服务处主任C出席: B's office came, B is
                # named, not there, whatever the list's verb says of A and C.
                roles = {"mentioned"}
            entry = info.get(item.name)
            if entry is None:
                order.append(item.name)
                entry = info[item.name] = {"title": "", "roles": set(), "span": None}
            if _dies_here(s, item):
                entry["dead"] = True
            if title and (
                not entry["title"]
                or (
                    _collective(entry["title"])
                    and not _collective(title)
                    and not item.appointed
                    and not holds_post
                )
            ):
                # The first title written, unless it is only a collective one (县级领导A、B
                # …，副县长A宣读…: A's own post, written later, is the title); not a post
                # the report gives him (选举A为…主席) nor a seat of the session (执行主席).
                entry["title"] = title
                entry["span"] = (item.name_start, item.name_end)
            if entry["span"] is None:
                entry["span"] = (item.name_start, item.name_end)
            entry["roles"] |= roles
    out = []
    sentence_starts = [x for x, _ in sentences]
    line_speakers = _minutes_speakers(s, frozenset(order), vocab())
    for name in order:
        entry = info[name]
        roles = _final_roles(entry["roles"]) - {"mentioned"} or {"mentioned"}
        if name in line_speakers:
            roles = (roles - {"mentioned"}) | {"speaker"}
        if entry.get("dead"):
            roles = {"mentioned"}  # the dead one remembered: named throughout (absent43)
        a, b = entry["span"]
        start, end = where[a], where[b - 1] + 1
        # The sentence that holds a (sentences are in order and do not overlap).
        k = bisect_right(sentence_starts, a) - 1
        sa, sb = sentences[k] if k >= 0 and a < sentences[k][1] else (a, b)
        evidence = text[where[sa] : where[sb - 1] + 1].strip()
        out.append(
            RawMention(
                name=name,
                title=entry["title"],
                roles=tuple(r for r in ROLES if r in roles),
                start=start,
                end=end,
                evidence=evidence,
            )
        )
    return tuple(out)


def provisional_id(name: str, place: str = "") -> str:
    """A stable id for an unregistered person: pinyin slug plus a hash of name and place.

    Homophones differ by the hash, and so do namesakes in different places:

    >>> provisional_id("张伟", "daguan") != provisional_id("章伟", "daguan")
    True
    >>> provisional_id("张伟", "daguan").startswith("p-zhang-wei-")
    True
    """
    return _provisional_id(name, place)


# Officials recur from report to report, and pypinyin takes about 0.1 ms a name.
@lru_cache(maxsize=65536)
def _provisional_id(name: str, place: str) -> str:
    syllables = [p for p in lazy_pinyin(name) if p.isascii() and p.isalnum()]
    slug = (
        "-".join([syllables[0], "".join(syllables[1:])])
        if len(syllables) > 1
        else (syllables[0] if syllables else "x")
    )
    digest = hashlib.sha1(f"{name}|{place}".encode()).hexdigest()[:6]
    return f"p-{slug.lower()}-{digest}"


def roles_of_predicate(text: str) -> tuple[str, ...]:
    """The roles a person has from the words that follow their name (up to the end of
    the sentence), in ROLES order; ("mentioned",) when no role verb is there. Used for
    names found without a title (names learned across the archive: ingest/learned.py).

    >>> roles_of_predicate("指出，要抓好落实。")
    ('speaker',)
    >>> roles_of_predicate("、李四等出席会议并讲话。")
    ('speaker', 'attendee')
    >>> roles_of_predicate("的文章")
    ('mentioned',)
    """
    end = next((i for i, ch in enumerate(text) if ch in SENTENCE_END), len(text))
    roles, _ = _roles_in(text[:end], vocab())
    roles = _final_roles(roles)
    return tuple(r for r in ROLES if r in roles) or ("mentioned",)
