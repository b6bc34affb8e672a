"""Tag the places a report names (from the gazetteer) and resolve the record's place.

Matching is longest first without overlaps, so 大观经济开发区 is the zone and not also
大观区, and a place inside a person's name (陈福建) is not a place.

>>> from public_records.registry import Registry, Place
>>> reg = Registry(places=(Place("d", "大观区", "district"), Place("h", "海口镇", "township", "d")))
>>> [(t.id, t.evidence) for t in extract_places("大观区海口镇召开会议。", reg)]
[('d', ('大观区',)), ('h', ('海口镇',))]
>>> extract_places("海口市召开会议。", reg)
()
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Tag
from ..registry import Registry

# Per registry: the gazetteer's names by first character, longest first (the order in
# which the scan tries them), and one pattern that finds where any name starts.
_GAZETTEERS: dict[int, tuple[Registry, tuple]] = {}


def _gazetteer(registry: Registry) -> tuple:
    entry = _GAZETTEERS.get(id(registry))
    if entry is None or entry[0] is not registry:
        if len(_GAZETTEERS) > 16:  # registries are few and long-lived; tests make many
            _GAZETTEERS.clear()
        names = sorted(
            ((n, p.id) for p in registry.places for n in p.names if n), key=lambda x: -len(x[0])
        )
        by_first: dict[str, list[tuple[str, str]]] = {}
        for name, pid in names:
            by_first.setdefault(name[0], []).append((name, pid))
        starts = re.compile("|".join(re.escape(n) for n in dict.fromkeys(n for n, _ in names)))
        entry = _GAZETTEERS[id(registry)] = (registry, (by_first, starts if names else None))
    return entry[1]


def _place_hits(text: str, registry: Registry) -> list[tuple[int, int, str, str]]:
    """(start, end, place id, surface) for each non-overlapping gazetteer match.

    Longest name first at each position, skipping names that overlap a person's name
    (found by the officials finder, run only when some place name occurs at all).
    """
    by_first, starts = _gazetteer(registry)
    if starts is None:
        return []
    masked: list[bool] | None = None
    hits = []
    i = 0
    while True:
        m = starts.search(text, i)  # the next position where some name starts
        if m is None:
            break
        i = m.start()
        if masked is None:
            masked = _masked(text, registry)
        for name, pid in by_first[text[i]]:
            if text.startswith(name, i) and not any(masked[i : i + len(name)]):
                hits.append((i, i + len(name), pid, name))
                i += len(name)
                break
        else:
            i += 1
    return hits


def _masked(text: str, registry: Registry) -> list[bool]:
    """True at each character of a person's name."""
    from .officials import find_officials

    masked = [False] * len(text)
    for m in find_officials(text, registry):
        for i in range(m.start, m.end):
            masked[i] = True
    return masked


def extract_places(text: str, registry: Registry) -> tuple[Tag, ...]:
    """One Tag per place named, in order of first mention; evidence = forms as written."""
    # The import asks twice per record (the record's places, and extract_officials for
    # the place of its ids): the last answer is kept.
    last = _LAST
    if last and last[0] is registry and last[1] == text:
        return last[2]
    tags = _extract_places(text, registry)
    _LAST[:] = (registry, text, tags)
    return tags


_LAST: list = []


def _extract_places(text: str, registry: Registry) -> tuple[Tag, ...]:
    order: list[str] = []
    forms: dict[str, list[str]] = {}
    for _, _, pid, surface in _place_hits(text, registry):
        if pid not in forms:
            order.append(pid)
            forms[pid] = []
        if surface not in forms[pid]:
            forms[pid].append(surface)
    out = []
    for pid in order:
        place = registry.place(pid)
        out.append(Tag(pid, place.name if place else pid, tuple(forms[pid])))
    return tuple(out)


def resolve_place(places: tuple[Tag, ...] | list[Tag], registry: Registry | None = None) -> str:
    """The record's place: the most specific place whose subtree holds more than half of
    the places named (each Tag counts once per surface form found).

    A report naming 大观区 and three of its townships once each is about 大观区; a report
    naming 海口镇 three times and 大观区 once is about 海口镇 only if 海口镇 alone holds
    the majority of tags.

    >>> from public_records.registry import Registry, Place
    >>> reg = Registry(places=(Place("d", "大观区", "district"),
    ...     Place("a", "甲乡", "township", "d"), Place("b", "乙乡", "township", "d")))
    >>> resolve_place((Tag("d", "大观区"), Tag("a", "甲乡"), Tag("b", "乙乡")), reg)
    'd'
    >>> resolve_place((Tag("a", "甲乡"),), reg)
    'a'
    >>> resolve_place((), reg)
    ''
    """
    if not places:
        return ""
    if registry is None or not registry.places:
        return places[0].id
    weight = Counter({t.id: max(1, len(t.evidence)) for t in places})
    total = sum(weight.values())
    subtree: Counter[str] = Counter()
    for pid, count in weight.items():
        for ancestor in registry.ancestors(pid) or (pid,):
            subtree[ancestor] += count
    dominant = [pid for pid, count in subtree.items() if count * 2 > total]
    if not dominant:
        return ""
    return max(dominant, key=lambda pid: (registry.depth(pid), subtree[pid]))
