"""Places named in the text, with coordinates from an offline gazetteer, and the place of each event.

Every toponym is a place record: spaCy's GPE and LOC entities, the gazetteer's country, capital
and city forms, and the names the place index knows that the NER misses or mislabels
(``toponyms.py``); ``ToponymRules`` say whether a place inside an organisation's name and a
demonym count. Choosing between namesakes ("Alexandria" in Egypt, Virginia or Louisiana) weighs,
for each candidate:

- its population (the prior: the bigger namesake is the more often meant);
- the countries the article names (directly, or through demonyms: "Russian officials"), and the
  US where it names a body of American local government and no other country ("the Athens Police
  Department");
- the US states it names (the one it names most often the more), a state right after the name
  ("Alexandria, La."), which then holds for the name's other mentions, and the state of a town or
  county only one state has; likewise
  a country or region after the name ("Athens, Greece", "Stroud, Ontario, Canada");
- its distance to the candidates of the article's other places (a country's point is near
  nothing), then, in a second pass, to the places chosen in the first, and whether it is a region
  holding a town chosen or a town in a region chosen ("Ontario" beside Toronto);
- a US town and a county of one state, near each other, that the article names both of
  ("Alexandria" beside "Douglas County": Alexandria, Minnesota, the county's seat).

The text settles some names outright: a state it calls one ("a Washington state farm") or lists
with states; the short form of a country it names in full ("Congo"); a disease's, war's or
newspaper's name ("West Nile virus", "the Gulf War", "The Moscow Times") is no place, nor a word of
a person's name ("the Jones family" after "Kristina Jones"). A name the gazetteer lacks lies where
the text puts it ("Greenlane, Auckland").

Only places the text uses as a setting ("in Pyongyang", "Russia's Kursk region") place events;
"Russia said" names an actor, "DPRK troops" a modifier.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.actors import ActorAnalysis, Gazetteer
from newsgraph.actors.gazetteer import document_casing, token_key
from newsgraph.words import words_of
from newsgraph.actors.mentions import PLACE_NOUNS
from newsgraph.normalize.geonames import (CITY, CONTINENT, COUNTRY, COUNTY, DISTRICT, REGION, STATE, Candidate, PlaceIndex,
                                          place_index, place_key)
from newsgraph.normalize.toponyms import (BUILDING_WORDS, DASHES, NOT_NAMES, STREET_WORDS, listed_before,
                                         local_noun_after, names_street, of_a_firm, people_words, place_names,
                                         state_after, widest_name, words_place)
from newsgraph.records import Event, Place
from newsgraph.spanindex import SpanIndex

# Place nouns, and nouns of what lies in a place, that make a name beside them one ("the Wedza
# district", "an Assenoncourt pond", "Nairobi slum Kibera").
PLACING_NOUNS = PLACE_NOUNS | {"slum", "pond", "lake", "river", "farm"}
# Last words of names of natural features: "Lake Hartwell", "Big Creek" (or first: "the River Lune").
FEATURE_WORDS = {"river", "lake", "creek", "bay", "sea", "ocean", "island", "islands", "mountain", "mountains",
                 "hills", "desert", "forest", "canyon", "gulf", "falls", "marina", "harbor", "harbour", "empire",
                 "republic"}
PLACE_KINDS = ("canonical", "name", "alias", "capital", "city")
COUNTRY_KINDS = ("canonical", "name", "alias", "adjective")
NAME_KINDS = ("canonical", "name", "alias")  # a country's names, not its people's
PLACE_LABELS = ("GPE", "LOC")
LOCATIVE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "across", "into")
# An event happens where it goes to or comes from, too ("the withdrawal of forces from Panama").
EVENT_PLACE_PREPOSITIONS = (*LOCATIVE_PREPOSITIONS, "from", "to", "toward", "towards")
# Weights of the evidence for a namesake, in units of a tenfold population.
NAMED_COUNTRY = 2.5
# A country the article names only by its people's adjective ("the Israeli embassy in Amman"): weaker
# evidence that its towns are meant ("Kabul" beside it was Kābūl, Israel). LGL and GeoVirus are the
# same at 0, 0.5 and 2.5 (as a name); below 1.0 the capital of a country not named wins over a
# hamlet that only the adjective and a neighbour across a border support.
ADJECTIVE_COUNTRY = 0.5
NAMED_STATE = 3.0
NEARBY = 2.0
# How near another place counts as near: on LGL, acc@161 0.838 at 150 km, 0.842 at 175, 0.838 at
# 200, 0.835 at 250, 0.831 at 300 (the value before two-pass resolution), 0.830 at 450.
NEARBY_KM = 175
EARTH_RADIUS_KM = 6371.0088  # the mean radius
# A country's weight against a namesake state, as if it were a place of this many tenfold people.
COUNTRY_PRIOR = 6.0
# A first-level region is named far more often than a town of its name ("Ontario", California):
# its weight over its population, in tenfold people.
REGION_PRIOR = 1.0
# Other places named near a town that bears a country's name ("Palestine", Texas) for it to be
# meant (chosen on LGL; with one, GeoVirus's acc@161 fell by 0.003).
NAMESAKE_NEIGHBOURS = 2
# Words that may stand between a place and the place it lies in ("Greenlane, Auckland", "the
# Adhamiyah district of Baghdad", "Låsby located in Mid-Jutland"), and how many at most.
CONTAINER_LINKS = {",", "in", "of", "the", "near", "located", "outside", *PLACE_NOUNS}
CONTAINER_GAP = 4
# The share of a region's people its namesake city holds for the name to mean the city.
CITY_SHARE = 0.3
# A town of a country the article never names smaller than this is rather a place of the article's
# own countries the gazetteer lacks (Kāro, India in a story about Sumatra; Nyanza, Rwanda in one
# about Kenya). Chosen on GeoVirus: acc@161 0.8325 at 30,000, 0.8359 at 100,000 and at 1,000,000.
SMALL_TOWN = 100_000
# Mentions of places in one country that set an article naming no country there (chosen on LGL).
SOLE_COUNTRY_MENTIONS = 3
# Words that close newspapers' names after a place's ("Lansing State Journal", "The Atlanta
# Journal-Constitution"), and words that may stand between ("Lansing State Journal", "Chicago Daily
# Herald"): on LGL the place in a newspaper's name is a toponym 3 times in 10; GeoVirus (untuned) P
# 0.927 -> 0.932 without them.
NEWSPAPER_WORDS = {"Journal", "Times", "Post", "Herald", "Gazette", "Tribune", "Chronicle", "Courier", "Inquirer",
                   "Examiner", "Dispatch", "Sentinel", "Observer", "Register", "Bulletin", "Journal-Constitution"}
NEWSPAPER_OPENINGS = {"Daily", "Evening", "Morning", "Sun", "State"}
# Words that make a people's adjective after a hyphen an ethnic group's ("African-American").
ETHNIC_PREFIXES = {"african", "asian", "native", "mexican", "irish", "italian"}
# The NER's labels of names of things other than places.
NAMES_OF_THINGS = ("ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART")
# In an article set in the US (it names a state), a name the index knows only as towns smaller than
# this abroad, in countries the article never names, and that nothing puts as a place, is rather a
# firm's or a person's (chosen on LGL: P 0.8653 -> 0.8675 at 1,000, 0.8697 at 10,000; GeoVirus F1
# 0.9407 -> 0.9409; without the condition of a state GeoVirus's F1 fell to 0.9399).
STRAY_HAMLET = 10_000
# Kinds whose point stands for an area too wide to be near anything.
AREAS = (COUNTRY, CONTINENT)
# Candidates of each other toponym a namesake is compared with, most populous first.
NEARBY_CANDIDATES = 8
ALTERNATE_NAME = -1.0
GAZETTEER_COUNTRY = 0.5
# A region holding a town of the article, a town in a region of it (as NAMED_STATE for US states).
IN_AREA = 3.0
# A US town and a county of one state within this distance of each other's points: the town lies in
# the county (GeoNames has no county of a town). Chosen on LGL: acc@161 0.8726 -> 0.8849 at 30 and
# 40 km, 0.8851 at 50, 0.8838 at 70 (GeoVirus, untuned, 0.8457 throughout).
IN_COUNTY_KM = 40
# First words of names that their words make places' ("Mount Washington", "Fort Mill", "Lake Forest").
FEATURE_OPENINGS = {"mount", "mt.", "mt", "lake", "river", "fort", "ft.", "port", "cape", "isle", "point"}
# Words of a school's name that may close it ("Foley Middle", "Norfolk High", "Goshen Elementary").
SCHOOL_WORDS = {"elementary", "high", "middle"}
# Capitalised words after a town's name within which a building word closes a building's name
# ("Cora Kelly Elementary School"; the building word is the fourth).
BUILDING_NAME_WORDS = 4
# Bodies of local government named so in American news ("the Athens Police Department", "Dublin
# City Council", "the sheriff's office"); with them a story that names no other country is set in
# the US. Chosen on LGL: acc@161 0.8649 -> 0.8668 with the first five, 0.8688 with city councils and
# school boards too (GeoVirus unchanged either way).
AMERICAN_BODIES = {("police", "department"), ("sheriff", "'s"), ("sheriff", "’s"), ("city", "manager"),
                   ("county", "commissioners"), ("city", "council"), ("school", "board")}
# The state an article names most often, over the others it names, as if it were a tenfold people
# (chosen on LGL: acc@161 0.8698 -> 0.8712 at 0.5 and 1.0, 0.8707 at 2.0, 0.8685 at 3.0).
PRINCIPAL_STATE = 1.0
# Nouns of sites that close a description as often as a name ("City Park", "the Historic District").
GENERIC_SITES = {"park", "district", "town", "side", "square", "village", "heights", "center", "centre"}
# Words after a place's name that make it a disease's ("West Nile virus", "Hong Kong flu").
DISEASE_WORDS = {"virus", "viruses", "flu", "influenza", "fever", "ebolavirus", "hemorrhagic", "haemorrhagic",
                 "strain", "disease"}
# "North Texas", "southern Sudan", "Central Luzon": a part of a place, placed at that place.
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
              "southeastern", "southwestern", "upstate", "downstate"}


@dataclass(frozen=True, slots=True)
class FoundPlace:
    record: Place
    start: int  # token indices
    end: int
    country_level: bool = False  # names a whole country: less specific than a city or region
    setting: bool = False        # the text uses it as where something happens


@dataclass(frozen=True, slots=True)
class ToponymRules:
    """Which names count as toponyms, where annotation guidelines differ. LGL (Lieberman et al.)
    counts every place name, also inside an organisation's name ("the Ohio Department of
    Development") and as a people's adjective ("Russian officials"); GeoVirus (Gritta et al.)
    counts neither. By default a place inside a name is one (a reader sees the town in "Alexandria
    Police Department"); a demonym is not (it names people)."""

    inside_names: bool = True
    demonyms: bool = False


@dataclass(slots=True)
class _Toponym:
    span: SpacySpan
    country: str | None  # the gazetteer's country for the form, where it has one
    kind: str | None     # the gazetteer's kind for the form
    setting: bool


def find_places(doc: Doc, gazetteer: Gazetteer, actors: ActorAnalysis, index: PlaceIndex | None = None,
                *, rules: ToponymRules = ToponymRules(),
                english: Container[str] = frozenset()) -> tuple[FoundPlace, ...]:
    """The article's places, resolved. ``english``: the model's lexicon (``english_words``), where
    the caller has it; in a text without case, a small town's name that is no English word is a
    place where words put it as one ("in chiefland")."""
    index = index or place_index()
    toponyms = _toponyms(doc, actors, gazetteer, index, rules, english)
    # Countries named as such or by their people ("Russian officials"); a capital's country is
    # no evidence for its own namesakes.
    context_countries = {m.country.code for m in actors.matches
                         if m.country is not None and m.country.kind not in ("capital", "city")}
    # countries named by their people's adjective alone ("the Israeli embassy"), weaker evidence
    adjectival = context_countries - {m.country.code for m in actors.matches if m.country is not None
                                      and m.country.kind not in ("capital", "city", "adjective")}
    toponyms = _without_stray_hamlets(toponyms, index, context_countries)
    points = _within(toponyms, _resolve(toponyms, index, context_countries, adjectival), context_countries)
    found = []
    for toponym, candidate in zip(toponyms, points):
        span = toponym.span
        if names_street(span, index):
            # "6016 Dublin Road", "Morecambe Road": a street's name, no toponym, but evidence for
            # its namesakes near the article's places all the same (streets are named after them)
            continue
        country = candidate.country if candidate else toponym.country
        if toponym.kind in COUNTRY_KINDS and (candidate is None or candidate.kind == COUNTRY):
            name = gazetteer.country_name(toponym.country)  # "Queensland", a region, keeps its name
        else:
            name = candidate.name if candidate else span.text
        record = Place(span.start_char, span.end_char, span.text, name, country,
                       round(candidate.lat, 5) if candidate else None, round(candidate.lon, 5) if candidate else None)
        found.append(FoundPlace(record, span.start, span.end, toponym.kind in COUNTRY_KINDS, toponym.setting))
    return tuple(found)


def _toponyms(doc: Doc, actors: ActorAnalysis, gazetteer: Gazetteer, index: PlaceIndex,
              rules: ToponymRules, english: Container[str] = frozenset()) -> list[_Toponym]:
    """The article's toponyms in text order: the place forms the actors stage found, the NER's
    places, and the names the place index knows that the NER missed or mislabelled."""
    matched: set[int] = set()  # tokens of toponyms found so far
    people = people_words(doc)
    found = _gazetteer_toponyms(doc, actors, gazetteer, index, rules, matched, people)
    casing = document_casing(doc)
    entities, unknown = _entity_toponyms(doc, actors, gazetteer, index, rules, matched, caseless=casing != "mixed")
    found += entities
    surname = lambda word: gazetteer.person_by_surname(word) is not None  # noqa: E731
    inside = {i for t in unknown for i in range(t.span.start, t.span.end)}
    bodies = [(m.start, m.end) for m in actors.matches if m.organisation is not None]
    for start, end in place_names(doc, index, taken=matched, placed=inside, surname=surname,
                                  inside_names=rules.inside_names, casing=casing, bodies=bodies, english=english):
        span = doc[start:end]
        found.append(_Toponym(span, None, None, _locative(span.root) or _named_place_of(span.root)))
        matched.update(range(start, end))
    # a name of several words the index does not know is a place where some mention of it is put
    # as one ("in South Ossetia", "the Kishwaukee River"), not by the NER's label alone ("United Way
    # officials"); nor is a street ("West Broad Street") or a cut name ("the City of")
    settled = {place_key(t.span.text) for t in unknown if _settled(t.span)}
    found.extend(t for t in unknown if not any(i in matched for i in range(t.span.start, t.span.end))
                 and place_key(t.span.text) in settled)
    # one sense per discourse: a name some mention puts as a place is no one's here
    people -= {place_key(t.span.text) for t in found if _put_as_place(t.span, index)}
    lower_words = {word for word in words_of(doc).text if word.islower()} if casing == "mixed" else set()
    found = [t for t in found if not _persons_name(t.span, people, index) and not _names_something_else(t.span)
             and not _described_site(t.span, lower_words)]
    return sorted(_without_firms(_without_buildings(_without_diseases(found), index), index),
                  key=lambda t: t.span.start)


def _without_buildings(toponyms: list[_Toponym], index: PlaceIndex) -> list[_Toponym]:
    """Toponyms less the names that open a building's name ("Story Elementary School", "Columbia
    University", "Cairo Stadium") or a site's after "at" ("at Landmark Bank"), at every mention,
    where no mention puts the name as a place: a school or a hall is named after a person or a
    town far off as often as after its own town, and the article then means the school ("parents
    of Story students"); a town some mention places ("Huntsville High School ... in Huntsville",
    "Huntsville police") is one a reader sees. "At" places nothing here ("a third-grader at Glacier
    Ridge"). States, counties, countries and names their words make places' keep their place ("Ohio
    State University", "Mount Pleasant High School")."""
    def building(toponym: _Toponym) -> bool:
        return (_opens_building_name(toponym.span) or toponym.kind is None and _names_a_site(toponym.span)) \
            and toponym.kind not in NAME_KINDS \
            and not _is_state_name(toponym, index) and place_key(_bare_name(toponym.span.text)).split()[-1] \
            not in ("county", "parish") and not _names_a_feature(toponym.span)
    in_buildings = [building(t) for t in toponyms]
    buildings = {place_key(_bare_name(t.span.text)) for t, inside in zip(toponyms, in_buildings) if inside}
    placed = {place_key(_bare_name(t.span.text)) for t, inside in zip(toponyms, in_buildings)
              if not inside and (t.kind is not None or not _after_at(t.span)
                                 and (_put_as_place(t.span, index) or words_place(t.span, index)))}
    return [t for t in toponyms if place_key(_bare_name(t.span.text)) not in buildings - placed]


def _names_a_feature(span: SpacySpan) -> bool:
    """Do the name's own words make it a place ("Mount Washington", "Mt. Pleasant", "Lake Forest")?"""
    first = span[1] if len(span) > 1 and span[0].lower_ == "the" else span[0]
    return len(span) > 1 and first.lower_ in FEATURE_OPENINGS


def _after_at(span: SpacySpan) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "at"


def _described_site(span: SpacySpan, lower_words: set[str]) -> bool:
    """Is the name a site described in words the article also writes in lower case ("City Park",
    "Old Town", "the Historic District", "Central District"): a generic place noun after ordinary
    words, not a name ("Hopkins Park", "Echo Park")?"""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[-1].lower_ in GENERIC_SITES and all(t.lower_ in lower_words for t in words[:-1])


def _without_firms(toponyms: list[_Toponym], index: PlaceIndex) -> list[_Toponym]:
    """Toponyms less a city's name the NER takes for an organisation's at each of two mentions or
    more, none of which puts it as a place: "a 1992 Toyota Corolla ... the Toyota" is the
    carmaker's, not the Japanese city (one sense per discourse; a single mention, "Evansville
    Federal Credit Union", "Oakland A's", is too little to tell)."""
    firms = {place_key(t.span.text) for t in toponyms if t.kind == "city"}
    for toponym in toponyms:
        if toponym.span[0].ent_type_ != "ORG" or _placed_here(toponym.span, index) or words_place(toponym.span, index):
            firms.discard(place_key(toponym.span.text))
    mentions = Counter(place_key(t.span.text) for t in toponyms)
    return [t for t in toponyms if place_key(t.span.text) not in firms or mentions[place_key(t.span.text)] < 2]


def _opens_building_name(span: SpacySpan) -> bool:
    """Do capitalised words after the name close a building's name with a building word ("Washington
    Latin School", "Cora Kelly Elementary", "Madison Central High School")?"""
    doc = span.doc
    for token in doc[span.end:span.end + BUILDING_NAME_WORDS]:
        if not token.text[:1].isupper():
            break
        if token.lower_ in BUILDING_WORDS or token.lower_ in SCHOOL_WORDS:
            return True
    return False


def _names_a_site(span: SpacySpan) -> bool:
    """Does the name open what the NER takes for the name of a body or a building where something
    is, after "at" ("at Landmark Bank", "at Cedar River Seafood", "at the Willow Valley Retirement
    Communities")?"""
    doc = span.doc
    start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if start == 0 or doc[start - 1].lower_ != "at" or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.text[:1].isupper() and after.ent_iob_ == "I" and after.ent_type_ in ("ORG", "FAC") \
        and doc[start].ent_iob_ == "B" and not local_noun_after(span)


def _names_something_else(span: SpacySpan) -> bool:
    """Is the name a war's ("the Gulf War", "Gulf War syndrome"), a newspaper's ("Lansing State
    Journal", "The Moscow Times"), a party's ("United Russia"), or "America" in a body's name ("Bank
    of America", "Club America"): an event or a body named after a place? Only where the word after it is capitalised as part of
    the name: "the Iraq war" may be about Iraq."""
    doc = span.doc
    if span.text == "America" and (span[0].ent_type_ in NAMES_OF_THINGS or span.start > 1
                                   and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text[:1].isupper()):
        return True  # America alone is a continent or a country; in a name, a brand
    if span.start > 0 and doc[span.start - 1].text == "United":
        return True  # a party's name ("United Russia"); "United States" is a name of its own
    after = [t.text for t in doc[span.end:span.end + 2]]
    if after[:1] in (["War"], ["Wars"]):
        return True
    return bool(after) and (after[0] in NEWSPAPER_WORDS or after[0] in NEWSPAPER_OPENINGS
                            and after[1:2] and after[1] in NEWSPAPER_WORDS)


def _without_stray_hamlets(toponyms: list[_Toponym], index: PlaceIndex, countries: set[str]) -> list[_Toponym]:
    """The toponyms less, in an article that names a US state, the names the index knows only as
    towns smaller than STRAY_HAMLET in countries the article never names, and that no mention puts
    as a place: "Titan Operating ... Titan, which has not drilled in Arlington" is a firm, not Tītān,
    Afghanistan. ``countries``: those the article names."""
    if not any(_is_state_name(t, index) for t in toponyms):
        return toponyms
    placed = {place_key(_bare_name(t.span.text)) for t in toponyms if t.kind is not None or _placed_here(t.span, index)}

    def stray(toponym: _Toponym) -> bool:
        if toponym.kind is not None or place_key(_bare_name(toponym.span.text)) in placed:
            return False
        found = _candidates(toponym, index, american=False)
        return bool(found) and all(c.kind == CITY and c.population < STRAY_HAMLET and c.country != "USA"
                                   and c.country not in countries for c in found)
    return [t for t in toponyms if not stray(t)]


def _placed_here(span: SpacySpan, index: PlaceIndex) -> bool:
    """Does this mention put its name as a place, by its own words or the words around it ("in
    Alexandria", "the town of Kisima", "Kisima district")?"""
    return _put_as_place(span, index) or _placed_by_words(span) or _named_place_of(span.root)


def _put_as_place(span: SpacySpan, index: PlaceIndex) -> bool:
    """Does the mention itself put the name as a place: "in Alexandria" (not "at George's
    apartment"), "Norman, Okla."?"""
    doc = span.doc
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    return _locative(span.root) and not possessive or state_after(span, index) is not None


def _persons_name(span: SpacySpan, people: set[str], index: PlaceIndex) -> bool:
    """Is a one-word name that the NER does not tag as a place here a word of a person's name in
    the article ("the Jones family" after "Kristina Jones", "Jordon then attempted" after "Lisa
    Jordon"), and nothing puts it as a place? ``people``: ``people_words`` less the names placed."""
    return len(span) == 1 and place_key(span.text) in people and span[0].ent_type_ not in PLACE_LABELS \
        and not _put_as_place(span, index)


def _settled(span: SpacySpan) -> bool:
    """Is a name of several words the index does not know put as a place by the words in and
    around it? Not a street's or a building's ("the Webb Center"), wherever it is."""
    last = span[-1].lower_.rstrip(".")
    if last in STREET_WORDS or last in BUILDING_WORDS or last in ("of", "day"):
        return False
    first = span[1] if span[0].lower_ == "the" else span[0]
    return last in FEATURE_WORDS or first.lower_ in ("river", "lake", "mount", "isle") \
        or span[-1].lemma_.lower() in PLACING_NOUNS or _locative(span.root) or _named_place_of(span.root) \
        or _placed_by_words(span)


def _without_diseases(toponyms: list[_Toponym]) -> list[_Toponym]:
    """Toponyms less those that name a disease ("West Nile virus", "Marburg haemorrhagic fever",
    "the Reston strain"), and the other mentions of such a name ("died of Ebola"): one sense per
    discourse, unless the text puts something there ("in Marburg")."""
    diseases = {place_key(_bare_name(t.span.text)) for t in toponyms if _names_disease(t.span)}
    return [t for t in toponyms if place_key(_bare_name(t.span.text)) not in diseases
            or not _names_disease(t.span) and _locative(t.span.root) and t.span.root.head.lower_ != "from"]


def _names_disease(span: SpacySpan) -> bool:
    """Is the name followed by a disease word ("Marburg virus", "Ebola-Reston virus"), not a
    season's ("the United States flu season")?"""
    doc = span.doc
    following = [t.lower_ for t in doc[span.end:span.end + 3]]
    if following[:1] in (["-"], ["–"]):
        following = following[1:]
    return bool(following) and following[0] in DISEASE_WORDS and following[1:2] != ["season"]


def _gazetteer_toponyms(doc: Doc, actors: ActorAnalysis, gazetteer: Gazetteer, index: PlaceIndex,
                        rules: ToponymRules, matched: set[int], people: set[str]) -> list[_Toponym]:
    """The country, capital, city and region forms the actors stage found (adding their tokens to
    ``matched``), also those that open a body's name where the rules count places inside names
    ("the U.S. Senate"), demonyms where the rules count them. ``people``: ``people_words(doc)``."""
    found = []
    kinds = (*PLACE_KINDS, "region", *(("adjective",) if rules.demonyms else ()))
    matches = actors.matches
    if rules.inside_names:
        openings = (gazetteer.country_opening(doc, m) for m in matches if m.organisation is not None)
        matches = sorted((*matches, *(m for m in openings if m is not None)), key=lambda m: m.start)
    for match in matches:
        if match.country is None or match.country.kind not in kinds:
            continue
        span = doc[match.start:match.end]
        matched.update(range(match.start, match.end))
        if _names_someone(actors, match.start, whole=(match.start, match.end), organisations=not rules.inside_names):
            continue
        if match.country.kind in ("capital", "city") and len(span) == 1 and span[0].ent_type_ == "PERSON" \
                and place_key(span.text) in people and not _locative(span.root):
            continue  # "Douglas said" after "Robert Douglas": his name, not the Isle of Man's capital
        start, end = widest_name(doc, match.start, match.end, index)
        if (start, end) != (match.start, match.end):  # "New London", "Madison County": another place
            matched.update(range(start, end))
            found.append(_Toponym(doc[start:end], None, None, _locative(doc[start:end].root)))
            continue
        locative = _locative(span.root) or _named_place_of(span.root)
        setting = (locative or not actors.actors_at(match.start)) and \
            (locative or _part_of_place(span.root) or match.country.kind in ("city", "region"))
        if match.country.kind == "alias" and span[0].ent_type_ in ("ORG", "PERSON") \
                and not _candidates(_Toponym(span, None, None, False), index, american=False):
            continue  # "Fatah", coded as the Palestinian territories: a body the NER sees, at no place
        if match.country.kind == "region":  # "New Jersey", "Inner Mongolia": the place index knows them
            found.append(_Toponym(span, None, None, setting))
        elif match.country.kind == "adjective" and _demonym_of_something_else(span):
            continue
        elif match.country.kind == "adjective":  # "Russian officials": placed at the country
            found.append(_Toponym(span, match.country.code, "adjective", False))
        else:
            found.append(_Toponym(span, match.country.code, match.country.kind, setting))
    return found


def _demonym_of_something_else(span: SpacySpan) -> bool:
    """Is the people's adjective part of an ethnic group's name ("Native Americans", "African-American
    Affairs"), not of a country's people?"""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    return before is not None and (before.lower_ == "native" or before.text in DASHES and span.start > 1
                                   and doc[span.start - 2].lower_ in ETHNIC_PREFIXES)


def _entity_toponyms(doc: Doc, actors: ActorAnalysis, gazetteer: Gazetteer, index: PlaceIndex,
                     rules: ToponymRules, matched: set[int], *,
                     caseless: bool) -> tuple[list[_Toponym], list[_Toponym]]:
    """The NER's places outside ``matched`` (adding their tokens to it), and apart the place
    entities of several words the index knows nothing of ("Titus County Sheriff's Office"), for
    the place name inside them."""
    found, unknown = [], []
    for ent in doc.ents:
        # "the town of Samarra" is a place whatever label the NER gives the name
        place = ent.label_ in PLACE_LABELS or _named_place_of(ent.root)
        if caseless and _ordinary(ent, gazetteer):
            continue  # "let us see", "the is" of a text in lower case or capitals: no "Us" in France
        if not caseless and not any(ch.isupper() for ch in ent.text):
            continue  # "cheddar cheese", "bee colonies": in a text with capitals, a name has one
        if not place or any(i in matched for i in range(ent.start, ent.end)) \
                or _names_someone(actors, ent.start, organisations=not rules.inside_names):
            continue
        if place_key(_bare_name(ent.text)) in NOT_NAMES or of_a_firm(ent):
            continue  # "the Earth", "the North": a place somewhere, far more often something else
        locative = _locative(ent.root) or _named_place_of(ent.root)
        toponym = _Toponym(ent, None, None, not actors.actors_at(ent.start) and (ent.label_ != "GPE" or locative))
        known = _candidates(toponym, index, american=False)
        if len(ent) > 1 and not known:
            unknown.append(toponym)
        elif not known and not locative and not _placed_by_words(ent):
            continue  # "Syphilis", "Xinhua": a word the index does not know, and nothing places it
        else:
            found.append(toponym)
            matched.update(range(ent.start, ent.end))
    return found, unknown


def _placed_by_words(ent: SpacySpan) -> bool:
    """Do the words around a name the index does not know make it a place: the place it lies in
    ("Pingilikani, Kenya"), a place noun ("the Wedza district", "the village of Pongpong", "Nairobi
    slum Kibera"), the place it abbreviates ("New South Wales (NSW)"), places it is listed with
    ("Nakuru and Bunyala")?"""
    doc, root = ent.doc, ent.root
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and (after.lemma_.lower() in PLACING_NOUNS or after.text == "," and ent.end + 1 < len(doc)
                              and doc[ent.end + 1].ent_type_ in PLACE_LABELS):
        return True
    if before is not None and ent.start > 1 and (before.lower_ == "of" and doc[ent.start - 2].lemma_.lower()
                                                 in PLACING_NOUNS or before.text == "("
                                                 and doc[ent.start - 2].ent_type_ in PLACE_LABELS):
        return True  # "the village of Pongpong"; "New South Wales (NSW)"
    if before is not None and before.lemma_.lower() in PLACING_NOUNS:
        return True
    return root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS \
        or any(child.dep_ == "conj" and child.ent_type_ in PLACE_LABELS for child in root.children)


def _ordinary(ent: SpacySpan, gazetteer: Gazetteer) -> bool:
    """Is an entity of a text without case an ordinary word the NER took for a name ("us")?"""
    return tuple(token_key(t.text) for t in ent) in gazetteer.ordinary_words or ent.root.pos_ in ("PRON", "AUX", "DET")


def _names_someone(actors: ActorAnalysis, token_index: int, *, whole: tuple[int, int] | None = None,
                   organisations: bool = True) -> bool:
    """Is the token part of a person's name ("Vladimir" of Vladimir Putin), or of an organisation's
    where ``organisations``? Not where the name is all of ``whole``, a place's name: a region or
    city named as an actor ("Crimea said") is still a place."""
    mention = actors.mention_at(token_index)
    if mention is None or mention.kind != "name" or whole is not None and (mention.start, mention.end) == whole:
        return False  # "a Gainesville man", "a Houston police officer": a description, not a name
    kinds = ("person", "organisation") if organisations else ("person",)
    return any(actors.actor(a).kind in kinds for a in mention.actors)


def _resolve(toponyms: Sequence[_Toponym], index: PlaceIndex,
             context_countries: set[str], adjectival: set[str] = frozenset()) -> list[Candidate | None]:
    """The candidate each toponym most likely means, or None where the gazetteer has none.
    ``adjectival``: the countries of ``context_countries`` named only by their people's adjective."""
    keys = [place_key(_bare_name(t.span.text)) for t in toponyms]
    qualifiers = _shared_qualifiers(keys, [_state_after(t.span, index) for t in toponyms])
    states = _named_states(toponyms, qualifiers, index)
    countries = set(context_countries)
    if states or not context_countries - {"USA"} and _american_institutions(toponyms[0].span.doc if toponyms else None):
        countries.add("USA")
    options = [[state] if (state := _called_a_state(toponyms, n, index) or _listed_region(toponyms, n, index))
               else _candidates(t, index, "USA" in countries) for n, t in enumerate(toponyms)]
    inside = _shared(keys, [_countries_after(toponyms, n, index) for n in range(len(toponyms))])
    options = [_inside(found, countries_after, t) for found, countries_after, t in zip(options, inside, toponyms)]
    placing = _setting_options(toponyms, options, index)
    countries |= {found[0].country for found in placing if len(found) == 1 and found[0].country}
    # a town or county only one state has places the story in that state
    states |= {(found[0].country, found[0].admin1) for found in placing
               if len(found) == 1 and found[0].country == "USA" and found[0].admin1 and found[0].kind != COUNTRY}
    counties = [c for found in options for c in found if c.kind == COUNTY]
    by_adjective = adjectival - (countries - set(context_countries))  # unless other evidence names them too
    options = [found + _namesakes_of_country(t, index, states, counties) if not _listed_with_areas(toponyms, n, index)
               else found for n, (t, found) in enumerate(zip(toponyms, options))]
    neighbours = _Neighbours(keys, [found[:NEARBY_CANDIDATES] for found in options])
    principal = _principal_state(toponyms, index)
    together = _towns_in_counties(keys, options)
    chosen = _choose(toponyms, options, keys, qualifiers, countries, states, neighbours, {}, principal, together,
                     by_adjective)
    # again, near the places chosen rather than near every namesake of the others, and in or
    # around them: a region that holds a town chosen ("Toronto" ... "Ontario"), a town in a region
    neighbours = _Neighbours(keys, [[c] if c is not None else [] for c in chosen], holding=False)
    return _short_for_county(toponyms, keys, _choose(toponyms, options, keys, qualifiers, countries, states,
                                                      neighbours, _areas(keys, chosen), principal, together,
                                                      by_adjective))


def _setting_options(toponyms: Sequence[_Toponym], options: Sequence[list[Candidate]],
                     index: PlaceIndex) -> list[list[Candidate]]:
    """The candidates of the names that may set the story somewhere: not a street's ("Wichita
    Street" in Dublin, Ohio is no town of Kansas's), whose name is no evidence of a country or state."""
    return [found if not names_street(t.span, index) else [] for t, found in zip(toponyms, options)]


def _towns_in_counties(keys: Sequence[str], options: Sequence[Sequence[Candidate]]) -> set[tuple[str, float, float]]:
    """(name, lat, lon) of the candidates that are a US town and a county of another name of the
    article, in one state and within IN_COUNTY_KM of each other: "Alexandria" beside "Douglas
    County" is Alexandria, Minnesota, its seat, and the county Minnesota's, whichever namesakes are
    the most populous."""
    by_key = dict(zip(keys, options))
    counties: dict[str | None, list[tuple[str, Candidate]]] = {}
    for key, found in by_key.items():
        for county in found:
            if county.kind == COUNTY:
                counties.setdefault(county.admin1, []).append((key, county))
    together: set[tuple[str, float, float]] = set()
    for key, found in by_key.items() if counties else ():
        for town in found:
            if town.kind != CITY or town.country != "USA":
                continue
            for other, county in counties.get(town.admin1, ()):
                if other != key and _in_county(town, county):
                    together.update(((key, town.lat, town.lon), (other, county.lat, county.lon)))
    return together


def _american_institutions(doc: Doc | None) -> bool:
    """Does the text name a body of American local government ("the Athens Police Department",
    "Dublin City Council", "the sheriff's office")?"""
    if doc is None:
        return False
    words = words_of(doc).lower
    return any(pair in AMERICAN_BODIES for pair in zip(words, words[1:]))


def _principal_state(toponyms: Sequence[_Toponym], index: PlaceIndex) -> tuple[str, str] | None:
    """The US state the article names most often by its name, where one is named more often than
    any other ("Indiana" five times, "Kentucky" once: Boone County, Indiana)."""
    named = Counter((state.country, state.admin1) for t in toponyms
                    if t.kind is None and (state := index.state(_bare_name(t.span.text))) is not None)
    ranked = named.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _short_for_county(toponyms: Sequence[_Toponym], keys: Sequence[str],
                      chosen: list[Candidate | None]) -> list[Candidate | None]:
    """"DeKalb" in an article that names DeKalb County is the county, as news shortens it."""
    counties = {key.removesuffix(suffix): point for key, point in zip(keys, chosen) if point is not None
                and point.kind == COUNTY for suffix in (" county", " parish") if key.endswith(suffix)}
    return [counties.get(key, point) if toponym.kind is None else point
            for toponym, key, point in zip(toponyms, keys, chosen)]


def _areas(keys: Sequence[str], chosen: Sequence[Candidate | None]) -> dict[tuple[str, str, str], set[str]]:
    """(kind, country, admin1) of the first-level regions outside the US and of the towns chosen,
    with the names that chose them."""
    found: dict[tuple[str, str, str], set[str]] = {}
    for key, candidate in zip(keys, chosen):
        if candidate is not None and candidate.kind in (REGION, CITY) and candidate.admin1 and candidate.country:
            found.setdefault((candidate.kind, candidate.country, candidate.admin1), set()).add(key)
    return found


def _in_area(candidate: Candidate, key: str, areas: dict[tuple[str, str, str], set[str]]) -> bool:
    """Does another name of the article lie in the region, or name the region the town lies in?"""
    other = {REGION: CITY, CITY: REGION}.get(candidate.kind)
    return other is not None and bool(areas.get((other, candidate.country, candidate.admin1), set()) - {key})


def _choose(toponyms, options, keys, qualifiers, countries, states, neighbours, areas,
            principal=None, together=frozenset(), by_adjective=frozenset()) -> list[Candidate | None]:
    """The candidate of each toponym with the most evidence; a country's capital where the article
    names the country by its name or one of its states ("Washington" beside "Ohio" is the federal
    capital; its people's adjective is weaker: "Irish" beside Dublin, Ohio)."""
    named = {t.country for t in toponyms if t.kind in NAME_KINDS} | {country for country, _ in states}
    chosen = []
    for n, (toponym, found) in enumerate(zip(toponyms, options)):
        if len(found) <= 1:
            chosen.append(found[0] if found else None)
            continue
        key = keys[n]
        qualifier = qualifiers[n]
        tied = toponym.country  # the country the gazetteer ties a capital or city to ("Athens": Greece)
        form = toponym.kind in COUNTRY_KINDS
        capital = next((c for c in found if c.country == tied), None) if toponym.kind == "capital" else None
        if capital is not None and tied in named and qualifier is None:
            chosen.append(_its_city(capital, found, key))  # "Damascus" beside "Syria", not Damascus, Maryland
            continue
        best = max(found, key=lambda c: _score(c, key, countries, states, neighbours, qualifier, by_adjective)
                   + (GAZETTEER_COUNTRY if c.country == tied else 0.0)
                   + (IN_AREA if areas and c.country != "USA" and _in_area(c, key, areas) else 0.0)
                   + (PRINCIPAL_STATE if principal is not None and (c.country, c.admin1) == principal else 0.0)
                   + (IN_AREA if (key, c.lat, c.lon) in together else 0.0)
                   + (-math.inf if form and (key, c.lat, c.lon) not in together
                      and _unsupported(c, key, neighbours, "USA" in countries) else 0.0))
        chosen.append(_its_city(best, found, key))
    return chosen


def _within(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None],
            named: set[str]) -> list[Candidate | None]:
    """The points of the toponyms, with what the rest of the text says of them: the short form of a
    country named in full is that country ("Congo"); a name the gazetteer lacks lies at the place
    whose abbreviation it is ("NSW"), else the place the text puts it in ("Greenlane, Auckland",
    "the Adhamiyah district of Baghdad"), else the place it is the setting of ("Cabanatuan in Nueva
    Ecija"): the most specific point the text gives. A small town of a country the article never
    names, beside no such place, lies at the town of a named country the article names most ("Karo"
    in a story about Medan, Indonesia: not Kāro, India). Then each name lies at the point of its
    other mentions, and a name the gazetteer lacks that nothing places ("Kibera", "Waiheke Island")
    at that town too, or, in an article that names no country, at the town it names most ("Lake
    Lanier" beside Gainesville): the likeliest point the article gives, where none is wrong by a world."""
    placed = list(points)
    defined = _abbreviations(toponyms, points)
    shortened = _short_forms(toponyms, points)
    # an article that names no country is set in the one its places lie in, where they mostly do
    named = named or _sole_country(toponyms, points)
    principal = _principal_town(points, named)
    for n, (toponym, point) in enumerate(zip(toponyms, points)):
        if toponym.kind is None and (country := shortened.get(place_key(_bare_name(toponym.span.text)))):
            placed[n] = country
        elif toponym.kind is None and (point is None or named and point.country and point.country not in named):
            # a town of a country the article never names, written in a place of one it names
            # ("Palauig, Manaoag, Pangasinan" in a Philippine story, not Pangasinan, Java)
            containers = (defined.get(toponym.span.text), _linked(toponyms, points, n, n + 1, own=point),
                          _linked(toponyms, points, n - 1, n, own=point))
            container = next((c for c in containers if c is not None and (
                point is None or c.country in named and c.kind != COUNTRY)), None)
            if container is None and point is not None and point.kind != CONTINENT and point.population < SMALL_TOWN \
                    and not any(toponyms[m].kind in COUNTRY_KINDS for m in _list_neighbours(toponyms, n)):
                # a town the gazetteer lacks, more likely than a foreign hamlet; not one listed with
                # countries ("the Zaïre, Bundibugyo, Côte d'Ivoire and Sudan strains"), as far apart
                container = principal
            if container is not None:
                placed[n] = replace(container, name=_bare_name(toponym.span.text))
    # one sense per discourse: the other mentions of a name placed once ("Fife, Scotland", "Fife")
    known = {place_key(_bare_name(t.span.text)): p for t, p in zip(toponyms, placed) if p is not None}
    # the towns as placed now; in an article that names no country, its towns of any ("Lake Lanier"
    # in a story about Gainesville, Georgia)
    principal = _principal_town(placed, named) or _principal_town(placed, None)
    return [p or (_named_here(known.get(place_key(_bare_name(t.span.text)))
                              or _sentence_town(toponyms, placed, n, named) or principal, t)
                  if t.kind is None else None)
            for n, (t, p) in enumerate(zip(toponyms, placed))]


def _sentence_town(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None], n: int,
                   named: set[str]) -> Candidate | None:
    """The town placed nearest the n-th name in its own sentence ("rescue teams from Guwahati
    reached villages along the Brahmaputra River"), of a country the article names where it names
    any, if there is one: nearer the name the gazetteer lacks than the article's principal town."""
    sentence = toponyms[n].span.sent
    towns = [(abs(t.span.start - toponyms[n].span.start), p) for m, (t, p) in enumerate(zip(toponyms, points))
             if m != n and p is not None and p.kind == CITY and t.span.sent == sentence
             and (not named or p.country in named)]
    return min(towns, key=lambda pair: pair[0])[1] if towns else None


def _sole_country(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None]) -> set[str]:
    """The country of an article's places where at least SOLE_COUNTRY_MENTIONS of its mentions lie
    in it and each other country has one name alone ("Hampton Park" once in a story that names
    Charleston four times: not Hampton Park, Victoria)."""
    mentions: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    for toponym, point in zip(toponyms, points):
        if point is not None and point.country:
            mentions[point.country] += 1
            names.setdefault(point.country, set()).add(place_key(_bare_name(toponym.span.text)))
    ranked = mentions.most_common()
    if not ranked or ranked[0][1] < SOLE_COUNTRY_MENTIONS or any(len(names[c]) > 1 for c, _ in ranked[1:]):
        return set()
    return {ranked[0][0]}


def _named_here(point: Candidate | None, toponym: _Toponym) -> Candidate | None:
    return replace(point, name=_bare_name(toponym.span.text)) if point is not None else None


def _principal_town(points: Sequence[Candidate | None], named: set[str] | None) -> Candidate | None:
    """The town of a country the article names (of any where ``named`` is None) that it names most
    often, the first where tied."""
    towns = Counter((p.name, p.lat, p.lon) for p in points
                    if p is not None and p.kind == CITY and (named is None or p.country in named))
    if not towns:
        return None
    most = towns.most_common(1)[0][0]
    return next(p for p in points if p is not None and (p.name, p.lat, p.lon) == most)


def _short_forms(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None]) -> dict[str, Candidate]:
    """Countries the article names in full, by the short form of their names: "Congo" after "the
    Republic of Congo" is that Congo, not a town in Brazil."""
    short = {}
    for toponym, point in zip(toponyms, points):
        words = _bare_name(toponym.span.text).split()
        if point is not None and point.kind == COUNTRY and toponym.kind in COUNTRY_KINDS and "of" in words[:-1]:
            rest = words[len(words) - words[::-1].index("of"):]
            short[place_key(" ".join(rest[1:] if rest[0].lower() == "the" else rest))] = point
    return short


def _abbreviations(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None]) -> dict[str, Candidate]:
    """Abbreviations the article defines, with the points of the names they stand for: "New South
    Wales (NSW)"."""
    defined = {}
    for toponym, point in zip(toponyms, points):
        doc, end = toponym.span.doc, toponym.span.end
        if point is None or end + 2 >= len(doc) or (doc[end].text, doc[end + 2].text) != ("(", ")"):
            continue
        initials = "".join(word[0] for word in toponym.span.text.split() if word[0].isupper())
        if len(initials) > 1 and doc[end + 1].text == initials:
            defined[initials] = point
    return defined


def _linked(toponyms: Sequence[_Toponym], points: Sequence[Candidate | None], first: int,
            second: int, *, own: Candidate | None) -> Candidate | None:
    """The point of the other of two toponyms, one of which has the point ``own``, where only
    words of containment stand between them."""
    if first < 0 or second >= len(toponyms):
        return None
    point = points[second] if points[first] is own else points[first]
    between = toponyms[first].span.doc[toponyms[first].span.end:toponyms[second].span.start]
    if point is None or not 0 < len(between) <= CONTAINER_GAP or any(t.lower_ not in CONTAINER_LINKS for t in between):
        return None
    return point


def _its_city(region: Candidate, found: Sequence[Candidate], key: str) -> Candidate:
    """A region that is mostly the city of its name ("Da Nang", "Tianjin", "Bangkok") is that city,
    the more specific reading; else the region."""
    if region.kind != REGION:
        return region
    return next((c for c in found if c.kind == CITY and c.country == region.country and place_key(c.name) == key
                 and c.population >= CITY_SHARE * region.population), region)


def _unsupported(candidate: Candidate, key: str, neighbours: _Neighbours, american: bool) -> bool:
    """Is a state or town of a country's name ("Georgia", "Palestine") unsupported by the article:
    neither a state in an American story nor beside NAMESAKE_NEIGHBOURS of its places?"""
    if candidate.kind == COUNTRY or candidate.kind == STATE and american:
        return False
    return candidate.kind in (CITY, STATE) and neighbours.near(candidate, key) < NAMESAKE_NEIGHBOURS


def _namesakes_of_country(toponym: _Toponym, index: PlaceIndex, states: set[tuple[str, str]],
                          counties: Sequence[Candidate] = ()) -> list[Candidate]:
    """"Palestine" and "Lebanon" name a town where the article is in a state that has one and
    names places near it (Palestine beside Anderson County and Elkhart, Texas), or where it names
    a county that holds one ("Lebanon" beside "Boone County": Lebanon, Indiana, its seat): the most
    specific reading the text supports. ``counties``: the candidates of the article's county names."""
    if toponym.kind not in COUNTRY_KINDS or toponym.kind == "adjective" or not (states or counties):
        return []
    return [c for c in index.cities(_bare_name(toponym.span.text)) if c.country != toponym.country and (
        (c.country, c.admin1) in states or any(_in_county(c, county) for county in counties))]


def _listed_with_areas(toponyms: Sequence[_Toponym], n: int, index: PlaceIndex) -> bool:
    """Is the n-th name an item of a list with a country's name or a world area's ("the Far East, the
    Middle East, Italy"), where a country's name is the country, whatever towns the state has?"""
    return any(toponyms[m].kind in NAME_KINDS or index.continent(_bare_name(toponyms[m].span.text)) is not None
               for m in _list_neighbours(toponyms, n))


def _in_county(town: Candidate, county: Candidate) -> bool:
    return town.country == "USA" and county.admin1 == town.admin1 \
        and distance_km(town.lat, town.lon, county.lat, county.lon) < IN_COUNTY_KM


def _shared_qualifiers(keys: Sequence[str], qualifiers: Sequence[Candidate | None]) -> list[Candidate | None]:
    """"Alexandria, La." once, then "Alexandria": an article means one place by one name, so the
    state written after one mention qualifies them all (where the article gives it only one).
    ``keys``: the toponyms' place keys, in the order of ``qualifiers``."""
    given: dict[str, set[tuple[str | None, str | None]]] = {}
    first: dict[str, Candidate] = {}
    for key, qualifier in zip(keys, qualifiers):
        if qualifier is not None:
            given.setdefault(key, set()).add((qualifier.country, qualifier.admin1))
            first.setdefault(key, qualifier)
    return [qualifier or (first[key] if len(given.get(key, ())) == 1 else None)
            for key, qualifier in zip(keys, qualifiers)]


def _shared(keys: Sequence[str], values: Sequence[frozenset[str] | None]) -> list[frozenset[str] | None]:
    """Each name's value, where the article gives it once or always the same ("Fife, Scotland",
    then "Fife")."""
    given: dict[str, set[frozenset[str]]] = {}
    for key, value in zip(keys, values):
        if value is not None:
            given.setdefault(key, set()).add(value)
    return [value or (next(iter(given[key])) if len(given.get(key, ())) == 1 else None)
            for key, value in zip(keys, values)]


def _named_states(toponyms: Sequence[_Toponym], qualifiers: Sequence[Candidate | None],
                  index: PlaceIndex) -> set[tuple[str, str]]:
    """US states the article names: outright, after a place ("Paris, Tenn.") or by a county only one has."""
    states = set()
    for toponym, qualifier in zip(toponyms, qualifiers):
        text = _bare_name(toponym.span.text)
        found = [index.state(text) if toponym.kind is None else None, qualifier]
        counties = index.county_states(text)
        if len(counties) == 1:
            states.add(("USA", counties[0]))
        states.update((s.country, s.admin1) for s in found if s is not None)
    return states


def _countries_after(toponyms: Sequence[_Toponym], n: int, index: PlaceIndex) -> frozenset[str] | None:
    """The countries of the country or region written after a comma right after a place's name
    ("Athens, Greece", "Fife, Scotland", "Stroud, Ontario, Canada"), if any."""
    if n + 1 >= len(toponyms) or toponyms[n].kind in COUNTRY_KINDS or _is_state_name(toponyms[n], index) \
            or index.continent(_bare_name(toponyms[n].span.text)) or state_after(toponyms[n].span, index):
        return None  # a state's or continent's name in a list; "Blakely, Georgia": the state
    name, after = toponyms[n].span, toponyms[n + 1]
    if [t.text for t in name.doc[name.end:after.span.start]] != [","]:
        return None
    if after.kind in COUNTRY_KINDS and after.kind != "adjective" and after.country:
        countries = frozenset((after.country,))
    elif after.kind is None and (regions := [r for r in index.regions_named(_bare_name(after.span.text))
                                             if r.kind == REGION]):
        countries = frozenset(r.country for r in regions)
    else:
        return None
    # "Reston, Bundibugyo, Côte d'Ivoire, Sudan": a list, unless what follows is the country of the
    # region ("Stroud, Ontario, Canada")
    following = toponyms[n + 2] if n + 2 < len(toponyms) else None
    if following is not None and _listed_together(after.span, following.span) \
            and not (after.kind is None and following.kind in COUNTRY_KINDS and following.country in countries):
        return None
    return countries


def _inside(found: list[Candidate], countries: frozenset[str] | None, toponym: _Toponym) -> list[Candidate]:
    """The candidates in the countries a name is qualified by; none where the gazetteer knows the
    name only elsewhere (it then lies in the qualifying place: "Surrey, UK"), unless the name is
    a city the gazetteer ties to another country ("Mexico City, Canada and the US": a list)."""
    if countries is None:
        return found
    there = [c for c in found if c.country in countries]
    return there if there or toponym.kind is None else found


def _called_a_state(toponyms: Sequence[_Toponym], n: int, index: PlaceIndex) -> Candidate | None:
    """The US state a name means where the text calls it one ("a Washington state farm", "the state
    of Washington") or lists it with states ("Utah, Virginia, Washington and Wyoming"), else None."""
    if not _is_state_name(toponyms[n], index):
        return None
    span, doc = toponyms[n].span, toponyms[n].span.doc
    said = span.end < len(doc) and doc[span.end].text == "state" \
        or [t.lower_ for t in doc[max(0, span.start - 2):span.start]] == ["state", "of"]
    if said or any(_is_state_name(toponyms[m], index) for m in _list_neighbours(toponyms, n)):
        return index.state(_bare_name(span.text))
    return None


def _listed_region(toponyms: Sequence[_Toponym], n: int, index: PlaceIndex) -> Candidate | None:
    """The first-level region a name means where the text lists it with regions of that country
    ("British Columbia, Alberta, Manitoba, Ontario and New Brunswick", "Rio Grande do Sul, Tocantins
    and Minas Gerais"), else None; the city where the region is mostly its city ("Beijing and
    Shanghai")."""
    if toponyms[n].kind not in (None, "city"):  # the gazetteer's city form may be a region's name too
        return None
    own = [r for r in index.regions_named(_bare_name(toponyms[n].span.text)) if r.kind == REGION]
    listed = _list_neighbours(toponyms, n) if own else []
    countries = {r.country for m in listed for r in index.regions_named(_bare_name(toponyms[m].span.text))
                 if r.kind == REGION}
    region = next((r for r in own if r.country in countries), None)
    name = _bare_name(toponyms[n].span.text)
    return _its_city(region, index.cities(name), place_key(name)) if region is not None else None


def _list_neighbours(toponyms: Sequence[_Toponym], n: int) -> list[int]:
    """The toponyms just before and after the n-th that are items of one list with it."""
    return [m for m in (n - 1, n + 1) if 0 <= m < len(toponyms)
            and _parallel_items(toponyms[min(n, m)].span, toponyms[max(n, m)].span)]


def _parallel_items(first: SpacySpan, second: SpacySpan) -> bool:
    """Are two names, in text order, items of one list, bare or in parallel phrases ("twelve in
    Ontario, eight in Alberta, one in New Brunswick")?"""
    between = first.doc[first.end:second.start]
    return _listed_together(first, second) or 2 < len(between) <= 4 and between[0].text == "," \
        and between[-1].lower_ == "in" and all(t.like_num or t.lower_ in (",", "and", "in") for t in between)


def _listed_together(first: SpacySpan, second: SpacySpan) -> bool:
    """Are two names, in text order, items of one list ("Utah, Virginia", "Nakuru and Bunyala")?"""
    between = first.doc[first.end:second.start]
    return 0 < len(between) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in between)


def _is_state_name(toponym: _Toponym, index: PlaceIndex) -> bool:
    """Is the toponym a US state's name as written in full ("Washington", not "Wash.")?"""
    state = index.state(_bare_name(toponym.span.text))
    return state is not None and place_key(state.name) == place_key(_bare_name(toponym.span.text))


def _candidates(toponym: _Toponym, index: PlaceIndex, american: bool) -> list[Candidate]:
    text = _bare_name(toponym.span.text)
    if toponym.kind is None and (noun := listed_before(toponym.span)) is not None:
        # "Walton and Oconee counties": Walton County, not the town of Walton
        if found := index.regions_named(f"{text} {noun}") or index.cities(f"{text} {noun}"):
            return found
    found = _named(toponym, text, index, american)
    if toponym.kind is None and text.endswith(" City") and found and all(c.kind == CITY for c in found):
        # "San Fernando City Councilwoman": the council of San Fernando, California, as well as
        # San Fernando City in the Philippines; the article's other places choose
        found = found + [c for c in index.cities(text.removesuffix(" City")) if c not in found]
    if not found and toponym.kind is None and (part := _directional_part(text)):
        found = _named(toponym, part, index, american)  # "North Texas", "southern Sudan": within it
    return _without_lesser_other_names(found, text, index)


def _without_lesser_other_names(found: list[Candidate], name: str, index: PlaceIndex) -> list[Candidate]:
    """The candidates less the towns that bear the name only as another of theirs (a former one:
    Korolev was "Kaliningrad", Anniston "Woodstock") where a more populous town bears it as its
    own: the name's own bearer is meant, as "Bombay" still means Mumbai, the largest."""
    owned = [c.kind != CITY or index.bears(c, name) for c in found]
    if all(owned):
        return found
    own = max((c.population for c, bears in zip(found, owned) if bears and c.kind == CITY), default=None)
    return found if own is None else [c for c, bears in zip(found, owned) if bears or c.population > own]


def _bare_name(text: str) -> str:
    """"Boone County's" and "the Middle East" as the gazetteer writes them."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[:-len(suffix)]
            break
    return text[4:] if text[:4].lower() == "the " else text


def _directional_part(text: str) -> str | None:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in DIRECTIONS else None


def _named(toponym: _Toponym, text: str, index: PlaceIndex, american: bool) -> list[Candidate]:
    state = index.state(text)
    if toponym.kind == "alias" and toponym.country:
        # "Queensland", "Scotland", "Darfur", "the Urals": forms the gazetteer codes as their
        # country, but a region, place or area of their own where the place index has one there
        area = index.continent(text)
        if area is not None and area.country in (None, toponym.country):
            return [replace(area, country=toponym.country)]
        if area is not None and index.country_point(toponym.country) is None:
            return [area]  # a state of the past the dictionary codes apart ("East Germany", DDR): today's country
        inside = [c for c in index.regions_named(text) + index.cities(text) if c.country == toponym.country]
        if inside:
            return inside
    if toponym.kind in COUNTRY_KINDS and toponym.country:
        point = index.country_point(toponym.country)
        country = [Candidate(text, *point, toponym.country, None, 0, COUNTRY)] if point else []
        # "Georgia": the state in an American story, unless its other places are near the country
        return [state, *country] if state else country
    if toponym.kind is None:
        if state:
            return [state]
        if continent := index.continent(text):
            return [continent]
        return index.cities(text) + index.regions_named(text)
    # a city form of one country is no city of that name elsewhere, but a British county's name may
    # be one too ("Suffolk", Virginia): the gazetteer's forms are of countries and cities alone
    return index.cities(text) + [r for r in index.regions_named(text) if r.kind == DISTRICT]


class _Neighbours:
    """The candidates of an article's toponyms, each name's once with the number of times it is
    named, in cells of a grid over the globe: a long article names the same places again and
    again, and measuring each candidate against every other mention's cost the square of its
    length. Two points within NEARBY_KM lie in the same or adjacent cells, so only those are
    measured, with the same distance as before. A town and a region of a country's that holds it
    are near each other wherever the region's point lies ("Toronto" and "Ontario"): a region is
    hundreds of kilometres wide, its point only a convention."""

    def __init__(self, keys: Sequence[str], groups: Sequence[Sequence[Candidate]], *, holding: bool = True) -> None:
        # A country's or continent's point is a convention for an area thousands of kilometres
        # wide, not a place near anything: the towns that happen to lie by it are no nearer the story.
        groups = [[c for c in group if c.kind not in AREAS] for group in groups]
        named = Counter((key, tuple((c.lat, c.lon, c.kind, c.country, c.admin1) for c in group))
                        for key, group in zip(keys, groups) if group)
        self._groups = list(named.items())
        self._cells: dict[tuple[int, int, int], list[tuple[int, float, float]]] = {}
        self._holding: dict[tuple[str, str, str], set[int]] = {}
        for number, ((_, points), _) in enumerate(self._groups):
            for lat, lon, kind, country, admin1 in points:
                self._cells.setdefault(_cell(lat, lon), []).append((number, lat, lon))
                if holding and kind in (REGION, CITY) and country and admin1:
                    self._holding.setdefault((kind, country, admin1), set()).add(number)
        self._counted: dict[tuple[float, float, str, str | None, str], int] = {}

    def near(self, candidate: Candidate, key: str) -> int:
        """How many toponyms of another name than ``key`` have a candidate within NEARBY_KM."""
        point = (candidate.lat, candidate.lon, candidate.kind, candidate.admin1, key)
        if point not in self._counted:
            x, y, z = _cell(candidate.lat, candidate.lon)
            close = {number for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)
                     for number, lat, lon in self._cells.get((x + dx, y + dy, z + dz), ())
                     if distance_km(lat, lon, candidate.lat, candidate.lon) < NEARBY_KM}
            if (other := {REGION: CITY, CITY: REGION}.get(candidate.kind)) is not None:
                close |= self._holding.get((other, candidate.country, candidate.admin1), set())
            self._counted[point] = sum(times for (other_key, _), times in map(self._groups.__getitem__, close)
                                       if other_key != key)
        return self._counted[point]


# Grid cells on the unit sphere, a little wider than the straight-line (chord) distance between
# two points NEARBY_KM apart along the surface, so that such points are never two cells apart.
CELL = 1.1 * 2 * math.sin(NEARBY_KM / 2 / EARTH_RADIUS_KM)


def _cell(lat: float, lon: float) -> tuple[int, int, int]:
    phi, lam = math.radians(lat), math.radians(lon)
    x, y, z = math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)
    return math.floor(x / CELL), math.floor(y / CELL), math.floor(z / CELL)


def _score(candidate: Candidate, key: str, countries: set[str], states: set[tuple[str, str]],
           neighbours: _Neighbours, qualifier: Candidate | None, by_adjective: set[str] = frozenset()) -> float:
    if qualifier is not None and (candidate.country, candidate.admin1) != (qualifier.country, qualifier.admin1):
        return -math.inf
    score = math.log10(candidate.population + 10) if candidate.kind != COUNTRY else COUNTRY_PRIOR
    if candidate.kind == REGION:
        score += REGION_PRIOR
    if candidate.country in countries:
        score += ADJECTIVE_COUNTRY if candidate.country in by_adjective else NAMED_COUNTRY
    if (candidate.country, candidate.admin1) in states:
        score += NAMED_STATE
    near = neighbours.near(candidate, key)
    score += NEARBY * min(near, 2)
    if place_key(candidate.name) != key:
        score += ALTERNATE_NAME
    return score


def _state_after(span: SpacySpan, index: PlaceIndex) -> Candidate | None:
    """"Alexandria, La." and "Springfield, Illinois": the state written right after a place name
    that has a namesake in it ("TBILISI, Georgia" names the country)."""
    state = state_after(span, index)
    if state is None:
        return None
    name = _bare_name(span.text)
    inside = index.cities(name.title() if name.isupper() else name) + index.regions_named(name)
    return state if any((c.country, c.admin1) == (state.country, state.admin1) for c in inside) else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _part_of_place(token: Token) -> bool:
    """"in Russia's Kursk region": a name inside a locative phrase about a place."""
    return token.dep_ in ("poss", "compound") and token.head.lemma_.lower() in PLACE_NOUNS \
        and (_locative(token.head) or _part_of_place(token.head))


def _named_place_of(token: Token) -> bool:
    """"near the town of Samarra", "in a sector of eastern Beirut": the name a place noun in a
    locative phrase is "of"."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS \
        and (_locative(head.head) or _part_of_place(head.head))


def _locative(token: Token) -> bool:
    """Is ``token`` the object of "in", "at", ... ("in Pyongyang", "in Russia's Kursk region")?"""
    return token.dep_ == "pobj" and token.head.lower_ in EVENT_PLACE_PREPOSITIONS


def place_events(doc: Doc, events: Sequence[Event], places: Sequence[FoundPlace]) -> tuple[Event, ...]:
    """Each event with the place its clause gives ("fought in Russia's Kursk region"), if any."""
    placed = []
    by_position = SpanIndex(places, span=lambda p: (p.start, p.end))
    for event in events:
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        place = _clause_place(trigger.root, by_position) if trigger is not None else None
        placed.append(replace(event, place=place.record) if place else event)
    return tuple(placed)


def _clause_place(trigger: Token, places: SpanIndex[FoundPlace]) -> FoundPlace | None:
    """The most specific place in a locative phrase of the trigger's own clause, or of the verb
    whose purpose it is ("sent personnel to Bosnia to investigate")."""
    anchors = [trigger]
    if trigger.dep_ in ("xcomp", "advcl") and trigger.head.pos_ == "VERB":
        anchors.append(trigger.head)
    if (verb := _verb_of_act(trigger)) is not None:
        anchors.append(verb)
    for anchor in anchors:
        subtree = {t.i for t in anchor.subtree}
        found = [p for p in places.around(anchor.left_edge.i, anchor.right_edge.i)
                 if p.setting and p.start in subtree and _in_locative_phrase(anchor, p)]
        if found:
            return min(found, key=lambda p: p.country_level)
    return None


def _verb_of_act(trigger: Token) -> Token | None:
    """The verb an act named by a noun hangs from ("remained on alert in the West Bank", "staged a
    protest in Dili", "an attempt to assassinate him was thwarted in Khanty-Mansiysk")."""
    token = trigger
    if token.dep_ == "acl" and token.pos_ == "VERB":  # "an attempt to assassinate"
        token = token.head
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "prep") and head.pos_ in ("VERB", "AUX") and head != token:
        return head
    return None


def _in_locative_phrase(trigger: Token, place: FoundPlace) -> bool:
    """Is the place in a locative phrase of the trigger, or of what it is to do ("threatened to
    institute a curfew in Algiers"), and not of another clause?"""
    token = trigger.doc[place.start:place.end].root
    path = [token, *token.ancestors]
    if trigger not in path:
        return False
    between = path[:path.index(trigger)]
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "xcomp" for t in between) and any(
        t.dep_ == "prep" and t.lower_ in EVENT_PLACE_PREPOSITIONS for t in between)
