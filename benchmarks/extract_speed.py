"""Seconds per article for ``extract`` against bare spaCy parsing of the same text, in one process.

    python benchmarks/extract_speed.py [FILE] [--published 2025-07-13] [--repeat 50]

Model loading is done before timing. The ratio shows what newsgraph's own stages (cleaning,
actors, quotes, events, time and place) add on top of the spaCy parse they need.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsgraph import Pipeline, make_article
from newsgraph.ingest import clean

DEFAULT = Path(__file__).resolve().parent.parent / "examples" / "kim-lavrov-talks.txt"


def timed_pair(first, second, repeat: int) -> tuple[list[float], list[float]]:
    """Both functions, alternating, so that drift in machine load falls on both alike."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for function, bucket in ((first, samples[0]), (second, samples[1])):
            start = time.perf_counter()
            function()
            bucket.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--published", default="2025-07-13")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    pipeline = Pipeline()
    article = make_article(args.file.read_text(encoding="utf-8"), published=args.published)
    text = clean(article).text
    pipeline.process(article)  # warm-up: the gazetteer, tables and spaCy caches
    spacy_only, full = timed_pair(lambda: pipeline.nlp(text), lambda: pipeline.process(article), args.repeat)
    parse, total = statistics.median(spacy_only), statistics.median(full)
    print(f"file: {args.file} ({len(text):,} characters, {len(text.split()):,} words), "
          f"model {pipeline.options.model}, {args.repeat} runs, medians")
    print(f"spaCy parse only : {parse * 1000:8.1f} ms per article")
    print(f"newsgraph extract: {total * 1000:8.1f} ms per article")
    print(f"newsgraph stages : {(total - parse) * 1000:8.1f} ms ({(total - parse) / parse:.0%} on top of parsing); "
          f"throughput ratio (parse / extract) {parse / total:.2f}")


if __name__ == "__main__":
    main()
