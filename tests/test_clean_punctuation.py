"""N05/N08: ASCII punctuation in Han context becomes full-width; nothing else changes."""

import pytest
from public_records.clean.punctuation import fix_punctuation


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("下午,大观区", "下午，大观区"),
        ("工作;要", "工作；要"),
        ("撰稿人:黄辛成", "撰稿人：黄辛成"),
        ("好!", "好！"),
        ("是吗?", "是吗？"),
        ("7个,12家", "7个，12家"),  # a digit on one side only
        ("“三大片区”,建设", "“三大片区”，建设"),  # after a closing quote
        ("区委常委会(扩大)会议", "区委常委会（扩大）会议"),
        ("三大片区(皖河、海口、集贤关)", "三大片区（皖河、海口、集贤关）"),
        ("(撰稿人:黄辛成 审稿人:王灿)", "（撰稿人：黄辛成 审稿人：王灿）"),
        ("大会(AWS)召开", "大会（AWS）召开"),  # Latin content, Han neighbours
    ],
)
def test_marks_in_han_context_become_full_width(raw, clean):
    assert fix_punctuation(raw).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "1,200",
        "17:24",
        "3.5%",
        "2021-01-27",
        "http://www.gov.cn/a?b=1,c=2",
        "Hello, world: (Daguan)!",
        "ICP备12345678号-1",
        "v1.2: ok",
    ],
)
def test_ascii_outside_han_context_is_kept(text):
    result = fix_punctuation(text)
    assert result.text == text
    assert result.edits == ()


def test_numbers_inside_chinese_text_are_kept():
    result = fix_punctuation("投资1,200万元,17:24开始")
    assert result.text == "投资1,200万元，17:24开始"
    assert [(e.before, e.after) for e in result.edits] == [(",", "，")]
