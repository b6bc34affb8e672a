"""Officials on real pages (issue 11, round tw43names): an ordinal's 第 with its number
after it (第2次, 第十二届) is no given name's last character, so a council's minutes
(请刘秘书宣读第2次会议纪录) name no 宣读第 after the secretary's surname and title. Sentences
and names invented here."""

from tests.officials_checks import names as _names


def test_an_ordinal_after_a_verb_is_no_name():
    assert _names("主席宣布开会，并请王秘书宣读第3次会议纪录。") == []
    assert _names("请秘书宣读第十二届第七次大会议程。") == []


def test_guards_names_before_and_around_an_ordinal():
    assert _names("县长陈建第主持会议。") == ["陈建第"]
    assert _names("县长李文华今天第2次到乡视察。") == ["李文华"]
    assert _names("秘书长王明宣读第3号决议。") == ["王明"]
