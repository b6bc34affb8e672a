"""Shared fixtures: paths of the project and the seed report."""

import pytest
from sitebuild import SEED

# A developer's git-ignored folders under tests/real/ (the pages' texts, a round's survey
# with its helper scripts) are no tests: --doctest-modules would import (run) any script
# left there. Three rounds of 2026-12-06 had a survey script run this way by `make test`.
collect_ignore_glob = ["real/pages/*", "real/survey*"]


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
