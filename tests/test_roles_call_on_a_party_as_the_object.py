"""Officials (review45b, issue 11): roles45b reads a call on a visiting party (看望了考察团
一行) as the hosts' reception of it, no visit of their own. The party must be the one called
on: a party's word inside what describes other people (看望了在考察团驻地值守的环卫工人,
慰问了参加交流团接待工作的志愿者) leaves the call a visit made. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str, name: str = "王建国") -> set[str]:
    found = {m.name: set(m.roles) for m in extract_officials(text)}
    return found.get(name, set())


def test_a_party_word_inside_the_object_s_description_is_no_party_called_on():
    assert roles("县委书记王建国看望了在考察团驻地值守的环卫工人。") == {"leader"}
    assert roles("县委书记王建国慰问了参加交流团接待工作的志愿者。") == {"leader"}


def test_guard_the_party_called_on_is_received():
    assert roles("区委书记王建国专程看望了考察团一行。") == {"attendee"}
    assert roles("区委书记王建国看望了远道而来的某市考察团，并座谈交流。") >= {"attendee"}
    assert "leader" not in roles("区委书记王建国看望慰问了某市参访团全体成员。")
