"""Copies in the store: found as articles arrive, linked to the earliest of their group, the same
whatever the order, in SQLite and PostgreSQL alike."""

from datetime import date

from newsgraph.records import Article, ArticleResult
from newsgraph.store import Batch, open_store, rows_of
from tests.unit.test_copies import STORY

OTHER = ("Protesters gathered in Tbilisi on Monday to demand new elections, a week after the vote that the "
         "opposition says was rigged. Police watched from the side streets and made no arrests, the interior "
         "ministry said in a statement late in the evening.")


def _article(article_id, text, published):
    return ArticleResult(Article(article_id, text, published=date.fromisoformat(published)))


def _corpus():
    return [_article("wire", STORY, "2025-07-13"),
            _article("outlet1", "Kim stands by Moscow\n\n" + STORY + "\n\nShare this article", "2025-07-14"),
            _article("outlet2", "\n\n".join(STORY.split("\n\n")[:-1]), "2025-07-13"),
            _article("other", OTHER, "2025-07-13")]


def _copies_in(target, results, batches):
    with open_store(target) as store:
        index = None
        size = -(-len(results) // batches)
        for start in range(0, len(results), size):
            store.write(Batch([rows_of(r) for r in results[start:start + size]], [], []))
            index = store.compare_copies(index)
        return [(c["article_id"], c["copy_of"]) for c in store.copies()]


def test_copies_point_to_the_earliest_article_of_their_group(store_target):
    assert _copies_in(store_target, _corpus(), 1) == [("outlet1", "outlet2"), ("wire", "outlet2")]


def test_copies_are_the_same_whatever_the_order_and_the_runs(tmp_path):
    once = _copies_in(tmp_path / "once.db", _corpus(), 1)
    assert _copies_in(tmp_path / "back.db", list(reversed(_corpus())), 4) == once
    assert _copies_in(tmp_path / "mixed.db", [_corpus()[i] for i in (1, 3, 0, 2)], 2) == once


def test_a_later_run_compares_with_what_earlier_runs_stored(tmp_path):
    db = tmp_path / "n.db"
    assert _copies_in(db, _corpus()[:1], 1) == []
    with open_store(db) as store:  # a new process: the index is rebuilt from the stored signatures
        store.write(Batch([rows_of(_corpus()[1])], [], []))
        store.compare_copies()
        assert [(c["article_id"], c["copy_of"]) for c in store.copies()] == [("outlet1", "wire")]
        assert store.compare_copies() is not None and len(store.copies()) == 1


def _told(article_id, text, published, country):
    from newsgraph.records import Actor, Event, EventDate, Span
    police = Actor("A1", "police", "group", country, "COP", (), (Span(0, 5, text[:5]),))
    at = text.index("held")
    event = Event("E1", "173", "COERCE", None, -5.0, 4, ("A1",), (), Span(at, at + 4, "held"), (0, 20),
                  date=EventDate("2025-07-12", "Saturday", 0, 1))
    return ArticleResult(Article(article_id, text, published=date.fromisoformat(published)), actors=(police,),
                         events=(event,))


def test_a_copys_events_group_by_its_originals_keys_and_add_no_happening(store_target):
    # a dateline on the copy made its police Indian: the same arrest, told again
    original = _told("wire", STORY, "2025-07-13", None)
    copy = _told("outlet", "NEW DELHI - " + STORY, "2025-07-14", "IND")
    for order in ([original, copy], [copy, original]):
        with open_store(store_target) as store:
            for result in order:
                store.write(Batch([rows_of(result)], [], []))
                store.compare_copies()
                store.regroup()
            (happening,) = store.happenings()
            assert (happening["articles"], happening["first_article"]) == (2, "wire")
            assert {e["happening_key"] for e in store.events()} == {"COERCE|---COP|"}
            store._execute("DELETE FROM articles")  # the next order starts afresh
            store._execute("DELETE FROM happenings")
