"""Officials on real pages (issue 11, round dev22n): a cadre of a county's rank (县级干部,
正县级干部, 县长级干部: a county head's rank held without the post) is a title core, as
厅级干部 and 处级干部 are. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_county_head_rank_cadre_after_a_committee_post():
    text = "县招生委员会主任、县长级干部郑国平在有关单位负责人陪同下巡视考点。"
    assert _names(text) == ["郑国平"]
    assert _titles(text)["郑国平"] == "县招生委员会主任、县长级干部"


def test_a_full_county_rank_cadre():
    assert _names("正县级干部孙立文出席会议并讲话。") == ["孙立文"]


def test_cadres_at_large_name_no_one():
    assert _names("全体县级干部参加培训。") == []
    assert _names("县长级干部会议在县委召开。") == []


def test_a_county_head_stays_read():
    assert _titles("县长郑国平主持会议。") == {"郑国平": "县长"}
