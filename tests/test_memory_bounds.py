"""What a build holds per record is bounded (issue 12: the largest process at most
1 GB at 100,000 records; docs/scaling.md, memory): the shared outputs hold neither
records.jsonl's bytes nor its parsed records, the search index's full build is made
from light documents with each worker making the whole ones of its range, the record
catalog's light front matter shares its repeated strings, and a record page's HTML is
not kept for a record no feed shows. What they write is what they wrote before."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

from public_records.registry import Registry
from public_records.search.index import write_index
from public_records.site import shared
from public_records.site.catalog import RecordCatalog
from test_build_incremental import download_record
from test_shared_outputs_parse_changed_lines import build, tree

# An invented text, long enough that holding it per record shows.
LONG = "区长主持召开全区重点项目推进会议，研究部署下一阶段工作。" * 120


def long_record(i: int) -> dict:
    record = download_record(f"r{i:03d}", f"p{i % 7}")
    record["text_hans"] = record["text_hant"] = f"{i}{LONG}"
    record["date"] = {"resolved": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "evidence": "text"}
    return record


def held_bytes(make):
    """What `make()` returns and the memory it still holds, measured by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        value = make()
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return value, held


def test_record_lines_hold_no_text(tmp_path, monkeypatch):
    monkeypatch.setattr(shared, "PARSED_KEPT", 4)  # the records of a few changed lines
    records = [long_record(i) for i in range(300)]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    size = path.stat().st_size  # about 8 MB
    lines, held = held_bytes(lambda: shared.RecordLines(path, Registry(), {}))
    assert held < size / 8, (held, size)
    # What is not held is read again, the same.
    assert [lines.record(i) for i in range(len(lines))] == records
    lines.close()


def test_downloads_and_search_from_lines_read_again_equal_a_clean_build(tmp_path, monkeypatch):
    """With no parsed record kept (each read again from the file when its row or search
    document is made), a cold build and a build after a change equal clean builds."""
    records = [long_record(i) for i in range(40)]
    clean = build(records, tmp_path / "clean")
    monkeypatch.setattr(shared, "PARSED_KEPT", 0)
    output = build(records, tmp_path / "site")
    assert tree(output / "data") == tree(clean / "data")
    assert _files(output / "search" / "idx") == _files(clean / "search" / "idx")
    records.insert(5, long_record(99))
    records[9]["title_hans"] = "会议（更正）"
    output = build(records, tmp_path / "site")
    monkeypatch.setattr(shared, "PARSED_KEPT", 256)
    assert tree(output / "data") == tree(build(records, tmp_path / "clean-2") / "data")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_search_index_from_light_documents_equals_one_from_whole_ones(tmp_path):
    records = [long_record(i) for i in range(60)]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    lines = shared.RecordLines(path, Registry(), {})
    light = lines.search_docs()
    whole = [lines.search_doc(d) for d in light]
    hashes = dict(zip((d.id for d in light), lines.digests, strict=True))
    spill = tmp_path / "spill"
    write_index(whole, tmp_path / "whole", workers=2, spill_dir=spill, hashes=hashes)
    write_index(
        light,
        tmp_path / "light",
        workers=2,
        spill_dir=spill,
        hashes=hashes,
        full=lambda docs: (lines.search_doc(d) for d in docs),
    )
    assert _files(tmp_path / "light") == _files(tmp_path / "whole")


def test_the_catalog_shares_repeated_strings(tmp_path):
    """Read from the content files or from its cache, each light front matter's names,
    titles, roles and keys are one object for all records."""
    folder = tmp_path / "records"
    folder.mkdir()
    for i in range(20):
        meta = {
            "id": f"r{i}",
            "title": f"会议{i}",
            "date": {"resolved": "2024-08-02", "evidence": "text"},
            "mentions": [{"person_id": "p1", "name": "金玉", "title": "区长", "roles": ["chair"]}],
            "edits": [["rule", "a", "b"]],
        }
        text = "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n正文\n"
        (folder / f"r{i}.md").write_text(text, encoding="utf-8")
    cache = tmp_path / "catalog.json"
    for _ in range(2):  # from the files, then from the cache
        items = RecordCatalog(folder, cache, "records/{slug}/").load()
        mentions = [i.metadata["record"]["mentions"][0] for i in items]
        assert len({id(m["name"]) for m in mentions}) == 1
        assert len({id(m["roles"][0]) for m in mentions}) == 1
        assert len({id(k) for m in mentions for k in m if k == "person_id"}) == 1
        assert all("edits" not in i.metadata["record"] for i in items)
