"""Issue 12 (round p2): the Traditional run's `text` filter protects the registry's names
through a light module (ingest/protected.py), not through the whole processing pipeline.
Before, its first converted value imported `ingest.process`, and with it the cleaning
steps, the extractors and pypinyin: about 0.9 CPU s of every Traditional run at any size.
Checked by the modules a process has loaded, never by timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from public_records.ingest import process, protected
from sitebuild import imported_folder, pelican_env

ROOT = Path(__file__).resolve().parent.parent

# What only the import needs: loaded by none of these checks' processes.
HEAVY = (
    "pypinyin",
    "public_records.clean",
    "public_records.extract",
    "public_records.ingest.process",
)

LOADED = f"""
import json, sys
HEAVY = {HEAVY!r}
def heavy():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
"""

FILTER = (
    LOADED
    + """
from jinja2 import Environment
from public_records.registry import Official, Registry
from public_records.site.render import text_filter
env = Environment()
env.globals["ARCHIVE_REGISTRY"] = Registry(officials=(Official("yu-xiang", "余祥"),))
print(json.dumps({"text": text_filter(True)(env, "余祥的说明"), "heavy": heavy()}))
"""
)

# A Traditional Pelican run that writes, at its end, which heavy modules it loaded.
PELICAN = (
    LOADED
    + """
import atexit
from pelican import main
loaded_file = sys.argv.pop(1)
atexit.register(lambda: open(loaded_file, "w").write(json.dumps(heavy())))
sys.argv[0] = "pelican"
main()
"""
)


def _run(args: list[str], env: dict | None = None) -> str:
    run = subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_the_text_filter_protects_names_without_the_pipeline():
    env = pelican_env("hant", ROOT / "content", ROOT / "output")
    answer = json.loads(_run(["-c", FILTER], env))
    assert answer["text"] == "余祥的說明"  # the name kept, the rest converted
    assert answer["heavy"] == []


def test_a_traditional_run_loads_no_cleaning_step_nor_pypinyin(tmp_path):
    report = "2023年5月2日，某某县召开会议。县长余祥主持会议，副县长甲乙出席。"
    _, content, _ = imported_folder(tmp_path, {"a.txt": report})
    loaded = tmp_path / "loaded.json"
    command = ["-c", PELICAN, str(loaded), "-s", str(ROOT / "pelican.conf.py"), "-q"]
    _run(command, pelican_env("hant", content, tmp_path / "output"))
    assert json.loads(loaded.read_text()) == []


def test_the_import_uses_the_same_sets():
    """`process` converts with the light module's sets, cached per registry as before."""
    assert process.protected_phrases is protected.protected_phrases
    assert protected.registry_protected() is protected.registry_protected(None)
