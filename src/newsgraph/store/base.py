"""What every database behind ``--db`` does: schema, batched writes, resumption, queries, table reads.

The SQL is written once with ``?`` placeholders; a backend names its dialect, its connection and
the few statements that differ (full-text search, streaming reads).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from newsgraph.errors import BadOption, StoreTooNew, StoreUnavailable
from newsgraph.happenings import JOIN, Report, group, happening_key, summary
from newsgraph.store.rows import (ACTOR_COLUMNS, ARTICLE_COLUMNS, EVENT_ACTOR_COLUMNS, EVENT_COLUMNS,
                                  QUOTE_COLUMNS, ArticleRows)
from newsgraph.store.schema import MIGRATIONS

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:  # newsgraph.copies needs numpy and datasketch: imported by the runs that find copies
    from newsgraph.copies import CopyIndex

HAPPENING_COLUMNS = ("id", "happening_key", "cameo", "plover", "source", "source_code", "target", "target_code",
                     "day", "place", "place_country", "events", "articles", "sources", "first_article",
                     "first_event")
TABLES = {"articles": ARTICLE_COLUMNS, "actors": ACTOR_COLUMNS, "events": (*EVENT_COLUMNS, "happening_id"),
          "event_actors": EVENT_ACTOR_COLUMNS, "quotes": QUOTE_COLUMNS, "happenings": HAPPENING_COLUMNS,
          "copies": ("article_id", "copy_of", "similarity"),
          "article_origins": ("origin", "article_id", "external_id"),
          "failures": ("origin", "article_id", "stage", "code", "message", "failed_at")}
QUOTE_KINDS = ("direct", "mixed", "indirect")
# An exported event's own columns; its actors are in columns of their own, one actor per side and row.
PAIR_EVENT_COLUMNS = ("article_id", "event_id", "cameo", "root", "plover", "mode", "goldstein", "quad_class",
                      "trigger", "sentence", "event_date", "day", "place", "place_country", "lat", "lon", "via",
                      "negated", "hypothetical", "confidence", "happening_id")
PAIR_ACTOR_COLUMNS = (("actor_id", "_actor"), ("name", ""), ("code", "_code"), ("country", "_country"),
                      ("sector", "_sector"))
# The day a quote was said, where its date names one ("2025-07-12", "2025-07-12TEV"; not "2025-W28"
# or "XXXX-WXX-4"), else its article's publication date.
# (No LIKE: the shared SQL holds no literal '%', which psycopg would read as a placeholder.)
_QUOTE_DAY = ("COALESCE(CASE WHEN SUBSTR(q.quote_date, 1, 1) BETWEEN '0' AND '9' AND SUBSTR(q.quote_date, 5, 1) = '-' "
              "AND SUBSTR(q.quote_date, 8, 1) = '-' AND SUBSTR(q.quote_date, 9, 1) BETWEEN '0' AND '3' "
              "THEN SUBSTR(q.quote_date, 1, 10) END, a.published)")
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


def _clearly(action: str) -> Callable[[F], F]:
    """A store method whose database errors that are no bug of ours (a lock held too long, a full
    disk, a server gone) end in one ``StoreUnavailable`` line (exit 5) saying what to do; the
    transaction they interrupted was rolled back, so nothing is half-written."""
    def decorate(method: F) -> F:
        @functools.wraps(method)
        def clearly(self: Store, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except self.unavailable as exc:
                if not self.out_of_service(exc):
                    raise
                raise StoreUnavailable(f"{action} {self.location} failed ({str(exc).strip()}); "
                                       f"{_what_to_do(str(exc))}") from None
        return clearly  # type: ignore[return-value]
    return decorate


def _what_to_do(error: str) -> str:
    error = error.lower()
    if "locked" in error or "busy" in error:
        return ("another process held its write lock for longer than newsgraph waits (10 s): let it finish "
                "or stop it, then run the same command again; what was stored is kept")
    if "full" in error or "space" in error:
        return "free some disk space, then run the same command again; what was stored is kept"
    if "readonly" in error or "read-only" in error:
        return "the database file or its folder is read-only: give one newsgraph may write"
    return "when the database is back, run the same command again; what was stored is kept"


class Store:
    dialect = ""
    # the driver's errors that mean the database cannot be used now, rather than a bug (see _clearly)
    unavailable: tuple[type[BaseException], ...] = ()

    def __init__(self, connection: Any, location: str) -> None:
        self.connection = connection
        self.location = location

    def out_of_service(self, error: BaseException) -> bool:
        """Whether ``error``, one of ``unavailable``, is the database's state rather than a bug."""
        return True

    # -- what a backend provides -------------------------------------------------------------

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _sql(self, statement: str) -> str:
        return statement

    def _text_search(self, column: str, table: str, terms: list[str]) -> tuple[str, list[str]]:
        """A WHERE clause and its parameters, true where ``column`` holds every term (a word, or a
        phrase of several; see search_terms)."""
        raise NotImplementedError

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

    def check_schema(self) -> None:
        """For a read-only opening: the database must be a newsgraph database this newsgraph can read
        as it is (a read never migrates)."""
        try:
            applied = {row[0] for row in self._rows("SELECT name FROM schema_migrations")}
        except Exception as exc:  # the backend's own error type: no such table
            raise StoreUnavailable(f"{self.location} is not a newsgraph database (it has no schema_migrations "
                                   f"table); fill one with newsgraph run ... --db {self.location}") from exc
        known = {migration.name for migration in MIGRATIONS}
        if unknown := sorted(applied - known):
            raise StoreTooNew(f"{self.location} has schema migrations this newsgraph does not know "
                              f"({', '.join(unknown)}); upgrade newsgraph to read it")
        if missing := sorted(known - applied):
            raise StoreUnavailable(f"{self.location} was written by an older newsgraph (it lacks {', '.join(missing)}); "
                                   f"upgrade it once with newsgraph dedupe --db {self.location}")

    def migrations(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT name FROM schema_migrations ORDER BY name")]

    # -- writing ---------------------------------------------------------------------------------

    @_clearly("reading")
    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already: what a rerun skips."""
        ids = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            found.update(row[0] for row in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    @_clearly("writing to")
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
                if rows.signature is not None:
                    self._insert("article_signatures", ("article_id", "signature"), [(rows.article_id, rows.signature)])
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

    @_clearly("finding copies in")
    def compare_copies(self, index: CopyIndex | None = None) -> CopyIndex:
        """Finds the copies among the articles not yet compared (see newsgraph.copies), in one
        transaction, and returns the index to pass to the next call (built from the database on
        the first). Each group of copies is rewritten whole: its original, the earliest article,
        has no row in ``copies``; every other member points to it with its similarity."""
        from newsgraph.copies import CopyIndex

        if index is None:
            index = CopyIndex()
            for article_id, stored in self._stream("SELECT article_id, signature FROM article_signatures "
                                                   "WHERE compared = 1 ORDER BY article_id"):
                index.restore(article_id, bytes(stored))
        fresh = self._rows("SELECT article_id, signature FROM article_signatures WHERE compared = 0 ORDER BY article_id")
        if not fresh:
            return index
        with self.transaction():
            for article_id, stored in fresh:
                linked = [other for other, _ in index.add(article_id, bytes(stored))]
                if linked:
                    self._regroup_copies([article_id, *linked], index)
            self._executemany("UPDATE article_signatures SET compared = 1 WHERE article_id = ?",
                              [(article_id,) for article_id, _ in fresh])
        return index

    def _regroup_copies(self, articles: list[str], index: CopyIndex) -> None:
        """Merges the groups of ``articles`` into one and rewrites its rows."""
        marks = ", ".join("?" * len(articles))
        originals = set(articles) | {row[0] for row in self._rows(
            f"SELECT copy_of FROM copies WHERE article_id IN ({marks})", articles)}
        marks = ", ".join("?" * len(originals))
        members = originals | {row[0] for row in self._rows(
            f"SELECT article_id FROM copies WHERE copy_of IN ({marks})", sorted(originals))}
        marks = ", ".join("?" * len(members))
        dated = self._rows(f"SELECT id, published FROM articles WHERE id IN ({marks})", sorted(members))
        from newsgraph.copies import original_of

        original = original_of(dated)
        self._execute(f"DELETE FROM copies WHERE article_id IN ({marks})", sorted(members))
        self._insert("copies", ("article_id", "copy_of", "similarity"),
                     [(member, original, index.similarity(member, original)) for member in sorted(members)
                      if member != original])
        self._rekey(sorted(members), original)

    def _rekey(self, members: list[str], original: str) -> None:
        """A copy's events group by the keys of its original's events (the same code at the same
        word, in order), their own where the original has no such event; the original's by their
        own. All are grouped again, and the keys they left are grouped at once without them."""
        marks = ", ".join("?" * len(members))
        events = self._rows(f"SELECT article_id, event_id, cameo, trigger, event_key, happening_key FROM events "
                            f"WHERE article_id IN ({marks}) ORDER BY article_id, event_id", members)
        counterparts: dict[tuple[str, str], list[str | None]] = {}
        for article_id, _, cameo, trigger, event_key, _ in events:
            if article_id == original:
                counterparts.setdefault((cameo, trigger), []).append(event_key)
        seen: dict[tuple[str, str, str], int] = {}
        keys, left = [], set()
        for article_id, event_id, cameo, trigger, event_key, grouped_by in events:
            n = seen[article_id, cameo, trigger] = seen.get((article_id, cameo, trigger), -1) + 1
            twins = counterparts.get((cameo, trigger), [])
            key = twins[n] if article_id != original and n < len(twins) else event_key
            keys.append((key, article_id, event_id))
            if grouped_by is not None and grouped_by != key:
                left.add(grouped_by)
        # whose copy an article is decides which happening its reports join: group them again
        self._executemany("UPDATE events SET happening_key = ?, happening_id = NULL WHERE article_id = ? "
                          "AND event_id = ?", keys)
        for key in sorted(left):
            self._regroup(self._report_rows("e.happening_key = ?", [key]), key)

    def stored_times(self) -> dict[str, str]:
        """When each article was stored, by id."""
        return dict(self._stream("SELECT id, stored_at FROM articles"))

    def happening_reports(self) -> dict[str, list[list[str]]]:
        """Each happening's reports, as [article id, event id], by article and in natural order of
        their events (E2 before E10)."""
        found: dict[str, list[list[str]]] = {}
        for happening_id, article_id, event_id in self._stream(
                "SELECT happening_id, article_id, event_id FROM events WHERE happening_id IS NOT NULL "
                f"ORDER BY happening_id, article_id, {_natural('event_id')}"):
            found.setdefault(happening_id, []).append([article_id, event_id])
        return found

    def unsigned_articles(self) -> Iterator[list[tuple[str, str]]]:
        """(id, text) of the articles stored before newsgraph kept signatures, a chunk at a time
        (the texts of a whole corpus need not fit in memory)."""
        ids = [row[0] for row in self._rows("SELECT a.id FROM articles a WHERE NOT EXISTS "
                                            "(SELECT 1 FROM article_signatures s WHERE s.article_id = a.id) "
                                            "ORDER BY a.id")]
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            yield self._rows(f"SELECT id, text FROM articles WHERE id IN ({', '.join('?' * len(chunk))}) "
                             "ORDER BY id", chunk)

    def add_signatures(self, signed: list[tuple[str, bytes]]) -> None:
        with self.transaction():
            self._insert("article_signatures", ("article_id", "signature"), signed)

    def copies(self) -> list[dict[str, Any]]:
        """Every stored copy with its original and their estimated similarity."""
        return self._dicts("SELECT article_id, copy_of, similarity FROM copies ORDER BY copy_of, article_id")

    def ungrouped_keys(self) -> list[str]:
        """The keys of the events not yet in a happening, after giving a key to those stored
        before newsgraph kept one (a database from before happenings)."""
        return self._key_ungrouped()[0]

    def _key_ungrouped(self) -> tuple[list[str], list[dict[str, Any]]]:
        """Keys the ungrouped events that have none yet and can have one; returns the keys of all
        ungrouped events, and the rows of those that have no actor, hence no key."""
        unkeyed = self._report_rows("e.happening_key IS NULL AND e.happening_id IS NULL", [])
        parties: dict[tuple[str, str], dict[str, list[tuple[str, str | None, str]]]] = {}
        if unkeyed:
            for article_id, event_id, role, name, code, kind in self._rows(
                    "SELECT ea.article_id, ea.event_id, ea.role, ac.name, ac.code, ac.kind FROM events e "
                    "JOIN event_actors ea ON ea.article_id = e.article_id AND ea.event_id = e.event_id "
                    "JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id "
                    "WHERE e.happening_key IS NULL AND e.happening_id IS NULL"):
                parties.setdefault((article_id, event_id), {}).setdefault(role, []).append((name, code, kind))
        keyed, keyless = [], []
        for row in unkeyed:
            sides = parties.get((row["article_id"], row["event_id"]), {})
            key = happening_key(row["plover"], row["cameo"], sides.get("source", []), sides.get("target", []))
            if key is None:
                keyless.append(row)
            else:
                keyed.append((key, key, row["article_id"], row["event_id"]))
        if keyed:
            with self.transaction():
                self._executemany("UPDATE events SET event_key = ?, happening_key = ? WHERE article_id = ? "
                                  "AND event_id = ?", keyed)
        keys = [row[0] for row in self._rows("SELECT DISTINCT happening_key FROM events WHERE happening_id IS NULL "
                                             "AND happening_key IS NOT NULL ORDER BY happening_key")]
        return keys, keyless

    @_clearly("grouping happenings in")
    def regroup(self, progress: Callable[[int], None] | None = None) -> int:
        """Groups the events not yet in a happening, with the stored events of their keys, into
        happenings (see newsgraph.happenings); one transaction per key, so a run killed midway
        leaves events still to group, which the next call groups. ``progress`` is called once
        per key. Returns the keys regrouped."""
        keys, keyless = self._key_ungrouped()
        for key in keys:
            with self.transaction():
                self._regroup(self._report_rows("e.happening_key = ?", [key]), key)
            if progress:
                progress(1)
        if keyless:
            with self.transaction():
                self._regroup(keyless, None)
        return len(keys)

    def _report_rows(self, condition: str, params: list[Any]) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT e.article_id, e.event_id, e.happening_key, e.cameo, e.plover, e.source, e.source_code, e.target, "
            "e.target_code, e.event_date, e.day, e.place, e.place_country, e.lat, e.lon, e.happening_id, "
            "a.published, a.source AS outlet, a.url, c.copy_of FROM events e JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN copies c ON c.article_id = e.article_id WHERE " + condition, params)

    def _regroup(self, rows: list[dict[str, Any]], key: str | None) -> None:
        reports = [Report(r["article_id"], r["event_id"], key, r["cameo"], _day_of(r["day"]),
                          bool(r["event_date"]) and r["event_date"][:10] == r["day"], r["place_country"], r["lat"],
                          r["lon"], r["copy_of"])
                   for r in rows]
        ids = group(reports)
        members: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            members.setdefault(ids[row["article_id"], row["event_id"]], []).append(row)
        changed = [(ids[r["article_id"], r["event_id"]], r["article_id"], r["event_id"]) for r in rows
                   if r["happening_id"] != ids[r["article_id"], r["event_id"]]]
        if changed:
            self._executemany("UPDATE events SET happening_id = ? WHERE article_id = ? AND event_id = ?", changed)
        # the key's happenings as they were (reports grouped again have had their happening_id
        # cleared meanwhile); events with no key are only ever grouped once, alone
        old = {row[0] for row in self._rows("SELECT id FROM happenings WHERE happening_key = ?", [key])} \
            if key is not None else set()
        gone = sorted(old - members.keys())
        for start in range(0, len(gone), _IDS_PER_QUERY):
            chunk = gone[start:start + _IDS_PER_QUERY]
            self._execute(f"DELETE FROM happenings WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        rows_out = []
        for happening_id, reported in sorted(members.items()):
            told = summary(reported)
            rows_out.append((happening_id, key, *(told[c] for c in HAPPENING_COLUMNS[2:])))
        self._insert("happenings", HAPPENING_COLUMNS, rows_out,
                     conflict="(id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in HAPPENING_COLUMNS[1:]))

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
        """The inputs that could not be stored, in natural order of their origin (``feed.jsonl:2``
        before ``feed.jsonl:10``)."""
        rows = self._rows("SELECT origin, article_id, stage, code, message FROM failures")
        return [Failure(*row) for row in sorted(rows, key=lambda row: natural_key(row[0]))]

    def events(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
               until: date | None = None, search: str | None = None, source: str | None = None,
               target: str | None = None, country: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
        """Events with their article's date, title and address, oldest first.

        ``actor`` matches a source or target by part of its name or by the start of its code
        (``RUS`` finds RUSGOV), ``source`` and ``target`` that side alone; ``country``, a source or
        target of that country (its ISO 3166 alpha-3 code or CAMEO's IGO, NGO, ...; never a code
        with no country such as GOV); ``event_type`` is a PLOVER type (CONSULT) or a CAMEO code
        prefix (04, 040); ``search``, words that must all occur in the event's article (full-text
        search, see search_terms).
        """
        clauses: list[str] = []
        params: list[Any] = []
        self._search(search, "a.text", "articles", clauses, params)
        for role, value in ((None, actor), ("source", source), ("target", target)):
            if value and value.strip():
                clauses.append(_actor_events(role))
                params += _actor_params(value)
        if country and country.strip():
            if not re.fullmatch(r"[A-Za-z]{3}", country.strip()):  # a name would match nothing, silently
                raise BadOption(f"the country {country!r} is not a code of three letters (RUS, PRK, IGO); "
                                "find actors by name with the actor filter")
            clauses.append("(e.article_id, e.event_id) IN (SELECT ea.article_id, ea.event_id FROM actors ac "
                           "JOIN event_actors ea ON ea.article_id = ac.article_id AND ea.actor_id = ac.actor_id "
                           "WHERE ac.country = ?)")
            params.append(country.strip().upper())
        if event_type:
            clauses.append(_type_clause(event_type, params))
        clauses += _days(since, until, params)
        return self._dicts(
            "SELECT e.*, a.published, a.title, a.url FROM events e JOIN articles a ON a.id = e.article_id"
            + _where(clauses) + " ORDER BY e.day IS NULL, e.day, e.article_id, " + _natural("e.event_id")
            + _limit(limit, offset), params)

    def quotes(self, *, speaker: str | None = None, search: str | None = None, kind: str | None = None,
               since: date | None = None, until: date | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
        """Quotes with their article's date and title and their ``day`` (the day the text says the
        quote was said, else the publication date), oldest first; ``search`` takes words that must
        all occur, ``kind`` is direct, mixed or indirect, ``since`` and ``until`` bound the day."""
        clauses: list[str] = []
        params: list[Any] = []
        if speaker:
            clauses.append("(LOWER(q.speaker) LIKE ? OR EXISTS (SELECT 1 FROM actors ac WHERE "
                           "ac.article_id = q.article_id AND ac.actor_id = q.speaker_actor AND "
                           + _actor_match("ac") + "))")
            params += [f"%{speaker.lower()}%", *_actor_params(speaker)]
        self._search(search, "q.content", "quotes", clauses, params)
        if kind:
            if kind.strip().lower() not in QUOTE_KINDS:
                raise BadOption(f"the quote kind {kind!r} is not one of {', '.join(QUOTE_KINDS)}")
            clauses.append("q.kind = ?")
            params.append(kind.strip().lower())
        clauses += _days(since, until, params, day=_QUOTE_DAY)
        return self._dicts(
            f"SELECT q.*, {_QUOTE_DAY} AS day, a.published, a.title, a.url FROM quotes q "
            "JOIN articles a ON a.id = q.article_id" + _where(clauses)
            + f" ORDER BY {_QUOTE_DAY} IS NULL, {_QUOTE_DAY}, q.article_id, " + _natural("q.quote_id")
            + _limit(limit, offset), params)

    def _search(self, words: str | None, column: str, table: str, clauses: list[str], params: list[Any]) -> None:
        """Adds the full-text condition for ``words``, if any, to ``clauses`` and ``params``."""
        terms = search_terms(words or "")
        if terms:
            clause, values = self._text_search(column, table, terms)
            clauses.append(clause)
            params += values

    def actors(self, *, name: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Actors across articles, by name and code (with its country and sector apart: a code with
        no country, GOV, has none), most widely reported first."""
        clauses, params = [], []
        if name:
            clauses.append(_actor_match("ac"))
            params += _actor_params(name)
        return self._dicts(
            "SELECT ac.name, ac.code, ac.country, ac.sector, ac.kind, COUNT(DISTINCT ac.article_id) AS articles, "
            "SUM(ac.mentions) AS mentions FROM actors ac" + _where(clauses)
            + " GROUP BY ac.name, ac.code, ac.country, ac.sector, ac.kind "
            "ORDER BY articles DESC, mentions DESC, ac.name, ac.code, ac.kind"
            + _limit(limit, offset), params)

    def articles(self, *, search: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, newest first, with how many events and quotes each has; ``search`` takes
        words that must all occur in the title or text."""
        clauses: list[str] = []
        params: list[Any] = []
        self._search(search, "a.text", "articles", clauses, params)
        return self._dicts(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.dateline, a.words, a.stored_at, "
            "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a"
            + _where(clauses) + " ORDER BY a.published IS NULL, a.published DESC, a.stored_at DESC, a.id"
            + _limit(limit, offset), params)

    def records_of(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The ``newsgraph/1`` records of these articles, by id (those stored)."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            for article_id, record in self._rows(f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk):
                found[article_id] = json.loads(record)
        return found

    def dyad_events(self, source: str, target: str, *, since: date | None = None,
                    until: date | None = None) -> list[dict[str, Any]]:
        """The day, quad class and Goldstein value of each dated event one of whose sources matches
        ``source`` and one of whose targets matches ``target`` (by name or code, as ``events``)."""
        clauses = ["e.day IS NOT NULL", _actor_events("source"), _actor_events("target")]
        params = [*_actor_params(source), *_actor_params(target)]
        clauses += _days(since, until, params)
        return self._dicts("SELECT e.day, e.quad_class, e.goldstein FROM events e" + _where(clauses)
                           + " ORDER BY e.day, e.article_id, " + _natural("e.event_id"), params)

    def network(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
                until: date | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Who acts on whom: one row per source and target actor (by name and code) with their
        number of events and mean Goldstein value, the most frequent pairs first."""
        clauses, params = ["s.role = 'source'", "t.role = 'target'", "sa.actor_id <> ta.actor_id"], []
        if actor:
            clauses.append("(" + _actor_match("sa") + " OR " + _actor_match("ta") + ")")
            params += [*_actor_params(actor), *_actor_params(actor)]
        if event_type:
            clauses.append(_type_clause(event_type, params))
        clauses += _days(since, until, params)
        return self._dicts(
            "SELECT sa.name AS source, sa.code AS source_code, ta.name AS target, ta.code AS target_code, "
            "COUNT(*) AS events, AVG(e.goldstein) AS goldstein FROM events e "
            "JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.event_id "
            "JOIN actors sa ON sa.article_id = s.article_id AND sa.actor_id = s.actor_id "
            "JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.event_id "
            "JOIN actors ta ON ta.article_id = t.article_id AND ta.actor_id = t.actor_id"
            + _where(clauses) + " GROUP BY sa.name, sa.code, ta.name, ta.code "
            "ORDER BY events DESC, sa.name, ta.name, sa.code, ta.code" + _limit(limit), params)

    def happenings(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
                   until: date | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Happenings, oldest first, each with how many events, articles and outlets report it and
        its first report; filters as ``events`` takes them (``actor`` on its source or target)."""
        clauses, params = [], []
        if actor:
            sides = []
            for side in ("source", "target"):
                sides.append(f"LOWER(h.{side}) LIKE ? OR h.{side}_code LIKE ? OR h.{side}_code LIKE ?")
                value = actor.strip()
                params += [f"%{value.lower()}%", f"{value.upper()}%", f"%{JOIN}{value.upper()}%"]
            clauses.append("(" + " OR ".join(sides) + ")")
        if event_type:
            clauses.append(_type_clause(event_type, params, "h"))
        clauses += _days(since, until, params, "h")
        return self._dicts(
            "SELECT h.*, a.published AS first_published, a.title AS first_title, a.url AS first_url "
            "FROM happenings h JOIN articles a ON a.id = h.first_article" + _where(clauses)
            + " ORDER BY h.day IS NULL, h.day, h.id" + _limit(limit, offset), params)

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
        """A whole table's columns and rows as stored, streamed, for exports, in natural order of
        their ids (E2 before E10)."""
        columns = TABLES[name]
        order = ", ".join(columns[:1] if name in ("articles", "happenings") else
                          [columns[0], _natural(columns[1])])
        return columns, self._stream(f"SELECT {', '.join(columns)} FROM {name} ORDER BY {order}")

    def dated_quotes(self) -> tuple[Sequence[str], Iterator[tuple]]:
        """The quotes table with each quote's article's publication date (``published``) beside
        its own date (``quote_date``), streamed as ``table``."""
        columns = TABLES["quotes"]
        return (*columns, "published"), self._stream(
            f"SELECT {', '.join(f'q.{column}' for column in columns)}, a.published FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id ORDER BY q.article_id, {_natural('q.quote_id')}")

    def placed_happenings(self) -> tuple[Sequence[str], Iterator[tuple]]:
        """The happenings table with each side's country and sector beside its name and code, as
        the happening's first report's article gives them for an actor of that name and code
        (none for a side of several actors, whose names the table joins), streamed as ``table``."""
        columns = TABLES["happenings"]
        lookups = [f"(SELECT MIN(ac.{part}) FROM actors ac WHERE ac.article_id = h.first_article AND "
                   f"ac.name = h.{side} AND ac.code = h.{side}_code) AS {side}_{part}"
                   for side in ("source", "target") for part in ("country", "sector")]
        return ((*columns, *(f"{side}_{part}" for side in ("source", "target") for part in ("country", "sector"))),
                self._stream(f"SELECT {', '.join(f'h.{c}' for c in columns)}, {', '.join(lookups)} "
                             "FROM happenings h ORDER BY h.id"))

    def event_pairs(self) -> tuple[Sequence[str], Iterator[tuple]]:
        """Every event once per pair of its source and target actors (an event with no actor on a
        side has one row with that side empty), each actor with its own id, name, code, country
        and sector; with the article's publication date. Streamed in natural order: by article,
        event, source, target."""
        sides = [f"{alias}.{column} AS {side}{suffix}" for side, alias in (("source", "sa"), ("target", "ta"))
                 for column, suffix in PAIR_ACTOR_COLUMNS]
        joins = " ".join(
            f"LEFT JOIN event_actors {role} ON {role}.article_id = e.article_id AND {role}.event_id = e.event_id "
            f"AND {role}.role = '{side}' LEFT JOIN actors {alias} ON {alias}.article_id = {role}.article_id "
            f"AND {alias}.actor_id = {role}.actor_id"
            for side, role, alias in (("source", "s", "sa"), ("target", "t", "ta")))
        statement = (f"SELECT {', '.join(f'e.{c}' for c in PAIR_EVENT_COLUMNS)}, a.published, {', '.join(sides)} "
                     f"FROM events e JOIN articles a ON a.id = e.article_id {joins} ORDER BY e.article_id, "
                     f"{_natural('e.event_id')}, {_natural('s.actor_id')}, {_natural('t.actor_id')}")
        columns = (*PAIR_EVENT_COLUMNS, "published",
                   *(f"{side}{suffix}" for side in ("source", "target") for _, suffix in PAIR_ACTOR_COLUMNS))
        return columns, self._stream(statement)

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


def _actor_events(role: str | None = None) -> str:
    """True where one of the event's actors (in ``role``, if given) matches; two parameters, as
    _actor_params. The matching actors are found once, then their events, rather than the actors
    of every event tested in turn (no index serves a match on part of a name)."""
    in_role = f" AND ea.role = '{role}'" if role else ""
    return ("(e.article_id, e.event_id) IN (SELECT ea.article_id, ea.event_id FROM actors ac "
            "JOIN event_actors ea ON ea.article_id = ac.article_id AND ea.actor_id = ac.actor_id "
            "WHERE " + _actor_match("ac") + in_role + ")")


def _days(since: date | None, until: date | None, params: list[Any], alias: str = "e",
          day: str | None = None) -> list[str]:
    """Clauses for events (or happenings, or quotes by ``day``, an SQL expression) on or after
    ``since`` and on or before ``until``, their parameters appended to ``params``."""
    clauses = []
    for bound, operator in ((since, ">="), (until, "<=")):
        if bound:
            clauses.append(f"{day or alias + '.day'} {operator} ?")
            params.append(bound.isoformat())
    return clauses


def _type_clause(event_type: str, params: list[Any], alias: str = "e") -> str:
    """A PLOVER type (CONSULT) or a CAMEO code prefix (04, 040), its parameter appended to ``params``;
    anything else, which could match no event, is refused with the types and roots there are."""
    value = event_type.strip()
    names, types = _event_codes()
    if value.isdigit() and any(code.startswith(value) for code in names):
        params.append(value + "%")
        return f"{alias}.cameo LIKE ?"
    if value.upper() in types:
        params.append(value.upper())
        return f"{alias}.plover = ?"
    # a root's own code is its two digits and a 0 (040 Consult)
    roots = ", ".join(f"{code[:2]} {names[code]}" for code in sorted(names) if len(code) == 3 and code.endswith("0"))
    raise BadOption(f"the event type {event_type!r} is neither a PLOVER type nor the start of a CAMEO code; "
                    f"PLOVER types: {', '.join(types)}; CAMEO codes start with a root ({roots}), e.g. 04 or 040")


@lru_cache(maxsize=1)
def _event_codes() -> tuple[dict[str, str], list[str]]:
    """The CAMEO codes with their names, and the PLOVER types, from the packaged code table (read
    here rather than through newsgraph.events, whose package brings spaCy into a query's start)."""
    from newsgraph.data import read_table

    rows = [row for _, row in read_table("cameo.tsv", columns=("code", "name", "plover"))]
    return {row["code"]: row["name"] for row in rows}, sorted({row["plover"] for row in rows if row["plover"]})


def search_terms(words: str) -> list[str]:
    """The terms of a full-text query: words, and phrases in double quotes ("next steps"); an
    event, quote or article matches when it holds them all. A quotation mark left open is an
    error, as nothing could say where the phrase ends."""
    if words.count('"') % 2:
        raise BadOption(f"the search {words!r} has a quotation mark that is not closed; put a phrase "
                        f'between two double quotes ("next steps"), or leave them out to find the words anywhere')
    terms = []
    for number, part in enumerate(words.split('"')):
        if number % 2:  # inside quotation marks
            terms.append(" ".join(part.split()))
        else:
            terms += part.split()
    terms = [term for term in terms if any(ch.isalnum() for ch in term)]
    if words.strip() and not terms:  # punctuation alone: no filter at all would match everything
        raise BadOption(f"the search {words!r} has no word to look for; give words, or a phrase in double quotes")
    return terms


def natural_key(value: str | None) -> tuple:
    """``E2`` before ``E10``, ``feed.jsonl:2`` before ``feed.jsonl:10``: digits compared as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"(\d+)", value or "") if part)


def _natural(column: str) -> str:
    """The ORDER BY terms for ids of a letter and a number (E1, A12, Q3) in natural order."""
    return f"LENGTH({column}), {column}"


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _limit(limit: int | None, offset: int = 0) -> str:
    if offset and not limit:
        raise ValueError("an offset needs a limit")  # SQLite has no OFFSET without LIMIT
    return (f" LIMIT {int(limit)}" if limit else "") + (f" OFFSET {int(offset)}" if offset else "")


def _day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
