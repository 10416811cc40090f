"""Workbench latency: filtered event queries and the dyad endpoint on a database of 100,000+
events, and the reader's first render of a 2,000-word article.

    python benchmarks/web_latency.py [--texts DIR] [--articles N] [--events N] [--postgres URL]
                                     [--repeat N] [--no-browser]

A base corpus (``--articles`` PolNeAR train texts) is run into SQLite by ``newsgraph run``; its
rows are then copied, each copy under new article ids and shifted by whole weeks, until the
database holds ``--events`` events (what a repeated corpus gives, without parsing it again).
With ``--postgres`` (an admin URL) the same rows go into a new PostgreSQL database too. Each
query is sent ``--repeat`` times over HTTP to a uvicorn server on loopback; the store's own call
for the same query, in the same process, is the baseline. Prints p50 and p95 in milliseconds,
the query plans of the event filters, and the reader's first contentful paint (Debian's
chromium, via Playwright).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from datetime import date, timedelta
from pathlib import Path

from newsgraph.corpus import Corpus, run_corpus
from newsgraph.options import Options
from newsgraph.store import ArticleRows, Batch, open_store
from newsgraph.store.rows import ARTICLE_COLUMNS, EVENT_COLUMNS

DEFAULT_TEXTS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
QUERIES = {
    "events by actor": "/api/events?actor=Trump&limit=50",
    "events by actor, type and dates": "/api/events?actor=Clinton&type=ACCUSE&since=2016-01-01&until=2017-12-31&limit=50",
    "events by CAMEO prefix, deep page": "/api/events?type=04&limit=50&offset=2000",
    "events by article words": "/api/events?q=debate&limit=50",
    "dyad per month": "/api/dyads?source=Trump&target=Clinton&period=month",
    "dyad per week": "/api/dyads?source=USA&target=MEX&period=week",
}
BASELINES = {
    "events by actor": lambda s: s.events(actor="Trump", limit=51),
    "events by actor, type and dates": lambda s: s.events(actor="Clinton", event_type="ACCUSE", since=date(2016, 1, 1),
                                                          until=date(2017, 12, 31), limit=51),
    "events by CAMEO prefix, deep page": lambda s: s.events(event_type="04", limit=51, offset=2000),
    "events by article words": lambda s: s.events(search="debate", limit=51),
    "dyad per month": lambda s: s.dyad_events("Trump", "Clinton"),
    "dyad per week": lambda s: s.dyad_events("USA", "MEX"),
}


def build_base(texts: Path, articles: int, folder: Path) -> Path:
    feed = folder / "corpus.jsonl"
    paths = sorted(texts.glob("*.txt"))[:articles]
    if not paths:
        raise SystemExit(f"no .txt files in {texts}; give --texts DIR")
    with feed.open("w", encoding="utf-8") as out:
        for n, path in enumerate(paths):
            out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                  "published": (date(2016, 1, 4) + timedelta(days=n % 300)).isoformat()}) + "\n")
    db = folder / "base.db"
    corpus = Corpus([feed])
    with open_store(db) as store:
        run_corpus(corpus, store, Options(), workers=2, batch_size=16, total=corpus.count())
    return db


def copy_rows(base: Path, target: str, events: int) -> int:
    """Copies of the base database's articles into ``target`` until it has ``events`` events."""
    with open_store(base, create=False) as source:
        tables = {name: list(source.table(name)[1]) for name in ("articles", "actors", "events", "event_actors",
                                                                  "quotes")}
    by_article: dict[str, dict[str, list[tuple]]] = {}
    for name, rows in tables.items():
        for row in rows:
            by_article.setdefault(row[0], {}).setdefault(name, []).append(row)
    per_copy = len(tables["events"])
    copies = -(-events // per_copy)
    day, published = EVENT_COLUMNS.index("day"), ARTICLE_COLUMNS.index("published")
    with open_store(target) as store:
        for copy in range(copies):
            shift = timedelta(weeks=copy)
            batch = []
            for article_id, rows in by_article.items():
                if "articles" not in rows:
                    continue
                new_id = f"{article_id}-{copy}"
                article = list(rows["articles"][0])
                article[0] = new_id
                article[published] = _shifted(article[published], shift)
                event_rows = []
                for row in rows.get("events", []):
                    row = list(row)[:len(EVENT_COLUMNS)]  # the table also has the happening, grouped anew
                    row[0], row[day] = new_id, _shifted(row[day], shift)
                    event_rows.append(tuple(row))
                batch.append(ArticleRows(
                    new_id, tuple(article), tuple((new_id, *r[1:]) for r in rows.get("actors", [])),
                    tuple(event_rows), tuple((new_id, *r[1:]) for r in rows.get("event_actors", [])),
                    tuple((new_id, *r[1:]) for r in rows.get("quotes", []))))
            store.write(Batch(batch, [], []))
        return store.counts()["events"]


def _shifted(day: str | None, shift: timedelta) -> str | None:
    return (date.fromisoformat(day[:10]) + shift).isoformat() if day else None


def serve(db: str):
    import uvicorn

    from newsgraph.web import create_app
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"


def timings(call, repeat: int) -> tuple[float, float]:
    call()  # warm the caches once
    spent = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        spent.append((time.perf_counter() - start) * 1000)
    spent.sort()
    return statistics.median(spent), spent[max(0, int(round(0.95 * len(spent))) - 1)]


def measure(db: str, repeat: int) -> dict[str, dict[str, float]]:
    server, url = serve(db)
    found = {}
    try:
        with open_store(db, create=False, read_only=True) as store:
            for name, path in QUERIES.items():
                def fetch(path=path):
                    with urllib.request.urlopen(url + path, timeout=60) as response:
                        return len(json.loads(response.read())["items" if "events" in path else "periods"])
                items = fetch()
                p50, p95 = timings(fetch, repeat)
                b50, b95 = timings(lambda name=name: BASELINES[name](store), repeat)
                found[name] = {"items": items, "http_p50_ms": round(p50, 1), "http_p95_ms": round(p95, 1),
                               "store_p50_ms": round(b50, 1), "store_p95_ms": round(b95, 1)}
    finally:
        server.should_exit = True
    return found


def plans(db: Path) -> dict[str, list[str]]:
    """SQLite's plan for each baseline query, as the store sends it, to see which indexes it uses."""
    import sqlite3
    found = {}
    with open_store(db, create=False, read_only=True) as store:
        for name, call in BASELINES.items():
            sent: list[str] = []
            store.connection.set_trace_callback(sent.append)  # the statements with their values bound
            call(store)
            store.connection.set_trace_callback(None)
            explain = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
            statement = next(sql for sql in sent if " FROM events e" in sql)  # not FTS5's own lookups
            found[name] = [row[-1] for row in explain.execute("EXPLAIN QUERY PLAN " + statement).fetchall()]
            explain.close()
    return found


def first_render(db: str, texts: Path) -> float | None:
    """Milliseconds to the first contentful paint of the reader on a 2,000-word article."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    words, parts = 0, []
    for path in sorted(texts.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        words += len(text.split())
        if words >= 2000:
            break
    from newsgraph import Pipeline
    from newsgraph.store import rows_of
    result = Pipeline().extract("\n\n".join(parts), published="2016-05-01", title="A 2,000-word article")
    with open_store(db) as store:
        store.write(Batch([rows_of(result)], [], []))
    server, url = serve(db)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"{url}/articles/{result.article.id}")  # warm: the server's first request
            paints = []
            for _ in range(5):
                page.goto(f"{url}/articles/{result.article.id}", wait_until="load")
                paint = None
                for _ in range(100):  # the entry lands a moment after the paint; polled, as the page's
                    paint = page.evaluate(  # CSP forbids the string evaluation wait_for_function uses
                        "performance.getEntriesByName('first-contentful-paint').map(e => e.startTime)[0] ?? null")
                    if paint is not None:
                        break
                    page.wait_for_timeout(50)
                paints.append(paint)
            browser.close()
    finally:
        server.should_exit = True
    return round(statistics.median(paints), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--articles", type=int, default=200, help="base corpus articles (default 200)")
    parser.add_argument("--events", type=int, default=100_000, help="events in the database (default 100,000)")
    parser.add_argument("--postgres", metavar="URL", help="also measure PostgreSQL (an admin database URL)")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    report = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        started = time.perf_counter()
        base = build_base(args.texts, args.articles, folder)
        print(f"base corpus run in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        big = folder / "big.db"
        report["sqlite"] = {"events": copy_rows(base, str(big), args.events), "queries": measure(str(big), args.repeat),
                            "plans": plans(big)}
        if args.postgres:
            import psycopg
            name = f"bench{uuid.uuid4().hex[:8]}"
            with psycopg.connect(args.postgres, autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {name}")
            url = args.postgres.rsplit("/", 1)[0] + "/" + name
            report["postgresql"] = {"events": copy_rows(base, url, args.events), "queries": measure(url, args.repeat)}
        if not args.no_browser:
            report["reader_first_contentful_paint_ms"] = first_render(str(big), args.texts)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
