"""Who each person found is: the registry's id when the registry knows the name in the
report's place, else a provisional id (`officials.provisional_id`).

It stands above officials.py (which finds the people) and places.py (which finds the
report's place, masking the people's names), so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Credit, Mention
from ..registry import Registry
from .officials import find_officials, provisional_id
from .places import extract_places, resolve_place


def extract_officials(
    text: str, registry: Registry | None = None, credits: Iterable[Credit] = ()
) -> tuple[Mention, ...]:
    """One Mention per person per report, with title as written, roles and evidence.

    `start`/`end` is the span of the name at its first titled mention; `evidence` is its
    sentence. person_id is the registry id when the registry knows the name in this
    report's place, else a provisional id. Credited people (撰稿人 …) are left out unless
    the body names them with a title.

    >>> ms = extract_officials("区领导金玉、程亮等出席。")
    >>> [(m.name, m.title, m.roles) for m in ms]
    [('金玉', '区领导', ('attendee',)), ('程亮', '区领导', ('attendee',))]
    """
    registry = registry or Registry()
    raw = find_officials(text, registry, credits)
    place = resolve_place(extract_places(text, registry), registry) if raw else ""
    out = []
    for m in raw:
        official = registry.find_official(m.name, place)
        person_id = official.id if official else provisional_id(m.name, place)
        out.append(Mention(m.name, m.title, m.roles, m.start, m.end, person_id, m.evidence))
    return tuple(out)
