"""The end of `make html` (tools/build_summary.py) gives the built site's size, per
record by kind, and says so when the site is over GitHub Pages' 1 GB limit for a
published site, with the figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT

SUMMARY = ROOT / "tools" / "build_summary.py"


def run_summary(tmp_path: Path, output: Path) -> str:
    timings = tmp_path / "timings.jsonl"
    lines = [
        {"stage": "pages written", "script": script, "records": 2, "written": 9}
        for script in ("hans", "hant")
    ]
    timings.write_text("\n".join(json.dumps(e) for e in lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SUMMARY), str(timings), str(output)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def write(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        f.truncate(size)  # sparse: the size a host counts, without the disk it takes


def test_the_size_per_record_by_kind_is_printed(tmp_path):
    output = tmp_path / "output"
    write(output / "records" / "a" / "index.html", 6_000)
    write(output / "zh-hant" / "records" / "a" / "index.html", 4_000)
    write(output / "officials" / "p" / "index.html", 2_000)
    write(output / "sitemap.xml", 1_000)
    out = run_summary(tmp_path, output)
    size = [line for line in out.splitlines() if line.startswith(f"{output}/:")]
    assert size == [f"{output}/: 0.0 MB, 6.5 KB per record (records 5.0, officials 1.0, other 0.5)"]
    assert "warning" not in out


def test_a_site_over_the_pages_limit_is_named_with_its_size(tmp_path):
    output = tmp_path / "output"
    write(output / "records" / "a" / "index.html", 700_000_000)
    write(output / "zh-hant" / "records" / "a" / "index.html", 600_000_000)
    out = run_summary(tmp_path, output)
    warning = [line for line in out.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1, out
    assert "1,300.0 MB" in warning[0] and "GitHub Pages" in warning[0], warning
    assert "1,000.0 MB" in warning[0]  # the limit it is over
