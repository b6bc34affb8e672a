"""Officials on real pages (issue 11, second round on roles, a candidate left for the
lead): 随同 is going along with the visitor, as 陪同 (sentences written here)."""

from tests.officials_checks import roles as _roles


def test_who_goes_along_with_the_visitor_accompanies():
    text = "市长林立文率团赴某市考察，副市长王国平、秘书长张国华随同考察。"
    roles = _roles(text)
    assert roles["林立文"] == ("leader",)
    assert roles["王国平"] == roles["张国华"] == ("accompanying",)
