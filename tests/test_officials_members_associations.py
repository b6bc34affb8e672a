"""Officials on real pages (issue 11, round assoc42): the readings decided at stop 42. An
officer of a members' association (协会, 学会, 研究会, 联谊会, 促进会, 基金会, 警友会,
慈善总会) holds no public office and is left out, with the bare posts its list goes on to
(副会长A、B); one whom the report also names by a public office is kept, by that office;
the party-state's people's organisations (科协, 台联, 红十字基金会, 工会, 妇联) and a
democratic party (民进) stay. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_an_association_officer_is_left_out():
    text = "副县长王大明、市园林绿化协会主任李小华出席。"
    assert _names(text) == ["王大明"]
    text = "县委书记高小兰会见世界某医药学会联合会主席陈振国一行。"
    assert _names(text) == ["高小兰"]
    text = "区长方立群、区某某理论研究会会长钱志明出席。"
    assert _names(text) == ["方立群"]
    text = "县长陈大文、村里长联谊会长林正雄、县议员王小美到场。"
    assert _names(text) == ["陈大文", "王小美"]
    text = "县长陈大文、某某乡镇长联合促进会会长林正雄出席。"
    assert _names(text) == ["陈大文"]
    text = "市长周文彬与某某基金会董事长孙国梁签约。"
    assert _names(text) == ["周文彬"]
    text = "分局长吴志雄、警友会理事长郑德胜出席。"
    assert _names(text) == ["吴志雄"]


def test_a_charity_federation_officer_is_left_out():
    text = "县长陈大文出席，县慈善总会会长林正雄主持。"
    assert _names(text) == ["陈大文"]


def test_the_bare_posts_a_civic_list_goes_on_to_are_left_out():
    text = "市慈善总会会长林正雄、副会长韩德胜出席，副县长王大明致辞。"
    assert _names(text) == ["王大明"]
    text = "省某某协会会长吴志雄，常务副会长李德华，副会长张文斌、苏国强、赵永和等参加座谈。"
    assert _names(text) == []


def test_a_peoples_organisation_officer_stays():
    # guard: 科协, 台联, a Red Cross foundation, a trade union and a democratic party
    text = "县科学技术协会主席王大明、市台湾同胞联谊会会长李小华出席。"
    assert _names(text) == ["王大明", "李小华"]
    text = "省红十字基金会副理事长刘志国、县总工会主席张丽萍出席。"
    assert _names(text) == ["刘志国", "张丽萍"]
    assert _names("中国民主促进会中央副主席朱国华出席。") == ["朱国华"]


def test_the_bare_posts_after_a_peoples_organisation_stay():
    # guard: 副会长 after a Red Cross society's head is that society's (labelled)
    text = "县红十字会会长吴志雄，副会长张文斌、苏国强等参加座谈。"
    assert _names(text) == ["吴志雄", "张文斌", "苏国强"]


def test_an_association_officer_with_an_office_first_is_kept():
    # guard: the office is the first post (as before)
    text = "县人大常委会原主任、茶产业协会会长蒋国华出席。"
    assert _titles(text) == {"蒋国华": "县人大常委会原主任、茶产业协会会长"}


def test_an_office_named_in_apposition_keeps_the_holder():
    text = "作为省政协委员，省某某企业协会常务副会长、某某置业公司董事长刘大海专程参会。"
    assert _titles(text) == {"刘大海": "省政协委员"}


def test_an_office_word_after_the_name_keeps_the_holder():
    text = "某某区各界协会常务副主席王美玲出席。王美玲议员表示支持。"
    assert _titles(text) == {"王美玲": "某某区各界协会常务副主席"}


def test_an_association_officer_with_no_office_beside_stays_out():
    # guard: 委员会 after the name is no office word
    text = "某某区各界协会主席王美玲出席。王美玲委员会成立。"
    assert _names(text) == []


def test_a_bare_head_after_the_civic_body_in_its_sentence_is_left_out():
    text = "某省某区政协工作理论研究会一行8人在张明华会长的带领下来我县考察，县政协主席李大明陪同。"
    assert _names(text) == ["李大明"]


def test_a_bare_head_after_a_peoples_organisation_stays():
    # guard: a Red Cross society's head is 会长 too (labelled)
    text = "市红十字会一行在张明华会长的带领下来我县考察，副县长李大明陪同。"
    assert _names(text) == ["张明华", "李大明"]


def test_a_founding_president_is_left_out():
    assert _names("县长陈大文感谢金门创会会长郑大利、现任理事长蔡东湖。") == ["陈大文"]


def test_a_bodys_word_is_no_name():
    text = "有来自全县20乡镇市农会理事长等60几位会员代表参加，县长李进勇致词。"
    assert _names(text) == ["李进勇"]


def test_an_office_taken_after_the_name_keeps_the_holder():
    text = "大会选举产生新一届领导班子，某某商会会长何文斌当选县工商联主席。"
    assert _titles(text) == {"何文斌": "县工商联主席"}
