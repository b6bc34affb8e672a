"""The import at the start of every Pelican run: PATH (content/) is brought up to date
with ARCHIVE_SEEDS (seeds/) by the very import the command line runs
(`ingest.importer.run_import`, with the same cache folder, `.cache/records`), so a run
with nothing changed costs the import's manifest check and nothing more.

Two runs started together (one per script) must not both write content/: the import
runs under an exclusive lock on a file in the import's cache folder (`fcntl.flock`).
The first run to take it imports; the other logs that it waits (naming the lock file
and the process that holds it), then imports too, finding nothing left to do. A wait
longer than ARCHIVE_IMPORT_LOCK_TIMEOUT seconds is an `ImportLockTimeout` naming the
lock file and its holder, and fails the run. (`make html` imports first and tells its
runs not to: ARCHIVE_IMPORT off.)

Only the imports are exclusive: a run reads content/ after its own import, while no
other import runs unless seeds/ changed in between (then the next autoreload run reads
it again).
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..ingest.importer import run_import
from ..ingest.sources import is_problem

logger = logging.getLogger(__name__)

LOCK_FILE = "import.lock"


class ImportLockTimeout(RuntimeError):
    """Another run's import held the import lock for longer than the timeout."""


def import_seeds(settings: Mapping) -> None:
    """Import ARCHIVE_SEEDS into PATH, as `make content` does, one run at a time. Does
    nothing when ARCHIVE_IMPORT is off (a build of content made elsewhere).

    The import names every file it does not import in the log (an error each: with
    `pelican --fatal errors` the first one fails the run) and on the build report; a
    broken registry with none kept before raises its RegistryError, which fails the run
    as it fails `make content`."""
    if not settings.get("ARCHIVE_IMPORT"):
        logger.debug("import on start: off (ARCHIVE_IMPORT)")
        return
    seeds = Path(settings["ARCHIVE_SEEDS"])
    content = Path(settings["PATH"])
    cache = Path(settings["ARCHIVE_IMPORT_CACHE"])
    timeout = float(settings.get("ARCHIVE_IMPORT_LOCK_TIMEOUT", 900))
    with import_lock(cache, timeout):
        started = time.perf_counter()
        report = run_import(seeds, content, cache_dir=cache)
    logger.info(
        "import of %s: %d records (%d from cache), %d files written, %d removed, "
        "%d unreadable, %d quarantined in %.2f s",
        seeds,
        len(report.records),
        report.from_cache,
        report.written,
        report.removed,
        sum(map(is_problem, report.errors)),  # not a WARC's skip counts (info)
        len(report.quarantined),
        time.perf_counter() - started,
    )


@contextmanager
def import_lock(folder: Path, timeout: float, poll: float = 0.1) -> Iterator[Path]:
    """Hold the exclusive import lock of `folder` (its file `import.lock`, made if
    missing) for the block; wait for it at most `timeout` seconds, then raise
    ImportLockTimeout. The holder's process id is written into the file, for the
    message of a run that waits. The file is never removed (removing a lock file lets
    a third process lock a new file while the second holds the old one).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, import_lock(Path(folder), 1) as lock:
    ...     lock.name, lock.read_text() == str(os.getpid())
    ('import.lock', True)
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    # No symlink followed: the cache folder may be shared, the lock is only ever ours.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        _acquire(fd, path, timeout, poll)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock (no forked process of the import is left)


def _acquire(fd: int, path: Path, timeout: float, poll: float) -> None:
    """Take the lock on `fd`, waiting at most `timeout` seconds (polling: flock has no
    timeout of its own). Logs once when it has to wait, and when it got the lock."""
    if _try_lock(fd):
        return
    started = time.monotonic()
    # A warning, to be seen without -v: a run that seems to hang says why (`make html`
    # imports first and its runs do not import, so they never wait here).
    logger.warning(
        "another Pelican run is importing seeds/ (lock %s held by %s): waiting for it "
        "(at most %g s)",
        path,
        _holder(fd),
        timeout,
    )
    while time.monotonic() - started < timeout:
        time.sleep(poll)
        if _try_lock(fd):
            logger.info("import lock %s taken after %.1f s", path, time.monotonic() - started)
            return
    raise ImportLockTimeout(
        f"{path}: still held by {_holder(fd)} after {timeout:g} s "
        "(ARCHIVE_IMPORT_LOCK_TIMEOUT); another import of seeds/ is running or hangs"
    )


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(fd: int) -> str:
    """The process that holds the lock, as it wrote itself into the file."""
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return f"process {text}" if text.isdigit() else "another process"
