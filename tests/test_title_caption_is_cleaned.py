"""A photo caption standing in for a lost lead (title round 17) is cleaned as the text is
before it becomes the title: the title is Simplified, without pinyin notes, whatever the
caption was as received (promise 3: Simplified is canonical). Sentences invented."""

from public_records.ingest.process import process
from public_records.model import Record

LOST_LEAD = "甲某、乙某參加。\n{caption}\n丙丁一行来到工程现场，详细了解项目建设进展情况。"


def title_of(raw: str) -> str:
    return process(Record("x", "x.txt", "0", "utf-8", raw)).title_hans


def test_a_traditional_caption_with_pinyin_notes_gives_a_simplified_title():
    raw = LOST_LEAD.format(caption="▲市政協(xié)副主席丙丁一行考察某工程。記者戊某攝")
    assert title_of(raw) == "市政协副主席丙丁一行考察某工程"


def test_a_name_in_the_caption_keeps_its_characters():
    # 沈 is a surname here, not 沉 (a phrase table would make 沈默 沉默)
    raw = LOST_LEAD.format(caption="▲市長吳沈默一行考察某工程。記者戊某攝")
    assert "吴沈默" in title_of(raw)
