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


def test_a_url_ends_where_the_han_text_glued_to_it_begins():
    # A copied page may glue a short link to the report with no space: the link is kept
    # as it is, and the report after it is still read for its marks.
    result = fix_punctuation("会议召开https://bit.ly/3abcXY政府提出,恢复委任,并另设间选。")
    assert result.text == "会议召开https://bit.ly/3abcXY政府提出，恢复委任，并另设间选。"
    result = fix_punctuation("详见www.example.cn/a,b区政府提出,恢复")
    assert result.text == "详见www.example.cn/a,b区政府提出，恢复"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("献计出力。(王某某 摄", "献计出力。（王某某 摄"),  # the copy lost the closing one
        ("迎春座谈会)\n1月30日", "迎春座谈会）\n1月30日"),
        ("下午闭幕。(市人大宣传组", "下午闭幕。（市人大宣传组"),
    ],
)
def test_a_parenthesis_without_its_pair_in_han_context_becomes_full_width(raw, clean):
    assert fix_punctuation(raw).text == clean


def test_a_parenthesis_without_its_pair_outside_han_context_is_kept():
    assert fix_punctuation("see (note 1 and 2").text == "see (note 1 and 2"
    assert fix_punctuation("1) ok, 2) fine").text == "1) ok, 2) fine"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            "县委常委,、统战部长甲某,、县政协副主席乙某出席会议,。",
            "县委常委、统战部长甲某、县政协副主席乙某出席会议。",
        ),
        ("到某园区调研,。记者甲某摄", "到某园区调研。记者甲某摄"),
        ("副县长甲某,,及县直各部门负责人参加", "副县长甲某，及县直各部门负责人参加"),
        ("会上,;甲某讲话", "会上；甲某讲话"),
    ],
)
def test_a_mirrors_comma_before_the_pages_own_mark_is_dropped(raw, want):
    result = fix_punctuation(raw)
    assert result.text == want
    assert any(e.note == "镜像页面多出的逗号" for e in result.edits)


@pytest.mark.parametrize(
    "raw",
    ["会议指出,要坚持“四个不摘”。", "投资1,200万元，", "甲、乙、丙出席。", "他说：“好，”"],
)
def test_single_marks_and_numbers_keep_their_commas(raw):
    result = fix_punctuation(raw)
    assert not any(e.note == "镜像页面多出的逗号" for e in result.edits)


def test_a_long_run_of_commas_is_one_comma():
    result = fix_punctuation("甲" + "," * 5000 + "乙")
    assert result.text == "甲，乙"
