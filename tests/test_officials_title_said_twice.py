"""Officials on real pages (issue 11, round dev24): a title said twice around its holder's
name (事务所主任A主任表示, 局长B局长指出, as Taiwan's reports write it): the name of two or
three characters between the core and its repetition is the holder's, when a mark or a
verb of a role follows the repetition. A longer word opening with the core after the name
(主任委员) is no repetition. Sentences and names written here."""

from public_records.extract.officials import _name_before_repeated_core, vocab

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_director_said_twice():
    text = "服务中心主任林文雄主任表示，五十年来服务不断进步。"
    assert _names(text) == ["林文雄"]
    assert _titles(text)["林文雄"] == "服务中心主任"
    assert _roles(text)["林文雄"] == ("speaker",)


def test_bureau_chief_said_twice_two_character_name():
    assert _names("卫生局局长黄伟局长指出，要做好防疫。") == ["黄伟"]


def test_guard_a_longer_word_after_the_name():
    # 主任委员 after the name is a longer title, no repetition: the rule takes no name here
    # (the rule itself, not the extractor's whole answer: 林文雄 may be a holder found
    # otherwise; review43 finding 12)
    s = "主任林文雄主任委员会议上发言。"
    assert _name_before_repeated_core(s, 2, len(s), "主任", vocab()) == ""
