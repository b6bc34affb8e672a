"""Furniture (review43 finding 14): a portal's explainer card under a report (▪ 图解/…,
懒人包/…) is cut, but a figure's label a report writes between its own lines without the
card's bullet (图表/某县一季度经济运行情况, 图解/…) is report text and stays (invented
lines)."""

from __future__ import annotations

import pytest
from public_records.clean.furniture import strip_furniture

BODY_START = "4月10日，某县召开一季度经济运行分析会，县长甲乙主持会议。"
BODY_END = "会议要求，各部门要紧盯全年目标，确保二季度实现稳中有进。"


@pytest.mark.parametrize("label", ["图表/某县一季度经济运行情况", "图解/某县一季度主要经济指标"])
def test_a_figure_label_between_body_lines_stays(label):
    raw = f"{BODY_START}\n{label}\n{BODY_END}"
    assert label in strip_furniture(raw).text


@pytest.mark.parametrize("card", ["▪ 图解/某水库为何要泄洪?", "懒人包/某溪溢流一次看"])
def test_guard_a_card_below_the_report_is_still_cut(card):
    raw = f"{BODY_START}\n{BODY_END}\n{card}"
    assert card not in strip_furniture(raw).text
