"""The Dask engine's checks of a cluster before a run, with a client made by hand, and its log filter."""

import logging
import sys

import pytest

from newsgraph import __version__
from newsgraph.corpus.cluster import DaskEngine, _check_address, _check_workers, _InterruptedSyncNoise
from newsgraph.errors import BadOption, EngineUnavailable


class Client:
    def __init__(self, versions=None, error=None, workers=True):
        self.versions, self.error, self.workers = versions, error, workers

    def wait_for_workers(self, n, timeout):
        if not self.workers:
            raise TimeoutError

    def run(self, function):
        if self.error:
            raise self.error
        return self.versions


def test_workers_running_this_newsgraph_pass():
    _check_workers(Client({"tcp://10.0.0.6:40000": __version__, "tcp://10.0.0.7:40000": __version__}), "tcp://s:8786")


def test_a_worker_with_another_newsgraph_is_refused_by_name():
    client = Client({"tcp://10.0.0.6:40000": __version__, "tcp://10.0.0.7:40000": "0.0.1"})
    with pytest.raises(EngineUnavailable, match=r"1 Dask worker\(s\) run newsgraph 0.0.1 \(e.g. tcp://10.0.0.7:40000\)"):
        _check_workers(client, "tcp://s:8786")


def test_a_worker_without_newsgraph_is_refused():
    with pytest.raises(EngineUnavailable, match="cannot run newsgraph .*ModuleNotFoundError"):
        _check_workers(Client(error=ModuleNotFoundError("No module named 'newsgraph'")), "tcp://s:8786")


def test_a_cluster_without_workers_is_refused_with_the_command_that_starts_one():
    with pytest.raises(EngineUnavailable, match="has no workers .* `dask worker tcp://s:8786`"):
        _check_workers(Client(workers=False), "tcp://s:8786")


@pytest.mark.parametrize("address", ["tcp://10.0.0.5:8786", "10.0.0.5:8786", "tls://scheduler.example.org:8786"])
def test_scheduler_addresses_dask_takes_are_taken(address):
    pytest.importorskip("distributed", reason="addresses are parsed by Dask's distributed")
    _check_address(address)


@pytest.mark.parametrize("address", ["tcp://10.0.0.5", "http://10.0.0.5:8786", "10.0.0.5:port"])
def test_other_addresses_are_an_input_error(address):
    pytest.importorskip("distributed", reason="addresses are parsed by Dask's distributed")
    with pytest.raises(BadOption, match="is not a Dask scheduler address"):
        _check_address(address)


def test_a_scheduler_and_a_local_worker_count_do_not_go_together():
    with pytest.raises(BadOption, match="--workers is for the local Dask cluster"):
        DaskEngine(scheduler="tcp://10.0.0.5:8786", workers=4)


def _record_of(source: str, filename: str) -> logging.LogRecord:
    scope: dict = {}
    exec(compile(source, filename, "exec"), scope)
    try:
        scope["cancel"]()
    except Exception:  # noqa: BLE001 - the record carries whatever was raised
        exc_info = sys.exc_info()
    return logging.LogRecord("tornado.application", logging.ERROR, filename, 1, "Exception in callback", None, exc_info)


def test_only_the_interrupted_sync_traceback_is_dropped():
    noise = _InterruptedSyncNoise()
    unset = "def cancel():\n    if future is not None:\n        pass\n    future = 1\n"
    assert not noise.filter(_record_of(unset, "/site-packages/distributed/utils.py"))
    assert noise.filter(_record_of(unset, "/site-packages/newsgraph/corpus/run.py"))  # ours: shown
    assert noise.filter(_record_of("def cancel():\n    raise ValueError('boom')\n", "/distributed/utils.py"))
    assert noise.filter(logging.LogRecord("tornado.application", logging.ERROR, "x", 1, "plain", None, None))
