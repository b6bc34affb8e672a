"""Issue 12: the import after one new report does not stat each kept record's three
output files (its two content files and its raw copy) while the output folders
(records/zh-*/ and raw/) have the device, inode and mtime the last import left them
with: no file was made, removed or renamed in them since. A folder that moved (a file
added, removed or replaced by hand, an import without the cache) gives the stats of
before. What it no longer notices: an output written in place by hand. Counted through a
real import, never timed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from public_records.ingest import importer
from public_records.ingest.importer import run_import
from sitebuild import imported_folder

REPORTS = {
    f"k{i}.txt": (
        f"2022年3月{i + 5}日，某某镇召开第{i + 2}次镇党委会议，研究春季植树工作。"
        f"镇长孙小{'甲乙丙丁戊'[i]}主持会议并讲话。"
    )
    for i in range(5)
}
NEW = "2022年4月8日，某某镇召开河道清理工作会议。副镇长周大成出席会议并讲话。"


def _output_stats(monkeypatch) -> list[str]:
    """The output files (records/zh-*/*.md, raw/*.txt) the import stats, by name."""
    stats: list[str] = []
    real = os.stat

    def stat(path, *args, **kwargs):
        text = str(path)
        if (os.sep + "raw" + os.sep in text and text.endswith(".txt")) or (
            os.sep + "zh-" in text and text.endswith(".md")
        ):
            stats.append(os.path.basename(text))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importer.os, "stat", stat)
    return stats


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    return imported_folder(tmp_path, REPORTS)


def test_after_one_new_report_no_kept_output_is_stated(tmp_path, monkeypatch):
    seeds, content, cache = _setup(tmp_path)
    (seeds / "k9.txt").write_text(NEW, encoding="utf-8")
    stats = _output_stats(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert len(report.records) == 6 and report.from_cache == 5
    # before: three stats for each of the five kept records
    assert [name for name in stats if not name.startswith("k9.")] == []
    # and the import after it, nothing changed, stats none either
    stats.clear()
    again = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert (again.written, again.from_cache, stats) == (0, 6, [])


def test_a_file_added_by_hand_gives_the_stats_of_before(tmp_path, monkeypatch):
    seeds, content, cache = _setup(tmp_path)
    stray = content / "raw" / "notes.md"  # not a record file: left alone, but it moved raw/
    stray.write_text("x", encoding="utf-8")
    stats = _output_stats(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.from_cache == 5 and report.written == 0
    assert len(stats) == 15  # each kept record's three outputs
    stats.clear()
    run_import(seeds, content, cache_dir=cache, jobs=1)  # the folders as it left them
    assert stats == []


def test_an_output_removed_or_replaced_by_hand_is_written_again(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    raw = content / "raw" / "k1.txt"
    original = raw.read_bytes()
    raw.unlink()
    page = content / "records" / "zh-hans" / "k2.md"
    before = page.read_bytes()
    edited = page.with_name(".k2.md.edit")
    edited.write_text("edited by hand", encoding="utf-8")
    edited.replace(page)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.written == 2
    assert raw.read_bytes() == original and page.read_bytes() == before


def test_an_output_edited_in_place_is_not_noticed_until_its_folder_moves(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    page = content / "records" / "zh-hant" / "k3.md"
    before = page.read_bytes()
    with page.open("ab") as f:  # in place: the folder's mtime stays
        f.write(b"\nedited by hand\n")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.written == 0 and page.read_bytes() != before  # what it no longer notices
    # A file made in the folder (or the manifest removed) gives the stats of before.
    (page.parent / "k3.note").write_text("x", encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.written == 1 and page.read_bytes() == before


def test_a_damaged_folders_entry_gives_the_stats_of_before(tmp_path, monkeypatch):
    seeds, content, cache = _setup(tmp_path)
    (manifest,) = cache.glob("manifest-*.sqlite")
    with contextlib.closing(sqlite3.connect(manifest)) as db, db:
        db.execute("UPDATE meta SET value = '[1, 2' WHERE key = 'folders'")
    stats = _output_stats(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.from_cache == 5 and report.written == 0 and len(stats) == 15
    stats.clear()
    run_import(seeds, content, cache_dir=cache, jobs=1)  # written whole again
    assert stats == []
