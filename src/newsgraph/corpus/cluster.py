"""The Dask engine: a corpus run's batches processed on a Dask cluster, the store written here.

    this process: read ─► skip what is stored ─► submit ─────────────► settle ─► store (one writer)
                                                  │                      ▲
    workers:                                      └► process_batch ──────┘ rows and failures

Workers run the local runner's ``process_batch`` and return rows; they never touch the store. One
writer keeps SQLite usable (it allows one), keeps a batch's rows in one transaction (what makes a
run resumable), and lets this process find copies and group happenings as batches arrive, as
the local runner does. At most a few batches per worker thread are in flight, so the input is
never all in this process's memory. A worker that dies has its batches rerun by the scheduler;
a batch that kills workers again and again (``KilledWorker``) is split into single articles, and
an article that still kills its worker becomes a failure row, so one bad article costs itself.

Needs the ``[dask]`` extra (``dask[distributed]``) here and on every worker, with the same
newsgraph version and spaCy model installed.
"""

from __future__ import annotations

import logging
import os
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from newsgraph import __version__
from newsgraph.corpus.run import Processed, process_batch, windowed
from newsgraph.errors import BadOption, EngineUnavailable, ExtraNotInstalled, InternalError
from newsgraph.options import Options
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # reported by _import_distributed, where the engine starts
    WorkerPlugin = object  # type: ignore[misc,assignment]

DASK_EXTRA = "pip install 'newsgraph[dask]'"
# How long to wait for a scheduler to answer, and for a cluster to have a worker.
CONNECT_TIMEOUT = "10s"
WORKER_TIMEOUT = 60.0
# Batches in flight per worker thread: one running, one waiting, so no thread idles between batches.
IN_FLIGHT_PER_THREAD = 2
RECOUNT_SECONDS = 5.0
# The local cluster's dashboard, on loopback (reach it from elsewhere through an SSH tunnel). Without
# --dashboard its HTTP server still starts (the scheduler's health routes), on any free port.
DASHBOARD = "127.0.0.1:8787"
# A worker's own bookkeeping runs on its event loop, in its main thread, and takes the GIL from the
# batch being parsed in the task's thread: the statistical profiler every 10 ms, the loop's tick
# every 20 ms, the memory monitor every 100 ms; and Dask starts workers with glibc told to hand
# freed memory back at 64 KiB (MALLOC_TRIM_THRESHOLD_), which spaCy's churn of small arrays pays
# for in page faults. Together they cost a local cluster about 15% of its throughput here
# (benchmarks/throughput.py --dask); a corpus run needs none of them, and its workers' memory stays
# flat without the trimming. docs/cluster.md gives the same settings for a cluster of one's own.
QUIET_WORKERS = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                 "distributed.worker.memory.monitor-interval": "1s"}
UNTRIMMED = "MALLOC_TRIM_THRESHOLD_"


@dataclass(slots=True)
class DaskEngine:
    """Batches processed on a Dask cluster: the one at ``scheduler`` (``tcp://host:8786``), or,
    without one, a ``LocalCluster`` of ``workers`` single-threaded processes on this machine
    (default: one per core)."""

    scheduler: str | None = None
    workers: int | None = None
    dashboard: bool = False  # serve the local cluster's dashboard (needs bokeh)
    on_start: Callable[[str], None] | None = None  # called with the dashboard's address once it serves
    split_batches: int = 0  # batches rerun one article at a time after their workers died

    def __post_init__(self) -> None:
        if self.scheduler is not None and self.workers is not None:
            raise BadOption("--workers is for the local Dask cluster; a cluster given by --scheduler has its own")

    def process(self, batches: Iterator[list[Article]], options: Options, *,
                batches_total: int | None = None) -> Iterator[Processed]:
        distributed = _import_distributed()
        noise = _InterruptedSyncNoise()
        logging.getLogger("tornado.application").addFilter(noise)
        try:
            yield from self._process(distributed, batches, options, batches_total)
        finally:
            logging.getLogger("tornado.application").removeFilter(noise)

    def _process(self, distributed: Any, batches: Iterator[list[Article]], options: Options,
                 batches_total: int | None) -> Iterator[Processed]:
        cluster = None if self.scheduler is not None else self._local_cluster(distributed, batches_total)
        try:
            client = _connect(distributed, cluster or self.scheduler)
            try:
                _check_workers(client, self.scheduler)
                if cluster is not None:
                    client.register_plugin(IgnoreInterrupts())
                tasks = _Tasks(distributed, client, options, self)
                yield from windowed(batches, tasks.submit, tasks.first_completed, tasks.collect, tasks.window)
            finally:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()

    def _local_cluster(self, distributed: Any, batches_total: int | None) -> Any:
        import dask

        if self.dashboard:
            try:
                import bokeh  # noqa: F401 - Dask serves no dashboard without it, and says so only in its log
            except ImportError:
                raise ExtraNotInstalled("--dashboard needs bokeh, which draws Dask's dashboard: pip install bokeh") from None

        workers = self.workers or os.cpu_count() or 1
        if batches_total is not None:
            workers = max(1, min(workers, batches_total))
        environ = {name: value for name, value in dask.config.get("distributed.nanny.pre-spawn-environ").items()
                   if name != UNTRIMMED}
        # the workers' nannies take the configuration as it is when they are made
        with dask.config.set({**QUIET_WORKERS, "distributed.nanny.pre-spawn-environ": environ}):
            cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                # a worker's failure comes back to the run as its batch's error (a failure row, or a
                # batch rerun); what the processes log themselves is noise to the user, such as the
                # heartbeats of workers still closing after Ctrl-C has closed the scheduler
                dashboard_address=DASHBOARD if self.dashboard else "127.0.0.1:0", silence_logs=logging.CRITICAL)
        if self.dashboard and self.on_start is not None:
            self.on_start(cluster.dashboard_link)
        return cluster


class _InterruptedSyncNoise(logging.Filter):
    """Drops the traceback distributed's ``sync`` logs when Ctrl-C lands before its coroutine has
    started (its cancel callback reads a variable not yet set: a NameError, logged by tornado);
    the interrupt itself still stops the run with its one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, NameError):
            return True
        frames = traceback.extract_tb(error.__traceback__)
        return not (frames and frames[-1].name == "cancel" and "distributed" in frames[-1].filename)


class _Tasks:
    """One run's batches as Dask tasks: what ``windowed`` needs to submit, wait for and collect them."""

    def __init__(self, distributed: Any, client: Any, options: Options, engine: DaskEngine) -> None:
        self.distributed, self.client, self.options, self.engine = distributed, client, options, engine
        self.articles_of: dict[str, list[Article]] = {}  # future key → its batch, to split it if need be
        self.threads, self.counted = 1, float("-inf")

    def submit(self, articles: list[Article]) -> Any:
        # pure=False: a batch is work to do, never a result to share with an equal-looking batch
        future = self.client.submit(_process_on_worker, self.options, articles, pure=False)
        self.articles_of[future.key] = articles
        return future

    def first_completed(self, pending: set[Any]) -> tuple[set[Any], set[Any]]:
        with self.client.as_current():  # wait() takes the current client; this one is nobody's default
            done, rest = self.distributed.wait(pending, return_when="FIRST_COMPLETED")
        return set(done), set(rest)

    def collect(self, future: Any) -> Processed | list[Any]:
        articles = self.articles_of.pop(future.key)
        try:
            return future.result()
        except self.distributed.KilledWorker:
            self.engine.split_batches += len(articles) > 1
            return _after_killed_workers(articles, self.submit)
        finally:
            future.release()  # the worker may forget the rows once they are here

    def window(self) -> int:
        """Batches to keep in flight: a cluster may grow or shrink, so its threads are counted again
        every few seconds (not on every batch: each count asks the scheduler)."""
        if time.monotonic() - self.counted > RECOUNT_SECONDS:
            self.threads = max(1, sum(self.client.nthreads().values()))
            self.counted = time.monotonic()
        return IN_FLIGHT_PER_THREAD * self.threads


def _after_killed_workers(articles: list[Article], submit: Any) -> Processed | list[Any]:
    """A batch whose workers kept dying: its articles one by one, or the one article as a failure."""
    if len(articles) > 1:
        return [submit([article]) for article in articles]
    error = InternalError("the worker processing this article died each time it was tried (out of memory? "
                          "a crash in a compiled library?); see the Dask workers' logs")
    return Processed([], [(articles[0].id, "worker", error)], None, 0)


def _import_distributed() -> Any:
    try:
        import distributed
        from distributed import KilledWorker  # noqa: F401 - checked here: older versions lack the export
    except ImportError:
        raise ExtraNotInstalled(f"--engine dask needs Dask's distributed scheduler: {DASK_EXTRA}") from None
    return distributed


def _connect(distributed: Any, address: Any) -> Any:
    where = address if isinstance(address, str) else "the local cluster"
    if isinstance(address, str):
        _check_address(address)
    try:
        return distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise EngineUnavailable(
            f"no Dask scheduler answered at {where} within {CONNECT_TIMEOUT} ({type(error).__name__}: {error}); "
            "start one with `dask scheduler`, check the address (tcp://HOST:8786), or leave out --scheduler "
            "to run a local cluster") from None


def _check_address(address: str) -> None:
    from distributed.comm import registry
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        parse_host_port(location)
        registry.get_backend(scheme)
    except ValueError as error:
        raise BadOption(f"--scheduler {address!r} is not a Dask scheduler address ({error}); give it as "
                        "tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786") from None


def _check_workers(client: Any, scheduler: str | None) -> None:
    """The cluster has a worker, and its workers run this newsgraph: another version could code
    the same article differently under the same content-hash id."""
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except TimeoutError:
        raise EngineUnavailable(f"the Dask scheduler at {scheduler} has no workers after {WORKER_TIMEOUT:.0f} s; "
                                f"start some with `dask worker {scheduler}`") from None
    try:
        versions = client.run(_newsgraph_version)
    except Exception as error:  # noqa: BLE001 - a worker without newsgraph fails to unpickle the function
        raise EngineUnavailable(f"a Dask worker cannot run newsgraph ({type(error).__name__}: {error}); install "
                                f"newsgraph {__version__} with its extra [dask] on every worker") from None
    other = {address: version for address, version in versions.items() if version != __version__}
    if other:
        address, version = sorted(other.items())[0]
        raise EngineUnavailable(f"{len(other)} Dask worker(s) run newsgraph {version} (e.g. {address}), this "
                                f"process {__version__}; install the same version everywhere")


def _newsgraph_version() -> str:
    from newsgraph import __version__ as version
    return version


# One pipeline per worker process, loaded by its first batch and kept: the model is never shipped.
_pipelines: dict[Options, Pipeline] = {}


def _process_on_worker(options: Options, articles: list[Article]) -> Processed:
    pipeline = _pipelines.get(options)
    if pipeline is None:
        pipeline = _pipelines[options] = Pipeline(options)
    return process_batch(pipeline, articles)


class IgnoreInterrupts(WorkerPlugin):
    """For a local cluster's workers, started and restarted: Ctrl-C reaches the whole process group,
    and this process stops the run and closes the cluster; a worker ignores it rather than dying
    mid-batch with a traceback. Never given to a cluster of one's own: its workers answer to it."""

    name = "newsgraph-ignore-interrupts"

    def setup(self, worker: Any) -> None:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the worker process's main thread: its Ctrl-C is not ours to handle
            pass
