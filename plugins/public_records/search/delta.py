"""Keep the search index cheap to update: the main index, built from scratch now and then,
and a small delta beside it that holds the records added or changed since and lists the
main index's records that are gone (docs/search.md, "The delta").

Records are numbered by date in the main index (a year or a month is a range of numbers),
so one new record would shift every later number: the main index is never patched. A build
compares the records with what the main index was built from (a state file kept in the
build's cache, outside the published output) and writes

- `delta-<hash>.json.gz`: every record added or changed since the main build, with its
  folded text (matched by a plain substring scan), what the result list shows and what
  the filters need; the main index's numbers of the records removed or changed (the
  client drops them from main results); and the facet catalogue's rows whose counts
  changed. The name holds a hash of the content, so a browser holding a stale cached
  meta can never combine it with a newer delta;
- `meta.json.gz` again, naming the delta (the only main-index file that changes).

When the delta outgrows its bound (DELTA_MAX_FRACTION of the records, at least
DELTA_MIN_RECORDS, and at most DELTA_MAX_BYTES compressed), or the code or the registry
changed, or the state does not match the index in place, the main index is rebuilt from
scratch and the delta starts empty. A full build costs O(N); it happens at most once per
DELTA_MAX_FRACTION * N changed records (or per DELTA_MAX_BYTES of them), so the
amortised cost of a change stays bounded, and a query never scans more than the bound.
"""

from __future__ import annotations

import bisect
import gzip
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..common.atomic import write_atomic
from .index import (
    FORMAT_VERSION,
    IndexStats,
    SearchDoc,
    _dumps,
    build_token,
    deltas,
    doc_hash,
    facet_catalogue,
    folded_text,
    record_value,
    sort_key,
    write_index,
)

logger = logging.getLogger(__name__)

# The bound (docs/search.md gives the measurements behind it). A full build of 10,000
# records costs about 25 CPU s; a delta build about 1 CPU s whatever its size. What the
# delta costs is on the reader's side: it is fetched once per page load and scanned on
# every query. 128 KiB compressed keeps the heaviest query (166 KiB) and a full delta
# under the 300 KiB a query may read; 2% of the records keeps the delta small against
# the main index on small archives, where a full build is cheap anyway.
DELTA_MAX_FRACTION = 0.02
DELTA_MIN_RECORDS = 50
DELTA_MAX_BYTES = 128 * 1024
STATE_VERSION = 1
DELTA_GLOB = "delta-*.json.gz"


def delta_limit(records: int) -> int:
    """How many records (added, changed or removed) a delta may hold for an archive of
    `records` records before the main index is rebuilt.

    >>> delta_limit(100), delta_limit(10_000), delta_limit(100_000)
    (50, 200, 2000)
    """
    return max(DELTA_MIN_RECORDS, int(records * DELTA_MAX_FRACTION))


@dataclass
class IndexState:
    """What the main index in place was built from (kept in the build's cache)."""

    code: str  # a hash of the code and the registry the index was built with
    main: str  # the main index's build token (search_index.build_token; also in its meta)
    records: dict[str, tuple[str, int]]  # record id -> (doc_hash, record number)
    deltas: list[str]  # delta files in the index folder, the one in use last

    def save(self, path: Path) -> None:
        value = {"version": STATE_VERSION, **self.__dict__}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(value, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)  # never half a state

    @classmethod
    def load(cls, path: Path) -> IndexState | None:
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        if value.pop("version", None) != STATE_VERSION:
            return None
        value["records"] = {rid: (h, n) for rid, (h, n) in value["records"].items()}
        return cls(**value)


@dataclass(frozen=True)
class UpdateStats:
    """What update_index did."""

    mode: str  # "full" (main index rebuilt, no delta) or "delta"
    reason: str  # why a full build, or what the delta holds
    docs: int
    delta_records: int  # records in the delta
    dead: int  # main-index records the delta removes
    files: int  # files written
    bytes: int  # bytes written
    seconds: float
    index: IndexStats | None = None  # the full build's figures


@dataclass(frozen=True)
class DeltaPlan:
    """The records a delta holds and the main-index records it removes."""

    records: list[SearchDoc]  # added or changed, in index order (date, id)
    at: list[int]  # for each: the main record number it sorts just before
    dead: list[int]  # main record numbers removed or changed, ascending
    touched: int  # distinct record ids added, changed or removed


def plan_delta(docs: list[SearchDoc], hashes: Mapping[str, str], state: IndexState) -> DeltaPlan:
    """Compare the records with what the main index was built from.

    A record whose hash is unchanged keeps its place in the main index; every other one
    goes to the delta, placed before the first main record still alive that sorts after
    it (so merging the two by that place gives the order of a full build).
    """
    main = state.records
    fresh = sorted((d for d in docs if main.get(d.id, ("",))[0] != hashes[d.id]), key=sort_key)
    dead = sorted(num for rid, (h, num) in main.items() if hashes.get(rid) != h)
    alive = sorted(
        (main[d.id][1], sort_key(d)) for d in docs if main.get(d.id, ("",))[0] == hashes[d.id]
    )
    alive_keys = [key for _num, key in alive]
    ends = len(main)
    at = []
    for doc in fresh:
        i = bisect.bisect_right(alive_keys, sort_key(doc))
        at.append(alive[i][0] if i < len(alive) else ends)
    touched = len(
        {d.id for d in fresh} | {rid for rid, (h, _n) in main.items() if hashes.get(rid) != h}
    )
    return DeltaPlan(fresh, at, dead, touched)


def catalogue_rows(cat: Mapping[str, object]) -> dict[str, dict[str, list]]:
    """A facet catalogue's values and counts, without file numbers:
    {"official": {id: [hans, hant, count, {role: count}]}, "topic"/"place": {id: [hans,
    hant, count]}, "role": {role: count}}."""
    return {
        "official": {
            r[0]: [r[1], r[2], r[3], {k: v[0] for k, v in r[5].items()}] for r in cat["official"]
        },
        "topic": {r[0]: [r[1], r[2], r[3]] for r in cat["topic"]},
        "place": {r[0]: [r[1], r[2], r[3]] for r in cat["place"]},
        "role": {r[0]: r[1] for r in cat["role"]},
    }


def catalogue_change(
    main_cat: Mapping[str, object], new_cat: Mapping[str, object]
) -> dict[str, list]:
    """The rows of the catalogue that differ between the main index and the records now:
    official, topic and place rows as [id, hans, hant, count(, {role: count})], count 0
    for a value no record has any more; the role list whole (it has seven rows at most)."""
    old, new = catalogue_rows(main_cat), catalogue_rows(new_cat)
    change: dict[str, list] = {}
    for kind, gone in (
        ("official", ["", "", 0, {}]),
        ("topic", ["", "", 0]),
        ("place", ["", "", 0]),
    ):
        rows = []
        for value in sorted(old[kind].keys() | new[kind].keys()):
            if old[kind].get(value) != new[kind].get(value):
                rows.append([value, *new[kind].get(value, gone)])
        change[kind] = rows
    change["role"] = [[r[0], r[1]] for r in new_cat["role"]]
    return change


def merge_catalogue(main_cat: Mapping[str, object], change: Mapping[str, list] | None) -> dict:
    """The catalogue a reader shows: the main index's, with the delta's changed rows put
    in and the rows re-sorted by count then id, as a full build sorts them. File numbers
    are the main index's (None for a value or an official's role the main index does not
    have); year and month ranges stay the main index's (search_query and search.js add
    the delta's records to their counts).

    >>> main = {"docs": 2, "year": [], "month": [], "role": [["chair", 2, 7]],
    ...         "official": [["a", "甲", "甲", 2, 1, {"chair": [2, 7]}]],
    ...         "topic": [["t1", "乙", "乙", 2, 3]], "place": []}
    >>> change = {"official": [["b", "丙", "丙", 3, {"chair": 3}]], "topic": [["t1", "", "", 0]],
    ...           "place": [], "role": [["chair", 5]]}
    >>> cat = merge_catalogue(main, change)
    >>> cat["official"]
    [['b', '丙', '丙', 3, None, {'chair': [3, None]}], ['a', '甲', '甲', 2, 1, {'chair': [2, 7]}]]
    >>> cat["topic"], cat["role"]
    ([], [['chair', 5, 7]])
    """
    cat = dict(main_cat)
    if not change:
        return cat
    for kind in ("official", "topic", "place"):
        rows = {row[0]: list(row) for row in main_cat[kind]}
        for value, hans, hant, count, *roles in change[kind]:
            if not count:
                rows.pop(value, None)
                continue
            file = rows[value][4] if value in rows else None
            row = [value, hans, hant, count, file]
            if kind == "official":
                files = rows[value][5] if value in rows else {}
                row.append(
                    {role: [n, files.get(role, [0, None])[1]] for role, n in roles[0].items()}
                )
            rows[value] = row
        cat[kind] = sorted(rows.values(), key=lambda r: (-r[3], r[0]))
    role_files = {r[0]: r[2] for r in main_cat["role"]}
    cat["role"] = [[role, n, role_files.get(role)] for role, n in change["role"]]
    return cat


def delta_record(doc: SearchDoc, at: int) -> dict[str, object]:
    """One record of the delta: what a d/ file holds, its folded text ("f"), where it
    sorts among the main records ("at"), and its facets: officials with roles ("o"),
    topic ids ("c") and place id ("a")."""
    return {
        **record_value(doc),
        "f": folded_text(doc),
        "at": at,
        "o": [[pid, list(roles)] for pid, _hans, _hant, roles in doc.officials],
        "c": [tid for tid, _hans, _hant in doc.topics],
        "a": doc.place_id,
    }


def delta_value(plan: DeltaPlan, state: IndexState, docs: int, change: dict) -> dict:
    return {
        "version": FORMAT_VERSION,
        "main": state.main,
        "docs": docs,
        "dead": deltas(plan.dead),
        "recs": [delta_record(d, at) for d, at in zip(plan.records, plan.at, strict=True)],
        "facets": change,
    }


def _read_gz(path: Path) -> object:
    return json.loads(gzip.decompress(path.read_bytes()))


def update_index(
    docs: Iterable[SearchDoc],
    out_dir: Path,
    state_path: Path | None,
    code: str,
    workers: int | None = None,
    spill_dir: Path | None = None,
    hashes: Mapping[str, str] | None = None,
    full: Callable[[list], Iterable[SearchDoc]] | None = None,
) -> UpdateStats:
    """Bring the index in out_dir up to date with `docs`: a delta beside the main index
    when the main index in place was built from records close enough to these (per the
    state at state_path, with the same `code`, a hash of the code and registry), else a
    full build (and a new state). Without a state_path, always a full build.

    With `hashes` (record id -> a hash of everything the index holds of it, with
    `code`) and `full`, `docs` need only the id, date and facets of a SearchDoc (what
    the delta plan and the facet catalogue read), and `full(docs)` gives the whole
    SearchDocs of those that are written: the records of the delta, or every one in a
    full build. A caller that knows which records changed (site/shared.py) so makes
    the whole documents of those only."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    docs = list(docs)
    given = hashes if full is not None else None
    if given is None:
        hashes = {d.id: doc_hash(d) for d in docs}
        full = list
    state = IndexState.load(state_path) if state_path else None
    reason = _full_build_reason(state, out_dir, code)
    if reason is None:
        plan = plan_delta(docs, hashes, state)
        if plan.touched > delta_limit(len(docs)):
            reason = f"delta of {plan.touched} records over the bound of {delta_limit(len(docs))}"
        else:
            change = catalogue_change(_read_gz(out_dir / "facets.json.gz"), facet_catalogue(docs))
            plan = replace(plan, records=list(full(plan.records)))
            data = gzip.compress(_dumps(delta_value(plan, state, len(docs), change)), 6, mtime=0)
            if len(data) > DELTA_MAX_BYTES:
                reason = f"delta of {len(data)} bytes over the bound of {DELTA_MAX_BYTES}"
            else:
                files, size = _install_delta(out_dir, state, data if plan.touched else None)
                state.save(state_path)
                return UpdateStats(
                    mode="delta",
                    reason=f"{len(plan.records)} records in the delta, {len(plan.dead)} removed",
                    docs=len(docs),
                    delta_records=len(plan.records),
                    dead=len(plan.dead),
                    files=files,
                    bytes=size,
                    seconds=time.perf_counter() - started,
                )
    stats = write_index(
        docs if given is not None else full(docs),
        out_dir,
        workers=workers,
        spill_dir=spill_dir,
        hashes=given,
        full=full if given is not None else None,
    )
    if state_path:
        IndexState(code, build_token(stats.built_from), stats.built_from, []).save(state_path)
    logger.info("search index rebuilt from scratch: %s", reason)
    return UpdateStats(
        mode="full",
        reason=reason,
        docs=stats.docs,
        delta_records=0,
        dead=0,
        files=stats.files,
        bytes=stats.bytes,
        seconds=time.perf_counter() - started,
        index=stats,
    )


def _full_build_reason(state: IndexState | None, out_dir: Path, code: str) -> str | None:
    """Why the main index must be rebuilt from scratch, or None when a delta will do."""
    if state is None:
        return "no state of the index in place"
    if state.code != code:
        return "the code or the registry changed"
    try:
        meta = _read_gz(out_dir / "meta.json.gz")
    except (FileNotFoundError, OSError, ValueError):
        return "no index in place"
    if meta.get("version") != FORMAT_VERSION or meta.get("main") != state.main:
        return "the index in place is not the one the state describes"
    return None


def _install_delta(out_dir: Path, state: IndexState, data: bytes | None) -> tuple[int, int]:
    """Write the delta (None: the records are the main index's again), then the meta that
    names it; keep the delta the previous meta named (a browser may hold that meta for a
    while) and delete older ones. Returns (files, bytes) written."""
    meta = _read_gz(out_dir / "meta.json.gz")
    name = None
    files = size = 0
    if data is not None:
        name = f"delta-{hashlib.sha256(data).hexdigest()[:16]}.json.gz"
        if not (out_dir / name).is_file():
            # Whole or not at all: a delta cut short by a kill would be kept (its name
            # is its content's hash) and served.
            write_atomic(out_dir / name, data)
            files, size = 1, len(data)
    if meta.get("delta") != name:
        meta["delta"] = name
        files += 1
        meta_data = gzip.compress(_dumps(meta), compresslevel=6, mtime=0)
        write_atomic(out_dir / "meta.json.gz", meta_data)
        size += len(meta_data)
    keep = [n for n in state.deltas if n != name][-1:] + ([name] if name else [])
    for path in out_dir.glob(DELTA_GLOB):
        if path.name not in keep:
            path.unlink()
    state.deltas = keep
    return files, size
