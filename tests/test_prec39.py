"""Precision round 39: words read as a name in the name-first reading (a name, then its
title), where the text names no one. The sentences are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


# Rule 1: an organ's word ending in a level character (社区, 校区: area_words) before a
# title's core is the organ's, not a surname opening a name (区 is a surname too): 社区救助
# 顾问 names no 区救助, 校区行政处长 no 区行政.
def test_a_level_character_ending_an_organ_opens_no_name():
    assert _names("会上，社区帮扶顾问介绍了情况。") == {}
    assert "区教务" not in _names("王海林（师大南校区教务处长）作了说明。")


def test_a_name_before_its_title_after_an_organ_stays():
    # 委区 is no area word: 区 opens the name (a surname) after the organ 县委.
    assert _names("县委区明辉书记主持会议。") == {"区明辉": "县委书记"}
    assert _names("社区主任张丽萍介绍了情况。") == {"张丽萍": "社区主任"}


# Rule 2: a word of taking a post (荣任, post_taking_words) stands before the post's title
# where the name-first reading looks for a holder: it is no one's name (荣 is a surname too).
def test_a_word_of_taking_a_post_is_no_name_before_the_title():
    names = _names("八日成立联谊会，荣任会长、已连任三届的议员王丽华表示，将持续监督。")
    assert "荣任" not in names
    assert "王丽华" in names


def test_a_holder_after_the_word_of_taking_the_post_stays():
    # a 联谊会's head is left out since stop 42 (round assoc42): an office's holder here
    assert _names("县议会荣任议长郑文豪致词。") == {"郑文豪": "县议会荣任议长"}
