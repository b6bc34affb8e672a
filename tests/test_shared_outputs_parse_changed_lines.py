"""The shared outputs (site/shared.py: data downloads, search index) parse only the
lines of records.jsonl that changed since the last build: the facts of the others
(datasets.RecordFacts) are kept by line digest, and the rows of the records.jsonl
download are taken from the file in place. What they write is what a build from
nothing writes."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from public_records.registry import Registry
from public_records.site import datasets, shared
from test_build_clean_equals_incremental import search_answers
from test_build_incremental import download_record


def tree(folder: Path) -> dict[str, bytes]:
    """The downloads of the last build into folder/.. (the files it lists: the
    Simplified run removes the others), but the archive database (tests/test_archive_db.py)."""
    listed = json.loads((folder.parent.parent / "cache" / "k.shared-files.json").read_text())
    return {
        name: (folder.parent / name).read_bytes()
        for name in sorted(listed)
        if name.startswith("data/") and name != "data/archive.db"
    }


def build(records: list[dict], root: Path, parsed: list | None = None, site_root: str = "") -> Path:
    """The shared outputs of `records` in root/output (cache in root/cache); the record
    lines shared.py parses are appended to `parsed`."""
    path = root / "content" / "records" / "records.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    (root / "cache").mkdir(exist_ok=True)
    real = json.loads

    def loads(value, *args, **kwargs):
        caller = sys._getframe(1).f_globals.get("__name__")
        text = value.decode() if isinstance(value, bytes) else value
        if parsed is not None and caller == shared.__name__ and '"title_hans"' in text:
            parsed.append(real(value)["id"])
        return real(value, *args, **kwargs)

    shared.json.loads = loads
    try:
        files = shared.write_shared_outputs(
            path,
            root / "output",
            Registry(),
            key_file=root / "cache" / "k.shared-key",
            spill_dir=root / "cache",
            site_root=site_root,
        )
    finally:
        shared.json.loads = real
    (root / "cache" / "k.shared-files.json").write_text(json.dumps(files))
    return root / "output"


def test_a_new_record_is_the_only_line_parsed(tmp_path):
    records = [download_record(f"r{i}", f"p{i % 2}") for i in range(5)]
    build(records, tmp_path / "site")
    records.insert(2, download_record("r1b", "p1"))  # sorts among the others
    records[4]["title_hans"] = "r3 会议（更正）"  # and a changed one
    parsed: list[str] = []
    output = build(records, tmp_path / "site", parsed)
    assert sorted(parsed) == ["r1b", "r3"]
    clean = build(records, tmp_path / "clean")
    assert tree(output / "data") == tree(clean / "data")
    assert search_answers(output) == search_answers(clean)


def test_removed_records_leave_their_officials_files_made_again(tmp_path):
    records = [download_record(f"r{i}", f"p{i}") for i in range(4)]
    build(records, tmp_path / "site")
    stamps = {
        p.name: p.stat().st_mtime_ns for p in (tmp_path / "site/output/data/officials").iterdir()
    }
    del records[1]  # p1 names no record any more
    records[0]["mentions"][0]["person_id"] = "p2"  # p0 neither; p2 twice
    parsed: list[str] = []
    output = build(records, tmp_path / "site", parsed)
    assert parsed == ["r0"]
    assert tree(output / "data") == tree(build(records, tmp_path / "clean-2") / "data")
    kept = {p.name: p.stat().st_mtime_ns for p in (output / "data/officials").iterdir()}
    assert kept["p3.json"] == stamps["p3.json"] and kept["p2.json"] != stamps["p2.json"]


def test_a_download_edited_by_hand_or_lost_facts_make_everything_again(tmp_path):
    records = [download_record(f"r{i}", f"p{i}") for i in range(3)]
    output = build(records, tmp_path / "site")
    # The published download (gzip) and the plain bytes the next build takes rows from.
    download = output / "data" / "records.jsonl.gz"
    plain = tmp_path / "site" / "cache" / "data-plain" / "records.jsonl"
    lines = plain.read_text().splitlines(keepends=True)
    edited = lines[0].replace("r0 会议", "r0 改了") + "".join(lines[1:])
    plain.write_text(edited)
    download.write_bytes(gzip.compress(edited.encode()))
    records.append(download_record("r3", "p0"))
    build(records, tmp_path / "site")
    clean = build(records, tmp_path / "clean")
    assert tree(output / "data") == tree(clean / "data")

    shared.facts_path(tmp_path / "site" / "cache" / "k.shared-key").write_text("[damaged")
    records.append(download_record("r4", "p1"))
    parsed: list[str] = []
    build(records, tmp_path / "site", parsed)
    assert sorted(parsed) == [f"r{i}" for i in range(5)]
    assert tree(output / "data") == tree(build(records, tmp_path / "clean-2") / "data")


def test_facts_damaged_into_their_shape_make_everything_again(tmp_path):
    """Facts edited since the build that wrote them, still JSON of the file's shape (a
    mention one field short), are not trusted: the build parses every line again, as
    with facts that do not read back, and does not stop where the mention is unpacked."""
    records = [download_record(f"r{i}", f"p{i}") for i in range(3)]
    output = build(records, tmp_path / "site")
    path = shared.facts_path(tmp_path / "site" / "cache" / "k.shared-key")
    head, first, *rest = path.read_text().splitlines()
    entry = json.loads(first)
    entry[1][6][0] = entry[1][6][0][:4]
    path.write_text("\n".join([head, json.dumps(entry, ensure_ascii=False), *rest]) + "\n")
    records.append(download_record("r3", "p1"))
    parsed: list[str] = []
    build(records, tmp_path / "site", parsed)
    assert sorted(parsed) == [f"r{i}" for i in range(4)]
    assert tree(output / "data") == tree(build(records, tmp_path / "clean") / "data")


def test_officials_json_makes_again_only_the_officials_a_changed_record_names(
    tmp_path, monkeypatch
):
    """officials.json is put together from pieces (a person's item and memberships):
    after a new and a changed record, only the pieces of the officials they name (before
    and after) are made; the file is what a clean build writes. A new site address (the
    links) or pieces damaged since make every piece again."""
    made: list[str] = []
    person = datasets._person
    monkeypatch.setattr(datasets, "_person", lambda pid, *a: made.append(pid) or person(pid, *a))
    records = [download_record(f"r{i}", f"p{i % 4}") for i in range(8)]
    records[5]["mentions"].append(dict(records[6]["mentions"][0], title="副区长"))
    build(records, tmp_path / "site")
    assert sorted(made) == ["p0", "p1", "p2", "p3"]
    records.insert(3, download_record("r2b", "p5"))  # a new official, sorted among the others
    records[7]["mentions"][0]["person_id"] = "p0"  # r6: p2 -> p0
    made.clear()
    output = build(records, tmp_path / "site")
    assert sorted(made) == ["p0", "p2", "p5"]
    assert tree(output / "data") == tree(build(records, tmp_path / "clean") / "data")

    made.clear()
    root = "https://h.example/archive/"
    output = build(records, tmp_path / "site", site_root=root)
    assert sorted(made) == ["p0", "p1", "p2", "p3", "p5"]
    assert tree(output / "data") == tree(
        build(records, tmp_path / "clean-2", site_root=root) / "data"
    )

    pieces = shared.pieces_path(tmp_path / "site" / "cache" / "k.shared-key")
    pieces.write_text(pieces.read_text().replace("p1", "p4"))  # still of their shape
    records.append(download_record("r9", "p3"))
    made.clear()
    output = build(records, tmp_path / "site", site_root=root)
    assert sorted(made) == ["p0", "p1", "p2", "p3", "p5"]
    assert tree(output / "data") == tree(
        build(records, tmp_path / "clean-3", site_root=root) / "data"
    )


def test_appearances_csv_takes_the_rows_of_unchanged_records_from_the_file(tmp_path, monkeypatch):
    """appearances.csv is made of each record's rows: after a new and a changed record,
    the rows of the others are taken from the file the last build wrote (by their line
    digest and sizes); a file edited since makes every record's rows again."""
    kept: list[int] = []
    real = datasets.appearances_csv

    def spy(facts, digests=None, old=None):
        kept.append(sum(digest in (old or {}) for digest in digests or ()))
        return real(facts, digests, old)

    monkeypatch.setattr(datasets, "appearances_csv", spy)
    records = [download_record(f"r{i}", f"p{i % 3}") for i in range(6)]
    build(records, tmp_path / "site")
    records.insert(2, download_record("r1b", "p1"))
    records[4]["mentions"][0]["title"] = "副区长"  # r3 changed
    kept.clear()
    output = build(records, tmp_path / "site")
    assert kept == [5]  # of 7 records: r1b and r3 made
    assert tree(output / "data") == tree(build(records, tmp_path / "clean") / "data")

    csv = tmp_path / "site" / "cache" / "data-plain" / "appearances.csv"  # rows read from it
    csv.write_bytes(csv.read_bytes().replace("副区长".encode(), "付区长".encode()))
    records.append(download_record("r9", "p2"))
    kept.clear()
    build(records, tmp_path / "site")
    assert kept == [0]
    assert tree(output / "data") == tree(build(records, tmp_path / "clean-2") / "data")
