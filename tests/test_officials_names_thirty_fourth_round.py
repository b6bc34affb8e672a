"""Officials on real pages (issue 11, thirty-fourth round, names: a party label followed by
its member's post, not by the member), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_county_after_a_party_label_is_the_posts_place_not_a_member():
    # 无党籍 + 云林县议会议长 + the member: 云林 (云 a surname) is the county of the post
    assert _names("无党籍云林县议会议长黄立民出席会议。") == ["黄立民"]
    assert _names("会议由国民党籍南投县议会议长陈志远主持。") == ["陈志远"]
    assert "苗栗" not in _names("包括国民党籍苗栗县议会议长林国华、新北市议会议长王正义等人出席。")


def test_a_member_right_after_a_party_label_is_still_read():
    # the party label's own member, no post between them
    assert "林志明" in _names("选举结果，由无党籍林志明当选。")
    assert _titles("民建联李家明表示支持。") == {"李家明": ""}


def test_a_holder_after_a_places_level_title_is_ended_by_a_follower_word():
    # a county's or a township's name and its level core, then a full name that an
    # adverb or a follower word ends, not a verb or a mark
    assert _titles("澎湖县长陈光明专程到场祝贺。") == {"陈光明": "澎湖县长"}
    assert _titles("台中市长王丽华首先致词。") == {"王丽华": "台中市长"}
    assert _titles("台东县长张文华现场勉励学生。") == {"张文华": "台东县长"}


def test_a_place_title_with_a_word_after_it_or_a_long_run_before_it_gives_no_one():
    # 召开县长办公会: no name after the core
    assert _names("今天召开县长办公会研究工作。") == []
    # a word of two characters after a place's level core (大观区长江岸线)
    assert _names("大观区长江岸线整治也在推进。") == []


def test_a_gift_a_time_by_the_meeting_or_an_order_of_appointment_ends_a_titled_name():
    # prizes listed by their giver
    assert _titles("县议员张文华红包2包，乡长李志明奖品3份。") == {
        "张文华": "县议员",
        "李志明": "乡长",
    }
    # after or before the meeting, as 稍后
    assert _titles("国民党主席林志远会后受访表示支持。") == {"林志远": "国民党主席"}
    assert _titles("县长王立新会前与代表握手致意。") == {"王立新": "县长"}
    # the order that names the holder to the post
    assert _names("宣读新任交通局长王明华布达令。") == ["王明华"]


def test_those_words_right_after_a_title_with_no_name_give_no_one():
    assert _names("市长红包发放给市民。") == []
    assert _names("会议结束后，县长会后接受采访。") == []
