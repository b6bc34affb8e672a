"""Bookkeeping of output/: after every build it holds exactly the files that build wrote.

Each writer of output/ owns a part of it and says which files it wrote or kept:

- the Simplified Pelican run: the root, except zh-hant/ (ARCHIVE_OTHER_SITES);
- the Traditional run: zh-hant/;
- the shared-outputs process (shared.py): search/idx/ and the bulk downloads in data/,
  which it reports to the Simplified run.

At the end of its run, each Pelican run removes every other file of its part (`prune`),
so a removed report's pages, raw download, officials' pages and feeds and month archive
go, whatever became of the page caches (deleted, damaged, keyed by a moved checkout's
folder, or not saved by a build killed half-way). The cost is one walk of the folder.

Files are written whole (common/atomic.py: `write_atomic`, `AtomicText`: a temporary file beside the
target, then os.replace), so a build killed mid-write leaves the old file or the new
one, never a truncated one; a stray temporary file is never counted as written, so the
next build removes it. Copies (raw downloads, theme files) are compared by content, not
by modification time (`sync_copies`). The raw copies follow the import's journal of
the files it changed (ingest/changes.py, as the record catalog does: `follow_import`):
after one new report only its copy is stated and compared, not every report's two
files; a copy removed or added by hand in output/raw moves that folder's mtime, and
then, as when the journal cannot be followed, every copy is stated.
"""

from __future__ import annotations

import contextlib
import filecmp
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..common.atomic import copy_atomic, is_temp, write_atomic
from ..ingest.changes import changes_since, last_generation

logger = logging.getLogger(__name__)


def _stamp(path: Path | str) -> list[int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _load_stamps(cache_path: Path) -> dict[str, list]:
    """name -> [source size, source mtime, copy size, copy mtime]; a cache that does not
    read back as that is empty (every copy is then compared by its bytes once)."""
    try:
        value = json.loads(cache_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if _four_ints(v)}


def _four_ints(value) -> bool:
    """
    >>> _four_ints([1, 2, 3, 4]), _four_ints([1, 2, 3]), _four_ints([1, 2, 3, 4.0])
    (True, False, False)
    """
    return (
        type(value) is list
        and len(value) == 4
        and type(value[0]) is int
        and type(value[1]) is int
        and type(value[2]) is int
        and type(value[3]) is int
    )


@dataclass
class Follow:
    """The copies of `folder` (their names: "raw/a.txt") the import changed since the
    last run (`changed`; None: not known for certain, every copy is stated), and the
    import's generation to keep for the next run."""

    folder: str
    generation: str | None
    changed: set[str] | None


def follow_import(journal: Path, content_dir: Path, cache_path: Path, root: Path) -> Follow:
    """What the import changed in content_dir/raw since the run that left the copies'
    cache (`cache_path`) and root/raw as they are (their size and mtime, kept beside
    the cache: sync_copies). Read before the folder is listed (an import finishing
    meanwhile is the next run's)."""
    state = None
    try:
        state = json.loads(_follow_path(cache_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    since = None
    if (
        isinstance(state, dict)
        and state.get("copies") == _stamp(cache_path)
        and state.get("out") == _stamp(root / "raw")
        and isinstance(state.get("imported"), str)
    ):
        since = changes_since(journal, state["imported"], content_dir)
    if since is None:
        return Follow("raw", last_generation(journal), None)
    return Follow("raw", since.generation, {n for n in since.changed if n.startswith("raw/")})


def _follow_path(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + ".import")


def sync_copies(
    pairs: Iterable[tuple[Path | str, str]],
    root: Path,
    cache_path: Path,
    follow: Follow | None = None,
) -> list[str]:
    """Make root/<name> a copy of each source, comparing by content: a copy whose size
    or mtime is not the one this function left (or any copy, without the cache) is
    compared byte for byte with its source and written again when they differ. A copy
    of `follow`'s folder that the import did not change since the last run (and the
    cache has) is neither stated nor compared. Returns the names (relative to root) of
    every copy."""
    before = _load_stamps(cache_path)
    stamps: dict[str, list] = {}
    copied = 0
    base = os.path.join(root, "")  # joined as strings: one pair per raw report
    changed = follow.changed if follow is not None else None
    prefix = f"{follow.folder}/" if follow is not None else ""
    for source, name in pairs:
        if changed is not None and name not in changed and name.startswith(prefix):
            kept = before.get(name)
            if kept is not None:
                stamps[name] = kept
                continue
        target = base + name
        source_stamp, target_stamp = _stamp(source), _stamp(target)
        if source_stamp is None:
            continue  # gone since it was listed
        same = target_stamp is not None and before.get(name) == source_stamp + target_stamp
        if not same and not (
            target_stamp is not None
            and target_stamp[0] == source_stamp[0]
            and filecmp.cmp(source, target, shallow=False)
        ):
            copy_atomic(source, Path(target))
            copied += 1
            target_stamp = _stamp(target)
        stamps[name] = source_stamp + target_stamp
    if follow is not None:
        # The copies of reports gone, removed now rather than by the run's prune, so
        # that the folder's mtime kept below is the one the next run finds.
        for name in before.keys() - stamps.keys():
            if name.startswith(prefix):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(base + name)
    if stamps != before:
        write_atomic(cache_path, json.dumps(stamps).encode())
    if follow is not None:
        state = {
            "imported": follow.generation,
            "copies": _stamp(cache_path),
            "out": _stamp(root / follow.folder),
        }
        write_atomic(_follow_path(cache_path), json.dumps(state).encode())
    if copied:
        logger.info("%s: %d file(s) copied, %d unchanged", root, copied, len(stamps) - copied)
    return list(stamps)


def files_under(folder: Path, root: Path) -> list[str]:
    """Every file under `folder` (but temporary ones), relative to `root`."""
    found = []
    for where, _, names in os.walk(folder):
        base = Path(where).relative_to(root).as_posix()
        found += [f"{base}/{n}" for n in names if not is_temp(n)]
    return found


def prune(
    root: Path,
    keep: set[str],
    others: Iterable[str] = (),
    held: Iterable[str] = (),
    settled: Iterable[tuple[str, str]] = (),
) -> list[str]:
    """Remove every file under `root` not named in `keep` (paths relative to root),
    and the folders left empty; leave alone the top-level folders in `others` (another
    run's part) and everything under the prefixes in `held` (the part of a step that
    failed, whose files are not known). `settled` names folders, (folder, page), each
    of whose subfolders holds its `page` and nothing else: a subfolder whose page is
    kept is not listed (at 100,000 records, listing every record's folder was most of
    a run's end). Returns the removed paths.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> for name in ("index.html", "records/gone/index.html", "zh-hant/x.html", "data/a.csv"):
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (root / name).write_text("x")
    >>> prune(root, {"index.html"}, others=["zh-hant"], held=["data/"])
    ['records/gone/index.html']
    >>> sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    ['data', 'data/a.csv', 'index.html', 'zh-hant', 'zh-hant/x.html']
    >>> for name in ("records/a/index.html", "records/a/stray", "records/b/index.html"):
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (root / name).write_text("x")
    >>> prune(root, {"index.html", "records/a/index.html"}, settled=[("records/", "index.html")])
    ['data/a.csv', 'records/b/index.html', 'zh-hant/x.html']
    >>> (root / "records" / "a" / "stray").exists()  # a settled folder is not listed
    True
    """
    others, held = set(others), tuple(held)
    pages = dict(settled)  # folder -> the page each of its subfolders holds
    removed: list[str] = []

    def walk(folder: Path, base: str) -> bool:
        """Prune one folder; True when it is left empty."""
        empty = True
        with os.scandir(folder) as entries:
            listed = list(entries)
        for entry in listed:
            path = base + entry.name
            if entry.is_dir(follow_symlinks=False):
                if (not base and entry.name in others) or (path + "/").startswith(held):
                    empty = False
                elif base in pages and f"{path}/{pages[base]}" in keep:
                    empty = False  # settled: holds its kept page and nothing else
                elif walk(Path(entry.path), path + "/"):
                    try:
                        os.rmdir(entry.path)
                    except OSError:
                        empty = False  # not empty after all
                else:
                    empty = False
            elif path in keep or path.startswith(held):
                empty = False
            else:
                os.unlink(entry.path)
                removed.append(path)
        return empty

    if root.is_dir():
        walk(root, "")
    return sorted(removed)
