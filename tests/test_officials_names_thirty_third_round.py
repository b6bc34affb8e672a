"""Officials on real pages (issue 11, thirty-third round, names: a 、-list closed by a
count of people and a title with no 等 before the count, rare surnames right after a
title, and an adverb with a one-character verb read as a name), each with sentences and
names written here."""

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


def test_a_rare_surname_that_opens_words_is_read_right_after_a_title():
    # 衣, 绳, 憨: surnames that also open common words (衣服, 绳子, 憨厚)
    assert _titles("县长憨立新，县政协主席马明出席。") == {"憨立新": "县长", "马明": "县政协主席"}
    assert _titles("副组长绳文静传达会议精神。") == {"绳文静": "副组长"}
    assert _titles("市政府秘书长衣国华共同启动。") == {"衣国华": "市政府秘书长"}
    assert _titles("市委会主委贝文涛，副主委张立出席。") == {
        "贝文涛": "市委会主委",
        "张立": "副主委",
    }
    # 甯: a surname kept apart from 宁 in names
    assert _titles("副县长甯志远，县委常委王明出席。") == {"甯志远": "副县长", "王明": "县委常委"}


def test_a_word_after_a_title_is_still_no_name():
    # the characters open words, and what follows is no name's end, or a verb
    assert _names("他穿上衣服出席活动。") == []
    assert _names("局长后主持会议。") == []
    assert _names("县长代表县政府讲话。") == []
    assert _names("副县长代表团出席会议。") == []
    assert _names("他捡起贝壳出席活动。") == []


def test_an_adverb_and_a_one_character_verb_after_a_title_are_no_name():
    # 卢市长常说，…: 常 (often) and 说, after a surname and a title that address someone
    assert _names("郑副市长表示，卢市长常说，空气要好。") == []
    assert _names("局长曾说，要抓落实。") == []
    # a name that a verb follows, and a name written around its title, are still read
    assert _titles("县长王明说，要抓落实。") == {"王明": "县长"}
    assert _titles("林县长姿妙亲自主持。") == {"林姿妙": "县长"}
