"""Issue 18, round 10: a page's headline printed again as the first line of the clean text
showed twice on the record's page (its heading, then the text's first line). The line is
moved out of the text by a logged edit (rule "title"), never dropped silently; the raw
text keeps it."""

from public_records.ingest.process import process, title_line_moved
from public_records.model import Record

LEAD = "5月6日，某县政协召开九届常委会议，县政协主席甲乙主持会议并讲话。\n会议审议了有关报告。\n"


def _record(text: str) -> Record:
    return Record(
        id="t-once",
        source_path="seeds/t-once.txt",
        sha256="0" * 64,
        encoding="utf-8",
        raw_text=text,
    )


def test_a_headline_opening_the_text_is_moved_out_with_a_logged_edit():
    raw = "某县政协召开常委会议\n" + LEAD
    record = process(_record(raw))
    assert record.title_hans == "某县政协召开常委会议"
    assert not record.text_hans.startswith("某县政协召开常委会议")
    assert record.text_hans.startswith("5月6日")
    moved = [e for e in record.edits if e.rule == "title"]
    assert [e.before.strip() for e in moved] == ["某县政协召开常委会议"]
    assert record.raw_text == raw


def test_a_headline_broken_over_lines_stays():
    # each line is only a piece of the title: left as it is (issue 18, round 10, left open)
    text = "某县政协\n召开常委会议\n" + LEAD
    assert title_line_moved(text, "某县政协 召开常委会议") == (text, ())


def test_a_first_line_that_is_not_the_title_stays():
    text = "政务要闻\n" + LEAD
    assert title_line_moved(text, "某县政协召开常委会议") == (text, ())


def test_a_lead_that_is_the_title_stays():
    text = "县长甲乙主持会议。\n会议强调要抓落实。\n"
    assert title_line_moved(text, "县长甲乙主持会议") == (text, ())


def test_a_text_of_the_title_alone_is_not_emptied():
    assert title_line_moved("某县政协召开常委会议\n", "某县政协召开常委会议")[1] == ()


def test_the_scorer_counts_a_line_moved_out_for_the_title_as_kept_by_phrase():
    # the raw line in Traditional; the title as the import converts it (瞭解 -> 了解)
    from public_records.evaluate.real import article_lines_removed

    assert (
        article_lines_removed(
            ["某署代表團考察瞭解街市運作"], "会议强调", "某署代表团考察了解街市运作"
        )
        == []
    )
    assert article_lines_removed(["某署代表團考察瞭解街市運作"], "会议强调", "") != []
