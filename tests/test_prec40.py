"""Precision round 40: words read as a name where the text names no one. The sentences
are invented."""

from public_records.extract.officials import find_officials


def _names(text: str) -> dict[str, str]:
    return {m.name: m.title for m in find_officials(text)}


# Rule 1: a government's or a party committee's office written short (区府办, 区委办: 府办
# and 委办, organ_abbreviations) before a title is the organ, not a surname (区) opening a
# name; the holder is named after the next title of the chain.
def test_an_office_written_short_opens_no_name():
    names = _names("副县长刘伟、区府办副主任、区府督查室主任陈强赴镇调研。")
    assert "区府办" not in names
    assert names["陈强"].endswith("区府督查室主任")
    assert "区委办" not in _names("区长王芳、区委办副主任、区信访局局长李平参加会议。")
    assert "区府办" not in _names("区府办主任主持会议。")


def test_a_name_opened_by_the_level_surname_stays():
    assert _names("区府明主任主持会议。") == {"区府明": "主任"}


# Rule 2: a title whose organ a group word opens (各局处长, 各乡镇长: group_openers) is the
# posts of a group, whose holders are named only as a list; a lone word after its core is
# the sentence's (长官 the officials, 官 a surname too), but a body the group forms (各里里
# 长联谊会) has one head.
def test_a_group_of_posts_names_no_lone_holder():
    assert _names("希望各局处长官能与村长一同解决问题。") == {}
    assert _names("会议请各乡镇长官员列席。") == {}


def test_the_head_of_a_body_the_group_forms_stays():
    # a 联谊会's head is left out since stop 42 (round assoc42): a joint meeting's here
    assert _names("各乡镇长联席会主席蔡明华致词。") == {"蔡明华": "各乡镇长联席会主席"}
    assert _names("县财政局局长官志强出席。") == {"官志强": "县财政局局长"}
