"""The build report (the import's problems and the provisional officials to curate),
the list of undated records, and the data downloads page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..common.bounded_groups import bounded_groups
from ..model import TITLE_EVIDENCE_TO_CURATE
from .catalog import RecordItem
from .page_keys import PageWriter

# Rows the build report lists of one reason (files not imported) or one code (findings
# of published records); the rest are counted. At 100,000 reports one reason can name
# 100,000 files: the page grew to tens of megabytes and was rendered again in both
# scripts after every new report. `python -m public_records report` lists every row.
ROWS_PER_GROUP = 20


def grouped(rows: Iterable[dict], key: Callable[[dict], object], limit: int = ROWS_PER_GROUP):
    """The rows by `key` for the page: each group's first `limit` rows and the count of
    the others (`bounded_groups`).

    >>> rows = [{"r": "a", "f": i} for i in range(4)] + [{"r": "b", "f": 9}]
    >>> groups = grouped(rows, lambda row: row["r"], limit=2)
    >>> [([row["f"] for row in g["rows"]], g["more"]) for g in groups]
    [([0, 1], 2), ([9], 0)]
    """
    return [{"rows": shown, "more": more} for shown, more in bounded_groups(rows, key, limit)]


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
    # Long lists are shown by reason (or code), each bounded (`grouped`): the page is
    # rendered, and its key made, from the bounded rows and the counts.
    entries = report.pop("errors", [])
    errors = [e for e in entries if e.get("severity") != "info"]
    report["error_count"] = len(errors)
    report["errors"] = grouped(errors, lambda e: (e.get("severity"), e.get("reason")))
    report["info"] = [e for e in entries if e.get("severity") == "info"]
    shown = [f for f in report.pop("findings", []) if f.get("severity") != "error"]
    report["findings"] = grouped(shown, lambda f: (f.get("severity"), f.get("code")))
    if any(g["more"] for g in report["errors"] + report["findings"]):
        report["rows_per_group"] = ROWS_PER_GROUP  # the page says the lists are cut
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
