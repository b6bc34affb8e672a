"""`pelican --autoreload` (alone or with `--listen`) also watches ARCHIVE_WATCH (seeds/:
reports, sidecars, the registry), so that a new or edited report is imported and built.

Pelican 4.12 has no setting for what it watches: its `wait_for_changes` watches the
settings file, THEME, PATH and each of PATH's STATIC_PATHS, with Pelican's own filter
(IGNORE_FILES and watchfiles' defaults). Adding seeds/ to STATIC_PATHS would also copy
every raw report into output/ (and, seeds/ being outside PATH, outside output/). So
the plugin wraps that function: it hands Pelican's own function a copy of the settings
whose STATIC_PATHS also list ARCHIVE_WATCH (absolute paths: `os.path.join(PATH, p)` is
`p`), which only the watcher reads. tests/test_pelican_import.py checks that an
autoreloading Pelican builds a report added to seeds/.
"""

from __future__ import annotations

import logging
import os

import pelican

logger = logging.getLogger(__name__)


def watch_seeds() -> None:
    """Make Pelican's autoreload watch ARCHIVE_WATCH too (once per process)."""
    original = getattr(pelican, "wait_for_changes", None)
    if original is None:
        logger.info("this Pelican has no wait_for_changes: --autoreload does not watch seeds/")
        return
    if getattr(original, "watches_archive", False):
        return

    def wait_for_changes(settings_file, settings):
        extra = [os.path.abspath(p) for p in settings.get("ARCHIVE_WATCH", ()) if p]
        if extra:
            settings = settings.copy()  # the run's own settings stay as they are
            settings["STATIC_PATHS"] = [*settings.get("STATIC_PATHS", ()), *extra]
        return original(settings_file, settings)

    wait_for_changes.watches_archive = True
    pelican.wait_for_changes = wait_for_changes
