"""A record's page lists what could not be repaired; it says so in the page's language:
the messages of the cleaning steps are Chinese, and a Traditional page gives them in
Traditional (the names the record mentions kept as they are)."""

import re

import pytest
from public_records.ingest.markdown import front_matter
from public_records.ingest.process import process
from public_records.model import Record
from public_records.registry import Registry

# English words of three letters or more (GBK and HTML are names of things).
_ENGLISH = re.compile(r"\b(?!GBK\b|HTML\b)[A-Za-z]{3,}\b")


def _record(text: str) -> Record:
    return process(Record("r1", "r1.txt", "", "utf-8", text), Registry())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "8月2日，区委书记甲??主持召开会议，会议取得成功。",
            "lost_character",
        ),
        ("8月2日，区委召开会议。<script>alert(1)</script>会议取得成功。", "markup_in_text"),
        (
            "縣府今日召開會議，「縣長」表示，民國113年縣政順利推動，縣府團隊全力以赴。",
            "traditional_original",
        ),
        ("8月2日，区委召开会议。" + "甲?" * 2001, "mojibake_skipped"),
    ],
)
def test_a_cleaning_finding_is_said_in_chinese(text, code):
    found = [f for f in _record(text).findings if f.code == code]
    assert found, [f.code for f in _record(text).findings]
    for f in found:
        assert re.search(r"[\u4e00-\u9fff]", f.message) and not _ENGLISH.search(f.message), (
            f.message
        )


def test_a_traditional_page_gives_the_message_in_traditional_and_keeps_names():
    record = _record("8月2日，区委书记余红松主持召开会议，副书记乙??出席会议，会议指出要抓好落实。")
    hans = front_matter(record, "hans")["findings"]
    hant = front_matter(record, "hant")["findings"]
    lost = next(f for f in hant if f["code"] == "lost_character")
    assert "無法恢復" in lost["message"] and "无法恢复" not in lost["message"]
    # the excerpt is quoted from the raw text: as it is there
    assert [f["excerpt"] for f in hant] == [f["excerpt"] for f in hans]
    undated = next(f for f in hant if f["code"] == "undated")
    assert "無法確定年份" in undated["message"]
