"""Issue 12, round mem4: the import report's errors wait in a temporary file
(`importer.SourceErrors`), the listing holds an ignored file by its name, and
import-report.json is written as it is made (`ImportReport.write_summary`)."""

import json
import os
import pickle
import tracemalloc

from public_records.common.indented_json import Items, indented, indented_pieces
from public_records.ingest import importer, sources
from public_records.ingest.importer import ImportReport, SourceErrors, thin
from public_records.model import Finding, Record

REASON = "ignored: not a report (.txt, .html, .htm, .warc, .warc.gz) or a sidecar (.yml)"


def _error(i: int) -> sources.SourceError:
    return sources.SourceError(f"/srv/archive/seeds/报告_{i:07d}.truth.json", REASON, "warning")


def test_an_error_held_costs_a_few_bytes():
    """20,000 errors in the import report hold under 30 bytes each (with the 64 KB
    not yet written); as a list of SourceErrors they held about 250 (most of it the
    path)."""
    tracemalloc.start()
    report = ImportReport()
    for i in range(20_000):
        report.errors.append(_error(i))  # made as the listing makes it
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(report.errors) == 20_000
    assert size / 20_000 < 30


def test_errors_read_back_as_they_were_given():
    given = [_error(3), sources.SourceError("a.txt", "is empty"), _error(1)]
    held = SourceErrors(given[:1])
    held.extend(given[1:])
    assert [(e.path, e.reason, e.severity) for e in held] == [
        (e.path, e.reason, e.severity) for e in given
    ]
    assert str(held[1]) == "a.txt: is empty" and held[-1].severity == "warning"
    assert [str(e) for e in held[1:]] == [str(e) for e in given[1:]]
    assert [str(e) for e in pickle.loads(pickle.dumps(held))] == [str(e) for e in given]
    assert [str(e) for e in held + [given[0]]] == [str(e) for e in [*given, given[0]]]  # noqa: RUF005
    assert not SourceErrors() and SourceErrors()._file is None  # no file for no error


def test_errors_read_between_appends():
    """Appends wait in a buffer; a read between them finds every one."""
    held = SourceErrors()
    for i in range(5000):
        held.append(_error(i))
        if i % 1700 == 0:
            assert held[i].path == _error(i).path and len(held) == i + 1
    assert [e.path for e in held] == [_error(i).path for i in range(5000)]


def _seeds_with_ignored_files(folder, n: int):
    folder.mkdir()
    for i in range(n):
        (folder / f"z{(i * 7919) % n:05d}.truth.json").write_text("{}")  # listed unsorted
    (folder / "b.txt").write_text("正文")
    (folder / "a.yaml").write_text("x: 1")  # a sidecar's name in the wrong suffix
    (folder / "orphan.yml").write_text("id: x")  # a sidecar without its report
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("正文")
    os.symlink(folder / "b.txt", folder / "link.txt")
    return folder


def test_the_listing_gives_the_errors_in_path_order(tmp_path):
    seeds = _seeds_with_ignored_files(tmp_path / "seeds", 300)
    names, listed = sources.survey_names(seeds)
    held = SourceErrors()
    assert sources.discover_names(seeds, held) == names == ["b.txt"]
    paths = [e.path for e in held]
    assert paths == [e.path for e in listed] == sorted(paths) and len(paths) == 304
    assert [(e.reason, e.severity) for e in held] == [(e.reason, e.severity) for e in listed]
    by_name = {os.path.basename(e.path): e for e in held}
    assert by_name["z00042.truth.json"].reason == REASON
    assert "without its report" in by_name["orphan.yml"].reason
    assert "symbolic link" in by_name["link.txt"].reason
    assert by_name["sub"].severity == "warning" and "c.txt" in by_name["sub"].reason


def test_the_listing_holds_an_ignored_file_by_its_name(tmp_path):
    """While 3,000 ignored files are listed into the import's errors, the listing's
    peak is under 150 bytes a file (a SourceError each took about 250 more)."""
    seeds = _seeds_with_ignored_files(tmp_path / "seeds", 3000)
    held = SourceErrors()
    tracemalloc.start()
    sources.discover_names(seeds, held)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(held) == 3004
    assert peak / 3000 < 150


def _report_with(tmp_path, n_errors: int) -> ImportReport:
    report = ImportReport(root=tmp_path)
    for i in range(n_errors):
        report.errors.append(sources.SourceError(tmp_path / f"seeds/x{i}.json", REASON, "warning"))
    report.errors.append(sources.SourceError(tmp_path / "seeds/w.warc", "skipped 2 images", "info"))
    bad = Finding("page_not_chinese", "error", f"no Han characters in {tmp_path}/seeds")
    note = Finding("undated", "info", "列为未定日期")
    report.quarantined.append(thin(Record("q1", "q1.txt", "0", "utf-8", "", findings=(bad,))))
    report.records.append(thin(Record("r1", "r1.txt", "1", "utf-8", "正文", findings=(note,))))
    report.records.append(thin(Record("r2", "r2.txt", "2", "utf-8", "正文")))
    return report


def test_the_summary_is_written_as_json_dumps_writes_it(tmp_path):
    report = _report_with(tmp_path, 40)
    path = tmp_path / "content" / "records" / "import-report.json"
    assert report.write_summary(path) is True
    expected = json.dumps(report.summary(), ensure_ascii=False, indent=1)
    assert path.read_text(encoding="utf-8") == expected
    summary = json.loads(expected)
    first = {"file": "seeds/x0.json", "reason": REASON, "severity": "warning"}
    assert summary["errors"][0] == first
    assert summary["quarantined"] == [
        {"id": "q1", "file": "q1.txt", "reasons": ["page_not_chinese: no Han characters in seeds"]}
    ]
    assert summary["findings"] == [
        {"id": "r1", "code": "undated", "severity": "info", "message": "列为未定日期"}
    ]
    assert summary["records"] == 2
    before = os.stat(path)
    assert report.write_summary(path) is False  # the same bytes: the file is left as it is
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    report.errors.append(sources.SourceError(tmp_path / "seeds/y.json", REASON, "warning"))
    assert report.write_summary(path) is True
    assert json.loads(path.read_text(encoding="utf-8"))["errors"][-1]["file"] == "seeds/y.json"
    empty = ImportReport(root=tmp_path)
    assert empty.write_summary(path) is True
    assert path.read_text() == json.dumps(empty.summary(), indent=1)  # lists as []


def test_the_summary_is_never_held_whole(tmp_path):
    """Writing the report of 20,000 errors (a 3.2 MB file) peaks under a fifth of the
    file's size in Python's memory (about 64 KB of text at a time); built whole, its
    dicts and text took about 4 times the file."""
    report = _report_with(tmp_path, 20_000)
    path = tmp_path / "import-report.json"
    tracemalloc.start()
    report.write_summary(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert path.stat().st_size > 2_000_000
    assert peak < path.stat().st_size / 5
    tracemalloc.start()
    assert report.write_summary(path) is False  # compared 64 KB at a time
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < path.stat().st_size / 5


def test_indented_pieces_join_to_the_indented_text():
    value = {"a": 1, "b": [{"c": "二"}], "d": {"e": [], "f": {}}, "g": "x"}
    streamed = {**value, "b": Items(iter(value["b"])), "d": {"e": Items([]), "f": {}}}
    assert "".join(indented_pieces(streamed)) == indented(value)
    assert "".join(indented_pieces(Items([1, [2]]), 1)) == indented([1, [2]], 1)
    assert "".join(indented_pieces({})) == "{}" and "".join(indented_pieces("s")) == '"s"'


def test_the_import_writes_its_summary_streamed(tmp_path, monkeypatch):
    """run_import writes import-report.json through write_summary, not a whole text."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "n.yaml").write_text("x")
    monkeypatch.setattr(importer, "indented", None, raising=False)  # not used any more
    report = importer.run_import(seeds, tmp_path / "content", jobs=1)
    written = (tmp_path / "content" / "records" / "import-report.json").read_text()
    assert written == json.dumps(report.summary(), ensure_ascii=False, indent=1)
    assert [e.path.endswith("n.yaml") for e in report.errors] == [True]
