"""Furniture round furn45 (issue 18, stop 45): a column's name on the page's top, a label
between the headline and the lead, writers' names in brackets one of which is no
surname, and a WeChat post's calls joined by plus signs. Lines and names invented.

Rule 1: on the page's top (every line above it cut), a column's or a feature's name of
up to seven Han characters above the headline row is cut, however many of its words the
lead says (`外媒看某县`); a photo's scene (`…现场`) is not.
Rule 2: between the headline and the lead, a label of two to four Han characters is cut
(`要闻` under the headline), however many of its words the lead says.
Rule 3: the writers' names in brackets right under the report and closing the page are
its signature when half of them or more open with a surname (`(王某 天乐)`).
Rule 4: a WeChat post's calls joined by plus signs (`转发+点赞+点点在看`) are a share
widget that opens the page's tail: the thank-you line under it goes too.
Rule 5: with no headline row above the lead, two short labels or more one under the
other (a menu's items, `首页` / `湿地`) are cut, whatever words the lead shares with them;
a lone short line there stays (it may be the report's)."""

import pytest
from public_records.clean.furniture import _signature_names, line_kind, strip_furniture

_HEAD = "甲县副县长乙丙丁调研东山湿地公园"
_LEAD = "7月4日，甲县副县长乙丙丁到东山湿地公园调研保护工作，园区负责人陪同。"
_BODY = "乙丙丁要求，各部门要落实巡护责任，做好湿地修复和监测工作。"


def _kept(text: str) -> list[str]:
    return [line for line in strip_furniture(text).text.split("\n") if line.strip()]


# Rule 1


@pytest.mark.parametrize("label", ["东山看甲县", "县长政见完成式", "走进东山湿地"])
def test_a_column_name_on_the_page_top_is_cut(label):
    kept = _kept(f"{label}\n{_HEAD}\n{_LEAD}\n{_BODY}")
    assert label not in kept
    assert kept == [_HEAD, _LEAD, _BODY]


def test_a_column_name_under_a_cut_site_line_is_cut_too():
    kept = _kept(f"欢迎访问甲县人民政府网站！\n东山看甲县\n{_HEAD}\n{_LEAD}\n{_BODY}")
    assert kept == [_HEAD, _LEAD, _BODY]


def test_a_photos_scene_on_the_page_top_stays():
    assert "湿地调研现场" in _kept(f"湿地调研现场\n{_HEAD}\n{_LEAD}\n{_BODY}")


def test_a_short_line_below_a_kept_line_is_not_on_the_page_top():
    # a kicker the page keeps over a short line: the short line is judged as before
    text = f"东山湿地保护进行时\n东山看甲县\n{_HEAD}\n{_LEAD}\n{_BODY}"
    assert "东山看甲县" in _kept(text)


def test_the_headline_itself_is_never_the_label():
    kept = _kept(f"欢迎访问甲县人民政府网站！\n甲县调研湿地\n{_LEAD}\n{_BODY}")
    assert "甲县调研湿地" in kept


# Rule 2


@pytest.mark.parametrize("label", ["湿地", "东山调研", "甲县"])
def test_a_label_between_the_headline_and_the_lead_is_cut(label):
    kept = _kept(f"{_HEAD}\n{label}\n{_LEAD}\n{_BODY}")
    assert kept == [_HEAD, _LEAD, _BODY]


def test_with_no_headline_a_short_line_the_lead_repeats_stays():
    assert "东山调研" in _kept(f"东山调研\n{_LEAD}\n{_BODY}")


# Rule 5


def test_with_no_headline_a_menus_short_items_are_cut():
    assert _kept(f"首页\n湿地\n调研\n{_LEAD}\n{_BODY}") == [_LEAD, _BODY]


def test_with_no_headline_two_short_items_are_a_menu_too():
    assert _kept(f"甲县\n东山调研\n\n{_LEAD}\n{_BODY}") == [_LEAD, _BODY]


def test_a_short_line_inside_the_report_stays():
    assert "会议强调" in _kept(f"{_HEAD}\n{_LEAD}\n会议强调\n{_BODY}")


# Rule 3


def test_names_in_brackets_one_of_them_no_surname_sign_the_report():
    assert _signature_names("(王某 天乐)") == ["王某", "天乐"]
    result = strip_furniture(f"{_HEAD}\n{_LEAD}\n{_BODY}\n(王某 天乐)")
    assert "(王某 天乐)" not in result.text
    assert ("署名", "王某") in result.meta["credits"]


def test_words_in_brackets_that_open_with_no_surname_are_no_signature():
    assert _signature_names("(出席 会议)") == []
    assert _signature_names("(天乐 出席)") == []


# Rule 4


@pytest.mark.parametrize("line", ["转发+点赞+点点在看", "点赞、在看", "分享 + 收藏 + 在看"])
def test_wechat_calls_joined_by_plus_signs_are_a_share_widget(line):
    assert line_kind(line) == "share"


@pytest.mark.parametrize("line", ["会议强调、要求", "转发+留言的群众", "收藏家、在看展的市民"])
def test_other_lines_are_no_such_widget(line):
    assert line_kind(line) != "share"


def test_the_thank_you_under_the_calls_goes_with_them():
    kept = _kept(f"{_HEAD}\n{_LEAD}\n{_BODY}\n转发+点赞+点点在看\n小编感谢各位读者朋友")
    assert kept == [_HEAD, _LEAD, _BODY]
