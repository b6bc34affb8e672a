"""The build report lists at most ROWS_PER_GROUP files of one reason and findings of
one code, and counts the rest: at 100,000 reports one reason named 100,000 files, and
the page (tens of megabytes) was rendered again in both scripts after every new report.
`python -m public_records report` still lists every row."""

from __future__ import annotations

import re
import shutil

import pytest
from public_records.site.report_pages import ROWS_PER_GROUP, grouped
from sitebuild import SEED, build_site

pytestmark = pytest.mark.build
STRAYS = ROWS_PER_GROUP + 5


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("bounded")
    seeds = work / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    for i in range(STRAYS):  # files that are not reports: one reason, STRAYS files
        (seeds / f"note{i:02d}.md").write_text("笔记", encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")  # another reason: listed on its own
    return build_site(seeds, work)


@pytest.mark.parametrize("prefix", ["", "zh-hant/"])
def test_files_of_one_reason_are_listed_up_to_the_bound_and_counted(site, prefix):
    html = (site / prefix / "report/index.html").read_text(encoding="utf-8")
    section = html[html.index('id="errors-h"') : html.index('id="quarantine-h"')]
    listed = re.findall(r"note\d\d\.md", section)
    assert listed == [f"note{i:02d}.md" for i in range(ROWS_PER_GROUP)]
    assert f"{STRAYS - ROWS_PER_GROUP} " in section and "report-more" in section
    assert "empty.txt" in section  # a reason of its own is not cut by another's rows
    # the count of files not imported is every file, not the rows shown
    assert f"<strong>{STRAYS + 1}</strong>" in html
    assert "python -m public_records report" in html


def test_grouped_keeps_the_first_rows_of_each_group_and_counts_the_rest():
    rows = [{"k": i % 3, "n": i} for i in range(100)]
    groups = grouped(rows, lambda row: row["k"], limit=4)
    assert [[r["n"] for r in g["rows"]] for g in groups] == [
        [0, 3, 6, 9],
        [1, 4, 7, 10],
        [2, 5, 8, 11],
    ]
    assert [g["more"] for g in groups] == [30, 29, 29]


def test_the_import_names_files_of_one_reason_up_to_the_bound(tmp_path, caplog, capsys):
    """The import's log and console name NAMED_PER_REASON files of one reason and count
    the rest; its report (import-report.json) keeps every file."""
    import json
    import logging

    from public_records.__main__ import main
    from public_records.ingest.sources import NAMED_PER_REASON

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    strays = NAMED_PER_REASON + 7
    for i in range(strays):
        (seeds / f"note{i:02d}.md").write_text("笔记", encoding="utf-8")
    content = tmp_path / "content"
    with caplog.at_level(logging.WARNING):
        assert main(["import", str(seeds), str(content), "--no-cache"]) == 0
    logged = [r.getMessage() for r in caplog.records if "note" in r.getMessage()]
    assert len(logged) == NAMED_PER_REASON
    assert sum("7 more files: ignored" in r.getMessage() for r in caplog.records) == 1
    err = capsys.readouterr().err
    assert len(re.findall(r"note\d\d\.md", err)) == NAMED_PER_REASON
    assert "7 more files: ignored" in err
    report = json.loads((content / "records" / "import-report.json").read_text("utf-8"))
    assert len([e for e in report["errors"] if e["file"].startswith("seeds/note")]) == strays
