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
