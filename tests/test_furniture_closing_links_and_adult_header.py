"""Site furniture of the kinds round furn44's survey and dev left (issue 18): the run of site
links that closes a page, one a line (某某市政府网站 / 某某省政府网站, • 某某新闻网某某频道 /
• 某省委社情民意通道, “某某办”超级服务端), and the keyword header an adult-video site prints
above a hijacked copy (国产一区…,久久久久…,欧美日韩…), which also hid the site's menu under it
(the header, as long as a body line, was taken for the lead). Each is cut and logged; a
report's own lines with the same words stay. Lines and names are invented in the shapes
real pages have."""

from __future__ import annotations

import pytest
from public_records.clean.furniture import closing_link_rows, furniture_rows, strip_furniture
from public_records.clean.pipeline import clean
from public_records.clean.spam import remove_spam

from tests.cleaning_checks import FURNITURE_BODY, assert_logged

# The closing run of links: each line cut and logged, the body whole.


@pytest.mark.parametrize(
    "tail",
    [
        "某某市政府网站\n某某省政府网站",
        "  • 某某新闻网某某频道\n  • 某省委社情民意通道",
        "市政府网站\n\n“某某办”超级服务端\n",
        "[编辑:甲乙丙]\n  • 某某日报客户端\n  • 某某县人民政府门户网",
    ],
)
def test_closing_site_links_are_cut_and_logged(tail: str) -> None:
    raw = FURNITURE_BODY + "\n" + tail
    result = strip_furniture(raw)
    assert result.text.rstrip("\n") == FURNITURE_BODY
    assert {e.rule for e in result.edits} == {"furniture"}
    assert_logged(raw, result)


def test_closing_link_rows_reads_the_run_up_from_the_end() -> None:
    text = "某县召开会议，县长王五主持会议并讲话。\n某某网站\n\n某某频道\n"
    assert closing_link_rows(furniture_rows(text), [None] * 5) == [3, 1]


# Guards: what must not change.


def test_a_single_link_shaped_line_is_no_run() -> None:
    rows = furniture_rows(FURNITURE_BODY + "\n县政府网站")
    assert closing_link_rows(rows, [None] * len(rows)) == []


def test_the_reports_list_under_its_opener_stays() -> None:
    raw = FURNITURE_BODY + "\n会议通报了县里开通的群众反映渠道：\n县政府网站\n县融媒体客户端"
    assert strip_furniture(raw).text == raw


def test_link_words_inside_the_body_stay() -> None:
    raw = (
        FURNITURE_BODY
        + "\n县政府网站\n县政府网站开设了专栏，群众可通过县融媒体客户端反映问题。"
        + "\n会议要求，开辟企业办事绿色通道。"
    )
    result = strip_furniture(raw)
    assert "县政府网站开设了专栏" in result.text
    assert "开辟企业办事绿色通道" in result.text


def test_a_closing_sentence_stays_under_the_links_above_it() -> None:
    raw = FURNITURE_BODY + "\n市政府网站\n省政府网站\n王五要求，各专委会要抓好落实。"
    rows = furniture_rows(raw)
    assert closing_link_rows(rows, [None] * len(rows)) == []


# The adult-video site's keyword header: cut as a spam banner, and the menu under it then
# reads as the site's, above the lead.


@pytest.mark.parametrize(
    "header",
    [
        "国产一区高清视频,久久久久成人免费播放动漫,欧美日韩某某地区,某某流畅",
        "国产99久久_欧美综合某某专区_亚洲欧美在线专区",
    ],
)
def test_adult_keyword_header_is_cut_and_logged(header: str) -> None:
    raw = header + "\n" + FURNITURE_BODY
    result = remove_spam(raw)
    assert result.text == FURNITURE_BODY
    assert [e.rule for e in result.edits] == ["spam"]
    assert_logged(raw, result)


def test_the_menu_under_the_header_is_cut_too() -> None:
    raw = (
        "国产一区高清视频,久久久久免费播放,欧美日韩国产某某地区\n\n"
        "首页 新闻 政务 图片 要闻 聚焦 县域 专题 文娱 返回\n\n某县政协召开常委会议\n\n"
        + FURNITURE_BODY
    )
    text = clean(raw).text
    assert "首页" not in text and "久久" not in text
    assert "某县政协召开常委会议" in text


@pytest.mark.parametrize(
    "line",
    [
        "某厂产品远销欧美日韩等国家和地区，去年出口额增长两成。",
        "产品远销欧美日韩、东南亚",
        "亚洲欧美等地客商纷纷来访",
    ],
)
def test_report_lines_with_one_such_word_stay(line: str) -> None:
    assert remove_spam(line + "\n" + FURNITURE_BODY).edits == ()
