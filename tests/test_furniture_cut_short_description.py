"""A page's description printed above the report (its meta description as a line): the
lead's opening words run on into the next paragraph and cut short with dots, the lead
itself right under it (dev ca007's kind, round furn44, issue 18). It is cut and logged; the
lead stays, and a report's own line cut short with dots stays when no line under it repeats
its words. Lines and names are invented."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture

from tests.cleaning_checks import assert_logged

LEAD = (
    "近日，某区政协召开第五次常委会议，围绕“加快某某产业发展”进行协商议政。区政协主席王五主持会议。"
)
SECOND = "会议通报了区政协专题调研的相关情况，区发展改革委等部门负责同志作了发言。"


def test_cut_short_description_above_the_lead_is_cut_and_logged() -> None:
    description = "  " + LEAD + "  会议通报了区政协专题调研的..."
    raw = "某区政协召开常委会议\n\n" + description + "\n\n  " + LEAD + "\n  " + SECOND
    result = strip_furniture(raw)
    assert description.strip() not in result.text
    assert LEAD in result.text and SECOND in result.text
    assert [e.note for e in result.edits] == ["页面摘要（截断的导语）"]
    assert_logged(raw, result)


def test_description_cut_with_an_ellipsis_mark_too() -> None:
    description = LEAD + "会议通报了区政协专题…"
    raw = description + "\n" + LEAD + "\n" + SECOND
    result = strip_furniture(raw)
    assert result.text.startswith(LEAD)
    assert len(result.edits) == 1


# Guards: what must not change.


def test_a_line_cut_short_that_no_line_repeats_stays() -> None:
    raw = LEAD[:-1] + "，会议指出.." + "\n" + SECOND
    assert strip_furniture(raw).edits == ()


def test_a_repeat_below_the_lead_is_not_read() -> None:
    # (review44) a repeat long enough to be read (20 Han or more), so that only the stop
    # at the first body line keeps it
    raw = LEAD + "\n" + SECOND + "\n" + SECOND[:26] + "...\n" + SECOND
    assert all(e.note != "页面摘要（截断的导语）" for e in strip_furniture(raw).edits)
