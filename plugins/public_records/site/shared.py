"""Outputs shared by both scripts, written once per build from records.jsonl: the
search index (output/search/idx) and the bulk data (output/data)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..common.atomic import write_atomic
from ..common.code_hash import code_hash
from ..common.gc_pause import paused_gc
from ..common.progress import Laps
from ..ingest.importer import pipeline_version
from ..registry import Registry
from ..script import DEFAULT_HANT_CONFIG, name_to_traditional, to_traditional
from ..search.delta import update_index
from ..search.index import SearchDoc
from .datasets import write_datasets
from .output_files import files_under
from .store import update_archive_db

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
    "site/shared.py",
    "site/datasets.py",
    "site/store.py",
    "search/index.py",
    "search/delta.py",
    "search/fold.py",
    "script.py",
    "data",
)


def code_key(registry: Registry) -> str:
    """A hash of the code, data and registry the shared outputs are made with: when it
    changes, the search index is rebuilt from scratch (no delta on an older main index)."""
    h = hashlib.sha256(code_hash(SHARED_CODE).encode())
    h.update(repr(registry).encode())
    h.update(DEFAULT_HANT_CONFIG.encode())  # ARCHIVE_OPENCC_HANT: texts and the fold
    return h.hexdigest()


def search_state_path(key_file: Path) -> Path:
    """Where the search index's state (what its main part was built from) is kept: in
    the cache folder beside the key file (one per output folder), outside the published
    output.

    >>> search_state_path(Path("cache/hans-0123.shared-key")).name
    'hans-0123.search-index-state.json'
    """
    return key_file.with_suffix(".search-index-state.json")


def shared_key(records_path: Path, registry: Registry, site_root: str = "") -> str:
    """A hash of everything the shared outputs are made from (the site's address too:
    the data's links are absolute when it has one)."""
    h = hashlib.sha256(code_key(registry).encode())
    h.update(f"site root: {site_root}\n".encode())
    # The archive store reads the content files' edit logs, which a new cleaner may
    # change while records.jsonl stays the same.
    h.update(f"pipeline: {pipeline_version()}\n".encode())
    try:
        h.update(records_path.read_bytes())
    except FileNotFoundError:
        h.update(b"no records")
    return h.hexdigest()


def write_shared_outputs(
    records_path: Path,
    output_dir: Path,
    registry: Registry,
    key_file: Path | None = None,
    spill_dir: Path | None = None,
    site_root: str = "",
) -> list[str]:
    """Write the bulk data and the search index; skipped when `key_file` holds the key of
    exactly these inputs and their files are all in place (a rebuild with no new
    record). Returns every file of the shared outputs, relative to `output_dir` (the
    Simplified run removes the rest of them: output_files). The search index spills
    into `spill_dir` (the cache folder; a temporary folder when None), never into the
    output. `site_root` is the site's absolute address ("" for relative links)."""
    laps = Laps()
    key = shared_key(records_path, registry, site_root)
    index_dir = output_dir / "search" / "idx"
    known: dict[str, str] = {}
    if key_file is not None:
        known = _saved_data_identities(key_file, code_key(registry))
        data_files = _saved_data_files(key_file, key)
        if (
            data_files is not None
            and (index_dir / "meta.json.gz").is_file()
            and all((output_dir / name).is_file() for name in data_files)
        ):
            laps.lap("shared outputs unchanged")
            return data_files + files_under(index_dir, output_dir)
        # From here the outputs are not those of the key any more: a step stopped
        # half-way is never taken for an unchanged one.
        key_file.unlink(missing_ok=True)
    records = read_records(records_path)
    laps.lap("read records.jsonl", records=len(records))
    data = write_datasets(records, output_dir / "data", registry, site_root, known)
    data_files = [p.relative_to(output_dir).as_posix() for p in data.paths()]
    laps.lap("data downloads", records=len(records), written=len(data.written))
    archive_db = output_dir / "data" / "archive.db"  # opened as it is: docs/data.md
    store = update_archive_db(
        records_path,
        archive_db,
        registry,
        code_key(registry),
        key_file,
        records_path.parent / "zh-hans",  # the import's Simplified content files
    )
    data_files.append(archive_db.relative_to(output_dir).as_posix())
    laps.lap(
        "archive store",
        records=store.records,
        written=len(store.written),
        removed=len(store.removed),
        mode=store.mode,
        published=store.published,
    )
    stats = update_index(
        (search_doc(r, registry) for r in records),
        index_dir,
        search_state_path(key_file) if key_file is not None else None,
        code_key(registry),
        spill_dir=spill_dir,
    )
    laps.lap(
        "search index", records=len(records), files=stats.files, bytes=stats.bytes, mode=stats.mode
    )
    if key_file is not None:
        saved = {"key": key, "data": data_files, "identities": data.files}
        saved["made_with"] = code_key(registry)  # the identities hold for this code only
        write_atomic(key_file, json.dumps(saved, ensure_ascii=False).encode())
    logger.info(
        "search index (%s: %s): %d records, %d files, %d bytes written",
        stats.mode,
        stats.reason,
        stats.docs,
        stats.files,
        stats.bytes,
    )
    return data_files + files_under(index_dir, output_dir)


def _saved_data_identities(key_file: Path, made_with: str) -> dict[str, str]:
    """The downloads the last build wrote, by name (DataFiles.files): written again
    only when their source changes. {} when the key file does not read back or they
    were made by other code or another registry (`made_with`: code_key).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> _ = path.write_text('{"made_with": "c", "identities": {"records.jsonl": "d|1|2"}}')
    >>> _saved_data_identities(path, "c"), _saved_data_identities(path, "other code")
    ({'records.jsonl': 'd|1|2'}, {})
    >>> _ = path.write_text('{"made_with": "c", "identities": ["x"]}')
    >>> _saved_data_identities(path, "c")
    {}
    """
    try:
        saved = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("made_with") != made_with:
        return {}
    known = saved.get("identities")
    if not isinstance(known, dict):
        return {}
    return {k: v for k, v in known.items() if isinstance(k, str) and isinstance(v, str)}


def _saved_data_files(key_file: Path, key: str) -> list[str] | None:
    """The data files the shared outputs wrote when their key was `key`; None when the
    key file holds another key or does not read back (a miss, never an error).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> _ = path.write_text('{"key": "abc", "data": ["data/records.jsonl"]}')
    >>> _saved_data_files(path, "abc"), _saved_data_files(path, "other")
    (['data/records.jsonl'], None)
    >>> _ = path.write_bytes(b"\\xff\\xfe")
    >>> _saved_data_files(path, "abc") is None
    True
    """
    try:
        saved = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("key") != key:
        return None
    data = saved.get("data")
    if not isinstance(data, list) or not all(
        isinstance(n, str) and n.startswith("data/") and ".." not in n.split("/") for n in data
    ):
        return None
    return data
