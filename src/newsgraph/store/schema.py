"""The database schema as named migrations, applied in order and recorded in ``schema_migrations``.

A migration is never edited once released: a change to the schema is a new migration at the end.
SQLite and PostgreSQL share the tables; full-text search is each one's own (FTS5 tables kept by
triggers in SQLite, GIN expression indexes in PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SQLITE = "sqlite"
POSTGRES = "postgresql"


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    statements: Callable[[str], list[str]]  # dialect → SQL statements


def _tables(dialect: str) -> list[str]:
    real = "DOUBLE PRECISION" if dialect == POSTGRES else "REAL"
    return [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT, url TEXT, source TEXT, published TEXT, dateline TEXT,
            text TEXT NOT NULL,
            characters INTEGER NOT NULL,
            words INTEGER NOT NULL,
            record TEXT NOT NULL,
            stored_at TEXT NOT NULL)""",
        """CREATE TABLE article_origins (
            origin TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            external_id TEXT)""",
        "CREATE INDEX article_origins_article ON article_origins(article_id)",
        """CREATE TABLE actors (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT, code TEXT, titles TEXT,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article_id, actor_id))""",
        "CREATE INDEX actors_code ON actors(code)",
        f"""CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            cameo TEXT NOT NULL, root TEXT NOT NULL, plover TEXT, mode TEXT,
            goldstein {real}, quad_class INTEGER,
            source TEXT, source_code TEXT, target TEXT, target_code TEXT,
            trigger TEXT NOT NULL, sentence TEXT NOT NULL,
            event_date TEXT, day TEXT,
            place TEXT, place_country TEXT, lat {real}, lon {real},
            via TEXT,
            negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
            confidence {real} NOT NULL,
            PRIMARY KEY (article_id, event_id))""",
        "CREATE INDEX events_day ON events(day)",
        "CREATE INDEX events_cameo ON events(cameo)",
        "CREATE INDEX events_plover ON events(plover)",
        """CREATE TABLE event_actors (
            article_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('source', 'target')),
            actor_id TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id, role, actor_id),
            FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, event_id) ON DELETE CASCADE,
            FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, actor_id) ON DELETE CASCADE)""",
        f"""CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT, speaker_actor TEXT, addressee TEXT, addressee_actor TEXT,
            cue TEXT, content TEXT NOT NULL, via TEXT,
            confidence {real} NOT NULL,
            PRIMARY KEY (article_id, quote_id))""",
        """CREATE TABLE failures (
            origin TEXT PRIMARY KEY,
            article_id TEXT,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            failed_at TEXT NOT NULL)""",
    ]


def _search(dialect: str) -> list[str]:
    if dialect == POSTGRES:
        return [
            "CREATE INDEX articles_search ON articles "
            "USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
            "CREATE INDEX quotes_search ON quotes USING gin (to_tsvector('english', content))",
        ]
    statements = []
    for table, columns in (("articles", ("title", "text")), ("quotes", ("content",))):
        listed = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        statements += [
            # content="table" in double quotes: how Datasette recognises the index of a table
            f'CREATE VIRTUAL TABLE {table}_fts USING fts5({listed}, content="{table}", content_rowid="rowid")',
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {listed}) VALUES (new.rowid, {new}); END",
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {listed}) VALUES ('delete', old.rowid, {old}); END",
        ]
    return statements


def _happenings(dialect: str) -> list[str]:
    real = "DOUBLE PRECISION" if dialect == POSTGRES else "REAL"
    blob = "BYTEA" if dialect == POSTGRES else "BLOB"
    return [
        # the key of an event's own actors (see newsgraph.happenings), the key it groups by (a copy's
        # event groups by the key of its original's event: a dateline may change an actor's country)
        # and the happening it is a report of
        "ALTER TABLE events ADD COLUMN event_key TEXT",
        "ALTER TABLE events ADD COLUMN happening_key TEXT",
        "ALTER TABLE events ADD COLUMN happening_id TEXT",
        "CREATE INDEX events_happening_key ON events(happening_key)",
        "CREATE INDEX events_happening ON events(happening_id)",
        f"""CREATE TABLE happenings (
            id TEXT PRIMARY KEY,
            happening_key TEXT,
            cameo TEXT NOT NULL, plover TEXT,
            source TEXT, source_code TEXT, target TEXT, target_code TEXT,
            day TEXT, place TEXT, place_country TEXT,
            events INTEGER NOT NULL, articles INTEGER NOT NULL, sources INTEGER NOT NULL,
            first_article TEXT NOT NULL, first_event TEXT NOT NULL)""",
        "CREATE INDEX happenings_key ON happenings(happening_key)",
        "CREATE INDEX happenings_day ON happenings(day)",
        # an article's MinHash signature, and whether it has been compared with the others yet
        f"""CREATE TABLE article_signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature {blob} NOT NULL,
            compared INTEGER NOT NULL DEFAULT 0)""",
        f"""CREATE TABLE copies (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            copy_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity {real} NOT NULL)""",
        "CREATE INDEX copies_of ON copies(copy_of)",
    ]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_tables", _tables),
    Migration("0002_full_text_search", _search),
    Migration("0003_quote_dates", lambda dialect: ["ALTER TABLE quotes ADD COLUMN quote_date TEXT"]),
    Migration("0004_happenings_and_copies", _happenings),
)
