"""An official's page lists only the newest appearances (issue 12, item 3): however often
a person appears, the page stays bounded; the whole list is written once, one compact row
per appearance, to officials/<id>/appearances.json (loaded by the page's "show all"), and
the person's feed gives the newest FEED_ENTRIES records. The monthly chart is one path."""

from __future__ import annotations

import json
from pathlib import Path

from public_records.registry import load_registry
from public_records.site import summaries
from public_records.site.aggregate import RecordView, aggregate


class FakePages:
    """What write_officials asks of a PageWriter: pages and feeds are recorded, the
    if_changed step runs its writer (as on a first build)."""

    def __init__(self, output: Path):
        self.output = output
        self.pages: dict[str, dict] = {}
        self.feeds: dict[str, tuple[list, int | None]] = {}
        self.generator = type("G", (), {"env": type("E", (), {"filters": {}})()})()
        self.keys = type("K", (), {"key": staticmethod(lambda template, values: "k")})()

    def page(self, path, template, key_values=None, derived=None, **values):
        # Rendered, as on a first build: the values made only for a rendered page too.
        self.pages[path] = values | (derived() if derived is not None else {})

    def feed(self, items, path, title, limit=50, made_from=None):
        self.feeds[path] = (items() if made_from is not None else items, limit)

    def if_changed(self, path, key, render, signal=True):
        render()
        return True


def records(n: int) -> list[RecordView]:
    out = []
    for i in range(n):
        day = f"20{20 + i // 300:02d}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
        mention = {"person_id": "p1", "name": "潘功发", "title": "区委书记", "roles": ["chair"]}
        out.append(
            RecordView(f"r{i:04d}", f"records/r{i:04d}/", f"会议{i}", day, {"mentions": [mention]})
        )
    return out


def test_a_long_timeline_shows_the_newest_and_writes_every_appearance_once(tmp_path):
    n = summaries.TIMELINE_SHOWN * 3 + 7
    archive = aggregate(records(n))
    pages = FakePages(tmp_path)
    summaries.write_officials(pages, archive, load_registry(None), hant=False)
    values = pages.pages["officials/p1/index.html"]
    shown = [a for _, items in values["timeline"] for a in items]
    assert len(shown) == values["shown"] == summaries.TIMELINE_SHOWN
    newest = sorted(archive.people["p1"].appearances, key=lambda a: a.record.date, reverse=True)
    assert [a.record.id for a in shown] == [a.record.id for a in newest[: len(shown)]]
    assert values["all_json"] == "officials/p1/appearances.json"
    rows = json.loads((tmp_path / values["all_json"]).read_text(encoding="utf-8"))["rows"]
    assert len(rows) == n
    assert sorted(r[1] for r in rows) == sorted(f"records/r{i:04d}/" for i in range(n))
    assert rows[0] == [
        newest[0].record.date,
        newest[0].record.url,
        newest[0].record.title,
        "区委书记",
        "chair",
        "",
    ]
    _items, limit = pages.feeds["officials/p1/feed.atom.xml"]
    assert limit == summaries.FEED_ENTRIES
    chart = str(values["chart"])
    assert chart.count("<path") == 1 and "<rect" not in chart


def test_a_short_timeline_is_all_on_the_page_and_writes_no_json(tmp_path):
    archive = aggregate(records(5))
    pages = FakePages(tmp_path)
    summaries.write_officials(pages, archive, load_registry(None), hant=False)
    values = pages.pages["officials/p1/index.html"]
    assert sum(len(items) for _, items in values["timeline"]) == 5
    assert values["all_json"] == "" and not list(tmp_path.rglob("*.json"))
