"""N01: pinyin annotations go; every other parenthesis stays."""

import pytest
from public_records.clean.pinyin import strip_pinyin


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("區(qū)委", "區委"),
        ("潘功發(fā)主持", "潘功發主持"),
        ("擴(kuò)大會議", "擴大會議"),
        ("會(huì )議", "會議"),  # trailing space inside
        ("會(hui4)議", "會議"),  # tone digit
        ("綠(lǜ)色", "綠色"),  # ü with a tone mark
        ("綠(lv4)色", "綠色"),
        ("他們(men)說", "他們說"),  # toneless, but a reading of 們
    ],
)
def test_annotations_are_removed(raw, clean):
    assert strip_pinyin(raw).text == clean


@pytest.mark.parametrize(
    "text",
    [
        "大观区(Daguan)",  # English
        "云服务(AWS)",  # acronym
        "区委常委会(扩大)会议",  # Chinese content
        "名单(草案)",
        " (qū)",  # not after a Han character
        "A(qū)",
        "区(2024)",  # digits
        "区(zzz)",  # not a syllable
        "区(an)",  # a syllable, toneless, and not a reading of 区
        "区(AN)",  # upper case
        "区(qu ū)",  # two syllables
    ],
)
def test_other_parentheses_are_kept(text):
    result = strip_pinyin(text)
    assert result.text == text
    assert result.edits == ()


def test_every_removal_is_logged(seed_text):
    result = strip_pinyin(seed_text)
    removed = sum(len(e.before) for e in result.edits)
    assert len(seed_text) - len(result.text) == removed
    assert all(e.rule == "pinyin" and e.after == "" for e in result.edits)
    # The seed has no annotation left, apart from the one that follows a destroyed
    # character (?zhèn), which is the mojibake step's business.
    assert "(qū)" not in result.text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("會議強調，要貫徹執(z", "會議強調，要貫徹執"),  # the copy ends inside an annotation
        ("全區經濟發展勢(s\n第二段", "全區經濟發展勢\n第二段"),
        ("要堅(jiā", "要堅"),
    ],
)
def test_an_annotation_cut_off_where_the_copy_ends_goes_and_is_logged(raw, clean):
    result = strip_pinyin(raw)
    assert result.text == clean
    assert [e.note for e in result.edits] == ["拼音注音"]


@pytest.mark.parametrize("raw", ["項目(abc", "大觀區(Daguan", "會議(AWS", "會議(2024", "區(x"])
def test_an_unclosed_parenthesis_that_is_no_reading_stays(raw):
    assert strip_pinyin(raw).text == raw
