"""Officials: a roster after a colon of presence, cut by semicolons (round dev24x, stop 43,
issue 11).

参加开幕式的领导有：A同志；B同志；C同志: every part of the roster is what the colon says
(there), not only the first one. A part naming no official (a manager) does not end the
roster; the last part may close with the unnamed others (及…其他领导同志).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_every_part_of_a_semicolon_roster_after_a_presence_colon_is_there():
    got = roles("出席会议的领导有：省农业厅副厅长邬春林；市商务局局长聂文涛；县委副书记包明远。")
    assert got == {
        "邬春林": ("attendee",),
        "聂文涛": ("attendee",),
        "包明远": ("attendee",),
    }


def test_the_roster_honorific_tongzhi_does_not_end_the_roster():
    got = roles(
        "参加开幕式的领导有：省农业厅副厅长邬春林同志；市商务局局长聂文涛同志；"
        "县委副书记包明远同志。县长田立山主持了开幕式。"
    )
    assert got["聂文涛"] == ("attendee",)
    assert got["包明远"] == ("attendee",)
    assert got["田立山"] == ("chair",)


def test_a_part_naming_no_official_keeps_the_roster_going():
    # a market's manager is no official; the county leader after him is still listed
    got = roles(
        "参加开幕式的领导有：省农业厅副厅长邬春林同志；某农产品批发市场总经理顾某某同志；"
        "县委副书记包明远同志。"
    )
    assert got["包明远"] == ("attendee",)


def test_the_last_part_may_close_with_the_unnamed_others():
    got = roles(
        "出席仪式的领导有：市商务局局长聂文涛同志；县政协副主席包明远同志及市农业局其他领导同志。"
    )
    assert got["包明远"] == ("attendee",)


# Guards: what must not change.


def test_a_semicolon_part_with_a_verb_of_its_own_keeps_its_verb():
    got = roles("出席会议的领导有：副厅长邬春林；局长聂文涛作了讲话。")
    assert got["聂文涛"] == ("speaker",)


def test_a_roster_after_a_speech_colon_gives_no_presence():
    got = roles("会议强调：省农业厅副厅长邬春林；市商务局局长聂文涛讲话。")
    assert "attendee" not in got["聂文涛"]


def test_a_roster_with_commas_is_unchanged():
    got = roles("出席会议的领导有：省农业厅副厅长邬春林、市商务局局长聂文涛、县委副书记包明远。")
    assert set(got.values()) == {("attendee",)}


def test_a_new_sentence_after_the_roster_is_not_part_of_it():
    got = roles("出席会议的领导有：副厅长邬春林；局长聂文涛。县委副书记包明远。")
    assert got["聂文涛"] == ("attendee",)
    assert "attendee" not in got["包明远"]


def test_a_part_naming_no_one_with_a_verb_ends_the_roster():
    got = roles("出席会议的领导有：副厅长邬春林；随后参观了展馆；县委副书记包明远。")
    assert "attendee" not in got["包明远"]
