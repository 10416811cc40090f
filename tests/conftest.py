"""Shared fixtures: the trained pipeline (loaded once), the shared example, and hand-built Docs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "kim-lavrov-talks.txt"
SHARED_EXAMPLE = SHARED / "examples" / "dprk-russia-lavrov.txt"


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def gazetteer():
    from newsgraph.actors import default_gazetteer
    return default_gazetteer()


@pytest.fixture
def shared_example() -> str:
    if not SHARED_EXAMPLE.exists():
        pytest.skip(f"the shared example {SHARED_EXAMPLE} is absent (it lives in the workplace's shared/ folder)")
    return SHARED_EXAMPLE.read_text(encoding="utf-8")
