"""Copies and happenings, measured: copies of real articles made the ways wire copy differs, and
hand-written cases of one happening told by several articles and of look-alike happenings.

    python benchmarks/happenings_eval.py [--texts DIR] [--cases FILE] [--workers N] [--json]

Copies: every PolNeAR dev article (``--texts``) is stored, then copied seven ways (a new headline,
boilerplate lines, related-link lines, its last paragraph dropped, a paragraph added, curly
quotation marks made straight, a dateline added), each copy published a day later under another
outlet. Reported: copies found (in their original's group), happenings the copies added (the
database's happenings against those of the originals alone; goal 0), and originals wrongly
marked as copies (goal at most 1%).

Grouping: ``--cases`` (default tests/data/happening_cases.jsonl, written for newsgraph) holds short
articles, each with the happening its main event tells of (``happening``) and the CAMEO root of
that event (``root``); pairwise precision and recall of "same happening" over those events.

Cost: the main process's time comparing copies and grouping, against the run's wall time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from newsgraph.corpus import Corpus, run_corpus
from newsgraph.options import Options
from newsgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
DEFAULT_CASES = ROOT / "tests" / "data" / "happening_cases.jsonl"
ADDED = ("In a separate development, officials said a review of the matter would be published next month, "
         "and that no further comment would be made until then.")
WAYS = {
    "headline": lambda text: "BREAKING: a new headline for the same story\n\n" + text,
    "boilerplate": lambda text: text + "\n\nShare this article\nSign up for our newsletter\nAll rights reserved.",
    "related links": lambda text: text + "\n\nRELATED: Five things to know\nRELATED: The week in pictures",
    "paragraph dropped": lambda text: "\n\n".join(text.split("\n\n")[:-1]) if "\n\n" in text.strip() else text,
    "paragraph added": lambda text: text + "\n\n" + ADDED,
    "straight quotes": lambda text: re.sub("[\u201c\u201d]", '"', re.sub("[\u2018\u2019]", "'", text)),
    "dateline": lambda text: "WASHINGTON (Wire) - " + text,
}


def _run(records: list[dict], db: Path, workers: int) -> tuple[float, dict]:
    feed = db.with_suffix(".jsonl")
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    corpus = Corpus([feed])
    with open_store(db) as store:
        summary = run_corpus(corpus, store, Options(), workers=workers, total=corpus.count())
    return summary.seconds, {"grouping_seconds": round(summary.grouping_seconds, 2)}


def copies(texts: Path, workers: int, folder: Path) -> dict:
    paths = sorted(texts.glob("*.txt"))
    originals = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "source": "Original",
                  "published": (date(2016, 9, 1) + timedelta(days=n)).isoformat()} for n, p in enumerate(paths)]
    copies_made = [{"id": f"{r['id']}~{way}", "text": make(r["text"]), "source": f"Outlet {n}",
                    "published": (date.fromisoformat(r["published"]) + timedelta(days=1)).isoformat()}
                   for r in originals for n, (way, make) in enumerate(WAYS.items())]
    alone = folder / "originals.db"
    _run(originals, alone, workers)
    both = folder / "with-copies.db"
    seconds, cost = _run(originals + copies_made, both, workers)
    with open_store(alone, create=False) as store:
        happenings_alone = store.counts()["happenings"]
        original_ids = {r["id"]: r["article_id"] for r in store._dicts(
            "SELECT o.external_id AS id, o.article_id FROM article_origins o")}
    with open_store(both, create=False) as store:
        ids = {r["id"]: r["article_id"] for r in store._dicts(
            "SELECT o.external_id AS id, o.article_id FROM article_origins o")}
        links = {c["article_id"]: c["copy_of"] for c in store.copies()}
        happenings_both = store.counts()["happenings"]
        kept = {article_id for external, article_id in ids.items() if "~" not in external}
        way_of = {article_id: external.split("~")[1] for external, article_id in ids.items()
                  if "~" in external and article_id not in kept}  # not a copy whose text came out the same
        reporters: dict[str, set[str]] = {}
        for happening_id, article_id, _ in store._rows(
                "SELECT happening_id, article_id, event_id FROM events WHERE happening_id IS NOT NULL"):
            reporters.setdefault(happening_id, set()).add(article_id)
        added_by_way: dict[str, int] = {}
        for articles in reporters.values():
            if all(a in way_of for a in articles):  # told by copies alone
                for way in {way_of[a] for a in articles}:
                    added_by_way[way] = added_by_way.get(way, 0) + 1
    group = lambda article: links.get(article, article)  # noqa: E731 - the group's original
    found, per_way = 0, {way: [0, 0] for way in WAYS}
    for record in copies_made:
        original, way = record["id"].split("~")
        copy_id, original_id = ids[record["id"]], ids[original]
        if copy_id == original_id:  # the copy's text came out the same: stored once, as a repeat
            hit = True
        else:
            hit = group(copy_id) == group(original_id)
        found += hit
        per_way[way][0] += hit
        per_way[way][1] += 1
    original_groups = [group(ids[r["id"]]) for r in originals]
    wrongly = sum(1 for r, g in zip(originals, original_groups) if original_groups.count(g) > 1)
    return {"originals": len(originals), "copies": len(copies_made), "copies_found": found,
            "found_share": round(found / len(copies_made), 4),
            "per_way": {way: f"{hit}/{total}" for way, (hit, total) in per_way.items()},
            "happenings_originals": happenings_alone, "happenings_with_copies": happenings_both,
            "happenings_added_by_copies": happenings_both - happenings_alone,
            "happenings_told_by_copies_alone": added_by_way,
            "originals_marked_as_copies": wrongly, "wrong_share": round(wrongly / len(originals), 4),
            "run_seconds": round(seconds, 1), **cost, "stored_originals": len(original_ids)}


def grouping(cases: Path, workers: int, folder: Path) -> dict:
    records = [json.loads(line) for line in cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    db = folder / "cases.db"
    _run([{k: r[k] for k in ("id", "text", "published", "source")} for r in records], db, workers)
    predicted = {}
    with open_store(db, create=False) as store:
        ids = {r["id"]: r["article_id"] for r in store._dicts(
            "SELECT o.external_id AS id, o.article_id FROM article_origins o")}
        events = store.events()
    missing = []
    for record in records:
        own = [e for e in events if e["article_id"] == ids[record["id"]] and e["root"] == record["root"]]
        if own:
            predicted[record["id"]] = own[0]["happening_id"]
        else:
            missing.append(record["id"])
    tp = fp = fn = 0
    wrong = []
    for one, other in combinations(records, 2):
        same_gold = one["happening"] == other["happening"]
        same_found = one["id"] in predicted and predicted.get(one["id"]) == predicted.get(other["id"])
        tp += same_gold and same_found
        fp += same_found and not same_gold
        fn += same_gold and not same_found
        if same_gold != same_found:
            wrong.append(f"{one['id']} ~ {other['id']}: {'missed' if same_gold else 'merged'}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"articles": len(records), "happenings": len({r["happening"] for r in records}),
            "pairs_same": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
            "events_not_coded": missing, "wrong_pairs": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.texts.is_dir():
        sys.exit(f"no folder {args.texts}: give --texts DIR (PolNeAR's dev texts, in the workplace's shared/)")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporary:
        report = {"copies": copies(args.texts, args.workers, Path(temporary)),
                  "grouping": grouping(args.cases, args.workers, Path(temporary))}
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
