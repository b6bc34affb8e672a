"""Officials: the roles of a roster whose verb comes before it (issue 11, fifth
development batch): 参加座谈会还有A、B are present.

Each sentence is written here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_the_verb_before_a_roster_opened_by_haiyou():
    got = roles("参加座谈会还有县人大常委会副主任王一明、李建华和部分常委会委员等。")
    assert got == {"王一明": ("attendee",), "李建华": ("attendee",)}


def test_a_verb_describing_the_people_visited_is_theirs():
    got = roles("县政协领导王一明、李建华前往驻地看望参加县政协会议的委员。")
    assert got == {"王一明": ("leader",), "李建华": ("leader",)}
    # a visit the person joins is theirs: 参加慰问
    assert roles("副县长周小红参加慰问。") == {"周小红": ("attendee",)}


def test_an_escort_frame_that_names_others_after_the_person():
    got = roles("乡代表王一明、李建华，并在乡长周小红和建设部门人员陪同下，前往工地考察。")
    assert got == {
        "王一明": ("leader",),
        "李建华": ("leader",),
        "周小红": ("accompanying",),
    }
