"""The bulk data downloads as a reader gets them: published gzip-compressed
(data/NAME.gz, datasets.COMPRESSED), read here as the plain text they hold."""

from __future__ import annotations

import gzip
from pathlib import Path


def read_download(data: Path, name: str, encoding: str = "utf-8") -> str:
    """The text of the download `name` (records.jsonl, appearances.csv, ...) in the
    folder `data`: its NAME.gz inflated."""
    return gzip.decompress((data / f"{name}.gz").read_bytes()).decode(encoding)
