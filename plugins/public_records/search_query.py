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
    """Start offsets of the five-character windows that cover a term of six or more.

    >>> windows(6), windows(10), windows(11)
    ([0, 1], [0, 5], [0, 5, 6])
    """
    offsets = list(range(0, length - 4, 5))
    if offsets[-1] != length - 5:
        offsets.append(length - 5)
    return offsets


def counts_of(digits: str) -> list[int]:
    """Occurrence counts from their base-36 digits (one per record).

    >>> counts_of("12az")
    [1, 2, 10, 35]
    """
    return [int(ch, 36) for ch in digits]


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

    def entry(self, kind: str, key: str) -> object:
        """The value of a key in its shard of `kind` (or in its own file), None if absent."""
        shard = self.load(f"{kind}/{key_hash(key) % self.meta[kind]}.json.gz")
        value = shard.get(key)
        if value == 0:
            value = self.load(f"{kind}/x/{key_file_name(key)}.json.gz")
        return value

    def gram_records(self, gram: str) -> list[int]:
        """Records containing a one- or two-character gram."""
        value = self.entry("g", gram)
        return undelta(value) if value is not None else []

    def trigram_rows(self, tri: str) -> list[tuple[str, list[int], list[int]]]:
        """(next character, records, occurrence counts) for one trigram."""
        rows = self.entry("q", tri) or []
        return [(nxt, undelta(gaps), counts_of(digits)) for nxt, gaps, digits in rows]

    def run_positions(self, run: str) -> dict[int, list[int]]:
        """Positions of a five-character run, per record."""
        value = self.entry("p", run)
        if value is None:
            return {}
        gaps, positions = value
        pairs = zip(undelta(gaps), positions, strict=True)
        return {n: (p if isinstance(p, list) else [p]) for n, p in pairs}

    def term_counts(self, term: str) -> dict[int, int]:
        """Records whose folded text contains `term`, with occurrence counts when known."""
        if len(term) <= 2:
            return dict.fromkeys(self.gram_records(term), 1)
        if len(term) in (3, 4):
            counts: dict[int, int] = {}
            for nxt, nums, row_counts in self.trigram_rows(term[:3]):
                if len(term) == 4 and nxt != term[3]:
                    continue
                for n, c in zip(nums, row_counts, strict=True):
                    counts[n] = counts.get(n, 0) + c
            return counts
        if len(term) == 5:
            value = self.entry("r", term)
            if value is None:
                return {}
            gaps, digits = value
            return dict(zip(undelta(gaps), counts_of(digits), strict=True))
        offsets = windows(len(term))
        found = [self.run_positions(term[o : o + 5]) for o in offsets]
        counts = {}
        for n in set.intersection(*(set(f) for f in found)):
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
