"""Officials on real pages (issue 11, round names55): a title's own characters, a count of
members, a word of the meeting's time and a kinsman's word, each read as part of a name
around a title. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_a_deputy_inspector_after_a_list_is_no_name():
    # 区副巡视员: 区 is a surname and 巡视 a verb, but 副 opens the title 副巡视员.
    text = "区人大常委会副主任张明、刘强，区副巡视员赵伟出席会议。"
    assert _names(text) == ["张明", "刘强", "赵伟"]
    assert _titles(text)["赵伟"] == "区副巡视员"


def test_a_deputy_researcher_after_a_list_is_no_name():
    text = "副县长张明、刘强、黄勇，区副调研员赵伟参加调研。"
    assert "区副" not in _names(text)


def test_guard_a_deputy_inspector_alone_keeps_his_title():
    assert _titles("区副巡视员赵伟出席会议。") == {"赵伟": "区副巡视员"}


def test_a_count_of_members_after_their_title_is_no_holder():
    assert _names("本届共有委员35名，其中党外委员19名。") == []
    assert _names("其中党外委员十九名，女委员八名。") == []


def test_guard_a_member_named_before_the_title():
    assert _names("王建国委员在会上发言。") == ["王建国"]


def test_a_word_of_the_meetings_time_after_a_title_is_no_name():
    # 县长于会上强调: 于 is the preposition (於), 会上 no given name.
    assert _names("县长于会上强调，要抓好落实。") == []
    assert _names("对于里长于会中的发言，民政局表示了解。") == []
    assert _names("议员于会上表示支持。") == []


def test_guard_a_given_name_after_the_surname_yu():
    assert _names("副县长于立新出席会议。") == ["于立新"]


def test_a_kinsman_before_a_name_written_before_its_title():
    assert _names("他在叔叔郭建中议员的鼓励下参选。") == ["郭建中"]
    assert _names("在父亲林国华县长的影响下，他投身公职。") == ["林国华"]


def test_guard_no_name_in_a_kinsmans_words_alone():
    assert _names("叔叔阿姨们纷纷前来。") == []


def test_a_holder_named_between_organ_and_title_by_the_office():
    # 台北市议会A议长办公室主任B: A is named by the office that came, not there.
    text = "县议会陈美华议长办公室主任林国华出席。"
    assert _names(text) == ["陈美华", "林国华"]
    assert _titles(text)["陈美华"] == "县议会议长"
    assert _roles(text)["陈美华"] == ("mentioned",)


def test_guard_an_office_with_no_holder_named():
    assert _titles("市长办公室主任王建华出席。") == {"王建华": "市长办公室主任"}


def test_a_married_name_before_its_title_after_the_agents_you():
    # 由叶刘淑仪议员担任召集人: a husband's surname and her own name, four characters.
    assert _names("是次会议由陈刘美华议员担任召集人。") == ["陈刘美华"]


def test_guard_a_preposition_before_a_name_first_holder():
    assert _names("和张建华议员一同视察。") == ["张建华"]
