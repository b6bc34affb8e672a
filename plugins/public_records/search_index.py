"""Write the static search index: exact substring search for Chinese, both scripts, facets.

The format is described in docs/search.md; theme/static/js/search.js reads it and
public_records.search_query is a Python reference of the same query algorithm.

In short: every record becomes one folded text (search_fold: Traditional to Simplified,
full width to ASCII, lower case; one character for one), split at whitespace into tokens
joined by "\\n". From it the index keeps, per record number (records numbered by date):

- g/: which records contain each character and each pair of adjacent characters
  (exact for one- and two-character query terms);
- q/: which records contain each run of four characters (a trigram plus the character
  after it, or " " at the end of a token), with the positions, grouped by the trigram
  (exact for three- and four-character terms; longer terms chain four-character windows
  by position, so there is no over-match like 招商 ... 引资 for 招商引资);
- f/: the records of each facet value (official, official with role, role, topic, place);
  years and months are ranges of record numbers, because records are numbered by date;
- d/: one small file per record (path, date, titles, place and both texts) for the
  result list and its excerpts.

Files are gzip-compressed JSON (`.json.gz`): GitHub Pages serves them as they are and the
browser inflates them with DecompressionStream.

The build is bounded in memory: records are read in chunks and postings spilled to
bucket files on disk, then each bucket is merged and written alone.
"""

from __future__ import annotations

import gzip
import json
import logging
import marshal
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .model import ROLES
from .search_fold import fold, fold_map

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1

# Keys are spread over shards by this hash of their codepoints; search.js computes the
# same. All intermediate values stay below 2**53, so JavaScript numbers are exact.
HASH_MULTIPLIER = 1000003
HASH_MODULUS = 4294967291  # the largest prime below 2**32

BUCKETS = 64  # spill files per kind; a shard count is always a multiple of this
CHUNK_DOCS = 2000  # records folded and counted before a spill
BIG_POSTING_BYTES = 3000  # a posting longer than this (as JSON) gets a file of its own
SHARD_TARGET_BYTES = 24000  # aim for shards about this long (as JSON, before gzip)
# Rough JSON bytes per posting entry, used to choose the shard count before writing.
EST_BYTES_G = 3.0
EST_BYTES_Q = 5.0


@dataclass(frozen=True)
class SearchDoc:
    """One record as the search index sees it.

    path: the record's path relative to a script site root (same in both scripts),
    e.g. "records/000_db5eed02fe66ddea/". date: ISO "YYYY-MM-DD", "YYYY-MM", "YYYY"
    or "". officials: (person_id, name_hans, name_hant, roles) with roles from
    model.ROLES; topics: (id, name_hans, name_hant). text_hant is the record's
    Traditional body for excerpts; when empty it is made with OpenCC s2tw (which does
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


def key_hash(key: str) -> int:
    """The shard hash of a key (search.js has the same function).

    >>> key_hash("a") == ord("a")
    True
    >>> key_hash("发展") == (ord("发") * HASH_MULTIPLIER + ord("展")) % HASH_MODULUS
    True
    """
    h = 0
    for ch in key:
        h = (h * HASH_MULTIPLIER + ord(ch)) % HASH_MODULUS
    return h


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


def _sort_key(doc: SearchDoc) -> tuple[str, str]:
    return (doc.date, doc.id)


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _write_gz(path: Path, value: object) -> int:
    """Write JSON gzip-compressed (no timestamp: identical input, identical bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = gzip.compress(_dumps(value), compresslevel=6, mtime=0)  # 9 is slower, ~1% smaller
    path.write_bytes(data)
    return len(data)


def deltas(numbers: Iterable[int]) -> list[int]:
    """Sorted record numbers as gaps (small numbers compress well).

    >>> deltas([3, 4, 10])
    [3, 1, 6]
    """
    out, prev = [], 0
    for n in numbers:
        out.append(n - prev)
        prev = n
    return out


def _scan(tokens: list[str]) -> tuple[set[str], dict[str, list[int]]]:
    """The one- and two-character grams of a record, and its four-character runs
    (three characters and the next, " " at a token's end) with their positions in the
    tokens joined by "\\n".

    >>> grams, runs = _scan(["招商引资", "ab"])
    >>> sorted(grams)
    ['a', 'ab', 'b', '商', '商引', '引', '引资', '招', '招商', '资']
    >>> runs
    {'招商引资': [0], '商引资 ': [1]}
    """
    grams: set[str] = set()
    runs: dict[str, list[int]] = {}
    offset = 0
    for tok in tokens:
        n = len(tok)
        grams.update(tok)
        grams.update([tok[i : i + 2] for i in range(n - 1)])
        for i in range(n - 3):
            runs.setdefault(tok[i : i + 4], []).append(offset + i)
        if n >= 3:
            runs.setdefault(tok[n - 3 :] + " ", []).append(offset + n - 3)
        offset += n + 1
    return grams, runs


class _Spill:
    """Postings spilled to BUCKETS files per kind, in record order, merged per bucket."""

    def __init__(self, root: Path, kind: str) -> None:
        self.paths = [root / f"{kind}-{b}.spill" for b in range(BUCKETS)]
        self.pending: list[dict] = [{} for _ in range(BUCKETS)]
        self.entries = 0

    def flush(self) -> None:
        for path, chunk in zip(self.paths, self.pending, strict=True):
            if chunk:
                with path.open("ab") as fh:
                    marshal.dump(chunk, fh)
        self.pending = [{} for _ in range(BUCKETS)]

    def load(self, bucket: int) -> list[dict]:
        path = self.paths[bucket]
        chunks = []
        if path.exists():
            with path.open("rb") as fh:
                while True:
                    try:
                        chunks.append(marshal.load(fh))
                    except EOFError:
                        break
        return chunks


def _shard_count(entries: int, bytes_per_entry: float) -> int:
    per_bucket = entries * bytes_per_entry / BUCKETS / SHARD_TARGET_BYTES
    return BUCKETS * max(1, round(per_bucket))


def _hant_bodies(docs: list[SearchDoc]) -> list[str]:
    missing = [i for i, d in enumerate(docs) if d.text_hans and not d.text_hant]
    out = [d.text_hant for d in docs]
    if missing:
        import opencc

        conv = opencc.OpenCC("s2tw")
        for i in missing:
            out[i] = conv.convert(docs[i].text_hans)
    return out


def write_index(docs: Iterable[SearchDoc], out_dir: Path) -> IndexStats:
    """Write the whole index into out_dir (emptied first) and return what was written.

    Call once per build, after the records are imported, with out_dir = output/search/idx.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    ordered = sorted(docs, key=_sort_key)
    ids = [d.id for d in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate record ids in the search documents")
    hant_bodies = _hant_bodies(ordered)
    kinds: dict[str, list[int]] = {}

    def count(kind: str, size: int) -> None:
        files_bytes = kinds.setdefault(kind, [0, 0])
        files_bytes[0] += 1
        files_bytes[1] += size

    facets = _Facets()
    with tempfile.TemporaryDirectory(prefix="search-spill-", dir=out_dir.parent) as tmp:
        g_spill, q_spill = _Spill(Path(tmp), "g"), _Spill(Path(tmp), "q")
        chunk_g: dict[str, list[int]] = {}
        chunk_q: dict[str, list] = {}
        for num, doc in enumerate(ordered):
            grams, runs = _scan(folded_tokens(doc))
            for gram in grams:
                chunk_g.setdefault(gram, []).append(num)
            for run, positions in runs.items():
                row = chunk_q.setdefault(run, [])
                row.append(num)
                row.append(positions[0] if len(positions) == 1 else positions)
            g_spill.entries += len(grams)
            q_spill.entries += len(runs)
            facets.add(num, doc)
            count("d", _write_doc(out_dir, num, doc, hant_bodies[num]))
            if num % CHUNK_DOCS == CHUNK_DOCS - 1 or num == len(ordered) - 1:
                # bucket once per distinct key of the chunk, not once per posting
                for key, nums in chunk_g.items():
                    g_spill.pending[key_hash(key) % BUCKETS][key] = nums
                tri_hash: dict[str, int] = {}
                for key, row in chunk_q.items():
                    tri = key[:3]
                    h = tri_hash.get(tri)
                    if h is None:
                        h = tri_hash[tri] = key_hash(tri) % BUCKETS
                    q_spill.pending[h][key] = row
                chunk_g, chunk_q = {}, {}
                g_spill.flush()
                q_spill.flush()

        g_shards = _shard_count(g_spill.entries, EST_BYTES_G)
        q_shards = _shard_count(q_spill.entries, EST_BYTES_Q)
        big = 0
        for bucket in range(BUCKETS):
            big += _write_g_bucket(out_dir, bucket, g_spill.load(bucket), g_shards, count)
            big += _write_q_bucket(out_dir, bucket, q_spill.load(bucket), q_shards, count)

    facet_files = facets.write(out_dir, len(ordered), count)
    meta = {
        "version": FORMAT_VERSION,
        "docs": len(ordered),
        "g": g_shards,
        "q": q_shards,
        "hash": [HASH_MULTIPLIER, HASH_MODULUS],
        "fold": "".join(a + b for a, b in sorted(fold_map().items())),
    }
    count("meta", _write_gz(out_dir / "meta.json.gz", meta))
    stats = IndexStats(
        docs=len(ordered),
        files=sum(f for f, _ in kinds.values()),
        bytes=sum(b for _, b in kinds.values()),
        seconds=time.perf_counter() - started,
        g_shards=g_shards,
        q_shards=q_shards,
        big_files=big,
        facet_files=facet_files,
        by_kind={k: (f, b) for k, (f, b) in kinds.items()},
    )
    logger.info(
        "search index: %d records, %d files, %.1f MB in %.1f s",
        stats.docs,
        stats.files,
        stats.bytes / 1e6,
        stats.seconds,
    )
    return stats


def doc_file(num: int) -> str:
    """Where record number `num` is stored, relative to the index root.

    >>> doc_file(12345)
    'd/12/12345.json.gz'
    """
    return f"d/{num // 1000}/{num}.json.gz"


def _write_doc(out_dir: Path, num: int, doc: SearchDoc, text_hant: str) -> int:
    return _write_gz(
        out_dir / doc_file(num),
        {
            "p": doc.path,
            "d": doc.date,
            "t": [doc.title_hans, doc.title_hant],
            "l": [doc.place_hans, doc.place_hant],
            "b": [doc.text_hans, text_hant],
        },
    )


def _merge(chunks: list[dict]) -> dict[str, list]:
    merged: dict[str, list] = {}
    for chunk in chunks:  # chunks are in record order, so lists stay sorted
        for key, values in chunk.items():
            merged.setdefault(key, []).extend(values)
    return merged


def _write_g_bucket(out_dir: Path, key_bucket: int, chunks: list[dict], shards: int, count) -> int:
    shard_maps: dict[int, dict[str, object]] = {}
    big = 0
    for gram, nums in sorted(_merge(chunks).items()):
        posting = deltas(nums)
        target = shard_maps.setdefault(key_hash(gram) % shards, {})
        if len(nums) * EST_BYTES_G > BIG_POSTING_BYTES:
            own_file = out_dir / "g" / "x" / f"{key_file_name(gram)}.json.gz"
            count("g-big", _write_gz(own_file, posting))
            target[gram] = 0  # "in a file of its own"
            big += 1
        else:
            target[gram] = posting
    for shard in range(key_bucket, shards, BUCKETS):  # empty shards too: no 404s
        entries = shard_maps.get(shard, {})
        count("g", _write_gz(out_dir / "g" / f"{shard}.json.gz", entries))
    return big


def _write_q_bucket(out_dir: Path, key_bucket: int, chunks: list[dict], shards: int, count) -> int:
    """Rows of one trigram: [next character, record gaps, positions per record]."""
    by_tri: dict[str, list[list]] = {}
    for run, flat in sorted(_merge(chunks).items()):
        nums, positions = flat[0::2], flat[1::2]
        by_tri.setdefault(run[:3], []).append([run[3], deltas(nums), positions])
    shard_maps: dict[int, dict[str, object]] = {}
    big = 0
    for tri, rows in by_tri.items():
        target = shard_maps.setdefault(key_hash(tri) % shards, {})
        entries = sum(len(r[1]) for r in rows)
        if entries * EST_BYTES_Q > BIG_POSTING_BYTES:
            count("q-big", _write_gz(out_dir / "q" / "x" / f"{key_file_name(tri)}.json.gz", rows))
            target[tri] = 0
            big += 1
        else:
            target[tri] = rows
    for shard in range(key_bucket, shards, BUCKETS):
        entries = shard_maps.get(shard, {})
        count("q", _write_gz(out_dir / "q" / f"{shard}.json.gz", entries))
    return big


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
        count("facets", _write_gz(out_dir / "facets.json.gz", catalogue))
        return len(files)
