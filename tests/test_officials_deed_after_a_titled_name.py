"""Officials on real pages (issue 11, round names51): a deed or a manner that a mainland
report writes right after a titled name, with no mark, verb of presence or known word
between (副县长某某开展慰问…, 主席某某紧紧握手…, 区长某某迅速赶到…, 书记某某分管…), ends the
name as a verb does; and a word that ends names is no name itself (县长连夜主持…: 连 is a
surname too). Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_campaign_carried_out_after_the_name():
    assert _names("1月15日，区管委会副主任马建开展春节慰问困难群众活动。") == ["马建"]
    assert _titles("党委副书记、镇长孙立飞开展节日走访工作。") == {"孙立飞": "党委副书记、镇长"}


def test_a_firm_handshake_after_the_name():
    assert _names("区政协主席宋立澍紧紧握住老人的手。") == ["宋立澍"]


def test_verbs_of_a_leaders_day_after_the_name():
    assert _names("会上，副县长周立华安排部署下一步工作。") == ["周立华"]
    assert _names("接到报告后，区长吴海洋迅速赶到现场。") == ["吴海洋"]
    assert _names("县委常委、副县长钱明分管农业农村工作。") == ["钱明"]
    assert _names("镇党委书记冯小军送上慰问金和米面油。") == ["冯小军"]
    assert _names("副市长郑红协调解决企业用地难题。") == ["郑红"]
    assert _names("县人大常委会主任卫东林座谈交流。") == ["卫东林"]
    assert _names("市委副书记蒋立新前来视察。") == ["蒋立新"]


def test_a_word_that_ends_names_is_no_name():
    assert _names("县长连夜主持召开会议。") == []
    assert _names("县长连夜召集相关部门开会。") == []
    assert _names("市长高度关注此事。") == []


def test_guards_the_words_elsewhere_stay_as_they_were():
    # the words after a name already ended by a role verb, and no name made of them
    assert _names("副县长王明主持会议并开展调研。") == ["王明"]
    assert _names("县委书记开展走访活动。") == []
    assert _names("镇长带队开展安全检查。") == []
    # a surname and a title, then the deed: a form of address, no name
    assert _names("刘镇长开展节日走访。") == []
    # a three-character name whose first two characters are such a word stays read
    assert _names("副县长高度华主持会议。") == ["高度华"]
