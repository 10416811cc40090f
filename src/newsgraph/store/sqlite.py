"""The default store: one SQLite file, in WAL mode so readers (Datasette, sqlite3) work during a run."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.errors import StoreUnavailable
from newsgraph.store.base import Store
from newsgraph.store.schema import SQLITE


class SQLiteStore(Store):
    dialect = SQLITE
    unavailable = (sqlite3.OperationalError,)

    def out_of_service(self, error: BaseException) -> bool:
        # OperationalError is also a misspelt column: only these are the file's state, not a bug
        return any(word in str(error).lower() for word in ("locked", "busy", "full", "disk i/o", "readonly",
                                                            "read-only", "unable to open"))

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> SQLiteStore:
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        if not create and not path.exists():
            raise StoreUnavailable(f"there is no database at '{path}'; fill one with newsgraph run ... --db {path}")
        if not path.parent.exists():
            raise StoreUnavailable(f"the folder '{path.parent}' for the database does not exist; create it first")
        try:
            # Autocommit, with transactions opened explicitly by ``transaction``.
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA foreign_keys = ON")
            # Committed transactions survive a killed process in WAL mode with NORMAL syncing.
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA busy_timeout = 10000")
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"'{path}' cannot be opened as an SQLite database ({exc})") from None
        store = cls(connection, str(path))
        try:
            store.migrate()
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreUnavailable(f"'{path}' cannot be used as a newsgraph database ({exc})") from None
        except BaseException:
            connection.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> SQLiteStore:
        """The database as it is, opened so that nothing can write to it (no migration either);
        usable from several threads, one at a time."""
        if not path.is_file():
            raise StoreUnavailable(f"there is no database at '{path}'; fill one with newsgraph run ... --db {path}")
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA busy_timeout = 10000")
            store = cls(connection, str(path))
            store.check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"'{path}' cannot be opened as an SQLite database ({exc})") from None
        except BaseException:
            connection.close()
            raise
        return store

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def _text_search(self, column: str, table: str, terms: list[str]) -> tuple[str, list[str]]:
        # Each term as a quoted FTS5 string (several words in one are a phrase): all must occur,
        # and no character the user typed is FTS5 query syntax.
        alias = column.split(".")[0]
        query = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return f"{alias}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)", [query]
