"""Dev round 20 (stop 40): a pinyin note left after a mojibake run that held a full-width
space, normalised upstream to an ASCII space (issue 11: residue must be 0); a four-character
name as the first item of a titled 、-list cut to its first two characters."""

from public_records.clean.mojibake import repair_mojibake
from public_records.clean.pinyin import strip_pinyin
from public_records.evaluate.cleaning import pinyin_notes_left
from public_records.extract.officials import find_officials


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


# ---- a four-character name as the first item of a titled 、-list, its third character one
# that ends a name elsewhere (副县长阿某向某、乙某某: 向 "toward" after a name of two)


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.title) for m in find_officials(text)]


def test_four_character_first_item_is_not_cut_to_its_first_two():
    text = "县委书记李某某，县政府副县长阿伟向东、周某某陪同调研。"
    assert _names(text) == [
        ("李某某", "县委书记"),
        ("阿伟向东", "县政府副县长"),
        ("周某某", "县政府副县长"),
    ]


def test_four_character_first_item_in_another_list():
    text = "副州长吉克向前、刘某某出席会议并讲话。"
    assert ("吉克向前", "副州长") in _names(text)
    assert ("吉克", "副州长") not in _names(text)


def test_a_name_and_its_verb_before_the_list_mark_stay_apart():
    assert _names("县长王某主持、李某某出席。")[0] == ("王某", "县长")
    assert _names("副县长王某某、李某、张某某陪同。") == [
        ("王某某", "副县长"),
        ("李某", "副县长"),
        ("张某某", "副县长"),
    ]
