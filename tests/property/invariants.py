"""What every record must satisfy, whatever the text: the checks the property tests and
``benchmarks/fuzz.py`` apply to each record they make."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from newsgraph.records import ArticleResult

# Pieces of text that steer the stages: every quotation mark, reporting verbs and frames, names
# and sector words the gazetteer knows, dates, and what breaks naive text handling (controls,
# bidirectional and zero-width marks, other scripts, a byte-order mark).
QUOTE_MARKS = list("\"'“”‘’„‟«»‹›「」『』〝〞＂‚‛❝❞")
WORDS = ["said", "says", "told", "told reporters", "according to", "quoted", "as saying", "citing", "added",
         "warned", "denied", "Putin", "Vladimir Putin", "Lavrov", "Kim Jong Un", "Xi", "police", "rebels",
         "the government", "the ministry", "Reuters", "KCNA", "Moscow", "Seoul", "China", "on Monday",
         "last week", "2025-07-13", "July 13", "met", "attacked", "arrested", "killed", "held talks with",
         "a spokesman", "He", "she", "they", "it", "—", "-", ":", ";", ",", ".", "?", "!", "(", ")", "[", "]",
         "...", "…", "Mr.", "Dr.", "U.S.", "PYONGYANG, July 13 (AP) --", "''", "``", "O'Brien", "'s", "n't",
         "<tweet author=\"x\">", "</p>", "&quot;", "http://example.org/a?b=c", "@user", "#tag", "\n", "\n\n", "\r\n",
         "\r", "\t", " ", "  "]
ODD_CHARACTERS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u00a0", "\u200b", "\u200c",
                  "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2028", "\u2029", "\u2060", "\ufeff",
                  "\ufffd", "\U0001f600", "é", "ß", "İ", "ﬁ", "Ⅻ", "٣", "ع", "ש", "中", "Москва", "ḁ̴̢"]


def pieces() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS), st.sampled_from(ODD_CHARACTERS),
                     st.text(max_size=4), st.text(alphabet="abcXYZ ", min_size=1, max_size=12))


def news_like_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text put together from ``pieces``, with or without spaces between them."""
    return st.lists(st.tuples(pieces(), st.sampled_from(["", " ", " ", "\n"])), max_size=max_pieces).map(
        lambda parts: "".join(piece + gap for piece, gap in parts))


def problems(result: ArticleResult) -> list[str]:
    """Every broken promise of the ``newsgraph/1`` record: offsets that do not give their text, ids
    that name nothing, a record that does not survive JSON."""
    text = result.article.text
    found = []

    def span(where: str, start: int, end: int, said: str | None) -> None:
        if not (0 <= start <= end <= len(text)):
            found.append(f"{where}: offsets {start}:{end} outside the text of {len(text)} characters")
        elif said is not None and text[start:end] != said:
            found.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, the record says {said!r}")

    actor_ids = {actor.id for actor in result.actors}
    if len(actor_ids) != len(result.actors):
        found.append("two actors share an id")
    for actor in result.actors:
        for mention in actor.mentions:
            span(f"actor {actor.id} mention", mention.start, mention.end, mention.text)
    for quote in result.quotes:
        for part in quote.content:
            span(f"quote {quote.id} content", part.start, part.end, part.text)
        if quote.cue:
            span(f"quote {quote.id} cue", quote.cue.start, quote.cue.end, quote.cue.text)
        for role, party in (("speaker", quote.speaker), ("addressee", quote.addressee)):
            if party is not None:
                span(f"quote {quote.id} {role}", party.span.start, party.span.end, party.span.text)
                if party.actor is not None and party.actor not in actor_ids:
                    found.append(f"quote {quote.id} {role} names actor {party.actor}, which is not in the record")
        if quote.date:
            span(f"quote {quote.id} date", quote.date.start, quote.date.end, quote.date.text)
        found += [f"quote {quote.id} via names {link}, which is not an actor" for link in quote.via
                  if link not in actor_ids]
    for event in result.events:
        span(f"event {event.id} trigger", event.trigger.start, event.trigger.end, event.trigger.text)
        span(f"event {event.id} sentence", *event.sentence, None)
        if not (event.sentence[0] <= event.trigger.start and event.trigger.end <= event.sentence[1]):
            found.append(f"event {event.id}: trigger {event.trigger.start}:{event.trigger.end} outside its "
                         f"sentence {event.sentence}")
        found += [f"event {event.id} party {party} is not an actor" for party in event.source + event.target
                  if party not in actor_ids]
        found += [f"event {event.id} via names {link}, which is not an actor" for link in event.via
                  if link not in actor_ids]
        if event.date:
            span(f"event {event.id} date", event.date.start, event.date.end, event.date.text)
        if event.place:
            span(f"event {event.id} place", event.place.start, event.place.end, event.place.text)
    for time in result.times:
        span("time", time.start, time.end, time.text)
    for place in result.places:
        span("place", place.start, place.end, place.text)
    data = result.to_dict()
    if json.loads(result.to_json()) != data:
        found.append("the record changes through JSON")
    return found
