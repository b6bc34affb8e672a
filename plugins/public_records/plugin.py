"""The Pelican glue, and the only module that imports Pelican.

- RecordReader reads the content files written by the import (and the hand-written
  pages, converted to Traditional in the Traditional run).
- ArchiveGenerator writes the pages that are not Pelican articles (officials, topics,
  places, data, build report, undated records) and, once per build, the shared outputs.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.readers import BaseReader

from markupsafe import Markup

from . import publish
from .aggregate import RecordView, aggregate
from .chart import month_bars_svg
from .markdown import read_content
from .registry import Registry, RegistryError, load_registry
from .render import markdown_to_html
from .script import name_to_traditional, to_traditional
from .shared import write_shared_outputs

logger = logging.getLogger(__name__)

# Pelican needs a date on every article; an undated record gets this one, is hidden
# from dated lists and feeds, and its pages show "undated", never this date.
UNDATED = datetime(1900, 1, 1)


def record_datetime(resolved: str) -> datetime | None:
    """The first day of the record's resolved date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not resolved:
        return None
    parts = [int(p) for p in resolved.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


class RecordReader(BaseReader):
    enabled = True
    file_extensions = ("md",)

    def read(self, source_path: str):
        text = Path(source_path).read_text(encoding="utf-8")
        meta, body = read_content(text)
        hant = self.settings.get("ARCHIVE_SCRIPT") == "hant"
        if "raw_text" in meta:  # a record written by the import
            when = record_datetime(meta["date"]["resolved"])
            metadata = {
                "title": meta["title"],
                "slug": meta["id"],
                "lang": meta["lang"].lower(),  # Pelican lower-cases DEFAULT_LANG only
                "template": "record",
                "record": meta,
                "date": when or UNDATED,
                "status": "published" if when else "hidden",
            }
            return markdown_to_html(body), metadata
        # A hand-written page (content/pages): Simplified source, Traditional derived.
        title = str(meta.get("title", Path(source_path).stem))
        if hant:
            title, body = to_traditional(title), to_traditional(body)
        metadata = {"title": title, "slug": str(meta.get("slug", Path(source_path).stem))}
        for key in ("template", "status", "summary"):
            if key in meta:
                metadata[key] = str(meta[key])
        return markdown_to_html(body), metadata


def add_reader(readers) -> None:
    readers.reader_classes["md"] = RecordReader


class ArchiveGenerator(Generator):
    """Pages built from the whole archive: officials, topics and places (index, page
    and feed each), the data page, the build report and the undated records. In the
    Simplified run it also writes the outputs shared by both scripts (search index,
    bulk data)."""

    def generate_output(self, writer) -> None:
        articles_gen = self.context.get("_articles_generator")
        articles = (articles_gen.articles + articles_gen.hidden_articles) if articles_gen else []
        hidden = articles_gen.hidden_articles if articles_gen else []
        registry = self._registry()
        views = [
            RecordView(
                a.slug,
                a.url,
                a.title,
                a.metadata["record"]["date"]["resolved"],
                a.metadata["record"],
                a,
            )
            for a in articles
        ]
        archive = aggregate(views)
        report = self._import_report()
        report["provisional"] = sorted(
            (
                {"id": p.id, "name": p.name, "count": p.count}
                for p in archive.people.values()
                if p.id.startswith("p-")
            ),
            key=lambda p: (-p["count"], p["id"]),
        )
        hant = self.settings.get("ARCHIVE_SCRIPT") == "hant"
        write = self._writer(writer)
        write("report/index.html", "report", report=report)
        write("undated/index.html", "undated", undated=sorted(hidden, key=lambda a: a.slug))
        write("data/index.html", "data")

        people = sorted(archive.people.values(), key=lambda p: (-p.count, p.id))
        groups = _group_by_place(people, registry, hant)
        write("officials/index.html", "officials", people=people, groups=groups)
        for person in people:
            official = registry.official(person.id)
            write(
                f"officials/{person.id}/index.html",
                "official",
                person=person,
                official=official,
                place_name=_place_name(official.place if official else "", registry, hant),
                chart=Markup(month_bars_svg(person.months, _ui("每月出现次数", hant))),
            )
            self._feed(
                writer,
                [a.record.item for a in person.dated],
                f"officials/{person.id}/feed.atom.xml",
                person.name,
            )
        topics = sorted(archive.topics.values(), key=lambda t: (-t.count, t.id))
        write("topics/index.html", "topics", topics=topics)
        for topic in topics:
            write(f"topics/{topic.id}/index.html", "topic", topic=topic)
            self._feed(
                writer,
                [r.item for r in topic.records if r.date],
                f"topics/{topic.id}/feed.atom.xml",
                topic.name,
            )
        places = sorted(archive.places.values(), key=lambda p: (-p.count, p.id))
        write(
            "places/index.html", "places", places=places, tree=_place_tree(archive, registry, hant)
        )
        for place in places:
            known = registry.place(place.id)
            write(
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

        if not hant:
            write_shared_outputs(
                Path(self.settings["ARCHIVE_RECORDS"]), Path(self.output_path), registry
            )

    def _writer(self, writer):
        relative = self.settings["RELATIVE_URLS"]

        def write(path: str, template: str, **kwargs) -> None:
            writer.write_file(
                path, self.get_template(template), self.context, relative_urls=relative, **kwargs
            )

        return write

    def _feed(self, writer, items, path: str, title: str) -> None:
        if not items:
            return
        items = sorted(items, key=lambda a: a.date, reverse=True)[:50]
        writer.write_feed(
            items, self.context, path, feed_title=f"{title} · {self._ui(self.settings['SITENAME'])}"
        )

    def _ui(self, text: str) -> str:
        return _ui(text, self.settings.get("ARCHIVE_SCRIPT") == "hant")

    def _registry(self) -> Registry:
        try:
            return load_registry(self.settings.get("ARCHIVE_REGISTRY"))
        except RegistryError as e:
            logger.error("%s (pages are built without the registry)", e)
            return Registry()

    def _import_report(self) -> dict:
        report_path = Path(self.settings["ARCHIVE_IMPORT_REPORT"])
        try:
            return json.loads(report_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            logger.warning("%s is missing: run the import first (make content)", report_path)
            return {"records": 0, "errors": [], "quarantined": [], "findings": []}


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


def remember_articles(generator) -> None:
    generator.context["_articles_generator"] = generator


def get_generators(pelican):
    return ArchiveGenerator


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.article_generator_finalized.connect(remember_articles)
    signals.get_generators.connect(get_generators)
    publish.register()  # sitemap, robots.txt, 404 page, feed language, build date
