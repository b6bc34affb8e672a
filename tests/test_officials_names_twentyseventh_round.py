"""Officials on real pages (issue 11, twenty-seventh round, names: people the extractor
missed or invented), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_day_in_chinese_numerals_after_a_name_ends_it_as_23_ri_does():
    # 某县长A廿三日率领…: the day of the month written in Chinese numerals between the
    # name and the act, as 23日 and 今日 stand there
    assert _titles("新竹县长王立文廿三日率领县府团队拜访邻县。") == {"王立文": "新竹县长"}
    assert _roles("新竹县长王立文廿三日率领县府团队拜访邻县。") == {"王立文": ("leader",)}
    assert _titles("台东县长何国平三十日上午主持会议。") == {"何国平": "台东县长"}
    assert _titles("新竹县长王立文二十三日出席开幕式。") == {"王立文": "新竹县长"}
    # a title glued to no place, and a day then a time of day (三日上午)
    assert _names("县长李德华三日上午出席会议。") == ["李德华"]
    # 李十三日: 十 may end the given name, so the day is not read from it; 三十九日 is no day
    assert _names("副市长李十三日出席会议。") == []
    assert _names("新竹县长王立三十九日率领团队拜访邻县。") == []
    # a day then no act (三日游) ends nothing
    assert _names("县长王立文三日游。") == []


def test_a_titled_name_that_nothing_ends_is_read_when_the_report_repeats_it():
    # 县委书记A心系…: no mark, verb or follower word ends A after the title; the report
    # writes A twice more where names end (，A与…, A详细了解…), so A is the title's holder
    text = (
        "某县委书记高立东心系节后用工，也到招聘会现场看望求职者。"
        "在一家企业的摊位前，高立东与招聘负责人交流。高立东详细了解了用工情况。"
    )
    assert _titles(text) == {"高立东": "某县委书记"}
    # written again once only where a name ends: still no name
    assert _names("某县委书记高立东心系节后用工。高立东与招聘负责人交流。") == []
    # a word after a title that the report repeats with no name's end is no name
    assert _names("县长高度重视此事。县长高度重视就业。县长高度重视民生。") == []
