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

from collections import Counter

from ..model import Tag
from ..registry import Registry


def _place_hits(text: str, registry: Registry) -> list[tuple[int, int, str, str]]:
    """(start, end, place id, surface) for each non-overlapping gazetteer match."""
    from .officials import find_officials

    names = sorted(((n, p.id) for p in registry.places for n in p.names), key=lambda x: -len(x[0]))
    if not names:
        return []
    masked = [False] * len(text)
    for m in find_officials(text, registry):
        for i in range(m.start, m.end):
            masked[i] = True
    hits = []
    i = 0
    while i < len(text):
        for name, pid in names:
            if text.startswith(name, i) and not any(masked[i : i + len(name)]):
                hits.append((i, i + len(name), pid, name))
                i += len(name)
                break
        else:
            i += 1
    return hits


def extract_places(text: str, registry: Registry) -> tuple[Tag, ...]:
    """One Tag per place named, in order of first mention; evidence = forms as written."""
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
