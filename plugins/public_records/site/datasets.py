"""Bulk data downloads under output/data/, written from the records in one pass.

- records.jsonl      one record a line: ids, titles and texts in both scripts, date with
                     evidence, place, credits, officials, topics, places, provenance
- appearances.csv    one row per official per record: record id, date, person id, name,
                     title as written, roles
- officials.json     Popolo-shaped: persons, and memberships (one per title as written,
                     with the first and last dates it was seen)
- topics.json, places.json
- officials/<id>.json, officials/<id>.csv   one official's appearances

The schema is documented in docs/data.md; tests/test_datasets.py validates the files
against it.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..common.atomic import write_atomic
from ..script import name_to_traditional

SCHEMA_VERSION = 1
APPEARANCE_COLUMNS = ("record_id", "date", "date_evidence", "person_id", "name", "title", "roles")


def record_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The public form of one record (a serialized Record): no raw text or edit log,
    which stay on the record page and in raw/<id>.txt."""
    sidecar = record.get("sidecar", {})
    return {
        "id": record["id"],
        "url": f"records/{record['id']}/",
        "title_hans": record["title_hans"],
        "title_hant": record["title_hant"],
        "date": record["date"],
        "place": record.get("place", ""),
        "text_hans": record["text_hans"],
        "text_hant": record["text_hant"],
        "credits": record.get("credits", []),
        "officials": [
            {k: m[k] for k in ("person_id", "name", "title", "roles", "start", "end")}
            for m in record.get("mentions", [])
        ],
        "topics": [{"id": t["id"], "name": t["name"]} for t in record.get("topics", [])],
        "places": [{"id": p["id"], "name": p["name"]} for p in record.get("places", [])],
        "source": {
            "file": record["source_path"],
            "sha256": record["sha256"],
            "encoding": record["encoding"],
            "url": sidecar.get("url", ""),
            "retrieved": sidecar.get("retrieved", ""),
            "raw": f"raw/{record['id']}.txt",
        },
        "findings": [
            {"code": f["code"], "severity": f["severity"], "message": f["message"]}
            for f in record.get("findings", [])
        ],
    }


def appearance_rows(records: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, str]]:
    for r in records:
        for m in r.get("mentions", []):
            yield {
                "record_id": r["id"],
                "date": r["date"]["resolved"],
                "date_evidence": r["date"]["evidence"],
                "person_id": m["person_id"],
                "name": m["name"],
                "title": m["title"],
                "roles": ";".join(m["roles"]),
            }


def _csv(rows: Iterable[Mapping[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=APPEARANCE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def popolo(records: list[Mapping[str, Any]], registry=None) -> dict[str, Any]:
    """Persons and memberships in the Popolo shape (https://www.popoloproject.com/).

    >>> data = popolo([{"id": "a", "date": {"resolved": "2024-08-02"}, "mentions": [
    ...     {"person_id": "p1", "name": "余祥", "title": "区领导", "roles": ["attendee"]}]}])
    >>> data["persons"][0]["other_names"], data["memberships"][0]["label"]
    ([{'name': '余祥', 'note': 'zh-Hant'}], '区领导')
    """
    persons: dict[str, dict[str, Any]] = {}
    spans: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in records:
        for m in r.get("mentions", []):
            pid = m["person_id"]
            if pid not in persons:
                official = registry.official(pid) if registry else None
                hant = (getattr(official, "name_hant", "") or "") or name_to_traditional(m["name"])
                persons[pid] = {
                    "id": pid,
                    "name": m["name"],
                    "other_names": [{"name": hant, "note": "zh-Hant"}],
                    "registered": official is not None,
                    "links": [{"url": f"officials/{pid}/", "note": "archive page"}],
                }
            if m["title"]:
                spans[(pid, m["title"])].append(r["date"]["resolved"])
    memberships = []
    for (pid, title), dates in sorted(spans.items()):
        known = sorted(d for d in dates if d)
        memberships.append(
            {
                "person_id": pid,
                "label": title,
                "role": title,
                "start_date": known[0] if known else None,
                "end_date": known[-1] if known else None,
                "note": "dates are the first and last record in this archive with this title",
                "sources": len(dates),
            }
        )
    return {"persons": list(persons.values()), "memberships": memberships}


def write_datasets(records: list[Mapping[str, Any]], out_dir: Path, registry=None) -> list[Path]:
    """Write every download; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def put(name: str, text: str) -> None:
        path = out_dir / name
        write_atomic(path, text.encode("utf-8"))  # whole or not at all (output_files)
        written.append(path)

    put(
        "records.jsonl",
        "".join(json.dumps(record_row(r), ensure_ascii=False) + "\n" for r in records),
    )
    put("appearances.csv", _csv(appearance_rows(records)))
    put(
        "officials.json",
        json.dumps(
            {"schema_version": SCHEMA_VERSION, **popolo(records, registry)},
            ensure_ascii=False,
            indent=1,
        ),
    )
    per_person: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in appearance_rows(records):
        per_person[row["person_id"]].append(row)
    for pid, rows in per_person.items():
        put(f"officials/{pid}.csv", _csv(rows))
        put(
            f"officials/{pid}.json",
            json.dumps(
                {"schema_version": SCHEMA_VERSION, "person_id": pid, "appearances": rows},
                ensure_ascii=False,
                indent=1,
            ),
        )
    for key in ("topics", "places"):
        table: dict[str, dict[str, Any]] = {}
        for r in records:
            for tag in r.get(key, []):
                entry = table.setdefault(
                    tag["id"], {"id": tag["id"], "name": tag["name"], "records": []}
                )
                entry["records"].append(r["id"])
        put(
            f"{key}.json",
            json.dumps(
                {"schema_version": SCHEMA_VERSION, key: list(table.values())},
                ensure_ascii=False,
                indent=1,
            ),
        )
    return written
