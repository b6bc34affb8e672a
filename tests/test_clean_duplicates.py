"""N13 duplicated paragraphs or whole bodies: keep the first occurrence."""

from __future__ import annotations

from public_records.clean.duplicates import drop_duplicates

from tests.cleaning_checks import assert_logged

P1 = "8月2日下午,大观区召开区委常委会扩大会议。"
P2 = "区委书记潘功发主持会议并讲话。"


def test_whole_body_pasted_twice():
    raw = P1 + "\n" + P2 + "\n" + P1 + "\n" + P2
    result = drop_duplicates(raw)
    assert result.text == P1 + "\n" + P2 + "\n"
    assert len(result.edits) == 2
    assert_logged(raw, result)


def test_copy_in_the_other_script_counts_as_a_repeat():
    raw = P2 + "\n區(qū)委書記潘功發(fā)主持會議並講話。"
    assert drop_duplicates(raw).text == P2 + "\n"


def test_body_doubled_on_one_line():
    raw = P1 + P2 + P1 + P2
    result = drop_duplicates(raw)
    assert result.text == P1 + P2
    assert result.edits[0].before == P1 + P2


def test_short_lines_and_reduplication_stay():
    raw = "会议强调:\n要常常看看。\n会议强调:\n要天天练,人人讲。\n一、\n一、"
    result = drop_duplicates(raw)
    assert result.text == raw and result.edits == ()
