"""Names round 47 (stop 41, issue 11): a council committee's convener written before the
member's name and his title (工务委员会召集人某某议员): the convener's post ends what stands
before the name, as an organ does. 召集人 alone stays no title core. The sentences are
invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> set[str]:
    return {m.name for m in find_officials(text)}


def test_a_convener_before_a_councillors_name_and_title():
    names = _names("工务委员会召集人韦成刚议员，议员孔德明等人到场会勘。")
    assert {"韦成刚", "孔德明"} <= names


def test_guard_a_groups_convener_with_no_name_names_no_one():
    assert _names("各组召集人汇报讨论情况。") == set()


def test_guard_a_convener_named_after_his_post_is_read_as_before():
    # 召集人 is still no title core: a name after it alone is not read (as before)
    assert _names("会议由召集人孔德明主持。") == set()
