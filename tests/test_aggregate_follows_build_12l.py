"""Issue 12: after one new report, aggregation visits the new record only, not every
record (site/aggregate_state.py: the summaries kept between runs follow the record
catalog); a damaged kept state is the full pass, and either way the officials', topics'
and places' pages are those of a build from nothing. Counted through real runs in a
temporary folder (the run's laps, ARCHIVE_TIMINGS), never timed. Invented reports."""

from __future__ import annotations

from pathlib import Path

from public_records.ingest.importer import run_import
from sitebuild import simplified_run

REPORTS = {
    f"g{i}.txt": (
        f"2023年4月{i + 3}日，某某乡召开第{i + 1}次乡党委会议，研究春季造林工作。"
        f"乡长周小{'东南西北中六'[i]}主持会议并讲话，副乡长吴大为出席。"
    )
    for i in range(6)
}
NEW = "2023年5月20日，某某乡召开植树造林工作会议。副乡长吴大为出席会议并讲话。"
LATER = "2023年6月2日，某某乡召开防汛工作会议。乡长周小东主持会议。"


def _build(seeds: Path, work: Path) -> dict:
    """Import, then one Simplified run; its laps by stage."""
    content, output, cache = work / "content", work / "output", work / ".cache"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    run_import(seeds, content, cache_dir=cache / "records", jobs=1)
    return simplified_run(content, output, work / "timings.jsonl")


def _summary_pages(output: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(output)): p.read_bytes()
        for family in ("officials", "topics", "places", "report")
        for p in sorted((output / family).rglob("*"))
        if p.is_file()
    }


def _fresh(seeds: Path, work: Path) -> dict[str, bytes]:
    """The summary pages of a build from nothing of the same seeds."""
    fresh_seeds = work / "seeds"
    fresh_seeds.mkdir(parents=True)
    for path in seeds.iterdir():
        (fresh_seeds / path.name).write_bytes(path.read_bytes())
    _build(fresh_seeds, work)
    return _summary_pages(work / "output")


def test_one_new_report_visits_one_record(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in REPORTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    work = tmp_path / "site"
    laps = _build(seeds, work)
    assert laps["aggregate"]["followed"] is False
    assert laps["aggregate"]["visited"] == len(REPORTS)

    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    laps = _build(seeds, work)
    # The code before visited every record (7) in every run.
    assert laps["aggregate"]["followed"] is True
    assert laps["aggregate"]["visited"] == 1
    assert _summary_pages(work / "output") == _fresh(seeds, tmp_path / "fresh1")

    # A report gone: its record subtracted (and the summaries whose name or order it
    # decided made again from their own records), not a pass over all.
    (seeds / "g2.txt").unlink()
    laps = _build(seeds, work)
    assert laps["aggregate"]["followed"] is True
    assert laps["aggregate"]["visited"] < len(REPORTS)
    assert _summary_pages(work / "output") == _fresh(seeds, tmp_path / "fresh2")


def test_a_damaged_kept_state_is_the_full_pass(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in REPORTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    work = tmp_path / "site"
    _build(seeds, work)
    (kept,) = (work / ".cache").rglob("hans-*.aggregate")
    kept.write_bytes(kept.read_bytes()[:-7])  # cut short
    (seeds / "later.txt").write_text(LATER, encoding="utf-8")
    laps = _build(seeds, work)
    assert laps["aggregate"]["followed"] is False
    assert laps["aggregate"]["visited"] == len(REPORTS) + 1
    assert _summary_pages(work / "output") == _fresh(seeds, tmp_path / "fresh")
    # Kept again by that full pass: the next new report is followed.
    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    laps = _build(seeds, work)
    assert laps["aggregate"]["followed"] is True and laps["aggregate"]["visited"] == 1
    # A journal line cut short (a run killed while appending): the full pass.
    (journal,) = (work / ".cache").rglob("hans-*.aggregate-journal")
    journal.write_bytes(journal.read_bytes()[:-3])
    (seeds / "g0.txt").write_text(REPORTS["g0.txt"].replace("春季", "秋季"), encoding="utf-8")
    laps = _build(seeds, work)
    assert laps["aggregate"]["followed"] is False
    assert _summary_pages(work / "output") == _fresh(seeds, tmp_path / "fresh2")
