"""Round "furniture 37" (issue 18). Invented lines.

1. A related-stories block whose cards are a headline, its summary cut short by the list
   (…) and a publishing stamp that carries the card's counters, glued to the date's day
   or set apart (2024-05-060 12 0: the 6th, then 0, 12 and 0): the headline and the
   summary are the card's, cut with the stamp (before, only the stamp line went, and the
   headline and summary of every card stayed as the report's lines).
2. A forum's reply box alone on its line (快速回复, 发表回复) is furniture; a sentence that
   asks for a quick reply stays.
"""

from __future__ import annotations

from public_records.clean.furniture import (
    furniture_rows,
    line_kind,
    related_cards,
    strip_furniture,
)

BODY = (
    "5月6日,某县召开防汛工作会议,县长甲某主持会议并讲话。\n"
    "会议要求,各乡镇要压实责任,做好巡查值守。\n"
)

# 1. A related card: headline, summary cut short, stamp with counters.


def _related_block(stamp_one: str, stamp_two: str) -> str:
    return (
        "相关推荐\n"
        "某市举行秋季植树活动\n"
        "某市今天组织干部群众参加义务植树。 市长乙某表示,要久久为功,持续…\n"
        f"{stamp_one}\n"
        "某区召开老旧小区改造推进会\n"
        "会议听取了各街道改造进度汇报,区长丙某要求倒排工期、挂图作战,确保「…\n"
        f"{stamp_two}\n"
    )


def test_a_card_cut_short_above_a_stamp_with_glued_counters_goes():
    page = BODY + _related_block("2024-05-060 12 0", "2024-04-281 35 2")
    result = strip_furniture(page)
    assert result.text.strip() == BODY.strip()
    assert "植树" not in result.text and "老旧小区" not in result.text


def test_a_card_whose_stamp_has_spaced_counters_goes():
    page = BODY + _related_block("2024-05-06 0 12 0", "2024-04-28 1 35 2")
    result = strip_furniture(page)
    assert "植树" not in result.text and "老旧小区" not in result.text
    assert "会议要求,各乡镇要压实责任,做好巡查值守。" in result.text


def test_the_cards_are_logged_as_related_items():
    page = BODY + _related_block("2024-05-060 12 0", "2024-04-281 35 2")
    notes = {e.before.strip(): e.note for e in strip_furniture(page).edits}
    assert notes["某市举行秋季植树活动"] == "相关报道条目"
    assert notes["某区召开老旧小区改造推进会"] == "相关报道条目"


def test_a_report_line_ending_in_dots_above_a_date_stays_without_a_related_heading():
    page = (
        BODY + "县领导乙某、丙某参加会议\n"
        "会上,各乡镇负责人逐一汇报了防汛物资储备、人员值守等情况……\n"
        "2024-05-06\n"
    )
    result = strip_furniture(page)
    assert "县领导乙某、丙某参加会议" in result.text
    assert "会上,各乡镇负责人逐一汇报了防汛物资储备" in result.text


def test_a_summary_ending_a_sentence_is_no_cut_card():
    # a sentence's end right before the dots is not a list's cut: the line above it is
    # not taken as the card's headline by this reading
    rows = furniture_rows(
        BODY + "相关推荐\n"
        "某县部署秋冬季森林防火工作\n"
        "会议强调,要把森林防火各项措施落到实处。…\n"
        "2024-05-060 12 0\n"
    )
    kinds = [line_kind(key) for _s, _e, key in rows]
    assert 3 not in related_cards(rows, kinds)


# 2. A forum's reply box.


def _kind(line: str) -> str | None:
    return line_kind(furniture_rows(line)[0][2])


def test_a_forum_reply_box_alone_is_furniture():
    for line in ("快速回复", "发表回复", "快速回覆", "發表回覆"):
        assert _kind(line) == "comments", line


def test_a_sentence_asking_for_a_quick_reply_stays():
    for line in (
        "对群众来信来访要快速回复。",
        "快速回复群众关切",
        "县长要求各部门对网民留言做到快速回复、限时办结",
    ):
        assert _kind(line) is None, line


def test_a_forum_copy_loses_its_reply_box_and_keeps_its_report():
    page = BODY + "快速回复\n"
    result = strip_furniture(page)
    assert "快速回复" not in result.text
    assert "会议要求,各乡镇要压实责任,做好巡查值守。" in result.text
