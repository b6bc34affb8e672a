"""N16: a record's date, as written, resolved, with its precision and its evidence.

Order of evidence: a date given in the sidecar or front matter; a full date in the
text; a month and day in the text with the year taken from the page's 发布时间 line, or
inferred from a dated event the text names (data/dated_events.tsv); otherwise the year
is unknown and the record is listed as undated. A year is never invented silently: an
inferred year says so, and on what evidence. A date that exists in no year (2月30日,
4月31日) is kept as written, left unresolved and said so in the note (the record's
"undated" finding shows it); no year is looked for.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from ..common.roc_years import ROC_OFFSET
from ..data import lines
from ..model import DateInfo

_CN_DIGITS = str.maketrans("〇零○Ｏ０一二两三四五六七八九", "000001223456789")
# Months and days in Chinese numerals: 九月, 十二月; 一日, 十一日, 二十日, 廿一日, 卅日, 三十一日.
_CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九]"
_MONTH = rf"(?P<m>1[0-2]|0?[1-9]|{_CN_MONTH})"
_DAY = rf"(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})"
_FULL = re.compile(
    r"(?P<y>(?:19|20)\d\d|[二][〇零○0Ｏ][一二三四五六七八九〇零○0Ｏ]{2})年"
    rf"(?:{_MONTH}月(?:{_DAY}日)?)?"
)
_MONTH_DAY = re.compile(rf"(?<![\d年〇零一二三四五六七八九十廿卅至]){_MONTH}月{_DAY}[日号]")
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:[-/.年](?P<m>1[0-2]|0?[1-9])(?:[-/.月](?P<d>3[01]|[12]\d|0?[1-9]))?)?"
)
# A lunar (农历) date: its month and day are not Gregorian and are never read as such.
_LUNAR_DAY = rf"初[一二三四五六七八九十]|{_CN_DAY}|30|[12]\d|0?[1-9]"
_LUNAR = re.compile(
    r"(?:(?:19|20)\d\d年|[二][〇零○0Ｏ][一二三四五六七八九〇零○0Ｏ]{2}年)?"
    r"(?:农历|阴历|夏历|農曆|陰曆)"
    r"(?:[闰閏]?(?:正|冬|腊|臘|十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月"
    rf"(?:{_LUNAR_DAY})?|初[一二三四五六七八九十])日?"
)


def chinese_number(numeral: str) -> int:
    """The value of a small number written in Arabic or Chinese numerals (up to 99): a
    month or day, a count of people (两名 is 2).

    >>> [chinese_number(n) for n in ("9", "九", "十", "十一", "二十", "廿一", "卅", "三十一")]
    [9, 9, 10, 11, 20, 21, 30, 31]
    >>> [chinese_number(n) for n in ("两", "十二", "４")]
    [2, 12, 4]
    """
    if numeral.isdigit():
        return int(numeral)
    tens = {"廿": 20, "卅": 30}.get(numeral[0])
    if tens is not None:
        numeral = numeral[1:]
    elif "十" in numeral:
        before, _, numeral = numeral.partition("十")
        tens = 10 * (int(before.translate(_CN_DIGITS)) if before else 1)
    else:
        tens = 0
    return tens + (int(numeral.translate(_CN_DIGITS)) if numeral else 0)


def _blank_lunar(text: str) -> tuple[str, str]:
    """The text with its lunar dates blanked out (same length), and the first of them.

    >>> blanked, lunar = _blank_lunar("2024年农历八月十五日，召开会议。")
    >>> lunar, blanked.strip("\u3000")
    ('2024年农历八月十五日', '，召开会议。')
    >>> _blank_lunar("农历新年前夕，召开会议。")[1]   # no month or day: not a date
    ''

    """
    found = ""

    def blank(m: re.Match[str]) -> str:
        nonlocal found
        found = found or m.group(0)
        return "　" * len(m.group(0))

    return _LUNAR.sub(blank, text), found


# The note of a date taken from the page's publishing time for want of one in the text.
NO_DATE_IN_TEXT = "正文无日期，取页面发布时间"
NO_DATE_IN_TEXT_URL = "正文无日期，取网址中的日期"

LEAD_CHARS = 200  # the event's date is written in the lead; later dates are other events


def _iso(y: int, m: int | None, d: int | None) -> tuple[str, str] | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat(), "day"
        if m is not None:
            return f"{y:04d}-{m:02d}", "month"
        return f"{y:04d}", "year"
    except ValueError:
        return None


def exists_in_some_year(month: int, day: int) -> bool:
    """Whether a month and day is a date at all (2月29日 is, in a leap year).

    >>> exists_in_some_year(2, 29), exists_in_some_year(2, 30), exists_in_some_year(4, 31)
    (True, False, False)
    """
    return _iso(2000, month, day) is not None  # 2000 is a leap year


# 2月29日 comes back within eight years (2096 to 2104 skips 2100): the years tried.
_YEARS_TO_TRY = 9


def _impossible(as_written: str) -> DateInfo:
    return DateInfo(as_written, "", "unknown", "unknown", f"正文所写日期{as_written}不存在")


def parse_date(value: str) -> tuple[str, str] | None:
    """Parse a date string as given (sidecar, 发布时间): (ISO, precision) or None.

    >>> parse_date("2024-08-02 10:21"), parse_date("2024年8月"), parse_date("二0二五年")
    (('2024-08-02', 'day'), ('2024-08', 'month'), ('2025', 'year'))
    >>> parse_date("二〇二四年九月十一日"), parse_date("2024年九月"), parse_date("二〇二四年")
    (('2024-09-11', 'day'), ('2024-09', 'month'), ('2024', 'year'))
    >>> parse_date("8月2日") is None
    True
    """
    value = value.strip()
    m = _FULL.search(value) or _ISO.match(value)
    if not m:
        return None
    y = int(m.group("y").translate(_CN_DIGITS))
    mo = chinese_number(m.group("m")) if m.group("m") else None
    d = chinese_number(m.group("d")) if m.group("d") else None
    return _iso(y, mo, d)


def _events() -> list[tuple[str, date, str]]:
    out = []
    for line in lines("dated_events.tsv"):
        phrase, iso, note = [*line.split("\t"), "", ""][:3]
        out.append((phrase, date.fromisoformat(iso), note))
    return out


def infer_year(month: int, day: int, text: str) -> tuple[int, str] | None:
    """The first (month, day) on or after the latest dated event the text names.

    >>> infer_year(8, 2, "学习贯彻党的二十届三中全会精神")
    (2024, '正文提到二十届三中全会（2024-07-18），其后第一个8月2日在2024年')
    >>> infer_year(7, 1, "学习贯彻党的二十届三中全会精神")[0]
    2025
    >>> infer_year(8, 2, "召开会议") is None
    True

    A date that exists in no year has no first year (the search is bounded):

    >>> infer_year(2, 30, "学习贯彻党的二十届三中全会精神") is None
    True
    """
    named = [(when, phrase) for phrase, when, _ in _events() if phrase in text]
    if not named or not exists_in_some_year(month, day):
        return None
    when, phrase = max(named)
    for year in range(when.year, when.year + _YEARS_TO_TRY):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 2月29日 in a common year
            continue
        if candidate >= when:
            note = f"正文提到{phrase}（{when.isoformat()}），其后第一个{month}月{day}日在{year}年"
            return year, note
    return None


# A day of the month alone (28日, 今(25)日 aside) is a date when a time of day, a stop, a
# range or a verb of the event follows it, and no count comes before it (为期3日, 共5日),
# nor a numeral it ends (七日 is no day inside 六月十七日 or 二十七日).
_DAY_ONLY = re.compile(
    r"(?<![\d月年第共约近每达期续用了./\-—～~至到〇零一二三四五六七八九十廿卅])"
    + rf"[（(]?(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[)）]?日"
    + r"(?=[上下中]午|晚|早|傍晚|凌晨|夜|[，,、\s]|起|至|到|[-—～~]|\d{1,2}[时:：]"
    + r"|[一二三四五六七八九十]{1,3}时|召开|举行|在|于|前往|率|带|赴|到|深入|出席|主持)"
)
# 今天, 今日, 昨天, 昨晚, 今(25)日, 昨（六）晚, 前天: a day counted back from the page's date.
_RELATIVE = re.compile(
    r"(?P<rel>前天|前日|[昨今])(?:"
    # 今(25)日, 今（28日）: the day of the month in brackets, then 日 or a time of day
    + rf"[（(](?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号]?[)）](?:天|日|晨|早|晚|[上下中]午)?"
    # 今天, 昨日(25日): the unit, then perhaps the day in brackets
    + r"|(?:天|日|晨|早|晚|[上下中]午)"
    + rf"(?:[（(](?P<d2>3[01]|[12]\d|0?[1-9]|{_CN_DAY})[日号]?[)）])?"
    + r"|(?<=[天日]))"  # 前天, 前日: a unit of their own
    # 今日头条, 今日要闻, 今日某某网消息: a column or a site's name, not a day.
    + r"(?![^，。,\s]{0,4}(?:网|消息|头条|要闻|报道|关注|热点|看点|新闻|聚焦))"
)
_DAYS_BACK = {"今": 0, "昨": 1, "前天": 2, "前日": 2}
# A Taiwan date in the Republic's years (100年11月10日 is 2011-11-10); with a month only,
# so that 100年 (a hundred years) is not read as one.
_ROC_FULL = re.compile(rf"(?<![\d年])(?:民国)?(?P<y>1[01]\d|[89]\d)年{_MONTH}月(?:{_DAY}[日号])?")
# A dateline (湖南日报11月7日讯, 宁波网2月22日9:07讯, 新华社北京3月5日电) dates the page: the
# event's date only when the lead gives no other. A date after 将于 or 定于 is to come.
_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}[:：]\d{2})?\s*[)）]?(?:讯|电)")
_TO_COME_BEFORE = re.compile(r"(?:将于|定于|拟于|将在|计划于|预计于|将)$")
# 今天（3月26日）: the bracketed date says which day 今天 is.
_BRACKETED_NEXT = re.compile(r"\W{0,2}[（(]")


class _Candidate(NamedTuple):
    kind: str  # "full", "roc", "month day", "relative" or "day"
    match: re.Match[str]
    aside: str  # "dateline" (11月7日讯: the page's date), "to come" (将于…), or ""

    @property
    def year_only(self) -> bool:
        return self.kind == "full" and not self.match.group("m")


def _candidates(lead: str) -> list[_Candidate]:
    """The date candidates of the lead in the order written: (kind, match, aside).

    >>> [(k, m.group(0), a) for k, m, a in _candidates("本报11月7日讯 11月6日，召开会议。")]
    [('month day', '11月7日', 'dateline'), ('month day', '11月6日', '')]
    >>> lead = "会议将于2019年2月26日召开 1月31日下午，召开常委会。"
    >>> [(k, m.group(0), a) for k, m, a in _candidates(lead)]
    [('full', '2019年2月26日', 'to come'), ('month day', '1月31日', '')]
    >>> [(k, m.group(0)) for k, m, _ in _candidates("28日，召开会议。会议于2024年1月召开。")]
    [('day', '28日'), ('full', '2024年1月')]
    >>> [(k, m.group(0)) for k, m, _ in _candidates("今日某某网消息 昨日上午，召开会议。")]
    [('relative', '昨日')]
    >>> [(k, m.group(0)) for k, m, _ in _candidates("今天（3月26日）下午，召开会议。")]
    [('month day', '3月26日')]
    >>> [(k, m.group(0)) for k, m, _ in _candidates("县府100年11月10日至11日办理研习，为期2日，")]
    [('roc', '100年11月10日')]
    >>> [(k, m.group(0)) for k, m, _ in _candidates("于本年六月十七日赴县巡察，并于十七日下午勘察")]
    [('day', '十七日')]
    """
    found = []
    for kind, pattern in (
        ("full", _FULL),
        ("roc", _ROC_FULL),
        ("month day", _MONTH_DAY),
        ("relative", _RELATIVE),
        ("day", _DAY_ONLY),
    ):
        for m in pattern.finditer(lead):
            if _TO_COME_BEFORE.search(lead, max(0, m.start() - 3), m.start()):
                aside = "to come"
            elif kind != "relative" and _DATELINE_AFTER.match(lead, m.end()):
                aside = "dateline"
            else:
                aside = ""
            found.append(_Candidate(kind, m, aside))
    found.sort(key=lambda c: c.match.start())
    # A month and day inside a full date, a day inside a month and day: the longer one.
    kept: list[_Candidate] = []
    for c in found:
        if kept and c.match.start() < kept[-1].match.end():
            continue
        if (
            kept
            and kept[-1].kind == "relative"
            and _BRACKETED_NEXT.fullmatch(
                lead, kept[-1].match.end(), c.match.start() + (c.match.group(0)[0] in "（(")
            )
        ):
            kept.pop()  # 今天（3月26日）: the date in brackets
        kept.append(c)
    return kept


def _event_date(candidates: list[_Candidate]) -> _Candidate | None:
    """The event's date: the first that is neither a dateline, nor a date to come, nor a
    year alone; else the dateline; else a year alone (2023年 may be the year of anything
    the lead names); never a date to come (a notice's date is not its meeting's)."""
    for wanted in (
        lambda c: not c.aside and not c.year_only,
        lambda c: c.aside == "dateline",
        lambda c: not c.aside,
    ):
        for c in candidates:
            if wanted(c):
                return c
    return None


# A year the lead names alone (票决2025年项目) is taken for a month and day only from this
# year on: older ones are history (成立于1926年).
_HINT_FROM_YEAR = 1990


def _year_hint(candidates: list[_Candidate], event: _Candidate) -> tuple[int, str] | None:
    """The year the lead's other dates agree on, for a month and day without one: the
    year of its full dates with a month (会议于2023年1月11日至15日召开, a dateline, a date to
    come), else of its years named alone; none when they name two years.

    >>> lead = "1月11日，委员通道开启。会议2023年1月11日至15日召开。"
    >>> cs = _candidates(lead); _year_hint(cs, cs[0])
    (2023, '2023年1月11日')
    >>> lead = "12月22日，总结2023年工作，部署2024年工作。"
    >>> cs = _candidates(lead); _year_hint(cs, cs[0]) is None
    True
    """
    with_month: dict[int, str] = {}
    alone: dict[int, str] = {}
    for c in candidates:
        if c is event or c.kind not in ("full", "roc"):
            continue
        year = int(c.match.group("y").translate(_CN_DIGITS))
        year += ROC_OFFSET if c.kind == "roc" else 0
        (alone if c.year_only else with_month).setdefault(year, c.match.group(0))
    for years in (with_month, {y: w for y, w in alone.items() if y >= _HINT_FROM_YEAR}):
        if len(years) == 1:
            return next(iter(years.items()))
        if years:
            return None
    return None


def _published_day(published: str) -> date | None:
    parsed = parse_date(published) if published else None
    return date.fromisoformat(parsed[0]) if parsed and parsed[1] == "day" else None


# A date in a page's address (…/2025/01/15/…, …/202209/06/content_…, …/t20240802_…):
# the day the site filed the page under, read like a publishing day. Besides a date with a
# two-digit month and day and no digit after it, three shapes say a day as plainly: a folder
# whose month or day has one digit (/art/2022/4/22/, /2026-3-13/); a file named by its time
# of filing, to the second (2016102209155676194.htm: 2016-10-22 09:15:56, then a serial);
# a dashed date a serial is glued to (…2017-12-0814874.html).
_Y, _MM, _DD = r"(?P<y>(?:19|20)\d\d)", r"(?P<m>0[1-9]|1[0-2])", r"(?P<d>0[1-9]|[12]\d|3[01])"
_URL_DAYS = (
    re.compile(rf"(?<!\d){_Y}[-/_.]?{_MM}[-/_.]?{_DD}(?!\d)"),
    re.compile(
        rf"(?<=/){_Y}(?P<sep>[-/])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?=/)"
    ),
    re.compile(rf"(?<!\d){_Y}{_MM}{_DD}(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"),
    re.compile(rf"(?<!\d){_Y}-{_MM}-{_DD}(?=\d)"),
)


def url_day(url: str) -> date | None:
    """The first date in the path of a page's address, or None.

    >>> url_day("http://a.cn/2025/01/15/20250115-01-1_20250114234729.html")
    datetime.date(2025, 1, 15)
    >>> url_day("http://a.cn/szb/pc/col/202209/06/content_177770.html")
    datetime.date(2022, 9, 6)
    >>> url_day("http://www.a.gov.cn/xwzx/202408/t20240802_1234567.html")
    datetime.date(2024, 8, 2)
    >>> url_day("http://a.cn/info/20150932369597.html") is None  # no such day; an id
    True
    >>> url_day("http://20240802.a.cn/x.html") is None  # the host is no date
    True

    A folder's one-digit month or day, a file named by its time of filing, a serial glued
    to a dashed date:

    >>> url_day("http://www.a.gov.cn/art/2022/4/7/art_1229_589.html")
    datetime.date(2022, 4, 7)
    >>> url_day("http://a.cn/Html/2026-3-13/77362.html")
    datetime.date(2026, 3, 13)
    >>> url_day("http://a.cn/news/mj/2016102209155676194.htm")
    datetime.date(2016, 10, 22)
    >>> url_day("http://a.cn/html/abc2017-12-0814874.html")
    datetime.date(2017, 12, 8)

    A serial that is no time of day (hour 24), a year and a number, a month folder alone:

    >>> url_day("http://a.cn/cna/202504/202504112459520.html") is None
    True
    >>> url_day("http://a.cn/zhengxie/2019/102194.html"), url_day("http://a.cn/2022/12/1225_1.html")
    (None, None)
    """
    path = _url_path(url)
    found = []  # (where, day) of each shape's first real day: the first in the path wins
    for shape in _URL_DAYS:
        for m in shape.finditer(path):
            try:
                found.append((m.start(), date(int(m["y"]), int(m["m"]), int(m["d"]))))
                break
            except ValueError:  # 2月30日: an id, not a date
                continue
    return min(found)[1] if found else None


_URL_MAX_CHARS = 500  # an address longer than this is read no further


def _url_path(url: str) -> str:
    """The path of a page's address, its scheme and host left out (a host is no date),
    read no further than _URL_MAX_CHARS."""
    return re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)[:_URL_MAX_CHARS]


# A folder of the address that is a year and a month alone (/202005/, /2016/10/,
# /2019-01/): the month the site filed the page under. It dates no day, so only a month
# and day of the text takes its year from it; a year folder alone (/2019/102194.html) is
# no month and is not read.
_URL_MONTH = re.compile(rf"(?<=/){_Y}[-/_]?{_MM}(?=/)")


def url_month(url: str) -> date | None:
    """The last day of the first year-and-month folder in the path of a page's address,
    or None: the latest day the page can have been filed in that month.

    >>> url_month("http://a.cn/news/202005/50-750845.html")
    datetime.date(2020, 5, 31)
    >>> url_month("http://a.cn/news/2016/10/6052.html"), url_month("http://a.cn/2019-01/n-3.html")
    (datetime.date(2016, 10, 31), datetime.date(2019, 1, 31))
    >>> url_month("http://a.cn/zhengxie/2019/102194.html") is None  # a year alone
    True
    >>> url_month("http://201406.a.cn/x/1.html") is None  # the host is no date
    True
    """
    path = _url_path(url)
    found = _URL_MONTH.search(path)
    if found is None:
        return None
    year, month = int(found["y"]), int(found["m"])
    next_month = date(year + month // 12, month % 12 + 1, 1)
    return next_month - timedelta(days=1)


class _PageDate(NamedTuple):
    """The day the page was published or filed, and how the record's note says it."""

    day: date
    evidence: str  # "published" (the 发布时间 line) or "inferred" (the page's address)
    said: str


def _page_date(published: str, url: str, text: str) -> _PageDate | None:
    day = _published_day(published)
    if day:
        return _PageDate(day, "published", f"页面发布时间 {published.strip()}")
    day = url_day(url) if url else None
    if day and not _reposted(day, text):
        return _PageDate(day, "inferred", f"网址中的日期 {day.isoformat()}")
    return None


_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _reposted(filed: date, text: str) -> bool:
    """Whether the address's date is a later copy's: the text names years (from 1990 on)
    and none of them within a year of it (a 2013 report filed again in 2020).

    >>> _reposted(date(2020, 9, 4), "总结2013年工作，部署2014年工作。")
    True
    >>> _reposted(date(2014, 1, 6), "总结2013年工作。")
    False
    >>> _reposted(date(2019, 2, 11), "成立于1926年")  # history is no year of the report
    False
    """
    years = {int(y) for y in _YEAR_NAMED.findall(text[:_YEARS_READ])}
    years = {y for y in years if y >= _HINT_FROM_YEAR}
    return bool(years) and all(abs(y - filed.year) > 1 for y in years)


_YEARS_READ = 5000  # the years a report names are read in its first characters


# A month and day this many days after the page's date is an event to come, announced in
# the days before it (11月20日将召开 on a page of 11月19日): the page's year, not the last.
_DAYS_AHEAD = 7


def _year_near(month: int, day: int, page_day: date) -> int:
    """The year of a month and day the text gives without one, from the page's date: the
    page's year when the day falls on or before it or within a week after it, else the
    year before (a report is written after its event).

    >>> _year_near(11, 20, date(2006, 11, 19)), _year_near(12, 30, date(2024, 1, 2))
    (2006, 2023)
    >>> _year_near(11, 30, date(2006, 11, 19)), _year_near(2, 29, date(2023, 2, 27))
    (2005, 2022)
    """
    try:
        in_page_year = date(page_day.year, month, day)
    except ValueError:  # 2月29日 in a common year: not within the week ahead
        return page_day.year - 1
    if in_page_year <= page_day + timedelta(days=_DAYS_AHEAD):
        return page_day.year
    return page_day.year - 1


def _day_on_or_before(day: int, on_or_before: date) -> date | None:
    """The latest date on or before `on_or_before` whose day of the month is `day`, within
    the month before (a report is dated within days of its page)."""
    month_start = on_or_before.replace(day=1)
    for first in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        try:
            candidate = first.replace(day=day)
        except ValueError:  # 31日 in a month of 30 days
            continue
        if candidate <= on_or_before:
            return candidate
    return None


def resolve_date(text: str, given: str = "", published: str = "", url: str = "") -> DateInfo:
    """Resolve the record's date from the sidecar, the text, the 发布时间 line and the
    page's address (`url`, a sidecar's: a date in its path, used as the 发布时间 is): the
    first date the lead gives for the event (a full date, a month and day, a day counted
    from the page's date, a day of the month), a year alone only when the lead has no other.

    >>> resolve_date("8月2日下午，召开会议。", given="2024-08-02").evidence
    'given'
    >>> d = resolve_date("8月2日下午，学习二十届三中全会精神。")
    >>> d.as_written, d.resolved, d.precision, d.evidence
    ('8月2日', '2024-08-02', 'day', 'inferred')
    >>> d = resolve_date("1月5日，召开会议。", published="2024-01-06 09:00")
    >>> d.resolved, d.evidence
    ('2024-01-05', 'published')
    >>> d = resolve_date("12月30日，召开会议。", published="2024-01-02")
    >>> d.resolved
    '2023-12-30'
    >>> d = resolve_date("8月2日，召开会议。")
    >>> d.as_written, d.resolved, d.precision, d.evidence
    ('8月2日', '', 'unknown', 'unknown')
    >>> resolve_date("2月30日，学习二十届三中全会精神。").note
    '正文所写日期2月30日不存在'
    >>> resolve_date("二〇二四年九月十一日，召开会议。").resolved
    '2024-09-11'
    >>> resolve_date("农历八月十五，召开座谈会。", published="2024-09-18").note
    '正文日期农历八月十五为农历，未换算为公历'
    >>> d = resolve_date("12月22日，县政协召开常委会，总结2023年工作。")
    >>> d.as_written, d.resolved, d.evidence, d.note
    ('12月22日', '2023-12-22', 'inferred', '年份推断自导语中的“2023年”')
    >>> d = resolve_date("昨日上午，区委召开会议。", published="2024-03-01 08:00")
    >>> d.as_written, d.resolved, d.evidence
    ('昨日', '2024-02-29', 'published')
    >>> resolve_date("28日，召开常委会。", published="2023-12-29").resolved
    '2023-12-28'
    >>> resolve_date("30日，召开常委会。", published="2024-03-02").note  # no 2月30日
    '30日在页面发布时间 2024-03-02之前一个月内没有对应日期'
    >>> d = resolve_date("28日，召开常委会。", url="http://a.cn/szb/2023/12/29/x.html")
    >>> d.resolved, d.evidence, d.note
    ('2023-12-28', 'inferred', '28日按网址中的日期 2023-12-29推算')
    >>> resolve_date("区委召开常委会。", url="http://a.cn/2023/12/29/x.html").resolved
    '2023-12-29'
    """
    lead, lunar = _blank_lunar(text[:LEAD_CHARS])
    candidates = _candidates(lead)
    event = _event_date(candidates)
    kind, found = (event.kind, event.match) if event else ("", None)
    as_written = found.group(0) if found else ""
    if given:
        parsed = parse_date(given)
        if parsed:
            return DateInfo(
                as_written or given,
                parsed[0],
                parsed[1],
                "given",
                f"元数据给出日期 {given}",
            )
    if kind == "full":
        parsed = parse_date(as_written)
        if parsed:
            return DateInfo(as_written, parsed[0], parsed[1], "in text", "正文载有完整日期")
        return _impossible(as_written)  # the pattern takes only numbers: 2024年2月30日
    if kind == "roc":
        y, m = int(found.group("y")) + ROC_OFFSET, chinese_number(found.group("m"))
        d = chinese_number(found.group("d")) if found.group("d") else None
        resolved = _iso(y, m, d)
        if resolved:
            return DateInfo(as_written, *resolved, "in text", "正文载有民国纪年的完整日期")
        return _impossible(as_written)
    if kind == "month day":
        m, d = chinese_number(found.group("m")), chinese_number(found.group("d"))
        if not exists_in_some_year(m, d):
            return _impossible(as_written)
        page = _page_date(published, url, text)
        if page:
            resolved = _iso(_year_near(m, d, page.day), m, d)
            if resolved:
                return DateInfo(
                    as_written, resolved[0], "day", page.evidence, f"年份取自{page.said}"
                )
        inferred = infer_year(m, d, text)
        if inferred:
            resolved = _iso(inferred[0], m, d)
            if resolved:
                return DateInfo(as_written, resolved[0], "day", "inferred", inferred[1])
        hint = _year_hint(candidates, event)
        resolved = _iso(hint[0], m, d) if hint else None
        if resolved:
            note = f"年份推断自导语中的“{hint[1]}”"
            return DateInfo(as_written, resolved[0], "day", "inferred", note)
        # Last, the month the address files the page under (…/202005/…): the event's year
        # is that month's, or the year before for a later month (a report follows its
        # event), unless the text's years say the page is a later copy.
        filed_by = url_month(url) if url else None
        if filed_by and not _reposted(filed_by, text):
            resolved = _iso(_year_near(m, d, filed_by), m, d)
            if resolved:
                note = f"年份取自网址中的年月 {filed_by.year}-{filed_by.month:02d}"
                return DateInfo(as_written, resolved[0], "day", "inferred", note)
        return DateInfo(
            as_written,
            "",
            "unknown",
            "unknown",
            "正文只有月日，没有可确定年份的依据",
        )
    if kind in ("relative", "day"):
        return _from_the_page_date(kind, found, _page_date(published, url, text))
    if lunar:  # flagged (the record's "undated" finding), never taken as Gregorian
        return DateInfo(lunar, "", "unknown", "unknown", f"正文日期{lunar}为农历，未换算为公历")
    if published:
        parsed = parse_date(published)
        if parsed:
            return DateInfo(
                published.strip(),
                parsed[0],
                parsed[1],
                "published",
                NO_DATE_IN_TEXT,
            )
    filed = _page_date("", url, text)  # the address's date: no 发布时间 line is left here
    if filed:
        return DateInfo("", filed.day.isoformat(), "day", filed.evidence, NO_DATE_IN_TEXT_URL)
    return DateInfo("", "", "unknown", "unknown", "未找到日期")


def _from_the_page_date(kind: str, found: re.Match[str], page: _PageDate | None) -> DateInfo:
    """A day counted back from the page's publishing day (今天, 昨日) or a day of the
    month (28日, 今(25)日): resolved only when the page says the day it was published
    (its 发布时间 line, or a date in its address)."""
    as_written = found.group(0)
    if page is None:
        return DateInfo(
            as_written, "", "unknown", "unknown", "正文只有日或相对日期，页面没有发布日期"
        )
    day = found.group("d") or (found.groupdict().get("d2") or "")
    if day:
        when = _day_on_or_before(chinese_number(day), page.day)
    else:
        when = page.day - timedelta(days=_DAYS_BACK[found.group("rel")])
    if when is None:
        note = f"{as_written}在{page.said}之前一个月内没有对应日期"
        return DateInfo(as_written, "", "unknown", "unknown", note)
    return DateInfo(
        as_written,
        when.isoformat(),
        "day",
        page.evidence,
        f"{as_written}按{page.said}推算",
    )
