"""The archive's SQLite store: records, officials and their appearances, topics,
places, credits, findings and edit logs, kept between builds in the cache folder and
brought up to date with what changed; `output/data/archive.db` is its published copy
(`ArchiveStore.publish`: without derived and repeated columns), written whole once and
then patched with the records that changed, in the same transaction as the store
(`_patch_published`).

Two files make the store (standard library `sqlite3`, a rollback journal, so that one
update is one transaction over both, and over the published copy when it is patched):

- `<name>.archive.sqlite` (schema `main`): the tables and views the download has
  (docs/data.md, "archive.db"). Every table is keyed by what it holds (WITHOUT ROWID),
  and a row depends on its content only, never on the history of updates that made it:
  an incrementally updated and patched copy holds the same rows as a clean build's
  (`database_rows`; tests/test_build_clean_equals_incremental), though not the same
  bytes, nor, in the published copy's edit log, the same numbers (`COPY_NUMBERS`).
- `<name>.archive-cache.sqlite` (attached as `cache`): what stays out of the download:
  each record's signature (what it was made from) and its raw text.

An update reads `records.jsonl` (the import's, in the content folder) line by line and
compares each record's signature (the SHA-256 of its line, and the size and mtime of
its Simplified content file, which holds the edit log and raw text) with the stored
one: only new, changed and removed records are written, and only the officials,
topics and places they touch are checked for records left (so an update's statements
and rows are linear in what changed; tests/test_archive_db.py counts them). A change of
code or registry (officials' Traditional names, places' names) starts the store anew,
as a store that does not open or read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..common.atomic import temp_path
from ..registry import Registry
from ..script import name_to_traditional, to_traditional

logger = logging.getLogger(__name__)

# Tables first, in the order a record's rows go in; every foreign key points up.
SCHEMA = """
CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  url TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE officials (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  registered INTEGER NOT NULL,
  url TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE records (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  title_hans TEXT NOT NULL,
  title_hant TEXT NOT NULL,
  title_evidence TEXT NOT NULL,
  date TEXT,
  date_as_written TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  date_evidence TEXT NOT NULL,
  date_note TEXT NOT NULL,
  place_id TEXT REFERENCES places(id),
  text_hans TEXT NOT NULL,
  text_hant TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  source_encoding TEXT NOT NULL,
  source_url TEXT NOT NULL,
  retrieved TEXT NOT NULL,
  raw_url TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX records_date ON records(date);
CREATE INDEX records_place ON records(place_id);
CREATE TABLE mentions (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  official_id TEXT NOT NULL REFERENCES officials(id),
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  roles TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER,
  evidence TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
CREATE INDEX mentions_official ON mentions(official_id, record_id);
CREATE TABLE record_topics (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  position INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (record_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX record_topics_topic ON record_topics(topic_id, record_id);
CREATE TABLE record_places (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  place_id TEXT NOT NULL REFERENCES places(id),
  position INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (record_id, place_id)
) WITHOUT ROWID;
CREATE INDEX record_places_place ON record_places(place_id, record_id);
CREATE TABLE credits (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
CREATE TABLE findings (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
CREATE TABLE edits (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
CREATE INDEX edits_change ON edits(rule, before, after, note);
CREATE VIEW appearances AS
  SELECT m.record_id, r.date, r.date_evidence, m.official_id AS person_id, m.name,
         m.title, m.roles, r.title_hans AS record_title, r.url AS record_url
  FROM mentions m JOIN records r ON r.id = m.record_id;
CREATE VIEW official_summary AS
  SELECT o.id, o.name, o.name_hant, o.registered, o.url,
         count(DISTINCT m.record_id) AS records, min(r.date) AS first_date,
         max(r.date) AS last_date
  FROM officials o JOIN mentions m ON m.official_id = o.id
  JOIN records r ON r.id = m.record_id
  GROUP BY o.id;
CREATE VIEW topic_summary AS
  SELECT t.id, t.name, t.name_hant, t.url, count(*) AS records
  FROM topics t JOIN record_topics rt ON rt.topic_id = t.id GROUP BY t.id;
CREATE VIEW place_summary AS
  SELECT p.id, p.name, p.name_hant, p.kind, p.url, count(*) AS records
  FROM places p JOIN record_places rp ON rp.place_id = p.id GROUP BY p.id;
"""

# A new store makes its indexes after its rows go in, as the published copy does: one
# sort each instead of a B-tree insert per row (edits_change, keyed by the change's
# text, took a quarter of a new store's inserts). An index does not change what a query
# answers. Every update ends by making any that is missing (IF NOT EXISTS: nothing to
# do once made), before `_prune` asks the indexes, so a store whose first update
# failed after its tables were made gets them at the next.
STORE_TABLES = "".join(s + ";" for s in SCHEMA.split(";") if s.strip() and "CREATE INDEX" not in s)
STORE_INDEXES = tuple(
    s.strip().replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1)
    for s in SCHEMA.split(";")
    if "CREATE INDEX" in s
)

CACHE_SCHEMA = """
CREATE TABLE cache.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cache.signatures (id TEXT PRIMARY KEY, signature TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cache.raw_texts (id TEXT PRIMARY KEY, raw_text TEXT NOT NULL) WITHOUT ROWID;
"""


@dataclass
class StoreUpdate:
    """What an update did (ids of the records it wrote or removed)."""

    mode: str  # "new" (started anew) or "update"
    reason: str
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    records: int = 0
    published: str = ""  # "whole" (written anew) or "patched" (the changed records)


def store_paths(cache_file: Path) -> tuple[Path, Path]:
    """The store's two files beside a cache file of the shared outputs.

    >>> [p.name for p in store_paths(Path("cache/hans-0123.shared-key"))]
    ['hans-0123.archive.sqlite', 'hans-0123.archive-cache.sqlite']
    """
    return cache_file.with_suffix(".archive.sqlite"), cache_file.with_suffix(
        ".archive-cache.sqlite"
    )


def signature(line: bytes, content_stat: os.stat_result | None) -> str:
    """What a record's rows are made from: its records.jsonl line and its content file
    (edit log, raw text), known by size and mtime as the import's manifest knows it.

    >>> signature(b'{"id": "a"}', None) == signature(b'{"id": "a"}', None)
    True
    >>> signature(b'{"id": "a"}', None) == signature(b'{"id": "b"}', None)
    False
    """
    h = hashlib.sha256(line)
    if content_stat is not None:
        h.update(f"|{content_stat.st_size}|{content_stat.st_mtime_ns}".encode())
    return h.hexdigest()[:32]


def _record_lines(handle: BinaryIO | None) -> Iterator[tuple[int, bytes]]:
    """Each record's line of the open records.jsonl, with where it starts."""
    if handle is None:
        return
    at = 0
    for line in handle:
        if line.strip():
            yield at, line
        at += len(line)


def _open_records(records_path: Path) -> BinaryIO | None:
    try:
        return records_path.open("rb")
    except FileNotFoundError:
        logger.warning("%s is missing: the store holds no records", records_path)
        return None


def _line_id(line: bytes) -> str:
    """A record's id from its line: the import writes it first; any other line is
    parsed whole.

    >>> _line_id(b'{"id": "000_ab", "x": 1}'), _line_id(b'{"x": 1, "id": "b"}')
    ('000_ab', 'b')
    """
    head = b'{"id": "'
    if line.startswith(head):
        end = line.find(b'"', len(head))
        rid = line[len(head) : end].decode("utf-8")
        if "\\" not in rid:
            return rid
    return str(json.loads(line)["id"])


class ArchiveStore:
    """The store of one build's records (see the module's docstring)."""

    def __init__(self, path: Path, cache_path: Path, key: str):
        self.path, self.cache_path, self.key = path, cache_path, key
        self._inserted: set[tuple[str, str]] = set()  # see _put_official
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)  # a new cache folder
        conn = _connect(self.path)
        try:
            conn.execute("ATTACH DATABASE ? AS cache", (str(self.cache_path),))
            conn.execute("PRAGMA foreign_keys = ON")
            known = conn.execute(
                "SELECT value FROM cache.meta WHERE key = 'key'"
            ).fetchone()  # raises on a store without tables, or one that does not read
            if known is None or known[0] != self.key:
                raise LookupError("made by other code or another registry")
            conn.execute("SELECT count(*) FROM records").fetchone()
            self.fresh = ""
        except (sqlite3.DatabaseError, LookupError) as e:
            conn.close()
            self.fresh = "no store" if not self.path.exists() else str(e)
            if self.path.exists() or self.cache_path.exists():
                logger.info("archive store %s started anew (%s)", self.path, e)
            for p in (self.path, self.cache_path):
                for extra in (p, p.with_name(p.name + "-journal")):
                    extra.unlink(missing_ok=True)
            conn = _connect(self.path)
            conn.execute("ATTACH DATABASE ? AS cache", (str(self.cache_path),))
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN")
            conn.executescript(STORE_TABLES + CACHE_SCHEMA)  # executescript commits
            conn.execute("INSERT INTO cache.meta VALUES ('key', ?)", (self.key,))
        return conn

    def close(self) -> None:
        self.conn.close()

    def update(
        self,
        records_path: Path,
        content_dir: Path | None,
        registry: Registry,
        published: Path | None = None,
    ) -> StoreUpdate:
        """Bring the store up to date with `records_path` (and the Simplified content
        files in `content_dir`, for edit logs and raw texts): one transaction. When
        `published` is given (a published copy this store wrote, unchanged since:
        `published_matches`), the same transaction patches it with the records that
        changed, so the store and its copy move together or not at all."""
        conn = self.conn
        stored = dict(conn.execute("SELECT id, signature FROM cache.signatures"))
        result = StoreUpdate("new" if self.fresh else "update", self.fresh or "records changed")
        # The changed lines are known by their place and read again when inserted: a
        # store made from nothing would otherwise hold every line (docs/scaling.md).
        changed: list[tuple[str, int, int, str]] = []
        handle = _open_records(records_path)
        try:
            self._update(handle, changed, content_dir, registry, published, stored, result)
        finally:
            if handle is not None:
                handle.close()
        return result

    def _update(
        self,
        handle: BinaryIO | None,
        changed: list[tuple[str, int, int, str]],
        content_dir: Path | None,
        registry: Registry,
        published: Path | None,
        stored: dict[str, str],
        result: StoreUpdate,
    ) -> None:
        conn = self.conn
        for at, line in _record_lines(handle):
            rid = _line_id(line)
            stat = None
            if content_dir is not None:
                try:
                    stat = os.stat(content_dir / f"{rid}.md")
                except OSError:
                    stat = None
            sig = signature(line, stat)
            result.records += 1
            if stored.pop(rid, None) != sig:
                changed.append((rid, at, len(line), sig))
        if published is not None:
            conn.execute("ATTACH DATABASE ? AS pub", (str(published),))
        try:
            conn.execute("BEGIN")
            self._inserted = set()  # (table, id) of the rows this transaction inserted
            try:
                touched = _Touched()
                for rid in stored:  # left: removed from the archive
                    self._delete(rid, touched)
                    result.removed.append(rid)
                for rid, at, size, sig in changed:
                    self._delete(rid, touched)
                    extra = _content_extras(content_dir, rid)
                    assert handle is not None  # a changed line was read from it
                    line = os.pread(handle.fileno(), size, at)
                    self._insert(json.loads(line), extra, sig, registry, touched)
                    result.written.append(rid)
                for statement in STORE_INDEXES:
                    conn.execute(statement)
                self._prune(touched)
                if published is not None:
                    self._patch_published(result.removed + result.written, result.written, touched)
                # Until the copy's new size and mtime are noted (note_published), no copy
                # is taken for this store's: a run stopped after this commit publishes
                # whole.
                conn.execute("DELETE FROM cache.meta WHERE key = 'published'")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            if published is not None:
                conn.execute("DETACH DATABASE pub")

    def published_matches(self, target: Path) -> bool:
        """Whether `target` is the copy this store last published, untouched since (by
        its path, size and mtime, as the import's manifest knows a file)."""
        if self.fresh:
            return False
        row = self.conn.execute("SELECT value FROM cache.meta WHERE key = 'published'").fetchone()
        return row is not None and row[0] == _file_identity(target)

    def note_published(self, target: Path) -> None:
        """Note `target` as this store's published copy (after it was written)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO cache.meta VALUES ('published', ?)", (_file_identity(target),)
        )

    def _patch_published(self, gone: list[str], written: list[str], touched: _Touched) -> None:
        """Bring the attached published copy (`pub`) to the store's rows: remove the rows
        of removed and changed records, copy the rows of written ones, and the officials,
        topics, places and changes they touch (each by its key: linear in what changed).
        Its rows then equal a clean publish's (`database_rows`), not its bytes (free
        pages, row order) nor its numbers (`COPY_NUMBERS`): a record written gets the
        number after the last, and so does a change no record of the copy had."""
        conn = self.conn
        # The changes of the records removed here, by their fields: a record written
        # again with a change it had keeps the change's number (its edits are gone
        # from the copy, so `_change_number` would not find it through them).
        numbers: dict[tuple[str, str, str, str], int] = {}
        change_ids: set[int] = set()
        for rid in gone:
            row = conn.execute(
                "SELECT number FROM pub.record_numbers WHERE record_id = ?", (rid,)
            ).fetchone()
            if row is not None:
                for cid, *fields in conn.execute(
                    "SELECT c.id, c.rule, c.before, c.after, c.note FROM pub.edits e "
                    "JOIN pub.changes c ON c.id = e.change_id WHERE e.record_number = ?",
                    (row[0],),
                ):
                    numbers[tuple(fields)] = cid
                    change_ids.add(cid)
                conn.execute("DELETE FROM pub.edits WHERE record_number = ?", (row[0],))
                conn.execute("DELETE FROM pub.record_numbers WHERE number = ?", (row[0],))
            for table in PER_RECORD_TABLES:
                conn.execute(f"DELETE FROM pub.{table} WHERE record_id = ?", (rid,))
            conn.execute("DELETE FROM pub.records WHERE id = ?", (rid,))
        named = (("places", touched.places), ("topics", touched.topics))
        named += (("officials", touched.officials),)
        for table, ids in named:  # before the rows that point to them
            for key in sorted(ids):
                conn.execute(
                    f"INSERT OR IGNORE INTO pub.{table} SELECT * FROM main.{table} WHERE id = ?",
                    (key,),
                )
        copies = {table: (select, key) for table, select, key, _ in PUBLISHED_COPIES}
        for rid in written:
            for table in ("records", *reversed(PER_RECORD_TABLES)):
                if table == "mention_rows":
                    _copy_mention_rows(conn, rid)
                    continue
                select, key = copies[table]
                conn.execute(f"INSERT INTO pub.{table} {select} WHERE {key} = ?", (rid,))
            # The number after the last (INTEGER PRIMARY KEY without AUTOINCREMENT).
            number = conn.execute(
                "INSERT INTO pub.record_numbers (record_id) VALUES (?)", (rid,)
            ).lastrowid
            edits = conn.execute(
                'SELECT position, start, "end", rule, before, after, note FROM main.edits '
                "WHERE record_id = ? ORDER BY position",
                (rid,),
            ).fetchall()
            for position, start, end, *fields in edits:
                change = tuple(fields)
                if change not in numbers:
                    numbers[change] = self._change_number(change)
                conn.execute(
                    "INSERT INTO pub.edits VALUES (?,?,?,?,?)",
                    (number, position, numbers[change], start, end),
                )
        # A change no edit names any more goes: asked of the store's edits (already
        # updated), by the store's index on a change's fields, which the download
        # does without (it would add a fifth to its size).
        for cid in sorted(change_ids):
            conn.execute(
                "DELETE FROM pub.changes AS c WHERE c.id = ? AND NOT EXISTS "
                "(SELECT 1 FROM main.edits e WHERE e.rule = c.rule AND e.before = c.before "
                "AND e.after = c.after AND e.note = c.note)",
                (cid,),
            )
        for table, ids in reversed(named):  # after the rows that pointed to them
            for key in sorted(ids):
                conn.execute(
                    f"DELETE FROM pub.{table} WHERE id = ?1 AND NOT EXISTS "
                    f"(SELECT 1 FROM main.{table} WHERE id = ?1)",
                    (key,),
                )

    def _change_number(self, change: tuple[str, str, str, str]) -> int:
        """The published copy's number of a change (rule, before, after, note): the one
        an edit of another record in the copy names, found through the store's index on
        a change's fields (the download has none); else a new number, after the last.
        The first edit found is nearly always in the copy: only records written in this
        patch are not, so the look-up is bounded by what changed."""
        row = self.conn.execute(
            "SELECT pe.change_id FROM main.edits e "
            "JOIN pub.record_numbers n ON n.record_id = e.record_id "
            "JOIN pub.edits pe ON pe.record_number = n.number AND pe.position = e.position "
            "WHERE e.rule = ? AND e.before = ? AND e.after = ? AND e.note = ? LIMIT 1",
            change,
        ).fetchone()
        if row is not None:
            return row[0]
        sql = "INSERT INTO pub.changes (rule, before, after, note) VALUES (?,?,?,?)"
        return self.conn.execute(sql, change).lastrowid

    def _delete(self, rid: str, touched: _Touched) -> None:
        conn = self.conn
        for table, column, ids in (
            ("mentions", "official_id", touched.officials),
            ("record_topics", "topic_id", touched.topics),
            ("record_places", "place_id", touched.places),
        ):
            sql = f"SELECT {column} FROM {table} WHERE record_id = ?"
            ids.update(r[0] for r in conn.execute(sql, (rid,)))
        touched.places.update(
            r[0]
            for r in conn.execute("SELECT place_id FROM records WHERE id = ?", (rid,))
            if r[0] is not None
        )
        conn.execute("DELETE FROM records WHERE id = ?", (rid,))  # cascades
        conn.execute("DELETE FROM cache.signatures WHERE id = ?", (rid,))
        conn.execute("DELETE FROM cache.raw_texts WHERE id = ?", (rid,))

    def _insert(
        self,
        record: Mapping[str, Any],
        extra: Mapping[str, Any],
        sig: str,
        registry: Registry,
        touched: _Touched,
    ) -> None:
        conn = self.conn
        rid = record["id"]
        place_id = record.get("place", "") or None
        if place_id is not None:
            self._put_place(place_id, "", registry)
            touched.places.add(place_id)
        for tag in record.get("places", []):
            self._put_place(tag["id"], tag["name"], registry)
            touched.places.add(tag["id"])
        for tag in record.get("topics", []):
            self._put_topic(tag["id"], tag["name"], registry)
            touched.topics.add(tag["id"])
        for m in record.get("mentions", []):
            self._put_official(m["person_id"], m["name"], registry)
            touched.officials.add(m["person_id"])
        date = record["date"]
        sidecar = record.get("sidecar", {})
        conn.execute(
            "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rid,
                f"records/{rid}/",
                record["title_hans"],
                record["title_hant"],
                record.get("title_evidence", ""),
                date.get("resolved") or None,
                date.get("as_written", ""),
                date.get("precision", ""),
                date.get("evidence", ""),
                date.get("note", ""),
                place_id,
                record["text_hans"],
                record["text_hant"],
                record["source_path"],
                record["sha256"],
                record["encoding"],
                sidecar.get("url", ""),
                sidecar.get("retrieved", ""),
                f"raw/{rid}.txt",
            ),
        )
        conn.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    rid,
                    i,
                    m["person_id"],
                    m["name"],
                    m["title"],
                    ";".join(m["roles"]),
                    m.get("start"),
                    m.get("end"),
                    m.get("evidence", ""),
                )
                for i, m in enumerate(record.get("mentions", []))
            ],
        )
        for table, key in (("record_topics", "topics"), ("record_places", "places")):
            conn.executemany(
                f"INSERT OR IGNORE INTO {table} VALUES (?,?,?,?)",
                [
                    (rid, t["id"], i, json.dumps(t.get("evidence", []), ensure_ascii=False))
                    for i, t in enumerate(record.get(key, []))
                ],
            )
        conn.executemany(
            "INSERT INTO credits VALUES (?,?,?,?)",
            [
                (rid, i, c.get("role", ""), c.get("name", ""))
                for i, c in enumerate(record.get("credits", []))
            ],
        )
        conn.executemany(
            "INSERT INTO findings VALUES (?,?,?,?,?)",
            [
                (rid, i, f["code"], f["severity"], f["message"])
                for i, f in enumerate(record.get("findings", []))
            ],
        )
        conn.executemany(
            "INSERT INTO edits VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    rid,
                    i,
                    e.get("rule", ""),
                    e.get("start"),
                    e.get("end"),
                    e.get("before", ""),
                    e.get("after", ""),
                    e.get("note", ""),
                )
                for i, e in enumerate(extra.get("edits", []))
            ],
        )
        conn.execute("INSERT INTO cache.signatures VALUES (?, ?)", (rid, sig))
        conn.execute(
            "INSERT INTO cache.raw_texts VALUES (?, ?)", (rid, str(extra.get("raw_text", "")))
        )

    # An official's, topic's or place's row depends on its id and the registry only
    # (never on which record came first), so an updated store equals a clean one.
    # A row this transaction inserted stays until _prune, at its end: a record naming
    # it again would only be ignored, so it is not converted and asked again (a cold
    # store put each official, topic and place once per record naming it: 15,000 puts
    # for 660 rows at 2,000 reports). Only a row known inserted is skipped: a put
    # that was ignored is made again, as before.
    def _put_official(self, pid: str, name: str, registry: Registry) -> None:
        if ("officials", pid) in self._inserted:
            return
        official = registry.official(pid)
        if official is not None:
            name = official.name
            hant = official.name_hant or name_to_traditional(name)
        else:
            hant = name_to_traditional(name)
        self._put(
            "officials",
            pid,
            "INSERT OR IGNORE INTO officials VALUES (?,?,?,?,?)",
            (pid, name, hant, int(official is not None), f"officials/{pid}/"),
        )

    def _put_topic(self, tid: str, name: str, registry: Registry) -> None:
        if ("topics", tid) in self._inserted:
            return
        topic = registry.topic(tid)
        name = topic.name if topic is not None else name
        self._put(
            "topics",
            tid,
            "INSERT OR IGNORE INTO topics VALUES (?,?,?,?)",
            (tid, name, to_traditional(name), f"topics/{tid}/"),
        )

    def _put_place(self, place_id: str, name: str, registry: Registry) -> None:
        if ("places", place_id) in self._inserted:
            return
        place = registry.place(place_id)
        if place is not None:
            name, kind = place.name, place.kind
        else:
            name, kind = name or place_id, ""
        self._put(
            "places",
            place_id,
            "INSERT OR IGNORE INTO places VALUES (?,?,?,?,?)",
            (place_id, name, name_to_traditional(name), kind, f"places/{place_id}/"),
        )

    def _put(self, table: str, key: str, sql: str, row: tuple) -> None:
        if self.conn.execute(sql, row).rowcount == 1:
            self._inserted.add((table, key))

    def _prune(self, touched: _Touched) -> None:
        """Remove the officials, topics and places of removed rows that no record names
        any more (each a lookup in an index)."""
        conn = self.conn
        for pid in sorted(touched.officials):
            conn.execute(
                "DELETE FROM officials WHERE id = ?1 AND NOT EXISTS "
                "(SELECT 1 FROM mentions WHERE official_id = ?1)",
                (pid,),
            )
        for tid in sorted(touched.topics):
            conn.execute(
                "DELETE FROM topics WHERE id = ?1 AND NOT EXISTS "
                "(SELECT 1 FROM record_topics WHERE topic_id = ?1)",
                (tid,),
            )
        for place_id in sorted(touched.places):
            conn.execute(
                "DELETE FROM places WHERE id = ?1 AND NOT EXISTS "
                "(SELECT 1 FROM record_places WHERE place_id = ?1) AND NOT EXISTS "
                "(SELECT 1 FROM records WHERE place_id = ?1)",
                (place_id,),
            )

    def publish(self, target: Path) -> None:
        """Write the published copy of the store to `target`, whole or not at all:
        `published_schema()`'s tables filled from the store in key order (so the bytes
        depend on the records only, never on the updates that made the store); opened
        as it is, not compressed (docs/data.md says why)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_path(target)
        tmp.unlink(missing_ok=True)
        try:
            self._write_published(tmp)
            # The journal of a patch stopped half-way belongs to the file replaced here:
            # left beside the new one, SQLite would play it back into it.
            target.with_name(target.name + "-journal").unlink(missing_ok=True)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _write_published(self, path: Path) -> None:
        conn = self.conn
        conn.execute("ATTACH DATABASE ? AS pub", (str(path),))
        try:
            conn.execute("PRAGMA pub.journal_mode = OFF")  # a new file, replaced whole
            conn.execute("BEGIN")
            tables, indexes = published_schema()
            for statement in tables:
                conn.execute(statement)
            for table, select, _, order in PUBLISHED_COPIES:
                conn.execute(f"INSERT INTO pub.{table} {select} ORDER BY {order}")
            _copy_mention_rows(conn)
            # Records numbered by id, each distinct change once, numbered in the order
            # of its fields (`COPY_NUMBERS`): the edits name both by these small numbers.
            conn.execute(
                "INSERT INTO pub.record_numbers SELECT row_number() OVER (ORDER BY id), id "
                "FROM main.records ORDER BY id"
            )
            conn.execute(
                "INSERT INTO pub.changes SELECT row_number() OVER (ORDER BY rule, before, "
                "after, note), rule, before, after, note FROM (SELECT DISTINCT rule, before, "
                "after, note FROM main.edits) ORDER BY 1"
            )
            # dense_rank over the same order gives each edit its change's number.
            conn.execute(
                "INSERT INTO pub.edits SELECT n.number, e.position, dense_rank() OVER "
                '(ORDER BY e.rule, e.before, e.after, e.note), e.start, e."end" '
                "FROM main.edits e JOIN pub.record_numbers n ON n.record_id = e.record_id "
                "ORDER BY 1, 2"
            )
            for statement in indexes:
                conn.execute(statement)
            conn.execute("COMMIT")
            # Rows written in key order fill a rowid table's pages, not a WITHOUT ROWID
            # one's (SQLite splits those pages in two as they fill): rewritten whole
            # here, the pages are full (47.9 -> 31.6 MB at N = 10,000 with the rowid
            # `records`; 0.2 CPU s). A patched copy is not rewritten (free pages stay).
            conn.execute("VACUUM pub")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("DETACH DATABASE pub")


# The published copy (data/archive.db) leaves out what a reader can derive or find
# elsewhere: the Traditional text (OpenCC's conversion of text_hans, in records.jsonl
# and on the Traditional pages), a mention's sentence (a piece of text_hans: the table
# `mention_rows` gives where it is, the view `mentions` gives it whole) and the edit
# log's repeated columns (each distinct change once in `changes`; `edit_log` joins them
# back). Table: the SELECT that fills it from the store, the column a record's rows
# are found by (a patch), the order a clean publish writes them in. `mention_rows` is
# filled by `_copy_mention_rows` (a sentence's place is found in Python, by the name's).
PUBLISHED_COPIES = (
    ("places", "SELECT * FROM main.places", "id", "id"),
    ("topics", "SELECT * FROM main.topics", "id", "id"),
    ("officials", "SELECT * FROM main.officials", "id", "id"),
    (
        "records",
        "SELECT id, url, title_hans, title_hant, title_evidence, date, date_as_written, "
        "date_precision, date_evidence, date_note, place_id, text_hans, source_file, "
        "source_sha256, source_encoding, source_url, retrieved, raw_url FROM main.records",
        "id",
        "id",
    ),
    ("record_topics", "SELECT * FROM main.record_topics", "record_id", "record_id, topic_id"),
    ("record_places", "SELECT * FROM main.record_places", "record_id", "record_id, place_id"),
    ("credits", "SELECT * FROM main.credits", "record_id", "record_id, position"),
    ("findings", "SELECT * FROM main.findings", "record_id", "record_id, position"),
)


def evidence_at(text: str, evidence: str, start: int | None, end: int | None) -> int | None:
    """Where a mention's sentence stands in its record's text (characters from 0), looked
    for only around the name it holds (`start`, `end`): the work is the sentence's length,
    not the text's, so copying a long report's many mentions stays linear. None when the
    text does not hold it there (the sentence is then kept as text).

    >>> evidence_at("甲。县长乙出席。丙。县长乙出席。", "县长乙出席。", 12, 13)
    10
    >>> evidence_at("县长乙出席。", "县长乙讲话。", 2, 3) is None
    True
    """
    if start is None or end is None:
        return None
    lo = max(0, start - len(evidence))
    at = text.find(evidence, lo, end + len(evidence))
    return None if at < 0 else at


def _copy_mention_rows(conn: sqlite3.Connection, record_id: str | None = None) -> None:
    """Fill the published `mention_rows` from the store's mentions (every record's, in
    key order, or one record's): each record's text read once, each sentence given by
    where it is (`evidence_at`) or, when the text does not hold it there, as text."""
    where, params = ("WHERE id = ?", (record_id,)) if record_id is not None else ("", ())
    records = conn.execute(f"SELECT id, text_hans FROM main.records {where} ORDER BY id", params)
    for rid, text in records:
        rows = []
        for position, official, name, title, roles, start, end, evidence in conn.execute(
            'SELECT position, official_id, name, title, roles, start, "end", evidence '
            "FROM main.mentions WHERE record_id = ? ORDER BY position",
            (rid,),
        ):
            at = evidence_at(text, evidence, start, end)
            span = (None, None, evidence) if at is None else (at, at + len(evidence), None)
            rows.append((rid, position, official, name, title, roles, start, end, *span))
        conn.executemany("INSERT INTO pub.mention_rows VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)


# The published `mentions`: the store's table as `mention_rows` with the sentence given
# by its place in the record's text (`published_schema` derives it from the store's
# own statement: `evidence` becomes `evidence_start`, `evidence_end` and, when the text
# does not hold it there, `evidence`); the view `mentions` gives every column of the
# store's table, in its order. A query that asks for no sentence still finds each row's
# record, in the index of the records' key alone (covering: no text is read).
PUBLISHED_EVIDENCE_COLUMNS = (
    "  evidence_start INTEGER,\n  evidence_end INTEGER,\n  evidence TEXT,\n"
)
PUBLISHED_MENTIONS_VIEW = """
CREATE VIEW mentions AS
  SELECT m.record_id, m.position, m.official_id, m.name, m.title, m.roles, m.start, m."end",
         coalesce(m.evidence, substr(r.text_hans, m.evidence_start + 1,
                                     m.evidence_end - m.evidence_start)) AS evidence
  FROM mention_rows m LEFT JOIN records r ON r.id = m.record_id;
"""

PUBLISHED_EDITS = """
CREATE TABLE record_numbers (
  number INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE REFERENCES records(id) ON DELETE CASCADE
);
CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  rule TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE TABLE edits (
  record_number INTEGER NOT NULL REFERENCES record_numbers(number) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  change_id INTEGER NOT NULL REFERENCES changes(id),
  start INTEGER,
  "end" INTEGER,
  PRIMARY KEY (record_number, position)
) WITHOUT ROWID;
CREATE VIEW edit_log AS
  SELECT n.record_id, e.position, c.rule, e.start, e."end", c.before, c.after, c.note
  FROM edits e JOIN record_numbers n ON n.number = e.record_number
  JOIN changes c ON c.id = e.change_id;
"""

# The published tables of one record's rows keyed by (record_id, ...): the order they
# are emptied in. The edits, keyed by the record's number, go with its number.
PER_RECORD_TABLES = ("findings", "credits", "record_places", "record_topics", "mention_rows")
# The edit log is most of the download's rows (58 a record in the synthetic corpus), so
# its rows name a record and a change by small numbers (a byte or two each) rather than
# by the record's id and the change's fields: the copy's own numbers, given in key order
# by a clean publish and after the last by a patch, so two copies of one archive may
# number differently. What they are compared by instead (`database_rows`): a table's
# columns without its numbers ("" for none: `edits` is compared through `edit_log`).
COPY_NUMBERS = {"record_numbers": "record_id", "changes": "rule, before, after, note", "edits": ""}


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _file_identity(path: Path) -> str:
    """A file's path, size and mtime ("" when it does not exist)."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def database_rows(path: Path, numbers: Mapping[str, str] = COPY_NUMBERS) -> dict[str, list[tuple]]:
    """Every table's and view's rows of the SQLite database at `path`, each sorted by
    all its columns, and the schema (under ""): what two copies of one archive must
    agree on, whatever their bytes (a patched copy keeps free pages and another order
    of its pages). The tables of `numbers` (a copy's own numbers: `COPY_NUMBERS`) give
    only the columns it names, none for ""."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = sorted(
            db.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        )
        rows: dict[str, list[tuple]] = {"": schema}
        for kind, name, _ in schema:
            if kind in ("table", "view") and numbers.get(name) != "":
                columns = numbers.get(name, "*")
                width = len(db.execute(f'SELECT {columns} FROM "{name}" LIMIT 0').description)
                order = ", ".join(str(i) for i in range(1, width + 1))
                sql = f'SELECT {columns} FROM "{name}" ORDER BY {order}'
                rows[name] = db.execute(sql).fetchall()
        return rows
    finally:
        db.close()


def published_schema() -> tuple[list[str], list[str]]:
    """The published copy's statements, in schema `pub`: the tables and views first,
    then the indexes (made after the rows go in). The store's schema without
    `records.text_hant`, its `mentions` table made `mention_rows` (`PUBLISHED_EVIDENCE_COLUMNS`)
    with the view `PUBLISHED_MENTIONS_VIEW`, and
    `PUBLISHED_EDITS` for its `edits` table. `records` is a rowid table in the copy: its
    rows (a whole text each) are larger than the quarter page a WITHOUT ROWID table
    keeps in a leaf, and the spill to overflow pages left half the table's pages empty
    (19.0 MB for 8.7 MB of rows at N = 10,000; docs/scaling.md, "Eighth pass").

    >>> tables, indexes = published_schema()
    >>> any("text_hant" in s for s in tables), any("text_hans" in s for s in tables)
    (False, True)
    >>> [s.split()[2] for s in tables if s.split()[2].startswith(("pub.edit", "pub.change"))]
    ['pub.changes', 'pub.edits', 'pub.edit_log']
    >>> [s.split()[2] for s in tables if s.split()[2].startswith("pub.mention")]
    ['pub.mention_rows', 'pub.mentions']
    >>> [s.endswith("WITHOUT ROWID") for s in tables if s.startswith("CREATE TABLE pub.records")]
    [False]
    >>> indexes[0]
    'CREATE INDEX pub.records_date ON records(date)'
    >>> indexes[2]
    'CREATE INDEX pub.mentions_official ON mention_rows(official_id, record_id)'
    """
    store_edits = SCHEMA[SCHEMA.index("CREATE TABLE edits") : SCHEMA.index("CREATE VIEW")]
    store_mentions = SCHEMA[
        SCHEMA.index("CREATE TABLE mentions") : SCHEMA.index("CREATE INDEX mentions_official")
    ]
    published_mentions = store_mentions.replace(
        "CREATE TABLE mentions", "CREATE TABLE mention_rows"
    ).replace("  evidence TEXT NOT NULL,\n", PUBLISHED_EVIDENCE_COLUMNS)
    records_end = "  raw_url TEXT NOT NULL\n) WITHOUT ROWID;"
    text = (
        SCHEMA.replace("  text_hant TEXT NOT NULL,\n", "")
        .replace(store_edits, "")
        .replace(store_mentions, published_mentions + PUBLISHED_MENTIONS_VIEW)
        .replace("ON mentions(official_id", "ON mention_rows(official_id")
        .replace(records_end, records_end.replace(" WITHOUT ROWID", ""))
    )
    assert records_end not in text and PUBLISHED_EVIDENCE_COLUMNS in text, "the store's schema"
    tables, indexes = [], []
    for statement in (text + PUBLISHED_EDITS).split(";"):
        statement = statement.strip()
        if not statement:
            continue
        kind, name = statement.split()[1:3]
        if kind == "INDEX":
            statement = statement.replace(f"INDEX {name}", f"INDEX pub.{name}", 1)
            indexes.append(statement)
        else:
            verb = "CREATE TABLE" if kind == "TABLE" else "CREATE VIEW"
            tables.append(statement.replace(f"{verb} {name}", f"{verb} pub.{name}", 1))
    return tables, indexes


@dataclass
class _Touched:
    officials: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def _content_extras(content_dir: Path | None, rid: str) -> dict[str, Any]:
    """The edit log and raw text of a record, from its Simplified content file ({} when
    there is none or it does not read: the store then holds no edits for it, logged)."""
    if content_dir is None:
        return {}
    path = content_dir / f"{rid}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        logger.warning("%s: no edit log for the archive store (%s)", path, e)
        return {}
    if text.startswith("---\n{"):
        end = text.find("\n---\n", 4)
        if end > 0:
            try:
                meta = json.loads(text[4:end])
            except ValueError as e:
                logger.warning("%s: no edit log for the archive store (%s)", path, e)
                return {}
            if isinstance(meta, dict):
                return meta
    logger.warning("%s: no edit log for the archive store (no JSON front matter)", path)
    return {}


def update_archive_db(
    records_path: Path,
    target: Path,
    registry: Registry,
    key: str,
    store_file: Path | None,
    content_dir: Path | None,
) -> StoreUpdate:
    """Update the store kept beside `store_file` (a temporary one when None) and publish
    it as `target`. A store that breaks while updating is started anew once."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        base = store_file if store_file is not None else Path(scratch) / "store"
        path, cache_path = store_paths(base)
        for attempt in (1, 2):
            store = ArchiveStore(path, cache_path, key)
            try:
                patch = store.published_matches(target)
                result = store.update(
                    records_path, content_dir, registry, published=target if patch else None
                )
                if patch:
                    result.published = "patched"
                else:
                    store.publish(target)
                    result.published = "whole"
                store.note_published(target)
                return result
            except sqlite3.DatabaseError as e:
                if attempt == 2:
                    raise
                logger.warning("archive store %s broke (%s): started anew", path, e)
                path.unlink(missing_ok=True)
                cache_path.unlink(missing_ok=True)
            finally:
                store.close()
    raise AssertionError("unreachable")
