"""Corpus throughput: ``newsgraph run`` into SQLite against bare spaCy ``nlp.pipe`` on the same texts.

    python benchmarks/throughput.py [--texts DIR] [--workers N] [--articles N] [--rounds N] [--scaling] [--dask]
                                    [--postgres URL]

Both sides use the same model, the same texts and the same number of worker processes, and both
timings include starting their workers. ``--articles`` beyond the number of texts repeats them,
each copy made distinct (newsgraph stores a repeated text once). ``--scaling`` also times
newsgraph with one worker. ``--dask`` also runs the same corpus on a Dask ``LocalCluster`` of as many
single-threaded workers (``--engine dask``) and gives its throughput against the local runner's;
``--engine-only dask`` runs only that (for memory runs over many articles). ``--postgres URL``
writes to a new database on that server instead of an SQLite file. Prints articles/s and words/s,
their ratio (``--rounds N``: N pairs of runs, alternately, each pair's ratio and their median:
on a machine whose speed drifts between two runs a single pair misleads), the main process's time
writing and grouping, and the resident memory of each worker
after its first and last batch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.postgres import create_database  # noqa: E402 - the store tests' way of making a database

from newsgraph.corpus import Corpus, LocalEngine, run_corpus  # noqa: E402
from newsgraph.corpus.cluster import DaskEngine  # noqa: E402
from newsgraph.nlp.loader import DEFAULT_MODEL  # noqa: E402
from newsgraph.options import Options  # noqa: E402
from newsgraph.store import open_store  # noqa: E402

DEFAULT_TEXTS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
MB = 1024 * 1024


def corpus_texts(folder: Path, articles: int | None) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {folder}; give --texts DIR")
    wanted = articles or len(texts)
    return [texts[n % len(texts)] + (f"\n(Copy {n // len(texts)}.)" if n >= len(texts) else "")
            for n in range(wanted)]


def bare_spacy(texts: list[str], model: str, workers: int, batch_size: int) -> float:
    start = time.perf_counter()
    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def newsgraph_run(feed: Path, folder: Path, model: str, workers: int, batch_size: int, engine: str = "local",
                  postgres: str | None = None):
    name = f"run{engine}{workers}x{time.monotonic_ns()}"
    db = create_database(postgres, name) if postgres else str(folder / f"{name}.db")
    chosen = DaskEngine(workers=workers) if engine == "dask" else LocalEngine(workers)
    start = time.perf_counter()
    corpus = Corpus([feed])
    with open_store(db) as store:
        summary = run_corpus(corpus, store, Options(model=model), engine=chosen, batch_size=batch_size,
                             total=corpus.count())
    return time.perf_counter() - start, summary


def report(label: str, seconds: float, summary, articles: int, words: int) -> None:
    print(f"{label:20}: {seconds:7.1f} s  {articles / seconds:6.1f} articles/s  {words / seconds:8.0f} words/s"
          f"  ({summary.stored:,} stored, {summary.failed} failed)")
    print(f"  main process: writing the store {summary.writing_seconds:.1f} s ({summary.writing_seconds / seconds:.1%}"
          f" of wall time), finding copies and grouping happenings {summary.grouping_seconds:.1f} s "
          f"({summary.grouping_seconds / seconds:.1%}); the workers parse meanwhile")
    for pid, samples in sorted(summary.memory.items()):
        marks = [samples[0], samples[len(samples) // 10], samples[len(samples) // 2], samples[-1]]
        peak = max(rss for _, rss in samples)
        print(f"  worker {pid}: resident MB after " + ", ".join(f"{n} articles {rss / MB:.0f}" for n, rss in marks)
              + f"; peak {peak / MB:.0f} MB")


def _resident() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--rounds", type=int, default=1,
                        help="time bare spaCy and newsgraph's local run this many times, alternately")
    parser.add_argument("--scaling", action="store_true", help="also run newsgraph with one worker")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip bare spaCy (for memory runs over many articles)")
    parser.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster of --workers workers")
    parser.add_argument("--engine-only", choices=("local", "dask"),
                        help="run newsgraph on this engine alone (implies --no-baseline)")
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server's admin URL: write there")
    args = parser.parse_args()

    texts = corpus_texts(args.texts, args.articles)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts):,} articles, {words:,} words from {args.texts}; model {args.model}; "
          f"{args.workers} workers; batch size {args.batch_size}; store {'PostgreSQL' if args.postgres else 'SQLite'}")
    engines = [args.engine_only] if args.engine_only else ["local", "dask"] if args.dask else ["local"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        feed = folder / "corpus.jsonl"
        feed.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        base = None
        if not (args.no_baseline or args.engine_only):
            base = bare_spacy(texts, args.model, args.workers, args.batch_size)
            print(f"bare spaCy nlp.pipe : {base:7.1f} s  {len(texts) / base:6.1f} articles/s  "
                  f"{words / base:8.0f} words/s")
        seconds = {}
        for engine in engines:
            seconds[engine], summary = newsgraph_run(feed, folder, args.model, args.workers, args.batch_size,
                                                     engine, args.postgres)
            report(f"newsgraph run, {engine}", seconds[engine], summary, len(texts), words)
            if base:
                print(f"  ratio (newsgraph {engine} / spaCy throughput): {base / seconds[engine]:.2f}")
        if args.rounds > 1 and base and "local" in seconds:
            ratios = [base / seconds["local"]]
            for round_number in range(2, args.rounds + 1):
                again = bare_spacy(texts, args.model, args.workers, args.batch_size)
                local, _ = newsgraph_run(feed, folder, args.model, args.workers, args.batch_size, "local",
                                         args.postgres)
                ratios.append(again / local)
                print(f"round {round_number}: bare spaCy {again:.1f} s, newsgraph {local:.1f} s, "
                      f"ratio {ratios[-1]:.2f}")
            print(f"ratio over {args.rounds} rounds: median {statistics.median(ratios):.2f} "
                  f"(from {min(ratios):.2f} to {max(ratios):.2f})")
        if len(seconds) == 2:
            print(f"ratio (dask / local throughput, {args.workers} workers each): "
                  f"{seconds['local'] / seconds['dask']:.2f}")
        print(f"main process resident memory at the end: {_resident() / MB:.0f} MB")
        if args.scaling and args.workers > 1:
            one, _ = newsgraph_run(feed, folder, args.model, 1, args.batch_size, postgres=args.postgres)
            print(f"newsgraph run, 1 worker: {one:7.1f} s  {len(texts) / one:6.1f} articles/s; "
                  f"{args.workers} workers are {one / seconds[engines[0]]:.2f}x faster")


if __name__ == "__main__":
    main()
