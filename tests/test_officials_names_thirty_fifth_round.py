"""Officials on real pages (issue 11, thirty-fifth round, names: a titled name ended by a
word the code did not list: the holder's own office after the name, and a few acts and
adverbs), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_holders_service_office_or_office_after_the_name_ends_it():
    # 立委X服务处: the legislator's constituency office, named by its holder
    assert _titles("县长特别感谢立委王建华服务处的协助。") == {"王建华": "立委"}
    assert _names("市议员李国忠服务处代表、市议员张美玲服务处代表到场致意。") == [
        "李国忠",
        "张美玲",
    ]
    # 里长X办公室: the holder's office
    assert _titles("里民感谢前任里长陈文雄办公室的协助。") == {"陈文雄": "前任里长"}


def test_the_holder_whose_office_came_is_named_not_there():
    assert _roles("市议员赵志强、林秀英服务处代表等贵宾到场致意。") == {
        "赵志强": ("attendee",),
        "林秀英": ("mentioned",),
    }
    assert _roles("立委吴国华服务处主任出席。") == {"吴国华": ("mentioned",)}


def test_an_office_word_with_no_name_before_it_gives_no_one():
    assert _names("立委服务处今天揭牌运作。") == []
    assert _names("欢迎乡亲多多利用服务处反映问题。") == []
    assert _names("县长办公室主任出席会议。") == []
    # untitled, 某某服务处 may as well be a firm's or a shop's office
    assert _names("林明华服务处今天开幕。") == []


def test_a_titled_name_ended_by_an_act_or_an_adverb_right_after_it():
    assert _titles("地方建设由立委郑国栋争取中央补助。") == {"郑国栋": "立委"}
    assert _titles("对此，国民党立委萧明相当不满。") == {"萧明": "国民党立委"}
    assert _names("因前处长高志伟另有任用，由副处长代理。") == ["高志伟"]
    assert _titles("市长当选人林美华改变以往惯例。") == {"林美华": "市长当选人"}
    assert _names("议长请局长吴建中抬着礼物入场。") == ["吴建中"]


def test_party_membership_before_a_title_is_no_name():
    # 党籍 (membership of a party) opens with the surname 党
    assert _names("各委员会的召委都有党籍立委争取。") == []
    assert _titles("民进党籍立委王志成争取预算。") == {"王志成": "民进党籍立委"}
