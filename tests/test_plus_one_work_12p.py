"""Issue 12 (round p): after one new report, a Pelican run does not work out what only
a rendered page needs: which records the feeds show (record_pages.KeptHtml: the pass over
every record is made only past RENDERED_KEPT rendered pages), an official's chart
(summaries.write_officials: `derived`, made when the page is rendered) and the records
of an official's or topic's feed (keyed by the summary, listed and sorted only when the
feed is written). Counted through real runs in a temporary folder, never timed; the
output after one new report equals a cold build's. An official's latest title is found
in one pass, not by sorting (checked against the sort over random appearances)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from public_records.ingest.importer import run_import
from public_records.site.aggregate import Appearance, PersonSummary, RecordView
from public_records.site.catalog import record_datetime
from sitebuild import counted_run, simplified_run
from test_build_clean_equals_incremental import EPOCH, site_files

REPORTS = {
    f"q{i}.txt": (
        f"2023年5月{i + 2}日，某某乡召开第{i + 1}次乡党委会议，研究春耕备耕工作。"
        f"乡长孙小{'甲乙丙丁戊'[i]}主持会议并讲话。"
    )
    for i in range(5)
}
NEW = "2023年6月21日，某某乡召开水利建设工作会议。副乡长周大成出席会议并讲话。"

# A Pelican run that counts the work a kept page should not need, written at its end.
COUNTING = """
from public_records.site import record_pages, summaries
count = {"feed_records": 0, "charts": 0}
def counting(name, function):
    def counted(*args, **kwargs):
        count[name] += 1
        return function(*args, **kwargs)
    return counted
record_pages.feed_records = counting("feed_records", record_pages.feed_records)
summaries.month_bars_svg = counting("charts", summaries.month_bars_svg)
"""


def _build(seeds: Path, work: Path) -> dict:
    """Import `seeds` into work/content, then one counted Simplified run into work/output."""
    content = work / "content"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    run_import(seeds, content, cache_dir=work / ".cache" / "records", jobs=1)
    return counted_run(content, work / "output", work / "counted.json", COUNTING)[1]


def _seeds(folder: Path, reports: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_one_new_report_does_not_work_out_kept_pages(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)  # the same build date in every run
    seeds = _seeds(tmp_path / "seeds", REPORTS)
    work = tmp_path / "step"
    cold = _build(seeds, work)
    # A cold build renders every page: each official's chart is made (a page each).
    assert cold["charts"] >= 5
    (seeds / "q9.txt").write_text(NEW, encoding="utf-8")
    plus_one = _build(seeds, work)
    # Fewer pages rendered than RENDERED_KEPT: no pass over every record for the feeds.
    assert plus_one["feed_records"] == 0
    # Only the new official's page is rendered: one chart, not one per official.
    assert plus_one["charts"] == 1
    # The same pages as a build from nothing of the six reports (the search index and
    # the archive database compared as that test compares them).
    fresh = tmp_path / "fresh"
    _build(_seeds(tmp_path / "fresh-seeds", {**REPORTS, "q9.txt": NEW}), fresh)
    assert site_files(work / "output") == site_files(fresh / "output")


def test_record_datetime_is_shared_and_still_strict():
    assert record_datetime("2024-08-02") is record_datetime("2024-08-02")
    assert record_datetime("") is None
    try:
        record_datetime("2024-13")
    except ValueError:
        pass
    else:
        raise AssertionError("a month 13 is not a date")


def _latest_title_by_sorting(appearances) -> str:
    """PersonSummary.latest_title as it was: the dated appearances sorted newest first."""
    dated = [a for a in appearances if a.record.date]
    for a in sorted(dated, key=lambda a: a.record.date, reverse=True):
        if a.title_as_written:
            return a.title_as_written
    return next((a.title_as_written for a in appearances if a.title_as_written), "")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "2023", "2024", "2024-02", "2024-02-01", "2024-11-30"]),
            st.sampled_from(["", "乡长", "副乡长", "书记"]),
        ),
        max_size=12,
    )
)
def test_latest_title_in_one_pass_is_the_sorted_one(rows):
    person = PersonSummary("p-1", "甲")
    person.appearances = [
        Appearance(RecordView(str(i), "", "", date, {}), title, ())
        for i, (date, title) in enumerate(rows)
    ]
    assert person.latest_title == _latest_title_by_sorting(person.appearances)


def test_after_a_record_is_removed_the_next_run_still_trusts_the_record_folder(tmp_path):
    """A run that removes a gone record's page (at its end) saves the folder's stamp as
    the removal left it: the run after, for one new report, takes the kept pages
    without a stat each (PageKeys.trust_folder), and writes what a cold build writes."""
    seeds = _seeds(tmp_path / "seeds", REPORTS)
    work = tmp_path / "step"
    content, cache = work / "content", work / ".cache" / "records"
    (content / "pages").mkdir(parents=True)
    timings = work / "timings.jsonl"

    def run() -> dict:
        run_import(seeds, content, cache_dir=cache, jobs=1)
        return simplified_run(content, work / "output", timings)

    run()
    assert (work / "output" / "records" / "q4" / "index.html").is_file()
    (seeds / "q4.txt").unlink()
    removed = run()
    assert removed["record pages"]["trusted"] is True
    assert not (work / "output" / "records" / "q4").exists()
    (seeds / "q9.txt").write_text(NEW, encoding="utf-8")
    assert run()["record pages"]["trusted"] is True
