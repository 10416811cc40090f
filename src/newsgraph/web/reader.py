"""An article's text cut into runs for the reader: each run knows which actor mentions, quotes and
event triggers cover it, and where sentences that records point to begin.

Pure functions over a ``newsgraph/1`` record, so the page shows exactly what the record says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Run:
    start: int
    end: int
    text: str
    actors: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    anchor: int | None = None  # a sentence or quote starts here: the reader's #c<offset> target

    @property
    def marked(self) -> bool:
        return bool(self.actors or self.quotes or self.events)


def runs(record: dict[str, Any]) -> list[Run]:
    """The article text as consecutive runs; together they give the text back unchanged."""
    text = record["article"]["text"]
    covers: list[tuple[int, int, str, str]] = []  # start, end, kind, id
    for actor in record.get("actors", []):
        covers += [(m["start"], m["end"], "actors", actor["id"]) for m in actor.get("mentions", [])]
    for quote in record.get("quotes", []):
        covers += [(span["start"], span["end"], "quotes", quote["id"]) for span in quote.get("content", [])]
    for event in record.get("events", []):
        trigger = event["trigger"]
        covers.append((trigger["start"], trigger["end"], "events", event["id"]))
    covers = [(max(0, s), min(len(text), e), kind, ident) for s, e, kind, ident in covers if s < e]
    anchors = set(sentence_anchors(record))
    cuts = sorted({0, len(text), *anchors, *(s for s, _, _, _ in covers), *(e for _, e, _, _ in covers)})
    found = []
    for start, end in zip(cuts, cuts[1:]):
        inside = [(kind, ident) for s, e, kind, ident in covers if s <= start and end <= e]
        found.append(Run(start, end, text[start:end],
                         actors=_ids(inside, "actors"), quotes=_ids(inside, "quotes"), events=_ids(inside, "events"),
                         anchor=start if start in anchors else None))
    return found


def sentence_anchors(record: dict[str, Any]) -> list[int]:
    """Offsets other pages link to: each event's sentence and each quote's first words."""
    offsets = {event["sentence"]["start"] for event in record.get("events", []) if event.get("sentence")}
    offsets |= {quote["content"][0]["start"] for quote in record.get("quotes", []) if quote.get("content")}
    return sorted(offsets)


def anchor_of_event(event: dict[str, Any]) -> int:
    return event["sentence"]["start"]


def anchor_of_quote(quote: dict[str, Any]) -> int:
    return quote["content"][0]["start"] if quote.get("content") else 0


def _ids(inside: list[tuple[str, str]], kind: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ident for k, ident in inside if k == kind))
