"""Officials on real pages (issue 11, round dev22n): associations of kin and origin
(客属会, 客家协会, 宗亲会, as 同乡会) and cultural and educational foundations (文教基金会)
hold no public office: their heads are left out, as a chamber's or a farmers'
association's are; 前任 and 前后任 inside a title are a term of office, not a stop.
Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_clansmens_association_chair_is_left_out():
    text = "县长王大明、县议员李小华、县客属会理事长张春木、乡客家协会理事长林永和出席。"
    assert _names(text) == ["王大明", "李小华"]


def test_a_clan_association_head_is_left_out():
    assert _names("市委常委高小兰会见某氏宗亲会会长陈振国一行。") == ["高小兰"]


def test_a_foundation_chair_of_two_terms_is_left_out():
    text = "由县长陈大文、某乡文教基金会前后任董事长林正雄、县议员王小美主持揭牌。"
    assert _names(text) == ["陈大文", "王小美"]


def test_a_former_post_keeps_its_term():
    assert _titles("县前任县长王大明出席。") == {"王大明": "县前任县长"}


def test_a_red_cross_foundation_officer_stays_read():
    assert _names("省红十字基金会副理事长、学院副院长刘志国一行调研。") == ["刘志国"]


def test_a_day_before_a_title_stays_no_title():
    assert _titles("春节前县长王大明看望群众。") == {"王大明": "县长"}


def test_the_said_associations_chair_is_left_out():
    text = "大会由该会理事长邱庆华主持，县长王大明出席。邱理事长表示感谢。"
    assert _names(text) == ["王大明"]
    assert _names("本会理事长邱庆华致词。") == []
