"""Records to plain data (JSON-ready dicts) and back. Used by the cache, the content
files and the bulk downloads, so all three describe a record the same way."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from .model import Credit, DateInfo, Edit, Finding, Mention, Record, Tag

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
