"""The Pelican glue, and the only module that imports Pelican.

- RecordReader reads the content files written by the import (and the hand-written
  pages, converted to Traditional in the Traditional run).
- ArchiveGenerator writes the pages that are not Pelican articles: the build report
  and the undated records.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.readers import BaseReader

from .markdown import read_content
from .render import markdown_to_html
from .script import to_traditional

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
    """Pages built from the whole archive: the build report and the undated records."""

    def generate_output(self, writer) -> None:
        articles_gen = self.context.get("_articles_generator")
        hidden = articles_gen.hidden_articles if articles_gen else []
        report_path = Path(self.settings["ARCHIVE_IMPORT_REPORT"])
        try:
            report = json.loads(report_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            report = {"records": 0, "errors": [], "quarantined": [], "findings": []}
            logger.warning("%s is missing: run the import first (make content)", report_path)
        relative = self.settings["RELATIVE_URLS"]
        writer.write_file(
            "report/index.html",
            self.get_template("report"),
            self.context,
            relative_urls=relative,
            report=report,
            page_name="report/",
        )
        writer.write_file(
            "undated/index.html",
            self.get_template("undated"),
            self.context,
            relative_urls=relative,
            undated=sorted(hidden, key=lambda a: a.slug),
            page_name="undated/",
        )


def remember_articles(generator) -> None:
    generator.context["_articles_generator"] = generator


def get_generators(pelican):
    return ArchiveGenerator


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.article_generator_finalized.connect(remember_articles)
    signals.get_generators.connect(get_generators)
