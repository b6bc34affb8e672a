"""Officials on real pages (issue 11, names round 43: a name written before its title).
A three-character name whose middle character is an organ's (镇, 市, 党 …) is its title's
holder in the name-first reading when it opens its clause (周镇涛立委与…, 何市宁议员出席), as it
already is after its title (议长张镇荣); an organ's or a place's run before a title
(城关镇镇长, 各乡镇长) and a word's prefix (韩国) stay no names. Sentences and names
written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_an_organ_character_in_the_middle_of_a_name_before_its_title():
    text = "副县长致词时说，周镇涛立委与县议会联合服务处的设立，让乡亲多了一个窗口。"
    assert _titles(text) == {"周镇涛": "立委"}


def test_a_name_with_a_city_character_before_a_councillor_title():
    text = "启用典礼上，何市宁议员表示将继续争取经费。"
    assert _titles(text) == {"何市宁": "议员"}


def test_a_name_with_a_party_character_opens_a_name_first_list():
    text = "郑党明乡长、吴世勋议员出席揭牌仪式。"
    assert _names(text) == ["郑党明", "吴世勋"]


def test_an_organ_run_before_a_title_is_no_name():
    # guard: a town's name ending in its level character, and a count of towns' heads
    assert _names("城关镇镇长出席会议。") == []
    assert _names("会上，全县各乡镇长作了发言。") == []


def test_a_word_prefix_before_a_title_stays_no_name_first_holder():
    # guard: the middle character of 韩国 is no organ's, the word check still decides
    assert _names("韩国市长访问团抵达。") == []
