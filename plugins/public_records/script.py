"""Script conversion with OpenCC: Traditional -> Simplified for the canonical text, and
Simplified -> Traditional for the derived text, with protected phrases.

Both OpenCC packages (the official `opencc` with its C++ core, and the pure-Python
`opencc-python-reimplemented`) install a module named `opencc` with the same
`OpenCC(config).convert(text)` call; this module uses only that call, so either works
(docs/opencc.md). Config names are given without ".json"; the official package accepts
both forms.

Names, places and offices must keep their meaning: OpenCC would write the surname 余 as
餘 and 于 as 於. A protected phrase is cut out before conversion and put back in its
Traditional form: the form a registry gives, or the phrase converted character by
character except for the characters in data/name_chars_keep.txt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .data import mapping, pairs, word_set

# The Han characters: the CJK blocks reports use (basic, extension A, compatibility, and
# the supplementary planes). The one definition, for every stage that counts or matches
# Chinese text.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

# What `\s` matches, as a string for str.strip: stripping a line's edges with a pattern
# such as `[\s…]+$` is quadratic in a long run of spaces inside the line.
SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())

DEFAULT_HANT_CONFIG = os.environ.get("ARCHIVE_OPENCC_HANT", "s2tw")

# Private-use characters stand in for protected phrases during conversion: OpenCC maps
# them to themselves and they never occur in real reports (normalize keeps them, but a
# report holding them only risks its own protected phrases being misplaced, and the
# restore step checks the count).
_PUA_BASE = 0xF0000


@cache
def converter(config: str):
    """A cached OpenCC converter for `config` (e.g. "t2s", "s2tw")."""
    import opencc

    try:
        return opencc.OpenCC(config)
    except Exception:  # the pure-Python port wants the ".json" suffix in some versions
        return opencc.OpenCC(config + ".json")


def to_simplified_text(text: str, names_in: Callable[[str], Iterable[str]] | None = None) -> str:
    """The canonical Simplified text of `text` (OpenCC t2s, phrase-level).

    Phrase-level conversion rewrites words that are also names: 沈默 (silent) becomes
    沉默, so the official 吳沈默 would become 吴沉默. With `names_in` (a function that
    finds the names of people in a text), every name found in the character-by-character
    conversion is kept in that form, wherever it occurs; the rest of the text is still
    converted by phrase.

    >>> to_simplified_text("縣長吳沈默主持。他沈默了。")
    '县长吴沉默主持。他沉默了。'
    >>> to_simplified_text("縣長吳沈默主持。他沈默了。", lambda text: ["吴沈默"])
    '县长吴沈默主持。他沉默了。'
    """
    phrased = converter("t2s").convert(text)
    if names_in is None:
        return phrased
    by_char = chars_to_simplified(text)
    if by_char == phrased or len(by_char) != len(text):
        return phrased  # no phrase rewrite (or no one-to-one alignment to keep names by)
    spans = _occurrences(by_char, {n for n in names_in(by_char) if n})
    if not spans:
        return phrased
    # Cut the names out (stand-ins that OpenCC leaves alone), convert, put them back.
    pieces, kept, done = [], [], 0
    for start, end in spans:
        pieces += [text[done:start], chr(_PUA_BASE + len(kept))]
        kept.append(by_char[start:end])
        done = end
    pieces.append(text[done:])
    converted = converter("t2s").convert("".join(pieces))
    return _STAND_INS.sub(lambda m: _restore(m.group(), kept), converted)


def chars_to_simplified(text: str) -> str:
    """t2s one character at a time: no phrase is rewritten (沈默 stays 沈默), which is how
    a name is converted.

    >>> chars_to_simplified("吳沈默"), chars_to_simplified("彭乾銘")
    ('吴沈默', '彭乾铭')
    >>> chars_to_simplified("曾國衞")
    '曾国卫'
    """
    return "".join(map(_char_to_simplified, text))


@lru_cache(maxsize=65536)
def _char_to_simplified(ch: str) -> str:
    if ch in word_set("name_chars_keep_hans.txt"):
        return ch
    if ch in mapping("name_chars_hans.tsv"):
        return mapping("name_chars_hans.tsv")[ch]
    out = converter("t2s").convert(ch)
    return out if len(out) == 1 else ch


def _occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of `names` in `text`, in order, longest name first where two
    start at one place.

    >>> _occurrences("吴沈默与沈默", {"沈默", "吴沈默"})
    [(0, 3), (4, 6)]
    """
    found = []
    for name in names:
        k = text.find(name)
        while k >= 0:
            found.append((k, -len(name)))
            k = text.find(name, k + len(name))
    spans, done = [], 0
    for start, neg in sorted(found):
        if start >= done:
            spans.append((start, start - neg))
            done = start - neg
    return spans


@dataclass(frozen=True)
class Protected:
    """Phrases to keep through Simplified -> Traditional conversion.

    `forms` maps a Simplified phrase to its Traditional form. Lookup is by first
    character, longest phrase first, so matching is linear in the text length. The
    index is built once; `extend` reuses a base set (the registry's) for each record.
    """

    forms: Mapping[str, str]
    by_first: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[str]] = {}
        for phrase in sorted(self.forms, key=len, reverse=True):
            index.setdefault(phrase[0], []).append(phrase)
        object.__setattr__(self, "by_first", {k: tuple(v) for k, v in index.items()})

    @classmethod
    def build(
        cls,
        phrases: Iterable[str],
        forms: Mapping[str, str] | None = None,
        config: str = DEFAULT_HANT_CONFIG,
    ) -> Protected:
        table = dict(phrase_table())
        for phrase in phrases:
            if phrase and phrase not in table:
                table[phrase] = name_to_traditional(phrase, config)
        table.update(forms or {})
        return cls(table)

    def extend(self, phrases: Iterable[str], config: str = DEFAULT_HANT_CONFIG) -> Protected:
        """This set plus `phrases` (self, unchanged, when they are all known)."""
        new = {p: name_to_traditional(p, config) for p in phrases if p and p not in self.forms}
        if not new:
            return self
        grown = Protected({**self.forms, **new})
        # Where phrases may start: this set's pattern, and the first characters of the
        # new phrases that it lacks (one pattern per record would cost a compile each).
        pattern, extra = self._starts()
        more = "".join(sorted({p[0] for p in new} - set(self.by_first) - set(extra)))
        object.__setattr__(grown, "_scan", (pattern, extra + more))
        return grown

    def _starts(self) -> tuple[re.Pattern[str], str]:
        """A pattern that finds characters where a phrase may start, and the first
        characters it does not cover (found with str.find)."""
        scan = self.__dict__.get("_scan")
        if scan is None:
            scan = (_char_class("".join(sorted(self.by_first))), "")
            object.__setattr__(self, "_scan", scan)
        return scan

    def starts(self, text: str) -> list[int]:
        """The positions of `text`, in order, where some phrase may start (a superset
        of those where one does).

        >>> Protected.build(["余祥"]).extend(["潘功发"]).starts("潘书记与余祥")
        [0, 4]
        """
        pattern, extra = self._starts()
        found = [m.start() for m in pattern.finditer(text)]
        if extra:
            for ch in extra:
                k = text.find(ch)
                while k >= 0:
                    found.append(k)
                    k = text.find(ch, k + 1)
            found.sort()
        return found


@cache
def phrase_table() -> tuple[tuple[str, str], ...]:
    """Corrections of OpenCC's phrase choices that change an official text's meaning
    (data/hant_phrases.tsv), e.g. 快干 (work fast) is 快幹, not 快乾 (dry fast)."""
    return pairs("hant_phrases.tsv")


def name_to_traditional(name: str, config: str = DEFAULT_HANT_CONFIG) -> str:
    """Convert a name character by character, keeping the characters that are
    also surnames or given-name characters (余 is not 餘 in a name).

    >>> name_to_traditional("余红松")
    '余紅松'
    >>> name_to_traditional("姜于干")
    '姜于干'
    """
    return _name_to_traditional(name, config)


# Names recur from report to report (each content file converts every name it shows,
# and a call into OpenCC costs about 15 µs): answers are kept per name and character.
@lru_cache(maxsize=65536)
def _name_to_traditional(name: str, config: str) -> str:
    keep = word_set("name_chars_keep.txt")
    return "".join(ch if ch in keep else _char_to_traditional(ch, config) for ch in name)


@lru_cache(maxsize=65536)
def _char_to_traditional(ch: str, config: str) -> str:
    return converter(config).convert(ch)


@cache
def _ui_protected(config: str) -> Protected:
    """The phrase table plus the interface glossary (data/hant_ui_glossary.tsv)."""
    return Protected({**dict(phrase_table()), **dict(pairs("hant_ui_glossary.tsv"))})


def ui_to_traditional(text: str, config: str = DEFAULT_HANT_CONFIG) -> str:
    """An interface string for the Traditional site: the glossary's Taiwan forms first,
    then OpenCC (the `ui` filter; report text goes through to_traditional alone).

    >>> ui_to_traditional("搜索记录"), ui_to_traditional("永久链接"), to_traditional("永久链接")
    ('搜尋記錄', '永久連結', '永久鏈接')
    """
    return to_traditional(text, _ui_protected(config), config)


@cache
def _unprotected() -> Protected:
    """The protection every conversion has: the phrase table alone."""
    return Protected.build(())


def to_traditional(
    text: str, protected: Protected | None = None, config: str = DEFAULT_HANT_CONFIG
) -> str:
    """Derive the Traditional text from the canonical Simplified text.

    >>> p = Protected.build(["余祥", "余红松"])
    >>> to_traditional("区领导余祥、余红松出席，并讲话。", p)
    '區領導余祥、余紅松出席，並講話。'
    >>> to_traditional("要干字当头，紧抓快干。", p)
    '要幹字當頭，緊抓快幹。'
    """
    protected = protected or _unprotected()
    index = protected.by_first
    forms = protected.forms
    pieces: list[str] = []
    restored: list[str] = []
    done = 0  # text[:done] is in pieces
    # Only where a phrase may start is a phrase tried (the first characters, found in C).
    for i in protected.starts(text):
        if i < done:
            continue
        for phrase in index.get(text[i], ()):
            if text.startswith(phrase, i):
                pieces.append(text[done:i])
                pieces.append(chr(_PUA_BASE + len(restored)))
                restored.append(forms[phrase])
                done = i + len(phrase)
                break
    if not restored:
        return converter(config).convert(text)
    pieces.append(text[done:])
    converted = converter(config).convert("".join(pieces))
    return _STAND_INS.sub(lambda m: _restore(m.group(), restored), converted)


_STAND_INS = re.compile(f"[{chr(_PUA_BASE)}-\U0010ffff]")


def _restore(ch: str, restored: list[str]) -> str:
    k = ord(ch) - _PUA_BASE
    return restored[k] if k < len(restored) else ch


@lru_cache(maxsize=1024)
def _char_class(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")
