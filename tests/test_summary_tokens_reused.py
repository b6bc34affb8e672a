"""The officials', topics' and places' summaries are hashed again only when a changed
record names them: their tokens are kept between runs (page_keys.PageKeys.
reuse_summaries, from the record catalog's changes since its generation). After each
change (a record added, edited, removed; a run stopped between the catalog and the
keys) every page's key is the key a fresh build computes, and only the summaries the
change touched were hashed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

from page_files import PageFiles
from public_records.registry import Registry
from public_records.site import page_keys, summaries
from public_records.site.aggregate import (
    PersonSummary,
    TagSummary,
)
from public_records.site.catalog import RecordCatalog, read_catalog_state, write_catalog_state
from public_records.site.page_keys import PageKeys, PageWriter
from public_records.site.plugin import summarize_catalog

STAMP = [1_700_000_000_000_000_000]


def write_record(folder: Path, rid: str, date: str, people, topics=(), place="") -> None:
    """A content file as the import writes it (front matter as one line of JSON), with
    a new mtime each time (the import writes a file only when its bytes change)."""
    meta = {
        "id": rid,
        "title": f"会议{rid}",
        "date": {"resolved": date},
        "mentions": [
            {"person_id": pid, "name": name, "title": "区长", "roles": ["chair"]}
            for pid, name in people
        ],
        "topics": [{"id": t, "name": t, "evidence": [t]} for t in topics],
        "places": [{"id": place, "name": place}] if place else [],
    }
    path = folder / f"{rid}.md"
    path.write_text(f"---\n{json.dumps(meta, ensure_ascii=False)}\n---\n\n正文\n", "utf-8")
    STAMP[0] += 1_000_000_000
    os.utime(path, ns=(STAMP[0], STAMP[0]))


def build(content: Path, cache: Path, output: Path, save: bool = True) -> PageKeys:
    """What the Simplified run does with the summaries (plugin.ArchiveGenerator)."""
    catalog = RecordCatalog(content, cache / "catalog.json", "records/{slug}/")
    items = catalog.load()
    keys = PageKeys(cache / "keys.json", "env", output)
    archive, _ = summarize_catalog(items, catalog, keys, cache / "aggregate")
    generator = SimpleNamespace(
        output_path=str(output),
        settings={"RELATIVE_URLS": False, "SITENAME": "档案"},
        env=SimpleNamespace(filters={"ui": str}),
        context={},
        get_template=lambda name: name,
    )
    pages = PageWriter(generator, PageFiles(output), keys)
    summaries.write_officials(pages, archive, Registry(), hant=False)
    summaries.write_topics(pages, archive)
    summaries.write_places(pages, archive, Registry(), hant=False)
    if save:
        keys.save()
    return keys


def page_keys_of(keys: PageKeys) -> dict[str, str]:
    return {path: entry[0] for path, entry in keys.pages.items()}


def test_only_the_touched_summaries_are_hashed_and_keys_equal_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setattr(summaries, "TIMELINE_SHOWN", 1)  # appearances.json files too
    monkeypatch.setattr(summaries, "LIST_SHOWN", 1)
    hashed: list[str] = []
    token = page_keys._object_token

    def counted(value, tokens):
        if isinstance(value, (PersonSummary, TagSummary)):
            hashed.append(value.id)
        return token(value, tokens)

    monkeypatch.setattr(page_keys, "_object_token", counted)
    content, cache, output = tmp_path / "content", tmp_path / "cache", tmp_path / "out"
    content.mkdir()
    write_record(content, "r1", "2024-01-02", [("p1", "潘功发"), ("p2", "金玉")], ["t1"], "x")
    write_record(content, "r2", "2024-02-02", [("p2", "金玉")], ["t2"], "y")
    write_record(content, "r3", "2024-03-02", [("p3", "余祥")], ["t2"], "y")
    write_record(content, "r4", "2024-04-02", [("p1", "潘功发")], ["t1"], "x")

    def step(expected_hashed: set[str], save: bool = True) -> None:
        hashed.clear()
        keys = build(content, cache, output, save)
        assert set(hashed) == expected_hashed
        fresh = tmp_path / f"fresh{len(list(tmp_path.iterdir()))}"
        fresh_keys = build(content, fresh / "cache", fresh / "out")
        assert page_keys_of(keys) == page_keys_of(fresh_keys)

    everything = {"p1", "p2", "p3", "t1", "t2", "x", "y"}
    step(everything)  # the first build hashes every summary
    step(set())  # nothing changed: none
    write_record(content, "r5", "2024-05-02", [("p3", "余祥")], ["t2"])  # a new report
    step({"p3", "t2"})
    write_record(content, "r1", "2024-01-02", [("p1", "潘功发")], ["t1"], "x")  # p2 leaves
    step({"p1", "p2", "t1", "x"})
    (content / "r3.md").unlink()  # a removed report
    step({"p3", "t2", "y"})
    # A run stopped after the catalog was written, before the keys were: what it changed
    # is no longer a change for the catalog, so nothing saved before is trusted.
    write_record(content, "r4", "2024-04-02", [("p1", "潘功发"), ("p3", "余祥")], ["t1"], "x")
    step({"p1", "p3", "t1", "x"}, save=False)
    step({"p1", "p2", "p3", "t1", "t2", "x", "y"})
    step(set())


def test_a_damaged_catalog_entry_trusts_no_saved_token(tmp_path):
    # A damaged entry hides whom its record named before: no summary is known untouched.
    content, cache = tmp_path / "content", tmp_path / "cache"
    content.mkdir()
    write_record(content, "r1", "2024-01-02", [("p1", "甲乙")])
    write_record(content, "r2", "2024-01-03", [("p2", "丙丁")])
    build(content, cache, tmp_path / "out")
    files, generation, imported = read_catalog_state(cache / "catalog.json")
    files["r1.md"] = "damaged"
    write_catalog_state(cache / "catalog.json", files, generation, imported)
    catalog = RecordCatalog(content, cache / "catalog.json", "records/{slug}/")
    catalog.load()
    assert catalog.since is None
    keys = build(content, cache, tmp_path / "out")
    assert keys.reused == 0
