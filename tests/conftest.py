"""Shared fixtures: the trained pipeline (loaded once), the shared example, and hand-built Docs."""

from __future__ import annotations

import os
import uuid
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


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of a PostgreSQL server's admin database: $NEWSGRAPH_TEST_POSTGRES, or one started here.

    A server is started from the installed PostgreSQL binaries (Debian's ``postgresql`` package),
    as the ``postgres`` user when the tests run as root, on 127.0.0.1. Without them the PostgreSQL
    tests skip, unless NEWSGRAPH_REQUIRE_POSTGRES is set (CI sets it), when they fail.
    """
    from tests.postgres import start_server, stop_server
    if url := os.environ.get("NEWSGRAPH_TEST_POSTGRES"):
        yield url
        return
    try:
        server = start_server()
    except RuntimeError as reason:
        if os.environ.get("NEWSGRAPH_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but cannot start: {reason}")
        pytest.skip(f"no PostgreSQL server for the PostgreSQL store tests: {reason}")
    try:
        yield server.url
    finally:
        stop_server(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """A new, empty database of each kind, as what ``--db`` takes."""
    if request.param == "sqlite":
        return str(tmp_path / "newsgraph.db")
    from tests.postgres import create_database
    return create_database(request.getfixturevalue("postgres_server"), f"t{uuid.uuid4().hex[:12]}")
