"""Time of each newsgraph stage per article, as a share of the spaCy parse, on a folder of texts.

    python benchmarks/stage_times.py [DIR] [--limit 100] [--lower-case]

DIR holds .txt articles (default: PolNeAR's dev texts in ../shared/data/polnear/dev/text). Each
stage is timed inside ``newsgraph.pipeline.analyse`` itself, on the same parsed Doc; times are
summed over the articles, so long articles weigh as they do in a corpus run. With --lower-case
the articles are lower-cased first, as lower-cased feeds publish them, and the parse is also
timed without ``newsgraph_case_fold``, which parses such a story again recased, to show its cost.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path

import newsgraph.pipeline as pipeline_module
from newsgraph import Pipeline, make_article
from newsgraph.ingest import clean

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev" / "text"

# The functions ``analyse`` calls, by the stage each one's time counts to.
STAGES = {
    "find_actors": "actors",
    "find_quotes": "quotes",
    "find_times": "times",
    "find_places": "places",
    "code_events": "events",
    "date_events": "dating/placing",
    "place_events": "dating/placing",
    "date_quotes": "dating/placing",
    "merge_events": "merging",
    "qualifier_countries": "locating",
    "locate_targets": "locating",
    "_placed_actors": "locating",
}


@contextmanager
def stage_clocks(totals: MutableMapping[str, float]) -> Iterator[None]:
    """While open, each function ``analyse`` calls adds its seconds to ``totals[stage]``; timing
    the calls of ``analyse`` itself keeps the benchmark from drifting away from the pipeline."""
    originals = {name: getattr(pipeline_module, name) for name in STAGES}

    def clocked(name, function):
        def run(*arguments, **keywords):
            start = time.perf_counter()
            try:
                return function(*arguments, **keywords)
            finally:
                totals[STAGES[name]] += time.perf_counter() - start
        return run

    for name, function in originals.items():
        setattr(pipeline_module, name, clocked(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(pipeline_module, name, function)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--published", default="2016-10-01")
    parser.add_argument("--lower-case", action="store_true")
    args = parser.parse_args()

    pipeline = Pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))[:args.limit]]
    if args.lower_case:
        texts = [text.lower() for text in texts]
    totals: dict[str, float] = defaultdict(float)
    unfolded = [0.0]  # the parse without the case fold (--lower-case only)

    pipeline.extract(texts[0])  # warm-up
    for text in texts:
        start = time.perf_counter()
        article = clean(make_article(text, published=args.published))
        totals["clean"] += time.perf_counter() - start
        start = time.perf_counter()
        doc = pipeline.nlp(article.text)
        totals["spaCy parse"] += time.perf_counter() - start
        if args.lower_case:
            start = time.perf_counter()
            with pipeline.nlp.select_pipes(disable=["newsgraph_case_fold"]):
                pipeline.nlp(article.text)
            unfolded[0] += time.perf_counter() - start
        with stage_clocks(totals):
            pipeline_module.analyse(article, doc, pipeline.knowledge)
    parse = totals["spaCy parse"]
    ours = sum(v for k, v in totals.items() if k != "spaCy parse")
    print(f"{len(texts)} articles from {args.folder}, model {pipeline.options.model}")
    for stage in ("clean", "spaCy parse", *dict.fromkeys(STAGES.values())):
        print(f"{stage:<15} {totals[stage] / len(texts) * 1000:8.2f} ms/article  "
              f"{totals[stage] / (parse + ours):6.1%} of the pipeline")
    print(f"{'total':<15} {(parse + ours) / len(texts) * 1000:8.2f} ms/article; newsgraph's stages add "
          f"{ours / parse:.1%} to the parse")
    if args.lower_case:
        print(f"the parse without newsgraph_case_fold: {unfolded[0] / len(texts) * 1000:.2f} ms/article; "
              f"parsing the lower-cased stories again recased costs {parse / unfolded[0] - 1:.1%} more")


if __name__ == "__main__":
    main()
