"""Officials (review43 finding 4): one fact, one reading. A host's welcome of a visiting
party's arrival is said, whether written 对考察团一行的到来表示热烈欢迎 or 热烈欢迎考察团
一行的到来: speech, as roles26 and hosts43 read the first. (The other reading, presence for
both, lowered held-out-b23's roles 0.912 -> 0.900; tests/real/README.md.) A party welcomed
itself (热烈欢迎考察团一行) is still received: presence. Invented sentences."""

from __future__ import annotations

from public_records.extract.identify import extract_officials
from public_records.extract.officials import vocab


def roles(text: str) -> set[str]:
    return {m.name: set(m.roles) for m in extract_officials(text)}["王建国"]


def test_both_forms_of_a_welcomed_arrival_agree():
    said = roles("县长王建国对考察团一行的到来表示热烈欢迎。")
    welcomed = roles("县长王建国热烈欢迎考察团一行的到来。")
    assert said == welcomed == {"speaker"}


def test_guard_a_party_welcomed_is_received():
    assert roles("县长王建国热烈欢迎考察团一行。") == {"attendee"}


def test_the_family_is_derived_from_its_smallest_lists():
    v = vocab()
    assert set(v.welcoming_verbs) <= set(v.hosting_words) <= set(v.receiving_verbs)
    assert set(v.welcoming_verbs) <= set(v.name_followers)
    assert {w for w in v.receiving_verbs if w != "欢迎"} <= set(v.prefix_stop_words)
    assert "欢迎" not in v.prefix_stop_words
    assert {w for w in v.arrival_nouns if w != "到来"} <= set(v.welcomed_parties)
