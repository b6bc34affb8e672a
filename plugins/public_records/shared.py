"""Outputs shared by both scripts, written once per build from records.jsonl: the
search index (output/search/idx) and the bulk data (output/data)."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .datasets import write_datasets
from .registry import Registry
from .script import name_to_traditional, to_traditional
from .search_index import SearchDoc, write_index

logger = logging.getLogger(__name__)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The finished records the import wrote (empty when there are none yet)."""
    try:
        with path.open(encoding="utf-8") as f:
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


def write_shared_outputs(records_path: Path, output_dir: Path, registry: Registry) -> None:
    records = read_records(records_path)
    write_datasets(records, output_dir / "data", registry)
    stats = write_index((search_doc(r, registry) for r in records), output_dir / "search" / "idx")
    logger.info(
        "search index: %d records, %d files, %d bytes", stats.docs, stats.files, stats.bytes
    )
