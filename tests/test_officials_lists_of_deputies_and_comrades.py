"""Officials: whole lists that were lost after their first name (issue 11, round lists45):
a congress's deputies listed after 人大代表 (县人大代表A、B、C参加视察), and a titled list
that writes 同志 after each name (市领导A同志、B同志、C同志出席); and a count of more than
after a list's 等 (等20余名委员) read as no name (余名 was one). Guards: a lone deputy
still needs his verb, a meeting's or a duty's 人大代表 names no one, a bare run of
comrades is left as it was, and a titled list without 同志 reads as before.

Each sentence is invented (never copied from a page); the expected people, titles and
roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


# A congress's deputies in a list --------------------------------------------------------


def test_county_deputies_listed_to_their_verb():
    got = found("县人大代表王一明、李建华、周小红参加视察。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {title for title, _ in got.values()} == {"县人大代表"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_deputies_listed_and_closed_by_deng():
    got = found("市人大代表王一明、李建华、周小红、陈志刚等参加活动。")
    assert set(got) == {"王一明", "李建华", "周小红", "陈志刚"}
    assert {title for title, _ in got.values()} == {"市人大代表"}


def test_deputies_listed_then_a_count():
    got = found("县人大代表王一明、李建华、周小红等20余人参加视察。")
    assert set(got) == {"王一明", "李建华", "周小红"}


def test_deputies_listed_then_another_group_before_the_verb():
    got = found("县人大代表王一明、李建华，县政协委员周小红参加活动。")
    assert got["王一明"][0] == "县人大代表"
    assert got["李建华"][0] == "县人大代表"
    assert got["周小红"][0] == "县政协委员"


def test_township_deputies_listed():
    got = found("镇人大代表王一明、李建华、周小红出席会议。")
    assert set(got) == {"王一明", "李建华", "周小红"}


def test_guard_a_lone_deputy_still_needs_his_verb():
    assert found("县人大代表王一明说，要把好事办好。")["王一明"][0] == "县人大代表"
    assert found("区人大代表双月座谈会召开。") == {}


def test_guard_a_duty_named_by_deputies_names_no_one():
    assert found("会议同意辞去县人大代表职务。") == {}


def test_guard_words_after_deputies_are_no_list():
    assert found("县人大代表活动室、代表之家建成使用。") == {}


# 同志 after each name of a titled list ---------------------------------------------------


def test_comrades_after_each_name_of_a_leaders_list():
    got = found("市领导王一明同志、李建华同志、周小红同志出席。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {title for title, _ in got.values()} == {"市领导"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_comrades_after_each_name_closed_by_deng():
    got = found("县领导王一明同志、李建华同志等参加活动。")
    assert set(got) == {"王一明", "李建华"}


def test_comrades_after_each_name_under_a_post():
    got = found("县政协副主席王一明同志、李建华同志出席会议。")
    assert set(got) == {"王一明", "李建华"}
    assert {title for title, _ in got.values()} == {"县政协副主席"}


def test_comrades_after_each_titled_item():
    got = found("县委常委、常务副县长王一明同志、副县长周小红同志出席会议。")
    assert got["王一明"][0] == "县委常委、常务副县长"
    assert got["周小红"][0] == "副县长"
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_guard_a_bare_run_of_comrades_is_left_as_it_was():
    # No title opens the run: it is read as it was (no one here).
    assert found("王一明同志、李建华同志、周小红同志出席会议。") == {}


def test_guard_a_titled_list_without_comrades_reads_as_before():
    got = found("市领导王一明、李建华、周小红出席。")
    assert set(got) == {"王一明", "李建华", "周小红"}


def test_guard_old_comrades_and_friends_are_no_names():
    assert found("市领导看望了老同志、老党员。") == {}
    assert set(found("县领导王一明看望老同志、老党员。")) == {"王一明"}


# A count of more than after 等 (等20余名委员) -----------------------------------------------


def test_a_count_of_more_than_after_deng_is_no_name():
    got = found("区政协副主席王一明、李建华、周小红等20余名委员参加视察。")
    assert set(got) == {"王一明", "李建华", "周小红"}
    assert {roles for _, roles in got.values()} == {("attendee",)}


def test_a_count_with_duo_after_deng_is_no_name():
    got = found("县人大常委会副主任王一明、李建华等30多名代表参加视察。")
    assert "多名" not in got
    assert {"王一明", "李建华"} <= set(got)


def test_guard_a_surname_yu_after_a_list_mark_is_still_a_name():
    got = found("县领导王一明、余建华、周小红出席会议。")
    assert set(got) == {"王一明", "余建华", "周小红"}
