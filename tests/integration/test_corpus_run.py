"""``newsgraph run``: a corpus into a database, with bad inputs, reruns, and a run killed midway."""

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from newsgraph.store import open_store

pytestmark = pytest.mark.model

LEADERS = ["Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdogan"]
CITIES = ["Moscow", "Beijing", "Paris", "Berlin", "New Delhi", "Ankara"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _stories(count):
    stories = []
    for n in range(count):
        host, guest = LEADERS[n % 6], LEADERS[(n // 6 + n + 1) % 6]
        if host == guest:
            guest = LEADERS[(n + 2) % 6]
        stories.append(f"{host} met {guest} in {CITIES[n % 6]} on {DAYS[n % 5]}, officials said.\n"
                       f"\"The talks were useful,\" {guest.split()[-1]} told reporters after meeting number {n}.\n"
                       f"Protesters in {CITIES[(n + 3) % 6]} demanded new elections.")
    return stories


def _newsgraph(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "newsgraph", *map(str, args)], capture_output=True, text=True,
                          **kwargs)


def _counts(db):
    with open_store(db, create=False) as store:
        return store.counts(), {(e["article_id"], e["event_id"], e["cameo"]) for e in store.events()}


@pytest.fixture
def bad_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    stories = _stories(4)
    (corpus / "good.txt").write_text(stories[0], encoding="utf-8")
    (corpus / "same-again.txt").write_text(stories[0] + "\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "latin1.txt").write_bytes(stories[1].encode("utf-8") + b" caf\xe9")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "huge.txt").write_text((stories[2] + "\n") * (5_000_000 // len(stories[2])), encoding="utf-8")
    (corpus / "index.html").write_text("<html><body><nav>Home | World</nav></body></html>", encoding="utf-8")
    (corpus / "story.html").write_text(
        f"<html><head><title>Talks</title></head><body><article><p>{stories[3]}</p></article></body></html>",
        encoding="utf-8")
    (corpus / "feed.jsonl").write_text("\n".join([
        json.dumps({"text": stories[1], "published": "2025-07-13", "id": "wire-1"}),
        '{"text": "unterminated',
        json.dumps({"text": ""}),
    ]) + "\n", encoding="utf-8")
    return corpus


def test_a_bad_input_corpus_stores_every_good_article_and_a_row_per_failure(bad_corpus, tmp_path):
    db = tmp_path / "run.db"
    run = _newsgraph("run", bad_corpus, "--db", db, "--workers", 1)
    assert run.returncode == 6, run.stderr  # 7 of 11 inputs failed: more than the default 10%
    assert "Traceback" not in run.stderr and "7 of 11 inputs failed" in run.stderr
    with open_store(db, create=False) as store:
        failures = {f.origin.split("/")[-1]: (f.stage, f.code) for f in store.failures()}
        counts = store.counts()
    assert failures == {"binary.txt": ("read", "NG102"), "latin1.txt": ("read", "NG103"),
                        "empty.txt": ("read", "NG101"), "huge.txt": ("clean", "NG106"),
                        "index.html": ("read", "NG108"), "feed.jsonl:2": ("read", "NG107"),
                        "feed.jsonl:3": ("read", "NG101")}
    # good.txt and same-again.txt hold one text: three articles from four good inputs
    assert counts["articles"] == 3 and counts["article_origins"] == 4 and counts["failures"] == 7
    assert counts["events"] >= 3 and counts["quotes"] >= 3


def test_a_rerun_stores_nothing_twice(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": s}) + "\n" for s in _stories(6)), encoding="utf-8")
    db = tmp_path / "run.db"
    first = _newsgraph("run", feed, "--db", db, "--workers", 1, "--batch-size", 4)
    assert first.returncode == 0, first.stderr
    assert "6 articles stored" in first.stderr
    before = _counts(db)
    again = _newsgraph("run", feed, "--db", db, "--workers", 1)
    assert again.returncode == 0 and "0 articles stored" in again.stderr and "6 already stored" in again.stderr
    assert _counts(db) == before


def _feed_and_reference(tmp_path, total):
    """A feed of ``total`` stories, and the database of an uninterrupted run over it."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": s}) + "\n" for s in _stories(total)), encoding="utf-8")
    whole = tmp_path / "whole.db"
    assert _newsgraph("run", feed, "--db", whole, "--workers", 2, "--quiet").returncode == 0
    return feed, whole


def _run_in_its_own_group(feed, db):
    """``newsgraph run`` with 2 workers, in a process group of its own that a test can kill whole."""
    command = [sys.executable, "-m", "newsgraph", "run", str(feed), "--db", str(db), "--workers", "2",
               "--batch-size", "2", "--quiet"]
    return subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_run_killed_midway_and_rerun_equals_an_uninterrupted_run(tmp_path):
    total = 60
    feed, whole = _feed_and_reference(tmp_path, total)
    killed = tmp_path / "killed.db"
    process = _run_in_its_own_group(feed, killed)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and stored < 10:
        time.sleep(0.05)
        stored = _stored_so_far(killed)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    stored = _stored_so_far(killed)
    assert 0 < stored < total, f"the run was not killed midway ({stored} of {total} stored)"

    rerun = _newsgraph("run", feed, "--db", killed, "--workers", 2, "--batch-size", 2)
    assert rerun.returncode == 0, rerun.stderr
    assert re.search(rf": {total - stored} articles? stored", rerun.stderr), rerun.stderr
    assert _counts(killed) == _counts(whole)


def _stored_so_far(db):
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def test_ctrl_c_stops_a_run_in_one_line_and_a_rerun_finishes_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    total = 80
    feed.write_text("".join(json.dumps({"text": s}) + "\n" for s in _stories(total)), encoding="utf-8")
    db = tmp_path / "run.db"
    process = subprocess.Popen([sys.executable, "-m", "newsgraph", "run", str(feed), "--db", str(db), "--workers",
                                "2", "--batch-size", "2"], start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _stored_so_far(db) < 4:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "interrupted; what is stored is kept" in err and "Traceback" not in err
    rerun = _newsgraph("run", feed, "--db", db, "--workers", 1)
    assert rerun.returncode == 0 and _counts(db)[0]["articles"] == total


def test_standard_input_runs_with_the_progress_bar_whose_total_is_unknown(tmp_path):
    # the bar of a stream has no total, and tqdm then refuses a truth value: the run once ended there
    db = tmp_path / "stdin.db"
    run = _newsgraph("run", "-", "--db", db, "--workers", 1, input=_stories(1)[0])
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "1 article stored" in run.stderr and _counts(db)[0]["articles"] == 1


def test_a_run_killed_at_twenty_random_moments_and_resumed_equals_an_uninterrupted_run(tmp_path):
    # a kill lands while workers start (one in four), or after a random number of articles more are
    # stored: inside a batch, a write, or the grouping of happenings after it
    total = 1000
    feed, whole = _feed_and_reference(tmp_path, total)
    killed = tmp_path / "killed.db"
    chance = random.Random(20)
    stored_along = []
    for _ in range(20):
        before = _stored_so_far(killed)
        starting, more = chance.random() < 0.25, chance.randint(1, 40)
        process = _run_in_its_own_group(feed, killed)
        deadline = time.monotonic() + (chance.uniform(0.2, 2.0) if starting else 120)
        while process.poll() is None and time.monotonic() < deadline and _stored_so_far(killed) < before + more:
            time.sleep(0.01)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        stored_along.append(_stored_so_far(killed))
    assert stored_along == sorted(stored_along), "a kill lost articles stored before it"
    assert stored_along[-1] < total, "the twenty runs finished the corpus: some were not killed mid-way"
    rerun = _newsgraph("run", feed, "--db", killed, "--workers", 2, "--batch-size", 2)
    assert rerun.returncode == 0, rerun.stderr
    assert re.search(rf": {total - stored_along[-1]} articles? stored", rerun.stderr), rerun.stderr
    assert _counts(killed) == _counts(whole)


def test_a_worker_killed_mid_run_has_its_batches_run_again_and_the_run_goes_on(tmp_path):
    total = 200
    feed, whole = _feed_and_reference(tmp_path, total)
    db = tmp_path / "run.db"
    process = _run_in_its_own_group(feed, db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _stored_so_far(db) < 10:
        time.sleep(0.02)
    workers = _worker_processes(process.pid)
    assert len(workers) == 2, workers
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    assert process.wait(timeout=300) == 0
    assert _stored_so_far(db) == total and _counts(db) == _counts(whole)


def _worker_processes(parent):
    """The pids of a run's worker processes: its children started by multiprocessing's spawn, not
    its resource tracker."""
    found = []
    for child in subprocess.run(["pgrep", "-P", str(parent)], capture_output=True, text=True).stdout.split():
        with open(f"/proc/{child}/cmdline", "rb") as cmdline:
            if b"spawn_main" in cmdline.read():
                found.append(int(child))
    return found
