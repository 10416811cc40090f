"""Places named in the text, with their country, and the place each event happened in.

This first version knows countries, capitals and the cities in the country gazetteer; the
places issue adds coordinates and disambiguation from an offline gazetteer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis, Gazetteer
from newsgraph.records import Event, Place

PLACE_KINDS = ("canonical", "name", "alias", "capital", "city")
LOCATIVE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "across", "into")
PLACE_NOUNS = {"region", "province", "city", "district", "oblast", "state", "county", "area", "border",
               "capital", "town", "village", "territory", "port", "island", "coast", "prefecture"}


@dataclass(frozen=True, slots=True)
class FoundPlace:
    record: Place
    start: int  # token indices
    end: int
    country_level: bool = False  # names a whole country: less specific than a city or region


def find_places(doc: Doc, gazetteer: Gazetteer, actors: ActorAnalysis) -> tuple[FoundPlace, ...]:
    found = []
    matched = set()
    for match in actors.matches:  # found once, by the actors stage
        if match.country is None or match.country.kind not in PLACE_KINDS:
            continue
        span = doc[match.start:match.end]
        matched.update(range(match.start, match.end))
        if actors.actors_at(match.start) and not _locative(span.root):
            continue  # "Russia said", "Vladimir Putin": an actor, not a place
        if not (_locative(span.root) or _part_of_place(span.root) or match.country.kind == "city"):
            continue  # "DPRK troops", "DPRK-Russia summit": a modifier, not a place
        name = gazetteer.country_name(match.country.code) if match.country.kind in ("canonical", "name") \
            else span.text
        found.append(FoundPlace(Place(span.start_char, span.end_char, span.text, name, match.country.code),
                                match.start, match.end, match.country.kind in ("canonical", "name", "alias")))
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") and not any(i in matched for i in range(ent.start, ent.end)) \
                and not actors.actors_at(ent.start) and (ent.label_ != "GPE" or _locative(ent.root)):
            found.append(FoundPlace(Place(ent.start_char, ent.end_char, ent.text, ent.text, None),
                                    ent.start, ent.end))
    return tuple(sorted(found, key=lambda p: p.start))


def _part_of_place(token: Token) -> bool:
    """"in Russia's Kursk region": a name inside a locative phrase about a place."""
    return token.dep_ in ("poss", "compound") and token.head.lemma_.lower() in PLACE_NOUNS \
        and (_locative(token.head) or _part_of_place(token.head))


def _locative(token: Token) -> bool:
    """Is ``token`` the object of "in", "at", ... ("in Pyongyang", "in Russia's Kursk region")?"""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def place_events(doc: Doc, events: Sequence[Event], places: Sequence[FoundPlace]) -> tuple[Event, ...]:
    """Each event with the place its clause gives ("fought in Russia's Kursk region"), if any."""
    placed = []
    for event in events:
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        place = _clause_place(trigger.root, places) if trigger is not None else None
        placed.append(replace(event, place=place.record) if place else event)
    return tuple(placed)


def _clause_place(trigger: Token, places: Sequence[FoundPlace]) -> FoundPlace | None:
    """The most specific place in a locative phrase of the trigger's own clause."""
    subtree = {t.i for t in trigger.subtree}
    found = [p for p in places if p.start in subtree and _in_locative_phrase(trigger, p)]
    return min(found, key=lambda p: p.country_level, default=None)


def _in_locative_phrase(trigger: Token, place: FoundPlace) -> bool:
    token = trigger.doc[place.start:place.end].root
    path = [token, *token.ancestors]
    if trigger not in path:
        return False
    between = path[:path.index(trigger)]
    return not any(t.pos_ in ("VERB", "AUX") for t in between) and any(
        t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPOSITIONS for t in between)
