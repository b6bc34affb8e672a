"""The import's list of the record content files it changed, so that a Pelican run
reads and stats only those instead of every file of records/zh-*/ (issue 12: after one
new report at 100,000 records, the catalog stated 100,000 files per run).

The import keeps, in its cache folder, a journal per content folder
(`journal_path`): each import that writes or removes a record content file appends a
line `{"started": G, "from": F}` before its first change, and `{"generation": G,
"from": F, "changed": [...], "folders": {...}}` when it is done: the files it wrote or
removed ("zh-hans/a.md", and the raw copies: "raw/a.txt", which the Simplified run's
copies in output/raw follow: site/output_files.py), and the mtime of each records/zh-*
folder and of raw/ then. An import
that changes nothing writes nothing (but the first lines of a journal).

A reader that knows the content folder as it was at generation K (`changes_since`)
gets the union of the files named after K, when the lines after K are all finished
and follow one another, and the folders' mtimes are still those the last line gives
(a file added, removed or renamed since moves them; so does any import's write, with
this journal or not: ContentFolder.write replaces a file by renaming a new one over
it). Anything else is None: the reader does its full pass. A hand edit made before an
import is the import's (it writes the file again and names it); one made in place
after the last import, with no import before the build (ARCHIVE_IMPORT off), is not
seen: the full pass is one deleted catalog cache away.

The journal starts again when it passes JOURNAL_LIMIT bytes, from the last finished
import's generation (nothing changed up to it): a reader at that generation still
follows; a reader further behind does one full pass.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

JOURNAL_LIMIT = 4 << 20  # bytes; the journal is started again past it


def journal_path(cache_dir: Path, content_dir: Path) -> Path:
    """The journal of the import of `content_dir` kept in `cache_dir` (one per content
    folder, as the manifest)."""
    where = hashlib.sha256(str(Path(content_dir).resolve()).encode()).hexdigest()[:12]
    return Path(cache_dir) / f"content-changes-{where}.jsonl"


def record_folders(content_dir: Path) -> dict[str, int]:
    """The mtime (ns) of each records/zh-* folder of `content_dir`, and of raw/ (as
    "raw") when there is one."""
    records = Path(content_dir) / "records"
    try:
        entries = list(os.scandir(records))
    except OSError:
        return {}
    folders = {
        e.name: e.stat().st_mtime_ns
        for e in entries
        if e.name.startswith("zh-") and e.is_dir(follow_symlinks=False)
    }
    try:
        folders["raw"] = os.stat(Path(content_dir) / "raw").st_mtime_ns
    except OSError:
        pass
    return folders


# Names noted and not yet in the table of names changed (`ChangedNames`).
NAMES_BATCH = 1000


class ChangedNames:
    r"""The files an import changed ("zh-hans/a.md"), each once, in a temporary SQLite
    database (SQLite's own temporary file, gone when closed; its page cache is bounded),
    given back sorted as `sorted(set(names))` gives them. A set of them took about 300
    bytes a record in the import's parent (three files a record: 300 MB at 1,000,000),
    and the journal's line then a sorted list and its JSON whole.

    >>> given = ["zh-hant/b.md", "raw/b.txt", "zh-hans/b.md", "raw/b.txt", "zh-hans/\udcff", "z/é"]
    >>> names = ChangedNames(batch=2)
    >>> for name in given:
    ...     names.add(name)
    >>> list(names.sorted()) == sorted(set(given))
    True
    """

    def __init__(self, batch: int = NAMES_BATCH):
        self.batch = batch
        self._pending: list[tuple[bytes]] = []
        self._db: sqlite3.Connection | None = None

    def add(self, name: str) -> None:
        # As bytes that sort as the names do (UTF-8 keeps code point order; a name
        # listed from undecodable bytes holds lone surrogates, kept by surrogatepass).
        self._pending.append((name.encode("utf-8", "surrogatepass"),))
        if len(self._pending) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self._db is None:
            self._db = sqlite3.connect("")  # "": a private temporary database on disk
            self._db.execute("CREATE TABLE names (name BLOB PRIMARY KEY) WITHOUT ROWID")
        self._db.executemany("INSERT OR IGNORE INTO names VALUES (?)", self._pending)
        self._pending = []

    def sorted(self) -> Iterator[str]:
        """Every name added, once each, in Python's order of strings (a blob's order,
        memcmp, is the UTF-8 bytes' order, which is the code points' order)."""
        if self._pending:
            self._flush()
        if self._db is None:
            return
        for (name,) in self._db.execute("SELECT name FROM names ORDER BY name"):
            yield name.decode("utf-8", "surrogatepass")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


@dataclass
class ChangeLog:
    """What one import changed in a content folder, written to the journal as it goes
    (`note` before each write or removal; `finish` at the end)."""

    path: Path | None
    content_dir: Path
    generation: str = field(default_factory=lambda: uuid.uuid4().hex)
    # kept only with a journal to write them to
    changed: ChangedNames = field(default_factory=ChangedNames)
    started: bool = False

    def note(self, folder: str, name: str) -> None:
        """A record content file (folder/name) or a raw copy (raw/name) is about to be
        written or removed."""
        parent, script = os.path.split(folder)
        if script == "raw":
            pass  # content/raw: the Simplified run's copies follow them (output_files)
        elif not script.startswith("zh-") or os.path.basename(parent) != "records":
            return  # other files: no reader's
        if self.path is None:
            return  # no journal: nothing is written of them
        if not self.started:
            self._start()
        self.changed.add(f"{script}/{name}")

    def _start(self) -> None:
        self.started = True
        finished = None
        try:
            size = self.path.stat().st_size
            finished = _last_finished(self.path)
        except OSError:
            size = 0
        last = None if finished is None else finished["generation"]
        line = json.dumps({"started": self.generation, "from": last}) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if size > JOURNAL_LIMIT:
            # Started again, but from the last finished import's generation with nothing
            # changed up to it: a reader at that generation (the catalog after the last
            # build) still follows; a reader further behind does one full pass. Without
            # it, the first import after a cold one of 100,000 records (a journal line
            # naming every file) sent every reader to the full pass.
            anchor = ""
            if finished is not None:
                kept = {
                    "generation": last,
                    "from": None,
                    "changed": [],
                    "folders": finished.get("folders"),
                }
                anchor = json.dumps(kept, ensure_ascii=False) + "\n"
            with self.path.open("w", encoding="utf-8") as f:
                f.write(anchor + line)
        else:
            with self.path.open("a", encoding="utf-8") as f:
                f.write(line)
        self._from = last

    def finish(self) -> None:
        """The import is done: its line, with the folders' mtimes as they are now (also
        when it changed nothing but there is no journal yet: a generation to start from)."""
        if self.path is None:
            return
        if not self.started:
            if self.path.exists():
                return
            self._start()
        # The bytes of json.dumps({"generation", "from", "changed": sorted names,
        # "folders"}, ensure_ascii=False), the names written as they are read back.
        head = json.dumps({"generation": self.generation, "from": self._from}, ensure_ascii=False)
        folders = json.dumps(record_folders(self.content_dir), ensure_ascii=False)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(head[:-1] + ', "changed": [')
            for i, name in enumerate(self.changed.sorted()):
                f.write((", " if i else "") + json.dumps(name, ensure_ascii=False))
            f.write(f'], "folders": {folders}}}\n')
        self.changed.close()


def _lines(path: Path) -> list[dict] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    lines = []
    for raw in data.split(b"\n"):
        if not raw:
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(line, dict):
            return None
        lines.append(line)
    if not data.endswith(b"\n"):
        return None
    return lines


def _last_finished(path: Path) -> dict | None:
    """The journal's last line when it is a finished import's (None: no journal, a
    damaged one, or an import started and not finished)."""
    lines = _lines(path)
    if not lines:
        return None
    last = lines[-1]
    return last if isinstance(last.get("generation"), str) and "changed" in last else None


def last_generation(path: Path) -> str | None:
    """The generation of the journal's last line when it is a finished import's (None:
    no journal, a damaged one, or an import started and not finished)."""
    finished = _last_finished(path)
    return None if finished is None else finished["generation"]


@dataclass
class Since:
    """The record files changed after a known generation, up to `generation`."""

    generation: str
    changed: set[str]


def changes_since(path: Path, known: str | None, content_dir: Path) -> Since | None:
    """The files changed in `content_dir` after generation `known` (see the module
    docstring); None when that is not known for certain.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "records" / "zh-hans").mkdir(parents=True)
    >>> journal = folder / "j.jsonl"
    >>> def run(names):
    ...     log = ChangeLog(journal, folder)
    ...     for name in names:
    ...         log.note(str(folder / "records" / "zh-hans"), name)
    ...     log.finish()
    ...     return log.generation
    >>> g1, g2, g3 = run(["a.md"]), run(["b.md"]), run(["c.md", "b.md"])
    >>> sorted(changes_since(journal, g1, folder).changed)
    ['zh-hans/b.md', 'zh-hans/c.md']
    >>> changes_since(journal, g3, folder).changed, changes_since(journal, "x", folder)
    (set(), None)
    >>> ChangeLog(journal, folder).note(str(folder / "records" / "zh-hans"), "d.md")
    >>> changes_since(journal, g1, folder) is None  # an import that did not finish
    True
    """
    if known is None:
        return None
    lines = _lines(path)
    if not lines:
        return None
    at = None
    for index, line in enumerate(lines):
        if line.get("generation") == known and "changed" in line:
            at = index
    if at is None:
        return None
    changed: set[str] = set()
    current, folders, pending = known, lines[at].get("folders"), None
    for line in lines[at + 1 :]:
        if "started" in line:
            if pending is not None or line.get("from") != current:
                return None
            pending = line["started"]
            continue
        names = line.get("changed")
        if (
            pending is None
            or line.get("generation") != pending
            or line.get("from") != current
            or not isinstance(names, list)
            or not all(isinstance(n, str) for n in names)
        ):
            return None
        changed.update(names)
        current, folders, pending = pending, line.get("folders"), None
    if pending is not None or not isinstance(folders, dict):
        return None  # an import still running, or stopped before its end
    if record_folders(content_dir) != folders:
        return None  # files added, removed or renamed since, not by the import
    return Since(current, changed)
