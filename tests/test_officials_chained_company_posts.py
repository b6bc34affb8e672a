"""Officials on real pages (issue 11, round dev24): a company's post (总经理, 副总经理,
总裁, 副总裁, 董事: no title by itself) written after a title core and 、 in one holder's
chain of posts (某集团党委副书记、总经理X, 集团董事长、总经理Y, 党委书记、总经理、董事Z).
The chain's first post makes the holder an official, and the company's posts end his
title. A chain whose first post is a private group's chair stays no official
(`_private_board`); a company's post alone, or a longer word that opens with one
(总经理助理, 董事会秘书, 董事长), chains nothing.
Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_party_post_then_general_manager():
    text = "副市长周建华，某某交通集团党委副书记、总经理孙立成等陪同调研。"
    assert _names(text) == ["周建华", "孙立成"]
    assert _titles(text)["孙立成"] == "某某交通集团党委副书记、总经理"
    assert _roles(text)["孙立成"] == ("accompanying",)


def test_two_company_posts_after_a_party_post():
    text = "某某股份公司党委书记、总经理、董事杜明辉，集团副总经理、党委委员何国强等陪同调研。"
    assert _names(text) == ["杜明辉", "何国强"]
    assert _titles(text)["杜明辉"] == "某某股份公司党委书记、总经理、董事"


def test_deputy_manager_and_president():
    text = "市城建集团党委副书记、副总经理马晓峰，省建工集团党委副书记、总裁叶志远参加座谈。"
    assert _names(text) == ["马晓峰", "叶志远"]
    assert _titles(text)["叶志远"] == "省建工集团党委副书记、总裁"


def test_state_chair_then_general_manager():
    text = "区委书记王立新到区城投集团调研。区城投集团董事长、总经理赵家宁陪同。"
    assert "赵家宁" in _names(text)


def test_guard_private_group_chair_chain_stays_none():
    assert _names("宝兴企业集团董事长、总经理吴大海陪同参观。") == []


def test_guard_company_post_alone_is_no_title():
    assert _names("某某公司总经理吴大海陪同参观。") == []


def test_guard_longer_words_chain_nothing():
    # 总经理助理 (an assistant) is no company post of the chain; 董事长 is a core itself
    assert _names("集团党委委员、总经理助理邓海波陪同。") == []
    text = "市交投集团党委书记、董事长林国华主持会议。"
    assert _titles(text)["林国华"] == "市交投集团党委书记、董事长"
