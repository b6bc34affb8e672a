"""Officials: roles round 22 (issue 11, stop 42). Who listens and takes notes (X边听边记，
…) is at the meeting, as who hears a report (听取 opening the predicate, roles round 21):
an attendee unless another role of his says what he did, and his predicate goes on in the
clauses after it (…，并要求…: his speech). 边听边记 also ends a name, as 边走边 does.

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, set[str]]:
    return {m.name: set(m.roles) for m in extract_officials(text)}


def test_a_chair_who_listens_then_asks_chairs_and_speaks():
    got = roles(
        "市长郑海波主持召开座谈会。郑海波边听边记，不时与大家交流讨论，并要求相关部门认真吸纳。"
    )
    assert got["郑海波"] == {"chair", "speaker"}


def test_who_listens_and_takes_notes_is_there():
    got = roles("座谈会上，县长郑海波边听边记，并不时插话。")
    assert got["郑海波"] == {"attendee"}


def test_listening_later_in_the_predicate_is_no_presence_of_its_own():
    # Guard: only at the predicate's start (a visit's 来到…，边听边记 stays the visit's).
    got = roles("副县长郑海波来到村委会调研，边听边记。")
    assert got["郑海波"] == {"leader"}
