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


# New-style posts among a person's titles ------------------------------------------------


def test_an_industrial_chain_chief_is_a_title():
    got = found("县委常委、组织部部长、装备制造产业链链长彭志远主持召开推进会。")
    assert got["彭志远"][0] == "县委常委、组织部部长、装备制造产业链链长"
    assert got["彭志远"][1] == ("chair",)


def test_a_deputy_chain_chief_and_a_chief_chain_chief_are_titles():
    got = found("产业链副链长邬建中出席会议。")
    assert got["邬建中"][0] == "产业链副链长"
    got = found("东坪县产业链总链长、县长章立平主持召开会商会。")
    assert got["章立平"][0] == "东坪县产业链总链长、县长"


def test_a_level_forest_chief_is_a_title():
    got = found("副县长、县级林长柯明远到北山林区调研。")
    assert got["柯明远"] == ("副县长、县级林长", ("leader",))


def test_a_grid_head_is_a_title():
    got = found("社区网格长甘晓红陪同走访。")
    assert got["甘晓红"][0] == "社区网格长"


def test_the_chain_chief_system_and_a_forest_chief_with_no_name_name_no_one():
    assert found("全县推进链长制工作，各产业链链长分别作了发言。") == {}
    assert found("市级林长每月巡林不少于1次。") == {}
    assert found("延伸产业链长度，提升产业链长效机制。") == {}


def test_a_given_name_after_a_forest_chief_stays_a_name():
    got = found("乡长林长青、县级林长邹一鸣出席会议。")
    assert got["林长青"][0] == "乡长"
    assert got["邹一鸣"][0] == "县级林长"


# Place + name items after one title, a count closing the list ---------------------------


def test_places_and_names_after_a_title_closed_by_their_count():
    got = found("新任派出所所长东港韦志强、西河钟立新、南岭邝文达及北坪庞振东4人一起宣誓就职。")
    assert set(got) == {"韦志强", "钟立新", "邝文达", "庞振东"}
    assert {title for title, _ in got.values()} == {"新任派出所所长"}


def test_places_and_names_with_a_counted_measure_word():
    got = found("新任分局长东港韦志强、西河钟立新、南岭邝文达三位出席典礼。")
    assert set(got) == {"韦志强", "钟立新", "邝文达"}


# Guards ---------------------------------------------------------------------------------


def test_a_count_that_is_not_the_items_reads_no_roster():
    got = found("新任所长东港韦志强、西河钟立新及南岭邝文达5人宣誓就职。")
    assert "钟立新" not in got


def test_places_alone_after_a_title_name_no_one():
    assert found("分局长东港、西河、南岭3人到场。") == {}


# A book title's comma does not cut a list from its verb ---------------------------------


def test_a_title_less_list_reaches_its_verb_past_a_book_titles_comma():
    got = found("曾立新、韩志鹏、邵文涛、葛明华分别以《稳住基本盘，激活新动能》为题作交流发言。")
    assert set(got) == {"曾立新", "韩志鹏", "邵文涛", "葛明华"}
    assert {roles for _, roles in got.values()} == {("speaker",)}


def test_a_comma_after_a_closed_book_title_still_ends_the_clause():
    got = found("会议学习了《关于加强基层治理的意见》，县委书记蔡文辉主持会议。")
    assert got["蔡文辉"] == ("县委书记", ("chair",))


def test_an_unclosed_book_title_mark_does_not_join_clauses():
    got = found("会上传达了《通知，县长聂晓东主持会议。")
    assert got["聂晓东"] == ("县长", ("chair",))
