"""Officials: list items made of a unit or a place and a name (issue 11, round lists44b):
people named by their unit alone before a titled person in one 、-list (市委办A、县水利局B、
县财政局局长C出席), and the new-style posts written among a person's titles (产业链链长,
县级林长, 网格长). Guards: what must not become a list of people.

Each sentence is invented (never copied from a page); the expected people, titles and
roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in extract_officials(text)}


# Unit + name items before a titled item ------------------------------------------------


def test_units_and_names_before_a_titled_person_are_people():
    got = found("市委政法办郑思远、市公安局治安科杜文涛、县教育局局长韩立峰一行检查校园安全。")
    assert set(got) == {"郑思远", "杜文涛", "韩立峰"}
    assert got["郑思远"][0] == "市委政法办"
    assert got["杜文涛"][0] == "市公安局治安科"
    assert got["韩立峰"][0] == "县教育局局长"
    assert {roles for _, roles in got.values()} == {("leader",)}


def test_units_and_names_after_a_roster_opener():
    got = found("参加会议的有东湖镇邹明辉、西岭乡魏长青、县水利局局长俞建平。")
    assert set(got) == {"邹明辉", "魏长青", "俞建平"}
    assert got["邹明辉"][0] == "东湖镇"
    assert got["魏长青"][0] == "西岭乡"


def test_units_and_names_after_a_clause_comma():
    got = found("3月5日上午，区应急局汤海波、区消防大队孔令军、街道办主任蒋文华检查了市场。")
    assert {"汤海波", "孔令军", "蒋文华"} <= set(got)
    assert got["汤海波"][0] == "区应急局"
    assert got["孔令军"][0] == "区消防大队"


# Guards ---------------------------------------------------------------------------------


def test_a_lone_unit_and_name_before_a_titled_person_is_left():
    # One piece only: too little to read a unit and a name for sure.
    got = found("县水利局俞建平、县财政局局长韩立峰出席会议。")
    assert "韩立峰" in got
    assert "俞建平" not in got


def test_a_list_of_units_before_a_titled_person_names_no_one_else():
    got = found("县发改局、县财政局、县水利局局长俞建平出席会议。")
    assert set(got) == {"俞建平"}


def test_a_run_with_one_item_that_is_no_unit_and_name_is_not_read():
    # 东湖镇邹明辉 is a unit and a name, 各村干部 is not: the run is not a list of people.
    got = found("各村干部、东湖镇邹明辉、县水利局局长俞建平出席会议。")
    assert "邹明辉" not in got
    assert "俞建平" in got
