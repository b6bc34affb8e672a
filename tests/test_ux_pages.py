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


def test_a_change_of_white_space_is_visible_in_the_edit_log():
    """The blank line taken out between two paragraphs showed as two empty cells."""
    from public_records.site.render import edit_rows_by_rule

    edits = [
        {"rule": "tidy", "before": "\n\n", "after": "\n", "note": "段落间的空行和缩进"},
        {"rule": "tidy", "before": "\u3000\u3000", "after": "", "note": "段落间的空行和缩进"},
        {"rule": "chrome", "before": "首页 > 新闻", "after": "", "note": "导航"},
    ]
    rows = {rule: str(html) for rule, html, _, _ in edit_rows_by_rule(edits)}
    cells = [re.sub(r"<[^>]+>", "", c).strip("\n") for c in re.split(r"<t[dr]>", rows["tidy"])]
    assert [c for c in cells if c] == ["↵↵", "↵", "␣␣", "∅"]
    assert "首页 &gt; 新闻" in rows["chrome"]  # text with spaces in it is shown as it is
