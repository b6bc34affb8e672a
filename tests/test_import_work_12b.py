"""Issue 12: the import after one new report does less work per kept report: a sidecar
that the seeds folder's listing does not hold is not stat'ed, the stale files are found
by set difference, and the import report is written by the indented-JSON writer (the
same bytes as json.dumps(indent=1)). Counted through a real import, never timed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from public_records.ingest import importer
from public_records.ingest.importer import run_import
from sitebuild import imported_folder

REPORTS = {
    f"n{i}.txt": (
        f"2023年5月{i + 3}日，某某乡召开第{i + 1}次乡党委会议，研究秋季防火工作。"
        f"乡长赵小{'金木水火土'[i]}主持会议并讲话。"
    )
    for i in range(5)
}
NEW = "2023年6月2日，某某乡召开安全生产工作会议。副乡长钱大有出席会议并讲话。"


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    return imported_folder(tmp_path, REPORTS, {"n0.yml": "title: 某某乡召开乡党委会议\n"})


def _sidecar_stats(monkeypatch) -> list[str]:
    stats: list[str] = []
    real = os.stat

    def stat(path, *args, **kwargs):
        if str(path).endswith(".yml"):
            stats.append(os.path.basename(str(path)))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(importer.os, "stat", stat)
    return stats


def test_after_one_new_report_only_listed_sidecars_are_stated(tmp_path, monkeypatch):
    seeds, content, cache = _setup(tmp_path)
    (seeds / "n9.txt").write_text(NEW, encoding="utf-8")
    stats = _sidecar_stats(monkeypatch)
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert len(report.records) == 6
    assert report.from_cache == 5  # the five kept reports: manifest hits
    # before: one stat per report (a failed one for each report without a sidecar)
    assert stats == ["n0.yml"]


def test_a_sidecar_added_by_hand_is_still_seen(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    page = content / "records" / "zh-hans" / "n1.md"
    assert "某某乡防火专题会" not in page.read_text(encoding="utf-8")
    (seeds / "n1.yml").write_text("title: 某某乡防火专题会\n", encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert "某某乡防火专题会" in page.read_text(encoding="utf-8")
    (seeds / "n1.yml").unlink()  # and removed again: the report is read again
    run_import(seeds, content, cache_dir=cache, jobs=1)
    assert "某某乡防火专题会" not in page.read_text(encoding="utf-8")


def test_stale_files_are_removed_and_kept_ones_stay(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    stray = content / "records" / "zh-hant" / "gone.md"
    stray.write_text("---\n{}\n---\n", encoding="utf-8")
    other = content / "records" / "zh-hant" / "notes.txt"  # not a record file: left alone
    other.write_text("x", encoding="utf-8")
    (seeds / "n4.txt").unlink()
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    assert report.removed == 4  # n4 in both scripts and raw/, and the stray file
    assert not stray.exists() and other.exists()
    names = sorted(p.name for p in (content / "records" / "zh-hans").glob("*.md"))
    assert names == ["n0.md", "n1.md", "n2.md", "n3.md"]
    assert sorted(p.name for p in (content / "raw").iterdir()) == [
        "n0.txt",
        "n1.txt",
        "n2.txt",
        "n3.txt",
    ]


def test_the_import_report_is_the_bytes_json_dumps_writes(tmp_path):
    seeds, content, cache = _setup(tmp_path)
    (seeds / "bad.yaml").write_text("x: 1\n", encoding="utf-8")  # a named problem
    report = run_import(seeds, content, cache_dir=cache, jobs=1)
    written = (content / "records" / "import-report.json").read_bytes()
    expected = json.dumps(report.summary(), ensure_ascii=False, indent=1).encode()
    assert written == expected
    assert json.loads(written)["errors"]
