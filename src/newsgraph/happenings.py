"""Happenings: the events of different articles that tell of one real-world occurrence, grouped.

Two events are reports of one happening when they have

- the same key (the store groups a copy's events, see newsgraph.copies, by the keys of its
  original's events): the same PLOVER type (CAMEO's root where there is no PLOVER type) and the same
  source and target actors: a person by name and CAMEO code, anyone else by code, or by name
  where it has none;
  consultations (CAMEO 04) and signing a formal agreement (057) are reciprocal: their key is the
  set of all their parties, so "Kim met Lavrov", "Lavrov met Kim" and "Kim and Lavrov met" have
  one key;
- days that agree: within ``OWN_DATE_WINDOW`` days where both texts date the event themselves,
  within ``REPORT_WINDOW`` days where one only has its article's publication date (a report
  often appears a day or two after what it tells);
- places that do not disagree: where both events have a place, the same country and, with
  coordinates, at most ``PLACE_KILOMETRES`` apart.

The happenings of a key are the connected components of "agrees with" among its events, so they
depend only on which events are stored, never on the order they came in (a component told only
by copies of other articles, see newsgraph.copies, joins the one its original's report is in:
a copy adds reports, not happenings): a corpus run in parts
or in another order gives the same happenings. A component is named by a hash of its key and
its earliest event. Events with no actor at all cannot be told apart from others of their type
and are each a happening of their own.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

OWN_DATE_WINDOW = 1
REPORT_WINDOW = 2
PLACE_KILOMETRES = 100.0
# Acts two parties do together: consultations (meetings, talks, negotiations) and signing a
# formal agreement; praise, aid or an intention are one party's.
RECIPROCAL_CODES = ("04", "057")
RECIPROCAL = "*"  # a reciprocal key's second side: its parties are all in the first
# How the store's rows hold several actors in one column ("Hungary + Romania").
JOIN = " + "
EARTH_KILOMETRES = 6371.0


def happening_key(plover: str | None, cameo: str, source: Sequence[tuple[str, str | None, str]],
                  target: Sequence[tuple[str, str | None, str]]) -> str | None:
    """The key an event groups by; each side's actors as (name, code, kind). None for an event
    with no actor."""
    kind = plover or "CAMEO" + cameo[:2]
    if not source and not target:
        return None
    if cameo.startswith(RECIPROCAL_CODES):  # "Kim met Lavrov", "Lavrov met Kim", "Kim and Lavrov met"
        return f"{kind}|{_side([*source, *target])}|{RECIPROCAL}"
    return f"{kind}|{_side(source)}|{_side(target)}"


def _side(actors: Sequence[tuple[str, str | None, str]]) -> str:
    """A person by name and code (Kim Jong-un and Choe Son-hui are both PRKGOV); a country, body or
    group by its code, or by name where it has none."""
    return JOIN.join(sorted({f"{code}:{name.strip().lower()}" if kind == "person" and code else
                             code or name.strip().lower() for name, code, kind in actors}))


@dataclass(frozen=True, slots=True)
class Report:
    """One event as the grouping sees it: its row's keys and what is compared."""

    article_id: str
    event_id: str
    key: str | None
    cameo: str
    day: date | None
    own_date: bool  # the text dates the event itself (not the article's publication date)
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    original: str | None = None  # for a report in a copy of another article, that article

    @property
    def order(self) -> tuple:
        return (self.day or date.max, self.article_id, self.event_id)


def agree(one: Report, other: Report) -> bool:
    """Can these two reports, of one key, tell of the same happening?"""
    if one.day is None or other.day is None:
        return False
    window = OWN_DATE_WINDOW if one.own_date and other.own_date else REPORT_WINDOW
    if abs((one.day - other.day).days) > window:
        return False
    if one.place_country and other.place_country and one.place_country != other.place_country:
        return False
    if None not in (one.lat, one.lon, other.lat, other.lon):
        return _kilometres(one, other) <= PLACE_KILOMETRES
    return True


def group(reports: Sequence[Report]) -> dict[tuple[str, str], str]:
    """Each report's happening id, for reports that share one key (or have none)."""
    ordered = sorted(reports, key=lambda r: r.order)
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if ordered and ordered[0].key is not None:
        widest = max(OWN_DATE_WINDOW, REPORT_WINDOW)
        for i, one in enumerate(ordered):
            for j in range(i + 1, len(ordered)):
                other = ordered[j]
                if one.day is None or other.day is None or (other.day - one.day).days > widest:
                    break
                if agree(one, other):
                    parent[root(j)] = root(i)
    # a copy adds reports, not happenings: a component told by copies alone joins the component
    # its original's report is in, where the key has one (the nearest in days)
    members: dict[int, list[Report]] = {}
    for i, report in enumerate(ordered):
        members.setdefault(root(i), []).append(report)
    for leader, component in sorted(members.items()):
        if all(r.original for r in component):
            originals = {r.original for r in component}
            told = [i for i, r in enumerate(ordered) if r.article_id in originals and not r.original]
            if told:
                nearest = min(told, key=lambda i: (abs(_days_apart(ordered[i], component[0])), i))
                parent[root(leader)] = root(nearest)
    members = {}
    for i, report in enumerate(ordered):
        members.setdefault(root(i), []).append(report)
    ids = {}
    for component in members.values():
        first = component[0]  # the earliest: ``ordered`` is sorted
        name = "H" + hashlib.sha1(f"{first.key}|{first.article_id}|{first.event_id}".encode()).hexdigest()[:16]
        for report in component:
            ids[report.article_id, report.event_id] = name
    return ids


def _days_apart(one: Report, other: Report) -> int:
    if one.day is None or other.day is None:
        return 10 ** 6
    return (one.day - other.day).days


def summary(rows: Sequence[dict]) -> dict:
    """What a happening's reports say together: its best-supported code, actors, day and place,
    how many events, articles and distinct outlets report it, and its first report. ``rows``:
    the store's event rows of one happening, with their article's ``published``, ``outlet`` (its
    source) and ``url``."""
    def most(values):
        counted = Counter(v for v in values if v is not None)
        return min(counted, key=lambda v: (-counted[v], str(v))) if counted else None

    first = min(rows, key=lambda r: (r["published"] or "9999", r["article_id"], r["event_id"]))
    # the sides as most reports give them, together: reciprocal reports name them either way round
    sides = most((r["source"], r["source_code"], r["target"], r["target_code"]) for r in rows)
    return {
        "cameo": most(r["cameo"] for r in rows), "plover": most(r["plover"] for r in rows),
        **dict(zip(("source", "source_code", "target", "target_code"), sides)),
        "day": most(r["day"] for r in rows), "place": most(r["place"] for r in rows),
        "place_country": most(r["place_country"] for r in rows),
        "events": len(rows), "articles": len({r["article_id"] for r in rows}),
        "sources": len({outlet(r) for r in rows}),
        "first_article": first["article_id"], "first_event": first["event_id"],
    }


def outlet(row: dict) -> str:
    """Who published a report: its article's source (``outlet``), else its address's domain, else
    the article itself."""
    if row.get("outlet"):
        return row["outlet"].strip().lower()
    if row.get("url"):
        host = urlsplit(row["url"]).hostname or ""
        return host.removeprefix("www.") or row["url"]
    return row["article_id"]


def _kilometres(one: Report, other: Report) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (one.lat, one.lon, other.lat, other.lon))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KILOMETRES * math.asin(math.sqrt(a))
