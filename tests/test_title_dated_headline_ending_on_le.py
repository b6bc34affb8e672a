"""Titles (review45, issue 18): titles45b reads a row that opens with its day and a comma
and ends on an open word (…召开了) as a lead the copy broke, glued to the row below it. A
headline complete with its day may end on 了 too, the sentence's last word (…高铁正式开通
了); the row below it then opens with a day of its own (the lead), and no sentence goes on
across the break: the row stays the page's headline. Invented sentences."""

from public_records.extract.title import derive_title, derive_title_with_evidence, lead_title


def test_a_dated_headline_ending_on_le_over_a_dated_lead():
    text = (
        "12月26日，某某高铁正式开通了\n12月26日上午，某某高铁正式开通运营，县长甲乙出席通车仪式。\n"
    )
    assert derive_title_with_evidence(text) == ("12月26日，某某高铁正式开通了", "page headline")


def test_a_dated_headline_ending_on_le_over_a_blank_row_then_the_lead():
    text = "3月1日，某县新图书馆建成了\n\n3月1日，某县新图书馆落成开放，县长甲乙为其揭牌。\n"
    assert derive_title(text) == "3月1日，某县新图书馆建成了"


# guards: a lead broken before its object is still one sentence; a lead is read alone


def test_the_lead_below_it_is_not_glued_to_it():
    text = "12月26日，某某高铁正式开通了\n12月26日上午，某某高铁正式开通运营。\n"
    assert not lead_title(text).startswith("某某高铁正式开通了")


def test_a_broken_lead_is_still_joined():
    text = (
        "2018年3月2日上午，某某镇在镇三楼会议室召开了\n全镇安全生产工作会议。会议由镇长甲乙主持。\n"
    )
    assert derive_title(text) == "某某镇召开全镇安全生产工作会议"
