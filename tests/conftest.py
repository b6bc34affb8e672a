"""Shared fixtures: paths of the project and the seed report."""

import pytest
from sitebuild import SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
