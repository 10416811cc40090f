"""CAMEO's and PLOVER's conventions for events the text gives no target.

- An act done on a named place targets that place's country ("Serbia eased emergency measures in
  Montenegro province": SRB → MNE; "Israel reimposed blockades in the West Bank": ISR → PSE),
  except force used in an ally's land: where the article shows the two countries cooperating,
  North Korean troops fighting in Russia's Kursk region are not fighting Russia. A meeting is not
  held with the country it is held in ("would hold an emergency meeting in Brussels" targets no
  one, and CAMEO has a code of its own for meeting in a third country, 044).
- An act of rejection, threat, protest, coercion, force or concession with neither target nor
  place is taken as domestic and targets its source's own country ("Turkish police prevented the
  demonstration": TUR → TUR; "Vice-President Awori declined to resign": KEN → KEN).
- An act on something a country's adjective qualifies targets that country, before any place
  ("Bangladesh rejected an Indian proposal": BGD → IND; "a French mediation": FRA).

- Force or protest in a named place by no one the text names ("A roadside bombing near Samarra
  killed a U.S. soldier") is by an unidentified group of that country, as ICEWS codes
  "Unidentified Forces (Iraq)": IRQ → USA.
- Arrests, detentions, expulsions and crowd control by no one the text names ("20 people were
  arrested", "400 were deported", "tear gas was fired to disperse the crowd") are by the police,
  of the place's country where the text gives one, as ICEWS codes "Police (India)"; found before
  the targets, so that an arrest of no one named by the police of a country is domestic to it
  ("arrests were made": INDCOP → IND).

Where no actor stands for the country yet, a country actor is added (with the place's words as
its mention when the place names it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.actors.gazetteer import GazetteerMatch, country_positions
from newsgraph.records import Actor, Event, Span

# CAMEO roots of acts that, with no target, are taken to be done at home.
DOMESTIC_ROOTS = {"08", "12", "13", "14", "15", "17", "18", "19", "20"}
# CAMEO codes of acts that do not target the country of the place they happen in: meetings and
# meetings planned (036; but a visit to a place is a visit to its country, 042).
VENUE_CODES = ("04", "036")
VISIT = "042"
MATERIAL_CONFLICT = 4
COOPERATION = (1, 2)
UNIDENTIFIED = "unidentified group"
# PLOVER types that require a recipient (the PLOVER manual's "Requires recipient: Yes").
RECIPIENT_REQUIRED = {"COOPERATE", "AID", "SANCTION"}
# Acts only the police do, so the police did them where the text names no one: arrests,
# detentions and charges (173), crowd control (175), more police on the streets (154, "mobilize
# or increase police power": "security was stepped up"); an act of these the text names no one
# in is still news ("20 people were arrested").
POLICE_CODES = ("154", "173", "175")
# Expulsions of people too are carried out by the police ("they were deported to Allahabad": by
# the police, not by an unidentified group using force), but one the text names no one in is not
# kept for that alone (keeping them cost one event of our own gold's half b).
POLICE_AGENT_CODES = (*POLICE_CODES, "174")
POLICE, POLICE_SECTOR = "police", "COP"
# CAMEO's codes for actors that belong to no country.
NOT_COUNTRIES = {"IGO", "NGO", "IMG", "ISM", "MNC", "UNK"}
# How a country's adjective qualifies the thing acted on ("an Indian proposal", "Iraq's offer").
QUALIFIER_DEPS = ("amod", "compound", "poss", "nmod")
RECIPIENT_PREPOSITIONS = ("to", "against", "on", "at", "into", "toward", "towards", "with", "over", "from",
                          "between", "among")


def qualifier_countries(doc: Doc, events: Sequence[Event], matches: Sequence[GazetteerMatch],
                        places: Sequence[tuple[int, int, str | None]] = ()) -> list[str | None]:
    """For each event, the country whose adjective qualifies what the act is on, or of the place
    it is done to ("shelled the city of Kharkiv", "seized control of Crimea"), if any.
    ``places``: the token bounds and country of each place the text names."""
    countries = country_positions(matches)
    named = {i: country for start, end, country in places if country for i in range(start, end)}
    found = []
    for event in events:
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        found.append(qualifier_country(trigger.root, countries, named) if trigger is not None else None)
    return found


def qualifier_country(trigger: Token, countries: dict[int, str], places: dict[int, str] | None = None) -> str | None:
    """The country of an adjective on what the act is on: its object, or what it is done to or
    against ("reduced food supplies to the biggest Cambodian refugee camp"); else of the place
    (``places``: token index → country) that is what the act is on or that it is of ("dropped a
    bomb on Hiroshima", "shelled the city of Kharkiv")."""
    # what it is done to: the verb's object, or that of the act it frames ("threatened to seize
    # Guyana's Essequibo region"), or the phrase the verb or its object points at ("fired water
    # cannon at a Philippine vessel", "launched strikes on the Ukrainian port", "voiced its
    # displeasure with South Korea's decision", "demanded an explanation from Greece")
    acts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    objects = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
        c for act in acts for c in act.children if c.dep_ == "dobj"]
    things = list(objects)
    for word in (*acts, *objects):
        things.extend(o for c in word.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPOSITIONS
                      for o in c.children if o.dep_ == "pobj")
    for thing in things:
        if thing is not trigger and thing.i in countries:
            return countries[thing.i]
        for child in thing.children:
            if child.dep_ in QUALIFIER_DEPS and child.i in countries:
                return countries[child.i]
    for thing in things if places else ():
        named = [thing, *(c for c in thing.children if c.dep_ == "compound"),
                 *(o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
        found = next((places[t.i] for t in named if t.i in places), None)
        if found:
            return found
    return None


def locate_targets(events: Sequence[Event], actors: Sequence[Actor], country_name,
                   qualifiers: Sequence[str | None] | None = None, *,
                   home: str | None = None) -> tuple[tuple[Event, ...], tuple[Actor, ...]]:
    """Events with their conventional targets; returns the events and the actors (with any added).
    ``qualifiers``, one per event, are the countries ``qualifier_countries`` found; ``home``, the
    country the story is told from (``ActorAnalysis.home_country``)."""
    actors = list(actors)
    allies = _cooperating(events, actors)
    # the agents first: an arrest by no one named is by the police, of the place's country or the
    # story's, and with no one named as arrested it is domestic, as an arrest by them named is;
    # an arrest in a named place is by that country's police, not by an unidentified group of it
    events = [_unidentified_source(_police_source(event, actors, country_name, home), actors, country_name)
              for event in events]
    located = []
    for n, event in enumerate(events):
        qualifier = qualifiers[n] if qualifiers else None
        code = None if event.target else _conventional_target(event, actors, qualifier, allies)
        if code is None:
            located.append(event)
            continue
        country = _country_actor(actors, code, country_name)
        if event.place is not None and event.place.country == code:
            mention = Span(event.place.start, event.place.end, event.place.text)
            if mention not in country.mentions:
                country = replace(country, mentions=tuple(sorted((*country.mentions, mention),
                                                                 key=lambda m: m.start)))
                actors = [country if a.id == country.id else a for a in actors]
        located.append(event if country.id in event.source else replace(event, target=(country.id,)))
    # PLOVER's cooperation, aid and sanctions are always done to someone: with no recipient the
    # words were no such act ("Bush had to lend his campaign money", "provided a written statement")
    located = [e for e in located if e.target or e.plover not in RECIPIENT_REQUIRED]
    return tuple(located), tuple(actors)


def _police_source(event: Event, actors: list[Actor], country_name, home: str | None = None) -> Event:
    """The event, with the police as source where an arrest or crowd control has none: the police
    of the country of its place, else of the country the story is told from."""
    if event.source or not event.cameo.startswith(POLICE_AGENT_CODES):
        return event
    code = event.place.country if event.place is not None and event.place.country else home
    name = f"{POLICE} ({country_name(code)})" if code else POLICE
    police = next((a for a in actors if a.kind == "group" and a.name == name and a.sector == POLICE_SECTOR), None)
    if police is None:
        police = Actor(id=f"A{len(actors) + 1}", name=name, kind="group", country=code, sector=POLICE_SECTOR)
        actors.append(police)
    return replace(event, source=(police.id,), target=tuple(a for a in event.target if a != police.id))


def _unidentified_source(event: Event, actors: list[Actor], country_name) -> Event:
    """The event, with an unidentified group of its place's country as source where it has none."""
    if event.source or event.quad_class != MATERIAL_CONFLICT or event.place is None or not event.place.country:
        return event
    code = event.place.country
    group = _actor_of(actors, "group", code, f"{UNIDENTIFIED} ({country_name(code)})")
    return replace(event, source=(group.id,))


def _conventional_target(event: Event, actors: list[Actor], qualifier: str | None = None,
                         allies: frozenset[frozenset[str]] = frozenset()) -> str | None:
    countries = {a.id: a.country for a in actors}
    sources = {countries.get(a) for a in event.source} - {None}
    if qualifier is not None and qualifier not in sources:
        return qualifier
    venue = event.cameo.startswith(VENUE_CODES) and event.cameo != VISIT
    if event.place is not None and event.place.country and not venue:
        allied = any(frozenset((source, event.place.country)) in allies for source in sources)
        if allied and event.quad_class == MATERIAL_CONFLICT:
            return None
        return event.place.country
    if event.cameo[:2] in DOMESTIC_ROOTS and len(sources) == 1 and not sources & NOT_COUNTRIES:
        return next(iter(sources))  # not for an international body, which has no home
    return None


def _cooperating(events: Sequence[Event], actors: Sequence[Actor]) -> frozenset[frozenset[str]]:
    """Pairs of countries whose actors cooperate in the article (quad classes 1 and 2)."""
    countries = {a.id: a.country for a in actors}
    pairs = set()
    for event in events:
        if event.quad_class in COOPERATION:
            for source in event.source:
                for target in event.target:
                    pair = frozenset((countries.get(source), countries.get(target)))
                    if None not in pair and len(pair) == 2:
                        pairs.add(pair)
    return frozenset(pairs)


def _country_actor(actors: list[Actor], code: str, country_name) -> Actor:
    return _actor_of(actors, "country", code, country_name(code))


def _actor_of(actors: list[Actor], kind: str, code: str, name: str) -> Actor:
    """The actor of this kind and country the article has (a country, an unidentified group), or
    a new one, added to ``actors``, with no mention."""
    found = next((a for a in actors if a.kind == kind and a.country == code
                  and (kind != "group" or a.name == name)), None)
    if found is None:
        found = Actor(id=f"A{len(actors) + 1}", name=name, kind=kind, country=code)
        actors.append(found)
    return found
