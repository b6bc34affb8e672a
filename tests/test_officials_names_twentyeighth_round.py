"""Officials on real pages (issue 11, twenty-eighth round, names: people the extractor
missed or invented on plenary and election reports), each with sentences and names
written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_an_election_roster_s_last_two_names_joined_by_he():
    # A、B、C和D当选副县长: 和 joins the roster's last two names; every name takes the post
    text = "经过计票，周立群、吴建设、孙海燕和钱家明当选副县长。"
    assert _titles(text) == {
        "周立群": "副县长",
        "吴建设": "副县长",
        "孙海燕": "副县长",
        "钱家明": "副县长",
    }
    assert _titles("冯小军、陈思远与韩冬梅当选为镇人大副主席。") == {
        "冯小军": "镇人大副主席",
        "陈思远": "镇人大副主席",
        "韩冬梅": "镇人大副主席",
    }
    assert _names("会议选举冯小军、陈思远和韩冬梅为副乡长。") == ["冯小军", "陈思远", "韩冬梅"]
    # a pair with no list before it and no naming verb stays unread, as before
    assert _names("周立群和钱家明为此忙了一天。") == []


def test_a_name_read_by_its_shape_may_end_in_he_before_the_mark():
    # 副主任A、B、征某和、C: an item of a title's list whose surname is not in the
    # vocabulary may end in 和 where 、 follows it (和 before 、 joins nothing)
    text = "副主任周立群、吴建设、仉明和、孙海燕出席会议。"
    assert _names(text) == ["周立群", "吴建设", "仉明和", "孙海燕"]
    # 和 between two names still joins them
    assert _names("副主任周立群、吴建设和孙海燕出席会议。") == ["周立群", "吴建设", "孙海燕"]


def test_you_before_a_roster_of_holders_is_no_name():
    # 执行主席由A、B、C担任: 由 is the preposition before the holders, not a name's surname
    text = "大会执行主席由向明、冯小军、韩冬梅担任。"
    assert _titles(text) == {
        "向明": "大会执行主席",
        "冯小军": "大会执行主席",
        "韩冬梅": "大会执行主席",
    }


def test_a_title_then_wei_then_a_roster_that_ends_the_clause():
    # 新当选议员则为A、B、C: the holders written after the post and 为 with no colon
    text = "直选议员中七人连任，新当选议员则为周立群、吴建设、孙海燕。"
    assert _titles(text) == {"周立群": "议员", "吴建设": "议员", "孙海燕": "议员"}
    assert _names("本次会议执行主席为冯小军、陈思远、韩冬梅。") == ["冯小军", "陈思远", "韩冬梅"]
    # a deed after the names: they are its beneficiaries, not the post's holders
    assert "陈思远" not in _names("会上，副县长为冯小军、陈思远颁发证书。")


def test_a_verb_before_a_dotted_brand_is_no_name():
    # 委员参观某·某中心: 参观 follows a name (a verb), so what it opens is no dotted name
    assert _names("会后，与会委员参观悦·美术馆。") == []
    assert _names("座谈前，全体代表参观禾·文创中心。") == []
    # a transliterated name after a title is still read
    assert _names("村长阿娃斯·吉努率领村民参加。") == ["阿娃斯·吉努"]
    # and a name before 参观 ends there
    assert _names("副县长冯小军参观了展馆。") == ["冯小军"]


def test_guanyu_after_a_name_ends_it():
    # 部长X关于…的说明: 关于 opens the report's matter, so the name ends before 关
    text = "会议听取了县委组织部部长冯小军关于人事安排的说明。"
    assert _titles(text) == {"冯小军": "县委组织部部长"}
    assert _names("会议听取了副县长韩冬关于预算执行情况的报告。") == ["韩冬"]
