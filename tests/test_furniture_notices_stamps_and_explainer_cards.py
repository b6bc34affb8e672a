"""Site furniture of the kinds round furn47's survey left (issue 18): a reprint notice asking
leave rather than a licence (未经允许不得转载:), a site's notice to its readers (本网通告:…), a
first-posted stamp with month and day only (首次上稿 09-28 22:58), a promotion's label between
corner marks (◤…◢), and a portal's explainer cards under a report (▪ 懒人包/…, 图解/…?). Each
is cut and logged; the article's own lines that use the same words stay. And a forum post's
headline asked as a question after its board's tag ([问卦] …?) is the page's title in the
chrome step, so the post's first line, hard-wrapped and short, is not taken for it and cut.
Lines and names are invented in the shapes real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.chrome import _is_title_like, strip_chrome
from public_records.clean.furniture import line_kind, strip_furniture

from tests.cleaning_checks import (
    FURNITURE_BODY,
    assert_cut_below,
    assert_kept_between,
    assert_logged,
)

# Lines below the report: each is cut and logged.


@pytest.mark.parametrize(
    "line",
    [
        "未经允许不得转载:",
        "未经允许不得转载：某某资讯网 » 某县举行道路工程开工仪式",
        "未经同意，禁止转载。",
        "本网通告：为更好报道各县工作，欢迎各地向本网提供线索。联系电话：0123-4567890",
        "本站启事:本站栏目调整期间，部分稿件暂停更新。",
        "首次上稿 03-02 09:15",
        "    首次上稿 2031-03-02 09:15",
        "◤某地美食必吃清单◢",
        "▪ 懒人包／某溪溢流一次看 灾情、救援一次掌握",
        "▪ 图解／某水库为何要泄洪？为何不能提前处理？",
        "整理包/某乡道路塌陷 关键一周时间轴",
    ],
)
def test_a_notice_stamp_or_card_below_the_report_is_cut(line):
    assert_cut_below([line])


@pytest.mark.parametrize(
    "line, kind",
    [
        ("未经允许不得转载:", "reprint"),
        ("本网通告:欢迎各地向本网提供报道线索。", "site notice"),
        ("首次上稿 03-02 09:15", "date line"),
        ("更新时间 03-02 10:40", "date line"),
        ("◤某地美食必吃清单◢", "ad slot"),
        ("▪ 图解/某水库为何要泄洪?为何不能提前处理?", "related item"),
    ],
)
def test_each_line_has_its_kind(line, kind):
    assert line_kind(line) == kind


def test_explainer_cards_under_the_report_are_cut_together():
    cards = (
        "▪ 懒人包／某溪溢流一次看\n"
        "▪ 整理包／某乡道路塌陷 关键一周时间轴\n"
        "▪ 图解／某水库为何要泄洪？为何不能提前处理？"
    )
    raw = f"{FURNITURE_BODY}\n{cards}"
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert_logged(raw, result)


# Guards: a report's own sentences with the same words stay.


@pytest.mark.parametrize(
    "line",
    [
        "会议要求，未经同意不得转载内部文件，严防信息泄露。",
        "某县在本网通告栏目发布了招聘信息。",
        "更新时间为每天上午8:00，请群众及时关注。",
        "图表/数据显示，某县粮食产量稳中有升，全年增收两成。",
        "图解：某县政府工作报告",
    ],
)
def test_a_report_line_with_the_same_words_stays(line):
    assert_kept_between([line])


# A forum post's headline asked as a question after its board's tag.


def test_a_tagged_question_is_title_like_and_a_bare_question_is_not():
    assert _is_title_like("问卦] 某县县长是不是很忙?")
    assert not _is_title_like("某县县长是不是很忙?")
    assert not _is_title_like("问卦] 某县县长很忙。")


def test_a_forum_post_keeps_its_first_line_under_a_tagged_question():
    first = "印象中,某市市长甲乙一直以来开会都是全勤,这次甚至带了水果来,结"
    raw = (
        "[问卦] 中央是不是故意刁难某市?\n\n"
        "作者: abc123 (某某)   2031-06-27 21:00:23\n"
        f"{first}\n"
        "果还是一直被刁难,连道路补助预算都说不清楚。\n"
    )
    result = strip_chrome(raw)
    assert first in result.text
    assert "[问卦]" not in result.text
    assert result.meta["page_title"].endswith("中央是不是故意刁难某市?")
    assert_logged(raw, result)


def test_an_untagged_question_in_a_header_is_not_taken_for_the_title():
    # a question with no board's tag is no headline by its shape (it may be the lead's)
    raw = (
        "作者: abc123 (某某)   2031-06-27 21:00:23\n"
        "中央是不是故意刁难某市?\n"
        "某市市长甲乙一直以来开会都是全勤，这次甚至带了水果来，结果还是被刁难。\n"
    )
    assert "中央是不是故意刁难某市?" in strip_chrome(raw).text
