"""Scoring events against gold records: PLOVER's gold standard file or the neutral JSON Lines.

Each gold sentence is coded alone. Three event-level measures:

- type: the PLOVER type (or the CAMEO root where the gold has CAMEO but no PLOVER type);
- type + actors: the type and the source countries, and the target countries where the gold
  has a target (one-to-one, greedy);
- cameo_root: the CAMEO root code, where the gold has CAMEO codes (else null).

Predicted events without a PLOVER type (CAMEO's statements, 01) take no part in the PLOVER
measures, since PLOVER has no such type.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.scores import Counts

# PLOVER 0.5 labels in the gold standard, in today's PLOVER (see the gold file's README).
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO's own country codes where they differ from ISO 3166 alpha-3.
CAMEO_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR", "ROM": "ROU"}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    plover: str | None
    cameo: str | None
    source: frozenset[str]
    target: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    plover: str | None
    cameo: str
    source: frozenset[str]
    target: frozenset[str]


def read_gold(path: Path) -> list[GoldSentence]:
    if not path.is_file():
        raise InputNotFound(f"'{path}' does not exist; give the gold file with --gold")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [_neutral(json.loads(line), path, n) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip()]
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedDataFile(f"{path} is not JSON ({exc}); give PLOVER's gold file or neutral .jsonl") from None
    return [_plover(record) for record in records if record.get("text") and record.get("event") != "DOCUMENT"]


def _country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()[:3]
    return CAMEO_COUNTRIES.get(code, code)


def _plover(record: dict) -> GoldSentence:
    def countries(key: str) -> frozenset[str]:
        return frozenset(filter(None, (_country(a.get("code")) for a in record.get(key) or [])))
    event = GoldEvent(PLOVER_05.get(record["event"], record["event"]), None, countries("source"), countries("target"))
    return GoldSentence(record["id"], record["text"], record.get("date"), (event,))


def _neutral(record: dict, path: Path, number: int) -> GoldSentence:
    try:
        events = tuple(GoldEvent(
            PLOVER_05.get(e.get("plover"), e.get("plover")) if e.get("plover") else None,
            e.get("cameo"),
            frozenset(filter(None, (_country(c) for c in e.get("source") or []))),
            frozenset(filter(None, (_country(c) for c in e.get("target") or []))))
            for e in record["events"])
        return GoldSentence(str(record.get("id", number)), record["text"], record.get("date"), events)
    except (KeyError, TypeError, AttributeError) as exc:
        raise MalformedDataFile(f"{path} line {number}: not a gold record with text and events ({exc})") from None


@dataclass
class EventScores:
    type: Counts
    type_actors: Counts
    cameo_root: Counts | None
    confusion: Counter

    def to_dict(self) -> dict:
        return {"type": self.type.to_dict(), "type_actors": self.type_actors.to_dict(),
                "cameo_root": self.cameo_root.to_dict() if self.cameo_root else None}


def score(sentences: Iterable[GoldSentence], predictions: Iterable[list[PredictedEvent]]) -> EventScores:
    kind, with_actors, root = Counts(), Counts(), Counts()
    has_cameo = False
    confusion: Counter = Counter()
    for sentence, predicted in zip(sentences, predictions, strict=True):
        gold_types = [_gold_type(e) for e in sentence.events]
        pred_types = [_predicted_type(p, gold) for p in predicted for gold in [sentence.events[0]]]
        pred_types = [t for t in pred_types if t]
        _multiset(gold_types, pred_types, kind)
        _record_confusion(gold_types, pred_types, confusion)
        _actors(sentence.events, predicted, with_actors)
        cameo = [e.cameo[:2] for e in sentence.events if e.cameo]
        if cameo:
            has_cameo = True
            _multiset(cameo, [p.cameo[:2] for p in predicted], root)
    return EventScores(kind, with_actors, root if has_cameo else None, confusion)


def _gold_type(event: GoldEvent) -> str:
    return event.plover or (event.cameo or "")[:2]


def _predicted_type(event: PredictedEvent, gold: GoldEvent) -> str | None:
    return event.plover if gold.plover else event.cameo[:2]


def _multiset(gold: list[str], predicted: list[str], counts: Counts) -> None:
    common = sum((Counter(gold) & Counter(predicted)).values())
    counts.tp += common
    counts.fp += len(predicted) - common
    counts.fn += len(gold) - common


def _record_confusion(gold: list[str], predicted: list[str], confusion: Counter) -> None:
    missed = Counter(gold) - Counter(predicted)
    extra = Counter(predicted) - Counter(gold)
    for g in missed.elements():
        confusion[(g, next(iter(extra.elements()), "none"))] += 1


def _actors(golds: tuple[GoldEvent, ...], predicted: list[PredictedEvent], counts: Counts) -> None:
    used: set[int] = set()
    scored = [p for p in predicted if _predicted_type(p, golds[0])]
    for gold in golds:
        match = next((i for i, p in enumerate(scored) if i not in used and _predicted_type(p, gold) == _gold_type(gold)
                      and (not gold.source or gold.source & p.source)
                      and (not gold.target or gold.target & p.target)), None)
        if match is None:
            counts.fn += 1
        else:
            used.add(match)
            counts.tp += 1
    counts.fp += len(scored) - len(used)


def evaluate_events(sentences: list[GoldSentence], pipeline, *, progress=None) -> EventScores:
    from newsgraph.ingest import make_article

    articles = [make_article(s.text, published=s.date) for s in sentences]
    predictions = []
    for result in pipeline.pipe(articles):
        countries = {a.id: a.country for a in result.actors}
        predictions.append([PredictedEvent(e.plover, e.cameo,
                                           frozenset(filter(None, (countries.get(a) for a in e.source))),
                                           frozenset(filter(None, (countries.get(a) for a in e.target))))
                            for e in result.events])
        if progress:
            progress()
    return score(sentences, predictions)


def render_table(scores: EventScores, sentences: int) -> str:
    lines = [f"{sentences} gold sentences", f"{'measure':<14}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, counts in (("type", scores.type), ("type+actors", scores.type_actors),
                         ("cameo root", scores.cameo_root)):
        if counts is None:
            lines.append(f"{name:<14}{'(the gold has no CAMEO codes)':>30}")
            continue
        lines.append(f"{name:<14}{counts.precision:>8.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}"
                     f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")
    top = ", ".join(f"{g}→{p} {n}" for (g, p), n in scores.confusion.most_common(6))
    lines.append(f"most confused (gold→predicted): {top}")
    return "\n".join(lines)
