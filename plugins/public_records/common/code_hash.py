"""Hashes of the package's own files, for the cache keys that must change with the code.

Names are paths relative to the package (`site/plugin.py`, `data/`), so a key names
exactly the files it covers; a name that does not exist is an error, not a file
silently left out of the key (a moved module would otherwise stop counting).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def package_files(names: Iterable[str]) -> list[Path]:
    """The files named (a folder name stands for every file under it, sorted).

    >>> [p.name for p in package_files(["model.py", "common/code_hash.py"])]
    ['model.py', 'code_hash.py']
    """
    out: list[Path] = []
    for name in names:
        path = PACKAGE_DIR / name
        if path.is_dir():
            files = path.rglob("*")
            out += sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts)
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"{path}: named in a code key but not in the package")
    return out


def code_hash(names: Iterable[str]) -> str:
    """SHA-256 (hex) of the named files' package-relative paths and bytes."""
    h = hashlib.sha256()
    for path in package_files(names):
        h.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()
