"""A stand-in for Pelican's writer in the page-key tests: each page's file holds the
names of the values it was given (enough to compare runs), each feed its title."""

from __future__ import annotations

from pathlib import Path


class PageFiles:
    """Pelican's writer, writing the names of the values a page gets."""

    def __init__(self, output: Path):
        self.output = output

    def write_file(self, path, template, context, relative_urls=False, **values):
        target = self.output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(repr(sorted(values)), encoding="utf-8")

    def write_feed(self, items, context, path, feed_title=""):
        target = self.output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(feed_title, encoding="utf-8")
