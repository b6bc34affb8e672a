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
from public_records.importer import run_import
from sitebuild import ROOT, SEED, build_site

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


def test_a_failed_search_index_is_an_error_of_the_run_and_the_pages_still_build(tmp_path):
    """The shared outputs are written by a process of their own: when it fails (here a
    damaged records.jsonl), the Simplified run says so, and fails with --fatal errors
    (STRICT=1), while the record pages are written all the same."""
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
        [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelican.conf.py"), "--fatal", "errors"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode != 0
    assert "search index and data downloads failed" in run.stdout + run.stderr
    assert (tmp_path / "output" / "records" / SEED.stem / "index.html").is_file()
