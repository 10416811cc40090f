"""Time of each newsgraph stage per article, as a share of the spaCy parse, on a folder of texts.

    python benchmarks/stage_times.py [DIR] [--limit 100]

DIR holds .txt articles (default: PolNeAR's dev texts in ../shared/data/polnear/dev/text). Each
stage runs on the same parsed Doc as in ``newsgraph.analyse``; times are summed over the
articles, so long articles weigh as they do in a corpus run.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from newsgraph import Pipeline, make_article
from newsgraph.actors import find_actors
from newsgraph.events import code_events, merge_events
from newsgraph.ingest import clean
from newsgraph.normalize import date_events, date_quotes, find_places, find_times, place_events
from newsgraph.quotes import find_quotes

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--published", default="2016-10-01")
    args = parser.parse_args()

    pipeline = Pipeline()
    knowledge = pipeline.knowledge
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))[:args.limit]]
    totals: dict[str, float] = defaultdict(float)

    def timed(stage: str, function, *arguments):
        start = time.perf_counter()
        value = function(*arguments)
        totals[stage] += time.perf_counter() - start
        return value

    pipeline.extract(texts[0])  # warm-up
    for text in texts:
        article = timed("clean", clean, make_article(text, published=args.published))
        doc = timed("spaCy parse", pipeline.nlp, article.text)
        actors = timed("actors", find_actors, doc, knowledge.gazetteer)
        quotes = timed("quotes", lambda: find_quotes(doc, actors, cues=knowledge.cues))
        events = timed("events", code_events, doc, actors, quotes, knowledge.patterns)
        times = timed("time/place", find_times, doc, article.published)
        places = timed("time/place", find_places, doc, knowledge.gazetteer, actors)
        timed("time/place", lambda: place_events(doc, date_events(doc, events, times), places))
        timed("time/place", date_quotes, doc, quotes, times)
        timed("events", merge_events, events)
    parse = totals["spaCy parse"]
    ours = sum(v for k, v in totals.items() if k != "spaCy parse")
    print(f"{len(texts)} articles from {args.folder}, model {pipeline.options.model}")
    for stage in ("clean", "spaCy parse", "actors", "quotes", "events", "time/place"):
        print(f"{stage:<12} {totals[stage] / len(texts) * 1000:8.2f} ms/article  "
              f"{totals[stage] / (parse + ours):6.1%} of the pipeline")
    print(f"{'total':<12} {(parse + ours) / len(texts) * 1000:8.2f} ms/article; newsgraph's stages add "
          f"{ours / parse:.1%} to the parse")


if __name__ == "__main__":
    main()
