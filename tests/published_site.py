"""A small archive built the way it is published, shared by the site-quality tests.

The seed report plus a few clean synthetic reports (public_records.synth.corpus), built once
per test process into a temporary folder, either with relative URLs (the local default)
or with an absolute ARCHIVE_SITEURL under a sub-path, as GitHub Pages serves it.
SOURCE_DATE_EPOCH fixes the build date that citations show.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

from public_records.synth.corpus import parse_rates, write_corpus
from sitebuild import SEED, build_site

PUBLISHED_URL = "https://example.github.io/repo"
BUILD_EPOCH = "1735689600"  # 2025-01-01T00:00:00Z
BUILD_DATE = "2025-01-01"
SYNTHETIC_REPORTS = 6


def write_seeds(folder: Path) -> Path:
    """The seed, the registry and SYNTHETIC_REPORTS clean synthetic reports (with
    their sidecars)."""
    scratch = folder / "synth"
    write_corpus(scratch, SYNTHETIC_REPORTS, seed=7, rates=parse_rates(""), clean=True)
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copytree(SEED.parent / "registry", seeds / "registry")  # officials, topics, places
    for path in scratch.iterdir():
        if path.suffix in (".txt", ".yml"):
            shutil.copy(path, seeds / path.name)
    return seeds


def build(work: Path, siteurl: str = "") -> Path:
    """Build into work/output with ARCHIVE_SITEURL=siteurl ("" for relative URLs)."""
    saved = {k: os.environ.get(k) for k in ("ARCHIVE_SITEURL", "SOURCE_DATE_EPOCH")}
    os.environ["SOURCE_DATE_EPOCH"] = BUILD_EPOCH
    os.environ.pop("ARCHIVE_SITEURL", None)
    if siteurl:
        os.environ["ARCHIVE_SITEURL"] = siteurl
    try:
        return build_site(write_seeds(work), work)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@functools.cache
def built_site(siteurl: str = "") -> Path:
    """The output folder of a build, made once per process and per siteurl."""
    work = Path(tempfile.mkdtemp(prefix="published-site-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    return build(work, siteurl)
