"""Scoring time expressions on TimeML (TimeBank, AQUAINT) as TempEval-3 does.

Each document's text is the content of its ``TEXT`` element with the tags taken out, so gold
offsets index it exactly; the document creation time (the ``DCT`` TIMEX3) is the publication
date. Measures:

- span strict: a prediction with the gold expression's exact offsets;
- span relaxed: overlapping spans, one-to-one, in text order;
- value: on relaxed matches, equal normalised values (case-insensitive, and with week numbers
  written in ISO 8601's two digits: TimeBank writes both "2000-W7" and "2000-W07"). Accuracy is over the
  relaxed matches; value P/R/F1 count a match with the right value as the true positive,
  against all predictions and all gold expressions (TempEval-3's attribute F1).

Each document belongs to the corpus of the first folder under the one read (``TimeBank/``,
``AQUAINT/``); the scores are given per corpus too, so that one corpus can be tuned on and the
other kept for checking.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.scores import Counts, lower_case


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class TimeDocument:
    id: str
    text: str
    created: date | None
    timexes: tuple[Timex, ...]
    corpus: str = ""  # the first folder under the one read ("TimeBank"), "" for a file directly in it


def read_timeml(folder: Path) -> list[TimeDocument]:
    """Every ``.tml`` file under ``folder``, in path order; a document whose id came before (TBAQ-cleaned
    ships AP900815-0044 in ``TimeBank/`` and again in ``testpipeline/``) is scored once."""
    if not folder.is_dir():
        raise InputNotFound(f"'{folder}' is not a folder; give the TimeML folder with --timeml")
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise MalformedDataFile(f"'{folder}' holds no .tml files; give the folder of TimeML documents with --timeml")
    documents: dict[str, TimeDocument] = {}
    for path in files:
        document = read_document(path)
        parts = path.relative_to(folder).parts
        documents.setdefault(document.id, replace(document, corpus=parts[0] if len(parts) > 1 else ""))
    return list(documents.values())


def read_document(path: Path) -> TimeDocument:
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise MalformedDataFile(f"'{path}' is not well-formed XML ({exc})") from None
    body = root.find("TEXT")
    if body is None:
        raise MalformedDataFile(f"'{path}' has no TEXT element")
    dct = root.find("DCT/TIMEX3")
    created = _date(dct.get("value")) if dct is not None else None
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(body, parts, timexes, 0)
    return TimeDocument(path.stem, "".join(parts), created, tuple(timexes))


def _flatten(element: ElementTree.Element, parts: list[str], timexes: list[Timex], offset: int) -> int:
    """Appends the element's text to ``parts``; returns the offset after it."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _flatten(child, parts, timexes, offset)
        if child.tag == "TIMEX3":
            timexes.append(Timex(start, offset, "".join(child.itertext()), child.get("value"), child.get("type")))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class TimeScores:
    documents: int = 0
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    corpora: dict[str, TimeScores] = field(default_factory=dict)  # the same per corpus, where there are several

    @property
    def value_accuracy(self) -> float:
        return self.value.tp / self.relaxed.tp if self.relaxed.tp else 0.0

    def to_dict(self) -> dict[str, Any]:
        def prf(counts: Counts) -> dict[str, float]:
            data = counts.to_dict()
            return {key: data[key] for key in ("p", "r", "f1")}
        data = {"documents": self.documents, "span_strict": prf(self.strict), "span_relaxed": prf(self.relaxed),
                "value": {"accuracy": round(self.value_accuracy, 4), "f1": round(self.value.f1, 4)}}
        if self.corpora:
            data["corpora"] = {name: part.to_dict() for name, part in sorted(self.corpora.items())}
        return data


def score_document(gold: Iterable[Timex], predicted: Iterable[Timex], scores: TimeScores) -> None:
    gold, predicted = list(gold), list(predicted)
    scores.documents += 1
    exact = {(t.start, t.end) for t in gold} & {(t.start, t.end) for t in predicted}
    scores.strict.add(Counts(len(exact), len(predicted) - len(exact), len(gold) - len(exact)))
    pairs, _, _ = match_relaxed(gold, predicted)
    correct = sum(_same_value(g, p) for g, p in pairs)
    scores.relaxed.add(Counts(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs)))
    scores.value.add(Counts(correct, len(predicted) - correct, len(gold) - correct))


def match_relaxed(gold: Sequence[Timex], predicted: Sequence[Timex]) -> tuple[list[tuple[Timex, Timex]], list[Timex],
                                                                            list[Timex]]:
    """Gold and predicted expressions that overlap, one-to-one in text order; the gold ones left
    unmatched; the predicted ones left unmatched."""
    used: set[int] = set()
    pairs, missed = [], []
    for g in gold:
        pick = next((i for i, p in enumerate(predicted)
                     if i not in used and p.start < g.end and g.start < p.end), None)
        if pick is None:
            missed.append(g)
        else:
            used.add(pick)
            pairs.append((g, predicted[pick]))
    return pairs, missed, [p for i, p in enumerate(predicted) if i not in used]


def _same_value(gold: Timex, predicted: Timex) -> bool:
    return bool(gold.value) and _canonical(predicted.value or "") == _canonical(gold.value)


def _canonical(value: str) -> str:
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value.upper())


def time_errors(document: TimeDocument, predicted: Sequence[Timex], *, context: int = 60) -> Iterator[dict[str, Any]]:
    """What ``score_document`` counts against a document's predictions, one record each: a wrong
    value, a missed expression, a false one; with the words around it."""
    def record(kind: str, gold: Timex | None, found: Timex | None) -> dict[str, Any]:
        start, end = min(t.start for t in (gold, found) if t), max(t.end for t in (gold, found) if t)
        around = (document.text[max(start - context, 0):start] + "[" + document.text[start:end] + "]"
                  + document.text[end:end + context])
        return {"document": document.id, "corpus": document.corpus, "created": str(document.created), "error": kind,
                "gold": gold.text if gold else None, "gold_value": gold.value if gold else None,
                "found": found.text if found else None, "value": found.value if found else None,
                "context": " ".join(around.split())}
    pairs, missed, false = match_relaxed(document.timexes, predicted)
    yield from (record("wrong value", g, p) for g, p in pairs if not _same_value(g, p))
    yield from (record("missed", g, None) for g in missed)
    yield from (record("false", None, p) for p in false)


def evaluate_time(documents: Iterable[TimeDocument], find: Callable[[TimeDocument], list[Timex]],
                  progress: Callable[[], None] | None = None, errors: list[dict[str, Any]] | None = None) -> TimeScores:
    """Scores ``find`` (a document → its predicted expressions) over ``documents``, in all and, where
    they come from more than one corpus, per corpus; adds each error to ``errors`` if given."""
    scores = TimeScores()
    corpora: dict[str, TimeScores] = {}
    for document in documents:
        predicted = find(document)
        score_document(document.timexes, predicted, scores)
        score_document(document.timexes, predicted, corpora.setdefault(document.corpus, TimeScores()))
        if errors is not None:
            errors.extend(time_errors(document, predicted))
        if progress:
            progress()
    if len(corpora) > 1:
        scores.corpora = corpora
    return scores


def lower_cased(document: TimeDocument) -> TimeDocument:
    """The document as a lower-cased news feed would publish it; the gold's offsets still index it."""
    return replace(document, text=lower_case(document.text))


def newsgraph_times(nlp: Language) -> Callable[[TimeDocument], list[Timex]]:
    """newsgraph's time expressions in a document's text as is (no cleaning: offsets stay the gold's)."""
    from newsgraph.normalize import find_times

    def find(document: TimeDocument) -> list[Timex]:
        return [Timex(t.record.start, t.record.end, t.record.text, t.record.value)
                for t in find_times(nlp(document.text), document.created)]
    return find


def render_table(scores: TimeScores) -> str:
    lines = [f"time expressions on {scores.documents} TimeML documents",
             f"{'measure':<14} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, counts in (("span strict", scores.strict), ("span relaxed", scores.relaxed), ("value", scores.value)):
        lines.append(f"{name:<14} {counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}")
    lines.append(f"value accuracy on relaxed matches: {scores.value_accuracy:.3f}")
    for name, part in sorted(scores.corpora.items()):
        lines.append(f"{name or '(top folder)'} ({part.documents} documents): span strict F1 {part.strict.f1:.3f}, "
                     f"span relaxed F1 {part.relaxed.f1:.3f}, value F1 {part.value.f1:.3f}")
    return "\n".join(lines)
