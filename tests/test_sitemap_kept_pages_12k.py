"""Issue 12: after one new report, a Pelican run announces (content_written) only the
pages it renders, not every page it keeps; the sitemap still lists every page of the
run, kept or rendered (page_keys.PageWriter.kept_pages), and no page of a record that
is gone. Counted through real runs in a temporary folder, never timed."""

from __future__ import annotations

import json
from pathlib import Path

from public_records.ingest.importer import run_import
from sitebuild import counted_run, imported_folder

REPORTS = {
    f"k{i}.txt": (
        f"2023年5月{i + 2}日，某某镇召开第{i + 1}次镇党委会议，研究秋季防火工作。"
        f"镇长赵小{'东南西北中'[i]}主持会议并讲话。"
    )
    for i in range(5)
}
NEW = "2023年6月20日，某某镇召开秋粮收购工作会议。副镇长钱大为出席会议并讲话。"

# Pelican run in a process that counts the content_written signals sent to its end.
COUNTING = """
from pelican import signals
from public_records.site.run_files import RunFiles
count = {"signals": 0, "normalized": 0}
def counted(path, context=None):
    count["signals"] += 1
signals.content_written.connect(counted)
add = RunFiles.add
def add_counted(self, path):
    count["normalized"] += 1
    add(self, path)
RunFiles.add = add_counted
"""


def _build(seeds: Path, content: Path, tmp_path: Path, output: Path) -> tuple[int, dict]:
    """Import, then one Simplified run: (content_written signals sent, its laps); the
    count of files whose path was normalized (RunFiles.add) in the laps' "normalized"."""
    cache = tmp_path / ".cache"
    run_import(seeds, content, cache_dir=cache / "records", jobs=1)
    timings, counted = tmp_path / "timings.jsonl", tmp_path / "counted.json"
    laps, count = counted_run(content, output, counted, COUNTING, timings)
    laps["normalized"] = count["normalized"]
    return count["signals"], laps


def _sitemap(output: Path) -> str:
    return (output / "sitemap.xml").read_text(encoding="utf-8")


def test_kept_pages_are_not_announced_one_by_one(tmp_path):
    seeds, content, _ = imported_folder(tmp_path, REPORTS)
    (content / "pages").mkdir(parents=True, exist_ok=True)
    output = tmp_path / "output"
    cold, laps = _build(seeds, content, tmp_path, output)
    html = sum(1 for _ in output.rglob("*.html"))
    assert laps["pages written"]["written"] > 20
    assert cold >= html  # every rendered page announced

    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    signals, laps = _build(seeds, content, tmp_path, output)
    rendered = laps["pages written"]["written"]
    assert laps["record pages"]["trusted"] is True
    # Only what this run rendered is announced (with the few pages Pelican's own
    # generators write every run), not the pages it keeps (the code before: 25, 10).
    assert signals <= rendered + 3
    # The files of the search index and downloads (one per search shard) are joined
    # to the output folder, not normalized one by one (the code before: each).
    shared = json.loads(next((tmp_path / ".cache").rglob("hans-*.shared-files.json")).read_text())
    assert len(shared) > 100 and laps["normalized"] <= rendered + 5
    assert "records/new/" in _sitemap(output)
    assert "records/k3/" in _sitemap(output)

    # The same sitemap as a build from nothing of the same seeds.
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    fresh_seeds = fresh / "seeds"
    fresh_seeds.mkdir()
    for path in seeds.iterdir():
        (fresh_seeds / path.name).write_bytes(path.read_bytes())
    fresh_content = fresh / "content"
    (fresh_content / "pages").mkdir(parents=True)
    _build(fresh_seeds, fresh_content, fresh, fresh / "output")
    assert _sitemap(output) == _sitemap(fresh / "output")

    # A report gone: its page is kept by no writer and not in the sitemap.
    (seeds / "k3.txt").unlink()
    signals, laps = _build(seeds, content, tmp_path, output)
    assert signals <= laps["pages written"]["written"] + 3
    assert "records/k3/" not in _sitemap(output) and "records/k1/" in _sitemap(output)
    assert not (output / "records" / "k3").exists()
