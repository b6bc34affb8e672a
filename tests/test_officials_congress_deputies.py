"""Officials on real pages (issue 11, round deputies44): a people's congress's deputies.
代表 is a verb as well as a title (王某代表县委致辞: on behalf of), so it is no title core
where it follows a word; what follows it decides. After a deputy's name of three characters
(opened by a mark or the clause) a word of the deputy's act or a list's mark makes it his
title (王某某代表建议…, 李某某代表、赵某某代表也先后发言); after a congress (县人大代表)
the name written after it makes it one. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import roles as _roles
from tests.officials_checks import titles as _titles


def test_deputies_named_before_their_title_in_a_group_discussion():
    text = "王建国代表建议加快农村公路建设，李红梅代表、赵志刚代表也先后发言。"
    assert _names(text) == ["王建国", "李红梅", "赵志刚"]
    assert _titles(text)["李红梅"] == "代表"
    assert _roles(text)["王建国"] == ("speaker",)


def test_a_deputy_raising_a_matter_with_jiu():
    assert _names("审议中，张立新代表就农村公路建设提出建议。") == ["张立新"]


def test_daibiao_on_behalf_of_an_organ_or_a_people_stays_a_verb():
    assert _names("王建国代表县政府向大家拜年。") == []
    assert _names("会上，王建国代表大家发言。") == []
    assert _names("副县长王建国代表县长李红梅致辞。") == ["王建国", "李红梅"]
    assert _titles("副县长王建国代表县长李红梅致辞。")["王建国"] == "副县长"


def test_a_group_of_two_characters_before_daibiao_is_no_name():
    assert _names("省政协委员、华侨代表、市直单位负责人列席会议。") == []
    assert _names("党员代表说，要带头干。") == []


def test_a_congress_deputy_written_before_his_name():
    assert _names("县人大代表王建国说，报告实事求是。") == ["王建国"]
    assert _titles("县人大代表王建国说，报告实事求是。")["王建国"] == "县人大代表"
    assert _names("来自红星村的人大代表王建国出席会议。") == ["王建国"]


def test_a_congress_deputy_needs_a_name_of_three_and_a_verb_after_it():
    # a list (a mark after the name) and a two-character name are left as they were
    assert _names("县人大代表王建、李红参加审议。") == []


def test_a_congress_deputy_with_no_name_after_it_names_no_one():
    assert _names("区人大常委会举行第二次“区人大代表双月座谈会”。") == []
    assert _names("陈大同、李小红等15位同志辞去县人大代表的职务。") == []
