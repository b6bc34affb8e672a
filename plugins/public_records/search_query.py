"""Query a written search index: the Python reference of theme/static/js/search.js.

It reads the same files the browser reads (docs/search.md) and follows the same steps,
so tests can check the index's exactness without a browser, and a build can check that
the seed is found (tests/test_search_index.py).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from .search_index import doc_file, key_file_name, key_hash

FACETS = ("official", "role", "topic", "place", "year", "month")


def undelta(gaps: list[int]) -> list[int]:
    """Record numbers from their gaps.

    >>> undelta([3, 1, 6])
    [3, 4, 10]
    """
    out, total = [], 0
    for gap in gaps:
        total += gap
        out.append(total)
    return out


def split_terms(query: str, fold_map: dict[str, str]) -> list[str]:
    """The folded, distinct, space-separated terms of a query, in order.

    >>> split_terms("潘功發  招商引資 潘功发", {"發": "发", "資": "资"})
    ['潘功发', '招商引资']
    """
    seen: list[str] = []
    for raw in query.split():
        term = "".join(fold_map.get(ch, ch) for ch in raw)
        if term not in seen:
            seen.append(term)
    return seen


def windows(length: int) -> list[int]:
    """Start offsets of the four-character windows that cover a longer term.

    >>> windows(5), windows(8), windows(9)
    ([0, 1], [0, 4], [0, 4, 5])
    """
    offsets = list(range(0, length - 3, 4))
    if offsets[-1] != length - 4:
        offsets.append(length - 4)
    return offsets


@dataclass
class Result:
    records: list[int]  # record numbers, in the order asked for
    counts: dict[int, int]  # occurrences per record where known (1 otherwise)
    requests: list[str]  # index files read, in order (the browser fetches the same)


class IndexReader:
    """Reads an index folder; caches files as the browser does within one page."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.cache: dict[str, object] = {}
        self.requests: list[str] = []
        self.meta = self.load("meta.json.gz")
        pairs = self.meta["fold"]
        self.fold_map = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}

    def load(self, rel: str) -> object:
        if rel not in self.cache:
            self.requests.append(rel)
            self.cache[rel] = json.loads(gzip.decompress((self.root / rel).read_bytes()))
        return self.cache[rel]

    @property
    def facets(self) -> dict:
        return self.load("facets.json.gz")

    def gram_records(self, gram: str) -> list[int]:
        """Records containing a one- or two-character gram."""
        shard = self.load(f"g/{key_hash(gram) % self.meta['g']}.json.gz")
        value = shard.get(gram)
        if value is None:
            return []
        if value == 0:
            value = self.load(f"g/x/{key_file_name(gram)}.json.gz")
        return undelta(value)

    def trigram_rows(self, tri: str) -> list[tuple[str, list[int], list]]:
        """(next character, records, positions per record) for one trigram."""
        shard = self.load(f"q/{key_hash(tri) % self.meta['q']}.json.gz")
        rows = shard.get(tri)
        if rows is None:
            return []
        if rows == 0:
            rows = self.load(f"q/x/{key_file_name(tri)}.json.gz")
        return [(nxt, undelta(gaps), pos) for nxt, gaps, pos in rows]

    def run_positions(self, run: str) -> dict[int, list[int]]:
        """Positions of a four-character run (or a trigram and " "), per record."""
        for nxt, nums, pos in self.trigram_rows(run[:3]):
            if nxt == run[3]:
                pairs = zip(nums, pos, strict=True)
                return {n: (p if isinstance(p, list) else [p]) for n, p in pairs}
        return {}

    def term_counts(self, term: str) -> dict[int, int]:
        """Records whose folded text contains `term`, with occurrence counts when known."""
        if len(term) <= 2:
            return dict.fromkeys(self.gram_records(term), 1)
        if len(term) == 3:
            counts: dict[int, int] = {}
            for _nxt, nums, pos in self.trigram_rows(term):
                for n, p in zip(nums, pos, strict=True):
                    counts[n] = counts.get(n, 0) + (len(p) if isinstance(p, list) else 1)
            return counts
        if len(term) == 4:
            return {n: len(p) for n, p in self.run_positions(term).items()}
        offsets = windows(len(term))
        found = [self.run_positions(term[o : o + 4]) for o in offsets]
        counts = {}
        for n in set.intersection(*(set(f) for f in found)) if found else ():
            later = [set(f[n]) for f in found[1:]]
            hits = sum(
                all(p + o in s for o, s in zip(offsets[1:], later, strict=True))
                for p in found[0][n]
            )
            if hits:
                counts[n] = hits
        return counts

    def facet_records(self, facet: str, value: str, role: str = "") -> list[int] | None:
        """Records with one facet value, or None when the value is unknown."""
        cat = self.facets
        if facet in ("year", "month"):
            for v, lo, hi in cat[facet]:
                if v == value:
                    return list(range(lo, hi))
            return None
        for row in cat[facet]:
            if row[0] != value:
                continue
            if facet == "official" and role:
                entry = row[5].get(role)
                return undelta(self.load(f"f/{entry[1]}.json.gz")) if entry else []
            file_no = row[2] if facet == "role" else row[4]
            return undelta(self.load(f"f/{file_no}.json.gz"))
        return None

    def search(
        self, query: str = "", filters: dict[str, str] | None = None, sort: str = "date"
    ) -> Result:
        """Records matching every term and every filter; newest first, or by relevance
        (occurrences, then newest). An unknown filter value matches nothing."""
        self.requests = []
        filters = {k: v for k, v in (filters or {}).items() if v}
        sets: list[set[int]] = []
        counts: dict[int, int] = {}
        for term in split_terms(query, self.fold_map):
            term_counts = self.term_counts(term)
            sets.append(set(term_counts))
            for n, c in term_counts.items():
                counts[n] = counts.get(n, 0) + c
        for facet in FACETS:
            if facet not in filters:
                continue
            if facet == "role" and "official" in filters:
                continue  # applied with the official, as "this official in this role"
            role = filters.get("role", "") if facet == "official" else ""
            records = self.facet_records(facet, filters[facet], role)
            sets.append(set(records or ()))
        if not sets:
            return Result([], {}, list(self.requests))
        matched = set.intersection(*sets)
        if sort == "relevance":
            order = sorted(matched, key=lambda n: (-counts.get(n, 1), -n))
        else:
            order = sorted(matched, reverse=True)
        return Result(order, {n: counts.get(n, 1) for n in order}, list(self.requests))

    def record(self, num: int) -> dict:
        return self.load(doc_file(num))

    def paths(self, nums: list[int]) -> list[str]:
        return [self.record(n)["p"] for n in nums]
