"""Debian's Chromium for the browser tests and benchmarks (never a downloaded browser).

The flags keep headless Chromium from reaching for Google's hosts, which this closed
network refuses (and which a static archive must never need)."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING = "Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs it)"


def skip_without_chromium() -> None:
    """Skip the calling test module when Chromium is missing."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip(MISSING, allow_module_level=True)
