"""Names round 47 (stop 41, issue 11): council minutes name a department's head around
his title right after the department (工务处张处长某某：): an office's last character (处,
局, 署, 课, 室, 府 …) may stand before the surname of a name written around its title, as
a place's level character does. The sentences are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def test_a_speaker_line_of_a_department_head_keeps_his_surname():
    text = "总质询\n孔议员德明：\n请处长说明。\n建设处韦处长成刚：\n今年就会做。"
    names = _names(text)
    assert "韦成刚" in names
    assert "成刚" not in names


def test_a_roster_of_department_heads_written_around_their_titles():
    text = "列席：民政局孔科长德明、县府韦秘书成刚。"
    names = _names(text)
    assert {"孔德明", "韦成刚"} <= names
    assert not {"德明", "成刚"} & names


def test_guard_a_surname_and_title_alone_after_an_office_name_no_one():
    assert _names("建设处韦处长说明，会上各课室主管列席。") == set()


def test_guard_a_verb_after_the_title_is_no_given_name():
    assert _names("教育局向局长汇报工作。") == set()
