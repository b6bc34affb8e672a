"""Script conversion: Simplified canonical, Traditional derived, names protected."""

import pytest
from public_records.clean.script import to_simplified
from public_records.data import pairs
from public_records.script import Protected, converter, name_to_traditional, to_traditional


def test_traditional_and_leftovers_become_simplified():
    result = to_simplified("區領導主持會議并講話，緊抓快干")
    assert result.text == "区领导主持会议并讲话，紧抓快干"
    # Each changed run is logged, and the log reproduces the change.
    rebuilt = list("區領導主持會議并講話，緊抓快干")
    for e in reversed(result.edits):
        rebuilt[e.start : e.end] = e.after
    assert "".join(rebuilt) == result.text


def test_simplified_text_is_unchanged():
    text = "区委书记潘功发主持会议并讲话。区领导余祥、余红松等出席。"
    result = to_simplified(text)
    assert result.text == text
    assert result.edits == ()


@pytest.mark.parametrize(
    ("name", "hant"),
    [("余祥", "余祥"), ("余红松", "余紅松"), ("于洋", "于洋"), ("姜云", "姜云"), ("范杰", "范杰")],
)
def test_names_keep_their_characters(name, hant):
    assert name_to_traditional(name) == hant
    assert to_traditional(f"区领导{name}出席", Protected.build([name])) == f"區領導{hant}出席"


def test_unprotected_text_converts_normally():
    # Without protection OpenCC writes 余 as 餘: the reason protection exists.
    assert converter("s2tw").convert("余祥") == "餘祥"
    assert to_traditional("其余工作并讲话") == "其餘工作並講話"


def test_phrase_corrections_are_needed_and_applied():
    # Every correction in data/hant_phrases.tsv must fix a real OpenCC mistake.
    for simplified, traditional in pairs("hant_phrases.tsv"):
        assert converter("s2tw").convert(simplified) != traditional, simplified
        assert to_traditional(simplified) == traditional


def test_protected_phrase_inside_longer_text_uses_longest_match():
    p = Protected.build(["余红", "余红松"])
    assert to_traditional("余红松讲话", p) == "余紅松講話"
