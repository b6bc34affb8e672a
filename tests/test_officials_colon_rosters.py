"""Officials: rosters after a title and a colon, and lists of names with no title before
a verb of presence (issue 11, fifth development batch, cases-dev-b4.json).

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected people, titles and roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


def test_a_note_in_brackets_between_the_title_and_its_colon():
    got = found("本次大会的执行主席是（按姓氏笔画排列）：王一明、李建华、周小红、陈志刚。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_a_note_in_brackets_after_a_name_inside_the_list():
    got = found("大会执行主席：王一明、周小红（女）、陈志刚、李建华。")
    assert set(got) == {"王一明", "周小红", "陈志刚", "李建华"}


def test_a_colon_roster_that_ends_in_a_group_of_no_names():
    got = found(
        "大会常务主席、执行主席：赵立新、钱文斌、孙海燕、李红以及其他县级领导在主席台就座。"
    )
    assert set(got) == {"赵立新", "钱文斌", "孙海燕", "李红"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_a_roster_of_names_with_no_title_before_a_verb_of_presence():
    got = found("王一明、李建华、周小红、陈志刚在主席台前排就座。会议由李建华主持。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert got["王一明"][1] == ("attendee",)


def test_a_list_of_words_with_no_title_is_no_roster():
    assert found("项目、资金、人才在会上得到重视。") == {}
    assert found("江苏、浙江、安徽出席会议的代表发言。") == {}
    # two names are too few to say a bare list is a roster of people
    assert found("王一明、李建华出席。") == {}


def test_a_clause_of_names_alone_after_a_colon():
    got = found("质询顺序如下：5月2日：王一明、李建华、周小红；5月3日：陈志刚、赵立新、钱文斌。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚", "赵立新", "钱文斌"}
    # words after a colon are no roster, nor two names
    assert found("会议议程：审议、表决、选举。") == {}
    assert found("会议地点：王一明、李建华。") == {}
