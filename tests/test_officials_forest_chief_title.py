"""Officials on real pages (issue 11, round names48): 总林长 (a forest's chief under the
forest-chief system, as 河长 is a river's) is a title core, written among an official's
titles (区副总林长). Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_deputy_chief_forest_chief_after_other_titles():
    text = "区委副书记、区长、区总林长王立新，区委常委、常务副区长、区副总林长赵国华赴公园调研。"
    assert _names(text) == ["王立新", "赵国华"]
    assert _titles(text)["赵国华"] == "区委常委、常务副区长、区副总林长"


def test_lin_zhang_opening_a_given_name_stays_a_name():
    assert _names("乡长林长青出席会议。") == ["林长青"]
    assert _names("全面推行林长制，区总林长办公室负责日常工作。") == []
