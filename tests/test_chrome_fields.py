"""The article-information block above a report: a place field under the date field is
chrome like the date (issue 18, d042's shape); below the body the same words are text."""

from __future__ import annotations

from public_records.clean.chrome import strip_chrome

BODY = "县府召开年度县政顾问会议，顾问团提供各方面建言，县长王五主持会议。"


def test_a_place_field_in_the_header_is_cut_with_the_date_field():
    raw = "縣政顧問年終座談會\n日期:2018/12/15下午14:00\n地點:某某縣政府3樓會議室\n" + BODY
    result = strip_chrome(raw)
    assert result.text == BODY  # the headline goes to meta["page_title"]
    assert result.meta["page_title"] == "县政顾问年终座谈会"
    assert len(result.edits) == 3


def test_a_place_field_below_the_body_stays():
    raw = BODY + "\n地点:区行政中心\n会议要求，各部门要抓好落实。"
    assert strip_chrome(raw).text == raw
