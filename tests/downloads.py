"""The bulk data downloads as a reader gets them: published gzip-compressed
(data/NAME.gz, datasets.COMPRESSED), read here as the plain text they hold."""

from __future__ import annotations

import gzip
from pathlib import Path


def read_download(data: Path, name: str, encoding: str = "utf-8") -> str:
    """The text of the download `name` (records.jsonl, appearances.csv, ...) in the
    folder `data`: its NAME.gz inflated."""
    return gzip.decompress((data / f"{name}.gz").read_bytes()).decode(encoding)


def download_record(rid: str, person: str) -> dict:
    """A finished record as records.jsonl holds it, naming one official (invented text)."""
    return {
        "id": rid,
        "title_hans": f"{rid} 会议",
        "title_hant": f"{rid} 會議",
        "date": {"resolved": "2024-08-02", "evidence": "text"},
        "text_hans": "区长主持会议。",
        "text_hant": "區長主持會議。",
        "source_path": f"{rid}.txt",
        "sha256": "0" * 64,
        "encoding": "utf-8",
        "mentions": [
            {"person_id": person, "name": "金玉", "title": "区长", "roles": ["chair"]}
            | {"start": 0, "end": 2}
        ],
    }
