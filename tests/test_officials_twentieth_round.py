"""Officials on real pages (issue 11, twentieth round: shapes the nineteenth round's survey
held-out half showed that no rule reached), each with sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_bao_is_a_surname_at_a_lists_start():
    text = "县委副书记保明、县政协主席龙天、副县长陈树林等参加会议。"
    assert _names(text) == ["保明", "龙天", "陈树林"]
    assert _titles(text)["保明"] == "县委副书记"
    # its words stay words
    assert _names("县长要求保障民生，副县长李明出席。") == ["李明"]


def test_renwei_ends_a_two_character_name():
    assert _titles("副县长刘颖认为，此项工作十分重要。") == {"刘颖": "副县长"}
    assert _roles("副县长刘颖认为，此项工作十分重要。") == {"刘颖": ("speaker",)}
    # a three-character name keeps its last character
    assert _names("副县长王立新认为，要抓好落实。") == ["王立新"]


def test_a_day_said_with_yu_ends_a_name_after_a_places_level_title():
    # (於 as written is 于 once the import converts the page)
    text = "台中市长王立新于24日晚上率市府团队访问议会。"
    assert _titles(text) == {"王立新": "台中市长"}
    assert _roles(text) == {"王立新": ("leader",)}
    assert _titles("南投县长王立新于3月5日出席活动。") == {"王立新": "南投县长"}
    # 于 and no day: still no certain end there
    assert _names("台中市长王立新于会上发言。") == []


def test_a_surname_and_a_title_core_is_no_person():
    text = "议长王立新感谢副议长李德华。王议长说，很亲切。王议长表示，要多交流。"
    assert _names(text) == ["王立新", "李德华"]
    assert _roles(text)["王立新"] == ("speaker",)
    assert _names("王议长说，很亲切。王议长表示，要多交流。") == []


def test_names_listed_with_a_mark_before_a_count_take_the_counted_title():
    text = "王立新、李国华两名委员出席会议。"
    assert _titles(text) == {"王立新": "委员", "李国华": "委员"}
    assert set(_roles(text).values()) == {("attendee",)}
    # a concession after the title ends it as a verb does
    text = "王立新、李国华两位委员虽另有行程，亦表示将协助。"
    assert _titles(text) == {"王立新": "委员", "李国华": "委员"}
    # a list of no names before the count is no list of people
    assert _names("工业、农业两位专家出席会议。") == []


def test_a_councils_representative_is_a_title():
    text = "县长王立新及县议会代表洪立德、李国华带领访问团。"
    assert _titles(text) == {"王立新": "县长", "洪立德": "县议会代表", "李国华": "县议会代表"}
    assert _roles("县议会代表洪立德致词。") == {"洪立德": ("speaker",)}
    # 代表 before the council is the verb: the one named before it speaks for it
    assert _titles("议员张立三代表县议会致辞。") == {"张立三": "议员"}


def test_those_at_the_same_table_attend():
    text = "同一席上有交通局局长王立新、教育局局长李国华。"
    assert _roles(text) == {"王立新": ("attendee",), "李国华": ("attendee",)}
    assert _titles(text) == {"王立新": "交通局局长", "李国华": "教育局局长"}
    assert set(_roles("同席的有议员王立新、李国华等。").values()) == {("attendee",)}


# Shapes of this round's own survey (its tuning half)


def test_the_morning_and_earlier_end_a_name():
    text = "行政长官王立新早上率领多名司长出席会议。"
    assert _titles(text) == {"王立新": "行政长官"}
    assert _titles("港澳办主任李德华早前提出期许。") == {"李德华": "港澳办主任"}
    assert _roles("港澳办主任李德华早前提出期许。") == {"李德华": ("speaker",)}


def test_posts_joined_by_huo_hold_no_name():
    assert _names("由司长或副司长带领局长出席交流会。") == []


def test_duiyu_before_a_title_is_no_part_of_it():
    text = "对于港澳办主任李德华早前提出的期许，她表示赞同。"
    assert _titles(text) == {"李德华": "港澳办主任"}
    assert _titles("由于副县长王立新因公出国，会议改期。") == {"王立新": "副县长"}


def test_baifang_ends_the_visited_ones_title():
    text = "县长拜访议员王立新、李国华及赵春林等，致赠贺匾。"
    assert set(_titles(text).values()) == {"议员"}
