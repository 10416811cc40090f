"""CAMEO's and PLOVER's convention for events with no target: the country where they happen.

"Palestinian prisoners rioted at a jail in northern Israel" is coded PSE → ISR. The country is
taken from the event's place; where no actor stands for it yet, a country actor is added with
the place's words as its mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsgraph.records import Actor, Event, Span


def locate_targets(events: Sequence[Event], actors: Sequence[Actor],
                   country_name) -> tuple[tuple[Event, ...], tuple[Actor, ...]]:
    """Events without a target get their place's country as target; returns events and actors."""
    actors = list(actors)
    located = []
    for event in events:
        if event.target or event.place is None or event.place.country is None:
            located.append(event)
            continue
        country = _country_actor(actors, event.place.country, country_name)
        mention = Span(event.place.start, event.place.end, event.place.text)
        if mention not in country.mentions:
            country = replace(country, mentions=tuple(sorted((*country.mentions, mention),
                                                             key=lambda m: m.start)))
            actors = [country if a.id == country.id else a for a in actors]
        if country.id in event.source:
            located.append(event)
            continue
        located.append(replace(event, target=(country.id,)))
    return tuple(located), tuple(actors)


def _country_actor(actors: list[Actor], code: str, country_name) -> Actor:
    found = next((a for a in actors if a.kind == "country" and a.country == code), None)
    if found is None:
        found = Actor(id=f"A{len(actors) + 1}", name=country_name(code), kind="country", country=code)
        actors.append(found)
    return found
