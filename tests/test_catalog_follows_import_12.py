"""Issue 12: after one new report, the record catalog stats and reads only the content
files the import says it changed (ingest/changes.py), not every file of the folder;
a journal that does not say for certain gives the full pass (site/catalog.py)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from public_records.ingest import changes
from public_records.ingest.importer import run_import
from public_records.site import catalog as catalog_module
from public_records.site.catalog import RecordCatalog
from sitebuild import imported_folder, simplified_run

REPORTS = {
    f"r{i}.txt": (
        f"2024年3月{i + 1}日，某某县召开第{i + 1}次县政府常务会议，研究春季植树工作。"
        f"县长王小{'甲乙丙丁戊'[i]}主持会议并讲话。"
    )
    for i in range(5)
}
NEW = "2024年4月9日，某某县召开防汛工作会议。副县长李大成出席会议并讲话。"


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    return imported_folder(tmp_path, REPORTS)


def _catalog(content: Path, cache: Path, tmp_path: Path, script: str = "hans") -> RecordCatalog:
    return RecordCatalog(
        content / "records" / f"zh-{script}",
        tmp_path / "pages" / f"{script}.catalog.json",
        "records/{slug}/",
        changes=(changes.journal_path(cache, content), content),
    )


class _Counted:
    """os.stat and os.scandir (the catalog's and the journal's), counted by path."""

    def __init__(self, monkeypatch, folder: Path):
        self.folder = str(folder)
        self.stats: list[str] = []
        self.listed: list[str] = []
        real_stat, real_scandir = os.stat, os.scandir

        def stat(path, *args, **kwargs):
            self.stats.append(str(path))
            return real_stat(path, *args, **kwargs)

        def scandir(path="."):
            self.listed.append(str(path))
            return real_scandir(path)

        monkeypatch.setattr(catalog_module.os, "stat", stat)
        monkeypatch.setattr(catalog_module.os, "scandir", scandir)

    def in_folder(self) -> list[str]:
        return [p for p in self.stats if p.startswith(self.folder)]


def _records(items) -> list:
    return [(i.slug, i.url, i.stamp, i.metadata["record"]) for i in items]


def test_after_one_new_report_the_catalog_stats_only_the_new_file(tmp_path, monkeypatch):
    seeds, content, cache = _setup(tmp_path)
    folder = content / "records" / "zh-hans"
    first = _catalog(content, cache, tmp_path).load()
    assert len(first) == len(REPORTS)

    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    counted = _Counted(monkeypatch, folder)
    catalog = _catalog(content, cache, tmp_path)
    items = catalog.load()
    monkeypatch.undo()

    assert catalog.followed and catalog.read == 1
    assert str(folder) not in counted.listed  # the folder is not listed
    assert counted.in_folder() == [str(folder / "new.md")]  # nor every file stated
    assert [c["id"] for c in catalog.changed] == ["new"]
    fresh = RecordCatalog(folder, tmp_path / "fresh.catalog.json", "records/{slug}/").load()
    assert _records(items) == _records(fresh)

    # Nothing imported since: nothing stated, and the Traditional folder's own catalog
    # follows the same journal.
    counted = _Counted(monkeypatch, folder)
    again = _catalog(content, cache, tmp_path)
    assert _records(again.load()) == _records(fresh)
    assert again.followed and again.read == 0 and counted.in_folder() == []
    monkeypatch.undo()
    hant = _catalog(content, cache, tmp_path, "hant")
    assert len(hant.load()) == len(REPORTS) + 1 and not hant.followed  # its first run


def test_a_removed_and_a_changed_report_are_followed(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    _catalog(content, cache, tmp_path).load()
    (seeds / "r0.txt").unlink()
    (seeds / "r1.txt").write_text(REPORTS["r1.txt"] + "会议还研究了其他事项。", encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    catalog = _catalog(content, cache, tmp_path)
    items = catalog.load()
    assert catalog.followed and catalog.read == 1
    assert sorted(i.slug for i in items) == ["r1", "r2", "r3", "r4"]
    folder = content / "records" / "zh-hans"
    fresh = RecordCatalog(folder, tmp_path / "fresh.catalog.json", "records/{slug}/").load()
    assert _records(items) == _records(fresh)


@pytest.mark.parametrize("damage", ["hand-added file", "no journal", "import not finished"])
def test_a_journal_that_does_not_say_for_certain_gives_the_full_pass(tmp_path, damage):
    _, content, cache = _setup(tmp_path)
    folder = content / "records" / "zh-hans"
    _catalog(content, cache, tmp_path).load()
    journal = changes.journal_path(cache, content)
    if damage == "hand-added file":
        shutil.copy(folder / "r2.md", folder / "hand.md")
        text = (folder / "hand.md").read_text(encoding="utf-8")
        (folder / "hand.md").write_text(text.replace('"r2"', '"hand"', 1), encoding="utf-8")
    elif damage == "no journal":
        journal.unlink()
        (folder / "r3.md").unlink()
    else:
        (folder / "r3.md").unlink()
        with journal.open("a", encoding="utf-8") as f:  # an import stopped half-way
            f.write(json.dumps({"started": "x", "from": changes.last_generation(journal)}) + "\n")
    catalog = _catalog(content, cache, tmp_path)
    items = catalog.load()
    assert not catalog.followed
    fresh = RecordCatalog(folder, tmp_path / "fresh.catalog.json", "records/{slug}/").load()
    assert _records(items) == _records(fresh)
    slugs = {i.slug for i in items}
    assert ("hand" in slugs) == (damage == "hand-added file")
    assert ("r3" in slugs) == (damage == "hand-added file")


def test_an_import_with_another_cache_folder_is_not_missed(tmp_path):
    """An import that does not write this journal (no cache, or another cache folder)
    and only changes a file in place still moves the folder's mtime: the full pass."""
    seeds, content, cache = _setup(tmp_path)
    _catalog(content, cache, tmp_path).load()
    (seeds / "r1.txt").write_text(REPORTS["r1.txt"] + "会议还研究了其他事项。", encoding="utf-8")
    run_import(seeds, content, cache_dir=None, jobs=1)
    catalog = _catalog(content, cache, tmp_path)
    items = catalog.load()
    assert not catalog.followed and catalog.read == 1
    folder = content / "records" / "zh-hans"
    fresh = RecordCatalog(folder, tmp_path / "fresh.catalog.json", "records/{slug}/").load()
    assert _records(items) == _records(fresh)
    assert [f.name for f in folder.iterdir() if not f.name.endswith(".md")] == []


def test_an_import_that_changes_nothing_writes_no_line(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    journal = changes.journal_path(cache, content)
    before = journal.read_bytes()
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert journal.read_bytes() == before
    assert len(before.splitlines()) == 2  # the cold import: started, then its list


@pytest.mark.build
def test_a_pelican_run_after_one_new_report_follows_the_import(tmp_path):
    """Through the plugin: the import's cache folder is the one pelican.conf.py gives
    (beside content/), and the record catalog's lap says it followed the journal."""
    seeds, content, _ = _setup(tmp_path)
    cache = tmp_path / ".cache"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    timings = tmp_path / "timings.jsonl"

    def build() -> list[dict]:
        run_import(seeds, content, cache_dir=cache / "records", jobs=1)
        return simplified_run(content, tmp_path / "output", timings)

    laps = build()
    assert laps["record catalog"]["followed"] is False  # the first run: the full pass
    assert laps["record pages"]["trusted"] is False
    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    laps = build()
    lap = laps["record catalog"]
    assert lap["followed"] is True and lap["read"] == 1 and lap["records"] == len(REPORTS) + 1
    assert laps["record pages"]["trusted"] is True  # the other pages: no stat each
    pages = tmp_path / "output" / "records"
    assert (pages / "new" / "index.html").exists()

    # A record's page folder removed by hand: the pages are stated again, and it is
    # written again.
    shutil.rmtree(pages / "r2")
    (seeds / "new2.txt").write_text(NEW.replace("9日", "10日"), encoding="utf-8")
    laps = build()
    assert laps["record catalog"]["followed"] is True
    assert laps["record pages"]["trusted"] is False
    assert (pages / "r2" / "index.html").exists() and (pages / "new2" / "index.html").exists()

    # A report gone: the pages are trusted, and its page's folder is still removed (the
    # folders of kept pages are not listed at the run's end).
    (seeds / "r3.txt").unlink()
    (pages / "r4" / "stray.txt").write_text("x", encoding="utf-8")
    laps = build()
    assert laps["record pages"]["trusted"] is True
    assert not (pages / "r3").exists() and (pages / "r4" / "index.html").exists()
    assert (pages / "r4" / "stray.txt").exists()  # what settling a folder means

    # A run stopped while it wrote record pages leaves its mark: the next one states.
    marks = list((cache / "record-pages").glob("hans-*.open"))
    assert marks == []
    keys = [
        p for p in (cache / "record-pages").iterdir() if re.fullmatch(r"hans-\w{16}\.json", p.name)
    ]
    mark = keys[0].with_suffix(".open")  # the record pages' keys: hans-<where>.json
    mark.touch()
    (seeds / "new3.txt").write_text(NEW.replace("9日", "11日"), encoding="utf-8")
    laps = build()
    assert laps["record pages"]["trusted"] is False and not mark.exists()


def test_a_journal_started_again_keeps_the_last_imports_generation(tmp_path, monkeypatch):
    """A cold import of many records writes one long journal line; the next import starts
    the journal again. A reader at the cold import's generation (the catalog after the
    build) must still follow the new import instead of falling back to the full pass
    (at 100,000 records the first +1 rebuild did: the bench showed followed=False)."""
    folder = tmp_path / "content"
    (folder / "records" / "zh-hans").mkdir(parents=True)
    journal = tmp_path / "journal.jsonl"

    def run(names):
        log = changes.ChangeLog(journal, folder)
        for name in names:
            log.note(str(folder / "records" / "zh-hans"), name)
            (folder / "records" / "zh-hans" / name).write_text("x", encoding="utf-8")
        log.finish()
        return log.generation

    monkeypatch.setattr(changes, "JOURNAL_LIMIT", 200)
    old = run(["old.md"])
    cold = run([f"r{i}.md" for i in range(40)])  # a line past the limit
    assert journal.stat().st_size > changes.JOURNAL_LIMIT
    new = run(["new.md"])  # starts the journal again
    assert journal.stat().st_size < 600
    since = changes.changes_since(journal, cold, folder)
    assert since is not None and since.generation == new
    assert since.changed == {"zh-hans/new.md"}
    assert changes.changes_since(journal, old, folder) is None  # further behind: full pass
