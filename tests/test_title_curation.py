"""A record's title confidence (issue 18, item 4): a title made from the lead sentence is
a guess, said so on its page and listed on the build report for curation; the page's own
headline is not; a sidecar `title:` always wins."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from public_records.ingest.process import process
from public_records.model import TITLE_EVIDENCE_TO_CURATE, Record
from public_records.script import ui_to_traditional
from public_records.site.report_pages import titles_to_curate

HEADLINE = "县政协召开九届二十次常委会议"
LEAD = "5月6日上午，县政协召开九届二十次常委会议，县政协主席王五主持会议并讲话。"


def _record(text: str, **sidecar) -> Record:
    return Record("t", "t.txt", "", "utf-8", text, sidecar=sidecar)


def test_a_page_headline_is_confident_a_lead_title_is_to_curate_a_sidecar_title_wins():
    from_headline = process(_record(HEADLINE + "\n" + LEAD))
    from_lead = process(_record(LEAD))
    given = process(_record(LEAD, title="县政协九届二十次常委会议召开"))
    assert (from_headline.title_hans, from_headline.title_evidence) == (
        HEADLINE,
        "page headline",
    )
    assert from_lead.title_evidence in TITLE_EVIDENCE_TO_CURATE
    assert (given.title_hans, given.title_evidence) == ("县政协九届二十次常委会议召开", "given")
    assert given.title_evidence not in TITLE_EVIDENCE_TO_CURATE
    assert from_headline.title_evidence not in TITLE_EVIDENCE_TO_CURATE


def test_the_build_report_lists_only_the_records_whose_title_is_made_from_the_lead():
    def item(slug: str, record: Record) -> SimpleNamespace:
        meta = {"record": {"title_evidence": record.title_evidence}}
        return SimpleNamespace(slug=slug, title=record.title_hans, metadata=meta)

    items = [
        item("c", process(_record(LEAD))),
        item("a", process(_record(HEADLINE + "\n" + LEAD))),
        item("b", process(_record(LEAD, title="县政协九届二十次常委会议召开"))),
    ]
    assert titles_to_curate(items) == [{"id": "c", "title": process(_record(LEAD)).title_hans}]


# The record page's note says where the title came from (issue 18): nothing for a title
# given in the sidecar, the page's own headline line for one found in the text, and for
# one made from the lead that no headline was found in the text (not that the original
# report had none: the copy may have lost it). Both scripts, from one build.
HEADLINE_NOTE = "标题取自原报道页面的标题行。"
LEAD_NOTE = "原文中未找到标题，此标题由导语概括而成。"
OLD_NOTE = "原报道未提供标题"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from sitebuild import build_site

    work = tmp_path_factory.mktemp("title-notes")
    seeds = work / "seeds"
    seeds.mkdir()
    (seeds / "headline.txt").write_text(HEADLINE + "\n" + LEAD, encoding="utf-8")
    (seeds / "lead.txt").write_text(LEAD, encoding="utf-8")
    (seeds / "given.txt").write_text(LEAD, encoding="utf-8")
    (seeds / "given.yml").write_text("title: 县政协九届二十次常委会议召开\n", encoding="utf-8")
    return build_site(seeds, work)


def _notes(site: Path, path: str) -> list[str]:
    html = (site / path).read_text(encoding="utf-8")
    start = html.index('class="record-header"')
    header = html[start : html.index("</header>", start)]
    return re.findall(r'<p class="note">([^<]*)</p>', header)


@pytest.mark.build
def test_the_record_page_says_where_its_title_came_from_in_both_scripts(built):
    assert _notes(built, "records/headline/index.html") == [HEADLINE_NOTE]
    assert _notes(built, "records/lead/index.html") == [LEAD_NOTE]
    assert _notes(built, "records/given/index.html") == []
    assert _notes(built, "zh-hant/records/headline/index.html") == [
        ui_to_traditional(HEADLINE_NOTE)
    ]
    assert _notes(built, "zh-hant/records/lead/index.html") == [ui_to_traditional(LEAD_NOTE)]
    assert _notes(built, "zh-hant/records/given/index.html") == []
    assert "報導" in ui_to_traditional(HEADLINE_NOTE)  # the Taiwanese interface word
    for path in ("records/headline/index.html", "records/lead/index.html"):
        assert OLD_NOTE not in (built / path).read_text(encoding="utf-8")
