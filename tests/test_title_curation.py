"""A record's title confidence (issue 18, item 4): a title made from the lead sentence is
a guess, said so on its page and listed on the build report for curation; the page's own
headline is not; a sidecar `title:` always wins."""

from types import SimpleNamespace

from public_records.ingest.process import process
from public_records.model import TITLE_EVIDENCE_TO_CURATE, Record
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
