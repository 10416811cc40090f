"""From mentions to actors: names clustered, nominals, pronouns and groups linked to them.

The order matters and is fixed: named people first (full names, then surnames and first names
linked to them), organisations and countries, then nominals ("the DPRK leader") matched to the
people they describe, then a left-to-right pass for pronouns and groups, which need to know who
was salient at their point in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.actors.gazetteer import (GENERIC_SECTOR, Gazetteer, GazetteerMatch, Organisation, country_positions,
                                        document_casing, token_key)
from newsgraph.actors.mentions import (DESCRIPTIONS, HARDWARE, MEDIA_SECTOR, MISSIONS, NON_STATE, PERSON_ROLES,
                                       PLACE_NOUNS, Mention, armed_act, counted, find_collectives, find_descriptions,
                                       find_groups, find_names, find_nominals, find_pronouns, for_or_against,
                                       group_word, informant, media_named, name_words, personal_body)
from newsgraph.actors.titles import MAX_TITLE_WORDS, Evidence, combine, evidence, title_spans
from newsgraph.records import Actor, Span
from newsgraph.spanindex import SpanIndex

# Title words that mark a head of state or party leader, the referent of "the X leader".
HEAD_OF_STATE_WORDS = ("president", "leader", "general secretary", "chairman", "premier",
                       "prime minister", "king", "emir", "supreme leader", "head of state")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod")
# Nouns for a body of a country's state or society, which the country's possessive qualifies
# ("Tanzania's immigration department") and does not act beside.
BODY_NOUNS = {"department", "agency", "office", "bureau", "commission", "council", "committee", "service",
              "firm", "mission", "team", "side", "delegation", "embassy", "party", "company"}
# Entity labels of places: a country word on one places it ("the Tanzanian capital Dar-es-Salaam").
PLACE_ENTITIES = ("GPE", "LOC")
# Prepositions whose object is where an act goes or whom it is done to ("cut aid to Rwanda",
# "sanctions on Iran", "fought against Chad"): a country named there is not the doer's own.
DESTINATION_PREPOSITIONS = frozenset({"to", "toward", "towards", "into", "against", "on", "onto"})
# Pronouns of the third person for one person: never the speaker of the quoted words they are in.
THIRD_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
# How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW_SENTENCES = 2
# CAMEO's codes for international bodies: a title in one of them codes its holder, whatever their
# nationality.
INTERNATIONAL_CODES = ("IGO", "NGO")
# Acts that move a group out of a place: "forces from Panama" in them is where they leave.
LEAVING = {"withdrawal", "withdraw", "pullout", "pull", "evacuation", "evacuate", "departure", "depart",
           "expulsion", "expel", "removal", "remove", "redeployment", "redeploy", "recall", "retreat"}
# Sectors of the bodies of a state, which speak from their own country about others.
STATE_BODY_SECTORS = ("GOV", "LEG", "JUD")
# Sectors of a country's people at large ("its people", "their citizens"), not of what it acts with.
CIVILIAN_SECTORS = ("PPL", "CVL")
# Acts whose object is the subject's own forces ("sent troops", "mobilized reservists").
MOVING = LEAVING | {"send", "deploy", "dispatch", "mobilize", "mobilise", "contribute", "offer", "commit",
                    "station", "move", "rush", "post", "airlift", "mass", "reinforce"}
# Verbs of saying and telling: a possessive in their complement clause is their subject's ("Kim told
# the minister that his country will stand by Russia").
REPORTING_VERBS = {"say", "tell", "assure", "inform", "promise", "pledge", "warn", "insist", "stress", "add",
                   "announce", "declare", "state", "explain", "note", "claim", "reiterate", "emphasize",
                   "emphasise", "affirm", "confirm", "vow", "write", "remind", "acknowledge", "argue", "admit",
                   "reply", "respond", "suggest", "urge", "agree", "recall", "report", "testify"}
# How often, and how many times more than any other, a story must name a country for its unknown
# people to be taken as that country's.
STORY_MENTIONS, STORY_LEAD = 3, 2
DOMESTIC_BODY_WORDS = {"party", "union", "front", "movement", "coalition", "alliance", "congress", "league",
                       "bloc", "opposition"}


@dataclass(frozen=True, slots=True)
class LinkedMention:
    start: int  # token indices, end-exclusive
    end: int
    kind: str  # name, nominal, pronoun, group
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorAnalysis:
    """The actors of one Doc and, for each mention, which actors it stands for."""

    actors: tuple[Actor, ...]
    mentions: tuple[LinkedMention, ...]
    matches: tuple[GazetteerMatch, ...] = ()  # what the gazetteer found in the Doc, for later stages
    # token index → country code, for the words of country forms ("Indian", "Israel's"); from
    # ``matches`` where not given
    country_words: dict[int, str] | None = field(default=None, repr=False, compare=False)
    # the country the story is told from: its dateline's, else the one it names most; for actors
    # an act implies that nothing in its sentence places ("were arrested": that country's police)
    home_country: str | None = None
    _by_token: dict[int, LinkedMention] = field(init=False, repr=False, compare=False)
    _in_order: list[LinkedMention] = field(init=False, repr=False, compare=False)
    _starts: list[int] = field(init=False, repr=False, compare=False)
    _by_id: dict[str, Actor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Stages ask "who is at this token?" for every token, and "who is named in this sentence?"
        # for every act: index the mentions once, as a long document has thousands.
        index: dict[int, LinkedMention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                index.setdefault(i, mention)
        object.__setattr__(self, "_by_token", index)
        in_order = sorted(self.mentions, key=lambda m: m.start)
        object.__setattr__(self, "_in_order", in_order)
        object.__setattr__(self, "_starts", [m.start for m in in_order])
        object.__setattr__(self, "_by_id", {a.id: a for a in self.actors})
        if self.country_words is None:
            object.__setattr__(self, "country_words", country_positions(self.matches))

    def mention_at(self, token_index: int) -> LinkedMention | None:
        return self._by_token.get(token_index)

    def actors_at(self, token_index: int) -> tuple[str, ...]:
        mention = self.mention_at(token_index)
        return mention.actors if mention else ()

    def mentions_in(self, start: int, end: int) -> list[LinkedMention]:
        """The mentions that start at a token from ``start`` to ``end`` (exclusive), in text order."""
        return self._in_order[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def actor(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]


@dataclass
class _Entity:
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    titles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    name_words: set[str] = field(default_factory=set)
    known: Organisation | None = None  # the dictionary's person a surname stands for
    namesakes_country: str | None = None  # the country most known bearers of its surname share

    def first(self) -> int:
        return min(m.start for m in self.mentions)


class _Resolver:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, published: date | None = None,
                 dateline: str | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.published = published
        self.matches: list[GazetteerMatch] = gazetteer.match(doc, day=published)
        self.country_words = country_positions(self.matches)
        self.entities: list[_Entity] = []
        self.links: dict[tuple[int, int], list[_Entity]] = {}
        self._links_by_position: SpanIndex[tuple[int, int]] = SpanIndex(span=lambda key: key)
        self._mentions_from: dict[tuple[int, int], list[Mention]] = {}  # by id(entity), start
        self._starts_of: dict[int, list[int]] = {}  # by id(entity): where its mentions start, in order
        self.title_tokens: set[int] = set()
        self._sentence_starts: list[int] | None = None
        self._lead_country: str | None = None  # "" once found to be none
        self._people_country: str | None = None  # "" once found to be none
        self.dateline_country = gazetteer.dateline_country(dateline) if dateline else None
        self.matches = [m for m in self.matches if not self._out_of_place(m)]
        self._matches_by_position = SpanIndex(self.matches, span=lambda m: (m.start, m.end))

    def run(self) -> ActorAnalysis:
        names = find_names(self.doc, self.gazetteer, self.matches)
        self._people(names)
        self._organisations_and_countries(names)
        self._nominals(find_nominals(self.doc, names))
        self._collectives(find_collectives(self.doc, self.gazetteer, self._linked_tokens(), self.country_words))
        self._pronouns_and_groups(find_pronouns(self.doc), [*find_groups(self.doc), *find_descriptions(self.doc)])
        return self._analysis()

    def _out_of_place(self, match: GazetteerMatch) -> bool:
        """Is a local form, one that names a body only in a story of its own country ("Republican",
        "Democrats", "GOP": the American parties; "PAC", "RAF": India's armed police), used of
        something else: a word of a longer name ("Liberal Democrats", "Republican Guard",
        "Conservative Solutions PAC"), a party's word qualifying a thing ("the Democratic
        convention", not "Republican Sen. John McCain" or "Republican lawmakers"), or a word in a
        story whose dateline or most named country is another country's?"""
        body = match.organisation
        if body is None or body.country is None or \
                tuple(token_key(t.text) for t in self.doc[match.start:match.end]) not in self.gazetteer.local_forms:
            return False
        word = self.doc[match.end - 1]
        if word.ent_type_ and word.ent_type_ not in ("NORP", "DATE") and _entity_length(word) > match.end - match.start \
                or any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < match.start for t in word.lefts):
            return True  # "Liberal Democrats", "Conservative Solutions PAC"
        head = word.head
        if body.sector == "PTY" and word.dep_ in ("amod", "compound") and head.i > word.i \
                and not self._actor_word(head) and not self._acronym(word):
            return True
        context = self.dateline_country or self._article_country()
        return context is not None and context != body.country

    def _acronym(self, word: Token) -> bool:
        """Is the word a body's initials in a text written in both cases ("DNC", "GOP")? Unlike
        "Democratic", they name the body wherever they stand: "the DNC emails", and "DNC issues
        apology" in a headline, which the parser reads as a noun phrase."""
        return len(word.text) > 1 and word.text.isupper() and document_casing(self.doc) == "mixed"

    # -- people -------------------------------------------------------------------------------
    def _people(self, names: list[Mention]) -> None:
        people = [m for m in names if m.label == "PERSON"]
        full = [m for m in people if len(_name_words(self.doc, m)) > 1 or m.organisation]
        by_name: dict[str, _Entity] = {}
        for entity in self.entities:
            if entity.kind == "person":
                by_name.setdefault(entity.name, entity)
        for mention in full:
            words = _name_words(self.doc, mention)
            key = mention.organisation.name if mention.organisation else " ".join(words)
            entity = by_name.get(key)
            if entity is None:
                entity = by_name[key] = _Entity(key, "person", name_words=set(words))
                self.entities.append(entity)
            self._link(mention, entity)
        named_in_full = set(full)
        for mention in people:
            if mention in named_in_full:
                continue
            word = " ".join(_name_words(self.doc, mention))
            entity = self._person_with_word(word, mention.start) or self._titled_known_person(word, mention)
            if entity is None:
                entity = _Entity(word, "person", name_words={word})
                self.entities.append(entity)
            self._link(mention, entity)
        for entity in self.entities:
            for mention in entity.mentions:
                self._add_titles(entity, mention)
            organisation = entity.known or (entity.mentions[0].organisation if entity.mentions else None)
            # a title's country outranks the dictionary's: "Irish Senator Brendan O'Connor" is not
            # the Australian minister of that name
            if organisation is not None and not _other_country(entity.evidence, organisation.country):
                entity.evidence.insert(0, Evidence(organisation.country, organisation.sector))
            if entity.namesakes_country:
                entity.evidence.append(Evidence(entity.namesakes_country))

    def _titled_known_person(self, word: str, mention: Mention) -> _Entity | None:
        """"President Bouteflika", named first by title and surname: the one known person with
        that surname, if only one has it (a bare surname is too often someone else's)."""
        known = self.gazetteer.person_by_surname(word)
        known = known.on(self.published) if known else None
        titles = title_spans(self.doc, mention.start, mention.end, self.gazetteer, self._matches_near(mention))
        if not titles:
            return None
        if known is not None and _other_country([evidence(s, self.gazetteer, self._matches_around(s)) for s in titles],
                                                known.country):
            return None  # "Irish President Michael": not Debretsion Gebre Michael of Ethiopia
        if known is None:
            # several known people bear it; most of them may still share a country, a weaker
            # word than any title's, so it comes after them ("President Bush": USA)
            country = self.gazetteer.country_by_surname(word)
            if country is None:
                return None
            entity = _Entity(word, "person", name_words={word}, namesakes_country=country)
            self.entities.append(entity)
            return entity
        entity = next((e for e in self.entities if e.kind == "person" and e.name == known.name), None)
        if entity is None:
            entity = _Entity(known.name, "person", name_words={word, *known.name.split()}, known=known)
            self.entities.append(entity)
        return entity

    def _person_with_word(self, word: str, position: int) -> _Entity | None:
        candidates = [e for e in self.entities if e.kind == "person" and word in e.name_words]
        before = [e for e in candidates if self._last_start_before(e, position) >= 0]
        pool = before or candidates
        return max(pool, key=lambda e: self._last_start_before(e, position), default=None)

    def _add_titles(self, entity: _Entity, mention: Mention) -> None:
        for span in title_spans(self.doc, mention.start, mention.end, self.gazetteer, self._matches_near(mention)):
            self.title_tokens.update(range(span.start, span.end))
            text = span.text
            if text not in entity.titles:
                entity.titles.append(text)
                entity.evidence.append(evidence(span, self.gazetteer, self._matches_around(span)))

    # -- organisations and countries ---------------------------------------------------------
    def _organisations_and_countries(self, names: list[Mention]) -> None:
        for mention in names:
            if mention.label == "PERSON" or self._in_title(mention):
                continue
            if mention.organisation and mention.organisation.kind == "country":
                self._country(mention.organisation.code[:3], mention)
            elif mention.organisation or mention.label == "ORG":
                self._organisation(mention)
            elif mention.country and mention.country.kind in ("canonical", "name", "alias", "capital"):
                if self._as_actor(mention):
                    self._country(mention.country.code, mention)
            elif mention.country and mention.country.kind in ("region", "city") and self._as_actor(mention):
                self._place_actor(mention)

    def _organisation(self, mention: Mention) -> None:
        span = mention.span(self.doc)
        if mention.organisation:
            key = mention.organisation.name
            found = Evidence(mention.organisation.country, mention.organisation.sector)
            known = mention.organisation.country
            if known and known not in INTERNATIONAL_CODES:
                # "Pakistan's Senate", "the Ivory Coast's Supreme Court": that country's, not the
                # American body the dictionary means by the bare name; and so is "the Supreme Court"
                # of an article about India that never names the United States
                country = self._qualifying_country(mention) or (
                    self._context_country(mention, sector=found.sector) if self.gazetteer.generic(key.split())
                    and known not in self.country_words.values() else None)
                if country and country != known:
                    key = f"{key} ({self.gazetteer.country_name(country)})"
                    found = Evidence(country, mention.organisation.sector)
        else:
            key = _normalise(span.text)
            found = evidence(span, self.gazetteer, self._matches_around(span))
            if found == Evidence(None, None) and self._names_a_group_of_its_own(span):
                return
            if found.sector is None and media_named(span):
                found = Evidence(found.country, MEDIA_SECTOR)  # "the Dawn newspaper", "Al-Manar television"
            # "India's defence ministry", or "the Defence Ministry" of an article about India: one
            # country's body, not another's of the same name
            country = None if found.country else self._qualifying_country(mention) or (
                self._context_country(mention, sector=found.sector) if found.sector and self.gazetteer.generic(key.split())
                else None)
            if country:
                key = f"{key} ({self.gazetteer.country_name(country)})"
                found = Evidence(country, found.sector)
        entity = next((e for e in self.entities if e.kind == "organisation" and
                       (e.name == key or key in e.name_words)), None)
        if entity is None:
            entity = _Entity(key, "organisation", name_words={key})
            entity.evidence.append(found)
            self.entities.append(entity)
        acronym = self._acronym_after(mention)
        if acronym:
            entity.name_words.add(acronym)
        self._link(mention, entity)

    def _names_a_group_of_its_own(self, span: SpacySpan) -> bool:
        """Does a name nothing known places qualify the people after it ("shona rebels", "akk
        officials")? The group is the actor, as it is of "Shona rebels", which the NER calls a people;
        not of "the Reforma newspaper", where the name is the outlet's."""
        root = span.root
        return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end \
            and root.head.tag_ in ("NNS", "NNPS") and group_word(root.head, self.gazetteer)

    def _place_actor(self, mention: Mention) -> None:
        """A region or city named as an actor ("Crimea rejected the vote", "Tigray said", "shelled
        Kharkiv"): its authorities or people, an actor of the place's country."""
        name = _normalise(mention.span(self.doc).text)
        entity = next((e for e in self.entities if e.kind == "organisation" and e.name == name), None)
        if entity is None:
            entity = _Entity(name, "organisation", name_words={name}, evidence=[Evidence(mention.country.code)])
            self.entities.append(entity)
        self._link(mention, entity)

    def _qualifying_country(self, mention: Mention) -> str | None:
        """The country whose name or adjective qualifies a name ("Pakistan's Senate")."""
        root = mention.span(self.doc).root
        return next((self.country_words[t.i] for t in root.children
                     if t.dep_ in ("poss", "amod", "compound", "nmod") and t.i < mention.start
                     and t.i in self.country_words), None)

    def _acronym_after(self, mention: Mention) -> str | None:
        doc = self.doc
        if mention.end + 2 < len(doc) and doc[mention.end].text == "(" and doc[mention.end + 2].text == ")":
            candidate = doc[mention.end + 1].text
            if candidate.isupper() and len(candidate) >= 2:
                return candidate
        return None

    def _country(self, code: str, mention: Mention | None) -> _Entity:
        entity = next((e for e in self.entities if e.kind == "country" and e.country == code), None)
        if entity is None:
            entity = _Entity(self.gazetteer.country_name(code), "country", country=code)
            self.entities.append(entity)
        if mention is not None:
            self._link(mention, entity)
        return entity

    def _as_actor(self, mention: Mention) -> bool:
        """Is a country name used as an actor, rather than as a modifier or a place?"""
        root = mention.span(self.doc).root
        if root.dep_ == "poss" and not self._owns_an_actor(root):
            return True  # "Serbia's suppression of unrest", "Japan's decision": Serbia acts
        if root.dep_ in MODIFIER_DEPS:
            return False
        return not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "from", "into", "near"))

    def _owns_an_actor(self, possessor: Token) -> bool:
        """Is what a possessive names an actor of its own, whose country the possessor gives
        ("Pakistan's Senate", "Iraq's foreign minister", "India's police"), or one of the nouns
        it is conjoined with ("Tanzania's criminal investigation and immigration departments"), or
        a place of the country ("Russia's Kursk region": the places stage's)?"""
        return any(head.pos_ == "PROPN" or bool(head.ent_type_) or head.lemma_.lower() in BODY_NOUNS | PLACE_NOUNS
                   or self._actor_word(head) for head in (possessor.head, *possessor.head.conjuncts))

    def _actor_word(self, token: Token) -> bool:
        """Does the word name a person, a role or a group ("Trump", "leader", "officials")?"""
        return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_ROLES or group_word(token, self.gazetteer)

    def _in_title(self, mention: Mention) -> bool:
        return any(i in self.title_tokens for i in range(mention.start, mention.end))

    # -- nominals -----------------------------------------------------------------------------
    def _nominals(self, nominals: list[Mention]) -> None:
        for mention in nominals:
            if self._in_title(mention) or (mention.start, mention.end) in self.links:
                continue
            span = mention.span(self.doc)
            found = evidence(span, self.gazetteer, self._matches_around(span))
            if span[0].lower_ in ("a", "an"):  # "a Jordanian official", "a spokesman": someone new, unnamed
                if found.country or not _predicative(span.root):
                    entity = _Entity(_normalise(span.text), "person", evidence=[found])
                    self.entities.append(entity)
                    self._link(mention, entity)
                continue
            entity = self._person_for_role(span.root, found, mention.start)
            if entity is None:
                entity = _Entity(_normalise(span.text), "person", evidence=[found])
                self.entities.append(entity)
            else:
                entity.evidence.append(found)
            self._link(mention, entity)

    # -- collectives ---------------------------------------------------------------------------
    def _linked_tokens(self) -> set[int]:
        return {i for start, end in self.links for i in range(start, end)}

    def _collectives(self, collectives: list[Mention]) -> None:
        """Groups by sector and country: "Hungarian and Romanian officials" are two actors,
        Hungary's officials and Romania's; an organisation named inside ("servicemen of the
        Korean People's Army") is the actor itself, and one beside a country ("British and European
        Union negotiators") is one of the two."""
        for mention in collectives:
            if self._in_title(mention) or (mention.start, mention.end) in self.links:
                continue
            span = mention.span(self.doc)
            head = span.root
            inside = [m for m in self._matches_by_position.around(mention.start, mention.end)
                      if mention.start <= m.start and m.end <= mention.end]
            bodies = [m for m in inside if m.organisation and m.organisation.kind == "organisation"]
            peoples = [m for m in inside if m.country and not for_or_against(self.doc[m.start])]
            if bodies and not (peoples and any(t.dep_ == "cc" for t in span)):
                continue  # the organisation's own mention already stands for it
            if personal_body(head):
                self._personal_body(mention, head)
                continue
            if any(m.start <= head.i < m.end for m in peoples) and len(peoples) > 1:
                # "Bosnian Serbs", "Iraqi Kurds": a people in the country the adjective names
                peoples = [m for m in peoples if not m.start <= head.i < m.end]
            countries = list(dict.fromkeys(m.country.code for m in peoples)) or self._owners_country(mention)
            ethnic = any(t.lower_ == "ethnic" for t in span)
            if ethnic:
                countries = []  # "ethnic Albanians in Serbia": a minority, of the country they live in
            armed = head.lemma_.lower() in HARDWARE or armed_act(head)
            sector = self.gazetteer.sector_of_people(span[:head.i + 1 - span.start]) or ("MIL" if armed else None)
            if sector == GENERIC_SECTOR:
                sector = self._body_sector(span, head) or sector
            if not countries and head.lemma_.lower() in MISSIONS:
                # "the embassy", "the embassy in Tanzania": a mission named before, whose country
                # is the one sending it, never the one it is in; none named before, no actor
                if (named := self._mission_named_before(mention.start)) is not None:
                    self._link(mention, named)
                continue
            if not countries and (located := self._located_country(head)):
                countries = [located]  # "demonstrators in Baghdad", "opposition groups in Zimbabwe"
            # "Leaders of the Azadliq opposition coalition agreed to postpone the demonstration in
            # Baku": whose leaders the text does not know, in a sentence about one country
            # "sources", "witnesses", "two officers": whoever they are, nothing in the text places them
            told = informant(head, self.gazetteer, self.country_words) or counted(head) and not sector
            if not countries and not sector and head.lemma_.lower() not in NON_STATE and not ethnic and not told \
                    and not (mention.end > head.i + 1 and len(self._countries_around(mention)) == 1):
                continue
            # "police arrested 20 people in Ahmedabad": India's police; "its people" are the people
            # of whatever "its" stands for ("the Cuban government urged its people": Cuba's), but
            # "its troops" are what it acts with, no actor of their own ("Syria offered its troops
            # to Hrawi"); nor are the troops of "the withdrawal of troops from Panama"
            owner = next((t for t in head.children if t.dep_ == "poss" and t.pos_ == "PRON"), None)
            if not countries and owner is not None:
                countries = self._possessor_countries(owner) if sector in (None, *CIVILIAN_SECTORS) else []
                if not countries:
                    continue
            if not countries and _moved(head):
                continue
            if not countries and told and (served := self._served_country(head)):
                countries = [served]  # "Putin aides": Russia's, as Putin is, whatever the story's place
            # informants are placed by the person they serve, as that person is ("Clinton advisers")
            if not countries and mention.kind != "nominal" and not _leaving(head) and not _moved(head) \
                    and (not told or self._people_inside(mention)) \
                    and (context := self._context_country(mention, sector=sector, ethnic=ethnic)):
                countries = [context]
            if mention.kind == "nominal":  # one person of that country, no one else: an actor of their own
                entity = _Entity(_normalise(span.text), "person", country=countries[0] if countries else None,
                                 sector=sector)
                self.entities.append(entity)
                self._link(mention, entity)
                continue
            for body in bodies:  # "European Union" of "British and European Union negotiators"
                for entity in self.links.get((body.start, body.end), []):
                    self._link(mention, entity)
            several = len(countries) + len(bodies) > 1
            for code in countries or [None]:
                name = f"{head.text} ({self.gazetteer.country_name(code)})" if several else _normalise(span.text)
                # one group per country and sector ("police" and "policemen"); where nothing places
                # them, per word too ("villagers" said "a mob" attacked: two groups)
                word = head.lemma_.lower() if code is None else None
                entity = next((e for e in self.entities if e.kind == "group" and e.country == code
                               and e.sector == sector and (word is None or word in e.name_words)), None)
                if entity is None:
                    entity = _Entity(name, "group", country=code, sector=sector, name_words={word} if word else set())
                    self.entities.append(entity)
                self._link(mention, entity)

    def _body_sector(self, span: SpacySpan, head: Token) -> str | None:
        """The sector of the body whose officials a phrase names after its head ("senior officials
        of the police department": COP), as a qualifier before it does ("police officials")."""
        for preposition in head.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "of" or preposition.i >= span.end:
                continue
            body = next((t for t in preposition.children if t.dep_ == "pobj" and t.i < span.end), None)
            if body is not None:
                sector = self.gazetteer.sector_of_people(self.doc[preposition.i + 1:body.i + 1])
                return sector if sector != GENERIC_SECTOR else None
        return None

    def _personal_body(self, mention: Mention, head: Token) -> None:
        """"the mayor's office", "Trump's campaign": a body of its own, which speaks for the person
        and has that person's country and sector; no actor where the person is none."""
        possessor = next(c for c in head.children if c.dep_ == "poss")
        owner = next((entities[0] for (start, end), entities in self._links_around(possessor.i, possessor.i + 1)
                      if start <= possessor.i < end), None)
        if owner is None:
            return
        entity = _Entity(_normalise(mention.span(self.doc).text), "organisation", country=owner.country,
                         sector=owner.sector, evidence=list(owner.evidence))
        self.entities.append(entity)
        self._link(mention, entity)

    def _mission_named_before(self, position: int) -> _Entity | None:
        """The group of the last mission a country qualified before ``position`` ("the U.S. embassy")."""
        before = [(start, entities[0]) for (start, end), entities in self.links.items()
                  if end <= position and len(entities) == 1 and self.doc[end - 1].lemma_.lower() in MISSIONS
                  and entities[0].country is not None]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def _possessor_countries(self, pronoun: Token) -> list[str]:
        """The country of what a possessive "its" or "their" stands for, where it is one placed actor."""
        if pronoun.lower_ not in ("its", "their"):
            return []
        owners = self._collective_antecedent(pronoun)
        country = (owners[0].country or combine(owners[0].evidence).country) if len(owners) == 1 else None
        return [country] if country and country not in INTERNATIONAL_CODES else []

    def _owners_country(self, mention: Mention) -> list[str]:
        """The country of a person a group is named after ("the Obama administration", "Putin's
        government"), where the text or the dictionaries give it."""
        for person in self._people_inside(mention):
            country = person.country or combine(person.evidence).country
            if country and country not in INTERNATIONAL_CODES:
                return [country]
        return []

    def _people_inside(self, mention: Mention) -> list[_Entity]:
        """The persons the text names inside a group's mention ("Clinton advisers", "the Obama
        administration"), in the links' order."""
        return [entities[0] for (start, end), entities in self._links_around(mention.start, mention.end)
                if mention.start <= start and end <= mention.end and len(entities) == 1
                and entities[0].kind == "person"]

    def _served_country(self, head: Token) -> str | None:
        """The country the dictionaries give the person whose surname qualifies the head ("Putin
        aides", "Trump's advisers"), where the NER may have left the name unlabelled."""
        for token in head.lefts:
            # the tagger may take a surname that is also a word for a noun ("Trump aides")
            if token.dep_ in ("compound", "poss") and token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() \
                    and token.ent_type_ in ("", "PERSON"):
                known = self.gazetteer.person_by_surname(token.text)
                country = known.country if known is not None else self.gazetteer.country_by_surname(token.text)
                if country:
                    return country
        return None

    def _context_country(self, mention: Mention, *, sector: str | None = None, ethnic: bool = False) -> str | None:
        """The country the context gives an actor its own words do not place ("police", "the
        government"): the one country its sentence speaks of, else the dateline's, else the one
        the article speaks of most; None where nothing decides. A state body (a government,
        ministry, parliament or court) speaks from its own country about others, so for it the
        dateline and the article come before the sentence ("... cancelled a visit to Haiti, the
        Foreign Affairs Ministry said", in a story about France). An ethnic group is of the country
        it lives in, which only its sentence tells ("ethnic Albanians demonstrated in Serbia")."""
        around = self._places_around(mention)
        in_sentence = next(iter(around)) if len(around) == 1 else None
        if ethnic:
            return in_sentence
        if sector in STATE_BODY_SECTORS:
            return self.dateline_country or self._article_country() or in_sentence or self._story_country()
        # "lawmakers" in a story about Clinton and Trump that names no place: their country's
        return in_sentence or self.dateline_country or self._article_country() or self._story_country()

    def _places_around(self, mention: Mention) -> set[str]:
        """The countries the sentence of ``mention`` names outside it as places or actors; not those
        that qualify someone else ("arrested two Pakistani nationals", "the United States' policies")
        nor those an act goes to ("the government cut aid to Rwanda")."""
        sentence = self.doc[mention.start].sent
        found = set()
        for match in self._matches_by_position.around(sentence.start, sentence.end):
            if not sentence.start <= match.start < sentence.end or mention.start <= match.start < mention.end:
                continue
            code = match.country.code if match.country else match.organisation.country
            root = self.doc[match.end - 1]  # a name's last word heads it
            if code and code not in INTERNATIONAL_CODES and not for_or_against(self.doc[match.start]) \
                    and (root.dep_ not in MODIFIER_DEPS or root.head.lemma_.lower() in PLACE_NOUNS
                         or root.head.ent_type_ in PLACE_ENTITIES) and not _destination(root):
                found.add(code)
        return found

    def _article_country(self) -> str | None:
        """The country the article names most often (places, peoples, actors), if one leads; not
        counting where acts go ("cut aid to Rwanda")."""
        if self._lead_country is None:
            # not the country words of a name ("the Washington Post")
            names = SpanIndex(((ent.start, ent.end) for ent in self.doc.ents if ent.label_ in ("PERSON", "ORG", "FAC")),
                              span=lambda name: name)
            counts = Counter(m.country.code for m in self.matches if m.country is not None
                             and self._where_the_story_is(m)
                             and not any(start <= m.start and m.end <= end and end - start > m.end - m.start
                                         for start, end in names.around(m.start, m.end)))
            ranked = counts.most_common(2)
            lead = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
            self._lead_country = lead
        return self._lead_country or None

    def _where_the_story_is(self, match: GazetteerMatch) -> bool:
        """Does a country's mention count toward where the story is, not where its acts go ("for
        Iran", "against Iran", "cut aid to Rwanda")?"""
        return not for_or_against(self.doc[match.start]) and not _destination(self.doc[match.end - 1])

    def _story_country(self) -> str | None:
        """The country a story is about, for people and bodies the dictionaries do not know: the
        dateline's, else the one its places and its known actors (people and bodies the
        dictionaries place) name most, by a clear lead; a story naming several countries, or one
        a few times, gives them no country."""
        if self.dateline_country:
            return self.dateline_country
        if self._people_country is None:
            counts = Counter(code for m in self.matches if (code := _match_country(m))
                             and code not in INTERNATIONAL_CODES and self._where_the_story_is(m))
            ranked = counts.most_common(2)
            leads = ranked and ranked[0][1] >= STORY_MENTIONS and (
                len(ranked) == 1 or ranked[0][1] >= STORY_LEAD * ranked[1][1])
            self._people_country = ranked[0][0] if leads else ""
        return self._people_country or None

    def _located_country(self, head: Token) -> str | None:
        """The country of the place a group is said to be in or from."""
        for preposition in head.children:
            if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "from"):
                continue
            if preposition.lower_ == "from" and _leaving(head):
                continue  # "the withdrawal of forces from Panama": where they leave, not whose they are
            for place in preposition.children:
                if place.dep_ != "pobj":
                    continue
                match = next((m for m in self._matches_by_position.around(place.i, place.i)
                              if m.country and m.start <= place.i < m.end), None)
                if match is not None:
                    return match.country.code
        return None

    def _person_for_role(self, head: Token, found: Evidence, position: int) -> _Entity | None:
        role = head.lemma_.lower()
        scored = []
        for entity in self.entities:
            if entity.kind != "person" or not any(m.kind == "name" for m in entity.mentions):
                continue
            known = combine(entity.evidence)
            if found.country and known.country and found.country != known.country:
                continue
            titles = " ".join(entity.titles).lower()
            score = 2 * (role in titles) - (found.sector is not None and known.sector is not None
                                            and found.sector != known.sector)
            if role == "leader":
                score += 2 * any(word in titles for word in HEAD_OF_STATE_WORDS)
            score += found.country is not None and found.country == known.country
            distance = self._distance(entity, position)
            scored.append((score, len(entity.mentions), -distance, entity))
        if not scored:
            return None
        best = max(scored, key=lambda item: item[:3])
        if best[0] > 0:
            return best[3]
        # nothing ties the role to anyone: it may still be the one person named before it, unless
        # the text gives that person a role of their own ("Opposition leader Samuel Okello ... the
        # minister") or what is known of them contradicts it (a score below nothing)
        named_before = [item for item in scored if item[3].first() < position]
        return best[3] if best[0] == 0 and found.country is None and not best[3].titles \
            and len(named_before) == 1 and named_before[0][3] is best[3] \
            and not self._reports_on(best[3], head) else None

    def _reports_on(self, entity: _Entity, role: Token) -> bool:
        """Is the person the subject of a verb the role's clause hangs on ("Kowalski said the president
        had told him"), and so someone else than the role, of whom they speak?"""
        return any(child.dep_ in SUBJECT_DEPS and any(m.start <= child.i < m.end for m in entity.mentions)
                   for verb in role.ancestors for child in verb.children)

    # -- pronouns and groups ------------------------------------------------------------------
    def _pronouns_and_groups(self, pronouns: list[Mention], groups: list[Mention]) -> None:
        for mention in sorted([*pronouns, *groups], key=lambda m: m.start):
            if (mention.start, mention.end) in self.links or self._in_title(mention):
                continue
            if mention.label == "PRONPL":
                for entity in self._collective_antecedent(self.doc[mention.start]):
                    self._link(mention, entity)
            elif mention.kind == "pronoun":
                entity = self._antecedent(self.doc[mention.start])
                if entity:
                    self._link(mention, entity)
            elif mention.kind == "description":
                entity = self._described(mention)
                if entity:
                    self._link(mention, entity)
            else:
                for entity in self._group_members(mention):
                    self._link(mention, entity)

    def _described(self, description: Mention) -> _Entity | None:
        """The actor a description stands for: the nearest before it, in its sentence or the ones
        just before, of the kind and sector its word says ("the party": a political party)."""
        kind, sector = DESCRIPTIONS[description.group_of]
        window = self._window_start(description.start)
        candidates = [(start, entities[0]) for (start, end), entities in self._links_around(window, description.start)
                      if window <= start and end <= description.start and len(entities) == 1
                      and entities[0].kind == kind
                      and (sector is None or (entities[0].sector or combine(entities[0].evidence).sector) == sector)]
        return max(candidates, key=lambda pair: pair[0])[1] if candidates else None

    def _collective_antecedent(self, pronoun: Token) -> list[_Entity]:
        """"Demonstrators said they want ...": they are the nearest group, organisation or
        country named before, a subject in the same sentence first; or a pair ("the two sides")."""
        window = self._window_start(pronoun.i)
        singular = pronoun.lower_ in ("it", "its")  # not "business leaders", a group of many
        candidates = sorted(((start, end), entities) for (start, end), entities in self._links_around(window, pronoun.i)
                            if window <= start < pronoun.i and (len(entities) > 1 and not singular or entities[0].kind in
                                                                ("group", "organisation", "country"))
                            and not (singular and self.doc[start:end].root.tag_ in ("NNS", "NNPS")))
        if not candidates:
            return []
        same = [c for c in candidates if c[0][0] >= pronoun.sent.start
                and self.doc[c[0][0]:c[0][1]].root.dep_ in SUBJECT_DEPS]
        if not same and not singular and self._people_counted_before(pronoun, after=candidates[-1][0][1]):
            return []  # "interrogation of the two has revealed that they were involved": the two
        return list((same or candidates)[-1][1])

    def _people_counted_before(self, pronoun: Token, *, after: int) -> bool:
        """Does the pronoun's sentence name, after the last actor and before the pronoun, people by
        their number alone ("the two", "all three"), who are no actor the text knows?"""
        start = max(after, pronoun.sent.start)
        return any(t.pos_ == "NUM" and t.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj")
                   and any(c.dep_ == "det" for c in t.children) for t in self.doc[start:pronoun.i])

    def _person_mentions_before(self, position: int) -> list[tuple[Mention, _Entity]]:
        sentence_start = self._window_start(position)
        found = [(m, e) for (start, _), entities in self._links_around(sentence_start, position) for e in entities
                 for m in self._mentions_from[id(e), start] if e.kind == "person"
                 and sentence_start <= m.start < position and len(entities) == 1]
        return sorted(found, key=lambda pair: pair[0].start)

    def _window_start(self, position: int) -> int:
        if self._sentence_starts is None:  # Doc.sents is walked anew on every use: once is enough
            self._sentence_starts = [s.start for s in self.doc.sents]
        count = bisect_right(self._sentence_starts, position)
        return self._sentence_starts[max(0, count - 1 - PRONOUN_WINDOW_SENTENCES)] if count else 0

    def _antecedent(self, pronoun: Token) -> _Entity | None:
        sentence = pronoun.sent
        candidates = self._person_mentions_before(pronoun.i)
        if (speaker := self._speaker_quoting(pronoun)) is not None:
            # "“I am concerned about his stance,” Varmus said": one speaks of oneself as "I", so a
            # third person in one's own quoted words is someone else
            candidates = [(m, e) for m, e in candidates if e is not speaker]
        if pronoun.tag_ == "PRP$" or pronoun.lower_ == "his":
            if reporter := self._reporter(pronoun, candidates):
                return reporter  # "Kim told the visiting minister that his country ...": Kim's
            subject = self._sentence_subject(sentence)
            if subject and subject[1] is not speaker and subject[0].start > pronoun.i and not any(
                    m.start >= sentence.start for m, _ in candidates):
                return subject[1]  # cataphora: "In his opening remarks, Lavrov praised ..."
        if not candidates:
            return None
        if pronoun.dep_ in SUBJECT_DEPS:
            subjects = [(m, e) for m, e in candidates if self.doc[m.start:m.end].root.dep_ in SUBJECT_DEPS]
            same = [(m, e) for m, e in subjects if m.start >= sentence.start]
            here = [(m, e) for m, e in candidates if m.start >= sentence.start]
            pool = same or here or subjects or candidates
            return pool[-1][1]
        if pronoun.dep_ in ("dobj", "pobj", "dative", "iobj"):
            clause_subjects = {e.name for m, e in candidates if self._shares_clause_subject(m, pronoun)}
            pool = [(m, e) for m, e in candidates if e.name not in clause_subjects]
            return (pool or candidates)[-1][1]
        return candidates[-1][1]

    def _speaker_quoting(self, pronoun: Token) -> _Entity | None:
        """The person who, as the subject of the sentence's reporting verb after the closing mark,
        says the quoted words a pronoun of the third person is in ("“... his stance,” Varmus said")."""
        if pronoun.lower_ not in THIRD_PERSON_PRONOUNS:
            return None
        sentence = pronoun.sent
        before = sum(t.is_quote for t in self.doc[sentence.start:pronoun.i])
        closing = next((t for t in self.doc[pronoun.i + 1:sentence.end] if t.is_quote), None)
        if before % 2 == 0 or closing is None:
            return None  # not between quotation marks of its own sentence
        verb = sentence.root
        if verb.i < closing.i or verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is None:
            return None
        entities = next((entities for (start, end), entities in self._links_around(subject.i, subject.i + 1)
                         if start <= subject.i < end), [])
        return entities[0] if len(entities) == 1 and entities[0].kind == "person" else None

    def _reporter(self, pronoun: Token, candidates: list[tuple[Mention, _Entity]]) -> _Entity | None:
        """Who says or tells the clause a possessive is in: the subject of the nearest reporting verb
        whose complement holds it, if a person named before it ("Kim told the minister that his
        country ...")."""
        clause = next((t for t in pronoun.ancestors if t.dep_ == "ccomp"), None)
        if clause is None or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        subjects = {t.i for t in clause.head.children if t.dep_ == "nsubj"}
        return next((e for m, e in reversed(candidates) if self.doc[m.start:m.end].root.i in subjects), None)

    def _shares_clause_subject(self, mention: Mention, pronoun: Token) -> bool:
        root = self.doc[mention.start:mention.end].root
        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return root.dep_ in SUBJECT_DEPS and root.head == verb

    def _sentence_subject(self, sentence) -> tuple[Mention, _Entity] | None:
        for token in sentence:
            if token.dep_ in SUBJECT_DEPS and token.head == sentence.root:
                for (start, end), entities in self._links_around(token.i, token.i):
                    if start <= token.i < end and len(entities) == 1 and entities[0].kind == "person":
                        return self._mentions_from[id(entities[0]), start][0], entities[0]
        return None

    def _group_members(self, group: Mention) -> list[_Entity]:
        before = [(m, e) for (start, _), entities in self.links.items() if start < group.start
                  for e in entities for m in self._mentions_from[id(e), start]]
        people = Counter(e.name for m, e in before if e.kind == "person" and m.kind == "name")
        if group.group_of in ("person", "any") and len(people) >= 2:
            ranked = [self._entity(name, "person") for name, _ in people.most_common()]
            chosen = [ranked[0]]
            for entity in ranked[1:]:
                if combine(entity.evidence).country != combine(chosen[0].evidence).country:
                    chosen.append(entity)
                    break
            if len(chosen) == 2:
                return chosen
        countries = Counter()
        for _, entity in before:
            code = entity.country or combine(entity.evidence).country
            if code:
                countries[code] += 1
        for match in self.matches:
            if match.start < group.start and match.country:
                countries[match.country.code] += 1
        if len(countries) < 2:
            return []
        return [self._country(code, None) for code, _ in countries.most_common(2)]

    def _entity(self, name: str, kind: str) -> _Entity:
        return next(e for e in self.entities if e.name == name and e.kind == kind)

    # -- output -------------------------------------------------------------------------------
    def _link(self, mention: Mention, entity: _Entity) -> None:
        entity.mentions.append(mention)
        self._mentions_from.setdefault((id(entity), mention.start), []).append(mention)
        insort(self._starts_of.setdefault(id(entity), []), mention.start)
        key = (mention.start, mention.end)
        if key not in self.links:
            self._links_by_position.add(key)
        self.links.setdefault(key, []).append(entity)

    def _last_start_before(self, entity: _Entity, position: int) -> int:
        """Where the entity's last mention before ``position`` starts; -1 where none does."""
        starts = self._starts_of.get(id(entity), [])
        index = bisect_left(starts, position)
        return starts[index - 1] if index else -1

    def _distance(self, entity: _Entity, position: int) -> int:
        """How far from ``position`` the entity's nearest mention starts."""
        starts = self._starts_of[id(entity)]
        after = bisect_left(starts, position)
        return min(abs(start - position) for start in starts[max(0, after - 1):after + 1])

    def _matches_near(self, mention: Mention) -> list[GazetteerMatch]:
        """The gazetteer matches that can lie in a title before the mention or in apposition after it."""
        return self._matches_by_position.around(max(0, mention.start - MAX_TITLE_WORDS), mention.end + MAX_TITLE_WORDS)

    def _matches_around(self, span: SpacySpan) -> list[GazetteerMatch]:
        """The gazetteer matches that can lie inside ``span``, in ``self.matches``'s order."""
        return self._matches_by_position.around(span.start, span.end)

    def _links_around(self, low: int, high: int) -> list[tuple[tuple[int, int], list[_Entity]]]:
        """The links that can overlap tokens ``low`` to ``high``, in ``self.links``'s order."""
        return [(key, self.links[key]) for key in self._links_by_position.around(low, high)]

    def _analysis(self) -> ActorAnalysis:
        used = sorted((e for e in self.entities if e.mentions), key=_Entity.first)
        ids = {id(e): f"A{n}" for n, e in enumerate(used, start=1)}
        actors = tuple(self._actor(e, ids[id(e)]) for e in used)
        mentions = tuple(sorted(
            (LinkedMention(start, end, self._mentions_from[id(entities[0]), start][0].kind,
                           tuple(ids[id(e)] for e in entities))
             for (start, end), entities in self.links.items()),
            key=lambda m: m.start))
        return ActorAnalysis(actors, mentions, tuple(self.matches), self.country_words,
                             self.dateline_country or self._article_country())

    def _actor(self, entity: _Entity, actor_id: str) -> Actor:
        known = combine(entity.evidence)
        country = entity.country or known.country
        # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the UN's, here
        international = next((e for e in entity.evidence if e.country in INTERNATIONAL_CODES), None)
        if country is None and entity.kind == "organisation" and _domestic(entity.name):
            country = self._only_country_around(entity)
        sector = entity.sector or known.sector
        if international is not None:  # and coded as the UN, whatever their own country's role
            country, sector = international.country, international.sector or sector
        if country is None and entity.kind == "person" and sector is not None:
            # "Sen. Bernie Sanders" in an American story: a role, and the country its context gives
            country = self._context_country(min(entity.mentions, key=lambda m: m.start), sector=sector)
        if country is None and international is None and (entity.kind == "person" or entity.kind == "organisation"
                                                          and sector is None):
            # "Debbie Wasserman Schultz" in a story about Clinton and Sanders, "Qantas" in one told
            # from Canberra: one of its country's people or bodies
            country = self._story_country()
        name = entity.name
        names = [m for m in entity.mentions if m.kind == "name"]
        if entity.kind == "person" and names:
            longest = max(names, key=lambda m: len(_name_words(self.doc, m)))
            # the name as written, hyphenated parts joined ("Kim Jong-un"), unless the gazetteer names it
            listed = longest.organisation
            name = listed.name if listed and not listed.written_name else longest.span(self.doc).text
        spans = sorted({(m.start, m.end) for m in entity.mentions})
        return Actor(id=actor_id, name=name, kind=entity.kind, country=country, sector=sector,
                     titles=tuple(entity.titles),
                     mentions=tuple(self._span(start, end) for start, end in spans))

    def _only_country_around(self, entity: _Entity) -> str | None:
        """The one country the sentences naming an actor of unknown country speak of, if only one:
        "the Umma party will boycott Algeria's elections" (DZA), "the Kurdistan Workers' Party
        demanded that the Turkish government ..." (TUR). Actors named beside two countries stay
        without one."""
        found = set().union(*(self._countries_around(mention) for mention in entity.mentions))
        return found.pop() if len(found) == 1 else None

    def _countries_around(self, mention: Mention) -> set[str]:
        """The countries the sentence of ``mention`` names outside it (international bodies aside)."""
        found = set()
        sentence = self.doc[mention.start].sent
        for match in self._matches_by_position.around(sentence.start, sentence.end):
            if sentence.start <= match.start < sentence.end and not mention.start <= match.start < mention.end:
                code = match.country.code if match.country else match.organisation.country \
                    if match.organisation else None
                if code and code not in INTERNATIONAL_CODES:
                    found.add(code)
        return found

    def _span(self, start: int, end: int) -> Span:
        span = self.doc[start:end]
        return Span(span.start_char, span.end_char, span.text)


def _entity_length(token: Token) -> int:
    """The number of words of the named entity ``token`` is in."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end - start


def _destination(name: Token) -> bool:
    """Is the name where an act goes or whom it is done to ("cut aid to Rwanda", "sanctions on
    Iran")? Its country is not the doer's own."""
    return name.dep_ == "pobj" and name.head.lower_ in DESTINATION_PREPOSITIONS


def _other_country(found: list[Evidence], country: str | None) -> bool:
    """Do titles give a country other than ``country``, the dictionary's for a person of that name?"""
    return country is not None and any(e.country and e.country != country for e in found)


def _match_country(match: GazetteerMatch) -> str | None:
    """The country of a country form, or of a body or person the dictionaries place."""
    return match.country.code if match.country else match.organisation.country if match.organisation else None


def _domestic(name: str) -> bool:
    """A party or movement, which news names beside its own country; not a body that spans
    countries ("the Asia-Pacific Economic Cooperation forum", "al-Qaeda")."""
    return any(word in DOMESTIC_BODY_WORDS for word in name.lower().replace("(", " ").split())


def _name_words(doc: Doc, mention: Mention) -> list[str]:
    return name_words(mention.span(doc))


def _normalise(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def find_actors(doc: Doc, gazetteer: Gazetteer, *, published: date | None = None,
                dateline: str | None = None) -> ActorAnalysis:
    """The actors of ``doc`` with their mentions; ``doc`` is not changed. ``published``, the
    article's date, chooses among a known person's dated roles; ``dateline`` ("NEW DELHI"), where
    cleaning took one off, gives its country to actors the text does not place ("police")."""
    return _Resolver(doc, gazetteer, published, dateline).run()


def _predicative(noun: Token) -> bool:
    """"He is a senator", "served as an adviser": what someone is, not someone new."""
    return noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _moved(group: Token) -> bool:
    """Is the group what its subject sends, offers or calls up ("contribute 4,000 troops",
    "mobilized army reservists")? Those are the subject's own forces, not someone it acts on."""
    return group.dep_ == "dobj" and group.head.lemma_.lower() in MOVING


def _leaving(group: Token) -> bool:
    """Is the group what an act of leaving moves ("the withdrawal of forces", "pulled troops")?"""
    governor = group.head.head if group.dep_ == "pobj" and group.head.lower_ == "of" else group.head
    return group.dep_ in ("pobj", "dobj", "nsubj") and governor.lemma_.lower() in LEAVING
