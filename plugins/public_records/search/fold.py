"""The character fold shared by the search index and the browser client.

A query typed in either script must find records in both, so the index and the query are
both reduced to one form, character by character: Traditional to Simplified (from
OpenCC's t2s dictionaries, one character at a time), compatibility and full-width forms to
their plain form (NFKC), upper case to lower case. Only one-to-one mappings are kept, so a
folded text has exactly as many characters as the text it came from and a match found in
folded text can be highlighted in the original.

The map is generated, not written by hand, and shipped to the browser in the index
(`fold` in meta.json.gz) so the client folds queries exactly as the index folded records.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def _compat_lower(ch: str) -> str:
    """NFKC then lower case, or the character itself when that is not one character."""
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def fold_map() -> dict[str, str]:
    """Every character the fold changes, mapped to what it becomes (a fixpoint: folding a
    folded character changes nothing).

    >>> m = fold_map()
    >>> m["發"], m["區"], m["Ａ"], m["A"], m["乾"]
    ('发', '区', 'a', 'a', '干')
    >>> "发" in m or "潘" in m or "," in m   # Simplified, unchanged and ASCII punctuation stay
    False
    """
    t2s = _t2s_single_chars()
    result: dict[str, str] = {}
    for cp in (cp for start, end in FOLD_RANGES for cp in range(start, end)):
        ch = chr(cp)
        cur = ch
        for _ in range(4):  # chains such as 薴 -> 苧 -> 苎 settle in two steps
            nxt = t2s.get(_compat_lower(cur), _compat_lower(cur))
            if nxt == cur:
                break
            cur = nxt
        if cur != ch:
            result[ch] = cur
    return result


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
