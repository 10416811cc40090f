"""Scoring police events sentence by sentence on IndiaPoliceEvents (Halterman et al., Findings of ACL 2021).

The folder holds ``docs.jsonl`` (``doc_id``, ``doc_text``), ``sents.jsonl`` (``doc_id``, ``sent_id``,
``sent_text``, ``sent_labels``) and ``metadata.jsonl`` (``doc_id``, ``date``). Each document is coded
whole, its text unchanged, published on its date, one event per mention; each sentence is found in
the text searching on from where the one before it ended, and takes the events whose trigger
starts inside it. A sentence is predicted positive for

- ANY_ACTION when one of those events has a source actor of sector COP (police) or MIL (the
  army and paramilitary forces, whom the labels count as police when sent to keep order: "the
  army was deployed in the state" is ANY_ACTION) and is neither
  negated nor hypothetical (the labels say what the police did: "could not arrest", "may be
  arrested" are not arrests), or when a quote whose cue lies in it has a police speaker: a
  statement is an act (CAMEO 010), and the labels count "..., police said" as one;
- FORCE when such an event's CAMEO code starts with 175 (violent repression), 18, 19 or 20;
  KILL when it does and the sentence reports a death (CAMEO codes the act, firing or an assault,
  not whether anyone died of it: "police opened fire and three people were killed" is a kill,
  "police fired in the air" is not); ARREST with 173. The rest of CAMEO's COERCE (17) is
  coercion without force: seizing property (171), curfews and bans (172), arrests (173),
  expulsions (174); the labels count an arrest as ARREST, not as FORCE.

FAIL (police failing to act) is not predicted and not scored. A sentence that cannot be found in
its document is predicted negative and counted as not placed. Documents split into halves a and
b by their ``doc_id`` (see halves).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.gold_files import gold_lines
from newsgraph.evaluate.events import code_articles, events_in
from newsgraph.evaluate.halves import HalvesReport, half_of, split_halves
from newsgraph.evaluate.scores import Counts
from newsgraph.ingest import make_article
from newsgraph.records import Actor, ArticleResult, Event, Quote

LABELS = ("ANY_ACTION", "KILL", "ARREST", "FORCE")
POLICE_SECTORS = frozenset({"COP", "MIL"})
# The CAMEO code prefixes of each label's act, done by police (ANY_ACTION: any act).
LABEL_CODES = {"ARREST": ("173",), "FORCE": ("175", "18", "19", "20")}
# Words that report a death ("killed", "died", "dead", "deaths", "lost their lives", "bodies").
DEATH = re.compile(r"\b(kill(s|ed|ing)?|die[sd]?|dying|dead|deaths?|murder(s|ed)?|massacred?|lynch(ed|ing)?|"
                   r"bod(y|ies)|fatal(ly)?|lives)\b")
FILES = ("docs.jsonl", "sents.jsonl", "metadata.jsonl")


@dataclass(frozen=True, slots=True)
class IpeSentence:
    doc_id: str
    sent_id: int
    text: str
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class IpeDocument:
    doc_id: str
    text: str
    date: str | None
    sentences: tuple[IpeSentence, ...]


@dataclass(frozen=True, slots=True)
class SentencePrediction:
    span: tuple[int, int] | None  # where the sentence lies in its document; None: not placed
    labels: frozenset[str]
    events: tuple[dict, ...]  # the events whose trigger starts in the sentence, for reading
    quotes: tuple[dict, ...] = ()  # the quotes whose cue starts in it


def read_ipe(folder: Path) -> list[IpeDocument]:
    if not folder.is_dir():
        raise InputNotFound(f"'{folder}' is not a folder; the data lives in the workplace's shared/ folder "
                            "(../shared/data/ipe): give it with --ipe DIR")
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise MalformedDataFile(f"'{folder}' is not an IndiaPoliceEvents folder (it lacks {', '.join(missing)}); "
                            "the data lives in the workplace's shared/ folder (../shared/data/ipe): give it "
                            "with --ipe DIR")
    texts = {str(r["doc_id"]): r["doc_text"] for r in _lines(folder / "docs.jsonl", ("doc_id", "doc_text"))}
    dates = {str(r["doc_id"]): r["date"] for r in _lines(folder / "metadata.jsonl", ("doc_id", "date"))}
    sentences: dict[str, list[IpeSentence]] = {}
    for r in _lines(folder / "sents.jsonl", ("doc_id", "sent_id", "sent_text", "sent_labels")):
        sentences.setdefault(str(r["doc_id"]), []).append(
            IpeSentence(str(r["doc_id"]), int(r["sent_id"]), r["sent_text"], frozenset(r["sent_labels"])))
    return [IpeDocument(doc_id, text, dates.get(doc_id),
                        tuple(sorted(sentences.get(doc_id, ()), key=lambda s: s.sent_id)))
            for doc_id, text in texts.items()]


def _lines(path: Path, keys: Sequence[str]) -> Iterator[dict]:
    for number, line in enumerate(gold_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedDataFile(f"{path} line {number} is not JSON ({exc})") from None
        if not isinstance(record, dict) or not all(key in record for key in keys):
            raise MalformedDataFile(f"{path} line {number} is not a record with {', '.join(keys)}")
        yield record


def place_sentences(text: str, sentences: Iterable[str]) -> list[tuple[int, int] | None]:
    """Where each sentence lies in ``text``, searching on from the end of the one before.

    A sentence matches where its characters other than whitespace stand in the text with any
    whitespace, or none, between them (the published sentences and documents differ in spaces and
    line breaks); the first such place is taken. A sentence found nowhere is None and the search
    goes on from the same place; a blank sentence is an empty span where the search stands.
    """
    spans: list[tuple[int, int] | None] = []
    position = 0
    for sentence in sentences:
        span = _find(text, sentence, position)
        if span is not None:
            position = span[1]
        spans.append(span)
    return spans


def _find(text: str, sentence: str, position: int) -> tuple[int, int] | None:
    characters = [re.escape(c) for c in sentence if not c.isspace()]
    if not characters:
        return position, position
    match = re.compile(r"\s*".join(characters)).search(text, position)
    return match.span() if match else None


def police_labels(events: Iterable[Event], sectors: Mapping[str, str | None],
                  quotes: Iterable[Quote] = (), sentence: str = "") -> frozenset[str]:
    """The labels that events with a police source, and quotes with a police speaker, give a
    sentence (its text tells whether anyone died)."""
    labels: set[str] = set()
    if any(q.speaker and q.speaker.actor and sectors.get(q.speaker.actor) in POLICE_SECTORS for q in quotes):
        labels.add("ANY_ACTION")
    for event in events:
        if event.negated or event.hypothetical:
            continue
        if any(sectors.get(actor) in POLICE_SECTORS for actor in event.source):
            labels.add("ANY_ACTION")
            labels.update(label for label, codes in LABEL_CODES.items() if event.cameo.startswith(codes))
    if "FORCE" in labels and DEATH.search(sentence.lower()):
        labels.add("KILL")
    return frozenset(labels)


def predict_document(document: IpeDocument, result: ArticleResult) -> list[SentencePrediction]:
    sectors = {a.id: a.sector for a in result.actors}
    actors = {a.id: a for a in result.actors}
    predictions = []
    spans = place_sentences(document.text, (s.text for s in document.sentences))
    for sentence, span in zip(document.sentences, spans):
        events = events_in(result, *span) if span else []
        quotes = [q for q in result.quotes if q.cue and span[0] <= q.cue.start < span[1]] if span else []
        predictions.append(SentencePrediction(span, police_labels(events, sectors, quotes, sentence.text),
                                              tuple(_event_dict(e, actors) for e in events),
                                              tuple(_quote_dict(q, actors) for q in quotes)))
    return predictions


def _described(ids: Iterable[str | None], actors: Mapping[str, Actor]) -> list[dict]:
    return [{"name": actors[i].name, "code": actors[i].code} for i in ids if i in actors]


def _event_dict(event: Event, actors: Mapping[str, Actor]) -> dict:
    return {"cameo": event.cameo, "plover": event.plover, "trigger": event.trigger.text,
            "source": _described(event.source, actors), "target": _described(event.target, actors),
            "negated": event.negated, "hypothetical": event.hypothetical}


def _quote_dict(quote: Quote, actors: Mapping[str, Actor]) -> dict:
    speaker = quote.speaker
    described = _described([speaker.actor] if speaker else [], actors)
    return {"cue": quote.cue.text if quote.cue else None, "speaker": speaker.span.text if speaker else None,
            "actor": described[0] if described else None}


def predict_ipe(documents: Sequence[IpeDocument], pipeline, *,
                progress: Callable[[], None] | None = None) -> list[list[SentencePrediction]]:
    """Each document's sentence predictions, the document coded whole with its text unchanged."""
    articles = (make_article(d.text, published=d.date) for d in documents)
    predictions = []
    for document, result in zip(documents, code_articles(articles, pipeline, clean=False), strict=True):
        predictions.append(predict_document(document, result))
        if progress:
            progress()
    return predictions


@dataclass
class IpeScores:
    documents: int = 0
    sentences: int = 0
    unplaced: int = 0
    labels: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in LABELS})

    def add(self, gold: frozenset[str], predicted: frozenset[str]) -> None:
        self.sentences += 1
        for label, counts in self.labels.items():
            counts.tp += label in gold and label in predicted
            counts.fp += label not in gold and label in predicted
            counts.fn += label in gold and label not in predicted

    @property
    def size(self) -> int:
        return self.documents

    def measures(self) -> dict[str, Counts]:
        return self.labels

    def to_dict(self) -> dict:
        return {"documents": self.documents, "sentences": self.sentences, "unplaced": self.unplaced,
                "labels": {label: counts.to_dict() for label, counts in self.labels.items()}}


IpeReport = HalvesReport[IpeScores]


def score_ipe(documents: Sequence[IpeDocument], predictions: Sequence[Sequence[SentencePrediction]], *,
              half: str | None = None, name: str = "IndiaPoliceEvents") -> IpeReport:
    """Per-label counts over the sentences of all documents and of each half (or of one half)."""
    groups = split_halves(zip(documents, predictions, strict=True), lambda pair: pair[0].doc_id, half=half)
    halves = {}
    for group, pairs in groups.items():
        scores = halves[group] = IpeScores()
        for document, predicted in pairs:
            scores.documents += 1
            for sentence, prediction in zip(document.sentences, predicted, strict=True):
                scores.add(sentence.labels, prediction.labels)
                scores.unplaced += prediction.span is None
    return IpeReport(name, halves)


def ipe_errors(documents: Sequence[IpeDocument],
               predictions: Sequence[Sequence[SentencePrediction]]) -> Iterator[dict]:
    """One record per false positive and false negative per label, with the sentence and its events."""
    for document, predicted in zip(documents, predictions, strict=True):
        for sentence, prediction in zip(document.sentences, predicted, strict=True):
            for label in LABELS:
                kind = _error_kind(label in sentence.labels, label in prediction.labels)
                if kind:
                    yield {"doc_id": document.doc_id, "sent_id": sentence.sent_id, "half": half_of(document.doc_id),
                           "label": label, "kind": kind, "gold": sorted(sentence.labels),
                           "placed": prediction.span is not None, "text": sentence.text,
                           "events": list(prediction.events), "quotes": list(prediction.quotes)}


def _error_kind(gold: bool, predicted: bool) -> str | None:
    return "fn" if gold and not predicted else "fp" if predicted and not gold else None


def render_ipe(report: IpeReport) -> str:
    head = next(iter(report.shown().values()))
    unplaced = f"; {head.unplaced} sentences not found in their document" if head.unplaced else ""
    return "\n".join([f"{report.name}: {head.documents} documents, {head.sentences} sentences"
                      f"{report.heading('documents')}{unplaced}", *report.render("label")])
