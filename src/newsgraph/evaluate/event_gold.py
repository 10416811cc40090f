"""Reading event gold: PLOVER's gold-standard records and the neutral JSON Lines.

PLOVER records (a JSON array, one object, or JSON Lines) carry one type or a list of types in
``event`` and their actors in ``source``/``target`` (PLOVER 0.5) or ``actor``/``recipient``
(PLOVER 1.0), each a list of entity objects with a ``code``, a list of bare codes, one bare code,
``""`` or nothing. A record without text (the file's DOCUMENT record) cannot be coded and is left
out.

Neutral records (JSON Lines) give the sentence as ``text`` or, for news whose text may not be
committed, as ``text_ref``: ``{"path", "start", "end"}``, character offsets of the sentence in a
file under the texts folder (in a TimeML ``.tml`` file, offsets in the text of its TEXT element);
each event's ``trigger`` (offsets in that file) is informative only::

    {"id": "s1", "date": "2016-05-02", "text_ref": {"path": "polnear/train/text/a.txt", "start": 0, "end": 80},
     "events": [{"cameo": "042", "plover": "CONSULT", "source": ["USA"], "target": ["CHN"], "trigger": [10, 14]}]}

A record that cannot be read stops the reading with one error naming its id (or its place).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.gold_files import gold_text, lower_case_text, split_lines
from newsgraph.evaluate.timeml import read_document

# PLOVER 0.5 labels in the gold standard, in today's PLOVER (see the gold file's README).
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO's own country codes where they differ from ISO 3166 alpha-3.
CAMEO_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR", "ROM": "ROU"}
UNKNOWN_COUNTRY = "---"  # CAMEO's code for a country the text does not give: no constraint
# PLOVER 1.0 names the actors actor and recipient; 0.5 named them source and target.
ACTOR_KEYS = {"source": ("source", "actor"), "target": ("target", "recipient")}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    plover: str | None
    cameo: str | None
    source: frozenset[str]
    target: frozenset[str]
    trigger: tuple[int, int] | None = None  # offsets in a text-referenced file; informative only


@dataclass(frozen=True, slots=True)
class TextRef:
    """Where a sentence lies in an article file: ``path`` under the texts folder, offsets end-exclusive."""

    path: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]
    ref: TextRef | None = None
    article: str | None = field(default=None, repr=False, compare=False)  # the whole file, for ref

    @property
    def key(self) -> str:
        """What decides the half: the article for a text-referenced sentence (its sentences stay together)."""
        return self.ref.path if self.ref else self.id


def lower_cased(sentence: GoldSentence) -> GoldSentence:
    """The sentence (and its article) as a lower-cased news feed would publish it, offsets kept."""
    return replace(sentence, text=lower_case_text(sentence.text),
                   article=lower_case_text(sentence.article) if sentence.article is not None else None)


def read_gold(path: Path, *, texts: Path | None = None) -> list[GoldSentence]:
    """The coded sentences of a gold file; ``texts`` is the folder ``text_ref`` paths resolve against."""
    if not path.is_file():
        raise InputNotFound(f"'{path}' does not exist; give the gold file with --gold")
    reader = _Reader(path, texts)
    records = _records(path)
    if not records:
        raise MalformedDataFile(f"{path} holds no gold records; give PLOVER's gold records (a JSON array or "
                                "JSON Lines) or neutral .jsonl")
    return [sentence for place, record in records if (sentence := reader.sentence(record, place))]


def _records(path: Path) -> list[tuple[str, object]]:
    """(place, record) pairs: a JSON array or object, else JSON Lines."""
    text = gold_text(path)
    if path.suffix != ".jsonl":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            pass
        else:
            records = data if isinstance(data, list) else [data]
            return [(f"record {n}", record) for n, record in enumerate(records, start=1)]
    found = []
    for number, line in enumerate(split_lines(text), start=1):
        if not line.strip():
            continue
        try:
            found.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            raise MalformedDataFile(f"{path} line {number} is not JSON ({exc}); give PLOVER's gold records "
                                    "(a JSON array or JSON Lines) or neutral .jsonl") from None
    return found


class _Reader:
    def __init__(self, path: Path, texts: Path | None) -> None:
        self.path, self.texts = path, texts
        self.articles: dict[str, str] = {}

    def sentence(self, record: object, place: str) -> GoldSentence | None:
        if not isinstance(record, dict):
            raise self.error(place, f"is a JSON {type(record).__name__}, not an object")
        where = f"record {record['id']!r} ({place})" if "id" in record else place
        if "events" in record:
            return self.neutral(record, where, place)
        if "event" in record:
            return self.plover(record, where, place)
        raise self.error(where, "has neither 'event' (a PLOVER record) nor 'events' (a neutral record)")

    def plover(self, record: dict, where: str, place: str) -> GoldSentence | None:
        kinds = record["event"] if isinstance(record["event"], list) else [record["event"]]
        if not all(isinstance(kind, str) for kind in kinds):
            raise self.error(where, f"'event' must be a PLOVER type or a list of them, not {record['event']!r}")
        kinds = [kind.upper() for kind in kinds if kind]
        if not isinstance(record.get("text"), str) or not record["text"].strip() or "DOCUMENT" in kinds:
            return None
        source, target = (self.actors(record, role, where) for role in ("source", "target"))
        events = () if record.get("has_event") is False else tuple(
            GoldEvent(PLOVER_05.get(kind, kind), None, source, target) for kind in kinds)
        return GoldSentence(str(record.get("id", place)), record["text"], self.date(record, where), events)

    def neutral(self, record: dict, where: str, place: str) -> GoldSentence:
        if not isinstance(record["events"], list):
            raise self.error(where, "'events' must be a list")
        events = tuple(self.neutral_event(event, where) for event in record["events"])
        ident, date = str(record.get("id", place)), self.date(record, where)
        if "text_ref" in record:
            ref, article = self.text_ref(record["text_ref"], where)
            return GoldSentence(ident, article[ref.start:ref.end], date, events, ref, article)
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            raise self.error(where, "has neither a 'text' nor a 'text_ref'")
        return GoldSentence(ident, record["text"], date, events)

    def neutral_event(self, event: object, where: str) -> GoldEvent:
        if not isinstance(event, dict):
            raise self.error(where, f"has an event that is not an object ({event!r})")
        plover, cameo = event.get("plover"), event.get("cameo")
        if not isinstance(plover, str | None) or not isinstance(cameo, str | None):
            raise self.error(where, f"has an event whose 'plover' or 'cameo' is not a string ({event!r})")
        trigger = event.get("trigger")
        if trigger is not None and not (isinstance(trigger, list) and len(trigger) == 2
                                        and all(isinstance(x, int) for x in trigger)):
            raise self.error(where, f"has a 'trigger' that is not [start, end] ({trigger!r})")
        plover = PLOVER_05.get(plover.upper(), plover.upper()) if plover else None
        return GoldEvent(plover, cameo or None, self.actors(event, "source", where),
                         self.actors(event, "target", where), tuple(trigger) if trigger else None)

    def actors(self, record: dict, role: str, where: str) -> frozenset[str]:
        value = next((record[key] for key in ACTOR_KEYS[role] if key in record), None)
        items = value if isinstance(value, list) else [value]
        codes = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("code")
            if item is not None and not isinstance(item, str):
                raise self.error(where, f"'{role}' must hold actor codes or objects with a 'code', not {value!r}")
            codes.append(_country(item))
        return frozenset(filter(None, codes))

    def text_ref(self, ref: object, where: str) -> tuple[TextRef, str]:
        if not (isinstance(ref, dict) and isinstance(ref.get("path"), str)
                and isinstance(ref.get("start"), int) and isinstance(ref.get("end"), int)):
            raise self.error(where, f"'text_ref' must be {{\"path\", \"start\", \"end\"}}, not {ref!r}")
        article = self.article(ref["path"], where)
        if not 0 <= ref["start"] < ref["end"] <= len(article):
            raise self.error(where, f"'text_ref' offsets {ref['start']}-{ref['end']} are not a span of "
                                    f"{ref['path']} ({len(article)} characters)")
        return TextRef(ref["path"], ref["start"], ref["end"]), article

    def article(self, name: str, where: str) -> str:
        if name not in self.articles:
            if self.texts is None:
                raise self.error(where, "refers to a text file but no texts folder was given (--texts DIR)")
            file = self.texts / name
            if not file.is_file():
                raise InputNotFound(f"'{file}' does not exist: gold {where} in {self.path} refers to it; the "
                                    "texts live in the workplace's shared/ folder (../shared/data): give "
                                    "their folder with --texts DIR")
            # a TimeML document's text is its TEXT element without the markup (TimeBank, AQUAINT)
            self.articles[name] = (read_document(file).text if file.suffix == ".tml"
                                   else gold_text(file))
        return self.articles[name]

    def date(self, record: dict, where: str) -> str | None:
        value = record.get("date")
        if value is None:
            return None
        try:
            date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise self.error(where, f"'date' must be YYYY-MM-DD, not {value!r}") from None
        return str(value)

    def error(self, where: str, why: str) -> MalformedDataFile:
        return MalformedDataFile(f"{self.path} {where} {why}; fix or remove the record")


def _country(code: str | None) -> str | None:
    if not code or code.startswith(UNKNOWN_COUNTRY):
        return None
    code = code.upper()[:3]
    return CAMEO_COUNTRIES.get(code, code)
