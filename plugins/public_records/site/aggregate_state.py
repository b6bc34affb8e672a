"""Aggregation that follows the record catalog: the summaries of aggregate.py kept
between runs, by record id, and brought up to date from what changed.

`aggregate()` is one pass over every record. Here the same summaries are held as plain
data (`AggregateState`: per person its appearance rows, co-appearances and learned
name; per topic and place its record rows and evidence words), saved in the page cache
with the record catalog generation they match. A run whose catalog started from that
generation subtracts each changed or removed record's old light front matter (the
catalog's `changed`) and adds each new or changed record's new one: work in proportion
to what changed, not to the number of records. A state that does not read back, was
made by other code or at another generation, or does not agree with what is subtracted
from it gives the full pass (every record added to an empty state), as the catalog does.

What the full pass decides by the order of the records (catalog.sort_items: dated
newest first, then undated, ties by id) is kept with the key of the record that decided
it, so that adding and subtracting give the same result as the pass in that order:

- a person's, topic's or place's name: the first record's (its first mention);
- the name of a co-appearing person: the last record's naming both (its last mention);
- the order of co-appearing people and of a topic's evidence words (their first record);
- a learned name's name and place: the first record where it is learned.

Subtracting the record that decided one of these marks the summary: it is made again
from its own records (the rows say which), still not from every record. Appearances and
record lists are kept sorted as aggregate() sorts them (date, id, newest first; one
record's rows in the order of its mentions).

`materialize` turns the state into aggregate.py's `Archive` for the pages (the same
objects, in the same order: tested against aggregate() step by step).
"""

from __future__ import annotations

import json
import os
import pickle
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..common.code_hash import code_hash
from .aggregate import Appearance, Archive, LearnedName, PersonSummary, RecordView, TagSummary
from .catalog import _PlainUnpickler, follow_journal, record_datetime

STATE_VERSION = "1"
# The code the kept state is made with: another version of either is a full pass.
STATE_CODE = ("site/aggregate.py", "site/aggregate_state.py")

# A person: [name, name key, rows, co, learned]; rows: (date, record id, title as
# written, roles, learned_from), newest first; co: other id -> [records shared, key of
# the first, order key of the last record naming both, the other's name there];
# learned: None or [name, place, key, mentions, {teaching record: mentions}].
# A topic or place: [name, name key, rows (date, record id), {word: [count, first key]}].
# A key is (order key of the record, index in it); an order key is `order_key`.
FAMILIES = ("topics", "places")


class StateMismatch(Exception):
    """What is subtracted is not in the state: it is not the one of the old records."""


def order_key(light: Mapping[str, Any]) -> tuple:
    """A record's place in the catalog's order (catalog.sort_items), from its light
    front matter: dated records newest first, then undated ones, ties by id.

    >>> keys = [order_key({"id": i, "date": {"resolved": d}})
    ...         for i, d in (("a", "2024"), ("b", ""), ("c", "2024-03"), ("d", "2024-03"))]
    >>> [k[2] for k in sorted(keys)]
    ['c', 'd', 'a', 'b']
    """
    when = record_datetime(light["date"]["resolved"])
    if when is None:
        return (1, 0, light["id"])
    return (0, -when.toordinal(), light["id"])


class AggregateState:
    """The summaries as plain data (see the module docstring)."""

    def __init__(self, people=None, topics=None, places=None):
        self.people: dict[str, list] = people if people is not None else {}
        self.tags: dict[str, dict[str, list]] = {
            "topics": topics if topics is not None else {},
            "places": places if places is not None else {},
        }
        self.visited = 0  # records added, subtracted or read again for a marked summary

    # -- one record ------------------------------------------------------------------

    def add(self, light: Mapping[str, Any], people=None, tags=None) -> None:
        """Add one record (its light front matter); `people` and `tags` (family -> ids),
        when given, limit it to those summaries (making a marked one again)."""
        self.visited += 1
        ok = order_key(light)
        date, rid = light["date"]["resolved"], light["id"]
        for pid, (name, j, rows, learned, co) in _people_parts(light).items():
            if people is not None and pid not in people:
                continue
            person = self.people.get(pid)
            if person is None:
                person = self.people[pid] = [name, (ok, j), [], {}, None]
            elif (ok, j) < person[1]:
                person[0], person[1] = name, (ok, j)
            _insert(person[2], date, rid, rows)
            table, reorder = person[3], False
            for other, (count, oj, other_name) in co.items():
                entry = table.get(other)
                if entry is None:
                    reorder = reorder or (bool(table) and (ok, oj) < _last_first(table))
                    table[other] = [count, (ok, oj), ok, other_name]
                    continue
                entry[0] += count
                if (ok, oj) < entry[1]:
                    entry[1], reorder = (ok, oj), True
                if ok > entry[2]:
                    entry[2], entry[3] = ok, other_name
            if reorder:
                person[3] = dict(sorted(table.items(), key=lambda kv: kv[1][1]))
            if learned is not None:
                lname, place, lj, teachers = learned
                kept = person[4]
                if kept is None:
                    person[4] = [lname, place, (ok, lj), 0, {}]
                    kept = person[4]
                elif (ok, lj) < kept[2]:
                    kept[0], kept[1], kept[2] = lname, place, (ok, lj)
                kept[3] += len(teachers)
                for teacher in teachers:
                    kept[4][teacher] = kept[4].get(teacher, 0) + 1
        for family, parts in _tag_parts(light).items():
            table = self.tags[family]
            wanted = tags.get(family, ()) if tags is not None else None
            for tid, (name, j, n, words) in parts.items():
                if wanted is not None and tid not in wanted:
                    continue
                tag = table.get(tid)
                if tag is None:
                    tag = table[tid] = [name, (ok, j), [], {}]
                elif (ok, j) < tag[1]:
                    tag[0], tag[1] = name, (ok, j)
                _insert(tag[2], date, rid, [(date, rid)] * n)
                evidence, reorder = tag[3], False
                for word, (count, wj) in words.items():
                    entry = evidence.get(word)
                    if entry is None:
                        reorder = reorder or (bool(evidence) and (ok, wj) < _last_first(evidence))
                        evidence[word] = [count, (ok, wj)]
                    else:
                        entry[0] += count
                        if (ok, wj) < entry[1]:
                            entry[1], reorder = (ok, wj), True
                if reorder:
                    tag[3] = dict(sorted(evidence.items(), key=lambda kv: kv[1][1]))

    def subtract(self, light: Mapping[str, Any], marked: dict[str, set]) -> None:
        """Take one record out (its light front matter as it was added). A summary whose
        name or order this record decided is put in `marked` (family -> ids), to be made
        again from its records; StateMismatch when the record is not in the state."""
        self.visited += 1
        ok = order_key(light)
        date, rid = light["date"]["resolved"], light["id"]
        for pid, (_, _, rows, learned, co) in _people_parts(light).items():
            person = self.people.get(pid)
            if person is None:
                raise StateMismatch(f"people/{pid}")
            _remove(person[2], date, rid, len(rows))
            if not person[2]:
                del self.people[pid]
                marked["people"].discard(pid)
                continue
            if person[1][0] == ok:
                marked["people"].add(pid)
            table = person[3]
            for other, (count, _, _) in co.items():
                entry = table.get(other)
                if entry is None or entry[0] < count:
                    raise StateMismatch(f"people/{pid} co {other}")
                entry[0] -= count
                if not entry[0]:
                    del table[other]
                elif entry[1][0] == ok or entry[2] == ok:
                    marked["people"].add(pid)
            if learned is not None:
                kept = person[4]
                teachers = learned[3]
                if kept is None or kept[3] < len(teachers):
                    raise StateMismatch(f"people/{pid} learned")
                kept[3] -= len(teachers)
                for teacher in teachers:
                    left = kept[4].get(teacher, 0) - 1
                    if left < 0:
                        raise StateMismatch(f"people/{pid} taught by {teacher}")
                    if left:
                        kept[4][teacher] = left
                    else:
                        del kept[4][teacher]
                if not kept[3]:
                    person[4] = None
                elif kept[2][0] == ok:
                    marked["people"].add(pid)
        for family, parts in _tag_parts(light).items():
            table = self.tags[family]
            for tid, (_, _, n, words) in parts.items():
                tag = table.get(tid)
                if tag is None:
                    raise StateMismatch(f"{family}/{tid}")
                _remove(tag[2], date, rid, n)
                if not tag[2]:
                    del table[tid]
                    marked[family].discard(tid)
                    continue
                if tag[1][0] == ok:
                    marked[family].add(tid)
                for word, (count, _) in words.items():
                    entry = tag[3].get(word)
                    if entry is None or entry[0] < count:
                        raise StateMismatch(f"{family}/{tid} evidence")
                    entry[0] -= count
                    if not entry[0]:
                        del tag[3][word]
                    elif entry[1][0] == ok:
                        marked[family].add(tid)

    # -- a run -----------------------------------------------------------------------

    def follow(self, old: Iterable[Mapping], new: Iterable[Mapping], lights: Mapping) -> None:
        """Subtract the records as they were (`old`), add them as they are (`new`), and
        make the marked summaries again from their records (`lights`: record id -> light
        front matter, every record of the catalog now)."""
        marked: dict[str, set] = {"people": set(), "topics": set(), "places": set()}
        for light in old:
            self.subtract(light, marked)
        for light in new:
            self.add(light)
        for family, ids in marked.items():
            for sid in ids:
                self._remake(family, sid, lights)

    def _remake(self, family: str, sid: str, lights: Mapping) -> None:
        """One summary made again from its own records (in the catalog's order)."""
        table = self.people if family == "people" else self.tags[family]
        summary = table.pop(sid, None)
        if summary is None:
            return
        records = []
        for rid in dict.fromkeys(row[1] for row in summary[2]):
            light = lights.get(rid)
            if light is None:
                raise StateMismatch(f"{family}/{sid}: record {rid} is not in the catalog")
            records.append(light)
        records.sort(key=order_key)
        only = {sid}
        for light in records:
            if family == "people":
                self.add(light, people=only, tags={})
            else:
                self.add(light, people=(), tags={family: only})
        if sid not in table:
            raise StateMismatch(f"{family}/{sid}: not made again")


def build(lights: Iterable[Mapping]) -> AggregateState:
    """The full pass: every record, in the catalog's order, into an empty state. The
    same state as adding them one by one (`AggregateState.add`), made as aggregate()
    makes its summaries: each record comes after those before it in that order, so a
    name, a first use and a last name are decided as they come, and the rows are
    sorted once at the end."""
    state = AggregateState()
    people = state.people
    for light in lights:
        state.visited += 1
        ok = order_key(light)
        rid, date = light["id"], light["date"]["resolved"]
        mentions = [m for m in light.get("mentions", ()) if m.get("person_id")]
        for j, m in enumerate(mentions):
            pid = m["person_id"]
            person = people.get(pid)
            if person is None:
                person = people[pid] = [m["name"], (ok, j), [], {}, None]
            taught_by = m.get("learned_from", "")
            person[2].append((date, rid, m.get("title", ""), tuple(m.get("roles", ())), taught_by))
            if taught_by:
                kept = person[4]
                if kept is None:
                    kept = person[4] = [m["name"], light.get("place", ""), (ok, j), 0, {}]
                kept[3] += 1
                kept[4][taught_by] = kept[4].get(taught_by, 0) + 1
            co = person[3]
            for oj, other in enumerate(mentions):
                other_id = other["person_id"]
                if other_id != pid:
                    entry = co.get(other_id)
                    if entry is None:
                        co[other_id] = [1, (ok, oj), ok, other["name"]]
                    else:
                        entry[0] += 1
                        entry[2], entry[3] = ok, other["name"]
        for family in FAMILIES:
            table = state.tags[family]
            position = 0
            for j, tag in enumerate(light.get(family, ())):
                summary = table.get(tag["id"])
                if summary is None:
                    summary = table[tag["id"]] = [tag["name"], (ok, j), [], {}]
                summary[2].append((date, rid))
                evidence = summary[3]
                for word in tag.get("evidence", ()):
                    entry = evidence.get(word)
                    if entry is None:
                        evidence[word] = [1, (ok, position)]
                    else:
                        entry[0] += 1
                    position += 1
    newest_first = itemgetter(0, 1)
    for person in people.values():
        person[2].sort(key=newest_first, reverse=True)
    for table in state.tags.values():
        for summary in table.values():
            summary[2].sort(key=newest_first, reverse=True)
    return state


def _people_parts(light: Mapping[str, Any]) -> dict[str, tuple]:
    """What one record gives each person it names: (name at its first mention, that
    mention's index, its rows, learned (name, place, index, teaching records) or None,
    co: other id -> (count, index of the other's first mention, its last name))."""
    rid, date = light["id"], light["date"]["resolved"]
    mentions = [m for m in light.get("mentions", ()) if m.get("person_id")]
    first: dict[str, int] = {}
    last_name: dict[str, str] = {}
    counts: Counter = Counter()
    parts: dict[str, list] = {}
    for j, m in enumerate(mentions):
        pid = m["person_id"]
        first.setdefault(pid, j)
        last_name[pid] = m["name"]
        counts[pid] += 1
        part = parts.get(pid)
        if part is None:
            part = parts[pid] = [m["name"], j, [], None]
        taught_by = m.get("learned_from", "")
        part[2].append((date, rid, m.get("title", ""), tuple(m.get("roles", ())), taught_by))
        if taught_by:
            if part[3] is None:
                part[3] = (m["name"], light.get("place", ""), j, [])
            part[3][3].append(taught_by)
    out = {}
    for pid, (name, j, rows, learned) in parts.items():
        co = {
            other: (counts[pid] * counts[other], oj, last_name[other])
            for other, oj in first.items()
            if other != pid
        }
        out[pid] = (name, j, rows, learned, co)
    return out


def _tag_parts(light: Mapping[str, Any]) -> dict[str, dict[str, tuple]]:
    """What one record gives each topic and place it names: (name at the first, its
    index, how many times named, evidence: word -> (count, index of its first use))."""
    out: dict[str, dict[str, tuple]] = {}
    for family in FAMILIES:
        parts: dict[str, list] = {}
        position = 0
        for j, tag in enumerate(light.get(family, ())):
            part = parts.get(tag["id"])
            if part is None:
                part = parts[tag["id"]] = [tag["name"], j, 0, {}]
            part[2] += 1
            for word in tag.get("evidence", ()):
                entry = part[3].get(word)
                if entry is None:
                    part[3][word] = [1, position]
                else:
                    entry[0] += 1
                position += 1
        out[family] = {
            tid: (name, j, n, {w: (e[0], e[1]) for w, e in words.items()})
            for tid, (name, j, n, words) in parts.items()
        }
    return out


def _last_first(table: dict) -> tuple:
    """The first-use key of the last entry of an ordered table (co or evidence)."""
    return table[next(reversed(table))][1]


def _position(rows: list, date: str, rid: str) -> int:
    """The first index of `rows` (newest first by (date, id)) whose row sorts below
    (date, rid): where that record's rows go, or, if there, end."""
    lo, hi = 0, len(rows)
    key = (date, rid)
    while lo < hi:
        mid = (lo + hi) // 2
        row = rows[mid]
        if (row[0], row[1]) < key:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _insert(rows: list, date: str, rid: str, new: list) -> None:
    at = _position(rows, date, rid)
    if at and (rows[at - 1][0], rows[at - 1][1]) == (date, rid):
        raise StateMismatch(f"record {rid} added twice")
    rows[at:at] = new


def _remove(rows: list, date: str, rid: str, n: int) -> None:
    end = _position(rows, date, rid)
    start = end - n
    if start < 0 or any(row[1] != rid or row[0] != date for row in rows[start:end]):
        raise StateMismatch(f"record {rid} is not in the rows")
    if start and rows[start - 1][1] == rid:
        raise StateMismatch(f"record {rid} has more rows than its front matter")
    del rows[start:end]


def materialize(state: AggregateState, views: Mapping[str, RecordView]) -> Archive:
    """The Archive aggregate() would give for the records (`views`, by id)."""
    people: dict[str, PersonSummary] = {}
    learned: dict[str, LearnedName] = {}
    for pid, (name, _, rows, co, kept) in state.people.items():
        person = people[pid] = PersonSummary(pid, name)
        person.appearances = [Appearance(views[r[1]], r[2], r[3], r[4]) for r in rows]
        person.co = Counter({other: entry[0] for other, entry in co.items()})
        person.names = {other: entry[3] for other, entry in co.items()}
        if kept is not None:
            learned[pid] = LearnedName(pid, kept[0], kept[1], kept[3], set(kept[4]))
    families = {}
    for family in FAMILIES:
        table = families[family] = {}
        for tid, (name, _, rows, evidence) in state.tags[family].items():
            tag = table[tid] = TagSummary(tid, name)
            tag.records = [views[r[1]] for r in rows]
            tag.evidence = Counter({word: entry[0] for word, entry in evidence.items()})
    return Archive(people, families["topics"], families["places"], learned)


# -- kept between runs -------------------------------------------------------------------
#
# The state is written whole with the catalog generation it matches; a run after that
# appends one line to a journal beside it (`journal_path`): the records' light front
# matter as the state has them (each changed record once, as it was when the state was
# written) and the ids changed, from the generation it started from to its own. The
# next run reads the state, adds this run's changes to the journal's, and follows all
# of them from the state's generation (subtract as they were then, add as they are
# now), so that a run after one new report writes a line, not the whole state. The
# state is written whole again when the journal would pass 1/JOURNAL_FRACTION of its
# size, or would name more than 1/JOURNAL_FRACTION of the catalog's records (past
# JOURNAL_RECORDS_MIN), or has a line that does not read back or does not follow. The
# second, because every run follows every record the journal names: after a sync that
# changed 62,534 of 92,465 records, a journal of 908 KB (a sixteenth of the state's size)
# made each later run visit them all again, 3.7 CPU s against 1.7 (docs/scaling.md).

JOURNAL_FRACTION = 8
# Below this many records named, following the journal costs a few hundredths of a
# second (about 30 µs a record): a small archive keeps its journal.
JOURNAL_RECORDS_MIN = 1000


def state_code() -> str:
    return code_hash(STATE_CODE)[:16]


def journal_path(path: Path) -> Path:
    """The journal of a kept state (beside it).

    >>> journal_path(Path("cache/hans-0123.aggregate")).name
    'hans-0123.aggregate-journal'
    """
    return path.with_name(path.name + "-journal")


@dataclass
class Kept:
    """A kept state as read back (`read_kept`): the state as written whole and its
    generation, the journal's changes since (ids changed; each changed record's light
    front matter as the state has it, by id, for those the state holds) and the
    generation they reach (None: no state that reads back)."""

    state: AggregateState | None = None
    generation: str | None = None
    old: dict[str, dict] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    state_bytes: int = 0
    journal_bytes: int = 0
    journal_ok: bool = True
    # After `follow`: the records the journal names with this run's, and the catalog's
    named: int = 0
    catalog_size: int = 0

    def follow(self, changed_old: Iterable[Mapping], changed_ids: Iterable[str], lights) -> None:
        """Bring the state to the catalog now (`lights`): the journal's changes and this
        run's (the records as they were, `changed_old`, and the ids changed)."""
        old = dict(self.old)
        for light in changed_old:
            if light["id"] not in self.ids:
                old.setdefault(light["id"], light)
        ids = self.ids | set(changed_ids) | old.keys()
        self.run_old = {rid: light for rid, light in old.items() if rid not in self.old}
        self.run_ids = ids - self.ids
        self.named, self.catalog_size = len(ids), len(lights)
        new = [lights[rid] for rid in sorted(ids) if rid in lights]
        assert self.state is not None
        self.state.follow(old.values(), new, lights)

    def save(self, path: Path, since: str, generation: str) -> None:
        """Append this run's line to the journal (after `follow`), or write the state
        whole when the journal would grow too long or does not read back."""
        if self.journal_ok and self.state_bytes:
            change = {
                "from": since,
                "generation": generation,
                "old": list(self.run_old.values()),
                "ids": sorted(self.run_ids),
            }
            line = (json.dumps(change, ensure_ascii=False) + "\n").encode()
            short = (self.journal_bytes + len(line)) * JOURNAL_FRACTION <= self.state_bytes
            few = (
                self.named <= JOURNAL_RECORDS_MIN
                or self.named * JOURNAL_FRACTION <= self.catalog_size
            )
            if short and few:
                with journal_path(path).open("ab") as f:
                    f.write(line)
                return
        assert self.state is not None
        save_state(path, self.state, generation)


def save_state(path: Path, state: AggregateState, generation: str) -> None:
    """Write the state whole with the catalog generation it matches (read_state reads
    it), and no journal."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    head = {"version": STATE_VERSION, "code": state_code(), "generation": generation}
    with tmp.open("wb") as f:
        f.write(json.dumps(head).encode() + b"\n")
        pickle.dump((state.people, state.tags["topics"], state.tags["places"]), f, protocol=5)
    tmp.replace(path)
    # Killed here, the journal's first line does not follow the new generation: it is
    # not applied, and the next run writes the state whole again.
    journal_path(path).unlink(missing_ok=True)


def read_kept(path: Path) -> Kept:
    """The kept state at `path` with its journal's lines read in order, each while it
    starts from the generation reached (a line that does not read back or does not
    follow ends the journal, which is then not ok)."""
    state, generation = read_state(path)
    if state is None:
        return Kept(journal_ok=False)
    kept = Kept(state, generation, state_bytes=path.stat().st_size)
    try:
        journal = journal_path(path).read_bytes()
    except OSError:
        return kept
    kept.journal_bytes = len(journal)
    changes, kept.journal_ok = follow_journal(journal, kept.generation, _change_shaped)
    for change in changes:
        for light in change["old"]:
            if light["id"] not in kept.ids:
                kept.old.setdefault(light["id"], light)
        kept.ids.update(change["ids"])
        kept.generation = change["generation"]
    return kept


def _change_shaped(change: dict) -> bool:
    return (
        isinstance(change.get("old"), list)
        and all(isinstance(m, dict) and isinstance(m.get("id"), str) for m in change["old"])
        and isinstance(change.get("ids"), list)
        and all(isinstance(rid, str) for rid in change["ids"])
    )


def read_state(path: Path) -> tuple[AggregateState | None, str | None]:
    """The kept state and its catalog generation; (None, None) when it does not read
    back whole (missing, damaged, of another version or code, of another shape)."""
    try:
        handle = path.open("rb")
    except OSError:
        return None, None
    with handle:
        try:
            head = json.loads(handle.readline())
            if not (
                isinstance(head, dict)
                and head.get("version") == STATE_VERSION
                and head.get("code") == state_code()
                and isinstance(head.get("generation"), str)
            ):
                return None, None
            people, topics, places = _PlainUnpickler(handle).load()
            if handle.read(1):
                return None, None
        except Exception:  # a damaged pickle raises about anything
            return None, None
    if not all(isinstance(t, dict) for t in (people, topics, places)):
        return None, None
    return AggregateState(people, topics, places), head["generation"]
