"""N10 header and site chrome: cut the lines, harvest the date and source first."""

from __future__ import annotations

from public_records.clean.chrome import strip_chrome
from public_records.clean.edits import kind_note

from tests.cleaning_checks import assert_logged

TITLE = "大觀區(qū)召開區(qū)委常委會擴(kuò)大會議"
BODY = "8月2日下午,大觀區(qū)召開區(qū)委常委會擴(kuò)大會議暨重點(diǎn)工作總結(jié)點(diǎn)評會。"


def test_traditional_header_with_pinyin_is_cut_and_harvested():
    raw = "\n".join(
        [
            "當前位置：首頁 > 要聞",
            TITLE,
            "來源：大觀區融媒體中心 發(fā)布時間：2024-08-03 10:21 瀏覽：454次 字號：[大 中 小]",
            "2023年03月29日 星期三",
            TITLE,
            BODY,
        ]
    )
    result = strip_chrome(raw)
    assert result.text == BODY
    assert result.meta["page_title"] == "大观区召开区委常委会扩大会议"
    assert result.meta["published"] == "2024-08-03 10:21"
    assert result.meta["source_name"] == "大观区融媒体中心"
    assert result.meta["banner_date"] == "2023年03月29日 星期三"
    assert [e.note for e in result.edits] == [
        kind_note(kind)
        for kind in [
            "breadcrumb",
            "page title",
            "fields",
            "banner date",
            "repeated title",
        ]
    ]
    assert_logged(raw, result)


def test_fields_glued_without_spaces():
    raw = "来源:安庆日报发布时间:2024年8月3日 作者:张三\n" + BODY
    result = strip_chrome(raw)
    assert result.text == BODY
    assert result.meta["source_name"] == "安庆日报"
    assert result.meta["published"] == "2024年8月3日"
    assert result.meta["credits"] == [("作者", "张三")]


def test_banner_date_is_not_the_publication_date():
    result = strip_chrome("2024年08月05日 星期一\n" + BODY)
    assert result.text == BODY
    assert result.meta == {"banner_date": "2024年08月05日 星期一"}


def test_home_breadcrumb_and_font_widget_anywhere():
    raw = BODY + "\n首页 > 新闻中心 > 部门动态\n【字号:大 中 小】"
    result = strip_chrome(raw)
    assert result.text == BODY + "\n"
    assert_logged(raw, result)


def test_text_that_looks_like_fields_is_kept():
    raw = "\n".join(
        [
            BODY,
            "时间:8月2日 地点:区行政中心",  # a notice's own fields, below the body
            "来源:区统计局",  # a credit below the body, left for the credits step
            "会议时间:8月2日下午。来源:区委办公室提供的材料显示,项目进展顺利。",
        ]
    )
    result = strip_chrome(raw)
    assert result.text == raw
    assert result.edits == () and result.meta == {}


def test_short_lines_repeated_in_the_body_are_not_titles():
    raw = BODY + "\n会议强调:\n要抓落实。\n会议强调:\n要保安全。"
    assert strip_chrome(raw).text == raw


def test_a_short_first_line_without_a_header_is_not_taken_for_a_title():
    raw = "区委召开常委会会议\n" + BODY
    assert strip_chrome(raw).text == raw
