"""Issue 18, round 22: titles readers accept (invented sentences)."""

from public_records.extract.title import derive_title


def test_clause_of_several_places_is_no_part_of_the_title():
    # 分别在甲地及乙地 only says where the event was held: the title stops before it
    text = (
        "某某市政府庆祝新年升旗典礼活动，1日分别在某某区某某公园及某某市政中心，"
        "市长甲乙率领市府团队参与升旗，祝福市民新年快乐。"
    )
    assert derive_title(text) == "某某市政府庆祝新年升旗典礼活动"
