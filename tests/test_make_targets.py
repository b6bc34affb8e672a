"""The Makefile's targets and the tools they run: `make github` refuses to publish a
site without its address and names the commit it publishes, a venv whose interpreter is
gone is remade, `make html` ends with what it built, `make serve` answers a missing
page with the site's 404 page, `make devserver` rebuilds on a change, and the browser
tests' screenshots stay out of git until `make screenshots` copies them."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
MAKE = shutil.which("make")
needs_make = pytest.mark.skipif(MAKE is None, reason="make is not installed")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def load_tool(name: str):
    """A module of tools/ (scripts, not a package), imported by path."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # devserver imports serve
    spec = importlib.util.spec_from_file_location(f"tools_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["serve", "devserver", "publish_check", "build_summary"])
def test_tool_doctests_pass(name):
    result = doctest.testmod(load_tool(name))
    assert result.attempted > 0 and result.failed == 0


def git(cwd: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
    )
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def project_copy(tmp_path: Path) -> Path:
    """The Makefile, tools/ and requirements in a git repository of their own, with a
    stand-in venv (this interpreter; stamps newer than the requirements) and a
    stand-in ghp-import that records its arguments instead of pushing."""
    work = tmp_path / "work"
    (work / "seeds").mkdir(parents=True)
    for name in ("Makefile", "package-lock.json", "requirements.txt", "requirements-test.txt"):
        shutil.copy(ROOT / name, work / name)
    shutil.copy(ROOT / "requirements-publish.txt", work / "requirements-publish.txt")
    shutil.copytree(TOOLS, work / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    (work / "seeds" / "a.txt").write_text("区委书记潘功发主持会议。\n", encoding="utf-8")
    (work / ".gitignore").write_text("/output/\n/.venv/\n", encoding="utf-8")
    bin_ = work / ".venv" / "bin"
    bin_.mkdir(parents=True)
    (bin_ / "python").symlink_to(sys.executable)
    ghp = bin_ / "ghp-import"
    ghp.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        "open('ghp-args.json', 'w').write(json.dumps(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    ghp.chmod(0o755)
    later = time.time() + 5
    for stamp in (".installed-run", ".installed-test", ".installed-publish"):
        (work / ".venv" / stamp).touch()
        os.utime(work / ".venv" / stamp, (later, later))
    git(work, "init", "-q")
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "start")
    return work


def run_make(work: Path, *args: str, env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARCHIVE_", "MAKE"))}
    env.update(env_extra or {})
    # MAKE=true: the recursive `$(MAKE) html` does nothing; the build is tested elsewhere.
    return subprocess.run(
        [MAKE, "--no-print-directory", "MAKE=true", *args],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@needs_make
@needs_git
def test_make_github_refuses_without_the_site_address_and_leaves_output_alone(tmp_path):
    work = project_copy(tmp_path)
    (work / "output").mkdir()
    (work / "output" / "index.html").write_text("built", encoding="utf-8")
    done = run_make(work, "github")
    assert done.returncode != 0
    assert "ARCHIVE_SITEURL is not set" in done.stderr
    assert "make github ARCHIVE_SITEURL=https://USER.github.io/REPO" in done.stderr
    assert (work / "output" / "index.html").read_text(encoding="utf-8") == "built"
    assert not (work / "ghp-args.json").exists()
    done = run_make(work, "github", env_extra={"ARCHIVE_SITEURL": "user.github.io/repo"})
    assert done.returncode != 0 and "absolute http(s) address" in done.stderr


@needs_make
@needs_git
def test_make_github_names_the_commit_and_warns_about_untracked_seeds(tmp_path):
    work = project_copy(tmp_path)
    head = git(work, "rev-parse", "--short", "HEAD")
    site = {"ARCHIVE_SITEURL": "https://user.github.io/repo"}
    done = run_make(work, "github", env_extra=site)
    assert done.returncode == 0, done.stderr
    args = json.loads((work / "ghp-args.json").read_text(encoding="utf-8"))
    assert args[args.index("--message") + 1] == f"Publish the archive at {head}"
    assert "not in git" not in done.stderr

    (work / "seeds" / "new.txt").write_text("新的报道。\n", encoding="utf-8")
    done = run_make(work, "github", env_extra=site)
    assert done.returncode == 0, done.stderr
    assert "1 file(s) in seeds/ not in git" in done.stderr and "seeds/new.txt" in done.stderr
    args = json.loads((work / "ghp-args.json").read_text(encoding="utf-8"))
    assert args[args.index("--message") + 1] == f"Publish the archive at {head} (dirty)"


@needs_make
def test_a_venv_whose_interpreter_is_gone_is_remade(tmp_path):
    work = project_copy(tmp_path)
    python = work / ".venv" / "bin" / "python"
    plan = run_make(work, "-n", ".venv/.installed-run")
    assert "-m venv" not in plan.stdout, plan.stdout  # a working venv is kept
    python.unlink()
    python.symlink_to(tmp_path / "gone" / "python3.11")  # the interpreter was removed
    plan = run_make(work, "-n", ".venv/.installed-run")
    assert "-m venv --clear .venv" in plan.stdout, plan.stdout + plan.stderr


def test_build_summary_reads_the_plugins_counts(tmp_path):
    summary = load_tool("build_summary")
    timings = tmp_path / "timings.jsonl"
    lines = [
        {"stage": "record pages", "script": "hans", "pages": 3},
        {"stage": "pages written", "script": "hans", "records": 3, "written": 2},
        {"stage": "pages written", "script": "hant", "records": 3, "written": 1},
        {"stage": "pages written", "script": "hant", "records": 3, "written": 9},
    ]
    timings.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    # The output folder is named: the project's own output/ (there after `make html`)
    # would add its size line.
    site = tmp_path / "site"

    def run() -> list[str]:
        command = [sys.executable, str(TOOLS / "build_summary.py"), str(timings), str(site)]
        return subprocess.run(command, capture_output=True, text=True).stdout.splitlines()

    counts = [
        "Simplified (output/): 3 records, 2 pages written",
        "Traditional (output/zh-hant/): 3 records, 9 pages written",
    ]
    assert run() == counts  # no built site: no size line
    (site / "records" / "a").mkdir(parents=True)
    (site / "records" / "a" / "index.html").write_bytes(b"x" * 3000)
    lines = run()
    assert lines[:2] == counts and len(lines) == 3
    assert "KB per record" in lines[2] and "records" in lines[2]
    assert summary.read_entries(tmp_path / "missing.jsonl") == []


@needs_make
def test_make_html_prints_the_build_summary_last(tmp_path):
    """The html recipe points the plugin's counts at a file and prints them (dry run)."""
    plan = run_make(project_copy(tmp_path), "-n", "html")
    assert "ARCHIVE_TIMINGS" in plan.stdout, plan.stdout
    last = plan.stdout.rstrip().splitlines()[-1]
    assert last.startswith(".venv/bin/python tools/build_summary.py"), plan.stdout


def test_serve_answers_a_missing_page_with_the_sites_404_page(tmp_path):
    serve = load_tool("serve")
    (tmp_path / "zh-hant").mkdir()
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    (tmp_path / "404.html").write_text("<p>找不到页面</p>", encoding="utf-8")
    (tmp_path / "zh-hant" / "404.html").write_text("<p>找不到頁面</p>", encoding="utf-8")
    server = serve.make_server(tmp_path, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(base + "/") as response:
            assert response.read() == b"home"
        for path, body in [("/no/such/", "找不到页面"), ("/zh-hant/no/such/", "找不到頁面")]:
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(base + path)
            assert caught.value.code == 404
            assert caught.value.headers["Content-Type"] == "text/html; charset=utf-8"
            assert caught.value.read().decode("utf-8") == f"<p>{body}</p>"
    finally:
        server.shutdown()
        server.server_close()


@needs_make
def test_make_serve_uses_the_sites_404_handler(tmp_path):
    plan = run_make(project_copy(tmp_path), "-n", "serve")
    assert "tools/serve.py" in plan.stdout, plan.stdout


def test_devserver_rebuilds_when_a_seed_changes(tmp_path):
    devserver = load_tool("devserver")
    for name in ("seeds/registry", "theme", "content/pages", "output"):
        (tmp_path / name).mkdir(parents=True)
    paths = devserver.watched_paths(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in paths} == {
        "seeds",
        "theme",
        "content/pages",
    }
    builds, stop = [], threading.Event()

    def build():
        builds.append(time.monotonic())
        stop.set()
        return True

    watcher = threading.Thread(
        target=devserver.rebuild_on_change, args=(paths, build, tmp_path, stop), daemon=True
    )
    watcher.start()
    deadline = time.monotonic() + 20
    while not builds and time.monotonic() < deadline:
        # watchfiles starts watching a moment after the thread starts: write until seen.
        (tmp_path / "seeds" / "registry" / "officials.yml").write_text(f"# {time.time()}\n")
        time.sleep(0.3)
    stop.set()
    watcher.join(timeout=10)
    assert builds, "no rebuild after a change in seeds/registry/"


@needs_make
def test_make_devserver_runs_the_watcher(tmp_path):
    plan = run_make(project_copy(tmp_path), "-n", "devserver")
    assert "tools/devserver.py" in plan.stdout, plan.stdout


@needs_git
def test_browser_screenshots_go_to_an_ignored_folder():
    """`make test` leaves git status clean: screenshots are written where git ignores
    them, and docs/screenshots/ changes only through `make screenshots`."""
    text = (ROOT / "tests" / "test_browser_pages.py").read_text(encoding="utf-8")
    assert 'SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"' in text
    probe = "tests/artifacts/screenshots/home-desktop.png"
    done = subprocess.run(["git", "check-ignore", "-q", probe], cwd=ROOT)
    assert done.returncode == 0, f"{probe} is not ignored by git"


@needs_make
def test_make_screenshots_copies_them_to_the_docs(tmp_path):
    plan = run_make(project_copy(tmp_path), "-n", "screenshots")
    assert "tests/artifacts/screenshots" in plan.stdout and "docs/screenshots" in plan.stdout
