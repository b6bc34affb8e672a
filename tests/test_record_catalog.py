"""The record catalog (catalog.py): the records a site is built from, read from the
content files without Pelican, with each file's light front matter cached by its size
and mtime, so that a warm build reads no content file."""

from __future__ import annotations

import json
import os

from public_records.site.catalog import PAGE_ONLY, RecordCatalog


def _content(record_id: str, date: str, title: str, body: str = "正文。") -> str:
    meta = {
        "id": record_id,
        "title": title,
        "date": {"resolved": date, "evidence": "in text"},
        "mentions": [],
        "raw_text": "原文" * 50,
        "edits": [{"rule": "punctuation", "before": ",", "after": "，"}],
    }
    return f"---\n{json.dumps(meta, ensure_ascii=False)}\n---\n\n{body}\n"


def _catalog(tmp_path) -> RecordCatalog:
    return RecordCatalog(tmp_path / "zh-hans", tmp_path / "cache" / "c.json", "records/{slug}/")


def _write(folder, name, text, mtime_ns=None):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def test_records_come_in_date_order_with_light_metadata_and_their_url(tmp_path):
    folder = tmp_path / "zh-hans"
    _write(folder, "b", _content("b", "2024-08-02", "八月"))
    _write(folder, "a", _content("a", "2024-09", "九月"))
    _write(folder, "u", _content("u", "", "未定"))
    _write(folder, "c", _content("c", "2024-08-02", "同日"))
    items = _catalog(tmp_path).load()
    assert [i.slug for i in items] == ["a", "b", "c", "u"]  # newest first, ties by id
    assert items[0].url == "records/a/" and items[0].title == "九月"
    assert items[3].date is None
    assert not set(PAGE_ONLY) & set(items[0].metadata["record"])  # no raw text kept
    meta, html = items[1].full_record()  # read again for the record's own page
    assert meta["raw_text"] == "原文" * 50 and html == "<p>正文。</p>\n"


def test_a_warm_load_reads_only_the_files_that_changed(tmp_path):
    folder = tmp_path / "zh-hans"
    _write(folder, "a", _content("a", "2024-09-01", "旧题"), mtime_ns=1_000_000_000)
    _write(folder, "b", _content("b", "2024-08-01", "乙"))
    first = _catalog(tmp_path)
    first.load()
    assert first.read == 2

    cache = tmp_path / "cache" / "c.json"
    written = cache.stat().st_mtime_ns
    warm = _catalog(tmp_path)
    assert [i.title for i in warm.load()] == ["旧题", "乙"]
    assert warm.read == 0  # both from the cache
    assert cache.stat().st_mtime_ns == written  # nothing new to keep

    _write(folder, "a", _content("a", "2024-09-01", "新题"), mtime_ns=2_000_000_000)
    (folder / "b.md").unlink()
    _write(folder, "c", _content("c", "2023-01-01", "丙"))
    changed = _catalog(tmp_path)
    items = changed.load()
    assert [(i.slug, i.title) for i in items] == [("a", "新题"), ("c", "丙")]
    assert changed.read == 2  # the changed file and the new one


def test_a_damaged_content_file_is_named_and_skipped(tmp_path):
    folder = tmp_path / "zh-hans"
    _write(folder, "good", _content("good", "2024-08-02", "好"))
    _write(folder, "bad", "---\n{not json\n---\n\n正文\n")
    _write(folder, "nodate", "---\n" + json.dumps({"id": "nodate", "title": "无"}) + "\n---\n")
    errors = []
    items = _catalog(tmp_path).load(on_error=lambda path, e: errors.append(os.path.basename(path)))
    assert [i.slug for i in items] == ["good"]
    assert sorted(errors) == ["bad.md", "nodate.md"]


def test_a_missing_folder_gives_no_records(tmp_path):
    assert _catalog(tmp_path).load() == []
