"""Where corpus runs keep their results: SQLite by default, PostgreSQL for shared use."""

from __future__ import annotations

from pathlib import Path

from newsgraph.store.base import Batch, Failure, Store
from newsgraph.store.rows import ArticleRows, rows_of

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(target: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
    """The store at ``target``: a PostgreSQL URL, ``sqlite:///path``, or a file path.

    With ``create=False`` a missing SQLite file is an error instead of a new, empty database;
    ``read_only=True`` opens an existing newsgraph database so that nothing can write to it (not
    even a schema migration; a database whose schema this newsgraph does not read as it is is an
    error).
    """
    target = str(target)
    if target.startswith(POSTGRES_SCHEMES):
        from newsgraph.store.postgres import PostgresStore
        return PostgresStore.open(target, create=create, read_only=read_only)
    from newsgraph.store.sqlite import SQLiteStore
    return SQLiteStore.open(target.removeprefix("sqlite:///"), create=create, read_only=read_only)


__all__ = ["ArticleRows", "Batch", "Failure", "Store", "open_store", "rows_of"]
