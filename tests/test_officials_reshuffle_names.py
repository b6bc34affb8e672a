"""Dev round dev21n (stop 41, issue 11): names in reports of a reshuffle or a handover
of posts (Taiwan's police bureaus, dev-b21 bv022 and bv023). Invented sentences only.

- a post changing hands right after its holder's name (调任, 调派, 调升, 升任, 递补) ends
  the name as a verb does, and a two-character name before 调任 is not read with 调;
- a police bureau's chief inspector (督察长, 副督察长) is a title;
- 分 before 局长 opens a branch's title (分局长), it ends no name read before the title;
- 任内 after a title (县长任内) opens no name, even where a word may open one (韩国瑜).
"""

from public_records.extract.officials import find_officials


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.title) for m in find_officials(text)]


def _just_names(text: str) -> list[str]:
    return [m.name for m in find_officials(text)]


# ---- a post changing hands after the name


def test_two_character_name_before_diaoren():
    text = "清河分局分局长周安调任东山县警察局南湖分局分局长。"
    assert _names(text) == [("周安", "清河分局分局长")]


def test_three_character_name_before_diaopai():
    text = "该局北门分局长陈志远调派西山市警察局第三分局长。"
    assert "陈志远" in _just_names(text)


def test_name_before_shengren():
    text = "东山县原警察局长吴大明升任西山市警察局长。"
    assert ("吴大明", "东山县原警察局长") in _names(text)


def test_name_before_diaosheng():
    text = "原局长王文华调升警政署参事，新局长下周到任。"
    assert "王文华" in _just_names(text)


def test_name_before_dibu():
    text = "东河分局空缺由南平县警察局西河分局分局长郑家宏递补。"
    assert "郑家宏" in _just_names(text)


def test_guard_a_name_before_diaoyan_is_whole():
    # 调研 is no word of a post changing hands: the three-character name stays whole.
    assert _names("县长张国强调研农业工作。") == [("张国强", "县长")]


def test_guard_a_name_before_a_role_verb():
    assert _names("副局长林一帆主持会议。") == [("林一帆", "副局长")]


# ---- 督察长


def test_chief_inspector_before_the_name():
    text = "原督察长高明昌已调升新职，新任督察长王志德及主任秘书邱文雄今日到职。"
    names = _names(text)
    assert ("高明昌", "原督察长") in names
    assert ("王志德", "新任督察长") in names


def test_deputy_chief_inspector():
    assert _names("市公安局副督察长李四海陪同检查。") == [("李四海", "市公安局副督察长")]


def test_guard_chief_inspector_without_a_name():
    assert _names("督察长检查工作。") == []


# ---- 分 before 局长


def test_no_name_ending_in_fen_before_a_branch_chief():
    text = "东河县警察局大桥分局长何明远调派该局石门分局长。"
    names = _just_names(text)
    assert "石门分" not in names and "门分" not in names
    assert "何明远" in names


def test_guard_a_name_before_juzhang_is_read():
    assert _names("县交通局张立新局长出席会议。") == [("张立新", "县交通局局长")]


# ---- 任内 after a title


def test_renne_after_a_title_is_no_name():
    assert _just_names("王某某8年县长任内第6任局长均来自外地。") == []


def test_renne_three_characters_after_a_title():
    # a page cut short right after a character (as a search excerpt is): a mark ends
    # 任内推, which may then be read loosely, as a three-character name after a title
    names = _just_names("主席说，明年选举将到，王某某县长任内推")
    assert "任内推" not in names and "王某某" in names


def test_guard_surname_ren_after_a_title():
    assert _names("县长任志强出席会议。") == [("任志强", "县长")]
