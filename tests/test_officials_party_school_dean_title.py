"""Officials on real pages (issue 11, round other43): 教育长, a Party school's dean of
studies (市委党校教育长, next to its 常务副校长), is a title core, so the person after it is
found; 副教育长 comes from it as every deputy does. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_party_school_dean_giving_a_model_lecture():
    text = "县委党校教育长周明华作了全会精神示范宣讲。"
    assert _names(text) == ["周明华"]
    assert _roles(text)["周明华"] == ("speaker",)


def test_a_deputy_dean_chairing_an_opening():
    text = "培训班开班仪式由市委党校副教育长何立群主持。"
    assert _names(text) == ["何立群"]
    assert _roles(text)["何立群"] == ("chair",)


def test_a_dean_among_other_titles():
    text = "市委党校常务副校长、教育长孙海涛出席开班仪式并讲话。"
    assert _names(text) == ["孙海涛"]
    assert _titles(text)["孙海涛"] == "市委党校常务副校长、教育长"


def test_education_followed_by_a_word_is_no_title():
    assert _names("要坚持把理想信念教育长期抓下去。") == []
    assert _names("学校教育长远规划由县教育局负责。") == []
    assert _names("思想政治教育长抓不懈，县长李志刚出席会议。") == ["李志刚"]
