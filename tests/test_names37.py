"""Officials on real pages (issue 11, names round 37, Taiwan titles): the press's
party-colour words for a legislator and a committee's convener as titles (蓝委, 绿委,
白委, 召委), and more acts and adverbs that end a titled name right after it (坦言, 会面,
赶往, 进入, 马上, 立刻); sentences and names written here."""

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


def test_a_titled_name_ended_by_a_word_said_or_done_right_after_it():
    assert _names("秘书长陈志明坦言，自己并未收到通知。") == ["陈志明"]
    assert _names("民众党主席黄俊杰和国民党主席吴文华会面。") == ["黄俊杰", "吴文华"]
    # 加上 (besides) opens the clause: no organ of the title
    assert _titles("里长不满，加上区长何美玲赶往议会。") == {"何美玲": "区长"}
    assert _names("总召林国栋进入交通委员会。") == ["林国栋"]
    assert _names("县长王明德马上召开会议。") == ["王明德"]
    assert _names("议员苏文忠立刻要求公司抢修。") == ["苏文忠"]


def test_an_adverb_after_a_surname_and_title_is_no_given_name():
    # 林议员马上要求…: the councillor named by surname only acts at once
    assert _names("里民向议员反映，林议员马上要求公司抢修。") == []
    # a two-character name after the title still ends before the adverb
    assert _names("县长王明马上召开会议。") == ["王明"]
