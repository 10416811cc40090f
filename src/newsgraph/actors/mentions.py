"""Finding the places in a Doc that mention actors: names, nominals, pronouns and groups.

Names come from spaCy's entities corrected by the gazetteer and by label consistency (a name
that is a person once is a person everywhere in the article); nominals are noun phrases headed
by a role word ("the DPRK leader"); groups are phrases such as "the two sides".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import CountryForm, Gazetteer, GazetteerMatch, Organisation, document_casing
from newsgraph.spanindex import SpanIndex
from newsgraph.words import words_of

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "its", "it"}
GROUP_HEADS = {"side": "any", "sides": "any", "country": "country", "countries": "country",
               "nation": "country", "nations": "country", "leader": "person", "leaders": "person",
               "minister": "person", "ministers": "person", "government": "country",
               "governments": "country", "party": "any", "parties": "any"}
GROUP_QUANTIFIERS = {"two", "both"}
# Role words whose noun phrases refer to one person ("the DPRK leader", "his counterpart").
PERSON_ROLES = {"leader", "president", "minister", "counterpart", "premier", "chancellor",
                "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
                "chairman", "chairwoman", "king", "queen", "prince", "general", "commander",
                "governor", "mayor", "official", "diplomat", "head", "chief", "foreign minister",
                "prime minister", "emir", "sheikh", "monarch", "dictator", "ruler", "senator", "suspect",
                "witness", "negotiator", "mediator", "envoy", "aide"}
# Police ranks by their initials, in Indian English news ("the dgp", "ssp r k singh"); not "sp",
# as often the Samajwadi Party as a superintendent of police.
POLICE_RANKS = {"dgp", "igp", "dsp", "ssp", "dcp", "acp"}
# Roles a noun with an article names one person by ("the minister", "the dgp").
NOMINAL_ROLES = PERSON_ROLES | POLICE_RANKS
# Head words of the titles a name follows in text without case ("police commissioner p c pandey").
TITLE_HEADS = PERSON_ROLES - {"counterpart", "suspect", "witness", "official", "head", "aide"} | {
    "commissioner", "superintendent", "inspector", "director", "magistrate", "collector", "judge",
    "justice", "convenor", "mp", "mla", "mlc", "legislator", "lawmaker", *POLICE_RANKS}
MAX_NAME_WORDS = 4
# Nouns of time that follow a title as often as a name does ("the minister today said").
TIME_WORDS = re.compile(r"today|tonight|yesterday|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|morning|"
                        r"evening|night|afternoon|jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|"
                        r"sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# A word of a name: letters and digits, joined by inner hyphens, apostrophes or points ("Jong-un",
# "O'Connor", "P-40", "N.Va."), not punctuation alone ("-", "'s").
_NAME_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token indices, end-exclusive
    end: int
    kind: str  # name, nominal, pronoun, group
    label: str  # PERSON, ORG, GPE, NORP, ROLE, PRON, GROUP
    country: CountryForm | None = None
    organisation: Organisation | None = None
    group_of: str | None = None  # for groups: "country", "person" or "any"

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def find_names(doc: Doc, gazetteer: Gazetteer, matches: list[GazetteerMatch]) -> list[Mention]:
    """Named mentions: entities merged with gazetteer matches, labels made consistent.

    A gazetteer match wins over an entity it overlaps, except that an organisation or person
    entity keeps the country forms inside it ("the DPRK Foreign Ministry" stays one name, and so
    does "Vladimir Putin", though Vladimir is a Russian city).
    """
    names = []
    taken: set[int] = set()
    casing = document_casing(doc)
    matches_by_position = SpanIndex(matches, span=lambda m: (m.start, m.end))
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC", "PERSON"):
            continue
        start, end = _trim(ent)
        if start >= end:
            continue
        inside = [m for m in matches_by_position.around(start, end) if m.start < end and m.end > start]
        if inside and all(m.country and m.start >= start and m.end <= end for m in inside) \
                and (end - start) > max(m.end - m.start for m in inside) \
                and (ent.label_ != "PERSON" or inside[0].start > start or inside[0].country.kind != "adjective"):
            names.append(Mention(start, end, "name", _label(ent, start, end)))
            taken.update(range(start, end))
    for match in matches:
        if not any(i in taken for i in range(match.start, match.end)) and not _opens_longer_name(doc, match.end):
            names.append(_from_match(match))
            taken.update(range(match.start, match.end))
    if casing == "mixed":
        names.extend(_outlets_named_after_their_kind(doc, gazetteer, taken))  # before the NER cuts them up
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = _trim(ent)
        if any(i in taken for i in range(start, end)):
            # an entity run on past a known name ("the New York Times Trump said"): the proper
            # nouns after it are a name of their own
            start = max(i for i in range(start, end) if i in taken) + 1
            if not all(doc[i].pos_ == "PROPN" for i in range(start, end)):
                continue
        if start >= end:
            continue
        names.append(Mention(start, end, "name", _label(ent, start, end)))
        taken.update(range(start, end))
    names.extend(_appositive_names(doc, taken))
    if casing != "mixed":
        names.extend(_titled_names(doc, gazetteer, taken))
        names.extend(_described_outlets(doc, gazetteer, taken))
    return _consistent_labels(doc, sorted(names, key=lambda m: m.start))


def _label(ent: Span, start: int, end: int) -> str:
    """The entity's label, but a person's where a person's role or title word comes right before
    it ("UN envoy Staffan de Mistura", "central bank governor Olayemi Cardoso", "police
    commissioner m.n. singh", which the NER may call an organisation or a facility), an
    organisation's where a news outlet's or a body's word names what it is ("the Dawn newspaper",
    "Tasnim news agency", "Delhi Police", which the NER may call a person), and a law's where an
    agreement's word ends the name ("the Indus Waters Treaty")."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "GPE", "NORP") and start > 0 \
            and doc[start - 1].lemma_.lower() in PERSON_ROLES | TITLE_HEADS \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, end):
        return "PERSON"
    if ent.label_ == "PERSON" and media_named(doc[start:end]):
        return "ORG"  # not a place: "a Houston television station" is in Houston
    last = doc[end - 1].lemma_.lower() if end - start > 1 else None
    if ent.label_ == "PERSON" and last in INSTITUTIONS:
        return "ORG"  # "Delhi Police", "Kerala Police": no one's name ends in a body's word
    if ent.label_ in ("ORG", "FAC", "PERSON") and last in DOCUMENT_NOUNS:
        return "LAW"  # "the Indus Waters Treaty", which the NER may call an organisation, acts for no one
    return ent.label_


# Last words of the names of agreements and laws, which are no actors.
DOCUMENT_NOUNS = {"treaty", "agreement", "accord", "accords", "protocol", "charter", "convention", "act"}
# Words for what a news outlet is: "the Dawn newspaper", "state broadcaster CCTV", "the Tasnim news agency".
MEDIA_NOUNS = {"newspaper", "paper", "daily", "weekly", "agency", "television", "tv", "radio", "broadcaster",
               "channel", "network", "magazine", "website", "outlet", "tabloid", "wire", "portal", "station",
               "service", "newswire", "gazette", "journal"}
MEDIA_SECTOR = "MED"
# Lower-case words inside names in the languages news quotes outlets and bodies in ("Folha do
# Norte", "Corriere della Sera", "Banco de la Nación").
NAME_PARTICLES = {"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "la", "le"}
# Of those, the words that mean an outlet whatever the sentence ("the paper", but not "the agency").
OUTLET_WORDS = {"newspaper", "paper", "daily", "weekly", "broadcaster", "magazine", "tabloid", "newswire"}


def media_named(name: Span) -> bool:
    """Is ``name`` a news outlet's, by the word for an outlet it qualifies or that qualifies it?"""
    doc, last = name.doc, name[-1]
    if last.dep_ == "compound" and last.head.i >= name.end and last.head.lemma_.lower() in MEDIA_NOUNS:
        return True
    before = doc[name.start - 1] if name.start > 0 else None
    return before is not None and before.lemma_.lower() in MEDIA_NOUNS and before.dep_ in ("compound", "appos") \
        and name.start <= before.head.i < name.end


def _from_match(match: GazetteerMatch) -> Mention:
    if match.organisation:
        label = {"person": "PERSON", "country": "GPE"}.get(match.organisation.kind, "ORG")
        return Mention(match.start, match.end, "name", label, organisation=match.organisation)
    label = "NORP" if match.country.kind == "adjective" else "GPE"
    return Mention(match.start, match.end, "name", label, country=match.country)


def _trim(ent: Span) -> tuple[int, int]:
    """Entity bounds without a leading "the" or trailing "'s", and with a name's hyphenated end
    that the NER left out ("Choe Son" + "-hui"). "the pro-Clinton Priorities USA Action" is
    "Priorities USA Action"; "pro-Clinton" alone names no one (empty bounds)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    if start + 2 < end and for_or_against(doc[start + 2]):
        start = start + 3 if start + 3 < end else end
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    # the verb the NER ran a name on into, its subject the word before ("president mugabe
    # [abandon] his policy", in text without case)
    while end - 1 > start and doc[end - 1].pos_ == "VERB" and doc[end - 2].dep_ in ("nsubj", "nsubjpass") \
            and doc[end - 2].head.i == end - 1:
        end -= 1
    while (ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-"
           and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    # a person's name the NER cut short, its last word left out though the parse makes the name
    # hang on it ("president [abdelaziz] bouteflicka threatened", common in text without case)
    while (ent.label_ == "PERSON" and start < end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_
           and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
        end += 1
    return start, end


def _appositive_names(doc: Doc, taken: set[int]) -> list[Mention]:
    """Proper names the NER missed, set in apposition to a person's role ("his counterpart, Choe
    Son-hui"), or with a role in apposition to them ("v.n. deshmukh, the city police chief,")."""
    found = []
    for token in (doc[i] for i, dep in enumerate(words_of(doc).dep) if dep == "appos"):
        if token.lemma_.lower() in PERSON_ROLES | TITLE_HEADS \
                and (name := _proper_noun_phrase(token.head, taken)) is not None:
            found.append(name)
            taken.update(range(name.start, name.end))
            continue
        if token.head.lemma_.lower() not in PERSON_ROLES:
            continue
        words = sorted(token.subtree, key=lambda t: t.i)  # text order, which a non-projective subtree lacks
        if not words or any(t.i in taken for t in words):
            continue
        if all(t.pos_ == "PROPN" or t.text == "-" or t.is_title for t in words) and words[0].is_title:
            found.append(Mention(words[0].i, words[-1].i + 1, "name", "PERSON"))
            taken.update(t.i for t in words)
    return found


def _proper_noun_phrase(head: Token, taken: set[int]) -> Mention | None:
    """The proper noun ``head`` and the proper nouns compounded on it before it, as a person's name."""
    if head.pos_ != "PROPN" or head.i in taken:
        return None
    first = head.i
    while first > 0 and head.doc[first - 1].pos_ == "PROPN" and head.doc[first - 1].dep_ == "compound" \
            and head.doc[first - 1].head.i == head.i and first - 1 not in taken:
        first -= 1
    return Mention(first, head.i + 1, "name", "PERSON")


def _titled_names(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """In text without case, where the NER finds few names, the words after a person's title up
    to the verb or the punctuation that ends the phrase ("police commissioner p c pandey said",
    "superintendent of police e radhakrishna said"): a name, where they are nouns that are no
    sector, time or title words; and after a word for a news outlet, an outlet's ("state
    broadcaster ortb reported", "QUOTED BY BROADCASTER GMA AS SAYING")."""
    found = []
    words = words_of(doc)
    for i, lemma in enumerate(words.lemma):
        if i in taken or words.tag[i] in ("NNS", "NNPS") or lemma not in TITLE_HEADS and lemma not in MEDIA_NOUNS:
            continue
        token = doc[i]
        first = token.i + 1
        if first + 1 < len(doc) and doc[first].lower_ == "of" and gazetteer.sector_of_word(doc[first + 1]):
            first += 2  # "superintendent of police"
        first = _after_brackets(doc, first)  # "joint commissioner (law and order) v.n. deshmukh"
        last = first
        while last < len(doc) and last - first < MAX_NAME_WORDS and _name_word(doc[last], gazetteer, taken):
            last += 1
        if last == first or last == len(doc) or not _ends_name(doc[last]):
            continue
        found.append(Mention(first, last, "name", "PERSON" if lemma in TITLE_HEADS else "ORG"))
        taken.update(range(first, last))
    return found


def _after_brackets(doc: Doc, position: int) -> int:
    """Where the text goes on after a short bracketed phrase at ``position`` (a title's charge: "(law
    and order)", "(zone one)"), or ``position`` where none stands there."""
    if position < len(doc) and doc[position].text == "(":
        close = next((t.i for t in doc[position + 1:position + 2 + MAX_NAME_WORDS] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return position


def bracket_before(doc: Doc, position: int) -> int | None:
    """Where a short bracketed phrase that ends right before ``position`` opens ("the igp (border
    range) sudhir sinha"), or None where none ends there: ``_after_brackets`` read backwards."""
    if position == 0 or doc[position - 1].text != ")":
        return None
    return next((t.i for t in reversed(doc[max(0, position - 2 - MAX_NAME_WORDS):position - 1]) if t.text == "("), None)


def _media_nouns(doc: Doc) -> Iterator[Token]:
    """Words for a news outlet that head their phrase ("the newspaper", not "newspaper editor")."""
    words = words_of(doc)
    return (doc[i] for i, lemma in enumerate(words.lemma) if lemma in MEDIA_NOUNS and words.dep[i] != "compound")


def _opens_longer_name(doc: Doc, end: int) -> bool:
    """Does a name particle and a capitalised word follow a known name ("Folha do Norte", not
    "Folha", the São Paulo daily; "Banco de Galicia")? Then the known name is the start of another."""
    return end + 1 < len(doc) and doc[end].text in NAME_PARTICLES and doc[end + 1].text[:1].isupper() \
        and doc[end + 1].is_alpha


def _outlets_named_after_their_kind(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Capitalised words right after a word for a news outlet that the NER left unnamed ("the
    official news agency WAM", "the regional newspaper Folha do Norte"), with the particles
    between them: the outlet's name."""
    found = []
    for token in _media_nouns(doc):
        if token.i + 1 >= len(doc):
            continue
        before = [t for t in token.lefts if t.dep_ == "compound" and _outlet_word(t, gazetteer, taken)
                  and t.ent_type_ not in ("GPE", "NORP", "LOC")]
        if token.lemma_.lower() in OUTLET_WORDS and before and before[-1].i == token.i - 1 \
                and all(t.i + 1 == u.i for t, u in zip(before, before[1:])):
            found.append(Mention(before[0].i, token.i, "name", "ORG"))  # "the Nikkei newspaper"
            taken.update(range(before[0].i, token.i))
            continue
        last = first = token.i + 1
        while last < len(doc) and last - first < MAX_NAME_WORDS and (
                _outlet_word(doc[last], gazetteer, taken) or doc[last].text in NAME_PARTICLES and last not in taken
                and last + 1 < len(doc) and _outlet_word(doc[last + 1], gazetteer, taken)):
            last += 1
        if last == first or doc[last - 1].text in NAME_PARTICLES \
                or last < len(doc) and not (_ends_name(doc[last]) or doc[last].pos_ == "SCONJ"):
            continue
        found.append(Mention(first, last, "name", "ORG"))
        taken.update(range(first, last))
    return found


def _outlet_word(token: Token, gazetteer: Gazetteer, taken: set[int]) -> bool:
    """A capitalised proper noun that may be a word of an outlet's name: a name word, not a day's or
    a month's ("the station Monday", "the Sunday newspaper"), nor a pronoun ("the paper I wrote")."""
    return token.pos_ in ("PROPN", "X") and token.text[:1].isupper() and _name_word(token, gazetteer, taken)


def _described_outlets(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """In text without case, the words a description of a news outlet follows, after a comma
    ("according to o liberal, a newspaper in belém", "told dawn, a pakistani daily"): the outlet's
    name, where they open the sentence or a preposition or a verb comes before them ("the report, a
    newspaper said" names nothing)."""
    found = []
    for token in _media_nouns(doc):
        article = next((t for t in doc[max(0, token.i - 3):token.i] if t.lower_ in ("a", "an", "the")), None)
        if article is None or article.i < 2 or doc[article.i - 1].text != "," or token.left_edge.i < article.i:
            continue
        last = first = article.i - 1  # the comma
        while first > 0 and last - first < MAX_NAME_WORDS and _name_word(doc[first - 1], gazetteer, taken):
            first -= 1
        if first == last or not (doc[first].is_sent_start or doc[first - 1].pos_ in ("ADP", "VERB")):
            continue
        found.append(Mention(first, last, "name", "ORG"))
        taken.update(range(first, last))
    return found


def _name_word(token: Token, gazetteer: Gazetteer, taken: set[int]) -> bool:
    return token.i not in taken and (token.pos_ in ("PROPN", "NOUN", "X") or _initial(token)) \
        and _NAME_WORD.fullmatch(token.text) \
        and not token.is_stop and token.ent_type_ not in ("DATE", "TIME", "CARDINAL") and not token.like_num \
        and not TIME_WORDS.fullmatch(token.lower_) \
        and token.lower_ not in TITLE_HEADS and gazetteer.sector_of_word(token) is None


def _initial(token: Token) -> bool:
    """A letter standing alone, as a name's initials do in text without case ("commissioner of
    police d d tuteja"), whatever the tagger makes of it (it tags a lone "d" as punctuation)."""
    return len(token.text) == 1 and token.text.isalpha() and token.lower_ not in ("a", "i")


def _ends_name(token: Token) -> bool:
    """What may follow a name: its verb, punctuation, a conjunction or a preposition."""
    return token.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ", "ADP", "PART") or token.is_punct


def name_words(span: Span) -> list[str]:
    """The words of a name, without its punctuation ("Kim Jong-un", "Michael O'Connor": two each)."""
    return [t.text for t in span if _NAME_WORD.fullmatch(t.text)]


def _consistent_labels(doc: Doc, names: list[Mention]) -> list[Mention]:
    """A name, or a part of a full name, labelled PERSON anywhere is a person everywhere."""
    person_words = set()
    for m in names:
        if m.label == "PERSON" and (m.organisation is None or m.organisation.kind == "person"):
            words = name_words(m.span(doc))
            person_words.add(" ".join(words))
            person_words.update(words if len(words) > 1 else ())
    consistent = []
    for m in names:
        text = " ".join(name_words(m.span(doc)))
        if (m.label != "PERSON" and m.organisation is None and m.country is None
                and text in person_words):
            m = replace(m, label="PERSON")
        consistent.append(m)
    taken = {i for m in consistent for i in range(m.start, m.end)}
    words = words_of(doc)
    consistent.extend(Mention(i, i + 1, "name", "PERSON") for i, text in enumerate(words.text)
                      if text in person_words and i not in taken and words.pos[i] == "PROPN")
    return sorted(consistent, key=lambda m: m.start)


def find_pronouns(doc: Doc) -> list[Mention]:
    """Pronouns for people and for collectives; "it" only as the subject of an act (not "it is")."""
    return [Mention(i, i + 1, "pronoun", "PRON" if word in PERSON_PRONOUNS else "PRONPL")
            for i, word in enumerate(words_of(doc).lower) if word in PERSON_PRONOUNS or word in PLURAL_PRONOUNS
            and (word != "it" or doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB")]


def find_nominals(doc: Doc, names: list[Mention]) -> list[Mention]:
    """Definite or possessed noun phrases headed by a person's role word ("the top leader of the DPRK")."""
    named = {i for m in names if m.label == "PERSON" for i in range(m.start, m.end)}
    found = []
    for token in (doc[i] for i, lemma in enumerate(words_of(doc).lemma) if lemma in NOMINAL_ROLES):
        if token.i in named or token.tag_ in ("NNS", "NNPS"):
            continue
        if _names_a_person(token, named):
            continue  # a title of a name ("Foreign Minister Sergei Lavrov"), not a mention of its own
        left = [t for t in token.lefts if t.dep_ in ("det", "poss", "amod", "compound", "nmod")]
        of_phrase = _of_phrase_length(token)
        # "the minister", "his counterpart"; and, as headlines and Indian English write it with no
        # article, a role of a body the text names ("spokesperson of the state police said")
        if not any(t.lower_ in ("the", "his", "her", "their", "its", "a", "an") or t.dep_ == "poss" for t in left) \
                and not (of_phrase and token.dep_ in ("nsubj", "nsubjpass")):
            continue
        start = min((t.left_edge.i for t in left), default=token.i)
        found.append(Mention(start, token.i + 1 + of_phrase, "nominal", "ROLE"))
    return found


def _names_a_person(token: Token, named: set[int]) -> bool:
    if token.head.i in named and token.dep_ in ("compound", "appos", "nmod"):
        return True
    return any(child.dep_ == "appos" and child.i in named for child in token.children)


def _of_phrase_length(token: Token) -> int:
    """Tokens of an "of X" complement that directly follows the role word ("leader of the DPRK")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == token.i + 1:
            return child.right_edge.i - token.i
    return 0


def find_groups(doc: Doc) -> list[Mention]:
    """Phrases that refer to the parties of the story together: "the two sides", "both countries"."""
    found = []
    for token in (doc[i] for i, word in enumerate(words_of(doc).lower) if word in GROUP_HEADS):
        group_of = GROUP_HEADS[token.lower_]
        if not any(c.lower_ in GROUP_QUANTIFIERS for c in token.lefts):
            continue
        start = min(c.i for c in token.lefts)
        found.append(Mention(start, token.i + 1, "group", "GROUP", group_of=group_of))
    return found


# Definite descriptions that stand for an actor named before ("Iran rejected the offer. The country
# ..."; "Hamas ... The group ..."; "Sinn Fein ... the party"): what kind of actor each may stand for,
# and the sector it must have, if any.
DESCRIPTIONS = {"country": ("country", None), "nation": ("country", None), "group": ("organisation", None),
                "organisation": ("organisation", None), "organization": ("organisation", None),
                "movement": ("organisation", None), "party": ("organisation", "PTY"),
                # who reports: "Xinhua said ... the agency added", "the newspaper reported"
                "agency": ("organisation", None), "company": ("organisation", None), "firm": ("organisation", None),
                "newspaper": ("organisation", "MED"), "paper": ("organisation", "MED"),
                "broadcaster": ("organisation", "MED"), "network": ("organisation", "MED"),
                # "NATO ... the alliance", "the European Union ... the bloc", "Qantas ... the airline";
                # not "the union" (a trade union as often: "the union of dockworkers went on strike"),
                # "the body" (a corpse), "the bank" or "the council" (another one as often)
                "alliance": ("organisation", None), "bloc": ("organisation", None),
                "airline": ("organisation", None), "carrier": ("organisation", None)}
# The roles in which a description stands for an actor, not for a place or a thing ("in the country").
DESCRIPTION_DEPS = ("nsubj", "nsubjpass", "dobj", "poss")


def find_descriptions(doc: Doc) -> list[Mention]:
    """"the country", "the militant group", "the party" as the subject, object or possessor of a
    clause: descriptions of an actor named before, each with its head word in ``group_of``."""
    found = []
    for token in (doc[i] for i, word in enumerate(words_of(doc).lower) if word in DESCRIPTIONS):
        if token.tag_ != "NN" or token.dep_ not in DESCRIPTION_DEPS:
            continue
        article = next((c for c in token.lefts if c.dep_ == "det" and c.lower_ in ("the", "this")), None)
        if article is not None and all(c.dep_ in ("det", "amod") for c in token.lefts):
            found.append(Mention(article.i, token.i + 1, "description", "DESC", group_of=token.lower_))
    return found


# Institutions named by a singular noun that stand for a collective actor ("the government").
INSTITUTIONS = {"government", "army", "military", "police", "parliament", "ministry", "cabinet",
                "regime", "administration", "navy", "junta", "legislature", "judiciary", "opposition", "court",
                "tribunal"}
# A country's missions abroad, a body of its government where a country word qualifies them ("the
# U.S. embassy", "the Chinese consulate in Karachi"); "the embassy" alone refers to one named before.
MISSIONS = {"embassy", "consulate", "legation"}
# Sector words too vague alone to name a group ("all parties", "the sides").
VAGUE = {"party"}
# Sector words that a modifier makes a thing, not a group of people.
NOT_A_GROUP = {"media": {"social"}}
# Sectors of bodies that use force on the state's behalf.
ARMED_SECTORS = {"COP", "MIL"}
# Singular nouns for a crowd of people that acts together ("a mob attacked the station").
CROWDS = {"mob", "crowd", "gang", "militia"}
# Singular nouns for a body of armed men, a group where a sector phrase ends with them and a noun
# before them says whose ("the police force", "a company of rapid action police force", "the air
# force"; not "military force", the means).
UNITS = {"force", "contingent", "battalion", "brigade", "regiment", "unit", "squad", "detachment"}
# Nouns for the office of a body, which speaks and acts for it ("police headquarters said").
OFFICES = {"headquarters", "office", "department", "room", "directorate", "secretariat", "bureau", "command",
           "station"}
# Nouns that count the members of the group their "of" phrase names ("five companies of the rapid
# action force", "two columns of troops"): that group is the actor.
MEASURES = {"company", "column", "contingent", "unit", "platoon", "battalion", "batch", "team", "section", "group"}
# Collectives that are actors even when the text gives no country ("rebels attacked").
NON_STATE = {"rebel", "militant", "insurgent", "protester", "protestor", "demonstrator", "guerrilla",
             "gunman", "terrorist", "separatist", "rioter", "striker", "extremist", "jihadist"}
# Plural nouns for people that are actors when a country qualifies them ("Palestinian prisoners"),
# unlike "DPRK-Russia talks"; sector words ("soldiers", "officials") are actors anyway.
PEOPLE = {"prisoner", "worker", "student", "refugee", "civilian", "citizen", "national", "resident",
          "youth", "people", "villager", "farmer", "hacker", "settler", "migrant", "immigrant", "voter",
          "teacher", "doctor", "journalist", "reporter", "activist", "pilgrim", "tourist", "fisherman",
          "sailor", "crew", "passenger", "hostage", "detainee", "inmate", "victim", "child", "woman",
          "man", "family", "leader", "member", "supporter", "opponent", "delegate", "representative",
          "negotiator", "monk", "priest", "cleric", "tribesman", "clan", "muslim", "christian", "jew",
          "kurd", "shiite", "sunni", "hindu", "sikh", "buddhist", "group", "faction", "union", "agent", "guard",
          "inspector", "investigator", "observer", "peacekeeper", "monitor", "sniper", "personnel",
          "dockworker", "docker", "miner", "nurse", "driver", "trucker", "labourer", "laborer", "pilot"}
# People who tell what they know or saw: the speakers of reports, actors even where nothing places
# them ("sources told CNN", "witnesses said", "a source close to the talks").
INFORMANTS = {"source", "witness", "eyewitness", "analyst", "expert", "aide", "adviser", "advisor", "insider",
              "informant", "spokesperson", "participant", "attendee", "bystander", "onlooker"}
# The bodies that speak for the person whose possessive qualifies them ("the mayor's office", "the
# president's office said"), where the person is a role or a name.
PERSONAL_BODIES = {"office", "campaign"}
# "people familiar with the matter", "a person close to the talks", "people briefed on the plan"
INFORMED = {"familiar", "close", "briefed", "knowledgeable"}
# What may qualify "sources" that are people ("intelligence sources", "two unnamed sources"), unlike
# "energy sources"; sector and country words may too.
SOURCE_QUALIFIERS = {"unnamed", "anonymous", "informed", "senior", "official", "reliable", "credible",
                     "knowledgeable", "diplomatic", "intelligence", "security", "military", "government",
                     "police", "palace", "party", "western", "local", "other", "several", "multiple", "many",
                     "some", "the", "a", "an", "one", "two", "three", "both", "these", "those", "our", "his", "her",
                     "their", "its", "top", "high-level", "well-placed", "humanitarian", "medical", "hospital",
                     "judicial", "court", "airport", "industry", "trade", "banking", "market", "opposition",
                     "rebel", "tribal", "regional", "european", "arab", "u.s.", "us", "u.n.", "un", "club", "team",
                     "family", "company", "campaign", "ministry", "embassy", "presidency", "administration",
                     "defence", "defense", "league", "union", "federation", "navy", "army", "coalition"}
# Nouns for one person, an actor of their own when a country qualifies them ("a Saudi businessman").
ONE_PERSON = (PEOPLE - {"people", "crew", "family", "group", "faction", "union", "clan"}) | {
    "businessman", "businesswoman", "soldier", "officer", "policeman", "lawyer", "engineer", "scientist",
    "executive", "director", "manager", "employee", "staffer", "banker", "trader", "economist", "lawmaker",
    "legislator", "politician", "activist", "physician", "nurse", "judge", "prosecutor", "coach", "player"}
# Military hardware that stands for the forces using it ("Israeli helicopters and tanks shelled").
HARDWARE = {"helicopter", "tank", "aircraft", "jet", "warplane", "plane", "warship", "ship", "drone",
            "bulldozer", "artillery", "gunboat", "submarine", "missile"}
# Armed acts that stand for the forces making them ("US Predator attacks killed ...").
ARMED_ACTS = {"attack", "airstrike", "raid", "bombing", "shelling", "bombardment", "offensive",
              "incursion"}
# What makes a strike an armed one ("Israeli air strikes", "US drone strikes"; not "French strikes").
ARMED_STRIKES = {"air", "missile", "drone", "rocket", "artillery"}
# The unions the checks below ask of every noun, built once rather than at each asking.
PERSON_WORDS = frozenset(PEOPLE | ONE_PERSON)
GROUP_WORDS = frozenset(PEOPLE | ONE_PERSON | INSTITUTIONS | CROWDS | HARDWARE | UNITS | INFORMANTS)


def armed_act(token: Token) -> bool:
    """Does the noun name an armed act, which stands for the forces making it?"""
    lemma = token.lemma_.lower()
    return lemma in ARMED_ACTS or lemma == "strike" and any(
        c.dep_ == "compound" and c.lower_ in ARMED_STRIKES for c in token.children)


_MODIFIER_DEPS = ("det", "amod", "compound", "nmod", "nummod", "poss", "quantmod")
# Nouns for a part of a country: a name that qualifies one names a place ("Russia's Kursk region").
PLACE_NOUNS = {"region", "province", "city", "district", "oblast", "state", "county", "area", "border",
               "capital", "town", "village", "territory", "port", "island", "coast", "prefecture", "strip",
               "heights", "peninsula", "valley", "enclave", "zone", "corridor", "sector", "outskirts",
               "suburb", "neighborhood", "neighbourhood", "quarter"}


def for_or_against(token: Token) -> bool:
    """"an anti-Syria journalist", "pro-Russian separatists": a country word one is for or
    against, which says nothing of one's own country."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


def find_collectives(doc: Doc, gazetteer: Gazetteer, taken: set[int],
                     countries: dict[int, str]) -> list[Mention]:
    """Noun phrases that name groups: by their sector ("Ugandan rebels", "Senior Hungarian and
    Romanian officials", "the Syrian government", "police"), by their country ("Palestinian
    prisoners"), or by a demonym ("ethnic Albanians"). ``countries``: the words of country forms
    (``gazetteer.country_positions``)."""
    stance = {i for i in countries if for_or_against(doc[i])}
    found = []
    nouns = (i for i, pos in enumerate(words_of(doc).pos) if pos in ("NOUN", "PROPN"))
    for token in (doc[i] for i in nouns if i not in taken or i in countries):
        lemma = token.lemma_.lower()
        plural = token.tag_ in ("NNS", "NNPS")
        left = [t for t in token.lefts if t.dep_ in _MODIFIER_DEPS]
        start = min((t.left_edge.i for t in left), default=token.i)
        end = token.i + 1 + _of_phrase_length(token)
        of_a_country = any(i in countries and i not in stance for i in range(start, end))
        national = of_a_country and (lemma in PEOPLE or lemma in HARDWARE or token.i in countries) \
            or lemma in PEOPLE and _in_a_country(token, countries)  # "dockworkers in Chile"
        if token.ent_type_ == "PERSON" and token.i not in countries:
            continue  # a name; but "Bosnian Serbs", which the NER may call a person, is a people
        if token.dep_ == "compound" and group_word(token.head, gazetteer):
            continue  # "army" of "army officers": the officers are the group
        if token.dep_ == "compound" and _speaking_office(_phrase_head(token), gazetteer):
            continue  # "police" of "police headquarters said": the office speaks for the police
        if lemma in MEASURES and end > token.i + 1 and any(group_word(t, gazetteer) for t in doc[token.i + 2:end]):
            continue  # "companies of the rapid action force": the force is the group
        if lemma in VAGUE and not left or any(t.lower_ in NOT_A_GROUP.get(lemma, ()) for t in left):
            continue  # "parties to the conflict": no one's political parties; "social media"
        # "Russian aircraft" (one word for one plane or many) stands for the forces using them,
        # "US attacks" for those making them
        qualified = of_a_country and token.i not in countries  # by a country word, not itself one
        # asked only where it decides (plural nouns and words for one person), the dearest test here
        sector = (plural or lemma in ONE_PERSON) and _sector_word_or_phrase(token, left, start, gazetteer)
        if plural and (sector or national or informant(token, gazetteer, countries) or counted(token)) \
                or lemma in INSTITUTIONS or lemma in CROWDS or _sector_outlet(token, start, gazetteer) \
                or _armed_body(token, gazetteer) \
                or qualified and (lemma in HARDWARE or lemma in MISSIONS or armed_act(token)) \
                or lemma in MISSIONS and not plural and [t.lower_ for t in left] == ["the"] \
                or _unit(token, start, gazetteer) or personal_body(token) or _speaking_office(token, gazetteer):
            found.append(Mention(start, end, "collective", "GROUP"))
        elif ((qualified or sector) and lemma in ONE_PERSON or informant(token, gazetteer, countries)) \
                and any(t.lower_ in ("a", "an", "one") for t in left) \
                or not plural and lemma in ONE_PERSON and [t.lower_ for t in left] == ["the"]:
            # "a Saudi businessman", "the soldier": one person
            found.append(Mention(start, end, "nominal", "PERSON"))
    return found


def _sector_word_or_phrase(token: Token, left: list[Token], start: int, gazetteer: Gazetteer) -> bool:
    """Is the noun a sector word, or a compound before it ("army officers", "police officials"), or
    does a sector phrase end with it ("security personnel")?"""
    return bool(gazetteer.sector_of_word(token)) \
        or any(gazetteer.sector_of_word(t) for t in left if t.dep_ == "compound") \
        or gazetteer.sector_of_phrase(token.doc[start:token.i + 1]) is not None


def personal_body(token: Token) -> bool:
    """Is the noun the body of a person its possessive names ("the mayor's office", "Trump's
    campaign")?"""
    return token.lemma_.lower() in PERSONAL_BODIES and token.tag_ == "NN" and any(
        c.dep_ == "poss" and (c.lemma_.lower() in NOMINAL_ROLES or c.ent_type_ == "PERSON") for c in token.children)


def _sector_outlet(token: Token, start: int, gazetteer: Gazetteer) -> bool:
    """Is a singular noun for a news outlet, with what qualifies it, a sector phrase ("state
    television", "local radio"), or the outlet the text has in mind ("the newspaper cited an
    official")? Like "state media", a body that reports; but where the outlet's name follows, the
    name is the actor ("state news agency SANA")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.dep_ == "compound" or token.lemma_.lower() not in MEDIA_NOUNS \
            or after is not None and after.text[:1].isupper() and after.ent_type_ not in ("DATE", "TIME"):
        return False
    words = token.doc[start:token.i + 1]
    if token.lemma_.lower() in OUTLET_WORDS and [t.lower_ for t in words[:-1]] == ["the"]:
        return True
    return any(end == len(words) and first < end - 1 for first, end, _ in gazetteer.sector_matches(words))


def _speaking_office(token: Token, gazetteer: Gazetteer) -> bool:
    """Is a singular noun for an office the subject of a verb, with a sector word among the nouns
    before it that says whose ("police headquarters said", "the army press office", "the state
    police control room")? It speaks and acts for that body; as the place it is ("taken to the
    police station") it is none."""
    return token.tag_ == "NN" and token.dep_ == "nsubj" and token.lemma_.lower() in OFFICES and any(
        t.dep_ == "compound" and gazetteer.sector_of_word(t) for t in token.doc[token.left_edge.i:token.i])


def _phrase_head(token: Token) -> Token:
    """The noun a chain of compounds ends in ("police" of "state police control room": room)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _armed_body(token: Token, gazetteer: Gazetteer) -> bool:
    """Is a singular noun the word of a police or armed body, named by "the" as the one that acts
    ("the cid interrogated him", "the crpf occupied the college")?"""
    return token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and [t.lower_ for t in token.lefts] == ["the"] and token.lemma_.lower() not in ONE_PERSON \
        and gazetteer.sector_of_word(token) in ARMED_SECTORS


def _in_a_country(token: Token, countries: dict[int, str]) -> bool:
    """Does an "in" phrase of the noun name a country ("dockworkers in Chile")?"""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.i in countries for o in c.children if o.dep_ == "pobj")
               for c in token.children)


def counted(token: Token) -> bool:
    """"two officers", "three witnesses": people counted are some particular people."""
    return token.lemma_.lower() in PERSON_WORDS and any(c.dep_ == "nummod" for c in token.children)


def informant_word(token: Token) -> bool:
    """Is the noun one for people who report what they know, whatever qualifies it?"""
    lemma = token.lemma_.lower()
    if lemma in ("people", "person"):
        return any(c.lower_ in INFORMED for c in token.children if c.dep_ in ("amod", "acl"))
    return lemma in INFORMANTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def informant(token: Token, gazetteer: Gazetteer, countries: dict[int, str]) -> bool:
    """Does the noun name people who report what they know ("sources", "a witness", "people
    familiar with the matter"), not things ("energy sources", "a source of income")?"""
    if not informant_word(token):
        return False
    return token.lemma_.lower() != "source" or all(
        t.lower_ in SOURCE_QUALIFIERS or t.i in countries or gazetteer.sector_of_word(t) or t.like_num
        for t in token.lefts if t.dep_ in _MODIFIER_DEPS)


def _unit(token: Token, start: int, gazetteer: Gazetteer) -> bool:
    """Is a singular noun a body of armed men by a sector phrase it ends ("police force")?"""
    before = token.doc[token.i - 1] if token.i > start else None
    return token.lemma_.lower() in UNITS and before is not None and before.pos_ in ("NOUN", "PROPN") \
        and before.head == token and gazetteer.sector_of_phrase(token.doc[start:token.i + 1]) is not None


def group_word(token: Token, gazetteer: Gazetteer) -> bool:
    """Does the noun name a group or its members ("officers", "troops", "villagers", "police",
    "sources")?"""
    lemma = token.lemma_.lower()
    return token.pos_ in ("NOUN", "PROPN") and (lemma in GROUP_WORDS or armed_act(token)
                                                  or gazetteer.sector_of_word(token) is not None)
