"""Officials (roles44b, issue 11): what a named person asked for, named as a thing with
要求的 (秉持总统X要求的「清廉」信念), is an attribute of the noun after it: X is named, not
speaking there. 要求 as the predicate stays speech. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.script import to_simplified_text


def roles(text: str, name: str) -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(to_simplified_text(text))}
    return found.get(name, set())


def test_what_the_president_asked_for_names_him():
    text = "乡长李志明表示，会努力。县长王建国期勉李志明秉持总统陈大明要求的信念。"
    assert roles(text, "陈大明") == {"mentioned"}
    assert roles(text, "王建国") == {"speaker"}


def test_what_was_asked_for_traditional():
    text = "鄉長李志明表示，會努力。縣長王建國期勉李志明秉持總統陳大明要求的「清廉、勤政」信念。"
    assert roles(text, "陈大明") == {"mentioned"}


def test_guard_asking_stays_speech():
    assert roles("县长王建国要求各单位抓好落实。", "王建国") == {"speaker"}


def test_guard_asking_after_a_comma_stays_speech():
    text = "县长王建国察看了工程进度，要求施工单位确保质量。"
    assert "speaker" in roles(text, "王建国")
