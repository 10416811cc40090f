"""Time expressions: found, normalised to ISO 8601 against the publication date, attached to events.

Tense decides ambiguous forms: "met on Saturday" is the last Saturday on or before publication,
"will meet on Saturday" the next one on or after it (values: ``timevalues``). Without a
publication date, relative expressions keep ``value: None``; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsgraph.actors.gazetteer import document_casing
from newsgraph.words import words_of
from newsgraph.normalize.timevalues import (HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS,
                                             TIME_ZONES, WEEKDAYS, is_point, normalise, period_value,
                                             same_as_before, time_of_day_before, year_before, years_around)
from newsgraph.records import Event, EventDate, Quote, Span, TimeExpression
from newsgraph.spanindex import SpanIndex

REPORTING_LEMMAS = {"report", "say", "tell", "add", "announce", "state"}
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo", "going", "would"}
PERFECT_AUXILIARIES = {"has", "have", "had", "'ve", "'d"}
# Verbs whose simple past is their base form ("hurt", "cut"): a tagger may read the past as the present.
SAME_IN_THE_PAST = {"hurt", "cut", "set", "put", "hit", "cost", "let", "shut", "spread", "quit", "bet", "cast",
                    "split", "burst", "upset", "broadcast", "forecast", "bid", "shed", "thrust", "slit"}
PLANNING_LEMMAS = {"plan", "schedule", "expect", "intend", "aim", "prepare", "due"}
# "the year ended March 31", "the quarter ending in June": a period and its closing date.
PERIOD_END_WORDS = {"ended", "ending", "ends"}
# "Aug. 26 to Oct. 20": two dates, each its own expression.
RANGE_WORDS = {"to", "through", "until", "till", "and"}
MONTH_WORDS = {*MONTHS, *MONTH_ABBREVIATIONS}
DATE_WORDS = {*WEEKDAYS, *MONTH_WORDS}
DAY_WORDS = {"today", "tomorrow", "yesterday", "tonight"}
# The words holiday names open with ("valentine" of "Valentine's Day"): a cheap first test.
HOLIDAY_FIRST_WORDS = {name.split()[0].split("'")[0] for name in HOLIDAYS}  # "today through Nov. 17": two expressions
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midday", "midnight"}
# Adverbs TimeBank annotates as the present or the past far more often than not ("currently" 10
# times in 16, "recently" 12 in 20; "soon", "previously", "earlier" rarely).
REFERENCE_ADVERBS = {"currently", "recently"}
NEAR_WORDS = {"near", "short", "long", "immediate", "distant"}
# "from now (on)", "by now": not the present but a stretch after it or a point it closes. "For now",
# "now that" and "until now" are the present (TimeML's PRESENT_REF: the guidelines mark "until" a
# signal and "now" the time; TimeBank marks both of its two "until now").
NOT_NOW_BEFORE = {"from", "by", "than"}
RECURRENCE_WORDS = {"daily", "weekly", "hourly", "nightly"}
TIMES_WORDS = {"once", "twice", "thrice"}
RATE_UNITS = {"day", "week", "month", "quarter", "year"}
RECURRENCE_UNITS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"}
STRETCH_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
FREQUENCY_WORDS = {"quarterly", "annual", "annually", "semiannual", "biannual"}
# Words without which an expression the NER gives and no rule values is no time ("Olympic",
# "seasonally", "as little as 99 cents"): units, names of days, months, seasons and parts of days.
TIME_WORDS = {*STRETCH_UNITS, *DATE_WORDS, *DAY_WORDS, *PARTS_OF_DAY, *SEASONS, "quarter", "century", "period",
              "weekend", "term", "future", "past", "ago", "time", "now", "fiscal", "half"} | HOLIDAY_FIRST_WORDS
PERIOD_NOUNS = {"quarter", "period", "time"}
LASTING_WORDS = {f"{unit}long" for unit in ("day", "week", "month", "year", "hour", "decade")}
# Words that, written with a capital inside a sentence, make a time a show's name ("60 Minutes",
# "Today"); not "day", which names holidays ("Thanksgiving Day").
TITLE_WORDS = {*STRETCH_UNITS, *PARTS_OF_DAY, *DAY_WORDS} - {"day"}
POSSESSIVES = {"'s", "’s", "'"}
# After a possessive a quotation can only open: newswire writes it as '' as well as `` ("CBS's ''60 Minutes")
OPENING_QUOTES = {'"', "``", "“", "''"}
# The words that the rules finding what the NER missed start with (besides numbers): days, months
# (with their abbreviations' points), holidays, parts of days, and the words of _reference_words.
FIRST_WORDS = {*WEEKDAYS, *DAY_WORDS, *HOLIDAY_FIRST_WORDS, *PARTS_OF_DAY, *(f"{part}s" for part in PARTS_OF_DAY),
               *MONTHS, *(f"{month}." for month in MONTH_WORDS), *MONTH_WORDS, *RECURRENCE_WORDS, *REFERENCE_ADVERBS,
               "future", "past", "term", "now", "every", "each", "current", "latest", "then", "recent", "several", "few",
               *SEASONS, *LASTING_WORDS, "long", *TIMES_WORDS}
# Words the NER takes into a date that are not part of it: a preposition, which TimeML marks as a
# signal ("between 1994"), and the focus adverbs "only" and "just" ("only five hours"), which are
# no modifier of the time (TimeML's mod attribute keeps "about", "nearly": those stay in).
LEADING_SIGNALS = {"between", "only", "just"}
MONTH_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "through", "during", "early", "late", "mid",
                      "next", "before", "after"}  # not "this", "last": "this may be", "the last may"
SEASON_PREPOSITIONS = {"in", "during", "by", "until", "till", "since", "through", "over", "before", "after"}
# "his year in kindergarten", "their day in court": a stretch of someone's life, not a date
# ("its year" is a company's fiscal year, and stays)
SOMEONES_TIME = re.compile(r"(?:his|her|their|my|your|our) (?:day|week|month|year)")
PREFIXED_YEAR = re.compile(r"(?:pre|post|early|mid|late)-(?:1[5-9]|20)\d\ds?")
AGE = re.compile(r"\b(?:years?|months?|weeks?|days?)[- ]old\b")


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A time expression with the tokens it covers, for attaching it to events."""

    record: TimeExpression
    start: int  # token indices
    end: int


def find_times(doc: Doc, published: date | None) -> tuple[FoundTime, ...]:
    found = []
    reference = None  # the last point in time the text gave: "a year earlier" counts from it
    for span in _time_spans(doc):
        value, anchor = _value(span, published, reference)
        if value is None and found and (day := _second_day(span, found[-1])) is not None:
            value, anchor = day, found[-1].record.anchor
        elif found and _restates(span, found[-1]):
            value, anchor = found[-1].record.value, "text"
        if value is None:
            span, value, anchor = _valued_tail(span, published, reference) or (span, value, anchor)
            if not any(_is_time_word(token) for token in span):
                continue  # "the Olympic park", "as little as 99 cents": the NER's, not a time
        record = TimeExpression(span.start_char, span.end_char, span.text, value, anchor)
        found.append(FoundTime(record, span.start, span.end))
        closing = span.start > 0 and doc[span.start - 1].lower_ in PERIOD_END_WORDS
        if closing and len(found) > 1 and (period := _period_ended(found[-2], value)) is not None:
            found[-2] = replace(found[-2], record=replace(found[-2].record, value=period, anchor="text"))
        if value and anchor != "text" and is_point(value) and not closing:
            # not one counted from it ("a year earlier" twice is the same year), nor the date that
            # closes a period ("the quarter ended Sept. 30": the quarter is what later text compares)
            reference = value
        elif reference and value and re.fullmatch(r"P\d+M", value) and span[0].lower_ == "the":
            # "for the nine months, ... compared with ... a year earlier": the months of the year so
            # far, which later text compares at the year's precision
            reference = reference[:4]
    return tuple(found)


def _period_ended(period: FoundTime, closing: str | None) -> str | None:
    """"the quarter ended July 31": the calendar quarter that holds most of the three months up to
    the closing date (1989-Q2), not the one before publication; a quarter the text numbers ("the
    fourth quarter ended June 30", a fiscal one) keeps its number. "The week ended Oct. 20", "the
    month ending Sept. 30": the week or month of the closing date."""
    value = period.record.value or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", closing or ""):
        return None
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        year, week, _ = date.fromisoformat(closing).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return closing[:7]
    if not re.fullmatch(r"\d{4}-Q\d", value) \
            or any(word in ORDINALS for word in period.record.text.lower().replace("-", " ").split()):
        return None
    middle = int(closing[:4]) * 12 + int(closing[5:7]) - 2  # the middle month of the three, counted from 0
    return f"{middle // 12:04d}-Q{middle % 12 // 3 + 1}"


def _restates(span: SpacySpan, before: FoundTime) -> bool:
    """"Oct. 12, the day before the plunge": a day in apposition to the date just before it is
    that date, not the publication day."""
    return span.text.lower() in ("the day", "that day", "the same day") and before.end == span.start - 1 \
        and span.doc[before.end].text == "," and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", before.record.value or ""))


def _second_day(span: SpacySpan, before: FoundTime) -> str | None:
    """"April 24 and 25": the day "25" names in the month of the date just before it."""
    first = before.record.value or ""
    if len(span) != 1 or not span[0].text.isdigit() or before.end != span.start - 1 \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        return None
    try:
        return date.fromisoformat(first).replace(day=int(span[0].text)).isoformat()
    except ValueError:
        return None


def _value(span: SpacySpan, published: date | None, reference: str | None) -> tuple[str | None, str | None]:
    """The value of ``span`` and its anchor, counted from ``reference`` (the point in time the text
    last gave) where the words say so ("a year earlier", "that quarter", "the morning")."""
    value, anchor = normalise(span.text, published, tense=_tense(span))
    if value is None and published is not None and _ordinal_day_now(span):
        value, anchor = published.isoformat(), "published"
    # "The next year, it returned to profit": a narrative's next year, after the one it last gave
    narrative = reference is not None and any(t.lower_ == "next" for t in span) and _clause_tense(span) == "past"
    if (earlier := year_before(span.text, reference, published)
            or same_as_before(span.text, reference, narrative=narrative)
            or years_around(span.text, reference) or time_of_day_before(span.text, reference)) is not None:
        return earlier, "text"
    if _closes_a_period(span):
        return period_value(span.text, value), anchor
    if _some_day(span):
        return "FUTURE_REF", None
    return value, anchor


def _some_day(span: SpacySpan) -> bool:
    """"Islam will one day be the largest", "he may one day follow": "one day" between a modal
    and its verb is "someday" (FUTURE_REF), not a day's stretch ("in the job one day": P1D)."""
    doc = span.doc
    return span.text.lower() == "one day" and span.start > 0 and doc[span.start - 1].tag_ == "MD" \
        and span.end < len(doc) and doc[span.end].tag_ == "VB"


def _is_time_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in TIME_WORDS or word.removesuffix("s") in TIME_WORDS or token.like_num and len(word) == 4 \
        or any(part in TIME_WORDS for part in word.split("-")[1:])


def _valued_tail(span: SpacySpan, published: date | None,
                 reference: str | None) -> tuple[SpacySpan, str, str | None] | None:
    """"a coup d'etat last year", "up from seven a year ago": the NER's span with words before the
    expression; the longest end of it that has a value, if one does. "Friday to 2600" ("fell 5
    points Friday to 2600"): words after it, from a range word on; the start before them."""
    for start in range(span.start + 1, span.end):
        tail = span.doc[start:span.end]
        value, anchor = _value(tail, published, reference)
        if value is not None:
            return tail, value, anchor
    cut = next((t.i for t in span[1:] if t.lower_ in RANGE_WORDS), None)
    if cut is None:
        return None
    head = span.doc[span.start:cut]
    value, anchor = _value(head, published, reference)
    return (head, value, anchor) if value is not None else None


def _time_spans(doc: Doc) -> list[SpacySpan]:
    spans = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _not_a_time(ent):
            whole = _with_recurrence_word(_with_holiday_word(_trimmed(ent)))
            for part in _split_at_end_date(_with_period_noun(whole)):
                spans.extend(_split_stretch_of_year(part) or _split_day_range(part))
    taken = {i for s in spans for i in range(s.start, s.end)}
    named = _Naming(doc)
    # days and holidays the NER missed, and words that point at the present, past or future
    words = words_of(doc)
    for i, word in enumerate(words.lower):
        if word not in FIRST_WORDS and words.tag[i] != "CD" and not word.isdigit() and "-" not in word or i in taken:
            continue  # most words, cheaply: none of the rules below starts with them
        token = doc[i]
        if (found := _part_of_that_day(token, taken)) is not None:
            spans.append(found)
            taken.update(range(found.start, found.end))
        elif token.lower_ in WEEKDAYS and named(token) or token.lower_ in DAY_WORDS or _part_of_named_day(token):
            # a part of a day is joined to its day below
            spans.append(_with_recurrence_word(doc[token.i:token.i + 1]))
        elif (found := _holiday(token, taken, named) or _times_a(token, taken) or _stretch(token, taken)
              or _lasting(token, taken) or _prefixed_year(token) or _month_and_day(token, taken, named) or _month_after_preposition(token, named)
              or _season_after_preposition(token) or _year_after_year(token) or _latest_period(token)) is not None:
            spans.append(found)
            taken.update(range(found.start, found.end))
        elif (reference := _reference_words(token)) is not None:
            spans.append(reference)
            taken.update(range(reference.start, reference.end))
    return _with_day_around([span for span in _join_time_and_day(sorted(spans, key=lambda s: s.start))
                             if not _names_a_show(span)])


def _with_day_around(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"the day before last Tuesday's hearing", "the day after Christmas": one expression, the day
    next to the one named (the NER gives "the day" and the date apart, or the date alone)."""
    joined: list[SpacySpan] = []
    for span in spans:
        doc, start = span.doc, span.start
        if start >= 2 and doc[start - 1].lower_ in ("before", "after") and doc[start - 2].lower_ == "day":
            start -= 3 if start >= 3 and doc[start - 3].lower_ == "the" else 2
            while joined and joined[-1].end > start:
                joined.pop()
            span = doc[start:span.end]
        joined.append(span)
    return joined


def _names_a_show(span: SpacySpan) -> bool:
    """"on CBS's 60 Minutes", "Sunday Morning Futures", "NBC's "Today" show": a unit of time, a
    part of the day or a day word written with a capital inside a sentence written in lower case
    belongs to a name (a show's, a column's), which TimeML does not mark; a headline's capitals
    say nothing, nor does a sentence's first word ('"Today, we ...')."""
    if _quoted_after_possessive(span):
        return True  # 'abc news' "this week,"': a title, in any case
    if not any(t.text[:1].isupper() and t.lower_.removesuffix("s") in TITLE_WORDS and not _opens_sentence(t)
               for t in span):
        return False  # nearly every expression, cheaply
    if any(name in span.text.lower().replace("’", "'") for name in HOLIDAYS):
        return False  # "New Year's Eve", "Easter Week"
    words = [t for t in span.sent if t.is_alpha and t.pos_ != "PROPN" and not span.start <= t.i < span.end]
    return 2 * sum(t.text[:1].isupper() for t in words) < len(words)


def _quoted_after_possessive(span: SpacySpan) -> bool:
    """'on ABC's "This Week"', 'cbs' "60 minutes"': an expression opening a quotation right after a
    possessive is the title of what the possessor puts out."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text in OPENING_QUOTES \
        and doc[span.start - 2].lower_ in POSSESSIVES


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, or the first after the punctuation and spaces that open it
    (a quote, a line break)."""
    first = token
    while first.i > 0 and not first.is_sent_start and not any(c.isalnum() for c in first.nbor(-1).text):
        first = first.nbor(-1)
    return first.is_sent_start


def _ordinal_day_now(span: SpacySpan) -> bool:
    """"Today is the eighth day of Desert Shield", "It's the second day of an offensive": the
    publication day, by the present tense of "be"."""
    root = span.root
    return root.lower_ == "day" and any(t.dep_ == "amod" and t.tag_ in ("JJ", "CD") and t.lower_ != "same"
                                        for t in root.children) \
        and root.dep_ == "attr" and root.head.lemma_ == "be" and root.head.tag_ == "VBZ"


def _not_a_time(span: SpacySpan) -> bool:
    """The NER's dates that time nothing: someone's age ("a 6-year-old", "Smith, 44,", "52 years
    old") or stretch of life ("his year in kindergarten"), numbers that cannot be years ("the
    80486 chip"), how often a payment or report comes ("a quarterly dividend", "annual sales") and greetings."""
    text = span.text.lower()
    return bool(AGE.search(text)) or text.isdigit() and (len(text) != 4 or text.startswith("0")) \
        or text in FREQUENCY_WORDS or bool(SOMEONES_TIME.fullmatch(text)) or _greeting(span) or _fraction(span) \
        or _named_march(span)


def _named_march(span: SpacySpan) -> bool:
    """"the annual March for Life", "the March on Washington": the noun "march" in a name, with an
    article or an adjective of its own, which a month does not take ("early March" does); TimeML
    marks no time in a name."""
    doc, march = span.doc, span[-1]
    if march.lower_ != "march" or march.i == 0 or march.i + 2 >= len(doc):
        return False
    before, after = doc[march.i - 1], doc[march.i + 1]
    return (before.lower_ == "the" or before.tag_ == "JJ" and before.lower_ not in ("early", "late", "mid")) \
        and after.dep_ == "prep" and after.head == march \
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in after.children)


def _fraction(span: SpacySpan) -> bool:
    """"more than a quarter of the market", "three quarters of its sales": a share, not three
    months; not a quarter the words name ("the third quarter of 1984"), nor a share of a time
    ("a quarter of the year")."""
    doc = span.doc
    if span[-1].lower_ not in ("quarter", "quarters") or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" \
            or any(t.lower_ in (*ORDINALS, "the", "this", "that", "last", "next", "fiscal") for t in span):
        return False  # "the third quarter of $226.3 million", a loss's quarter
    whole = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    return whole is not None and not _is_year(whole) and not _is_time_word(whole)


def _greeting(span: SpacySpan) -> bool:
    """"Good evening from Havana": a greeting, which times nothing."""
    return span.text.lower() in PARTS_OF_DAY and span.start > 0 and span.doc[span.start - 1].lower_ == "good"


def _reference_words(token: Token) -> SpacySpan | None:
    """"now", "currently", "recently", "(in) the past", "(in) the (near) future", "the short term",
    "his future", "for now": TimeML's PRESENT_REF, PAST_REF and FUTURE_REF; not "from now on" or a
    sentence's opening "Now," which time nothing."""
    doc = token.doc
    word = token.lower_
    if word in ("future", "past") and token.i > 0 and doc[token.i - 1].lower_ == "the" and token.dep_ == "pobj":
        return doc[token.i - 1:token.i + 1]
    if word == "future" and token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token.children):
        return doc[token.i:token.i + 1]  # "Elian's future": the time ahead of someone (not "the future that ...")
    if word in ("future", "term") and token.i > 1 and doc[token.i - 1].lower_ in NEAR_WORDS \
            and doc[token.i - 2].lower_ == "the" and token.dep_ == "pobj":
        return doc[token.i - 2:token.i + 1]  # "in the near future", "over the short term"
    if word == "now":
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if before in NOT_NOW_BEFORE or token.is_sent_start and after in (",", "for"):
            return None  # "Now, he says, ...", "Now for the weather": the word that turns to a new point
        return doc[token.i - 1:token.i + 1] if before == "right" else doc[token.i:token.i + 1]
    if word in RECURRENCE_WORDS and token.dep_ in ("advmod", "npadvmod"):
        return doc[token.i:token.i + 1]  # "trades daily", not "a daily newspaper"
    if word in ("every", "each") and token.i + 1 < len(doc):
        unit = token.i + 2 if doc[token.i + 1].lower_ == "other" and token.i + 2 < len(doc) else token.i + 1
        if doc[unit].lower_ in RECURRENCE_UNITS or doc[unit].lower_ in SEASONS:
            return doc[token.i:unit + 1]  # "every day", "each week", "every summer", "every other week": sets
    if word == "then" and token.i > 0 and doc[token.i - 1].lower_ in ("until", "till", "by"):
        return doc[token.i:token.i + 1]  # "until then": the time the text last gave (valued by ``same_as_before``)
    if word == "recent" and token.dep_ == "amod" and token.head.lower_.removesuffix("s") not in TIME_WORDS:
        return doc[token.i:token.i + 1]  # "the recent sale": the past (TimeBank: 6 times in 14); not "recent years"
    if word == "current" and token.dep_ == "amod":
        return doc[token.i:token.i + 1]  # "the current crisis": the present, as TimeBank marks it
    return doc[token.i:token.i + 1] if word in REFERENCE_ADVERBS and token.pos_ == "ADV" else None


def _part_of_that_day(token: Token, taken: set[int]) -> SpacySpan | None:
    """"that night", "the next morning", "that same afternoon": a part of the day the text last gave
    (or of the day after it), valued by ``time_of_day_before``; the NER often leaves them out."""
    doc = token.doc
    if token.lower_ not in PARTS_OF_DAY or token.i == 0 or token.i - 1 in taken:
        return None
    start = token.i - 1
    if doc[start].lower_ == "same" and start > 0:
        start -= 1
    if doc[start].lower_ in ("next", "following") and start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    elif doc[start].lower_ != "that":
        return None
    return doc[start:token.i + 1]


def _part_of_named_day(token: Token) -> bool:
    """"night" of "Wednesday night" ("nights" of "Monday nights"), which the NER of a lower-cased
    text leaves out of the day."""
    return token.lower_.removesuffix("s") in PARTS_OF_DAY and token.i > 0 \
        and token.nbor(-1).lower_ in (*WEEKDAYS, *DAY_WORDS)


class _Naming:
    """Is a word written as a name? With a capital; or in any case in a feed written all in lower
    case or in capitals, where a capital says nothing ("monday", "aug. 7"). The document's casing
    is read only when a word without a capital asks (rarely, in ordinary text)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._caseless: bool | None = None

    @property
    def caseless(self) -> bool:
        if self._caseless is None:
            self._caseless = document_casing(self.doc) != "mixed"
        return self._caseless

    def __call__(self, token: Token) -> bool:
        return token.text[:1].isupper() or self.caseless


def _holiday(token: Token, taken: set[int], named: _Naming) -> SpacySpan | None:
    """"Thanksgiving Day", "last Christmas", "Easter week"; not a holiday's name that qualifies
    something ("Christmas shopping", "Easter Island")."""
    doc = token.doc
    if token.lower_ not in HOLIDAY_FIRST_WORDS:
        return None  # most tokens, cheaply: this runs on every word the NER left out
    for end in range(min(token.i + 4, len(doc)), token.i, -1):
        if doc[token.i:end].text.lower().replace("’", "'") in HOLIDAYS and not taken & set(range(token.i, end)):
            break
    else:
        return None
    if not named(token):
        return None
    if end < len(doc) and doc[end].lower_ == "week":
        end += 1
    elif end < len(doc) and (not named.caseless and doc[end].text[:1].isupper()
                             or doc[end - 1].dep_ in ("compound", "amod")
                             and doc[end - 1].head.pos_ in ("NOUN", "PROPN")):
        return None  # "Christmas shopping", "Easter Island"; not "found Thanksgiving Day clinging to ..."
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in ("last", "next", "this") else token.i
    return doc[start:end]


def _month_and_day(token: Token, taken: set[int], named: _Naming) -> SpacySpan | None:
    """"the Aug. 7 Embassy bombings": a month and day the NER gives another label (EVENT) or none;
    with its year if one follows ("Aug. 7, 1998")."""
    doc = token.doc
    if token.lower_.rstrip(".") not in MONTH_WORDS or token.i + 1 >= len(doc):
        return None
    day = doc[token.i + 1]
    if not (day.text.isdigit() and 1 <= int(day.text) <= 31) or day.i in taken or not named(token):
        return None
    end = day.i + 1
    if end + 1 < len(doc) and doc[end].text == "," and _is_year(doc[end + 1]) and end + 1 not in taken:
        end += 2
    return doc[token.i:end]


def _month_after_preposition(token: Token, named: _Naming) -> SpacySpan | None:
    """"in may", "since march": a month the NER of a lower-cased text takes for a word ("may",
    "march"); in a text with capitals, the NER's (and the capital's) word is taken."""
    if token.lower_ not in MONTHS or token.i == 0:
        return None
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in ("early", "mid", "late") \
            and not token.nbor(-2).whitespace_ and not token.nbor(-1).whitespace_:
        start = token.i - 2  # "the late-november trip"
    elif token.nbor(-1).lower_ in MONTH_PREPOSITIONS:
        start = token.i
    elif _last_or_this_month(token):
        start = token.i - 1
    else:
        return None
    return token.doc[start:token.i + 1] if named.caseless else None


def _last_or_this_month(token: Token) -> bool:
    """"signed last may.", "appointed last may to": a month after "last" or "this"; not "the last
    may be", "at last may come", "this may not", where "may" is the verb."""
    doc = token.doc
    if token.nbor(-1).lower_ not in ("last", "this"):
        return False
    before = doc[token.i - 2].lower_ if token.i >= 2 else ""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return before not in ("the", "at", "its", "his", "her", "their", "our", "my", "your", "that") \
        and (after is None or after.is_punct or after.lower_ in ("to", "and", "or", "when", "after", "before")
             or after.pos_ in ("ADP", "DET", "PRON", "PROPN", "NOUN") and after.tag_ not in ("VB", "MD"))


def _season_after_preposition(token: Token) -> SpacySpan | None:
    """"in the fall", "by the spring": a season the NER takes for a word ("fall"); not "the fall of
    Rome" (a season of a year is "the fall of 2014")."""
    doc = token.doc
    if token.lower_ not in SEASONS or token.i < 2 or doc[token.i - 1].lower_ != "the" \
            or doc[token.i - 2].lower_ not in SEASON_PREPOSITIONS:
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" \
            and not (token.i + 2 < len(doc) and _is_year(doc[token.i + 2])):
        return None
    return doc[token.i - 1:token.i + 1]


def _year_after_year(token: Token) -> SpacySpan | None:
    """"from 2009 to 2015", "in 1994, 1995 and 1997": a year of a range or list the NER leaves out;
    TimeML marks each year of one."""
    if not _is_year(token):
        return None
    doc, links = token.doc, (*RANGE_WORDS, "or", ",")
    before = token.i >= 2 and doc[token.i - 1].lower_ in links and _is_year(doc[token.i - 2])
    after = token.i + 2 < len(doc) and doc[token.i + 1].lower_ in links and _is_year(doc[token.i + 2])
    return doc[token.i:token.i + 1] if before or after else None


def _latest_period(token: Token) -> SpacySpan | None:
    """"in the latest period", "the latest quarter's results": the quarter an earnings report is
    about, which the NER leaves out."""
    doc = token.doc
    if token.lower_ != "latest" or token.i == 0 or doc[token.i - 1].lower_ != "the" or token.i + 1 >= len(doc) \
            or doc[token.i + 1].lower_ not in ("period", "quarter"):
        return None
    return doc[token.i - 1:token.i + 2]


def _prefixed_year(token: Token) -> SpacySpan | None:
    """"the post-1959 politics", "the early-1990s": a year or decade the NER leaves out."""
    return token.doc[token.i:token.i + 1] if PREFIXED_YEAR.fullmatch(token.lower_) else None


def _lasting(token: Token, taken: set[int]) -> SpacySpan | None:
    """"a day-long meeting", "a weeklong trip", "a decades-long feud": a length of time as an
    adjective, which the NER leaves out (or takes without its "-long"); found from its last word."""
    doc = token.doc
    if token.lower_ in LASTING_WORDS:
        return doc[token.i:token.i + 1]
    if token.lower_ != "long" or token.i < 2 or doc[token.i - 1].text != "-" \
            or doc[token.i - 2].lower_.removesuffix("s") not in STRETCH_UNITS or token.i - 2 in taken \
            or doc[token.i - 2].whitespace_ or doc[token.i - 1].whitespace_:
        return None
    return doc[token.i - 2:token.i + 1]


def _times_a(token: Token, taken: set[int]) -> SpacySpan | None:
    """"twice a year", "three times a day", "once per week": TimeML's set (valued by its period,
    the count being its freq), which the NER leaves out."""
    doc = token.doc
    end = token.i + 1 if token.lower_ in TIMES_WORDS else token.i + 2
    if end == token.i + 2 and (token.tag_ != "CD" or end > len(doc) or doc[token.i + 1].lower_ != "times"):
        return None
    if end + 1 >= len(doc) or doc[end].lower_ not in ("a", "an", "per", "each", "every") \
            or doc[end + 1].lower_ not in RATE_UNITS or taken & set(range(token.i, end + 2)):
        return None
    return doc[token.i:end + 2]


def _stretch(token: Token, taken: set[int]) -> SpacySpan | None:
    """"5 1/2 hours", "two more weeks", "20 more years", "several quarters": lengths of time the NER
    leaves out; not ages ("a 6-year-old") nor "one day" (some day)."""
    doc = token.doc
    if token.tag_ != "CD" and token.lower_ not in ("several", "few"):  # not "the first day"
        return None
    end = token.i + 1
    while end < len(doc) and (doc[end].tag_ == "CD" or doc[end].lower_ in ("more", "additional")):
        end += 1
    units = STRETCH_UNITS if _is_year(token) else {*STRETCH_UNITS, "quarter"}  # not "the 1988 quarter"
    if end >= len(doc) or doc[end].lower_.removesuffix("s") not in units or taken & set(range(token.i, end + 1)):
        return None
    after = doc[end + 1:end + 3].text.lower()
    if after.startswith(("old", "-old", "- old")) or token.lower_ == "one" and doc[end].lower_ == "day":
        return None
    start = token.i - 1 if token.lower_ == "few" and token.i > 0 and doc[token.i - 1].lower_ == "a" else token.i
    return doc[start:end + 2] if after.startswith("ago") else doc[start:end + 1]


def _join_time_and_day(spans: list[SpacySpan]) -> list[SpacySpan]:
    """"9 a.m. Tuesday", "4 a.m. EDT on Thursday", "noon Saturday", "5 p.m. EST, Nov. 9", "Tuesday
    morning", "mid-afternoon yesterday", "Friday Oct. 13": one expression, where the NER gives a
    time and a date, or a weekday and a date."""
    joined: list[SpacySpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        adjacent = previous is not None and span.start >= previous.end \
            and _joins(span.doc[previous.end:span.start])
        if previous is not None and span.start == previous.end and len(previous) > 1 and previous[-1].lower_ == "of" \
                and previous[-2].lower_ in (*PARTS_OF_DAY, "hours"):
            # "on the night of Oct. 23", "in the early hours of Monday": the NER's "the night of" is a
            # fragment, with no value of its own; AQUAINT marks the date alone (the TIDES guidelines
            # would take the whole as one expression at night, 1998-10-23TNI; TimeBank's totals say
            # nothing either way)
            joined[-1] = span
            continue
        if adjacent and (span[0].lower_.rstrip(".") in DATE_WORDS and _is_clock_or_part_of_day(previous)
                         or span.text.lower().removesuffix("s") in PARTS_OF_DAY
                         and previous[-1].lower_ in (*WEEKDAYS, *DAY_WORDS)
                         or span[0].lower_ in DAY_WORDS and _is_clock_or_part_of_day(previous)
                         or len(previous) == 1 and previous[0].lower_ in WEEKDAYS
                         and span[0].lower_.rstrip(".") in MONTH_WORDS):
            joined[-1] = span.doc[previous.start:span.end]
        else:
            joined.append(span)
    return joined


def _joins(gap: SpacySpan) -> bool:
    """Nothing, "on" or a comma between a time and a day, after a time zone the NER may leave out of
    the time ("2 p.m. et on thursday", "3:30 a.m. local time Thursday")."""
    words = [t.lower_.rstrip(".") for t in gap[:4]]
    if words[:2] == ["local", "time"]:
        words = words[2:]
    elif words and words[0] in TIME_ZONES:
        words = words[1:]
    return len(words) <= 1 and all(word in ("on", ",") for word in words)


def _is_clock_or_part_of_day(span: SpacySpan) -> bool:
    return any(t.lower_ in CLOCK_WORDS for t in span) or span[-1].lower_.split("-")[-1] in PARTS_OF_DAY


def _with_period_noun(span: SpacySpan) -> SpacySpan:
    """"the 1988 quarter", "last year's period", "the year-ago quarter", "the same period last
    year": the NER leaves out the period a year qualifies, or the period before "last year"."""
    doc = span.doc
    start, end = span.start, span.end
    if end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and doc[end + 1].lower_ in PERIOD_NOUNS:
        end += 2  # "last year's period"
    elif end < len(doc) and doc[end].lower_ in PERIOD_NOUNS and (_is_year(doc[end - 1]) or doc[end - 1].lower_ in (
            *POSSESSIVES, "year-ago", "year-earlier")):
        end += 1
    if span.text.lower() in ("last year", "a year ago", "a year earlier") and start >= 2 \
            and doc[start - 1].lower_ in PERIOD_NOUNS \
            and doc[start - 2].lower_ in ("same", "corresponding", "comparable"):
        start -= 2
    if end != span.end or start != span.start:
        start -= 1 if start > 0 and doc[start - 1].lower_ == "the" else 0
        return doc[start:end]
    return span


def _with_holiday_word(span: SpacySpan) -> SpacySpan:
    """"Good Friday", "Super Tuesday", "Black Friday": the NER gives the weekday alone, which is
    not the day the holiday's name gives; not "a good Friday for stocks", written in another case."""
    doc = span.doc
    if span.start == 0:
        return span
    first = doc[span.start - 1]
    if f"{first.lower_} {span[0].lower_}" in HOLIDAYS and first.text[:1].isupper() == span[0].text[:1].isupper():
        return doc[span.start - 1:span.end]
    return span


def _with_recurrence_word(span: SpacySpan) -> SpacySpan:
    """"each Thursday", "every July", "each summer": the NER leaves out the word that makes a day a set."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("each", "every") \
            and (span[0].lower_ in DATE_WORDS or span.text.lower() in SEASONS):
        return span.doc[span.start - 1:span.end]
    return span


def _trimmed(span: SpacySpan) -> SpacySpan:
    """"between now and", "1994, 1995 and", "last year's", "Thursday, April 6:" and the line break
    after it: the NER sometimes takes the word that links to the next expression, the possessive
    or the punctuation after it; none is part of this one (TimeML's extent ends with the time's own
    words). Nor are the words before it in LEADING_SIGNALS ("between 1994", "only five hours")."""
    start, end = span.start, span.end
    while end - 1 > start and (span.doc[end - 1].lower_ in (*RANGE_WORDS, "or", *POSSESSIVES)
                               or span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    while start + 1 < end and span.doc[start].lower_ in LEADING_SIGNALS:
        start += 1
    if start + 1 < end and _foreign_article(span.doc[start], end):
        start += 1
    return span.doc[_after_part_of_day_of(span.doc[start:end]):end]


def _after_part_of_day_of(span: SpacySpan) -> int:
    """Where the date starts in "the night of oct. 23", "the early hours of monday": the NER of a
    lower-cased text takes them as one expression, and the date alone is marked, as where it
    gives the two apart (see ``_join_time_and_day``)."""
    of = next((t.i for t in span[:4] if t.lower_ == "of"), None)
    if of is None or of == span.start or span.doc[of - 1].lower_ not in (*PARTS_OF_DAY, "hours") \
            or not _names_a_date(span.doc[of + 1:span.end]):
        return span.start
    return of + 1


def _foreign_article(token: Token, end: int) -> bool:
    """"the Aug. 7, 1998, bombings", "the March 6 meeting": an article the NER takes into a date
    that belongs to the noun the date qualifies (its head is outside the expression), or stands
    before a named month or day, which takes none of its own."""
    if token.lower_ != "the":
        return False
    return not token.i < token.head.i < end or token.nbor().lower_.rstrip(".") in DATE_WORDS


def _split_day_range(span: SpacySpan) -> list[SpacySpan]:
    """"April 24 and 25", "Oct. 3 to 5": two dates, as TimeML marks them (the second, a day of the
    first's month, is valued by ``_second_day``)."""
    if len(span) == 4 and span[0].lower_.rstrip(".") in MONTH_WORDS and span[1].text.isdigit() \
            and span[2].lower_ in ("and", "to", "through", "-", "–") and span[3].text.isdigit() \
            and int(span[3].text) <= 31:
        return [span[0:2], span[3:4]]
    return [span]


def _split_stretch_of_year(span: SpacySpan) -> list[SpacySpan] | None:
    """"the first nine months of 1997", "the first nine months of the year": a stretch and the year
    it lies in, two expressions as TimeBank marks them (P9M and 1997); not "the third quarter of
    1984", which names one quarter."""
    of = next((t.i for t in span if t.lower_ == "of" and span.start < t.i < span.end - 1), None)
    if of is None or span.doc[of - 1].lower_ not in ("months", "weeks", "days") \
            or not any(t.tag_ == "CD" for t in span.doc[span.start:of]):
        return None
    year = span.doc[of + 1:span.end]
    if not (len(year) == 1 and _is_year(year[0])
            or year.text.lower() in ("the year", "this year", "last year", "the fiscal year")):
        return None
    return [span.doc[span.start:of], year]


def _split_at_end_date(span: SpacySpan) -> list[SpacySpan]:
    """"the quarter ended Sept. 30" is two expressions: a period and the date that closes it; so is
    a range of named dates ("Aug. 26 to Oct. 20", "Sept. 14 to Thursday"), and a list of years
    ("1994, 1995")."""
    cut = next((t.i for t in span if span.start < t.i < span.end - 1 and (
        t.lower_ in PERIOD_END_WORDS or t.lower_ in RANGE_WORDS and _names_a_date(span.doc[span.start:t.i])
        and _names_a_date(span.doc[t.i + 1:span.end]) or t.text == "," and _is_year(t.nbor(-1))
        and _is_year(t.nbor()))), None)
    if cut is None or cut + 1 >= span.end:
        return [span]
    return [span.doc[span.start:cut], *_split_at_end_date(span.doc[cut + 1:span.end])]


def _names_a_date(tokens: SpacySpan) -> bool:
    """A day, month or year named ("Oct. 20", "1994", "today"), or a period counted from now ("this year")."""
    return any(t.lower_.rstrip(".") in DATE_WORDS or t.lower_ in DAY_WORDS or _is_year(t)
               or t.lower_ in ("week", "month", "year") and t.i > tokens.start and t.nbor(-1).lower_ in (
                   "this", "last", "next") for t in tokens)


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("15", "16", "17", "18", "19", "20")


def _closes_a_period(span: SpacySpan) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in PERIOD_END_WORDS


def _tense(span: SpacySpan) -> str:
    """past, future or present (which leaves the value to the nearest candidate) of the verb above
    ``span``; "qualifying" for a time that qualifies a noun, which has no tense of its own."""
    if any(t.lower_ in ("next", "coming", "upcoming") for t in span):
        return "future"
    return _clause_tense(span)


def _clause_tense(span: SpacySpan) -> str:
    """The tense ``_tense`` gives ``span`` by the words around it, whatever its own words say."""
    before = span.doc[max(span.start - 3, 0):span.start]
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(a.lower_ in ("had", "'d") for a in auxiliaries)
    not_until = len(before) > 1 and before[-2].lower_ == "not"
    if before and before[-1].lower_ == "ended":
        return "past"  # "the year ended March 31": the close of a period reported on
    ahead = before and (before[-1].lower_ in ("until", "till", "effective")
                        or before.text.lower().endswith(("as soon as", "as early as")))
    if ahead and not perfect and not not_until:
        # "postponed until Tuesday", "effective Feb. 1": a time still to come (not "had not until
        # Tuesday", nor "it was not until Tuesday that ...")
        return "future"
    if span.root.dep_ == "poss" or span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN":
        # "Wednesday's ruling", "a June agreement": the day of what it qualifies, whatever the
        # clause around it says (no tense: the nearest month, the last weekday, a month and day
        # looking back: "the Oct. 23 slaying")
        return "qualifying"
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    if _pluperfect(verb):
        # "had been scheduled to expire at midnight Friday", "had been due to expire Friday
        # evening": a plan that was for a time now past
        return "past"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxiliaries):
        # "plans to meet on Friday", "planned to leave on Thursday", but not "staged celebrations
        # to mark its entry on Friday"
        return "past" if verb.head.tag_ == "VBD" and verb.head.lemma_.lower() not in PLANNING_LEMMAS else "future"
    if verb.lemma_.lower() in PLANNING_LEMMAS and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and _clause_is_past(verb.head):
        # "a service planned for Saturday was canceled": the plan's day is in the clause's past
        return "past"
    if verb.lemma_.lower() in PLANNING_LEMMAS:
        return "future"  # "the league plans a news conference on Tuesday", "planned a rally on Saturday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in PERFECT_AUXILIARIES for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries:
        return "past"  # "the record set on Aug. 6", "a plan announced Tuesday": done by then
    if _past_read_as_present(verb):
        return "past"
    if _scheduled(span.root, verb, auxiliaries):
        return "future"
    return "present"


def _past_read_as_present(verb: Token) -> bool:
    """"Weakness hurt the index on Friday": a verb whose past is its base form, tagged as the
    present of "I", "you", "they" (VBP) but with a singular noun as its subject, which English
    would give "hurts": the tag's error, the past."""
    return verb.tag_ == "VBP" and verb.lower_ in SAME_IN_THE_PAST \
        and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


def _scheduled(time: Token, verb: Token, auxiliaries: list[Token]) -> bool:
    """"they meet Monday", "the offer expires on Friday", "is meeting Tuesday": an event in the simple
    present or the progressive with its time on it, which English uses for what is arranged to
    come; not a state ("are worth more in October") nor a report ("the White House says Monday")."""
    finite = verb if verb.tag_ in ("VBZ", "VBP") else next((a for a in auxiliaries if a.tag_ in ("VBZ", "VBP")), None)
    on_verb = time.head == verb or time.head.dep_ == "prep" and time.head.head == verb
    if finite is not None and verb.lemma_.lower() == "be" and time.dep_ == "attr":
        return _names_an_event(verb)  # "the election is Nov. 8", not "today is Tuesday"
    holder = time.head.head if time.head.dep_ == "prep" else time.head
    if finite is not None and holder.lower_ == "due" and holder.head == verb:
        return True  # "results are due Thursday", "the report is due out on Friday"
    return finite is not None and on_verb and verb.lemma_.lower() not in (*REPORTING_LEMMAS, "be")


def _names_an_event(verb: Token) -> bool:
    """Is the subject of ``verb`` a noun that is no time itself ("the election", "the deadline")?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" \
        and subject.lower_ not in (*DAY_WORDS, *STRETCH_UNITS, "date", "time", "weekend")


def _clause_is_past(noun: Token) -> bool:
    """Is the verb ``noun`` hangs from in the simple past ("a service ... was canceled")?"""
    verb = noun.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)) \
        and not any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries)


def _pluperfect(verb: Token) -> bool:
    """Is ``verb``, or one of the two words it hangs from, in the past perfect ("had planned", "had
    been due to")?"""
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if verb.head == verb:
            return False
        verb = verb.head
    return False


def date_events(doc: Doc, events: Sequence[Event], times: Sequence[FoundTime]) -> tuple[Event, ...]:
    """Each event with the date of the time expression that governs its trigger, if any."""
    by_position = _by_position(times)
    return tuple(replace(event, date=date) if (date := _date_of(doc, event.trigger, by_position)) else event
                 for event in events)


def date_quotes(doc: Doc, quotes: Sequence[Quote], times: Sequence[FoundTime]) -> tuple[Quote, ...]:
    """Each quote with the date of the time expression that governs its cue ("Lavrov said on Saturday")."""
    by_position = _by_position(times)
    return tuple(replace(quote, date=date) if quote.cue and (date := _date_of(doc, quote.cue, by_position, reporting=True))
                 else quote for quote in quotes)


def _by_position(times: Sequence[FoundTime]) -> SpanIndex[FoundTime]:
    return SpanIndex(times, span=lambda t: (t.start, t.end))


def _date_of(doc: Doc, word: Span, times: SpanIndex[FoundTime], *, reporting: bool = False) -> EventDate | None:
    span = doc.char_span(word.start, word.end, alignment_mode="expand")
    found = _governing_time(span.root, times, reporting=reporting) if span is not None else None
    if found is None:
        return None
    record = found.record
    return EventDate(record.value, record.text, record.start, record.end)


def _governing_time(trigger: Token, times: SpanIndex[FoundTime], *, reporting: bool = False) -> FoundTime | None:
    """The time in the trigger's clause, else one on its sentence's main verb; ``reporting`` when
    the trigger is itself the reporting verb, whose own time is wanted."""
    sentence = trigger.sent
    candidates = [t for t in times.around(sentence.start, sentence.end)
                  if sentence.start <= t.start < sentence.end and _dates(t.record.value)]
    clause = _clause_head(trigger)
    in_clause = [t for t in candidates if _clause_head(trigger.doc[t.start:t.end].root) in (trigger, clause)]
    if in_clause:
        return min(in_clause, key=lambda t: abs(t.start - trigger.i))
    if clause != sentence.root:
        return None
    # "On Saturday, the two sides held talks": a time on the main verb dates its whole clause,
    # unless that verb only reports ("KCNA reported Sunday" dates the report, not the event).
    main = [t for t in candidates if _clause_head(trigger.doc[t.start:t.end].root) == sentence.root
            and (reporting or sentence.root.lemma_.lower() not in REPORTING_LEMMAS)]
    return min(main, key=lambda t: abs(t.start - trigger.i)) if main else None


def _dates(value: str | None) -> bool:
    """Can this value date an event? Not a duration ("P3D") nor a bare present, past or future
    (a relative date left without a value still does: its words are kept)."""
    return value is None or not value.startswith("P") and not value.endswith("_REF")


def _clause_head(token: Token) -> Token:
    """The nearest verb above ``token`` (itself for a verb), or a noun trigger's own head verb."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current
