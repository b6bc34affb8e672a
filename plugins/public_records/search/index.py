"""Write the static search index: exact substring search for Chinese, both scripts, facets.

The format is described in docs/search.md; theme/static/js/search.js reads it and
public_records.search.query is a Python reference of the same query algorithm.

In short: every record becomes one folded text (search_fold: Traditional to Simplified,
full width to ASCII, lower case; one character for one), split at whitespace into tokens
joined by "\\n". From it the index keeps, per record number (records numbered by date):

- g/: which records contain each character and each pair of adjacent characters
  (exact for one- and two-character query terms);
- q/: which records contain each run of four characters (a trigram plus the character
  after it, or " " at the end of a token), with a count per record, grouped by the
  trigram (exact for three- and four-character terms);
- r/: which records contain each five-character run, with a count per record (exact for
  five-character terms);
- p/: the positions of each five-character run, read only for terms of six characters or
  more, which chain five-character windows by position (so there is no over-match like
  招商 ... 引资 for 招商引资). Positions cost about ten bits each whatever the encoding, so
  they are kept out of the files that shorter terms read;
- f/: the records of each facet value (official, official with role, role, topic, place);
  years and months are ranges of record numbers, because records are numbered by date;
- d/: one small file per record (path, date, titles, place and both texts) for the
  result list and its excerpts.

Files are gzip-compressed JSON (`.json.gz`): GitHub Pages serves them as they are and the
browser inflates them with DecompressionStream.

This module writes the main index from scratch; search_delta keeps it and adds a small
delta file of changed records beside it when only a few records changed since.

The build is bounded in memory and uses every core: record ranges are scanned in worker
processes (which also write the record files), postings are spilled per range to bucket
files on disk, then each bucket is merged and written alone, buckets in parallel. The
output does not depend on the number of workers.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import logging
import marshal
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from operator import add, and_, rshift, sub
from pathlib import Path

from ..model import ROLES
from .fold import fold, fold_map, hant_map, phrase_folds

logger = logging.getLogger(__name__)

FORMAT_VERSION = 5  # 3: meta names the main index's build and its delta; 4: phrases;
# 5: a record file's Traditional body made from its Simplified one (meta's "hant")

# Keys are spread over shards by this hash of their codepoints; search.js computes the
# same: h = (h * M + codepoint) % P. With M = 2**32 and P < 2**21, every intermediate
# value stays below 2**53 (JavaScript numbers are exact), and Python computes it in C as
# the big-endian UTF-32 bytes of the key read as one integer, modulo P.
HASH_MULTIPLIER = 1 << 32
HASH_MODULUS = 2097143  # the largest prime below 2**21

KINDS = ("g", "q", "r", "p")  # the text index's families of files (docs/search.md)
SPILLED = ("g", "q", "p")  # what is spilled: r/ and p/ are both made from the p spill
BUCKETS = 64  # spill files per kind and range; a shard count is always a multiple of this
CHUNK_DOCS = 500  # records scanned before a spill (bounds a worker's memory)
RANGE_DOCS = 1000  # records are scanned in ranges of whole thousands (one d/ folder)
PARALLEL_MIN_DOCS = 3000  # below this, worker processes cost more than they save
BIG_POSTING_BYTES = 3000  # a posting longer than this (as JSON) gets a file of its own
SHARD_TARGET_BYTES = 24000  # aim for shards about this long (as JSON, before gzip)
# Rough JSON bytes per posting entry, used to choose the shard counts before writing.
EST_BYTES = {"g": 3.0, "q": 4.0, "r": 4.0, "p": 8.0}
# Occurrence counts (for relevance) are stored as one base-36 digit per record, capped.
COUNT_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
MAX_COUNT = len(COUNT_DIGITS) - 1
# gzip level of postings: 4 is 2 to 3 times faster than 6 on them and 3 to 9% larger
# (measured on the benchmark's index); record files and meta keep 6 (read on every query).
POSTINGS_LEVEL = 4
COUNT_BITS = 6  # a (record, count) pair is spilled as one int: record << 6 | count


@dataclass(frozen=True)
class SearchDoc:
    """One record as the search index sees it.

    path: the record's path relative to a script site root (same in both scripts),
    e.g. "records/000_db5eed02fe66ddea/". date: ISO "YYYY-MM-DD", "YYYY-MM", "YYYY"
    or "". officials: (person_id, name_hans, name_hant, roles) with roles from
    model.ROLES; topics: (id, name_hans, name_hant). text_hant is the record's
    Traditional body for excerpts; when empty it is made with script.to_traditional (which does
    not know protected names, so callers should pass the site's own text_hant).
    """

    id: str
    path: str
    title_hans: str
    title_hant: str
    text_hans: str
    date: str = ""
    place_id: str = ""
    place_hans: str = ""
    place_hant: str = ""
    officials: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()
    topics: tuple[tuple[str, str, str], ...] = ()
    text_hant: str = ""


@dataclass(frozen=True)
class IndexStats:
    """What write_index wrote and how long it took."""

    docs: int
    files: int
    bytes: int
    seconds: float
    g_shards: int
    q_shards: int
    big_files: int
    facet_files: int
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (files, bytes)
    r_shards: int = 0
    p_shards: int = 0
    workers: int = 1
    # What the index was built from: record id -> (doc_hash, record number).
    built_from: dict[str, tuple[str, int]] = field(default_factory=dict, repr=False)


def doc_hash(doc: SearchDoc) -> str:
    """A hash of everything the index holds of a record (its whole SearchDoc).

    >>> a = SearchDoc("x", "records/x/", "会议", "會議", "正文")
    >>> doc_hash(a) == doc_hash(SearchDoc("x", "records/x/", "会议", "會議", "正文"))
    True
    >>> doc_hash(a) == doc_hash(SearchDoc("x", "records/x/", "会议", "會議", "正文。"))
    False
    """
    return hashlib.blake2b(repr(doc).encode("utf-8"), digest_size=10).hexdigest()


def build_token(built_from: dict[str, tuple[str, int]]) -> str:
    """A name for one main index: a hash of its records' ids and hashes (written in its
    meta and in the builder's state, so that a state never meets another index)."""
    h = hashlib.blake2b(digest_size=10)
    for rid in sorted(built_from):
        h.update(f"{rid}\t{built_from[rid][0]}\n".encode())
    return h.hexdigest()


def key_hash(key: str) -> int:
    """The shard hash of a key (search.js has the same function).

    >>> key_hash("a") == ord("a")
    True
    >>> key_hash("发展") == (ord("发") * HASH_MULTIPLIER + ord("展")) % HASH_MODULUS
    True
    >>> h = 0
    >>> for ch in "高质量发展":
    ...     h = (h * HASH_MULTIPLIER + ord(ch)) % HASH_MODULUS
    >>> key_hash("高质量发展") == h
    True
    """
    return int.from_bytes(key.encode("utf-32-be"), "big") % HASH_MODULUS


def key_file_name(key: str) -> str:
    """The file stem of a key with a file of its own: its codepoints in hex.

    >>> key_file_name("发展")
    '53d1-5c55'
    """
    return "-".join(f"{ord(ch):x}" for ch in key)


def folded_tokens(doc: SearchDoc) -> list[str]:
    """The whitespace-free pieces of a record's searchable text, folded.

    Title, place, official names, topic names and body are separate pieces, so a match
    never runs from one field into the next.

    >>> d = SearchDoc("x", "records/x/", "區委會議", "", "潘功發 主持 AWS", place_hans="大观区",
    ...               officials=(("p1", "潘功发", "潘功發", ("chair",)),))
    >>> folded_tokens(d)
    ['区委会议', '大观区', '潘功发', '潘功发', '主持', 'aws']
    """
    fields = [doc.title_hans, doc.place_hans]
    fields += [name for _pid, name, _hant, _roles in doc.officials]
    fields += [name for _tid, name, _hant in doc.topics]
    fields.append(doc.text_hans)
    return fold("\n".join(fields)).split()


def sort_key(doc: SearchDoc) -> tuple[str, str]:
    """Records are numbered in this order (so a year or a month is a range)."""
    return (doc.date, doc.id)


def folded_text(doc: SearchDoc) -> str:
    """The text a query term is matched in: the folded tokens joined by "\\n" (a term
    has no whitespace, so it never matches across two tokens)."""
    return "\n".join(folded_tokens(doc))


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_gz(path: Path, value: object, level: int = 6) -> int:
    """Write JSON gzip-compressed (no timestamp: identical input, identical bytes)."""
    data = gzip.compress(_dumps(value), compresslevel=level, mtime=0)
    try:
        path.write_bytes(data)
    except FileNotFoundError:  # the folder is made on first use, not checked every time
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return len(data)


def deltas(numbers: list[int]) -> list[int]:
    """Sorted record numbers as gaps (small numbers compress well).

    >>> deltas([3, 4, 10])
    [3, 1, 6]
    >>> deltas([])
    []
    """
    return list(map(sub, numbers, chain((0,), numbers)))  # in C: no Python step per number


def count_digits(counts: Iterable[int]) -> str:
    """Occurrence counts as one base-36 digit each, capped at MAX_COUNT.

    >>> count_digits([1, 2, 10, 35, 99])
    '12azz'
    """
    return "".join(map(COUNT_DIGITS.__getitem__, map(min, counts, repeat(MAX_COUNT))))


@dataclass
class _Scan:
    """The keys of one record: grams (g), four-character runs with counts (q), and
    five-character runs with counts (r) and positions (p: an int, or a list when the run
    occurs more than once)."""

    grams: set[str]
    quads: Counter
    fives: Counter
    positions: dict[str, int | list[int]]


def _scan(tokens: list[str]) -> _Scan:
    """The keys of a record whose folded tokens are `tokens`; positions are offsets in
    the tokens joined by "\\n". No key spans two tokens.

    >>> s = _scan(["招商引资", "ab"])
    >>> sorted(s.grams)
    ['a', 'ab', 'b', '商', '商引', '引', '引资', '招', '招商', '资']
    >>> dict(s.quads)
    {'招商引资': 1, '商引资 ': 1}
    >>> s = _scan(["发展发展发展发", "展发展发展"])
    >>> dict(s.fives), s.positions
    ({'发展发展发': 2, '展发展发展': 2}, {'发展发展发': [0, 2], '展发展发展': [1, 8]})
    >>> _scan(["ab", "cd"]).quads   # no run across the two tokens, no token of three
    Counter()
    """
    text = "\n".join(tokens)
    # Every key of the joined text, computed in C (map/zip/Counter), then the few keys
    # that cross a token boundary (they contain "\n") are taken out again.
    grams = set(text)
    grams.update(map(add, text, text[1:]))
    quads = Counter(map("".join, zip(text, text[1:], text[2:], text[3:], strict=False)))
    five_list = list(map("".join, zip(text, text[1:], text[2:], text[3:], text[4:], strict=False)))
    fives = Counter(five_list)
    positions: dict[str, int | list[int]] = dict(zip(five_list, range(len(five_list)), strict=True))
    if len(fives) < len(five_list):  # some run occurs more than once: all its positions
        many: dict[str, list[int]] = {run: [] for run, n in fives.items() if n > 1}
        # in C: each position goes to its run's list, or to `unused` for a run seen once
        unused: list[int] = []
        targets = map(many.get, five_list, repeat(unused))
        any(map(list.append, targets, range(len(five_list))))
        positions.update(many)
    end = -1
    for tok in tokens:
        end += len(tok) + 1  # index of the "\n" after tok (len(text) after the last)
        if len(tok) >= 3:
            quads[tok[-3:] + " "] += 1
        if end == len(text):
            break
        for start in range(max(0, end - 4), end + 1):  # the keys that contain the "\n"
            if start >= end - 1:
                grams.discard(text[start : start + 2])
            if start >= end - 3:
                quads.pop(text[start : start + 4], None)
            fives.pop(text[start : start + 5], None)
            positions.pop(text[start : start + 5], None)
    grams.discard("\n")
    return _Scan(grams, quads, fives, positions)


def _bucket_of(kind: str, key: str) -> int:
    """Spill bucket of a key (q rows go with their trigram, the key of their shard)."""
    return key_hash(key[:3] if kind == "q" else key) % BUCKETS


def _spill_path(tmp: Path, piece: int, kind: str, bucket: int) -> Path:
    return tmp / f"{piece:04d}-{kind}-{bucket:02d}.spill"


def _spill(tmp: Path, piece: int, postings: dict[str, defaultdict]) -> None:
    """Append one chunk's postings of each kind to the range's bucket files, each part
    as its length (8 bytes) and its marshal bytes (read back whole, in one read)."""
    for kind, chunk in postings.items():
        parts: list[dict] = [{} for _ in range(BUCKETS)]
        for key, values in chunk.items():
            parts[_bucket_of(kind, key)][key] = values
        for bucket, part in enumerate(parts):
            if part:
                data = marshal.dumps(part)
                with _spill_path(tmp, piece, kind, bucket).open("ab") as fh:
                    fh.write(len(data).to_bytes(8, "little"))
                    fh.write(data)


def _load_spill(tmp: Path, pieces: int, kind: str, bucket: int) -> dict[str, list]:
    """One bucket's postings of one kind, merged over all ranges in record order."""
    merged: dict[str, list] = {}
    for piece in range(pieces):
        path = _spill_path(tmp, piece, kind, bucket)
        if not path.exists():
            continue
        # marshal.load(file) reads in small pieces through Python's file layer, which
        # took a quarter of the build; one read and marshal.loads per part does not.
        data = memoryview(path.read_bytes())
        at = 0
        while at < len(data):
            size = int.from_bytes(data[at : at + 8], "little")
            part = marshal.loads(data[at + 8 : at + 8 + size])
            at += 8 + size
            for key, values in part.items():
                have = merged.get(key)
                if have is None:
                    merged[key] = values
                else:
                    have.extend(values)  # ranges and chunks come in record order
    return merged


def _shard_count(entries: int, bytes_per_entry: float) -> int:
    per_bucket = entries * bytes_per_entry / BUCKETS / SHARD_TARGET_BYTES
    return BUCKETS * max(1, round(per_bucket))


def doc_file(num: int) -> str:
    """Where record number `num` is stored, relative to the index root.

    >>> doc_file(12345)
    'd/12/12345.json.gz'
    """
    return f"d/{num // 1000}/{num}.json.gz"


# The job of the worker processes. Set before they are forked, so the records reach them
# without being pickled; cleared when the build ends.
_JOB: dict[str, object] = {}


def _scan_range(piece: int, lo: int, hi: int) -> tuple[dict[str, int], int, int]:
    """Scan records lo..hi-1: write their d/ files and spill their postings.

    Returns (entries per kind, d/ files, d/ bytes)."""
    docs: list[SearchDoc] = _JOB["docs"]  # type: ignore[assignment]
    full: Callable[[list], Iterable[SearchDoc]] = _JOB["full"]  # type: ignore[assignment]
    out_dir: Path = _JOB["out_dir"]  # type: ignore[assignment]
    tmp: Path = _JOB["tmp"]  # type: ignore[assignment]
    entries = dict.fromkeys(KINDS, 0)
    d_bytes = 0
    postings: dict[str, defaultdict] = {k: defaultdict(list) for k in SPILLED}
    for num, doc in zip(range(lo, hi), full(docs[lo:hi]), strict=True):
        scan = _scan(folded_tokens(doc))
        g_post, q_post, p_post = (postings[k] for k in SPILLED)
        # Appends in C: map(list.append, lists, values), drained by any() (append
        # returns None). A Python loop here was a third of the build time.
        any(map(list.append, map(g_post.__getitem__, scan.grams), repeat(num)))
        # A record and a count travel as one int, record << 6 | count.
        codes = [num << COUNT_BITS | c for c in range(MAX_COUNT + 1)]
        capped = map(codes.__getitem__, map(min, scan.quads.values(), repeat(MAX_COUNT)))
        any(map(list.append, map(q_post.__getitem__, scan.quads.keys()), capped))
        # Five-character runs: (record and count, positions); r/ and p/ are both made
        # from them when the bucket is written.
        runs = scan.positions.keys()
        capped = map(
            codes.__getitem__, map(min, map(scan.fives.__getitem__, runs), repeat(MAX_COUNT))
        )
        pairs = zip(capped, scan.positions.values(), strict=True)
        any(map(list.extend, map(p_post.__getitem__, runs), pairs))
        entries["g"] += len(scan.grams)
        entries["q"] += len(scan.quads)
        entries["r"] += len(scan.positions)
        entries["p"] += len(scan.positions)
        d_bytes += _write_gz(out_dir / doc_file(num), record_file_value(doc))
        if (num - lo) % CHUNK_DOCS == CHUNK_DOCS - 1 or num == hi - 1:
            _spill(tmp, piece, postings)
            postings = {k: defaultdict(list) for k in SPILLED}
    return entries, hi - lo, d_bytes


def _write_bucket(
    bucket: int, pieces: int, shards: dict[str, int]
) -> tuple[dict[str, list[int]], int]:
    """Merge and write every kind's shards of one bucket; returns (kind -> [files, bytes],
    number of keys given a file of their own)."""
    out_dir: Path = _JOB["out_dir"]  # type: ignore[assignment]
    tmp: Path = _JOB["tmp"]  # type: ignore[assignment]
    kinds: dict[str, list[int]] = {}
    big = 0
    for spilled in SPILLED:
        merged = _load_spill(tmp, pieces, spilled, bucket)
        if spilled == "g":
            made = {"g": {key: (deltas(nums), len(nums)) for key, nums in merged.items()}}
        elif spilled == "q":
            made = {"q": _q_entries(merged)}
        else:
            made = _rp_entries(merged)
        del merged
        for kind, entries in made.items():
            big += _write_shards(out_dir, kind, bucket, shards[kind], entries, kinds)
        del made
    return kinds, big


def _write_shards(
    out_dir: Path,
    kind: str,
    bucket: int,
    shards: int,
    entries: dict[str, tuple[object, int]],
    kinds: dict[str, list[int]],
) -> int:
    """Write the shards of one bucket (and the own files of its large keys)."""
    big = 0
    shard_maps: dict[int, dict[str, object]] = {}
    for key in sorted(entries):
        value, size = entries[key]
        target = shard_maps.setdefault(key_hash(key) % shards, {})
        if size * EST_BYTES[kind] > BIG_POSTING_BYTES:
            own = out_dir / kind / "x" / f"{key_file_name(key)}.json.gz"
            written = _write_gz(own, value, POSTINGS_LEVEL)
            files_bytes = kinds.setdefault(f"{kind}-big", [0, 0])
            files_bytes[0] += 1
            files_bytes[1] += written
            target[key] = 0  # "in a file of its own"
            big += 1
        else:
            target[key] = value
    files_bytes = kinds.setdefault(kind, [0, 0])
    for shard in range(bucket, shards, BUCKETS):  # empty shards too: no 404s
        files_bytes[0] += 1
        files_bytes[1] += _write_gz(
            out_dir / kind / f"{shard}.json.gz", shard_maps.get(shard, {}), POSTINGS_LEVEL
        )
    return big


def _split_codes(codes: list[int]) -> tuple[list[int], str]:
    """Gaps and count digits from spilled record << 6 | count ints."""
    nums = list(map(rshift, codes, repeat(COUNT_BITS)))
    return deltas(nums), count_digits(map(and_, codes, repeat(MAX_COUNT_MASK)))


def _q_entries(merged: dict[str, list[int]]) -> dict[str, tuple[list, int]]:
    """Rows [next character, gaps, counts] of each trigram, in order of `next`."""
    rows: dict[str, list[list]] = {}
    for run in sorted(merged):
        rows.setdefault(run[:3], []).append([run[3], *_split_codes(merged[run])])
    return {tri: (r, sum(len(row[2]) for row in r)) for tri, r in rows.items()}


def _rp_entries(merged: dict[str, list]) -> dict[str, dict[str, tuple[list, int]]]:
    """r/ entries [gaps, counts] and p/ entries [gaps, positions] of five-character runs
    (spilled as code, positions, code, positions, ...)."""
    r_entries, p_entries = {}, {}
    for run, flat in merged.items():
        gaps, counts = _split_codes(flat[0::2])
        r_entries[run] = ([gaps, counts], len(gaps))
        p_entries[run] = ([gaps, flat[1::2]], len(gaps))
    return {"r": r_entries, "p": p_entries}


MAX_COUNT_MASK = (1 << COUNT_BITS) - 1


def _workers(ndocs: int, workers: int | None) -> int:
    if workers is None:
        workers = (os.cpu_count() or 1) if ndocs >= PARALLEL_MIN_DOCS else 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # the records reach the workers by fork; without it, one process
    return max(1, workers)


def write_index(
    docs: Iterable[SearchDoc],
    out_dir: Path,
    workers: int | None = None,
    spill_dir: Path | None = None,
    hashes: Mapping[str, str] | None = None,
    full: Callable[[list], Iterable[SearchDoc]] | None = None,
) -> IndexStats:
    """Write the whole index into out_dir (emptied first) and return what was written.

    Call once per build, after the records are imported, with out_dir = output/search/idx.
    workers: processes to use (default: one per CPU for 3,000 records or more, else 1);
    the files written are the same whatever the number. spill_dir: where the postings
    are spilled (the build's cache folder; the system's temporary folder when None),
    never beside out_dir, which is published: a build killed mid-way leaves its spill
    files there, not in the site. hashes: record id -> the hash each record is known
    by in the index's state (search/delta.py; doc_hash when None). full: when given,
    `docs` need only a SearchDoc's id, date and facets, and `full(docs[lo:hi])` gives
    the whole SearchDocs of a range, made in the worker that scans it: no process
    holds every record's text (docs/scaling.md, memory).
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    ordered = sorted(docs, key=sort_key)
    built_from = {
        d.id: (hashes[d.id] if hashes is not None else doc_hash(d), num)
        for num, d in enumerate(ordered)
    }
    if len(built_from) != len(ordered):
        raise ValueError("duplicate record ids in the search documents")
    workers = _workers(len(ordered), workers)
    kinds: dict[str, list[int]] = {}

    def add_counts(more: dict[str, list[int]]) -> None:
        for kind, (files, size) in more.items():
            files_bytes = kinds.setdefault(kind, [0, 0])
            files_bytes[0] += files
            files_bytes[1] += size

    def count(kind: str, size: int) -> None:
        add_counts({kind: [1, size]})

    facets = _Facets()
    for num, doc in enumerate(ordered):
        facets.add(num, doc)

    # The build allocates millions of small lists and keeps them: the cyclic garbage
    # collector would walk the whole heap again and again for nothing (it took a sixth
    # of the time). Reference counting still frees everything.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        if spill_dir is not None:
            Path(spill_dir).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="search-spill-", dir=spill_dir) as tmp:
            _JOB.update(docs=ordered, out_dir=out_dir, tmp=Path(tmp), full=full or iter)
            _hant_table()  # made once here, before the workers fork (record_file_value)
            # Ranges of whole thousands (one d/ folder each), several per worker so
            # that a slow one does not hold the others up.
            per_range = -(-len(ordered) // (workers * 4))
            step = max(RANGE_DOCS, -(-per_range // RANGE_DOCS) * RANGE_DOCS)
            ranges = [
                (piece, lo, min(lo + step, len(ordered)))
                for piece, lo in enumerate(range(0, len(ordered), step))
            ]
            # One task per process (maxtasksperchild=1): a forked worker that reads
            # records copies the pages it touches (reference counts are writes), so a
            # long-lived one ends up with a private copy of most records; a fresh fork
            # per range copies only its range.
            pool = (
                multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=1)
                if workers > 1
                else None
            )
            try:
                starmap = pool.starmap if pool else lambda f, args: [f(*a) for a in args]
                entries = dict.fromkeys(KINDS, 0)
                for found, d_files, d_bytes in starmap(_scan_range, ranges):
                    for kind in KINDS:
                        entries[kind] += found[kind]
                    add_counts({"d": [d_files, d_bytes]})
                shards = {k: _shard_count(entries[k], EST_BYTES[k]) for k in KINDS}
                big = 0
                jobs = [(b, len(ranges), shards) for b in range(BUCKETS)]
                for more, big_here in starmap(_write_bucket, jobs):
                    add_counts(more)
                    big += big_here
            finally:
                if pool:
                    pool.close()
                    pool.join()
    finally:
        _JOB.clear()
        if gc_was_enabled:
            gc.enable()

    facet_files = facets.write(out_dir, len(ordered), count)
    meta = {
        "version": FORMAT_VERSION,
        "docs": len(ordered),
        **shards,
        "hash": [HASH_MULTIPLIER, HASH_MODULUS],
        "fold": "".join(a + b for a, b in sorted(fold_map().items())),
        # phrase folds (search.fold): "瞭解了解 …", each entry two halves of one length
        "phrases": " ".join(a + b for a, b in sorted(phrase_folds().items())),
        # each Simplified character's Traditional form alone: "区區书書…" (record_file_value)
        "hant": "".join(a + b for a, b in sorted(hant_map().items())),
        "main": build_token(built_from),
        "delta": None,  # search_delta names a delta file here
    }
    count("meta", _write_gz(out_dir / "meta.json.gz", meta))
    stats = IndexStats(
        docs=len(ordered),
        files=sum(f for f, _ in kinds.values()),
        bytes=sum(b for _, b in kinds.values()),
        seconds=time.perf_counter() - started,
        g_shards=shards["g"],
        q_shards=shards["q"],
        r_shards=shards["r"],
        p_shards=shards["p"],
        big_files=big,
        facet_files=facet_files,
        by_kind={k: (f, b) for k, (f, b) in kinds.items()},
        workers=workers,
        built_from=built_from,
    )
    logger.info(
        "search index: %d records, %d files, %.1f MB in %.1f s (%d processes)",
        stats.docs,
        stats.files,
        stats.bytes / 1e6,
        stats.seconds,
        workers,
    )
    return stats


def _text_hant(doc: SearchDoc) -> str:
    """The record's Traditional body (made with the site's conversion when the caller
    gave none)."""
    if doc.text_hant or not doc.text_hans:
        return doc.text_hant
    from ..script import to_traditional

    return to_traditional(doc.text_hans)


def record_value(doc: SearchDoc) -> dict[str, object]:
    """What the result list shows of a record: a d/ file, and a record of the delta."""
    return {
        "p": doc.path,
        "d": doc.date,
        "t": [doc.title_hans, doc.title_hant],
        "l": [doc.place_hans, doc.place_hant],
        "b": [doc.text_hans, _text_hant(doc)],
        # topic labels and official names: what a result shows as the reason it matched
        # when its title and body do not show the term (the index holds them too)
        "k": [[hans, hant] for _tid, hans, hant in doc.topics],
        "n": [[hans, hant] for _pid, hans, hant, _roles in doc.officials],
    }


def record_file_value(doc: SearchDoc) -> dict[str, object]:
    """A d/ file: `record_value` with the Traditional body made from the Simplified one
    rather than given beside it (it was about a third of a record file's bytes). Each
    character becomes its form in meta's "hant" (`fold.hant_map`: the site's conversion
    of the character alone), then "x" puts in the characters the site's conversion wrote
    otherwise (phrases such as 干杯 -> 乾杯 where 干 alone is 幹, protected names):
    [gap, character, ...], each gap counted in characters from the previous one (from
    0). A body whose Traditional form has another length stays whole, as in the delta.

    >>> hant = "於是幹部于紅到會"  # 于红, a name, stays 于
    >>> doc = SearchDoc("a", "records/a/", "t", "t", "于是干部于红到会", text_hant=hant)
    >>> value = record_file_value(doc)
    >>> value["b"], value["x"]
    (['于是干部于红到会'], [4, '于'])
    >>> traditional_body(value, hant_map()) == doc.text_hant
    True
    """
    value = record_value(doc)
    hans, hant = value["b"]  # type: ignore[misc]
    made = hans.translate(_hant_table())
    if len(made) != len(hant):
        return value
    value["b"] = [hans]
    if made != hant:
        exceptions: list[object] = []
        last = 0
        for at, (mine, theirs) in enumerate(zip(made, hant, strict=True)):
            if mine != theirs:
                exceptions += [at - last, theirs]
                last = at
        value["x"] = exceptions
    return value


def traditional_body(value: Mapping[str, object], hant: Mapping[str, str]) -> str:
    """The Traditional body of a record file or a delta record (`record_file_value`),
    `hant` being meta's "hant" pairs as a mapping (search.js does the same)."""
    bodies: list[str] = value["b"]  # type: ignore[assignment]
    if len(bodies) > 1:
        return bodies[1]
    chars = [hant.get(c, c) for c in bodies[0]]
    exceptions: list = value.get("x", [])  # type: ignore[assignment]
    at = 0
    for gap, char in zip(exceptions[::2], exceptions[1::2], strict=True):
        at += gap
        chars[at] = char
    return "".join(chars)


@lru_cache(maxsize=1)
def _hant_table() -> dict[int, str]:
    return str.maketrans(hant_map())


def facet_catalogue(docs: Iterable[SearchDoc]) -> dict[str, object]:
    """The facet catalogue a full build would write for these records, without f/ files
    (every file number 0): what the delta compares the main index's catalogue with."""
    facets = _Facets()
    ordered = sorted(docs, key=sort_key)
    for num, doc in enumerate(ordered):
        facets.add(num, doc)
    return facets.catalogue(len(ordered), dict.fromkeys(facets.postings, 0))


class _Facets:
    """Collects facet postings while records are numbered, then writes f/ and facets."""

    def __init__(self) -> None:
        self.official: dict[str, tuple[str, str]] = {}
        self.topic: dict[str, tuple[str, str]] = {}
        self.place: dict[str, tuple[str, str]] = {}
        self.postings: dict[tuple[str, ...], list[int]] = {}
        self.dates: list[str] = []

    def _add(self, key: tuple[str, ...], num: int) -> None:
        nums = self.postings.setdefault(key, [])
        if not nums or nums[-1] != num:  # a record counts once per value
            nums.append(num)

    def add(self, num: int, doc: SearchDoc) -> None:
        self.dates.append(doc.date)
        for pid, hans, hant, roles in doc.officials:
            self.official.setdefault(pid, (hans, hant))
            self._add(("official", pid), num)
            for role in roles:
                if role not in ROLES:
                    raise ValueError(f"record {doc.id}: unknown role {role!r}")
                self._add(("official-role", pid, role), num)
                self._add(("role", role), num)
        for tid, hans, hant in doc.topics:
            self.topic.setdefault(tid, (hans, hant))
            self._add(("topic", tid), num)
        if doc.place_id:
            self.place.setdefault(doc.place_id, (doc.place_hans, doc.place_hant))
            self._add(("place", doc.place_id), num)

    def _ranges(self, width: int) -> list[list]:
        """[value, first record, end] for each year (width 4) or month (width 7)."""
        out: list[list] = []
        for num, date in enumerate(self.dates):
            if len(date) < width:
                continue
            value = date[:width]
            if out and out[-1][0] == value:
                out[-1][2] = num + 1
            else:
                out.append([value, num, num + 1])
        return out

    def write(self, out_dir: Path, ndocs: int, count) -> int:
        files: dict[tuple[str, ...], int] = {}
        for n, (key, nums) in enumerate(sorted(self.postings.items())):
            files[key] = n
            count("f", _write_gz(out_dir / "f" / f"{n}.json.gz", deltas(nums)))
        count("facets", _write_gz(out_dir / "facets.json.gz", self.catalogue(ndocs, files)))
        return len(files)

    def catalogue(self, ndocs: int, files: dict[tuple[str, ...], int]) -> dict[str, object]:
        """The facet catalogue (docs/search.md), with the f/ file number of each value."""

        def entry(kind: str, value: str) -> list:
            key = (kind, value)
            return [len(self.postings[key]), files[key]]

        def by_count(names: dict[str, tuple[str, str]], kind: str) -> list[list]:
            rows = [[v, h, t, *entry(kind, v)] for v, (h, t) in names.items()]
            return sorted(rows, key=lambda r: (-r[3], r[0]))

        officials = by_count(self.official, "official")
        for row in officials:
            row.append(
                {
                    role: [len(self.postings[k]), files[k]]
                    for role in ROLES
                    if (k := ("official-role", row[0], role)) in self.postings
                }
            )
        catalogue = {
            "docs": ndocs,
            "year": self._ranges(4),
            "month": self._ranges(7),
            "official": officials,
            "role": [[r, *entry("role", r)] for r in ROLES if ("role", r) in self.postings],
            "topic": by_count(self.topic, "topic"),
            "place": by_count(self.place, "place"),
        }
        return catalogue
