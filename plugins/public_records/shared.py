"""Outputs shared by both scripts, written once per build from records.jsonl: the
search index (output/search/idx) and the bulk data (output/data)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .datasets import write_datasets
from .gc_pause import paused_gc
from .progress import Laps
from .registry import Registry
from .script import name_to_traditional, to_traditional
from .search_delta import update_index
from .search_index import SearchDoc

logger = logging.getLogger(__name__)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The finished records the import wrote (empty when there are none yet)."""
    try:
        with path.open(encoding="utf-8") as f, paused_gc():
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        logger.warning("%s is missing: run the import first (make content)", path)
        return []


def place_names(place_id: str, registry: Registry) -> tuple[str, str]:
    """A place's name in both scripts ("" when unknown)."""
    if not place_id:
        return "", ""
    place = registry.place(place_id)
    name = place.name if place else place_id
    return name, name_to_traditional(name)


def search_doc(record: Mapping[str, Any], registry: Registry) -> SearchDoc:
    place_hans, place_hant = place_names(record.get("place", ""), registry)
    return SearchDoc(
        id=record["id"],
        path=f"records/{record['id']}/",
        title_hans=record["title_hans"],
        title_hant=record["title_hant"],
        text_hans=record["text_hans"],
        text_hant=record["text_hant"],
        date=record["date"]["resolved"],
        place_id=record.get("place", ""),
        place_hans=place_hans,
        place_hant=place_hant,
        officials=tuple(
            (m["person_id"], m["name"], name_to_traditional(m["name"]), tuple(m["roles"]))
            for m in record.get("mentions", [])
        ),
        topics=tuple(
            (t["id"], t["name"], to_traditional(t["name"])) for t in record.get("topics", [])
        ),
    )


# The code and data the shared outputs are made with (with records.jsonl and the
# registry, the whole of their input).
SHARED_CODE = (
    "shared.py",
    "datasets.py",
    "search_index.py",
    "search_delta.py",
    "search_fold.py",
    "script.py",
)


def code_key(registry: Registry) -> str:
    """A hash of the code, data and registry the shared outputs are made with: when it
    changes, the search index is rebuilt from scratch (no delta on an older main index)."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in [package / name for name in SHARED_CODE] + sorted((package / "data").glob("*")):
        if path.is_file():
            h.update(path.name.encode() + path.read_bytes())
    h.update(repr(registry).encode())
    return h.hexdigest()


def search_state_path(key_file: Path) -> Path:
    """Where the search index's state (what its main part was built from) is kept: in
    the cache folder beside the key file (one per output folder), outside the published
    output.

    >>> search_state_path(Path("cache/hans-0123.shared-key")).name
    'hans-0123.search-index-state.json'
    """
    return key_file.with_suffix(".search-index-state.json")


def shared_key(records_path: Path, registry: Registry) -> str:
    """A hash of everything the shared outputs are made from."""
    h = hashlib.sha256(code_key(registry).encode())
    try:
        h.update(records_path.read_bytes())
    except FileNotFoundError:
        h.update(b"no records")
    return h.hexdigest()


def write_shared_outputs(
    records_path: Path, output_dir: Path, registry: Registry, key_file: Path | None = None
) -> None:
    """Write the bulk data and the search index; skipped when `key_file` holds the key of
    exactly these inputs and both outputs are in place (a rebuild with no new record)."""
    laps = Laps()
    key = shared_key(records_path, registry)
    present = (output_dir / "search" / "idx").is_dir() and (
        output_dir / "data" / "records.jsonl"
    ).is_file()
    if key_file is not None and present:
        try:
            if key_file.read_text(encoding="utf-8") == key:
                laps.lap("shared outputs unchanged")
                return
        except FileNotFoundError:
            pass
    records = read_records(records_path)
    laps.lap("read records.jsonl", records=len(records))
    write_datasets(records, output_dir / "data", registry)
    laps.lap("data downloads", records=len(records))
    stats = update_index(
        (search_doc(r, registry) for r in records),
        output_dir / "search" / "idx",
        search_state_path(key_file) if key_file is not None else None,
        code_key(registry),
    )
    laps.lap(
        "search index", records=len(records), files=stats.files, bytes=stats.bytes, mode=stats.mode
    )
    if key_file is not None:
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(key, encoding="utf-8")
    logger.info(
        "search index (%s: %s): %d records, %d files, %d bytes written",
        stats.mode,
        stats.reason,
        stats.docs,
        stats.files,
        stats.bytes,
    )
