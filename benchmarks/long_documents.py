"""Each newsgraph stage on one long document, against the spaCy parse of it, from 2k to 64k words.

    python benchmarks/long_documents.py [DIR] [--sizes 2000 4000 ...] [--published 2016-10-01]

The documents join DIR's .txt articles in sorted order, paragraphs apart, until each has about
the number of words asked for (default: PolNeAR's training texts in ../shared/data). A document
is cleaned and parsed once, then ``analyse`` runs on that Doc with each stage timed inside it, in
the same process. Stages whose share of the parse grows with the length cost more than linear
time; the last column is what ``extract`` costs against bare spaCy.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import newsgraph.pipeline as pipeline_module
from newsgraph import Pipeline, make_article
from newsgraph.ingest import clean
from stage_times import STAGES, stage_clocks

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
SIZES = (2_000, 4_000, 8_000, 16_000, 32_000, 64_000)
COLUMNS = ("clean", *dict.fromkeys(STAGES.values()))


def long_documents(folder: Path, sizes: Iterable[int]) -> Iterator[str]:
    """For each size, the first paragraphs of ``folder``'s articles that together reach that many words."""
    paragraphs = [paragraph.strip() for path in sorted(folder.glob("*.txt"))
                  for paragraph in path.read_text(encoding="utf-8").split("\n\n") if paragraph.strip()]
    taken = words = 0
    for size in sorted(sizes):
        while words < size and taken < len(paragraphs):
            words += len(paragraphs[taken].split())
            taken += 1
        yield "\n\n".join(paragraphs[:taken])


def stage_seconds(pipeline: Pipeline, text: str, published: str) -> dict[str, float]:
    seconds: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    article = clean(make_article(text, published=published))
    seconds["clean"] = time.perf_counter() - start
    start = time.perf_counter()
    doc = pipeline.nlp(article.text)
    seconds["parse"] = time.perf_counter() - start
    with stage_clocks(seconds):
        start = time.perf_counter()
        pipeline_module.analyse(article, doc, pipeline.knowledge)
        seconds["analyse"] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--published", default="2016-10-01")
    args = parser.parse_args()

    pipeline = Pipeline()
    documents = list(long_documents(args.folder, args.sizes))
    if len(documents[-1]) > pipeline.nlp.max_length:
        raise SystemExit(f"the longest document has {len(documents[-1]):,} characters, more than the "
                         f"{pipeline.nlp.max_length:,} the model takes")
    pipeline.extract(documents[0], published=args.published)  # warm-up: gazetteer, tables, caches
    print(f"model {pipeline.options.model}, texts from {args.folder}; seconds (% of the parse)")
    print(f"{'words':>7} {'parse s':>8} " + " ".join(f"{c:>16}" for c in COLUMNS) + f" {'extract/spaCy':>14}")
    for text in documents:
        seconds = stage_seconds(pipeline, text, args.published)
        parse = seconds["parse"]
        cells = " ".join(f"{seconds[c]:7.2f} ({seconds[c] / parse:5.1%})".rjust(16) for c in COLUMNS)
        ratio = (seconds["clean"] + parse + seconds["analyse"]) / parse
        print(f"{len(text.split()):>7,} {parse:8.2f} {cells} {ratio:14.2f}", flush=True)


if __name__ == "__main__":
    main()
