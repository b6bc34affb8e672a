"""A unit's supplied-by line whose bracket the page lost (issue 18, round furn44b): the
line `(某某县委宣传部供稿` under a county report, its closing bracket cut off with the
page, or `某某镇人民政府供图)` with only the closing one, is the same source line as
`某某县委宣传部供稿` and `(某某县委宣传部供稿)`, which earlier rounds already cut: it is cut
and logged too. A report's own line that says who supplied something in a clause
(a comma, a full stop) stays. Lines and names are invented in the shapes real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import FURNITURE_BODY, assert_logged


@pytest.mark.parametrize(
    "tail",
    [
        "(某某县委宣传部供稿",
        "（某某县融媒体中心供稿",
        "某某镇人民政府供图)",
        "( 某某区文旅局供稿",
    ],
)
def test_supplied_by_line_with_one_bracket_is_cut_and_logged(tail: str) -> None:
    raw = FURNITURE_BODY + "\n" + tail + "\n"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert {e.rule for e in result.edits} == {"furniture"}
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "tail",
    [
        # Both brackets, or none: cut before this round too (guards of the old reach).
        "(某某县委宣传部供稿)",
        "某某县委宣传部供稿",
    ],
)
def test_supplied_by_line_with_both_or_no_brackets_stays_cut(tail: str) -> None:
    raw = FURNITURE_BODY + "\n" + tail + "\n"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY


@pytest.mark.parametrize(
    "line",
    [
        "(资料由某某县档案馆供稿，特此致谢",
        "(本次展览的图片由各乡镇供图。",
        "会上，各乡镇、县直各部门按要求及时供稿。",
        "(某某县委宣传部供稿单位名单附后)",
    ],
)
def test_report_lines_that_say_who_supplied_stay(line: str) -> None:
    raw = FURNITURE_BODY + "\n" + line + "\n"
    result = strip_furniture(raw)
    assert line in result.text
