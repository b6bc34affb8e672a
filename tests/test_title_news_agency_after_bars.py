"""A headline a news agency's page prints with its section and the agency's name after bars
(`… | 政治 | 中央社 CNA`, round cna43, issue 18): the title is the headline without them. A
headline that ends in another word in 社 after a spaced bar keeps it. Invented headlines in
the shapes real pages have."""

from __future__ import annotations

import pytest
from public_records.extract.title import _tidy_headline


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "县府推动老街改造 县长视察工程进度 | 政治 | 中央社 CNA",
            "县府推动老街改造 县长视察工程进度",
        ),
        ("某市长出席典礼致词 盼带动观光 | 地方 | 中央社", "某市长出席典礼致词 盼带动观光"),
        ("某县长视察防汛工作 - 新华社", "某县长视察防汛工作"),
        ("议员会勘道路工程 要求年底完工 | 中评社", "议员会勘道路工程 要求年底完工"),
    ],
)
def test_section_and_agency_after_bars_leave_the_headline(line, title):
    assert _tidy_headline(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "乡长出席揭牌仪式 | 某某农业合作社",
        "县长视察旅游市场 - 某某旅行社",
        "某县召开新闻发布会 通报中央社会工作部部署",
    ],
)
def test_another_word_in_she_stays(line):
    assert _tidy_headline(line) == line


def test_the_derived_title_drops_the_bars():
    from public_records.extract.title import derive_title

    text = (
        "县府推动老街改造 县长视察工程进度 | 政治 | 中央社 CNA\n"
        "某某县长甲乙丙今天视察老街改造工程，要求施工单位注意安全，如期完工。\n"
    )
    assert derive_title(text) == "县府推动老街改造 县长视察工程进度"
