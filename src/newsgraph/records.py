"""The records that flow between stages, and their JSON form (the ``newsgraph/1`` contract).

Every extracted item carries character offsets into ``Article.text`` (end-exclusive), so any
figure can be traced back to its sentence. ``Removed`` offsets are the exception: they index the
text as it was received, before cleaning, because the removed lines are no longer in
``Article.text``.

This module imports nothing from the rest of the project.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "newsgraph/1"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the received text that cleaning took out, with why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    dateline: str | None = None
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person, organisation, country, group
    country: str | None = None
    sector: str | None = None
    titles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    @property
    def code(self) -> str | None:
        """The CAMEO actor code: country (or IGO/NGO prefix) followed by the sector. A person or
        group with a sector and no known country has PETRARCH's unknown country, ``---`` ("police"
        with nothing to place them: ``---COP``); an organisation known by its sector alone keeps it
        bare (an international news agency: ``MED``)."""
        if self.country is None and self.sector and self.kind in ("person", "group"):
            return f"---{self.sector}"
        code = f"{self.country or ''}{self.sector or ''}"
        return code or None


@dataclass(frozen=True, slots=True)
class Party:
    """Who speaks or is spoken to: the span in the text and, where resolved, the actor."""

    actor: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: str  # direct, indirect, mixed
    content: tuple[Span, ...]
    cue: Span | None = None
    speaker: Party | None = None
    addressee: Party | None = None
    via: tuple[str, ...] = ()
    date: EventDate | None = None  # when it was said, where the text says so
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None
    anchor: str | None  # "published" (resolved against the publication date), "text" (counted from an
    #                     earlier expression: "a year earlier"), "absolute", None


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    cameo: str
    plover: str | None
    mode: str | None
    goldstein: float | None
    quad_class: int | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: Span
    sentence: tuple[int, int]
    date: EventDate | None = None
    place: Place | None = None
    via: tuple[str, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "article": _jsonable(self.article),
            "actors": [_actor_dict(actor) for actor in self.actors],
            "quotes": [_jsonable(quote) for quote in self.quotes],
            "events": [_event_dict(event) for event in self.events],
            "times": [_jsonable(time) for time in self.times],
            "places": [_jsonable(place) for place in self.places],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _actor_dict(actor: Actor) -> dict[str, Any]:
    data = _jsonable(actor)
    # The contract puts code beside country and sector; it is derived, so it is not a field.
    ordered = {key: data[key] for key in ("id", "name", "kind", "country", "sector")}
    ordered["code"] = actor.code
    ordered.update({key: data[key] for key in ("titles", "mentions")})
    return ordered


def _event_dict(event: Event) -> dict[str, Any]:
    data = _jsonable(event)
    data["sentence"] = {"start": event.sentence[0], "end": event.sentence[1]}
    return data


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
