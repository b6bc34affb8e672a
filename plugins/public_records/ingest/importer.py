"""The import: raw reports in seeds/ -> Markdown content files in both scripts.

Records are independent, so they are processed in parallel across cores, and each
processed record is cached under the SHA-256 of its raw bytes and sidecar plus the
pipeline version, so an unchanged report is not cleaned again. The cache entry holds
the finished content files too (rendering them costs as much as reading them), so a
warm import only reads, compares and skips. Content files are rewritten only when their
bytes change, and files of records that are gone are removed.

A content file's front matter is one line of JSON (a subset of YAML that Python's C
JSON parser reads about 40 times faster than PyYAML reads block YAML; the Pelican
reader parses 20,000 of them per build).
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import hashlib
import itertools
import json
import logging
import os
import pickle
import shutil
import sqlite3
import struct
import tempfile
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..common.gc_pause import paused_gc
from ..common.indented_json import Items, indented_pieces
from ..common.progress import Progress
from ..model import Record
from ..registry import (
    Registry,
    RegistryError,
    keep_last_good,
    last_good_registry,
    read_registry_files,
    registry_from_files,
)
from ..registry import registry_version as files_version
from ..script import DEFAULT_HANT_CONFIG
from . import sources, warc
from .changes import ChangeLog
from .changes import journal_path as changes_journal
from .markdown import SCRIPTS, body_markdown, front_matter
from .serialize import fields_to_dict, record_to_dict, thin_record_from_dict

logger = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the whole package


@dataclass
class ImportReport:
    """What the import did: counts and problems, for the console and the build report.

    `records` and `quarantined` hold each record's id, provenance and findings (`thin`),
    not its texts, metadata and edit log (those are in the content files): at 100,000
    records even the records without texts took a gigabyte in the parent process.
    """

    records: ThinRecords = field(default_factory=lambda: ThinRecords())
    errors: SourceErrors = field(default_factory=lambda: SourceErrors())
    quarantined: ThinRecords = field(default_factory=lambda: ThinRecords())
    from_cache: int = 0
    written: int = 0
    removed: int = 0
    # The folder files are named from in the summary (the seeds folder's parent): the
    # summary is published (import-report.json, the /report/ page), the builder's own
    # folders are not.
    root: Path | None = None

    def summary(self) -> dict:
        """What import-report.json holds, as a dict (`summary_items` with its lists
        made)."""
        return {
            key: list(value.iterable) if type(value) is Items else value
            for key, value in self.summary_items().items()
        }

    def summary_items(self) -> dict:
        """The summary with its lists as `Items`: each error, quarantined record and
        finding made as it is written (`write_summary`). At 1,000,000 reports the
        ignored files' errors alone made 240 MB of text, beside their dicts, when the
        summary was built whole before it was written."""
        public = _Publicly(self.root)
        return {
            "records": len(self.records),
            "errors": Items(
                {
                    "file": public.path(e.path),
                    "reason": public.text(e.reason),
                    "severity": e.severity,  # "info" is listed apart (report_pages.py)
                }
                for e in self.errors
            ),
            "quarantined": Items(
                {
                    "id": r.id,
                    "file": r.source_path,
                    "reasons": [
                        public.text(f"{f.code}: {f.message}")
                        for f in r.findings
                        if f.severity == "error"
                    ],
                }
                for r in self.quarantined
            ),
            "findings": Items(
                {"id": r.id, "code": f.code, "severity": f.severity, "message": f.message}
                for r in self.records.with_findings()  # the others are not read back
                for f in r.findings
            ),
        }

    def write_summary(self, path: Path) -> bool:
        """import-report.json: `json.dumps(self.summary(), ensure_ascii=False,
        indent=1)`'s bytes, written as they are made; the file is left as it is when it
        holds them already (`write_if_changed`). True if written."""
        return write_if_changed_pieces(path, indented_pieces(self.summary_items()))


class _PickledItems(Sequence):
    """A sequence whose items wait in an unnamed temporary file, pickled, and are read
    back when asked for; in memory an item costs its place in the file (16 bytes). The
    file is this process's own, so pickle reads back only what it wrote. A subclass
    says what of an item is kept (`_fields`) and how it is made again (`_item`)."""

    def __init__(self, items: Iterable = ()):
        self._fd = -1  # the file, made with the first item (most imports quarantine none)
        self._file = None
        self._starts = array("q")  # where each item's bytes start, in the sequence's order
        self._lengths = array("q")
        self._end = 0
        # Bytes not yet in the file, written 64 KB at a time: a write a record cost a
        # system call each (a million for the ignored files of 1,000,000 reports).
        self._pending = bytearray()
        for item in items:
            self.append(item)

    def _fields(self, item) -> tuple:
        raise NotImplementedError

    def _item(self, fields: tuple):
        raise NotImplementedError

    def append(self, item) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()
            self._fd = self._file.fileno()
        data = pickle.dumps(self._fields(item), pickle.HIGHEST_PROTOCOL)
        self._starts.append(self._end)
        self._lengths.append(len(data))
        self._end += len(data)
        self._pending += data
        if len(self._pending) >= 1 << 16:
            self._flush()

    def _flush(self) -> None:
        # At a position: reads (pread) may come between writes.
        os.pwrite(self._fd, self._pending, self._end - len(self._pending))
        self._pending.clear()

    def extend(self, items: Iterable) -> None:
        for item in items:
            self.append(item)

    def _read(self, i: int):
        if self._pending:
            self._flush()
        return self._item(pickle.loads(os.pread(self._fd, self._lengths[i], self._starts[i])))

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._read(j) for j in range(len(self))[i]]
        return self._read(range(len(self))[i])  # IndexError past the end, as a list gives

    def __iter__(self) -> Iterator:
        return (self._read(i) for i in range(len(self)))

    def __add__(self, other: Iterable) -> list:
        return [*self, *other]  # as lists add (`report.records + report.quarantined`)

    def __radd__(self, other: Iterable) -> list:
        return [*other, *self]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"

    def __reduce__(self):
        return (type(self), (list(self),))


class ThinRecords(_PickledItems, Sequence[Record]):
    """The import report's records (`thin`: id, provenance and findings), pickled in a
    file (`_PickledItems`). Held as objects they took about 1 KB a record in the
    import's parent until the import ended (1 GB at 1,000,000 records); here a record
    costs 25 bytes: where its bytes are, whether it has findings, and a reference to its
    id (a string the import holds anyway, as the key of the record's records.jsonl line).

    >>> from public_records.model import Finding
    >>> bad = Finding("page_not_chinese", "error", "no Han characters")
    >>> records = ThinRecords([Record("b", "b.txt", "0", "utf-8", ""), thin(Record(
    ...     "a", "a.txt", "1", "utf-8", "x", findings=(bad,)))])
    >>> records.sort_by_id()
    >>> [r.id for r in records], records.ids(), records[0].quarantined, len(records)
    (['a', 'b'], ['a', 'b'], True, 2)
    >>> [r.id for r in records.with_findings()]
    ['a']
    >>> records[-1] == Record("b", "b.txt", "0", "utf-8", "")
    True
    """

    def __init__(self, records: Iterable[Record] = ()):
        self._found = bytearray()  # 1 where the record has findings (the summary reads those)
        self._ids: list[str] = []
        super().__init__(records)

    def _fields(self, record: Record) -> tuple:
        return (record.id, record.source_path, record.sha256, record.encoding, record.findings)

    def _item(self, fields: tuple) -> Record:
        rid, source_path, sha256, encoding, findings = fields
        return Record(rid, source_path, sha256, encoding, "", findings=findings)

    def append(self, record: Record) -> None:
        super().append(record)
        self._found.append(1 if record.findings else 0)
        self._ids.append(record.id)

    def sort_by_id(self) -> None:
        """Order the records by id (records.jsonl's order); nothing is read back."""
        order = sorted(range(len(self._ids)), key=self._ids.__getitem__)
        self._ids = [self._ids[i] for i in order]
        self._starts = array("q", [self._starts[i] for i in order])
        self._lengths = array("q", [self._lengths[i] for i in order])
        self._found = bytearray(self._found[i] for i in order)

    def ids(self) -> list[str]:
        """The records' ids in order, without reading the records back."""
        return list(self._ids)

    def with_findings(self) -> Iterator[Record]:
        """The records that have findings, in order; the others are not read."""
        return (self._read(i) for i in range(len(self)) if self._found[i])

    def __repr__(self) -> str:
        return f"ThinRecords({len(self)} records)"


class SourceErrors(_PickledItems, Sequence[sources.SourceError]):
    """The import's errors, warnings and notes, pickled in a file (`_PickledItems`) as
    they come: the import keeps one for every file of the seeds folder that is not a
    report (the bench's *.truth.json: a million at 1,000,000 reports, about 250 MB held
    as objects from the listing to the end). Here an error costs 16 bytes. An item is
    read back as a `SourceError` of its path, reason and severity.

    >>> errors = SourceErrors()
    >>> errors.append(sources.SourceError("a.yaml", "ignored", "warning"))
    >>> errors.extend([sources.SourceError("b.txt", "is empty")])
    >>> [str(e) for e in errors], errors[0].severity, len(errors), bool(SourceErrors())
    (['a.yaml: ignored', 'b.txt: is empty'], 'warning', 2, False)
    """

    def _fields(self, error: sources.SourceError) -> tuple:
        return (error.path, error.reason, error.severity)

    def _item(self, fields: tuple) -> sources.SourceError:
        return sources.SourceError(*fields)


class _Publicly:
    """Paths and messages as the public report shows them: relative to `root`, never
    the builder's absolute folders.

    >>> public = _Publicly(Path("/home/me/archive"))
    >>> public.path("/home/me/archive/seeds/x.yml"), public.path("/elsewhere/y.txt")
    ('seeds/x.yml', 'y.txt')
    >>> public.text("not valid YAML in /home/me/archive/seeds/registry/places.yml:3")
    'not valid YAML in seeds/registry/places.yml:3'
    """

    def __init__(self, root: Path | None):
        self.prefix = os.path.join(str(root), "") if root is not None else None

    def text(self, text: str) -> str:
        return text.replace(self.prefix, "") if self.prefix else text

    def path(self, path: str) -> str:
        """A file (possibly with `:line`) relative to root; a file outside root by its
        name alone."""
        path = self.text(path)
        return os.path.basename(path) if os.path.isabs(path) else path


# Rooms and modules that never run while a record is processed or its content files
# rendered: editing them must not throw away the whole cache. Anything else counts.
NOT_IN_PIPELINE = frozenset(
    {
        *("site", "search", "synth", "evaluate", "__main__.py", "common/progress.py"),
        *("ingest/cluster.py", "ingest/remote.py"),  # where reports run and come from
    }
)


def _in_pipeline(rel: Path) -> bool:
    """
    >>> _in_pipeline(Path("clean/pinyin.py")), _in_pipeline(Path("site/plugin.py"))
    (True, False)
    >>> _in_pipeline(Path("ingest/cluster.py")), _in_pipeline(Path("ingest/importer.py"))
    (False, True)
    """
    return not (
        rel.parts[0] in NOT_IN_PIPELINE
        or rel.as_posix() in NOT_IN_PIPELINE
        or "__pycache__" in rel.parts
    )


@cache
def pipeline_version() -> str:
    """A hash of the code and data that process a record and render its content files:
    a change to either makes every cached record stale."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        rel = path.relative_to(PACKAGE_DIR)
        if (
            path.suffix in {".py", ".txt", ".tsv", ".yml", ".yaml", ".json"}
            and _in_pipeline(rel)
            and path.is_file()
        ):
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(record: Record, registry_version: str) -> str:
    """The key of a record's cache entry: everything its processing depends on. The
    file name is part of it (the record keeps it as provenance): a report renamed with
    the sidecar that gives its id has the same bytes, sidecar and id."""
    h = hashlib.sha256()
    h.update(record.source_path.encode() + b"\0")
    h.update(record.sha256.encode())
    h.update(json.dumps(dict(record.sidecar), sort_keys=True, ensure_ascii=False).encode())
    h.update(record.id.encode())
    h.update(repr(record.findings).encode())  # sources' findings: dropped metadata values
    # sources' edits: a page's extraction, which names the extractor's version (a new
    # trafilatura may extract another text from the same bytes)
    h.update(repr(record.edits).encode())
    h.update(pipeline_version().encode())
    h.update(registry_version.encode())
    h.update(DEFAULT_HANT_CONFIG.encode())  # ARCHIVE_OPENCC_HANT writes text_hant
    return h.hexdigest()


def content_file(
    record: Record, script: str, data: dict | None = None, shared: dict | None = None
) -> str:
    """A record's content file for one script: `---`, the front matter as one line of
    JSON, `---`, then the clean text as Markdown. `data`: `record_to_dict(record)`, if
    the caller has it (a record is converted once for its two files and its line).
    `shared`: a dict kept by the caller across the record's two files, in which the
    JSON of the front matter's last fields, the same in both (`SHARED_TAIL`: the edit
    log and the raw text, most of a file's bytes), is kept once made."""
    meta = front_matter(record, script, data)
    head = _front_matter_json(meta, shared)
    body = body_markdown(record.text_hant if script == "hant" else record.text_hans)
    return f"---\n{head}\n---\n\n{body}"


# The front matter's last fields, the same for both scripts (markdown.front_matter).
SHARED_TAIL = ("edits", "raw_text")


def _front_matter_json(meta: dict, shared: dict | None) -> str:
    """`json.dumps(meta, ensure_ascii=False, default=str)`, with the JSON of the
    SHARED_TAIL fields taken from `shared` when it holds them (and put there when not):
    the same text, each tail field encoded once a record instead of once a script.

    >>> meta = {"id": "a", "n": [1, "乙"], "edits": [{"rule": "r"}], "raw_text": "甲\\n"}
    >>> shared = {}
    >>> _front_matter_json(meta, shared) == json.dumps(meta, ensure_ascii=False, default=str)
    True
    >>> _front_matter_json(dict(meta, id="b"), shared) == json.dumps(
    ...     dict(meta, id="b"), ensure_ascii=False, default=str)
    True
    >>> sorted(shared)
    ['edits', 'raw_text']
    """
    keys = list(meta)
    if shared is None or len(keys) <= len(SHARED_TAIL) or tuple(keys[-2:]) != SHARED_TAIL:
        return json.dumps(meta, ensure_ascii=False, default=str)
    lead = json.dumps(
        {k: meta[k] for k in keys[: -len(SHARED_TAIL)]}, ensure_ascii=False, default=str
    )
    pieces = [lead[:-1]]  # without its closing brace: the tail's fields follow
    for key in SHARED_TAIL:
        encoded = shared.get(key)
        if encoded is None:
            encoded = shared[key] = json.dumps(meta[key], ensure_ascii=False, default=str)
        pieces.append(f", {json.dumps(key)}: {encoded}")
    pieces.append("}")
    return "".join(pieces)


def records_line(record: Record, data: dict | None = None) -> str:
    """The record's line in records.jsonl (what the search index and bulk data read):
    the whole record but its raw text and edit log, which only its page shows (they
    are in the content files and raw/; leaving them out halves the file, and the time
    and memory it takes the Simplified run to read it)."""
    data = (record_to_dict(record) if data is None else data) | {"meta": {}}
    del data["raw_text"], data["edits"]
    return json.dumps(data, ensure_ascii=False) + "\n"


class Kept(NamedTuple):
    """A records.jsonl line known unchanged, by where it is in the last records.jsonl
    (the manifest keeps it): its offset and length in bytes, and its digest
    (`learned.line_digest`). A warm import neither reads nor holds such a line: the
    new records.jsonl copies it from the old one (`write_records`), and the learned
    names compare its digest (learned.py)."""

    offset: int
    length: int
    digest: str


class Spilled(bytes):
    """A new records.jsonl line, written to the import's spill file (`LineSpill`) as
    its record arrived: where it is there, and its digest. A cold import held every
    line until records.jsonl was written in id order (about 2.5 KB a record in memory).

    One is held for every new record until the import ends, so it is packed in one
    bytes object: offset and length (8 bytes each), then the digest's 16 bytes (its hex
    text, `learned.line_digest`, is made when it is asked for). About 90 bytes where a
    named tuple of two numbers and the hex text took about 200.

    >>> line = Spilled(3_000_000_000, 2345, "00ff" * 8)
    >>> line.offset, line.length, line.digest == "00ff" * 8, line.spilled
    (3000000000, 2345, True, True)
    >>> import copy, pickle
    >>> copy.copy(line) == pickle.loads(pickle.dumps(line)) == line
    True
    """

    __slots__ = ()
    spilled = True  # read from the spill file, not the last records.jsonl (learned.py)
    _SPAN = struct.Struct("<QQ")  # offset, length

    def __new__(cls, offset: int, length: int, digest: str) -> Spilled:
        return super().__new__(cls, cls._SPAN.pack(offset, length) + bytes.fromhex(digest))

    def __getnewargs__(self) -> tuple[int, int, str]:  # copied and pickled as it is made
        return self.offset, self.length, self.digest

    @property
    def offset(self) -> int:
        return self._SPAN.unpack_from(self)[0]

    @property
    def length(self) -> int:
        return self._SPAN.unpack_from(self)[1]

    @property
    def digest(self) -> str:
        return self[self._SPAN.size :].hex()


class LineSpill:
    """An unnamed temporary file (gone when closed, also after a crash) that new
    records.jsonl lines are written to in the order they arrive."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile(dir=folder)
        self.fd = self.file.fileno()
        self.end = 0

    def add(self, line: str) -> Spilled:
        from .learned import line_digest  # as relearn imports it: when needed

        data = line.encode()
        self.file.write(data)
        spilled = Spilled(self.end, len(data), line_digest(line))
        self.end += len(data)
        return spilled

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        self.file.close()


class LineSpans:
    """Where each line of the records.jsonl just written is (`write_records`), in id
    order: its length and digest, and whether it was written anew, packed by position
    (33 bytes a line) beside the ids in the same order (the import report's, shared).
    The manifest finds a record's line by its id (a binary search in the sorted ids).

    One is held for every record at the import's end. A list of `Kept` lines, a dict of
    them by id, a set of the new ids and a dict of the new lines' digests by position
    took about 600 bytes a record there (0.6 GB at 1,000,000), and more while the
    manifest was saved.

    >>> spans = LineSpans(["a", "b"])
    >>> spans.append(0, 10, "00ff" * 8, True)
    >>> spans.append(10, 7, "11" * 16, False)
    >>> spans.get("b"), spans.get("c"), len(spans), spans.any_new()
    (Kept(offset=10, length=7, digest='11111111111111111111111111111111'), None, 2, True)
    >>> [(rid, kept.length) for rid, kept in spans.items()]
    [('a', 10), ('b', 7)]
    >>> [rid for rid, _ in spans.new_items()]
    ['a']
    """

    _DIGEST = 16  # bytes of a line's digest (learned.line_digest's 32 hex characters)

    def __init__(self, ids: Sequence[str]):
        self.ids = ids  # sorted: the order of records.jsonl's lines
        self._offsets = array("q")
        self._lengths = array("q")
        self._digests = bytearray()
        self._new = bytearray()  # 1 where the line was written anew (not a Kept one)
        # position -> a digest that is not 32 lower-case hex characters, kept as it is
        # (a damaged manifest's row: the line is then read and learned again)
        self._unpacked: dict[int, str] = {}

    def append(self, offset: int, length: int, digest: str, new: bool) -> None:
        try:
            packed = bytes.fromhex(digest)
        except ValueError:
            packed = b""
        if len(packed) != self._DIGEST or packed.hex() != digest:
            self._unpacked[len(self._lengths)] = digest
            packed = bytes(self._DIGEST)
        self._offsets.append(offset)
        self._lengths.append(length)
        self._digests += packed
        self._new.append(1 if new else 0)

    def __len__(self) -> int:
        return len(self._lengths)

    def _at(self, i: int) -> Kept:
        digest = self._unpacked.get(i)
        if digest is None:
            digest = self._digests[i * self._DIGEST : (i + 1) * self._DIGEST].hex()
        return Kept(self._offsets[i], self._lengths[i], digest)

    def get(self, rid: str) -> Kept | None:
        """The line of the record `rid`, or None if records.jsonl has none."""
        i = bisect.bisect_left(self.ids, rid, 0, len(self))
        return self._at(i) if i < len(self) and self.ids[i] == rid else None

    def items(self) -> Iterator[tuple[str, Kept]]:
        """(id, line) of every line, in id order, each made as it is taken."""
        return ((self.ids[i], self._at(i)) for i in range(len(self)))

    def new_items(self) -> Iterator[tuple[str, Kept]]:
        """(id, line) of the lines written anew, in id order."""
        return ((self.ids[i], self._at(i)) for i in range(len(self)) if self._new[i])

    def any_new(self) -> bool:
        return 1 in self._new


def _is_new(line: str | Kept | Spilled) -> bool:
    """Whether a line is written anew (not a kept line of the last records.jsonl)."""
    return not isinstance(line, Kept)


@dataclass
class Done:
    """One processed record with everything the import writes for it, ready-made in
    the worker so that the parent process only compares and writes bytes."""

    record: Record
    cached: bool
    # script -> content file, encoded: bytes cross the process boundary as they are,
    # and the parent writes them as they are ({} quarantined, None unchanged)
    files: dict[str, bytes] | None
    # records.jsonl line ("" when quarantined), or where it is in the last records.jsonl
    # (a manifest hit: the line is not read unless it is needed)
    line: str | Kept
    raw: bytes | None = None  # the report's bytes, as the worker read them (for raw/)
    # What the learned names need of the line (learned.Facts), taken in the worker from
    # the record the line was made of: a cold import then parses each line once, when it
    # is learned, instead of holding every parsed record until the index is whole
    facts: object = None


def _finish(record: Record, data: dict) -> tuple[dict[str, str], str]:
    """The content files and the records.jsonl line; `data` is `record_to_dict(record)`."""
    if record.quarantined:
        return {}, ""
    shared: dict[str, str] = {}  # the edit log and raw text, encoded once for both files
    files = {s: content_file(record, s, data, shared) for s in SCRIPTS}
    return files, records_line(record, data)


# What a cache entry keeps of a record: everything but its texts and edit log (`slim`).
_SLIM = {"raw_text": "", "text_hans": "", "text_hant": "", "edits": (), "meta": {}}


def _encoded(files: dict[str, str]) -> dict[str, bytes]:
    return {script: text.encode() for script, text in files.items()}


def _process_cached(args: tuple[Record, Path | None, str]) -> Done:
    record, cache_dir, registry_version = args
    if cache_dir is not None:
        path = _entry_path(cache_dir, record, registry_version)
        cached = _read_cached(path, record)
        if cached is not None:
            return cached
    done, slim = _process_record(record)
    if cache_dir is not None:
        _write_entry(path, slim, done)
    return done


def _process_record(record: Record) -> tuple[Done, dict]:
    """Process one record: what the import writes for it, and the slim record its
    cache entry keeps (`entry_bytes`)."""
    from .learned import facts_of
    from .process import process  # imported by the workers that process (pypinyin: 0.2 s)

    done = process(record, _REGISTRY)
    data = record_to_dict(done)
    texts, line = _finish(done, data)
    facts = facts_of(data) if line else None
    return Done(thin(done), False, _encoded(texts), line, facts=facts), data | _SLIM


def _entry_path(cache_dir: Path, record: Record, registry_version: str) -> Path:
    return cache_dir / (cache_key(record, registry_version) + ".entry")


def _write_entry(path: Path, slim: dict, done: Done) -> None:
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(entry_bytes(slim, done.files or {}, done.line))
    tmp.replace(path)


def _read_cached(path: Path, record: Record) -> Done | None:
    """The cache entry at `path` for `record`, or None (a miss) if there is none or it
    does not read back whole as the entry of this very record (same id, file and
    SHA-256: an entry copied or swapped under another key is not trusted)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        logger.warning("cache entry %s unreadable (%s); processing again", path, e.strerror)
        return None
    from .learned import facts_of

    try:
        slim, files, line = read_entry(data)
        cached = thin_record_from_dict(slim)
        _check_entry(cached, files, line, record)
        # from the line itself (in the worker), not the slim record: the line is what
        # the learned names read
        facts = facts_of(json.loads(line)) if line else None
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        logger.warning("cache entry %s unreadable (%s); processing again", path, e)
        return None
    return Done(cached, True, files, line, facts=facts)


def _check_entry(cached: Record, files: dict[str, bytes], line: str, record: Record) -> None:
    """ValueError unless a cache entry read for `record` is one of it, whole."""
    for name in ("id", "source_path", "sha256"):
        if getattr(cached, name) != getattr(record, name):
            raise ValueError(f"it is the entry of another record ({name} differs)")
    if cached.quarantined:
        if files or line:
            raise ValueError("a quarantined record with content files")
    elif files.keys() != set(SCRIPTS) or not line.startswith(f'{{"id": {json.dumps(record.id)},'):
        raise ValueError("content files or records.jsonl line missing")


def entry_bytes(slim: dict, files: dict[str, bytes], line: str) -> bytes:
    r"""A cache entry: one line of JSON (the slim record and the sizes of the parts),
    then the content files and the records.jsonl line as they are written, so that
    neither writing nor reading an entry escapes or encodes them again.

    >>> entry = entry_bytes({"id": "a"}, {"hans": "甲".encode()}, "{}\n")
    >>> entry
    b'{"record": {"id": "a"}, "files": [["hans", 3]], "line": 3}\n\xe7\x94\xb2{}\n'
    >>> read_entry(entry)
    ({'id': 'a'}, {'hans': b'\xe7\x94\xb2'}, '{}\n')
    """
    line_bytes = line.encode()
    head = {
        "record": slim,
        "files": [[script, len(body)] for script, body in files.items()],
        "line": len(line_bytes),
    }
    head_bytes = json.dumps(head, ensure_ascii=False, default=str).encode()
    return b"".join([head_bytes, b"\n", *files.values(), line_bytes])


def read_entry(data: bytes) -> tuple[dict, dict[str, bytes], str]:
    """(slim record, content files, records.jsonl line) of a cache entry; ValueError
    if it is cut short or too long (a write that did not finish) or its head is not
    the head of an entry (damaged).

    >>> read_entry(b'{"record": {}, "files": [["hans", -3]], "line": 0}\\n')
    Traceback (most recent call last):
    ValueError: damaged head: ['hans', -3] is not a script and a size
    """
    end = data.index(b"\n")
    head = json.loads(data[:end])
    if not isinstance(head, dict) or not isinstance(head.get("files"), list):
        raise ValueError("damaged head: not a mapping with a list of files")
    parts = [*head["files"], ["", head.get("line")]]  # the records.jsonl line last
    for part in parts:
        if not (
            isinstance(part, list)
            and len(part) == 2
            and isinstance(part[0], str)
            and type(part[1]) is int
            and part[1] >= 0
        ):
            raise ValueError(f"damaged head: {part!r} is not a script and a size"[:200])
    pos, pieces = end + 1, []
    for _, size in parts:
        pieces.append(data[pos : pos + size])
        pos += size
    if pos != len(data):
        raise ValueError(f"{len(data)} bytes, not {pos}")
    files = {script: piece for (script, _), piece in zip(parts[:-1], pieces, strict=False)}
    return head.get("record"), files, pieces[-1].decode()


def thin(record: Record) -> Record:
    """What the import report needs of a record: id, provenance and findings."""
    return Record(
        record.id, record.source_path, record.sha256, record.encoding, "", findings=record.findings
    )


# The registry of the running import, set once per process (worker processes get it
# through the pool initializer rather than with every task).
_REGISTRY: Registry | None = None


def _set_registry(registry: Registry | None) -> None:
    global _REGISTRY
    _REGISTRY = registry


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` unless the file already holds exactly it; True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def write_if_changed_pieces(path: Path, pieces: Iterable[str], chunk: int = 1 << 16) -> bool:
    """`write_if_changed(path, "".join(pieces).encode())` without holding the text: the
    pieces are encoded into an unnamed temporary file as they come, `chunk` characters
    at a time, then compared with the file `chunk` bytes at a time, and copied over it
    only if they differ. True if written.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a" / "r.json"
    >>> write_if_changed_pieces(path, ["{", "二" * 5, "}"], chunk=4), path.read_text()
    (True, '{二二二二二}')
    >>> write_if_changed_pieces(path, iter(["{二二", "二二二}"]), chunk=4)
    False
    >>> write_if_changed_pieces(path, ["{}"], chunk=4), path.read_text()
    (True, '{}')
    """
    with tempfile.TemporaryFile() as made:
        batch: list[str] = []
        size = 0
        for piece in pieces:
            batch.append(piece)
            size += len(piece)
            if size >= chunk:
                made.write("".join(batch).encode())
                batch, size = [], 0
        made.write("".join(batch).encode())
        if _same_bytes(made, path, chunk):
            return False
        made.seek(0)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            shutil.copyfileobj(made, out, chunk)
    return True


def _same_bytes(made, path: Path, chunk: int) -> bool:
    """Whether the file `path` holds the bytes of the open file `made`, read a chunk at
    a time from both."""
    try:
        if os.stat(path).st_size != made.tell():
            return False
        old = open(path, "rb")
    except (FileNotFoundError, NotADirectoryError):
        return False
    made.seek(0)
    with old:
        while True:
            mine, theirs = made.read(chunk), old.read(chunk)
            if mine != theirs:
                return False
            if not mine:
                return True


def load_registry_for(
    seeds_dir: Path, report: ImportReport, cache_dir: Path | None = None
) -> tuple[Registry, str]:
    """The registry in seeds/registry and a hash of its files (part of the cache key).

    A registry that loads is kept in the cache folder. A broken one (a malformed entry,
    a symlink, a file that is no regular file) is reported with its file and line, and
    the last one that loaded is used instead, so that no official's id (and page URL)
    changes; with none kept (or no cache), the import fails with the RegistryError:
    without the registry every registered official would get a provisional id."""
    folder = seeds_dir / "registry"
    try:
        files = read_registry_files(folder)
        registry = registry_from_files(files, folder)
    except RegistryError as e:
        kept = last_good_registry(cache_dir, folder) if cache_dir is not None else None
        if kept is None:
            raise RegistryError(
                f"{e}; no registry that loaded before is kept in the cache, so the import "
                "stops (without the registry, officials' ids and pages would change)"
            ) from None
        logger.error("%s; the last registry that loaded is used", e)
        where, _, reason = str(e).partition(": ")
        report.errors.append(
            sources.SourceError(where, f"{reason}; the last registry that loaded is used")
        )
        return kept
    if cache_dir is not None:
        keep_last_good(files, cache_dir)
    return registry, files_version(files)


def run_import(
    seeds_dir: Path,
    content_dir: Path,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> ImportReport:
    """Import every report of `seeds_dir` (and its registry/) into `content_dir`.

    The workers are given file paths and read the reports themselves, so the parent
    never holds the raw texts. With a cache, a manifest (`Manifest`) lets a report whose
    file, sidecar, code, registry and outputs are all unchanged skip the workers.

    With `scheduler` (a Dask scheduler's address, `tcp://HOST:PORT`), the reports are
    processed on that cluster's workers instead of local processes (`_cluster_results`);
    the content files, records.jsonl, manifest and cache are the same bytes."""
    # Absolute from here on: the manifest keeps output paths as strings, and a file whose
    # path is not among those kept is removed as stale (an import given "content" after
    # one given "/abs/content" removed every unchanged record's files).
    seeds_dir, content_dir = seeds_dir.resolve(), content_dir.resolve()
    report = ImportReport(root=seeds_dir.parent)
    registry, registry_version = load_registry_for(seeds_dir, report, cache_dir)
    sidecars: set[str] = set()  # the seeds folder's *.yml names, as listed
    # files not imported are named; reports by name, each Path made when it is needed
    # (one for every report, held through the import, was 300 MB at 1,000,000 reports)
    names = sources.discover_names(seeds_dir, report.errors, sidecar_names=sidecars)
    child = sources.child_path(seeds_dir)
    manifest = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        manifest = Manifest.load(cache_dir, seeds_dir, content_dir, registry_version)
        manifest.sidecars = sidecars
    # In file order: what a manifest entry that still holds gives, or None (a worker).
    # A WARC holds many reports: each capture is a worker's task of its own (by offset),
    # always (the manifest keeps one record a file; the content-hash cache still holds).
    plan: list[tuple[str, Hit | None, warc.Capture | None]] = []
    with paused_gc():  # a bulk load of long-lived objects (common/gc_pause.py)
        for name in names:
            if warc.is_warc(name):
                captures, found = sources.survey_warc(child(name))
                for problem in found:
                    sources.log(problem)  # at its severity's level: a WARC's skip counts are info
                report.errors.extend(found)
                plan += [(name, None, capture) for capture in captures]
                continue
            plan.append((name, manifest.hit(child(name)) if manifest is not None else None, None))
    # The workers' tasks, made as they are sent (a list of them, each with its Path,
    # was held through the import).
    work_count = sum(1 for _, hit, _ in plan if hit is None)
    work = ((child(n), cache_dir, registry_version, c) for n, hit, c in plan if hit is None)
    jobs = jobs or os.cpu_count() or 1
    _set_registry(registry)

    # id -> records.jsonl line of each published record; its keys are also the records
    # whose files the import keeps (`_remove_stale`)
    lines: dict[str, str | Kept | Spilled] = {}
    spill = LineSpill(content_dir / "records")
    facts: dict[str, object] = {}  # id -> learned.Facts of a line the workers made
    facts_memo: dict = {}  # what those facts share (learned.Facts.compacted)
    claims = Claims(names, manifest.holders if manifest else {})
    # The record content files this import writes or removes, for the Pelican runs
    # (changes.py): kept beside the manifest, so only with a cache folder.
    changes = ChangeLog(
        changes_journal(cache_dir, content_dir) if cache_dir is not None else None, content_dir
    )
    out = ContentFolder(content_dir, changes)

    def publish(path: Path, done: Done, hit: Hit | None) -> None:
        outputs = _write_done(done, seeds_dir, out, report, lines, hit and hit[1], spill)
        if done.facts is not None and not done.record.quarantined:
            facts[done.record.id] = done.facts.compacted(facts_memo)
        if manifest is None or warc.is_warc(path.name):
            return  # a WARC's captures are not kept in the manifest
        if hit is None:
            manifest.put(path, done, outputs)
        else:
            manifest.keep(path)

    with Progress("import", len(plan)) as bar:
        if scheduler is not None:
            pool, results = None, _cluster_results(scheduler, registry, work)
        elif jobs > 1 and work_count > 50:
            from . import process  # imported once here, inherited by forked workers

            process.warm(registry)  # the tables, loaded once here and shared by the workers
            pool = ProcessPoolExecutor(jobs, initializer=_set_registry, initargs=(registry,))
            # Small chunks keep both cores busy to the end and the progress line moving.
            results = _bounded_map(pool, _process_path, work, chunksize=8, window=4 * jobs)
        else:
            pool, results = None, map(_process_path, work)
        try:
            for name, hit, _capture in plan:
                bar.advance()
                path = child(name)
                done = hit[0] if hit is not None else next(results)
                if isinstance(done, sources.SourceError):
                    logger.error("%s", done)
                    report.errors.append(done)
                    claimed = None
                else:
                    claimed = done.record.id
                # Every record whose id is decided now: written, or rejected by name.
                for rid, claimant, item, holder in claims.arrive(path, claimed, (done, hit)):
                    if holder is None:
                        publish(claimant, *item)
                        continue
                    error = sources.SourceError(
                        claimant, f"claims the id {rid!r}, already used by {holder}"
                    )
                    logger.error("%s", error)
                    report.errors.append(error)
        finally:
            if pool is not None:
                pool.shutdown()
            elif scheduler is not None:
                results.close()  # closes the cluster's client, also when a write failed
    # Names learned across the archive (learned.py): files of records that gain or lose one.
    from .learned import relearn  # imported when needed, as process is (pypinyin: 0.2 s)

    learned_version = f"{pipeline_version()}/{registry_version}/{DEFAULT_HANT_CONFIG}"
    jsonl = content_dir / "records" / "records.jsonl"
    spill.flush()
    rewritten = relearn(
        lines,
        content_dir,
        out,
        registry,
        cache_dir,
        learned_version,
        jsonl,  # no dict of every line's digest: write_records reads each from its line
        facts,
        spill.fd,
    )
    facts.clear()
    facts_memo.clear()
    if manifest is not None:
        manifest.restat(rewritten)
    report.removed = _remove_stale(content_dir, lines.keys(), changes)
    # All finished records in one file: the shared outputs (search index, bulk data)
    # are built from it, by the plugin, once per build.
    report.records.sort_by_id()
    spans = write_records(jsonl, lines, report.records.ids(), spill.fd)
    spill.close()  # unnamed: gone also when the import stops before this
    if manifest is not None:
        manifest.save(spans)
    report.write_summary(content_dir / "records" / "import-report.json")
    changes.finish()
    return report


def _bounded_map(pool, fn, items: Iterable, chunksize: int, window: int) -> Iterator:
    """`fn` over `items` on `pool`, results in order, like `pool.map` but with at most
    `window` chunks of `chunksize` submitted and not yet taken. `pool.map` submits every
    task at once and keeps each result until it is taken: when the parent falls behind
    the workers (a loaded machine), finished reports, with their content files and raw
    bytes, piled up in the parent. `items` is taken a chunk at a time, as it is sent."""
    pending: collections.deque = collections.deque()
    for chunk in _chunks(items, chunksize):
        pending.append(pool.submit(_run_chunk, fn, chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last one shorter), taken as they are asked for.

    >>> list(_chunks(iter(range(5)), 2))
    [[0, 1], [2, 3], [4]]
    """
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _run_chunk(fn, chunk: list) -> list:
    return [fn(item) for item in chunk]


class Claims:
    """Which file gets an id that several files claim. The record that already holds
    the id keeps it, so that a new file cannot take an established URL: the file that
    held it in the last import (the manifest), else the file named after it
    (`<id>.txt`), else the first claimant by file name. Every other claimant is
    rejected, by name, with the holder's name.

    Files arrive in file order (the import's loop). A claim is decided as soon as no
    file ranked before it for that id is still to come; until then the claim waits,
    written nowhere. So each id is decided once, before anything is written for it,
    in one pass: a wait holds at most the two ranked claims and the first other one
    (a later other claimant cannot win and is kept by name only), and each arrival
    costs a few dictionary look-ups.

    >>> claims = Claims(["0000.txt", "a.txt", "b.txt"], {})
    >>> def arrive(name, rid, item):
    ...     return [(r, p.name, i, h) for r, p, i, h in claims.arrive(Path(name), rid, item)]
    >>> arrive("0000.txt", "a", "new")  # a.txt, named after the id, is still to come
    []
    >>> arrive("a.txt", "a", "old")
    [('a', 'a.txt', 'old', None), ('a', '0000.txt', None, 'a.txt')]
    >>> arrive("b.txt", "a", "late")
    [('a', 'b.txt', None, 'a.txt')]
    """

    def __init__(self, names: list[str], holders: dict[str, str]):
        self.position = {name: i for i, name in enumerate(names)}
        # id -> the file that held it in the last import (only files still here)
        self.holders = {rid: name for rid, name in holders.items() if name in self.position}
        self.held: dict[str, list[str]] = {}  # file -> the ids it held
        for rid, name in self.holders.items():
            self.held.setdefault(name, []).append(rid)
        self.owner: dict[str, str] = {}  # decided: id -> file name
        self.waiting: dict[str, _Wait] = {}
        self.now = -1  # position of the last file that arrived

    def ranked(self, rid: str) -> list[str]:
        """The files (here) that keep `rid` if they claim it, best first."""
        ranked = [self.holders[rid]] if rid in self.holders else []
        for suffix in sources.PAGE_SUFFIXES:  # .txt, then .html, .htm
            named = f"{rid}{suffix}"
            if named in self.position and named not in ranked:
                ranked.append(named)
        return ranked

    def arrive(
        self, path: Path, rid: str | None, item: object
    ) -> list[tuple[str, Path, object, str | None]]:
        """File `path` has arrived, claiming `rid` (None: it claims none) with `item`;
        the claims decided now, as (id, file, item, None) for the one to write and
        (id, file, None, holder) for each one rejected."""
        name = path.name
        self.now = self.position[name]
        decided: list[tuple[str, Path, object, str | None]] = []
        if rid is not None and rid in self.owner:
            decided.append((rid, path, None, self.owner[rid]))
        elif rid is not None and rid not in self.waiting and self._keeps(name, rid):
            self.owner[rid] = name  # the usual case: decided at once, nothing waits
            decided.append((rid, path, item, None))
        elif rid is not None:
            wait = self.waiting.setdefault(rid, _Wait())
            if name in self.ranked(rid):
                wait.ranked[name] = (path, item)
            elif wait.first is None:
                wait.first = (path, item)
            else:
                wait.others.append(path)
        if self.waiting:  # ids this file was ranked for may be decidable now
            for candidate in (rid, path.stem, *self.held.get(name, ())):
                if candidate is not None and candidate in self.waiting:
                    decided += self._decide(candidate)
        return decided

    def _keeps(self, name: str, rid: str) -> bool:
        """Whether the first claim on `rid`, by file `name`, wins at once: no file
        ranked before it for the id is still to come."""
        for ranked in self.ranked(rid):
            if ranked == name:
                return True
            if self.position[ranked] > self.now:
                return False
        return True

    def _decide(self, rid: str) -> list[tuple[str, Path, object, str | None]]:
        wait = self.waiting[rid]
        for name in self.ranked(rid):
            if name in wait.ranked:
                winner = wait.ranked.pop(name)
                break
            if self.position[name] > self.now:
                return []  # a file that would keep it is still to come
        else:
            assert wait.first is not None  # a wait begins with a claim
            winner, wait.first = wait.first, None
        del self.waiting[rid]
        holder = winner[0].name
        self.owner[rid] = holder
        losers = [path for path, _ in wait.ranked.values()] + wait.others
        if wait.first is not None:
            losers.append(wait.first[0])
        losers.sort(key=lambda path: self.position[path.name])
        return [(rid, winner[0], winner[1], None)] + [(rid, p, None, holder) for p in losers]


@dataclass
class _Wait:
    """The claims on one id not yet decided."""

    ranked: dict[str, tuple[Path, object]] = field(default_factory=dict)
    first: tuple[Path, object] | None = None  # the first claimant not ranked
    others: list[Path] = field(default_factory=list)  # later ones: they cannot win


def _process_path(
    args: tuple[Path, Path | None, str, warc.Capture | None],
) -> Done | sources.SourceError:
    """Read one report (in the worker) and process it, or the reason it cannot be read.
    With a capture, the report is that capture of the WARC at `path`."""
    path, cache_dir, registry_version, capture = args
    read = _read_one(path, capture)
    if isinstance(read, sources.SourceError):
        return read
    raw, record = read
    return _located(_process_cached((record, cache_dir, registry_version)), raw, capture)


def _read_one(
    path: Path, capture: warc.Capture | None
) -> tuple[bytes, Record] | sources.SourceError:
    """The raw bytes of one report (or of one capture of a WARC) and its record, or
    the reason it cannot be read."""
    try:
        if capture is not None:
            return sources.read_capture(path, capture)
        raw = sources.read_raw(path)
        return raw, sources.read_report(path, raw)
    except sources.SourceError as e:
        return _Unreadable(e.path, e.reason)


def _located(done: Done, raw: bytes, capture: warc.Capture | None) -> Done:
    done.raw = raw  # the parent copies it to raw/ without reading the report again
    if capture is not None and done.record.quarantined:  # one of many records in the file
        done.record = sources.located(done.record, capture)
    return done


# Reports per task sent to a Dask worker: about 0.1 s of work, so that the scheduler's
# cost per task (about 1 ms) is small and the last tasks still spread over the workers.
CLUSTER_BATCH = 16


def _cluster_results(
    scheduler: str,
    registry: Registry,
    work: Iterable[tuple[Path, Path | None, str, warc.Capture | None]],
) -> Iterator[Done | sources.SourceError]:
    """`_process_path` over `work`, in order, on the Dask cluster at `scheduler`. The
    parent reads each report and answers from the cache what it holds; the workers
    process the rest and return the content files; the parent writes the cache entries
    (the cache folder is the lead's, not the workers'). Same results as the local pool."""
    from .cluster import ClusterMap  # imports distributed: only when a scheduler is given

    def batches() -> Iterator[tuple[list, list[Record]]]:
        for batch in _chunks(work, CLUSTER_BATCH):
            slots, todo = [], []
            for path, cache_dir, registry_version, capture in batch:
                read = _read_one(path, capture)
                if isinstance(read, sources.SourceError):
                    slots.append((read, None, None, None))
                    continue
                raw, record = read
                entry = None
                if cache_dir is not None:
                    entry = _entry_path(cache_dir, record, registry_version)
                    cached = _read_cached(entry, record)
                    if cached is not None:
                        slots.append((_located(cached, raw, capture), None, None, None))
                        continue
                slots.append((None, raw, capture, entry))
                todo.append(record)
            yield slots, todo

    with ClusterMap(scheduler, (registry, worker_versions())) as cluster:
        for slots, processed in cluster.map(_process_remote, batches()):
            answers = iter(processed)
            for ready, raw, capture, entry in slots:
                if ready is not None:
                    yield ready
                    continue
                done, slim = next(answers)
                if entry is not None:
                    _write_entry(entry, slim, done)
                yield _located(done, raw, capture)


def worker_versions() -> tuple[str, str]:
    """What must be the same in a worker as in the parent for its output to be the
    parent's: the pipeline's code and data, and the Traditional conversion."""
    return pipeline_version(), DEFAULT_HANT_CONFIG


def _process_remote(
    shared: tuple[Registry, tuple[str, str]], records: list[Record]
) -> list[tuple[Done, dict]]:
    """A Dask worker's task: process `records` with the parent's registry. A worker
    that runs other code (another checkout, another OpenCC configuration) refuses:
    its content files would not be the parent's."""
    registry, versions = shared
    if worker_versions() != versions:
        from .cluster import ClusterError

        raise ClusterError(
            f"this Dask worker (pid {os.getpid()}) runs pipeline {worker_versions()}, the "
            f"import {versions}: start the workers from the same checkout and settings"
        )
    _set_registry(registry)
    return [_process_record(record) for record in records]


class _Unreadable(sources.SourceError):
    """A SourceError that crosses process boundaries (pickled by its two fields)."""

    def __reduce__(self):
        return (sources.SourceError, (self.path, self.reason))


def _stat(path: Path | str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _stat_text(path: str) -> str:
    """A file's size and mtime (ns) as text, "-" for no file (`Manifest._signature`)."""
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}"


# Version 2: output paths are absolute (older manifests may hold relative ones).
# Version 3: an SQLite database; each published record's line kept by its length and
# digest (its offset is the sum of the lengths of the lines before it, in id order).
# Version 4: an entry in columns, so that a hit compares its file's signature as text
# and parses JSON only for a record with findings, or outputs it must stat.
MANIFEST_FORMAT = "4"

_ROW_COLUMNS = "rid, sig, source, sha, encoding, findings, out"  # `Manifest.next`'s rows
_HIT_COLUMNS = f"{_ROW_COLUMNS}, llen, digest"

# The rows an import has made, until it saves the manifest (`Manifest.put`): as
# `entries` without llen and digest (records.jsonl is written after them).
_PENDING = (
    "CREATE TEMP TABLE IF NOT EXISTS pending (name TEXT PRIMARY KEY, rid TEXT, sig TEXT, "
    "source TEXT, sha TEXT, encoding TEXT, findings TEXT, out TEXT)"
)
# Rows gathered in `Manifest.next` before they are written to `pending` in one statement.
PENDING_BATCH = 1000

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    # rid: the record's id; sig: the raw file's and its sidecar's size and mtime
    # (`Manifest._signature`); source, sha, encoding, findings (JSON): the rest of the thin
    # record; out: the JSON list of its output files' [size, mtime] (in
    # `_output_paths` order; [] when quarantined); llen, digest: its records.jsonl
    # line's (NULL when not published)
    "CREATE TABLE IF NOT EXISTS entries (name TEXT PRIMARY KEY, rid TEXT, sig TEXT, "
    "source TEXT, sha TEXT, encoding TEXT, findings TEXT, out TEXT, llen INTEGER, digest TEXT)",
    "CREATE INDEX IF NOT EXISTS entries_rid ON entries (rid)",
)


def _upgrade(db: sqlite3.Connection) -> None:
    """A table of an older format (an entry as one JSON column) made again in this
    format, with only who held each id (`Manifest.holders`): its entries are misses."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(entries)")]
    if "sig" in columns:
        return
    db.execute("DROP INDEX IF EXISTS entries_rid")
    db.execute("ALTER TABLE entries RENAME TO entries_old")
    for statement in _SCHEMA:
        db.execute(statement)
    db.execute("INSERT INTO entries (name, rid) SELECT name, rid FROM entries_old")
    db.execute("DROP TABLE entries_old")


class Manifest:
    """What the last import made of each raw file, so that a warm import need not read
    it again: the file's and its sidecar's size and mtime, the pipeline and registry
    versions, the slim record, and the size and mtime of each file written for it. An
    entry holds only while all of these are unchanged (a file written by hand, a touched
    report, new code or registry: the report goes to the workers, which still have the
    content-hash cache). The output files are stat'ed only when their folders moved
    since the last import saved the manifest (`outputs_trusted`): an output written in
    place by hand, in folders otherwise as the import left them, is not noticed until a
    file is made, removed or renamed in its folder, or the manifest is removed. A
    record's records.jsonl line is taken from the last
    records.jsonl, which must be the one the manifest saw written: by where it is in it
    (`Kept`), never read unless needed, when the lines' lengths in id order are the
    ones the manifest wrote (their digest, in `meta`); else read and looked up by id.
    One manifest per seeds folder and content folder, in the cache folder.

    It is an SQLite database (a row per raw file), so that an import neither parses nor
    holds every entry (at 100,000 reports the JSON manifest took 5.5 KB a report in
    memory, read and written whole on every import): each report's row is asked for
    by name, and an import writes only the rows that changed.

    The manifest is a file on disk that a killed build, a full disk or a hand may have
    damaged: an entry of the wrong shape, or one that is not the entry of its file and
    of the outputs its record's id gives, is a miss, never a crash and never trusted; a
    file that is no database is started again.

    `holders` (id -> file name) says which file held each id in the last import, also
    when the entries themselves no longer hold (other code or registry): it decides who
    keeps an id that a new file claims too (`Claims`)."""

    def __init__(self, path: Path, version: str, jsonl: Path):
        self.path = path
        self.version = version
        self.jsonl = jsonl
        self.holders: dict[str, str] = {}
        self.valid = False  # the entries hold for this code, registry and records.jsonl
        self.offsets: dict[str, int] | None = None  # rid -> offset of its line, if known
        # name -> its row to write (`put`), from rid to out (JSON), waiting to go into
        # the table `pending` (`_flush`): the rows a cold import writes wait there, on
        # disk, not in the process (about 0.8 KB a report held until the end)
        self.next: dict[str, list] = {}
        self.kept: set[str] = set()  # names whose rows stay as they are
        self._lines: dict[str, str] | None = None
        self._rows: sqlite3.Cursor | None = None  # the rows in name order (`_row`)
        self._ahead: tuple | None = None
        self._asked = ""
        self.seen = _stat(jsonl)
        # The names of the sidecars the seeds folder was listed with (None: not known):
        # a report's sidecar not among them is not stat'ed (most reports have none, and
        # a failed stat costs more than one that finds its file).
        self.sidecars: set[str] | None = None
        content_dir = jsonl.parent.parent
        self.folders = [str(content_dir / "records" / f"zh-{s}") for s in SCRIPTS]
        self.folders.append(str(content_dir / "raw"))
        # The output folders as the last import left them (`_folder_stats`): while they
        # are unchanged, no file was made, removed or renamed in them since, and a hit's
        # outputs are not stat'ed one by one (three stats a report: 0.22 CPU s at 20,000).
        self.outputs_trusted = False
        self._saved_folders: str | None = None
        self.db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        """The database, made if missing; a file that is not one is started again."""
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path, isolation_level=None)
                for statement in _SCHEMA:
                    db.execute(statement)
                _upgrade(db)
                # A temporary table (the connection's own: gone when it closes)
                db.execute(_PENDING)
                self._read(db)
                return db
            except sqlite3.Error as e:
                if attempt:
                    logger.warning(
                        "manifest %s not usable (%s); reading every report", self.path, e
                    )
                    return None
                logger.warning("manifest %s damaged (%s); starting it again", self.path, e)
                with contextlib.suppress(NameError, sqlite3.Error):
                    db.close()
                self.path.unlink(missing_ok=True)
        return None

    def _read(self, db: sqlite3.Connection) -> None:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.holders = {}
        for rid, name in db.execute("SELECT rid, name FROM entries WHERE rid IS NOT NULL"):
            if isinstance(rid, str) and isinstance(name, str):
                self.holders.setdefault(rid, name)
        self.valid = (
            meta.get("version") == self.version
            and self.seen is not None
            and meta.get("jsonl") == json.dumps(self.seen)
        )
        if self.valid:
            self.offsets = self._offsets(db, meta.get("lines"), self.seen[0])
        self._saved_folders = meta.get("folders")
        self.outputs_trusted = self.valid and self._saved_folders == self._folder_stats()

    def _folder_stats(self) -> str:
        """The device, inode and mtime (ns) of each output folder (those of SCRIPTS,
        then raw/), as JSON. A file made, removed or renamed in a folder moves its mtime
        (the import itself replaces a file by renaming a new one over it: ContentFolder);
        a file written in place does not."""
        stats: list[list[int] | None] = []
        for folder in self.folders:
            try:
                st = os.stat(folder)
            except OSError:
                stats.append(None)
                continue
            stats.append([st.st_dev, st.st_ino, st.st_mtime_ns])
        return json.dumps(stats)

    @staticmethod
    def _offsets(db: sqlite3.Connection, expected: str | None, size: int) -> dict[str, int] | None:
        """rid -> offset of its line in records.jsonl: the lengths of the lines before
        it, in id order (as `write_records` writes them), when the ids and lengths are
        those the manifest wrote (`_lines_digest`) and add up to the file's size."""
        offsets: dict[str, int] = {}
        digest = hashlib.blake2b(digest_size=16)
        end = 0
        rows = db.execute(
            "SELECT rid, llen FROM entries WHERE llen IS NOT NULL ORDER BY rid COLLATE BINARY"
        )
        for rid, length in rows:
            if not isinstance(rid, str) or type(length) is not int or length <= 0:
                return None
            if rid in offsets:
                return None
            offsets[rid] = end
            end += length
            digest.update(f"{rid}\t{length}\n".encode())
        if end != size or digest.hexdigest() != expected:
            return None
        return offsets

    @classmethod
    def load(
        cls,
        cache_dir: Path,
        seeds_dir: Path,
        content_dir: Path,
        registry_version: str,
    ) -> Manifest:
        # The last item was a shard (K, N) when imports could be split by hand; null
        # keeps the manifests of unsplit imports where they were.
        where = json.dumps([str(seeds_dir.resolve()), str(content_dir.resolve()), None])
        stem = "manifest-" + hashlib.sha256(where.encode()).hexdigest()[:12]
        (cache_dir / f"{stem}.json").unlink(missing_ok=True)  # the JSON of older code
        version = f"{MANIFEST_FORMAT}/{pipeline_version()}/{registry_version}"
        jsonl = content_dir / "records" / "records.jsonl"
        return cls(cache_dir / f"{stem}.sqlite", version, jsonl)

    def line(self, record_id: str) -> str | None:
        """The record's line in the last records.jsonl (read once, when first needed)."""
        if self._lines is None:
            self._lines = {}
            try:
                with self.jsonl.open(encoding="utf-8") as f:
                    for line in f:
                        # records_line writes the id first; ids need no JSON escapes.
                        end = line.find('"', 8)
                        if line.startswith('{"id": "') and end > 0:
                            self._lines[line[8:end]] = line
            except (OSError, UnicodeDecodeError) as e:  # then every entry is a miss
                logger.warning("%s unreadable (%s)", self.jsonl, e)
        return self._lines.get(record_id)

    def _signature(self, path: Path) -> str:
        """The size and mtime of the raw file and of its sidecar, as text: a report
        edited, touched, replaced or given a sidecar changes it (a stat each, as the
        seeds folder's listing does not give them)."""
        # As strings: one per report on every import (path.with_suffix(".yml"), as
        # os.path.splitext gives it for a name with a suffix, as every report has).
        name = os.fspath(path)
        sidecar = os.path.splitext(name)[0] + ".yml"
        if self.sidecars is not None and os.path.basename(sidecar) not in self.sidecars:
            return _stat_text(name) + " -"  # not listed: no file to stat
        return f"{_stat_text(name)} {_stat_text(sidecar)}"

    def _row(self, name: str) -> tuple | None:
        """The row of `name`: asked in name order (as the import lists the seeds), from
        one query in that order, read as far as needed (a query per report cost more
        than the rest of a hit); asked out of order, by a query of its own."""
        if not self.valid or self.db is None:
            return None
        try:
            if self._rows is None:
                query = f"SELECT name, {_HIT_COLUMNS} FROM entries ORDER BY name"
                self._rows = self.db.execute(query)
                self._ahead = next(self._rows, None)
            if name < self._asked:
                return self.db.execute(
                    f"SELECT {_HIT_COLUMNS} FROM entries WHERE name = ?", (name,)
                ).fetchone()
            self._asked = name
            while self._ahead is not None and not (
                isinstance(self._ahead[0], str) and self._ahead[0] >= name
            ):
                self._ahead = next(self._rows, None)
            if self._ahead is not None and self._ahead[0] == name:
                return self._ahead[1:]
            return None
        except sqlite3.Error as e:
            logger.warning("manifest %s unreadable (%s)", self.path, e)
            return None

    def hit(self, path: Path) -> Hit | None:
        """What the last import made of `path`, if its entry still holds: the record as
        the import report needs it (its files unchanged: nothing to write) and its
        output files. None (a miss) for anything else, a damaged entry included."""
        row = self._row(path.name)
        if row is None:
            return None
        rid, sig, source, sha, encoding, findings, out, length, digest = row
        if sig != self._signature(path) or source != path.name:
            return None
        if not (
            isinstance(rid, str)
            and isinstance(sha, str)
            and isinstance(encoding, str)
            and isinstance(out, str)
            and sources.ID_PATTERN.fullmatch(rid)
        ):
            return None
        if findings == "[]":  # most records: no JSON to parse
            record = Record(rid, source, sha, encoding, "")
        else:
            try:
                found = json.loads(findings) if isinstance(findings, str) else None
                record = thin_record_from_dict(
                    {"id": rid, "source_path": source, "sha256": sha, "encoding": encoding}
                    | {"findings": found}
                )
            except ValueError as e:
                logger.warning("manifest entry of %s damaged (%s)", path.name, e)
                return None
        expected = [] if record.quarantined else _output_paths(self.folders, record.id)
        if (out == "[]") != (not expected) or not out.startswith("["):
            return None
        # The outputs' own stats only when their folders moved since the last import
        # (`outputs_trusted`): an output edited in place, in a folder otherwise as the
        # import left it, is not noticed.
        if not self.outputs_trusted and not self._outputs_hold(out, expected):
            return None
        line: str | Kept | None = ""
        if expected:  # published: its line must be in the last records.jsonl
            offset = self.offsets.get(record.id) if self.offsets is not None else None
            if offset is not None and type(length) is int and isinstance(digest, str):
                line = Kept(offset, length, digest)
            else:
                line = self.line(record.id)
            if line is None:
                return None
        return Done(record, True, {} if record.quarantined else None, line), expected

    @staticmethod
    def _outputs_hold(out: str, expected: list[str]) -> bool:
        """Whether the output files have the sizes and mtimes kept (`out`, JSON)."""
        try:
            stats = json.loads(out)
        except ValueError:
            return False
        return (
            isinstance(stats, list)
            and len(stats) == len(expected)
            and all(_stat(name) == stat for name, stat in zip(expected, stats, strict=True))
        )

    def keep(self, path: Path) -> None:
        """The entry of `path` (a hit) stays as it is."""
        self.kept.add(path.name)

    def put(self, path: Path, done: Done, outputs: dict[str, list[int] | None]) -> None:
        """Keep what was made of `path`; `outputs` maps each output file to its size and
        mtime (as `_stat` gives them)."""
        self.kept.discard(path.name)
        record = done.record
        findings = json.dumps(fields_to_dict(record, ("findings",))["findings"], ensure_ascii=False)
        sig = self._signature(path)
        row = [record.id, sig, record.source_path, record.sha256, record.encoding, findings]
        self.next[path.name] = [*row, json.dumps(list(outputs.values()))]
        if len(self.next) >= PENDING_BATCH:
            self._flush()

    def _flush(self) -> None:
        """The rows of `next` into the table `pending` (a row there already for a name
        is replaced: `restat` moves a kept entry there)."""
        if self.db is None or not self.next:
            return  # no database: nothing will be saved either
        rows = [(name, *row) for name, row in self.next.items()]
        try:
            self.db.executemany(
                f"INSERT OR REPLACE INTO temp.pending VALUES ({', '.join('?' * 8)})", rows
            )
        except sqlite3.Error as e:
            logger.warning("manifest %s not written (%s); the next import reads all", self.path, e)
            self._drop()
            return
        self.next.clear()

    def _drop(self) -> None:
        """No manifest from this import (the next one reads every report)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.path.unlink(missing_ok=True)
        self.db = None

    def restat(self, outputs: dict[str, list[int]]) -> None:
        """New size and mtime of output files written again after their record's entry
        was kept or put (names learned across the archive: learned.py)."""
        if not outputs:
            return
        ids = {os.path.splitext(os.path.basename(path))[0] for path in outputs}
        self._flush()
        if self.db is None:
            return
        for rid in ids:
            paths = _output_paths(self.folders, rid)
            made = "SELECT name, out FROM temp.pending WHERE rid = ?"
            for name, out in self.db.execute(made, (rid,)).fetchall():
                old = json.loads(out)
                stats = [outputs.get(p, stat) for p, stat in zip(paths, old, strict=False)]
                self.db.execute(
                    "UPDATE temp.pending SET out = ? WHERE name = ?", (json.dumps(stats), name)
                )
        for rid in ids:
            query = f"SELECT name, {_ROW_COLUMNS} FROM entries WHERE rid = ?"
            for name, *row in self.db.execute(query, (rid,)).fetchall():
                if name in self.kept:  # a hit: its row was read, so it reads
                    paths = _output_paths(self.folders, rid)
                    try:
                        stats = json.loads(row[-1])
                    except ValueError:
                        stats = None
                    if not isinstance(stats, list) or len(stats) != len(paths):
                        stats = [None] * len(paths)  # not known: a miss when stat'ed
                    stats = [outputs.get(p, stat) for p, stat in zip(paths, stats, strict=True)]
                    row[-1] = json.dumps(stats)
                    self.kept.discard(name)
                    self.next[name] = row
        self._flush()

    def save(self, spans: LineSpans) -> None:
        """Write the manifest (after records.jsonl, whose size and mtime it keeps, and
        each record's line in it: `spans`, which also says which lines were written
        anew). Only the rows that changed are written, in one transaction."""
        if self.db is None:
            return
        if self._rows is not None:
            self._rows.close()
        jsonl = _stat(self.jsonl)
        folders = self._folder_stats()  # after every write of the import to them
        self._flush()
        if self.db is None:
            return
        try:
            self._save(spans, jsonl, folders)
        except sqlite3.Error as e:
            logger.warning("manifest %s not written (%s); the next import reads all", self.path, e)
            self._drop()
        finally:
            self.db = None

    def _save(self, spans: LineSpans, jsonl: list[int] | None, folders: str) -> None:
        db = self.db
        pending = db.execute("SELECT count(*) FROM temp.pending").fetchone()[0]
        if (
            self.valid
            and not pending
            and not spans.any_new()
            and jsonl == self.seen
            and folders == self._saved_folders
            and db.execute("SELECT count(*) FROM entries").fetchone()[0] == len(self.kept)
        ):
            db.close()
            return  # nothing changed
        db.execute("BEGIN")
        if not self.valid:  # nothing of it holds but the holders (kept by name)
            db.execute("DELETE FROM entries")
        # In the order they were made (`put`), a batch at a time
        made = db.execute("SELECT * FROM temp.pending ORDER BY rowid")
        while rows := made.fetchmany(PENDING_BATCH):
            lines = []
            for *row, out in rows:
                kept = spans.get(row[1]) if out != "[]" else None
                llen, digest = (kept.length, kept.digest) if kept is not None else (None, None)
                lines.append((*row, out, llen, digest))
            db.executemany(f"INSERT OR REPLACE INTO entries VALUES ({', '.join('?' * 10)})", lines)
        db.executemany(  # made as SQLite takes them (a list was one a new line)
            "UPDATE entries SET llen = ?, digest = ? WHERE rid = ?",
            ((kept.length, kept.digest, rid) for rid, kept in spans.new_items()),
        )
        names = len(self.kept) + pending  # made or kept by this import (none both)
        if db.execute("SELECT count(*) FROM entries").fetchone()[0] != names:
            made_here = "SELECT name FROM entries WHERE name NOT IN (SELECT name FROM temp.pending)"
            gone = [(n,) for (n,) in db.execute(made_here).fetchall() if n not in self.kept]
            db.executemany("DELETE FROM entries WHERE name = ?", gone)
        digest = hashlib.blake2b(digest_size=16)
        for rid, kept in spans.items():  # in id order (a sorted list of every line was made)
            digest.update(f"{rid}\t{kept.length}\n".encode())
        meta = {
            "version": self.version,
            "jsonl": json.dumps(jsonl),
            "lines": digest.hexdigest(),
            "folders": folders,
        }
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))
        db.execute("COMMIT")
        db.close()


def write_records(
    path: Path, lines: Mapping[str, str | Kept | Spilled], ids: Sequence[str], spill: int = -1
) -> LineSpans:
    """Write records.jsonl from the lines of `ids`, in that order (`lines`: id -> line):
    a Kept line is copied from the file in place (the last records.jsonl, unchanged
    since: the manifest says so), by runs, without passing through Python; a new line
    is written as it is, or copied from the spill file (`spill`, a file descriptor) if
    it is a Spilled one. The file is left as it is when it would hold the same bytes
    (all its lines kept, in place). Returns where each line is in the file written,
    with its digest (learned.line_digest): a text line's is made here.

    Memory is bounded by the new lines: the file is never read or held whole (it is
    about 3 KB a record: 300 MB at 100,000). The lines are taken from `lines` as they
    are written, twice, never listed: nothing of this is held a record but `LineSpans`."""
    from .learned import line_digest  # as relearn imports it: when needed

    spans = LineSpans(ids)
    end = 0
    in_place = True  # every line a Kept one, where it was in the last file
    for rid in ids:
        line = lines[rid]
        if isinstance(line, str):
            length, digest = len(line.encode()), line_digest(line)
        else:
            length, digest = line.length, line.digest
        in_place = in_place and isinstance(line, Kept) and line.offset == end
        spans.append(end, length, digest, _is_new(line))
        end += length
    old = _stat(path)
    if old is not None and old[0] == end and in_place:
        return spans  # every line where it was: the same bytes
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        src = os.open(path, os.O_RDONLY) if old is not None else -1
    except FileNotFoundError:
        src = -1
    try:
        with open(tmp, "wb") as dst:
            run_start = run_end = -1  # the run of kept lines to copy
            for line in itertools.chain((lines[rid] for rid in ids), [None]):
                if isinstance(line, Kept) and line.offset == run_end:
                    run_end += line.length
                    continue
                if run_end > run_start:
                    dst.flush()
                    _copy_range(src, dst.fileno(), run_start, run_end - run_start)
                run_start = run_end = -1
                if isinstance(line, Kept):
                    run_start, run_end = line.offset, line.offset + line.length
                elif isinstance(line, Spilled):
                    dst.flush()
                    _copy_range(spill, dst.fileno(), line.offset, line.length)
                elif line is not None:
                    dst.write(line.encode())
    finally:
        if src >= 0:
            os.close(src)
    if old is not None and old[0] == end and _same_file(tmp, path):
        tmp.unlink()  # the same bytes (a report processed again to the same line)
    else:
        tmp.replace(path)
    return spans


def _no_copy_file_range(src: int, dst: int, length: int, offset: int) -> int:
    raise OSError("copy_file_range is not available")


# os.copy_file_range is Linux's (Python 3.8+): macOS and the BSDs have no such attribute,
# and the archive must build there too, through the pread/write path.
_COPY_FILE_RANGE = getattr(os, "copy_file_range", _no_copy_file_range)


def _copy_range(src: int, dst: int, offset: int, length: int) -> None:
    """Copy `length` bytes of `src` from `offset` to the end of `dst` (both file
    descriptors), in the kernel where it can."""
    while length > 0:
        try:
            n = _COPY_FILE_RANGE(src, dst, length, offset)
        except OSError:  # a file system or kernel without it
            n = os.write(dst, os.pread(src, min(length, 1 << 20), offset))
        if n <= 0:
            raise OSError(f"records.jsonl ended {length} bytes short of a kept line")
        offset += n
        length -= n


def _same_file(a: Path, b: Path) -> bool:
    """Whether two files hold the same bytes, read a piece at a time."""
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


# A manifest hit: the record, known unchanged (its files None: nothing to write, or {}
# when quarantined), and its output files.
Hit = tuple[Done, list[str]]


def _output_paths(folders: list[str], record_id: str) -> list[str]:
    """The files the import writes for a published record: its content file in each
    script's folder and its raw copy (`folders`: those of SCRIPTS, then raw/)."""
    *scripts, raw = folders
    md = f"{os.sep}{record_id}.md"
    return [*(folder + md for folder in scripts), f"{raw}{os.sep}{record_id}.txt"]


def _write_done(
    done: Done,
    seeds_dir: Path,
    out: ContentFolder,
    report: ImportReport,
    lines: dict[str, str | Kept | Spilled],
    known: list[str] | None = None,
    spill: LineSpill | None = None,
) -> dict[str, list[int] | None]:
    """Write what changed of a record's files; its output files with their size and
    mtime (as `_stat` gives them). `done.files` is None for a record known unchanged (a
    manifest hit, whose outputs are `known`)."""
    record = done.record
    report.from_cache += done.cached
    if record.quarantined:
        for f in record.findings:
            if f.severity == "error":
                logger.warning("%s: quarantined: %s", record.source_path, f.message)
        report.quarantined.append(record)
        return {}
    report.records.append(record)
    line = done.line
    lines[record.id] = spill.add(line) if spill is not None and isinstance(line, str) else line
    if done.files is None and known:
        return dict.fromkeys(known)
    folders = [out.folder("records", f"zh-{script}") for script in SCRIPTS]
    folders.append(out.folder("raw"))
    names = [f"{record.id}.md"] * len(SCRIPTS) + [f"{record.id}.txt"]
    paths = _output_paths(folders, record.id)
    if done.files is None:
        return {path: _stat(path) for path in paths}
    raw = done.raw if done.raw is not None else (seeds_dir / record.source_path).read_bytes()
    outputs = {}
    for folder, name, path, data in zip(
        folders, names, paths, [*(done.files[s] for s in SCRIPTS), raw], strict=True
    ):
        written, outputs[path] = out.write(folder, name, data)
        report.written += written
    return outputs


class ContentFolder:
    """Where the import writes: each file only when its bytes change. Whether a file is
    there is asked of the file system as it is written (one `lstat`), and its folder is
    made at the first file missing from it (a cold import used to try to read each file
    first, and to make its folder again). No folder is listed and no name is held: a
    listing of each folder, kept up to date as files were written, held about 212 bytes
    a record to the import's end (two names and three set entries), the largest part of
    what a cold import's parent held for each record (mem8, docs/scaling.md). The
    `lstat` costs about as much CPU as a packed table of the names' hashes would (about
    2 µs a file). A write gives the file's size and mtime from the open file, for the
    manifest."""

    def __init__(self, root: Path, changes: ChangeLog | None = None):
        self.root = root
        self.changes = changes  # told of each record content file before it is written
        self._folders: dict[tuple[str, ...], str] = {}
        self._made: set[str] = set()  # folders known to be there (a few: one a script, raw/)

    def folder(self, *parts: str) -> str:
        """The folder root/parts as a string (as str(Path) writes it)."""
        path = self._folders.get(parts)
        if path is None:
            path = self._folders[parts] = str(self.root.joinpath(*parts))
        return path

    def _exists(self, folder: str, path: str) -> bool:
        """Whether the file at `path` is there (any kind of entry, a dangling link too,
        as a listing would name it); its folder is made if it is missing."""
        if os.path.lexists(path):
            return True
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        return False

    def write(self, folder: str, name: str, data: bytes) -> tuple[bool, list[int]]:
        """Write `data` to folder/name unless the file holds exactly it; (whether it
        was written, [size, mtime in ns])."""
        path = os.path.join(folder, name)
        there = self._exists(folder, path)
        if there:
            try:
                with open(path, "rb") as f:
                    st = os.fstat(f.fileno())
                    if st.st_size == len(data) and f.read() == data:
                        return False, [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                pass
        if self.changes is not None:
            self.changes.note(folder, name)
        # A file there already is replaced by a new one (a temporary file renamed over
        # it), so that its folder's mtime moves, as with a file made or removed: the
        # record catalog trusts the import's list only while the folders' mtimes are
        # those the import left (changes.py), whichever cache folder an import used.
        target = path if not there else os.path.join(folder, f".{name}.tmp{os.getpid()}")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            st = os.fstat(fd)
        finally:
            os.close(fd)
        if target != path:
            os.replace(target, path)
        return True, [st.st_size, st.st_mtime_ns]


def _remove_stale(
    content_dir: Path, published: Collection[str], changes: ChangeLog | None = None
) -> int:
    """Remove the record files (records/zh-*/*.md) and raw copies (raw/*.txt) that no
    record of this import made (each told to `changes` first): every such file but
    `<id>.md` in the folder of each of SCRIPTS and `<id>.txt` in raw/ for each id of
    `published` (the files `_write_done` writes, or a manifest hit keeps). Known by
    the ids rather than by a set of every kept file's path, which took about 450
    bytes a record in a cold import's parent (three paths). `published` is looked up
    once a file (a set, or the import's dict's keys)."""
    folders = []
    records = content_dir / "records"
    if records.is_dir():
        folders += [
            (str(records / e.name), ".md", e.name[len("zh-") :] in SCRIPTS)
            for e in os.scandir(records)
            if e.name.startswith("zh-") and e.is_dir()
        ]
    if (content_dir / "raw").is_dir():
        folders.append((str(content_dir / "raw"), ".txt", True))
    removed = 0
    for folder, suffix, kept in folders:
        # The folder is read as it is listed (os.scandir) and only the stale names are
        # held: a set of every file's name was about 130 bytes a record at the import's
        # end. A name is looked up in `published` by its id (no path is made: a join
        # and a look-up a file cost 0.2 CPU s at 20,000 records).
        with os.scandir(folder) as listing:
            stale = [
                e.name
                for e in listing
                if e.name.endswith(suffix) and not (kept and e.name[: -len(suffix)] in published)
            ]
        for name in sorted(stale):
            if changes is not None:
                changes.note(folder, name)
            os.unlink(os.path.join(folder, name))
            removed += 1
    return removed
