"""Issue 12, round mem3: the import report's records wait in a temporary file
(`importer.ThinRecords`), not as objects in the import's parent."""

import pickle
import tracemalloc

import pytest
from public_records.ingest import importer
from public_records.ingest.importer import ThinRecords, thin
from public_records.model import Finding, Record


def _record(i: int, findings: tuple = ()) -> Record:
    name = f"r{i:06d}"
    return Record(name, f"seeds/{name}.txt", f"{i:064x}", "utf-8", "正文", findings=findings)


NOTE = Finding("undated", "info", "列为未定日期")
BAD = Finding("mojibake", "error", "乱码")


def test_a_record_held_costs_a_few_bytes():
    """3,000 thin records, each with a finding, hold under 120 bytes each (their ids,
    kept by the caller, not counted). As a list of `Record`s they held about 700."""
    records = [thin(_record(i, (NOTE,))) for i in range(3000)]
    ids = [r.id for r in records]  # the import holds them anyway (records.jsonl's keys)
    tracemalloc.start()
    held = ThinRecords()
    for record in records:
        held.append(record)
    del records
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(held) == len(ids) == 3000
    assert size / 3000 < 120


def test_records_read_back_as_they_were_given():
    given = [thin(_record(i, (NOTE, BAD) if i % 3 == 0 else ())) for i in (5, 3, 9, 1, 4)]
    held = ThinRecords(given)
    assert list(held) == given
    assert held[0] == given[0] and held[-1] == given[-1] and held[1:3] == given[1:3]
    with pytest.raises(IndexError):
        held[5]
    assert held + [given[0]] == [*given, given[0]]  # noqa: RUF005 (tests `+`)
    assert [given[0]] + held == [given[0], *given]  # noqa: RUF005
    assert list(pickle.loads(pickle.dumps(held))) == given
    held.sort_by_id()
    assert held.ids() == sorted(r.id for r in given)
    assert list(held) == sorted(given, key=lambda r: r.id)
    assert [r.id for r in held.with_findings()] == ["r000003", "r000009"]
    assert held[0].quarantined is False and held[1].quarantined is True


def test_an_empty_report_makes_no_file():
    held = ThinRecords()
    assert len(held) == 0 and list(held) == [] and held.ids() == [] and held._file is None


def test_the_import_reports_its_records_from_the_file(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in (3, 1, 2):
        text = f"标题{i}\n\n2024年3月{i}日，某县召开第{i}次会议，部署有关工作。\n"
        (seeds / f"r{i}.txt").write_text(text, encoding="utf-8")
    report = importer.run_import(seeds, tmp_path / "content", tmp_path / "cache", jobs=1)
    assert isinstance(report.records, ThinRecords)
    assert report.records.ids() == [r.id for r in report.records] == ["r1", "r2", "r3"]
    assert report.summary()["records"] == 3


def test_the_listing_gives_names_and_the_paths_are_made_from_them(tmp_path):
    from public_records.ingest import sources

    for name in ("b.txt", "a.html", "c.truth.json", "a.yml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    names, problems = sources.survey_names(tmp_path)
    assert names == ["a.html", "b.txt"]
    paths, again = sources.survey(tmp_path)
    assert paths == [tmp_path / "a.html", tmp_path / "b.txt"]
    assert list(map(str, again)) == list(map(str, problems))
    assert [p.path for p in problems] == [str(tmp_path / "c.truth.json")]
    assert sources.discover_names(tmp_path) == names


def test_the_import_makes_a_report_path_when_it_reads_the_report(tmp_path, monkeypatch):
    """Paths are made as the reports are read (two each: the worker's task and the
    claim), not one for every report before the first one is read."""
    from public_records.ingest import sources

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(10):
        (seeds / f"r{i}.txt").write_text("x", encoding="utf-8")
    made = []
    child_path = sources.child_path

    def counting_child_path(folder):
        child = child_path(folder)

        def make(name):
            made.append(name)
            return child(name)

        return make

    seen = []

    def unreadable(args):
        seen.append(len(made))
        return sources.SourceError(args[0], "not read here")

    monkeypatch.setattr(sources, "child_path", counting_child_path)
    monkeypatch.setattr(importer, "_process_path", unreadable)
    report = importer.run_import(seeds, tmp_path / "content", jobs=1)
    assert len(report.errors) == 10
    assert seen == [2 * (k + 1) for k in range(10)]


def test_the_journal_line_names_each_changed_file_once_in_order(tmp_path):
    """The journal's line is the bytes json.dumps gave for a sorted set of the names."""
    import json

    from public_records.ingest import changes

    folder = tmp_path / "content"
    (folder / "records" / "zh-hans").mkdir(parents=True)
    log = changes.ChangeLog(tmp_path / "journal.jsonl", folder)
    log.changed.batch = 3  # through the table several times
    noted = []
    for script, name in [("zh-hant", "乙.md"), ("zh-hans", "b.md"), ("raw", "b.txt")] * 2 + [
        ("zh-hans", 'a"b\\c.md'),
        ("zh-hans", "é.md"),
        ("zh-hans", "e.md"),
    ]:
        log.note(str(folder / "records" / script) if script != "raw" else str(folder / "raw"), name)
        noted.append(f"{script}/{name}")
    log.note(str(folder / "elsewhere"), "x.md")  # no reader's file: not named
    log.finish()
    started, done = (tmp_path / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    expected = {
        "generation": log.generation,
        "from": None,
        "changed": sorted(set(noted)),
        "folders": changes.record_folders(folder),
    }
    assert done == json.dumps(expected, ensure_ascii=False)
    assert changes.changes_since(tmp_path / "journal.jsonl", json.loads(started)["started"], folder)


def test_the_changed_names_wait_outside_the_process():
    """30,000 names noted hold under 40 bytes each (a set of them: about 100)."""
    from public_records.ingest.changes import ChangedNames

    names = [f"zh-hans/syn_{i:06d}_0123abcd.md" for i in range(30000)]
    tracemalloc.start()
    held = ChangedNames()
    for name in names:
        held.add(name)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert size / len(names) < 40
    assert list(held.sorted()) == names
    held.close()


def test_without_a_journal_no_name_is_kept(tmp_path):
    from public_records.ingest import changes

    log = changes.ChangeLog(None, tmp_path)
    log.note(str(tmp_path / "records" / "zh-hans"), "a.md")
    assert list(log.changed.sorted()) == []
