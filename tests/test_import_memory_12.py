"""Issue 12, the cold import's memory at stop 35: what the import's parent holds per
seed file and per record written. The seeds listing keeps names, not directory
entries; the files to keep are known by the published ids, not by a set of paths; the
manifest's new rows wait in a table of its database, not in a dict of every report.
Outputs are those of the code before (tests/test_import_manifest.py and the +1 tests
check the trees; docs/scaling.md, "The cold import's memory at stop 35")."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

from public_records.ingest import importer, sources
from public_records.ingest.importer import _remove_stale, run_import
from sitebuild import ROOT, SEED


def test_the_listing_holds_no_entry_of_the_folder(tmp_path):
    # 3,000 names the import skips (dot files): the listing kept every os.DirEntry
    # (about 250 bytes each) until it was sorted; now each is looked at and let go.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3000):
        (seeds / f".skipped-{i:05d}").write_bytes(b"")
    (seeds / "b.txt").write_text("8月2日，区委书记潘功发主持会议。\n", encoding="utf-8")
    (seeds / "a.txt").write_text("8月3日，区长金玉主持会议。\n", encoding="utf-8")
    tracemalloc.start()
    try:
        reports, problems = sources.survey(seeds)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.name for p in reports] == ["a.txt", "b.txt"] and problems == []
    assert peak < 200_000, peak  # about 750,000 with the entries held


def test_the_listing_names_every_other_entry_in_order(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "registry").mkdir(parents=True)
    (seeds / "sub").mkdir()
    (seeds / "sub" / "x.txt").write_text("x", encoding="utf-8")
    for name in ("c.txt", "c.yml", "a.htm", "z.yml", "b.TXT", "n.truth.json"):
        (seeds / name).write_text("8月2日，区长金玉主持会议。\n", encoding="utf-8")
    (seeds / "link.txt").symlink_to(seeds / "c.txt")
    names = set()
    reports, problems = sources.survey(seeds, sidecar_names=names)
    assert [p.name for p in reports] == ["a.htm", "c.txt"]
    assert names == {"c.yml", "z.yml"}
    assert [(Path(p.path).name, p.severity) for p in problems] == [
        ("b.TXT", "warning"),
        ("link.txt", "error"),
        ("n.truth.json", "warning"),
        ("sub", "warning"),
        ("z.yml", "warning"),
    ]


def test_stale_files_are_found_by_the_published_ids(tmp_path):
    content = tmp_path / "content"
    files = [
        "records/zh-hans/a.md",
        "records/zh-hans/b.md",  # no published record: removed
        "records/zh-hant/a.md",
        "records/zh-hans/notes.txt",  # not a record file: kept
        "records/zh-old/a.md",  # a folder of no script the import writes: removed
        "raw/a.txt",
        "raw/c.txt",  # removed
        "raw/a.md",  # not a raw copy: kept
    ]
    for rel in files:
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text("x", encoding="utf-8")
    assert _remove_stale(content, {"a"}) == 3
    left = sorted(str(p.relative_to(content)) for p in content.rglob("*") if p.is_file())
    assert left == sorted(set(files) - {"records/zh-hans/b.md", "records/zh-old/a.md", "raw/c.txt"})


def _seeds(tmp_path: Path, count: int) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    shutil.copy(SEED, seeds / SEED.name)
    for i in range(count):
        (seeds / f"r{i:03d}.txt").write_text(
            f"8月{i % 28 + 1}日，区委书记潘功发主持召开第{i}次区委常委会会议。\n", encoding="utf-8"
        )
    return seeds


def test_manifest_rows_wait_in_its_database_not_in_the_process(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "PENDING_BATCH", 3)
    held: list[int] = []
    put = importer.Manifest.put

    def counting(self, path, done, outputs):
        put(self, path, done, outputs)
        held.append(len(self.next))

    monkeypatch.setattr(importer.Manifest, "put", counting)
    seeds = _seeds(tmp_path, 10)
    content, cache = tmp_path / "content", tmp_path / "cache"
    first = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert len(held) == 11 and max(held) < 3  # every 3 rows go to the table
    # The manifest written from the table holds: a warm import sends no report to the
    # workers and writes nothing; after one changed report, only it goes.
    seen: list[Path] = []
    real = importer._process_path

    def spy(args):
        seen.append(args[0].name)
        return real(args)

    monkeypatch.setattr(importer, "_process_path", spy)
    warm = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert seen == [] and (warm.written, warm.removed) == (0, 0)
    assert warm.summary() == first.summary()
    (seeds / "r004.txt").write_text("8月9日，区长金玉主持会议。\n", encoding="utf-8")
    (seeds / "r007.txt").unlink()
    again = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert seen == ["r004.txt"] and again.removed == 3
    fresh = tmp_path / "fresh"
    run_import(seeds, fresh, cache_dir=None, jobs=1)
    for rel in sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()):
        assert (content / rel).read_bytes() == (fresh / rel).read_bytes(), rel
    seen.clear()
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert seen == []
