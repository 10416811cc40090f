"""What every database behind ``--db`` does: schema, batched writes, resumption, queries, table reads.

The SQL is written once with ``?`` placeholders; a backend names its dialect, its connection and
the few statements that differ (full-text search, streaming reads).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from newsgraph.errors import StoreTooNew
from newsgraph.store.rows import (ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_ACTOR_COLUMNS, EVENT_COLUMNS,
                                  QUOTE_COLUMNS, ArticleRows)
from newsgraph.store.schema import MIGRATIONS

TABLES = {"articles": ARTICLE_COLUMNS, "actors": ACTOR_COLUMNS, "events": EVENT_COLUMNS,
          "event_actors": EVENT_ACTOR_COLUMNS, "quotes": QUOTE_COLUMNS,
          "article_origins": ("origin", "article_id", "external_id"),
          "failures": ("origin", "article_id", "stage", "code", "message", "failed_at")}
# Ids per "which of these are stored?" query; well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500


@dataclass(frozen=True, slots=True)
class Failure:
    origin: str
    article_id: str | None
    stage: str  # read, clean, parse, analyse
    code: str
    message: str


@dataclass(slots=True)
class Batch:
    """What one transaction writes: new articles with their rows, where inputs came from, failures."""

    articles: list[ArticleRows]
    origins: list[tuple[str, str, str | None]]  # origin, article id, external id
    failures: list[Failure]


class Store:
    dialect = ""

    def __init__(self, connection: Any, location: str) -> None:
        self.connection = connection
        self.location = location

    # -- what a backend provides -------------------------------------------------------------

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _sql(self, statement: str) -> str:
        return statement

    def _text_search(self, column: str, table: str) -> str:
        """A WHERE clause, with one placeholder for the user's words, true where ``column`` holds them."""
        raise NotImplementedError

    def _search_words(self, words: str) -> str:
        return words

    def _stream(self, statement: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        cursor = self.connection.cursor()
        cursor.execute(self._sql(statement), params)
        yield from cursor

    # -- schema ----------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Applies the migrations this database lacks, each in its own transaction; returns their names."""
        self._execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in self._rows("SELECT name FROM schema_migrations")}
        known = {migration.name for migration in MIGRATIONS}
        if unknown := sorted(applied - known):
            raise StoreTooNew(f"{self.location} has schema migrations this newsgraph does not know "
                              f"({', '.join(unknown)}); upgrade newsgraph to read it")
        added = []
        for migration in MIGRATIONS:
            if migration.name in applied:
                continue
            with self.transaction():
                for statement in migration.statements(self.dialect):
                    self._execute(statement)
                self._execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                              (migration.name, _now()))
            added.append(migration.name)
        return added

    def migrations(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT name FROM schema_migrations ORDER BY name")]

    # -- writing ---------------------------------------------------------------------------------

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already: what a rerun skips."""
        ids = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            found.update(row[0] for row in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def write(self, batch: Batch) -> None:
        """One transaction: all of the batch is stored, or none of it (a killed run redoes the batch)."""
        with self.transaction():
            for rows in batch.articles:
                if not self._insert("articles", ARTICLE_COLUMNS, [rows.article], conflict="(id) DO NOTHING"):
                    continue  # stored meanwhile by another run on the same database
                self._insert("actors", ACTOR_COLUMNS, rows.actors)
                self._insert("events", EVENT_COLUMNS, rows.events)
                self._insert("event_actors", EVENT_ACTOR_COLUMNS, rows.event_actors)
                self._insert("quotes", QUOTE_COLUMNS, rows.quotes)
            if batch.origins:
                self._insert("article_origins", ("origin", "article_id", "external_id"), batch.origins,
                             conflict="(origin) DO NOTHING")
                self._executemany("DELETE FROM failures WHERE origin = ?", [(o[0],) for o in batch.origins])
            if batch.failures:
                now = _now()
                self._insert("failures", TABLES["failures"],
                             [(f.origin, f.article_id, f.stage, f.code, f.message, now) for f in batch.failures],
                             conflict="(origin) DO UPDATE SET article_id = excluded.article_id, "
                                      "stage = excluded.stage, code = excluded.code, "
                                      "message = excluded.message, failed_at = excluded.failed_at")

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple], *, conflict: str = "") -> int:
        if not rows:
            return 0
        statement = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                     + (f" ON CONFLICT {conflict}" if conflict else ""))
        if len(rows) == 1:
            return self._execute(statement, rows[0]).rowcount
        return self._executemany(statement, rows)

    # -- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {table: self._rows(f"SELECT COUNT(*) FROM {table}")[0][0] for table in TABLES}

    def failures(self) -> list[Failure]:
        return [Failure(*row) for row in self._rows(
            "SELECT origin, article_id, stage, code, message FROM failures ORDER BY origin")]

    def events(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
               until: date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Events with their article's date, title and address, oldest first.

        ``actor`` matches a source or target by part of its name or by the start of its code
        (``RUS`` finds RUSGOV); ``event_type`` is a PLOVER type (CONSULT) or a CAMEO code prefix (04, 040).
        """
        clauses, params = [], []
        if actor:
            clauses.append("EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.article_id = ea.article_id "
                           "AND ac.actor_id = ea.actor_id WHERE ea.article_id = e.article_id "
                           "AND ea.event_id = e.event_id AND " + _actor_match("ac") + ")")
            params += _actor_params(actor)
        if event_type:
            if event_type.strip().isdigit():
                clauses.append("e.cameo LIKE ?")
                params.append(event_type.strip() + "%")
            else:
                clauses.append("e.plover = ?")
                params.append(event_type.strip().upper())
        if since:
            clauses.append("e.day >= ?")
            params.append(since.isoformat())
        if until:
            clauses.append("e.day <= ?")
            params.append(until.isoformat())
        return self._dicts(
            "SELECT e.*, a.published, a.title, a.url FROM events e JOIN articles a ON a.id = e.article_id"
            + _where(clauses) + " ORDER BY e.day IS NULL, e.day, e.article_id, e.event_id" + _limit(limit), params)

    def quotes(self, *, speaker: str | None = None, search: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes with their article's date and title; ``search`` takes words that must all occur."""
        clauses, params = [], []
        if speaker:
            clauses.append("(LOWER(q.speaker) LIKE ? OR EXISTS (SELECT 1 FROM actors ac WHERE "
                           "ac.article_id = q.article_id AND ac.actor_id = q.speaker_actor AND "
                           + _actor_match("ac") + "))")
            params += [f"%{speaker.lower()}%", *_actor_params(speaker)]
        if search and search.strip():
            clauses.append(self._text_search("q.content", "quotes"))
            params.append(self._search_words(search))
        return self._dicts(
            "SELECT q.*, a.published, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id"
            + _where(clauses) + " ORDER BY a.published IS NULL, a.published, q.article_id, q.quote_id"
            + _limit(limit), params)

    def actors(self, *, name: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Actors across articles, by name and code, most widely reported first."""
        clauses, params = [], []
        if name:
            clauses.append(_actor_match("ac"))
            params += _actor_params(name)
        return self._dicts(
            "SELECT ac.name, ac.code, ac.kind, COUNT(DISTINCT ac.article_id) AS articles, "
            "SUM(ac.mentions) AS mentions FROM actors ac" + _where(clauses)
            + " GROUP BY ac.name, ac.code, ac.kind ORDER BY articles DESC, mentions DESC, ac.name" + _limit(limit),
            params)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored article's ``newsgraph/1`` record, in the order they were stored."""
        for (record,) in self._stream("SELECT record FROM articles ORDER BY stored_at, id"):
            yield json.loads(record)

    def records_with_provenance(self) -> Iterator[tuple[dict[str, Any], str, str | None]]:
        """Each record with when it was stored and the first input it came from."""
        for record, stored_at, origin in self._stream(
                "SELECT a.record, a.stored_at, (SELECT MIN(o.origin) FROM article_origins o "
                "WHERE o.article_id = a.id) FROM articles a ORDER BY a.stored_at, a.id"):
            yield json.loads(record), stored_at, origin

    def table(self, name: str) -> tuple[Sequence[str], Iterator[tuple]]:
        """A whole table's columns and rows, streamed, for exports."""
        columns = TABLES[name]
        order = ", ".join(columns[:2] if name != "articles" else columns[:1])
        return columns, self._stream(f"SELECT {', '.join(columns)} FROM {name} ORDER BY {order}")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------

    def _execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(self._sql(statement), params)
        return cursor

    def _executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> int:
        cursor = self.connection.cursor()
        cursor.executemany(self._sql(statement), rows)
        return cursor.rowcount

    def _rows(self, statement: str, params: Sequence[Any] = ()) -> list[tuple]:
        return list(self._execute(statement, params).fetchall())

    def _dicts(self, statement: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(statement, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def _actor_match(alias: str) -> str:
    return f"(LOWER({alias}.name) LIKE ? OR {alias}.code LIKE ?)"


def _actor_params(value: str) -> list[str]:
    value = value.strip()
    return [f"%{value.lower()}%", f"{value.upper()}%"]


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit else ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
