"""What one Pelican run wrote or kept in its part of output/ (`RUN_FILES`), the writer
that writes each file whole and counts it (`ArchiveWriter`), and the end of a run
(`output_finished`): the sitemap, then every file of the run's part that it did not
write or keep is removed (output_files.prune), then the run fails if a step failed.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from pelican.writers import Writer

from ..common.atomic import AtomicText
from . import publish
from .output_files import prune

logger = logging.getLogger(__name__)


# The shared outputs' part of output/ (shared.py), left as it is when their step failed.
SHARED_PARTS = ("search/idx/", "data/")


class RunFiles:
    """The files one Pelican run wrote or kept in its part of output/ (one run per
    process: reset when it starts), and the failures that fail it at its end."""

    def __init__(self) -> None:
        self.reset()

    def reset(self, *_) -> None:
        self.paths: set[str] = set()
        self.held: list[str] = []
        self.failures: list[str] = []
        self.settled: list[tuple[str, str]] = []  # (folder, page): see settle
        self.pruned: list[Callable[[list[str]], None]] = []  # see on_pruned

    def add(self, path) -> None:
        self.paths.add(os.path.abspath(path))

    def add_absolute(self, path: str) -> None:
        """`add` for a path already absolute and normal (page_keys.is_plain)."""
        self.paths.add(path)

    def settle(self, folder: str, page: str) -> None:
        """Each folder under `folder` (relative to the run's output) holds its file
        `page` and nothing else, as the last run left it: the end of the run lists
        only those whose page this run did not write or keep (output_files.prune)."""
        self.settled.append((folder, page))

    def on_pruned(self, callback: Callable[[list[str]], None]) -> None:
        """Call `callback` with the paths the end of the run removed (relative to the
        run's output), once they are removed (page_keys.PageKeys.restamp)."""
        self.pruned.append(callback)

    def fail(self, message: str, held: tuple[str, ...] = ()) -> None:
        self.failures.append(message)
        self.held += held

    def relative(self, root: Path) -> set[str]:
        base = os.path.abspath(root) + os.sep
        return {p[len(base) :].replace(os.sep, "/") for p in self.paths if p.startswith(base)}


RUN_FILES = RunFiles()


class BuildFailed(RuntimeError):
    """A step of the build failed: the run exits with an error (make html fails)."""


class ArchiveWriter(Writer):
    """Pelican's writer, writing each file whole (a temporary file, then os.replace: a
    build killed mid-write leaves no page cut short) and counting it as written."""

    def _open_w(self, filename, encoding, override=False):
        # Pelican's own checks against writing one file twice, as in Writer._open_w.
        if filename in self._overridden_files:
            if override:
                raise RuntimeError(f"Failed to overwrite {filename!r} a second time")
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise RuntimeError(f"Failed to overwrite {filename!r}: already written")
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        RUN_FILES.add(filename)
        return AtomicText(filename, encoding)


def get_writer(pelican):
    return ArchiveWriter


def output_finished(pelican) -> None:
    """At the end of a run: the sitemap (Simplified run), then every file of the run's
    part of output/ that it did not write or keep is removed (output_files), then the
    run fails if a step failed."""
    publish.write_sitemap(pelican)
    root = Path(pelican.output_path)
    keep = RUN_FILES.relative(root)
    if pelican.settings.get("ARCHIVE_SCRIPT", "hans") == "hans":
        # Written by publish.write_sitemap, which removes its own stale files.
        keep |= {p.name for p in root.glob("sitemap*.xml")} | {"robots.txt"}
    started = time.perf_counter()
    removed = prune(
        root,
        keep,
        others=pelican.settings.get("ARCHIVE_OTHER_SITES", ()),
        held=RUN_FILES.held,
        settled=RUN_FILES.settled,
    )
    for callback in RUN_FILES.pruned:
        callback(removed)
    logger.info(
        "output: %d files, %d removed (not written by this build) in %.2f s",
        len(keep),
        len(removed),
        time.perf_counter() - started,
    )
    if RUN_FILES.failures:
        raise BuildFailed("; ".join(RUN_FILES.failures))
