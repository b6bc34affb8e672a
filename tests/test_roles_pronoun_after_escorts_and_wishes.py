"""Officials (roles45, issue 11): a visit's leader's words in a later sentence. A pronoun
after the escorts named behind the visit (X到…调研，副县长Y陪同。他强调…) is still the visit's
leader's, not the escorts'; a spoken wish right after a pronoun (他希望大家…) is speech as
right after the name, and one adverb may stand between (X也希望…, 他同时希望…). Invented
sentences, Traditional ones converted as a page is."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_pronoun_after_one_escort_is_the_leaders():
    text = "县委书记王建国到各乡镇调研，副县长李明德陪同。他强调，要抓好产业发展。"
    assert roles(text) == {"leader", "speaker"}
    assert roles(text, "李明德") == {"accompanying"}


def test_pronoun_after_escorts_in_their_own_sentence():
    text = "县委书记王建国到各乡镇调研。副县长李明德、张志华陪同。他指出，要压实责任。"
    assert roles(text) == {"leader", "speaker"}
    assert roles(text, "李明德") == {"accompanying"}


def test_pronoun_after_escorts_traditional():
    text = "縣長王建國前往災區勘災，副縣長李明德陪同。他表示，將盡速復原。"
    assert roles(text) == {"leader", "speaker"}
    assert roles(text, "李明德") == {"accompanying"}


def test_a_wish_right_after_the_pronoun_is_speech():
    assert roles("县委书记王建国到各乡镇调研。他希望大家再接再厉。") == {"leader", "speaker"}


def test_a_wish_after_an_adverb_is_speech():
    assert roles("县长王建国到敬老院慰问。他也希望大家保重身体。") == {"leader", "speaker"}
    assert roles("县长王建国到敬老院慰问。王建国同时希望大家保重身体。") == {
        "leader",
        "speaker",
    }
    assert roles("縣長王建國前往災區勘災。他也期許同仁再接再厲。") == {"leader", "speaker"}


# Guards: what must not change.


def test_an_escort_who_is_the_only_subject_keeps_the_pronoun():
    text = "副县长李明德陪同市领导调研。他强调，要抓好服务保障。"
    assert roles(text, "李明德") == {"accompanying", "speaker"}


def test_a_wish_in_a_later_clause_is_not_read():
    text = "县委书记王建国到各乡镇调研。他与群众亲切交谈，希望大家再接再厉。"
    assert roles(text) == {"leader"}


def test_a_wish_as_a_noun_is_no_speech():
    assert roles("县长王建国到敬老院慰问。他对大家的希望很简单。") == {"leader"}
