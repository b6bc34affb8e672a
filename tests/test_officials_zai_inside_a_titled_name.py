"""Officials on real pages (issue 11, round names48): 在 as the first character of a
given name right after a title (县长宋在军来到…), read as 和 was (县长夏和军出席), where a
mark, a role verb or a follower word of two characters or more ends the name. Sentences
and names written here."""

from tests.officials_checks import names as _names
from tests.officials_checks import titles as _titles


def test_zai_opens_a_given_name_after_a_title():
    assert _names("4日，县长孙在明来到社区检查安全工作。") == ["孙在明"]
    assert _names("县长孙在明主持会议。") == ["孙在明"]
    assert _titles("副县长罗在华先后来到三个村。") == {"罗在华": "副县长"}


def test_he_inside_a_given_name_ends_at_a_follower_word_too():
    assert _names("县委书记王和林来到社区看望群众。") == ["王和林"]


def test_zai_after_a_name_still_ends_it():
    # a two-character name, then 在 the preposition
    assert _names("副县长张伟在会上讲话。") == ["张伟"]
    assert _names("县长李明华在会上强调，要抓好落实。") == ["李明华"]


def test_no_name_of_a_lone_surname_and_zai():
    # a surname alone after a title, then 在 and a place: no name is made of them
    assert _names("县长李在现场查看。") == []
    assert _names("局长赵在座谈会上强调。") == []
    assert _names("镇长刘在村里走访。") == []
