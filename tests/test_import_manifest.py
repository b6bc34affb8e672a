"""The import's manifest (a warm import skips unchanged reports without reading them):
whatever the manifest skips, the content files, records.jsonl and problems must be
exactly those of an import without any cache."""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

from public_records.ingest import importer
from public_records.ingest.importer import run_import
from sitebuild import ROOT, SEED


def _seeds(tmp_path: Path) -> Path:
    """Four reports: the seed, a copy under another name with one word changed, a copy
    with a sidecar that gives it a title, and a short report of our own."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    text = SEED.read_text(encoding="utf-8")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "b_copy.txt").write_text(text.replace("会议", "会 议", 1), encoding="utf-8")
    (seeds / "c_titled.txt").write_text(text, encoding="utf-8")
    (seeds / "c_titled.yml").write_text("title: 区委常委会召开会议\n", encoding="utf-8")
    (seeds / "d_short.txt").write_text(
        "8月2日，区委书记潘功发主持召开区委常委会会议。\n", encoding="utf-8"
    )
    return seeds


def _same_tree(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel


def _fresh(seeds: Path, tmp_path: Path, name: str) -> Path:
    """What an import without cache or manifest makes of `seeds`."""
    content = tmp_path / name
    run_import(seeds, content, cache_dir=None, jobs=1)
    return content


def _no_workers(monkeypatch) -> list[Path]:
    """Record which reports reach the workers (jobs=1 runs them in this process)."""
    seen: list[Path] = []
    real = importer._process_path

    def spy(args):
        seen.append(args[0])
        return real(args)

    monkeypatch.setattr(importer, "_process_path", spy)
    return seen


def test_warm_import_reads_no_unchanged_report_and_writes_the_same(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    first = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert len(first.records) == 4 and first.from_cache == 0
    seen = _no_workers(monkeypatch)
    warm = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert seen == []  # every report skipped by the manifest
    assert (len(warm.records), warm.from_cache, warm.written, warm.removed) == (4, 4, 0, 0)
    assert warm.summary() == first.summary()
    _same_tree(content, _fresh(seeds, tmp_path, "fresh"))


def test_changed_added_removed_and_touched_reports_go_to_the_workers(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    (seeds / "b_copy.txt").write_text("8月3日，区长金玉主持召开会议。\n", encoding="utf-8")
    (seeds / "d_short.txt").unlink()
    (seeds / "e_new.txt").write_text("8月4日，区委副书记程亮出席活动。\n", encoding="utf-8")
    (seeds / "c_titled.yml").write_text("title: 另一个标题\n", encoding="utf-8")  # sidecar only
    seen = _no_workers(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert sorted(p.name for p in seen) == ["b_copy.txt", "c_titled.txt", "e_new.txt"]
    assert report.removed == 3  # d_short's two content files and its raw copy
    _same_tree(content, _fresh(seeds, tmp_path, "fresh"))


def test_a_content_file_changed_by_hand_is_written_again(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    page = content / "records" / "zh-hant" / "d_short.md"
    # Saved as editors and `sed -i` save: a new file renamed over the old one (its
    # folder's mtime moves). An edit written in place is not noticed while the output
    # folders are as the import left them (tests/test_import_outputs_12g.py).
    edited = page.with_name(".d_short.md.edit")
    edited.write_text("edited by hand", encoding="utf-8")
    edited.replace(page)
    seen = _no_workers(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert [p.name for p in seen] == ["d_short.txt"] and report.written == 1
    _same_tree(content, _fresh(seeds, tmp_path, "fresh"))


def test_a_records_file_not_written_by_the_import_voids_the_manifest(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    jsonl = content / "records" / "records.jsonl"
    jsonl.write_text(jsonl.read_text(encoding="utf-8").splitlines(True)[0], encoding="utf-8")
    seen = _no_workers(monkeypatch)
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert len(seen) == 4
    _same_tree(content, _fresh(seeds, tmp_path, "fresh"))


def test_two_files_claiming_one_id_and_unreadable_files_stay_errors(tmp_path):
    seeds = _seeds(tmp_path)
    (seeds / "z_dup.txt").write_text("8月5日，会议召开。\n", encoding="utf-8")
    (seeds / "z_dup.yml").write_text("id: d_short\n", encoding="utf-8")
    (seeds / "zz_binary.txt").write_bytes(b"\x00\x01binary")
    content, cache = tmp_path / "content", tmp_path / "cache"
    for _ in range(2):  # cold, then warm with the manifest
        report = run_import(seeds, content, cache_dir=cache, jobs=1)
        reasons = sorted((Path(e.path).name, e.reason.split(",")[0]) for e in report.errors)
        assert reasons == [
            ("z_dup.txt", "claims the id 'd_short'"),
            ("zz_binary.txt", "is binary"),
        ]
        assert len(report.records) == 4


def test_manifest_is_per_content_folder(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    cache = tmp_path / "cache"
    run_import(seeds, tmp_path / "one", cache_dir=cache, jobs=1)
    seen = _no_workers(monkeypatch)
    run_import(seeds, tmp_path / "two", cache_dir=cache, jobs=1)
    assert len(seen) == 4  # the content-hash cache serves them, not the manifest
    _same_tree(tmp_path / "two", tmp_path / "one")
    assert len([p for p in os.listdir(cache) if p.startswith("manifest-")]) == 2


def test_cache_entries_give_the_files_of_an_uncached_import_and_torn_ones_are_redone(
    tmp_path,
):
    """A content-hash cache entry holds the content files and the records.jsonl line as
    written; an entry cut short (a write that did not finish) or grown is processed
    again, never served."""
    seeds = _seeds(tmp_path)
    fresh = _fresh(seeds, tmp_path, "fresh")
    cache = tmp_path / "cache"
    first = run_import(seeds, tmp_path / "a", cache_dir=cache, jobs=1)
    entries = sorted(cache.glob("*.entry"))
    assert len(entries) == 4 and first.from_cache == 0
    # Another content folder: its manifest is empty, so every report asks the cache.
    served = run_import(seeds, tmp_path / "b", cache_dir=cache, jobs=1)
    assert served.from_cache == 4
    _same_tree(fresh, tmp_path / "b")
    short, long = entries[0], entries[1]
    short.write_bytes(short.read_bytes()[:-5])
    long.write_bytes(long.read_bytes() + b"x")
    redone = run_import(seeds, tmp_path / "c", cache_dir=cache, jobs=1)
    assert redone.from_cache == 2
    _same_tree(fresh, tmp_path / "c")


def test_the_same_folders_named_relatively_or_absolutely_keep_every_file(tmp_path, monkeypatch):
    """The manifest keeps output paths: an import given the content folder by another
    name (relative after absolute, and back) must neither remove nor rewrite a file."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "other.txt").write_text("8月3日，区长金玉主持召开会议。\n", encoding="utf-8")
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    files = sorted(p.relative_to(content) for p in content.rglob("*") if p.is_file())
    assert len(files) >= 7  # two records in two scripts, raw copies, records.jsonl, report
    monkeypatch.chdir(tmp_path)
    for seeds_arg, content_arg in ((Path("seeds"), Path("content")), (seeds, content)):
        report = run_import(seeds_arg, content_arg, cache_dir=Path("cache"), jobs=1)
        assert (report.removed, report.written) == (0, 0)
        assert sorted(p.relative_to(content) for p in content.rglob("*") if p.is_file()) == files


def test_records_jsonl_is_patched_from_kept_lines_and_equals_an_uncached_import(
    tmp_path, monkeypatch
):
    """A warm import takes the unchanged records' records.jsonl lines by where they are
    in the last file (importer.Kept) and copies them into the new one without reading
    them: a report added before, between or after the others and one removed give the
    bytes of an import without any cache, and an import with nothing changed leaves
    the file as it is (its mtime too: the site's shared outputs know it by it), and
    its manifest and learned names' cache too."""
    from public_records.ingest import learned

    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    jsonl = content / "records" / "records.jsonl"
    read: list[object] = []
    real_text = learned._Lines.text

    def spy(self, line):
        if isinstance(line, importer.Kept):  # not a new line (text, or in the spill file)
            read.append(line)
        return real_text(self, line)

    monkeypatch.setattr(learned._Lines, "text", spy)
    kept = [jsonl, *cache.glob("manifest-*"), *cache.glob("learned-*")]
    assert len(kept) == 3
    before = [p.stat().st_mtime_ns for p in kept]
    run_import(seeds, content, cache_dir=cache, jobs=1)
    # Nothing changed: no kept line read, and records.jsonl, the manifest and the
    # learned names' cache are not written again.
    assert read == [] and [p.stat().st_mtime_ns for p in kept] == before
    for name in ("0_first.txt", "c_middle.txt", "zz_last.txt"):  # invented reports
        (seeds / name).write_text("8月6日，区长金玉出席座谈会。\n", encoding="utf-8")
    (seeds / "b_copy.txt").unlink()
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert read == []  # the new records teach no name to the old ones: none parsed
    fresh = _fresh(seeds, tmp_path, "fresh")
    assert jsonl.read_bytes() == (fresh / "records" / "records.jsonl").read_bytes()
    _same_tree(content, fresh)


def test_a_manifest_whose_line_lengths_were_swapped_is_read_by_id(tmp_path):
    """A kept line's offset is the sum of the lengths before it, in id order; they are
    trusted only when the ids and lengths are those the manifest wrote: a manifest
    whose lengths were swapped (damaged, edited) has its lines read from the file by
    id, never copied from the wrong place."""
    import contextlib
    import sqlite3

    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    (manifest,) = cache.glob("manifest-*.sqlite")
    with contextlib.closing(sqlite3.connect(manifest)) as db, db:
        (a,), (b,) = db.execute(
            "SELECT llen FROM entries WHERE name IN ('b_copy.txt', 'd_short.txt') ORDER BY name"
        )
        assert a != b
        db.execute("UPDATE entries SET llen = ? WHERE name = 'b_copy.txt'", (b,))
        db.execute("UPDATE entries SET llen = ? WHERE name = 'd_short.txt'", (a,))
    # A new record between them: the lines after it are copied from where they are.
    (seeds / "c_new.txt").write_text("8月6日，区长金玉出席座谈会。\n", encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    _same_tree(content, _fresh(seeds, tmp_path, "fresh"))


def test_records_jsonl_is_patched_without_copy_file_range(tmp_path, monkeypatch):
    """Where the kernel copy is missing (macOS and the BSDs have no os.copy_file_range),
    the kept lines are copied through pread and write, to the same bytes."""
    monkeypatch.setattr(importer, "_COPY_FILE_RANGE", importer._no_copy_file_range)
    seeds = _seeds(tmp_path)
    content, cache = tmp_path / "content", tmp_path / "cache"
    run_import(seeds, content, cache_dir=cache, jobs=1)
    (seeds / "0_first.txt").write_text("8月6日，区长金玉出席座谈会。\n", encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    fresh = _fresh(seeds, tmp_path, "fresh")
    jsonl = content / "records" / "records.jsonl"
    assert jsonl.read_bytes() == (fresh / "records" / "records.jsonl").read_bytes()
