"""The build report (the import's problems and the provisional officials to curate),
the list of undated records, and the data downloads page."""

from __future__ import annotations

from .catalog import RecordItem
from .page_keys import PageWriter


def write_report_pages(
    pages: PageWriter, archive, import_report: dict, undated: list[RecordItem]
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
    pages.page("report/index.html", "report", report=report)
    pages.page("undated/index.html", "undated", undated=undated)
    pages.page("data/index.html", "data")
