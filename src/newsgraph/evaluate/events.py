"""Scoring events against gold sentences: PLOVER's gold records or the neutral JSON Lines (see event_gold).

Sentences are coded mention by mention (``analyse(..., one_per_happening=False)``), as
sentence-level gold codes them: a sentence given as text is coded alone; the sentences of a
text-referenced article come from one run over the whole file, unchanged, each taking the events
whose trigger starts inside it. Measures:

- type: the PLOVER type (or the CAMEO root where the gold has CAMEO but no PLOVER type), as a
  multiset per sentence; also by type (``per_type``);
- type + actors: the type and the source countries, and the target countries where the gold
  has a target (one-to-one, greedy);
- cameo_root: the CAMEO root code, where the gold has CAMEO codes (else null).

Predicted events without a PLOVER type (CAMEO's statements, 01) take no part in the PLOVER
measures, since PLOVER has no such type. Every measure is given for the whole set and for its
halves a and b (see halves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from newsgraph.evaluate.event_gold import GoldEvent, GoldSentence
from newsgraph.evaluate.halves import HalvesReport, half_of, render_by_half, split_halves
from newsgraph.evaluate.scores import Counts
from newsgraph.ingest import make_article
from newsgraph.ingest.clean import opening_dateline
from newsgraph.records import Article, ArticleResult, Event

TITLES = {"type_actors": "type+actors", "cameo_root": "cameo root"}


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    plover: str | None
    cameo: str
    source: frozenset[str]
    target: frozenset[str]
    trigger: str = ""


@dataclass(frozen=True, slots=True)
class GoldScheme:
    """What a gold set codes: PLOVER types (else CAMEO roots stand for types), CAMEO codes."""

    plover: bool
    cameo: bool

    @classmethod
    def of(cls, sentences: Iterable[GoldSentence]) -> GoldScheme:
        events = [e for s in sentences for e in s.events]
        return cls(any(e.plover for e in events), any(e.cameo for e in events))


@dataclass(frozen=True, slots=True)
class _Outcome:
    """How one sentence's predictions match its gold."""

    gold_types: tuple[str, ...]
    predicted_types: tuple[str, ...]
    missed: tuple[str, ...]  # the types of gold events with no type+actors match
    extra: tuple[str, ...]  # the types of predictions matching no gold event on type+actors
    roots: tuple[tuple[str, ...], tuple[str, ...]] | None  # (gold, predicted), where the sentence has CAMEO


@dataclass
class EventScores:
    sentences: int = 0
    type: Counts = field(default_factory=Counts)
    type_actors: Counts = field(default_factory=Counts)
    cameo_root: Counts | None = None
    per_type: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)

    def add(self, outcome: _Outcome) -> None:
        self.sentences += 1
        _multiset(outcome.gold_types, outcome.predicted_types, self.type)
        for kind in {*outcome.gold_types, *outcome.predicted_types}:
            _multiset([t for t in outcome.gold_types if t == kind], [t for t in outcome.predicted_types if t == kind],
                      self.per_type.setdefault(kind, Counts()))
        matched = len(outcome.gold_types) - len(outcome.missed)
        self.type_actors.add(Counts(matched, len(outcome.extra), len(outcome.missed)))
        if outcome.roots is not None and self.cameo_root is not None:
            _multiset(*outcome.roots, self.cameo_root)
        missed = Counter(outcome.gold_types) - Counter(outcome.predicted_types)
        extra = Counter(outcome.predicted_types) - Counter(outcome.gold_types)
        for gold in missed.elements():
            self.confusion[(gold, next(iter(extra.elements()), "none"))] += 1

    @property
    def size(self) -> int:
        return self.sentences

    def measures(self) -> dict[str, Counts]:
        found = {"type": self.type, "type_actors": self.type_actors, "cameo_root": self.cameo_root}
        return {name: counts for name, counts in found.items() if counts is not None}

    def to_dict(self) -> dict:
        return {"sentences": self.sentences, "type": self.type.to_dict(), "type_actors": self.type_actors.to_dict(),
                "cameo_root": self.cameo_root.to_dict() if self.cameo_root else None,
                "per_type": {kind: self.per_type[kind].to_dict() for kind in sorted(self.per_type)}}


EventReport = HalvesReport[EventScores]


def score(sentences: Iterable[GoldSentence], predictions: Iterable[Sequence[PredictedEvent]], *,
          scheme: GoldScheme | None = None) -> EventScores:
    sentences = list(sentences)
    scheme = scheme or GoldScheme.of(sentences)
    scores = EventScores(cameo_root=Counts() if scheme.cameo else None)
    for sentence, predicted in zip(sentences, predictions, strict=True):
        scores.add(_outcome(sentence, predicted, scheme))
    return scores


def score_halves(sentences: Sequence[GoldSentence], predictions: Sequence[Sequence[PredictedEvent]], *,
                 half: str | None = None, name: str = "") -> EventReport:
    """The whole set and each half scored alike (the scheme is the whole set's, so halves agree)."""
    scheme = GoldScheme.of(sentences)
    groups = split_halves(zip(sentences, predictions, strict=True), lambda pair: pair[0].key, half=half)
    return EventReport(name, {h: score([s for s, _ in pairs], [p for _, p in pairs], scheme=scheme)
                              for h, pairs in groups.items()})


def _outcome(sentence: GoldSentence, predicted: Sequence[PredictedEvent], scheme: GoldScheme) -> _Outcome:
    plover = sentence.events[0].plover is not None if sentence.events else scheme.plover
    scored = tuple(p for p in predicted if _predicted_type(p, plover))
    golds = sentence.events
    used: set[int] = set()
    missed = []
    for gold in golds:
        match = next((i for i, p in enumerate(scored) if i not in used
                      and _predicted_type(p, gold.plover is not None) == _gold_type(gold)
                      and (not gold.source or gold.source & p.source)
                      and (not gold.target or gold.target & p.target)), None)
        if match is None:
            missed.append(_gold_type(gold))
        else:
            used.add(match)
    gold_roots = tuple(e.cameo[:2] for e in golds if e.cameo)
    # a sentence with no gold events counts where the set codes CAMEO (its predictions are false)
    roots = (gold_roots, tuple(p.cameo[:2] for p in predicted)) if gold_roots or (scheme.cameo and not golds) else None
    extra = tuple(_predicted_type(p, plover) for i, p in enumerate(scored) if i not in used)
    return _Outcome(tuple(_gold_type(e) for e in golds), tuple(_predicted_type(p, plover) for p in scored),
                    tuple(missed), extra, roots)


def _gold_type(event: GoldEvent) -> str:
    return event.plover or (event.cameo or "")[:2]


def _predicted_type(event: PredictedEvent, plover: bool) -> str | None:
    return event.plover if plover else event.cameo[:2]


def _multiset(gold: Sequence[str], predicted: Sequence[str], counts: Counts) -> None:
    common = sum((Counter(gold) & Counter(predicted)).values())
    counts.tp += common
    counts.fp += len(predicted) - common
    counts.fn += len(gold) - common


def code_articles(articles: Iterable[Article], pipeline, *, clean: bool = True) -> Iterator[ArticleResult]:
    """Results with one event per mention, in input order; ``clean=False`` keeps the text (and offsets) as given."""
    from newsgraph.pipeline import analyse

    articles = (pipeline.clean(article) if clean else _with_dateline(article) for article in articles)
    pairs = pipeline.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16)
    for doc, article in pairs:
        yield analyse(article, doc, pipeline.knowledge, one_per_happening=False)


def _with_dateline(article: Article) -> Article:
    """The article as given, its text and offsets unchanged, with the dateline cleaning would
    have taken from its opening ("NEWARK, N.J. _"), so that the stages know where it is told from."""
    match = opening_dateline(article.text[:1000])
    return replace(article, dateline=match.group("place")) if match else article


def events_in(result: ArticleResult, start: int, end: int) -> list[Event]:
    """The events whose trigger starts in ``[start, end)``."""
    return [e for e in result.events if start <= e.trigger.start < end]


def predict_events(sentences: Sequence[GoldSentence], pipeline, *, progress: Callable[[], None] | None = None,
                   asserted: bool = False) -> list[list[PredictedEvent]]:
    """Each sentence's predicted events: coded alone, or from one run over its text-referenced article.
    ``asserted``: only the events neither negated nor hypothetical, for gold whose rules leave those
    out (ours: docs/event-annotation.md), as a user reading the flags would take them."""
    found: dict[int, list[PredictedEvent]] = {}
    alone = [i for i, s in enumerate(sentences) if s.ref is None]
    texts = (make_article(sentences[i].text, published=sentences[i].date) for i in alone)
    for i, result in zip(alone, code_articles(texts, pipeline), strict=True):
        found[i] = _predicted(result, result.events, asserted)
        if progress:
            progress()
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        if s.ref is not None:
            groups.setdefault(s.ref.path, []).append(i)
    articles = (make_article(sentences[group[0]].article, published=next(
        (sentences[i].date for i in group if sentences[i].date), None)) for group in groups.values())
    for group, result in zip(groups.values(), code_articles(articles, pipeline, clean=False), strict=True):
        for i in group:
            found[i] = _predicted(result, events_in(result, sentences[i].ref.start, sentences[i].ref.end), asserted)
            if progress:
                progress()
    return [found[i] for i in range(len(sentences))]


def _predicted(result: ArticleResult, events: Iterable[Event], asserted: bool = False) -> list[PredictedEvent]:
    countries = {a.id: a.country for a in result.actors}
    return [PredictedEvent(e.plover, e.cameo, frozenset(filter(None, (countries.get(a) for a in e.source))),
                           frozenset(filter(None, (countries.get(a) for a in e.target))), e.trigger.text)
            for e in events if not (asserted and (e.negated or e.hypothetical))]


def evaluate_events(sentences: Sequence[GoldSentence], pipeline, *, half: str | None = None, name: str = "",
                    progress: Callable[[], None] | None = None) -> EventReport:
    """Code the sentences of the whole set (or of one half) and score them."""
    if half:
        sentences = [s for s in sentences if half_of(s.key) == half]
    return score_halves(sentences, predict_events(sentences, pipeline, progress=progress), half=half, name=name)


def event_errors(sentences: Sequence[GoldSentence],
                 predictions: Sequence[Sequence[PredictedEvent]]) -> Iterator[dict]:
    """One record per false negative and false positive, on type and on type+actors, for reading."""
    scheme = GoldScheme.of(sentences)
    for sentence, predicted in zip(sentences, predictions, strict=True):
        outcome = _outcome(sentence, predicted, scheme)
        base = {"id": sentence.id, "half": half_of(sentence.key), "text": sentence.text,
                **({"ref": {"path": sentence.ref.path, "start": sentence.ref.start, "end": sentence.ref.end}}
                   if sentence.ref else {}),
                "gold": [_gold_dict(e) for e in sentence.events], "predicted": [_predicted_dict(p) for p in predicted]}
        gold, found = Counter(outcome.gold_types), Counter(outcome.predicted_types)
        for kind, labels in (("fn", (gold - found).elements()), ("fp", (found - gold).elements())):
            for label in labels:
                yield {"measure": "type", "kind": kind, "label": label, **base}
        for kind, labels in (("fn", outcome.missed), ("fp", outcome.extra)):
            for label in labels:
                yield {"measure": "type+actors", "kind": kind, "label": label, **base}


def _gold_dict(event: GoldEvent) -> dict:
    return {"plover": event.plover, "cameo": event.cameo, "source": sorted(event.source),
            "target": sorted(event.target), **({"trigger": list(event.trigger)} if event.trigger else {})}


def _predicted_dict(event: PredictedEvent) -> dict:
    return {"plover": event.plover, "cameo": event.cameo, "source": sorted(event.source),
            "target": sorted(event.target), "trigger": event.trigger}


def render_table(report: EventReport) -> str:
    halves = report.shown()
    head = next(iter(halves.values()))
    lines = [f"{report.name}: {head.sentences} gold sentences{report.heading('sentences')}",
             *report.render("measure", TITLES)]
    if head.cameo_root is None:
        lines.append(f"{TITLES['cameo_root']:<14}(the gold has no CAMEO codes)")
    top = ", ".join(f"{g}→{p} {n}" for (g, p), n in head.confusion.most_common(6))
    lines += [f"most confused (gold→predicted): {top}", ""]
    lines += render_by_half("per type", [(kind, {h: s.per_type.get(kind, Counts()) for h, s in halves.items()})
                                         for kind in sorted(head.per_type)])
    return "\n".join(lines)
