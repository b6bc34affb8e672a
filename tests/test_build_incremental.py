"""A rebuild writes only what changed: record pages whose content file did not change are
left as they are (and still listed in the sitemap), a changed report's page is written
again, and the page of a report that is gone is removed. A failure of the shared
outputs is an error of the build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from downloads import download_record, read_download
from public_records.ingest.importer import run_import
from public_records.site.catalog import read_catalog_state, write_catalog_state
from sitebuild import ROOT, SEED, build_site
from test_build_clean_equals_incremental import search_answers
from test_build_clean_equals_incremental import site_files as tree

pytestmark = pytest.mark.build

OTHER = (
    "2024年9月3日上午，大观区召开区政府常务会议，研究部署安全生产工作。"
    "区长金玉主持会议并讲话，要求压紧压实各方责任。"
)
ADDED = "会议还研究了防汛工作。"


def test_rebuild_skips_unchanged_pages_rewrites_changed_ones_and_removes_gone_ones(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "other.txt").write_text(OTHER, encoding="utf-8")
    output = build_site(seeds, tmp_path)
    seed_page = output / "records" / SEED.stem / "index.html"
    other_page = output / "records" / "other" / "index.html"
    other_hant = output / "zh-hant" / "records" / "other" / "index.html"
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (seed_page, other_page)}
    assert ADDED not in other_page.read_text(encoding="utf-8")

    # Nothing changed: no record page is written again.
    build_site(seeds, tmp_path)
    for page, (mtime, data) in before.items():
        assert page.stat().st_mtime_ns == mtime, page
        assert page.read_bytes() == data
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert f"records/{SEED.stem}/" in sitemap and "records/other/" in sitemap

    # One report changed: its page is written again, the other is left alone.
    (seeds / "other.txt").write_text(OTHER + ADDED, encoding="utf-8")
    build_site(seeds, tmp_path)
    assert ADDED in other_page.read_text(encoding="utf-8")
    assert seed_page.stat().st_mtime_ns == before[seed_page][0]

    # One report gone: its pages go too, in both scripts.
    (seeds / "other.txt").unlink()
    build_site(seeds, tmp_path)
    assert not other_page.exists() and not other_hant.exists()
    assert seed_page.exists()


def test_a_failed_search_index_fails_the_run_and_the_pages_still_build(tmp_path):
    """The shared outputs are written by a process of their own: when it fails (here a
    damaged records.jsonl), the Simplified run says so and fails (without STRICT too),
    while the record pages are written all the same."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    content = tmp_path / "content"
    run_import(seeds, content, cache_dir=None, jobs=1)
    with (content / "records" / "records.jsonl").open("a", encoding="utf-8") as f:
        f.write("{not json\n")
    env = dict(
        os.environ,
        ARCHIVE_SCRIPT="hans",
        ARCHIVE_CONTENT=str(content),
        ARCHIVE_OUTPUT=str(tmp_path / "output"),
        PYTHONPATH=str(ROOT / "plugins"),
    )
    run = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelican.conf.py")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode != 0
    assert "search index and data downloads failed" in run.stdout + run.stderr
    assert (tmp_path / "output" / "records" / SEED.stem / "index.html").is_file()


def test_an_unreadable_shared_outputs_key_is_a_miss(tmp_path):
    """The key of the search index and data downloads, damaged (not text), is no reason
    to fail or to keep the data of the records as they were."""
    seeds = seed_only(tmp_path)
    output = build_site(seeds, tmp_path)
    for key in (tmp_path / ".cache" / "record-pages").glob("*.shared-key"):
        key.write_bytes(b"\xff\xfe\x00garbage")
    (seeds / "other.txt").write_text(OTHER, encoding="utf-8")
    build_site(seeds, tmp_path)
    assert '"id": "other"' in read_download(output / "data", "records.jsonl")


# A report that names an official no other report names, in a month no other report has:
# its pages, feeds and data files, and its month's archive, exist only because of it.
ONLY_HERE = (
    "2023年5月16日上午，大观区召开区政府专题会议，研究部署城市管理工作。"
    "副区长欧阳明远主持会议并讲话，要求全面提升城市管理水平。"
)


def seed_only(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(SEED, seeds / SEED.name)
    return seeds


def test_a_removed_report_leaves_no_file_behind(tmp_path):
    """Its raw download, the pages, feeds and data files of the official named only in
    it and the archive of its month all go: the site is the one it was without it."""
    seeds = seed_only(tmp_path)
    output = build_site(seeds, tmp_path)
    without, answers = tree(output), search_answers(output)
    (seeds / "only.txt").write_text(ONLY_HERE, encoding="utf-8")
    build_site(seeds, tmp_path)
    added = tree(output).keys() - without.keys()
    assert "raw/only.txt" in added and "archives/2023/05/index.html" in added
    assert any(p.startswith("officials/") and p.endswith("feed.atom.xml") for p in added)
    assert any(p.startswith("data/officials/") for p in added)
    assert any(p.startswith("zh-hant/officials/") for p in added)

    (seeds / "only.txt").unlink()
    build_site(seeds, tmp_path)
    assert tree(output) == without
    assert search_answers(output) == answers


def test_pages_of_a_removed_report_go_without_the_page_caches_and_after_a_move(tmp_path):
    """What a build removes does not depend on its caches: deleted (as a build killed
    before saving them leaves them) or keyed by another folder (a moved checkout)."""
    work = tmp_path / "work"
    seeds = seed_only(work)
    output = build_site(seeds, work)
    without = tree(output)
    (seeds / "only.txt").write_text(ONLY_HERE, encoding="utf-8")
    build_site(seeds, work)

    (seeds / "only.txt").unlink()
    shutil.rmtree(work / ".cache" / "record-pages")
    build_site(seeds, work)
    assert tree(output) == without

    (seeds / "only.txt").write_text(ONLY_HERE, encoding="utf-8")
    build_site(seeds, work)
    moved = tmp_path / "moved"
    work.rename(moved)
    (moved / "seeds" / "only.txt").unlink()
    assert tree(build_site(moved / "seeds", moved)) == without


def test_a_truncated_raw_download_is_copied_again(tmp_path):
    """The copy is compared by content, not by modification time."""
    seeds = seed_only(tmp_path)
    output = build_site(seeds, tmp_path)
    raw = output / "raw" / SEED.name
    assert raw.read_bytes() == SEED.read_bytes()
    raw.write_bytes(SEED.read_bytes()[:100])  # newer than its source, and cut short
    build_site(seeds, tmp_path)
    assert raw.read_bytes() == SEED.read_bytes()


def test_damaged_site_caches_are_misses(tmp_path):
    """A truncated compiled template, page keys and a record catalog of the wrong shape,
    and catalog entries swapped between two records: the build neither fails nor trusts
    them, and writes the site it wrote before."""
    seeds = seed_only(tmp_path)
    (seeds / "other.txt").write_text(OTHER, encoding="utf-8")
    output = build_site(seeds, tmp_path)
    before = tree(output)
    cache = tmp_path / ".cache"
    for compiled in (cache / "jinja").rglob("*"):
        if compiled.is_file():
            compiled.write_bytes(compiled.read_bytes()[:12])
    for keys in (cache / "record-pages").glob("*.summary.json"):
        keys.write_text('{"env": 1, "pages": []}', encoding="utf-8")
    for keys in (cache / "record-pages").glob("hant-*[0-9a-f].json"):
        keys.write_text("[1, 2]", encoding="utf-8")
    for catalog in (cache / "record-pages").glob("hans-*.catalog.json"):
        files, generation, imported = read_catalog_state(catalog)
        (a, b) = sorted(files)
        # The other record's front matter under this file's own size and mtime.
        files[a][2], files[b][2] = files[b][2], files[a][2]
        write_catalog_state(catalog, files, generation, imported)
    for catalog in (cache / "record-pages").glob("hant-*.catalog.json"):
        write_catalog_state(catalog, {"other.md": 3}, None, None)
    build_site(seeds, tmp_path)
    assert tree(output) == before


def test_no_spill_file_is_left_in_the_output_when_the_search_index_dies(tmp_path, monkeypatch):
    """The search index spills its postings into the cache folder, not under
    output/search/, so a process killed mid-build leaves nothing to publish."""
    import multiprocessing

    from public_records.registry import Registry
    from public_records.search import index as search_index
    from public_records.site.shared import write_shared_outputs

    seeds = seed_only(tmp_path)
    content = tmp_path / "content"
    run_import(seeds, content, cache_dir=None, jobs=1)
    output = tmp_path / "output"
    cache = tmp_path / "cache"

    def killed(*args, **kwargs):
        os._exit(9)  # no clean-up runs, as with a kill

    monkeypatch.setattr(search_index, "_write_bucket", killed)
    process = multiprocessing.get_context("fork").Process(
        target=write_shared_outputs,
        args=(content / "records" / "records.jsonl", output, Registry()),
        kwargs={"key_file": cache / "k.shared-key"},
    )
    process.start()
    process.join()
    assert process.exitcode == 9
    left = [p for p in output.rglob("*") if p.is_file() and "spill" in p.name]
    assert not left, left


def test_a_new_record_rewrites_only_the_downloads_it_changes(tmp_path):
    """The data downloads of officials the new record does not name are not written
    again (their files keep their mtime); those it changes are, with the same bytes a
    build from nothing writes."""
    from public_records.site.datasets import write_datasets

    records = [download_record(f"r{i}", f"p{i}") for i in range(3)]
    plain = tmp_path / "plain"  # the plain bytes of the compressed downloads
    first = write_datasets(records, tmp_path / "data", plain_dir=plain)
    stamps = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "data" / "officials").iterdir()}
    records.append(download_record("r3", "p0"))
    second = write_datasets(records, tmp_path / "data", known=first.files, plain_dir=plain)
    assert sorted(second.written) == [  # no topics or places: those files are the same
        "appearances.csv",
        "appearances.csv.gz",
        "officials.json",
        "officials.json.gz",
        "officials/p0.csv",
        "officials/p0.json",
        "records.jsonl",
        "records.jsonl.gz",
    ]
    for name in ("p1.csv", "p1.json", "p2.csv", "p2.json"):
        assert (tmp_path / "data" / "officials" / name).stat().st_mtime_ns == stamps[name]
    clean = write_datasets(records, tmp_path / "clean")
    assert tree(tmp_path / "data") == tree(tmp_path / "clean")
    assert sorted(clean.written) == sorted(second.files)
