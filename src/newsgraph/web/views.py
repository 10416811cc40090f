"""What the API and the pages show, built from the store: records picked out of their articles,
a dyad's relations per period, the actor network and an actor's profile. No web framework here.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from newsgraph.errors import BadOption
from newsgraph.store import Store

PERIODS = ("week", "month")
QUAD_CLASSES = ("1", "2", "3", "4")
COOPERATION, CONFLICT = ("1", "2"), ("3", "4")
# The article fields a listed record carries with it.
ARTICLE_FIELDS = ("id", "title", "url", "source", "published")


def article_summary(record: dict[str, Any]) -> dict[str, Any]:
    return {field: record["article"].get(field) for field in ARTICLE_FIELDS}


def referenced_actors(record: dict[str, Any], ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The record's actor dicts that ``ids`` name, by id."""
    wanted = set(ids)
    return {actor["id"]: actor for actor in record.get("actors", []) if actor["id"] in wanted}


def event_items(store: Store, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each stored event row as its record's own event dict, with its article and actors."""
    return _items(store, rows, "events", "event_id", lambda event: [*event["source"], *event["target"], *event["via"]])


def quote_items(store: Store, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each stored quote row as its record's own quote dict, with its article and the actors it names."""
    def named(quote: dict[str, Any]) -> list[str]:
        parties = [p["actor"] for p in (quote.get("speaker"), quote.get("addressee")) if p and p.get("actor")]
        return [*parties, *quote.get("via", [])]
    return _items(store, rows, "quotes", "quote_id", named)


def _items(store: Store, rows: Sequence[dict[str, Any]], kind: str, id_column: str,
           actor_ids: Callable[[dict[str, Any]], list[str]]) -> list[dict[str, Any]]:
    """The record dicts (of ``kind``, events or quotes) that the rows name, each with its article
    and the actors it names, under the singular key ("event", "quote")."""
    records = store.records_of(row["article_id"] for row in rows)
    items = []
    for row in rows:
        record = records[row["article_id"]]
        found = next(d for d in record[kind] if d["id"] == row[id_column])
        items.append({"article": article_summary(record), kind[:-1]: found,
                      "actors": referenced_actors(record, actor_ids(found))})
    return items


def period_of(day: date, period: str) -> str:
    """``2025-07`` for a month; ``2025-W28`` (ISO week) for a week."""
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def dyad(rows: Sequence[dict[str, Any]], period: str) -> list[dict[str, Any]]:
    """Per period, oldest first: events, events per quad class, cooperation and conflict counts
    and the summed Goldstein value."""
    if period not in PERIODS:
        raise BadOption(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    buckets: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = period_of(date.fromisoformat(row["day"][:10]), period)
        bucket = buckets.setdefault(key, {"period": key, "events": 0, "quad_classes": dict.fromkeys(QUAD_CLASSES, 0),
                                          "goldstein": 0.0})
        bucket["events"] += 1
        if row["quad_class"] is not None:
            bucket["quad_classes"][str(row["quad_class"])] += 1
        bucket["goldstein"] = round(bucket["goldstein"] + (row["goldstein"] or 0.0), 3)
    for bucket in buckets.values():
        bucket["cooperation"] = sum(bucket["quad_classes"][q] for q in COOPERATION)
        bucket["conflict"] = sum(bucket["quad_classes"][q] for q in CONFLICT)
    return [buckets[key] for key in sorted(buckets)]


def network(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Nodes (actors, by name and code) on a circle, most active first, and weighted edges."""
    weight: Counter[tuple[str, str | None]] = Counter()
    for row in rows:
        weight[row["source"], row["source_code"]] += row["events"]
        weight[row["target"], row["target_code"]] += row["events"]
    order = sorted(weight, key=lambda node: (-weight[node], node[0], node[1] or ""))
    ids = {node: f"N{n + 1}" for n, node in enumerate(order)}
    count = len(order)
    nodes = [{"id": ids[node], "name": node[0], "code": node[1], "events": weight[node],
              "x": round(math.cos(2 * math.pi * n / count), 4) if count > 1 else 0.0,
              "y": round(math.sin(2 * math.pi * n / count), 4) if count > 1 else 0.0}
             for n, node in enumerate(order)]
    edges = [{"source": ids[row["source"], row["source_code"]], "target": ids[row["target"], row["target_code"]],
              "events": row["events"], "goldstein": round(row["goldstein"], 3) if row["goldstein"] is not None else None}
             for row in rows]
    return {"nodes": nodes, "edges": edges}


def actor_profile(store: Store, actor: str, *, limit: int = 2000) -> dict[str, Any]:
    """Who the actor acts on and is acted on by, per PLOVER type; what they say; their events per month."""
    rows = store.events(actor=actor, limit=limit)
    items = event_items(store, rows)
    acts: dict[str, Counter[str]] = defaultdict(Counter)
    acted_on: dict[str, Counter[str]] = defaultdict(Counter)
    months: Counter[str] = Counter()
    needle = actor.strip().lower()
    for item in items:
        event, actors = item["event"], item["actors"]
        mine = {i for i, a in actors.items() if _matches(a, needle)}
        kind = event.get("plover") or event["cameo"][:2]
        for role, others, table in (("source", "target", acts), ("target", "source", acted_on)):
            if mine & set(event[role]):
                for other in event[others]:
                    if other not in mine and other in actors:
                        table[kind][_label(actors[other])] += 1
        day = event.get("date") and event["date"].get("value") or item["article"].get("published")
        if day and len(day) >= 7:
            months[day[:7]] += 1
    quotes = quote_items(store, store.quotes(speaker=actor, limit=50))
    names = Counter(_label(a) for item in items for a in item["actors"].values() if _matches(a, needle))
    return {"actor": actor, "names": [name for name, _ in names.most_common(5)], "events": len(items),
            "acts": {kind: _top(counter) for kind, counter in sorted(acts.items())},
            "acted_on": {kind: _top(counter) for kind, counter in sorted(acted_on.items())},
            "months": [{"period": month, "events": months[month]} for month in sorted(months)],
            "quotes": quotes}


def _matches(actor: dict[str, Any], needle: str) -> bool:
    """The store's actor filter, on a record's actor: part of the name, or the start of the code."""
    return needle in actor["name"].lower() or (actor.get("code") or "").startswith(needle.upper())


def _label(actor: dict[str, Any]) -> str:
    return f"{actor['name']} [{actor['code']}]" if actor.get("code") else actor["name"]


def _top(counter: Counter[str], count: int = 10) -> list[dict[str, Any]]:
    return [{"actor": name, "events": n} for name, n in counter.most_common(count)]
