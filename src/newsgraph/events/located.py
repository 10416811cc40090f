"""CAMEO's and PLOVER's convention for domestic events with no target: the country where they
happen ("Turkish police prevented the demonstration in Sivas" is TUR → TUR).

The country is taken from the event's place, and only where the source is of that country or of
none: North Korean troops fighting in Russia's Kursk region are not fighting Russia. Where no
actor stands for the country yet, a country actor is added with the place's words as its mention.
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
    countries = {a.id: a.country for a in actors}
    for event in events:
        if event.target or event.place is None or event.place.country is None:
            located.append(event)
            continue
        if any(countries.get(a) not in (None, event.place.country) for a in event.source):
            located.append(event)  # abroad ("fought in Russia's Kursk region") is not against the host
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
