"""Officials on council and plenary pages (issue 11, third round, dev-b3 classes):
prefecture heads, council speakers' names ended by what follows them, organ characters
inside a name right after a title, and a meeting that is convened, not chaired."""

from public_records.extract.officials import find_officials


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {m.name: (m.title, m.roles) for m in find_officials(text)}


def test_prefecture_head_is_a_title():
    found = _found("州委书记马东林，州长何春平出席会议并讲话。")
    assert found["何春平"][0] == "州长"


def test_prefecture_head_core_after_a_city_name_is_no_title():
    assert _found("苏州长江沿岸的码头今天开工。") == {}


def test_council_speaker_name_ends_before_formally_and_gavel():
    found = _found("由议长罗明德正式宣布开议，副议长许国安出席。")
    assert found["罗明德"] == ("议长", ("chair",))
    found = _found("由议长曹文松敲下议事槌宣布开议。")
    assert found["曹文松"] == ("议长", ("chair",))


def test_organ_character_inside_a_name_right_after_a_title():
    found = _found("议长吴镇平致词时肯定县府团队。")
    assert found["吴镇平"] == ("议长", ("speaker",))
    # a surname and a title after a title stay no name
    assert _found("副书记王县长主持会议。") == {}


def test_congratulating_a_convened_meeting_is_no_chair():
    found = _found("市委书记林国栋对大会的胜利召开表示热烈祝贺。")
    assert found["林国栋"][1] == ("speaker",)
