"""A rebuild renders again only the officials, topics and places pages (and feeds) whose
data changed: a new report naming 金玉 rewrites 金玉's page and the officials index, not
the page of 潘功发, whom it does not name; and every page is exactly what a build from
scratch gives."""

from __future__ import annotations

import filecmp
import shutil

import pytest
from sitebuild import SEED, build_site

pytestmark = pytest.mark.build

ADDED = "2024年9月3日上午，区长金玉主持召开区政府常务会议，研究部署防汛工作。\n"


def _person_page(output, name: str):
    for page in (output / "officials").glob("*/index.html"):
        if f"<h1>{name}</h1>" in page.read_text(encoding="utf-8"):
            return page
    raise AssertionError(f"no page for {name}")


def test_new_report_rewrites_only_the_summary_pages_it_touches(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    output = build_site(seeds, tmp_path / "warm")
    pan, jin = _person_page(output, "潘功发"), _person_page(output, "金玉")
    index = output / "officials" / "index.html"
    before = {p: p.stat().st_mtime_ns for p in (pan, jin, index)}

    (seeds / "added.txt").write_text(ADDED, encoding="utf-8")
    build_site(seeds, tmp_path / "warm")
    assert pan.stat().st_mtime_ns == before[pan]  # not named by the new report
    assert jin.stat().st_mtime_ns != before[jin]
    assert "records/added/" in jin.read_text(encoding="utf-8")
    assert index.stat().st_mtime_ns != before[index]  # 金玉's count changed

    # Everything the warm rebuild left or wrote is what a build from scratch writes.
    fresh = build_site(seeds, tmp_path / "fresh")
    compared = 0
    for folder in ("officials", "topics", "places", "zh-hant/officials", "zh-hant/topics"):
        for page in (fresh / folder).rglob("*"):
            if page.is_file():
                rel = page.relative_to(fresh)
                assert filecmp.cmp(page, output / rel, shallow=False), rel
                compared += 1
    assert compared > 10


def test_new_report_rewrites_its_own_lists_and_the_warm_site_equals_a_fresh_one(tmp_path):
    """Lists of records (home page, archives, a page per year and month, the site feed)
    are written by the plugin with the same keys: a report dated September 2024 rewrites
    the September and 2024 pages, the home page and the feed, not the August page."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)  # dated 2024-08-02
    output = build_site(seeds, tmp_path / "warm")
    august, september = output / "archives/2024/08/index.html", output / "archives/2024/09"
    kept = [august, output / "zh-hant/archives/2024/08/index.html"]
    archives = output / "archives/index.html"  # years and months with counts
    rewritten = [
        archives,
        output / "index.html",
        output / "archives/2024/index.html",
        output / "feeds/all.atom.xml",
        output / "zh-hant/feeds/all.atom.xml",
    ]
    before = {p: p.stat().st_mtime_ns for p in kept + rewritten}
    assert not september.exists()

    (seeds / "added.txt").write_text(ADDED, encoding="utf-8")
    build_site(seeds, tmp_path / "warm")
    assert [p for p in kept if p.stat().st_mtime_ns != before[p]] == []
    assert [p for p in rewritten if p.stat().st_mtime_ns == before[p]] == []
    assert "records/added/" in (september / "index.html").read_text(encoding="utf-8")
    assert "2024/09/" in archives.read_text(encoding="utf-8")
    for page in rewritten[1:]:
        assert "records/added/" in page.read_text(encoding="utf-8"), page

    fresh = build_site(seeds, tmp_path / "fresh")
    compared = 0
    for page in fresh.rglob("*"):
        if page.is_file() and page.suffix in (".html", ".xml"):
            rel = page.relative_to(fresh)
            assert filecmp.cmp(page, output / rel, shallow=False), rel
            compared += 1
    assert compared > 40
