"""What the text says about an actor: titles and appositions, and the country and sector in them.

"Russian Foreign Minister Sergei Lavrov" gives the title "Russian Foreign Minister", hence RUS
and GOV; "Kim Jong-un, general secretary of the Workers' Party of Korea and president of the
State Affairs of the DPRK" gives two titles, hence PRK and GOV.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import Gazetteer, GazetteerMatch, document_casing
from newsgraph.actors.mentions import bracket_before

_TITLE_DEPS = {"compound", "amod", "nmod", "npadvmod", "prep", "pobj", "det", "poss", "case"}
MAX_TITLE_WORDS = 6
# The longest title a body and a role make ("the director of the VOA Eurasian division").
MAX_BODY_TITLE_WORDS = 8
# When a title names several sectors, the more specific wins over the generic GOV of "leader".
SECTOR_PRIORITY = ("MIL", "REB", "SPY", "COP", "JUD", "LEG", "MED", "PTY", "OPP", "BUS", "GOV")
# Head words of a title that say what one is, not where: the words before them say the sector
# ("army chief", "opposition leader", "police spokesman").
GENERIC_HEADS = {"chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "official"}


@dataclass(frozen=True, slots=True)
class Evidence:
    country: str | None = None
    sector: str | None = None


def title_spans(doc: Doc, start: int, end: int, gazetteer: Gazetteer,
                matches: Sequence[GazetteerMatch] = ()) -> list[Span]:
    """Titles of the name at ``doc[start:end]``: words before it and appositions around it.

    Only phrases with a role or sector word count ("his DPRK counterpart", not "the two sides"), or
    with a body among ``matches`` (the gazetteer's, around the name) and a noun after it for the
    person's place in it ("FBI agent", "Hamas member").
    """
    found = [span for span in _candidate_titles(doc, start, end)
             if gazetteer.sector_matches(list(span)) or _body_and_role(span, matches)]
    if not found and document_casing(doc) != "mixed":
        found = _title_before(doc, start, gazetteer)
    return found


def _body_and_role(span: Span, matches: Sequence[GazetteerMatch]) -> bool:
    # short, as a title is: not an apposition that goes on to tell what the person did
    return len(span) <= MAX_BODY_TITLE_WORDS and span[-1].pos_ == "NOUN" and any(
        span.start <= m.start and m.end < span.end and m.organisation is not None
        and m.organisation.kind == "organisation" for m in matches)


def _title_before(doc: Doc, start: int, gazetteer: Gazetteer) -> list[Span]:
    """In text without case, whose parse often ties no title to the name after it: the longest
    sector phrase that ends right before the name, or before a short bracketed charge between
    them ("commissioner of police d d tuteja", "the igp (border range) sudhir sinha")."""
    opened = bracket_before(doc, start)
    end = start if opened is None else opened
    for first in range(max(0, end - MAX_TITLE_WORDS), end):
        if (0, end - first) in {(s, e) for s, e, _ in gazetteer.sector_matches(list(doc[first:end]))}:
            return [doc[first:start]]
    return []


def _candidate_titles(doc: Doc, start: int, end: int) -> list[Span]:
    head = doc[start:end].root
    titles = []
    first = start
    while first > 0 and start - first < MAX_TITLE_WORDS and _inside_title(doc[first - 1], head):
        first -= 1
    while first < start and doc[first].lower_ in ("the", "a"):
        first += 1
    if first < start:
        titles.append(doc[first:start])
    # a title before or in the name may name its country after it: "King Hussein of Jordan"
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if of is not None and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in of.children):
        titles.append(doc[first:of.right_edge.i + 1])
    for child in head.children:
        if child.dep_ == "appos" and child.i >= end:
            titles.extend(_split_conjuncts(child))
    if head.dep_ == "appos" and head.head.i < start:
        role = head.head
        left = min((t.left_edge.i for t in role.lefts), default=role.i)
        # with the role's "of" phrase ("the deputy commissioner of police, soumen mitra")
        of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == role.i + 1), None)
        right = of.right_edge.i + 1 if of is not None and of.right_edge.i < start else role.i + 1
        titles.append(doc[left:right])
    return titles


def _inside_title(token: Token, head: Token) -> bool:
    """Is ``token`` a pre-name modifier chain of ``head`` ("Russian Foreign Minister")?"""
    current = token
    for _ in range(4):
        if current.dep_ not in _TITLE_DEPS and current.lower_ not in ("the", "-"):  # "Secretary-General"
            return False
        if current.head == head:
            return True
        current = current.head
    return False


def _split_conjuncts(title: Token) -> list[Span]:
    """One span per conjoined title ("secretary of X and president of Y")."""
    doc = title.doc
    conjuncts = [title, *[t for t in title.subtree if t.dep_ == "conj" and t.head == title]]
    spans = []
    for index, conjunct in enumerate(conjuncts):
        start = conjunct.left_edge.i if index else title.left_edge.i
        stop = conjuncts[index + 1].left_edge.i if index + 1 < len(conjuncts) else title.right_edge.i + 1
        tokens = [t for t in doc[start:stop]]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            tokens.pop()
        if tokens:
            spans.append(doc[tokens[0].i:tokens[-1].i + 1])
    return spans


def evidence(span: Span, gazetteer: Gazetteer, matches: Sequence[GazetteerMatch]) -> Evidence:
    """The country and sector that a phrase gives ("the DPRK Foreign Ministry" → PRK, GOV).

    ``matches`` are the gazetteer matches of the whole Doc, found once by the caller.
    """
    countries: Counter[str] = Counter()
    sector = None
    body = None  # an international body the phrase names ("UN Secretary-General")
    body_sector = None  # the sector of the first body it names, for a role that says none ("FBI agent")
    for match in matches:
        if match.start < span.start or match.end > span.end:
            continue
        if match.country:
            countries[match.country.code] += 1
        elif match.organisation and match.organisation.country:
            countries[match.organisation.country] += 1
            if match.organisation.kind == "organisation":
                body_sector = body_sector or match.organisation.sector
            if match.organisation.country in ("IGO", "NGO"):
                body = body or match.organisation
    found = gazetteer.sector_matches(list(span))
    root = span.root.i - span.start
    headed = [s for start, end, s in found if start <= root < end]
    if headed and not (span.root.lemma_.lower() in GENERIC_HEADS and len(found) > 1):
        sector = headed[0]  # the title's own head word: "secretary of the Party" is not PTY
    elif found:
        sector = _preferred([s for _, _, s in found])  # "army chief": MIL, "opposition leader": OPP
    else:
        sector = body_sector
    if body is not None:
        # the holder of an office in an international body is coded as the body ("UN Secretary-General":
        # IGOUNO, "NATO Secretary General": IGOWSTNAT), whatever the office
        return Evidence(body.country, body.sector or sector)
    # a state named in the title says its country ("Florida Rep.", "the California congressman")
    country = countries.most_common(1)[0][0] if countries else gazetteer.state_country(list(span))
    return Evidence(country, sector)


def _preferred(sectors: list[str]) -> str:
    ranked = sorted(sectors, key=lambda s: SECTOR_PRIORITY.index(s) if s in SECTOR_PRIORITY else len(SECTOR_PRIORITY))
    return ranked[0] if ranked[0] in SECTOR_PRIORITY else sectors[-1]


def combine(items: Sequence[Evidence]) -> Evidence:
    """Evidence from several titles: the most frequent country; the first title's sector."""
    countries = Counter(e.country for e in items if e.country)
    sectors = [e.sector for e in items if e.sector]
    return Evidence(countries.most_common(1)[0][0] if countries else None, sectors[0] if sectors else None)
