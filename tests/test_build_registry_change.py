"""A registry change renders the record pages again: a Traditional record page shows
input text converted with the registry's names protected (the `text` filter), so a
name added to the registry changes the page although its content file is unchanged."""

from __future__ import annotations

import shutil

import pytest
from sitebuild import ROOT, SEED, build_site

SOURCE = "余庆县融媒体中心"  # s2tw alone gives 餘慶縣…; with 余庆 registered, 余慶縣…


@pytest.mark.build
def test_a_name_added_to_the_registry_reaches_an_unchanged_records_page(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / f"{SEED.stem}.yml").write_text(f"source: {SOURCE}\n", encoding="utf-8")
    page = tmp_path / "output" / "zh-hant" / "records" / SEED.stem / "index.html"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARCHIVE_SEEDS", str(seeds))  # the runs read this registry
        build_site(seeds, tmp_path)
        assert "<dd>餘慶縣融媒體中心</dd>" in page.read_text(encoding="utf-8")
        officials = seeds / "registry" / "officials.yml"
        officials.write_text(
            officials.read_text(encoding="utf-8")
            + "- id: yu-qing-test\n  name: 余庆\n  place: daguan\n",
            encoding="utf-8",
        )
        build_site(seeds, tmp_path)  # the same folders: a warm rebuild
    assert "<dd>余慶縣融媒體中心</dd>" in page.read_text(encoding="utf-8")
