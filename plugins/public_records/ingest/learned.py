"""Names learned across the archive: a person named with a title in one record is a
known name for the other records of the same place and period, where a title-less
mention of the name (`X指出`, `X强调`, `X同志`, a bare 、 list) is then found.

The import runs this once all records are processed (`relearn`), over the records'
lines, and writes the learned mentions into the records' content files and
records.jsonl, so the record page, the official's page and feed, the bulk data and
search all read the same mentions. A learned mention is a mention like any other
plus `learned_from`: the id of the record whose titled mention taught the name; its
`evidence` is its own sentence and its roles come from its own verbs
(`extract.officials.roles_of_predicate`).

Place and period: the teaching and the learning record have the same place id (two
people with one name in different places stay two people) and dates, to the month,
at most WINDOW_MONTHS apart. Undated records, records dated only to the year and
records without a place neither teach nor learn. The registry curates: an official
with `learned: false` is never learned in its place (`learned: true` confirms).

Linear in the number of records: titled names are indexed by (place, name) and
month; each record's text is scanned once, looking up the 2- to 4-character strings
at each position in its place's set of names (never one search per name), and each
found name looks up at most 2 * WINDOW_MONTHS + 1 months.

Incremental with a cache folder (`LearnedCache`): a record's learned mentions depend
only on its own line and on its place's titled names within the window (its index
slice). The cache keeps, per record, the hash of its line as last written, what it
teaches (`Facts`) and a fingerprint of the slice it learned from, so a run parses
only the lines that changed, rebuilds the index from the kept facts, and learns
again only the records whose line or slice changed: linear in what changed (plus
one hash per new line and a look-up per record), with the same output as the full
pass. A line the import kept from the last records.jsonl comes with its digest
(importer.Kept) and is read from the file only when its record is learned again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..common.gc_pause import paused_gc
from ..registry import Registry
from ..script import name_to_traditional, to_traditional
from .markdown import body_markdown
from .protected import protected_phrases
from .serialize import record_from_dict

logger = logging.getLogger(__name__)

WINDOW_MONTHS = 12  # a name is known this many months before and after its titled mention
NAME_LENGTHS = (4, 3, 2)  # longest first: 王小明 wins over 王小
EVIDENCE_MAX = 300  # characters of the sentence kept as evidence
# What may stand right before a title-less name (besides anything that is not a Han
# character), and what right after it makes it a name: a list, 同志, or a role verb.
BEFORE_NAME = set("、和与及同")
AFTER_NAME = ("同志", "、", "等")
LEARNED = "learned_from"


@dataclass(frozen=True)
class Teacher:
    record_id: str
    person_id: str
    title: str


def month_index(resolved: str) -> int | None:
    """A resolved date's month as a number (None when not known to the month).

    >>> month_index("2024-08-02") - month_index("2023-08")
    12
    >>> month_index("2024") is None, month_index("") is None
    (True, True)
    """
    if len(resolved) < 7:
        return None
    try:
        return int(resolved[:4]) * 12 + int(resolved[5:7]) - 1
    except ValueError:
        return None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _base(mentions: Iterable[Mapping[str, Any]]) -> list[dict]:
    """A record's own mentions (those its text gave, not learned ones)."""
    return [dict(m) for m in mentions if LEARNED not in m]


def _learned(mentions: Iterable[Mapping[str, Any]]) -> list[dict]:
    return [dict(m) for m in mentions if LEARNED in m]


def _rejected(registry: Registry) -> set[tuple[str, str]]:
    return {(name, o.place) for o in registry.officials if o.learned is False for name in o.names}


@dataclass(frozen=True, slots=True)
class Facts:
    """What a record gives the index: its place, its month, and (name, person id,
    title) of each of its own titled mentions. Held for every record of an import
    until its names are learned: without a __dict__ (slots), and shared (`compacted`)."""

    place: str
    month: int | None
    teaches: tuple[tuple[str, str, str], ...]

    def compacted(self, memo: dict) -> Facts:
        """The same facts, shared through `memo` (kept by the caller for an import):
        records of one place and month that teach the same names (most teach none)
        get one Facts, and the others share their place, names, ids and titles, as
        common/compact.py shares a build's strings. Facts that cross from a worker
        are unpickled with strings of their own (about 250 bytes a record untaught).

        >>> memo = {}
        >>> def facts(month):  # strings of their own, as unpickling makes them
        ...     return Facts("".join(["da", "guan"]), month, (("钱江", "p-q", "".join("区长")),))
        >>> a, b, c = facts(5).compacted(memo), facts(5).compacted(memo), facts(6).compacted(memo)
        >>> a is b, a == facts(5), a is c, a.place is c.place, a.teaches[0] is c.teaches[0]
        (True, True, False, True, True)
        """
        get = memo.setdefault
        teaches = tuple(get(t, t) for t in (tuple(get(s, s) for s in t) for t in self.teaches))
        # each part is made shared before it is looked up, so that the memo keeps no
        # object of the worker's as a key
        shared = Facts(get(self.place, self.place), self.month, get(teaches, teaches))
        return get(shared, shared)


def facts_of(record: Mapping[str, Any]) -> Facts:
    place, month = record.get("place", ""), month_index(record["date"]["resolved"])
    if not place or month is None:
        return Facts(place, month, ())
    teaches = tuple(
        (m["name"], m["person_id"], m["title"])
        for m in _base(record.get("mentions", ()))
        if m.get("title")
    )
    return Facts(place, month, teaches)


def build_index(records: Iterable[Mapping[str, Any]], registry: Registry) -> dict:
    """(place, name) -> {month: Teacher}: every titled mention of a dated, placed record
    (the smallest record id per month, so the result does not depend on order)."""
    return index_of(((r["id"], facts_of(r)) for r in records), registry)


def index_of(facts: Iterable[tuple[str, Facts]], registry: Registry) -> dict:
    """`build_index` from each record's `Facts` ((record id, Facts) pairs, taken one
    at a time: no dict of them is needed)."""
    rejected = _rejected(registry)
    index: dict[tuple[str, str], dict[int, Teacher]] = {}
    for record_id, fact in facts:
        place, month = fact.place, fact.month
        if not place or month is None:
            continue
        for name, person_id, title in fact.teaches:
            if (name, place) in rejected:
                continue
            months = index.setdefault((place, name), {})
            held = months.get(month)
            if held is None or record_id < held.record_id:
                months[month] = Teacher(record_id, person_id, title)
    return index


class Slices:
    """Fingerprints of index slices: what a record of `place` and `month` can learn
    from is its place's teachers within WINDOW_MONTHS of the month. Each (place,
    month) is hashed once, each window once, so all records cost linear time."""

    def __init__(self, index: Mapping[tuple[str, str], Mapping[int, Teacher]]):
        self.by_month: dict[tuple[str, int], list] = {}
        for (place, name), months in index.items():
            for month, t in months.items():
                entry = (name, t.record_id, t.person_id, t.title)
                self.by_month.setdefault((place, month), []).append(entry)
        self._month: dict[tuple[str, int], str] = {}
        self._window: dict[tuple[str, int], str] = {}

    def _month_hash(self, key: tuple[str, int]) -> str:
        found = self._month.get(key)
        if found is None:
            entries = sorted(self.by_month.get(key, ()))
            found = self._month[key] = _digest(json.dumps(entries, ensure_ascii=False))
        return found

    def fingerprint(self, place: str, month: int | None) -> str:
        """The fingerprint of the slice a record of `place` and `month` learns from
        ("" for a record that learns nothing: no place or no month)."""
        if not place or month is None:
            return ""
        key = (place, month)
        found = self._window.get(key)
        if found is None:
            window = range(month - WINDOW_MONTHS, month + WINDOW_MONTHS + 1)
            found = _digest("".join(self._month_hash((place, m)) for m in window))
            self._window[key] = found
        return found


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


line_digest = _digest  # a records.jsonl line's, as the import's manifest keeps it


class _Lines:
    """The text of a records.jsonl line given as text or as a reference into the last
    records.jsonl (importer.Kept: offset, length, digest), read from the file only when
    a record must be parsed (new, changed, or its slice changed)."""

    def __init__(self, path: Path | None, spill: int = -1):
        self.path = path
        self.spill = spill  # the import's spill file (importer.Spilled lines)
        self._fd: int | None = None

    def text(self, line: Any) -> str:
        if isinstance(line, str):
            return line
        if getattr(line, "spilled", False):
            return self._read(self.spill, line)
        if self._fd is None:
            if self.path is None:
                raise ValueError("a kept line without the records.jsonl it is kept in")
            self._fd = os.open(self.path, os.O_RDONLY)
        return self._read(self._fd, line)

    def _read(self, fd: int, line: Any) -> str:
        data = os.pread(fd, line.length, line.offset)
        if len(data) != line.length:
            raise ValueError(f"{self.path}: a kept line past the end of the file")
        return data.decode()

    @staticmethod
    def digest(line: Any) -> str:
        return _digest(line) if isinstance(line, str) else line.digest

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _nearest(months: Mapping[int, Teacher], month: int, own_id: str) -> Teacher | None:
    """The teacher closest in time (earlier first on a tie), never the record itself."""
    for distance in range(WINDOW_MONTHS + 1):
        for candidate in (month - distance, month + distance):
            teacher = months.get(candidate)
            if teacher is not None and teacher.record_id != own_id:
                return teacher
    return None


def roles_of_predicate(text: str) -> tuple[str, ...]:
    # Imported when a name is first found: the officials' extraction takes 0.7 s to
    # import, and a warm import with nothing new learns nothing.
    from ..extract.officials import roles_of_predicate

    return roles_of_predicate(text)


def _sentence(text: str, start: int, end: int) -> str:
    from ..extract.officials import SENTENCE_END

    lo = max((text.rfind(ch, 0, start) for ch in SENTENCE_END), default=-1) + 1
    hi = min((i for i in (text.find(ch, end) for ch in SENTENCE_END) if i >= 0), default=len(text))
    return text[lo : hi + 1].strip()[:EVIDENCE_MAX]


def _named_here(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands where a person is named: after a
    break or a joiner, and before a list mark, 同志, 等 or a role verb (at once, or
    after 在…, as in X在会上强调)."""
    before = text[start - 1] if start > 0 else ""
    if before and _is_han(before) and before not in BEFORE_NAME:
        return False
    after = text[end : end + 40]
    if after.startswith(AFTER_NAME) or before == "、":
        return True
    if roles_of_predicate(after[:4]) != ("mentioned",):
        return roles_of_predicate(after[:2]) != ("mentioned",) or after[:1] in "在对也又还"
    if after.startswith("在"):
        clause = after.split("，", 1)[0]
        return roles_of_predicate(clause) != ("mentioned",)
    return False


def learn_record(
    record: Mapping[str, Any],
    index: Mapping[tuple[str, str], Mapping[int, Teacher]],
    names_by_place: Mapping[str, set[str]],
    registry: Registry,
) -> list[dict]:
    """The learned mentions of one record (one per name, at its first fitting place)."""
    place, month = record.get("place", ""), month_index(record["date"]["resolved"])
    known = names_by_place.get(place)
    if not known or month is None:
        return []
    text = record["text_hans"]
    own = {m["name"] for m in _base(record.get("mentions", ()))}
    found: dict[str, dict] = {}
    i = 0
    while i < len(text):
        step = 1
        for length in NAME_LENGTHS:
            name = text[i : i + length]
            if name in own:  # the record's own name: never read part of it as another
                step = length
                break
            if name not in known or name in found:
                continue
            teacher = _nearest(index[(place, name)], month, record["id"])
            if teacher is None or not _named_here(text, i, i + length):
                continue
            official = registry.find_official(name, place)
            found[name] = {
                "name": name,
                "title": "",
                "roles": list(roles_of_predicate(text[i + length :])),
                "start": i,
                "end": i + length,
                "person_id": official.id if official else teacher.person_id,
                "evidence": _sentence(text, i, i + length),
                LEARNED: teacher.record_id,
            }
            step = length
            break
        i += step
    return list(found.values())


def learn(records: list[Mapping[str, Any]], registry: Registry) -> dict[str, list[dict]]:
    """record id -> its learned mentions, for every record of the archive.

    >>> def rec(rid, date, text, mentions=()):
    ...     return {"id": rid, "place": "daguan", "date": {"resolved": date},
    ...             "text_hans": text, "mentions": list(mentions)}
    >>> taught = {"name": "钱江", "title": "区长", "person_id": "p-qian", "roles": []}
    >>> learned = learn([rec("a", "2024-03-01", "区长钱江出席。", [taught]),
    ...                  rec("b", "2024-05-02", "钱江指出，要抓落实。"),
    ...                  rec("c", "2026-05-02", "钱江指出，要抓落实。")], Registry())
    >>> [(m["name"], m["roles"], m["learned_from"]) for m in learned["b"]], learned["c"]
    ([('钱江', ['speaker'], 'a')], [])
    """
    index = build_index(records, registry)
    names_by_place = _names_by_place(index)
    return {r["id"]: learn_record(r, index, names_by_place, registry) for r in records}


def _retitled(record: dict, registry: Registry) -> dict:
    """The Traditional text and title again, with the record's names (learned ones
    too) protected, as the import's conversion does."""
    full = record_from_dict(record | {"raw_text": ""})
    protected = protected_phrases(full, registry)
    return record | {
        "text_hant": to_traditional(record["text_hans"], protected),
        "title_hant": to_traditional(record["title_hans"], protected),
    }


def _content_file(path: Path, record: dict, script: str) -> bytes:
    """The content file at `path` with the record's mentions (and, in Traditional, its
    title and text) as `record` now has them; the rest of it as the import wrote it."""
    text = path.read_text(encoding="utf-8")
    head_end = text.index("\n---\n", 4)
    meta = json.loads(text[4:head_end])
    body = text[head_end + 5 :]
    hant = script == "hant"
    mentions = record["mentions"]
    if hant:
        mentions = [
            m | {"name": name_to_traditional(m["name"]), "title": to_traditional(m["title"])}
            for m in mentions
        ]
        meta["title"] = record["title_hant"]
        body = "\n" + body_markdown(record["text_hant"])
    meta["mentions"] = mentions
    head = json.dumps(meta, ensure_ascii=False, default=str)
    return f"---\n{head}\n---\n{body}".encode()


def _names_by_place(index: Mapping[tuple[str, str], object]) -> dict[str, set[str]]:
    names_by_place: dict[str, set[str]] = {}
    for place, name in index:
        names_by_place.setdefault(place, set()).add(name)
    return names_by_place


def _parse_line(line: str) -> dict:
    """A records.jsonl line as a record (one place, so that tests can count parses)."""
    return json.loads(line)


def relearn(
    lines: dict[str, Any],
    content_dir: Path,
    out,
    registry: Registry,
    cache_dir: Path | None = None,
    version: str = "",
    jsonl: Path | None = None,
    facts: Mapping[str, Facts] | None = None,
    spill: int = -1,
) -> dict:
    """Find the learned mentions of every record and write them where they changed:
    the records.jsonl line (in `lines`) and both content files. Returns the new size
    and mtime of every content file written ({path: [size, mtime_ns]}), for the
    import's manifest. `out` is the import's ContentFolder (writes only changed bytes).

    With `cache_dir`, only what changed is parsed and learned again (`LearnedCache`,
    kept under `version`: the pipeline's and the registry's); without, every record.
    A line may be given by where it is in the last records.jsonl (`jsonl`; an
    importer.Kept, with its digest): it is read only when its record is parsed.
    (No digest of every line is handed back: importer.write_records reads each from
    its line.) `facts`, if given, holds the `Facts` of
    lines given as text that were made of a record just now (the import's workers take
    them): such a line is parsed only when it is learned, so that no parsed record is
    held until the index is whole (a cold import held every one: gigabytes at 100,000).
    A line may also be a reference into the import's spill file (importer.Spilled: the
    file descriptor `spill`), where a new line waits for records.jsonl to be written.
    """
    source = _Lines(jsonl, spill)
    try:
        return _relearn(lines, source, content_dir, out, registry, cache_dir, version, facts or {})
    finally:
        source.close()


def _relearn(lines, source, content_dir, out, registry, cache_dir, version, known) -> dict:
    cache = LearnedCache.load(cache_dir, content_dir, version) if cache_dir else None
    kept = cache.entries if cache is not None else {}
    # new or changed lines not in `known`, parsed (a line in `known` is parsed when it
    # is learned: a dict of every new record's id was held to say so)
    parsed: dict[str, dict] = {}
    # No dict of every record's facts or state: a record's facts are read again where
    # they are held anyway (the kept entry, `known`, the parsed record), and each
    # state goes to the cache as it is made (a cold import held both to its end:
    # about 0.13 MB a 1,000 records, the whole of the import's end at stop 39).
    every_fact = _facts(lines, source, kept, known, parsed)
    index = index_of(((record_id, fact) for record_id, _, fact in every_fact), registry)
    names_by_place = _names_by_place(index)
    slices = Slices(index)
    written: dict[str, list[int]] = {}

    def learned_entries() -> Iterator[tuple[str, LearnedEntry]]:
        """Each record's state, made as the cache takes it: learned again (and
        rewritten) when new or changed (its hash not the kept one's) or its slice
        changed."""
        for record_id, line_hash, fact in _facts(lines, source, kept, known, parsed):
            window = slices.fingerprint(fact.place, fact.month)
            entry = kept.get(record_id)
            if entry is None or entry.line != line_hash or entry.window != window:
                # popped: a record is held only while it is learned
                record = parsed.pop(record_id, None) or _parse_line(source.text(lines[record_id]))
                new = learn_record(record, index, names_by_place, registry)
                if new != _learned(record.get("mentions", ())):
                    _rewrite(record, new, lines, out, registry, written)
                    line_hash = _digest(lines[record_id])
            yield record_id, LearnedEntry(line_hash, fact, window)

    if cache is not None:  # only the rows that changed are written
        # the kept records whose line is gone (few: the stale files' records)
        gone = [record_id for record_id in kept if not lines.get(record_id)]
        cache.save(learned_entries(), gone)
    else:
        for _ in learned_entries():
            pass
    if written:
        logger.info("names learned across the archive: %d content files rewritten", len(written))
    return written


def _facts(lines, source, kept, known, parsed) -> Iterator[tuple[str, str, Facts]]:
    """(record id, its line's hash, its `Facts`) of every line, in the lines' order,
    each read from where it is held: the cache's entry if the line is the one it
    kept, the import's `known` facts, or the record parsed from the line (into
    `parsed`, where it waits to be learned; parsed once, on the first walk).
    Walked twice by `_relearn` (the index, then the learning), with the same lines:
    a line rewritten by the learning is the one just walked past."""
    for record_id, line in lines.items():
        if not line:
            continue
        line_hash = source.digest(line)
        entry = kept.get(record_id)
        if entry is not None and entry.line == line_hash:
            yield record_id, line_hash, entry.facts
        elif record_id in known:  # a line made just now: read when it is learned
            yield record_id, line_hash, known[record_id]
        else:  # new or changed (or no cache): read it
            record = parsed.get(record_id)
            if record is None:
                parsed[record_id] = record = _parse_line(source.text(line))
            yield record_id, line_hash, facts_of(record)


def _rewrite(
    record: dict,
    new: list[dict],
    lines: dict[str, str],
    out,
    registry: Registry,
    written: dict[str, list[int]],
) -> None:
    """Write the record with its `new` learned mentions: its records.jsonl line (in
    `lines`) and both content files (their size and mtime into `written`)."""
    updated = _retitled(record | {"mentions": _base(record["mentions"]) + new}, registry)
    lines[record["id"]] = json.dumps(updated, ensure_ascii=False) + "\n"
    for script in ("hans", "hant"):
        folder = out.folder("records", f"zh-{script}")
        name = f"{record['id']}.md"
        try:
            data = _content_file(Path(folder) / name, updated, script)
        except (OSError, ValueError) as e:
            logger.warning("%s/%s: learned names not written (%s)", folder, name, e)
            continue
        _, written[str(Path(folder) / name)] = out.write(folder, name, data)


@dataclass(frozen=True, slots=True)  # one for every record at the end of an import
class LearnedEntry:
    """What the next run needs of a record: the hash of its line as last written (so
    its learned mentions are in it), its `Facts`, and the fingerprint of the index
    slice it learned from."""

    line: str
    facts: Facts
    window: str


CACHE_FORMAT = "2"  # 2: an SQLite database, a row a record (1: one JSON file)

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    # line: the hash of the record's line as last written; teaches: the JSON list of
    # its Facts' teaches ("[]" for none); window: its slice's fingerprint; checked:
    # the digest of the row's other fields (`_row_digest`: a row changed since is a miss)
    "CREATE TABLE IF NOT EXISTS entries (rid TEXT PRIMARY KEY, line TEXT, place TEXT, "
    "month INTEGER, teaches TEXT, window TEXT, checked TEXT)",
)


def _row_digest(rid: str, line: str, place: str, month: int | None, teaches: str, window: str):
    return _digest(f"{rid}\t{line}\t{place}\t{month}\t{teaches}\t{window}")


class LearnedCache:
    """The learned-names cache of one content folder, in the cache folder: an SQLite
    database with a row per record (what `LearnedEntry` holds), so that a run writes
    only the rows of the records that changed, in one transaction (the JSON file of
    before was read and written whole on every import that changed anything: 0.1 to
    0.2 CPU s at 20,000 records). Anything else (a file that is no database, a row of
    the wrong shape, another version or folder) is a miss: every record is read and
    learned again, as without a cache, and the cache is written again whole."""

    def __init__(self, path: Path, head: dict, entries: dict[str, LearnedEntry], valid: bool):
        self.path = path
        self.head = head
        self.entries = entries
        self.valid = valid  # the rows on disk are `entries`: only changes are written
        self.rows_written = 0  # by the last save (tests count them)

    @classmethod
    def load(cls, cache_dir: Path, content_dir: Path, version: str) -> LearnedCache:
        where = str(Path(content_dir).resolve())
        stem = "learned-" + hashlib.sha256(where.encode()).hexdigest()[:12]
        (Path(cache_dir) / f"{stem}.json").unlink(missing_ok=True)  # format 1's file
        path = Path(cache_dir) / f"{stem}.sqlite"
        head = {"format": CACHE_FORMAT, "version": version, "folder": where}
        if not path.exists():
            return cls(path, head, {}, False)
        try:
            with paused_gc(), contextlib.closing(sqlite3.connect(path)) as db:
                meta = dict(db.execute("SELECT key, value FROM meta"))
                if {k: meta.get(k) for k in head} != head:
                    return cls(path, head, {}, False)  # another version or folder: quietly
                entries = _read_rows(db.execute("SELECT * FROM entries"))
        except (sqlite3.Error, ValueError, TypeError) as e:
            logger.warning("%s damaged (%s); learning names from every record", path, e)
            return cls(path, head, {}, False)
        return cls(path, head, entries, True)

    def save(self, states: Iterable[tuple[str, LearnedEntry]], gone: Iterable[str] = ()) -> None:
        """Write `states` ((record id, entry) pairs, taken one at a time as they are
        made: no dict of every record's state is held) and delete the rows of the
        records `gone`: only the rows that changed, or all of them if the cache on
        disk did not hold (then started again). Nothing is written if nothing
        changed. `states` is walked to its end even if SQLite fails (its maker
        learns as it is walked). `entries` is not kept up to date: load again."""
        states = iter(states)
        try:
            self._save(states, gone)
        except sqlite3.Error as e:
            logger.warning("%s not written (%s); the next import learns all again", self.path, e)
            self.path.unlink(missing_ok=True)
            for _ in states:  # the rest is still made (learned), not written
                pass

    def _save(self, states: Iterator[tuple[str, LearnedEntry]], gone: Iterable[str]) -> None:
        self.rows_written = 0
        changed = self._changed_rows(states)
        first = next(changed, None)
        deleted = [(rid,) for rid in gone if rid in self.entries]
        if first is None and not deleted:  # the rows on disk are the states
            self.entries, self.valid = {}, False
            return
        if not self.valid:
            self.path.unlink(missing_ok=True)
        self.rows_written += len(deleted)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as db:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("BEGIN")
            # the rows made as SQLite takes them, each as its record is learned: a
            # cold import's list of every row was about 250 bytes a record
            rows = "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)"
            if first is not None:
                db.execute(rows, first)
                db.executemany(rows, changed)
            db.executemany("DELETE FROM entries WHERE rid = ?", deleted)
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(self.head.items()))
            db.execute("COMMIT")
        # nothing of every record kept: the entries read at load are let go
        self.entries, self.valid = {}, False

    def _changed_rows(self, states: Iterator[tuple[str, LearnedEntry]]) -> Iterator[tuple]:
        """The rows of the entries of `states` that the cache does not hold as they
        are, each counted into `rows_written` as it is made."""
        for rid, e in states:
            if self.entries.get(rid) != e:
                teaches = json.dumps(e.facts.teaches, ensure_ascii=False)
                row = (rid, e.line, e.facts.place, e.facts.month, teaches, e.window)
                self.rows_written += 1
                yield (*row, _row_digest(*row))


def _read_rows(rows) -> dict[str, LearnedEntry]:
    """The entries of the cache's rows; ValueError (or TypeError) for a row of the
    wrong shape or changed since it was written."""
    entries = {}
    memo: dict = {}  # facts and windows repeat from row to row (Facts.compacted)
    for rid, line, place, month, teaches, window, checked in rows:
        if not all(isinstance(v, str) for v in (rid, line, place, teaches, window)):
            raise ValueError(f"{rid!r}: a field that is not text")
        if not (type(month) is int or month is None):
            raise ValueError(f"{rid}: month {month!r}")
        if checked != _row_digest(rid, line, place, month, teaches, window):
            raise ValueError(f"{rid}: the row changed since it was written")
        if teaches == "[]":
            taught: tuple = ()
        else:
            taught = tuple((str(n), str(p), str(t)) for n, p, t in json.loads(teaches))
        facts = Facts(place, month, taught).compacted(memo)
        entries[rid] = LearnedEntry(line, facts, memo.setdefault(window, window))
    return entries
