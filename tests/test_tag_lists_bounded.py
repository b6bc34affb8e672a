"""A topic's and a place's page list only the newest records (issue 12, item 3), as an
official's page does: however many records name them, the page stays bounded; the whole
list is written once, one compact row per record, to <family>/<id>/records.json (loaded
by the page's "show all": theme/static/js/appearances.js)."""

from __future__ import annotations

import json

from public_records.registry import load_registry
from public_records.site import summaries
from public_records.site.aggregate import RecordView, aggregate
from test_officials_timeline import FakePages


def tagged(n: int) -> list[RecordView]:
    """n records of one topic and one place, the last one undated."""
    out = []
    for i in range(n):
        day = "" if i == n - 1 else f"20{20 + i // 300:02d}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
        meta = {
            "topics": [{"id": "t1", "name": "招商引资"}],
            "places": [{"id": "daguan", "name": "大观区"}],
        }
        out.append(RecordView(f"r{i:04d}", f"records/r{i:04d}/", f"会议{i}", day, meta))
    return out


def test_a_long_topic_or_place_list_shows_the_newest_and_writes_every_record_once(tmp_path):
    n = summaries.LIST_SHOWN * 2 + 3
    archive = aggregate(tagged(n))
    pages = FakePages(tmp_path)
    summaries.write_topics(pages, archive)
    summaries.write_places(pages, archive, load_registry(None), hant=False)
    for family, tag in (("topics", archive.topics["t1"]), ("places", archive.places["daguan"])):
        values = pages.pages[f"{family}/{tag.id}/index.html"]
        shown = values["shown_records"]
        assert len(shown) == values["shown"] == summaries.LIST_SHOWN
        assert [r.id for r in shown] == [r.id for r in tag.records[: len(shown)]]
        assert shown[0].date == max(r.date for r in tag.records)  # the newest first
        assert values["all_json"] == f"{family}/{tag.id}/records.json"
        rows = json.loads((tmp_path / values["all_json"]).read_text(encoding="utf-8"))["rows"]
        assert len(rows) == n
        assert sorted(r[1] for r in rows) == sorted(f"records/r{i:04d}/" for i in range(n))
        assert rows[0][:3] == [shown[0].date, shown[0].url, shown[0].title]
        assert rows[-1][0] == "" and rows[-1][1] == f"records/r{n - 1:04d}/"  # undated last


def test_a_short_topic_list_is_all_on_the_page_and_writes_no_json(tmp_path):
    archive = aggregate(tagged(5))
    pages = FakePages(tmp_path)
    summaries.write_topics(pages, archive)
    values = pages.pages["topics/t1/index.html"]
    assert len(values["shown_records"]) == 5 and values["all_json"] == ""
    assert not list(tmp_path.rglob("*.json"))
