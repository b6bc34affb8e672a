"""The officials, topics and places pages: an index and a page (and an Atom feed, for
officials and topics) per person, topic and place, made from the aggregate of every
record (aggregate.py)."""

from __future__ import annotations

from markupsafe import Markup

from ..registry import Registry
from ..script import name_to_traditional, to_traditional
from .chart import month_bars_svg
from .page_keys import PageWriter


def write_officials(pages: PageWriter, archive, registry: Registry, hant: bool) -> int:
    """The officials index (grouped by place) and a page and feed per official; returns
    the number of pages."""
    people = sorted(archive.people.values(), key=lambda p: (-p.count, p.id))
    groups = _group_by_place(people, registry, hant)
    pages.page("officials/index.html", "officials", people=people, groups=groups)
    for person in people:
        official = registry.official(person.id)
        pages.page(
            f"officials/{person.id}/index.html",
            "official",
            person=person,
            official=official,
            place_name=_place_name(official.place if official else "", registry, hant),
            chart=Markup(month_bars_svg(person.months, _ui("每月出现次数", hant))),
        )
        pages.feed(
            [a.record.item for a in person.dated],
            f"officials/{person.id}/feed.atom.xml",
            person.name,
        )
    return len(people) + 1


def write_topics(pages: PageWriter, archive) -> int:
    topics = sorted(archive.topics.values(), key=lambda t: (-t.count, t.id))
    pages.page("topics/index.html", "topics", topics=topics)
    for topic in topics:
        pages.page(f"topics/{topic.id}/index.html", "topic", topic=topic)
        pages.feed(
            [r.item for r in topic.records if r.date],
            f"topics/{topic.id}/feed.atom.xml",
            topic.name,
        )
    return len(topics) + 1


def write_places(pages: PageWriter, archive, registry: Registry, hant: bool) -> int:
    places = sorted(archive.places.values(), key=lambda p: (-p.count, p.id))
    pages.page(
        "places/index.html", "places", places=places, tree=_place_tree(archive, registry, hant)
    )
    for place in places:
        known = registry.place(place.id)
        pages.page(
            f"places/{place.id}/index.html",
            "place",
            place=place,
            known=known,
            ancestors=[
                (pid, _place_name(pid, registry, hant)) for pid in registry.ancestors(place.id)
            ]
            if known
            else [],
        )
    return len(places) + 1


def _ui(text: str, hant: bool) -> str:
    return to_traditional(text) if hant else text


def _place_name(place_id: str, registry: Registry, hant: bool) -> str:
    if not place_id:
        return ""
    place = registry.place(place_id)
    name = place.name if place else place_id
    return name_to_traditional(name) if hant else name


def _group_by_place(people, registry: Registry, hant: bool):
    """Officials grouped by the place the registry gives (unregistered: "未登记")."""
    groups: dict[str, list] = {}
    for person in people:
        official = registry.official(person.id)
        groups.setdefault(official.place if official else "", []).append(person)
    return [
        (pid, _place_name(pid, registry, hant) or _ui("未登记地区", hant), members)
        for pid, members in sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))
    ]


def _place_tree(archive, registry: Registry, hant: bool):
    """Registered places as an indented list: (depth, id, name, kind, records)."""
    rows = []
    for place in registry.places:
        count = archive.places[place.id].count if place.id in archive.places else 0
        rows.append(
            (
                registry.depth(place.id),
                place.id,
                _place_name(place.id, registry, hant),
                place.kind,
                count,
                registry.ancestors(place.id),
            )
        )
    # Depth-first order: sort by the path of names from the root.
    return sorted(rows, key=lambda r: (*reversed(r[5]), r[1]))
