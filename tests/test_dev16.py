"""Round dev16 (issues 11 and 18, what the dev part dev-b16 shows): invented sentences,
each failing before its rule, with guards that pass before and after."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles

# Rule 1: a name does not swallow the word after it: a count of the list's comrades
# (A、B二同志), 首先 and 对 (X首先汇报, X对2025年…进行部署), a party's general branch
# (党总支书记) is no name.


def test_a_count_of_comrades_after_a_list_is_no_part_of_the_last_name():
    # two surnames open the name (袁, 文): once read as a married name of four
    text = "县委书记李建平、县长袁文林二同志带队检查。"
    assert _titles(text) == {"李建平": "县委书记", "袁文林": "县长"}
    assert _names("镇党委书记周国强、镇长吴明辉两同志到村调研。") == ["周国强", "吴明辉"]
    assert "郑海东" in _names("主任张立新、副主任郑海东三位同志出席会议。")


def test_a_name_of_its_own_before_comrade_may_end_in_a_numeral():
    # guard: no list before it, the numeral is the given name's
    assert _names("县长张小三同志出席会议。") == ["张小三"]


def test_first_of_all_and_a_preposition_before_a_number_end_the_name():
    assert _titles("会上，副县长周立明首先通报了全县情况。") == {"周立明": "副县长"}
    assert _titles("副镇长吴丽对2025年重点工作进行了部署。") == {"吴丽": "副镇长"}
    assert _titles("副区长陈浩对“十五五”规划作了说明。") == {"陈浩": "副区长"}


def test_a_party_general_branch_is_no_name():
    assert _names("各居民区党总支书记代表作了表态发言。") == []
    assert _names("村党总支书记作了交流发言。") == []
    # guard: the branch's secretary by name is still read
    assert _titles("社区党总支书记王刚作了发言。") == {"王刚": "社区党总支书记"}
