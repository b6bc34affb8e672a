"""Bulk data downloads under output/data/, written from the records in one pass.

- records.jsonl      one record a line: ids, titles and texts in both scripts, date with
                     evidence, place, credits, officials, topics, places, provenance
- appearances.csv    one row per official per record: record id, date, person id, name,
                     title as written, roles
- officials.json     Popolo: persons, posts (one per title as written) and memberships
                     (one per person and title, with the first and last dates it was
                     seen and the records that give it as `sources`)
- topics.json, places.json
- officials/<id>.json, officials/<id>.csv   one official's appearances

The five bulk files are published gzip-compressed (records.jsonl.gz, ...: `COMPRESSED`):
a program reads them whole (pandas, jq, `zcat`, Python's gzip module), nobody reads
them in a browser in place, and compressed they are a fifth of the bytes (records.jsonl
at 1,000 synthetic records: 2.4 MB -> 0.45 MB). Their plain bytes, which the next build
takes unchanged rows from, are kept in a folder of their own outside the site
(`plain_dir`: the cache folder). An official's own two files stay plain: they are
small and linked from the official's page, to be opened as they are; so does
archive.db, which sqlite3 and Datasette open only as it is.

A rebuild writes a file only when its bytes changed (`DataFiles`): after one new report
the big files are written again, the files of the officials it does not name are not.
Everything but records.jsonl is made from each record's `RecordFacts` (its id, date,
place, officials, topics and places: what the aggregates need), which the shared
outputs keep between builds by the record's line (shared.RecordLines), so that a
rebuild parses only the records that changed; records.jsonl is written from the rows
of the records (`row_line`), the unchanged ones taken from the file in place.

The big files are still written whole after a change, but not made whole:
appearances.csv is each record's rows in turn, those of a record whose line is
unchanged taken from the file in place (`appearances_csv`, `chunks_of`), and
officials.json is each official's pieces in turn (its person and its memberships, as
indented JSON), those of an official no changed record names kept from the last build
(`officials_json`). Indented JSON is written by common/indented_json.py: the same
bytes as `json.dumps(..., indent=1)`, in fewer Python steps.

CSV files are UTF-8 with a byte order mark, which spreadsheet programs (Excel) need
to read UTF-8 rather than the system's legacy code page. Links (`url`) are absolute when
the site has an address (`site_root`), else relative to the site's root.

The schema is documented in docs/data.md; tests/test_datasets.py validates the files
against it, tests/test_popolo.py against Popolo's own schemas (docs/schema/popolo/).
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import gzip
import hashlib
import io
import json
import os
import shutil
import tempfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..common.atomic import temp_path, write_atomic
from ..common.indented_json import Encoded, indented
from ..script import name_to_traditional, to_traditional

SCHEMA_VERSION = 1
# officials.json became Popolo proper in version 2 (posts; `sources` a list of links).
OFFICIALS_SCHEMA_VERSION = 2
# CSV is written with a byte order mark: without one, Excel reads UTF-8 as the system's
# legacy code page (mojibake).
CSV_ENCODING = "utf-8-sig"
# The downloads published gzip-compressed, as NAME.gz (module docstring).
COMPRESSED = ("records.jsonl", "appearances.csv", "officials.json", "topics.json", "places.json")
APPEARANCE_COLUMNS = ("record_id", "date", "date_evidence", "person_id", "name", "title", "roles")


def record_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The public form of one record (a serialized Record): no raw text or edit log,
    which stay on the record page and in raw/<id>.txt."""
    sidecar = record.get("sidecar", {})
    return {
        "id": record["id"],
        "url": f"records/{record['id']}/",
        "title_hans": record["title_hans"],
        "title_hant": record["title_hant"],
        "date": record["date"],
        "place": record.get("place", ""),
        "text_hans": record["text_hans"],
        "text_hant": record["text_hant"],
        "credits": record.get("credits", []),
        "officials": [
            {k: m[k] for k in ("person_id", "name", "title", "roles", "start", "end")}
            for m in record.get("mentions", [])
        ],
        "topics": [{"id": t["id"], "name": t["name"]} for t in record.get("topics", [])],
        "places": [{"id": p["id"], "name": p["name"]} for p in record.get("places", [])],
        "source": {
            "file": record["source_path"],
            "sha256": record["sha256"],
            "encoding": record["encoding"],
            "url": sidecar.get("url", ""),
            "retrieved": sidecar.get("retrieved", ""),
            "raw": f"raw/{record['id']}.txt",
        },
        "findings": [
            {"code": f["code"], "severity": f["severity"], "message": f["message"]}
            for f in record.get("findings", [])
        ],
    }


def row_line(record: Mapping[str, Any]) -> bytes:
    """One line of the records.jsonl download."""
    return (json.dumps(record_row(record), ensure_ascii=False) + "\n").encode()


class RecordFacts(NamedTuple):
    """What the downloads but records.jsonl, the search index's facets and its delta
    plan need of one record (a list in JSON: kept between builds, shared.RecordLines).
    Names in Traditional script are made here, once per changed record."""

    id: str
    date: str  # resolved
    evidence: str
    place: str
    place_hans: str
    place_hant: str
    mentions: list  # [person_id, name, name_hant, title, [roles]]
    topics: list  # [id, name, name_hant]
    places: list  # [id, name]

    @classmethod
    def of(cls, record: Mapping[str, Any], registry=None) -> RecordFacts:
        place = record.get("place", "")
        place_hans = ""
        if place:
            known = registry.place(place) if registry is not None else None
            place_hans = known.name if known else place
        return cls(
            record["id"],
            record["date"]["resolved"],
            record["date"].get("evidence", ""),
            place,
            place_hans,
            name_to_traditional(place_hans) if place_hans else "",
            [
                [m["person_id"], m["name"], name_to_traditional(m["name"]), m["title"], m["roles"]]
                for m in record.get("mentions", [])
            ],
            [[t["id"], t["name"], to_traditional(t["name"])] for t in record.get("topics", [])],
            [[p["id"], p["name"]] for p in record.get("places", [])],
        )

    def compacted(self, memo: dict[str, str]) -> RecordFacts:
        """The same facts with their strings shared through `memo` (common/compact.py:
        names, titles, roles and ids repeat from record to record). Raises ValueError
        or TypeError when a mention, topic or place is not of its shape.

        >>> memo = {}
        >>> def facts(rid):  # each with strings of its own, as json.loads makes them
        ...     title = "".join(["区", "长"])
        ...     return RecordFacts(rid, "", "", "", "", "", [["p1", "甲", "甲", title, []]], [], [])
        >>> a, b = facts("a"), facts("b")
        >>> a.mentions[0][3] is b.mentions[0][3]
        False
        >>> a2, b2 = a.compacted(memo), b.compacted(memo)
        >>> a2 == a, a2.mentions[0][3] is b2.mentions[0][3]
        (True, True)
        """
        get = memo.setdefault
        return RecordFacts(
            self.id,
            get(self.date, self.date),
            get(self.evidence, self.evidence),
            get(self.place, self.place),
            get(self.place_hans, self.place_hans),
            get(self.place_hant, self.place_hant),
            [
                [get(p, p), get(n, n), get(h, h), get(t, t), [get(r, r) for r in roles]]
                for p, n, h, t, roles in self.mentions
            ],
            [[get(i, i), get(n, n), get(h, h)] for i, n, h in self.topics],
            [[get(i, i), get(n, n)] for i, n in self.places],
        )

    @classmethod
    def load(cls, value: object) -> RecordFacts | None:
        """Facts read back from JSON, or None when `value` is not of their shape."""
        if not isinstance(value, list) or len(value) != len(cls._fields):
            return None
        facts = cls(*value)
        if not all(isinstance(v, str) for v in facts[:6]) or not all(
            isinstance(v, list) for v in facts[6:]
        ):
            return None
        return facts


def facts_rows(facts: Iterable[RecordFacts]) -> Iterable[dict[str, str]]:
    for f in facts:
        for pid, name, _hant, title, roles in f.mentions:
            yield {
                "record_id": f.id,
                "date": f.date,
                "date_evidence": f.evidence,
                "person_id": pid,
                "name": name,
                "title": title,
                "roles": ";".join(roles),
            }


def appearance_rows(records: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, str]]:
    return facts_rows(RecordFacts.of(r) for r in records)


def _csv(rows: Iterable[Mapping[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=APPEARANCE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def site_link(site_root: str, path: str) -> str:
    """A link to a page of the site: absolute under `site_root` when the site has an
    address, else relative to the site's root.

    >>> site_link("https://u.github.io/repo/", "officials/p1/"), site_link("", "officials/p1/")
    ('https://u.github.io/repo/officials/p1/', 'officials/p1/')
    """
    return f"{site_root.rstrip('/')}/{path}" if site_root else path


def post_id(title: str) -> str:
    """A stable id for the post named by a title as written (ASCII, whatever the title).

    >>> post_id("区委书记") == post_id("区委书记"), post_id("区委书记") == post_id("区长")
    (True, False)
    >>> post_id("区委书记").startswith("post-")
    True
    """
    return "post-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:12]


def popolo(records: list[Mapping[str, Any]], registry=None, site_root: str = "") -> dict[str, Any]:
    """Persons, posts and memberships in Popolo (https://www.popoloproject.com/).

    A post is a title as written in the reports (the archive does not know the
    organization a title belongs to, so memberships name their post); a membership is
    one person with one title, dated by the first and last dated records that give it,
    with those records as its `sources` (links, absolute when the site has an address).

    >>> data = popolo([{"id": "a", "date": {"resolved": "2024-08-02"}, "mentions": [
    ...     {"person_id": "p1", "name": "余祥", "title": "区领导", "roles": ["attendee"]}]}],
    ...     site_root="https://h.io")
    >>> data["persons"][0]["other_names"], data["memberships"][0]["label"]
    ([{'name': '余祥', 'note': 'zh-Hant'}], '区领导')
    >>> data["memberships"][0]["post_id"] == data["posts"][0]["id"]
    True
    >>> data["memberships"][0]["sources"]
    [{'url': 'https://h.io/records/a/', 'note': 'a'}]
    """
    return popolo_of_facts([RecordFacts.of(r) for r in records], registry, site_root)


def popolo_of_facts(
    facts: Iterable[RecordFacts], registry=None, site_root: str = ""
) -> dict[str, Any]:
    """popolo(), made from the records' facts."""
    persons: dict[str, dict[str, Any]] = {}
    spans: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # -> record id: date
    for f in facts:
        for pid, name, name_hant, title, _roles in f.mentions:
            if pid not in persons:
                persons[pid] = _person(pid, name, name_hant, registry, site_root)
            if title:
                spans[(pid, title)][f.id] = f.date
    posts = {title: _post(title) for _, title in sorted(spans)}
    memberships = [
        _membership(pid, title, dated, site_root) for (pid, title), dated in sorted(spans.items())
    ]
    return {
        "persons": list(persons.values()),
        "posts": list(posts.values()),
        "memberships": memberships,
    }


def _person(pid: str, name: str, name_hant: str, registry, site_root: str) -> dict[str, Any]:
    """A Popolo person: the name of its first mention (in records.jsonl's order)."""
    official = registry.official(pid) if registry else None
    hant = (getattr(official, "name_hant", "") or "") or name_hant
    return {
        "id": pid,
        "name": name,
        "other_names": [{"name": hant, "note": "zh-Hant"}],
        "registered": official is not None,
        "links": [{"url": site_link(site_root, f"officials/{pid}/"), "note": "archive page"}],
    }


def _post(title: str) -> dict[str, Any]:
    return {
        "id": post_id(title),
        "label": title,
        "other_label": [hant] if (hant := to_traditional(title)) != title else [],
        "note": "a title as written in the reports",
    }


def _membership(pid: str, title: str, dated: Mapping[str, str], site_root: str) -> dict[str, Any]:
    """One person with one title: `dated` holds the records that give it (id: date), in
    records.jsonl's order."""
    known = sorted(d for d in dated.values() if d)
    return {
        "id": f"{pid}/{post_id(title)}",
        "person_id": pid,
        "post_id": post_id(title),
        "label": title,
        "role": title,
        "start_date": known[0] if known else None,
        "end_date": known[-1] if known else None,
        "note": "dates are the first and last record in this archive with this title",
        "sources": [{"url": site_link(site_root, f"records/{rid}/"), "note": rid} for rid in dated],
    }


# What officials.json was made of, by person id: the person's item, its memberships'
# items (each its indented JSON at its place in the file) and its titles, sorted.
OfficialsPieces = dict[str, list]


def officials_json(
    facts: Iterable[RecordFacts],
    registry=None,
    site_root: str = "",
    kept: Mapping[str, list] | None = None,
    touched: set[str] | None = None,
) -> tuple[str, OfficialsPieces]:
    """officials.json's text (the schema version and popolo_of_facts, indented), and its
    pieces by person. `kept` are the pieces of the build whose records' facts were
    compared to these (made with the same code, registry and site address), and
    `touched` the officials named by a record added, changed or removed since: the
    pieces of every other official are taken as they were, not made again (a person's
    item and memberships are made from the records that name them and nothing else).
    The posts (one per title, a few hundred) are made each time.

    >>> facts = [RecordFacts("a", "2024-08-02", "", "", "", "", [["p1", "甲", "甲", "区长", []],
    ...     ["p2", "乙", "乙", "", []]], [], []), RecordFacts("b", "2024-09-01", "", "", "", "",
    ...     [["p1", "甲", "甲", "书记", []]], [], [])]
    >>> whole = {"schema_version": OFFICIALS_SCHEMA_VERSION, **popolo_of_facts(facts)}
    >>> text, pieces = officials_json(facts)
    >>> text == json.dumps(whole, ensure_ascii=False, indent=1), pieces["p1"][2]
    (True, ['书记', '区长'])
    >>> pieces["p2"][0] = Encoded('{"kept": 1}')
    >>> '"kept"' in officials_json(facts, kept=pieces, touched={"p1"})[0]
    True
    """
    reuse = kept if kept is not None and touched is not None else {}
    made: dict[str, tuple[str, str] | None] = {}  # first appearance order; None: kept
    titles: dict[str, list[str]] = defaultdict(list)
    spans: dict[tuple[str, str], dict[str, str]] = {}
    for f in facts:
        for pid, name, name_hant, title, _roles in f.mentions:
            first = made.get(pid, ())
            if first == ():
                fresh = pid not in reuse or pid in touched  # type: ignore[operator]
                first = made[pid] = (name, name_hant) if fresh else None
            if first is not None and title:
                dated = spans.get((pid, title))
                if dated is None:
                    dated = spans[(pid, title)] = {}
                    titles[pid].append(title)
                dated[f.id] = f.date
    pieces: OfficialsPieces = {}
    for pid, first in made.items():
        if first is None:
            pieces[pid] = reuse[pid]
            continue
        mine = sorted(titles.get(pid, ()))
        pieces[pid] = [
            indented(_person(pid, *first, registry, site_root), 2),
            [indented(_membership(pid, t, spans[(pid, t)], site_root), 2) for t in mine],
            mine,
        ]
    posts: dict[str, dict[str, Any]] = {}
    by_id = sorted(pieces)
    for pid in by_id:
        for title in pieces[pid][2]:
            if title not in posts:
                posts[title] = _post(title)
    value = {
        "schema_version": OFFICIALS_SCHEMA_VERSION,
        "persons": [Encoded(pieces[pid][0]) for pid in pieces],
        "posts": list(posts.values()),
        "memberships": [Encoded(m) for pid in by_id for m in pieces[pid][1]],
    }
    return indented(value), pieces


def load_officials_pieces(value: object) -> OfficialsPieces | None:
    """Pieces read back from JSON (officials_json's second value), or None when
    `value` is not of their shape.

    >>> load_officials_pieces({"p1": ["{}", ["{}"], ["区长"]]})
    {'p1': ['{}', ['{}'], ['区长']]}
    >>> load_officials_pieces({"p1": ["{}", "{}", []]}) is None
    True
    """
    if not isinstance(value, dict):
        return None
    pieces: OfficialsPieces = {}
    for pid, piece in value.items():
        if not (
            isinstance(piece, list)
            and len(piece) == 3
            and isinstance(piece[0], str)
            and all(isinstance(x, list) and all(isinstance(s, str) for s in x) for x in piece[1:])
            and len(piece[1]) == len(piece[2])
        ):
            return None
        pieces[pid] = [Encoded(piece[0]), [Encoded(m) for m in piece[1]], piece[2]]
    return pieces


def file_identity(path: Path, digest: str) -> str:
    """What a download is known by between builds: its bytes' digest with the size
    and mtime of the file that holds them ("" when there is none)."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{digest}|{stat.st_size}|{stat.st_mtime_ns}"


@dataclass
class DataFiles:
    """The downloads of one build, each written only when its bytes differ from the
    file an earlier build wrote and left untouched (`known`: name -> file_identity,
    from the last build; `files` the same for this one).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> first = DataFiles(folder)
    >>> first.put("a.json", b"1"); first.put("b.json", b"2")
    >>> second = DataFiles(folder, first.files)
    >>> second.put("a.json", b"1"); second.put("b.json", b"3")
    >>> second.written, (folder / "b.json").read_bytes()
    (['b.json'], b'3')
    >>> _ = (folder / "a.json").write_bytes(b"edited by hand")  # its size changes
    >>> third = DataFiles(folder, second.files)
    >>> third.put("a.json", b"1"); third.written, (folder / "a.json").read_bytes()
    (['a.json'], b'1')
    """

    out_dir: Path
    known: Mapping[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    pieces: dict[str, list] = field(default_factory=dict)  # of officials.json (officials_json)
    chunk_sizes: list[int] = field(default_factory=list)  # of appearances.csv (appearances_csv)
    plain_dir: Path | None = None  # where the plain bytes of COMPRESSED are kept
    # By name: the digest of the plain bytes of the last build and (new offset, old
    # offset, length) runs copied unchanged from them (write_gzip: records.jsonl's).
    spans: dict[str, tuple[str, list]] = field(default_factory=dict)

    def path(self, name: str) -> Path:
        """Where the bytes of `name` are written: a file of COMPRESSED in `plain_dir`
        (published as NAME.gz: publish_compressed), any other in `out_dir`."""
        if self.plain_dir is not None and name in COMPRESSED:
            return self.plain_dir / name
        return self.out_dir / name

    def publish_compressed(self) -> None:
        """Write OUT_DIR/NAME.gz of each file of COMPRESSED in `plain_dir` whose bytes
        were written by this build, or whose .gz is not the one the last build wrote.

        >>> folder = Path(tempfile.mkdtemp())
        >>> first = DataFiles(folder / "out", plain_dir=folder / "plain")
        >>> first.put("topics.json", b"{}"); first.publish_compressed()
        >>> gzip.decompress((folder / "out" / "topics.json.gz").read_bytes())
        b'{}'
        >>> sorted(p.name for p in first.paths()), (folder / "out" / "topics.json").exists()
        (['topics.json.gz'], False)
        >>> again = DataFiles(first.out_dir, first.files, plain_dir=first.plain_dir)
        >>> again.put("topics.json", b"{}"); again.publish_compressed(); again.written
        []
        """
        if self.plain_dir is None:
            return
        for name in COMPRESSED:
            if name not in self.files:
                continue
            digest = self.files[name].split("|", 1)[0]
            gz = self.out_dir / f"{name}.gz"
            identity = self.known.get(gz.name)
            if name in self.written or not identity or identity != file_identity(gz, digest):
                kept = self.plain_dir / "gz"
                if (kept / name).is_dir():  # members by digest, as builds before 12n kept them
                    shutil.rmtree(kept / name, ignore_errors=True)
                spans = self.spans.get(name)
                write_gzip(self.plain_dir / name, gz, kept / f"{name}.index", spans, digest)
                self.written.append(gz.name)
            self.files[gz.name] = file_identity(gz, digest)

    def put(self, name: str, data: bytes) -> None:
        self.put_made(name, data, lambda: data)

    def put_made(self, name: str, source: bytes, make: Callable[[], bytes]) -> None:
        """Write the bytes `make` gives, made from `source` alone (with the code, which
        the caller's `known` is for), only when `source` or the file changed: the
        bytes of a file whose source is unchanged are not even made.

        >>> import tempfile
        >>> made = []
        >>> files = DataFiles(Path(tempfile.mkdtemp()))
        >>> files.put_made("p.json", b"rows", lambda: made.append(1) or b"[rows]")
        >>> again = DataFiles(files.out_dir, files.files)
        >>> again.put_made("p.json", b"rows", lambda: made.append(2) or b"[rows]")
        >>> made, again.written
        ([1], [])
        """
        path = self.path(name)
        digest = hashlib.sha256(source).hexdigest()[:32]
        identity = self.known.get(name)
        if not identity or identity != file_identity(path, digest):
            write_atomic(path, make())  # whole or not at all (output_files)
            self.written.append(name)
            identity = file_identity(path, digest)
        self.files[name] = identity

    def put_chunks(self, name: str, chunks: Iterable[bytes]) -> None:
        """put() of the bytes `chunks` gives, joined, without holding them: written as
        they come to a file beside the download (hashed on the way), which replaces it
        only when its bytes differ from the file an earlier build wrote and left (else
        it is removed, and the download keeps its mtime).

        >>> import tempfile
        >>> first = DataFiles(Path(tempfile.mkdtemp()))
        >>> first.put_chunks("r.jsonl", [b"a\\n", b"b\\n"])
        >>> again = DataFiles(first.out_dir, first.files)
        >>> again.put_chunks("r.jsonl", iter([b"a\\nb\\n"]))
        >>> again.written, again.files == first.files
        ([], True)
        >>> sorted(p.name for p in first.out_dir.iterdir())  # no file left beside it
        ['r.jsonl']
        >>> again.put("r.jsonl", b"a\\nb\\n"); again.files == first.files
        True
        """
        path = self.path(name)
        tmp = temp_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        try:
            with tmp.open("wb") as f:
                for chunk in chunks:
                    digest.update(chunk)
                    f.write(chunk)
            short = digest.hexdigest()[:32]
            identity = self.known.get(name)
            if identity and identity == file_identity(path, short):
                tmp.unlink()
            else:
                os.replace(tmp, path)
                self.written.append(name)
                identity = file_identity(path, short)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self.files[name] = identity

    def keep(self, name: str) -> bool:
        """Keep the file an earlier build wrote under `name`, without making its
        bytes, when the caller knows its source is unchanged: True when the file is
        still the one `known` names (its size and mtime), else False (make it).

        >>> import tempfile
        >>> first = DataFiles(Path(tempfile.mkdtemp()))
        >>> first.put("a.json", b"1")
        >>> again = DataFiles(first.out_dir, first.files)
        >>> again.keep("a.json"), again.keep("b.json"), again.files == first.files
        (True, False, True)
        >>> _ = (first.out_dir / "a.json").write_bytes(b"edited")
        >>> DataFiles(first.out_dir, first.files).keep("a.json")
        False
        """
        identity = self.known.get(name)
        if not identity:
            return False
        digest = identity.split("|", 1)[0]
        if file_identity(self.path(name), digest) != identity:
            return False
        self.files[name] = identity
        return True

    def paths(self) -> list[Path]:
        """The published files (not the plain bytes kept in `plain_dir`)."""
        kept_plain = COMPRESSED if self.plain_dir is not None else ()
        return [self.out_dir / name for name in self.files if name not in kept_plain]


# About how many bytes of a compressed download one gzip member holds (write_gzip).
MEMBER_BYTES = 1 << 18
# A member is found again by its first bytes (then checked by its digest): write_gzip.
HEAD_BYTES = 64
GZIP_INDEX_VERSION = 1


# What write_gzip did, by the .gz's name (counted for tests/test_gzip_patch_12n.py):
# "lines" whose CRC-32 was taken to cut pieces, members "compressed", members "kept"
# (copied from the .gz in place), bytes "hashed" to check a kept piece found by its
# first bytes, "full" passes (no usable index: every line cut, every piece compressed).
GZIP_WORK: defaultdict[str, Counter] = defaultdict(Counter)


class _Member(NamedTuple):
    start: int  # in the plain file
    size: int
    gz_start: int  # in the .gz
    gz_size: int
    digest: str  # of the plain piece (sha256, 32 hex digits)
    head: int  # CRC-32 of its first HEAD_BYTES bytes


def write_gzip(
    source: Path,
    target: Path,
    index: Path | None = None,
    spans: tuple[str, list[tuple[int, int, int]]] | None = None,
    digest: str = "",
) -> None:
    r"""`target`: the bytes of `source` gzip-compressed (level 6), replacing `target`
    whole or not at all; the same bytes for the same input (no name, mtime 0).

    The file is a series of gzip members (which gunzip, zcat and Python's gzip read as
    one stream), each of a piece of `source` that ends after a line chosen by the line's
    own bytes (`_next_piece`), so that a line added or changed changes one piece and leaves
    the others as they were. With a file `index` (kept between builds: each member's
    place and size in both files, its piece's digest and first bytes, and the identity
    of the .gz they describe), the next build walks the new `source` piece by piece:
    where an old member's piece is found again (its first bytes, then its digest) its
    compressed bytes are copied from the .gz in place (in the kernel:
    os.copy_file_range) without being read or compressed; only around a change are
    lines read and cut, and pieces compressed. `spans` (the digest of the plain bytes
    the last build compressed, and (new offset, old offset, length) runs of `source`
    copied unchanged from them: records.jsonl's kept rows) spare the digest of the
    pieces inside them: an unchanged piece is not even read. The .gz is still made
    beside `target` and replaces it (output/ is never patched in place); `digest`
    names the plain bytes in the index, for the next build's `spans`. An index that
    does not describe the .gz in place (another file, damaged, lost) is ignored: every
    line is cut and every piece compressed (the full pass), with the same bytes.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> lines = (b"line %d %s\n" % (i, b"x" * 90) for i in range(9000))  # 0.9 MB
    >>> _ = (folder / "a.jsonl").write_bytes(b"".join(lines))
    >>> write_gzip(folder / "a.jsonl", folder / "a.jsonl.gz", folder / "a.index")
    >>> gzip.decompress((folder / "a.jsonl.gz").read_bytes()) == (folder / "a.jsonl").read_bytes()
    True
    >>> with (folder / "a.jsonl").open("ab") as f:
    ...     _ = f.write(b"one more line\n")
    >>> GZIP_WORK.clear()
    >>> write_gzip(folder / "a.jsonl", folder / "a.jsonl.gz", folder / "a.index")
    >>> work = GZIP_WORK["a.jsonl.gz"]
    >>> work["compressed"], work["kept"], work["lines"] < 9000  # the last piece's lines
    (1, 1, True)
    >>> write_gzip(folder / "a.jsonl", folder / "c.jsonl.gz")  # without an index: the same
    >>> (folder / "a.jsonl.gz").read_bytes() == (folder / "c.jsonl.gz").read_bytes()
    True
    """
    old = _load_gzip_index(index, target) if index is not None else None
    tmp = temp_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    members: list[_Member] = []
    try:
        with source.open("rb") as src, tmp.open("wb", buffering=0) as out:
            size = os.fstat(src.fileno()).st_size
            work = GZIP_WORK[target.name]
            if old is None:
                work["full"] += 1
                closed = _patch(src.fileno(), size, None, out, {}, None, members, work)
            else:
                copies = _copies(spans, old[0])
                with target.open("rb") as prev:
                    closed = _patch(src.fileno(), size, prev, out, old[1], copies, members, work)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if index is not None:
        stat = target.stat()
        saved = {
            "version": GZIP_INDEX_VERSION,
            "gz": f"{stat.st_size}|{stat.st_mtime_ns}",
            "plain": digest,
            "closed": closed,
            "members": [[m.size, m.gz_size, m.digest, m.head] for m in members],
        }
        write_atomic(index, json.dumps(saved, separators=(",", ":")).encode())


def _load_gzip_index(index: Path, target: Path) -> tuple[str, dict[int, list[_Member]]] | None:
    """The members an index names, by their head, when the index describes the .gz in
    place (its size and mtime, its members' sizes adding up to it); else None."""
    try:
        saved = json.loads(index.read_bytes())
        stat = target.stat()
        if (
            saved.get("version") != GZIP_INDEX_VERSION
            or saved.get("gz") != f"{stat.st_size}|{stat.st_mtime_ns}"
        ):
            return None
        heads: dict[int, list[_Member]] = defaultdict(list)
        start = gz_start = 0
        rows = saved["members"]
        for n, (size, gz_size, digest, head) in enumerate(rows):
            if not (
                type(size) is int
                and size > 0
                and type(gz_size) is int
                and gz_size > 0
                and isinstance(digest, str)
                and type(head) is int
            ):
                return None
            if n < len(rows) - 1 or saved.get("closed") is True:  # else it ends at EOF only
                heads[head].append(_Member(start, size, gz_start, gz_size, digest, head))
            start += size
            gz_start += gz_size
        if gz_start != stat.st_size or not isinstance(saved.get("plain", ""), str):
            return None
        return saved.get("plain", ""), heads
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _copies(spans, plain: str) -> list[tuple[int, int, int]] | None:
    """`spans` when they copy from the plain bytes the index was made of, else None."""
    if spans is None or not plain or spans[0] != plain:
        return None
    return spans[1]


def _copied(copies, at: int, member: _Member) -> bool:
    """Whether the plain bytes at `at` of `member`'s size are copied unchanged from
    `member`'s piece (within one of the runs `copies`, sorted by their new offset)."""
    n = bisect.bisect_right(copies, (at, float("inf"))) - 1
    if n < 0:
        return False
    new, old, size = copies[n]
    return at + member.size <= new + size and old + (at - new) == member.start


def _patch(fd, size, prev, out, heads, copies, members, work: Counter) -> bool:
    """Write the members of the plain file `fd` (of `size` bytes) to `out`, kept ones
    (`heads`: the index's, by head) copied from the .gz `prev`; append them to
    `members`. Returns whether the last piece ended after a whole line that ends a
    piece (else at EOF only: that member is not taken again, its line may go on)."""
    at = gz_at = 0
    closed = True
    run = [0, 0]  # kept members' bytes in prev, not copied yet: [start, end)
    starts = {m.start: m for ms in heads.values() for m in ms} if copies else {}
    while at < size:
        found = _kept(fd, at, size, heads, copies, starts, work) if heads else None
        if found is not None:
            work["kept"] += 1
            if run[1] != found.gz_start:
                _copy(prev, out, run)
                run = [found.gz_start, found.gz_start]
            run[1] += found.gz_size
            members.append(found._replace(start=at, gz_start=gz_at))
            at += found.size
            gz_at += found.gz_size
            closed = True
            continue
        _copy(prev, out, run)
        run = [0, 0]
        piece, closed = _next_piece(fd, at, size, work)
        closed = closed and piece.endswith(b"\n")  # a last line without one may go on
        data = gzip.compress(piece, compresslevel=6, mtime=0)
        work["compressed"] += 1
        head = zlib.crc32(piece[:HEAD_BYTES])
        members.append(_Member(at, len(piece), gz_at, len(data), _digest(piece), head))
        out.write(data)
        at += len(piece)
        gz_at += len(data)
    _copy(prev, out, run)
    return closed


def _digest(piece: bytes) -> str:
    return hashlib.sha256(piece).hexdigest()[:32]


def _kept(fd, at, size, heads, copies, starts, work: Counter) -> _Member | None:
    """The index's member whose piece is the plain file's at `at`, if one is: the one
    the runs `copies` put there (not read), else one with the same first bytes and
    digest. A member ends after a line that ends a piece, so it is the piece the cut
    would make from `at` (a piece's start)."""
    if copies:
        n = bisect.bisect_right(copies, at, key=lambda run: run[0]) - 1
        if n >= 0:
            new, old, length = copies[n]
            member = starts.get(old + (at - new))
            if member is not None and at + member.size <= new + length:
                return member
    head = zlib.crc32(os.pread(fd, HEAD_BYTES, at))
    for member in heads.get(head, ())[:4]:
        if at + member.size > size:
            continue
        piece = os.pread(fd, member.size, at)
        work["hashed"] += len(piece)
        if len(piece) == member.size and _digest(piece) == member.digest:
            return member
    return None


def _next_piece(fd, at: int, size: int, work: Counter) -> tuple[bytes, bool]:
    """The piece of the plain file `fd` that starts at `at`: up to and with the first
    line whose CRC-32 modulo MEMBER_BYTES is below its length (a line ends a piece with
    a chance in proportion to its length: pieces of about MEMBER_BYTES, chosen by the
    lines' bytes alone), or to EOF; and whether it ended on such a line."""
    buf = bytearray()
    scan = 0
    while True:
        nl = buf.find(b"\n", scan)
        if nl < 0:
            more = os.pread(fd, min(MEMBER_BYTES, size - at - len(buf)), at + len(buf))
            if more:
                buf += more
                continue
            if scan == len(buf):  # EOF after a line that does not end a piece
                return bytes(buf), False
            nl = len(buf) - 1  # a last line without a newline
        line = buf[scan : nl + 1]
        work["lines"] += 1
        scan = nl + 1
        if zlib.crc32(line) % MEMBER_BYTES < len(line):
            return bytes(buf[:scan]), True
        if scan >= len(buf) and at + scan >= size:
            return bytes(buf), False


def _copy(prev, out, run: list[int]) -> None:
    """Copy the bytes [run[0], run[1]) of the file `prev` to the end of `out` (raw,
    unbuffered): in the kernel when it can."""
    start, end = run
    while start < end:
        try:
            done = os.copy_file_range(prev.fileno(), out.fileno(), end - start, start)
        except OSError:
            done = 0
        if done <= 0:  # not supported here (or nothing copied): read and write
            data = os.pread(prev.fileno(), min(end - start, 1 << 20), start)
            if not data:
                raise OSError(f"{prev.name}: shorter than its index says")
            out.write(data)
            done = len(data)
        start += done


def write_datasets(
    records: list[Mapping[str, Any]],
    out_dir: Path,
    registry=None,
    site_root: str = "",
    known: Mapping[str, str] | None = None,
    plain_dir: Path | None = None,
) -> DataFiles:
    """Write every download (each only when its bytes changed: `known` is the last
    build's `DataFiles.files`); return them. Links are absolute under `site_root` when
    it is given. The plain bytes of the compressed ones are kept in `plain_dir` (in a
    temporary folder, removed, when None)."""
    return write_downloads(
        [RecordFacts.of(r, registry) for r in records],
        b"".join(row_line(r) for r in records),
        out_dir,
        registry,
        site_root,
        known,
        plain_dir=plain_dir,
    )


def write_downloads(
    facts: list[RecordFacts],
    rows: bytes | Iterable[bytes],
    out_dir: Path,
    registry=None,
    site_root: str = "",
    known: Mapping[str, str] | None = None,
    touched: set[str] | None = None,
    pieces: Mapping[str, list] | None = None,
    chunks: tuple[list[str], Mapping[str, bytes]] | None = None,
    plain_dir: Path | None = None,
    spans: list | None = None,
) -> DataFiles:
    """write_datasets() from the records' facts (see _write_downloads), the files of
    COMPRESSED made in `plain_dir` (a temporary folder when None) and published as
    NAME.gz in `out_dir`. `spans`, filled as `rows` are given, are the runs of the
    rows taken unchanged from the records.jsonl `known` names (write_gzip)."""
    with contextlib.ExitStack() as cleanup:
        if plain_dir is None:
            plain_dir = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="plain-")))
        data = _write_downloads(
            facts, rows, out_dir, registry, site_root, known, touched, pieces, chunks, plain_dir
        )
        old = (known or {}).get("records.jsonl", "").split("|", 1)[0]
        if spans is not None and old:
            data.spans["records.jsonl"] = (old, spans)
        data.publish_compressed()
    return data


def _write_downloads(
    facts: list[RecordFacts],
    rows: bytes | Iterable[bytes],
    out_dir: Path,
    registry,
    site_root: str,
    known: Mapping[str, str] | None,
    touched: set[str] | None,
    pieces: Mapping[str, list] | None,
    chunks: tuple[list[str], Mapping[str, bytes]] | None,
    plain_dir: Path,
) -> DataFiles:
    """write_datasets() from the records' facts and the records.jsonl download's bytes
    (`rows`: their row_line()s, whole or in pieces). `touched`, when given, holds every
    official named by a record added, changed or removed since the build that wrote
    `known`: the files of the others are kept as they are when they still are
    (DataFiles.keep), without making their rows, and so are their pieces of
    officials.json (`pieces`, of that build: officials_json). The pieces of this build
    are `DataFiles.pieces`. `chunks`, when given, are the records' line digests (in the
    order of `facts`) and appearances.csv's rows of the records of an earlier build by
    digest (appearances_csv): those are not made again."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plain_dir.mkdir(parents=True, exist_ok=True)
    data = DataFiles(out_dir, known or {}, plain_dir=plain_dir)

    def put(name: str, text: str, encoding: str = "utf-8") -> None:
        data.put(name, text.encode(encoding))

    if isinstance(rows, bytes):
        data.put("records.jsonl", rows)
    else:
        data.put_chunks("records.jsonl", rows)
    digests, old_chunks = chunks if chunks is not None else (None, {})
    csv_bytes, data.chunk_sizes = appearances_csv(facts, digests, old_chunks)
    data.put("appearances.csv", csv_bytes)
    del csv_bytes
    text, data.pieces = officials_json(facts, registry, site_root, pieces, touched)
    put("officials.json", text)
    del text
    # Each official's rows, grouped for the officials whose files are made: those a
    # changed record names (or all, without `touched`); every official when a file
    # that should be kept is not (edited by hand, lost).
    per_person = _rows_by_person(facts, touched)
    for pid in data.pieces:  # first appearance order, as the rows give it
        csv_name, json_name = f"officials/{pid}.csv", f"officials/{pid}.json"
        if touched is not None and pid not in touched:
            # Rows unchanged since `known` was written: keep both files if they are there.
            kept = data.keep(csv_name)
            if data.keep(json_name) and kept:
                continue
            if pid not in per_person:
                per_person = _rows_by_person(facts, None)
        rows_of = per_person[pid]
        # An official's two files are made from their rows only (made only for the
        # officials whose rows changed).
        source = json.dumps(rows_of, ensure_ascii=False).encode()
        data.put_made(csv_name, source, lambda rows=rows_of: _csv(rows).encode(CSV_ENCODING))
        data.put_made(json_name, source, lambda pid=pid, rows=rows_of: person_json(pid, rows))
    for key in ("topics", "places"):
        table: dict[str, dict[str, Any]] = {}
        for f in facts:
            for tag in f.topics if key == "topics" else f.places:
                entry = table.setdefault(tag[0], {"id": tag[0], "name": tag[1], "records": []})
                entry["records"].append(f.id)
        put(f"{key}.json", indented({"schema_version": SCHEMA_VERSION, key: list(table.values())}))
    return data


def person_json(pid: str, rows: list[dict[str, str]]) -> bytes:
    """An official's JSON download: the schema version, the person's id and one
    appearance row a line, without indentation (opened in place from the official's page;
    an indent of one was a fifth of its bytes: 0.97 -> 0.79 MB at 1,000 synthetic records).

    >>> rows = [{"record_id": "a", "roles": "chair"}, {"record_id": "b"}]
    >>> print(person_json("p1", rows).decode())
    {"schema_version":1,"person_id":"p1","appearances":[
    {"record_id":"a","roles":"chair"},
    {"record_id":"b"}
    ]}
    <BLANKLINE>
    >>> json.loads(person_json("p1", []))["appearances"]
    []
    """
    tight = {"ensure_ascii": False, "separators": (",", ":")}
    head = json.dumps({"schema_version": SCHEMA_VERSION, "person_id": pid}, **tight)[:-1]
    body = ",\n".join(json.dumps(r, **tight) for r in rows)
    return f'{head},"appearances":[\n{body}{chr(10) if body else ""}]}}\n'.encode()


def _rows_by_person(
    facts: Iterable[RecordFacts], only: set[str] | None
) -> dict[str, list[dict[str, str]]]:
    """The appearance rows (facts_rows) of each official of `only` (of all when None)."""
    per_person: dict[str, list[dict[str, str]]] = defaultdict(list)
    if only is None:
        for row in facts_rows(facts):
            per_person[row["person_id"]].append(row)
        return per_person
    for f in facts:
        if any(m[0] in only for m in f.mentions):
            for row in facts_rows([f]):
                if row["person_id"] in only:
                    per_person[row["person_id"]].append(row)
    return per_person


def appearances_csv(
    facts: list[RecordFacts],
    digests: list[str] | None = None,
    old: Mapping[str, bytes] | None = None,
) -> tuple[bytes, list[int]]:
    """appearances.csv's bytes (what _csv(facts_rows(facts)) writes, in CSV_ENCODING),
    and the size of each record's rows in them, in order. The rows of a record whose
    line digest (`digests[i]` for facts[i]) is in `old` are taken from there (the rows
    of an earlier build, by digest: chunks_of), not made again. A CSV writer holds no
    state from one row to the next, so rows written apart are the same text.

    >>> facts = [RecordFacts("a", "2024", "", "", "", "", [["p1", "甲", "甲", "区长, 书记",
    ...     ["chair", "leader"]]], [], []), RecordFacts("b", "", "", "", "", "", [], [], [])]
    >>> data, sizes = appearances_csv(facts)
    >>> data == _csv(facts_rows(facts)).encode(CSV_ENCODING), sizes
    (True, [45, 0])
    >>> appearances_csv(facts, ["d1", "d2"], {"d1": b"kept\\n"})[0].endswith(b"\\nkept\\n")
    True
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    parts = [_csv_header()]
    sizes = []
    old = old or {}
    for i, f in enumerate(facts):
        chunk = old.get(digests[i]) if digests is not None else None
        if chunk is None:
            buf.seek(0)
            buf.truncate()
            writer.writerows(
                (f.id, f.date, f.evidence, pid, name, title, ";".join(roles))
                for pid, name, _hant, title, roles in f.mentions
            )
            chunk = buf.getvalue().encode()
        parts.append(chunk)
        sizes.append(len(chunk))
    return b"".join(parts), sizes


def _csv_header() -> bytes:
    """appearances.csv's first bytes: the byte order mark and the header row."""
    return (",".join(APPEARANCE_COLUMNS) + "\n").encode(CSV_ENCODING)


def chunks_of(data: bytes, digests: list[str], sizes: list[int]) -> dict[str, bytes]:
    """Each record's rows in appearances.csv's bytes `data`, by its line digest, from the
    sizes appearances_csv gave when it made them ({} when they do not add up to `data`).

    >>> facts = [RecordFacts("a", "", "", "", "", "", [["p1", "甲", "甲", "", []]], [], [])]
    >>> data, sizes = appearances_csv(facts)
    >>> chunks_of(data, ["d1"], sizes)
    {'d1': b'a,,,p1,\\xe7\\x94\\xb2,,\\n'}
    >>> chunks_of(data, ["d1"], [3]), chunks_of(data + b"x", ["d1"], sizes)
    ({}, {})
    """
    header = _csv_header()
    if (
        len(digests) != len(sizes)
        or not data.startswith(header)
        or len(header) + sum(sizes) != len(data)
    ):
        return {}
    chunks = {}
    at = len(header)
    for digest, size in zip(digests, sizes, strict=True):
        chunks[digest] = data[at : at + size]
        at += size
    return chunks
