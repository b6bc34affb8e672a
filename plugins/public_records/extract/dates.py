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
from datetime import date

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
_MONTH_DAY = re.compile(rf"(?<![\d年〇零一二三四五六七八九十廿卅]){_MONTH}月{_DAY}日")
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


def resolve_date(text: str, given: str = "", published: str = "") -> DateInfo:
    """Resolve the record's date from the sidecar, the text and the 发布时间 line.

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
    """
    lead, lunar = _blank_lunar(text[:LEAD_CHARS])
    full = _FULL.search(lead)
    month_day = _MONTH_DAY.search(lead)
    as_written = full.group(0) if full else (month_day.group(0) if month_day else "")
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
    if full:
        parsed = parse_date(full.group(0))
        if parsed:
            return DateInfo(as_written, parsed[0], parsed[1], "in text", "正文载有完整日期")
        return _impossible(as_written)  # the pattern takes only numbers: 2024年2月30日
    if month_day:
        m, d = chinese_number(month_day.group("m")), chinese_number(month_day.group("d"))
        if not exists_in_some_year(m, d):
            return _impossible(as_written)
        pub = parse_date(published) if published else None
        if pub and len(pub[0]) == 10:
            pub_date = date.fromisoformat(pub[0])
            year = pub_date.year if (m, d) <= (pub_date.month, pub_date.day) else pub_date.year - 1
            resolved = _iso(year, m, d)
            if resolved:
                return DateInfo(
                    as_written,
                    resolved[0],
                    "day",
                    "published",
                    f"年份取自页面发布时间 {published.strip()}",
                )
        inferred = infer_year(m, d, text)
        if inferred:
            resolved = _iso(inferred[0], m, d)
            if resolved:
                return DateInfo(as_written, resolved[0], "day", "inferred", inferred[1])
        return DateInfo(
            as_written,
            "",
            "unknown",
            "unknown",
            "正文只有月日，没有可确定年份的依据",
        )
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
    return DateInfo("", "", "unknown", "unknown", "未找到日期")
