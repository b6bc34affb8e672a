"""Officials, topics and places across the archive: one pass over the records.

Everything here is linear in the number of records: each record adds its own mentions
and tags to per-person, per-topic and per-place summaries; co-appearances are counted
within a record (a record names a bounded number of people), never by scanning all
records per official. The input is what the content files hold (`RecordView`), so the
Pelican glue and the tests feed it the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import ROLES


@dataclass(frozen=True)
class RecordView:
    """What aggregation needs of one record: its id, link, title, date and metadata
    (the content file's front matter: mentions, topics, places)."""

    id: str
    url: str
    title: str
    date: str  # resolved ISO date or "" (undated)
    meta: Mapping[str, Any]
    item: Any = None  # the record's catalog item, handed back to templates and feeds


@dataclass(frozen=True)
class Appearance:
    record: RecordView
    title_as_written: str
    roles: tuple[str, ...]
    learned_from: str = ""  # the record that taught the name (ingest/learned.py), or ""


@dataclass
class PersonSummary:
    id: str
    name: str
    appearances: list[Appearance] = field(default_factory=list)
    co: Counter = field(default_factory=Counter)  # person id -> records shared
    names: dict[str, str] = field(default_factory=dict)  # co-person id -> name

    @property
    def count(self) -> int:
        return len(self.appearances)

    @property
    def dated(self) -> list[Appearance]:
        return [a for a in self.appearances if a.record.date]

    @property
    def last_seen(self) -> str:
        return max((a.record.date for a in self.appearances), default="")

    @property
    def latest_title(self) -> str:
        """The title as written in the most recent dated record that gives one (of two
        on the same date, the one listed first); else the first one given. One pass, no
        sort: the officials index asks it of every official in each run that renders it.

        >>> from types import SimpleNamespace as N
        >>> def seen(*rows):
        ...     p = PersonSummary("p", "甲")
        ...     p.appearances = [N(record=N(date=d), title_as_written=t) for d, t in rows]
        ...     return p.latest_title
        >>> seen(("2024-01", "乡长"), ("2024-03", ""), ("2024-02-05", "副乡长"))
        '副乡长'
        >>> seen(("2024-02", "镇长"), ("2024-02", "副镇长"), ("", "书记"))
        '镇长'
        >>> seen(("2024-02", ""), ("", "书记"), ("", "县长")), seen(("2024", ""))
        ('书记', '')
        """
        latest = None
        for a in self.appearances:
            date = a.record.date
            if date and a.title_as_written and (latest is None or date > latest.record.date):
                latest = a
        if latest is not None:
            return latest.title_as_written
        return next((a.title_as_written for a in self.appearances if a.title_as_written), "")

    @property
    def role_counts(self) -> list[tuple[str, int]]:
        counts = Counter(role for a in self.appearances for role in a.roles)
        return [(role, counts[role]) for role in ROLES if counts[role]]

    @property
    def titles(self) -> list[tuple[str, str, str, int]]:
        """Titles as written over time: (title, first date, last date, records)."""
        spans: dict[str, list[str]] = defaultdict(list)
        for a in self.appearances:
            if a.title_as_written:
                spans[a.title_as_written].append(a.record.date)
        rows = []
        for title, dates in spans.items():
            known = sorted(d for d in dates if d)
            rows.append((title, known[0] if known else "", known[-1] if known else "", len(dates)))
        return sorted(rows, key=lambda r: (r[2], r[1]), reverse=True)

    @property
    def by_year(self) -> list[tuple[str, list[Appearance]]]:
        years: dict[str, list[Appearance]] = defaultdict(list)
        for a in self.appearances:
            years[a.record.date[:4] or "undated"].append(a)
        return [
            (y, sorted(years[y], key=lambda a: a.record.date, reverse=True))
            for y in sorted(years, key=lambda y: (y != "undated", y), reverse=True)
        ]

    @property
    def months(self) -> Counter:
        return Counter(a.record.date[:7] for a in self.appearances if len(a.record.date) >= 7)

    @property
    def co_appearing(self) -> list[tuple[str, str, int]]:
        return [
            (pid, self.names[pid], n)
            for pid, n in sorted(self.co.items(), key=lambda kv: (-kv[1], self.names[kv[0]]))
        ]


@dataclass
class TagSummary:
    id: str
    name: str
    records: list[RecordView] = field(default_factory=list)
    evidence: Counter = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return len(self.records)

    @property
    def last_seen(self) -> str:
        return max((r.date for r in self.records), default="")


@dataclass
class LearnedName:
    """A name found without a title in some records, learned from a titled mention in
    another record of the same place and period (for curation on the build report)."""

    person_id: str
    name: str
    place: str
    records: int = 0
    taught_by: set[str] = field(default_factory=set)


@dataclass
class Archive:
    people: dict[str, PersonSummary]
    topics: dict[str, TagSummary]
    places: dict[str, TagSummary]
    learned: dict[str, LearnedName] = field(default_factory=dict)  # by person id

    def learned_rows(self, teachers: int = 5) -> list[dict]:
        """The learned names for the build report, most records first (at most
        `teachers` teaching records each, by id)."""
        rows = [
            {
                "id": n.person_id,
                "name": n.name,
                "place": n.place,
                "records": n.records,
                "taught_by": sorted(n.taught_by)[:teachers],
            }
            for n in self.learned.values()
        ]
        return sorted(rows, key=lambda r: (-r["records"], r["id"]))


def touched_summaries(changed: Iterable[Mapping[str, Any]]) -> dict[str, set[str]] | None:
    """The people, topics and places (Archive's families, by id) that the records in
    `changed` name (their metadata, as they were and as they are: the record catalog's
    `changed`): the only summaries a change can have touched. None when a record's
    metadata is not of the shape aggregate reads (then nothing is known to be untouched).

    >>> touched = touched_summaries([{"mentions": [{"person_id": "p1"}], "topics": [{"id": "t1"}]},
    ...                              {"places": [{"id": "x"}], "mentions": [{"person_id": "p2"}]}])
    >>> {family: sorted(ids) for family, ids in touched.items()}
    {'people': ['p1', 'p2'], 'topics': ['t1'], 'places': ['x']}
    >>> touched_summaries([{"mentions": "p1"}]) is None
    True
    """
    touched: dict[str, set[str]] = {"people": set(), "topics": set(), "places": set()}
    try:
        for meta in changed:
            touched["people"].update(m["person_id"] for m in meta.get("mentions", ()) or ())
            for key in ("topics", "places"):
                touched[key].update(tag["id"] for tag in meta.get(key, ()) or ())
    except (TypeError, KeyError, AttributeError):
        return None
    if not all(isinstance(i, str) for ids in touched.values() for i in ids):
        return None
    return touched


def aggregate(records: Iterable[RecordView]) -> Archive:
    """Summaries of every person, topic and place named in `records`.

    >>> r1 = RecordView("a", "records/a/", "会议", "2024-08-02", {"mentions": [
    ...     {"person_id": "p1", "name": "潘功发", "title": "区委书记", "roles": ["chair"]},
    ...     {"person_id": "p2", "name": "金玉", "title": "区领导", "roles": ["attendee"]}],
    ...     "topics": [{"id": "t1", "name": "招商引资", "evidence": ["招商引资"]}]})
    >>> r2 = RecordView("b", "records/b/", "调研", "2024-09-01", {"mentions": [
    ...     {"person_id": "p1", "name": "潘功发", "title": "区委书记", "roles": ["leader"]}]})
    >>> a = aggregate([r1, r2])
    >>> a.people["p1"].count, a.people["p1"].role_counts, a.people["p1"].co_appearing
    (2, [('chair', 1), ('leader', 1)], [('p2', '金玉', 1)])
    >>> a.topics["t1"].count, a.people["p2"].last_seen
    (1, '2024-08-02')
    """
    people: dict[str, PersonSummary] = {}
    topics: dict[str, TagSummary] = {}
    places: dict[str, TagSummary] = {}
    learned: dict[str, LearnedName] = {}
    for record in records:
        mentions = [m for m in record.meta.get("mentions", ()) if m.get("person_id")]
        for m in mentions:
            # get-then-create: setdefault would build a summary (and its Counter) per
            # mention, tens of thousands of times.
            person = people.get(m["person_id"])
            if person is None:
                person = people[m["person_id"]] = PersonSummary(m["person_id"], m["name"])
            taught_by = m.get("learned_from", "")
            person.appearances.append(
                Appearance(record, m.get("title", ""), tuple(m.get("roles", ())), taught_by)
            )
            if taught_by:
                entry = learned.get(m["person_id"])
                if entry is None:
                    entry = learned[m["person_id"]] = LearnedName(
                        m["person_id"], m["name"], record.meta.get("place", "")
                    )
                entry.records += 1
                entry.taught_by.add(taught_by)
            for other in mentions:
                if other["person_id"] != m["person_id"]:
                    person.co[other["person_id"]] += 1
                    person.names[other["person_id"]] = other["name"]
        for key, table in (("topics", topics), ("places", places)):
            for tag in record.meta.get(key, ()):
                summary = table.get(tag["id"])
                if summary is None:
                    summary = table[tag["id"]] = TagSummary(tag["id"], tag["name"])
                summary.records.append(record)
                summary.evidence.update(tag.get("evidence", ()))
    for summary in (*people.values(), *topics.values(), *places.values()):
        items = summary.appearances if isinstance(summary, PersonSummary) else summary.records
        items.sort(
            key=lambda x: (getattr(x, "record", x).date, getattr(x, "record", x).id), reverse=True
        )
    return Archive(people, topics, places, learned)
