"""Officials (review45b, issue 11): tw45b and dev28r leave a school's head out (no public
office by the labels' reading) but keep a university's or a college's head (大学, 学院). A
school attached to a university or a college (某某大学附属中学, 某某学院附属小学, 某某大学
附中) is a school: its head teaches, as any other school's does; so is a school whose name
holds 兼, which is no second post joined to it. Invented sentences."""

from __future__ import annotations

from officials_checks import names


def test_the_head_of_a_university_s_attached_school_holds_no_office():
    assert names("某某师范大学附属中学校长王大明出席，县长李晓华致词。") == ["李晓华"]
    assert names("某某大学附中校长王大明出席，县长李晓华致词。") == ["李晓华"]


def test_the_head_of_a_college_s_attached_school_holds_no_office():
    assert names("某某学院附属小学校长王大明出席，县长李晓华致词。") == ["李晓华"]
    assert names("某某学院附小副校长王大明出席，县长李晓华致词。") == ["李晓华"]


def test_guard_a_university_s_head_stays():
    assert names("某某大学校长王大明、副县长李晓华出席。") == ["王大明", "李晓华"]
    assert names("某某学院副校长王大明、副县长李晓华出席。") == ["王大明", "李晓华"]


def test_a_school_named_with_jian_is_no_post_held_with_another():
    # review45's 兼 (局长兼某中学校长) is a post joined to another; a school whose name
    # holds 兼 (兼山中学, invented) is one school, its head a school's
    assert names("兼山中学校长王大明出席，县长李晓华致词。") == ["李晓华"]


def test_guard_a_post_joined_by_jian_stays():
    assert names("县教育局局长兼实验中学校长王大明出席会议。") == ["王大明"]
    assert names("县委委员兼实验中学校长王大明出席会议。") == ["王大明"]
