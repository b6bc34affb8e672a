"""Dev round 20 (stop 40): a pinyin note left after a mojibake run that held a full-width
space, normalised upstream to an ASCII space (issue 11: residue must be 0)."""

from public_records.clean.mojibake import repair_mojibake
from public_records.clean.pinyin import strip_pinyin
from public_records.evaluate.cleaning import pinyin_notes_left


def _cleaned(text: str) -> str:
    return strip_pinyin(repair_mojibake(text).text).text


def test_letter_after_a_normalised_full_width_space_ends_the_run():
    # 。　　區(qū) with the lead byte of 。 lost: ? [A3 A1]=！ [A1 A1]=　 … [5E]=^ (qū).
    text = "全面推進鄉村振興工作?! ^(qū)委常委出席"
    out = _cleaned(text)
    assert pinyin_notes_left(out) == 0
    assert "^" not in out and "〓委常委出席" in out


def test_the_lost_character_is_logged():
    result = repair_mojibake("會議強調要抓好落實?! ^(qū)政府有關部門參加")
    assert [e.before for e in result.edits] == ["^"]
    assert result.findings and result.findings[0].code == "mojibake_unrecovered"


def test_ordinary_spaces_and_notes_are_left_alone():
    # No `?` opens a run: a space before a letter and its note is text.
    assert repair_mojibake("型號 A(ā)款").edits == ()
    # A question before a space stays a question.
    assert repair_mojibake("是嗎? 我們去看看").edits == ()
    assert _cleaned("區(qū)長 出席") == "區長 出席"
