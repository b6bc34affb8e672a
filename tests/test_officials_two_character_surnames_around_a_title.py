"""Names round 47 (stop 41, issue 11): minutes write a person as surname, title, given
name (林议员某某); a two-character surname (欧阳, 司马) stands before the title whole, so
the person is 欧阳某某, not the given name alone. The sentences are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def test_a_speaker_line_with_a_two_character_surname():
    names = _names("总质询\n欧阳议员成林：\n请县长上报告台。\n孔县长德明：\n议员好。")
    assert {"欧阳成林", "孔德明"} <= names
    assert not {"成林", "阳成林"} & names


def test_a_roster_with_a_two_character_surname_between_single_ones():
    names = _names("列席：孔课长德明、司马课长成林、韦课长明辉。")
    assert {"孔德明", "司马成林", "韦明辉"} <= names
    assert "成林" not in names


def test_guard_one_character_surnames_read_as_before():
    assert _names("列席：洪乡长成发、卢课长玉美。") == {"洪成发", "卢玉美"}
