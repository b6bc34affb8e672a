"""Officials (review43 finding 16): a kinsman's word before a name written before its
title (在叔叔A议员的鼓励下) governs the name and is no organ (names55). Guards: no kin word
ends with a character an organ ends with (会, 局, 委 …: org_endings), so no organ the
organ rule reads is cut by it, and an organ before a name-first title keeps it (invented
sentences)."""

from __future__ import annotations

from public_records.extract.officials import vocab

from tests.officials_checks import titles as _titles


def test_no_kin_word_ends_as_an_organ_does():
    v = vocab()
    assert not [k for k in v.kin_before_name if k[-1] in v.org_endings]


def test_guard_an_organ_before_a_name_first_title_stays():
    assert _titles("县妇联王芳主席出席会议。") == {"王芳": "县妇联主席"}


def test_a_kin_word_before_a_name_first_title_is_no_organ():
    assert _titles("在叔叔王建国议员的鼓励下，他报名参军。") == {"王建国": "议员"}
