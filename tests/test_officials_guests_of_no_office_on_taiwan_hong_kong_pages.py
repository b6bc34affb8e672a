"""Guests of no office on Taiwan and Hong Kong pages (issue 11, round tw45c): an event's
committee's chairs (大会主席, 大会副主席: a celebration's organising committee, not a
congress's presidium), a prize's jury (评审委员), a word of a clipped body's name read as a
list's name (康乐 of 康乐及文化事务署), and a married woman's two surnames before her title
(王陈议长: her husband's and her father's surnames, not a name). Sentences and names
written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_event_committee_chairs_hold_no_office():
    text = "主礼嘉宾包括：民政事务专员李晓华、大会副主席王大明、张志强、区议员陈国华。"
    assert _names(text) == ["李晓华", "陈国华"]
    assert _names("大会主席王大明致辞，区议员李晓华出席。") == ["李晓华"]


def test_festival_committee_posts_hold_no_office():
    text = "出席的有民政事务专员李晓华、某区区节统筹委员会副主席王大明、区议会主席陈国华。"
    assert _names(text) == ["李晓华", "陈国华"]
    assert _names("某某艺术节筹备委员会主席王大明致辞，副市长李晓华出席。") == ["李晓华"]


def test_congress_presidium_keeps_its_members():
    # guards: a people's congress's presidium and its executive chairs are labelled
    assert _titles("大会主席团常务主席王大明主持会议。") == {"王大明": "大会主席团常务主席"}
    assert _names("大会执行主席王大明、李晓华主持会议。") == ["王大明", "李晓华"]


def test_jury_members_hold_no_office():
    text = "包括县长李晓华、议员陈国华，以及评审委员王大明等到场观礼。"
    assert _names(text) == ["李晓华", "陈国华"]


def test_recreation_is_no_name_in_a_list():
    text = "嘉宾包括：民政事务专员李晓华、社会福利署福利专员陈国华、康乐及\n"
    assert "康乐" not in _names(text)


def test_married_womans_two_surnames_before_her_title():
    text = "县长王志强、议长刘黄美玲出席颁奖。包括王县长、刘黄议长、议员陈国华到场观礼。"
    assert "刘黄" not in _names(text)
    text = "议长刘黄美玲出席。在刘黄议长及议会的支持下，县长王志强致词。"
    assert "刘黄" not in _names(text)


def test_two_character_names_before_titles_stay():
    # guards: a name of two characters before its title (given name no surname)
    assert _names("李强总理出席会议。") == ["李强"]
    assert _names("县长王刚出席，刘强议长致词。") == ["王刚", "刘强"]
    # two surnames as a name, no married name of them on the page
    assert _names("县长王志强出席，刘林议长致词。") == ["王志强", "刘林"]


def test_unnamed_councillors_before_an_association_post():
    text = "县长李晓华、立法委员陈国华、县议员、某县农会理事长王大明、总干事张志强等贵宾与会。"
    assert _names(text) == ["李晓华", "陈国华"]


def test_a_councillors_second_post_in_office_stays():
    # guard: a councillor who holds an office beside it keeps it
    assert _names("县议员、某乡乡长王大明出席，县长李晓华致词。") == ["王大明", "李晓华"]


def test_an_association_word_after_a_group_title_is_no_name():
    text = (
        "大会由林大同理事长主持，会中长官、贵宾有立法委员王志强、市议员李晓华、刘大伟、"
        "某区公所陈国华秘书、某市农会张志强主任、各里长农会理监事、代表、农事小组组长等均到场参与祝贺。"
    )
    assert "农会理监事" not in _names(text)
