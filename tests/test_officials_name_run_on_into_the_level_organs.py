"""Officials on real pages (issue 11, round plen43, recall in plenary reports): a copy that
lost its marks runs a holder's name on into the level's organs (主任A区委、区政府领导出席);
the party committee and the same level after 、 (区委、区政府, 县委、县人大) end the name.
Sentences and names written here."""

from tests.officials_checks import names as _names


def test_name_run_on_into_the_organs_list_is_read():
    assert _names("区人大常委会主任李新成区委、区政府领导出席闭幕大会。") == ["李新成"]
    assert _names("县政协主席王立平县委、县人大领导应邀参加会议。") == ["王立平"]


def test_a_run_of_titles_without_marks_still_reads_each_name():
    text = "区政府代区长周平区人大常委会主任赵二成区委、区政府领导参加闭幕大会。"
    assert _names(text) == ["周平", "赵二成"]


def test_guards_what_must_not_change():
    # a mark after the name, and an organ of another level or no list after 委
    assert _names("区人大常委会主任李新成，区委、区政府领导出席。") == ["李新成"]
    assert _names("县长王一明县委办主任出席。") == ["王一明"]
    assert _names("主任王新区委员会召开会议。") == []
    assert _names("区委、区政府领导出席会议。") == []
