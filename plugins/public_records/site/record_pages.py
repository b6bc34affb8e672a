"""The record pages: one per record, rendered again only when its content file (size
and mtime), the theme, the code or the settings changed (page_keys.PageWriter).

Pages of records that are gone (removed or now quarantined) are not written: the run
removes them at its end with every other file it did not write (run_files.py).
"""

from __future__ import annotations

import logging
import time
from collections import Counter

from ..common.progress import Progress
from .catalog import RecordItem
from .page_keys import PageWriter
from .run_files import RUN_FILES
from .summaries import FEED_ENTRIES

logger = logging.getLogger(__name__)

# A record's HTML is kept once its page is rendered only when a feed will show it (the
# site feed's newest records, each official's and topic's newest FEED_ENTRIES): kept
# for every record, it was 6 KB a record held to the end of the run (600 MB at 100,000;
# docs/scaling.md, memory). A feed that asks for another one reads it again.
SITE_FEED_KEPT = 200  # the site feed shows FEED_MAX_ITEMS (100)
# The first pages a run renders keep their HTML whatever the feeds show (at most 6 MB):
# which records the feeds show is a pass over every record (feed_records, about 1 CPU s
# a run at 100,000), made only when a run renders more pages than these (a cold build),
# not after one new report.
RENDERED_KEPT = 1000


def write_record_pages(
    pages: PageWriter, items: list[RecordItem], label: str, followed: bool = False
) -> int:
    """Write each record's page unless unchanged; return how many were written. When
    the record catalog `followed` the import's list of changed files, the pages of an
    unchanged records folder are taken without a stat each (PageKeys.trust_folder)."""
    started = time.perf_counter()
    generator = pages.generator
    save_as = generator.settings["ARTICLE_SAVE_AS"]
    folder, slashed, page = save_as.partition("/{slug}/")
    if pages.keys.trust_folder(folder if slashed else "", followed):
        if "/" not in page and "{" not in page:
            # Its record folders hold their page and nothing else: the end of the run
            # does not list the folder of a record whose page it kept (run_files.py).
            RUN_FILES.settle(folder + "/", page)
    template = generator.get_template("record")
    written = 0
    kept = KeptHtml(items)
    with Progress(label, len(items)) as bar:
        for item in items:
            bar.advance()
            name = save_as.format(slug=item.slug)

            def render(item: RecordItem = item, name: str = name):
                # The page shows the whole record; the catalog keeps only its light part.
                light = item.metadata["record"]
                item.metadata["record"] = item.full_record()[0]
                try:
                    pages.writer.write_file(
                        name,
                        template,
                        generator.context,
                        relative_urls=pages.relative,
                        article=item,
                        url=item.url,
                    )
                finally:
                    item.metadata["record"] = light
                    if not kept.keeps(item):
                        item.drop_content()

            key = f"{item.stamp[0]}:{item.stamp[1]}"
            written += pages.if_changed(name, key, render)
    pages.keys.save()
    logger.info(
        "record pages: %d written, %d unchanged, in %.1f s",
        written,
        len(items) - written,
        time.perf_counter() - started,
    )
    return written


class KeptHtml:
    """Which rendered record pages keep their HTML for the feeds: the first `first`
    rendered, whatever they are; past them, those a feed is likely to show
    (feed_records, worked out once, at the first page past them). Only memory depends
    on it, never what is written.

    >>> from types import SimpleNamespace as N
    >>> items = [N(slug=s, date="2024", metadata={"record": {}}) for s in "abc"]
    >>> kept = KeptHtml(items, first=1, site=1)
    >>> [kept.keeps(i) for i in items], kept.shown is not None
    ([True, False, False], True)
    >>> kept = KeptHtml(items, first=5)
    >>> [kept.keeps(i) for i in items[1:]], kept.shown is None
    ([True, True], True)
    """

    def __init__(
        self, items: list[RecordItem], first: int = RENDERED_KEPT, site: int = SITE_FEED_KEPT
    ):
        self.items, self.first, self.site = items, first, site
        self.rendered = 0
        self.shown: set[str] | None = None

    def keeps(self, item: RecordItem) -> bool:
        self.rendered += 1
        if self.rendered <= self.first:
            return True
        if self.shown is None:
            self.shown = feed_records(self.items, site=self.site)
        return item.slug in self.shown


def feed_records(
    items: list[RecordItem],
    entries: int = FEED_ENTRIES + 5,
    site: int = SITE_FEED_KEPT,
) -> set[str]:
    """The records a feed is likely to show (`items` newest first, as the catalog gives
    them): the site feed's newest `site`, and each official's and topic's newest
    `entries` (FEED_ENTRIES and a margin: a feed may order records of one date apart).
    Only what is kept depends on it, never what is written.

    >>> from types import SimpleNamespace as N
    >>> def item(slug, pid, date="2024"):
    ...     return N(slug=slug, date=date, metadata={"record": {"mentions": [{"person_id": pid}]}})
    >>> items = [item("a", "p1"), item("b", "p1"), item("c", "p1"), item("d", "p2", None)]
    >>> sorted(feed_records(items, 2, 0)), sorted(feed_records(items, 1, 3))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    shown: Counter = Counter()
    keep: set[str] = set()
    for index, item in enumerate(items):
        if item.date is None:  # undated records are in no feed
            continue
        record = item.metadata["record"]
        names = {("p", m.get("person_id")) for m in record.get("mentions", ()) or ()}
        names.discard(("p", None))
        names.update(("t", t.get("id")) for t in record.get("topics", ()) or ())
        if index < site or any(shown[n] < entries for n in names):
            keep.add(item.slug)
        shown.update(names)
    return keep
