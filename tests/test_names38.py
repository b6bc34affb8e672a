"""Officials on real pages (issue 11, names round 38): 买 is a surname (a rare one of the
Han, Hui and Dongxiang peoples, in the surname dictionaries: 买叔千, 买源), so a name
opening with it is read after its title and in a list of names; the words 买 opens
(买卖, 买单, 买来) are still no one. Sentences and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_a_name_with_the_surname_mai_after_its_title():
    assert _titles("县委常委、宣传部长买晓燕，副县长刘建国出席会议。") == {
        "买晓燕": "县委常委、宣传部长",
        "刘建国": "副县长",
    }
    assert _names("副镇长买文德主持会议。") == ["买文德"]


def test_a_name_with_the_surname_mai_in_a_list_after_its_title():
    text = "县委副书记张志刚、县委常委买丽萍出席。张志刚主持会议，买丽萍讲话。"
    assert _names(text) == ["张志刚", "买丽萍"]


def test_the_words_mai_opens_are_no_one():
    assert _names("县长刘文辉为贫困户买来米面油。") == ["刘文辉"]
    assert _names("村民买卖土地须经审批，副县长张建国出席。") == ["张建国"]
    assert _names("镇长李志明在会上讲话，会后大家一起买单。") == ["李志明"]
