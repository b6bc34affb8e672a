"""Build a site from a folder of seeds into a temporary folder, as `make html` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from public_records.ingest.importer import run_import

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db5eed02fe66ddea.txt"
# The officials the seed names: the chair (区委书记) first, then the 区领导 in text order.
SEED_OFFICIALS = "潘功发 金玉 洪源源 汪俊启 余祥 余红松 程亮 江俊杰 刘小平 陈慧 邱金生 彭凯".split()


def imported_folder(
    tmp_path: Path, reports: dict[str, str], sidecars: dict[str, str] | None = None
) -> tuple[Path, Path, Path]:
    """Seeds (the reports and sidecars given) imported into a content folder with its own
    cache folder, as an import before a build leaves them: (seeds, content, cache)."""
    seeds, content, cache = tmp_path / "seeds", tmp_path / "content", tmp_path / "cache"
    seeds.mkdir()
    for name, text in {**reports, **(sidecars or {})}.items():
        (seeds / name).write_text(text, encoding="utf-8")
    run_import(seeds, content, cache_dir=cache, jobs=1)
    return seeds, content, cache


def pelican_env(
    script: str, content: Path, output: Path, timings: Path | None = None, isolated: bool = True
) -> dict:
    """The environment of one Pelican run of `script` over `content` into `output`, its
    stage timings written to `timings` when given. `isolated`: no seeds folder and no
    timings file from the caller's environment (the test imports first and reads its own
    laps); not isolated, a test's ARCHIVE_SEEDS (the registry the runs read) goes through."""
    env = dict(
        os.environ,
        ARCHIVE_SCRIPT=script,
        ARCHIVE_CONTENT=str(content),
        ARCHIVE_OUTPUT=str(output),
        PYTHONPATH=str(ROOT / "plugins"),
    )
    if isolated:
        env.pop("ARCHIVE_SEEDS", None)
        env.pop("ARCHIVE_TIMINGS", None)
    if timings is not None:
        env["ARCHIVE_TIMINGS"] = str(timings)
    return env


def simplified_run(
    content: Path, output: Path, timings: Path | None = None, command: list[str] | None = None
) -> dict:
    """One Simplified Pelican run over `content` (imported by the test first) into
    `output`, which must succeed; its laps by stage when `timings` is given, else {}.
    `command`: Python's arguments to run instead of `-m pelican` (a script wrapping it),
    before the settings arguments."""
    if timings is not None:
        timings.unlink(missing_ok=True)
    args = [*(command or ["-m", "pelican"]), "-s", str(ROOT / "pelican.conf.py"), "-q"]
    run = subprocess.run(
        [sys.executable, *args],
        env=pelican_env("hans", content, output, timings),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    if timings is None:
        return {}
    lines = [json.loads(line) for line in timings.read_text(encoding="utf-8").splitlines()]
    return {line["stage"]: line for line in lines}


def counted_run(
    content: Path, output: Path, counted: Path, prelude: str, timings: Path | None = None
) -> tuple[dict, dict]:
    """One Simplified run (as simplified_run) in a process whose `prelude` defines a dict
    `count` and wraps what it counts (atexit, json, sys and pelican's main are imported
    before it); `count` is written to `counted` at the run's end: (laps, count)."""
    script = (
        "import atexit, json, sys\nfrom pelican import main\n"
        + prelude
        + "\ncounted_file = sys.argv.pop(1)\n"
        + 'atexit.register(lambda: open(counted_file, "w").write(json.dumps(count)))\n'
        + 'sys.argv[0] = "pelican"\nmain()\n'
    )
    laps = simplified_run(content, output, timings, ["-c", script, str(counted)])
    return laps, json.loads(counted.read_text())


def build_site(seeds: Path, work: Path) -> Path:
    """Import `seeds` into work/content and build both scripts into work/output."""
    content = work / "content"
    output = work / "output"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    for page in (ROOT / "content" / "pages").glob("*.md"):
        (content / "pages" / page.name).write_bytes(page.read_bytes())
    run_import(seeds, content, cache_dir=None, jobs=1)
    procs = []
    for script in ("hans", "hant"):
        env = pelican_env(script, content, output, isolated=False)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "pelican", "-s", str(ROOT / "pelican.conf.py"), "-q"],
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        )
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        if proc.returncode:
            raise RuntimeError(f"pelican failed:\n{out}")
    return output
