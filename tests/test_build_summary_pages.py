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
