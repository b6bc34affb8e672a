"""Officials on real pages (issue 11, twenty-fourth round, names: people the extractor
missed or invented), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_day_word_ends_a_name_after_a_place_and_its_level_title():
    # 某某县长A昨进行… (Taiwan's press: the county's name glued to 县长, then 昨 and the act)
    text = "甲乙县长王立文昨进行施政报告。"
    assert _titles(text) == {"王立文": "甲乙县长"}
    assert _names("丙丁市长何国平昨到议会答询。") == ["何国平"]
    # a name that runs on past such a word is still refused (no day word there)
    assert _names("恭喜县长成功连任。") == []
