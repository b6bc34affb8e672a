"""Officials on real pages (issue 11, round names51): 向 right after a title is the
preposition "toward" (某公司负责人向某某汇报, 李副市长向客人介绍…), not the surname 向: the
people spoken to are no given name (大家, 客人, 客商, 来宾, 嘉宾, as 全体 and 宪法 were
before), and four characters opening with 向 are the one addressed, never a married name of
two surnames. Sentences and names written here."""

from tests.officials_checks import names as _names


def test_the_people_spoken_to_are_no_given_name():
    assert _names("李副市长向客人介绍了本市近年来的发展成果。") == []
    assert _names("王副县长向大家介绍了项目进展。") == []
    assert _names("刘副县长向客商推介了园区。") == []
    assert _names("县长向来宾致辞。") == []
    assert _names("周副区长向嘉宾表示欢迎。") == []


def test_toward_a_named_one_is_no_married_name():
    assert _names("某省分公司负责人向赵小鹏汇报了服务情况。") == []
    assert _names("某公司负责人向王建国汇报了情况。") == []


def test_guards_the_surname_xiang_stays_a_name():
    assert _names("副县长向东介绍了情况。") == ["向东"]
    assert _names("副县长向东明主持会议。") == ["向东明"]
    assert _names("县委书记向阳出席会议并讲话。") == ["向阳"]
    # Hong Kong's married names after a title stay read
    assert _names("司长林郑月娥说，") == ["林郑月娥"]
