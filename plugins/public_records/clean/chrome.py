"""N10: header and site chrome: breadcrumbs, the article-information line, the font-size
widget, a page banner date and a repeated title line.

Lines are judged in a folded copy (Simplified, ASCII colons, pinyin notes dropped; see
fold.py) and cut from the text as received, one Edit per line. Before a line is cut,
what it says about the record is kept in `StepResult.meta`:

- "published": the 发布时间 / 发布日期 / 日期 value as written (`2024-08-03 10:21`), else
  the date of the `date 2024-08-03` stamp that opens the page;
- "source_name": the 来源 value (folded: Simplified, pinyin notes dropped);
- "banner_date": a page banner date with its weekday (`2023年03月29日 星期三`), kept
  apart because it is often the day the page was crawled, not the day of the report;
- "page_title": the title line above the body of a page that has a header (folded);
- "credits": (role, name) pairs from 作者 / 编辑 fields on a cut line (the same form
  as the credits step gives).
"""

from __future__ import annotations

import re
from functools import cache

from ..data import lines
from ..model import StepResult
from .credits import role_over_names as _role_over_names
from .edits import kind_note
from .fold import fold, han_count, iter_lines
from .furniture import (
    HEADLINE_MIN_HAN,
    SOURCE_UNIT,
    headline_date,
    is_last_change,
    names_no_one,
    page_date_stamp,
    timed_date,
)
from .spans import cut_spans

_DATE = (
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_PUBLISHED = re.compile(
    rf"(?:发布时间|发布日期|发表时间|发表日期|成文日期|日期|时间|发布)\s*:\s*({_DATE})"
)
_SOURCE = re.compile(r"(?:信息来源|文章来源|稿件来源|来源)\s*:\s*([^\s|｜]+)")
# A credit field and its value, up to the next colon or bar: the value may be glued to
# the next field's label (作者:甲乙丙来源:…) or hold more than one name (作者:甲乙 丙丁).
# (The value is read ahead, not taken: a role glued after it opens the next field.)
# A reporter's field reads the same (记者:甲乙 / 某市 报导 发布时间:…: the name, then its place).
_CREDIT = re.compile(
    r"(作者|责任编辑|编辑|责编|审核人|审核|审稿|记者|通讯员)\s*:\s*(?=([^|｜:]{2,40}))"
)
# Several names in one credit field, each two to four Han characters, set apart by spaces.
_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){1,3}")
_COUNTER = re.compile(r"(?:浏览|点击|阅读|访问)(?:次数|数|量)?\s*:?\s*\d+\s*次?")
_FONT_SIZE = re.compile(r"(?:字号|字体)\s*:?\s*[\[【(]?\s*大\s*[\]】)]?\s*[\[【(]?\s*中")
_BANNER_DATE = re.compile(
    r"^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天])"
)
_HOME_CRUMB = re.compile(r"^首页\s*(?:>|›|»|/|>>|-)")
# Round furn43: a source field whose label stands alone on its line (来源:), its value on the
# next line: a unit's name alone there (某某乡党政办, 某某县融媒体中心), no clause mark, is the
# field's value (furniture.SOURCE_UNIT, which reads the same field below the header).
# Anchored whole-line, bounded: a sentence cannot match.
_BARE_SOURCE_LABEL = re.compile(r"(?:信息来源|文章来源|稿件来源|新闻来源|来源)\s*:")
_OPENING_MARKS = r"\s\[【(〔<|｜"  # and 《
_LEADING_JUNK = re.compile(rf"^[{_OPENING_MARKS}《]+")
# The same marks before a line said as a headline, but for a book title's opening 《 that
# its 》 closes (《某某条例》实施座谈会召开): the title keeps it, a lone 》 reads as a cut.
_LEADING_MARKS = re.compile(rf"^(?:[{_OPENING_MARKS}]|《(?![^《》]*》))+")
# A body line: long, or a sentence. Everything above the first one is the header zone,
# where a lone "来源:" or "时间:" line is chrome (below it, it may be a credit or part
# of a notice, and is left to later steps).
_BODY_HAN = 30


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(lines("chrome_field_labels.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, labels)) + r")\s*:")


def strip_chrome(text: str) -> StepResult:
    """Cut chrome lines, harvesting the dates and the source first.

    >>> r = strip_chrome("當前位置：首頁 > 要聞\\n"
    ...                  "來源:大观区融媒体中心 發布時間:2024-08-03 10:21 瀏覽:454次\\n"
    ...                  "8月2日下午,大观区召开区委常委会扩大会议。")
    >>> r.text
    '8月2日下午,大观区召开区委常委会扩大会议。'
    >>> r.meta["published"], r.meta["source_name"], len(r.edits)
    ('2024-08-03 10:21', '大观区融媒体中心', 2)

    A body that merely mentions a date or a source is left alone:

    >>> body = "会议时间:8月2日下午。来源:区委办公室提供的材料显示,项目进展顺利。"
    >>> strip_chrome(body).text == body, strip_chrome(body).edits
    (True, ())
    """
    folded = fold(text)
    spans: list[tuple[int, int, str, str]] = []
    meta: dict[str, object] = {}
    credits: list[tuple[str, str]] = []
    in_header = True
    header_chrome = False  # chrome above the body: a short line there is the page title
    title: str | None = None
    title_span: tuple[int, int, str, str] | None = None
    title_from_fields = False  # the title opens a fields line, cut with it
    meta_title = ""
    column = ""  # the breadcrumb's last item, when it is a column's short name
    value_due = False  # the line above was a bare 来源: label (its value may follow)
    for start, end, _line in iter_lines(text):
        a, b = folded.folded_range(start, end)
        fline = folded.text[a:b].rstrip("\n")
        key = _LEADING_JUNK.sub("", fline).strip()
        if not key:
            continue
        words = _LEADING_MARKS.sub("", fline).strip()  # the line as a headline says it
        kind = _chrome_kind(key, in_header)
        if kind is None and value_due and SOURCE_UNIT.fullmatch(key):
            kind = "fields"  # 来源: / 某某乡党政办: the bare label's value on the next line
        value_due = in_header and kind == "fields" and bool(_BARE_SOURCE_LABEL.fullmatch(key))
        if kind == "banner date":
            m = _BANNER_DATE.match(key)
            meta.setdefault("banner_date", re.sub(r"\s+", " ", m.group(1)) if m else key)
        elif kind == "fields":
            _harvest(key, meta, credits)
            if SOURCE_UNIT.fullmatch(key):
                meta.setdefault("source_name", key)
            head = _headline_before_fields(words) if in_header and title is None else ""
            if head:  # the page's headline, its information fields glued after it
                title, title_from_fields, meta_title = _squash(head), True, head
        elif kind is None and title is not None and _squash(words) == title:
            kind = "repeated title"
        elif kind is None and in_header and column and _squash(key) == column:
            kind = "column name"  # the column's heading under its breadcrumb (… > 委员活动)
        if kind == "fields" and _role_over_names(text, start):
            kind = None  # 责编: / 甲某 on the next line: left for the credits step, both lines
        if kind == "breadcrumb":
            column = _crumb_column(key)
        if kind is not None:
            spans.append((start, end, "chrome", kind_note(kind)))
            header_chrome = header_chrome or in_header
            continue
        if in_header and title is None and _is_title_like(key):
            title = _squash(words)
            title_span = (start, end, "chrome", kind_note("page title"))
            meta_title = words
        if han_count(key) >= _BODY_HAN or "。" in key:
            in_header = False
    if title_span is not None and header_chrome:
        # A page with a header keeps its title among the chrome, above the body; the
        # record's title comes from the metadata, so the line leaves the body.
        spans.append(title_span)
        meta["page_title"] = meta_title
    elif title_from_fields:
        meta["page_title"] = meta_title
    if meta_title and (stamp := headline_date(meta_title)):
        meta.setdefault("published", stamp)  # 111-07-27 某乡道路改善: the page's date
    stamp = page_date_stamp(text)
    if stamp:  # the page's own `date` stamp at its top, when no 发布时间 field was read
        meta.setdefault("published", stamp)
    new_text, edits = cut_spans(text, spans)
    if credits:
        meta["credits"] = credits
    return StepResult(new_text, tuple(edits), (), meta)


def _chrome_kind(key: str, in_header: bool) -> str | None:
    """Which kind of chrome a (folded, stripped) line is, or None for text.

    >>> _chrome_kind("您的位置:首页 > 新闻中心 > 要闻", False)
    'breadcrumb'
    >>> _chrome_kind("2023年03月29日 星期三", True)
    'banner date'
    >>> _chrome_kind("【字号:大 中 小】", False)
    'fields'
    >>> _chrome_kind("来源:安庆日报", True), _chrome_kind("来源:安庆日报", False)
    ('fields', None)
    >>> _chrome_kind("时间:8月2日 地点:区行政中心", False) is None
    True
    """
    if any(
        key.startswith(p) and key[len(p) : len(p) + 1] in (":", " ", ">", "")
        for p in lines("chrome_breadcrumb.txt")
    ) or _HOME_CRUMB.match(key):
        return "breadcrumb"
    if len(key) > 200 or "。" in key:
        return None
    m = _BANNER_DATE.match(key)
    if m and han_count(key[m.end() :]) <= 12:
        return "banner date"
    if _FONT_SIZE.search(key) or _COUNTER.search(key) or _PUBLISHED.search(key):
        # The information line, wherever it is; but only when the fields are most of
        # the line, so a sentence quoting a date keeps its place.
        if _mostly_fields(key):
            return "fields"
    if in_header and _label_pattern().match(key) and _mostly_fields(key):
        return "fields"
    return None


# No `\s*` around it: tried from every space of a long run it would be quadratic.
_CRUMB_SEPARATOR = re.compile(r">>|>|›|»|/")
_COLUMN_MAX_HAN = HEADLINE_MIN_HAN - 1  # a column's name is shorter than any headline


def _crumb_column(crumb: str) -> str:
    """The last item of a breadcrumb when it is a column's short name, else "" (a
    breadcrumb that ends with the report's headline names no column: the line that
    repeats it is the page's title).

    >>> _crumb_column("当前位置:首页 > 工作动态 > 委员活动")
    '委员活动'
    >>> _crumb_column("当前位置:首页 > 工作动态 > 某县政协召开常委会议")
    ''
    """
    last = _squash(_CRUMB_SEPARATOR.split(crumb)[-1])
    return last if 2 <= han_count(last) <= _COLUMN_MAX_HAN and ":" not in last else ""


# What a headline glued before a fields line may not hold: a colon or a bracket (设置字体大小:
# 【 】: a widget's words), a sentence's end.
_NOT_IN_HEADLINE = re.compile(r"[:：【】\[\]。!?]")


def _headline_before_fields(key: str) -> str:
    """The headline a fields line opens with, glued or spaced before its first label
    (某街道筑牢防汛屏障守护群众平安作者:来源:添加时间:2031-08-08), or "" when the line opens
    with a field or with less than a headline before it.

    >>> _headline_before_fields("某街道筑牢防汛安全屏障守护群众平安作者:来源:添加时间:2031-08-08")
    '某街道筑牢防汛安全屏障守护群众平安'
    >>> _headline_before_fields("来源:某某日报 发布时间:2031-08-08")
    ''
    >>> _headline_before_fields("设置字体大小:【 】 【打印】 发布时间:2031-08-08")
    ''
    """
    label = _label_pattern().search(key)
    if label is None:
        return ""
    head = key[: label.start()].strip()
    if han_count(head) < HEADLINE_MIN_HAN or _NOT_IN_HEADLINE.search(head):
        return ""
    return head if _is_title_like(head) else ""


def _mostly_fields(key: str) -> bool:
    """At most a few Han characters per field: an information line, not a sentence."""
    fields = len(_label_pattern().findall(key)) + len(_FONT_SIZE.findall(key))
    return fields >= 1 and han_count(key) <= 24 * fields


def _harvest(key: str, meta: dict[str, object], credits: list[tuple[str, str]]) -> None:
    m = next((m for m in _PUBLISHED.finditer(key) if not is_last_change(key, m.start())), None)
    if m:  # a date field's value, not a last change's (最后更新时间:…)
        meta.setdefault("published", re.sub(r"\s+", " ", m.group(1)).strip())
    elif stamp := timed_date(key, at_start=True):  # 2020-09-09 10:28:18 来源:… (no label)
        meta.setdefault("published", stamp)
    m = _SOURCE.search(key)
    if m:
        value = _label_pattern().split(m.group(1))[0]
        value = re.split(r"(?:发布|日期|时间|作者|编辑|浏览|点击)", value)[0].strip(" ,;，；")
        if value:
            meta.setdefault("source_name", value)
    for role, value in _CREDIT.findall(key):
        role = "责任编辑" if role == "责编" else role
        credits.extend((role, name) for name in _credit_names(value))


def _credit_names(value: str) -> list[str]:
    """The names of a credit field's value: up to the next field's label or credit role
    glued after it (甲乙丙来源, 甲乙丙 审核人), one token, or several names set apart by
    spaces; none when the field is empty (作者:点击: the next label).

    >>> _credit_names("甲乙丙来源"), _credit_names("王某某 李某 时间"), _credit_names("点击")
    (['甲乙丙'], ['王某某', '李某'], [])
    >>> _credit_names(" 语音阅读: 来源"), _credit_names("本刊")  # a widget's label; the outlet
    ([], [])
    >>> _credit_names("某某网 人气")  # a site, then a counter's label: no second name
    ['某某网']
    >>> _credit_names("甲乙丙 审核人"), _credit_names("某某在线 2021-12-29")
    (['甲乙丙'], ['某某在线'])
    >>> _credit_names("甲乙丙 / 某市 报导 发布时间")  # a reporter's place after a slash
    ['甲乙丙']
    """
    value = _CREDIT_VALUE_END.split(value, maxsplit=1)[0].strip()
    if names_no_one(value):
        return []  # 作者:本刊: the outlet itself
    if _NAMES.fullmatch(value):
        return value.split()
    name = value.split()[0] if value else ""
    return [name] if 2 <= len(name) <= 12 else []


# Where a credit field's value ends: the next field's label or credit role glued to it.
_CREDIT_VALUE_END = re.compile(
    "(?:"
    + "|".join(
        sorted(
            {*lines("chrome_field_labels.txt"), "审核人", "审核", "审稿", "人气"},
            key=len,
            reverse=True,
        )
    )
    + ")"
)


# A line of reporters after their paper's name (某某日报·某某客户端记者 甲某 乙某): a credit
# line for the furniture step, not the page's title.
_REPORTERS_LINE = re.compile(
    r"(?:记者|通讯员)\s+[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}$"
)


def _is_title_like(key: str) -> bool:
    """A line that may be the page's title: a headline's length, no sentence's end, no
    reporters' line.

    >>> _is_title_like("某县召开常委会议"), _is_title_like("某某日报·某某客户端记者 王某 李某")
    (True, False)
    """
    return (
        4 <= han_count(key) <= 60
        and (not key.endswith(("。", "!", "?")) or _is_tagged_question(key))
        and not _REPORTERS_LINE.search(key)
    )


# Round furn47: a forum post's headline, its board's category tag in brackets before it (PTT's
# [问卦] …吗?, [黑特] …?): asked as a question, it is still the post's title. The tag's
# opening bracket is gone from the key (_LEADING_JUNK), its closing one opens the line's words.
_TAGGED_QUESTION = re.compile(r"[^\[\]\s]{1,4}\]\s*[^\[\]]{4,60}\?")


def _is_tagged_question(key: str) -> bool:
    """A headline asked as a question after a forum's bracketed category tag.

    >>> _is_tagged_question("问卦] 某县县长是不是很忙?"), _is_tagged_question("某县县长是不是很忙?")
    (True, False)
    """
    return bool(_TAGGED_QUESTION.fullmatch(key))


def _squash(key: str) -> str:
    return re.sub(r"\s+", "", key)
