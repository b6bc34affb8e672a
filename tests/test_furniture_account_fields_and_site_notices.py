"""Furniture round furn44 (issue 18, stop 42): a content platform's account fields under a
headline, and a site's notices about what others post on it. Lines and names invented.

Rule 1: the copy's kind with its author (媒体:原创 作者:某某) and the platform's account
label (专业号:某某), each alone on its line, are cut.
Rule 2: a site's word on what others post on it (本站部分信息由…自行提供,…) and its
disclaimer's item on copies whose owners it could not reach (鉴于本网发布稿件来源广泛…) are
cut."""

import pytest
from public_records.clean.furniture import line_kind
from public_records.ingest.process import process
from public_records.model import Record

_HEAD = "甲县副县长乙丙丁调研东山湿地公园"
_LEAD = "7月4日，甲县副县长乙丙丁到东山湿地公园调研保护工作，园区负责人陪同。"
_BODY = "乙丙丁要求，各部门要落实巡护责任，做好湿地修复和监测工作。"


def _processed(raw: str):
    return process(Record(id="t", source_path="t.txt", sha256="0", encoding="utf-8", raw_text=raw))


# Rule 1


@pytest.mark.parametrize(
    "line",
    [
        "媒体:原创  作者:甲县东山湿地公园",
        "媒体:转载 作者:东山湿地",
        "媒体:原创",
        "专业号:甲县东山湿地公园",
    ],
)
def test_a_platforms_account_fields_are_furniture(line):
    assert line_kind(line) == "credit fields"


def test_the_account_fields_under_a_headline_are_cut_from_the_page():
    fields = "媒体:原创  作者:甲县东山湿地公园\n专业号:甲县东山湿地公园\n2018/7/4 9:07:33"
    raw = f"{_HEAD}\n\n{fields}\n\n{_LEAD}\n\n{_BODY}\n"
    out = _processed(raw)
    assert "媒体" not in out.text_hans and "专业号" not in out.text_hans
    assert _LEAD in out.text_hans and _BODY in out.text_hans


# Rule 2


@pytest.mark.parametrize(
    "line",
    [
        "本站部分信息由相应民事主体自行提供,该信息内容的真实性由提供者负责",
        "本网所有信息均由会员自行发布",
        "③鉴于本网发布稿件来源广泛、数量较多,如著作权人发现本网转载了其作品,请与本网联系。",
        "鉴于本站转载的文章来源广泛,无法一一联系作者",
    ],
)
def test_a_sites_notice_on_what_others_post_is_furniture(line):
    assert line_kind(line) == "site notice"


def test_the_notice_under_a_report_is_cut_from_the_page():
    notice = "本站部分信息由相应主体自行提供,该信息内容的真实性、准确性由提供者负责"
    out = _processed(f"{_LEAD}\n{_BODY}\n{notice}\n")
    assert "自行提供" not in out.text_hans
    assert _LEAD in out.text_hans and _BODY in out.text_hans


# Guards: report sentences with these words stay.


@pytest.mark.parametrize(
    "line",
    [
        "媒体记者:甲乙丙",  # a credit role, cut by its own rule or kept, not these
        "各类媒体:新华社、人民日报等20余家媒体参加发布会。",
        "会议由本站站长乙丙丁主持,站内信息由各科室提供。",
        "鉴于本县防汛形势严峻,县政府决定启动应急响应。",
        "本网讯 甲县召开专业号建设推进会",
    ],
)
def test_guard_report_sentences_are_not_these_kinds(line):
    assert line_kind(line) not in ("credit fields", "site notice")


def test_guard_a_report_saying_a_platform_account_keeps_its_sentence():
    line = "会议指出,要办好政务专业号:甲县发布,及时发布权威信息。"
    out = _processed(f"{_LEAD}\n{line}\n{_BODY}\n")
    assert "办好政务专业号" in out.text_hans
