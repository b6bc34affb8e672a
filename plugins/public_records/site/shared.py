"""Outputs shared by both scripts, written once per build from records.jsonl: the
search index (output/search/idx) and the bulk data (output/data)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from array import array
from collections.abc import Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from ..common.atomic import temp_path, write_atomic
from ..common.code_hash import code_hash
from ..common.gc_pause import paused_gc
from ..common.json_pairs import json_pairs
from ..common.progress import Laps
from ..ingest.importer import pipeline_version
from ..registry import Registry
from ..script import DEFAULT_HANT_CONFIG
from ..search.delta import update_index
from ..search.index import SearchDoc
from . import datasets
from .output_files import files_under
from .store import update_archive_db

logger = logging.getLogger(__name__)


# The records of changed lines kept parsed, at most: enough for a rebuild after a few
# new reports; a cold build parses the others again when their rows and search
# documents are made rather than holding every record.
PARSED_KEPT = 256


class RecordLines:
    """records.jsonl read line by line, each line known by its digest: a line an
    earlier build saw (`known`: digest -> RecordFacts, made with the same code and
    registry) is not parsed again; its facts are taken as they were. The rest are
    parsed once for their facts (`record`). What the shared outputs make of the records
    they make from the facts, and from the parsed records of the changed lines only
    (the rows of the records.jsonl download, the search index's delta), so that a
    rebuild after one new report parses one record, not every one.

    Memory (docs/scaling.md): neither the file's bytes nor the parsed records are held.
    Each line is known by where it is in the file (`starts`, `sizes`), read again from
    the file opened here (positioned reads: forked search workers share it) when its
    record is wanted, so what is held per record is its digest, its place and its facts.
    The file is held open: a new records.jsonl written meanwhile (by replacing it) does
    not change what these lines are."""

    def __init__(self, path: Path, registry: Registry, known: Mapping[str, datasets.RecordFacts]):
        self.registry = registry
        self.starts = array("q")  # each line's offset in the file
        self.sizes = array("q")  # and its length, without the newline
        self.digests: list[str] = []
        self.facts: list[datasets.RecordFacts] = []
        self.parsed: set[int] = set()  # lines not known from the last build
        self.row_sizes = array("q")  # each row's size in the download (rows)
        self._kept: dict[int, dict[str, Any]] = {}  # their records, while they are few
        self._file = None
        try:
            self._file = path.open("rb")
        except FileNotFoundError:
            logger.warning("%s is missing: run the import first (make content)", path)
            return
        at = 0
        memo: dict[str, str] = {}  # compact()'s strings: the facts share their names
        with paused_gc():
            for line in self._file:
                size = len(line)
                body = line.rstrip(b"\n")
                if body.strip():
                    i = len(self.digests)
                    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
                    self.starts.append(at)
                    self.sizes.append(len(body))
                    self.digests.append(digest)
                    facts = known.get(digest)
                    if facts is None:
                        self.parsed.add(i)
                        record = json.loads(body)
                        if len(self._kept) < PARSED_KEPT:
                            self._kept[i] = record
                        facts = datasets.RecordFacts.of(record, registry)
                        facts = facts.compacted(memo)
                    self.facts.append(facts)
                at += size
        self.new = len(self.parsed)  # lines parsed: not known from the last build

    def __len__(self) -> int:
        return len(self.digests)

    def line(self, i: int) -> bytes:
        """Line i's bytes, read again from the file (a positioned read)."""
        assert self._file is not None  # there are lines only when the file was read
        return os.pread(self._file.fileno(), self.sizes[i], self.starts[i])

    def record(self, i: int) -> dict[str, Any]:
        """The record of line i: kept when it was among the first PARSED_KEPT lines
        parsed (a rebuild after a few new reports parses each once), else parsed again
        (a cold build parses every line: holding them all was most of its memory)."""
        record = self._kept.get(i)
        return record if record is not None else json.loads(self.line(i))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def touched_officials(self, known: Mapping[str, datasets.RecordFacts]) -> set[str]:
        """The officials named by a record added, changed or removed since the build
        that knew `known`: before (the lines gone) and after (the lines parsed)."""
        now = set(self.digests)
        touched = {m[0] for d, f in known.items() if d not in now for m in f.mentions}
        touched |= {m[0] for i in self.parsed for m in self.facts[i].mentions}
        return touched

    def rows(
        self,
        old: Path,
        old_digests: list[str] | None,
        identity: str | None,
        spans: list | None = None,
        sizes: object = None,
    ) -> Iterator[bytes]:
        """The records.jsonl download, piece by piece (datasets.DataFiles.put_chunks
        writes them as they come, never holding the whole): each line's row, taken
        from the download in place (`old`, whose lines are the rows of `old_digests`, in
        order) when the line is unchanged and the file is still the one the last build
        wrote (its `identity`, datasets.file_identity), else made (datasets.row_line).
        The kept rows are read from `old` by their places, not held. `spans`, when
        given, gets the runs of rows taken from `old` as they are made: [offset in the
        new file, offset in `old`, length] (datasets.write_gzip). `sizes` are the
        rows' sizes in `old` (the key file's, as the last build made them: `row_sizes`),
        which spare reading its lines to find them; each row's size in the new file is
        kept in `row_sizes`."""
        kept: dict[str, tuple[int, int]] = {}
        if (
            old_digests is not None
            and identity
            and datasets.file_identity(old, identity.split("|", 1)[0]) == identity
        ):
            kept = _places_of(old_digests, sizes, identity) or _row_places(old, old_digests)
        # Read while the download in place is still the old one: DataFiles writes the
        # new one beside it and replaces it only once every piece is made.
        handle = old.open("rb") if kept else None
        try:
            batch: list[bytes] = []
            at = 0  # where the row is in the new file
            for i, digest in enumerate(self.digests):
                place = kept.get(digest)
                if place is not None and handle is not None:
                    row = os.pread(handle.fileno(), place[1], place[0])
                    if spans is not None and len(row) == place[1]:
                        last = spans[-1] if spans else None
                        if last and last[0] + last[2] == at and last[1] + last[2] == place[0]:
                            last[2] += place[1]
                        else:
                            spans.append([at, place[0], place[1]])
                else:
                    row = datasets.row_line(self.record(i))
                batch.append(row)
                self.row_sizes.append(len(row))
                at += len(row)
                if len(batch) >= 1024:
                    yield b"".join(batch)
                    batch = []
            if batch:
                yield b"".join(batch)
        finally:
            if handle is not None:
                handle.close()

    def csv_chunks(
        self, old: Path, old_digests: list[str] | None, identity: str | None, sizes: object
    ) -> dict[str, bytes]:
        """appearances.csv's rows of each record of the last build, by line digest,
        taken from the download in place (`old`, made with `old_digests` and the
        records' `sizes` in it: datasets.appearances_csv) when it is still the one the
        last build wrote (its `identity`); {} otherwise (every record's rows made)."""
        if (
            old_digests is None
            or not identity
            or not isinstance(sizes, list)
            or not all(type(n) is int and n >= 0 for n in sizes)
            or datasets.file_identity(old, identity.split("|", 1)[0]) != identity
        ):
            return {}
        try:
            data = old.read_bytes()
        except OSError:
            return {}
        return datasets.chunks_of(data, old_digests, sizes)

    def search_docs(self) -> list[FacetDoc]:
        """What the search index's delta plan and facet catalogue need of every record."""
        return [FacetDoc(f.id, *facet_values(f), i) for i, f in enumerate(self.facts)]

    def search_doc(self, doc: FacetDoc) -> SearchDoc:
        """The whole SearchDoc of a record (parsed again, not kept: a full build asks
        for all, range by range in its workers)."""
        return search_doc(self.record(doc.line), self.registry, self.facts[doc.line])


def _places_of(
    digests: list[str], sizes: object, identity: str
) -> dict[str, tuple[int, int]] | None:
    """_row_places() from the rows' sizes the last build kept, when they are one per
    digest and add up to the size of the file `identity` names (else None: read it).

    >>> _places_of(["d1", "d2"], [9, 9], "x|18|5")
    {'d1': (0, 9), 'd2': (9, 9)}
    >>> _places_of(["d1", "d2"], [9, 8], "x|18|5"), _places_of(["d1"], [9, 9], "x|18|5")
    (None, None)
    """
    if (
        not isinstance(sizes, list)
        or len(sizes) != len(digests)
        or not all(type(n) is int and n > 0 for n in sizes)
    ):
        return None
    try:
        total = int(identity.split("|")[1])
    except (IndexError, ValueError):
        return None
    if sum(sizes) != total:
        return None
    places: dict[str, tuple[int, int]] = {}
    at = 0
    for digest, size in zip(digests, sizes, strict=True):
        places[digest] = (at, size)
        at += size
    return places


def _row_places(path: Path, digests: list[str]) -> dict[str, tuple[int, int]]:
    """Where each row of the download at `path` is (offset, length with its newline),
    by the digest of the line it was made of (`digests`, in order); {} when the file's
    lines are not one per digest (then every row is made).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "r.jsonl"
    >>> _ = path.write_bytes(b'{"a": 1}\\n{"b": 2}\\n')
    >>> _row_places(path, ["d1", "d2"]), _row_places(path, ["d1"])
    ({'d1': (0, 9), 'd2': (9, 9)}, {})
    """
    places: dict[str, tuple[int, int]] = {}
    at = 0
    count = 0
    try:
        with path.open("rb") as f:
            for line in f:
                if count >= len(digests) or not line.endswith(b"\n"):
                    return {}
                places[digests[count]] = (at, len(line))
                at += len(line)
                count += 1
    except OSError:
        return {}
    return places if count == len(digests) else {}


class FacetDoc(NamedTuple):
    """A record as the search index's delta plan and facet catalogue see it: a
    SearchDoc's id, date, place and facets, without its texts (`line`: where its
    record is in records.jsonl)."""

    id: str
    date: str
    place_id: str
    place_hans: str
    place_hant: str
    officials: tuple
    topics: tuple
    line: int


def facet_values(facts: datasets.RecordFacts) -> tuple:
    """A SearchDoc's date, place_id, place_hans, place_hant, officials and topics, in
    that order, from a record's facts: one definition for the whole documents
    (search_doc) and the delta plan's FacetDoc, so the two cannot disagree."""
    return (
        facts.date,
        facts.place,
        facts.place_hans,
        facts.place_hant,
        tuple((m[0], m[1], m[2], tuple(m[4])) for m in facts.mentions),
        tuple((t[0], t[1], t[2]) for t in facts.topics),
    )


def search_doc(
    record: Mapping[str, Any], registry: Registry, facts: datasets.RecordFacts | None = None
) -> SearchDoc:
    """The record's SearchDoc; its facets from `facts` (RecordFacts.of when None)."""
    date, place_id, place_hans, place_hant, officials, topics = facet_values(
        facts or datasets.RecordFacts.of(record, registry)
    )
    return SearchDoc(
        id=record["id"],
        path=f"records/{record['id']}/",
        title_hans=record["title_hans"],
        title_hant=record["title_hant"],
        text_hans=record["text_hans"],
        text_hant=record["text_hant"],
        date=date,
        place_id=place_id,
        place_hans=place_hans,
        place_hant=place_hant,
        officials=officials,
        topics=topics,
    )


# The code and data the shared outputs are made with (with records.jsonl and the
# registry, the whole of their input).
SHARED_CODE = (
    "common/indented_json.py",
    "site/shared.py",
    "site/datasets.py",
    "site/store.py",
    "search/index.py",
    "search/delta.py",
    "search/fold.py",
    "script.py",
    "data",
)


FACTS_VERSION = 2  # 2: the facts file is one line per record


def code_key(registry: Registry) -> str:
    """A hash of the code, data and registry the shared outputs are made with: when it
    changes, the search index is rebuilt from scratch (no delta on an older main index)."""
    h = hashlib.sha256(code_hash(SHARED_CODE).encode())
    h.update(repr(registry).encode())
    h.update(DEFAULT_HANT_CONFIG.encode())  # ARCHIVE_OPENCC_HANT: texts and the fold
    return h.hexdigest()


def search_state_path(key_file: Path) -> Path:
    """Where the search index's state (what its main part was built from) is kept: in
    the cache folder beside the key file (one per output folder), outside the published
    output.

    >>> search_state_path(Path("cache/hans-0123.shared-key")).name
    'hans-0123.search-index-state.json'
    """
    return key_file.with_suffix(".search-index-state.json")


def shared_key(records_path: Path, registry: Registry, site_root: str = "") -> str:
    """A hash of everything the shared outputs are made from (the site's address too:
    the data's links are absolute when it has one)."""
    h = hashlib.sha256(code_key(registry).encode())
    h.update(f"site root: {site_root}\n".encode())
    # The archive store reads the content files' edit logs, which a new cleaner may
    # change while records.jsonl stays the same.
    h.update(f"pipeline: {pipeline_version()}\n".encode())
    try:
        with records_path.open("rb") as f:  # in pieces: the file is 250 MB at 100,000
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except FileNotFoundError:
        h.update(b"no records")
    return h.hexdigest()


def write_shared_outputs(
    records_path: Path,
    output_dir: Path,
    registry: Registry,
    key_file: Path | None = None,
    spill_dir: Path | None = None,
    site_root: str = "",
) -> list[str]:
    """Write the bulk data and the search index; skipped when `key_file` holds the key of
    exactly these inputs and their files are all in place (a rebuild with no new
    record). Returns every file of the shared outputs, relative to `output_dir` (the
    Simplified run removes the rest of them: output_files). The search index spills
    into `spill_dir` (the cache folder; a temporary folder when None), never into the
    output. `site_root` is the site's absolute address ("" for relative links)."""
    laps = Laps()
    key = shared_key(records_path, registry, site_root)
    index_dir = output_dir / "search" / "idx"
    known: dict[str, str] = {}
    facts: dict[str, datasets.RecordFacts] = {}
    old_digests: list[str] | None = None
    pieces: dict[str, list] | None = None
    csv_sizes: object = None  # each record's rows in appearances.csv (the key file's)
    row_sizes: object = None  # and in records.jsonl
    if key_file is not None:
        # Unchanged first: a rebuild with no new record loads none of the last build's
        # facts and pieces (tens of MB at 100,000) only to throw them away.
        data_files = _saved_data_files(key_file, key)
        if (
            data_files is not None
            and (index_dir / "meta.json.gz").is_file()
            and all((output_dir / name).is_file() for name in data_files)
        ):
            laps.lap("shared outputs unchanged")
            return data_files + files_under(index_dir, output_dir)
        known = _saved_data_identities(key_file, code_key(registry))
        if known:  # the facts of the build that wrote the files `known` names
            with paused_gc():  # a bulk load (gc_pause.py): 3.3 -> 0.9 CPU s at 92,000
                old_digests, facts = _saved_facts(key_file, code_key(registry))
                if old_digests is not None:
                    pieces = _saved_pieces(key_file, code_key(registry), site_root)
                    csv_sizes, row_sizes = _saved_entries(key_file, "csv_sizes", "row_sizes")
        # From here the outputs are not those of the key any more: a step stopped
        # half-way is never taken for an unchanged one.
        key_file.unlink(missing_ok=True)
    lines = RecordLines(records_path, registry, facts)
    laps.lap("read records.jsonl", records=len(lines), parsed=lines.new)
    data_dir = output_dir / "data"
    # The plain bytes of the compressed downloads (datasets.COMPRESSED), outside the site.
    plain_dir = key_file.parent / "data-plain" if key_file is not None else None
    old_dir = plain_dir if plain_dir is not None else data_dir
    spans: list = []  # the rows kept from the last build's file (datasets.write_gzip)
    rows = lines.rows(
        old_dir / "records.jsonl", old_digests, known.get("records.jsonl"), spans, row_sizes
    )
    touched = lines.touched_officials(facts) if old_digests is not None else None
    old_csv = lines.csv_chunks(
        old_dir / "appearances.csv",
        old_digests,
        known.get("appearances.csv"),
        csv_sizes,
    )
    with paused_gc():
        data = datasets.write_downloads(
            lines.facts,
            rows,
            data_dir,
            registry,
            site_root,
            known,
            touched,
            pieces,
            (lines.digests, old_csv),
            plain_dir=plain_dir,
            spans=spans,
        )
    del old_csv
    del rows
    data_files = [p.relative_to(output_dir).as_posix() for p in data.paths()]
    laps.lap("data downloads", records=len(lines), written=len(data.written))
    archive_db = output_dir / "data" / "archive.db"  # opened as it is: docs/data.md
    store = update_archive_db(
        records_path,
        archive_db,
        registry,
        code_key(registry),
        key_file,
        records_path.parent / "zh-hans",  # the import's Simplified content files
    )
    data_files.append(archive_db.relative_to(output_dir).as_posix())
    laps.lap(
        "archive store",
        records=store.records,
        written=len(store.written),
        removed=len(store.removed),
        mode=store.mode,
        published=store.published,
    )
    with paused_gc():
        light = lines.search_docs()
        stats = update_index(
            light,
            index_dir,
            search_state_path(key_file) if key_file is not None else None,
            code_key(registry),
            spill_dir=spill_dir,
            hashes=dict(zip((d.id for d in light), lines.digests, strict=True)),
            full=lambda docs: (lines.search_doc(d) for d in docs),
        )
    laps.lap(
        "search index",
        records=len(lines),
        files=stats.files,
        bytes=stats.bytes,
        mode=stats.mode,
    )
    if key_file is not None:
        generation = _save_facts(key_file, code_key(registry), lines)
        saved = {"key": key, "data": data_files, "identities": data.files}
        saved["made_with"] = code_key(registry)  # the identities hold for this code only
        saved["facts"] = generation  # and so do the facts of that generation
        saved["pieces"] = _save_pieces(key_file, code_key(registry), site_root, data.pieces)
        saved["csv_sizes"] = data.chunk_sizes  # each record's rows in appearances.csv
        saved["row_sizes"] = lines.row_sizes.tolist()  # and in records.jsonl
        write_atomic(key_file, json.dumps(saved, ensure_ascii=False).encode())
    logger.info(
        "search index (%s: %s): %d records, %d files, %d bytes written",
        stats.mode,
        stats.reason,
        stats.docs,
        stats.files,
        stats.bytes,
    )
    return data_files + files_under(index_dir, output_dir)


def _saved_data_identities(key_file: Path, made_with: str) -> dict[str, str]:
    """The downloads the last build wrote, by name (DataFiles.files): written again
    only when their source changes. {} when the key file does not read back or they
    were made by other code or another registry (`made_with`: code_key).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> _ = path.write_text('{"made_with": "c", "identities": {"records.jsonl": "d|1|2"}}')
    >>> _saved_data_identities(path, "c"), _saved_data_identities(path, "other code")
    ({'records.jsonl': 'd|1|2'}, {})
    >>> _ = path.write_text('{"made_with": "c", "identities": ["x"]}')
    >>> _saved_data_identities(path, "c")
    {}
    """
    try:
        saved = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("made_with") != made_with:
        return {}
    known = saved.get("identities")
    if not isinstance(known, dict):
        return {}
    return {k: v for k, v in known.items() if isinstance(k, str) and isinstance(v, str)}


def facts_path(key_file: Path) -> Path:
    """Where the records' facts of the last build are kept (beside the key file).

    >>> facts_path(Path("cache/hans-0123.shared-key")).name
    'hans-0123.record-facts.json'
    """
    return key_file.with_suffix(".record-facts.json")


def _save_facts(key_file: Path, made_with: str, lines: RecordLines) -> str:
    """Keep the records' facts by line digest, in records.jsonl's order (the order of
    the download's rows); returns the generation the key file names: the digest of the
    bytes written, so that facts damaged since (even into JSON of their shape, which
    would stop the build where a mention is unpacked) are not trusted. A header line,
    then one line per record (`[digest, facts]`), written and hashed as made."""
    path = facts_path(key_file)
    tmp = temp_path(path)
    digest = hashlib.blake2b(digest_size=16)
    head = {"version": FACTS_VERSION, "made_with": made_with}
    try:
        with tmp.open("wb") as f:
            for line in chain(
                [json.dumps(head)],
                (
                    json.dumps([d, fa], ensure_ascii=False)
                    for d, fa in zip(lines.digests, lines.facts, strict=True)
                ),
            ):
                data = (line + "\n").encode()
                digest.update(data)
                f.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def pieces_path(key_file: Path) -> Path:
    """Where officials.json's pieces of the last build are kept (beside the key file).

    >>> pieces_path(Path("cache/hans-0123.shared-key")).name
    'hans-0123.officials-pieces.json'
    """
    return key_file.with_suffix(".officials-pieces.json")


def _save_pieces(key_file: Path, made_with: str, site_root: str, pieces: dict) -> str:
    """Keep officials.json's pieces (datasets.officials_json), made with this code,
    registry and site address (its links); returns their generation, which the key file
    names (so pieces damaged since, or of another build, are not used)."""
    value = {"version": FACTS_VERSION, "made_with": made_with, "site_root": site_root}
    value["pieces"] = pieces
    data = json.dumps(value, ensure_ascii=False).encode()
    write_atomic(pieces_path(key_file), data)
    return facts_digest(data)


def _saved_pieces(key_file: Path, made_with: str, site_root: str) -> dict[str, list] | None:
    """officials.json's pieces of the build whose key file this is (the generation it
    names), made with the same code, registry and site address; None when they do not
    read back as that (then every official's pieces are made).

    >>> import tempfile
    >>> key = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> generation = _save_pieces(key, "c", "", {"p1": ["{}", [], []]})
    >>> _ = key.write_text(json.dumps({"pieces": generation}))
    >>> _saved_pieces(key, "c", "")
    {'p1': ['{}', [], []]}
    >>> _saved_pieces(key, "c", "https://h.io"), _saved_pieces(key, "other code", "")
    (None, None)
    >>> _ = pieces_path(key).write_text(pieces_path(key).read_text().replace("p1", "p2"))
    >>> _saved_pieces(key, "c", "") is None  # not the bytes the key file names
    True
    """
    try:
        generation = json.loads(key_file.read_text(encoding="utf-8")).get("pieces")
        data = pieces_path(key_file).read_bytes()
        if not generation or facts_digest(data) != generation:
            return None
        value = json.loads(data)
    except (OSError, ValueError, AttributeError):
        return None
    if (
        not isinstance(value, dict)
        or value.get("version") != FACTS_VERSION
        or value.get("made_with") != made_with
        or value.get("site_root") != site_root
    ):
        return None
    return datasets.load_officials_pieces(value.get("pieces"))


def facts_digest(data: bytes) -> str:
    """The generation of the facts file whose bytes are `data`."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _saved_facts(
    key_file: Path, made_with: str
) -> tuple[list[str] | None, dict[str, datasets.RecordFacts]]:
    """The line digests, in order, and the facts by digest, of the build whose key file
    this is (the generation it names: their bytes' facts_digest; made with the same
    code and registry); (None, {}) when they do not read back as that: every line is
    then parsed, and every download made. Read line by line, in batches, each batch's
    strings shared (common/compact.py): the whole file is never held.

    >>> import tempfile
    >>> key = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> facts = ["r1", "2024", "text", "", "", "", [["p1", "甲", "甲", "", []]], [], []]
    >>> data = (json.dumps({"version": FACTS_VERSION, "made_with": "c"}) + "\\n"
    ...     + json.dumps(["d1", facts]) + "\\n").encode()
    >>> _ = facts_path(key).write_bytes(data)
    >>> _ = key.write_text(json.dumps({"facts": facts_digest(data)}))
    >>> digests, known = _saved_facts(key, "c")
    >>> digests, known["d1"].mentions
    (['d1'], [['p1', '甲', '甲', '', []]])
    >>> _saved_facts(key, "other code")
    (None, {})
    >>> _ = key.write_text('{"facts": "another generation"}')
    >>> _saved_facts(key, "c")
    (None, {})
    """
    try:
        generation = json.loads(key_file.read_text(encoding="utf-8")).get("facts")
        if not generation:
            return None, {}
        with facts_path(key_file).open("rb") as f:
            digest = hashlib.blake2b(digest_size=16)
            head_line = f.readline()
            digest.update(head_line)
            head = json.loads(head_line)
            if (
                not isinstance(head, dict)
                or head.get("version") != FACTS_VERSION
                or head.get("made_with") != made_with
            ):
                return None, {}
            digests: list[str] = []
            known: dict[str, datasets.RecordFacts] = {}
            memo: dict[str, str] = {}
            for key, value in json_pairs(_hashed(f, digest), FACTS_BATCH):
                facts = datasets.RecordFacts.load(value)
                if facts is None:
                    return None, {}
                facts = facts.compacted(memo)  # raises when not of its shape
                digests.append(key)
                known[key] = facts
            if digest.hexdigest() != generation:
                return None, {}
    except (OSError, ValueError, TypeError, AttributeError):
        return None, {}
    return digests, known


def _hashed(lines, digest) -> Iterator[bytes]:
    """`lines` as they are, each added to `digest` on the way (the file's whole bytes)."""
    for line in lines:
        digest.update(line)
        yield line


FACTS_BATCH = 512  # lines of the facts file parsed at once


def _saved_entries(key_file: Path, *names: str) -> list[object]:
    """The values the key file keeps under `names` (None for one there is not, or all
    when the file does not read back).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> _ = path.write_text('{"csv_sizes": [3, 0]}')
    >>> _saved_entries(path, "csv_sizes", "other")
    [[3, 0], None]
    >>> _ = path.write_text('[1]')
    >>> _saved_entries(path, "csv_sizes")
    [None]
    """
    try:
        saved = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    return [saved.get(name) if isinstance(saved, dict) else None for name in names]


def _saved_data_files(key_file: Path, key: str) -> list[str] | None:
    """The data files the shared outputs wrote when their key was `key`; None when the
    key file holds another key or does not read back (a miss, never an error).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "k.shared-key"
    >>> _ = path.write_text('{"key": "abc", "data": ["data/records.jsonl"]}')
    >>> _saved_data_files(path, "abc"), _saved_data_files(path, "other")
    (['data/records.jsonl'], None)
    >>> _ = path.write_bytes(b"\\xff\\xfe")
    >>> _saved_data_files(path, "abc") is None
    True
    """
    try:
        saved = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("key") != key:
        return None
    data = saved.get("data")
    if not isinstance(data, list) or not all(
        isinstance(n, str) and n.startswith("data/") and ".." not in n.split("/") for n in data
    ):
        return None
    return data
