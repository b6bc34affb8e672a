"""N01: pinyin annotations after Han characters, as copied from mirror sites: `區(qū)委`.

An annotation is removed only when all of these hold:
- it follows a Han character directly (`區(qū)`), or another annotation of that
  character (a page annotated twice, `區(qū)(qū)`, or the annotation of a character lost
  upstream, `服(fú)(wù)`: that one must carry a tone);
- its parentheses are ASCII or full-width: `(qū)`, `（qū）`;
- its content is one pinyin syllable from the real syllable list (data/pinyin_syllables.txt),
  with tone marks, ü or v, a tone digit, or a trailing space: `(qū)`, `(lv4)`, `(huì )`;
- it is lower case (acronyms such as `(AN)` are not annotations);
- it carries a tone (mark or digit) or is a known reading of the character before it
  (so toneless `(men)` after 們 goes, but `(an)` after 案 stays unless 案 reads an).

Everything else is kept: `(Daguan)`, `(AWS)`, `(扩大)`, `(2024)`.

An annotation cut off where a copy ends (`执(z` at the end of a line, the rest of the
page lost) goes too when what is left is the start of a reading of the character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..data import word_set
from ..model import StepResult
from .edits import sub_logged
from .fold import HAN  # the one definition of the Han ranges

# One annotation: a syllable in ASCII or full-width parentheses (mirrors print both,
# and a page copied through a converter of punctuation turns the ASCII ones full-width).
_NOTE = r"[(（][a-zA-Z\u00c0-\u024f\u0300-\u036f]{1,7}[1-5]? ?[)）]"
_NOTE_CONTENT = re.compile(r"[(（](.*)[)）]")
# 〓 stands for a Han character lost upstream (N06/N07); its annotation goes too. The
# first branch is a run of annotations after one character (usually one; two when a page
# was annotated twice or a character was lost between them). The second branch is an
# annotation cut off at the end of a line: `(` and the start of a syllable, no `)`.
_ANNOTATION = re.compile(
    rf"(?<=[{HAN}〓])((?:{_NOTE})+)"
    rf"|(?<=[{HAN}])\(([a-z\u00c0-\u024f\u0300-\u036f]{{1,7}}[1-5]?)[ \t]*$",
    re.M,
)
_ONE_NOTE = re.compile(_NOTE)


def syllable_base(content: str) -> tuple[str, bool]:
    """The toneless syllable of an annotation and whether it carried a tone.

    >>> syllable_base("qū")
    ('qu', True)
    >>> syllable_base("lv4")
    ('lv', True)
    >>> syllable_base("lǜ")
    ('lv', True)
    >>> syllable_base("men")
    ('men', False)
    """
    content = content.strip()
    toned = content[-1:].isdigit()
    content = content.rstrip("12345")
    out = []
    # NFD first: ǜ is one code point, u + diaeresis + grave once decomposed.
    for ch in unicodedata.normalize("NFD", content).replace("u\u0308", "v").replace("U\u0308", "V"):
        if unicodedata.combining(ch):
            toned = True
        else:
            out.append(ch)
    return "".join(out), toned


@cache
def _readings(han: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    found = pinyin(han, style=Style.NORMAL, heteronym=True, v_to_u=False)
    return frozenset(r.replace("ü", "v") for r in found[0]) if found else frozenset()


def is_annotation(han: str, content: str) -> bool:
    """Whether `(content)` after the character `han` is a pinyin annotation.

    >>> is_annotation("區", "qū"), is_annotation("發", "fā"), is_annotation("們", "men")
    (True, True, True)
    >>> is_annotation("区", "AN"), is_annotation("区", "Daguan"), is_annotation("云", "AWS")
    (False, False, False)
    """
    return _is_annotation(han, content)


@lru_cache(maxsize=65536)  # the same few annotations recur: 區(qū), 會(huì), 發(fā)
def _is_annotation(han: str, content: str) -> bool:
    if content.strip() != content.strip().lower():
        return False
    base, toned = syllable_base(content)
    if base not in word_set("pinyin_syllables.txt"):
        return False
    return toned or base in _readings(han)


def strip_pinyin(text: str) -> StepResult:
    """Remove pinyin annotations; keep every other parenthesis.

    >>> strip_pinyin("大觀區(qū)召開區(qū)委常委會擴(kuò)大會議").text
    '大觀區召開區委常委會擴大會議'
    >>> strip_pinyin("潘功發(fā)主持(huì )會議").text
    '潘功發主持會議'
    >>> strip_pinyin("要〓〓(huà)督查").text
    '要〓〓督查'
    >>> strip_pinyin("區委常委會(擴大)會議(AWS)(Daguan) (qū)").text
    '區委常委會(擴大)會議(AWS)(Daguan) (qū)'
    >>> strip_pinyin("貫徹執(z\\n項目(abc").text  # cut off where the copy ends; not pinyin
    '貫徹執\\n項目(abc'
    """

    def replace(m: re.Match[str]) -> str | None:
        han = text[m.start() - 1]
        if m.group(1) is not None:
            return _strip_run(han, m.group(1))
        return "" if is_cut_annotation(han, m.group(2)) else None

    new_text, edits = sub_logged(_ANNOTATION, replace, text, "pinyin", "拼音注音")
    return StepResult(new_text, tuple(edits))


def _strip_run(han: str, run: str) -> str | None:
    """What is left of a run of parenthesised syllables after `han`: the leading
    annotations go; from the first parenthesis that is none, the rest stays.

    >>> _strip_run("區", "(qū)"), _strip_run("區", "(qū)（qū）"), _strip_run("服", "(fú)(wù)")
    ('', '', '')
    >>> _strip_run("區", "(an)"), _strip_run("區", "(qū)(an)"), _strip_run("區", "(qū)(AN)")
    (None, '(an)', '(AN)')
    """
    notes = _ONE_NOTE.findall(run)
    for k, note in enumerate(notes):
        content = _NOTE_CONTENT.fullmatch(note).group(1)
        # A later one annotates `han` again or a lost character: the same test (a
        # toneless syllable passes only as a reading of `han` itself).
        if not is_annotation(han, content):
            return None if k == 0 else "".join(notes[k:])
    return ""


def is_cut_annotation(han: str, content: str) -> bool:
    """Whether `(content` at the end of a line, after `han`, is the start of a pinyin
    annotation whose end was lost with the rest of the copy.

    >>> is_cut_annotation("执", "z"), is_cut_annotation("坚", "jiā"), is_cut_annotation("势", "sh")
    (True, True, True)
    >>> is_cut_annotation("目", "abc"), is_cut_annotation("区", "Da"), is_cut_annotation("区", "x")
    (False, False, False)
    """
    if content != content.lower():
        return False
    base, _toned = syllable_base(content)
    return bool(base) and any(r.startswith(base) for r in _readings(han))
