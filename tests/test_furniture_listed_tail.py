"""Round furn46: the list of other stories under a related-stories heading at the page's end.

A list of other stories' headlines under a heading such as 相关文章 or 更多新闻, reaching the
page's end, is the site's: a headline in it as long as a body line (30 Han characters or
more, with no sentence end) is not the report's last line, so the whole list is cut
(`furniture.without_listed_tail`, then `closing_list`). Invented text only.
"""

from public_records.clean.furniture import (
    furniture_rows,
    line_kind,
    strip_furniture,
    without_listed_tail,
)

REPORT = (
    "某县召开乡村振兴工作推进会\n"
    "5月6日,某县召开乡村振兴工作推进会,县委书记王甲出席会议并讲话,县长李乙主持会议。\n"
    "王甲强调,要坚持问题导向,压实工作责任,确保各项任务按期完成,推动乡村振兴取得新成效。\n"
)
LONG_HEADLINE = "某市启动老旧小区改造工程 计划三年内完成全市一百二十个小区的改造任务"


def _page(heading: str, tail: list[str]) -> str:
    return REPORT + heading + "\n" + "\n".join(tail)


LIST = [
    "某区举办青年创业大赛",
    "东方新闻",
    "某镇开展消防安全演练活动",
    "南方日报",
    "某市图书馆新馆正式开放",
    "东方新闻",
    LONG_HEADLINE,
    "南方日报",
]


def test_long_listed_headline_under_a_related_heading_is_cut():
    text = strip_furniture(_page("相关文章", LIST)).text
    assert LONG_HEADLINE not in text
    assert "某区举办青年创业大赛" not in text
    assert "某市图书馆新馆正式开放" not in text


def test_more_news_heading_opens_the_list_too():
    text = strip_furniture(_page("更多新闻", LIST)).text
    assert LONG_HEADLINE not in text


def test_without_listed_tail_pops_the_list_rows_only():
    rows = furniture_rows(_page("相关文章", LIST))
    kinds = [line_kind(key) for _s, _e, key in rows]
    assert kinds[3] == "related"
    body = [1, 2, 10]  # the two body lines, then the long listed headline
    assert without_listed_tail(rows, kinds, body) == [1, 2]


# Guards: what must not change.


def test_report_going_on_under_a_related_heading_keeps_its_lines():
    tail = ["会议要求,各乡镇要抓好工作落实,按时报送进展情况,确保年底前全面完成各项目标任务。"]
    text = strip_furniture(_page("相关文章", tail)).text
    assert tail[0] in text


def test_long_last_line_without_a_heading_is_the_report_s():
    text = strip_furniture(REPORT + LONG_HEADLINE).text
    assert LONG_HEADLINE in text


def test_related_heading_above_the_report_leaves_its_last_line():
    text = strip_furniture("相关文章\n" + REPORT + LONG_HEADLINE).text
    assert LONG_HEADLINE in text
