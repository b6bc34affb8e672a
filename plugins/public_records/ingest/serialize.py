"""Records to plain data (JSON-ready dicts) and back. Used by the cache, the content
files and the bulk downloads, so all three describe a record the same way."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from ..model import Credit, DateInfo, Edit, Finding, Mention, Record, Tag

_NESTED = {
    "date": DateInfo,
    "credits": Credit,
    "edits": Edit,
    "findings": Finding,
    "mentions": Mention,
    "topics": Tag,
    "places": Tag,
}


def record_to_dict(record: Record) -> dict[str, Any]:
    """The record as plain data, exactly what `dataclasses.asdict` gives, about six
    times faster: asdict deep-copies every string of the edit log through the generic
    copy machinery, and the import converts each record four times.

    >>> from public_records.model import Edit
    >>> r = Record("a", "a.txt", "0", "utf-8", "x", edits=(Edit("r", 0, 1, "x", "y"),),
    ...            sidecar={"k": ["v"]})
    >>> record_to_dict(r) == asdict(r)
    True
    >>> record_to_dict(r)["edits"]
    ({'rule': 'r', 'start': 0, 'end': 1, 'before': 'x', 'after': 'y', 'note': ''},)
    """
    return _plain(record)


def fields_to_dict(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """Some fields of a dataclass as plain data, as `record_to_dict` gives them.

    >>> r = Record("a", "a.txt", "0", "utf-8", "x")
    >>> fields_to_dict(r, ("id", "findings")) == {"id": "a", "findings": ()}
    True
    """
    return {name: _plain(getattr(obj, name)) for name in names}


_ATOMS = frozenset({str, int, float, bool, type(None)})


@cache
def _fields_of(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple]] | None:
    """A dataclass's field names and a getter of their values as a tuple (None for
    any other type)."""
    if not is_dataclass(cls):
        return None
    names = tuple(f.name for f in fields(cls))
    if len(names) == 1:
        return names, lambda obj, name=names[0]: (getattr(obj, name),)
    return names, attrgetter(*names)


def _plain(obj: Any) -> Any:
    cls = type(obj)
    if cls in _ATOMS:
        return obj
    described = _fields_of(cls)
    if described is not None:
        names, values = described[0], described[1](obj)
        if _ATOMS.issuperset(map(type, values)):  # flat (an Edit, a Credit): no recursion
            return dict(zip(names, values, strict=True))
        return {name: _plain(value) for name, value in zip(names, values, strict=True)}
    if cls is tuple or cls is list:
        return cls([_plain(item) for item in obj])
    if cls is dict:
        return {_plain(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, dict)):  # subclasses, namedtuples: asdict's own rules
        return asdict(_Box(obj))["value"]
    return copy.deepcopy(obj)


@dataclass
class _Box:
    value: Any


def _build(cls: type, value: Any) -> Any:
    names = _field_set(cls)
    kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in value.items() if k in names}
    return cls(**kwargs)


@cache
def _field_set(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def record_from_dict(data: dict[str, Any]) -> Record:
    """Inverse of record_to_dict (tuples come back from JSON lists)."""
    kwargs: dict[str, Any] = {}
    names = _field_set(Record)
    for key, value in data.items():
        if key not in names:
            continue
        cls = _NESTED.get(key)
        if cls is DateInfo:
            kwargs[key] = _build(DateInfo, value)
        elif cls is not None:
            kwargs[key] = tuple(_build(cls, item) for item in value)
        elif key == "captions":
            kwargs[key] = tuple(value)
        else:
            kwargs[key] = value
    return Record(**kwargs)


_THIN_TEXT = ("id", "source_path", "sha256", "encoding")
_FINDING_FIELDS = frozenset(f.name for f in fields(Finding))
_FINDING_REQUIRED = frozenset({"code", "severity", "message"})


def thin_record_from_dict(data: Any) -> Record:
    """A record's id, provenance and findings (what the import report keeps of it) from
    plain data that may be damaged (a cache written by a killed build, edited, swapped):
    ValueError unless every field has its type, so a damaged entry is a miss, never a
    crash later in the build.

    >>> r = thin_record_from_dict({"id": "a", "source_path": "a.txt", "sha256": "0",
    ...     "encoding": "utf-8", "findings": [{"code": "c", "severity": "error",
    ...     "message": "m"}], "title_hans": "ignored"})
    >>> r.id, r.quarantined
    ('a', True)
    >>> thin_record_from_dict({"id": 7})
    Traceback (most recent call last):
    ValueError: record field 'id' is int, not text
    >>> thin_record_from_dict({"id": "a", "source_path": "a.txt", "sha256": "0",
    ...     "encoding": "utf-8", "findings": ["x"]})
    Traceback (most recent call last):
    ValueError: a finding is not a mapping of text fields: 'x'
    """
    if not isinstance(data, dict):
        raise ValueError(f"record is {type(data).__name__}, not a mapping")
    text = {}
    for name in _THIN_TEXT:
        value = data.get(name)
        if not isinstance(value, str):
            raise ValueError(f"record field {name!r} is {type(value).__name__}, not text")
        text[name] = value
    findings = data.get("findings", ())
    if not isinstance(findings, (list, tuple)):
        raise ValueError(f"findings are {type(findings).__name__}, not a list")
    return Record(**text, raw_text="", findings=tuple(_finding(item) for item in findings))


def _finding(item: Any) -> Finding:
    if (
        not isinstance(item, dict)
        or not _FINDING_REQUIRED <= item.keys() <= _FINDING_FIELDS
        or not all(isinstance(value, str) for value in item.values())
    ):
        raise ValueError(f"a finding is not a mapping of text fields: {item!r}"[:200])
    return Finding(**item)
