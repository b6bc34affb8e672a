"""Work a cold build did again for every record where once would do (perf41, issue 12),
now done once, with the same output:

- a record's summary (the beginning of its HTML) is made once while its HTML is kept:
  the record page's description and every feed that lists the record asked for it
  (3.4 times a record at 2,000 synthetic reports);
- the archive store puts each official, topic and place once per transaction, not once
  per record naming it, and a new store makes its indexes once, after its rows, not a
  B-tree insert per row;
- the import encodes a record's edit log and raw text (the same in both scripts' front
  matter, most of a content file's bytes) once for its two content files.

Invented records only; each test counts the work (never times it) and checks the output
against the way it was made before."""

from __future__ import annotations

import json
import sqlite3

import pytest
from public_records.ingest import importer
from public_records.ingest.importer import _finish, content_file
from public_records.ingest.markdown import SCRIPTS, front_matter
from public_records.ingest.serialize import record_to_dict
from public_records.model import DateInfo, Edit, Finding, Mention, Record, Tag
from public_records.registry import Registry
from public_records.site.catalog import RecordItem
from public_records.site.store import (
    SCHEMA,
    STORE_INDEXES,
    ArchiveStore,
    database_rows,
    store_paths,
)

# --- summaries ------------------------------------------------------------------------


def _content_file(folder, rid: str, body: str):
    meta = {"id": rid, "title": "会议", "date": {"resolved": "2024-05-06"}, "raw_text": body}
    path = folder / f"{rid}.md"
    path.write_text(f"---\n{json.dumps(meta, ensure_ascii=False)}\n---\n\n{body}\n", "utf-8")
    return meta, path


def _item(tmp_path, calls: list[str]) -> RecordItem:
    body = "五月六日，某县召开常务会议。县长甲乙主持会议并讲话。\n\n会议研究了其他事项。"
    meta, path = _content_file(tmp_path, "r1", body)

    def summarize(html: str) -> str:
        calls.append(html)
        return html[:20]

    return RecordItem(meta, str(path), (1, 1), "records/r1/", summarize)


def test_a_summary_is_made_once_while_the_html_is_kept(tmp_path):
    calls: list[str] = []
    item = _item(tmp_path, calls)
    first = item.summary
    assert [item.summary, item.summary, item.summary] == [first] * 3
    assert len(calls) == 1  # the page's description and two feeds: one summary
    assert first == item.content[:20]


def test_a_summary_is_made_again_after_the_html_is_dropped(tmp_path):
    calls: list[str] = []
    item = _item(tmp_path, calls)
    first = item.summary
    item.drop_content()
    assert item._content is None and item._summary is None  # nothing kept of the text
    assert item.summary == first
    assert len(calls) == 2


def test_without_a_summary_rule_the_summary_is_the_html(tmp_path):
    body = "县政协召开常委会议。"
    meta, path = _content_file(tmp_path, "r2", body)
    item = RecordItem(meta, str(path), (1, 1), "records/r2/")
    assert item.summary == item.content == "<p>县政协召开常委会议。</p>\n"


# --- the archive store ------------------------------------------------------------------


def _line(rid: str, official: str, topic: str = "t-meeting", place: str = "p-east") -> dict:
    """A records.jsonl line naming one official, one topic and one place."""
    mention = {
        "name": official,
        "title": "县长",
        "roles": ["chair"],
        "start": 2,
        "end": 4,
        "person_id": f"prov-{official}",
        "evidence": f"县长{official}主持会议。",
    }
    return {
        "id": rid,
        "source_path": f"{rid}.txt",
        "sha256": "0" * 64,
        "encoding": "utf-8",
        "title_hans": f"会议{rid}",
        "title_hant": f"會議{rid}",
        "title_evidence": "lead sentence",
        "text_hans": f"县长{official}主持会议。",
        "text_hant": f"縣長{official}主持會議。",
        "date": {
            "resolved": "2024-05-06",
            "as_written": "5月6日",
            "precision": "day",
            "evidence": "in text",
            "note": "",
        },
        "place": place,
        "places": [{"id": place, "name": "东区", "evidence": ["东区"]}],
        "topics": [{"id": topic, "name": "会议", "evidence": ["会议"]}],
        "mentions": [mention],
        "credits": [],
        "findings": [],
        "sidecar": {},
    }


def _write_lines(path, lines: list[dict]) -> None:
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")


def _store(tmp_path, name: str) -> ArchiveStore:
    path, cache = store_paths(tmp_path / name / "s.key")
    return ArchiveStore(path, cache, "key")


def _puts(statements: list[str]) -> dict[str, int]:
    out = {"officials": 0, "topics": 0, "places": 0}
    for sql in statements:
        for table in out:
            if sql.startswith(f"INSERT OR IGNORE INTO {table} "):
                out[table] += 1
    return out


def test_a_new_store_puts_each_official_topic_and_place_once(tmp_path):
    # Six records: two officials, each named by three; one topic and one place in all.
    lines = [_line(f"r{k}", "甲乙" if k % 2 else "丙丁") for k in range(6)]
    jsonl = tmp_path / "records.jsonl"
    _write_lines(jsonl, lines)
    store = _store(tmp_path, "new")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    result = store.update(jsonl, None, Registry())
    store.close()
    assert len(result.written) == 6
    # before: 6 officials, 6 topics and 12 places (the record's place, then its tag)
    assert _puts(statements) == {"officials": 2, "topics": 1, "places": 1}


def test_a_new_store_holds_the_rows_it_held_when_each_record_put_its_own(tmp_path):
    lines = [_line(f"r{k}", name) for k, name in enumerate(["甲乙", "丙丁", "甲乙"])]
    jsonl = tmp_path / "records.jsonl"
    _write_lines(jsonl, lines)
    store = _store(tmp_path, "new")
    store.update(jsonl, None, Registry())
    store.publish(tmp_path / "archive.db")
    store.close()
    db = sqlite3.connect(tmp_path / "archive.db")
    officials = sorted(db.execute("SELECT id, name, name_hant, registered, url FROM officials"))
    topics = list(db.execute("SELECT id, name, name_hant, url FROM topics"))
    places = list(db.execute("SELECT id, name, name_hant, kind, url FROM places"))
    mentions = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    db.close()
    assert officials == [
        ("prov-丙丁", "丙丁", "丙丁", 0, "officials/prov-丙丁/"),
        ("prov-甲乙", "甲乙", "甲乙", 0, "officials/prov-甲乙/"),
    ]
    assert topics == [("t-meeting", "会议", "會議", "topics/t-meeting/")]
    # the record's place is put first, by its id (not in the registry): its row stays
    assert places == [("p-east", "p-east", "p-east", "", "places/p-east/")]
    assert mentions == 3


def test_an_updated_store_puts_again_what_an_earlier_build_inserted(tmp_path):
    """Rows from the last build are not this transaction's: each put is made, ignored,
    as before; the store ends as a clean one made from the same lines."""
    jsonl = tmp_path / "records.jsonl"
    _write_lines(jsonl, [_line("r1", "甲乙"), _line("r2", "甲乙")])
    store = _store(tmp_path, "kept")
    store.update(jsonl, None, Registry())
    changed = [_line("r1", "甲乙", topic="t-visit"), _line("r2", "丙丁"), _line("r3", "甲乙")]
    _write_lines(jsonl, changed)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.update(jsonl, None, Registry())
    store.publish(tmp_path / "kept.db")
    store.close()
    assert _puts(statements)["officials"] == 3  # 甲乙 (ignored: the last build's), 丙丁, 甲乙
    clean = _store(tmp_path, "clean")
    clean.update(jsonl, None, Registry())
    clean.publish(tmp_path / "clean.db")
    clean.close()
    assert database_rows(tmp_path / "kept.db") == database_rows(tmp_path / "clean.db")


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {
        name
        for (name,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }


SCHEMA_INDEXES = {s.split()[2] for s in SCHEMA.split(";") if "CREATE INDEX" in s}


def test_a_new_store_makes_its_indexes_after_its_rows(tmp_path):
    lines = [_line(f"r{k}", "甲乙") for k in range(3)]
    jsonl = tmp_path / "records.jsonl"
    _write_lines(jsonl, lines)
    store = _store(tmp_path, "new")
    assert _indexes(store.conn) == set()  # the tables only, so far
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.update(jsonl, None, Registry())
    last_insert = max(i for i, sql in enumerate(statements) if sql.startswith("INSERT INTO"))
    made = [i for i, sql in enumerate(statements) if sql.startswith("CREATE INDEX")]
    assert len(made) == len(STORE_INDEXES) == len(SCHEMA_INDEXES) == 6
    assert min(made) > last_insert  # before: made with the tables, each row inserted in each
    assert _indexes(store.conn) == SCHEMA_INDEXES
    store.close()


def test_a_store_whose_first_update_failed_gets_its_indexes_at_the_next(tmp_path):
    jsonl = tmp_path / "records.jsonl"
    _write_lines(jsonl, [_line("r1", "甲乙")])
    store = _store(tmp_path, "failed")
    store.close()  # tables made, no update: as a run stopped before its rows went in
    again = _store(tmp_path, "failed")
    assert not again.fresh and _indexes(again.conn) == set()
    again.update(jsonl, None, Registry())
    assert _indexes(again.conn) == SCHEMA_INDEXES
    again.close()


# --- the import's content files ---------------------------------------------------------


def _record() -> Record:
    raw = "5月6日，县长甲乙主持召开常务会议，研究部署重点工作。\n会议还研究了其他事项。"
    return Record(
        "rec-1",
        "rec-1.txt",
        "0" * 64,
        "utf-8",
        raw,
        text_hans=raw.replace("\n", "\n\n"),
        text_hant="5月6日，縣長甲乙主持召開常務會議，研究部署重點工作。\n\n會議還研究了其他事項。",
        title_hans="县政府召开常务会议",
        title_hant="縣政府召開常務會議",
        date=DateInfo("5月6日", "2024-05-06", "day", "in text"),
        mentions=(Mention("甲乙", "县长", ("chair",), 6, 8, "prov-甲乙", "县长甲乙主持"),),
        topics=(Tag("t-meeting", "会议", ("会议",)),),
        edits=(
            Edit("punctuation", 3, 4, ",", "，", "全角"),
            Edit("whitespace", 9, 10, " ", "", ""),
        ),
        findings=(Finding("undated_year", "info", "年份据上下文推定", "5月6日"),),
    )


def test_both_content_files_are_what_each_was_alone():
    record = _record()
    data = record_to_dict(record)
    files, line = _finish(record, data)
    assert set(files) == set(SCRIPTS)
    for script in SCRIPTS:
        assert files[script] == content_file(record, script, data)
        head = files[script].split("\n")[1]
        meta = front_matter(record, script, data)
        assert head == json.dumps(meta, ensure_ascii=False, default=str)
        assert list(meta)[-2:] == ["edits", "raw_text"]  # the tail encoded once
    assert line == importer.records_line(record, data)


def test_the_edit_log_and_raw_text_are_encoded_once_for_both_files(monkeypatch):
    record = _record()
    data = record_to_dict(record)
    dumps = json.dumps
    encoded: list[object] = []

    def counting(value, *args, **kwargs):
        encoded.append(value)
        return dumps(value, *args, **kwargs)

    monkeypatch.setattr(importer.json, "dumps", counting)
    _finish(record, data)

    def holds_raw(value) -> bool:
        return value == record.raw_text or (
            isinstance(value, dict) and value.get("raw_text") == record.raw_text
        )

    assert sum(map(holds_raw, encoded)) == 1  # before: once in each script's front matter


@pytest.mark.parametrize("tail", [["raw_text", "edits"], ["edits"], []])
def test_front_matter_of_another_shape_is_encoded_whole(tail):
    meta = {"id": "a", "title": "会议"} | {k: ["x"] if k == "edits" else "原文" for k in tail}
    shared: dict[str, str] = {}
    assert importer._front_matter_json(meta, shared) == json.dumps(
        meta, ensure_ascii=False, default=str
    )
    assert shared == {}
