"""The store contract, run against SQLite and a real PostgreSQL server alike."""

from datetime import date

import pytest

from newsgraph.errors import BadOption, StoreTooNew, StoreUnavailable
from newsgraph.store import Batch, Failure, open_store, rows_of
from newsgraph.store.schema import MIGRATIONS
from tests.store.records import protest, talks


@pytest.fixture
def store(store_target):
    with open_store(store_target) as store:
        yield store


def _stored(store, *results):
    store.write(Batch([rows_of(r) for r in results], [(f"in/{r.article.id}", r.article.id, None) for r in results],
                      []))


def test_new_database_has_every_migration_and_reopening_applies_none(store_target):
    with open_store(store_target) as store:
        assert store.migrations() == [m.name for m in MIGRATIONS]
    with open_store(store_target) as store:
        assert store.migrate() == []


def test_a_database_from_a_newer_newsgraph_is_refused(store_target):
    with open_store(store_target) as store:
        store._execute("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 'x')")
    with pytest.raises(StoreTooNew, match="9999_future"):
        open_store(store_target)


def test_rows_of_an_article_are_stored_together(store):
    _stored(store, talks(), protest())
    counts = store.counts()
    assert counts["articles"] == 2 and counts["actors"] == 3 and counts["events"] == 2
    assert counts["event_actors"] == 3 and counts["quotes"] == 1 and counts["article_origins"] == 2
    assert store.stored_ids(["a1", "a2", "zz"]) == {"a1", "a2"}


def test_a_failing_batch_stores_nothing(store):
    good, clash = rows_of(talks()), rows_of(protest())
    broken = type(clash)(clash.article_id, clash.article, clash.actors, clash.events,
                         clash.event_actors + (("a2", "E1", "source", "A9"),), clash.quotes)  # no actor A9
    with pytest.raises(Exception):
        store.write(Batch([good, broken], [], []))
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0


def test_the_same_article_twice_is_stored_once(store):
    _stored(store, talks())
    _stored(store, talks())
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 1


def test_failures_are_kept_once_per_input_and_cleared_when_it_is_stored(store):
    store.write(Batch([], [], [Failure("in/a1", "a1", "parse", "NG900", "boom")]))
    store.write(Batch([], [], [Failure("in/a1", "a1", "analyse", "NG900", "boom again")]))
    assert [(f.origin, f.stage, f.message) for f in store.failures()] == [("in/a1", "analyse", "boom again")]
    _stored(store, talks())
    assert store.failures() == []


def test_events_filter_by_actor_name_code_type_and_day(store):
    _stored(store, talks(), protest())
    assert [e["cameo"] for e in store.events()] == ["040", "1411"]
    assert [e["trigger"] for e in store.events(actor="lavrov")] == ["held"]
    assert [e["trigger"] for e in store.events(actor="PRK")] == ["held"]
    assert [e["trigger"] for e in store.events(actor="GEOOPP")] == ["demanded"]
    assert [e["plover"] for e in store.events(event_type="protest")] == ["PROTEST"]
    assert [e["cameo"] for e in store.events(event_type="14")] == ["1411"]
    assert store.events(event_type="04")[0]["source"] == "Kim Jong-un"
    from datetime import date
    assert [e["day"] for e in store.events(since=date(2025, 7, 13))] == ["2026-11-23"]
    assert [e["day"] for e in store.events(until=date(2025, 7, 12))] == ["2025-07-12"]
    event = store.events(event_type="CONSULT")[0]
    assert (event["place"], event["place_country"], event["negated"]) == ("Wonsan", "PRK", 0)
    assert event["lat"] == pytest.approx(39.15) and event["title"] == "Kim meets Lavrov"
    assert store.events(event_type="PROTEST")[0]["negated"] == 1


def test_event_day_falls_back_to_the_publication_date(store):
    result = talks()
    event = result.events[0]
    undated = type(event)(**{**{f: getattr(event, f) for f in event.__slots__}, "date": None})
    _stored(store, type(result)(result.article, result.actors, result.quotes, (undated,)))
    assert store.events()[0]["day"] == "2025-07-13" and store.events()[0]["event_date"] is None


def test_quotes_by_speaker_and_full_text_search(store):
    _stored(store, talks(), protest())
    assert [q["speaker"] for q in store.quotes(speaker="lavrov")] == ["Sergei Lavrov"]
    assert [q["quote_id"] for q in store.quotes(speaker="RUSGOV")] == ["Q1"]
    assert store.quotes(speaker="Kim") == []
    assert [q["content"] for q in store.quotes(search="useful talks")] == ["Our talks were useful"]
    assert store.quotes(search="useless") == []
    assert store.quotes(search='"; DROP"') == []  # query syntax is taken as words, never as SQL or FTS
    assert store.quotes(search="talks OR NEAR(x) useful*") == []


def test_a_phrase_in_double_quotes_must_occur_as_written(store):
    _stored(store, talks())
    assert [q["quote_id"] for q in store.quotes(search='"talks were useful"')] == ["Q1"]
    assert store.quotes(search='"useful talks"') == []
    assert [a["id"] for a in store.articles(search='"held talks" Lavrov')] == ["a1"]
    assert [e["event_id"] for e in store.events(search='"held talks"')] == ["E1"]


def test_a_search_with_a_quotation_mark_left_open_says_how_to_quote(store):
    _stored(store, talks())
    for search in ('"; DROP', 'talks "were useful'):
        with pytest.raises(BadOption, match='not closed; put a phrase between two double quotes'):
            store.quotes(search=search)
    with pytest.raises(BadOption, match="not closed"):
        store.articles(search='"Lavrov')
    with pytest.raises(BadOption, match="has no word to look for"):
        store.events(search='"-" *')
    assert store.quotes(search="the") == []  # a stop word alone (PostgreSQL) matches nothing, quietly
    assert len(store.quotes(search="  ")) == 1  # no search at all


def test_an_event_type_that_matches_nothing_lists_the_types_and_roots(store):
    _stored(store, talks())
    for bad in ("CONSULTS", "99", "meeting"):
        with pytest.raises(BadOption) as caught:
            store.events(event_type=bad)
        message = str(caught.value)
        assert "PLOVER types: ACCUSE, AGREE" in message and "THREATEN;" in message
        assert "(01 Make statement, 02 Make an appeal or request," in message and ", 20 " in message
    with pytest.raises(BadOption, match="PLOVER types"):
        store.happenings(event_type="nope")
    assert [e["cameo"] for e in store.events(event_type="0")] == ["040"]  # a root's first digit is a prefix


def test_events_by_source_target_and_country(store):
    _stored(store, talks(), protest())
    assert [e["trigger"] for e in store.events(source="kim")] == ["held"]
    assert store.events(target="kim") == []
    assert [e["trigger"] for e in store.events(target="RUSGOV")] == ["held"]
    assert [e["trigger"] for e in store.events(country="rus")] == ["held"]
    assert [e["trigger"] for e in store.events(country="GEO")] == ["demanded"]
    assert store.events(country="GOV") == []  # a sector is no country
    with pytest.raises(BadOption, match="'Russia' is not a code of three letters"):
        store.events(country="Russia")


def test_ids_are_listed_in_natural_order(store):
    from tests.store.records import TALKS
    result = talks(text=TALKS + " They met again." * 11)
    first = result.events[0]
    events = tuple(type(first)(f"E{n}", "040", "CONSULT", None, 1.0, 1, ("A1",), ("A2",), first.trigger,
                               first.sentence) for n in (10, 2, 1))
    from dataclasses import replace
    _stored(store, replace(result, events=events, quotes=()))
    assert [e["event_id"] for e in store.events()] == ["E1", "E2", "E10"]
    store.write(Batch([], [], [Failure(f"feed.jsonl:{n}", None, "read", "NG107", "bad") for n in (10, 2)]))
    assert [f.origin for f in store.failures()] == ["feed.jsonl:2", "feed.jsonl:10"]


def test_quotes_by_kind_and_by_the_day_they_were_said(store):
    from dataclasses import replace

    from newsgraph.records import EventDate
    said = talks()
    dated = replace(said.quotes[0], id="Q2", kind="indirect", date=EventDate("2025-07-10", "on Thursday", 0, 1))
    month = replace(said.quotes[0], id="Q10", date=EventDate("2025-06", "in June", 0, 1))
    _stored(store, replace(said, quotes=(said.quotes[0], dated, month)))
    quotes = store.quotes()
    assert [(q["quote_id"], q["day"]) for q in quotes] == [("Q2", "2025-07-10"), ("Q1", "2025-07-13"),
                                                           ("Q10", "2025-07-13")]
    assert [q["quote_id"] for q in store.quotes(kind="indirect")] == ["Q2"]
    assert [q["quote_id"] for q in store.quotes(until=date(2025, 7, 11))] == ["Q2"]
    assert [q["quote_id"] for q in store.quotes(since=date(2025, 7, 11), kind="direct")] == ["Q1", "Q10"]
    with pytest.raises(BadOption, match="not one of direct, mixed, indirect"):
        store.quotes(kind="said")


def test_actors_are_counted_across_articles(store):
    from tests.store.records import TALKS
    other = talks(text=TALKS + " Lavrov flew home.", article_id="a3")
    _stored(store, talks(), other)
    top = store.actors()[0]
    assert (top["name"], top["code"], top["articles"]) == ("Sergei Lavrov", "RUSGOV", 2)
    assert [a["name"] for a in store.actors(name="kim")] == ["Kim Jong-un"]


def test_records_give_back_the_contract(store):
    _stored(store, talks())
    (record,) = list(store.records())
    assert record == talks().to_dict()


def test_missing_sqlite_database_is_not_created_for_reading(tmp_path):
    with pytest.raises(StoreUnavailable, match="newsgraph run"):
        open_store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_unreachable_postgres_is_one_clear_error():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreUnavailable, match="cannot connect to postgresql://someone@127.0.0.1:1/db"):
        open_store("postgresql://someone:secret@127.0.0.1:1/db")


def test_sqlite_file_is_plain_sqlite_for_other_tools(tmp_path):
    import sqlite3
    from contextlib import closing
    path = tmp_path / "news.db"
    with open_store(path) as store:
        _stored(store, talks(), protest())
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        matched = other.execute("SELECT q.speaker FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
                                "WHERE quotes_fts MATCH 'useful'").fetchall()
        assert matched == [("Sergei Lavrov",)]
        assert other.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'Tbilisi'").fetchone()[0] == 1
        # Datasette finds a table's full-text index by content="table" in the index's SQL
        indexes = dict(other.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'"))
        assert 'content="quotes"' in indexes["quotes_fts"] and 'content="articles"' in indexes["articles_fts"]
        other.execute("PRAGMA foreign_keys = ON")
        other.execute("DELETE FROM articles WHERE id = 'a2'")  # an article's rows and index entries go with it
        other.commit()
        assert other.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
        assert other.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'Tbilisi'").fetchone()[0] == 0


def test_an_older_database_gets_the_migrations_it_lacks(store_target, monkeypatch):
    import newsgraph.store.base as base
    monkeypatch.setattr(base, "MIGRATIONS", MIGRATIONS[:2])
    open_store(store_target).close()
    monkeypatch.undo()
    with open_store(store_target) as store:
        assert store.migrations() == [m.name for m in MIGRATIONS]
        _stored(store, talks())
        assert store.quotes()[0]["quote_date"] is None


def test_read_only_opening_reads_and_refuses_every_write(store_target):
    with open_store(store_target) as store:
        _stored(store, talks())
    with open_store(store_target, create=False, read_only=True) as reader:
        assert [e["trigger"] for e in reader.events(actor="Lavrov")] == ["held"]
        with pytest.raises(Exception, match="(?i)read.?only"):
            _stored(reader, protest())
    with open_store(store_target) as store:
        assert store.counts()["articles"] == 1


def test_read_only_opening_never_migrates(store_target, monkeypatch):
    import newsgraph.store.base as base
    monkeypatch.setattr(base, "MIGRATIONS", MIGRATIONS[:2])
    open_store(store_target).close()
    monkeypatch.undo()
    with pytest.raises(StoreUnavailable, match="older newsgraph"):
        open_store(store_target, create=False, read_only=True)
    monkeypatch.setattr(base, "MIGRATIONS", MIGRATIONS[:2])  # so that opening to look migrates nothing
    with open_store(store_target) as store:  # it was left as it was
        assert store.migrations() == [m.name for m in MIGRATIONS[:2]]


def test_read_only_opening_of_a_database_newsgraph_did_not_write(tmp_path):
    import sqlite3
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreUnavailable, match="not a newsgraph database"):
        open_store(other, create=False, read_only=True)


def test_articles_newest_first_with_counts_search_and_pages(store):
    _stored(store, talks(), protest())
    assert [(a["id"], a["events"], a["quotes"]) for a in store.articles()] == [("a2", 1, 0), ("a1", 1, 1)]
    assert [a["id"] for a in store.articles(search="Tbilisi")] == ["a2"]
    assert [a["id"] for a in store.articles(search="Kim meets")] == ["a1"]  # the title counts too
    assert [a["id"] for a in store.articles(limit=1, offset=1)] == ["a1"]
    assert store.records_of(["a1", "zz"]) == {"a1": talks().to_dict()}


def test_events_search_their_articles_and_page_in_a_stable_order(store):
    _stored(store, talks(), protest())
    assert [e["article_id"] for e in store.events(search="Wonsan")] == ["a1"]
    assert [e["article_id"] for e in store.events(limit=1, offset=1)] == ["a2"]
    with pytest.raises(ValueError):
        store.events(offset=1)


def test_a_dyad_and_the_network_count_who_acts_on_whom(store):
    _stored(store, talks(), protest())
    assert store.dyad_events("Kim", "RUS") == [{"day": "2025-07-12", "quad_class": 1, "goldstein": 1.0}]
    assert store.dyad_events("Lavrov", "Kim") == []  # the other way round is another dyad
    (pair,) = store.network()
    assert (pair["source"], pair["target_code"], pair["events"], pair["goldstein"]) == ("Kim Jong-un", "RUSGOV", 1, 1.0)
    assert store.network(event_type="14") == []  # the protest has no target


def test_actors_match_by_any_part_of_the_name_however_short_and_by_code_prefix(store):
    _stored(store, talks(), protest())
    assert [e["trigger"] for e in store.events(actor="im")] == ["held"]  # shorter than a trigram
    assert [e["trigger"] for e in store.events(actor="ONG-U")] == ["held"]
    assert [e["trigger"] for e in store.events(actor="RUSG")] == ["held"]
    assert store.events(actor="RUSX") == [] and store.events(actor="z") == []
