"""Officials: roles, ninth round (issue 11, roles round 9: who hands over an office's
seal or baton at a handover, or takes the seal, is there).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


def test_who_hands_over_the_seal_is_there():
    # 代理乡长A将印信交给新任乡长B: A hands the seal over at the handover, so is there
    got = roles("随后，代理镇长邬春林将印信交给新任镇长聂文涛，完成交接。")
    assert got["邬春林"] == ("attendee",)
    # 交予 (Taiwan's reports), the one taking office not named
    got = roles("代理乡长邬春林将印信交予新任乡长，完成交接。")
    assert got["邬春林"] == ("attendee",)


def test_who_passes_the_baton_is_there():
    # 卸任县长A正式交棒给B: the outgoing head at the handover ceremony
    got = roles("卸任县长邬春林今天正式交棒给聂文涛。")
    assert got["邬春林"] == ("attendee",)


def test_who_takes_the_seal_is_there():
    # 新任乡长B接过印信: the one taking office is there (and speaks after it)
    got = roles("新任镇长聂文涛随后接过印信，并致词。")
    assert got == {"聂文涛": ("speaker", "attendee")}


def test_a_handover_overseen_is_read_as_before():
    # 在主计长A监交下: who oversees the handover is there (the existing reading): a guard
    # that passes before and after
    got = roles("在主计长邬春林监交下，新任县长宣誓就职。")
    assert got == {"邬春林": ("attendee",)}


def test_handing_over_a_report_is_no_handover():
    # 交给 alone (a report handed to a bureau) is no seal handed over: nothing read
    got = roles("副县长邬春林将材料交给有关部门办理。")
    assert got == {"邬春林": ("mentioned",)}
