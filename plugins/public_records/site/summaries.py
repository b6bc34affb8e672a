"""The officials, topics and places pages: an index and a page (and an Atom feed, for
officials and topics) per person, topic and place, made from the aggregate of every
record (aggregate.py).

An official's page lists the newest `TIMELINE_SHOWN` appearances (readable without
JavaScript); a longer list is also written whole, one compact row per appearance, to
`officials/<id>/appearances.json`, which the page loads when asked ("show all":
theme/static/js/appearances.js). A topic's and a place's page do the same with their
records (`LIST_SHOWN`, `<family>/<id>/records.json`, `record_rows`). The pages' size
then stays bounded however many records name them; feeds give the newest
`FEED_ENTRIES` records.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable

from markupsafe import Markup

from ..common.atomic import write_atomic
from ..registry import Registry
from ..script import name_to_traditional, to_traditional
from .chart import month_bars_svg
from .page_keys import PageWriter
from .run_files import RUN_FILES

# Appearances listed on an official's page; the rest are in its appearances.json.
TIMELINE_SHOWN = 50
# Records listed on a topic's or a place's page; the rest are in its records.json.
LIST_SHOWN = 50
# Entries of an official's or a topic's feed (the newest records; the site feed has its
# own FEED_MAX_ITEMS).
FEED_ENTRIES = 20


def write_officials(pages: PageWriter, archive, registry: Registry, hant: bool) -> int:
    """The officials index (grouped by place) and a page and feed per official; returns
    the number of pages."""
    people = sorted(archive.people.values(), key=lambda p: (-p.count, p.id))
    groups = _group_by_place(people, registry, hant)
    pages.page("officials/index.html", "officials", people=people, groups=groups)
    text = _text_filter(pages)
    for person in people:
        official = registry.official(person.id)
        shown = person.appearances[:TIMELINE_SHOWN]
        all_json = ""
        if len(shown) < person.count:
            all_json = f"officials/{person.id}/appearances.json"
            _write_appearances(pages, all_json, person, text)
        place_name = _place_name(official.place if official else "", registry, hant)
        # A feed lists dated records only: a person seen only in undated records has none,
        # and the page must not link one (most people of real reports: a dead link twice
        # on each such page). Made from the person, so the page's key covers it.
        feed = ""
        if any(a.record.date for a in person.appearances):
            feed = f"officials/{person.id}/feed.atom.xml"
        pages.page(
            f"officials/{person.id}/index.html",
            "official",
            # The chart, the timeline and the list's file are made from the person (its
            # token covers its appearances) by this module's code (in the keys' env).
            key_values={"person": person, "official": official, "place_name": place_name},
            derived=lambda person=person, shown=shown: {
                "chart": Markup(month_bars_svg(person.months, _ui("每月出现次数", hant))),
                "timeline": by_year(shown),
            },
            person=person,
            official=official,
            place_name=place_name,
            shown=len(shown),
            all_json=all_json,
            feed=feed,
        )
        if feed:
            pages.feed(
                lambda person=person: [a.record.item for a in person.dated],
                feed,
                person.name,
                limit=FEED_ENTRIES,
                made_from=person,
            )
    return len(people) + 1


def by_year(appearances) -> list[tuple[str, list]]:
    """Appearances (newest first, undated last) grouped by year, in that order.

    >>> from types import SimpleNamespace as N
    >>> rows = [N(record=N(date=d)) for d in ("2025-03-01", "2025-01-02", "2024-12-31", "")]
    >>> [(y, len(items)) for y, items in by_year(rows)]
    [('2025', 2), ('2024', 1), ('undated', 1)]
    """
    years: dict[str, list] = defaultdict(list)
    for a in appearances:
        years[a.record.date[:4] or "undated"].append(a)
    return list(years.items())


def appearance_rows(appearances, text=str) -> list[list[str]]:
    """One compact row per appearance for appearances.json: date, the record's link
    (relative to the site root), its title, the title as written (through `text`, the
    run's script), the role codes separated by spaces, and the record that taught the
    name ("" when none).

    >>> from types import SimpleNamespace as N
    >>> a = N(record=N(date="2025-03-01", url="records/x/", title="会议"),
    ...       title_as_written="区长", roles=("chair", "speaker"), learned_from="")
    >>> appearance_rows([a])
    [['2025-03-01', 'records/x/', '会议', '区长', 'chair speaker', '']]
    """
    return [
        [
            a.record.date,
            a.record.url,
            a.record.title,
            text(a.title_as_written) or "",
            " ".join(a.roles),
            a.learned_from,
        ]
        for a in appearances
    ]


def record_rows(records) -> list[list[str]]:
    """One compact row per record for a topic's or place's records.json: date, the
    record's link (relative to the site root), its title, the date as written when the
    record is undated (the page shows it), and "inferred" when the date is inferred
    (the page marks it).

    >>> from types import SimpleNamespace as N
    >>> item = lambda d: N(metadata={"record": {"date": d}})
    >>> rows = [N(date="2025-03-01", url="records/x/", title="会议",
    ...           item=item({"evidence": "inferred", "as_written": "3月1日"})),
    ...         N(date="", url="records/y/", title="调研",
    ...           item=item({"evidence": "unknown", "as_written": "上月"}))]
    >>> record_rows(rows)
    [['2025-03-01', 'records/x/', '会议', '', 'inferred'], ['', 'records/y/', '调研', '上月', '']]
    """
    out = []
    for r in records:
        date = (r.item.metadata.get("record") or {}).get("date") or {} if r.item else {}
        out.append(
            [
                r.date,
                r.url,
                r.title,
                "" if r.date else date.get("as_written", ""),
                "inferred" if date.get("evidence") == "inferred" else "",
            ]
        )
    return out


def _write_appearances(pages: PageWriter, path: str, person, text) -> None:
    _write_rows(pages, path, person, lambda: appearance_rows(person.appearances, text))


def _write_rows(pages: PageWriter, path: str, summary, rows: Callable[[], list]) -> None:
    """A page's whole list as compact JSON ({"rows": [...]}), written when it changed.

    The key is the fingerprint of what the rows are made of (`summary`: the person, topic
    or place, whose token covers its appearances or records: hashed once per run and
    shared with the pages' own keys, or kept from the last run when no changed record
    names it, page_keys.PageKeys.reuse_summaries), not of the rows: making them runs the
    `text` filter on every title as written (OpenCC in the Traditional run), thousands
    per official, so they are made only when the file is written. The filter's own
    inputs (registry, code, settings) are in the keys' env."""

    def render() -> None:
        body = json.dumps({"rows": rows()}, ensure_ascii=False, separators=(",", ":"))
        write_atomic(pages.output / path, body.encode("utf-8"))
        RUN_FILES.add(pages.output / path)

    name = path.rsplit("/", 1)[-1]
    pages.if_changed(path, pages.keys.key(name, {"shown": summary}), render, False)


def _bounded_list(pages: PageWriter, family: str, tag) -> dict:
    """What a topic's or place's page gets for its list: the newest `LIST_SHOWN`
    records, and when there are more, the path of records.json (written here) that
    holds them all."""
    shown = tag.records[:LIST_SHOWN]
    all_json = ""
    if len(shown) < tag.count:
        all_json = f"{family}/{tag.id}/records.json"
        _write_rows(pages, all_json, tag, lambda: record_rows(tag.records))
    return {"shown_records": shown, "shown": len(shown), "all_json": all_json}


def _text_filter(pages: PageWriter):
    """The run's `text` filter (input text in the run's script), as the pages use it."""
    env = pages.generator.env
    if "text" not in env.filters:
        return str
    return lambda value: env.call_filter("text", value)


def write_topics(pages: PageWriter, archive) -> int:
    topics = sorted(archive.topics.values(), key=lambda t: (-t.count, t.id))
    pages.page("topics/index.html", "topics", topics=topics)
    for topic in topics:
        # As an official's: a feed (and a link to it) only when a record is dated
        feed = f"topics/{topic.id}/feed.atom.xml" if any(r.date for r in topic.records) else ""
        pages.page(
            f"topics/{topic.id}/index.html",
            "topic",
            topic=topic,
            feed=feed,
            **_bounded_list(pages, "topics", topic),
        )
        if feed:
            pages.feed(
                lambda topic=topic: [r.item for r in topic.records if r.date],
                feed,
                topic.name,
                limit=FEED_ENTRIES,
                made_from=topic,
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
            **_bounded_list(pages, "places", place),
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
    """Officials grouped by place: a registered official by the place the registry gives,
    an unregistered person by the registered place most of the person's records are about
    (so that a large archive's thousands of unregistered names are not one table); the
    rest under "未登记地区", last."""
    groups: dict[str, list] = {}
    for person in people:
        groups.setdefault(_person_place(person, registry), []).append(person)
    return [
        (pid, _place_name(pid, registry, hant) or _ui("未登记地区", hant), members)
        for pid, members in sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))
    ]


def _person_place(person, registry: Registry) -> str:
    """The registry's place of an official; for an unregistered person, the registered
    place most of the person's records are about (ties: the newest record's), or "".

    >>> from types import SimpleNamespace as NS
    >>> from ..registry import Place
    >>> reg = Registry(places=(Place("d", "大观区", "district"), Place("h", "海口镇", "town")))
    >>> def seen(*places):
    ...     return NS(id="p-x", appearances=[NS(record=NS(meta={"place": p})) for p in places])
    >>> _person_place(seen("h", "d", "d"), reg), _person_place(seen("h", "d"), reg)
    ('d', 'h')
    >>> _person_place(seen("", "nowhere"), reg)
    ''
    """
    official = registry.official(person.id)
    if official:
        return official.place
    counts: Counter = Counter()
    for appearance in person.appearances:  # newest first: most_common keeps that order
        place = appearance.record.meta.get("place", "")
        if isinstance(place, str) and place and registry.place(place):
            counts[place] += 1
    return counts.most_common(1)[0][0] if counts else ""


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
