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

from ..model import Tag
from ..registry import Registry


def _count(text: str, phrases: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Non-overlapping occurrences, longest phrase first at each position."""
    found = []
    i = 0
    while i < len(text):
        for phrase, is_anchor in phrases:
            if text.startswith(phrase, i):
                found.append((phrase, is_anchor))
                i += len(phrase)
                break
        else:
            i += 1
    return found


def extract_topics(text: str, registry: Registry) -> tuple[Tag, ...]:
    """Tags in the registry's topic order; evidence = distinct phrases in text order."""
    out = []
    for topic in registry.topics:
        phrases = [(a, True) for a in topic.anchors] + [(k, False) for k in topic.keywords]
        phrases.sort(key=lambda p: -len(p[0]))
        found = _count(text, phrases)
        if not found:
            continue
        if any(is_anchor for _, is_anchor in found) or len(found) >= topic.min_hits:
            evidence = tuple(dict.fromkeys(phrase for phrase, _ in found))
            out.append(Tag(topic.id, topic.name, evidence))
    return tuple(out)
