"""Officials on real pages (issue 11, round dev22n): a name misread from another the
report writes: a preposition glued to it (主任于王某某讲话后 read as the married name
于王某某) or the copy's end cutting it (…主席洪某, the whole 洪某某 written before).
Sentences and names written here."""

from tests.officials_checks import names as _names


def test_a_preposition_glued_to_a_named_official():
    # 于 is a surname too: without `_misread_names`'s preposition branch 于王小鹏 is a
    # second name (向 after a title is read by preposition_surnames before it gets there)
    text = "部长王小鹏出席。主任于王小鹏讲话后作了总结。"
    assert _names(text) == ["王小鹏"]


def test_a_name_cut_by_the_copys_end():
    text = "乡长洪成利、主席洪若兰出席。会后，乡长洪成利、主席洪若"
    assert _names(text) == ["洪成利", "洪若兰"]


def test_a_married_name_of_no_other_name_stays():
    # 于 is a governing preposition and a surname: with no 陈美玲 written by itself, 于陈美玲
    # stays a married name. (向 after a title is never one since names51: preposition_surnames.)
    assert _names("县议员于陈美玲出席。") == ["于陈美玲"]


def test_a_short_name_at_the_end_stays_when_no_longer_one_is_written():
    assert _names("乡长洪成利、主席洪若出席。会后，主席洪若") == ["洪成利", "洪若"]
