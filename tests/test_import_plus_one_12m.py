"""The import after one new report does work in proportion to what changed (issue 12):
counted through real imports in a temporary folder, never timed. Whatever it skips,
the content files, records.jsonl and the import report are those of an import without
any cache, and an edited, a removed and an added report are each still seen."""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from public_records.ingest import importer
from public_records.ingest.importer import run_import
from sitebuild import ROOT

# Invented reports: one district, dated, a titled official in each and a name without
# its title (learned from another report).
NAMES = ["周明远", "吴海峰", "郑立新", "孙志强", "钱文华", "冯建国"]


def _report(i: int) -> str:
    name = NAMES[i % len(NAMES)]
    month = 1 + i % 12
    return (
        f"2024年{month}月{1 + i % 27}日，安庆市大观区区委常委、副区长{name}主持召开第{i + 1}"
        f"次工作推进会。\n会议听取了各街道重点工作汇报，{NAMES[(i + 1) % 6]}指出，要抓好落实。\n"
    )


def _seeds(tmp_path: Path, n: int = 12) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    for i in range(n):
        (seeds / f"r{i:03d}.txt").write_text(_report(i), encoding="utf-8")
    return seeds


def _same_tree(a: Path, b: Path) -> None:
    def files(root: Path) -> list[Path]:
        return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())

    assert files(a) == files(b)
    for rel in files(a):
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel


def _fresh(seeds: Path, tmp_path: Path) -> Path:
    """What an import without cache or manifest makes of `seeds`."""
    content = tmp_path / "fresh"
    shutil.rmtree(content, ignore_errors=True)
    run_import(seeds, content, cache_dir=None, jobs=1)
    return content


@pytest.fixture
def archive(tmp_path):
    """An imported archive with a cache, and a warm import after it (settled)."""
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    run_import(seeds, content, cache_dir=cache, jobs=1)
    return seeds, content, cache


def _count_listings(monkeypatch) -> list[str]:
    """The content folders the import lists whole while it writes its files (the stale
    files' removal at its end reads each folder once, as it must: not counted)."""
    listed: list[str] = []
    writing = [False]
    real_write, real_scandir, real_listdir = importer.ContentFolder.write, os.scandir, os.listdir

    def write(self, folder, name, data):
        writing[0] = True
        try:
            return real_write(self, folder, name, data)
        finally:
            writing[0] = False

    def spy(real):
        def listing(path="."):
            if writing[0]:
                listed.append(str(path))
            return real(path)

        return listing

    monkeypatch.setattr(importer.ContentFolder, "write", write)
    monkeypatch.setattr(os, "scandir", spy(real_scandir))
    monkeypatch.setattr(os, "listdir", spy(real_listdir))
    return listed


def test_one_new_report_lists_no_content_folder(archive, tmp_path, monkeypatch):
    seeds, content, cache = archive
    listed = _count_listings(monkeypatch)
    (seeds / "r100.txt").write_text(_report(100), encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.written == 3  # its two content files and its raw copy
    assert listed == []  # its files looked up one by one, no folder listed whole
    _same_tree(content, _fresh(seeds, tmp_path))


def test_a_cold_import_lists_no_content_folder_while_writing(tmp_path, monkeypatch):
    # Each file is looked up on its own (mem8): a cold import of many reports lists no
    # folder either (it used to list each after 64 look-ups, and hold every name).
    listed = _count_listings(monkeypatch)
    seeds = _seeds(tmp_path, n=80)
    content = tmp_path / "content"
    run_import(seeds, content, cache_dir=tmp_path / "cache", jobs=1)
    assert listed == []
    monkeypatch.undo()
    _same_tree(content, _fresh(seeds, tmp_path))


def test_edited_removed_and_added_reports_are_seen(archive, tmp_path):
    seeds, content, cache = archive
    (seeds / "r003.txt").write_text(_report(3).replace("抓好落实", "抓好督查"), encoding="utf-8")
    (seeds / "r005.txt").unlink()
    (seeds / "r200.txt").write_text(_report(200), encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    ids = [r.id for r in report.records]
    assert "r005" not in ids and "r200" in ids and len(ids) == 12
    assert "抓好督查" in (content / "records" / "zh-hans" / "r003.md").read_text(encoding="utf-8")
    assert not (content / "raw" / "r005.txt").exists()
    _same_tree(content, _fresh(seeds, tmp_path))


class _CountingJson:
    """The importer's `json` module, counting `loads`."""

    def __init__(self):
        self.loads_calls = 0

    def loads(self, *args, **kwargs):
        self.loads_calls += 1
        return json.loads(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(json, name)


def test_a_manifest_hit_parses_no_json(archive, monkeypatch):
    """A report whose record has no findings is served from its row's columns."""
    seeds, content, cache = archive
    counting = _CountingJson()
    monkeypatch.setattr(importer, "json", counting)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.from_cache == 12
    assert counting.loads_calls == sum(1 for r in report.records if r.findings)


def test_a_manifest_of_the_last_format_is_upgraded(archive, tmp_path):
    """A format-3 manifest (an entry as one JSON column) is made again in this format:
    its entries are misses, an id still goes to the file that held it, and the
    manifest written after serves every report."""
    seeds, content, cache = archive
    (path,) = cache.glob("manifest-*.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP TABLE entries")
        db.execute(
            "CREATE TABLE entries "
            "(name TEXT PRIMARY KEY, rid TEXT, entry TEXT, llen INTEGER, digest TEXT)"
        )
        db.executemany(
            "INSERT INTO entries (name, rid, entry) VALUES (?, ?, '{}')",
            [(f"r{i:03d}.txt", f"r{i:03d}") for i in range(12)],
        )
        db.execute("UPDATE meta SET value = '3/x' WHERE key = 'version'")
    # a new file claiming the id r004 (its sidecar): r004.txt held it, so keeps it
    (seeds / "a_claim.txt").write_text(_report(40), encoding="utf-8")
    (seeds / "a_claim.yml").write_text("id: r004\n", encoding="utf-8")
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert any("a_claim.txt" in str(e.path) for e in report.errors)
    _same_tree(content, _fresh(seeds, tmp_path))
    again = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert (again.written, again.from_cache) == (0, 12)


def test_one_new_report_writes_only_its_learned_rows(archive, monkeypatch):
    """The learned names' cache writes the rows of the records whose line or slice
    changed (here: the new record, and the one whose learned mention it now gives), not
    every record's."""
    from public_records.ingest import learned

    seeds, content, cache = archive
    saved = []
    real = learned.LearnedCache.save

    def spy(self, states, gone=()):
        # the states come one at a time (no dict of them is held): counted as they pass
        made = []

        def counted():
            for item in states:
                made.append(item)
                yield item

        real(self, counted(), gone)
        saved.append((self.rows_written, len(made)))

    monkeypatch.setattr(learned.LearnedCache, "save", spy)
    # another place: it teaches no record of the archive's
    (seeds / "r300.txt").write_text(
        "2024年3月5日，安庆市迎江区区长王德胜主持召开会议。\n", encoding="utf-8"
    )
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert saved == [(1, 13)]
    (seeds / "r300.txt").unlink()
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert saved[1] == (1, 12)


@pytest.mark.parametrize("relative", [False, True], ids=["absolute", "relative"])
def test_the_listing_gives_the_paths_a_join_gives(tmp_path, monkeypatch, relative):
    from public_records.ingest import sources

    seeds = _seeds(tmp_path, 3)
    (seeds / "r001.yml").write_text("title: 会议\n", encoding="utf-8")
    if relative:
        monkeypatch.chdir(seeds)
        seeds = Path(".")
    paths = sources.discover(seeds)
    assert paths == [seeds / f"r{i:03d}.txt" for i in range(3)]
    assert [str(p) for p in paths] == [str(seeds / f"r{i:03d}.txt") for i in range(3)]
    assert all(type(p) is type(seeds / "x") for p in paths)
