"""The record pages: one per record, rendered again only when its content file (size
and mtime), the theme, the code or the settings changed (page_keys.PageWriter).

Pages of records that are gone (removed or now quarantined) are not written: the run
removes them at its end with every other file it did not write (run_files.py).
"""

from __future__ import annotations

import logging
import time

from ..common.progress import Progress
from .catalog import RecordItem
from .page_keys import PageWriter

logger = logging.getLogger(__name__)


def write_record_pages(pages: PageWriter, items: list[RecordItem], label: str) -> int:
    """Write each record's page unless unchanged; return how many were written."""
    started = time.perf_counter()
    generator = pages.generator
    save_as = generator.settings["ARTICLE_SAVE_AS"]
    template = generator.get_template("record")
    written = 0
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
