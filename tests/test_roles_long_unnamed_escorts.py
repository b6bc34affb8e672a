"""Roles on real pages (issue 11, round dev24): escorts no name names between 在 and 陪同下,
longer than UNNAMED_ESCORTS_MAX characters, closed by a word for such people (在县民政部门
负责同志陪同下, 在县住建局等有关部门负责人陪同下): the ones escorted make the visit (leader),
as with a short clause (在家人陪同下); none of them is an escort. A named escort inside the
frame is still the escort. Sentences and names written here."""

from tests.officials_checks import roles as _roles


def test_two_leaders_escorted_by_unnamed_officials():
    text = "县委书记郑国平、县委副书记钱立新在县民政部门负责同志陪同下，走访慰问了部分困难群众。"
    got = _roles(text)
    assert got["郑国平"] == ("leader",)
    assert got["钱立新"] == ("leader",)


def test_one_leader_escorted_by_unit_heads():
    text = "副县长郑国平在县住建局等有关部门负责人陪同下，深入项目现场调研。"
    assert _roles(text)["郑国平"] == ("leader",)


def test_guard_a_named_escort_stays_the_escort():
    text = "县委书记郑国平在民政局局长钱立新陪同下，走访慰问了部分困难群众。"
    got = _roles(text)
    assert got["郑国平"] == ("leader",)
    assert got["钱立新"] == ("accompanying",)


def test_guard_a_short_unnamed_clause_as_before():
    assert _roles("县长郑国平在工作人员陪同下，到社区走访调研。")["郑国平"] == ("leader",)
