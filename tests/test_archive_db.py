"""data/archive.db, the archive's SQLite store as a download (opened as it is in sqlite3
or Datasette): its row
counts match the pages and the other downloads, it opens in Datasette (served by the
test on 127.0.0.1 and queried over HTTP) with input markup escaped, an update writes
only what changed (statements and rows counted, not timed), and an updated store
publishes the same rows as a clean one (the published copy is patched with the records
that changed, not written again: its bytes may differ, never its rows)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from downloads import read_download
from public_records.registry import Registry, load_registry
from public_records.site.store import (
    ArchiveStore,
    database_rows,
    store_paths,
    update_archive_db,
)
from public_records.synth.corpus import DEFAULT_RATES, generate
from sitebuild import ROOT, SEED, build_site

pytestmark = pytest.mark.build

MARKUP = "<script>alert('db')</script>"
HOSTILE = (
    "2024年9月5日下午，大观区召开区委常委会会议，传达学习全市经济工作会议精神，"
    "研究部署下半年重点工作。" + MARKUP + "区委书记潘功发主持会议并讲话，"
    "要求全区上下狠抓招商引资和项目建设。<img src=x onerror=alert(3)>会议还研究了其他事项。"
)


def synth_seeds(seeds: Path, indexes: range) -> None:
    """The seed, a report with markup in its text and synthetic reports (their
    truth files left out: they are no reports)."""
    seeds.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copytree(ROOT / "seeds" / "registry", seeds / "registry", dirs_exist_ok=True)
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    for index in indexes:
        item = generate(16, index, DEFAULT_RATES)
        (seeds / f"{item.id}.txt").write_bytes(item.raw)
        if item.sidecar is not None:
            (seeds / f"{item.id}.yml").write_text(item.sidecar, encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("archive-db")
    synth_seeds(work / "seeds", range(12))
    return build_site(work / "seeds", work)


def unpack(download: Path, folder: Path) -> Path:
    """A copy of the download, as a reader saves it (it opens as it is: no unpacking)."""
    db = folder / "archive.db"
    db.write_bytes(download.read_bytes())
    return db


@pytest.fixture(scope="module")
def archive_db(site, tmp_path_factory) -> Path:
    return unpack(site / "data" / "archive.db", tmp_path_factory.mktemp("unpacked"))


def count(db: sqlite3.Connection, sql: str, *args) -> int:
    return db.execute(sql, args).fetchone()[0]


def page_folders(site: Path, family: str) -> set[str]:
    """The ids that have a page of a family (officials/<id>/index.html, ...)."""
    return {p.parent.name for p in (site / family).glob("*/index.html")}


def test_archive_db_row_counts_match_the_pages_and_downloads(site, archive_db):
    assert not (site / "data" / "archive.db.gz").exists()  # one download, opened as it is
    db = sqlite3.connect(archive_db)
    data = site / "data"
    lines = read_download(data, "records.jsonl").splitlines()
    assert len(lines) > 5
    assert count(db, "SELECT count(*) FROM records") == len(lines)
    assert {r[0] for r in db.execute("SELECT id FROM records")} == page_folders(site, "records")
    for family in ("officials", "topics", "places"):
        ids = {r[0] for r in db.execute(f"SELECT id FROM {family}")}
        assert ids and ids == page_folders(site, family), family
    csv_rows = list(
        csv.DictReader(io.StringIO(read_download(data, "appearances.csv", "utf-8-sig")))
    )
    db.row_factory = sqlite3.Row
    view_rows = [
        {k: ("" if row[k] is None else row[k]) for k in csv_rows[0]}
        for row in db.execute("SELECT * FROM appearances ORDER BY record_id, rowid")
    ]
    key = lambda r: (r["record_id"], r["person_id"], r["title"], r["roles"])  # noqa: E731
    assert sorted(view_rows, key=key) == sorted(csv_rows, key=key)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    summary = {
        r["id"]: r["records"] for r in db.execute("SELECT id, records FROM official_summary")
    }
    per_person = {
        p.stem: len({row["record_id"] for row in csv.DictReader(p.open(encoding="utf-8-sig"))})
        for p in (data / "officials").glob("*.csv")
    }
    assert summary == per_person


def test_archive_db_has_the_edit_log_but_no_raw_text(site, archive_db):
    db = sqlite3.connect(archive_db)
    seed = SEED.stem
    front = (site.parent / "content" / "records" / "zh-hans" / f"{seed}.md").read_text("utf-8")
    edits = json.loads(front.split("\n", 2)[1])["edits"]
    assert count(db, f"SELECT count(*) FROM edit_log WHERE record_id = '{seed}'") == len(edits) > 0
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "raw_texts" not in tables and "signatures" not in tables
    columns = {
        c[0] for t in tables for c in db.execute("SELECT name FROM pragma_table_info(?)", (t,))
    }
    assert "raw_text" not in columns and "signature" not in columns
    raw = SEED.read_text(encoding="utf-8")
    assert count(db, "SELECT count(*) FROM records WHERE text_hans = ?", raw) == 0


def test_archive_db_gives_the_edit_log_whole_and_each_change_once(site, archive_db):
    """The edit log keeps every change with its place (the audit trail), each distinct
    change (rule, before, after, note) stored once; the view edit_log reads as the
    content file's log. The Traditional text, derived, is not in the download."""
    db = sqlite3.connect(archive_db)
    seed = SEED.stem
    front = (site.parent / "content" / "records" / "zh-hans" / f"{seed}.md").read_text("utf-8")
    edits = json.loads(front.split("\n", 2)[1])["edits"]
    logged = db.execute(
        'SELECT rule, start, "end", before, after, note FROM edit_log '
        "WHERE record_id = ? ORDER BY position",
        (seed,),
    ).fetchall()
    fields = ("rule", "start", "end", "before", "after", "note")
    assert logged == [tuple(e.get(k, "") for k in fields) for e in edits]
    assert count(db, "SELECT count(*) FROM changes") == count(
        db, "SELECT count(*) FROM (SELECT DISTINCT rule, before, after, note FROM changes)"
    )
    assert count(db, "SELECT count(*) FROM changes") < count(db, "SELECT count(*) FROM edits")
    record_columns = {c[0] for c in db.execute("SELECT name FROM pragma_table_info('records')")}
    assert "text_hant" not in record_columns and "title_hant" in record_columns


def test_archive_db_edits_name_records_and_changes_by_small_numbers(archive_db):
    """The edit log's rows (most of the download's) name their record and change by
    numbers from 1 (a record's id text and a 64-bit hash made each row about three times
    as long); `record_numbers` gives a record's number, `edit_log` the readable rows."""
    db = sqlite3.connect(archive_db)
    records = count(db, "SELECT count(*) FROM records")
    assert count(db, "SELECT max(number) FROM record_numbers") == records
    assert count(db, "SELECT count(DISTINCT record_id) FROM record_numbers") == records
    assert count(db, "SELECT max(id) FROM changes") == count(db, "SELECT count(*) FROM changes")
    assert count(db, "SELECT max(record_number) FROM edits") <= records
    assert count(db, "SELECT count(*) FROM edit_log") == count(db, "SELECT count(*) FROM edits")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    columns = [c[0] for c in db.execute("SELECT * FROM edit_log LIMIT 0").description]
    assert columns == ["record_id", "position", "rule", "start", "end", "before", "after", "note"]


def test_archive_db_mentions_give_each_sentence_from_the_text(site, archive_db):
    """A mention's sentence is a piece of its record's text: `mention_rows` keeps where it
    is, not the sentence again, and the view `mentions` gives every mention with its
    sentence as the import's records.jsonl has it. The file is written compacted, `records` (a whole
    text a row) as a rowid table: no free pages, no half-empty overflow chains."""
    db = sqlite3.connect(archive_db)
    kinds = dict(db.execute("SELECT name, type FROM sqlite_master"))
    assert kinds["mention_rows"] == "table" and kinds["mentions"] == "view"
    assert count(db, "SELECT count(*) FROM mention_rows WHERE evidence IS NOT NULL") == 0
    expected = {
        (r["id"], i): (m["person_id"], m["start"], m["end"], m["evidence"])
        for r in record_lines(site)  # the import's records, which the store is made from
        for i, m in enumerate(r["mentions"])
    }
    rows = db.execute(
        'SELECT record_id, position, official_id, start, "end", evidence FROM mentions'
    )
    assert {(r[0], r[1]): r[2:] for r in rows} == expected and len(expected) > 10
    columns = [c[0] for c in db.execute("SELECT * FROM mentions LIMIT 0").description]
    assert columns == [
        "record_id", "position", "official_id", "name", "title", "roles", "start", "end",
        "evidence",
    ]  # fmt: skip
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'records'").fetchone()[0]
    assert "WITHOUT ROWID" not in sql
    assert count(db, "PRAGMA freelist_count") == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # a server on 127.0.0.1
        return response.read()


@pytest.fixture(scope="module")
def datasette(archive_db):
    port = free_port()
    db = archive_db
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            "-i",
            str(db),
            "-h",
            "127.0.0.1",
            "-p",
            f"{port}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                get(base + "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stdout.read().decode(errors="replace")) from None
                time.sleep(0.1)
        else:
            raise RuntimeError("datasette did not answer in 30 s")
        yield base + "/archive"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_datasette_serves_the_views(site, datasette):
    rows = json.loads(get(datasette + "/appearances.json?_shape=array&_size=max"))
    text = read_download(site / "data", "appearances.csv", "utf-8-sig")
    csv_rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(csv_rows) > 10
    seed_names = [r["name"] for r in rows if r["record_id"] == SEED.stem]
    assert "潘功发" in seed_names and "余祥" in seed_names
    summary = json.loads(
        get(datasette + "/official_summary.json?_shape=array&id=pan-gongfa-daguan")
    )
    with (site / "data" / "officials" / "pan-gongfa-daguan.csv").open(encoding="utf-8-sig") as f:
        pan_records = {row["record_id"] for row in csv.DictReader(f)}
    assert summary[0]["name"] == "潘功发" and summary[0]["records"] == len(pan_records)
    logged = json.loads(get(datasette + f"/edit_log.json?_shape=array&record_id={SEED.stem}"))
    assert logged and {"record_id", "rule", "before", "after"} <= set(logged[0])


def test_datasette_pages_escape_input_markup(archive_db, datasette):
    db = sqlite3.connect(archive_db)
    assert count(db, "SELECT count(*) FROM records WHERE instr(text_hans, ?)", MARKUP) == 1
    html = get(datasette + "/records?id=hostile").decode("utf-8")
    assert "alert(&#39;db&#39;)" in html or "alert(&#x27;db&#x27;)" in html
    assert MARKUP not in html and "<img src=x" not in html


# ------------------------------------------------------------------ the update


def record_lines(site: Path) -> list[dict]:
    path = site.parent / "content" / "records" / "records.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_records(path: Path, records: list[dict]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def copies(records: list[dict], times: int) -> list[dict]:
    """`times` copies of each record under new ids (an archive `times` as large)."""
    out = []
    for k in range(times):
        for r in records:
            out.append({**r, "id": f"{r['id']}-{k}"})
    return sorted(out, key=lambda r: r["id"])


def original_id(rid: str) -> str:
    """The record a copy (`copies`) was made from."""
    return rid.rsplit("-", 1)[0]


def copy_content(site: Path, records: list[dict], folder: Path) -> Path:
    """Each record's Simplified content file (its edit log): its original's."""
    source = site.parent / "content" / "records" / "zh-hans"
    folder.mkdir(exist_ok=True)
    for r in records:
        shutil.copy(source / f"{original_id(r['id'])}.md", folder / f"{r['id']}.md")
    return folder


def update_cost(tmp: Path, records: list[dict], site: Path) -> tuple[int, int]:
    """(statements run, rows changed) by an update after one record's title changed,
    on a store already holding `records` and its published copy (patched)."""
    jsonl = tmp / "records.jsonl"
    write_records(jsonl, records)
    content = copy_content(site, records, tmp / "content")
    path, cache = store_paths(tmp / "s.key")
    published = tmp / "archive.db"
    store = ArchiveStore(path, cache, "key")
    store.update(jsonl, content, Registry())
    store.publish(published)
    changed = [dict(r) for r in records]
    changed[len(changed) // 2]["title_hans"] += "（更正）"
    write_records(jsonl, changed)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    before = store.conn.total_changes
    result = store.update(jsonl, content, Registry(), published=published)
    rows = store.conn.total_changes - before
    store.close()
    assert result.written == [changed[len(changed) // 2]["id"]] and not result.removed
    return len(statements), rows


def test_an_update_is_linear_in_what_changed_not_in_the_archive(site, tmp_path):
    """One changed record costs the same statements and rows in an archive of N
    records and in one of 4N (a pass over every record would grow fourfold)."""
    records = record_lines(site)
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = update_cost(tmp_path / "small", copies(records, 1), site)
    large = update_cost(tmp_path / "large", copies(records, 4), site)
    assert small == large
    statements, rows = small
    assert 0 < rows < 1000 and statements < 400


def test_database_rows_tell_a_missed_deletion_but_not_the_order_of_inserts(tmp_path):
    def build(name: str, rows: list[tuple[str, str]]) -> Path:
        db = sqlite3.connect(tmp_path / name)
        db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
        db.execute("CREATE VIEW w AS SELECT v FROM t")
        db.executemany("INSERT INTO t VALUES (?, ?)", rows)
        db.commit()
        db.close()
        return tmp_path / name

    rows = [("a", "1"), ("b", "2")]
    assert database_rows(build("x.db", rows)) == database_rows(build("y.db", rows[::-1]))
    assert database_rows(build("z.db", [*rows, ("gone", "3")])) != database_rows(tmp_path / "x.db")


def assert_same_rows(updated: Path, registry: Registry, jsonl: Path, content: Path) -> None:
    """`updated` holds the rows a clean publish of `jsonl` holds."""
    clean = update_archive_db(jsonl, updated.with_suffix(".clean"), registry, "k", None, content)
    assert clean.mode == "new" and clean.published == "whole"
    assert database_rows(updated) == database_rows(updated.with_suffix(".clean"))


def record_with_a_change_of_its_own(db_path: Path) -> str:
    """The original (`copies`) of a record whose edit log has a change no other
    original's has."""
    db = sqlite3.connect(db_path)
    originals: dict[int, set[str]] = {}
    for rid, change in db.execute(
        "SELECT n.record_id, e.change_id FROM edits e "
        "JOIN record_numbers n ON n.number = e.record_number"
    ):
        originals.setdefault(change, set()).add(original_id(rid))
    db.close()
    own = sorted(next(iter(ids)) for ids in originals.values() if len(ids) == 1)
    assert own, "no record has a change of its own"
    return own[0]


def test_an_updated_store_publishes_the_same_rows_as_a_clean_one(site, tmp_path):
    records = copies(record_lines(site), 2)
    jsonl = tmp_path / "records.jsonl"
    registry = load_registry(ROOT / "seeds" / "registry")  # the places' names, as built
    write_records(jsonl, records)
    content = copy_content(site, records, tmp_path / "content")
    kept = tmp_path / "kept.key"
    target = tmp_path / "archive.db"
    first = update_archive_db(jsonl, target, registry, "k", kept, content)
    assert first.published == "whole"
    # remove one record, change one, add one (a new official, topic and place)
    later = [dict(r) for r in records[1:]]
    later[0]["title_hans"] = "改过的标题"
    new_id = original_id(records[0]["id"]) + "-new"
    new = dict(records[0], id=new_id, place="new-place")
    new["mentions"] = [dict(m, person_id="p-new") for m in new["mentions"]]
    new["topics"] = [{"id": "new-topic", "name": "新议题", "evidence": []}]
    later.append(new)
    write_records(jsonl, later)
    copy_content(site, [new], content)
    result = update_archive_db(jsonl, target, registry, "k", kept, content)
    assert result.mode == "update" and result.published == "patched"
    assert sorted(result.written) == sorted([later[0]["id"], new_id])
    assert result.removed == [records[0]["id"]]
    assert_same_rows(target, registry, jsonl, content)
    db = sqlite3.connect(target)
    assert count(db, "SELECT count(*) FROM officials WHERE id = 'p-new'") == 1
    assert count(db, "SELECT count(*) FROM places WHERE id = 'new-place'") == 1
    assert count(db, "SELECT count(*) FROM edit_log WHERE record_id = ?", new_id) > 0
    db.close()
    # a record removed takes the official only it named with it, and every copy of a
    # record removed takes the changes only it had
    gone = record_with_a_change_of_its_own(target)
    left = [r for r in later[:-1] if original_id(r["id"]) != gone]
    write_records(jsonl, left)
    result = update_archive_db(jsonl, target, registry, "k", kept, content)
    assert result.published == "patched" and len(result.removed) in (2, 3)
    db = sqlite3.connect(target)
    assert count(db, "SELECT count(*) FROM officials WHERE id = 'p-new'") == 0
    assert count(db, "SELECT count(*) FROM topics WHERE id = 'new-topic'") == 0
    assert count(db, "SELECT count(*) FROM places WHERE id = 'new-place'") == 0
    db.close()
    assert_same_rows(target, registry, jsonl, content)


def test_a_published_copy_changed_by_hand_is_written_whole_again(site, tmp_path):
    records = copies(record_lines(site), 1)
    jsonl = tmp_path / "records.jsonl"
    write_records(jsonl, records)
    content = copy_content(site, records, tmp_path / "content")
    kept, target = tmp_path / "kept.key", tmp_path / "archive.db"
    registry = load_registry(ROOT / "seeds" / "registry")  # the places' names, as built
    update_archive_db(jsonl, target, registry, "k", kept, content)
    db = sqlite3.connect(target)
    db.execute("DELETE FROM credits")
    db.commit()
    db.close()
    write_records(jsonl, records[1:])
    result = update_archive_db(jsonl, target, registry, "k", kept, content)
    assert result.published == "whole"
    assert_same_rows(target, registry, jsonl, content)


def test_a_damaged_store_is_started_anew(site, tmp_path):
    jsonl = tmp_path / "records.jsonl"
    write_records(jsonl, record_lines(site))
    kept = tmp_path / "kept.key"
    update_archive_db(jsonl, tmp_path / "a.db", Registry(), "k", kept, None)
    path, _ = store_paths(kept)
    path.write_bytes(b"not a database" * 100)
    result = update_archive_db(jsonl, tmp_path / "b.db", Registry(), "k", kept, None)
    assert result.mode == "new"
    assert (tmp_path / "a.db").read_bytes() == (tmp_path / "b.db").read_bytes()


def test_a_site_rebuilt_after_a_report_added_and_removed_has_the_clean_builds_db(tmp_path):
    seeds = tmp_path / "seeds"
    synth_seeds(seeds, range(4))
    work = tmp_path / "incremental"
    build_site(seeds, work)
    removed = sorted(seeds.glob("syn_*.txt"))[0]
    removed.unlink()
    removed.with_suffix(".yml").unlink(missing_ok=True)
    item = generate(16, 30, DEFAULT_RATES)
    (seeds / f"{item.id}.txt").write_bytes(item.raw)
    output = build_site(seeds, work)
    clean = build_site(seeds, tmp_path / "clean")
    db = sqlite3.connect(unpack(output / "data" / "archive.db", tmp_path))
    ids = {r[0] for r in db.execute("SELECT id FROM records")}
    assert item.id in ids and removed.stem not in ids
    assert database_rows(output / "data" / "archive.db") == database_rows(
        clean / "data" / "archive.db"
    )


def test_the_data_page_links_the_database_in_both_scripts(site):
    for prefix in ("", "zh-hant/"):
        page = (site / prefix / "data" / "index.html").read_text(encoding="utf-8")
        assert 'data/archive.db"' in page and "SQLite" in page, prefix
