"""Time expressions: found, normalised to ISO 8601 against the publication date, attached to events.

Tense decides ambiguous forms: "met on Saturday" is the last Saturday on or before publication,
"will meet on Saturday" the next one on or after it. Without a publication date, relative
expressions keep ``value: None``; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.records import Event, EventDate, TimeExpression

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
                "several": None, "few": None}
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "0Y", "hour": "H"}
REPORTING_LEMMAS = {"report", "say", "tell", "add", "announce", "state"}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A time expression with the tokens it covers, for attaching it to events."""

    record: TimeExpression
    start: int  # token indices
    end: int


def find_times(doc: Doc, published: date | None) -> tuple[FoundTime, ...]:
    found = []
    for span in _time_spans(doc):
        value, anchor = normalise(span.text, published, tense=_tense(span))
        record = TimeExpression(span.start_char, span.end_char, span.text, value, anchor)
        found.append(FoundTime(record, span.start, span.end))
    return tuple(found)


def _time_spans(doc: Doc) -> list[SpacySpan]:
    spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    taken = {i for s in spans for i in range(s.start, s.end)}
    for token in doc:  # weekdays and months the NER missed
        if token.i not in taken and token.lower_ in WEEKDAYS and token.text[:1].isupper():
            spans.append(doc[token.i:token.i + 1])
    return sorted(spans, key=lambda s: s.start)


def _tense(span: SpacySpan) -> str:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    children = list(verb.children)
    if any(c.lower_ in ("will", "shall", "'ll") or c.lower_ == "going" for c in children):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in children):
        return "past"
    if any(c.lower_ in ("next", "coming", "upcoming") for c in span):
        return "future"
    return "past" if verb.tag_ != "VBZ" else "present"


def normalise(text: str, published: date | None, *, tense: str = "past") -> tuple[str | None, str | None]:
    """The ISO 8601 value of a time expression and what it is anchored to ("published", "absolute")."""
    phrase = re.sub(r"\s+", " ", text.lower()).strip()
    phrase = re.sub(r"^(on|in|the|this past|by|since|until|from|during|at)\s+", "", phrase)
    phrase = re.sub(r"^(on|the)\s+", "", phrase)
    absolute = _absolute(phrase)
    if absolute:
        return absolute, "absolute"
    duration = _duration(phrase)
    if duration:
        return duration, None
    if published is None:
        return None, None
    relative = _relative(phrase, published, tense)
    return (relative, "published") if relative else (None, None)


def _absolute(phrase: str) -> str | None:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", phrase):
        return phrase
    if match := re.fullmatch(_MONTH + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", phrase):
        return _iso(int(match.group(3)), _month(match.group(1)), int(match.group(2)))
    if match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? (\d{4})", phrase):
        return _iso(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
    if match := re.fullmatch(_MONTH + r",? (?:of )?(\d{4})", phrase):
        return f"{int(match.group(2)):04d}-{_month(match.group(1)):02d}"
    if match := re.fullmatch(r"(?:the )?(?:year )?(\d{4})", phrase):
        return match.group(1)
    if match := re.fullmatch(r"(?:the )?(\d{3})0s", phrase):
        return match.group(1)
    return None


def _duration(phrase: str) -> str | None:
    match = re.fullmatch(r"(?:the (?:past|last|next) )?(\w+)[- ](day|week|month|year|decade|hour)s?(?:-long| long)?", phrase)
    if not match or phrase.endswith("ago"):
        return None
    amount = match.group(1)
    number = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount, -1)
    if number == -1:
        return None
    unit = UNITS[match.group(2)]
    if number is None:
        return f"PX{unit[-1]}"
    if unit == "0Y":
        return f"P{number * 10}Y"
    return f"PT{number}H" if unit == "H" else f"P{number}{unit}"


def _relative(phrase: str, published: date, tense: str) -> str | None:
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return published.isoformat()
    if phrase in ("yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return (published - timedelta(days=1)).isoformat()
    if phrase in ("tomorrow", "tomorrow morning", "tomorrow night"):
        return (published + timedelta(days=1)).isoformat()
    if match := re.fullmatch(r"(last|next|this|coming|past)? ?(" + "|".join(WEEKDAYS) + r")(?: (?:morning|afternoon|evening|night))?", phrase):
        return _weekday(published, WEEKDAYS.index(match.group(2)), match.group(1), tense).isoformat()
    if match := re.fullmatch(r"(last|next|this|earlier this|later this|the past|the coming) (week|month|year)", phrase):
        return _period(published, match.group(2), {"last": -1, "the past": -1, "next": 1, "the coming": 1}
                       .get(match.group(1), 0))
    if match := re.fullmatch(r"(\w+) (day|week|month|year)s? ago", phrase):
        amount = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS.get(match.group(1))
        if amount:
            return _ago(published, amount, match.group(2))
    if match := re.fullmatch(_MONTH + r" (\d{1,2})(?:st|nd|rd|th)?", phrase):
        return _month_day(published, _month(match.group(1)), int(match.group(2)), tense)
    if match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH, phrase):
        return _month_day(published, _month(match.group(2)), int(match.group(1)), tense)
    if match := re.fullmatch(r"(?:last |next |this |early |late |mid-?)?" + _MONTH, phrase):
        return _month_only(published, _month(match.group(1)), tense, phrase)
    return None


def _weekday(published: date, weekday: int, modifier: str | None, tense: str) -> date:
    if modifier == "next" or (modifier in (None, "this", "coming") and tense == "future"):
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or (7 if modifier == "next" else 0))
    back = (published.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _period(published: date, unit: str, shift: int) -> str:
    if unit == "year":
        return str(published.year + shift)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    day = published + timedelta(weeks=shift)
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _ago(published: date, amount: int, unit: str) -> str:
    if unit == "day":
        return (published - timedelta(days=amount)).isoformat()
    if unit == "week":
        year, week, _ = (published - timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        return _period(published, "month", -amount)
    return str(published.year - amount)


def _month_day(published: date, month: int, day: int, tense: str) -> str | None:
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return None
    if tense == "future" and candidate < published:
        candidate = candidate.replace(year=published.year + 1)
    elif tense != "future" and candidate > published:
        candidate = candidate.replace(year=published.year - 1)
    return candidate.isoformat()


def _month_only(published: date, month: int, tense: str, phrase: str) -> str:
    year = published.year
    if phrase.startswith("last ") or (tense != "future" and month > published.month and not phrase.startswith("next ")):
        year -= 1
    elif phrase.startswith("next ") or (tense == "future" and month < published.month):
        year += 1
    return f"{year:04d}-{month:02d}"


def _month(name: str) -> int:
    return MONTH_ABBREVIATIONS[name.rstrip(".")[:4] if name.startswith("sept") else name.rstrip(".")[:3]]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_events(doc: Doc, events: Sequence[Event], times: Sequence[FoundTime]) -> tuple[Event, ...]:
    """Each event with the date of the time expression that governs its trigger, if any."""
    dated = []
    for event in events:
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        found = _governing_time(trigger.root, times) if trigger is not None else None
        if found is None:
            dated.append(event)
            continue
        record = found.record
        dated.append(replace(event, date=EventDate(record.value, record.text, record.start, record.end)))
    return tuple(dated)


def _governing_time(trigger: Token, times: Sequence[FoundTime]) -> FoundTime | None:
    sentence = trigger.sent
    candidates = [t for t in times if sentence.start <= t.start < sentence.end
                  and not (t.record.value or "").startswith("P")]
    clause = _clause_head(trigger)
    in_clause = [t for t in candidates if _clause_head(trigger.doc[t.start:t.end].root) in (trigger, clause)]
    if in_clause:
        return min(in_clause, key=lambda t: abs(t.start - trigger.i))
    if clause != sentence.root:
        return None
    # "On Saturday, the two sides held talks": a time on the main verb dates its whole clause,
    # unless that verb only reports ("KCNA reported Sunday" dates the report, not the event).
    main = [t for t in candidates if _clause_head(trigger.doc[t.start:t.end].root) == sentence.root
            and sentence.root.lemma_.lower() not in REPORTING_LEMMAS]
    return min(main, key=lambda t: abs(t.start - trigger.i)) if main else None


def _clause_head(token: Token) -> Token:
    """The nearest verb above ``token`` (itself for a verb), or a noun trigger's own head verb."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current
