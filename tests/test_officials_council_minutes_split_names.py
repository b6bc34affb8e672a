"""Officials on real pages (issue 11, round tw43names): a township council's minutes name
their members and officers the Taiwan way, the surname before the title and the given name
after it, in lists (出席：陈主席某某、倪代表于某、…；列席：…、本会刘秘书某某). A given name
opening with 于 closed by the list's mark is the name's, not the preposition (林县长于会中…
stays the title and 于); the council's own officer after 会 (本会, 代表会) is read as after
a department's 处 or 课. Sentences and names invented here."""

from tests.officials_checks import names as _names


def test_a_given_name_opening_with_yu_in_a_list():
    s = "出席：张主席国华、林代表美玉、倪代表于慧、洪代表志成。"
    assert _names(s) == ["张国华", "林美玉", "倪于慧", "洪志成"]


def test_the_councils_own_secretary():
    s = "列席：李镇长文雄、许主任秘书家豪、本会刘秘书建民"
    assert "刘建民" in _names(s)


def test_guards():
    # 于 the preposition after a surname and title: no given name
    assert _names("林县长于会中表示，将尽力争取经费。") == []
    assert _names("县长王大明于会中、会后均表示支持。") == ["王大明"]
    # a meeting's 会 before a title and name, no split name
    assert _names("会议由县长王大明主持。") == ["王大明"]
