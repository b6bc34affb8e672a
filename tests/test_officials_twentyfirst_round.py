"""Officials on real pages (issue 11, twenty-first round: shapes the twentieth round's survey
and this round's showed that no rule reached), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_word_of_time_after_a_name_first_title_ends_it():
    # Traditional pages write the name before the title (莊某某議長, 陳某某縣長), and the
    # day right after it
    text = "庄明德议长、陈立文县长昨日出席开幕典礼。"
    assert _titles(text) == {"庄明德": "议长", "陈立文": "县长"}
    assert _roles(text)["陈立文"] == ("attendee",)
    assert _names("林美华市长今天上午到场致词。") == ["林美华"]
    # a surname, the title and the day is no name (not 王昨日)
    assert _names("王县长昨日表示，要加强管理。") == []
    # a given name written after its title the Taiwan way still comes before the day
    assert _titles("林县长姿妙昨日出席。") == {"林姿妙": "县长"}
