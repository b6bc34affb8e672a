"""An official's appearances.json (and a topic's or place's records.json) is keyed by
what its rows are made of: an unchanged official's rows are not made again (the `text`
filter, OpenCC in the Traditional run, is not called for its titles), and a changed
appearance writes the file again with the rows a fresh build writes."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from page_files import PageFiles
from public_records.registry import Registry
from public_records.site import summaries
from public_records.site.aggregate import RecordView, aggregate
from public_records.site.catalog import RecordItem
from public_records.site.page_keys import PageKeys, PageWriter


class CountingEnv:
    """The run's Jinja environment as summaries uses it: a `text` filter, counted."""

    def __init__(self):
        self.filters = {"text": str, "ui": str}
        self.calls = 0

    def call_filter(self, name, value):
        self.calls += 1
        return value


def records(title_of_first: str = "区长") -> list[RecordView]:
    views = []
    for n in range(6):
        title = title_of_first if n == 0 else "区长"
        mention = {"person_id": "p1", "name": "潘功发", "title": title, "roles": ["chair"]}
        meta = {"mentions": [mention], "topics": [{"id": "t1", "name": "招商", "evidence": []}]}
        date, rid = f"2024-0{n + 1}-02", f"r{n}"
        light = {"id": rid, "title": f"会议{n}", "date": {"resolved": date}}
        # A changed record has a new content file: a new (size, mtime) stamp.
        stamp = (100 + n, 2 if title != "区长" else 1)
        item = RecordItem(light, f"{rid}.md", stamp, f"records/{rid}/")
        views.append(RecordView(rid, f"records/{rid}/", f"会议{n}", date, meta, item))
    return views


def build(output: Path, cache: Path, views: list[RecordView]) -> tuple[PageKeys, CountingEnv]:
    env = CountingEnv()
    generator = SimpleNamespace(
        output_path=str(output),
        settings={"RELATIVE_URLS": False, "SITENAME": "档案"},
        env=env,
        context={},
        get_template=lambda name: name,
    )
    keys = PageKeys(cache, "env", output)
    pages = PageWriter(generator, PageFiles(output), keys)
    archive = aggregate(views)
    summaries.write_officials(pages, archive, Registry(), hant=False)
    summaries.write_topics(pages, archive)
    keys.save()
    return keys, env


def test_unchanged_rows_are_not_made_again_and_changed_ones_are(tmp_path, monkeypatch):
    monkeypatch.setattr(summaries, "TIMELINE_SHOWN", 2)  # p1's 6 appearances: a file
    monkeypatch.setattr(summaries, "LIST_SHOWN", 2)
    output, cache = tmp_path / "out", tmp_path / "keys.json"
    rows_json = output / "officials" / "p1" / "appearances.json"
    topic_json = output / "topics" / "t1" / "records.json"

    _, env = build(output, cache, records())
    assert env.calls >= 6  # one title per appearance, through the filter
    first = rows_json.read_bytes()

    keys, env = build(output, cache, records())
    assert env.calls == 0  # nothing changed: no row made
    assert keys.written == 0
    assert rows_json.read_bytes() == first

    keys, env = build(output, cache, records("副区长"))  # one appearance's title changes
    assert env.calls >= 6
    rows = json.loads(rows_json.read_text(encoding="utf-8"))["rows"]
    fresh = tmp_path / "fresh"
    build(fresh, tmp_path / "fresh-keys.json", records("副区长"))
    assert rows_json.read_bytes() == (fresh / "officials" / "p1" / "appearances.json").read_bytes()
    assert [r[3] for r in rows].count("副区长") == 1
    assert topic_json.read_bytes() == (fresh / "topics" / "t1" / "records.json").read_bytes()
