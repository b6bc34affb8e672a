"""Names round 47 (stop 41, issue 11): Taiwan's engineering grades (正工程司, 副工程司, 帮
工程司) and the specialist's post (专门委员) are titles before a name and around one. The
sentences are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


def test_an_engineering_grade_before_a_name_is_its_title():
    names = _names("邀请工务局副局长孔德明、新建工程科正工程司韦成刚到场会勘。")
    assert names.get("韦成刚") == "新建工程科正工程司"
    assert "孔德明" in names


def test_a_specialist_written_around_his_title_in_minutes():
    names = _names("主席：好，请说明。\n韦专门委员成刚：那要等到下次会期。")
    assert "韦成刚" in names
    assert "成刚" not in names


def test_guard_a_special_committee_keeps_its_members_title():
    names = _names("全国人大教科文卫专门委员会主任委员孔德明出席。")
    assert names == {"孔德明": "全国人大教科文卫专门委员会主任委员"}


def test_guard_a_grade_with_no_name_names_no_one():
    assert _names("请正工程司到场说明，专门委员列席。") == {}
