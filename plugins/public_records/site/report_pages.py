"""The build report (the import's problems and the provisional officials to curate),
the list of undated records, and the data downloads page."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import TITLE_EVIDENCE_TO_CURATE
from .catalog import RecordItem
from .page_keys import PageWriter


def write_report_pages(
    pages: PageWriter,
    archive,
    import_report: dict,
    undated: list[RecordItem],
    items: Sequence[RecordItem] = (),
) -> None:
    report = dict(import_report)
    # A WARC's counts of what was skipped (severity "info") are information, listed
    # apart from the files that could not be read or were ignored.
    entries = report.get("errors", [])
    report["errors"] = [e for e in entries if e.get("severity") != "info"]
    report["info"] = [e for e in entries if e.get("severity") == "info"]
    report["provisional"] = sorted(
        (
            {"id": p.id, "name": p.name, "count": p.count}
            for p in archive.people.values()
            if p.id.startswith("p-")
        ),
        key=lambda p: (-p["count"], p["id"]),
    )
    report["learned"] = archive.learned_rows()  # names learned across the archive
    report["titles"] = titles_to_curate(items)
    pages.page("report/index.html", "report", report=report)
    pages.page("undated/index.html", "undated", undated=undated)
    pages.page("data/index.html", "data")


def titles_to_curate(items: Sequence[RecordItem]) -> list[dict]:
    """The records whose title has low confidence (made from the lead sentence), for a
    curator to check; a sidecar `title:` settles one. Sorted by id.

    >>> from types import SimpleNamespace as N
    >>> rows = [N(slug="b", title="县长王五主持会议", metadata={"record": {"title_evidence":
    ...          "lead sentence"}}), N(slug="a", title="县政协召开常委会议",
    ...          metadata={"record": {"title_evidence": "page headline"}})]
    >>> titles_to_curate(rows)
    [{'id': 'b', 'title': '县长王五主持会议'}]
    """
    return sorted(
        (
            {"id": item.slug, "title": item.title}
            for item in items
            if item.metadata["record"].get("title_evidence") in TITLE_EVIDENCE_TO_CURATE
        ),
        key=lambda row: row["id"],
    )
