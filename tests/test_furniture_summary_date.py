"""Furniture round furn44 (issue 18, stop 42): a summary box over a report (核心提示:…) is
cut when the lead below repeats its opening words; a date that opens the summary, which the
lead may write otherwise (a year or a mark lost), is now read past. Lines and names
invented."""

from public_records.clean.furniture import strip_furniture

_SUMMARY = "核心提示:2017年1月10日下午,甲省林业局湿地保护中心主任乙丙丁一行到东山湿地公园调研"
_LEAD = "2017110日下午,甲省林业局湿地保护中心主任乙丙丁一行到东山湿地公园调研保护工作。"
_BODY = "乙丙丁要求,各部门要落实巡护责任,做好湿地修复和监测工作。"


def test_a_summary_whose_date_the_lead_writes_otherwise_is_cut():
    out = strip_furniture(f"{_SUMMARY}\n{_LEAD}\n{_BODY}\n").text
    assert "核心提示" not in out
    assert _LEAD in out and _BODY in out


def test_a_summary_opening_with_a_month_and_day_is_cut():
    summary = "核心提示:3月5日上午,甲县召开县委常委会议,研究部署春耕生产工作"
    lead = "近日上午,甲县召开县委常委会议,研究部署春耕生产工作。"
    out = strip_furniture(f"{summary}\n{lead}\n{_BODY}\n").text
    assert "核心提示" not in out and lead in out


# Guards


def test_guard_a_summary_the_text_does_not_repeat_stays():
    summary = "核心提示:2017年1月10日下午,甲省林业局湿地保护中心主任乙丙丁一行到东山调研"
    lead = "1月10日,东山湿地公园迎来一批客人,园区负责人介绍了保护情况。"
    out = strip_furniture(f"{summary}\n{lead}\n{_BODY}\n").text
    assert "核心提示" in out


def test_guard_a_short_dateless_remainder_is_no_probe():
    # After the date only a few words remain: too short to tell a repeat.
    summary = "核心提示:2017年1月10日下午,甲县开会"
    lead = "会上,甲县开会部署工作,乙丙丁讲话。"
    out = strip_furniture(f"{summary}\n{lead}\n{_BODY}\n").text
    assert "核心提示" in out
