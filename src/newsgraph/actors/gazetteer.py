"""Knowledge about actors from the packaged data files: countries, organisations (international
bodies, armed groups), people, sector words.

Forms are matched on lower-cased tokens (the first token must be capitalised in the text), so
"Russian" and "the DPRK" are found while "us" is not taken for the United States.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc, Token

from newsgraph.data import read_table
from newsgraph.errors import MalformedDataFile
from newsgraph.words import words_of

COUNTRY_KINDS = ("canonical", "name", "adjective", "capital", "city", "alias")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# Codes that name a sector with no country (an international news agency is just MED).
BARE_SECTORS = frozenset({"MED", "BUS", "CVL", "REB", "OPP", "MIL", "GOV", "NGO", "IGO"})
# The sector of officials of any state body ("officials", "a spokesman"), which a qualifier narrows.
GENERIC_SECTOR = "GOV"
# The head of closed compounds naming workers ("dockworker").
WORKER = "worker"


@dataclass(frozen=True, slots=True)
class CountryForm:
    code: str
    kind: str  # one of COUNTRY_KINDS


@dataclass(frozen=True, slots=True)
class Role:
    """A code someone held from ``start`` to ``end`` (days as YYYYMMDD, either end open: None), or
    at all times where neither is given."""

    code: str
    start: int | None = None
    end: int | None = None

    @property
    def timeless(self) -> bool:
        return self.start is None and self.end is None

    def holds_on(self, day: int) -> bool:
        return not self.timeless and (self.start or 0) <= day <= (self.end or 99_999_999)

    def distance(self, day: int) -> int:
        """Days' worth of YYYYMMDD between ``day`` and this role's stretch (0 inside it)."""
        return max((self.start or 0) - day, day - (self.end or 99_999_999), 0)


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    code: str  # the latest role, for a person
    kind: str = "organisation"  # or "person" for a user's named people
    written_name: bool = False  # the actor takes the name as the text writes it ("Sergei", not "Sergey")
    source: str = ""  # the file it comes from
    roles: tuple[Role, ...] = ()  # a person's roles with their dates, where they differ

    def on(self, day: date | None) -> Organisation:
        """The entry with the code of the role held on ``day`` ("Vladimir Putin" in 1998 is an elite
        figure, RUSELI, in 2001 the president, RUSGOV): a dated role that holds then (the latest
        begun, if several do), else one that holds at all times, else the role nearest in time;
        the latest role where the day is unknown."""
        if day is None or not self.roles:
            return self
        when = day.year * 10_000 + day.month * 100 + day.day
        dated = [r for r in self.roles if r.holds_on(when)]
        timeless = [r for r in self.roles if r.timeless]
        if dated:
            code = max(dated, key=lambda r: r.start or 0).code
        elif timeless:
            code = timeless[-1].code
        else:
            code = min(self.roles, key=lambda r: r.distance(when)).code
        return self if code == self.code else replace(self, code=code)

    @property
    def country(self) -> str | None:
        if self.code in ("NGO", "IGO"):
            return self.code
        return None if self.code in BARE_SECTORS else self.code[:3]

    @property
    def sector(self) -> str | None:
        """The rest of the code after the country: a sector, or CAMEO's IGO/NGO sub-codes."""
        if self.code in ("NGO", "IGO"):
            return None
        return self.code if self.code in BARE_SECTORS else (self.code[3:] or None)


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int  # token indices, end-exclusive
    end: int
    country: CountryForm | None = None
    organisation: Organisation | None = None


def country_positions(matches: Sequence[GazetteerMatch]) -> dict[int, str]:
    """Token index → country code, for every token of a country form the gazetteer matched."""
    return {i: m.country.code for m in matches if m.country is not None for i in range(m.start, m.end)}


def token_key(text: str) -> str:
    lowered = text.lower()
    # translating is the dear part, and few words hold a curly apostrophe
    return lowered.translate(_APOSTROPHES) if "’" in lowered or "‘" in lowered else lowered


class Gazetteer:
    """Look-ups of country forms, organisations and sector words over spaCy tokens."""

    def __init__(self, countries: dict[tuple[str, ...], CountryForm],
                 organisations: dict[tuple[str, ...], Organisation],
                 sectors: dict[tuple[str, ...], str], country_names: dict[str, str] | None = None,
                 ordinary_words: frozenset[tuple[str, ...]] = frozenset(),
                 local_forms: frozenset[tuple[str, ...]] = frozenset(),
                 spellings: dict[str, str] | None = None) -> None:
        self.countries = countries
        # each word of the forms, lower-cased, as most forms write it ("nato": "NATO", "yeltsin":
        # "Yeltsin"), for giving a text without case its capitals back (nlp.recase)
        self.spellings = spellings or {}
        self.ordinary_words = ordinary_words
        # forms that name a body only in a story of its own country ("Republican", "PAC", "RAF")
        self.local_forms = local_forms
        self.country_names = country_names or {}
        self.organisations = organisations
        self.sectors = sectors
        # "President Bouteflika": a surname that only one known person bears (None where several do)
        self._surnames: dict[str, Organisation | None] = {}
        self._surname_countries: dict[str, Counter] = defaultdict(Counter)
        for organisation in set(organisations.values()):
            if organisation.kind == "person" and " " in organisation.name:
                surname = token_key(organisation.name.split()[-1])
                self._surnames[surname] = None if surname in self._surnames else organisation
                self._surname_countries[surname][organisation.country] += 1
        # the words of sector forms: a name made only of them names a kind of body, not one body
        self._sector_words = {word for key in sectors for word in key}
        # the most words a sector form of several words starting with each word has
        self._sector_longest: dict[str, int] = {}
        for key in sectors:
            if len(key) > 1:
                self._sector_longest[key[0]] = max(self._sector_longest.get(key[0], 0), len(key))
        # The longest form starting with each word bounds the look-ahead at that word.
        self._longest: dict[str, int] = {}
        for key in (*countries, *organisations):
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    @classmethod
    def load(cls, *, extra_actors: Sequence[Path] = ()) -> Gazetteer:
        tokenize = _tokenizer()
        countries: dict[tuple[str, ...], CountryForm] = {}
        names: dict[str, str] = {}
        written: list[str] = []
        for _, row in read_table("countries.tsv", columns=("code", "form", "kind")):
            countries.setdefault(tokenize(row["form"]), CountryForm(row["code"], row["kind"]))
            written.append(row["form"])
            if row["kind"] == "canonical":
                names[row["code"]] = row["form"]
        organisations: dict[tuple[str, ...], Organisation] = {}
        forms_of: dict[Organisation, list[tuple[str, ...]]] = defaultdict(list)
        local: set[tuple[str, ...]] = set()
        # later sources win a shared form: the hand-written organisations over PETRARCH's bodies
        # and armed groups
        for source in ("international.tsv", "armed_groups.tsv", "organisations.tsv", "people.tsv", *extra_actors):
            # the packaged people are spelt as PETRARCH-2 spells them; a user's file names its own
            for key, organisation, is_local, form in _organisation_rows(source, tokenize,
                                                                         written_name=source == "people.tsv"):
                written.append(form)
                if is_local:
                    local.add(key)
                earlier = organisations.get(key)
                if earlier is not None and earlier != organisation and earlier.kind == organisation.kind \
                        and earlier.source != organisation.source:
                    # one body in two files is one actor: the later entry takes all the earlier one's
                    # forms ("The European Union" of PETRARCH's bodies is the curated "EU")
                    for form in forms_of.pop(earlier, ()):
                        if organisations.get(form) == earlier:
                            organisations[form] = organisation
                            forms_of[organisation].append(form)
                organisations[key] = organisation
                forms_of[organisation].append(key)
        sectors = {tokenize(row["form"]): row["sector"]
                   for _, row in read_table("sectors.tsv", columns=("form", "sector"))}
        ordinary = frozenset(tokenize(row["form"]) for _, row in read_table("ordinary_words.tsv", columns=("form",)))
        return cls(countries, organisations, sectors, names, ordinary, frozenset(local), _spellings(written))

    def generic(self, words: Sequence[str]) -> bool:
        """Is a name made only of sector words ("the Supreme Court", "Defence Ministry"), so that it
        names a kind of body that every country has, rather than one body ("the Umma party")?"""
        content = [token_key(w) for w in words if w.lower() not in ("the", "of", "and", "for", "'s")]
        return bool(content) and all(w in self._sector_words for w in content)

    def person_by_surname(self, word: str) -> Organisation | None:
        """The one known person with this surname, if only one has it."""
        return self._surnames.get(token_key(word))

    def country_by_surname(self, word: str) -> str | None:
        """The country of most known people with this surname ("President Bush": two American
        presidents and a Caymanian premier), where at least two thirds of them share it."""
        countries = self._surname_countries.get(token_key(word))
        if not countries:
            return None
        country, count = countries.most_common(1)[0]
        return country if count >= 2 and count * 3 >= 2 * sum(countries.values()) else None

    def dateline_country(self, dateline: str) -> str | None:
        """The country of a dateline's first known place ("NEW DELHI", "PYONGYANG/MOSCOW",
        "BEIRUT, Lebanon"), or of the US state after its city ("NEWARK, N.J.")."""
        tokenize = _tokenizer()
        parts = [tokenize(part.strip()) for part in re.split(r"[/,]", dateline) if part.strip()]
        for part in parts:
            form = self.countries.get(part)
            if form is not None:
                return form.code
        return _dateline_states().get(parts[1]) if len(parts) == 2 else None

    def state_country(self, words: Sequence[Token]) -> str | None:
        """The country of a state the words name in full, written with capitals ("Florida Rep.
        Debbie Wasserman Schultz", "the New York senator"): a title's place, not a dateline's."""
        states = _dateline_states()
        for start, word in enumerate(words):
            if not word.text[:1].isupper():
                continue
            for end in (start + 2, start + 1):
                key = tuple(token_key(w.text) for w in words[start:end])
                if len(key) == end - start and key in states and not key[-1].endswith("."):
                    return states[key]
        return None

    def country_name(self, code: str) -> str:
        return self.country_names.get(code, code)

    def match(self, doc: Doc, *, day: date | None = None,
              english: Container[str] = frozenset()) -> list[GazetteerMatch]:
        """Longest country and organisation forms, left to right, never overlapping; known people
        with the role they held on ``day``, the article's date.

        In a document written all in lower case or all in capitals (``document_casing``), case
        tells nothing: forms are matched whatever their case, except the forms that news writes
        in lower case as ordinary words ("us", "who", "male": ``ordinary_words.tsv``) and single
        words the parser takes for pronouns, verbs or function words, unless they are no word of
        ``english`` (the model's lexicon, where the caller has it: "told haaretz that", where the
        tagger guesses a verb).
        """
        texts = words_of(doc).text
        keys = [token_key(text) for text in texts]
        caseless = document_casing(doc) != "mixed"
        found = []
        i = 0
        while i < len(doc):
            if caseless:
                hit = self._match_at(doc, keys, i)
                if hit and not self._caseless_name(doc, keys, hit, english):
                    hit = None
            else:
                # told from the words' text, without asking the Doc for a token, as most words are no name
                first = texts[i][:1]
                named = first.isupper() or first.isdigit() or keys[i] in NAME_ARTICLES and _article_of_a_name(doc, i)
                hit = self._match_at(doc, keys, i) if named else None
                if hit is None and keys[i] in COMPASS_OPENERS and _compass_of_a_name(doc, i):
                    # "northern Ireland", as some wire copy writes it: the region, where the whole is one
                    hit = self._match_at(doc, keys, i)
                    hit = hit if hit and hit.end - hit.start > 1 else None
            if hit and hit.organisation and hit.organisation.roles:
                hit = replace(hit, organisation=hit.organisation.on(day))
            if hit:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    def _match_at(self, doc: Doc, keys: list[str], i: int) -> GazetteerMatch | None:
        for length in range(min(self._longest.get(keys[i], 0), len(doc) - i), 0, -1):
            key = tuple(keys[i:i + length])
            organisation = self.organisations.get(key)
            if organisation and not (length == 1 and organisation.kind == "person" and self._inside_a_name(doc, i)):
                return GazetteerMatch(i, i + length, organisation=organisation)
            country = self.countries.get(key)
            if country:
                return GazetteerMatch(i, i + length, country=country)
        people = self.countries.get((keys[i][:-1],)) if keys[i].endswith("s") else None
        if people is not None and people.kind == "adjective":  # "Albanians", "Nigerians"
            return GazetteerMatch(i, i + 1, country=people)
        return None

    def _caseless_name(self, doc: Doc, keys: list[str], hit: GazetteerMatch, english: Container[str]) -> bool:
        """Is a match in a document without case a name, not an ordinary word ("us", "is")? A
        country's name after "the" is one ("the us"), and so is one parsed as a name that modifies
        a noun, as no pronoun does ("us troops", "egyptian-us relations")."""
        if tuple(keys[hit.start:hit.end]) in self.ordinary_words:
            return hit.country is not None and hit.country.kind in ("canonical", "name") \
                and (hit.start > 0 and keys[hit.start - 1] == "the" or _modifies_like_a_name(doc, hit.start))
        # a country's or a capital's name that is no ordinary word is a name whatever the tagger,
        # which guesses at words it never saw in lower case, calls it ("denmark today accepted",
        # "a visit to prague": verbs); the lexicon knows capitals too, from WordNet
        return hit.end - hit.start > 1 or doc[hit.start].pos_ in NAME_POS or not doc.has_annotation("POS") \
            or hit.country is not None and hit.country.kind in ("canonical", "name", "capital") \
            or bool(english) and keys[hit.start] not in english

    def _inside_a_name(self, doc: Doc, i: int) -> bool:
        """Is the word one of a longer name ("Abdullah" of Abdullah Ocalan, not King Abdullah)?"""
        def name_word(token: Token) -> bool:
            return token.pos_ == "PROPN" and _capitalised(token) and self.sector_of_word(token) is None
        return i + 1 < len(doc) and name_word(doc[i + 1]) or i > 0 and name_word(doc[i - 1])

    def country_opening(self, doc: Doc, match: GazetteerMatch) -> GazetteerMatch | None:
        """The longest country form that opens an organisation's matched name and is not all of it
        ("U.S." of "U.S. Senate", "Iraq" of "Iraq Body Count"), as a match of its own."""
        keys = [token_key(t.text) for t in doc[match.start:match.end]]
        for length in range(len(keys) - 1, 0, -1):
            if (country := self.countries.get(tuple(keys[:length]))) is not None:
                return GazetteerMatch(match.start, match.start + length, country=country)
        return None

    def sector_matches(self, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
        """Sector words among ``tokens`` as (first, last + 1, sector), longest first per start.

        The last word of a phrase also matches by lemma ("troops" finds "troop").
        """
        tokens = list(tokens)
        keys = [token_key(t.text) for t in tokens]
        found = []
        i = 0
        while i < len(tokens):
            hit = None
            for length in range(min(4, len(tokens) - i), 0, -1):
                # "Secretary-General" is three tokens: the hyphen joins, it is not a word
                words = [keys[j] for j in range(i, i + length) if tokens[j].text != "-"]
                if len(words) > 1 and self._sector_longest.get(words[0], 0) < len(words):
                    continue  # no form of that many words starts with the first
                last = tokens[i + length - 1]
                compound = _compound_head(last.lemma_.lower()) if length == 1 else None
                candidates = (tuple(words), (*words[:-1], last.lemma_.lower()), *([(compound,)] if compound else ()))
                for candidate in candidates:
                    if candidate in self.sectors and _nominal(last):
                        hit = (i, i + length, self.sectors[candidate])
                        break
                if hit:
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def sector_of_phrase(self, tokens: Sequence[Token]) -> str | None:
        """The sector of the longest sector phrase that ends with the last of ``tokens`` ("rapid action
        police force": COP), if one does."""
        return next((sector for start, end, sector in self.sector_matches(tokens) if end == len(tokens)), None)

    def sector_of_people(self, tokens: Sequence[Token]) -> str | None:
        """The sector of the people a noun phrase ending in its head names: the head's sector phrase,
        or where that says only "officials" of some state body or nothing ("police officials", "an
        army spokesman", "police sources", "a senior IPS officer"), the last more specific sector
        word before it. As in PETRARCH's agent dictionaries, the qualifier says whose officials."""
        matches = self.sector_matches(tokens)
        own = next((sector for start, end, sector in matches if end == len(tokens)), None)
        if own not in (None, GENERIC_SECTOR):
            return own
        return next((sector for start, end, sector in reversed(matches)
                     if end < len(tokens) and sector != GENERIC_SECTOR), own)

    def sector_of_word(self, token: Token) -> str | None:
        for key in ((token_key(token.text),), (token.lemma_.lower(),)):
            if key in self.sectors:
                return self.sectors[key]
        head = _compound_head(token.lemma_.lower())
        return self.sectors.get((head,)) if head else None


def _compound_head(lemma: str) -> str | None:
    """The sector word a closed compound ends in ("dockworker", "steelworker", "farmworker": worker)."""
    return WORKER if lemma.endswith(WORKER) and lemma[:-len(WORKER)].isalpha() else None


def _spellings(forms: Iterable[str]) -> dict[str, str]:
    """Each word of the forms, lower-cased, with the spelling most forms give it; words only ever
    written in lower case inside names ("of", "al") are left out."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for form in forms:
        for word in form.split():
            if word != word.lower():
                counts[word.lower()][word] += 1
    return {lower: spelt.most_common(1)[0][0] for lower, spelt in counts.items()}


def _organisation_rows(source: str | Path, tokenize, *,
                       written_name: bool = False) -> Iterable[tuple[tuple[str, ...], Organisation, bool, str]]:
    """Each form of each actor of a file, tokenized, with whether it is a local form (``local``
    column: a form that names the actor only in a story of the actor's country) and as written."""
    label = str(source)
    for number, row in read_table(source, columns=("name", "code")):
        name, code = row["name"].strip(), row["code"].strip().upper()
        kind = (row.get("kind") or "organisation").strip() or "organisation"
        if not name or not code.isalpha():
            raise MalformedDataFile(f"{label} line {number}: an actor needs a name and a code of letters "
                                    f"such as RUSGOV (got name {name!r}, code {code!r})")
        if kind not in ("organisation", "person", "country"):
            raise MalformedDataFile(f"{label} line {number}: kind must be organisation, person or country, "
                                    f"not {kind!r}")
        organisation = Organisation(name, code, kind, written_name, label, parse_roles(row.get("roles"), label, number))
        forms = [name, *(f.strip() for f in (row.get("forms") or "").split("|") if f.strip())]
        for form in forms:
            yield tokenize(form), organisation, False, form
        for form in (f.strip() for f in (row.get("local") or "").split("|") if f.strip()):
            yield tokenize(form), organisation, True, form


def parse_roles(text: str | None, label: str, number: int) -> tuple[Role, ...]:
    """"RUSELI@19700101-19990809|RUSGOV@20080508-|RUSELI" as roles; a malformed one is an error
    naming ``label`` (the file) and line ``number``."""
    roles = []
    for part in filter(None, (text or "").split("|")):
        code, _, dates = part.strip().partition("@")
        start, _, end = dates.partition("-")
        if not code.isalpha() or not all(d.isdigit() and len(d) == 8 for d in (start, end) if d) or dates and "-" not in dates:
            raise MalformedDataFile(f"{label} line {number}: a role is a code with an optional stretch of days "
                                    f"such as RUSGOV@20080508-20120507 or RUSGOV@20120507- (got {part!r})")
        roles.append(Role(code.upper(), int(start) if start else None, int(end) if end else None))
    return tuple(roles)


# Parts of speech a one-word name may take in a document without case ("indian" is an adjective).
NAME_POS = ("PROPN", "NOUN", "ADJ", "X")
# A document is in lower case when fewer than this share of its words begin with a capital (news
# in ordinary case has 10 to 20% of them: sentence starts and names; the lower-cased Times of India
# stories of ../shared/data/ipe have under 1%, a header line's), in capitals when more than this
# share of its words of two letters or more are all capitals.
LOWER_CASE_SHARE = 0.03
UPPER_CASE_SHARE = 0.6


@lru_cache(maxsize=1)
def _dateline_states() -> dict[tuple[str, ...], str]:
    tokenize = _tokenizer()
    return {tokenize(row["form"]): row["country"]
            for _, row in read_table("dateline_states.tsv", columns=("form", "country"))}


def document_casing(doc: Doc) -> str:
    """"lower", "upper" or "mixed": how the document's words are written.

    Kept in the Doc's ``user_data``: a Doc's text never changes, and four stages ask."""
    casing = doc.user_data.get(_CASING)
    if casing is None:
        casing = doc.user_data[_CASING] = _casing(doc)
    return casing


_CASING = "newsgraph.casing"


def _casing(doc: Doc) -> str:
    words = [word for word in words_of(doc).text if len(word) > 1 and word.isalpha()]
    if not words:
        return "mixed"
    if sum(w[0].isupper() for w in words) < LOWER_CASE_SHARE * len(words):
        return "lower"
    if sum(w.isupper() for w in words) > UPPER_CASE_SHARE * len(words):
        return "upper"
    return "mixed"


def _modifies_like_a_name(doc: Doc, i: int) -> bool:
    """Is the ordinary word at i parsed as a name that modifies a noun after it, as no pronoun
    does ("us rhetoric", "visits by us secretary rice", "egyptian-us relations"; not "gave us
    money", nor the noun in "a family reunion party")?"""
    token = doc[i]
    return token.pos_ == "PROPN" and token.dep_ in ("compound", "amod", "nmod") and token.head.i > i \
        and token.head.pos_ in ("NOUN", "PROPN")


def _capitalised(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit()


# Arabic's article, written in lower case before a hyphen and a name ("al-Qaeda", "el-Sisi").
NAME_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "an", "ar"})
# Compass words that open the names of regions and countries ("Northern Ireland", "South Sudan"), which
# some copy writes in lower case before the capitalised rest; the whole may be another country's.
COMPASS_OPENERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _article_of_a_name(doc: Doc, i: int) -> bool:
    return (doc[i].lower_ in NAME_ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-"
            and _capitalised(doc[i + 2]))


def _compass_of_a_name(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in COMPASS_OPENERS and i + 1 < len(doc) and _capitalised(doc[i + 1])


def _nominal(token: Token) -> bool:
    # X: what the tagger makes of an abbreviation it never saw in lower case ("the igp", "the dgp")
    return token.pos_ in ("NOUN", "PROPN", "X", "") or not token.doc.has_annotation("POS")


_PLAIN_WORDS = re.compile(r"\s*[A-Za-z]+(?:\s+[A-Za-z]+)*\s*")


@lru_cache(maxsize=1)
def _tokenizer():
    blank = spacy.blank("en")

    def tokenize(form: str) -> tuple[str, ...]:
        if _PLAIN_WORDS.fullmatch(form):  # most names: words split as spaCy would, thirty times faster
            return tuple(token_key(word) for word in form.split())
        return tuple(token_key(t.text) for t in blank.tokenizer(form.strip()))
    return tokenize


@lru_cache(maxsize=8)
def default_gazetteer(extra_actors: tuple[Path, ...] = ()) -> Gazetteer:
    """The packaged gazetteer (plus a user's actor files), loaded once per process."""
    return Gazetteer.load(extra_actors=extra_actors)
