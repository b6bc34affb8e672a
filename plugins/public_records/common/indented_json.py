"""JSON with an indent of one, as `json.dumps(value, ensure_ascii=False, indent=1)`
writes it, in fewer Python steps, and from pieces encoded before (`Encoded`).

Why: Python's C encoder does not indent; with `indent` every value goes through the
pure-Python encoder, one generator per container. The downloads (officials.json,
topics.json, places.json: site/datasets.py) are indented JSON of tens of megabytes at
100,000 records. Here a list of strings is joined at once, and a piece kept from an
earlier build (`Encoded`: the text of one list item, which a rebuild takes as it is
when nothing it shows changed) is not encoded again.

Placing a value deeper only changes the spaces after each line break, and every line
break of JSON is between tokens (a string holds `\\n`, never a line break), so the
text of an item at one depth is the text of the same item at depth 0 with each line
break followed by that many more spaces (`at_level`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring  # the C function when there is one


class Encoded(str):
    """A value's JSON text at the place it is put (indented(..., level) of it): written
    as it is."""

    __slots__ = ()


def indented(value: object, level: int = 0) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)` for a value whose opening
    bracket is at depth `level` (an item of a list at depth level - 1): the same text
    at level 0.

    >>> value = {"a": [1, "二", None, True, 1.5, {"b": []}], "c": {}, "d": ["x", "y\\n"]}
    >>> indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
    True
    >>> indented([{"id": "p1"}], 1)
    '[\\n  {\\n   "id": "p1"\\n  }\\n ]'
    >>> piece = Encoded(indented({"id": "p1"}, 1))
    >>> indented([piece, {"id": "p2"}]) == json.dumps([{"id": "p1"}, {"id": "p2"}], indent=1)
    True
    >>> indented({1: "a"}) == json.dumps({1: "a"}, indent=1)  # keys that are not text
    True
    """
    out: list[str] = []
    _emit(value, "\n" + " " * level, out)
    return "".join(out)


class Items:
    """A list given as an iterable, for `indented_pieces`: its items are encoded one at
    a time as they come, so neither the list nor its text is ever held whole (the
    import report's errors: a million at 1,000,000 reports)."""

    __slots__ = ("iterable",)

    def __init__(self, iterable: Iterable):
        self.iterable = iterable


def indented_pieces(value: object, level: int = 0) -> Iterator[str]:
    """`indented(value, level)` in pieces, taken as they are asked for: their join is
    that text, with each `Items` (a value of a dict, at any depth of dicts) written as
    the list of its items. Only one item's text is made at a time.

    >>> value = {"n": 2, "e": Items(iter([{"f": "a"}, {"f": "二"}])), "d": {"q": Items([])}}
    >>> text = "".join(indented_pieces(value))
    >>> text == json.dumps({"n": 2, "e": [{"f": "a"}, {"f": "二"}], "d": {"q": []}},
    ...                    ensure_ascii=False, indent=1)
    True
    """
    nl = "\n" + " " * level
    inner = nl + " "
    if type(value) is Items:
        sep = "[" + inner
        for item in value.iterable:
            yield sep + indented(item, level + 1)
            sep = "," + inner
        yield "[]" if sep[0] == "[" else nl + "]"
    elif type(value) is dict and value and all(type(k) is str for k in value):
        sep = "{" + inner
        for key, item in value.items():
            yield sep + encode_basestring(key) + ": "
            sep = "," + inner
            yield from indented_pieces(item, level + 1)
        yield nl + "}"
    else:
        yield indented(value, level)


def at_level(text: str, level: int) -> str:
    """The JSON text `text`, written at depth 0, moved to depth `level`.

    >>> at_level(json.dumps({"a": [1]}, indent=1), 2) == indented({"a": [1]}, 2)
    True
    """
    return text.replace("\n", "\n" + " " * level) if level else text


def _emit(value: object, nl: str, out: list[str]) -> None:
    kind = type(value)
    if kind is Encoded:
        out.append(value)  # type: ignore[arg-type]
    elif kind is str:
        out.append(encode_basestring(value))
    elif kind is dict and all(type(k) is str for k in value):  # type: ignore[union-attr]
        if not value:
            out.append("{}")
            return
        inner = nl + " "
        sep = "{" + inner
        for key, item in value.items():  # type: ignore[union-attr]
            out.append(sep + encode_basestring(key) + ": ")
            sep = "," + inner
            _emit(item, inner, out)
        out.append(nl + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = nl + " "
        if all(type(item) is str for item in value):  # type: ignore[union-attr]
            joined = ("," + inner).join(map(encode_basestring, value))  # type: ignore[arg-type]
            out.append("[" + inner + joined + nl + "]")
            return
        sep = "[" + inner
        for item in value:  # type: ignore[union-attr]
            out.append(sep)
            sep = "," + inner
            _emit(item, inner, out)
        out.append(nl + "]")
    else:  # numbers, true, false, null; dicts with keys that are not text
        out.append(at_level(json.dumps(value, ensure_ascii=False, indent=1), len(nl) - 1))
