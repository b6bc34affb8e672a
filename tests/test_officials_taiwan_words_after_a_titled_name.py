"""Officials on real pages (issue 11, round names54): adverbs and verbs that a Taiwan
report writes right after a titled name, with no mark between (县长某某再度率领…, 县长某某
紧盯…, 某某县长某某互相交换礼物, 乡长某某极力争取, 县长某某鼎力相助, 县长某某接到陈情后,
议长某某上场质询), end the name as a verb does. Sentences and names written here (the
pages' Traditional, converted as the pipeline converts it before reading officials)."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_again_and_a_close_watch():
    assert _names("今日县长周文华再度率领县府团队前往灾区。") == ["周文华"]
    assert _names("县长吴志明紧盯各项建设计画进度。") == ["吴志明"]


def test_one_another_after_a_places_level_title():
    assert _titles("某某县长陈国平互相交换礼物。") == {"陈国平": "某某县长"}


def test_utmost_effort_and_help():
    assert _names("在乡长李文雄极力争取下，由县长何建中鼎力相助。") == ["李文雄", "何建中"]


def test_a_petition_received_and_going_up_to_question():
    assert _names("县长黄美玲接到地方陈情后，立即派员会勘。") == ["黄美玲"]
    assert _names("议长刘志成上场质询。") == ["刘志成"]


def test_guards_the_words_alone_name_no_one():
    assert _names("县长再度率领县府团队前往灾区。") == []
    assert _names("议长接到陈情后，立即派员会勘。") == []
    assert _names("县长王大明主持会议，再度强调防灾。") == ["王大明"]


def test_one_character_words_no_given_name_ends_in():
    assert _names("县长黄建国颁环保绩优奖给获奖村长。") == ["黄建国"]
    assert _names("新任镇长吴俊宏除表示将兑现承诺外，也感谢乡亲。") == ["吴俊宏"]
