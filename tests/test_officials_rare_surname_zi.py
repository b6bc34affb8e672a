"""Officials on real pages (issue 11, round dev22n): 字 is a surname of the Bai and Yi
peoples of Yunnan, read as one only where the other surnames that open common words are
(word_surnames): a three-character name right after a title that a mark, a role verb or
a follower word ends. Sentences and names written here."""

from tests.officials_checks import names as _names


def test_zi_after_a_title_before_a_verb():
    assert _names("州政府副州长字云山参加视察。") == ["字云山"]


def test_zi_in_a_list_after_a_title():
    assert _names("副县长字云山、王小林出席。") == ["字云山", "王小林"]


def test_words_opened_by_zi_are_no_names():
    assert _names("议员指出，许多背心印有「市政顾问」字样的标语。") == []
    assert _names("县长签字确认，副县长王小林在文件上签字。") == ["王小林"]
