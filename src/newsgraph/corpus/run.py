"""A corpus run: articles from a ``Corpus`` through the pipeline, in worker processes, into a store.

    read ─► skip what the store has ─► batches ─► workers (clean, parse, analyse, rows) ─► one transaction a batch

Resumable by construction: an article is stored with all its rows in one transaction, and a rerun
skips the ids the store has, so a run killed at any moment is finished by running it again.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from newsgraph.copies import CopyIndex
from newsgraph.corpus.sources import Corpus, Submission
from newsgraph.errors import InternalError, NewsgraphError
from newsgraph.options import Options
from newsgraph.pipeline import Pipeline, analyse
from newsgraph.records import Article
from newsgraph.store import ArticleRows, Batch, Failure, Store, rows_of

DEFAULT_BATCH_SIZE = 32
# Texts the parser takes at once inside a worker's batch: larger gains little speed and costs memory.
PARSE_BATCH = 8
# Settled inputs (origins, failures) written at the latest after this many, with or without a batch.
FLUSH_EVERY = 1000

F = TypeVar("F")  # a future of whichever engine runs the batches


@dataclass(slots=True)
class Processed:
    """What a worker sends back for one batch."""

    rows: list[ArticleRows]
    failures: list[tuple[str, str, NewsgraphError]]  # article id, stage, error
    pid: int | None  # None: no worker finished the batch (each of its articles is a failure)
    rss: int  # resident memory of the worker after the batch, bytes


@dataclass(slots=True)
class RunSummary:
    read: int = 0        # input records seen
    stored: int = 0      # articles newly stored
    skipped: int = 0     # stored before this run (a rerun) or repeated texts
    failed: int = 0      # input records that ended as failure rows
    words: int = 0       # words in the newly stored articles
    seconds: float = 0.0
    grouping_seconds: float = 0.0  # this process's time finding copies and grouping happenings
    writing_seconds: float = 0.0   # this process's time writing batches to the store
    # worker pid → (articles that worker has processed, its resident memory in bytes) after each batch
    memory: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def failure_share(self) -> float:
        return self.failed / self.read if self.read else 0.0


def run_corpus(corpus: Corpus, store: Store, options: Options | None = None, *, workers: int | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, total: int | None = None,
               progress: Callable[[int], None] | None = None, engine: Engine | None = None) -> RunSummary:
    """Stores every article of ``corpus`` that ``store`` lacks; returns what happened.

    ``engine`` processes the batches (default: ``LocalEngine(workers)``, worker processes on this
    machine; ``newsgraph.corpus.cluster.DaskEngine`` for a Dask cluster); whatever it is, this
    process alone writes the store. ``total``, the number of input records where known, keeps a
    small corpus from starting more workers than it has batches. ``progress`` is called with the
    number of input records just settled.
    """
    options = options or Options()
    engine = engine or LocalEngine(workers)
    batches_total = -(-total // batch_size) if total is not None else None
    run = _Run(store, progress or (lambda n: None))
    started = time.perf_counter()
    with closing(engine.process(run.batches(corpus, batch_size), options, batches_total=batches_total)) as processed:
        for batch in processed:
            run.settle(batch)
    run.flush()
    run.summary.seconds = time.perf_counter() - started
    return run.summary


class Engine(Protocol):
    """Where batches are processed: ``process`` yields one ``Processed`` per batch, in any order.

    It may hold at most a few batches at a time (``batches`` is read as results come back), and it
    must yield each batch once, even when a worker dies and the batch is processed again.
    """

    def process(self, batches: Iterator[list[Article]], options: Options, *,
                batches_total: int | None = None) -> Iterator[Processed]: ...


@dataclass(slots=True)
class LocalEngine:
    """Worker processes on this machine (default: one per core), each loading the model once; with
    one worker the batches are processed in this process."""

    workers: int | None = None

    def process(self, batches: Iterator[list[Article]], options: Options, *,
                batches_total: int | None = None) -> Iterator[Processed]:
        workers = self.workers or os.cpu_count() or 1
        if batches_total is not None:
            workers = max(1, min(workers, batches_total))
        if workers == 1:
            pipeline = Pipeline(options)
            for articles in batches:
                yield process_batch(pipeline, articles)
            return
        pool = _LocalPool(workers, options)
        try:
            yield from windowed(batches, pool.submit, lambda pending: wait(pending, return_when=FIRST_COMPLETED),
                                pool.collect, lambda: 2 * workers)
        except BaseException:  # Ctrl-C, or the store failed: what is queued is dropped
            pool.close(wait=False)
            raise
        pool.close(wait=True)


class _LocalPool:
    """The local engine's worker processes, replaced when one dies (killed, out of memory, a crash in
    a compiled library). The batches the broken pool held are each run again alone, in a fresh
    worker of their own; a batch that kills that one too is split into its articles, each run alone
    once more, and an article that still kills its worker becomes a failure row. The run goes on."""

    def __init__(self, workers: int, options: Options, *, work: Callable[[list[Article]], Processed] | None = None,
                 start_worker: Callable[[Options], None] | None = None) -> None:
        # work and start_worker: what each worker runs (tests give functions of their own)
        self.workers, self.options = workers, options
        self.work, self.start_worker = work or _work, start_worker or _start_worker
        self.pool, self.generation = self._start(workers), 0
        self.alone: ProcessPoolExecutor | None = None  # for the batches of a broken pool, one at a time
        self.batch_of: dict[Future[Processed], tuple[list[Article], int]] = {}
        self.reruns = 0  # batches and articles run again alone

    def _start(self, workers: int) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, with no state forked from this one
        return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=self.start_worker,
                                   initargs=(self.options,))

    def submit(self, articles: list[Article]) -> Future[Processed]:
        try:
            future = self.pool.submit(self.work, articles)
        except BrokenProcessPool:  # a worker died since the last batch came back
            self._replace(self.generation)
            future = self.pool.submit(self.work, articles)
        self.batch_of[future] = (articles, self.generation)
        return future

    def collect(self, future: Future[Processed]) -> Processed:
        articles, generation = self.batch_of.pop(future)
        try:
            return future.result()
        except BrokenProcessPool:
            self._replace(generation)
            return self._run_alone(articles)

    def _replace(self, broken: int) -> None:
        """A fresh pool for the one of generation ``broken``, unless it was replaced already."""
        if broken == self.generation:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool, self.generation = self._start(self.workers), self.generation + 1

    def _run_alone(self, articles: list[Article]) -> Processed:
        self.reruns += 1
        if self.alone is None:
            self.alone = self._start(1)
        try:
            return self.alone.submit(self.work, articles).result()
        except BrokenProcessPool:
            self.alone.shutdown(wait=False, cancel_futures=True)
            self.alone = None
        if len(articles) == 1:
            error = InternalError("the worker processing this article died each time it was tried (out of memory? a "
                                  "crash in a compiled library?)")
            return Processed([], [(articles[0].id, "worker", error)], None, 0)
        parts = [self._run_alone([article]) for article in articles]
        return Processed([rows for part in parts for rows in part.rows],
                         [failure for part in parts for failure in part.failures], None, 0)

    def close(self, *, wait: bool) -> None:
        for pool in (self.pool, self.alone):
            if pool is not None:
                pool.shutdown(wait=wait, cancel_futures=not wait)


def windowed(batches: Iterator[list[Article]], submit: Callable[[list[Article]], F],
             first_completed: Callable[[set[F]], tuple[set[F], set[F]]],
             collect: Callable[[F], Processed | list[F]], window: Callable[[], int]) -> Iterator[Processed]:
    """Batches submitted as futures, at most ``window()`` in flight, each yielded as it completes.

    Reading ``batches`` only as results come back keeps the input out of memory but for a few
    batches. ``collect`` gives a future's result, or the futures that take over its work (a
    batch resubmitted after its worker died).
    """
    pending: set[F] = set()

    def settle(done: set[F]) -> Iterator[Processed]:
        for future in done:
            outcome = collect(future)
            if isinstance(outcome, Processed):
                yield outcome
            else:
                pending.update(outcome)

    for articles in batches:
        pending.add(submit(articles))
        while len(pending) >= window():
            done, _ = first_completed(pending)
            pending -= done
            yield from settle(done)
    while pending:
        done, _ = first_completed(pending)
        pending -= done
        yield from settle(done)


class _Run:
    """The bookkeeping of one run in the main process: what is in flight, settled and written."""

    def __init__(self, store: Store, progress: Callable[[int], None]) -> None:
        self.store, self.progress = store, progress
        self.summary = RunSummary()
        self.in_flight: dict[str, list[Submission]] = {}  # article id → the records with its text
        self.stored: set[str] = set()                      # ids stored, by this run or before it
        self.failed: dict[str, Failure] = {}               # id → why its processing failed in this run
        self.origins: list[tuple[str, str, str | None]] = []
        self.failures: list[Failure] = []
        self.processed: dict[int, int] = {}
        self.copies: CopyIndex | None = None  # the stored articles' signatures, loaded on the first batch

    def batches(self, corpus: Corpus, size: int) -> Iterator[list[Article]]:
        """Articles to process, ``size`` at a time; everything else is settled as it is read."""
        chunk: list[Submission] = []
        for submission in corpus:
            self.summary.read += 1
            if submission.article is None:
                error = submission.error or InternalError("the record has neither an article nor an error")
                self.failures.append(Failure(submission.origin, None, "read", error.code, error.message))
                self.summary.failed += 1
                self.progress(1)
                continue
            chunk.append(submission)
            if len(chunk) >= size:
                if articles := self._triage(chunk):
                    yield articles
                chunk = []
            if len(self.origins) + len(self.failures) >= FLUSH_EVERY:
                self.flush()  # a rerun over a large stored corpus writes as it goes, not all at the end
        if chunk and (articles := self._triage(chunk)):
            yield articles

    def _triage(self, chunk: list[Submission]) -> list[Article]:
        fresh = {s.article.id for s in chunk} - self.in_flight.keys() - self.stored - self.failed.keys()
        self.stored |= self.store.stored_ids(fresh)
        articles = []
        for submission in chunk:
            article_id = submission.article.id
            if article_id in self.in_flight:
                self.in_flight[article_id].append(submission)
            elif article_id in self.stored:
                self.origins.append((submission.origin, article_id, submission.external_id))
                self.summary.skipped += 1
                self.progress(1)
            elif article_id in self.failed:
                first = self.failed[article_id]
                self.failures.append(Failure(submission.origin, article_id, first.stage, first.code, first.message))
                self.summary.failed += 1
                self.progress(1)
            else:
                self.in_flight[article_id] = [submission]
                articles.append(submission.article)
        return articles

    def settle(self, processed: Processed) -> None:
        """Writes a processed batch, with everything settled since the last write, in one transaction."""
        settled = 0
        for rows in processed.rows:
            submissions = self.in_flight.pop(rows.article_id)
            self.stored.add(rows.article_id)
            self.origins += [(s.origin, rows.article_id, s.external_id) for s in submissions]
            self.summary.stored += 1
            self.summary.skipped += len(submissions) - 1
            self.summary.words += rows.words
            settled += len(submissions)
        for article_id, stage, error in processed.failures:
            submissions = self.in_flight.pop(article_id)
            self.failed[article_id] = Failure(submissions[0].origin, article_id, stage, error.code, error.message)
            self.failures += [Failure(s.origin, article_id, stage, error.code, error.message) for s in submissions]
            self.summary.failed += len(submissions)
            settled += len(submissions)
        self._write(Batch(processed.rows, self.origins, self.failures))
        self._compare_and_group()
        self.origins, self.failures = [], []
        if processed.pid is not None:
            count = self.processed.get(processed.pid, 0) + len(processed.rows) + len(processed.failures)
            self.processed[processed.pid] = count
            self.summary.memory.setdefault(processed.pid, []).append((count, processed.rss))
        self.progress(settled)

    def flush(self) -> None:
        if self.origins or self.failures:
            self._write(Batch([], self.origins, self.failures))
            self.origins, self.failures = [], []
        self._compare_and_group()  # also what a run killed between storing a batch and grouping it left

    def _write(self, batch: Batch) -> None:
        started = time.perf_counter()
        self.store.write(batch)
        self.summary.writing_seconds += time.perf_counter() - started

    def _compare_and_group(self) -> None:
        started = time.perf_counter()
        self.copies = self.store.compare_copies(self.copies)
        self.store.regroup()
        self.summary.grouping_seconds += time.perf_counter() - started



def process_batch(pipeline: Pipeline, articles: list[Article]) -> Processed:
    """Each article cleaned, parsed (in small spaCy batches) and analysed; a failure costs one article.

    Docs are analysed as they come out of the parser, so a worker holds a few Docs at a time,
    not the whole batch: that keeps its memory flat whatever the batch size.
    """
    failures: list[tuple[str, str, NewsgraphError]] = []
    cleaned = []
    for article in articles:
        try:
            cleaned.append(pipeline.clean(article))
        except Exception as exc:  # noqa: BLE001 - recorded as a failure row; the run goes on
            failures.append((article.id, "clean", _as_error(exc)))
    rows: list[ArticleRows] = []
    done = 0
    try:
        for doc in pipeline.nlp.pipe([article.text for article in cleaned], batch_size=PARSE_BATCH):
            _analyse_into(rows, failures, pipeline, cleaned[done], doc)
            done += 1
    except Exception:  # noqa: BLE001 - the parser failed on the batch: parse the rest one by one
        for article in cleaned[done:]:
            try:
                doc = pipeline.nlp(article.text)
            except Exception as exc:  # noqa: BLE001
                failures.append((article.id, "parse", _as_error(exc)))
                continue
            _analyse_into(rows, failures, pipeline, article, doc)
    return Processed(rows, failures, os.getpid(), _resident_bytes())


def _analyse_into(rows: list[ArticleRows], failures: list[tuple[str, str, NewsgraphError]],
                  pipeline: Pipeline, article: Article, doc: Doc) -> None:
    try:
        rows.append(rows_of(analyse(article, doc, pipeline.knowledge)))
    except Exception as exc:  # noqa: BLE001
        failures.append((article.id, "analyse", _as_error(exc)))


def _as_error(exc: Exception) -> NewsgraphError:
    if isinstance(exc, NewsgraphError):
        return exc
    return InternalError(f"{type(exc).__name__}: {exc} (a bug; please report it with the article)")


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


_worker_pipeline: Pipeline | None = None


def _start_worker(options: Options) -> None:
    global _worker_pipeline
    # Ctrl-C reaches the whole process group: the main process stops the run and keeps what is
    # stored; workers ignore it rather than each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = Pipeline(options)


def _work(articles: list[Article]) -> Processed:
    return process_batch(_worker_pipeline, articles)
