"""Plain `pelican` imports: each run starts by bringing content/ up to date with seeds/
through the command line's import (site/import_on_start.py), one run at a time (a lock
in the import's cache folder), and `pelican --autoreload` watches seeds/ (site/watch.py).

Each test works in a fresh copy of the project (pelican.conf.py, the Makefile, seeds/
and the hand-written pages copied; the code, the theme and the virtual environment
linked) with no content/records, .cache or output. SOURCE_DATE_EPOCH fixes the build
date, so two builds of the same reports are equal byte for byte.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from public_records.site.import_on_start import LOCK_FILE, import_lock
from sitebuild import ROOT, SEED
from test_build_clean_equals_incremental import EPOCH

pytestmark = pytest.mark.build

VENV = Path(sys.prefix)
ADDED = (
    "2024年9月3日上午，大观区召开区政府常务会议，研究部署安全生产工作。"
    "区长金玉主持会议并讲话，要求压紧压实各方责任。"
)


def project_copy(where: Path) -> Path:
    """A fresh copy of the project at `where`, as a clone is before its first build."""
    where.mkdir(parents=True)
    for name in ("plugins", "theme", "tools"):
        (where / name).symlink_to(ROOT / name)
    (where / ".venv").symlink_to(VENV)  # the Makefile's .venv: the one running the tests
    for name in ("pelican.conf.py", "Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, where / name)
    shutil.copytree(ROOT / "seeds", where / "seeds")
    shutil.copytree(ROOT / "content" / "pages", where / "content" / "pages")
    return where


def env() -> dict[str, str]:
    """The environment of a build in a project copy: none of the test run's ARCHIVE_
    settings or make's (a copy builds its own content/ from its own seeds/)."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("ARCHIVE_") and k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    # Wide log lines: Pelican's log handler wraps at the terminal's width.
    return base | {"SOURCE_DATE_EPOCH": EPOCH, "ARCHIVE_PROGRESS": "0", "COLUMNS": "1000"}


def pelican(project: Path, script: str, *flags: str, **popen) -> subprocess.Popen:
    """`pelican -s pelican.conf.py` in `project` for one script (verbose: the import's
    log lines), started, not waited for."""
    return subprocess.Popen(
        [sys.executable, "-m", "pelican", "-s", "pelican.conf.py", "-v", *flags],
        cwd=project,
        env=env() | {"ARCHIVE_SCRIPT": script},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **popen,
    )


def pelican_reading(project: Path, script: str, *flags: str, **popen):
    """A started run and the list its output lines are added to as they come."""
    run = pelican(project, script, *flags, **popen)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(run.stdout), daemon=True).start()
    return run, lines


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str]:
    """Exit code and output (whitespace runs made one space) of a started run."""
    out, _ = proc.communicate(timeout=timeout)
    return proc.returncode, " ".join(out.split())


def site_files(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def files_written(log: str) -> list[int]:
    """What each import of a run's log wrote (its summary line)."""
    return [int(n) for n in re.findall(r"from cache\), (\d+) files written", log)]


def test_two_pelican_runs_started_together_import_once_and_build_what_make_html_builds(
    tmp_path,
):
    if not (VENV / "bin" / "pelican").exists():
        pytest.skip("the tests do not run in a virtual environment with Pelican")
    # make html's way: the import, then the two runs.
    made = project_copy(tmp_path / "made")
    result = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed-run", "html"],
        cwd=made,
        env=env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    # Plain Pelican: both runs at the same moment, nothing imported before.
    plain = project_copy(tmp_path / "plain")
    runs = [pelican(plain, script) for script in ("hans", "hant")]
    logs = []
    for run in runs:
        code, log = finish(run)
        assert code == 0, log
        logs.append(log)
    # One import wrote content/; the other waited for it and found nothing to do.
    written = sorted(files_written(logs[0]) + files_written(logs[1]))
    assert written == [0, 3], logs  # hans and hant content files and the raw copy
    assert not any("not a record content file" in log for log in logs)
    assert (plain / ".cache" / "records" / LOCK_FILE).is_file()

    made_files, plain_files = site_files(made / "output"), site_files(plain / "output")
    assert f"records/{SEED.stem}/index.html" in plain_files
    assert plain_files.keys() == made_files.keys()
    assert [p for p in plain_files if plain_files[p] != made_files[p]] == []


def test_a_run_waits_for_the_import_lock_and_times_out_with_a_named_error(tmp_path):
    project = project_copy(tmp_path / "project")
    cache = project / ".cache" / "records"
    # Another import holds the lock for longer than this run waits: the run fails with
    # ImportLockTimeout naming the lock file, and imports nothing.
    with import_lock(cache, timeout=1):
        code, log = finish(pelican(project, "hans", "-e", "ARCHIVE_IMPORT_LOCK_TIMEOUT=1"))
    assert code != 0
    assert f"ImportLockTimeout: {cache / LOCK_FILE}: still held by process {os.getpid()}" in log
    assert "another Pelican run is importing seeds/" in log
    assert not (project / "content" / "records").exists()

    # Held until the run says that it waits: then it imports and builds.
    waiting = f"lock {cache / LOCK_FILE} held by process {os.getpid()}): waiting"
    with import_lock(cache, timeout=1):
        run, lines = pelican_reading(project, "hans")
        started = time.monotonic()
        while not any(waiting in " ".join(line.split()) for line in list(lines)):
            assert run.poll() is None and time.monotonic() - started < 60, "".join(lines)
            time.sleep(0.1)
    assert run.wait(timeout=120) == 0, "".join(lines)
    log = " ".join("".join(lines).split())
    assert files_written(log) == [3]
    assert (project / "output" / "records" / SEED.stem / "index.html").is_file()


def test_a_broken_report_is_named_when_pelican_imports_and_fatal_errors_fails_the_run(
    tmp_path,
):
    project = project_copy(tmp_path / "project")
    (project / "seeds" / "broken.txt").write_bytes(b"")
    code, log = finish(pelican(project, "hans"))
    assert code == 0, log
    assert re.search(r"ERROR \S*seeds/broken\.txt: is empty", log), log
    report = (project / "content" / "records" / "import-report.json").read_text("utf-8")
    assert '"file": "seeds/broken.txt"' in report
    assert (project / "output" / "records" / SEED.stem / "index.html").is_file()

    code, log = finish(pelican(project, "hans", "--fatal", "errors"))
    assert code != 0
    assert re.search(r"ERROR \S*seeds/broken\.txt: is empty", log), log


def test_pages_use_the_registry_the_import_used_when_the_registry_breaks(tmp_path):
    project = project_copy(tmp_path / "project")
    code, log = finish(pelican(project, "hans"))
    assert code == 0, log
    pages = ("officials/index.html", "places/index.html")
    good = {page: (project / "output" / page).read_bytes() for page in pages}
    assert "大观区".encode() in good["officials/index.html"]  # grouped by registered place

    officials = project / "seeds" / "registry" / "officials.yml"
    officials.write_text(officials.read_text("utf-8") + "- id: [\n", encoding="utf-8")
    code, log = finish(pelican(project, "hans"))
    assert code == 0, log
    assert "officials.yml" in log and "the last registry that loaded is used" in log
    # The import kept the officials' ids; the pages show them as with the good registry.
    assert {page: (project / "output" / page).read_bytes() for page in pages} == good


def test_an_autoreloading_pelican_builds_a_report_added_to_seeds_and_drops_a_removed_one(
    tmp_path,
):
    project = project_copy(tmp_path / "project")
    page = project / "output" / "records" / "added" / "index.html"
    run, lines = pelican_reading(project, "hans", "--autoreload", start_new_session=True)

    def runs_done() -> int:
        return sum("Done: Processed" in line for line in list(lines))

    registry = project / "seeds" / "registry" / "topics.yml"

    def wait_for(done, again=None, limit: float = 60) -> None:
        """Wait (at most `limit` s) until `done()`. A change made before Pelican's
        watcher started is not seen: `again()` makes it again every 5 s."""
        started = last = time.monotonic()
        while not done():
            assert run.poll() is None, "".join(lines)
            assert time.monotonic() - started < limit, "".join(lines)
            time.sleep(0.2)
            if again is not None and time.monotonic() - last > 5:
                again()
                last = time.monotonic()

    try:
        wait_for(lambda: runs_done() >= 1)
        report = project / "seeds" / "added.txt"
        report.write_text(ADDED, encoding="utf-8")
        wait_for(
            lambda: page.is_file() and runs_done() >= 2,
            again=lambda: report.write_text(ADDED, encoding="utf-8"),
        )
        assert "金玉" in page.read_text(encoding="utf-8")

        # Removed: the next run drops its content files and its page.
        time.sleep(1)
        report.unlink()
        wait_for(
            lambda: not page.exists() and runs_done() >= 3,
            again=lambda: registry.write_bytes(registry.read_bytes()),  # the same bytes
        )
        assert not (project / "content" / "records" / "zh-hans" / "added.md").exists()
    finally:
        os.killpg(run.pid, signal.SIGTERM)
        try:
            run.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
