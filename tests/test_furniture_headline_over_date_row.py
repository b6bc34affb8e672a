"""The page's headline right over its date-and-source row is no banner (issue 18, round
furn44b): a report split over pages prints its headline and its date row on every page,
and page 3's lead (under its own subheads) repeats none of the headline's words, so the
headline was read as a column's banner and cut. A column's name over a date row is short
(乡镇动态), and it stays cut. Lines and names are invented in the shapes real pages have."""

from __future__ import annotations

from public_records.clean.furniture import strip_furniture

LEAD = (
    "今年以来，某某县先后在六个乡镇设立便民服务站，群众办事不出村，全县共办理各类事项一万二千余件。"
)
SECOND = "据了解，某某县还将在年底前把服务站延伸到所有行政村。"


def _page(headline: str) -> str:
    return (
        "本页位置:首页新闻中心地方新闻\n"
        + headline
        + "\n\n2019年05月06日 09:30 来源:某某日报\n\n"
        + "  便民服务站走进乡村\n\n"
        + LEAD
        + "\n\n"
        + SECOND
        + "\n"
    )


def test_headline_over_the_date_row_stays() -> None:
    headline = "某某市设立十二个专项工作组 称各项任务分工明确(3)"
    result = strip_furniture(_page(headline))
    assert headline in result.text
    assert LEAD in result.text


def test_headline_over_a_date_row_with_a_site_and_time_stays() -> None:
    raw = (
        "某某县多措并举推动政务服务下沉 群众满意度明显提升\n"
        "某某网 / 2019-05-06 09:30\n\n" + LEAD + "\n\n" + SECOND + "\n"
    )
    result = strip_furniture(raw)
    assert "某某县多措并举推动政务服务下沉" in result.text


def test_short_column_name_over_the_date_row_is_still_cut() -> None:
    result = strip_furniture(_page("乡镇工作动态"))
    assert "乡镇工作动态" not in result.text
    assert LEAD in result.text


def test_date_row_and_breadcrumb_are_still_cut() -> None:
    result = strip_furniture(_page("某某市设立十二个专项工作组 称各项任务分工明确(3)"))
    assert "来源:某某日报" not in result.text
    assert "本页位置" not in result.text
