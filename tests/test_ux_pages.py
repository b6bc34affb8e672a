"""What a reader sees on the built pages, in both scripts: labels in Chinese, no dangling
separators, notes that say what the page shows. Built once per test process from the
seed report, its registry and a few clean synthetic reports (published_site)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from public_records.registry import PLACE_KINDS
from published_site import built_site

pytestmark = pytest.mark.build

SCRIPTS = ("", "zh-hant/")


def visible_text(page: Path) -> str:
    """The text a reader sees: no scripts, styles, tags or attributes."""
    markup = page.read_text(encoding="utf-8")
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_place_pages_name_the_kind_of_place_in_chinese():
    """The places index and a place's page said `province 2`, `city`, `street 0`: the
    registry's codes, and a bare count."""
    out = built_site()
    for prefix in SCRIPTS:
        pages = [out / prefix / "places" / "index.html"]
        pages += sorted((out / prefix / "places").glob("*/index.html"))
        assert len(pages) > 1, prefix  # the index and at least one place the seed names
        for page in pages:
            words = set(re.findall(r"[a-z]+", visible_text(page)))
            assert not words & set(PLACE_KINDS), (page, words & set(PLACE_KINDS))
        index = visible_text(out / prefix / "places" / "index.html")
        assert re.search(
            r"大觀區\s+市轄區\s+\d+ 條記錄" if prefix else r"大观区\s+市辖区\s+\d+ 条记录", index
        )
