"""The import on a Dask cluster (`--scheduler`): a real `dask scheduler` and two
`dask worker` processes on 127.0.0.1 make exactly the content folder and cache that
local processes make; the default import needs no scheduler and never imports dask;
seeds given as an fsspec URL import as the same folder does."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from public_records.__main__ import main
from public_records.ingest import cluster, importer
from public_records.synth import corpus

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
DASK = Path(sys.executable).parent / "dask"
# More than the import's threshold for its local pool (50), so both sides run in parallel.
REPORTS = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """The address of a scheduler with two one-thread workers; every process is
    stopped whatever happens."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    env = os.environ | {"PYTHONPATH": str(PLUGINS)}  # the workers import the package
    env.pop("ARCHIVE_DASK_SCHEDULER", None)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        log = (logs / f"{name}.log").open("wb")
        procs.append(
            subprocess.Popen(
                [str(DASK), *args], env=env, cwd=logs, stdout=log, stderr=subprocess.STDOUT
            )
        )

    try:
        start(
            "scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"
        )
        for i in range(2):
            start(
                f"worker{i}",
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                "--local-directory",
                str(logs / f"w{i}"),
            )
        deadline = time.monotonic() + 60
        while True:  # the scheduler takes a moment to listen
            try:
                client = Client(address, timeout=5, set_as_default=False)
                break
            except OSError:
                if time.monotonic() > deadline or procs[0].poll() is not None:
                    raise
                time.sleep(0.5)
        with client:
            client.wait_for_workers(2, timeout=60)
            yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "seeds"
    assert corpus.main(["--n", str(REPORTS), "--out", str(out), "--seed", "11"]) == 0
    for truth in out.glob("*.json"):  # the generator's answers, not reports
        truth.unlink()
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _import(seeds: Path, where: Path, *extra: str) -> tuple[Path, Path]:
    content, cache = where / "content", where / "cache"
    assert main(["import", str(seeds), str(content), "--cache", str(cache), *extra]) == 0
    return content, cache


def test_import_on_two_dask_workers_is_byte_identical_to_a_local_one(
    seeds, scheduler, tmp_path, monkeypatch
):
    from distributed import Client

    monkeypatch.setattr(importer, "CLUSTER_BATCH", 4)  # 15 tasks: both workers get some
    local, local_cache = _import(seeds, tmp_path / "local", "--jobs", "2")
    remote, remote_cache = _import(seeds, tmp_path / "cluster", "--scheduler", scheduler)
    expected = _files(local)
    assert len([name for name in expected if name.endswith(".md")]) > REPORTS  # both scripts
    assert _files(remote) == expected
    # The parent wrote the cache entries the workers' results make: the same bytes.
    entries = {k: v for k, v in _files(local_cache).items() if k.endswith(".entry")}
    assert (
        entries
        and {k: v for k, v in _files(remote_cache).items() if k.endswith(".entry")} == entries
    )
    with Client(scheduler, timeout=10, set_as_default=False) as client:
        processed = client.run(lambda: "public_records.ingest.process" in sys.modules)
    assert len(processed) == 2 and all(processed.values()), processed  # both did work

    # Another content folder from the cluster import's cache: every report is answered
    # by the parent from the cache, and the folder is the same again.
    again, _ = _import(seeds, tmp_path / "cluster", "--scheduler", scheduler)
    assert _files(again) == expected
    other = tmp_path / "other"
    cache = str(remote_cache)
    assert main(["import", str(seeds), str(other), "--cache", cache, "--scheduler", scheduler]) == 0
    assert _files(other) == expected


def test_scheduler_from_the_environment(seeds, scheduler, tmp_path, monkeypatch):
    """`make html` passes ARCHIVE_DASK_SCHEDULER through to the import's command line."""
    seen = []
    real = importer._cluster_results

    def spy(address, *args):
        seen.append(address)
        return real(address, *args)

    monkeypatch.setattr(importer, "_cluster_results", spy)
    monkeypatch.setenv("ARCHIVE_DASK_SCHEDULER", scheduler)
    _import(seeds, tmp_path)
    assert seen == [scheduler]


def test_a_worker_running_other_code_is_refused_by_name(
    seeds, scheduler, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(importer, "worker_versions", lambda: ("other code", "s2t.json"))
    content = tmp_path / "content"
    assert main(["import", str(seeds), str(content), "--no-cache", "--scheduler", scheduler]) == 1
    assert "start the workers from the same checkout" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_clear_error(seeds, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 2)
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    assert main(["import", str(seeds), str(tmp_path / "c"), "--scheduler", address]) == 1
    assert f"cannot reach the Dask scheduler at {address}" in capsys.readouterr().err


def test_default_import_needs_no_scheduler_and_does_not_import_dask(seeds, tmp_path):
    code = (
        "import sys\n"
        "from public_records.__main__ import main\n"
        f"rc = main(['import', {str(seeds)!r}, {str(tmp_path / 'content')!r},"
        f" '--cache', {str(tmp_path / 'cache')!r}, '--jobs', '2'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed'})\n"
        "print(rc, loaded)\n"
    )
    env = os.environ | {"PYTHONPATH": str(PLUGINS)}
    env.pop("ARCHIVE_DASK_SCHEDULER", None)
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "0 []"
    assert len(list((tmp_path / "content" / "records" / "zh-hans").glob("*.md"))) > REPORTS // 2


def test_seeds_at_an_fsspec_url_import_as_the_folder_does(seeds, tmp_path):
    import fsspec

    fs = fsspec.filesystem("memory")
    url = f"memory://{tmp_path.name}/seeds"
    for path in sorted(seeds.rglob("*")):
        if path.is_file():
            fs.pipe_file(f"{url}/{path.relative_to(seeds).as_posix()}", path.read_bytes())
    local, _ = _import(seeds, tmp_path / "local")
    fetched, cache = _import(url, tmp_path / "url")
    assert _files(fetched) == _files(local)  # the import report names seeds/… too
    # A second fetch reads nothing that did not change: the mirror keeps its mtimes, so
    # the manifest skips every report; a report removed from the store is removed.
    mirror = next((cache / "fetched").glob("*/seeds"))
    before = {p: p.stat().st_mtime_ns for p in mirror.rglob("*.txt")}
    gone = sorted(before)[0]
    fs.rm_file(f"{url}/{gone.relative_to(mirror).as_posix()}")
    _import(url, tmp_path / "url")
    assert not gone.exists()
    assert all(p.stat().st_mtime_ns == t for p, t in before.items() if p != gone)


def test_a_symbolic_link_at_a_file_url_is_not_fetched(tmp_path, caplog):
    from public_records.ingest import remote

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("8月2日，区委书记潘功发主持会议。\n", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("not a report\n", encoding="utf-8")
    (seeds / "b.txt").symlink_to(secret)
    mirror = remote.fetch_seeds(f"file://{seeds}", tmp_path / "cache")
    assert sorted(p.name for p in mirror.iterdir()) == ["a.txt"]
    assert "b.txt: not fetched: a symbolic link" in caplog.text
