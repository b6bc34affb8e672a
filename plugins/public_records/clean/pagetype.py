"""Page types that are not reports, and what kind of Chinese a page is written in.

Runs first (NOISE.md: reject first). It never changes the text; it only judges it:

- officialdom web novels (`第N章`, `本章未完`, dots inside words `市.委`),
- speech templates with placeholders (`XX`, `xx`, `X委`, `20**`),
- pages that are not Chinese (share of Han characters among letters),
- N15 synonym-spun copies (`下战书` for 下午; pairs in data/pagetype_spin_pairs.tsv),
- list pages (a column of headlines with their dates, often a pager) and form or
  message pages (login, search, error; words in data/pagetype_form_words.tsv) that a
  web page's extraction gave: neither has a paragraph of report,

each as an error Finding (the record is quarantined and listed on the build report), or
a warning when the evidence is weak. It also flags N04 Traditional originals from Taiwan
or Hong Kong (`traditional_original`, so later steps do not "repair" them) and measures
N03: the share of Traditional-only characters among Han characters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..data import lines, pairs, word_set
from ..model import Finding, StepResult
from ..script import converter
from .fold import HAN, HAN_CHAR, fold, han_count

# --- web novels -------------------------------------------------------------------
_CHAPTER_HEADING = re.compile(
    r"(?m)^[ \t]*第[0-9一二三四五六七八九十百千零〇两]{1,6}章(?:[ \t:]|$)"
)
# A dot or similar between two Han characters of one word: novels sites insert them so
# that copied text does not match a search (`市.委`, `副.書記`). A middle dot (·) is left
# out: it separates the parts of transcribed names (买买提·艾力).
# Only pairs listed in data/pagetype_novel_split_words.txt count, so a sentence ended by
# an ASCII "." is not evidence.
_DOT_IN_WORD = re.compile(rf"(?=([{HAN}])[.．]([{HAN}]))")

# --- speech templates ---------------------------------------------------------------
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[XxＸｘ×]{2,}|[XＸ×][委局办县市区镇乡村厅部](?![A-Za-z]))"
    r"|(?<![0-9])20(?:\*\*|XX|xx|××)(?![0-9])"
    r"|[XxＸｘ×]{1,2}月[XxＸｘ×]{1,2}日"
)

# --- Traditional originals (N04) ------------------------------------------------------
_ROC_YEAR = re.compile(r"民[國国](?:\d{2,3}|[一二三四五六七八九十〇零]{2,4})年")
_TODAY_NUMBER = re.compile(r"[今昨明][(（]\d{1,2}[)）]日")
_CORNER_QUOTE = re.compile(r"「[^」\n]{1,80}」")

# --- list pages and form pages ----------------------------------------------------------
# A date at the end (or start) of a headline line: 2024-08-02, 2024/8/2, 2024年8月2日,
# 08-02, each maybe in brackets. Matched in the folded copy (ASCII brackets and dashes).
_DATE = r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
_DATE_AT_END = re.compile(rf"[\[(【]?{_DATE}[\])】]?[\W_]*$")
_DATE_AT_START = re.compile(rf"^[\W_]*[\[(【]?{_DATE}[\])】]?")
_PAGE_COUNT = re.compile(r"共\s*\d+\s*页")
# A headline is short; a paragraph of report is a line of at least this many Han
# characters with a sentence in it (a mark that ends or joins clauses).
HEADLINE_MAX_HAN = 40
HEADLINE_MAX_CHARS = 120  # longer lines are not looked at for a date (bounded work)
PARAGRAPH_MIN_HAN = 25
_SENTENCE_MARK = re.compile(r"[。!?;,，；！？]")
# A list page: this many dated headlines making at least this share of the lines, or
# fewer with a pager; a form page: this many distinct words of one kind.
MIN_HEADLINES, MIN_HEADLINES_WITH_PAGER, MIN_HEADLINE_SHARE = 5, 3, 0.5
# ... and at most this many Han characters in paragraphs (a login page's notice, a
# search page's hint); a report about a service people log in to has more.
MIN_FORM_WORDS, FORM_MAX_PARAGRAPH_HAN = 3, 80

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")


def classify_page(text: str) -> StepResult:
    """Judge the page; the text is returned unchanged.

    A speech template is quarantined:

    >>> r = classify_page("在XX县20**年工作会议上的讲话\\n同志们:今天我们召开X委全体会议。")
    >>> [(f.code, f.severity) for f in r.findings], r.meta["page_type"]
    ([('page_template', 'error')], 'template')

    A plain report is left alone; its Traditional share is measured (8 of 18 Han):

    >>> r = classify_page("8月2日下午,大觀區(qū)召開區(qū)委常委會擴(kuò)大會議。")
    >>> r.findings, r.meta["traditional_share"], r.meta["page_type"]
    ((), 0.4444, 'report')
    """
    findings: list[Finding] = []
    meta: dict[str, object] = {}
    folded = fold(text).text

    for check in (_web_novel, _template, _not_chinese, _synonym_spun, _list_page, _form_page):
        finding = check(folded)
        if finding is not None:
            findings.append(finding)
    page_types = [f.code.removeprefix("page_") for f in findings if f.severity == "error"]
    meta["page_type"] = page_types[0] if page_types else "report"
    if any(f.code in ("page_synonym_spun", "low_trust_synonym_spun") for f in findings):
        meta["low_trust"] = True

    original = _traditional_original(text)
    if original is not None:
        findings.append(original)
        meta["traditional_original"] = True
    meta["traditional_share"] = traditional_share(text)
    return StepResult(text, (), tuple(findings), meta)


def _web_novel(folded: str) -> Finding | None:
    """Two kinds of evidence, or strong evidence of one kind, make a web novel.

    >>> _web_novel("第三章 官场风云\\n副.书记看着他。本章未完").severity
    'error'
    >>> _web_novel("会议学习了党章第三章的内容。") is None
    True
    """
    evidence: list[str] = []
    headings = _CHAPTER_HEADING.findall(folded)
    if headings:
        evidence.append(f"chapter heading {headings[0].strip()!r}")
    markers = [m for m in lines("pagetype_novel_markers.txt") if m in folded]
    if markers:
        evidence.append(f"novel-site phrase {markers[0]!r}")
    split_words = word_set("pagetype_novel_split_words.txt")
    dots = [a + "." + b for a, b in _DOT_IN_WORD.findall(folded) if a + b in split_words]
    if dots:
        evidence.append(f"{len(dots)} dots inside words, e.g. {dots[0]!r}")
    strong = len(evidence) >= 2 or len(dots) >= 3 or "本章未完" in markers
    if not evidence:
        return None
    if strong:
        return Finding("page_web_novel", "error", "web novel: " + "; ".join(evidence))
    return Finding("page_web_novel_suspect", "warning", "maybe a web novel: " + evidence[0])


def _template(folded: str) -> Finding | None:
    """Two or more placeholders make a speech template; one is a warning.

    >>> _template("在XX镇XX村调研").severity
    'error'
    >>> _template("医院新购X光机一台,CT机一台。") is None
    True
    """
    hits = _PLACEHOLDER.findall(folded)
    if not hits:
        return None
    shown = ", ".join(dict.fromkeys(hits))
    if len(hits) >= 2:
        return Finding("page_template", "error", f"speech template, placeholders: {shown}")
    return Finding("page_template_suspect", "warning", f"one placeholder: {shown}")


def _not_chinese(folded: str) -> Finding | None:
    """Less than half of the letters Han, or kana / hangul present in quantity.

    >>> _not_chinese("The district committee met on 2 August.").code
    'page_not_chinese'
    >>> _not_chinese("区委召开常委会(扩大)会议,AWS 云平台上线。") is None
    True
    """
    # Each distinct character is judged once (a report repeats most of its characters).
    letters = sum(n for ch, n in Counter(folded).items() if ch.isalpha())
    han = len(HAN_CHAR.findall(folded))
    kana = len(_KANA.findall(folded))
    hangul = len(_HANGUL.findall(folded))
    if han == 0:
        return Finding("page_not_chinese", "error", "no Han characters")
    if han < 0.5 * letters:
        return Finding("page_not_chinese", "error", f"{letters}个字母中只有{han}个汉字")
    if kana + hangul > 0.1 * (han + kana + hangul):
        return Finding(
            "page_not_chinese", "error", f"{han}个汉字之外有{kana}个日文假名、{hangul}个韩文字母"
        )
    return None


@cache
def _spin_pairs() -> tuple[tuple[str, str, float], ...]:
    out = []
    for line in lines("pagetype_spin_pairs.tsv"):
        spun, original, weight = [*line.split("\t"), "", "1"][:3]
        out.append((spun.strip(), original.strip(), float(weight or 1)))
    return tuple(out)


def _synonym_spun(folded: str) -> Finding | None:
    """Spun forms found: two distinct forms with weight 3 or more quarantine the page;
    less is a low-trust warning.

    >>> _synonym_spun("8月2日下战书,区委书记掌管会议并侧重指出。").severity
    'error'
    >>> _synonym_spun("全区上下向贫困下战书。").severity
    'warning'
    >>> _synonym_spun("8月2日下午,区委书记主持会议并强调指出。") is None
    True
    """
    found = [(s, o, w) for s, o, w in _spin_pairs() if s in folded]
    if not found:
        return None
    score = sum(w * folded.count(s) for s, _, w in found)
    shown = ", ".join(f"{s} (for {o})" for s, o, _ in found)
    if len(found) >= 2 and score >= 3:
        return Finding("page_synonym_spun", "error", f"synonym-spun copy: {shown}")
    return Finding("low_trust_synonym_spun", "warning", f"maybe synonym-spun: {shown}")


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines that read as a paragraph of report: long, with a sentence mark in them.

    >>> _paragraphs(["县长李明主持召开县政府常务会议，研究部署秋粮收购和防汛工作。", "政务动态"])
    ['县长李明主持召开县政府常务会议，研究部署秋粮收购和防汛工作。']
    """
    return [
        line
        for line in lines
        if _SENTENCE_MARK.search(line) and han_count(line) >= PARAGRAPH_MIN_HAN
    ]


def _dated_headline(line: str) -> bool:
    """A short line with a date at its end or start and a headline beside it.

    >>> _dated_headline("· 我县举行防汛应急演练 [2024-07-30]"), _dated_headline("2024-07-30")
    (True, False)
    >>> _dated_headline("8月2日上午，县长李明主持召开县政府常务会议。")
    False
    """
    if len(line) > HEADLINE_MAX_CHARS:
        return False
    m = _DATE_AT_END.search(line)
    if m is not None:
        headline = line[: m.start()]
    else:
        m = _DATE_AT_START.match(line)
        if m is None:
            return False
        headline = line[m.end() :]
    return 4 <= han_count(headline) <= HEADLINE_MAX_HAN and not _SENTENCE_MARK.search(headline)


def _list_page(folded: str) -> Finding | None:
    """A column of headlines with their dates (or fewer with a pager), and no paragraph
    of report: a list page, not a report. A report followed by a list of related news
    has its paragraphs, and stays a report.

    >>> _list_page("\\n".join(f"县领导调研重点项目{n} 2024-07-2{n}" for n in range(5))).code
    'page_list'
    """
    text_lines = [line for line in folded.split("\n") if HAN_CHAR.search(line)]
    if not text_lines or _paragraphs(text_lines):
        return None
    dated = sum(1 for line in text_lines if _dated_headline(line))
    pager = _PAGE_COUNT.search(folded)
    pager_word = (
        pager.group(0)
        if pager
        else next((w for w in lines("pagetype_pager_words.txt") if w in folded), "")
    )
    many = dated >= MIN_HEADLINES and dated >= MIN_HEADLINE_SHARE * len(text_lines)
    if not (many or (pager_word and dated >= MIN_HEADLINES_WITH_PAGER)):
        return None
    shown = f"{dated} of {len(text_lines)} lines are headlines with a date, no paragraph of report"
    if pager_word:
        shown += ", pager " + "".join(pager_word.split())
    return Finding("page_list", "error", "list page, not a report: " + shown)


@cache
def _form_words() -> tuple[tuple[str, str], ...]:
    return pairs("pagetype_form_words.tsv")


def _form_page(folded: str) -> Finding | None:
    """Three or more words of a login, search or error page, and at most a short
    notice in sentences: that page, not a report. A report about a service people log
    in to has its paragraphs.

    >>> _form_page("用户登录\\n用户名:\\n密码:\\n验证码:").message
    'login page, not a report: 用户登录, 用户名, 密码, 验证码'
    """
    found: dict[str, list[str]] = {}
    for word, kind in _form_words():
        if word in folded:
            found.setdefault(kind, []).append(word)
    kind, words = max(found.items(), key=lambda item: len(item[1]), default=("", []))
    if len(words) < MIN_FORM_WORDS:
        return None
    paragraphs = _paragraphs(folded.split("\n"))
    if sum(han_count(line) for line in paragraphs) > FORM_MAX_PARAGRAPH_HAN:
        return None
    return Finding("page_form", "error", f"{kind} page, not a report: " + ", ".join(words))


def _traditional_original(text: str) -> Finding | None:
    """Taiwan / Hong Kong usage worth 2 or more (a corner quote, an ROC year or
    `今(8)日` is worth 2, an office word like 縣府 or 議員 is worth 1).

    >>> _traditional_original("縣府今(8)日表示,將於民國113年完成。").code
    'traditional_original'
    >>> _traditional_original("區(qū)委書記潘功發(fā)主持會議。") is None
    True
    """
    evidence: list[str] = []
    score = 0
    for pattern in (_CORNER_QUOTE, _ROC_YEAR, _TODAY_NUMBER):
        m = pattern.search(text)
        if m:
            evidence.append(m.group(0))
            score += 2
    for word in lines("pagetype_traditional_original.txt"):
        if word in text:
            evidence.append(word)
            score += 1
    if score < 2:
        return None
    return Finding(
        "traditional_original",
        "warning",
        "繁体原文（台湾或香港用语）：" + "、".join(evidence[:5]),
        evidence[0],
    )


def traditional_share(text: str) -> float:
    """Share of Han characters that OpenCC t2s would change, one character at a time
    (N03: a few percent is enough to call a page Traditional). 0.0 with no Han.

    >>> traditional_share("區委书记"), traditional_share("区委书记"), traditional_share("")
    (0.25, 0.0, 0.0)
    """
    han = HAN_CHAR.findall(text)
    if not han:
        return 0.0
    changed = sum(n for ch, n in Counter(han).items() if _is_traditional_only(ch))
    return round(changed / len(han), 4)


@cache
def _is_traditional_only(ch: str) -> bool:
    return converter("t2s").convert(ch) != ch
