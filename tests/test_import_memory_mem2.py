"""Issue 12, round mem2: the seeds folder's files that are not reports are held in
little memory by the import's parent, and their errors read, log and pickle as before."""

import pickle
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from public_records.ingest import importer, sources


def _bytes_per_ignored_file(folder: Path, n: int) -> float:
    for i in range(n):
        (folder / f"2026-03-{i:05d}-a-county-notice.truth.json").write_text("{}")
    (folder / "one.txt").write_text("a report")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        reports, problems = sources.survey(folder)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert [p.name for p in reports] == ["one.txt"]
    assert len(problems) == n
    return held / n


def test_an_ignored_file_costs_under_400_bytes(tmp_path):
    # The error of each file not imported was about 660 bytes (its message kept whole
    # besides its fields, an instance dict, the exception's args); a million of them
    # held 0.6 GB before the first report.
    assert _bytes_per_ignored_file(tmp_path, 3000) < 400


def test_an_error_reads_as_before():
    e = sources.SourceError(Path("seeds") / "a.yaml", "ignored", "warning")
    assert (e.path, e.reason, e.severity) == ("seeds/a.yaml", "ignored", "warning")
    assert str(e) == "seeds/a.yaml: ignored"
    assert repr(e) == "SourceError('seeds/a.yaml: ignored')"
    assert f"{e}" == "seeds/a.yaml: ignored"
    assert sources.SourceError("b.txt", "is empty").severity == "error"


def test_an_error_pickles_with_its_severity():
    e = pickle.loads(pickle.dumps(sources.SourceError("c.warc", "skipped 2 images", "info")))
    assert type(e) is sources.SourceError
    assert (e.path, e.reason, e.severity, str(e)) == (
        "c.warc",
        "skipped 2 images",
        "info",
        "c.warc: skipped 2 images",
    )
    # The workers' errors still cross as plain SourceErrors of their two fields.
    u = pickle.loads(pickle.dumps(importer._Unreadable("d.txt", "is not UTF-8")))
    assert type(u) is sources.SourceError
    assert (str(u), u.severity) == ("d.txt: is not UTF-8", "error")


def test_an_error_is_raised_and_caught_as_before():
    try:
        raise sources.SourceError("e.html", "is too large")
    except ValueError as caught:
        assert str(caught) == "e.html: is too large"
