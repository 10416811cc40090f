"""A database that cannot take a write now (locked by another writer, its disk full, its server
restarted): one line saying what to do, nothing half-written, and a rerun completes the work."""

import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from newsgraph.errors import StoreUnavailable
from newsgraph.store import Batch, open_store, rows_of
from tests.store.records import protest, talks


def _batch(*results):
    return Batch([rows_of(r) for r in results], [(f"in/{r.article.id}", r.article.id, None) for r in results], [])


def test_a_database_locked_by_another_writer_waits_then_fails_in_one_line_with_nothing_written(tmp_path):
    db = tmp_path / "news.db"
    with open_store(db) as store:
        store.connection.execute("PRAGMA busy_timeout = 300")  # newsgraph waits 10 s; the test less
        with closing(sqlite3.connect(db, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # another process writing
            with pytest.raises(StoreUnavailable, match="locked.*write lock.*run the same command again"):
                store.write(_batch(talks()))
            other.execute("ROLLBACK")
        assert store.counts()["articles"] == 0
        store.write(_batch(talks()))
        assert store.counts()["articles"] == 1


def test_a_full_disk_fails_in_one_line_and_the_batch_is_not_half_written(tmp_path):
    db = tmp_path / "news.db"
    with open_store(db) as store:
        store.write(_batch(talks()))
        before = store.counts()
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
        big = protest()
        big = type(big)(big.article.__class__(**{**{f: getattr(big.article, f) for f in big.article.__slots__},
                                                 "text": big.article.text + " padding" * 200_000}),
                        big.actors, big.quotes, big.events, big.times, big.places)
        with pytest.raises(StoreUnavailable, match="full.*free some disk space"):
            store.write(_batch(big))
        assert store.counts() == before
        store.connection.execute("PRAGMA max_page_count = 1073741823")
        store.write(_batch(big))
        assert store.counts()["articles"] == before["articles"] + 1


def test_the_command_says_so_in_one_line_with_exit_code_5(tmp_path):
    db = tmp_path / "news.db"
    with open_store(db):
        pass
    text = tmp_path / "a.txt"
    text.write_text(talks().article.text, encoding="utf-8")
    with closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        run = subprocess.run([sys.executable, "-m", "newsgraph", "run", str(text), "--db", str(db), "--workers", "1"],
                             capture_output=True, text=True, timeout=120)
        other.execute("ROLLBACK")
    assert run.returncode == 5, run.stderr
    assert "Traceback" not in run.stderr and "NG401" in run.stderr and "locked" in run.stderr


@pytest.mark.model
def test_a_postgresql_server_restarted_mid_run_stops_it_in_one_line_and_a_rerun_completes_it(tmp_path):
    from newsgraph.corpus import Corpus, LocalEngine, run_corpus
    from tests.integration.test_corpus_run import _stories
    from tests.postgres import start_server, stop_server

    try:
        server = start_server()
    except RuntimeError as reason:
        pytest.skip(f"no PostgreSQL server to restart: {reason}")
    folder = tmp_path / "stories"
    folder.mkdir()
    for n, story in enumerate(_stories(12)):
        (folder / f"{n:02d}.txt").write_text(story, encoding="utf-8")
    pg_ctl = [*server.run_as, server.pg_ctl, "-D", str(server.data)]
    restarted = []

    def restart_after_the_first_batch(settled):
        if not restarted:
            # the server's output to its log: a pipe the restarted server held open would never end
            subprocess.run([*pg_ctl, "-m", "fast", "-w", "-l", str(server.folder / "server.log"), "restart"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            restarted.append(True)

    try:
        with open_store(server.url) as store:
            with pytest.raises(StoreUnavailable, match="run the same command again"):
                run_corpus(Corpus([folder]), store, engine=LocalEngine(1), batch_size=3,
                           progress=restart_after_the_first_batch)
        assert restarted
        with open_store(server.url) as store:
            stored = store.counts()["articles"]
            assert 0 < stored < 12  # the first batch, whole
            summary = run_corpus(Corpus([folder]), store, engine=LocalEngine(1), batch_size=3)
            assert summary.stored == 12 - stored and store.counts()["articles"] == 12
    finally:
        stop_server(server)
