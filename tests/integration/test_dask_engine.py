"""``newsgraph run --engine dask``: a real Dask ``LocalCluster`` on loopback gives what a local run gives,
into SQLite and PostgreSQL, with a worker killed mid-run, and a scheduler that does not answer."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid

import pytest

from newsgraph.corpus import Corpus, LocalEngine, run_corpus
from newsgraph.store import open_store
from newsgraph.store.export import export
from tests.integration.test_corpus_run import _counts, _stored_so_far, _stories

distributed = pytest.importorskip("distributed", reason="the Dask engine's tests need the [dask] extra")
from newsgraph.corpus.cluster import DaskEngine  # noqa: E402 - after the skip

pytestmark = pytest.mark.model

ARTICLES = 48


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("dask") / "feed.jsonl"
    records = [{"text": story, "published": f"2025-07-{1 + n % 28:02d}", "id": f"wire-{n}"}
               for n, story in enumerate(_stories(ARTICLES))]
    records.append({"text": ""})  # a failure row, too
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes on loopback, as ``--engine dask --workers 2`` starts."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as local:
        yield local


@pytest.fixture(scope="module")
def local_run(feed, tmp_path_factory):
    """The reference: the same corpus through the local runner, in this process."""
    db = tmp_path_factory.mktemp("local") / "local.db"
    _run(feed, str(db), LocalEngine(1))
    return db


def _run(feed, db, engine, progress=None):
    corpus = Corpus([feed])
    with open_store(db) as store:
        return run_corpus(corpus, store, engine=engine, batch_size=3, total=corpus.count(), progress=progress)


def _exported(db, tmp_path):
    output = tmp_path / f"export-{abs(hash(str(db)))}.jsonl"
    with open_store(str(db), create=False) as store:
        export(store, output, "jsonl")
    return sorted(output.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_dask_run_exports_what_a_local_run_exports(kind, feed, cluster, local_run, tmp_path, request):
    if kind == "sqlite":
        db = str(tmp_path / "dask.db")
    else:
        from tests.postgres import create_database
        db = create_database(request.getfixturevalue("postgres_server"), f"dask{uuid.uuid4().hex[:12]}")
    summary = _run(feed, db, DaskEngine(scheduler=cluster.scheduler_address))
    assert (summary.read, summary.stored, summary.failed) == (ARTICLES + 1, ARTICLES, 1)
    assert len(summary.memory) == 2, "both workers should have processed batches"
    assert _exported(db, tmp_path) == _exported(local_run, tmp_path)
    assert _counts(db) == _counts(local_run)

    again = _run(feed, db, DaskEngine(scheduler=cluster.scheduler_address))
    assert (again.stored, again.skipped, again.failed) == (0, ARTICLES, 1)
    assert _counts(db) == _counts(local_run)


def _kill_a_worker_after_the_first_batch(scheduler):
    killed = []

    def progress(settled):
        if not killed:
            with distributed.Client(scheduler, set_as_default=False) as client:
                busy = sorted(address for address, keys in client.processing().items() if keys)
                if not busy:
                    return  # no batch running at this moment: try again after the next one
                pids = client.run(os.getpid, workers=busy[:1])
            victim = next(iter(pids.values()))
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    return progress, killed


def test_a_worker_killed_mid_run_has_its_batches_rerun_and_nothing_lost_or_doubled(feed, cluster, local_run,
                                                                                  tmp_path):
    db = str(tmp_path / "killed.db")
    progress, killed = _kill_a_worker_after_the_first_batch(cluster.scheduler_address)
    summary = _run(feed, db, DaskEngine(scheduler=cluster.scheduler_address), progress)
    assert killed, "no worker was killed"
    assert (summary.stored, summary.failed) == (ARTICLES, 1)
    assert _counts(db) == _counts(local_run)
    assert _exported(db, tmp_path) == _exported(local_run, tmp_path)
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)  # the nanny restarts it, for the tests that follow


def test_batches_that_kill_their_workers_are_split_into_single_articles(feed, local_run, tmp_path):
    # No second chance on the scheduler: a batch whose worker dies fails at once with KilledWorker,
    # and the engine reruns its articles one by one.
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                     dashboard_address="127.0.0.1:0") as strict:
        db = str(tmp_path / "split.db")
        progress, killed = _kill_a_worker_after_the_first_batch(strict.scheduler_address)
        engine = DaskEngine(scheduler=strict.scheduler_address)
        summary = _run(feed, db, engine, progress)
    assert killed and engine.split_batches >= 1
    assert (summary.stored, summary.failed) == (ARTICLES, 1)
    assert _counts(db) == _counts(local_run)


def _newsgraph(*args):
    return subprocess.run([sys.executable, "-m", "newsgraph", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_the_command_starts_a_local_cluster_of_its_own(feed, local_run, tmp_path):
    db = tmp_path / "cli.db"
    run = _newsgraph("run", feed, "--db", db, "--engine", "dask", "--workers", 2, "--batch-size", 4)
    assert run.returncode == 1, run.stderr  # the empty record failed: 1 of 49, under --max-failures
    assert f"{ARTICLES} articles stored" in run.stderr and "Traceback" not in run.stderr
    assert _counts(db) == _counts(local_run)


def test_a_scheduler_that_does_not_answer_is_one_line_and_exit_code_7(feed, tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = _newsgraph("run", feed, "--db", tmp_path / "none.db", "--engine", "dask",
                     "--scheduler", f"tcp://127.0.0.1:{port}")
    assert run.returncode == 7
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("newsgraph: NG601: no Dask scheduler answered")
    assert not (tmp_path / "none.db").exists() or _counts(tmp_path / "none.db")[0]["articles"] == 0


@pytest.mark.parametrize("args, message", [
    (("--engine", "dask", "--scheduler", "tcp://127.0.0.1"), "is not a Dask scheduler address"),
    (("--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"), "--workers is for the local"),
    (("--scheduler", "tcp://127.0.0.1:8786"), "--scheduler needs --engine dask"),
])
def test_engine_options_that_do_not_go_together_are_refused(feed, tmp_path, args, message):
    run = _newsgraph("run", feed, "--db", tmp_path / "x.db", *args)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr


def test_ctrl_c_stops_a_dask_run_in_one_line_and_a_rerun_finishes_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    total = 400
    feed.write_text("".join(json.dumps({"text": s}) + "\n" for s in _stories(total)), encoding="utf-8")
    db = tmp_path / "run.db"
    command = [sys.executable, "-m", "newsgraph", "run", str(feed), "--db", str(db), "--engine", "dask",
               "--workers", "2", "--batch-size", "2"]
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _stored_so_far(db) < 4:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group, workers too
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "interrupted; what is stored is kept" in err and "Traceback" not in err, err
    stored = _stored_so_far(db)
    assert 0 < stored < total
    rerun = _newsgraph("run", feed, "--db", db, "--engine", "dask", "--workers", 2)
    assert rerun.returncode == 0 and re.search(rf": {total - stored} articles? stored", rerun.stderr), rerun.stderr
    assert _counts(db)[0]["articles"] == total
