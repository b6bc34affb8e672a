"""Officials on real pages (issue 11, round dev24): 和 that opens a clause, two characters or
more before the title's core, joins nothing there: it is the first character of a place's
or a body's name and stays in the title (和丰某所主任A). Right before the core (和县长B一起…)
it is left as before, and a 和 between two titled names still joins them.
Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_he_opening_a_body_name_stays_in_the_title():
    text = "和丰服务所主任林文雄表示，五十年来服务不断进步。"
    assert _titles(text)["林文雄"] == "和丰服务所主任"


def test_guard_he_between_two_holders_still_joins():
    text = "县长林文雄和副县长黄伟出席。"
    assert _names(text) == ["林文雄", "黄伟"]
    assert _titles(text)["黄伟"] == "副县长"


def test_guard_he_right_before_the_core():
    assert _titles("和县长林文雄一起调研。")["林文雄"] == "县长"


# Review43 finding 2: a core that opens with a level character (镇长, 区长, 县长) holds the
# place's level, so one character between 和 and it is the place's name.


def test_he_opening_a_town_name_before_its_head_stays():
    assert _titles("和美镇长林文雄出席会议。")["林文雄"] == "和美镇长"


def test_he_opening_a_district_name_before_its_head_stays():
    assert _titles("和平区长林文雄出席会议。")["林文雄"] == "和平区长"


def test_guard_he_right_before_a_county_head_with_together():
    assert _titles("和县长林文雄一起出席会议。")["林文雄"] == "县长"
