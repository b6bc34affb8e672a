"""Files written whole: a temporary file beside the target, then os.replace, so a
process killed mid-write leaves the old file or the new one, never a truncated one.
Temporary files are recognisable (`is_temp`), so whoever keeps a folder tidy can
remove strays (site/output_files.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

TEMP_SUFFIX = ".partial"


def temp_path(path: Path) -> Path:
    """Where `path` is written before it replaces the file (same folder, so os.replace
    is atomic; named per process, so two writers never share one).

    >>> temp_path(Path("out/records/a/index.html")).name.endswith(".partial")
    True
    >>> is_temp(temp_path(Path("out/a.html")).name), is_temp("a.html")
    (True, False)
    """
    return path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")


def is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` whole (its folder is made when missing)."""
    tmp = temp_path(path)
    try:
        tmp.write_bytes(data)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
    try:
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


class AtomicText:
    """A text file opened for writing that replaces `path` only when closed without an
    error (what Pelican's writer gets instead of open(path, "w"))."""

    def __init__(self, path: str, encoding: str):
        self.path = Path(path)
        self.tmp = temp_path(self.path)
        self.file = self.tmp.open("w", encoding=encoding)

    def __enter__(self):
        return self.file

    def __exit__(self, kind, error, trace) -> None:
        self.file.close()
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def copy_atomic(source: Path, target: Path) -> None:
    tmp = temp_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
