"""The command line: inspect prints a processed report; import names bad files and,
with --strict (make html STRICT=1), fails on them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from sitebuild import ROOT, SEED


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    return subprocess.run(
        [sys.executable, "-m", "public_records", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_inspect_prints_both_texts_date_credits_edits_findings():
    out = run("inspect", str(SEED))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "潘功发" in data["text_hans"] and "潘功發" in data["text_hant"]
    assert data["date"] == {
        "as_written": "8月2日",
        "resolved": "2024-08-02",
        "precision": "day",
        "evidence": "inferred",
        "note": data["date"]["note"],
    }
    assert {"role": "撰稿人", "name": "黄辛成"} in data["credits"]
    assert {e["rule"] for e in data["edits"]} >= {"pinyin", "script", "punctuation", "credits"}
    assert data["findings"] == []


def test_inspect_names_a_bad_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = run("inspect", str(bad))
    assert out.returncode == 2
    assert "empty.txt" in out.stderr and "is empty" in out.stderr


def test_import_reports_bad_files_and_strict_fails(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    content = tmp_path / "content"
    out = run("import", str(seeds), str(content), "--no-cache")
    assert out.returncode == 0
    assert "1 records" in out.stdout and "1 unreadable" in out.stdout
    assert "broken.txt" in out.stderr and "is binary" in out.stderr
    assert (content / "records" / "zh-hant" / f"{SEED.stem}.md").exists()
    strict = run("import", str(seeds), str(content), "--no-cache", "--strict")
    assert strict.returncode == 1 and "STRICT" in strict.stderr
