"""Issue 18, furniture and credits round 26 (the shapes the new development part dev-b12
misses, no rule having seen its sites). Every line is invented (no real page's line)."""

from cleaning_checks import SAFETY_REPORT, cut_lines
from public_records.clean.credits import harvest_credits
from public_records.clean.furniture import strip_furniture

LAST = "会议要求，各部门要压紧压实责任，确保全县安全形势稳定。"


def test_roles_joined_by_a_slash_before_a_name_closing_a_paragraph_are_credits():
    result = harvest_credits(LAST + "（文/图 周某某）")
    assert result.text == LAST
    assert result.meta["credits"] == [("文/图", "周某某")]
    result = harvest_credits(LAST + "（文字/摄影：吴某 郑某某）\n下一段。")
    assert [name for _role, name in result.meta["credits"]] == ["吴某", "郑某某"]


def test_a_closing_group_of_roles_before_words_that_are_no_name_stays():
    assert harvest_credits(LAST + "（文/图 深入基层调研）").edits == ()
    assert harvest_credits(LAST + "（图/文 某某）").edits == ()  # 某某: no surname


def test_a_writers_place_and_verb_after_a_slash_in_a_date_field_line_are_no_part_of_the_name():
    line = "2020-05-06 10:20    作者：周某某/某地报导   来源：某某日报   VIEW:\n"
    result = strip_furniture(line + SAFETY_REPORT)
    assert ("作者", "周某某") in result.meta["credits"]
    assert not any("报导" in name for _role, name in result.meta["credits"])
