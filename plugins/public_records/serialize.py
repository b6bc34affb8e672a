"""Records to plain data (JSON-ready dicts) and back. Used by the cache, the content
files and the bulk downloads, so all three describe a record the same way."""

from __future__ import annotations

from dataclasses import asdict, fields
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
    return asdict(record)


def _build(cls: type, value: Any) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in value.items() if k in names}
    return cls(**kwargs)


def record_from_dict(data: dict[str, Any]) -> Record:
    """Inverse of record_to_dict (tuples come back from JSON lists)."""
    kwargs: dict[str, Any] = {}
    names = {f.name for f in fields(Record)}
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
