"""Seeds given as an fsspec URL (`s3://bucket/seeds`, `memory://seeds`, `file:///…`).

The import reads a URL's reports into a local mirror, in the cache folder, and imports
the mirror as it imports any seeds folder: the same checks of file kinds and sizes, the
same manifest, cache and raw/ copies. Only files whose size or version (ETag or
modification time, whichever the store gives) changed since the last fetch are read
again, and a mirrored file that is unchanged keeps its mtime, so the manifest still
skips its report. With a Dask scheduler the parent ships the reports' records to the
workers (ingest/cluster.py): only the machine that runs the import needs access to the
store and its credentials.

fsspec (a dependency of dask, pinned in requirements.txt) is imported only for a URL;
`s3://` also needs s3fs, which is not pinned: `pip install s3fs` where it is used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path, PurePosixPath

logger = logging.getLogger(__name__)

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
STATE = ".fetched.json"  # beside the mirror: what each file's size and version were


class RemoteError(OSError):
    """The seeds at a URL cannot be read: no such store, no access, a bad name."""


def is_url(seeds: str) -> bool:
    """Whether the seeds argument is a URL (any fsspec protocol), not a folder.

    >>> is_url("s3://bucket/seeds"), is_url("memory://seeds"), is_url("seeds")
    (True, True, False)
    >>> is_url("C:/seeds"), is_url("./a://b")
    (False, False)
    """
    return bool(_URL.match(seeds))


def mirror_folder(url: str, cache_dir: Path) -> Path:
    """Where the seeds at `url` are mirrored: a folder named as the URL's last part
    (so the import report names `seeds/x.txt`, as for a local folder), under a folder
    named by a hash of the whole URL.

    >>> mirror_folder("s3://b/archive/seeds/", Path("/c")).as_posix()
    '/c/fetched/73533a14ebba/seeds'
    """
    url = url.rstrip("/")
    name = PurePosixPath(url.split("://", 1)[1]).name or "seeds"
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return cache_dir / "fetched" / digest / name


def _relative(root: str, path: str) -> str:
    """`path` (as the store lists it) relative to `root`; RemoteError for a name that
    would land outside the mirror.

    >>> _relative("b/seeds", "b/seeds/registry/places.yml")
    'registry/places.yml'
    >>> _relative("b/seeds", "b/seeds/../x.txt")
    Traceback (most recent call last):
    public_records.ingest.remote.RemoteError: b/seeds/../x.txt: not a file name inside b/seeds
    """
    rel = path[len(root) :].lstrip("/") if path.startswith(root) else ""
    parts = PurePosixPath(rel).parts
    if not parts or any(p in {"", ".", ".."} or "\\" in p for p in parts):
        raise RemoteError(f"{path}: not a file name inside {root}")
    return "/".join(parts)


def _version(info: dict) -> list:
    """What says a stored file changed: its size and whatever version the store gives."""
    tag = next(
        (info[k] for k in ("ETag", "etag", "mtime", "LastModified", "created") if k in info), None
    )
    return [info.get("size"), str(tag) if tag is not None else None]


def fetch_seeds(url: str, cache_dir: Path) -> Path:
    """Mirror the files under `url` into a folder of `cache_dir` (`mirror_folder`): read
    only what changed, remove what is gone; the folder."""
    try:
        from fsspec.core import url_to_fs

        fs, root = url_to_fs(url)
        root = root.rstrip("/")
        found = fs.find(root, detail=True, withdirs=False)
    except (ImportError, ValueError, OSError) as e:  # no such protocol or package, no access
        raise RemoteError(f"seeds at {url} cannot be listed: {e}") from None
    into = mirror_folder(url, cache_dir)
    into.mkdir(parents=True, exist_ok=True)
    state_path = into.parent / STATE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # first fetch, or a damaged state: every file is read
        state = {}
    if not isinstance(state, dict):
        state = {}
    now: dict[str, list] = {}
    fetched = 0
    for path, info in sorted(found.items()):
        rel = _relative(root, path)
        if info.get("islink"):  # file:// only: a link is no report (as in a seeds folder)
            logger.error("%s: not fetched: a symbolic link, not a regular file", path)
            continue
        version = _version(info)
        local = into / rel
        now[rel] = version
        if state.get(rel) == version and version[1] is not None and _size(local) == version[0]:
            continue
        try:
            data = fs.cat_file(path)
        except OSError as e:
            raise RemoteError(f"{url}: {rel} cannot be read: {e}") from None
        local.parent.mkdir(parents=True, exist_ok=True)
        if _size(local) != len(data) or local.read_bytes() != data:
            local.write_bytes(data)  # an unchanged file keeps its mtime (the manifest's)
        fetched += 1
    removed = 0
    for dirpath, _dirs, files in os.walk(into):
        for name in files:
            local = Path(dirpath, name)
            if local.relative_to(into).as_posix() not in now:
                local.unlink()
                removed += 1
    state_path.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
    logger.info("seeds %s: %d files, %d read, %d removed", url, len(now), fetched, removed)
    return into


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None
