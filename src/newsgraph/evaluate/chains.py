"""Scoring reporting chains: who said it, to whom, and through whom, on cases written as text.

A chain file is JSON Lines, one case per line::

    {"id": "A017", "kind": "quoted-as-saying", "depth": 2,
     "text": "Xinhua quoted a foreign ministry spokesman as saying that Beijing would respond firmly.",
     "quotes": [{"content": "Beijing would respond firmly", "speaker": "a foreign ministry spokesman",
                 "addressee": null, "via": ["Xinhua"]}]}

Every string in a quote is a substring of the case's text (its first occurrence is the one meant;
``tests/data/quote_chains/README.md`` has the annotation rules). The case runs through the whole
pipeline, as ``newsgraph extract`` runs an article: a dateline is cleaned away, and the strings are
looked for in the cleaned text. An expected quote is matched to the predicted quote whose content,
or one part of whose content, overlaps it best (character Jaccard at least 0.5, as on PolNeAR). It
is **exact** when the predicted speaker, the addressee (or its absence) and every step of ``via``,
outermost first, name what the case names.

A predicted party resolved to an actor names an expected string when one of the actor's mentions
overlaps an occurrence of the string, or when the actor's name and the string hold one another
("Lavrov" and "Sergei Lavrov"): a pronoun resolved to the right actor counts, and "the diplomat"
resolved to Macron names Macron. A party with no actor names the string its span overlaps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.evaluate.gold_files import json_line_records
from newsgraph.records import Actor, Party, Quote

MIN_JACCARD = 0.5
MEASURES = ("found", "speaker", "addressee", "via", "exact")
MIN_NAME_CHARS = 3  # "he" never names anyone by containment


@dataclass(frozen=True, slots=True)
class ExpectedQuote:
    content: str
    speaker: str
    addressee: str | None
    via: tuple[str, ...]
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class ChainCase:
    id: str
    kind: str
    depth: int
    text: str
    quotes: tuple[ExpectedQuote, ...]


@dataclass
class ChainScores:
    cases: int = 0
    # group ("all", "kind:citing", "depth:2") -> measure -> quotes right
    right: dict[str, Counter] = field(default_factory=dict)
    total: Counter = field(default_factory=Counter)  # group -> expected quotes

    def add(self, groups: Iterable[str], outcome: dict[str, bool]) -> None:
        for group in groups:
            self.total[group] += 1
            counts = self.right.setdefault(group, Counter())
            for measure, ok in outcome.items():
                counts[measure] += ok

    def rate(self, group: str, measure: str = "exact") -> float:
        return self.right.get(group, Counter())[measure] / self.total[group] if self.total[group] else 0.0

    def to_dict(self) -> dict:
        return {"cases": self.cases, "quotes": self.total["all"],
                **{group: {"quotes": self.total[group], **{m: round(self.rate(group, m), 4) for m in MEASURES}}
                   for group in sorted(self.total, key=_group_order)}}


def _group_order(group: str) -> tuple[int, str]:
    return (0 if group == "all" else 1 if group.startswith("kind:") else 2), group


def read_chains(path: Path) -> list[ChainCase]:
    return json_line_records(path, _case, what="chain case", option="--chains")


def _case(data: dict) -> ChainCase:
    case = f"case {data.get('id')!r}"  # quoted as written: an id may hold a line break
    text = data["text"]
    if not isinstance(text, str):
        raise TypeError(f"{case}: text is a string")
    quotes = []
    for quote in data["quotes"]:
        expected = ExpectedQuote(quote["content"], quote["speaker"], quote.get("addressee"),
                                 tuple(quote.get("via") or ()), quote.get("kind"))
        if not isinstance(expected.content, str) or not isinstance(expected.speaker, str):
            raise ValueError(f"{case}: a quote's content and speaker are strings")
        for value in (expected.content, expected.speaker, expected.addressee, *expected.via):
            if value is not None and (not isinstance(value, str) or value not in text):
                raise ValueError(f"{case}: {value!r} is not in its text")
        quotes.append(expected)
    if not quotes:
        raise ValueError(f"{case}: no quotes")
    if not isinstance(data["depth"], int) or isinstance(data["depth"], bool):
        raise ValueError(f"{case}: depth is a whole number")
    return ChainCase(str(data["id"]), str(data["kind"]), data["depth"], text, tuple(quotes))


def score_case(case: ChainCase, quotes: Sequence[Quote], actors: Sequence[Actor], scores: ChainScores,
               text: str | None = None) -> list[tuple[ExpectedQuote, Quote | None, dict[str, bool]]]:
    """Add one case's quotes to ``scores``; returns each expected quote, its match and outcome.
    ``text`` is the text the quotes index (the case's after cleaning; the case's own by default):
    an expected quote whose content cleaning took out is missed."""
    text = case.text if text is None else text
    scores.cases += 1
    by_id = {a.id: a for a in actors}
    results = []
    for expected in case.quotes:
        start = text.find(expected.content)
        quote = _best_match((start, start + len(expected.content)), quotes) if start >= 0 else None
        outcome = _outcome(text, expected, quote, by_id)
        scores.add(("all", f"kind:{case.kind}", f"depth:{1 + len(expected.via)}"), outcome)
        results.append((expected, quote, outcome))
    return results


def _best_match(expected: tuple[int, int], quotes: Sequence[Quote]) -> Quote | None:
    """The quote whose content, or one part of it, overlaps ``expected`` best (character Jaccard
    at least 0.5). A part counts on its own because '"A," she said. "B."' is one quote in two
    parts here, where a case may list each part as a quote."""
    wanted = set(range(*expected))
    best, best_score = None, MIN_JACCARD
    for quote in quotes:
        whole = {i for part in quote.content for i in range(part.start, part.end)}
        for chars in (whole, *({*range(p.start, p.end)} for p in quote.content)):
            score = len(wanted & chars) / len(wanted | chars) if chars else 0.0
            if score >= best_score:
                best, best_score = quote, score
    return best


def _outcome(text: str, expected: ExpectedQuote, quote: Quote | None, actors: dict[str, Actor]) -> dict[str, bool]:
    if quote is None:
        return dict.fromkeys(MEASURES, False)
    speaker = _names(text, expected.speaker, quote.speaker, actors)
    if expected.addressee is None:
        addressee = quote.addressee is None
    else:
        addressee = _names(text, expected.addressee, quote.addressee, actors)
    via = len(quote.via) == len(expected.via) and all(
        _names(text, name, Party(actor, None), actors) for name, actor in zip(expected.via, quote.via, strict=True))
    return {"found": True, "speaker": speaker, "addressee": addressee, "via": via,
            "exact": speaker and addressee and via}


def _names(text: str, expected: str, party: Party | None, actors: dict[str, Actor]) -> bool:
    if party is None:
        return False
    wanted = _occurrences(text, expected)
    actor = actors.get(party.actor) if party.actor else None
    # a resolved party is judged by its actor: "the diplomat" resolved to Macron names Macron
    spans = [(m.start, m.end) for m in actor.mentions] if actor else [(party.span.start, party.span.end)]
    if any(s < e2 and s2 < e for s, e in spans for s2, e2 in wanted):
        return True
    if actor is None:
        return False
    name, expected = actor.name.lower(), expected.lower()
    return min(len(name), len(expected)) >= MIN_NAME_CHARS and (name in expected or expected in name)


def _occurrences(text: str, part: str) -> list[tuple[int, int]]:
    found, start = [], text.find(part)
    while start >= 0:
        found.append((start, start + len(part)))
        start = text.find(part, start + 1)
    return found


def evaluate_chains(cases: Iterable[ChainCase], pipeline, *, progress: Callable[[], None] | None = None
                    ) -> tuple[ChainScores, list]:
    """Run the whole pipeline on each case's text, as ``newsgraph extract`` does (a dateline is
    cleaned away), and score its quotes against the cleaned text."""
    from newsgraph.ingest import make_article

    scores = ChainScores()
    outcomes = []
    cases = list(cases)
    results = pipeline.pipe((make_article(c.text) for c in cases), batch_size=32)
    for case, result in zip(cases, results, strict=True):
        scored = score_case(case, result.quotes, result.actors, scores, result.article.text)
        outcomes.append((case, result.quotes, result.actors, scored))
        if progress:
            progress()
    return scores, outcomes


def render_table(scores: ChainScores, name: str) -> str:
    data = scores.to_dict()
    lines = [f"{name}: {data['cases']} cases, {data['quotes']} expected quotes",
             f"{'group':<24}{'quotes':>7}" + "".join(f"{m:>10}" for m in MEASURES)]
    for group in sorted(scores.total, key=_group_order):
        lines.append(f"{group:<24}{scores.total[group]:>7}"
                     + "".join(f"{scores.rate(group, m):>10.3f}" for m in MEASURES))
    return "\n".join(lines)


def describe(case: ChainCase, quotes: Sequence[Quote], actors: Sequence[Actor],
             results: list[tuple[ExpectedQuote, Quote | None, dict[str, bool]]]) -> dict:
    """One case's errors, readably: what was expected and what came out, for ``--errors``."""
    names = {a.id: a.name for a in actors}

    def party(p: Party | None) -> str | None:
        return None if p is None else f"{p.span.text} [{names.get(p.actor, '-')}]"
    return {"id": case.id, "kind": case.kind, "text": case.text,
            "wrong": [{"expected": {"content": e.content, "speaker": e.speaker, "addressee": e.addressee,
                                    "via": list(e.via)},
                       "got": None if q is None else {
                           "content": " | ".join(c.text for c in q.content), "speaker": party(q.speaker),
                           "addressee": party(q.addressee), "via": [names.get(v, v) for v in q.via],
                           "cue": q.cue.text if q.cue else None},
                       "failed": [m for m, ok in o.items() if not ok]}
                      for e, q, o in results if not o["exact"]],
            "quotes": [f"{q.kind}: {' | '.join(c.text for c in q.content)!r} <- {party(q.speaker)} "
                       f"via {[names.get(v, v) for v in q.via]}" for q in quotes]}
