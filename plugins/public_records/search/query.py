"""Query a written search index: the Python reference of theme/static/js/search.js.

It reads the same files the browser reads (docs/search.md) and follows the same steps,
so tests can check the index's exactness without a browser, and a build can check that
the seed is found (tests/test_search_index.py).

With a delta (search_delta), a result is the main index's records that match, less the
ones the delta removes, merged with the delta's records that match (a substring scan of
their folded text), in the order and with the counts a full build would give. A result
is a list of item numbers: a main record's number, or main docs + j for the delta's
record j.
"""

from __future__ import annotations

import bisect
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from .delta import merge_catalogue
from .fold import fold_phrases, term_variants
from .index import MAX_COUNT, doc_file, key_file_name, key_hash, traditional_body

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


def parse_phrases(packed: str) -> dict[str, str]:
    """The phrase folds from meta's `phrases`: entries joined by spaces, each a folded
    Traditional phrase and its folded Simplified phrase (same length) written together.

    >>> parse_phrases("瞭解了解 一目瞭然一目了然")
    {'瞭解': '了解', '一目瞭然': '一目了然'}
    """
    return {e[: len(e) // 2]: e[len(e) // 2 :] for e in packed.split(" ") if e}


def fold_text(text: str, fold_map: dict[str, str]) -> str:
    return "".join(fold_map.get(ch, ch) for ch in text)


def highlight_spans(
    text: str, variants: list[list[str]], fold_map: dict[str, str], phrases: dict[str, str]
) -> list[tuple[int, int]]:
    """Where a displayed text shows a term: every occurrence of any of its variants in the
    text folded by character, or with its phrases folded too (瞭解 on a Traditional page
    for 了解), leftmost first, longest first at one place, none overlapping.

    >>> highlight_spans("我们瞭解情况", [["了解"]], {}, {"瞭解": "了解"})
    [(2, 4)]
    """
    by_char = fold_text(text, fold_map)
    forms = {by_char, fold_phrases(by_char, phrases)}
    marks = []
    for form in forms:
        for term in (v for vs in variants for v in vs):
            at = form.find(term)
            while at != -1:
                marks.append((at, at + len(term)))
                at = form.find(term, at + 1)
    spans: list[tuple[int, int]] = []
    for start, end in sorted(marks, key=lambda m: (m[0], -m[1])):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


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


def text_count(text: str, term: str) -> int:
    """Occurrences of a term in a folded text, counted as the main index counts them
    (0: absent). One and two characters: 1. Three: per character that follows (" " at a
    token end), occurrences capped at MAX_COUNT, added (the trigram's rows). Four and
    five: occurrences capped at MAX_COUNT. Six or more: occurrences. Overlaps count.

    >>> text_count("招商引资\\n招商", "招商"), text_count("发展发展发\\n发展发", "发展发")
    (1, 3)
    >>> text_count("发展发展发展", "发展发展"), text_count("ab", "abc")
    (2, 0)
    """
    at = text.find(term)
    if at == -1:
        return 0
    if len(term) <= 2:
        return 1
    found: dict[str, int] = {}
    while at != -1:
        after = at + len(term)
        following = text[after] if len(term) == 3 and after < len(text) else " "
        key = " " if following == "\n" else following
        found[key] = found.get(key, 0) + 1
        at = text.find(term, at + 1)
    if len(term) >= 6:
        return sum(found.values())
    return sum(min(n, MAX_COUNT) for n in found.values())


def delta_has(rec: dict, facet: str, value: str, role: str = "") -> bool:
    """Whether a delta record has a facet value (an official in `role`, when given)."""
    if facet == "official":
        return any(pid == value and (not role or role in roles) for pid, roles in rec["o"])
    if facet == "role":
        return any(value in roles for _pid, roles in rec["o"])
    if facet == "topic":
        return value in rec["c"]
    if facet == "place":
        return rec["a"] == value
    width = 4 if facet == "year" else 7
    return len(rec["d"]) >= width and rec["d"][:width] == value


@dataclass
class Result:
    records: list[int]  # items (record numbers; main docs + j for delta record j), in order
    counts: dict[int, int]  # occurrences per item where known (1 otherwise)
    requests: list[str]  # index files read, in order (the browser fetches the same)
    years: dict[str, int] = field(default_factory=dict)  # results per year (non-zero)
    months: dict[str, int] = field(default_factory=dict)  # results per month (non-zero)


class IndexReader:
    """Reads an index folder; caches files as the browser does within one page."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.cache: dict[str, object] = {}
        self.requests: list[str] = []
        self.meta = self.load("meta.json.gz")
        pairs = self.meta["fold"]
        self.fold_map = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}
        self.phrases = parse_phrases(self.meta.get("phrases", ""))
        pairs = self.meta.get("hant", "")
        self.hant = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}

    def variants(self, query: str) -> list[list[str]]:
        """Each folded query term with the forms it is looked up in (term_variants)."""
        return [term_variants(t, self.phrases) for t in split_terms(query, self.fold_map)]

    def highlights(self, text: str, query: str) -> list[tuple[int, int]]:
        """Where the result list marks the query in a displayed text (search.js)."""
        return highlight_spans(text, self.variants(query), self.fold_map, self.phrases)

    @property
    def delta(self) -> dict | None:
        """The delta file named in the meta (None without one)."""
        return self.load(self.meta["delta"]) if self.meta.get("delta") else None

    @property
    def dead(self) -> set[int]:
        delta = self.delta
        return set(undelta(delta["dead"])) if delta else set()

    def catalogue(self) -> dict:
        """The facet catalogue a reader is shown: the main one with the delta's rows."""
        delta = self.delta
        return merge_catalogue(self.facets, delta["facets"] if delta else None)

    def period_totals(self, facet: str) -> dict[str, int]:
        """Records per year (facet "year") or month, with the delta (non-zero only)."""
        return self.period_counts(facet, None)

    def period_counts(self, facet: str, items: list[int] | None) -> dict[str, int]:
        """Items per year or month (all records when items is None); non-zero only."""
        main_docs = self.meta["docs"]
        delta = self.delta
        recs = delta["recs"] if delta else []
        if items is None:
            dead = self.dead
            main = sorted(n for n in range(main_docs) if n not in dead)
            extra = recs
        else:
            main = sorted(n for n in items if n < main_docs)
            extra = [recs[n - main_docs] for n in items if n >= main_docs]
        counts: dict[str, int] = {}
        for value, lo, hi in self.facets[facet]:
            counts[value] = bisect.bisect_left(main, hi) - bisect.bisect_left(main, lo)
        for rec in extra:
            width = 4 if facet == "year" else 7
            if len(rec["d"]) >= width:
                counts[rec["d"][:width]] = counts.get(rec["d"][:width], 0) + 1
        return {value: n for value, n in sorted(counts.items()) if n}

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
        delta = self.delta
        terms = self.variants(query)
        for variants in terms:
            term_counts: dict[int, int] = {}
            for variant in variants:  # a record holding any form of the term matches
                for n, c in self.term_counts(variant).items():
                    term_counts[n] = term_counts.get(n, 0) + c
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
        main_docs = self.meta["docs"]
        recs = delta["recs"] if delta else []
        if delta:
            matched -= self.dead
            checks = [
                (facet, filters[facet], filters.get("role", "") if facet == "official" else "")
                for facet in FACETS
                if facet in filters and not (facet == "role" and "official" in filters)
            ]
            for j, rec in enumerate(recs):
                if not all(delta_has(rec, *check) for check in checks):
                    continue
                found = [sum(text_count(rec["f"], v) for v in vs) for vs in terms]
                if all(found):
                    matched.add(main_docs + j)
                    if terms:
                        counts[main_docs + j] = sum(found)

        def place(n: int) -> int:
            """Where an item sorts: a delta record just before the main record it names
            ("at"), delta records in their own order, ascending with the date."""
            if n < main_docs:
                return n * (len(recs) + 1) + len(recs)
            return recs[n - main_docs]["at"] * (len(recs) + 1) + (n - main_docs)

        if sort == "relevance":
            order = sorted(matched, key=lambda n: (-counts.get(n, 1), -place(n)))
        else:
            order = sorted(matched, key=place, reverse=True)
        return Result(
            order,
            {n: counts.get(n, 1) for n in order},
            list(self.requests),
            self.period_counts("year", order),
            self.period_counts("month", order),
        )

    def reasons(self, num: int, query: str, script: int = 0) -> list[tuple[str, str]]:
        """Why a result matched when its title and body (in script 0, Simplified, or 1)
        show no term: (kind, label) for each topic label, official name or place that
        does, as search.js lists them ("主题：产业发展")."""
        rec = self.record(num)
        shown = [rec["t"][script] or rec["t"][0], self.body(rec, script)]
        if not query.split() or any(self.highlights(text, query) for text in shown):
            return []
        fields = [("topic", rec.get("k", [])), ("official", rec.get("n", []))]
        fields.append(("place", [rec["l"]] if rec.get("l") else []))
        return [
            (kind, label[script] or label[0])
            for kind, labels in fields
            for label in labels
            if (label[script] or label[0]) and self.highlights(label[script] or label[0], query)
        ]

    def body(self, rec: dict, script: int = 0) -> str:
        """A result's body in script 0 (Simplified) or 1, as search.js shows it."""
        if script == 0:
            return rec["b"][0]
        return traditional_body(rec, self.hant) or rec["b"][0]

    def record(self, num: int) -> dict:
        """What the result list shows of an item (a d/ file or a delta record)."""
        if num >= self.meta["docs"]:
            return self.delta["recs"][num - self.meta["docs"]]
        return self.load(doc_file(num))

    def paths(self, nums: list[int]) -> list[str]:
        return [self.record(n)["p"] for n in nums]
