"""The fold shared by the search index and the browser client.

A query typed in either script must find records in both, so the index and the query are
both reduced to one form, character by character: Traditional to Simplified (from
OpenCC's t2s dictionaries, one character at a time), compatibility and full-width forms to
their plain form (NFKC), upper case to lower case. Only one-to-one mappings are kept, so a
folded text has exactly as many characters as the text it came from and a match found in
folded text can be highlighted in the original.

The Traditional pages are written by the site's own conversion (script.to_traditional,
OpenCC `ARCHIVE_OPENCC_HANT`, s2tw by default), which t2s does not always undo one
character at a time: s2tw writes 着 as 著 and 痹 as 痺 everywhere (t2s keeps both), and
了解 as 瞭解 (a phrase). So the fold is derived from that conversion too:

- characters: every character the conversion writes for one Simplified character, and
  that t2s leaves alone, folds to that character (著 -> 着, 痺 -> 痹);
- phrases: every phrase of the conversion's own dictionaries (the ones it segments text
  by) is converted as the site converts it; where the Traditional form, folded by
  character, still differs from the Simplified phrase, it is kept (瞭解 -> 了解). A
  phrase is a term variant, not a rewrite of records: a query term holding one is looked
  up both as written and with its phrases folded (`term_variants`), and a displayed text
  is highlighted where either form occurs, so a phrase never changes what a Simplified
  text matches.

Both are generated, not written by hand, and shipped to the browser in the index (`fold`
and `phrases` in meta.json.gz) so the client folds queries exactly as the index folded
records.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..script import DEFAULT_HANT_CONFIG, to_simplified_text, to_traditional

logger = logging.getLogger(__name__)

# Han blocks whose characters OpenCC may convert: Extension A, the URO and the
# compatibility ideographs. Characters outside FOLD_RANGES are never folded: the map goes
# to every browser with the index, and Greek capitals or Extension B variants in a query
# are not worth 17 KiB more per cold search.
HAN_RANGES = (
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0xF900, 0xFB00),
)
FOLD_RANGES = (
    (0x0000, 0x0250),  # ASCII and Latin letters: case, accents kept
    (0x2000, 0x2C00),  # punctuation, letterlike symbols, circled digits ①
    (0x3000, 0xA000),  # CJK symbols, kana, enclosed CJK, Extension A, URO
    (0xF900, 0xFB00),  # CJK compatibility ideographs
    (0xFE30, 0xFFF0),  # compatibility forms, half width and full width forms
)


def _t2s_single_chars() -> dict[str, str]:
    """Convert every Han codepoint alone with OpenCC t2s; keep single-character results.

    Characters are joined with newlines so that OpenCC's phrase tables never see two of
    them side by side (a phrase match would give a context-dependent answer).
    """
    import opencc  # imported here: only index builds need it, not importing this module

    chars = [chr(cp) for start, end in HAN_RANGES for cp in range(start, end)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a converter that ate or added a line: do not guess
        raise RuntimeError("OpenCC t2s changed the number of lines; cannot build fold map")
    return {a: b for a, b in zip(chars, converted, strict=True) if len(b) == 1 and a != b}


def _is_simplified(ch: str) -> bool:
    """Whether a character is in GB 2312, the Simplified standard set (着 and 著 are;
    喫, which s2tw writes as 吃, is not)."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _hant_single_chars(config: str, t2s: dict[str, str]) -> dict[str, str]:
    """The site's Traditional form of every Simplified character alone, mapped back to
    it, where t2s does not already fold it (著 <- 着, 痺 <- 痹). A source character is a
    Simplified one that t2s leaves alone; the first in code point order wins where two
    convert to one form."""
    chars = [chr(cp) for start, end in HAN_RANGES for cp in range(start, end)]
    converted = to_traditional("\n".join(chars), config=config).split("\n")
    if len(converted) != len(chars):
        raise RuntimeError(f"OpenCC {config} changed the number of lines; cannot build fold map")
    back: dict[str, str] = {}
    for simplified, written in zip(chars, converted, strict=True):
        # A compatibility ideograph (了 U+F9BA) is written as its plain form: not a
        # form of the site's to fold back to.
        plain = unicodedata.normalize("NFKC", simplified) == simplified
        source = plain and simplified not in t2s and _is_simplified(simplified)
        if source and len(written) == 1 and written != simplified and written not in t2s:
            back.setdefault(written, simplified)
    return back


def _compat_lower(ch: str) -> str:
    """NFKC then lower case, or the character itself when that is not one character."""
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def fold_map() -> dict[str, str]:
    """Every character the fold changes, mapped to what it becomes (a fixpoint: folding a
    folded character changes nothing).

    >>> m = fold_map()
    >>> m["發"], m["區"], m["Ａ"], m["A"], m["乾"], m["著"], m["痺"]
    ('发', '区', 'a', 'a', '干', '着', '痹')
    >>> "发" in m or "潘" in m or "," in m   # Simplified, unchanged and ASCII punctuation stay
    False
    """
    return _fold_map(DEFAULT_HANT_CONFIG)


@lru_cache(maxsize=2)
def _fold_map(config: str) -> dict[str, str]:
    # t2s first; then the forms the site's conversion writes that t2s leaves alone
    t2s = _t2s_single_chars()
    step = {**_hant_single_chars(config, t2s), **t2s}
    result: dict[str, str] = {}
    for cp in (cp for start, end in FOLD_RANGES for cp in range(start, end)):
        ch = chr(cp)
        cur = ch
        for _ in range(4):  # chains such as 薴 -> 苧 -> 苎 settle in two steps
            nxt = step.get(_compat_lower(cur), _compat_lower(cur))
            if nxt == cur:
                break
            cur = nxt
        if cur != ch:
            result[ch] = cur
    return result


@lru_cache(maxsize=1)
def hant_map() -> dict[str, str]:
    """Each character a fold gives (a Simplified one) mapped to the site's Traditional
    form of it alone, where that differs: what a record file's Traditional body is made
    from in the browser (index.record_file_value), its exceptions listed beside it.

    >>> m = hant_map()
    >>> m["区"], m["书"], m["发"], m["干"], "潘" in m, "a" in m
    ('區', '書', '發', '幹', False, False)
    """
    return _hant_map(DEFAULT_HANT_CONFIG)


@lru_cache(maxsize=2)
def _hant_map(config: str) -> dict[str, str]:
    chars = sorted(set(_fold_map(config).values()) | set(_fold_map(config).keys()))
    chars = [c for c in chars if c not in _fold_map(config)]  # folded forms only
    converted = to_traditional("\n".join(chars), config=config).split("\n")
    if len(converted) != len(chars):
        raise RuntimeError(f"OpenCC {config} changed the number of lines; cannot build its map")
    return {a: b for a, b in zip(chars, converted, strict=True) if len(b) == 1 and a != b}


def fold(text: str) -> str:
    """Fold a text for search, one character for one character.

    >>> fold("區委書記潘功發 AWS ２０２４")
    '区委书记潘功发 aws 2024'
    >>> fold("潘功发召开会议")   # already folded text is left alone
    '潘功发召开会议'
    """
    return text.translate(_translate_table())


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    # str.translate runs in C: folding a 100,000-record corpus takes seconds, not minutes
    return {ord(a): b for a, b in fold_map().items()}


# ---------- phrases ----------


def _opencc_root() -> Path:
    import opencc

    return Path(opencc.__file__).resolve().parent


def _dict_files(config: str) -> list[str]:
    """The dictionary files that OpenCC `config` segments text by (its phrase keys)."""
    found = sorted(_opencc_root().rglob(f"{config}.json"))
    if not found:
        return []
    spec = json.loads(found[0].read_text(encoding="utf-8"))
    files: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.get("segmentation", {}))
    return files


def _dict_keys(name: str) -> list[str]:
    """The keys of one OpenCC dictionary: its text form if the package ships one (the
    pure-Python port), else its compiled form exported with the package's opencc_dict."""
    root = _opencc_root()
    stem = Path(name).stem
    text = next(iter(sorted(root.rglob(f"{stem}.txt"))), None)
    if text is None:
        compiled = next(iter(sorted(root.rglob(f"{stem}.ocd2"))), None)
        tool = next(iter(sorted(root.rglob("opencc_dict"))), None) or shutil.which("opencc_dict")
        if compiled is None or tool is None:
            logger.warning(
                "OpenCC dictionary %s: no text or ocd2 form found; no phrase folds", stem
            )
            return []
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / f"{stem}.txt"
            args = [str(tool), "-i", str(compiled), "-o", str(out), "-f", "ocd2", "-t", "text"]
            try:
                subprocess.run(args, check=True, capture_output=True, timeout=120)
                content = out.read_text(encoding="utf-8")
            except (OSError, subprocess.SubprocessError, UnicodeDecodeError) as error:
                logger.warning(
                    "OpenCC dictionary %s: export failed (%s); no phrase folds", stem, error
                )
                return []
    else:
        content = text.read_text(encoding="utf-8")
    return [line.split("\t", 1)[0] for line in content.splitlines() if "\t" in line]


def phrase_folds() -> dict[str, str]:
    """Phrases whose Traditional form on the site does not fold to their Simplified form
    one character at a time: that form, folded by character, mapped to the Simplified
    phrase, folded (the same length: offsets still agree).

    >>> p = phrase_folds()
    >>> p["瞭解"]
    '了解'
    >>> fold("瞭解 著力 麻痺 冒著")   # the characters alone
    '瞭解 着力 麻痹 冒着'
    """
    return _phrase_folds(DEFAULT_HANT_CONFIG)


def _in_fold_ranges(text: str) -> bool:
    return all(any(start <= ord(ch) < end for start, end in FOLD_RANGES) for ch in text)


@lru_cache(maxsize=2)
def _phrase_folds(config: str) -> dict[str, str]:
    from ..data import pairs  # the site's own corrections of OpenCC's phrase choices

    phrases = {key for name in _dict_files(config) for key in _dict_keys(name) if len(key) > 1}
    phrases |= {
        simplified for simplified, _hant in pairs("hant_phrases.tsv") if len(simplified) > 1
    }
    ordered = sorted(p for p in phrases if "\n" not in p)
    written = to_traditional("\n".join(ordered), config=config).split("\n")
    if len(written) != len(ordered):
        raise RuntimeError(f"OpenCC {config} changed the number of lines; cannot fold phrases")
    # A record's text is t2s's output: a Simplified phrase that t2s would write otherwise
    # (万馀, which it writes 万余) never occurs in one.
    canonical = to_simplified_text("\n".join(ordered)).split("\n")
    if len(canonical) != len(ordered):
        raise RuntimeError("OpenCC t2s changed the number of lines; cannot fold phrases")
    table = _translate_table_for(config)
    result: dict[str, str] = {}
    for simplified, hant, again in zip(ordered, written, canonical, strict=True):
        key, value = hant.translate(table), simplified.translate(table)
        # Same length (highlights keep their offsets), canonical, and in the folded
        # ranges (the browser folds per UTF-16 unit).
        if (
            key != value
            and len(key) == len(value)
            and again == simplified
            and _in_fold_ranges(key + value)
        ):
            result.setdefault(key, value)
    return result


def fold_phrases(folded: str, phrases: dict[str, str] | None = None) -> str:
    """Replace the phrase folds in a text already folded by character, longest phrase
    first, left to right (same length as the text).

    >>> fold_phrases("我们瞭解情况", {"瞭解": "了解"})
    '我们了解情况'
    """
    phrases = phrase_folds() if phrases is None else phrases
    if not phrases:
        return folded
    longest = max(map(len, phrases))
    out: list[str] = []
    i = 0
    while i < len(folded):
        for size in range(min(longest, len(folded) - i), 1, -1):
            replacement = phrases.get(folded[i : i + size])
            if replacement is not None:
                out.append(replacement)
                i += size
                break
        else:
            out.append(folded[i])
            i += 1
    return "".join(out)


def term_variants(term: str, phrases: dict[str, str] | None = None) -> list[str]:
    """The forms a folded query term is looked up in: itself, and with its phrases folded
    when that differs. A record matches the term if its folded text holds either.

    >>> term_variants("瞭解", {"瞭解": "了解"}), term_variants("了解", {"瞭解": "了解"})
    (['瞭解', '了解'], ['了解'])
    """
    folded = fold_phrases(term, phrases)
    return [term] if folded == term else [term, folded]


def _translate_table_for(config: str) -> dict[int, str]:
    return {ord(a): b for a, b in _fold_map(config).items()}
