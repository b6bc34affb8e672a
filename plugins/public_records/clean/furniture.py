"""Site furniture: the lines a web page puts around a report that are not the report.

Banners and welcome lines, font-size and date widgets, reading-time badges, skip links,
share, print and comment bars, "follow us" lines, newspaper page labels, date stamps,
lines with no Chinese text at all (symbols, script code, jammer strings), lone
characters of a vertical menu, and related-story lists. Each removed line is one Edit
(rule "furniture", the note names its kind), so the record's page shows it; a credit on
a removed line (`(编辑:张三)`) goes to meta["credits"], never away.

Each kind of evidence is judged per line in a folded copy (Simplified, ASCII forms,
pinyin notes dropped; see fold.py):

- the whole line matches a pattern of data/furniture_lines.tsv, or is a forum's jammer
  line (four or more strings of one or two ASCII characters around at most 12 Han
  characters, no sentence's end: `is_jammer_line`), or a spam line repeating one short word
  between ASCII strings (`is_repeated_word_line`);
- above the first body line, a short line that shares almost nothing with the lead is a
  banner or a column name (a headline repeats the lead's words; `政务要闻` does not),
  unless it holds two clauses or more (a sentence broken over lines); so is a name of
  two to four Han characters above the headline row or between it and the lead (`要闻`,
  `某某镇`), and on the page's top (every line above it cut) a column's name of up to
  seven above the headline (`外媒看某县`, not a photo's scene `…现场`), however many of
  their words the lead repeats; with no headline row above the lead, two such names or
  more one under the other (a menu's items: `首页` / `要闻`);
- below the last body line, the short lines after a share, comment or related-stories
  marker are its list;
- among the page's first lines, one that ends with a headline standing alone a few
  lines below (an ad or a site's name glued before it), or opens with it and ends on the
  site's name after a dash (a browser's title: `…会议 - 某某新闻网`), is the page's title
  bar;
- after a related-stories heading below the body, a card's headline and the line that
  opens with it (headline and summary run together), however long; and a card's summary
  closed by its read-more link (…(继续阅读)) with the headline above it, the list's last
  summary cut off by the page's end too (`_teaser_card`);
- above the report's second body line, a date written with 年月日 alone on its line
  (the page's date stamp by a headline long enough to be read as body);
- a site's name that the page shows alone on a line, glued again to the end of a
  paragraph after its sentence's end (a watermark), is cut there too;
- the page's last line, when it is a link cut short (`发表评`, the start of one of
  data/furniture_end_labels.txt);
- the page's last line, after the body, when it is a line of four short words or more
  fewer than half of which open with a surname (keywords without their label);
- right after the last body line, a name alone (`司明`, or in brackets: `(司明)`) that
  ends the page or is followed by the site's tail is the report's signature: a credit
  (作者), cut;
- below a comment box's login prompt under the report (您需要登录后才可以评论), or a
  blog's comment box (its empty state 没有留言:, its post button 张贴留言), every line
  that is not a credit, however long (the box's and the site's lines, other posts, spam);
- above the first body line or below the last, a line no rule above named whose shape
  the shape model (furniture_shape.py: length, marks, digits, Latin letters, spaces,
  place on the page; no words) takes for furniture, but for a line of Han characters and Chinese
  punctuation only that is a name alone, a 、-list, a list's opener or a clause of eight Han
  characters or more (a roster's names, a closing line: they may be the report's), the
  report's date alone on its line, its writers' names in brackets, and a sentence cut
  short as the copy's last line (`shaped_rows`, kind "shape"); between body lines, only
  a line that is not prose-only, from a higher score (`_INSIDE_THRESHOLD`).

A title field (`原标题: …`, `标题：“…”`) is cut, and the first one's value goes to
meta["title_field"]: the headline the page gives its report, for the title step; so
does the first line of a list under the report when it prints the report's headline
again (most of its words in the lead, no sentence): meta["tail_headline"].

A body line (30 Han characters or more, or a full stop) is never cut, but for a related
story's card after the body (`related_cards`), a site's watermark at a paragraph's end
(`watermark_spans`), a widget's words glued after the last line's sentence
(`glued_widget_span`), a table cell's bar glued after a paragraph's last sentence
(`glued_bar_spans`: …新台阶。 |), a copy's date stamp glued before its first line's words
(`glued_date_stamp_span`) and a line under a comment box's login prompt: nothing else
is removed from inside the article. Runs after
the captions and credits steps, so a caption above the lead is kept as a caption and a
credit line is already a credit (and cleaning a clean text again changes nothing); the
text is Simplified by then, but lines are still judged in the folded copy.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from datetime import date
from functools import cache

from ..common.roc_years import ROC_OFFSET
from ..data import lines
from ..model import StepResult
from ..script import SPACES
from .edits import kind_note
from .fold import HAN, HAN_CHAR, fold, han_count, iter_lines
from .furniture_bounds import HEADLINE_MAX_HAN, HEADLINE_MIN_HAN
from .furniture_bounds import SHORT as _SHORT
from .furniture_opening import opening_rows
from .furniture_shape import line_views
from .furniture_shape import model as shape_model
from .spans import cut_spans

logger = logging.getLogger(__name__)

_BODY_HAN = 30  # a body line has this many Han characters, or a full stop
_LEAD_LINES = 2  # body lines that make up the lead a headline repeats
_BANNER_OVERLAP = 0.2  # at most this share of a banner's bigrams is in the lead
# Bullets, bars and rules around a line's words, stripped before the line is judged.
# str.strip, not a pattern: `[...]+$` tried from every character of a long run of
# spaces inside a line is quadratic (tests/test_linear_time.py).
_EDGE_LEFT = SPACES + "|｜•·●◎■□◆◇○★☆>›»-–—_=~*#"
_EDGE_RIGHT = SPACES + "|｜•·●◎■□◆◇○★☆<‹«-–—_=~*#"
_HAN_RUN = re.compile(f"[{HAN}]+")
# Kinds that close the report: below one, no line is the report's (strip_furniture).
_GATES = frozenset({"login", "comment box"})


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for line in lines("furniture_lines.tsv"):
        kind, _, pattern = line.partition("\t")
        try:
            out.append((kind.strip(), re.compile(pattern.strip())))
        except re.error as e:  # a bad data line is named, the others still work
            logger.error("data/furniture_lines.tsv: pattern for %r is invalid: %s", kind, e)
    return tuple(out)


def _credit_roles() -> tuple[str, ...]:
    return lines("credit_roles.txt") + lines("furniture_credit_roles.txt")


@cache
def _roles_alternation() -> str:
    """The credit roles as one regex alternation, longest first (made once)."""
    return "|".join(map(re.escape, sorted(_credit_roles(), key=len, reverse=True)))


@cache
def _credit_pattern() -> re.Pattern[str]:
    return re.compile("(" + _roles_alternation() + r")\s*:\s*([^\s:()|]{2,12})")


# A two-character name written with a space between its characters, closing a credit
# field (责编:赵 某 at the line's end or before a bar).
_SPACED_NAME_FIELD = re.compile(rf"^\s*([{HAN}])[ \u3000]([{HAN}])\s*(?:$|[|｜])")


def _field_credits(key: str) -> list[tuple[str, str]]:
    """The credits of a line's `role:name` fields; a name written with a space between
    its two characters is read whole.

    >>> _field_credits("监制:郝某某 | 责编:赵 某"), _field_credits("编辑:张三")
    ([('监制', '郝某某'), ('责编', '赵某')], [('编辑', '张三')])

    A name in Latin letters is read whole, and a writer's and a photographer's one-character
    roles (文:, 摄:) are read on such a line too (not after a word: 原文:):

    >>> _field_credits("作者:甲某某/某地报导 来源:某某报")  # the place and verb: no name
    [('作者', '甲某某'), ('来源', '某某报')]
    >>> _field_credits("编辑:Mary Chan"), _field_credits("文:张三 摄:Tony Wong")
    ([('编辑', 'Mary Chan')], [('文字', '张三'), ('摄影', 'Tony Wong')])
    >>> _field_credits("原文:某某网"), _field_credits("摄:某某提供")  # a provider is no one
    ([], [])
    """
    listed = _spaced_names_field().fullmatch(key)  # 图片:甲乙 丙丁: each a name
    if listed:
        return [(listed.group(1), name) for name in listed.group(2).split()]
    found = []
    for m in _credit_pattern().finditer(key):
        role, name = m.group(1), m.group(2)
        latin = _LATIN_NAME.match(name)
        if latin and latin.end() == len(name):
            continue  # read whole below, spaces and all
        if key[m.end() : m.end() + 1] == ":":
            if name in _field_labels():
                continue  # 作者:  语音阅读: the next field's label, this one empty (credits45b)
            name = _before_next_label(name)  # 责任编辑:甲乙文字大小:大中小
        if names_no_one(name):
            continue  # 作者:本刊: the outlet itself (round credits45b)
        # a byline's place and verb after a slash (作者:甲某某/某地报导) name no one
        found.append((role, _REPORTED_AFTER.sub("", name) or name))
        found.extend(_more_field_names(role, key[m.end() :]))
    for m in re.finditer("(" + _roles_alternation() + r")\s*:", key):
        spaced = _SPACED_NAME_FIELD.match(key[m.end() :])
        if spaced:
            found.append((m.group(1), spaced.group(1) + spaced.group(2)))
        elif latin := _LATIN_NAME.match(key, m.end()):
            found.append((m.group(1), latin.group(0).strip()))
    for m in _SHORT_ROLE_FIELD.finditer(key):
        if not m.group(2).endswith("提供"):  # a provider (图:某某提供), no person
            found.append((_SHORT_ROLES[m.group(1)], m.group(2).strip()))
    return found


@cache
def _field_labels() -> tuple[str, ...]:
    """The labels of an article-information line's fields (data/chrome_field_labels.txt),
    longest first."""
    return tuple(sorted(lines("chrome_field_labels.txt"), key=len, reverse=True))


def _before_next_label(name: str) -> str:
    """A field's value up to the next field's label glued to it, the page's space lost
    (责任编辑:甲乙文字大小:大中小, 作者:甲乙丙源自:某镇): two characters at least are left,
    else the value as it is. Round credits45.

    >>> _before_next_label("甲乙文字大小"), _before_next_label("甲乙丙源自")
    ('甲乙', '甲乙丙')
    >>> _before_next_label("甲乙")
    '甲乙'

    """
    for label in _field_labels():
        if name.endswith(label) and len(name) - len(label) >= 2:
            return name[: -len(label)]
    return name


# After a field's first name, the names that follow it set apart by spaces, and a
# reporter's role without a colon before more names (作者:甲某 乙某某 本报通讯员 丙某某): each
# a name of two or three characters opening with a surname; the first other word ends them.
_MORE_NAMES_TOKEN = re.compile(r"[ \u3000]+([^\s:|]+)")
_ROLE_WITHOUT_COLON = re.compile(r"(?:本报|本网)?(记者|通讯员|特约记者|见习记者)")


def _more_field_names(role: str, rest: str) -> list[tuple[str, str]]:
    """The further names of a credit field after its first (round credits45).

    >>> _more_field_names("作者", " 林某某 本报通讯员 史某某  ")
    [('作者', '林某某'), ('通讯员', '史某某')]
    >>> _more_field_names("作者", " 时间:2021"), _more_field_names("编辑", " 大中小")
    ([], [])
    """
    found: list[tuple[str, str]] = []
    pos = 0
    while m := _MORE_NAMES_TOKEN.match(rest, pos):
        token = m.group(1)
        if rest[m.end() : m.end() + 1] == ":":
            break  # the next field's label (时间:…), no name
        if (spoken := _ROLE_WITHOUT_COLON.fullmatch(token)) is not None:
            role = spoken.group(1)
        elif re.fullmatch(rf"[{HAN}]{{2,3}}", token) and opens_with_surname(token):
            found.append((role, token))
        else:
            break
        pos = m.end()
    return found


# A byline's place and verb after a slash, closing a field's value (甲某某/某地报导).
_REPORTED_AFTER = re.compile(r"[/／][^/／\s]{0,8}?(?:报导|报道)$")
# A name in Latin letters after a credit's colon (编辑: Mary Chan): up to four words.
_LATIN_NAME = re.compile(r"\s*[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}(?![A-Za-z])")
# A writer's or a photographer's one-character role and its name, not after another word.
_SHORT_ROLE_FIELD = re.compile(
    rf"(?<![{HAN}A-Za-z])([文摄图])\s*:\s*"
    rf"([{HAN}]{{2,4}}(?![{HAN}])|[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){{0,3}})"
)
_SHORT_ROLES = {"文": "文字", "摄": "摄影", "图": "图"}


# Round 31: an outlet named before a credit's role (县融媒体中心记者:甲某 乙某, 某县广播电视台
# 记者:甲某): the outlet is no part of the role, its names are the credit.
_OUTLET_BEFORE_ROLE = (
    rf"(?:[{HAN}]{{1,12}}?(?:中心|电视台|广播电视台|报社|传媒|融媒体|融媒|网|社|台|报))?"
)


@cache
def _spaced_names_field() -> re.Pattern[str]:
    """A role, its colon and names of two or three characters set apart by spaces, an
    outlet perhaps named before the role."""
    return re.compile(
        rf"{_OUTLET_BEFORE_ROLE}({_roles_alternation()})\s*:\s*"
        rf"([{HAN}]{{2,3}}(?:[ \u3000]+[{HAN}]{{2,3}}){{1,3}})"
    )


@cache
def _joined_credit_pattern() -> re.Pattern[str]:
    """Roles joined by `/` or `、` before one name (`文字/剪辑:宋越`)."""
    roles = _roles_alternation()
    return re.compile(rf"((?:{roles})(?:[/、](?:{roles}))+)\s*:\s*([^\s:()|]{{2,12}})")


@cache
def _listed_credit_pattern() -> re.Pattern[str]:
    roles = _roles_alternation()
    # a byline's closing 报道 (记者 甲乙 报道) is no name
    name = rf"(?!{roles}|报道|报导)[{HAN}]{{2,3}}(?:[\s?？、]+|$|(?=[/)]))"
    # a bar written 丨 (a Han character) after the role is no part of the name
    return re.compile(rf"({roles})\s*[?？丨]*\s*((?:{name})+)")


@cache
def _role_opening() -> re.Pattern[str]:
    return re.compile(r"\W*(" + _roles_alternation() + ")")


# A forum's jammer (random strings of one or two ASCII characters, a mark among them,
# spaced out around the copied words: `7 @8 a2 j s# l某某论坛+ T' b; M;`).
_JAMMER_TOKEN = re.compile(r"(?<!\S)(?=[!-~]{0,1}[^\sA-Za-z0-9])[!-~]{1,2}(?!\S)")
_JAMMER_TOKENS = 4  # a jammer line has at least this many such strings
JAMMER_HAN = 12  # and at most this many Han characters (a site's name, repeated)
_SENTENCE_END_MARK = re.compile("[。!?！？]")  # a jammed sentence of the report stays


def is_jammer_line(key: str) -> bool:
    """A short line of a forum's jammer strings around a few words.

    >>> is_jammer_line("7 @8 a2 j s# l某某论坛某某论坛+ T' b; M; j3 O7 e")
    True
    >>> is_jammer_line("型号 A-1 B-2 规格 C/3"), is_jammer_line("见附表 (1) (2)")
    (False, False)
    >>> is_jammer_line("( G. [+ [/ b# v& D c( G3 u4 y大会在国歌声中闭幕。")
    False
    """
    return (
        han_count(key) <= JAMMER_HAN
        and not _SENTENCE_END_MARK.search(key)
        and len(_JAMMER_TOKEN.findall(key)) >= _JAMMER_TOKENS
    )


_REPEATS_MIN = 4  # a spam line repeats one word at least this often
_REPEATED_SHARE = 0.75  # and the word makes up at least this share of its Han characters


def is_repeated_word_line(key: str) -> bool:
    """A spam line that repeats one short word between ASCII strings (`某词25某词j某词 …`):
    no sentence's end, one Han run of two to four characters at least four times, most
    of the line's Han characters. A report's line saying a word four times says more.

    >>> is_repeated_word_line("新词2555新词2555新词 新词j新词j注| 新词j乐:新词 |")
    True
    >>> is_repeated_word_line("会议强调，要抓落实、抓落实、抓落实、抓落实，务求实效。")
    False
    >>> is_repeated_word_line("合格 合格 合格 合格 合格")
    False
    """
    if _SENTENCE_END_MARK.search(key):
        return False
    runs = _HAN_RUN.findall(key)
    if len(runs) < _REPEATS_MIN:
        return False
    counts: dict[str, int] = {}
    for run in runs:
        if 2 <= len(run) <= 4:
            counts[run] = counts.get(run, 0) + 1
    if not counts:
        return False
    word, times = max(counts.items(), key=lambda item: item[1])
    if times < _REPEATS_MIN or times * len(word) < _REPEATED_SHARE * han_count(key):
        return False
    # glued to ASCII strings (词25词j), not a table row of one verdict between spaces
    glued = re.findall(rf"{re.escape(word)}(?=[!-~])|(?<=[!-~]){re.escape(word)}", key)
    return len(glued) >= _REPEATS_MIN // 2


# Round furn42: a web program's own error message printed into the page (PHP's `Notice:`,
# `Warning:`, `Deprecated:` … `in /var/www/…/functions.php on line 6114`), in English or
# translated in between: it opens with the level's word and names a server path and a line
# number, which no report does. Bounded, and anchored at the line's first word.
_PROGRAM_MESSAGE = re.compile(
    r"(?:PHP\s+)?(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)\s*:"
    r".{1,600}?\sin\s+/\S{1,300}\s+on\s+line\s+\d{1,7}\s*"
)


def line_kind(key: str) -> str | None:
    """The furniture kind of one folded, stripped line by its own shape, or None.

    >>> line_kind("欢迎访问某某县人民政府网站!"), line_kind("今天是2024年5月6日 星期一")
    ('welcome', 'date widget')
    >>> line_kind("本篇文章200字,读完约1分钟"), line_kind("![]()"), line_kind("次")
    ('reading time', 'no text', 'lone character')
    >>> line_kind("县政协召开常委会议") is None, line_kind("分享会召开") is None
    (True, True)
    """
    if not key:
        return None
    han = han_count(key)
    if han == 0:
        return "no text"
    if han == 1 and len(key) <= 3 and not any(ch.isdigit() for ch in key):
        return "lone character"
    if _PROGRAM_MESSAGE.fullmatch(key):
        return "program message"  # read before the length bound: such a line runs long
    if len(key) > 200:
        return None
    if is_jammer_line(key) or is_repeated_word_line(key):
        return "no text"
    for kind, pattern in _patterns():
        if pattern.fullmatch(key):
            return kind
    return _wrapped_kind(key)


# Round furn45b: a bar's item printed as an ordered list's item (`1. 检举`, `4. 推荐好友`:
# a page's <ol> of share buttons), and an outlet's name alone in book-title marks (a
# program's or paper's name under the report: `《某某新闻》`). The number or the marks are
# taken off and the rest judged again; only these kinds are read through them, as a
# report's own list item or a book's title alone on a line is never one of them.
_LIST_NUMBER = re.compile(r"\d{1,2}\s*[.．]\s+(?P<rest>\S.{0,15})")
_LIST_ITEM_KINDS = frozenset({"share", "follow", "comments", "font size", "qr code"})
_OUTLET_IN_MARKS = re.compile(r"《(?P<rest>[^《》]{2,14})》")
_OUTLET_KINDS = frozenset({"site name"})


def _wrapped_kind(key: str) -> str | None:
    """The kind of a bar's item under a list number, or of an outlet's name in 《》.

    >>> _wrapped_kind("1. 检举"), _wrapped_kind("《某某新闻》")
    ('share', 'site name')
    >>> _wrapped_kind("1. 加强组织领导") is None, _wrapped_kind("《政府工作报告》") is None
    (True, True)
    """
    for pattern, kinds in ((_LIST_NUMBER, _LIST_ITEM_KINDS), (_OUTLET_IN_MARKS, _OUTLET_KINDS)):
        m = pattern.fullmatch(key)
        if not m:
            continue
        rest = m.group("rest").strip()
        for kind, other in _patterns():
            if kind in kinds and other.fullmatch(rest):
                return kind
    return None


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def lead_overlap(key: str, lead: set[str]) -> float:
    """The share of a line's Han bigrams that the lead holds.

    >>> lead = _bigrams("5月6日,县政协召开九届常委会议。")
    >>> lead_overlap("县政协召开常委会议", lead) > 0.5, lead_overlap("政务要闻", lead)
    (True, 0.0)
    """
    grams = _bigrams(key)
    return len(grams & lead) / len(grams) if grams else 0.0


def _is_byline(key: str) -> bool:
    """A line that opens with a credit role is no banner (a whole-line reporter byline,
    `记者张三/综合报道`, is cut by its own pattern, kind "byline", its names kept)."""
    return any(key.startswith(role) for role in lines("credit_roles.txt"))


_CREDIT_NAME = re.compile(rf"[{HAN}](?:\s?[{HAN}]){{1,3}}")
# A unit's name alone, the value of a source field whose label was left empty on the line
# before (`信息来源:` / `某某县人民政府办公室`): a unit's word closes it, so a sentence or a
# person's name is no value. The chrome step reads the same field in a page's header.
SOURCE_UNIT = re.compile(
    rf"[{HAN}]{{2,24}}?(?:办公室|政府|委员会|融媒体中心|新闻中心|中心|局|委|办|部|站|所|街道|社区|镇|乡|"
    rf"日报|晚报|报社|新闻网|网|电视台|广播电视台)"
)
_LABEL_MAX_HAN = 4  # a place or site name alone on a line (`湖㳇镇`, `安庆`)
# Round furn45: a column's or a feature's name opening the page, every line above it cut
# (`外媒看某县`, `县长政见完成式` over the headline): longer than a place's name, still no
# headline (the headline row is below it) and no sentence (Han characters only).
_TOP_LABEL_MAX_HAN = 7
# A photo's caption names its scene (`讨论会现场`, `开幕式会场`): the report's, not a column.
_SCENE_END = re.compile("(?:现场|会场|一角|合影|掠影|剪影)$")


def _spaced_credit(key: str) -> list[tuple[str, str]]:
    """The credit of a line whose role is spaced out or jammed (`编 ? ?辑:张三`,
    `总策划:王 ? 飞`) or whose roles are joined (`文字/剪辑:宋越`), or [] for any other
    line.

    >>> _spaced_credit("编 ? ?辑:邹双爱"), _spaced_credit("总策划:王 ? 飞")
    ([('编辑', '邹双爱')], [('总策划', '王飞')])
    >>> _spaced_credit("文字/剪辑:宋越"), _spaced_credit("编辑 | 张三")
    ([('文字', '宋越'), ('剪辑', '宋越')], [('编辑', '张三')])
    >>> _spaced_credit("会议强调:要抓落实")
    []

    Names of two or three characters set apart by spaces are each a name:

    >>> _spaced_credit("主播:甲乙 丙丁戊")
    [('主播', '甲乙'), ('主播', '丙丁戊')]
    """
    listed = _spaced_names_field().fullmatch(key)
    if listed:
        return [(listed.group(1), name) for name in listed.group(2).split()]
    compact = re.sub(r"[\s?？]+", "", key)
    m = _joined_credit_pattern().fullmatch(compact)
    if m:
        return [(role, m.group(2)) for role in re.split("[/、]", m.group(1))]
    opening = _role_opening().match(compact)
    names = _names_after_role(key, opening.group(1)) if opening else []
    if names:  # `记 者 | 甲某某 乙 某`: each name, not the names run together
        return [(opening.group(1), name) for name in names]
    if opening and compact[opening.end() : opening.end() + 1] in ("|", "丨", "｜", "/"):
        # a bar or a slash between the role and the name (`编辑 | 张三`, `图 / 张三`)
        # says what a colon says
        compact = compact[: opening.end()] + ":" + compact[opening.end() + 1 :]
    m = _credit_pattern().fullmatch(compact)
    if m:
        return [(m.group(1), m.group(2))]
    return _byline_credit(key, compact)


# What sets a credit line's role apart from its names: a colon, a bar or a slash.
_ROLE_SEPARATOR = re.compile(r"\s*[:|丨｜/]\s*")


def _names_after_role(key: str, role: str) -> list[str]:
    """The names after a credit line's role (spaced out or not) and its separator, when
    spaces set apart two names or more: a single character beside another is half of a
    two-character name written spaced (`记 者 | 甲某某 乙 某`, as chat-app copies print
    credits); each name has two or three characters and opens with a surname, or [] is
    returned (the caller reads the line as before).

    >>> _names_after_role("记 者 | 刘某某 孙 某", "记者"), _names_after_role("编辑 | 张三", "编辑")
    (['刘某某', '孙某'], [])
    >>> _names_after_role("记者 | 深入 走访", "记者")  # no surname opens them: no names
    []
    """
    spaced_role = r"\s*".join(map(re.escape, role))
    m = re.match(rf"\W*?{spaced_role}", key)
    sep = _ROLE_SEPARATOR.match(key, m.end()) if m else None
    if not sep:
        return []
    tokens = [t for t in re.split(r"[\s?？、]+", key[sep.end() :]) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(tokens[i] + tokens[i + 1])  # 乙 某: one name written spaced
            i += 2
        else:
            names.append(tokens[i])
            i += 1
    ok = len(names) >= 2 and all(
        re.fullmatch(rf"[{HAN}]{{2,3}}", n) and opens_with_surname(n) for n in names
    )
    return names if ok else []


@cache
def _byline_pattern() -> re.Pattern[str]:
    roles = "|".join(sorted(lines("furniture_byline_roles.txt"), key=len, reverse=True))
    return re.compile(rf"({roles})([{HAN}]{{2,3}})(?:报道|报导|摄影|摄)?")


def _byline_credit(key: str, compact: str) -> list[tuple[str, str]]:
    """The credit of a reporter's byline alone on its line, a space after the role, the
    name bare (`记 者 甲 乙`, `记者 甲乙 报道`), or [] for any other line.

    >>> _byline_credit("记 者 甲 乙", "记者甲乙")
    [('记者', '甲乙')]
    >>> _byline_credit("记者 丙丁戊 报道", "记者丙丁戊报道")
    [('记者', '丙丁戊')]
    >>> _byline_credit("记者甲乙", "记者甲乙"), _byline_credit("图 片 新 闻", "图片新闻")
    ([], [])
    """
    m = _byline_pattern().fullmatch(compact)
    if not m or not re.match(rf"\W*{m.group(1)[0]}.*?{m.group(1)[-1]}\s", key):
        return []
    return [(m.group(1), m.group(2))]


def _listed_credits(key: str) -> list[tuple[str, str]]:
    """The credits of a line of roles and names without colons (`编辑 张三 李四 二审 王五`).

    >>> _listed_credits("编辑 张三 李四? ?二审 王五")
    [('编辑', '张三'), ('编辑', '李四'), ('二审', '王五')]
    >>> _listed_credits("2026/01/29 19:59 记者李四/某地报导")
    [('记者', '李四')]
    >>> _listed_credits("(记者 李四 通讯员 王五)")
    [('记者', '李四'), ('通讯员', '王五')]
    """
    credits = []
    for m in _listed_credit_pattern().finditer(key):
        credits.extend((m.group(1), name) for name in re.split(r"[\s?？、]+", m.group(2)) if name)
    return credits


def _spaced_listed_credits(key: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A cut line's reporters after their role with no colon (`记者  甲某某  乙某  来源:某某网`)
    that its other readings left: each name opens with a surname, or none is taken.

    >>> _spaced_listed_credits("记者  周某某  吴某   来源:某某网", [("来源", "某某网")])
    [('记者', '周某某'), ('记者', '吴某')]
    >>> _spaced_listed_credits("记者  走访  调研", [])
    []
    """
    if any(role != "来源" for role, _name in found):
        return []
    listed = _listed_credits(key)
    if not listed or not all(opens_with_surname(n) for _r, n in listed):
        return []
    return [credit for credit in listed if credit not in found]


_SLASHED = re.compile(
    rf"(文\s*[/、‧·.．]\s*(?:摄影|图片|图)|[文图摄])\s*[/:|丨]?\s*([{HAN}]{{2,3}})"
)
_SLASHED_ROLES = {
    "文": ("文字",),
    "图": ("图",),
    "图片": ("图",),
    "摄": ("摄影",),
    "摄影": ("摄影",),
}


def _slashed_credits(key: str) -> list[tuple[str, str]]:
    """The credits of a writer's and a photographer's line with a slash or a colon
    (`文/张三 图/李四`, `文:张三`, `文/图 王五`).

    >>> _slashed_credits("文/张三 图/李四"), _slashed_credits("文/图 王五")
    ([('文字', '张三'), ('图', '李四')], [('文字', '王五'), ('图', '王五')])
    >>> _slashed_credits("文:张三 摄:李四"), _slashed_credits("文丨张三 图 | 李四")
    ([('文字', '张三'), ('摄影', '李四')], [('文字', '张三'), ('图', '李四')])
    >>> _slashed_credits("文、摄影/张三")  # roles joined before one name
    [('文字', '张三'), ('摄影', '张三')]
    """
    credits = []
    for roles, name in _SLASHED.findall(key):
        for role in re.split(r"\s*[/、‧·.．]\s*", roles):
            credits.extend((full, name) for full in _SLASHED_ROLES[role])
    return credits


_NAME_ROLE_LINE = re.compile(rf"(?:(?:本报)?记者\s*)?(?:[{HAN}]{{2,3}}\s*/\s*[文图摄]\s*){{1,3}}")
_NAME_ROLE = re.compile(rf"([{HAN}]{{2,3}})\s*/\s*([文图摄])")
_NAME_ROLES = {"文": "文字", "图": "图", "摄": "摄影"}


def _name_role_credits(key: str) -> list[tuple[str, str]]:
    """The credits of a line of names each followed by their role after a slash
    (`甲乙/文 丙丁/图`, `记者 甲乙/文`), or [] for any other line.

    >>> _name_role_credits("记者 甲乙/文 丙丁/图"), _name_role_credits("文/甲乙")
    ([('文字', '甲乙'), ('图', '丙丁')], [])
    """
    if not _NAME_ROLE_LINE.fullmatch(key):
        return []
    return [(_NAME_ROLES[role], name) for name, role in _NAME_ROLE.findall(key)]


_SIGNED = re.compile(rf"\(\s*((?:[{HAN}]{{2,4}}\s*)+?)\s*(供稿|供图|摄影|摄|撰稿|撰文|报道)\s*\)")
_SIGNED_ROLES = {"摄": "摄影"}  # the role as the credits name it


def _signed_credits(key: str) -> list[tuple[str, str]]:
    """The credits of a bracketed signature with its role after the names.

    >>> _signed_credits("(卢义耀 供稿)"), _signed_credits("(王五 赵六 摄)")
    ([('供稿', '卢义耀')], [('摄影', '王五'), ('摄影', '赵六')])
    """
    m = _SIGNED.fullmatch(key)
    if not m:
        return []
    role = _SIGNED_ROLES.get(m.group(2), m.group(2))
    return [(role, name) for name in m.group(1).split()]


# What a byline says after its names: the place it reports from (`台南市 报导`, `/某地报导`).
_REPORTED_FROM = re.compile(rf"(?:[\s/◎]+[{HAN}]{{1,8}}?)?\s*(?:报导|报道)\s*[。.]?$")
# An outlet's byline: its name, a dash, the reporter and a place after a slash (某某新闻—张三/某地).
_OUTLET_BYLINE = re.compile(rf"[^\s—–─-]{{2,8}}\s*[—–─-]{{1,2}}\s*([{HAN}]{{2,3}})\s*/")


# The day the picture was taken, after 摄 (…摄,2019.05.09; …摄 113年7月23日: a Taiwan
# agency's caption dates its picture in the ROC calendar, in two or three digits);
# captions.py reads it too. At most three spaces or a comma before it: one bounded run,
# so that a long run of spaces after 摄 is not split every way when the day is absent.
SHOT_DAY = r"(?:[ \t\u3000,，]{0,3}\d{2,4}[./年-]\d{1,2}[./月-]\d{1,2}日?)"
# A photo credit's end: its role (摄, 摄影, 供图, a slash before it), and the day the
# picture was taken after it (…摄 113年7月23日).
_PHOTO_ROLE_END = re.compile(r"\s*/?\s*(?:摄影?|供图)$")
_SHOT_DAY_END = re.compile(SHOT_DAY + "$")


def _named_credits(kind: str, key: str) -> list[tuple[str, str]]:
    """The credits of a line whose names come before their role or after their unit.

    >>> _named_credits("photo credit", "樊坤太 摄")
    [('摄影', '樊坤太')]
    >>> _named_credits("photo credit", "某社记者王某某摄 113年7月23日")
    [('摄影', '王某某')]
    >>> _named_credits("source credit", "(某镇宣传科 王磊 李四)")
    [('来源', '王磊'), ('来源', '李四')]
    >>> _named_credits("source credit", "(某镇某某联络室:王磊)")
    [('来源', '王磊')]
    >>> _named_credits("byline", "某某日报记者 田进江 台南市 报导")
    [('记者', '田进江')]
    >>> _named_credits("byline", "李增汪/金宁报导。")  # a name with no role: the reporter
    [('记者', '李增汪')]
    >>> _named_credits("byline", "( 记者廖广学报导 )")
    [('记者', '廖广学')]
    >>> _named_credits("byline", "2022.05.17 记者 林某某 报导")  # no place before 报导
    [('记者', '林某某')]
    >>> _named_credits("byline", "甲乙丙◎某地报导")  # a ring for the slash
    [('记者', '甲乙丙')]
    >>> _named_credits("byline", "某某新闻—甲乙丙/某地")  # an outlet and a dash before the name
    [('记者', '甲乙丙')]
    """
    if kind == "byline" and (outlet := _OUTLET_BYLINE.match(key)):
        return [("记者", outlet.group(1))]
    if kind == "photo credit":
        # the names between the outlet's 记者 and 摄, the picture's day after 摄 left out
        names = _PHOTO_ROLE_END.sub("", _SHOT_DAY_END.sub("", key).rsplit("记者", 1)[-1])
        return [("摄影", name) for name in re.split(r"[\s/、]+", names) if name]
    if kind == "source credit":  # the unit, then its names (after a space or a colon)
        return [("来源", name) for name in re.split(r"[\s、:：]+", key.strip("() "))[1:] if name]
    names = _REPORTED_FROM.sub("", key.strip("() "))  # `( 记者张三报导 )` in brackets
    return (
        _listed_credits(names)
        # no place before 报导: what the place's pattern took was the name
        or _listed_credits(_REPORTED_WORD.sub("", key.strip("() ")))
        or ([("记者", names)] if _SIGNATURE.fullmatch(names) and names != "记者" else [])
    )


_REPORTED_WORD = re.compile(r"\s*(?:报导|报道)\s*[。.]?$")


@cache
def surnames() -> frozenset[str]:
    """The listed surnames (data/surnames.txt), of one character or two."""
    return frozenset(lines("surnames.txt"))


# Words a credit field may hold that name the outlet itself or no one (作者:本刊, 来源:本网):
# no person's credit (round credits45b).
_SELF_NAMES = frozenset({"本刊", "本报", "本网", "本台", "本站", "本社", "本号", "佚名"})


def names_no_one(name: str) -> bool:
    """Whether a credit's value names the outlet itself or no one.

    >>> names_no_one("本刊"), names_no_one("佚名"), names_no_one("本某某")
    (True, True, False)
    """
    return name.strip() in _SELF_NAMES


def opens_with_surname(name: str) -> bool:
    """Whether a name opens with a listed surname, of one character or two (司马).

    >>> opens_with_surname("王某某"), opens_with_surname("司马某"), opens_with_surname("出席")
    (True, True, False)
    """
    return name[:1] in surnames() or name[:2] in surnames()


_SIGNATURE = re.compile(f"[(（]?([{HAN}]{{2,3}})[)）]?")  # 司明, or in brackets: (司明)


# A unit alone on the page's last line, right under the report (某市政协某镇联络委员会):
# it signs the report. A notice's unit has its date under it, so is not the last line.
_UNIT_SIGNATURE = re.compile(
    rf"[{HAN}]{{2,20}}(?:委员会|联络委|工作委员会|办公室|办事处|人民政府|政府|服务中心|工作站)"
)


def _is_signature(key: str) -> bool:
    """A name alone on its line (`司明`): two or three Han characters opening with a
    surname.

    >>> _is_signature("司明"), _is_signature("台南市"), _is_signature("出席会议的有:")
    (True, False, False)
    >>> _is_signature("(司明)"), _is_signature("(司明")
    (True, False)
    """
    name = _SIGNATURE.fullmatch(key)
    if name is None or (key[0] in "(（") != (key[-1] in ")）"):
        return False
    name_text = name.group(1)
    return opens_with_surname(name_text)


def _signature_names(key: str) -> list[str]:
    """The names of a line of two to four names in brackets (`(甲某某 乙某某)`), each
    opening with a surname: the report's writers under it; [] for any other line.

    >>> _signature_names("(司明 王某某)"), _signature_names("(出席 会议)")
    (['司明', '王某某'], [])
    >>> _signature_names("(陈 某)"), _signature_names("(司明)")
    (['陈某'], [])
    """
    spaced = _SPACED_PAIRS.fullmatch(key)
    if spaced:  # two-character names written with a space inside: (甲 乙) or (甲 乙 丙 丁)
        chars = key.strip("()（） ").split()
        names = [chars[i] + chars[i + 1] for i in range(0, len(chars), 2)]
    elif _BRACKETED_NAMES.fullmatch(key):
        names = key.strip("()（） ").split()
        if len(names) < 2:
            return []
    else:
        return []
    # Round furn45: a given name the list lacks as a surname (天乐 of 郭颖 天乐) does not undo
    # the line: half of its names or more opening with a surname make it a signature.
    ok = 2 * sum(opens_with_surname(n) for n in names) >= len(names)
    return names if ok else []


_SPACED_PAIRS = re.compile(
    rf"[(（]\s*[{HAN}][ \u3000][{HAN}](?:\s+[{HAN}][ \u3000][{HAN}]){{0,2}}\s*[)）]"
)


def _next_key_row(rows: list[tuple[int, int, str]], i: int) -> int:
    """The next non-blank row after row i, or -1 (walked forward from i)."""
    return next((j for j in range(i + 1, len(rows)) if rows[j][2]), -1)


def _closes_page(
    rows: list[tuple[int, int, str]],
    kinds: list[str | None],
    i: int,
    tail_kinds: set[str],
    listed: set[int],
) -> bool:
    """Row i ends the page, or the next line opens the site's tail: a line of a tail
    kind, or the first of the list of other stories that closes the page (`listed`,
    from closing_list); a line with no text under it (a view count, 1373) is passed
    over, as a blank one is. Walks forward only from row i, and only while such lines
    last: linear over a page."""
    j = _next_key_row(rows, i)
    while j >= 0 and kinds[j] == "no text":
        j = _next_key_row(rows, j)
    return j < 0 or kinds[j] in tail_kinds or j in listed


@cache
def _role_closing() -> re.Pattern[str]:
    return re.compile("(" + _roles_alternation() + r")\W*$")


def _credit_pattern_role(key: str) -> str:
    """The role a credit line opens with (`[编辑:`) or ends with (`某某日报记者`).

    >>> _credit_pattern_role("[编辑:"), _credit_pattern_role("天眼日报记者")
    ('编辑', '记者')
    """
    m = _role_opening().match(key) or _role_closing().search(key)
    return m.group(1) if m else ""


_PLACE = re.compile(f"[{HAN}]{{2,8}}")


def _before_reported(rows: list[tuple[int, int, str]], i: int) -> bool:
    """The next line says `报导` (a byline broken over lines: 记者 / name / place /
    报导). Walks only the blank rows between the two lines: linear over a page."""
    j = _next_key_row(rows, i)
    return j >= 0 and rows[j][2] in ("报导", "报道")


def _key_before(rows: list[tuple[int, int, str]], i: int) -> str:
    """The key of the last non-blank row before row i (walked back from i, not a copy of
    the rows before it: called once per line, a copy would be quadratic)."""
    return next((rows[j][2] for j in range(i - 1, -1, -1) if rows[j][2]), "")


def _last_headline_row(
    rows: list[tuple[int, int, str]], kinds: list[str | None], first_body: int
) -> int:
    """The last row above the body long enough to be the page's headline (-1: none)."""
    return next(
        (
            j
            for j in range(first_body - 1, -1, -1)
            if kinds[j] is None and han_count(rows[j][2]) >= HEADLINE_MIN_HAN
        ),
        -1,
    )


def _is_label_above_headline(key: str, i: int, last_headline: int, page_top: bool = False) -> bool:
    """A place or site name alone above the page's headline (`湖㳇镇` over
    `湖㳇镇开展走访慰问活动`): the lead repeats it, but it is the site's label. The
    headline row is found once per page (`_last_headline_row`), not searched for from
    every such line (quadratic on a page of many).

    Round furn45: on the page's top (every line above it cut), a column's name of up to
    _TOP_LABEL_MAX_HAN (`外媒看某县` over the headline), not a photo's scene
    (`讨论会现场`); and between the headline and the lead, a label of up to
    _LABEL_MAX_HAN (`要闻` under the headline), however many of its words the lead says.

    >>> _is_label_above_headline("外媒看某县", 0, 1, page_top=True)
    True
    >>> _is_label_above_headline("外媒看某县", 0, 1)  # a line above it was kept
    False
    >>> _is_label_above_headline("讨论会现场", 0, 1, page_top=True)
    False
    >>> _is_label_above_headline("要闻", 2, 1), _is_label_above_headline("某县召开会议", 2, 1)
    (True, False)
    >>> _is_label_above_headline("要闻", 1, 1), _is_label_above_headline("要闻", 0, -1)
    (False, False)
    """
    if not _HAN_RUN.fullmatch(key) or han_count(key) < 2:
        return False
    if i < last_headline:
        if page_top and not _SCENE_END.search(key):
            return han_count(key) <= _TOP_LABEL_MAX_HAN
        return han_count(key) <= _LABEL_MAX_HAN
    return 0 <= last_headline < i and han_count(key) <= _LABEL_MAX_HAN


def _is_short_label(key: str) -> bool:
    """A word of two to four Han characters alone on its line (`要闻`, `某某镇`)."""
    return bool(_HAN_RUN.fullmatch(key)) and 2 <= han_count(key) <= _LABEL_MAX_HAN


def _in_label_run(
    rows: list[tuple[int, int, str]], i: int, row_before: list[int], row_after: list[int]
) -> bool:
    """Round furn45: row i and the non-blank row next to it (above or below) are each a
    short label (`首页` / `要闻`): a menu's items one a line. Read where the page has no
    headline row above its lead, so no label rule above can place them; a lone short line
    there may be the report's. Two neighbours looked at: linear over a page.

    >>> rows = [(0, 0, "首页"), (0, 0, "要闻"), (0, 0, "某县召开会议。")]
    >>> before, after = [-1, 0, 1], [1, 2, -1]
    >>> _in_label_run(rows, 0, before, after), _in_label_run(rows, 2, before, after)
    (True, False)
    """
    if not _is_short_label(rows[i][2]):
        return False
    j, k = row_before[i], row_after[i]
    return (j >= 0 and _is_short_label(rows[j][2])) or (k >= 0 and _is_short_label(rows[k][2]))


_PLACE_LEVELS = "省市县区镇乡村旗州盟"


def _is_place_label(key: str) -> bool:
    """A place's name alone (`某某镇`, `某县`): right above the lead, which names it again,
    it is the site's column label, no headline (a headline says what happened).

    >>> _is_place_label("某甲镇"), _is_place_label("某县"), _is_place_label("会议强调")
    (True, True, False)
    """
    return (
        2 <= han_count(key) <= _LABEL_MAX_HAN
        and bool(_HAN_RUN.fullmatch(key))
        and key[-1] in _PLACE_LEVELS
    )


# A headline's first line that names who (市领导不打招呼, 县长某某亲自上阵): a level or
# a group before a post's word, a few words after it, no mark between; a column's name
# (领导活动, 领导之窗, 市领导动态) ends with its column word instead.
_DOER_LINE = re.compile(
    rf"[{HAN}]{{0,6}}?(?:领导|书记|[县市区镇乡州]长|主席|主任|干部)[{HAN}]{{2,8}}"
)
_COLUMN_END = re.compile(r"(?:活动|动态|信息|之窗|风采|专栏|讲话|分工|简介|介绍|要闻|新闻)$")
_DOER_LINE_MAX_HAN = 12
_POST_WORD = re.compile(r"领导|书记|长|主席|主任|干部|委|会|局|组|团|政府|[省市县区镇乡村]")
_SUBJECTLESS_HEAD = 6  # characters before a headline's verb that name no one


@cache
def _deed_verbs() -> re.Pattern[str]:
    """The verbs a title says its deed with (data/title_predicates.txt, the title step's)."""
    words = sorted(lines("title_predicates.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def is_subject_line(key: str, headline: str) -> bool:
    """A short line naming who right above a headline row that names no one before its
    verb (`市领导不打招呼` over `直奔企业督查安全生产`): the headline's first line, broken
    off at a blank row, not a banner, however few of its words the lead repeats.

    >>> is_subject_line("市领导不打招呼", "直奔企业督查安全生产")
    True
    >>> is_subject_line("市领导活动", "直奔企业督查安全生产")
    False
    >>> is_subject_line("市领导不打招呼", "市长某某督查安全生产")
    False
    """
    if not 4 <= han_count(key) <= _DOER_LINE_MAX_HAN or not _DOER_LINE.fullmatch(key):
        return False
    if _COLUMN_END.search(key):
        return False
    verb = _deed_verbs().search(headline)
    if verb is None or verb.start() > _SUBJECTLESS_HEAD:
        return False
    verb = verb.start()
    return _POST_WORD.search(headline[:verb]) is None


_HEADLINE_VERB_HAN = 8  # a headline that holds a verb has at least this many Han characters


@cache
def _headline_verbs() -> tuple[str, ...]:
    return lines("furniture_headline_verbs.txt")


def _is_headline_shaped(key: str, i: int, last_headline: int) -> bool:
    """The page's headline row, long and holding a verb (`广州30日将正式选出市长副市长`):
    no banner, however few words the lead repeats. The headline row is found once per
    page; the verbs are a short fixed list.

    >>> _is_headline_shaped("广州30日将正式选出市长副市长", 0, 0)
    True
    >>> _is_headline_shaped("某某县人民政府门户网站", 0, 0), _is_headline_shaped("政务要闻", 0, 0)
    (False, False)
    """
    return (
        i == last_headline
        and han_count(key) >= _HEADLINE_VERB_HAN
        and any(verb in key for verb in _headline_verbs())
    )


_STAMP_ROW_KINDS = frozenset({"date line", "site and time", "time and fields"})
_STAMPED_HEADLINE_HAN = 10  # a column's name over a date row is shorter (乡镇动态, 工作信息)


def is_headline_over_stamp(key: str, i: int, row_after: list[int], kinds: list[str | None]) -> bool:
    """Round furn44b: the page's headline stands right over its date-and-source row
    (`某某市政府设12个副秘书长 称各地情况不同(3)` / `2008年11月28日 08:15 来源:某某网`): no
    banner, though the lead under it repeats none of its words (page 3 of a report
    split over pages, its own subheads above its lead). A column's name over a date
    row is short, so the line needs ten Han characters; read once per row.

    >>> kinds = [None, "time and fields", None]
    >>> is_headline_over_stamp("某某市政府设12个副秘书长 称各地情况不同", 0, [1, 2, -1], kinds)
    True
    >>> is_headline_over_stamp("乡镇工作动态", 0, [1, 2, -1], kinds)
    False
    >>> is_headline_over_stamp("某某市政府设12个副秘书长 称各地情况不同", 1, [1, 2, -1], kinds)
    False
    """
    j = row_after[i]
    return j >= 0 and kinds[j] in _STAMP_ROW_KINDS and han_count(key) >= _STAMPED_HEADLINE_HAN


# A kicker ending in a verb of saying (张三在全县安全生产工作会议上强调): neither it nor
# the headline under it (what was said: 压紧压实责任 确保安全稳定) is a banner, whatever
# words the lead repeats (a banner or a column name never ends in 强调 or 要求).
_KICKER_END = re.compile(r"(?:——|--|－－)\s*$")
_KICKER_HAN = 12  # a paper's kicker over its headline (某某区——) is this short


def is_kicker(text: str, row: tuple[int, int, str]) -> bool:
    """A paper's kicker: a short line ending with a dash (某某区——), the headline under it
    goes on from it (some words the lead does not repeat), so that headline is no banner.
    Read in the line as written: the row's key has lost its edge dashes.

    >>> is_kicker("某某区——\\n", (0, 6, "某某区")), is_kicker("某某区\\n", (0, 4, "某某区"))
    (True, False)
    """
    start, end, key = row
    return 2 <= han_count(key) <= _KICKER_HAN and bool(_KICKER_END.search(text[start:end]))


_SAYING_KICKER = re.compile(rf"[{HAN}]{{4,}}(?:强调|指出|要求|表示|提出)[:：]?")


def is_said_headline(key: str) -> bool:
    """Whether a line is a kicker that ends in a verb of saying (so that the line under
    it is the headline it introduces).

    >>> is_said_headline("张三在全县安全生产工作会议上强调"), is_said_headline("政务要闻")
    (True, False)
    """
    return bool(_SAYING_KICKER.fullmatch(key))


_SUMMARY_LABEL = re.compile(r"^\W*(?:[^:】\]]{1,6}:|[^:】\]]{1,6}[】\]]\s*:?)\s*")
_SUMMARY_PROBE = 12  # characters of a summary the text below must repeat
# A reporter's byline opening the summary's words (记者甲乙丙报道:6月29日,…): the credits
# step has cut it from the lead below, so the lead repeats the words after it.
_SUMMARY_BYLINE = re.compile(
    rf"^(?:本报|本网)?记者\s*[{HAN}]{{2,3}}(?:[、\s]+[{HAN}]{{2,3}}){{0,3}}\s*(?:报道|报导)\s*[:,，]?\s*"
)


# A date opening a summary's words (2017年1月10日下午,…): the lead below may write it
# otherwise (a year or a mark lost, 近日), so the words after it are the probe too.
_SUMMARY_DATE = re.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*"
    r"(?:上午|下午|晚上|晚间|早上|中午|凌晨)?\s*[,，]?\s*"
)


def _summary_repeated(text: str, key: str, end: int) -> bool:
    """A summary box (`核心提示:…`) whose opening words the text after it repeats: the
    lead's own words, shown twice. One search from the line's end (a page has one such
    box; the step checks only the first), and one more for the words after a date that
    opens the summary.

    >>> _summary_repeated("核心提示:某县召开常委会议,研究工作\\n某县召开常委会议,研究工作。",
    ...                   "核心提示:某县召开常委会议,研究工作", 19)
    True
    >>> _summary_repeated("文章简介: 记者王某某报道:6月9日,某县召开会议\\n6月9日,某县召开会议。",
    ...                   "文章简介: 记者王某某报道:6月9日,某县召开会议", 25)
    True

    Its label may stand in brackets, with no colon (`【摘要】 …`):

    >>> _summary_repeated("【摘要】 某县召开常委会议,研究工作\\n某县召开常委会议,研究工作。",
    ...                   "【摘要】 某县召开常委会议,研究工作", 19)
    True
    """
    words = _SUMMARY_BYLINE.sub("", _SUMMARY_LABEL.sub("", key, count=1), count=1)
    after = fold(text[end:]).text
    probe = words[:_SUMMARY_PROBE]
    if probe and after.find(probe) >= 0:
        return True
    dateless = _SUMMARY_DATE.sub("", words, count=1)[:_SUMMARY_PROBE]
    return dateless != probe and len(dateless) == _SUMMARY_PROBE and after.find(dateless) >= 0


_INJECTED_HAN = 10  # an ad keyword pushed into a sentence has at most this many Han
_CLAUSE_MARKS = ",，、"
_SENTENCE_MARKS = re.compile(r"[,，、。!?;；:：]")


def neighbour_rows(rows: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """For each row, the nearest non-blank row before it and after it (-1: none), found
    in one pass each way: linear, however many blank rows a page has.

    >>> neighbour_rows([(0, 1, "a"), (1, 2, ""), (2, 3, "b")])
    ([-1, 0, 0], [2, 2, -1])
    """
    before, after = [-1] * len(rows), [-1] * len(rows)
    last = -1
    for i, row in enumerate(rows):
        before[i] = last
        last = i if row[2] else last
    last = -1
    for i in range(len(rows) - 1, -1, -1):
        after[i] = last
        last = i if rows[i][2] else last
    return before, after


def is_injected_keyword(key: str, key_before: str, key_after: str) -> bool:
    """A short phrase on its own line inside a sentence: the line before breaks off at a
    comma and the line after opens with one (`…上报告台,` / `关键字优化价格` /
    `,全程坐在…`). A spam site's ad keyword pushed into a copied report: no sentence
    breaks at a comma to start the next line with another.

    >>> is_injected_keyword("椰子水", "宜兰县议会议长上报告台,", ",一开议,")
    True
    >>> is_injected_keyword("会议强调", "5月6日,县政协召开常委会议。", "要抓落实。")
    False
    """
    return (
        0 < han_count(key) <= _INJECTED_HAN
        and not _SENTENCE_MARKS.search(key)
        and key_before[-1:] in tuple(_CLAUSE_MARKS)
        and key_after[:1] in tuple(_CLAUSE_MARKS)
    )


_CLAUSE_BREAK = re.compile(rf"[{HAN}\d][,，][{HAN}]")
_BANNER_MAX_CLAUSES = 1  # a slogan banner has at most this many commas between words


def _holds_clauses(key: str) -> bool:
    """A line with two commas or more between words (`5月6日,在…声中,某某市首个`):
    a sentence broken over lines, not a banner.

    >>> _holds_clauses("墙体广告 5月6日,在雄壮的国歌声中,某某市首个")
    True
    >>> _holds_clauses("某某政务,服务为民")
    False
    """
    return len(_CLAUSE_BREAK.findall(key)) > _BANNER_MAX_CLAUSES


def is_clause_piece(key: str) -> bool:
    """A line that opens or closes with a clause's comma (`某市公所昨天表扬资深邻长,` /
    `,共有168个邻长获奖,`): a piece of a sentence broken over lines (a spam site pushes
    its ad words between the pieces of a copied report): prose but for its numerals, never
    a banner nor a widget by shape. A greeting (`欢迎您,`) is too short to be one.

    >>> is_clause_piece("某市公所昨天表扬资深邻长,"), is_clause_piece(",共有168个邻长获奖,")
    (True, True)
    >>> is_clause_piece("某某政务,服务为民"), is_clause_piece("欢迎您,")
    (False, False)
    """
    return (
        (key[:1] in _CLAUSE_MARKS or key[-1:] in _CLAUSE_MARKS)
        and han_count(key) >= HEADLINE_MIN_HAN
        and not _NOT_PROSE.search(_NUMERALS.sub("", key))
    )


# A lead's dated opening that a list goes on from (`2031年5月6日某镇长调度禁烧工作：` over
# `一、要落实责任。…`): short, but the report's first sentence, no banner.
_DATED_OPENING = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^。！？!?]*[:：]")


def _list_lead_row(rows: list[tuple[int, int, str]], kinds: list, first_body: int) -> int:
    """The row right above the first body row (blank rows aside) when it is the lead's
    dated opening ending with a colon, its list below; -1 otherwise.

    >>> rows = [(0, 9, "某镇调度禁烧工作"), (9, 30, "2031年5月6日某镇长调度禁烧工作:"),
    ...         (30, 60, "一、要落实责任。镇村干部务必加强认识。")]
    >>> _list_lead_row(rows, [None, None, None], 2)
    1
    >>> _list_lead_row(rows[::2], [None, None], 1)
    -1
    """
    i = first_body - 1
    while i >= 0 and not rows[i][2]:
        i -= 1
    if i < 0 or kinds[i] is not None:
        return -1
    key = rows[i][2].strip()
    if han_count(key) < HEADLINE_MIN_HAN or not _DATED_OPENING.fullmatch(key):
        return -1
    return i


def _is_body(key: str) -> bool:
    return han_count(key) >= _BODY_HAN or "。" in key


_MENU_WORDS = 6  # a menu line has this many words or more, each of at most 4 characters
_MENU_WORD = 4


def _is_word_menu(key: str) -> bool:
    """A line of short words separated by spaces (`财经 娱乐 艺文 汽车 时尚 体育`): a
    site's menu above the lead (below it, the same shape may be a list of names).

    >>> _is_word_menu("财富自由 财经 娱乐 艺文 汽车 时尚 体育"), _is_word_menu("县政协召开常委会议")
    (True, False)
    """
    words = key.split()
    return len(words) >= _MENU_WORDS and all(len(word) <= _MENU_WORD for word in words)


_CUT_SHORT = re.compile(rf"[{HAN}\d](?:\.{{2,}}|…+)$")
_TEASER_MIN_HAN = 8


def is_cut_teaser(key: str) -> bool:
    """A line cut short in the middle of a word with dots (`…主持召开部常务会议,进..`), no
    sentence's end before them: a story's teaser as a list shows it. The caller asks only
    of lines above the report's lead that share almost nothing with it (another story's).

    >>> is_cut_teaser("10月5日,某部部长主持召开部务会议,进.."), is_cut_teaser("会议强调……")
    (True, False)
    >>> is_cut_teaser("县政协召开常委会议。会议强调要抓落实..")
    False
    """
    return (
        bool(_CUT_SHORT.search(key))
        and han_count(key) >= _TEASER_MIN_HAN
        and not _SENTENCE_END_MARK.search(key)
    )


_MENU_LONG_WORD = 5  # a menu as long as a body line may hold words of five (最多人浏览)
# A field's label, then a run of words with no clause mark (地区新闻网:台湾基隆台北新北…).
_LABELLED_RUN = re.compile(rf"[^:：,，、。;；!?！？\s]{{1,8}}[:：]\s*[{HAN}]{{20,}}")


def is_menu_lead(key: str) -> bool:
    """A line as long as a body line that is a site's menu, not the report's lead: six
    short words or more set apart by spaces (of at most five characters each; names
    that each open with a surname are a roster, no menu), or a field's label and a run
    of words without a clause mark. The caller asks only of the lines that would open
    the report.

    >>> is_menu_lead("新闻总览 图片集 最多人浏览 民调中心 公共消息 公私立招考 达人系列 寺庙宗教")
    True
    >>> is_menu_lead("地区新闻网:东城西城南城北城中城上城下城左城右城前城后城")
    True
    >>> is_menu_lead("王建国 李明华 张卫东 刘晓明 陈志强 杨小平 赵大海 周明亮 吴国庆 郑永生")
    False
    >>> is_menu_lead("5月6日,县政协召开九届常委会议,主席王五主持会议并讲话,副主席李四出席。")
    False
    """
    words = key.split()
    if (
        len(words) >= _MENU_WORDS
        and all(len(word) <= _MENU_LONG_WORD for word in words)
        and not _is_spaced_roster(key)
    ):
        return True
    return bool(_LABELLED_RUN.fullmatch(key))


_TICKER_GAP = re.compile(r"\s{3,}")  # a ticker's items are set apart by runs of spaces
_TICKER_ITEMS = 3  # a ticker shows at least this many headlines on one line


def is_headline_ticker(key: str) -> bool:
    """A line of other stories' headlines set apart by runs of spaces (a site's ticker:
    `某市举办创业大赛      某区启动改造工程      某县推进乡村振兴`): three items or more,
    each shaped like a headline (_is_listed_headline). The caller asks only of lines
    above the report's first body line (a table row inside a report has the same gaps).
    A headline with its sub-headlines has single spaces between its parts.

    >>> is_headline_ticker("某市举办创业大赛      某区启动改造工程      某县推进乡村振兴")
    True
    >>> is_headline_ticker("某镇人代会开幕 听取政府工作报告 审议预算 选举镇长")
    False
    """
    items = _TICKER_GAP.split(key.strip())
    return len(items) >= _TICKER_ITEMS and all(_is_listed_headline(item) for item in items)


def ticker_rows(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> list[int]:
    """The headline tickers above the report's first body line (a ticker is as long as
    a body line, so it is found before the body is: walked from the top, stopping at the
    first body line that is no ticker). Linear.

    >>> ticker_rows([(0, 0, "某市举办创业大赛      某区启动改造工程      某县推进乡村振兴"),
    ...              (0, 0, "5月6日,县政协召开九届常委会议,主席王五主持,会议听取了报告。")],
    ...             [None, None])
    [0]
    """
    found = []
    for i, (_s, _e, key) in enumerate(rows):
        if not key or kinds[i] is not None:
            continue
        if is_headline_ticker(key):
            found.append(i)
        elif _is_body(key):
            break
    return found


_LIST_MIN = 3  # headlines in a run that makes a list of other stories
_LIST_HAN = (6, 40)  # a headline of another story has this many Han characters
# What a headline of another story never holds: a sentence's or clause list's end, a
# colon that introduces something, an item number, a date (a signature's), a
# parenthesised credit.
_NOT_LISTED_HEADLINE = re.compile(
    r"[。!?;；]|[:：]$|^\s*(?:[一二三四五六七八九十]+[是、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])"
    r"|\d{2,4}\s*年\s*\d{1,2}\s*月|^[(（].*[)）]$"
)


def _is_listed_headline(key: str) -> bool:
    """A line shaped like the headline of another story (`县政协召开专题协商会`).

    >>> _is_listed_headline("市领导调研乡村振兴工作"), _is_listed_headline("一是加强组织领导")
    (True, False)
    >>> _is_listed_headline("2024年5月6日"), _is_listed_headline("张三")
    (False, False)
    """
    low, high = _LIST_HAN
    return low <= han_count(key) <= high and not _NOT_LISTED_HEADLINE.search(key)


def closing_list(
    rows: list[tuple[int, int, str]],
    kinds: list[str | None],
    last_body: int,
    shaped: frozenset[int] | set[int] = frozenset(),
) -> list[int]:
    """The rows of a list of other stories that ends the page with no marker above it:
    the run of headline-shaped lines after the last body line, reaching the end of the
    text (blank lines and furniture between them allowed), when it has _LIST_MIN lines
    or more. Furniture is a line of a known kind or one the shape model cut (`shaped`,
    from shaped_rows: a list's own label between its items, 图片报道). A signature, a
    date, a credit or a sentence ends the run, so the report's own closing lines stay.
    Walks the rows once from the end: linear."""
    run: list[int] = []
    for i in range(len(rows) - 1, last_body, -1):
        key = rows[i][2]
        if not key or kinds[i] is not None or i in shaped:
            continue
        if not _is_listed_headline(key) or _credit_pattern().match(key) or _is_post_roster(key):
            break  # a roster line (村委会主任：某某) is the report's, no other story's headline
        run.append(i)
    if len(run) < _LIST_MIN or _report_captions(rows, kinds, last_body, run):
        return []
    return run


# Round furn46: the headings of a list of other stories (相关文章, 更多新闻; 更多 alone, a
# read-more label, heads such a list too), as line_kind names them.
_LIST_HEADING_KINDS = frozenset({"related", "read more"})


def without_listed_tail(
    rows: list[tuple[int, int, str]], kinds: list[str | None], body: list[int]
) -> list[int]:
    """The body rows without those at its end that stand under a related-stories heading
    (related, read more) below the report's first body line and are shaped like another
    story's headline (_is_listed_headline: no sentence end, at most 40 Han characters): a
    listed headline as long as a body line (30 Han characters or more) is the list's,
    not the report's last line, so closing_list finds the whole list below the heading.
    One pass to find the last heading, then the body's end popped: linear.

    >>> rows = [(0, 0, "5月6日,县政协召开九届常委会议,主席王五主持,会议听取了常委会工作报告。"),
    ...         (0, 0, "相关文章"), (0, 0, "某区举办创业大赛"),
    ...         (0, 0, "某县启动老旧小区改造工程 计划三年内完成全县一百二十个小区的改造任务")]
    >>> without_listed_tail(rows, [None, "related", None, None], [0, 3])
    [0]
    """
    if not body:
        return body
    heading = -1
    for i, kind in enumerate(kinds):
        if kind in _LIST_HEADING_KINDS and i > body[0]:
            heading = i
    end = len(body)
    while end > 1 and body[end - 1] > heading >= 0 and _is_listed_headline(rows[body[end - 1]][2]):
        end -= 1
    return body[:end]


# Round furn45: a caption under a report names its people and its event in the report's
# own words (`某镇镇委书记某某在开幕式上致辞` under a lead that says 在开幕式上致辞), while
# another story's headline tells of another event. A run of this many Han characters, in
# one piece, shared with the report's lines above, marks a line as the report's.
_CAPTION_SHARED = 5


def _report_captions(
    rows: list[tuple[int, int, str]], kinds: list[str | None], last_body: int, run: list[int]
) -> bool:
    """Whether a closing run of headline-shaped lines is the report's photo captions, not
    a list of other stories: more than half of its lines share a run of _CAPTION_SHARED
    Han characters with the report's own lines above it (lines of no furniture kind, up
    to the last body line). The listed lines' runs are gathered once (a few short lines)
    and the report's runs are each looked up in them, in one pass that stops once more
    than half are found: linear, with memory the size of the listed lines.

    >>> rows = [(0, 0, "某镇举办集市开幕式，县长甲乙在开幕式上致辞。"),
    ...         (0, 0, "镇长丙丁在开幕式上致辞"), (0, 0, "副镇长戊己在开幕式上致辞"),
    ...         (0, 0, "县长甲乙在开幕式上致辞")]
    >>> _report_captions(rows, [None] * 4, 0, [1, 2, 3])
    True
    >>> rows[1:] = [(0, 0, "市政协召开常委会议"), (0, 0, "副市长调研春耕工作"),
    ...             (0, 0, "县长甲乙看望敬老院老人")]
    >>> _report_captions(rows, [None] * 4, 0, [1, 2, 3])
    False
    """
    size = _CAPTION_SHARED
    holders: dict[str, list[int]] = {}  # each listed line's runs (a few lines: small)
    for i in run:
        han = "".join(HAN_CHAR.findall(rows[i][2]))
        for j in range(len(han) - size + 1):
            holders.setdefault(han[j : j + size], []).append(i)
    shared: set[int] = set()
    for i in range(min(last_body, len(rows) - 1) + 1):
        if kinds[i] is None and rows[i][2]:
            han = "".join(HAN_CHAR.findall(rows[i][2]))
            for j in range(len(han) - size + 1):
                shared.update(holders.get(han[j : j + size], ()))
        if 2 * len(shared) > len(run):
            return True
    return False


# A date written with 年月日 alone on its line (`2023年08月16日`): above the report's
# second body line it is the page's date stamp by the headline; below, it may be a
# notice's own date under its signature, which stays.
_DATE_ALONE = re.compile(
    r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?"
)
_DATE_ALONE_DASHED = re.compile(r"\s*(?:19|20)\d\d\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}\s*")
_WATERMARK_MIN = 4  # a site's name glued to paragraphs has at least this many characters
_WATERMARKS_MAX = 3  # site names per page looked for at paragraph ends (bounded work)
_SENTENCE_END = "。！？!?”」』）)"


def watermark_spans(
    text: str, rows: list[tuple[int, int, str]], names: list[str], cut: set[int]
) -> list[tuple[int, int, str, str]]:
    """The site names the page shows alone on a line (cut as furniture) that are also
    glued to the end of a kept line after its sentence's end (`…良策。X安康新闻网`): a
    watermark on each paragraph. At most _WATERMARKS_MAX names, each compared with
    each line's end once: linear.

    >>> text = "某某新闻网\\n县政协召开会议。某某新闻网\\n"
    >>> watermark_spans(text, [(0, 5, "某某新闻网"), (6, 19, "县政协召开会议。某某新闻网")],
    ...                 ["某某新闻网"], {0})
    [(14, 19, 'furniture', '网站名称')]
    """
    spans = []
    names = [name for name in dict.fromkeys(names) if len(name) >= _WATERMARK_MIN]
    for start, end, _key in rows:
        if start in cut:
            continue
        line = text[start:end].rstrip()
        for name in names[:_WATERMARKS_MAX]:
            before = line[-len(name) - 1 : -len(name)]
            if line.endswith(name) and before and before in _SENTENCE_END:
                end = start + len(line)
                spans.append((end - len(name), end, "furniture", kind_note("site name")))
                break
    return spans


_GLUED_WIDGET_MAX = 12  # a widget's words glued after the last sentence are this short
_GLUED_WIDGET_KINDS = ("share", "counter", "comments")
_GLUED_WIDGET = re.compile(
    rf"[{re.escape(_SENTENCE_END)}](\s{{1,8}}[^{re.escape(_SENTENCE_END)}]{{1,{_GLUED_WIDGET_MAX}}})$"
)


def glued_widget_span(
    text: str, rows: list[tuple[int, int, str]], cut: set[int]
) -> list[tuple[int, int, str, str]]:
    """A share bar's or counter's words glued, after a space, to the end of the report's
    last kept line, after its sentence's end (`…新台阶。 赞赏 |`): the page's widget row
    flowed into the paragraph. Only the last line, only what follows a sentence end and a
    space, and only when those words alone are a widget's line; one look at one line.

    >>> text = "县政协召开会议。 赞赏 |\\n"
    >>> glued_widget_span(text, [(0, 14, "县政协召开会议。 赞赏")], set())
    [(8, 13, 'furniture', '分享栏')]
    """
    kept = [(start, end) for start, end, key in rows if key and start not in cut]
    if not kept:
        return []
    start, end = kept[-1]
    line = text[start:end].rstrip()
    m = _GLUED_WIDGET.search(line)
    if not m:
        return []
    tail = fold(m.group(1)).text.strip().lstrip(_EDGE_LEFT).rstrip(_EDGE_RIGHT)
    kind = line_kind(tail) if tail else None
    if kind not in _GLUED_WIDGET_KINDS:
        return []
    return [(start + m.start(1), start + len(line), "furniture", kind_note(kind))]


# Credits glued after the report's last sentence on its line (`…稳定。编辑 张三 审核 李四`,
# `…稳定。 文/张三 图/李四`): the page's credit line flowed into the paragraph. Only the last
# kept line, only what follows a sentence end, and only when those words alone are a line
# of credits of these kinds (roles and names, no sentence).
_GLUED_CREDIT_MAX = 40
_GLUED_CREDIT_KINDS = ("credit list", "credit fields")
_GLUED_CREDIT = re.compile(
    rf"[{re.escape(_SENTENCE_END)}](\s{{0,8}}[^{re.escape(_SENTENCE_END)}，,]{{4,{_GLUED_CREDIT_MAX}}})$"
)


def glued_credit_span(
    text: str, rows: list[tuple[int, int, str]], cut: set[int]
) -> tuple[list[tuple[int, int, str, str]], list[tuple[str, str]]]:
    """The credits glued after the last sentence of the report's last kept line: the
    span to cut and the credits it names; one look at one line.

    >>> text = "县政协召开会议。编辑 张三 审核 李四\\n"
    >>> glued_credit_span(text, [(0, 19, "县政协召开会议。编辑 张三 审核 李四")], set())
    ([(8, 19, 'furniture', '署名行')], [('编辑', '张三'), ('审核', '李四')])
    >>> glued_credit_span("县政协召开会议。编辑部全体参加\\n", [(0, 15, "")], set())
    ([], [])
    """
    kept = [(start, end) for start, end, key in rows if key and start not in cut]
    if not kept:
        return [], []
    start, end = kept[-1]
    line = text[start:end].rstrip()
    m = _GLUED_CREDIT.search(line)
    if not m:
        return [], []
    tail = fold(m.group(1)).text.strip()
    kind = line_kind(tail) if tail else None
    if kind not in _GLUED_CREDIT_KINDS:
        return [], []
    found = _listed_credits(tail) or _slashed_credits(tail) or _credit_pattern().findall(tail)
    if not found:
        return [], []
    return [(start + m.start(1), start + len(line), "furniture", kind_note(kind))], found


# A table cell's bar glued after a paragraph's last sentence (`…新台阶。 |`): what a copy of a
# page laid out in a table leaves at a line's end. Only a bar after a sentence end and a space.
_GLUED_BAR = re.compile(rf"(?<=[{re.escape(_SENTENCE_END)}])[ \t\u3000]+[|｜]+[ \t\u3000]*$")


def glued_bar_spans(
    text: str, rows: list[tuple[int, int, str]], taken: set[int]
) -> list[tuple[int, int, str, str]]:
    """The bars glued after the last sentence of kept lines (rows starting in `taken` are
    already cut or edited): each its own edit, the line's words untouched.

    >>> text = "县政协召开会议。 |\\n会议强调,要抓落实。\\n"
    >>> rows = [(0, 10, "县政协召开会议。 |"), (11, 21, "会议强调,要抓落实。")]
    >>> glued_bar_spans(text, rows, set())
    [(8, 10, 'furniture', '句末的表格竖线')]
    >>> glued_bar_spans("分为甲|乙两组。\\n", [(0, 8, "分为甲|乙两组。")], set())
    []
    """
    spans = []
    for start, end, key in rows:
        if not key or start in taken:
            continue
        m = _GLUED_BAR.search(text[start:end])
        if m:
            spans.append((start + m.start(), start + m.end(), "furniture", kind_note("glued bar")))
    return spans


# A copy's date stamp glued before its first line's words (` date 2026-02-06 某市长…`): the
# page's date set on the same line as the lead; only at the very start of the text.
_GLUED_DATE_STAMP = re.compile(r"\s*date\s+\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+(?=\S)")
# A date with its time of day (2018/12/25 10:25, 2020-09-09 10:28:18, 2012年10月28 17:37): a
# page's publishing time, not an event's (an event's time is written 上午9时).
_TIMED_DATE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)|年\s*(?P<m2>\d{1,2})\s*月)"
    r"\s*(?P<d>\d{1,2})(?!\d)\s*日?"
)
_TIME_OF_DAY = re.compile(r"\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)")
# The year written last (14.11.2014 16:50, 25/03/2031 09:10): a European or American site
# template's order. Dotted, the day comes first (the European way: 04.03.2019 13:40 stamped a
# report of 3月3日); with a slash or a dash either order is in use, so only a date that one
# order alone can read is taken (25/03: the day first; 03/25: the month first; 04/03: neither).
_YEAR_LAST_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
_MONTHS = 12


def _year_last_day(m: re.Match[str]) -> str:
    """The day a year-last date names (YYYY-MM-DD), or "" when its order is unknown."""
    a, b = int(m.group("a")), int(m.group("b"))
    if m.group("sep") == "." or (a > _MONTHS >= b):
        day, month = a, b
    elif b > _MONTHS >= a:
        day, month = b, a
    else:  # 04/03/2031: the 4th of March or the 3rd of April
        return ""
    return _iso_day(int(m.group("y")), month, day)


def _iso_day(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # 30.02.2031: no such day
        return ""


def timed_date(key: str, at_start: bool = False) -> str:
    """The first date of a line that a time of day follows (as YYYY-MM-DD), or "": in a
    line without words above the body's second line (under the lead photo's caption), or
    opening a line of fields, it is the page's publishing time. `at_start`: only a date
    that opens the line. The year may come last (`_YEAR_LAST_DATE`).

    >>> timed_date("2018/12/25 10:25"), timed_date("http://www.a.tw 2018-12-19 11:41:50")
    ('2018-12-25', '2018-12-19')
    >>> timed_date("2012年10月28 17:37:53 来源:某县", at_start=True)
    '2012-10-28'
    >>> timed_date("2024-01-18"), timed_date("编辑:某某 2020-09-09 10:28", at_start=True)
    ('', '')
    >>> timed_date("14.11.2014  16:50"), timed_date("25/03/2031 09:10")
    ('2014-11-14', '2031-03-25')
    >>> timed_date("04/03/2031 13:40")  # the 4th of March or the 3rd of April
    ''
    """
    found = sorted(
        [(m.start(), m) for m in _TIMED_DATE.finditer(key)]
        + [(m.start(), m) for m in _YEAR_LAST_DATE.finditer(key)],
        key=lambda pair: pair[0],
    )
    for start, m in found:
        if at_start and key[:start].strip():
            return ""
        if _TIME_OF_DAY.match(key, m.end()) and _label_before(key, start) != "change":
            if "a" in m.groupdict():
                return _year_last_day(m)
            month = m.group("m") or m.group("m2")
            return _iso_day(int(m.group("y")), int(month), int(m.group("d")))
    return ""


# A date in the Republic's years (the Gregorian year less 1911) on a Taiwan page's stamp:
# 新闻日期:105-04-04, 日期:93-06-24, 某县政府新闻参考资料 109.08.21, 发布日期:113年1月1日. A
# three-digit year (100 is 2011) is read on any stamp line; a two-digit one (80 to 99, 1991 to
# 2010) only after a date label, since elsewhere it may be a Western year (98 for 1998).
_ROC_STAMP = re.compile(
    r"(?<![\d.])(?P<y>1[01]\d|[89]\d)\s*"
    r"(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)|年\s*(?P<m2>\d{1,2})\s*月)"
    r"\s*(?P<d>\d{1,2})(?![\d.])\s*日?"
)
_WESTERN_STAMP = re.compile(r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2})?")
# What a label says of the date after it: a date's (新闻日期, 发布时间, 日期:), or a last
# change's (最后异动日期, 最后更新时间, 修改日期): the day the page was last edited, perhaps
# years after it was published (a council's news of 98-06-11 last changed on 108-04-10), so
# never its publishing day, nor evidence of the event's year.
_DATE_LABEL_BEFORE = re.compile(r"(?:日期|时间|于)\s*:?\s*$")
_LAST_CHANGE_BEFORE = re.compile(
    r"(?:最后\s*(?:异动|更新|修改|修订|变更|编辑)|异动|修改|修订|变更)(?:日期|时间|于)?\s*:?\s*$"
)
_LABEL_CHARS = 10  # a label is read in this many characters before its date


def _label_before(key: str, start: int) -> str:
    """What the label just before a date says: "change", "date" or "" (none)."""
    before = key[max(0, start - _LABEL_CHARS) : start]
    if _LAST_CHANGE_BEFORE.search(before):
        return "change"
    return "date" if _DATE_LABEL_BEFORE.search(before) else ""


def is_last_change(key: str, start: int) -> bool:
    """Whether a last change's label (最后异动日期, 最后更新) ends just before `start`.

    >>> is_last_change("最后更新时间:2018/12/19", 6), is_last_change("更新时间:2022-01-10", 2)
    (True, False)
    """
    return _label_before(key, start) == "change"


def stamp_date(key: str, labelled_only: bool = False) -> str:
    """The publishing day a stamp line gives, as its value is to be read by the resolver,
    or "": the first date of the line that no last change's label holds, a Western one as
    written (2020-01-02 10:00), a Republic's one as its Gregorian day with the value as
    written after it (2016-04-04（民国105-04-04）, for the note that gives the evidence), else
    a timed date (`timed_date`). `labelled_only`: only a date after a date label.

    >>> stamp_date("- 新闻日期:105-04-04"), stamp_date("• 日期:93-06-24")
    ('2016-04-04（民国105-04-04）', '2004-06-24（民国93-06-24）')
    >>> stamp_date("某县政府新闻参考资料   109.08.21")
    '2020-08-21（民国109.08.21）'
    >>> stamp_date("- 最后异动日期:108-04-10"), stamp_date("98-06-11")  # a change; no label
    ('', '')
    >>> stamp_date("113年 11月 19日"), stamp_date("发稿时间: 113年1月1日")
    ('', '2024-01-01（民国113年1月1日）')
    >>> stamp_date("发布日期:2020-01-02 最后更新时间:2020-01-05 10:00")
    '2020-01-02'
    >>> stamp_date("最后更新时间:2018/12/19 13:29"), stamp_date("2024/05/17", labelled_only=True)
    ('', '')
    """
    found = sorted(
        [(m.start(), "western", m) for m in _WESTERN_STAMP.finditer(key)]
        + [(m.start(), "roc", m) for m in _ROC_STAMP.finditer(key)],
        key=lambda row: row[0],
    )
    for start, shape, m in found:
        label = _label_before(key, start)
        if label == "change" or (labelled_only and label != "date"):
            continue
        if shape == "western":
            return m.group(0)
        if label != "date" and (len(m.group("y")) == 2 or not m.group("sep")):
            continue  # 113年11月19日 alone is a banner's day, as 2024年11月19日 alone is
        day = _iso_day(
            int(m.group("y")) + ROC_OFFSET, int(m.group("m") or m.group("m2")), int(m.group("d"))
        )
        if day:
            return f"{day}（民国{m.group(0).strip()}）"
    return "" if labelled_only else timed_date(key)


# A headline the page's date opens (111-07-27 改善某乡道路 完善自行车绿色隧道, a county's
# news page): the date is the page's, in the Republic's years or the Western ones.
_HEADLINE_DATE = re.compile(
    r"\s*(?P<date>(?:1[01]\d|(?:19|20)\d\d)-\d{1,2}-\d{1,2})[ \t\u3000]+(?=[^\s\d])"
)


def headline_date(line: str) -> str:
    """The date opening a headline line, read as `stamp_date` reads it, or "".

    >>> headline_date("111-07-27 改善某乡道路 完善自行车绿色隧道")
    '2022-07-27（民国111-07-27）'
    >>> headline_date("2022-07-27 改善某乡道路"), headline_date("3-7 某乡道路")
    ('2022-07-27', '')
    """
    m = _HEADLINE_DATE.match(line)
    return stamp_date(m.group("date")) if m and han_count(line[m.end() :]) else ""


# The same stamp opening the page, read for its date whether words are glued after it or not.
_PAGE_DATE_STAMP = re.compile(r"\s*date\s+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$)")


def page_date_stamp(text: str) -> str:
    """The date of the `date YYYY-MM-DD` stamp that opens the page: the page's own date
    (the day it was published), to be kept as its 发布时间 whatever later cuts the stamp
    (with its line, as glued before the report's words, or with a caption); "" when the
    page opens otherwise.

    >>> page_date_stamp(" date 2026-02-06 某市长出席会议。\\n")
    '2026-02-06'
    >>> page_date_stamp("\\n date 2026-02-06\\n首页 > 要闻")
    '2026-02-06'
    >>> page_date_stamp("某市长出席会议。date 2026-02-06\\n")
    ''
    >>> page_date_stamp("update 2026-02-06 会议")
    ''
    """
    m = _PAGE_DATE_STAMP.match(text)
    return m.group(1) if m else ""


def glued_date_stamp_span(
    text: str, rows: list[tuple[int, int, str]], taken: set[int]
) -> list[tuple[int, int, str, str]]:
    """The date stamp glued before the words of the text's first line, when that line is
    kept (a first line cut whole takes its stamp with it): its own edit.

    >>> text = " date 2026-02-06 某市长出席会议。\\n"
    >>> glued_date_stamp_span(text, [(0, 24, "date 2026-02-06 某市长出席会议。")], set())
    [(0, 17, 'furniture', '行首的日期标记')]
    >>> text = "某市长出席会议。date 2026-02-06 \\n"
    >>> glued_date_stamp_span(text, [(0, 27, "某市长出席会议。date 2026-02-06")], set())
    []
    """
    first = next(((start, end) for start, end, key in rows if key), None)
    if first is None or first[0] in taken:
        return []
    start, end = first
    m = _GLUED_DATE_STAMP.match(text, start, end)
    if not m:
        return []
    return [(start, m.end(), "furniture", kind_note("glued date stamp"))]


# An outlet's tag in square brackets opening a paragraph, its words glued on (【某某新闻报道】
# 政务司司长…, 【某报专讯】…, 【某某讯】…): the outlet's dateline word, no person in it.
_GLUED_OUTLET_TAG = re.compile(
    rf"[ \t\u3000]*【[ \t\u3000]*[^【】\n\d]{{1,10}}?(?:报道|报导|新闻|专讯|快讯|讯)[ \t\u3000]*】"
    rf"[ \t\u3000]*(?=[^\n]*?[{HAN}]{{10}})"
)


def glued_outlet_tag_spans(
    text: str, rows: list[tuple[int, int, str]], taken: set[int]
) -> list[tuple[int, int, str, str]]:
    """The outlet's tags in square brackets opening kept lines, the paragraph's words
    glued after them: each its own edit, the words untouched. A tag that names a role
    (【记者某某】) is the credits step's; one alone on its line is a line's to judge.

    >>> text = "【某某新闻报道】政务司司长甲乙丙今日出席某某社区客厅开幕典礼。\\n"
    >>> glued_outlet_tag_spans(text, [(0, 32, "【某某新闻报道】政务司司长…")], set())
    [(0, 8, 'furniture', '行首的媒体讯头')]
    >>> glued_outlet_tag_spans("【某某新闻报道】\\n", [(0, 8, "【某某新闻报道】")], set())
    []
    """
    spans = []
    for start, end, key in rows:
        if not key or start in taken:
            continue
        m = _GLUED_OUTLET_TAG.match(text, start, end)
        if m and not _is_byline(text[start:end].strip().lstrip("【").strip()):
            spans.append((start, m.end(), "furniture", kind_note("glued outlet tag")))
    return spans


_WIDGET_QUESTION_HAN = 20  # a widget's question under the report is this short
_CLAUSE_END = re.compile(r"[。!！,，;；]")


def is_widget_question(key: str) -> bool:
    """A short question alone on its line, one clause (你赞成某某吗？): below the report,
    followed by lines cut as furniture (a poll's options, a prompt's buttons), it is the
    widget's question, not the report's.

    >>> is_widget_question("你赞成延长假期吗?"), is_widget_question("你怎么看？")
    (True, True)
    >>> is_widget_question("会议强调，要抓落实。"), is_widget_question("他问，怎么办？")
    (False, False)
    """
    return (
        key.endswith(("?", "？"))
        and 2 <= han_count(key) <= _WIDGET_QUESTION_HAN
        and not _CLAUSE_END.search(key)
    )


_KEYWORDS_MIN = 4  # a closing keyword line has this many words or more
_KEYWORD = re.compile(f"[{HAN}]{{2,4}}")


def is_keyword_line(key: str) -> bool:
    """A line of short words between spaces, fewer than half of them opening with a
    surname (`陈芳 汉光 吴晴 美容 飞平`, `乡村振兴 基层治理 人大代表 民生实事`): a page's
    keywords or tags without their label, not a roster of names. The caller asks only of
    the page's last line, after the body.

    >>> is_keyword_line("乡村振兴 基层治理 人大代表 民生实事")
    True
    >>> is_keyword_line("张三丰 李四 王五 赵六 钱七"), is_keyword_line("县政协召开常委会议")
    (False, False)
    """
    words = key.split()
    if len(words) < _KEYWORDS_MIN or not all(_KEYWORD.fullmatch(word) for word in words):
        return False
    named = sum(opens_with_surname(word) for word in words)
    return 2 * named < len(words)


_LONE_WORD = re.compile(f"[{HAN}]{{2,4}}")


def is_lone_end_word(key: str) -> bool:
    """A word of two to four Han characters alone, that opens with no surname (`阅读`,
    `乡镇`, `通知公告`): a menu's or a site's word left where the copy ends, not a writer's
    name (`张明`: the signature rule's). The caller asks only of the page's last line,
    after the body.

    >>> is_lone_end_word("阅读"), is_lone_end_word("张明"), is_lone_end_word("会议强调要落实")
    (True, False, False)
    """
    return bool(_LONE_WORD.fullmatch(key)) and not opens_with_surname(key)


_HASHTAG = re.compile(r"[#＃][^#＃\s,，。;；!?！？]{1,30}[#＃]?")


def is_hashtag_line(line: str) -> bool:
    """A line of hashtags only (`#某某连任 #改革`, `#话题#`), each a word of at most 30
    characters after its sign: a page's tags. The caller asks only of lines out of the
    report's (above its first body line or below its last).

    >>> is_hashtag_line("#某某连任续拼改革"), is_hashtag_line(" #乡村振兴 #基层治理 ")
    (True, True)
    >>> is_hashtag_line("#1 会议强调，要抓落实。"), is_hashtag_line("县政协召开会议")
    (False, False)
    """
    words = line.split()
    return bool(words) and all(_HASHTAG.fullmatch(word) for word in words)


_CUT_LABEL_MIN = 3  # characters of a link cut short at the page's end


def is_cut_end_label(key: str) -> bool:
    """The first characters (three or more) of a link a page ends with, cut short there
    (`发表评` of 发表评论; data/furniture_end_labels.txt). The caller asks only of the
    page's last line.

    >>> is_cut_end_label("发表评"), is_cut_end_label("发表"), is_cut_end_label("发表评论会")
    (True, False, False)
    """
    return len(key) >= _CUT_LABEL_MIN and any(
        len(label) > len(key) and label.startswith(key)
        for label in lines("furniture_end_labels.txt")
    )


_TITLE_BAR_ROWS = 3  # the page's first lines looked at as its title bar
_TITLE_BAR_AHEAD = 5  # the lines after it where the headline it ends with may stand
_TITLE_BAR_HEADLINE_HAN = 8
# What a browser's title puts after the headline: a dash, bar or underscore, then the
# site's name, which ends on a site's word (` - 某某新闻网`, `_某某网`, ` | 某县人民政府`); a
# headline's own second part after a dash (` - 要求确保安全度汛`) ends on none.
_SITE_AFTER_HEADLINE = re.compile(
    r"\s*[-_|｜–—－]{1,2}\s*[^\s,，。、;；:：!?！？]{0,14}"
    r"(?:网|网站|报|新闻|在线|频道|政府|融媒|传媒|电视台|中心|门户|客户端)"
)


def _ends_or_opens_bar(key: str, headline: str) -> bool:
    """The title bar `key` holds the headline standing alone below it: at its end (an ad
    or a site's name glued before it) or at its start, the site's name after a dash.
    A headline as long as a body line may be the browser title's start: the bar repeats it
    whole, so cutting the bar loses no word of the report."""
    if len(key) <= len(headline) + 1:
        return False
    if key.endswith(headline) and not _is_body(headline):
        return True
    return key.startswith(headline) and bool(_SITE_AFTER_HEADLINE.fullmatch(key, len(headline)))


def title_bar_rows(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> set[int]:
    """Among the page's first lines, those that end with a headline standing alone a
    few lines below (`某某购物…货到付款,议长联谊会登场` over `议长联谊会登场`): the page's
    title bar, an ad or a site's name glued before its headline; or that open with it,
    the site's name after a dash (a browser's title: `县政协召开九届常委会议 - 某某网`). A
    fixed number of lines compared: constant work.

    >>> rows = [(0, 0, "某某网,县政协召开九届常委会议"), (0, 0, "县政协召开九届常委会议")]
    >>> title_bar_rows(rows, [None, None])
    {0}
    >>> rows = [(0, 0, "县政协召开九届常委会议 - 某某新闻网"), (0, 0, "县政协召开九届常委会议")]
    >>> title_bar_rows(rows, [None, None])
    {0}
    >>> rows = [(0, 0, "县政协召开常委会议 - 要求确保安全度汛"), (0, 0, "县政协召开常委会议")]
    >>> title_bar_rows(rows, [None, None])
    set()
    """
    keyed = []
    for i, row in enumerate(rows):
        if row[2]:
            keyed.append(i)
            if len(keyed) >= _TITLE_BAR_ROWS + _TITLE_BAR_AHEAD:
                break
    bars = set()
    for n, i in enumerate(keyed[:_TITLE_BAR_ROWS]):
        key = rows[i][2]
        for j in keyed[n + 1 : n + 1 + _TITLE_BAR_AHEAD]:
            headline = rows[j][2]
            if (
                kinds[j] is None
                and han_count(headline) >= _TITLE_BAR_HEADLINE_HAN
                and _ends_or_opens_bar(key, headline)
            ):
                bars.add(i)
                break
    return bars


_TEASER_HEADLINE_HAN = 6  # a card's headline has at least this many Han characters


def related_cards(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> set[int]:
    """The rows of a related-stories block's cards, however long: after a related-stories
    heading (kind "related") that follows a body line, a headline and the line right
    after it that opens with the same headline (a card copied as its headline, then the
    headline and its summary run together), or a headline with its publishing stamp alone
    on the next line (a stamped most-read list; its last card may have lost its stamp at
    the page's end), or a headline, its summary cut short (…) and then its stamp. One
    pass over the rows; each line is compared with the two before it only: linear.

    >>> rows = [(0, 0, "5月6日,县政协召开九届常委会议,主席王五主持,会议听取了工作报告。"),
    ...         (0, 0, "相关推荐"), (0, 0, "某区向灾区送去物资"),
    ...         (0, 0, "某区向灾区送去物资某区今天将物资送往灾区。")]
    >>> sorted(related_cards(rows, [None, "related", None, None]))
    [2, 3]
    >>> rows[2:] = [(0, 0, "某区向灾区送去物资"), (0, 0, "某区今天将物资送往灾区。区长甲某说,…"),
    ...             (0, 0, "2024-05-060 12 0")]
    >>> sorted(related_cards(rows, [None, "related", None, None, None]))
    [2, 3]
    """
    cards: set[int] = set()
    body_seen = opened = stamped = teased = False
    last = _last_filled(rows)
    previous = -1  # the last non-blank row after the heading
    earlier = -1  # the non-blank row after the heading before `previous`
    for i, (_s, _e, key) in enumerate(rows):
        if not key:
            continue
        if not opened:
            opened = body_seen and kinds[i] == "related"
            body_seen = body_seen or (kinds[i] is None and _is_body(key))
            continue
        before = rows[previous][2] if previous >= 0 else ""
        if (
            previous >= 0
            and kinds[previous] is None
            and han_count(before) >= _TEASER_HEADLINE_HAN
            and len(key) > len(before)
            and key.startswith(before)
        ):
            cards.update((previous, i))
        if _CARD_STAMP.fullmatch(key) and previous >= 0 and _is_card_headline(before):
            # a headline, then its publishing stamp alone on the next line: a card of a
            # stamped list (最Hit 某某 / 2025-08-01 19:48 HKT); the list goes on below
            cards.add(previous)
            stamped = True
            if earlier >= 0 and _is_cut_summary(before) and _is_card_headline(rows[earlier][2]):
                # the line above the stamp is the card's summary, cut short (…): the
                # headline above that summary is the same card's
                cards.add(earlier)
        elif stamped and i == last and _is_card_headline(key):
            cards.add(i)  # the list's last card, cut off by the page's end before its stamp
        teased = _teaser_card(rows, kinds, cards, i, previous, teased, i == last)
        earlier, previous = previous, i
    return cards


# Round dev22f: a card's summary cut short and closed by its read-more link (…(继续阅读),
# …阅读全文>>): the dots, then the link's words, in brackets or with arrows, at the line's end.
_READ_MORE_END = re.compile(
    r"(?:\.{2,}|…+)\s*[(（\[【《<]?\s*(?:继续阅读|阅读全文|详全文|看全文|阅读更多)\s*"
    r"(?:>>|»|\.{2,}|…+)?\s*[)）\]】》>]?\s*$"
)
_READ_MORE_TAIL = 40  # characters at a line's end that hold the dots and the link
_SENTENCE_CLOSERS = "。！？!?”」』）)"


def _teaser_card(
    rows: list[tuple[int, int, str]],
    kinds: list[str | None],
    cards: set[int],
    i: int,
    previous: int,
    teased: bool,
    at_end: bool,
) -> bool:
    """Round dev22f: under a related-stories heading, a card's summary closed by its
    read-more link (…(继续阅读)) and the headline right above it are a card; once such a
    card is seen, the page's last line under a headline, cut off with no sentence's end,
    is the last card's summary. Adds the rows to `cards`; returns whether a read-more card
    has been seen. Looks at this row and the one before only.

    >>> rows = [(0, 0, "甲乙丙丁戊己庚辛"), (0, 0, "某乡日前举办敬老活动，送上礼品...(继续阅读)")]
    >>> cards = set(); _teaser_card(rows, [None, None], cards, 1, 0, False, False), cards
    (True, {0, 1})
    """
    key = rows[i][2]
    before = rows[previous][2] if previous >= 0 else ""
    headline_above = previous >= 0 and kinds[previous] is None and _is_card_headline(before)
    # the link is read in the line's last characters only: a bounded search per row
    if _READ_MORE_END.search(key[-_READ_MORE_TAIL:]) and han_count(key) >= _TEASER_MIN_HAN:
        cards.add(i)
        if headline_above:
            cards.add(previous)
        return True
    if teased and at_end and headline_above and key.rstrip()[-1:] not in _SENTENCE_CLOSERS:
        cards.update((previous, i))  # the last card's summary, cut off by the page's end
    return teased


# A card's publishing stamp alone on its line: a date, a time, a zone (2025-08-01 19:48 HKT),
# then the card's counters (views, comments, likes), which a copy may glue to the date's
# day (2023-05-120 31 0: the 12th, then 0, 31 and 0).
_CARD_STAMP = re.compile(
    r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s*[A-Z]{2,4})?"
    r"(?:\s*\d{1,9}){0,4}"
)
# A card's summary cut short by the list: it ends in dots, whatever stands before them
# (…所谓「…); no sentence's end right before the dots (a sentence ends with 。, not 。…).
_SUMMARY_CUT = re.compile(r"(?<![。!?！？])(?:\.{2,}|…+)$")


def _is_cut_summary(key: str) -> bool:
    """A related card's summary under its headline: cut short with dots, long enough to be
    a summary (a sentence broken off, not a line of the report ending in 等等…)."""
    return han_count(key) >= _TEASER_MIN_HAN and bool(_SUMMARY_CUT.search(key))


def _is_card_headline(key: str) -> bool:
    """A related card's headline: enough Han characters, no sentence's end (。！？)."""
    return han_count(key) >= _TEASER_HEADLINE_HAN and not re.search(r"[。！？!?]\s*$", key)


def _last_filled(rows: list[tuple[int, int, str]]) -> int:
    """The index of the last non-blank row (-1 if none)."""
    return next((i for i in range(len(rows) - 1, -1, -1) if rows[i][2]), -1)


# Round furn43: a site's link groups, each a heading between runs of dashes (a drop-down's
# first option: --政协链接--, --某某区党政部门--, --综合门户网站链接--); whole raw line, the
# dashes on both sides (a report's subtitle opens with a dash and does not close with one).
_LINK_GROUP = re.compile(
    r"\s*[-—－]{2,}\s*[^\s,，。;；!?！？:：]{0,20}(?:链接|鏈接|連結|網站|网站|部门|部門|单位|單位|站群|导航|導航)"
    r"\s*[-—－]{2,}\s*"
)
_LINK_GROUP_MAX = 60
# Round furn44: the page's closing links, one a line (市政府网站 / 省政府网站, 某某新闻网某某频道 /
# 山西省委社情民意通道, “某某办”超级服务端): a name with no clause mark or colon ending on a site's
# word. Read only as a run of two or more at the page's very end, below the body and under no
# list opener of the report (…开通了以下渠道：), so that one heading of that shape stays.
_SITE_LINK = re.compile(
    r"[^\s,，。;；!?！？:：、]{1,14}?(?:网站|政府网|门户网|频道|通道|服务端|客户端)"
)
_SITE_LINK_MAX = 18  # characters of one such link's name
_SITE_LINKS_MIN = 2  # links in the closing run
# Round furn43: a feed page's teasers, each cut short with an ellipsis and closed by the
# list's bar (…漁港… |); the page's own story ends with its read-more link (… 阅读全文>> |).
_TEASER_END = re.compile(r"(?:…|\.{3,}|。{3,})\s*[|｜]\s*$")
_FEED_READ_MORE = re.compile(r"(?:阅读全文|閱讀全文|阅读更多|閱讀更多)\s*[>»]*\s*[|｜]\s*$")
_FEED_TEASER_MIN_HAN = 20


def link_group_rows(
    text: str, rows: list[tuple[int, int, str]], kinds: list[str | None]
) -> list[int]:
    """The rows that are a site's link-group headings between dashes (`--政协链接--`).

    >>> text = "--政协链接--\\n县政协召开常委会议\\n——走近县委书记\\n--某某区党政部门--"
    >>> link_group_rows(text, furniture_rows(text), [None] * 4)
    [0, 3]
    """
    groups = [
        i
        for i, (start, end, key) in enumerate(rows)
        if key
        and kinds[i] is None
        and end - start <= _LINK_GROUP_MAX
        and _LINK_GROUP.fullmatch(text[start:end])
    ]
    return groups + closing_link_rows(rows, kinds)


def closing_link_rows(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> list[int]:
    """Round furn44: the run of site links that closes the page, one a line, two or more
    (`市政府网站` / `省政府网站`), read up from the last line; none when the line above the run
    opens the report's own list (ends in a colon). Linear: one pass up from the end.

    >>> text = "县政协召开常委会议,主席王五主持会议并讲话。\\n市政府网站\\n\\n省政府网站\\n"
    >>> closing_link_rows(furniture_rows(text), [None] * 5)
    [3, 1]
    >>> text = "县里开通了以下渠道：\\n县政府网站\\n县融媒体客户端"
    >>> closing_link_rows(furniture_rows(text), [None] * 3)
    []
    >>> closing_link_rows(furniture_rows("会议强调\\n县政府网站"), [None] * 2)
    []
    """
    run: list[int] = []
    i = len(rows) - 1
    while i >= 0:
        key = rows[i][2]
        if key:
            if kinds[i] is not None or len(key) > _SITE_LINK_MAX or not _SITE_LINK.fullmatch(key):
                break
            run.append(i)
        i -= 1
    if len(run) < _SITE_LINKS_MIN or (i >= 0 and is_list_opener(rows[i][2])):
        return []
    return run


def feed_teaser_rows(
    text: str, rows: list[tuple[int, int, str]], kinds: list[str | None]
) -> list[int]:
    """On a feed page (a line ending with its read-more link and the list's bar), the
    other lines cut short with an ellipsis before the bar: other stories' teasers.

    >>> text = ("甲乙报导 某县长说,公园是重要的基础建设,经费四九○万元… 阅读全文>> |\\n"
    ...         "丙丁报导 某渔港新渔筏泊区去年九月完工启用,今年成为巡香活动基地… |\\n"
    ...         "县长说,公园经费四九○万元。 |")
    >>> feed_teaser_rows(text, furniture_rows(text), [None] * 3)
    [1]
    """
    raws = [text[start:end] for start, end, _key in rows]
    if not any(_FEED_READ_MORE.search(raw[-40:]) for raw in raws):
        return []
    return [
        i
        for i, raw in enumerate(raws)
        if kinds[i] is None
        and _TEASER_END.search(raw[-20:])
        and not _FEED_READ_MORE.search(raw[-40:])
        and han_count(rows[i][2]) >= _FEED_TEASER_MIN_HAN
    ]


# Round furn43: a line that is one HTML element's tags around a text (<P>…</P>), as a mirror
# prints its source's markup; read only when the text repeats a line above it.
_MARKUP_WRAP = re.compile(
    r"<?(p|div|span|h[1-6]|strong|b|font)(?:\s[^<>]{0,60})?>\s*(.{4,160}?)\s*</\1>?",
    re.IGNORECASE,
)


# Round furn44: a page's description above the report (its meta description printed as a
# line): the lead's opening words, run on into the next paragraph and cut short with dots
# (…加快数字产...), then the lead itself right under it. Read only above the first line of
# body length that is no such repeat; the next line must open with the description's words.
_DESCRIPTION_MIN_HAN = 20


def description_rows(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> list[int]:
    """The page's description line above the report: cut short with dots, and the next
    non-blank line opens with its first words. Linear: rows up to the first body line.

    >>> text = ("某县召开会议\\n\\n近日,某县政协召开常委会议,主席王五主持会议。  会议通报了某某..."
    ...         "\\n\\n近日,某县政协召开常委会议,主席王五主持会议。\\n会议通报了某某工作情况。")
    >>> description_rows(furniture_rows(text), [None] * 6)
    [2]
    >>> text = "近日,某县政协召开常委会议,主席王五主持会议,会议指出..\\n县长李四出席会议并讲话。"
    >>> description_rows(furniture_rows(text), [None] * 2)
    []
    """
    found: list[int] = []
    filled = [i for i, (_s, _e, key) in enumerate(rows) if key]
    for n, i in enumerate(filled):
        key = rows[i][2]
        if kinds[i] is not None:
            continue
        nxt = rows[filled[n + 1]][2] if n + 1 < len(filled) else ""
        if (
            _CUT_SHORT.search(key)
            and han_count(key) >= _DESCRIPTION_MIN_HAN
            and nxt.startswith(key[:_SUMMARY_PROBE])
        ):
            found.append(i)
            continue
        if _is_body(key):
            break
    return found


def markup_repeat_rows(rows: list[tuple[int, int, str]], kinds: list[str | None]) -> list[int]:
    """The rows that wrap a line above them in an HTML element's tags (`<P>headline</P>`
    under the headline): the page's markup printed, not a line of the report. One pass,
    the keys seen kept in a set: linear.

    >>> rows = [(0, 0, "县政协召开常委会议"), (0, 0, "<P>县政协召开常委会议</P>"),
    ...         (0, 0, "<p>会议强调要抓落实</p>")]
    >>> markup_repeat_rows(rows, [None] * 3)
    [1]
    """
    seen: set[str] = set()
    found = []
    for i, (_s, _e, key) in enumerate(rows):
        if not key:
            continue
        if kinds[i] is None and len(key) <= 240 and (m := _MARKUP_WRAP.fullmatch(key)):
            if m.group(2) in seen:
                found.append(i)
                continue
        seen.add(key)
    return found


def furniture_rows(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each line: the key is the line folded (fold.py) and
    stripped of bullets and bars at its edges; a line of bars and bullets only (`|`,
    `•`) has the key "|" (it is furniture), a blank line "".

    >>> furniture_rows("● 政务要闻 ●\\n\\n|")
    [(0, 9, '政务要闻'), (9, 10, ''), (10, 11, '|')]
    """
    folded = fold(text)
    rows = []
    for start, end, _line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        raw = folded.text[a:b].strip()
        key = raw.lstrip(_EDGE_LEFT).rstrip(_EDGE_RIGHT)
        rows.append((start, end, key or ("|" if raw else "")))
    return rows


def shaped_rows(rows: list[tuple[int, int, str]], body: list[int], lead: set[str]) -> set[int]:
    """The rows above the first body line or below the last that the shape model
    (furniture_shape.py) takes for furniture, and between body lines (inside the report)
    only a line that is not prose-only and scores _INSIDE_THRESHOLD or more; empty when
    the weights did not load. Linear: one view per row.

    >>> rows = furniture_rows("5月6日,县政协召开九届常委会议,主席王五主持会议并讲话。\\n"
    ...                       "扫一扫 在手机打开当前页 | 分享到: QQ 微信 | 打印")
    >>> shaped_rows(rows, [0], _bigrams(rows[0][2]))
    {1}
    """
    model = shape_model()
    if model is None or not body:
        return set()
    first, last = body[0], body[-1]
    asked = [*range(first), *range(last + 1, len(rows))]  # above and below the report
    body_set = set(body)
    inside = [i for i in range(first + 1, last) if i not in body_set]  # between body lines
    keys = [key for _s, _e, key in rows]
    overlaps = [0.0] * len(rows)
    for i in (*asked, *inside):
        overlaps[i] = lead_overlap(keys[i], lead)
    views = line_views(keys, body, overlaps)
    page_end = max((i for i, key in enumerate(keys) if key), default=-1)
    shaped = {
        i
        for i in asked
        if (view := views[i]) is not None
        and not _kept_from_shape(keys[i], i == page_end)
        and model.score(view) >= shape_threshold(keys[i], model.threshold)
    }
    # Below the report, a word that reads as a name alone (文昌笔 opens with a surname) kept
    # by that guard only, between two lines the model cut: one more item of the same list
    # (a shop's goods), not the report's signature, which stands right under the report.
    before, after = neighbour_rows(rows)
    shaped |= {
        i
        for i in range(last + 1, len(rows))
        if i not in shaped
        and before[i] in shaped
        and after[i] in shaped
        and _is_signature(keys[i])
        and (view := views[i]) is not None
        and model.score(view) >= shape_threshold(keys[i], model.threshold)
    }
    return shaped | {
        i
        for i in inside
        if (view := views[i]) is not None
        and not is_prose_only(keys[i])
        and not _kept_from_shape(keys[i], False)
        and model.score(view) >= _INSIDE_THRESHOLD
    }


_OPENER_MIN_HAN = 5  # a list's opener says what follows (会议议定以下事项：); a field's
# label alone (附件：, 标签：) does not


def is_list_opener(key: str) -> bool:
    """A line of the report's prose that opens a list below it (ends in a colon): the
    short lines under it are its items, not the page's closing list or widgets.

    >>> is_list_opener("会议议定以下事项:"), is_list_opener("附件:"), is_list_opener("会议强调")
    (True, False, False)
    """
    return (
        key.endswith((":", "："))
        and han_count(key) >= _OPENER_MIN_HAN
        and not _NOT_PROSE.search(_NUMERALS.sub("", key))
    )


def is_prose_only(key: str) -> bool:
    """A line of Han characters and Chinese punctuation only (no digit, Latin letter,
    space, bar or symbol): what the report's own short lines look like too.

    >>> is_prose_only("延伸阅读："), is_prose_only("技术支持 ABC")
    (True, False)
    """
    return not _NOT_PROSE.search(key)


def shape_threshold(key: str, threshold: float) -> float:
    """The score from which the shape model's word cuts the line: the model's threshold,
    or _PROSE_THRESHOLD for a prose-only line (its shape says less: a short word ending a
    copy cut short, 会后, 此外, scores near the model's threshold).

    >>> shape_threshold("延伸阅读：", 0.9), shape_threshold("分享到 QQ", 0.9)
    (0.95, 0.9)
    """
    return max(threshold, _PROSE_THRESHOLD) if is_prose_only(key) else threshold


_BRACKETED_NAMES = re.compile(rf"[(（]\s*[{HAN}]{{2,3}}(?:\s+[{HAN}]{{2,3}}){{0,3}}\s*[)）]")
_CUT_CLAUSE = re.compile(rf"[{HAN}]{{2}}[,，、]")
# What prose does not hold: digits, Latin letters, spaces, bars and symbols. A line of
# Han characters and Chinese punctuation only may be the report's own when it is a name
# alone, a 、-list, a list's opener (出席会议的有：, 名单如下：: its people follow) or a clause
# of _PROSE_CLAUSE Han characters or more (a closing line); a shorter one (a widget's label
# left with nothing after its colon: 延伸阅读：) is the shape model's to judge.
_NOT_PROSE = re.compile(rf"[^{HAN}，。、；：？！“”‘’《》（）〈〉「」『』—…·:,;?!()]")
_LIST_OPENER = re.compile("(?:有|如下|包括|名单|人员|是|为)[:：]$")
# Prose but for its numerals (`会议共有3项议程：`, `2.强化督导检查`): a count or an item's
# number is no widget's digit.
_NUMERALS = re.compile(r"\d{1,3}[.．]?")
# A list's opener that counts its items (会议共有3项议程：, 主要有以下4点：): they follow.
_COUNTED_OPENER = re.compile(rf"\d{{1,2}}\s*[项个条点]\s*[{HAN}]{{0,6}}[:：]$")
# A speaker's demands opened on a line of their own (王五要求：, 他要求：): the report's,
# not a site's terms (投稿要求：, 转载要求：); the speaker is a surname-led name or a pronoun.
_SPEAKER_DEMANDS = re.compile(rf"([{HAN}]{{2,3}}|他|她)要求[:：]")
# A numbered heading of the report's own list (1.加强组织领导, (2)抓好宣传引导), without a
# sentence: as the copy's last line, the copy was cut under it.
_NUMBERED_HEADING = re.compile(rf"(?:\d{{1,2}}\s*[.．、]|[(（]\d{{1,2}}[)）])\s*[{HAN}]{{4,16}}")
_PROSE_CLAUSE = 8
# The shape model's threshold for a prose-only line it is asked about (tools/
# train_furniture_shape.py prints their leave-one-part-out figures apart).
_PROSE_THRESHOLD = 0.95
# The shape model's threshold for a line between body lines (inside the report): never a
# prose-only line there, and only from this score (tools/train_furniture_shape.py prints
# its leave-one-part-out figures: at 0.99 it finds 56 of 119 such furniture lines and cuts
# no article line; at 0.98 it cut an agenda line with a count, 会议共7项议程:).
_INSIDE_THRESHOLD = 0.99


_SPACED_WORDS = re.compile(rf"[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})+")


def _is_spaced_roster(key: str) -> bool:
    """Names set apart by spaces (a roster under 出席会议的有：): two to four Han characters
    each, every one opening with a surname (a menu's words do not: 首页 要闻 服务).

    >>> _is_spaced_roster("王建国 李明华 张卫东"), _is_spaced_roster("首页 要闻 服务")
    (True, False)
    """
    if not _SPACED_WORDS.fullmatch(key):
        return False
    return all(opens_with_surname(word) for word in key.split())


# Round capnames: an information line naming a local leader's post and its holder
# (`党委书记:某某`, `镇长:某某`, an infobox's rows on a place's page). The post is a party
# secretary's (书记) or a place's head (区长, 县长, 镇长…: the officials' level cores),
# not a masthead's or a site's (社长, 总编辑, 责任编辑, 值班主任 hold none of these), and
# the holder is a name alone (two or three Han characters opening with a surname).
_POST_AND_HOLDER = re.compile(
    rf"([{HAN}]{{0,8}}(?:书记|[区市县镇乡省州]长))[:：]\s*([{HAN}]{{2,3}})"
)


def _is_post_and_holder(key: str) -> bool:
    """A line that names a local leader's post and its holder, nothing else.

    >>> _is_post_and_holder("党委书记:王某某"), _is_post_and_holder("镇长：李某")
    (True, True)
    >>> _is_post_and_holder("社长:王某某"), _is_post_and_holder("责任编辑:王某某")
    (False, False)
    >>> _is_post_and_holder("镇长:欢迎您"), _is_post_and_holder("书记信箱:点击进入")
    (False, False)
    """
    m = _POST_AND_HOLDER.fullmatch(key.strip())
    return m is not None and _is_signature(m[2])


# Round roster43: a roster line of a body's members under the report, one post and its
# holders (`褡裢村村委会主任：王某某`, `委员：甲某某、乙某某`, a village committee's new members
# after an election): the post ends in an official's core (书记, 主任, 委员, 主席, 村长, 里长)
# and names no masthead's or site's post (值班主任, 编委会主任, 网站主任: the marks below),
# and every holder is a name alone (two or three Han characters opening with a surname; a
# two-character name padded to a three-character column, `王 慧`, is one name).
_ROSTER_POST = re.compile(rf"[{HAN}]{{0,12}}(?:书记|書記|主任|委员|委員|主席|[村里]长|[村里]長)")
_MASTHEAD_POST = re.compile("[编編审審校稿社台网網报報刊]|值班|监制|監製|制片|製片")
_ROSTER_LINE = re.compile(rf"([{HAN}]{{1,14}})\s*[:：]\s*(\S.{{0,200}})")
_ROSTER_SPLIT = re.compile(r"\s*[、，,]\s*")
_PADDED_NAME = re.compile(rf"([{HAN}]) ([{HAN}])")


def _is_post_roster(key: str) -> bool:
    """A line that names one post of a body and its holders, nothing else.

    >>> _is_post_roster("某某村村委会主任：王某某"), _is_post_roster("委员:王 某、李某某")
    (True, True)
    >>> _is_post_roster("值班主任：王某某"), _is_post_roster("编委会主任：王某某")
    (False, False)
    >>> _is_post_roster("委员：欢迎您"), _is_post_roster("主任信箱：点击进入")
    (False, False)
    >>> _is_post_roster("委员:王某某、李某某等")
    False
    """
    m = _ROSTER_LINE.fullmatch(key.strip())
    if m is None or not _ROSTER_POST.fullmatch(m[1]) or _MASTHEAD_POST.search(m[1]):
        return False
    return all(_is_signature(_PADDED_NAME.sub(r"\1\2", name)) for name in _ROSTER_SPLIT.split(m[2]))


def _kept_from_shape(key: str, page_end: bool) -> bool:
    """Lines below the report that may belong to it, whatever the shape model says: a
    line of prose characters only (Han and Chinese punctuation) that is a name alone, a
    、-list, a list's opener or a clause of eight Han characters or more (a roster's
    names, a closing line), the report's date alone on its line, its writers' names in
    brackets, names set apart by spaces (a roster), and, as the copy's last line, a sentence
    cut short (a clause, then the copy ends: `某某指出,202`).

    >>> _kept_from_shape("2021年2月25日", False), _kept_from_shape("(甲乙 丙丁)", False)
    (True, True)
    >>> _kept_from_shape("某某指出,202", True), _kept_from_shape("某某指出,202", False)
    (True, False)
    >>> _kept_from_shape("出席会议的有：", False), _kept_from_shape("技术支持 ABC", False)
    (True, False)
    >>> _kept_from_shape("张三", False), _kept_from_shape("延伸阅读：", False)
    (True, False)
    >>> _kept_from_shape("王建国 李明华 张卫东", False)  # a roster, names set apart by spaces
    True

    A list's opener that counts its items, and as the copy's last line a numbered heading
    of the report's list (the copy cut under it); not a numbered line elsewhere:

    >>> _kept_from_shape("会议共有3项议程:", False), _kept_from_shape("时间:5月6日", False)
    (True, False)
    >>> _kept_from_shape("2.强化督导检查", True), _kept_from_shape("2.强化督导检查", False)
    (True, False)

    A speaker's demands opened on their own line, not a site's terms:

    >>> _kept_from_shape("王五要求:", False), _kept_from_shape("投稿要求:", False)
    (True, False)

    A piece of a sentence broken over lines (is_clause_piece), numerals and all:

    >>> _kept_from_shape(",共有168个邻长获奖,", False)
    True
    """
    if _DATE_ALONE.fullmatch(key) or _BRACKETED_NAMES.fullmatch(key):
        return True
    if _is_post_and_holder(key) or _is_post_roster(key):
        return True
    if _is_spaced_roster(key) or is_clause_piece(key):
        return True
    if (demands := _SPEAKER_DEMANDS.fullmatch(key)) and (
        len(demands[1]) == 1 or _is_signature(demands[1])
    ):
        return True
    if not _NOT_PROSE.search(_NUMERALS.sub("", key)) and (
        _COUNTED_OPENER.search(key) or (page_end and _NUMBERED_HEADING.fullmatch(key))
    ):
        return True
    if not _NOT_PROSE.search(key) and (
        han_count(key) >= _PROSE_CLAUSE
        or "、" in key
        or _is_signature(key)
        or _LIST_OPENER.search(key)
    ):
        return True
    return page_end and bool(_CUT_CLAUSE.search(key)) and not _SENTENCE_END_MARK.search(key)


# The kinds of line that are a page's date stamp (a press release's column name with its date).
_STAMP_KINDS = ("date line", "site and time", "time and fields", "column name")


def strip_furniture(text: str) -> StepResult:
    """Cut site furniture lines; keep the credits they carry.

    >>> r = strip_furniture("欢迎访问某某县人民政府网站!\\n某某融媒\\n县政协召开常委会议\\n"
    ...                     "5月6日,县政协召开九届常委会议,主席王五主持。\\n"
    ...                     "(某某在线编辑:张三)\\n分享")
    >>> r.text
    '县政协召开常委会议\\n5月6日,县政协召开九届常委会议,主席王五主持。\\n'
    >>> [e.note for e in r.edits], r.meta["credits"]
    (['欢迎语', '网站名称', '字段组', '分享栏'], [('编辑', '张三')])

    A short line inside the body is left alone, whatever it shares with the lead:

    >>> body = "5月6日,县政协召开九届常委会议。\\n会议强调\\n要抓落实。"
    >>> strip_furniture(body).edits
    ()
    """
    rows = furniture_rows(text)
    kinds = [line_kind(key) for _s, _e, key in rows]
    for i in markup_repeat_rows(rows, kinds):
        kinds[i] = "markup"  # Round furn43: <P>headline</P> under the headline itself
    for i in description_rows(rows, kinds):
        kinds[i] = "description"  # Round furn44: the lead cut short with dots, above it
    for i in feed_teaser_rows(text, rows, kinds):
        kinds[i] = "related item"  # Round furn43: other stories' teasers on a feed page
    cards = related_cards(rows, kinds)
    for i in cards:
        kinds[i] = "related item"
    for i in title_bar_rows(rows, kinds):
        kinds[i] = "page title"
    for i in ticker_rows(rows, kinds):
        kinds[i] = "related item"  # other stories' headlines in a row, above the lead
    body = [i for i, (_s, _e, key) in enumerate(rows) if kinds[i] is None and _is_body(key)]
    # A site's menu as long as a body line (its words set apart by spaces) does not open the
    # report: it is the site's, above the lead.
    menus = 0
    while menus < len(body) - 1 and is_menu_lead(rows[body[menus]][2]):
        kinds[body[menus]] = "menu"
        menus += 1
    del body[:menus]  # once, not a pop(0) a menu line (promise 6)
    # A comment box's login prompt under the report (您需要登录后才可以评论), or a blog's
    # comment box (its empty state 没有留言:, its post button 张贴留言): what follows it is
    # the box's and the site's (other posts), not the report's, however long.
    gate = next((i for i, kind in enumerate(kinds) if kind in _GATES and body and i > body[0]), -1)
    if gate >= 0:
        body = [i for i in body if i < gate]
    body = without_listed_tail(rows, kinds, body)  # round furn46
    opening = _list_lead_row(rows, kinds, body[0]) if body else -1
    if opening >= 0:
        body.insert(0, opening)  # the lead's dated opening, its list below (…工作：)
    first_body = body[0] if body else len(rows)
    last_body = body[-1] if body else len(rows)
    second_body = body[1] if len(body) > 1 else -1
    lead = set().union(*(_bigrams(rows[i][2]) for i in body[:_LEAD_LINES])) if body else set()
    body_set = set(body)
    last_headline = _last_headline_row(rows, kinds, first_body)
    # Round art42: the report's own short lines above its body (a salutation and its
    # heading, a dash's subtitle, a lead in short lines, a headline block's middle line)
    own_opening = opening_rows(
        text, rows, kinds, first_body, lambda key: lead_overlap(key, lead) > _BANNER_OVERLAP
    )
    tail_kinds = set(lines("furniture_tail_kinds.txt"))
    spans: list[tuple[int, int, str, str]] = []
    credits: list[tuple[str, str]] = []
    published = ""
    title_field = ""
    tail_headline = ""
    tail_seen = False  # only the tail's first listed line may print the report's headline
    tail_open = False
    shaped = shaped_rows(rows, body, lead)
    listed = set(closing_list(rows, kinds, last_body, shaped)) if body else set()
    previous_kind: str | None = None  # of the last non-blank line
    items_open = False  # under the report's own list opener below the body (…事项：)
    summary_seen = False
    site_names: list[str] = []  # the lines cut as a site's name, as the text has them
    row_before, row_after = neighbour_rows(rows)
    link_rows = set(link_group_rows(text, rows, kinds))
    # The first line after the body: a name alone there, closing the page or followed by
    # the site's tail, is the report's signature (found once per page, not per line).
    after_body = _next_key_row(rows, last_body) if body else -1
    page_top = True  # every non-blank row above this one was cut
    for i, (start, end, key) in enumerate(rows):
        kind = kinds[i]
        if not key or i in body_set:
            page_top = page_top and i not in body_set
            previous_kind = None if i in body_set else previous_kind
            if i == last_body:
                # Round art42: the report's last body line ends with a colon (…以下几点:,
                # 参加会议的单位有:): the short lines under it are its items (items_open;
                # a list's opener, as `is_list_opener` reads one further down)
                items_open = is_list_opener(key)
            continue
        found: list[tuple[str, str]] = []
        if kind is None and len(key) <= _SHORT:
            found = _spaced_credit(key)
            if found:
                kind = "credit line"
            elif previous_kind == "empty credit" and _CREDIT_NAME.fullmatch(key):
                # `[编辑:` / `芮传荣` / `]`: a credit broken over lines
                kind = "credit name"
                role = _credit_pattern_role(_key_before(rows, i))
                found = [(role, re.sub(r"\s+", "", key))] if role else []
            elif (
                previous_kind == "empty credit"
                and SOURCE_UNIT.fullmatch(key)
                and _credit_pattern_role(_key_before(rows, i)) == "来源"
            ):
                # `信息来源:` / `某某县人民政府办公室`: a source field broken over lines
                kind = "source line"
                found = [("来源", key)]
            elif (
                (previous_kind == "credit name" or (i < first_body and _is_place_label(key)))
                and _PLACE.fullmatch(key)
                and _before_reported(rows, i)
            ):
                # the place of a broken byline, before its 报导; round dev22f: above the
                # lead, a county's name there whatever the line above it was cut as (the
                # name alone as a banner: 某某某 / 花莲县 / 报导)
                kind = "credit place"
            elif i < second_body and _DATE_ALONE.fullmatch(key):
                kind = "date line"
            elif i > last_body and row_after[i] < 0 and is_cut_end_label(key):
                kind = "comments"  # a link cut short where the copy ends
            elif i > last_body and row_after[i] < 0 and is_keyword_line(key):
                kind = "tags"
            elif (
                i > last_body
                and row_after[i] < 0
                and row_before[i] > last_body
                and is_lone_end_word(key)
            ):
                # Round furn45b: a menu's or a site's word ending the page under other lines
                # out of the report; right under the last body line it stays (the copy's next
                # sentence cut short there, 会议强调, or the next story's heading, □ 人大)
                kind = "lone word"
            elif (i < first_body or i > last_body) and is_hashtag_line(text[start:end]):
                kind = "tags"  # a page's hashtags (#某某), out of the report's lines
            elif (
                row_before[i] >= 0
                and row_after[i] >= 0
                and is_injected_keyword(key, rows[row_before[i]][2], rows[row_after[i]][2])
            ):
                kind = "injected keyword"
            elif (
                i > last_body
                and is_widget_question(key)
                and (j := row_after[i]) >= 0
                and (kinds[j] is not None or j in shaped)
            ):
                kind = "widget question"  # a poll's question above its options
            elif (
                i == after_body
                and _is_signature(key)
                and _closes_page(rows, kinds, i, tail_kinds, listed)
            ):
                kind = "signature"
                found = [("作者", key.strip("(（)）"))]
            elif (
                i == after_body
                and (names := _signature_names(key))
                and _closes_page(rows, kinds, i, tail_kinds, listed)
            ):
                kind = "signature"  # the writers' names in brackets: (甲乙 丙丁)
                found = [("署名", name) for name in names]
            elif i == after_body and row_after[i] < 0 and _UNIT_SIGNATURE.fullmatch(key):
                kind = "source unit"  # a unit signing the report, the page's last line
                found = [("来源", key)]
            elif (
                i > last_body
                and row_after[i] < 0
                and previous_kind == "source line"
                and _DATE_ALONE.fullmatch(key)
            ):
                # Round furn42: 某某处供稿 / 2017年9月7日: the date alone on the page's last
                # line, right under the source line, is the source's; a notice's date under its
                # signing unit (kind `source unit`) is not read here.
                kind = "date line"
            elif (
                i < first_body
                and body
                and i not in own_opening
                and (
                    lead_overlap(key, lead) <= _BANNER_OVERLAP
                    or _is_label_above_headline(key, i, last_headline, page_top)
                    or (last_headline < 0 and _in_label_run(rows, i, row_before, row_after))
                    or (row_after[i] == first_body and _is_place_label(key))
                )
                and not _is_byline(key)
                and not _holds_clauses(key)
                and not is_clause_piece(key)
                and not _is_headline_shaped(key, i, last_headline)
                and not is_headline_over_stamp(key, i, row_after, kinds)
                and not (
                    0 <= last_headline == row_after[i]
                    and is_subject_line(key, rows[last_headline][2])
                )
                and not is_said_headline(key)
                and not (row_before[i] >= 0 and is_said_headline(rows[row_before[i]][2]))
                and not (row_before[i] >= 0 and is_kicker(text, rows[row_before[i]]))
            ):
                kind = "banner"
            elif i in listed or (i > last_body and tail_open and not _credit_pattern().match(key)):
                kind = "tail list"
        elif kind is None and i < first_body and body and _is_word_menu(key):
            if lead_overlap(key, lead) <= _BANNER_OVERLAP:
                kind = "banner"  # a site's menu, longer than a banner, above the lead
        if (
            kind is None
            and i < first_body
            and is_cut_teaser(key)
            and lead_overlap(key, lead) <= _BANNER_OVERLAP
        ):
            kind = "related item"  # another story's teaser, cut short, above the lead
        if kind is None and i in link_rows:
            kind = "link"  # Round furn43: --某某链接-- / --某某部门-- (a site's link groups)
        if kind is None and 0 <= gate < i:
            kind = "tail list"  # under a comment box's login prompt
        if kind is None and i in shaped and i not in own_opening:
            kind = "shape"  # no rule named it, but it has furniture's shape
        if kind == "summary":
            # only the first box is checked (one search of the text below it): linear
            kind = "summary" if not summary_seen and _summary_repeated(text, key, end) else None
            summary_seen = True
        if kind in ("shape", "tail list") and items_open:
            kind = None  # an item of the report's list under its opener (会议议定以下事项：)
        under_byline = previous_kind == "byline"  # the line above is the reporter's
        previous_kind = kind
        if kind is None:
            items_open = items_open or (i > last_body and is_list_opener(key))
            page_top = False
            continue
        items_open = False
        if i > last_body and kind in tail_kinds:
            tail_open = True
        if kind == "credit list" and not found:
            found = _name_role_credits(key) or _listed_credits(key) or _slashed_credits(key)
        if kind in ("byline", "photo credit", "source credit") and not found:
            found = _named_credits(kind, key)
        if kind == "signed credit":
            found = _signed_credits(key)
        if kind == "source unit":
            found = [("来源", key.strip("()【】[] "))]
        found = found or _field_credits(key)
        credits.extend(found + _spaced_listed_credits(key, found))
        if kind in _STAMP_KINDS and not published:
            published = stamp_date(key)  # 2013年06月09 15:50:29 来源:…, 日期:93-06-24
        if kind == "banner" and i < first_body and not published:
            published = stamp_date(key, labelled_only=True)  # - 新闻日期:105-04-04
        if kind in ("no text", "forum") and (i < first_body or i < second_body) and not published:
            # 2018/12/25 10:25 alone, above the lead or under it; the thread's first post
            # stamp (发表于 2021-9-7 07:32:08 | 显示全部楼层); a date alone under the reporter's
            # byline (记者某某/某地报导, then 2014.12.25): the report's own day
            published = timed_date(key) or (stamp_date(key) if kind == "forum" else "")
            if under_byline and not published and _DATE_ALONE_DASHED.fullmatch(key):
                published = stamp_date(key)
        if kind == "site name":
            site_names.append(text[start:end].strip())
        if kind == "title field" and not title_field:
            title_field = title_field_value(text[start:end])
        if kind == "tail list" and i > last_body and not tail_seen:
            tail_seen = True
            if is_tail_headline(key, lead):
                tail_headline = text[start:end].strip()
        spans.append((start, end, "furniture", kind_note(kind)))
    if site_names:
        spans.extend(watermark_spans(text, rows, site_names, {span[0] for span in spans}))
    spans.extend(glued_widget_span(text, rows, {span[0] for span in spans}))
    glued, glued_credits = glued_credit_span(text, rows, {span[0] for span in spans})
    spans.extend(glued)
    credits.extend(glued_credits)
    starts = sorted(span[0] for span in spans)  # rows with a cut or an edit already: linear
    taken = {
        start
        for start, end, _key in rows
        if (j := bisect_left(starts, start)) < len(starts) and starts[j] < end
    }
    spans.extend(glued_bar_spans(text, rows, taken))
    spans.extend(glued_date_stamp_span(text, rows, taken))
    spans.extend(glued_outlet_tag_spans(text, rows, taken))
    if not spans:
        return StepResult(text)
    new_text, edits = cut_spans(text, spans)
    meta: dict[str, object] = {}
    if credits:
        meta["credits"] = credits
    if published:
        meta["published"] = published
    if title_field:
        meta["title_field"] = title_field
    if tail_headline:
        meta["tail_headline"] = tail_headline
    return StepResult(new_text, tuple(edits), (), meta)


_TAIL_HEADLINE_OVERLAP = 0.5  # share of its bigrams the lead holds: the report's own


def is_tail_headline(key: str, lead: set[str]) -> bool:
    """Whether the first line of a list under the report (after its share bar) prints the
    report's own headline: a headline's length, no sentence, most of its words in the
    lead (a related story's is about something else).

    >>> lead = _bigrams("某县长甲乙3日下午到北港、南湾两乡察看水情，对农户作物受损十分关切。")
    >>> is_tail_headline("甲乙到北港、南湾察看水情 关切农户作物受损", lead)
    True
    >>> is_tail_headline("某市12里参加健康社区评选 盼全数入选", lead)
    False
    """
    if not HEADLINE_MIN_HAN <= han_count(key) <= HEADLINE_MAX_HAN:
        return False
    if _SENTENCE_END_MARK.search(key) or key.endswith(("，", ",", "：", ":")):
        return False
    return lead_overlap(key, lead) >= _TAIL_HEADLINE_OVERLAP


_TITLE_FIELD = re.compile(r"^\s*[（(]?\s*原?标题\s*[:：]\s*")
_QUOTES = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"), ("《", "》"))


def title_field_value(line: str) -> str:
    """The headline a title field gives (`原标题：“…”`), without its label and quotes.

    >>> title_field_value("原标题: 县长甲乙到某镇调研时强调 抓好落实")
    '县长甲乙到某镇调研时强调 抓好落实'
    >>> title_field_value("标题：“某乡多措并举做好禁烧工作”")
    '某乡多措并举做好禁烧工作'
    >>> title_field_value("（原标题：县长甲乙到某镇调研）")
    '县长甲乙到某镇调研'
    """
    line = line.strip()
    value = _TITLE_FIELD.sub("", line, count=1).strip()
    if line[:1] in "（(" and value[-1:] in "）)":
        value = value[:-1].strip()  # the field in brackets: (原标题：…)
    for left, right in _QUOTES:
        if len(value) > 2 and value.startswith(left) and value.endswith(right):
            return value[1:-1].strip()
    return value
