"""Toponyms the NER misses or mislabels, found with the place index and the words around them.

A small NER model tags many local place names as organisations or people ("Alexandria Police",
"Steven Sachs of Chiefland", "A Gainesville man"), or not at all (the capitalised dateline
"MANSFIELD —"). A name the place index knows is taken for a place where the text says so:

- the name of a US state, or of a county or parish ("Laurel County", "Rapides Parish"); a state's
  abbreviation after a town or a party ("Albany, Ga.", "D-Ga."), or of two stops anywhere ("the
  S.C. Highway Patrol");
- a word that places it: "in Alexandria", "of Chiefland,", "City of Oxford", "D-McDowell";
- a state after it ("Norman, Okla.");
- a local noun after it: "a Gainesville man", "Cowley police station", "Mansfield residents";
- a dateline: a name in capitals that opens a paragraph before a dash ("TORRINGTON —");
- the NER tags the same name as a place elsewhere in the article.

An article uses a name in one sense (Gale, Church and Yarowsky's one sense per discourse): once a
name is a place, so are its other mentions, except inside a person's longer name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import document_casing
from newsgraph.words import words_of
from newsgraph.normalize.geonames import COUNTY, Candidate, PlaceIndex, place_key
from newsgraph.spanindex import SpanIndex

# The longest place name looked up, in tokens ("Sault Ste. Marie", "Pointe Coupee Parish").
MAX_WORDS = 4
# Words before a name that make it a place: "in Alexandria", "from Nelson", "downtown Greer".
PLACING_WORDS = {"in", "at", "near", "from", "outside", "inside", "into", "toward", "towards", "downtown",
                 "across", "throughout"}
# Placing words that put something in a place, not on the way to or from it (which people are too).
SETTING_WORDS = {"in", "at", "near", "outside", "inside", "downtown", "throughout"}
# Verbs of going whose "to" puts its object as a place ("drove to Alexandria", "moved to Lombard");
# "to" alone does not ("gave it to Jordan").
GOING_VERBS = {"go", "come", "drive", "travel", "fly", "move", "return", "head", "walk", "ride", "relocate",
               "flee", "transfer", "commute", "sail", "drift", "evacuate", "retire", "emigrate", "immigrate"}
# "University of Kentucky", "the Republic of Cyprus": bodies named after a place with "of".
NAMED_AFTER_OF = {"university", "college", "city", "town", "village", "township", "county", "state", "republic",
                  "kingdom", "commonwealth", "diocese", "archdiocese", "port", "province", "borough", "district"}
STREET_WORDS = {"street", "st", "streets", "avenue", "ave", "avenues", "road", "rd", "roads", "drive", "dr",
                "boulevard", "blvd", "lane", "ln", "way", "court", "ct", "place", "pl", "parkway", "pkwy", "pike",
                "circle", "terrace", "highway", "hwy", "trail", "alley"}
# Last words of buildings' names ("the Webb Center", "Cedar Haven Nursing Home"): a site, not a
# toponym, even where something happens at it.
BUILDING_WORDS = {"center", "centre", "school", "hospital", "church", "hall", "library", "stadium", "mall", "hotel",
                  "museum", "academy", "college", "university", "building", "tower", "cemetery", "prison", "jail",
                  "arena", "theater", "theatre", "club", "restaurant", "market", "store", "home"}
# Roads a state or county keeps, named after it ("Texas Highway 6", "Douglas County Road 4").
PUBLIC_ROAD_WORDS = {"highway", "hwy", "road", "rd"}
# Street words that are more often other words ("drive to Florida", "Ohio court", "Washington
# Place"): a street's only capitalised and closing the name.
OTHER_STREET_WORDS = {"drive", "dr", "court", "ct", "way", "place", "pl", "circle", "terrace", "trail", "pike",
                      "alley"}
# "City of Oxford", "the Village of Glen Carbon": the noun before "of" that makes a name a place.
PLACE_OF = {"city", "town", "village", "township", "borough", "county", "parish", "state", "province",
            "municipality", "hamlet", "suburb", "capital", "community", "district", "region", "port", "island",
            "enclave", "neighborhood", "neighbourhood", "settlement", "oblast", "governorate", "prefecture", "emirate"}
# Nouns after a name that make it a place: "a Gainesville man", "Hanover police", "Mansfield
# residents", "Alexandria City Council", "Rock Hill schools".
LOCAL_NOUNS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple", "family", "native",
               "natives", "resident", "residents", "police", "officials", "official", "officers", "mayor",
               "council", "city", "township", "village", "town", "county", "area", "schools", "school",
               "sheriff", "firefighters", "fire", "aldermen", "alderman", "selectmen", "commissioners",
               "neighborhood", "neighbourhood", "suburbs", "suburb", "downtown", "airport", "hospital",
               "voters", "homeowners", "home", "homes", "businesses", "chamber", "area's", "metro", "region",
               "district", "board", "library", "post", "office", "station", "high", "middle", "elementary",
               "public", "municipal", "housing", "water", "planning", "zoning", "historical", "community",
               "detectives", "deputies", "students", "taxpayers", "motorists", "jury"}
# Two words after a name that make it a place as one of LOCAL_NOUNS does ("an Alexandria grand jury",
# "Vancouver International Airport": airports take their city's name).
LOCAL_PAIRS = {("grand", "jury"), ("international", "airport"), ("regional", "airport")}
# Plural place nouns that close a list of names, and the name each makes of them.
LISTED_PLACE_NOUNS = {"counties": "County", "parishes": "Parish", "townships": "Township"}
# Titles before a name that make it a person's: "Pastor Mansfield", "Sen. Webb".
TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov", "gov.",
          "pastor", "rev", "rev.", "father", "judge", "president", "officer", "sgt", "sgt.", "lt", "lt.",
          "capt", "capt.", "coach", "mayor", "sheriff", "chief", "deputy", "detective", "attorney", "st", "st."}
# Roles the NER takes into a person's name after a place's ("Alexandria Police Spokeswoman Ashley
# Hildebrandt").
SPEAKERS = {"spokesman", "spokeswoman", "spokesperson"}
# In a text in capitals or lower case, a single word the index knows is a place name only where a
# place this large bears it (chosen on LGL in capitals: 10,000 kept more towns than it let in words).
CASELESS_POPULATION = 10_000
# Single words that name a place somewhere but are far more often something else.
NOT_NAMES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "northern", "southern", "eastern", "western",
             "god", "jesus", "christ", "earth", "heaven", "paradise", "miss", "mr", "mrs", "ms", "dr", "st", "mount",
             "vice", "human", "gulf",
             # the last word of a longer name ("Otter Creek", "Lake Valley"), alone a common noun
             "creek", "river", "lake", "park", "beach", "bay", "hill", "hills", "springs", "island", "valley", "city",
             "harbor", "harbour", "heights", "falls", "station", "village", "grove", "ridge", "point", "center",
             "centre", "junction", "forest", "mills"}
# How many times more often a one-word name must be tagged a person's than be placed to be one.
PERSON_VOTES = 3
# Parts of speech a name in lower case may be tagged with.
OPEN_CLASSES = {"PROPN", "NOUN", "ADJ", "VERB", "X"}
# The NER's labels of numbers and amounts.
NUMBER_LABELS = {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
DASHES = {"—", "–", "--", "---", "-", "―"}
PARTY_PREFIXES = {"d", "r", "i", "dfl"}  # "Clif Moore, D-McDowell": a legislator's party and home


def place_names(doc: Doc, index: PlaceIndex, *, taken: Iterable[int] = (), placed: Iterable[int] = (),
                surname: Callable[[str], bool] = lambda word: False, inside_names: bool = True,
                casing: str | None = None, bodies: Iterable[tuple[int, int]] = (),
                english: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Token spans (start, end-exclusive) of place names outside ``taken``, in text order; a name
    on the tokens ``placed`` (a place entity the index does not know as a whole: "Titus County
    Sheriff's Office") is a place; a single word that is a known person's ``surname`` ("Obama")
    is not, nor are the spans ``bodies``, names of known organisations ("Hamas", "Petrojet").
    ``casing`` is ``document_casing(doc)``, where the caller has it. Without
    ``inside_names``, a place that is only part of an organisation's name ("the Ohio Department of
    Development") is not one."""
    taken, placed, bodies = set(taken), set(placed), set(bodies)
    known = {place_key(e.text.removeprefix("the ")) for e in doc.ents if e.label_ in ("GPE", "LOC")}
    people = people_words(doc)
    # looked up by position: a long article has hundreds of names and of candidates
    people_names = SpanIndex(((e.start, e.end) for e in doc.ents if e.label_ == "PERSON"), span=lambda name: name)
    names = _names(doc, index, taken, casing or document_casing(doc), english)
    candidates = [(span, key, strong) for span, key, strong in names
                  if not _personal(span, people_names)
                  and not (len(span) == 1 and not strong and surname(span.text) and not _set_in(span))
                  and (inside_names or not _part_of_organisation(span)) and not of_a_firm(span)
                  and (strong or (span.start, span.end) not in bodies)]
    placed = {span.start for span, key, strong in candidates
              if strong or span.start in placed or words_place(span, index)}
    placed |= _coordinated(candidates, placed, taken)
    # one sense per discourse: a name placed once is a place throughout, unless people bear it
    places = {key for span, key, _ in candidates if span.start in placed or key in known} \
        - people - _mostly_people(doc, candidates, placed)
    return [(span.start, span.end) for span, key, _ in candidates if key in places or span.start in placed]


def _set_in(span: Span) -> bool:
    """Does a word before the name set something in it ("in Lombard", "near Hammond"), as it is
    written before no one's name nor a possessive ("in Obama's view")? Words of going ("from
    Obama", "to Obama") are written before people too. A language ("in English") and the first
    word of a longer name ("in Council Chambers") are not set in."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return span.start > 0 and doc[span.start - 1].lower_ in SETTING_WORDS and span[0].ent_type_ != "LANGUAGE" \
        and not (after is not None and (after.lower_ in ("'s", "’s") or _continued(after)))


def _mostly_people(doc: Doc, candidates: list[tuple[Span, str, bool]], placed: set[int]) -> set[str]:
    """Keys of one-word names the NER tags as a person's PERSON_VOTES times as often as the NER or
    the words around them make them places, twice at least ("killing Welch", "Welch went",
    "stabbed Welch", once "property from Welch"): the name is a person's in this article."""
    person, place = Counter(), Counter()
    for span, key, strong in candidates:
        if len(span) == 1 and not strong:
            if span.start in placed or span[0].ent_type_ in ("GPE", "LOC"):
                place[key] += 1
            elif span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "B" and \
                    (span.end == len(doc) or doc[span.end].ent_iob_ != "I"):
                person[key] += 1
    return {key for key, times in person.items() if times >= 2 and times > PERSON_VOTES * place[key]}


def of_a_firm(span: Span) -> bool:
    """Is the name one of a firm's partners ("Stevens & Wilkinson", "McPherson & Jacobsen LLC")?"""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "&" and doc[span.end + 1].text[:1].isupper() \
        or span.start > 1 and doc[span.start - 1].text == "&" and doc[span.start - 2].text[:1].isupper()


def _coordinated(candidates: list[tuple[Span, str, bool]], placed: set[int], toponyms: set[int]) -> set[int]:
    """Starts of names coordinated with a place ("residents in Sharon, Cornwall and Salisbury",
    "Harwinton, Bantam, Litchfield, Winsted"), along the whole list: it holds things of one kind."""
    places = {span.root.i for span, _, _ in candidates if span.start in placed} | toponyms
    found: set[int] = set()
    while True:
        more = {span.start for span, _, _ in candidates
                if span.start not in placed | found and _conjoined(span.root, places)}
        if not more:
            return found
        found |= more
        places |= {span.root.i for span, _, _ in candidates if span.start in more}


def _conjoined(token: Token, places: set[int]) -> bool:
    return token.dep_ == "conj" and token.head.i in places \
        or any(child.dep_ == "conj" and child.i in places for child in token.children)


def people_words(doc: Doc) -> set[str]:
    """Keys of the words of people's names of two words or more ("Jim Ripley": "ripley"), less what
    the NER takes in before a title ("Huntsville Fire Chief Tom Grisham": "tom", "grisham"), and
    of names with a middle initial whatever the NER's label ("Tyrise M. Bell")."""
    found = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.lower_ in ("of", "from", "-") for t in ent):
            words = [t for t in ent if t.is_alpha]
            named = next((n for n in range(len(words), 0, -1) if _is_title(words[n - 1])), 0)
            if len(words) - named > 1 or not named:
                found.update(place_key(t.text) for t in words[named:])
    texts = words_of(doc).text
    for token in (doc[i] for i in range(1, len(doc) - 1) if len(texts[i]) == 2 and texts[i][1] == "."):
        if token.text[0].isupper() and token.nbor(-1).is_title and token.nbor(1).is_title:
            found.update((place_key(token.nbor(-1).text), place_key(token.nbor(1).text)))
    return found


def widest_name(doc: Doc, start: int, end: int, index: PlaceIndex) -> tuple[int, int]:
    """The longest name around tokens start:end the index knows as one place ("New London",
    "Madison County", "Mount Washington" around a city's name, "North America" and "the Gulf of
    Mexico" around a country's), else start:end."""
    best, size = (start, end), end - start
    for before in range(0, MAX_WORDS - size + 1):
        for after in range(0, MAX_WORDS - size - before + 1):
            first, last = start - before, end + after
            if not (before or after) or first < 0 or last > len(doc) or last - first <= best[1] - best[0]:
                continue
            wider = doc[first:last]
            if (all(map(_name_word, wider)) and _index_knows(wider.text, index) or _water_of(wider, index)) \
                    and not _other_name_of(wider.text, doc[start:end].text, index):
                best = (first, last)
    return best


def _water_of(span: Span, index: PlaceIndex) -> bool:
    """Is the span a sea's or a gulf's name that holds "of" ("the Gulf of Mexico", "the Bay of
    Bengal"), not the country's or town's inside it?"""
    return index.continent(span.text) is not None and all(
        _name_word(t) or t.lower_ == "of" and span.start < t.i < span.end - 1 for t in span)


def _other_name_of(wide: str, narrow: str, index: PlaceIndex) -> bool:
    """Does the wider name only name, by another of its names, a place the narrower one names
    ("Dublin City" of "Dublin City Council" is Dublin, Ireland's, but so is "Dublin"; "New York
    City" is the city's own name)? The wider name would then settle a name the article leaves open."""
    found = index.cities(wide)
    return bool(found) and not (index.state(wide) or index.regions_named(wide) or index.continent(wide)) \
        and all(place_key(c.name) != place_key(wide) for c in found) and set(found) <= set(index.cities(narrow))


def _index_knows(text: str, index: PlaceIndex) -> bool:
    """A place of its own: a state, region, town or continent ("North America" around "America")."""
    return bool(index.state(text) or index.regions_named(text) or index.cities(text) or index.continent(text))


def _names(doc: Doc, index: PlaceIndex, taken: set[int], casing: str,
           english: Container[str] = frozenset()) -> list[tuple[Span, str, bool]]:
    """Longest spans of capitalised words that name a place the index knows, with their key and
    whether the name alone makes them a place (a US state, county or parish)."""
    found = []
    caseless, lower = casing != "mixed", casing == "lower"
    # how many name words run from each token on (0 where it is none, or taken)
    run = [0] * (len(doc) + 1)
    texts = words_of(doc).text
    for i in range(len(doc) - 1, -1, -1):  # in mixed case, a name word is capitalised: most words, cheaply
        if i not in taken and (lower or texts[i][:1].isupper()) and _name_word(doc[i], lower):
            run[i] = run[i + 1] + 1
    i = 0
    while i < len(doc):
        hit = None
        if run[i] and _may_start(doc[i], lower):
            for length in range(min(MAX_WORDS, run[i]), 0, -1):
                span = doc[i:i + length]
                if (kind := _known(span, index, caseless, english)) is not None:
                    hit = (span, place_key(span.text), kind)
                    break
        if hit:
            found.append(hit)
            i = hit[0].end
        else:
            i += 1
    return found


def _part_of_organisation(span: Span) -> bool:
    """Is the name part of a longer organisation's name ("Alexandria Police Department"), not all of
    it ("the Hanover", tagged as one)?"""
    if span[0].ent_type_ != "ORG":
        return False
    doc = span.doc
    first, last = span.start, span.start  # the entity around it, by its tokens' IOB tags
    while doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    start = first + (doc[first].lower_ == "the")
    end = last + 1 - (doc[last].text in ("'s", "’s"))
    return (span.start, span.end) != (start, end)


def _may_start(token: Token, lower: bool = False) -> bool:
    """Can a place name start here: outside a name of another kind, or where a place starts in it
    ("Alexandria Police Department", "University of Kentucky", "Athens-Clarke", a placing word's
    town the NER took in: "St. John's Lutheran School in Lombard")? In a text in ``lower`` case, a
    word the NER takes for a number's that is none ("moored in hammond": ORDINAL) is no number."""
    if lower and token.ent_type_ in NUMBER_LABELS and not token.like_num:
        return True
    # the NER takes a town for a language or a work as well ("the port of Odesa": LANGUAGE;
    # "Odesa and Kyiv": WORK_OF_ART); not for a people's, a date's or a number's word
    if token.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "FAC", "EVENT", "LANGUAGE", "WORK_OF_ART", "PRODUCT", ""):
        if token.ent_iob_ != "I":
            return True
        before = token.doc[token.i - 1]
        if before.lower_ == "of":  # "University of Kentucky", not "Chamber of Commerce"
            return token.i > 1 and token.doc[token.i - 2].lower_ in NAMED_AFTER_OF
        return before.lower_ in ("-", "the") or before.lower_ in PLACING_WORDS or before.is_punct
    return False


def _known(span: Span, index: PlaceIndex, caseless: bool, english: Container[str] = frozenset()) -> bool | None:
    """True for a name that is a place by itself, False for one the index knows that may be
    something else ("Lincoln", "Mansfield"), None for a name it does not know or that is mostly
    an ordinary word ("North", "May"). ``english``: the model's lexicon, where the caller has it."""
    text = span.text
    if text.isupper() and len(text) > 3:
        text = text.title()  # "MANSFIELD", "FALLS VILLAGE": datelines
    key = place_key(text)
    if index.abbreviated(span.text):
        return True  # "NSW", "Toronto, Ont."
    if caseless and len(span) == 1 and "." not in text and span.end < len(span.doc) \
            and span.doc[span.end].text == "." and index.state(text) is not None:
        text += "."  # "bethel, vt." split as "vt" and "." in lower case: an abbreviation
    if len(span) == 1 and (key in NOT_NAMES or text.isupper() and len(text) <= 3 or caseless and len(text) <= 2):
        return None  # "North", "May"; "PA officials", "UN": acronyms; "pa", "la" in lower case
    if names_street(span, index):
        return None  # "Darby Street", "North avenues": a street, not the town
    if len(span) == 1 and len(text) <= 3 and span.end + 1 < len(span.doc) and _continued(span.doc[span.end]):
        return None  # "Abu Shok", "Al-Fashir", "Bab el-Oued": the first word of a longer name
    state = index.state(text)
    if state is not None and (place_key(state.name) == key or "." in text and (
            _after_comma(span) or text.count(".") > 1 or _after_party(span))):
        # "Texas"; "Ga." only in "Albany, Ga." or "D-Ga.": "Miss", "PA" are other words too; "S.C.",
        # "N.D." are no other words ("the S.C. Highway Patrol")
        return True
    regions = index.regions_named(text)
    if any(r.kind == COUNTY and place_key(r.name) == key for r in regions):
        return True
    if (noun := listed_before(span)) is not None and index.regions_named(f"{text} {noun}"):
        return True  # "Oconee" of "Walton and Oconee counties"
    if index.continent(text) is not None and not (caseless and len(span) == 1):
        # "the black sea", "south ossetia" in lower case too; "pacific", "baltic" there are words
        return len(span) > 1
    places = regions + index.cities(text)
    if caseless and len(span) == 1 and max((p.population for p in places), default=0) < CASELESS_POPULATION \
            and (not english or key in english or span[0].lemma_.lower() in english):
        # "MANY", "LEAD", "SPRING": in capitals, ordinary words and small towns look alike; a word
        # that is no English word ("chiefland") is a name, a place where words put it as one
        return None
    if caseless and index.ordinary(text):
        return None  # "home", "mobile", "police": in lower case, words more often than places
    return False if places else None


def _continued(token: Token) -> bool:
    """Does a name go on with this token: a hyphen, a particle ("el", "al") or a capitalised word?"""
    return token.text in ("-", "–") or token.lower_ in ("el", "al", "ed", "es", "ash", "ad") \
        or token.text[:1].isupper() and token.is_alpha


def _after_party(span: Span) -> bool:
    """Does the name follow a legislator's party ("D-Ga.", "R-N.D.")?"""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text in ("-", "–") and doc[span.start - 2].lower_ in PARTY_PREFIXES


def _after_comma(span: Span) -> bool:
    return span.start > 1 and span.doc[span.start - 1].text == ","


def _name_word(token: Token, lower: bool = False) -> bool:
    """A capitalised word the tagger takes for a proper noun, or any word of a dateline in capitals
    ("FALLS VILLAGE"): "Many area cities" and "Police officials" open sentences. In a text in lower
    case, a word the tagger or the NER takes for a name, or any word of an open class: the tagger
    takes many names in lower case for nouns ("in mansfield", "of grovetown"); the place index's
    ordinary words ("home", "time") are left out after."""
    if lower:
        if "." in token.text and token.text.replace(".", "").isalpha() and len(token.text) <= 5:
            return True  # "d.c.", "n.c.": the tagger takes abbreviations in lower case for anything
        # not an article or another function word the NER takes into a name ("the florida association")
        return (token.is_alpha or token.text.replace(".", "").isalpha()) and (
            token.pos_ == "PROPN" or not token.is_stop and (token.ent_type_ != "" or token.pos_ in OPEN_CLASSES))
    return token.text[:1].isupper() and (token.is_alpha or token.text.replace(".", "").isalpha()) \
        and (token.pos_ in ("PROPN", "") or token.is_upper and len(token.text) > 3)


def words_place(span: Span, index: PlaceIndex) -> bool:
    """Do the words around the name make it a place?"""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in PLACING_WORDS
                               or before.lower_ == "to" and before.head.lemma_.lower() in GOING_VERBS):
        return True
    if before is not None and before.lower_ == "of" and span.start > 1 \
            and (doc[span.start - 2].lower_ in PLACE_OF or doc[span.start - 2].text == ","
                 or after is not None and after.text in (",", ";")):
        return True  # "City of Oxford", "Steven Sachs of Alexandria, was", "said Amstutz, of Wooster."
    if after is not None and after.text in ("-", "–") and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ == "based":
        return True  # "Northbrook-based Crate & Barrel"
    if before is not None and before.text in ("-", "–") and span.start > 1 \
            and doc[span.start - 2].lower_ in PARTY_PREFIXES:
        return True  # "R-Marshall"
    if local_noun_after(span):
        return True
    if listed_before(span) is not None:
        return True  # "Barrow, Jackson and Madison counties"
    if state_after(span, index) is not None:
        return True  # "Norman, Okla."
    return _dateline(span)


def local_noun_after(span: Span) -> bool:
    """Is the name followed by a noun of a place's own people or bodies ("Hanover police", "an
    Alexandria grand jury", "Vancouver International Airport")?"""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end].lower_
    return after in LOCAL_NOUNS or span.end + 1 < len(doc) and (after, doc[span.end + 1].lower_) in LOCAL_PAIRS


def listed_before(span: Span) -> str | None:
    """"County" or "Parish" where the name is one of a list that a plural of it closes ("Walton and
    Oconee counties", "Barrow, Jackson and Madison counties"), else None."""
    noun = _list_noun(span)
    return LISTED_PLACE_NOUNS.get(noun) if noun else None


def _list_noun(span: Span) -> str | None:
    """The lower-cased word after the list of names the name opens or is in ("Walton and Oconee
    counties", "Lakeview and Harrison streets"), or after the name itself, if any."""
    doc = span.doc
    words = words_of(doc)
    for i in range(span.end, min(len(doc), span.end + 12)):
        word, text = words.lower[i], words.text[i]
        if word in LISTED_PLACE_NOUNS or word in STREET_WORDS \
                or not (text[:1].isupper() and _name_word(doc[i]) or text == "," or word in ("and", "or")):
            return word  # the plural may be capitalised too ("Walton and Oconee Counties")
    return None


def names_street(span: Span, index: PlaceIndex) -> bool:
    """Is the place name part of a street's ("6016 Dublin Road", "Memphis St.", "Lakeview and
    Harrison streets")? Not a state's or county's before its road ("Texas Highway 6", "Douglas
    County Road 4"), nor a name before a verb or noun that is also a street word ("drive to
    Florida", "Kentucky Court of Appeals") unless the word is of a street."""
    doc = span.doc
    if len(span) > 1 and span[-1].is_title and span[-1].lower_.rstrip(".") in STREET_WORDS - OTHER_STREET_WORDS:
        return True  # "North Street", "West Broad Street": a name of its own, a street's
    if span[-1].tag_ == "POS" or span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "Boone County's roads": the place's own roads
    if span.end < len(doc) and doc[span.end].lower_.rstrip(".") in STREET_WORDS:
        word = doc[span.end]
        if word.lower_.rstrip(".") in OTHER_STREET_WORDS and not (word.is_title and _street_follows(word)):
            return False
        following = word.lower_.rstrip(".")
    else:  # a list the plural closes ("Lakeview and Harrison streets"), not "Bradford, Ontario court"
        noun = _list_noun(span) or ""
        following = noun[:-1] if noun.endswith("s") else ""
    if following not in STREET_WORDS:
        return False
    return not (following in PUBLIC_ROAD_WORDS and (index.state(span.text) is not None
                                                   or span[-1].lower_ in ("county", "parish")))


def _street_follows(word: Token) -> bool:
    """Does the capitalised street word close a street's name: not "Court of Appeals", "Court
    Square", "Way Forward"?"""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is None or not (after.lower_ == "of" or after.text[:1].isupper() and after.is_alpha)


def state_after(span: Span, index: PlaceIndex) -> Candidate | None:
    """The US state written after a comma right after the name ("Norman, Okla.", "Springfield,
    Illinois"), if any."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        for length in (3, 2, 1):
            following = doc[span.end + 1:span.end + 1 + length]
            if len(following) == length and (state := index.state(following.text)) is not None:
                return state
    return None


def _dateline(span: Span) -> bool:
    """"TORRINGTON — A fire destroyed": a name in capitals that opens a paragraph or the text,
    or follows the headline, before a dash."""
    doc = span.doc
    if not span.text.isupper() or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.text not in DASHES and not after.is_space:
        return False
    return span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].is_punct \
        or doc[span.start].is_sent_start


def _personal(span: Span, people: SpanIndex[tuple[int, int]]) -> bool:
    """Is the name part of a person's name ("Terry McAuliffe", "Pastor Mansfield")? ``people``: the
    spans of the NER's PERSON entities."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in TITLES and doc[span.start - 1].text[:1].isupper():
        return True
    person = next(((start, end) for start, end in people.around(span.start, span.end)
                   if start <= span.start and span.end <= end), None)
    if person is None or person[0] == span.start and (person[1] == span.end or _is_title(doc[span.end])):
        return False  # "Rock Hill City Manager Carey Smith", "Glen Carbon's": not a person's name
    return not any(t.lower_ in ("of", "from", "-") for t in doc[person[0]:span.start])


def _is_title(token: Token) -> bool:
    return token.lower_ in LOCAL_NOUNS or token.lower_ in TITLES or token.lower_ in SPEAKERS \
        or token.text in ("'s", "’s")
