"""Officials (review45, issue 11): dev28r left a school's head out (no public office by the
labels' reading) unless his title chains another post (高等学校校长、副市长). A post held
with it and joined by 兼 is such a chain too (县教育局局长兼某中学校长): the holder holds
an office, as before dev28r. Invented sentences."""

from __future__ import annotations

from officials_checks import titles


def test_a_bureau_head_who_also_heads_a_school_is_an_official():
    text = "县教育局局长兼实验中学校长王建国出席会议。"
    assert titles(text) == {"王建国": "县教育局局长兼实验中学校长"}


def test_a_deputy_county_head_who_also_heads_a_school():
    text = "副县长兼县第一中学校长李明德出席开学典礼并讲话。"
    assert titles(text).get("李明德") == "副县长兼县第一中学校长"


# guards: a school's head alone stays out, a chain with 、 stays in


def test_a_school_head_alone_stays_out():
    assert titles("实验中学校长王建国出席会议。") == {}


def test_a_chain_with_a_comma_stays_in():
    text = "县教育局局长、实验中学校长王建国出席会议。"
    assert titles(text) == {"王建国": "县教育局局长、实验中学校长"}
