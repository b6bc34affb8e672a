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
from collections.abc import Callable
from functools import cache

from ..data import lines
from ..model import StepResult
from ..script import HAN
from .edits import sub_logged
from .fold import fold
from .furniture import line_kind, names_no_one, opens_with_surname, surnames


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
        rf"(?:[（(]\s*(?:{kw})(?:\s*[：:/]\s*|\s+)[^（）()\n]{{1,80}}[）)]"
        rf"|[【\[]\s*(?:{kw})\s*[：:]\s*[^【】\[\]\n]{{1,40}}[】\]])"
    )
    # A whole line made of credits: the role and its colon, or the role in brackets (the
    # brackets stand for the colon: [作者]甲某, 【记者】甲某 乙某, [来源]某某报), its names
    # then short and no sentence (【记者】近日,记者来到… is a paragraph, not a credit).
    line = re.compile(
        rf"^[ \t\u3000]*(?:(?:{kw})[ \t\u3000]*[：:][^\n]{{0,120}}"
        rf"|[【\[]\s*(?:{kw})\s*[】\]][^\n。！？!?，,]{{0,40}})$",
        re.M,
    )
    # Credits glued after the last full stop of the text; a bar may stand for the colon
    # (…取得实效。通讯员 | 甲某某: round furn39, as a field's bar sets role and name apart).
    tail = re.compile(rf"(?<=[。！？”])[ \t]*(?:{kw})[ \t]*[：:|｜][^\n。]{{1,120}}\s*\Z")
    return group, line, tail


# A person's name as a credit gives it: two to four Han characters (a lost one as 〓), or
# a transliterated name with its dot.
_NAME = re.compile(r"[\u4e00-\u9fff〓]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}")
# Words in brackets at a paragraph's end that are no signature: （完）, （待续）, （图）.
_NOT_A_SIGNATURE = frozenset(lines("credit_not_signature.txt"))
# A unit named before a signature (淮安区应急管理局 李雪庆): it ends with an organ's word.
_UNIT_END = re.compile(
    r"(?:局|委|办|中心|镇|乡|街道|部|院|所|站|队|社|馆|会|区|县|市|公司|政府|室|科|组)$"
)


# What an outlet's name ends with (某某公共频道, 某某电视台, 某某新闻网), before a signature.
_OUTLET_END = re.compile(r"(?:频道|电视台|台|网|报|新闻|融媒|传媒)$")
_PHOTO_PLACE = re.compile(r"[左右中][一二三四五六七八九十\d]|[前后中]排|图")


def _plausible(found: list[tuple[str, str]]) -> bool:
    return bool(found) and all(_NAME.fullmatch(name) for _, name in found)


@cache
def _placed_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Credits read by where they stand rather than by a separator after the role:
    (1) a group in brackets opening the lead or right after its dateline, the role glued to
    the name (本报讯（记者张三）, 某网讯（某报记者 张三 李四）); (2) a group in brackets closing
    a paragraph, after its last sentence (…工作。（记者张三 李四）, …素质。（张三）); (3) a Taiwan
    byline in square brackets (【记者张三报导】, 〔记者张三／台中报导〕, 〔记者张三／台中〕)."""
    kw = _keyword_pattern()
    lead = re.compile(
        rf"(?:(?m:^)|(?<=[讯电）)】]))[ \t\u3000]*[（(](?P<body>[^（）()\n]{{0,12}}?(?:{kw})"
        rf"[^（）()\n]{{1,60}})[）)]"
    )
    closing = re.compile(
        r"(?<=[。！？”?？])[ \t\u3000]*[（(](?P<body>[^（）()\n]{1,40})[）)][ \t\u3000]*(?=\n|\Z)"
    )
    taiwan = re.compile(
        # from the first space before the bracket only: a run of spaces is passed once
        rf"(?<![ \t\u3000])[ \t\u3000]*[【〔\[][ \t\u3000]*[^【】〔〕\[\]\n\d]{{0,6}}?"
        rf"(?P<role>{kw})[ \t\u3000]*(?P<body>[^【】〔〕\[\]\n]{{2,14}}?)"
        # 报导 after the names, or only a place of two or three after a slash (〔记者张三／台中〕)
        r"(?:报[导道]|(?<=[/／][\u4e00-\u9fff]{2})|(?<=[/／][\u4e00-\u9fff]{3}))"
        r"[】〕\]][ \t\u3000]*"
    )
    return lead, closing, taiwan


# A reporter's name in a byline, and each further one set apart by 、 or a space.
_REPORTER = rf"[{HAN}]{{2,3}}"
_MORE_REPORTERS = rf"(?:[、\s]+{_REPORTER})"
_BYLINE_NAMES = rf"{_REPORTER}{_MORE_REPORTERS}{{0,3}}"
# The paper's own words before a reporter's role (本报记者, 融媒体记者, 本网全媒体记者).
_OWN_PAPER = r"(?:本报|本网)?(?:全媒体|融媒体)?"
# Of those, the words no credit role holds (全媒体记者 is a role, 本报记者 is 记者), and 首席.
_OWN_WORDS = re.compile(r"本报|本网|首席")

# Bylines by their shape alone, whatever names they hold: the harvest above cuts a byline
# only when its names read as people's, and the title step drops these from a headline or
# a lead's row whatever is left of them (its text may not have been through the harvest:
# a page's title field, a caption).
#
# The reporters' group in brackets opening a line, the paper perhaps named before them
# (【新某某记者甲乙报导】, （某某日报记者甲乙）).
REPORTER_GROUP = re.compile(
    r"^\s*[（(【\[]\s*(?:本报|本网|全媒体|融媒体|[^（）()【】\[\]，,。：:\s]{1,8}?)?(?:记者|通讯员)"
    r"[^）)】\]]{0,40}[）)】\]]\s*"
)
# A reporter's byline that opens the lead line, as Taiwan papers print it
# (`记者甲某某/某地报导 农历春节到了…`, `某新闻|记者X/某地报导`).
BYLINE_LEAD = re.compile(
    rf"^\s*(?:[【\[][^】\]]{{1,10}}[】\]]\s*)?(?:[^\s，,。|｜]{{2,8}}[|｜]\s*)?"
    rf"{_OWN_PAPER}(?:记者|記者)\s*{_BYLINE_NAMES}"
    rf"\s*[/／]\s*[{HAN}]{{1,8}}?(?:报导|报道|報導|報道)\s*"
)
# A reporter's bracketed byline after a space inside a row (`… 【记者甲乙报导】…`), as
# Taiwan papers print it between the headline and the lead on one line.
BYLINE_IN_ROW = re.compile(r"\s[【\[〔][^】\]〕\s]{0,8}?(?:记者|記者)[^】\]〕]{1,24}[】\]〕]")
# A reporter's byline in brackets anywhere in a headline or a lead's row, the paper's name
# before the role, names, a place and 报导 after it (〔某某时报记者甲乙／某地报导〕, 【本报记者甲乙
# 某地报导】, 〔记者甲乙、丙丁／综合报导〕, 〔记者甲乙／某地〕): a credit, neither headline nor
# news.
BRACKETED_BYLINE = re.compile(
    rf"[〔【\[][^〔〕【】\[\]，,。\s]{{0,10}}?(?:记者|記者)[{HAN}\s、/／╱\d]{{2,24}}[〕】\]]"
)
# The reporters after a dateline, spaced out and closed by a colon, no brackets
# (`记者 甲乙 报道：`, `通讯员 丙丁 记者 甲乙：`): a credit, not the news.
_SPACED_GROUPS = (
    rf"(?:{_OWN_PAPER}(?:首席)?(?:记者|通讯员)\s*{_REPORTER}{_MORE_REPORTERS}{{0,3}}?\s*){{1,3}}"
)
# (报道 and its spaces together: the groups' own spaces before the colon are one run, so a
# long run of spaces is not split between two stars.)
SPACED_REPORTERS = re.compile(rf"^{_SPACED_GROUPS}(?:(?:报道|报导)\s*)?[：:]\s*")


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Bylines right after a dateline (某某网讯, 某地某日电) that name no role or use no
    brackets: (1) names alone in brackets (某地1月10日电 (甲某某 乙某某)): the report's
    reporters; (2) a reporter's byline without brackets, a unit before the role, 报道
    after the names (某某网讯 某某中心记者甲某某报道:); (3) reporters spaced out and
    closed by a colon, the title step's SPACED_REPORTERS (某某日报讯 通讯员 丙某 记者 甲某：).

    >>> _dateline_patterns()[0].search("某网讯（欧阳某某）近日")["body"]
    '欧阳某某'
    """
    # a name of four that opens with a compound surname (欧阳某某) stands alone in its group
    compound = "|".join(sorted(s for s in surnames() if len(s) == 2))
    # round credits45: two names of three glued, the space between them lost (甲某某乙某某 丙某某)
    names_only = re.compile(
        rf"(?<=[讯电])[ \t\u3000]*[（(](?P<body>(?:{compound})[{HAN}]{{2}}|{_BYLINE_NAMES}"
        rf"|[{HAN}]{{6}}{_MORE_REPORTERS}{{0,2}})[）)]"
    )
    dateline = r"(?m:^)(?P<dateline>[^\s，。,（(]{2,24}?[讯电])[ \t\u3000]+"
    unbracketed = re.compile(
        # round credits45: the role may follow the dateline with no space
        # (本网讯通讯员甲乙 丙丁报道:)
        dateline.replace(r")[ \t\u3000]+", r")[ \t\u3000]*")
        + rf"[^\s，。,（(]{{0,16}}?(?P<role>记者|通讯员)[ \t\u3000]*(?P<body>{_BYLINE_NAMES})"
        + r"[ \t\u3000]*(?:报道|报导)[:：]?[ \t\u3000]*"
    )
    spaced = re.compile(
        dateline + rf"(?P<body>{_SPACED_GROUPS})(?:(?:报道|报导)[ \t\u3000]*)?[:：][ \t\u3000]*"
    )
    return names_only, unbracketed, spaced


@cache
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Taiwan bylines without square brackets: (1) a news agency's dateline in brackets,
    the name glued to the place (（某社记者甲某某台北3日电）); (2) a reporter and place
    set apart by a slash (记者甲某某/嘉义报导), at a line's start, after a space or after
    a site's name and its bar (某某新闻|记者甲某某/某地报导, as the title step's BYLINE_LEAD
    reads it).

    Round furn39: in (2) a backslash or a ◎ sets them apart too, and the place may be left
    out (记者甲某某◎台中报导 …, 记者甲某某\\报导 …); with one of those two marks the role
    may be left out as well when the byline opens its line (甲某某\\台中报导 …): then the
    name must open with a surname (_slashed_reporter).

    >>> _agency_patterns()[1].match("甲某某\\台中报导 市府今日…")["body"]
    '甲某某'
    >>> _agency_patterns()[1].match("记者甲某某◎报导 市府今日…")["body"]
    '甲某某'
    >>> _agency_patterns()[1].match("甲某某/台中报导 市府今日…") is None  # a slash needs 记者
    True
    """
    agency = re.compile(
        r"[（(][^（）()\n\d]{0,6}?记者(?P<body>(?:[\u4e00-\u9fff]{2,3}、){0,2}[\u4e00-\u9fff]{4,7}?)"
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电[）)]"
    )
    slashed = re.compile(
        r"(?:(?:(?m:^)|(?<=[ \t\u3000|｜]))(?P<role>记者)"
        r"|(?m:^)[ \t\u3000]*(?=[\u4e00-\u9fff]{2,3}[ \t\u3000]*[\\◎]))"
        r"[ \t\u3000]*(?P<body>[\u4e00-\u9fff]{2,3})[ \t\u3000]*[/／∕\\◎][ \t\u3000]*"
        r"(?:[\u4e00-\u9fff]{2,4})?报[导道](?=[ \t\u3000]|$)[ \t\u3000]*"
    )
    return agency, slashed


def _slashed_reporter(m: re.Match[str]) -> list[tuple[str, str]]:
    """The reporter of a slashed byline (_agency_patterns): with its role, as a group
    opening the lead reads it; without, only a name that opens with a surname (附件\\报导
    names no one).

    >>> slashed = _agency_patterns()[1]
    >>> _slashed_reporter(slashed.match("王某某\\台中报导 今日")), _slashed_reporter(
    ...     slashed.match("附件\\报导 今日"))
    ([('记者', '王某某')], [])
    """
    if m.group("role"):
        return _lead_byline("记者" + m.group("body"))
    return _surnamed_reporters(m.group("body"))


def _agency_reporter(body: str) -> list[tuple[str, str]]:
    """The reporter of an agency's dateline, the name glued to a place of two or three
    characters: a name of three when five characters or more are left, else of two.

    >>> _agency_reporter("甲某某台北"), _agency_reporter("甲某某苗栗县")
    ([('记者', '甲某某')], [('记者', '甲某某')])
    >>> _agency_reporter("甲某台北")
    [('记者', '甲某')]
    >>> _agency_reporter("甲某某、乙某某南投")  # names before the last set apart by 、
    [('记者', '甲某某'), ('记者', '乙某某')]
    """
    *names, last = body.split("、")
    found = [("记者", name) for name in names]
    found.append(("记者", last[:3] if len(last) >= 5 else last[:2]))
    return found if _plausible(found) else []


def _dateline_names(body: str) -> list[tuple[str, str]]:
    """The reporters of a bracketed group of bare names after a dateline.

    >>> _dateline_names("甲某某 乙某 丙某某"), _dateline_names("完")
    ([('记者', '甲某某'), ('记者', '乙某'), ('记者', '丙某某')], [])
    >>> _dateline_names("赵某某马某某 孙某某")  # two names glued, the space lost
    [('记者', '赵某某'), ('记者', '马某某'), ('记者', '孙某某')]
    """
    found = [
        ("记者", name)
        for token in re.split(r"[、\s]+", body.strip())
        if token
        for name in _glued_threes(token)
    ]
    if any(name in _NOT_A_SIGNATURE or _UNIT_END.search(name) for _, name in found):
        return []
    return found if _plausible(found) else []


def _glued_threes(token: str) -> list[str]:
    """Six characters glued in a byline read as two names of three when each opens with
    a surname of one character (甲某某乙某某: a lost space; no name has six characters);
    any other token as it is. Round credits45.

    >>> _glued_threes("赵某某马某某"), _glued_threes("欧阳某某某某"), _glued_threes("赵某某")
    (['赵某某', '马某某'], ['欧阳某某某某'], ['赵某某'])
    """
    known = surnames()
    if (
        len(token) == 6
        and token[0] in known
        and token[3] in known
        and token[:2] not in known
        and token[3:5] not in known
    ):
        return [token[:3], token[3:]]
    return [token]


# Two names whose separator a mirror lost (a middle dot or a space, read back as 〓):
# each side a name of two or three characters. 甲〓丙 is one name with a lost character.
_LOST_SEPARATOR = re.compile(r"([\u4e00-\u9fff]{2,3})〓([\u4e00-\u9fff]{2,3})")


def _lost_separator(token: str) -> list[str]:
    """A signature token split at a lost separator between two names.

    >>> _lost_separator("甲乙丙〓丁戊己"), _lost_separator("甲〓丙"), _lost_separator("甲乙")
    (['甲乙丙', '丁戊己'], ['甲〓丙'], ['甲乙'])
    """
    m = _LOST_SEPARATOR.fullmatch(token)
    return [m.group(1), m.group(2)] if m else [token]


# Names and their role after a slash, in a closing group ((甲某某/文), (甲某 乙某/摄)).
_SLASHED_ROLE = re.compile(
    r"([\u4e00-\u9fff]{2,3}(?:[、\s][\u4e00-\u9fff]{2,3}){0,2})\s*[/／]\s*(文|图|摄)"
)
_SLASHED_ROLES = {"文": "文", "图": "图", "摄": "摄影"}
_SLASHED_PAIRS = re.compile(r"(?:[\u4e00-\u9fff]{2,3}\s*[/／]\s*[文图摄]\s*){2,3}")
# Roles joined by a slash before the names of a closing group ((文/图 甲某某), (文字/摄影:甲某
# 乙某)): each name with the joined role as written.
_ROLES_BEFORE = re.compile(
    r"(?P<role>(?:文字|文|图片|图|摄影|摄)(?:\s*[/／、]\s*(?:文字|文|图片|图|摄影|摄))+)\s*[：:]?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[、\s]+[\u4e00-\u9fff]{2,3}){0,2})"
)


def _signature(body: str) -> list[tuple[str, str]]:
    """The names of a closing group: credits with their roles, or bare names signed
    (role 署名), a unit before them left out.

    >>> _signature("记者郑某某 冯某")
    [('记者', '郑某某'), ('记者', '冯某')]
    >>> _signature("某区应急管理局 李某某"), _signature("徐某 周某")
    ([('署名', '李某某')], [('署名', '徐某'), ('署名', '周某')])
    >>> _signature("完"), _signature("待续"), _signature("上接第一版"), _signature("办公室")
    ([], [], [], [])
    >>> _signature("前排左三"), _signature("左二")
    ([], [])
    >>> _signature("陈某某/文"), _signature("王某 李某某/摄")  # the role after a slash
    ([('文', '陈某某')], [('摄影', '王某'), ('摄影', '李某某')])
    >>> _signature("文/图 陈某某")  # the roles joined before the name
    [('文/图', '陈某某')]
    >>> _signature("陈某某/文 王某/摄")  # each name with its role
    [('文', '陈某某'), ('摄影', '王某')]
    >>> _signature("汪 某 祖 某")  # two-character names written spaced
    [('署名', '汪某'), ('署名', '祖某')]
    >>> _signature("某某公共频道 董 某")  # an outlet before a name written spaced
    [('署名', '董某')]
    >>> _signature("某某公共频道 董 科"), _signature("董科")  # spaced: a name, not a unit
    ([('署名', '董科')], [])
    >>> _signature("记 者:吴某某")  # the role written spaced
    [('记者', '吴某某')]
    """
    body = body.strip()
    # a two-character role written spaced before its colon ((记 者:甲某), round credits45)
    body = _spaced_roles().sub(lambda m: re.sub(r"[ \t\u3000]+", "", m.group(0)), body)
    slashed = _SLASHED_ROLE.fullmatch(body)
    if slashed:
        role = _SLASHED_ROLES[slashed.group(2)]
        found = [(role, name) for name in re.split(r"[、\s]+", slashed.group(1))]
        return found if _plausible(found) else []
    joined = _ROLES_BEFORE.fullmatch(body)
    if joined:  # (文/图 甲某某): names of two or three opening with a surname
        role = re.sub(r"\s+", "", joined["role"])
        found = [(role, name) for name in re.split(r"[、\s]+", joined["names"])]
        surnamed = all(opens_with_surname(n) for _, n in found)
        return found if surnamed and _plausible(found) else []
    if _SLASHED_PAIRS.fullmatch(body):  # (甲乙/文 丙丁/摄): each name with its role
        found = [
            (_SLASHED_ROLES[role], name)
            for names, role in _SLASHED_ROLE.findall(body)
            for name in re.split(r"[、\s]+", names)
        ]
        return found if _plausible(found) else []
    if re.search(_keyword_pattern(), body):
        found = parse_credits(body)
        return found if _plausible(found) else []
    tokens = [p for t in re.split(r"[\s、，,]+", body) if t for p in _lost_separator(t)]
    if (
        tokens
        and len(tokens) > 1
        and (_UNIT_END.search(tokens[0]) or (len(tokens[0]) >= 4 and _OUTLET_END.search(tokens[0])))
    ):
        tokens = tokens[1:]  # a unit or an outlet (某某公共频道) before the names
    spaced = _spaced_names(tokens)
    # names written spaced (董 某) are names, whatever their last character (科, 室)
    joined = spaced is not tokens
    tokens = spaced
    # a unit alone (（办公室）) signs for no person, nor a caption's place in a photo
    # (（前排左三）): left in the text. A bare name is two or three characters.
    found = [
        ("署名", t)
        for t in tokens
        if t not in _NOT_A_SIGNATURE
        and (joined or not _UNIT_END.search(t))
        and not _PHOTO_PLACE.search(t)
        and len(t) <= 3
    ]
    return found if len(found) == len(tokens) and 1 <= len(found) <= 4 and _plausible(found) else []


def _spaced_names(tokens: list[str]) -> list[str]:
    """Two-character names written with a space between their characters (（甲 乙 丙 丁）
    for 甲乙 and 丙丁): single characters only, in pairs, each pair opening with a surname;
    any other tokens as they are.

    >>> _spaced_names(["汪", "某", "祖", "某"]), _spaced_names(["吴", "某"])
    (['汪某', '祖某'], ['吴某'])
    >>> _spaced_names(["某", "某"]), _spaced_names(["吴", "某", "祖"])
    (['某', '某'], ['吴', '某', '祖'])
    """
    if len(tokens) % 2 or not all(_ONE_HAN.fullmatch(t) for t in tokens):
        return tokens
    pairs = [tokens[i] + tokens[i + 1] for i in range(0, len(tokens), 2)]
    return pairs if all(pair[0] in surnames() for pair in pairs) else tokens


def _taiwan_byline(role: str, body: str) -> list[tuple[str, str]]:
    """The reporter of a Taiwan byline: the name before a slash or a space, else the
    name before a place of two characters (张三台中) or the whole (张三).

    >>> _taiwan_byline("记者", "林某某台中"), _taiwan_byline("记者", "吴某某 南投")
    ([('记者', '林某某')], [('记者', '吴某某')])
    >>> _taiwan_byline("记者", "郑某某"), _taiwan_byline("记者", "吴某某／金门")
    ([('记者', '郑某某')], [('记者', '吴某某')])
    >>> _taiwan_byline("记者", "曹某某、冯某某")
    [('记者', '曹某某'), ('记者', '冯某某')]
    """
    parts = [p for p in re.split(r"[/／∕\s]+", body.strip()) if p]
    names = re.split(r"[、，,]", parts[0]) if parts else [""]
    if len(parts) == 1 and len(names) == 1 and len(names[0]) in (4, 5):
        names = [names[0][:-2]]
    elif len(parts) == 1 and len(names) > 1 and len(names[-1]) in (4, 5):
        names[-1] = names[-1][:-2]  # 甲某某、乙某某台中: the place after the last name
    found = [(role, name) for name in names]
    return found if _plausible(found) else []


def parse_credits(fragment: str) -> list[tuple[str, str]]:
    """Split a credit fragment into (role, name) pairs.

    >>> parse_credits("（撰稿人：黄辛成 审稿人：王灿）")
    [('撰稿人', '黄辛成'), ('审稿人', '王灿')]
    >>> parse_credits("记者 张三、李四 通讯员 王五")
    [('记者', '张三'), ('记者', '李四'), ('通讯员', '王五')]
    >>> parse_credits("来源：黄山晨刊 记者 黄山吴江")
    [('来源', '黄山晨刊'), ('记者', '黄山'), ('记者', '吴江')]
    >>> parse_credits("（记 者:吴某某 张某某 见习记者 汪某某）")
    [('记者', '吴某某'), ('记者', '张某某'), ('见习记者', '汪某某')]
    >>> parse_credits("作者：张某（某某镇）")  # the writer's unit in brackets after the name
    [('作者', '张某')]
    >>> parse_credits("编辑：张某 审校：李某 | 终审：王某")
    [('编辑', '张某'), ('审校', '李某'), ('终审', '王某')]
    >>> parse_credits("来源：某某办〓刘某某/文？？")  # the writer after the unit
    [('来源', '某某办'), ('文字', '刘某某')]
    >>> parse_credits("编辑：张某某（实习） 校对：李某")  # a trainee's mark after the name
    [('实习编辑', '张某某'), ('校对', '李某')]
    """
    kw = _keyword_pattern()
    # a trainee's mark in brackets after a name (编辑:甲某(实习)) is no role of its own:
    # 实习 is a keyword, and the split would leave the name with the bracket (dev24). It
    # is kept in that name's role (实习编辑, as 见习记者 is written; review43 finding 15).
    trainees = {m.group("run"): m.group("mark") for m in _TRAINEE_NAMED.finditer(fragment)}
    body = _TRAINEE_MARK.sub("", fragment.strip())
    body = body.strip().strip("（）()【】〔〕[]")
    body = _spaced_roles().sub(lambda m: re.sub(r"[ \t\u3000]+", "", m.group(0)), body)
    # a production role the credits step does not cut by (审校, 统筹) still opens a field
    # when a colon follows it: its name is not the field before's (编辑：甲 审校：乙)
    # (a role's closing bracket is its colon: 【编辑】甲某, the opening one stripped above)
    parts = re.split(rf"({kw}|{_field_roles()}(?=\s*[：:】\]]))\s*[：:/】\]]?", body)
    out: list[tuple[str, str]] = []
    # parts: [prefix, kw1, names1, kw2, names2, ...]
    for role, names in zip(parts[1::2], parts[2::2], strict=False):
        writer = _WRITER_IN_SOURCE.fullmatch(names.strip()) if role in _UNIT_ROLES else None
        if writer and opens_with_surname(writer["name"]):
            # the writer's name and role after the unit in a source field (来源:某某办 甲某/文)
            out.append((role, writer["unit"]))
            out.append((_NAME_ROLES_IN_SOURCE[writer["role"]], writer["name"]))
            continue
        # a byline's place and verb after a slash (詹某某/综合报导。) name no one
        names = _REPORTED.sub("", names.strip())
        # a unit in brackets after a name (作者：张三（某某镇）) is no part of it
        names = _BRACKETED_UNIT.sub("", names)
        tokens = [t for t in re.split(r"[\s、，,;；/／|｜]+", names) if t]
        # a token closed by a colon is the next field's label, its value left empty
        # (作者: 语音阅读:), and 本刊 names the outlet itself: no one (round credits45b)
        tokens = [t for t in tokens if not t.endswith((":", "：")) and not names_no_one(t)]
        # a source is a unit, not people: its words are not read as names
        for name in tokens if role in _UNIT_ROLES else _names_of(tokens):
            out.append((_trainee_role(role, name, trainees), name))
    return out


def _trainee_role(role: str, name: str, trainees: dict[str, str]) -> str:
    """The role with the trainee's mark written after the name (张某某（实习）: 实习编辑),
    when the run of Han characters before a mark ends with the name; else the role.

    >>> _trainee_role("编辑", "张某某", {"张某某": "实习"}), _trainee_role("校对", "李某", {})
    ('实习编辑', '校对')
    """
    for run, mark in trainees.items():
        if run.endswith(name) and not role.startswith(mark):
            return mark + role
    return role


@cache
def _field_roles() -> str:
    """The production roles of data/furniture_credit_roles.txt as an alternation, longest
    first (made once)."""
    roles = set(lines("furniture_credit_roles.txt")) - set(lines("credit_roles.txt"))
    return "|".join(sorted(roles, key=len, reverse=True))


@cache
def _spaced_roles() -> re.Pattern[str]:
    """Two-character roles written with spaces between their characters, before a colon
    (记 者:, 编  辑：): read as the role."""
    pairs = sorted({role for role in lines("credit_roles.txt") if len(role) == 2})
    spaced = "|".join(rf"{a}[ \t\u3000]+{b}" for a, b in pairs)
    return re.compile(rf"(?:{spaced})(?=[ \t\u3000]*[：:])")


# A trainee's mark in brackets right after a credited name: (实习), (实习生), (见习).
_TRAINEE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:实习生?|见习生?)[）)]")
# The same mark with the run of Han characters before it (the name, its role perhaps
# glued before it: 编辑张某某): which name the mark is of.
_TRAINEE_NAMED = re.compile(r"(?P<run>[\u4e00-\u9fff]{1,12})[（(](?P<mark>实习|见习)生?[）)]")
_UNIT_ROLES = frozenset({"来源"})
# A run of more Han characters than any name or site's short name holds: no credit.
_NO_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{9,}")
# Round 31: a site's notice glued after a credit line's last name, the page's newline lost
# (作者:甲某 乙某某 丙某评论内容只代表网友观点,与本站立场无关!): the last name, then the words
# a notice opens with. The rest must read as a notice or a comment bar does in the
# furniture step (its "site notice" and "comments" lines), so a name is never cut short.
_NAME_BEFORE_NOTICE = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}?(?=(?:网友评论|评论|留言|本文|文章|以上|本站|本网))"
)
_NOTICE_KINDS = frozenset({"site notice", "comments"})


def _before_glued_notice(line: str) -> str:
    """A credit line up to a site's notice glued after its last name (the whole line
    when none is).

    >>> _before_glued_notice("作者:王某 李某某评论内容只代表网友观点,与本站立场无关!")
    '作者:王某 李某某'
    >>> _before_glued_notice("作者:王某 李某某")
    '作者:王某 李某某'
    >>> _before_glued_notice("编辑:王某 李某本文作者")  # no notice after: left whole
    '编辑:王某 李某本文作者'
    """
    for m in _NAME_BEFORE_NOTICE.finditer(line):
        rest = fold(line[m.end() :]).text.strip()
        if line_kind(rest) in _NOTICE_KINDS:
            return line[: m.end()]
    return line


# A writer's name and role after the unit in a source field, set apart by spaces or by a
# lost character's marks (来源:某某办 甲某某/文, 来源:某某办〓甲某某/文？？).
_WRITER_IN_SOURCE = re.compile(
    r"(?P<unit>[^\s/／〓？?]{2,20}?)[\s〓？?]+(?P<name>[\u4e00-\u9fff]{2,3})\s*[/／]\s*"
    r"(?P<role>[文图摄])[\s〓？?]*"
)
_NAME_ROLES_IN_SOURCE = {"文": "文字", "图": "图", "摄": "摄影"}
# A unit in brackets after a credited name (张三（某某镇）, 张三(某某中心)).
_BRACKETED_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()\n]{2,20}(?:[）)]|$)")
# What closes a byline after its names: a slash and a place or kind, then 报道/报导.
_REPORTED = re.compile(
    r"[/／][^/／\s]{0,8}?(?:报道|报导)[。.]?$|(?:报道|报导)[。.]?$|文\s*[/／]\s*图$|[/／]\s*[文图]$"
)


def _names_of(tokens: list[str]) -> list[str]:
    """A byline's names from its tokens: single characters set apart in pairs are
    two-character names written with a space (冯 艳 孙 敏); four characters glued that
    open with two surnames are two names (蒋某吕某), unless the first two make a compound
    surname (欧阳某某).

    >>> _names_of(["冯", "艳", "孙", "敏"]), _names_of(["甲某某", "乙某"])
    (['冯艳', '孙敏'], ['甲某某', '乙某'])
    >>> _names_of(["蒋坐吕洁"]), _names_of(["欧阳小明"]), _names_of(["张三李"])
    (['蒋坐', '吕洁'], ['欧阳小明'], ['张三李'])

    A site's name glued after the name (责任编辑:甲乙某某网) is no part of it:

    >>> _names_of(["余某某地网"]), _names_of(["张三丰某县网"]), _names_of(["古田新闻网"])
    (['余某'], ['张三丰'], ['古田新闻网'])

    A name in Latin letters is its words together:

    >>> _names_of(["Mary", "Chan", "甲乙"])
    ['Mary Chan', '甲乙']
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if _LATIN_WORD.fullmatch(token):
            # a name in Latin letters is its words together (Mary Chan)
            j = i + 1
            while j < len(tokens) and j - i < 4 and _LATIN_WORD.fullmatch(tokens[j]):
                j += 1
            out.append(" ".join(tokens[i:j]))
            i = j
            continue
        site = _SITE_AFTER_NAME.fullmatch(token)
        if site and site.group(1)[0] in surnames():
            token = site.group(1)
        if _ONE_HAN.fullmatch(token) and i + 1 < len(tokens) and _ONE_HAN.fullmatch(tokens[i + 1]):
            out.append(token + tokens[i + 1])
            i += 2
            continue
        known_surnames = surnames()
        if (
            _FOUR_HAN.fullmatch(token)
            and token[0] in known_surnames
            and token[2] in known_surnames
            and token[:2] not in known_surnames
        ):
            out.extend((token[:2], token[2:]))
        elif cut := _five_han_cut(token):
            out.extend((token[:cut], token[cut:]))
        else:
            out.append(token)
        i += 1
    return out


def _five_han_cut(token: str) -> int:
    """Where five characters glued in a byline are two names (马某一胡某: 马某一 and 胡某):
    the token opens with a surname (not a compound one) and exactly one of its third and
    fourth characters opens a second name with a surname; 0 when it is not so, or when
    both could (甲某乙某某 read either way is left whole), or when the token ends as a
    site or an outlet does (古田新闻网).

    >>> _five_han_cut("马泽一胡某"), _five_han_cut("刘某马康某"), _five_han_cut("欧阳某某某")
    (3, 0, 0)
    >>> _five_han_cut("古田新闻网")
    0
    """
    known_surnames = surnames()
    if (
        not _FIVE_HAN.fullmatch(token)
        or token[0] not in known_surnames
        or token[:2] in known_surnames
        or token[-1] in _OUTLET_ENDS
    ):
        return 0
    cuts = [k for k in (2, 3) if token[k] in known_surnames or token[k : k + 2] in known_surnames]
    return cuts[0] if len(cuts) == 1 else 0


_ONE_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*")
# A name of two or three characters, then a site's name glued to it: a place of two
# characters (or three or four) and 网 (余某古田网: 余某 and 古田网; the longer name first,
# so that 张三丰某县网 keeps 张三丰). A site named by its kind (古田新闻网) is a site alone.
_SITE_AFTER_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,3})(?!新闻|新聞|在线|在線|政府|信息|资讯|門戶|门户)"
    r"(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{3,4})[网網]"
)
_FOUR_HAN = re.compile(r"[\u4e00-\u9fff]{4}")
_FIVE_HAN = re.compile(r"[\u4e00-\u9fff]{5}")
_OUTLET_ENDS = "网網报報台臺社站刊"  # what a site's or an outlet's name ends with


# A writer's signature glued after a paragraph's last sentence with no bracket: a county's
# place or unit (a county, district or city, then a township, bureau or centre) and the
# name (…形势稳定。某某县某某镇王某某, …落实。某某区应急管理局李某).
_GLUED_SIGNATURE = re.compile(
    r"(?<=[。！？])[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{1,6}(?:县|区|市)[\u4e00-\u9fff]{0,10}?"
    r"(?:镇|乡|街道|局|中心|办|委|所|站|院))[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})"
    r"[ \t\u3000]*(?=\n|\Z)"
)


# A role and its names glued after a paragraph's last sentence, the paragraph not the
# copy's last (…安定稳定。作者:李某某, the site's footer lines below it): `tail` takes it
# only at the text's end. The line ends with the names, each opening with a surname, and
# names only people: no unit, no words of a sentence (那是记者:他们… is no credit).
_GLUED_ROLE_NAMES = re.compile(
    r"(?<=[。！？”])[ \t\u3000]*(?P<body>(?:作者|记者|撰稿|撰文|通讯员|编辑|责任编辑|文字|文|摄影)"
    r"[ \t\u3000]*[：:][ \t\u3000]*[\u4e00-\u9fff]{2,4}"
    r"(?:[ \t\u3000、，,]+[\u4e00-\u9fff]{2,4}){0,3})"
    r"[ \t\u3000]*(?=\n)"
)


def _glued_role_names(body: str) -> list[tuple[str, str]]:
    """The credits of a role and names glued after a paragraph's sentence, when every
    name opens with a surname (a sentence's words after a role's colon are no names).

    >>> _glued_role_names("作者:李某某"), _glued_role_names("记者：周某 吴某某")
    ([('作者', '李某某')], [('记者', '周某'), ('记者', '吴某某')])
    >>> _glued_role_names("记者：现场看到")
    []
    """
    found = parse_credits(body)
    if found and all(opens_with_surname(name) for _role, name in found):
        return found
    return []


# The same with a unit named without its county, a space before the name (…贡献。某村镇  王某):
# the space sets the name apart from the unit's words.
_SPACED_SIGNATURE = re.compile(
    r"(?<=[。！？])[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|局|中心|办|委))"
    r"[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*(?=\n|\Z)"
)


# Reporters' roles and names glued after the last sentence of a paragraph, no colon
# (…隐患。记者甲某某、通讯员乙某), perhaps before the bar that closes an e-paper's table
# cell (…整改。 记者 甲某 通讯员 乙某 |): the bar goes with them, as the furniture step's
# glued_bar_spans would cut it.
_GLUED_REPORTERS = re.compile(
    r"(?<=[。！？”])[ \t\u3000]*(?P<body>(?:记者|通讯员)[ \t\u3000]*[\u4e00-\u9fff]{2,3}"
    r"(?:[、 \t\u3000]+(?:(?:记者|通讯员)[ \t\u3000]*)?[\u4e00-\u9fff]{2,3}){0,3})"
    r"[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?=\n|\Z)"
)


# Slashed credits glued after the last sentence of a paragraph, set apart by 、 or spaces
# (…连任成功。图/某某会提供、文/甲某某): a photo's source (某某提供) and the writer's name.
_GLUED_SLASHED = re.compile(
    r"(?<=[。！？”])[ \t\u3000]*(?P<body>(?:(?:图片|图|文字|文|摄影|摄)[ \t\u3000]*[/／]"
    r"[ \t\u3000]*[\u4e00-\u9fff]{2,12}(?:[、，,][ \t\u3000]*|[ \t\u3000]+)?){1,3})"
    r"[ \t\u3000]*(?=\n|\Z)"
)
_GLUED_SLASHED_ROLES = {"文": "文字", "图": "图", "图片": "图", "文字": "文字", "摄影": "摄影"}


def _glued_slashed(body: str) -> list[tuple[str, str]]:
    """The credits of slashed roles glued after a paragraph: a photo's source (某某提供)
    names no one; every other value is a name of two or three characters opening with a
    surname, and one at least, or none is taken (图/深入调研 names no one).

    >>> _glued_slashed("图/某某会提供、文/高某某")
    [('文字', '高某某')]
    >>> _glued_slashed("文/王某 摄影/李某"), _glued_slashed("图/深入调研")
    ([('文字', '王某'), ('摄影', '李某')], [])
    """
    pairs = re.findall(r"(图片|图|文字|文|摄影|摄)\s*[/／]\s*([\u4e00-\u9fff]{2,12})", body)
    found = []
    for role, value in pairs:
        if value.endswith("提供"):
            continue  # a photo's source: a unit, no person
        if len(value) > 3 or not opens_with_surname(value):
            return []
        found.append((_GLUED_SLASHED_ROLES.get(role, "摄影"), value))
    return found


# A unit's supply line opening the lead, its writer's name in brackets after it, the
# lead's words glued on (某某镇供稿(甲某某)为深入贯彻…): the unit is the source, the name the
# writer's.
_SUPPLIED_OPENING = re.compile(
    r"(?m:^)[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{2,12}?)供稿[ \t\u3000]*[（(][ \t\u3000]*"
    r"(?P<body>[\u4e00-\u9fff]{2,3}(?:[、 \t\u3000]+[\u4e00-\u9fff]{2,3}){0,2})[ \t\u3000]*"
    r"[）)][ \t\u3000]*(?=\S)"
)


def _supplied_opening(m: re.Match[str]) -> list[tuple[str, str]]:
    """The credits of a unit's supply line opening the lead: the unit as the source and
    each name, when every name opens with a surname (else none is taken).

    >>> _supplied_opening(_SUPPLIED_OPENING.search("某某镇供稿(周某某)为做好安全工作，"))
    [('来源', '某某镇'), ('供稿', '周某某')]
    >>> _supplied_opening(_SUPPLIED_OPENING.search("某某镇供稿(图片)为做好安全工作，"))
    []
    """
    names = [name for name in re.split(r"[、\s]+", m.group("body")) if name]
    if not all(opens_with_surname(n) for n in names):
        return []
    return [("来源", m.group("unit")), *(("供稿", name) for name in names)]


# A writer's name glued after a paragraph's last sentence, right above the page's source
# or editor field (…打造平安某某。王某某 / 稿件来源: …): the report's signature.
_NAME_ABOVE_FIELD = re.compile(
    r"(?<=[。！？])[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*"
    r"(?=\n[ \t\u3000]*(?:稿件来源|信息来源|文章来源|来源|责任编辑|编辑|作者|供稿|审核)"
    r"[ \t\u3000]*[:：])"
)


# A photographer's credit between a caption's sentence and the next paragraph's words on
# one line (开幕会现场。 王某 摄 报告提出，…): spaces around the name and 摄; or a reporter's,
# the name before a slash (…现场。 记者王某某/摄影 报告提出，…).
_PHOTOGRAPHER_BETWEEN = re.compile(
    r"(?<=[。！？])[ \t\u3000]+(?:记者[ \t\u3000]*(?P<reporter>[\u4e00-\u9fff]{2,3})[ \t\u3000]*"
    r"[/／][ \t\u3000]*|(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]+)摄(?:影)?"
    r"(?=[ \t\u3000]+\S)"
)


def _photographer(m: re.Match[str]) -> list[tuple[str, str]]:
    """The photographer's credit, when the name opens with a surname.

    >>> _photographer(_PHOTOGRAPHER_BETWEEN.search("开幕会现场。 王某 摄 报告提出，"))
    [('摄影', '王某')]
    >>> _PHOTOGRAPHER_BETWEEN.search("开幕会现场。王某摄报告提出，") is None
    True
    >>> _photographer(_PHOTOGRAPHER_BETWEEN.search("开幕会现场。 记者王某/摄影 报告提出，"))
    [('摄影', '王某')]
    """
    name = m.group("name") or m.group("reporter")
    return [("摄影", name)] if opens_with_surname(name) else []


def _glued_reporters(body: str) -> list[tuple[str, str]]:
    """The credits of reporters glued after a paragraph, every name opening with a
    surname (记者会上 names no one).

    >>> _glued_reporters("记者程某某、通讯员靳某"), _glued_reporters("记者会上")
    ([('记者', '程某某'), ('通讯员', '靳某')], [])
    """
    found = parse_credits(body)
    ok = found and all(opens_with_surname(n) for _r, n in found)
    return found if ok and _plausible(found) else []


# A reporter's byline opening a line, no brackets, 报道 after the names and the lead
# going on after it (记者甲乙丙报道：6月29日，…; 记者甲乙报道，为做好…).
_OPENING_BYLINE = re.compile(
    rf"(?m:^)[ \t\u3000]*(?:本报|本网)?(?:记者|通讯员)[ \t\u3000]*(?P<body>{_BYLINE_NAMES})"
    r"[ \t\u3000]*(?:报道|报导)[ \t\u3000]*(?:[:：,，][ \t\u3000]*)?"
)
# A dateline word and the reporter's name in one bracket opening the lead, no role
# ((某某新闻网讯 甲乙)11月7日，…).
_BRACKETED_DATELINE = re.compile(
    rf"(?m:^)[ \t\u3000]*[（(][ \t\u3000]*[^\s（）()]{{2,12}}讯[ \t\u3000]+"
    rf"(?P<body>{_BYLINE_NAMES})[ \t\u3000]*[）)][ \t\u3000]*"
)


# A writer's (and a photographer's) byline with a slash or a bar opening the lead, a space
# before the report's words (文/甲乙 5月6日，…; 文/甲乙 图/丙丁 5月6日，…).
_OPENING_SLASHED = re.compile(
    r"(?m:^)[ \t\u3000]*(?P<body>(?:(?:文字|图片|摄影|文|图)[ \t\u3000]*[/／|｜丨][ \t\u3000]*"
    r"[\u4e00-\u9fff]{2,3}[ \t\u3000]+){1,3})(?=\S)"
)
_OPENING_ROLES = {"文": "文字", "图": "图", "图片": "图", "文字": "文字", "摄影": "摄影"}


def _opening_slashed(body: str) -> list[tuple[str, str]]:
    """The credits of a writer's byline opening the lead; every name opens with a
    surname, or none is taken.

    >>> _opening_slashed("文/王某 图/李某 "), _opening_slashed("文/深入 ")
    ([('文字', '王某'), ('图', '李某')], [])
    """
    pairs = re.findall(r"(文字|图片|摄影|文|图)\s*[/／|｜丨]\s*([\u4e00-\u9fff]{2,3})", body)
    ok = pairs and all(opens_with_surname(n) for _, n in pairs)
    return [(_OPENING_ROLES[role], name) for role, name in pairs] if ok else []


def _surnamed_reporters(body: str, role: str = "记者") -> list[tuple[str, str]]:
    """The reporters of a byline read without brackets or role words around them: every
    name opens with a surname, or none is taken (记者深入报道 names no one); `role` is
    the credit they get (记者 unless the line says another).

    >>> _surnamed_reporters("王某某 李某"), _surnamed_reporters("深入")
    ([('记者', '王某某'), ('记者', '李某')], [])
    >>> _surnamed_reporters("王某某", "摄影")
    [('摄影', '王某某')]
    """
    names = [name for name in re.split(r"[、\s]+", body.strip()) if name]
    ok = names and all(opens_with_surname(n) for n in names)
    return [(role, name) for name in names] if ok else []


# Round 28: a photo story's credit alone on its line between its items, the names first
# and no role word before them (甲某某 摄影报道, 甲某 乙某 图文报道): the names must open
# with surnames (_surnamed_reporters), so a line of other words (现场摄影报道) names no one.
_PHOTO_REPORT_LINE = re.compile(
    rf"(?m:^)[ \t\u3000]*(?P<body>{_REPORTER}(?:[、 \t\u3000]+{_REPORTER}){{0,3}})"
    r"[ \t\u3000]*(?P<role>摄影|图文)[ \t\u3000]*(?:报道|报导)[ \t\u3000]*(?m:$)"
)
_PHOTO_REPORT_ROLES = {"摄影": "摄影", "图文": "图文"}

# Round 30: a TV newsroom's byline alone on its line, perhaps in brackets: its desk or the
# station (政治中心, 某某新闻), a slash, the reporters, then the place and 报导
# ((某某新闻/甲某 金门报导), 政治中心／甲某、乙某某 台北报导). The desk ends as a desk or an
# outlet does; the reporters must open with surnames (_surnamed_reporters).
# Round 31: a TV crew's initials among the reporters (甲某、乙某、SNG 某地报导: the satellite
# truck's crew, ENG a camera crew) name no one; they are read past, not taken for a name.
_CREW_INITIALS = r"(?:SNG|ENG)"
_DESK_NAMES = rf"{_REPORTER}(?:[、\s]+(?:{_REPORTER}|{_CREW_INITIALS}(?![A-Za-z])))" + "{0,4}"
_DESK_BYLINE = re.compile(
    r"(?m:^)[ \t\u3000]*[（(]?[ \t\u3000]*[\u4e00-\u9fff]{0,6}(?:中心|新闻|台|组|部|社|网|报)"
    rf"[ \t\u3000]*[/／∕][ \t\u3000]*(?P<body>{_DESK_NAMES})[ \t\u3000]+"
    r"[\u4e00-\u9fff]{2,4}[ \t\u3000]*(?:报导|报道)[ \t\u3000]*[）)]?[ \t\u3000]*(?m:$)"
)


def _desk_reporters(body: str) -> list[tuple[str, str]]:
    """The reporters of a TV desk's byline, its crew's initials read past.

    >>> _desk_reporters("王某某、李某、SNG"), _desk_reporters("王某 SNG")
    ([('记者', '王某某'), ('记者', '李某')], [('记者', '王某')])
    >>> _desk_reporters("深入 SNG")
    []
    """
    return _surnamed_reporters(re.sub(_CREW_INITIALS, " ", body))


def _glued_signature(m: re.Match[str]) -> list[tuple[str, str]]:
    """The name of a glued signature, when it opens with a surname.

    >>> _glued_signature(_GLUED_SIGNATURE.search("会议取得成功。某水县某托镇王兆某"))
    [('署名', '王兆某')]
    >>> _GLUED_SIGNATURE.search("会议取得成功。此次活动由某镇主办") is None
    True
    >>> _glued_signature(_SPACED_SIGNATURE.search("作出更大贡献。某村镇  魏某"))
    [('署名', '魏某')]
    >>> _glued_signature(_NAME_ABOVE_FIELD.search("打造平安某镇。王某某\\n稿件来源: 某某在线"))
    [('署名', '王某某')]
    >>> _glued_signature(_NAME_ABOVE_FIELD.search("打造平安某镇。图片\\n来源: 某某在线"))
    []
    """
    name = m.group("name")
    return [("署名", name)] if opens_with_surname(name) else []


def _gap(m: re.Match[str]) -> str:
    """What stands in for a byline cut between two pieces of text on its line: a space
    after a dateline (某报讯（记者甲）5月3日 -> 某报讯 5月3日), a line break after a headline
    printed on the lead's row (标题 【记者甲报导】导语 -> 标题 / 导语); else nothing."""
    text, start, end = m.string, m.start(), m.end()
    before = text[text.rfind("\n", 0, start) + 1 : start].strip()
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)].strip()
    if not before or not after:
        return ""
    return " " if before[-1] in "讯电" else "\n"


# A role glued to what follows it: 记者会上 (at the press conference) is no byline.
_GLUED_ROLE = re.compile(r"(?:记者|通讯员)(?![ \t\u3000])")


def _spaced_byline(body: str) -> list[tuple[str, str]]:
    """The reporters of a byline spaced out after a dateline (SPACED_REPORTERS' shape), each
    role set apart from its names by a space; the paper's own words left out.

    >>> _spaced_byline("通讯员 丙某某 本报记者 甲某 "), _spaced_byline("记者会上")
    ([('通讯员', '丙某某'), ('记者', '甲某')], [])
    """
    if _GLUED_ROLE.search(body):
        return []
    return _lead_byline(_OWN_WORDS.sub("", body))


def _lead_byline(body: str) -> list[tuple[str, str]]:
    """The credits of a group opening the lead, the role glued to the name: none unless
    every name reads as a person's. (Only a group at a line's start or after a dateline
    comes here: 区长（记者出身） mid-sentence is never read.)

    >>> _lead_byline("记者甲某某通讯员乙某"), _lead_byline("某某日报记者 甲某 乙某")
    ([('记者', '甲某某'), ('通讯员', '乙某')], [('记者', '甲某'), ('记者', '乙某')])
    """
    found = parse_credits(body)
    return found if _plausible(found) else []


# A reporter's name glued to 台湾 and the place it reports from (某某记者甲某某台湾嘉义报导).
_REPORTED_FROM_TAIWAN = re.compile(
    r"记者[ \t\u3000]*([\u4e00-\u9fff]{2,3})(?:台湾|臺灣)[\u4e00-\u9fff]{2}报[导道]$"
)
# A Taiwan byline's reporter and place glued before 报导 (某某记者甲某某嘉义报导).
_REPORTED_FROM_PLACE = re.compile(r"记者[ \t\u3000]*([\u4e00-\u9fff]{4,5})报[导道]$")


def _lead_group(body: str) -> list[tuple[str, str]]:
    """The credits of a group opening the lead (_lead_byline), or the reporter of a
    Taiwan byline in it, the name glued to the place it reports from.

    >>> _lead_group("某某记者甲某某嘉义报导"), _lead_group("记者甲某某")
    ([('记者', '甲某某')], [('记者', '甲某某')])
    >>> _lead_group("某某记者周某某台湾台中报导")  # 台湾 and a place after the name
    [('记者', '周某某')]
    """
    found = _lead_byline(body)
    if found:
        return found
    m = _REPORTED_FROM_TAIWAN.search(body.strip())
    if m:  # 某某记者甲某某台湾嘉义报导: the place after 台湾 is no part of the name
        name = m.group(1)
        return [("记者", name)] if opens_with_surname(name) else []
    m = _REPORTED_FROM_PLACE.search(body.strip())
    return _taiwan_byline("记者", m.group(1)) if m else []


# Round credits45. Reporters named after a dateline with no role, 报道 and a colon after
# them (某某网讯 甲某某 报道:5日,…): the names must open with surnames.
_DATELINE_NAMES_REPORTED = re.compile(
    rf"(?m:^)(?P<dateline>[^\s，。,（(]{{2,24}}?[讯电])[ \t\u3000]+(?P<body>{_BYLINE_NAMES})"
    r"[ \t\u3000]*(?:报道|报导)[ \t\u3000]*[:：][ \t\u3000]*"
)
# A reporter's name and 报道 alone on a line, a space between them (甲某某 报道): the byline
# of a report whose dateline is lost; a run glued to 报道 (连续报道) is a heading's words.
_NAME_REPORTED_LINE = re.compile(
    rf"(?m:^)[ \t\u3000]*(?P<body>{_REPORTER}(?:[、 \t\u3000]+{_REPORTER}){{0,2}})"
    r"[ \t\u3000]+(?:报道|报导)[ \t\u3000]*(?m:$)"
)
# A unit's supply line alone on its line, perhaps in brackets, the closing one perhaps lost
# (某某局办公室供稿, （某县委某某部供稿）): the unit is the credit (供稿). It ends as an organ does.
# The day it signed on the line under it (某某处供稿 / 2017年9月7日) goes with it: alone, that
# line would be left as the report's.
_SUPPLIED_LINE = re.compile(
    r"(?m:^)[ \t\u3000]*(?:[（(][ \t\u3000]*)?(?P<unit>[\u4e00-\u9fff]{2,16}?"
    r"(?:局|委|办|中心|镇|乡|街道|部|院|所|站|队|馆|会|公司|政府|室|科|组|处))"
    r"[ \t\u3000]*供稿[ \t\u3000]*(?:[）)][ \t\u3000]*)?"
    r"(?:\n[ \t\u3000]*\d{4}[年./-]\d{1,2}[月./-]\d{1,2}日?[ \t\u3000]*)?(?m:$)"
)
# A group of bare names in brackets alone on its line under a paragraph's last sentence
# ((甲某 乙某 丙某) under …建议。): the report's signature, as the closing group glued to the
# sentence is. Two names at least, the first opening with a surname (a place's or a
# caption's word alone, (中国), (左一), stays).
_SIGNATURE_LINE = re.compile(
    r"(?<=[。！？”]\n)[ \t\u3000]*[（(](?P<body>[\u4e00-\u9fff]{2,3}"
    r"(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,3}){1,3})[）)][ \t\u3000]*(?=\n|\Z)"
)


def _signature_line(m: re.Match[str]) -> list[tuple[str, str]]:
    """The names of a bracketed signature alone on its line (_SIGNATURE_LINE).

    >>> _signature_line(_SIGNATURE_LINE.search("会议取得成功。\\n(郭某 胜某 汉某)"))
    [('署名', '郭某'), ('署名', '胜某'), ('署名', '汉某')]
    >>> _signature_line(_SIGNATURE_LINE.search("会议取得成功。\\n(中国 北京)"))
    []

    Only bare names: a unit before them or a role after them (（某某办 甲某）, （甲某某 供稿）)
    is the furniture step's source or signed credit, read there with its role:

    >>> _signature_line(_SIGNATURE_LINE.search("会议取得成功。\\n(卢某某 供稿)"))
    []
    >>> _signature_line(_SIGNATURE_LINE.search("会议取得成功。\\n(提案办 邵某某)"))
    []
    """
    tokens = re.split(r"[ \t\u3000、]+", m.group("body").strip())
    if any(t in _SIGNED_ROLE_WORDS or _UNIT_END.search(t) for t in tokens):
        return []
    found = _signature(m.group("body"))
    return found if found and opens_with_surname(found[0][1]) else []


# The roles a signature may name after its names (（甲某某 供稿）, （甲某 摄）).
_SIGNED_ROLE_WORDS = frozenset(
    {"供稿", "供图", "摄影", "撰稿", "撰文", "报道", "报导", "整理", "提供"}
)


@cache
def _role_above_name() -> re.Pattern[str]:
    """A credit's role alone on its line, its colon perhaps left out, and the name alone
    on the next (责编:\\n甲某, 编辑\\n甲某): one credit set over two lines. Round credits45."""
    return re.compile(
        rf"(?m:^)[ \t\u3000]*(?P<role>{_keyword_pattern()})[ \t\u3000]*(?:[：:][ \t\u3000]*)?\n"
        r"[ \t\u3000]*(?P<body>[\u4e00-\u9fff]{2,3}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,3}){0,2})"
        r"[ \t\u3000]*(?=\n|\Z)"
    )


def _role_and_names(m: re.Match[str]) -> list[tuple[str, str]]:
    """The credits of a role over its names: every name opens with a surname and none
    ends as a unit or an outlet does (来源:\\n某某网 names no one).

    >>> _role_and_names(_role_above_name().search("责编:\\n王某")), _role_and_names(
    ...     _role_above_name().search("来源:\\n新华网"))
    ([('责编', '王某')], [])
    """
    names = [n for n in re.split(r"[ \t\u3000、]+", m.group("body")) if n]
    if not all(
        opens_with_surname(n) and not _UNIT_END.search(n) and n[-1] not in _OUTLET_ENDS
        for n in names
    ):
        return []
    return [(m.group("role"), n) for n in names]


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
    >>> r = harvest_credits("某县新闻网讯（记者张某某）5月3日，县委召开会议。")
    >>> r.text, r.meta["credits"]
    ('某县新闻网讯 5月3日，县委召开会议。', [('记者', '张某某')])
    >>> r = harvest_credits("会议取得圆满成功。（某某）\\n下一段。")
    >>> r.text, r.meta["credits"]
    ('会议取得圆满成功。\\n下一段。', [('署名', '某某')])
    >>> r = harvest_credits("某区道路完工视察 【记者某某某台中报导】某区召开会议。")
    >>> r.text, r.meta["credits"]
    ('某区道路完工视察\\n某区召开会议。', [('记者', '某某某')])
    >>> r = harvest_credits("某地1月10日电 (甲某某 乙某)某市政协会议10日开幕。")
    >>> r.text, r.meta["credits"]
    ('某地1月10日电 某市政协会议10日开幕。', [('记者', '甲某某'), ('记者', '乙某')])
    >>> r = harvest_credits("某某网讯 某某中心记者甲某某报道:5日,某县召开会议。")
    >>> r.text, r.meta["credits"]
    ('某某网讯 5日,某县召开会议。', [('记者', '甲某某')])
    >>> harvest_credits("会议取得成功。\\n【编辑:甲某某】").meta["credits"]
    [('编辑', '甲某某')]
    """
    credits: list[tuple[str, str]] = []
    Read = Callable[[re.Match[str]], list[tuple[str, str]]]

    def taking(read: Read, gap: Callable[[re.Match[str]], str]):
        """A replacement for sub_logged: the credits `read` finds, kept; `gap` in their
        place (None, no edit, when it finds none)."""

        def take(m: re.Match[str]) -> str | None:
            found = read(m)
            if not found:
                return None
            credits.extend(found)
            return gap(m)

        return take

    whole = taking(lambda m: parse_credits(m.group(0)), lambda m: "")

    def credit_line(m: re.Match[str]) -> str:
        """A whole line of credits is cut even when it names no one (记者: 报导。: the
        page left the name out); its names, if any, are kept."""
        # a run longer than any name after the names is a headline's words (责任编辑:甲某
        # 某某访某地居民): no credit, cut with the line
        credits.extend(
            (role, name)
            for role, name in parse_credits(_before_glued_notice(m.group(0)))
            if role in _UNIT_ROLES or not _NO_NAME_RUN.fullmatch(name)
        )
        return ""

    group, line, tail = _patterns()
    lead, closing, taiwan = _placed_patterns()
    names_only, unbracketed, spaced = _dateline_patterns()
    agency, slashed = _agency_patterns()
    edits = []
    for pattern, replace in (
        (_role_above_name(), taking(_role_and_names, lambda m: "")),
        (group, whole),
        (line, credit_line),
        (tail, whole),
        (lead, taking(lambda m: _lead_group(m.group("body")), _gap)),
        (closing, taking(lambda m: _signature(m.group("body")), _gap)),
        (taiwan, taking(lambda m: _taiwan_byline(m.group("role"), m.group("body")), _gap)),
        (names_only, taking(lambda m: _dateline_names(m.group("body")), _gap)),
        (
            unbracketed,
            taking(
                lambda m: _lead_byline(m.group("role") + m.group("body")),
                lambda m: m.group("dateline") + " ",
            ),
        ),
        (
            spaced,
            taking(
                lambda m: _spaced_byline(m.group("body")),
                lambda m: m.group("dateline") + " ",
            ),
        ),
        (agency, taking(lambda m: _agency_reporter(m.group("body")), _gap)),
        (_GLUED_ROLE_NAMES, taking(lambda m: _glued_role_names(m.group("body")), lambda m: "")),
        (_GLUED_SIGNATURE, taking(_glued_signature, lambda m: "")),
        (_SPACED_SIGNATURE, taking(_glued_signature, lambda m: "")),
        (_OPENING_BYLINE, taking(lambda m: _surnamed_reporters(m.group("body")), lambda m: "")),
        (_OPENING_SLASHED, taking(lambda m: _opening_slashed(m.group("body")), lambda m: "")),
        (_GLUED_REPORTERS, taking(lambda m: _glued_reporters(m.group("body")), lambda m: "")),
        (_GLUED_SLASHED, taking(lambda m: _glued_slashed(m.group("body")), lambda m: "")),
        (_SUPPLIED_OPENING, taking(_supplied_opening, lambda m: "")),
        (_NAME_ABOVE_FIELD, taking(_glued_signature, lambda m: "")),
        (_PHOTOGRAPHER_BETWEEN, taking(_photographer, lambda m: "")),
        (
            _PHOTO_REPORT_LINE,
            taking(
                lambda m: _surnamed_reporters(
                    m.group("body"), _PHOTO_REPORT_ROLES[m.group("role")]
                ),
                lambda m: "",
            ),
        ),
        (_DESK_BYLINE, taking(lambda m: _desk_reporters(m.group("body")), lambda m: "")),
        (
            _BRACKETED_DATELINE,
            taking(lambda m: _surnamed_reporters(m.group("body")), lambda m: ""),
        ),
        (slashed, taking(_slashed_reporter, _gap)),
        (
            _DATELINE_NAMES_REPORTED,
            taking(lambda m: _surnamed_reporters(m.group("body")), lambda m: m["dateline"] + " "),
        ),
        (_NAME_REPORTED_LINE, taking(lambda m: _surnamed_reporters(m.group("body")), lambda m: "")),
        (_SUPPLIED_LINE, taking(lambda m: [("供稿", m.group("unit"))], lambda m: "")),
        (_SIGNATURE_LINE, taking(_signature_line, lambda m: "")),
    ):
        text, e = sub_logged(pattern, replace, text, "credits", "署名行移入元数据")
        edits.extend(e)
    meta = {"credits": credits} if credits else {}
    return StepResult(text.rstrip(" \t"), tuple(edits), meta=meta)


def removed_credits(removed: str) -> list[tuple[str, str]]:
    """The people's credits of text another step removes (a footer's tail, a chrome
    line): its lines that are credits whole, read as the credits step reads them (a role
    and its colon, then names: `line` of `_patterns`; a role alone over its names:
    `_role_above_name`), so a role and its name cut with it go to the record's credits,
    not away (round credits45b: one path for every step). A byline inside another
    story's lead cut with a footer's list (本报讯(记者甲某)…) is that story's: not read. A
    source's unit (来源) names no one: the step that cut it keeps it as its source.

    >>> removed_credits("\\n主办单位:某某县委宣传部\\n稿件来源:某县妇联\\n编辑制作:甲某")
    [('编辑制作', '甲某')]
    >>> removed_credits("\\n新闻推荐\\n本报讯(记者甲某)5月3日，某县召开会议。")
    []
    >>> removed_credits("\\n责编:\\n王某\\n上一篇:某县召开会议")
    [('责编', '王某')]
    """
    found: list[tuple[str, str]] = []
    for m in _role_above_name().finditer(removed):
        found.extend(_role_and_names(m))
    _group, line, _tail = _patterns()
    for m in line.finditer(removed):
        found.extend(
            (role, name)
            for role, name in parse_credits(_before_glued_notice(m.group(0)))
            if not _NO_NAME_RUN.fullmatch(name)
        )
    people = [(role, name) for role, name in found if role not in _UNIT_ROLES]
    return list(dict.fromkeys(people))


def role_over_names(text: str, start: int) -> bool:
    """Whether the line at `start` is a person's credit role alone, its names alone on the
    next line (责编:\\n甲某): the credits step takes the two lines together, so a step that
    would cut the role's line alone leaves it (round credits45b). A source's label over a
    name (来源:\\n甲某) is not one.

    >>> role_over_names("责编:\\n王某\\n会议召开。", 0), role_over_names("来源:\\n王某", 0)
    (True, False)
    >>> role_over_names("责编:\\n某某县融媒体中心", 0), role_over_names("责编:甲某", 0)
    (False, False)
    """
    m = _role_above_name().match(text, start)
    return bool(m and m.group("role") not in _UNIT_ROLES and _role_and_names(m))
