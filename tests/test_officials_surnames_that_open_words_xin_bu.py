"""Officials on real pages (issue 11, round names52): 信 and 布 are surnames that open
common words (信访, 信息, 布置, 布局), read as a surname only for a three-character name right
after a title that a mark or a role word ends (word_surnames, as 渠, 问, 后, 代, 字); their
words after a title stay no name (not_names). Sentences and names written here."""

from tests.officials_checks import names as _names


def test_xin_after_a_title_is_a_surname():
    assert _names("会议听取了法制委员会主任委员信立华作的关于条例草案的说明。") == ["信立华"]
    assert _names("副市长信国平、市财政局局长王一明出席。") == ["信国平", "王一明"]


def test_bu_after_a_title_is_a_surname():
    assert _names("副县长布建军、县水利局局长刘一平等陪同调研。") == ["布建军", "刘一平"]


def test_guards_their_words_after_a_title_are_no_name():
    assert _names("副县长布置了下一步工作。") == []
    assert _names("副县长布置工作，县长信访接待。") == []
    assert _names("县长信息化建设推进会召开，副县长布局，") == []
    assert _names("县长信心满满地说。") == []
    assert _names("常务副县长信用体系建设推进，") == []
