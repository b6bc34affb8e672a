"""Officials on plain Traditional pages (issue 11, round tw45): a national congress's deputy
named in a list of guests and ended by a mark (港区全国人大代表A，以及…), the head of a state
farm or station (农业改良场场长B), a group's title before a comma and its including word
(出席会议的委员，包括A、B、C), and 未来 after a titled name (秘书长X未来将…). Sentences and
names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_national_congress_deputy_ended_by_a_mark():
    text = "出席嘉宾包括县长李晓华、港区全国人大代表王大明，以及多位区议员。"
    assert _titles(text) == {"李晓华": "县长", "王大明": "港区全国人大代表"}
    assert _names("主礼嘉宾有局长陈建国、全国人大代表王大明。") == ["陈建国", "王大明"]
    assert _names("全国人大代表王大明、李晓华出席开幕礼。") == ["王大明", "李晓华"]


def test_local_congress_deputy_before_a_mark_stays_unread():
    # the guard the congress deputies' reading keeps: a local congress's deputy ended by a
    # mark (no verb of speech or presence after the name) is still no title
    assert _names("县人大代表王大明，以及区议员出席。") == []
    assert _names("他辞去全国人大代表王大明的职务。") == []


def test_farm_or_station_head():
    text = "出席者有苗栗区农业改良场场长王大明、市长李晓华。"
    assert _titles(text) == {"王大明": "苗栗区农业改良场场长", "李晓华": "市长"}
    assert _names("国有林场场长王大明汇报工作。") == ["王大明"]
    assert _names("农改场副场长李晓华陪同视察。") == ["李晓华"]


def test_no_farm_head_in_market_or_scene_words():
    assert _names("市场长期低迷，市长李晓华表示关切。") == ["李晓华"]
    assert _names("在现场长达三小时，县长李晓华表示感谢。") == ["李晓华"]
    assert _names("广场长廊边，市长李晓华与民众交谈。") == ["李晓华"]


def test_group_title_before_a_comma_and_including_word():
    text = "出席会议投票的委员，包括王大明、李晓华、张志强。"
    assert _titles(text) == {"王大明": "委员", "李晓华": "委员", "张志强": "委员"}
    assert _names("与会的议员，包含王大明、李晓华等人。") == ["王大明", "李晓华"]


def test_no_group_title_before_a_comma_without_a_core():
    # the clause before the comma ends in no title: its list is read as before
    assert "王大明" not in _titles("会议邀请了专家，包括王大明、李晓华。").values()
    assert _names("出席的委员，有的表示支持。") == []
    # one name alone after the including word is no roster
    assert _names("委员，包括王大明。") == []


def test_future_after_a_titled_name():
    assert _names("秘书长李安妤未来将协助县长处理县务。") == ["李安妤"]
    assert _titles("处长王大明未来四年将推动改革。") == {"王大明": "处长"}


def test_year_word_before_a_name_first_title():
    assert _titles("这本专书选在明年王大明县长任期将届时出版。") == {"王大明": "县长"}
    assert _names("去年李晓华局长任内完成建设。") == ["李晓华"]


def test_organ_before_a_name_first_title_kept():
    # an organ before the name is still the title's (the guard of name-first titles)
    assert _titles("会上，县政府王大明县长讲话。") == {"王大明": "县政府县长"}
