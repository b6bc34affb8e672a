"""Officials (review44 finding 1, issue 11): a list of people closed by their number
read the same way whichever reader takes it. The list's total (共6人: tw44b), the count
of unit + name items (2名负责人) and of place + name items after a title (3人: lists44b)
share one number pattern, and each may have 共 (in all) before the number. Invented
sentences and names."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_places_after_a_title_closed_by_a_total_with_gong():
    text = "新任所长东港王立群、西河李德华及南山陈至远共3人宣誓就职。"
    assert _titles(text) == {"王立群": "新任所长", "李德华": "新任所长", "陈至远": "新任所长"}


def test_units_and_names_closed_by_a_total_with_gong():
    text = "会议听取了东山镇高立东、西河乡王立群共2名负责人的述职报告。"
    assert _titles(text) == {"高立东": "东山镇", "王立群": "西河乡"}


# Guards: what must not change.


def test_guard_the_count_must_still_equal_the_items():
    assert _names("新任所长东港王立群、西河李德华及南山陈至远共4人宣誓就职。") == []
    assert _names("会议听取了东山镇高立东、西河乡王立群共3名负责人的述职报告。") == []


def test_guard_without_gong_as_before():
    text = "新任所长东港王立群、西河李德华及南山陈至远3人宣誓就职。"
    assert _names(text) == ["王立群", "李德华", "陈至远"]


def test_guard_a_full_width_total_ends_the_last_name():
    text = "巡察秘书王一鸣、李小红、陈国华共３人组成巡察团。"
    assert _names(text) == ["王一鸣", "李小红", "陈国华"]
