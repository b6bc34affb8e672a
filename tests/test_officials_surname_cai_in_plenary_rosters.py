"""Officials on real pages (issue 11, round plen43, recall in plenary reports): 才 is a
surname (of the north-east, and of the Manchu and Mongol peoples) that opens the adverb's
words (才能, 才是, 才会); like 信 and 布 it is read as a surname only for a three-character
name right after a title that a mark ends (word_surnames), and its words after a title stay
no name (not_names). Sentences and names written here."""

from tests.officials_checks import names as _names


def test_cai_after_a_title_in_a_plenary_roster_is_a_surname():
    text = "县委书记王一明，县委副书记、县长才立华，县人大常委会副主任李二平等出席会议。"
    assert _names(text) == ["王一明", "才立华", "李二平"]


def test_cai_after_a_title_ended_by_a_mark():
    assert "才建军" in _names("市委副书记、市长才建军，市委常委周一平出席开幕会。")


def test_guards_the_adverb_after_a_title_is_no_name():
    assert _names("这件事县长才知道。") == []
    assert _names("县委书记才是第一责任人，") == []
    assert _names("会议开到一半，镇长才到，") == []
    assert _names("只有村支书记才能做好，") == []
    assert _names("副县长才可以，") == []
    assert _names("主任才放心。") == []


def test_guards_other_names_unchanged():
    assert _names("县长王才华出席会议，副县长李才主持。") == ["王才华", "李才"]
