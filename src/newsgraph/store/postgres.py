"""PostgreSQL behind the same interface, for databases several people or machines share.

Needs the ``postgres`` extra (psycopg 3).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from newsgraph.errors import ExtraNotInstalled, StoreUnavailable
from newsgraph.store.base import Store
from newsgraph.store.schema import POSTGRES


class PostgresStore(Store):
    dialect = POSTGRES

    @classmethod
    def open(cls, url: str, *, create: bool = True, read_only: bool = False) -> PostgresStore:
        try:
            import psycopg
        except ImportError:
            raise ExtraNotInstalled("PostgreSQL needs psycopg: pip install 'newsgraph[postgres]'") from None
        try:
            connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {_without_password(url)} ({str(exc).strip()})") from None
        store = cls(connection, _without_password(url))
        store.unavailable = (psycopg.OperationalError,)  # the server gone, restarted, out of disk
        try:
            if read_only:
                # every statement's transaction is read-only: the server refuses any write
                connection.execute("SET default_transaction_read_only = on")
                store.check_schema()
            else:
                store.migrate()
        except BaseException:
            connection.close()
            raise
        return store

    def transaction(self) -> AbstractContextManager[Any]:
        return self.connection.transaction()

    def _sql(self, statement: str) -> str:
        # psycopg's placeholder; the shared SQL has no literal '%' (patterns travel as parameters).
        return statement.replace("?", "%s")

    def _text_search(self, column: str, table: str, terms: list[str]) -> tuple[str, list[str]]:
        if table == "articles":  # the expression the articles_search index is built on: title and text
            alias = column.split(".")[0]
            column = f"coalesce({alias}.title, '') || ' ' || {alias}.text"
        # one phraseto_tsquery per term (a word is a phrase of one): no character typed is syntax
        query = " && ".join("phraseto_tsquery('english', ?)" for _ in terms)
        return f"to_tsvector('english', {column}) @@ ({query})", list(terms)

    def _stream(self, statement: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        yield from self.connection.cursor().stream(self._sql(statement), params)


def _without_password(url: str) -> str:
    """The URL to show in messages: ``postgresql://user:secret@host/db`` → ``postgresql://user@host/db``."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    return f"{scheme}{sep}{credentials.split(':')[0]}@{host}"
