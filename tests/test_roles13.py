"""Officials: roles round 13 (issue 11, stop 37: presence not read).

Each sentence is invented here in the shape of a class seen on real pages (never copied
from them); the expected roles are worked out by hand.
"""

from __future__ import annotations

from public_records.extract.identify import extract_officials


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in extract_officials(text)}


# Rule 1: a list item's title head that its title was not read with (a party label, a
# 的-attribute, a place cut short) does not cut the list from its verb.


def test_a_party_label_before_a_place_cut_short_does_not_cut_the_list():
    # 、无党籍南投|县议会议长X: the title is read from 县 on; its head stays a list item's
    got = roles(
        "联谊餐会昨晚在花莲举行，包括花莲县议会议长邬春林、"
        "无党籍南投县议会议长聂文涛等人都到场出席。"
    )
    assert got["邬春林"] == ("attendee",)
    assert got["聂文涛"] == ("attendee",)


def test_an_attribute_before_a_listed_title_does_not_cut_the_list():
    got = roles("台东县议会议长卞永庆、身兼联谊会理事长的基隆市议会议长邬春林等人出席座谈。")
    assert got["卞永庆"] == ("attendee",)


def test_a_predicate_before_a_list_mark_stays_its_own():
    # 讲话、…: no list item opens with the mark, so the later verb is not his (guard)
    got = roles("县长卞永庆发表讲话、副县长邬春林出席座谈。")
    assert got["卞永庆"] == ("speaker",)
