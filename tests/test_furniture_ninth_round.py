"""Issue 18, furniture round 9: line shapes made on the development parts' furniture left,
each checked on invented lines (no real page's line)."""

from public_records.clean.furniture import line_kind, strip_furniture


def test_a_column_and_its_section_opening_with_the_same_word_is_a_column_name():
    assert line_kind("本地 本地焦点") == "column name"
    assert line_kind("体育 体育要闻") == "column name"
    text = (
        "本地 本地焦点\n2026某市议会考察 首站访某县府会\n"
        "某市议会自2月23日至25日举办年度考察，行程排定造访某县。\n"
    )
    assert strip_furniture(text).text.startswith("2026某市议会考察")


def test_two_words_that_do_not_repeat_are_no_column_name():
    assert line_kind("会议 强调") is None
    assert line_kind("甲乙 丙丁戊") is None
