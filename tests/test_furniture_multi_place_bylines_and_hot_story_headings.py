"""Two kinds of Taiwan news pages' furniture that round furn47's survey left and round cna43
took up (issue 18): a byline of several reporters filed from several places
(記者甲某、乙某、丙某/台中、彰化綜合報導), alone on its line, cut with its names kept as
credits; and a site's heading of its hot stories (新聞熱點, pinyin notes and all) alone on its
line. A report's own sentences with the same words stay. Lines and names are invented in the
shapes real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.furniture import line_kind, strip_furniture

from tests.cleaning_checks import FURNITURE_BODY, assert_kept_between, assert_logged


@pytest.mark.parametrize(
    "line",
    [
        "記者甲某、乙某、丙某/台中、彰化綜合報導",
        "记者甲某、乙某／台北、新北综合报导",
        "記者甲某 乙某/嘉義、雲林、台南聯合報導",
    ],
)
def test_a_byline_of_several_places_above_the_lead_is_cut_and_credited(line):
    raw = f"县府推动老街改造 县长视察工程进度\n{line}\n{FURNITURE_BODY}"
    result = strip_furniture(raw)
    assert line not in result.text
    assert FURNITURE_BODY in result.text
    assert ("记者", "甲某") in result.meta["credits"]
    assert_logged(raw, result)


@pytest.mark.parametrize("line", ["新聞熱點", "新闻热点", "即時熱點：", "新聞熱(rè)點(diǎn)"])
def test_a_hot_stories_heading_below_the_report_is_cut(line):
    raw = f"{FURNITURE_BODY}\n{line}\n"
    result = strip_furniture(raw)
    assert "热点" not in result.text and "熱點" not in result.text
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "line, kind",
    [("记者甲某、乙某、丙某/台中、彰化综合报导", "byline"), ("新闻热点", "related")],
)
def test_each_line_has_its_kind(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "记者甲某、乙某到台中、彰化两地采访，县长表示欢迎各界报导。",
        "记者甲某、乙某/台中、彰化等地的报导显示，老街改造进度超前。",
        "新闻热点要及时回应，某县宣传部要求各单位做好舆情处置。",
        "县长说，老街改造是今年的新闻热点，也是民众关心的焦点。",
    ],
)
def test_a_report_line_with_the_same_words_stays(line):
    assert_kept_between([line])
