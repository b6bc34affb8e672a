"""Officials on real pages (issue 11, names round 37, Taiwan titles): the press's
party-colour words for a legislator and a committee's convener as titles (蓝委, 绿委,
白委, 召委); sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_party_colour_words_are_a_legislators_title():
    assert _names("财政委员会召委由蓝委周文雄、绿委邱秀兰担任。") == ["周文雄", "邱秀兰"]
    assert _titles("白委洪振宇质疑部长的说法。") == {"洪振宇": "白委"}
    assert _names("交通委员会为蓝委赖建华、绿委高美珍；内政委员会白委孙立人。") == [
        "赖建华",
        "高美珍",
        "孙立人",
    ]


def test_a_committees_convener_is_a_title():
    assert _titles("教文委员会召委曾国雄昨日表示将排审法案。") == {"曾国雄": "教文委员会召委"}
    assert _titles("民进党籍市议员、召委吕美华也表示不满。") == {"吕美华": "民进党籍市议员、召委"}


def test_the_colour_and_convener_words_with_no_name_after_them_give_no_one():
    assert _names("大家都明白委员会的难处。") == []
    assert _names("各委员会将选出本会期召委。") == []
    assert _names("藍白合作下，蓝委与白委都表态支持。") == []
