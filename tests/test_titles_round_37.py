"""Titles round 37 (issue 18): invented sentences, each failing before its rule, with
guards that pass before and after."""

from public_records.extract.title import derive_title_with_evidence
from public_records.ingest.process import process
from public_records.model import Record

# Rule 1: a page's own headline of two parallel phrases with a space between
# (守护一江碧水 共建生态家园), the text's first line, that the furniture step cut as a
# banner (the lead repeats few of its words): the title step takes it as the page's
# headline when the text below repeats enough of it, as it does a chrome step's title.

_LEAD = (
    "3月2日，县委副书记甲乙带队到某河沿岸实地调研流域水质监测与河道整治工作。\n"
    "调研组察看了监测站点和整治现场。甲乙强调，要抓好流域生态修复，让河道成为群众的美丽家园。\n"
)


def test_two_phrase_banner_is_the_headline():
    got = derive_title_with_evidence(_LEAD, cut_banner="守护一江碧水 共建生态家园")
    assert got == ("守护一江碧水 共建生态家园", "page headline")


def test_two_phrase_banner_cut_by_furniture_is_the_headline_in_the_pipeline():
    raw = "守护一江碧水 共建生态家园\n\n" + _LEAD
    record = Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw)
    assert process(record).title_hans == "守护一江碧水 共建生态家园"


def test_slogan_the_text_does_not_repeat_is_no_headline():
    # guard: a site's slogan whose words the report does not repeat stays furniture
    title, evidence = derive_title_with_evidence(_LEAD, cut_banner="不忘初心 牢记使命")
    assert evidence == "lead sentence" and title.startswith("县委副书记甲乙带队")


def test_one_word_banner_is_no_headline():
    # guard: a column's name and its word (生态文明 专栏) are no headline's two phrases
    assert derive_title_with_evidence(_LEAD, cut_banner="生态文明 专栏")[1] == "lead sentence"


def test_headline_above_the_lead_still_wins():
    # guard: a headline the text keeps is the page's own; the banner is not read
    text = "县委副书记甲乙调研河道整治工作\n" + _LEAD
    got = derive_title_with_evidence(text, cut_banner="守护一江碧水 共建生态家园")
    assert got == ("县委副书记甲乙调研河道整治工作", "page headline")


def test_slogan_cut_by_furniture_stays_out_of_the_title_in_the_pipeline():
    # guard, before and after: a slogan the report does not repeat is no headline
    raw = "不忘初心 牢记使命\n\n" + _LEAD
    record = Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw)
    assert process(record).title_hans.startswith("县委副书记甲乙带队")
