"""Masked organ names: restored only when exactly one of 政协/人大/党委/纪委/政府 fits."""

from __future__ import annotations

import pytest
from public_records.clean.masked import restore_masked

from tests.cleaning_checks import assert_logged


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("区*协主席出席会议。", "区政协主席出席会议。"),
        ("市人*常委会召开会议。", "市人大常委会召开会议。"),
        ("县*府办公室印发通知。", "县政府办公室印发通知。"),
        ("区＊协召开主席会议。", "区政协召开主席会议。"),  # full-width asterisk
        ("區*協主席出席會議。", "區政協主席出席會議。"),  # Traditional
    ],
)
def test_single_fit_is_restored_and_logged(raw, clean):
    result = restore_masked(raw)
    assert result.text == clean
    assert len(result.edits) == 1 and result.findings == ()
    assert_logged(raw, result)


@pytest.mark.parametrize(
    "raw",
    [
        "区*委书记主持会议。",  # 党委 or 纪委
        "区政*领导出席。",  # 政协 or 政府
        "区**主席出席。",  # anything
    ],
)
def test_ambiguous_mask_stays_with_a_finding(raw):
    result = restore_masked(raw)
    assert result.text == raw and result.edits == ()
    assert [f.code for f in result.findings] == ["masked_ambiguous"]


@pytest.mark.parametrize(
    "raw", ["本人*注:以上数据为初步统计。", "增长3*5%", "*注:数据来源于统计局"]
)
def test_other_asterisks_are_not_organs(raw):
    result = restore_masked(raw)
    assert result.text == raw and result.edits == ()
    assert not [f for f in result.findings if f.code == "masked_ambiguous"]
