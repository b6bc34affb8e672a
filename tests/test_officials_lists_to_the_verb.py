"""Officials: a list of names read on through every item up to its verb (issue 11, round
lists44): spaces a page writes beside a list's 、, rosters opened by an escort's 的有 or by
a noun of presence and a linker (出席者包括), a title-less roster that 分别 or 先后 ends
before a speech or a lead, an item the marks around it say is a name, and 等人 closing a
list as 等 does. Guards: what must not become a list of people.

Each sentence is invented (never copied from a page); the expected people, titles and
roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


# Spaces beside a list's 、 --------------------------------------------------------------


def test_spaces_after_the_list_marks_keep_the_list_whole():
    got = found("县领导王一明、 李建华、 周小红、 陈志刚出席会议。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {title for title, _ in got.values()} == {"县领导"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_spaces_before_the_list_marks_keep_the_list_whole():
    got = found("区政协副主席王一明 、李建华 、周小红出席会议。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {title for title, _ in got.values()} == {"区政协副主席"}


def test_a_tab_or_an_ideographic_space_after_the_marks():
    got = found("市领导王一明、\t李建华、\u3000周小红参加活动。")
    assert set(got) == {"王一明", "李建华", "周小红"}


def test_spaces_beside_the_marks_of_a_list_of_topics_make_no_names():
    assert found("会议要求做强农业、 做好工业、 做大城镇。") == {}


# Rosters opened by an escort's 的有 or by a noun of presence ---------------------------


def test_an_escorts_roster_after_its_de_you():
    got = found("市委书记赵立新到乡镇调研。陪同调研的有王一明、李建华、周小红、陈志刚。")
    assert {"王一明", "李建华", "周小红", "陈志刚"} <= set(got)
    assert got["王一明"][1] == ("accompanying",)


def test_an_escorts_roster_that_goes_on_with_hai_you():
    got = found("陪同考察的还有王一明、李建华、周小红等。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("accompanying",)}


def test_the_attendees_as_a_noun_and_a_linker():
    got = found("出席者包括王一明、李建华、周小红、陈志刚。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_the_guests_of_a_ceremony_with_hai_you():
    got = found("当天出席嘉宾还有王一明、李建华、周小红等。")
    assert set(got) == {"王一明", "李建华", "周小红"}


def test_reporters_present_are_no_roster_of_officials():
    assert found("出席的记者有王一明、李建华、周小红。") == {}


def test_a_count_of_attendees_is_no_roster():
    assert found("出席人员有一百余人。") == {}


def test_a_groups_word_after_de_you_is_no_roster():
    assert found("陪同调研的有县直有关部门负责人。") == {}


# A title-less roster that 分别 or 先后 ends before its act --------------------------------


def test_a_roster_that_speaks_in_turn():
    got = found("会上，王一明、李建华、周小红、陈志刚分别作表态发言。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {roles for _, roles in got.values()} == {("speaker",)}


def test_a_roster_that_speaks_one_after_another():
    got = found("王一明、李建华、周小红先后讲话。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("speaker",)}


def test_a_roster_that_leads_in_turn():
    got = found("王一明、李建华、周小红分别带队深入各乡镇督导检查。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("leader",)}


def test_two_names_that_speak_in_turn_are_no_roster_alone():
    assert found("王一明、李建华分别讲话。") == {}


def test_a_roster_in_turn_of_no_role_is_no_roster():
    assert found("王一明、李建华、周小红分别研究。") == {}


# An item the marks say is a name, and 等人 ----------------------------------------------


def test_an_item_between_marks_that_a_place_word_opens_inside():
    got = found("出席：王一明、李镇国、周小红、陈志刚。")
    assert set(got) == {"王一明", "李镇国", "周小红", "陈志刚"}


def test_marks_read_no_more_than_a_third_of_a_roster():
    # two of three items read by their marks alone: no roster of people
    assert found("出席：王一明、李镇国、张市华。") == {}


def test_deng_ren_closes_a_roster_as_deng_does():
    got = found("出席仪式的还有王一明、李建华、周小红等人。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_the_form_traditional_pages_print_for_the_surname_gou():
    # 茍 (U+830D) stays 茍 in Simplified; as a list's first item it must open a name
    got = found("区政协主席茍建华、副主席王一明出席会议。")
    assert got["茍建华"][0] == "区政协主席"
    assert got["王一明"][0] == "副主席"


# A list's item cut by a line break ------------------------------------------------------


def test_a_name_in_a_list_split_by_a_line_break():
    got = found("县领导王一明、李建华、周\n小红、陈志刚出席会议。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_a_lists_last_name_before_deng_on_the_next_line():
    got = found("区领导王一明、李建华、周小红\n等出席活动。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_a_line_that_ends_a_list_of_topics_joins_no_names():
    assert found("会议要求做强农业、做好工\n业。") == {}
