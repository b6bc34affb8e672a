"""Officials on real pages (issue 11, round names52): a four-character transliterated name
(Tibetan: 某某江村, 扎西某某) inside a titled list is read when the next item is a name
written with a middle dot (a Uyghur one), as it was when a Han name came next; the list
then goes on to the dotted name. Sentences and names written here."""

from tests.officials_checks import names as _names


def test_a_tibetan_name_before_a_dotted_name():
    got = _names("副委员长王一明、格桑达瓦、买买提江·吐尔逊出席会议。")
    assert got == ["王一明", "格桑达瓦", "买买提江·吐尔逊"]


def test_guards_a_word_before_a_dotted_name_stays_out():
    got = _names("副主席王一明、有关部门、阿不都·热合曼出席会议。")
    assert "有关部门" not in got
    # a Han name after the four characters, as before
    assert _names("旗领导李建华、额尔敦夫、程鹏刚出席。") == ["李建华", "额尔敦夫", "程鹏刚"]
