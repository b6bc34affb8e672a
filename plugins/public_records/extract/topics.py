"""Tag a report with policy topics from the controlled vocabulary (seeds/registry/topics.yml).

A topic is given when one of its anchors occurs, or when its anchors and keywords occur
at least `min_hits` times together. Phrases are matched longest first without overlaps,
and the phrases found are kept as evidence.

>>> from public_records.registry import Registry, Topic
>>> reg = Registry(topics=(Topic("aq", "安全生产", ("消防", "安全"), ("安全生产",)),))
>>> extract_topics("要紧盯安全生产。", reg)
(Tag(id='aq', name='安全生产', evidence=('安全生产',)),)
>>> extract_topics("做好消防工作。", reg)
()
>>> extract_topics("做好消防工作，确保安全。", reg)[0].evidence
('消防', '安全')
"""

from __future__ import annotations

import re

from ..model import Tag
from ..registry import Registry

# One compiled pattern per topic, per registry. Python's regex alternation tries its
# branches in order at each position and `finditer` resumes after a match, so an
# alternation of the phrases sorted longest first finds exactly the non-overlapping,
# longest-first matches of a scan that tries every phrase at every character, in C
# (a report costs 32 scans of its text instead of 32 x phrases x characters calls).
_PATTERNS: dict[int, tuple[Registry, tuple]] = {}


def _phrases(anchors: tuple[str, ...], keywords: tuple[str, ...]) -> list[tuple[str, bool]]:
    phrases = [(a, True) for a in anchors] + [(k, False) for k in keywords]
    phrases.sort(key=lambda p: -len(p[0]))  # stable: an anchor wins a tie with its keyword
    return [p for p in phrases if p[0]]


def _compile(phrases: list[tuple[str, bool]]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(re.escape(phrase) for phrase, _ in phrases))


def _topic_patterns(registry: Registry) -> tuple:
    entry = _PATTERNS.get(id(registry))
    if entry is None or entry[0] is not registry:
        if len(_PATTERNS) > 16:  # registries are few and long-lived; tests make many
            _PATTERNS.clear()
        table = []
        for topic in registry.topics:
            phrases = _phrases(topic.anchors, topic.keywords)
            anchors = frozenset(p for p, is_anchor in phrases if is_anchor)
            table.append((topic, _compile(phrases), anchors))
        entry = _PATTERNS[id(registry)] = (registry, tuple(table))
    return entry[1]


def _count(text: str, phrases: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Non-overlapping occurrences, longest phrase first at each position.

    >>> _count("安全生产和安全", [("安全生产", True), ("安全", False)])
    [('安全生产', True), ('安全', False)]
    >>> _count("安全生产和安全", [])
    []
    """
    pattern = _compile([p for p in phrases if p[0]])
    if pattern is None:
        return []
    is_anchor = dict(reversed(phrases))  # the first listing of a phrase decides
    return [(m.group(), is_anchor[m.group()]) for m in pattern.finditer(text)]


def extract_topics(text: str, registry: Registry) -> tuple[Tag, ...]:
    """Tags in the registry's topic order; evidence = distinct phrases in text order."""
    out = []
    for topic, pattern, anchors in _topic_patterns(registry):
        if pattern is None:
            continue
        found = pattern.findall(text)
        if not found:
            continue
        if any(phrase in anchors for phrase in found) or len(found) >= topic.min_hits:
            evidence = tuple(dict.fromkeys(found))
            out.append(Tag(topic.id, topic.name, evidence))
    return tuple(out)
