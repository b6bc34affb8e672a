"""Officials on real pages (issue 11, thirty-third round, names: a 、-list closed by a
count of people and a title with no 等 before the count, and a rare surname that also
opens common words right after a title), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_list_closed_by_its_own_count_and_a_title_holds_the_title():
    # 甲、乙、丙3名县政协委员: no 等, the count in Arabic numerals equals the items
    assert _titles("会上，周明远、林晓光、高志强3名县政协委员作了发言。") == {
        "周明远": "县政协委员",
        "林晓光": "县政协委员",
        "高志强": "县政协委员",
    }
    assert _titles("陈国平、赵丽2位副局长出席。") == {"陈国平": "副局长", "赵丽": "副局长"}


def test_a_count_that_differs_from_the_list_or_a_list_of_places_gives_no_one():
    # the count says four, the list holds three: the count is of someone else
    assert _names("周明远、林晓光、高志强4名县政协委员作了发言。") == []
    # places, not people, before the count
    assert _names("东山、西岭、南湖3名村干部参加。") == []
    # one name is no list
    assert _names("周明远2名副局长出席。") == []
