"""Happenings in the store: reports of one occurrence grouped across articles, the same whatever
the order or number of runs, in SQLite and PostgreSQL alike."""

from datetime import date

import pytest

from newsgraph.records import Actor, Article, ArticleResult, Event, EventDate, Place, Span
from newsgraph.store import Batch, open_store, rows_of

COUNTRY = {"Kim": "PRK", "Lavrov": "RUS", "Choe": "PRK"}


def _report(article_id, text, source, target, day, *, published, cameo="040", plover="CONSULT",
            place=None, outlet=None, own_date=True):
    actors = (Actor("A1", source, "person", COUNTRY[source], "GOV", (), (Span(0, len(source), source),)),
              Actor("A2", target, "person", COUNTRY[target], "GOV", ()))
    where = Place(0, 1, place[0], place[0], place[1], place[2], place[3]) if place else None
    event = Event("E1", cameo, plover, None, 1.0, 1, ("A1",), ("A2",), Span(len(source) + 1, len(source) + 4, text[len(source) + 1:len(source) + 4]),
                  (0, len(text)), date=EventDate(day, "on Saturday", 0, 1) if own_date else None, place=where)
    return ArticleResult(Article(article_id, text, source=outlet, published=date.fromisoformat(published)),
                         actors=actors, events=(event,))


def _corpus():
    return [
        _report("a1", "Kim met Lavrov in Wonsan.", "Kim", "Lavrov", "2025-07-12", published="2025-07-13",
                outlet="KCNA", place=("Wonsan", "PRK", 39.15, 127.44)),
        _report("a2", "Lavrov met Kim on Saturday.", "Lavrov", "Kim", "2025-07-12", published="2025-07-12",
                outlet="TASS"),
        _report("a3", "Kim met Lavrov, the agency said.", "Kim", "Lavrov", None, published="2025-07-14",
                outlet="Yonhap", own_date=False),
        _report("a4", "Kim met Lavrov again in Moscow.", "Kim", "Lavrov", "2025-07-19", published="2025-07-19",
                outlet="TASS", place=("Moscow", "RUS", 55.75, 37.62)),
        _report("a5", "Kim met Choe on Saturday.", "Kim", "Choe", "2025-07-12", published="2025-07-12",
                outlet="KCNA"),
    ]


def _store_in(target, results, *, batches=1):
    with open_store(target) as store:
        size = -(-len(results) // batches)
        for start in range(0, len(results), size):
            store.write(Batch([rows_of(r) for r in results[start:start + size]], [], []))
            store.regroup()
        return _state(store)


def _state(store):
    happenings = sorted(tuple(h.values()) for h in store.happenings())
    members = sorted((e["article_id"], e["event_id"], e["happening_id"]) for e in store.events())
    return happenings, members


def test_reports_of_one_meeting_are_one_happening_and_a_later_meeting_another(store_target):
    with open_store(store_target) as store:
        store.write(Batch([rows_of(r) for r in _corpus()], [], []))
        assert store.regroup() == 2  # two keys: Kim and Lavrov, Kim and Choe
        happenings = {h["first_article"]: h for h in store.happenings(actor="Lavrov")}
        assert set(happenings) == {"a2", "a4"}
        first = happenings["a2"]
        assert (first["day"], first["events"], first["articles"], first["sources"]) == ("2025-07-12", 3, 3, 3)
        assert (first["place"], first["place_country"]) == ("Wonsan", "PRK")
        assert happenings["a4"]["articles"] == 1
        assert [h["first_article"] for h in store.happenings(actor="Choe")] == ["a5"]
        assert [h["first_article"] for h in store.happenings(since=date(2025, 7, 15))] == ["a4"]
        assert store.happenings(event_type="19") == []


def test_happenings_are_the_same_whatever_the_order_and_the_runs(tmp_path):
    once = _store_in(tmp_path / "once.db", _corpus())
    backwards = _store_in(tmp_path / "backwards.db", list(reversed(_corpus())), batches=5)
    shuffled = _store_in(tmp_path / "shuffled.db", [_corpus()[i] for i in (3, 0, 4, 2, 1)], batches=2)
    assert once == backwards == shuffled


def test_a_rerun_changes_nothing(store_target):
    before = _store_in(store_target, _corpus())
    with open_store(store_target) as store:
        assert store.regroup() == 0
        store.write(Batch([rows_of(r) for r in _corpus()], [], []))  # stored already: nothing new
        assert store.regroup() == 0 and _state(store) == before


def test_an_earlier_report_arriving_later_renames_the_happening_and_drops_the_old_one(tmp_path):
    earlier = _report("a0", "Kim met Lavrov on Friday.", "Kim", "Lavrov", "2025-07-11", published="2025-07-11")
    with open_store(tmp_path / "n.db") as store:
        store.write(Batch([rows_of(_corpus()[0])], [], []))
        store.regroup()
        (alone,) = store.happenings(actor="Lavrov")
        store.write(Batch([rows_of(earlier)], [], []))
        store.regroup()
        (together,) = store.happenings(actor="Lavrov")
        assert together["id"] != alone["id"] and together["articles"] == 2 and together["first_article"] == "a0"
        assert store.counts()["happenings"] == 1


def test_reciprocal_reports_keep_their_sides_apart_in_the_summary(tmp_path):
    happenings, _ = _store_in(tmp_path / "r.db", _corpus()[:3])
    (happening,) = happenings
    assert happening[4:8] == ("Kim", "PRKGOV", "Lavrov", "RUSGOV")


@pytest.mark.parametrize("place", [("Busan", "KOR", 35.1, 129.04)])
def test_reports_placed_in_different_countries_are_different_happenings(tmp_path, place):
    corpus = _corpus()[:2]
    corpus[1] = _report("a2", "Lavrov met Kim in Busan.", "Lavrov", "Kim", "2025-07-12", published="2025-07-12",
                        place=place)
    happenings, _ = _store_in(tmp_path / "p.db", corpus)
    assert len(happenings) == 2


def test_events_stored_before_happenings_existed_are_keyed_and_grouped(tmp_path):
    db = tmp_path / "old.db"
    with open_store(db) as store:
        store.write(Batch([rows_of(r) for r in _corpus()], [], []))
        store._execute("UPDATE events SET happening_key = NULL")  # as the migration leaves older rows
        assert store.regroup() == 2
        assert sorted(h["articles"] for h in store.happenings()) == [1, 1, 3]


def test_a_happenings_reports_are_in_natural_order(store_target):
    from dataclasses import replace
    told = _report("a1", "Kim met Lavrov in Wonsan.", "Kim", "Lavrov", "2025-07-12", published="2025-07-13")
    twice = replace(told, events=tuple(replace(told.events[0], id=f"E{n}") for n in (10, 2)))
    with open_store(store_target) as store:
        store.write(Batch([rows_of(twice)], [], []))
        store.regroup()
        (reports,) = store.happening_reports().values()
    assert reports == [["a1", "E2"], ["a1", "E10"]]
