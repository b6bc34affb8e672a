"""Page types that are not reports, and what kind of Chinese a page is written in.

Runs first (NOISE.md: reject first). It never changes the text; it only judges it:

- officialdom web novels (`第N章`, `本章未完`, dots inside words `市.委`),
- speech templates with placeholders (`XX`, `xx`, `X委`, `20**`),
- pages that are not Chinese (share of Han characters among letters),
- N15 synonym-spun copies (`下战书` for 下午; pairs in data/pagetype_spin_pairs.tsv),

each as an error Finding (the record is quarantined and listed on the build report), or
a warning when the evidence is weak. It also flags N04 Traditional originals from Taiwan
or Hong Kong (`traditional_original`, so later steps do not "repair" them) and measures
N03: the share of Traditional-only characters among Han characters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..data import lines, word_set
from ..model import Finding, StepResult
from ..script import converter
from .fold import HAN, HAN_CHAR, fold

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

    for check in (_web_novel, _template, _not_chinese, _synonym_spun):
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
        return Finding(
            "page_not_chinese", "error", f"only {han} of {letters} letters are Han characters"
        )
    if kana + hangul > 0.1 * (han + kana + hangul):
        return Finding(
            "page_not_chinese", "error", f"{kana} kana and {hangul} hangul among {han} Han"
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
        "Traditional original (Taiwan or Hong Kong usage): " + ", ".join(evidence[:5]),
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
