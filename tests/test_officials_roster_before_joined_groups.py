"""Officials on real pages (issue 11, round names48): a title-less roster of names that
a joiner (及, 以及) closes, then groups of officials listed with marks of their own, then a
verb of presence (A、B、C及市直部门负责人、区直部门负责人出席会议). Sentences and names
written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles


def test_names_before_joined_groups_with_marks():
    text = "会议举行。王一明、李建华、周小红及市直部门负责人、区直有关部门负责人出席会议。"
    assert _names(text) == ["王一明", "李建华", "周小红"]
    assert _roles(text)["周小红"] == ("attendee",)


def test_known_names_make_a_longer_roster():
    text = (
        "座谈会举行。吴立新、郑国华、冯小明、陈志强及市直单位负责人、各乡镇负责人出席会议。"
        "区委书记吴立新讲话，区长郑国华主持会议。"
    )
    assert _names(text) == ["吴立新", "郑国华", "冯小明", "陈志强"]


def test_one_group_after_the_joiner_as_before():
    text = "会议举行。王一明、李建华、周小红及市直部门负责人出席会议。"
    assert _names(text) == ["王一明", "李建华", "周小红"]


def test_no_roster_without_presence_or_enough_names():
    # two names and no 等: too few for a title-less roster
    assert _names("会议举行。王一明、李建华及市直部门负责人、区直部门负责人出席会议。") == []
    # no verb of presence
    assert _names("王一明、李建华、周小红及区直单位、乡镇负责人研究工作。") == []
    # a name after the joiner: the list does not end there
    assert _names("会议举行。王一明、李建华及周小红、区直部门负责人研究工作。") == []
