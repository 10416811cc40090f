"""An ``ArticleResult`` flattened into table rows: one row per article, actor, event and quote.

The full ``newsgraph/1`` record is kept beside the rows (``articles.record``), so exports that need
everything (JSONL, the GDELT table) read it, and the rows can stay flat and easy to query.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from newsgraph.happenings import JOIN, happening_key  # JOIN: how one column holds several actors
from newsgraph.records import Actor, ArticleResult, Event, Party, Quote

ARTICLE_COLUMNS = ("id", "title", "url", "source", "published", "dateline", "text", "characters", "words",
                   "record", "stored_at")
ACTOR_COLUMNS = ("article_id", "actor_id", "name", "kind", "country", "sector", "code", "titles", "mentions")
EVENT_COLUMNS = ("article_id", "event_id", "cameo", "root", "plover", "mode", "goldstein", "quad_class",
                 "source", "source_code", "target", "target_code", "trigger", "sentence", "event_date", "day",
                 "place", "place_country", "lat", "lon", "via", "negated", "hypothetical", "confidence",
                 "event_key", "happening_key")
EVENT_ACTOR_COLUMNS = ("article_id", "event_id", "role", "actor_id")
QUOTE_COLUMNS = ("article_id", "quote_id", "kind", "speaker", "speaker_actor", "addressee", "addressee_actor",
                 "cue", "content", "via", "confidence", "quote_date")
_WORDS = ARTICLE_COLUMNS.index("words")
# A value that names a day, maybe with a part of it ("2024-07-08TEV": that evening).
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|T)")


@dataclass(frozen=True, slots=True)
class ArticleRows:
    article_id: str
    article: tuple
    actors: tuple[tuple, ...]
    events: tuple[tuple, ...]
    event_actors: tuple[tuple, ...]
    quotes: tuple[tuple, ...]
    signature: bytes | None = None  # the text's MinHash signature, for finding copies (newsgraph.copies)

    @property
    def words(self) -> int:
        return self.article[_WORDS]


def rows_of(result: ArticleResult) -> ArticleRows:
    from newsgraph.copies import signature  # numpy and datasketch: for runs, not for reading a store

    article = result.article
    text = article.text
    actors = {actor.id: actor for actor in result.actors}
    published = article.published.isoformat() if article.published else None
    article_row = (article.id, article.title, article.url, article.source, published, article.dateline, text,
                   len(text), len(text.split()), json.dumps(result.to_dict(), ensure_ascii=False),
                   datetime.now(UTC).isoformat(timespec="seconds"))
    return ArticleRows(
        article_id=article.id,
        article=article_row,
        actors=tuple(_actor_row(article.id, actor) for actor in result.actors),
        events=tuple(_event_row(article.id, event, actors, text, published) for event in result.events),
        event_actors=tuple((article.id, event.id, role, actor_id)
                           for event in result.events
                           for role, ids in (("source", event.source), ("target", event.target))
                           for actor_id in dict.fromkeys(ids)),
        quotes=tuple(_quote_row(article.id, quote, actors, text) for quote in result.quotes),
        signature=signature(text))


def _actor_row(article_id: str, actor: Actor) -> tuple:
    return (article_id, actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.code,
            "; ".join(actor.titles) or None, len(actor.mentions))


def _event_row(article_id: str, event: Event, actors: dict[str, Actor], text: str, published: str | None) -> tuple:
    date_value = event.date.value if event.date else None
    day = date_value[:10] if date_value and _FULL_DATE.match(date_value) else published
    place = event.place
    key = happening_key(event.plover, event.cameo, _parties(event.source, actors), _parties(event.target, actors))
    return (article_id, event.id, event.cameo, event.cameo[:2], event.plover, event.mode, event.goldstein,
            event.quad_class, _names(event.source, actors), _codes(event.source, actors),
            _names(event.target, actors), _codes(event.target, actors), event.trigger.text,
            text[event.sentence[0]:event.sentence[1]], date_value, day,
            place.name if place else None, place.country if place else None,
            place.lat if place else None, place.lon if place else None,
            _names(event.via, actors), int(event.negated), int(event.hypothetical), event.confidence,
            key, key)


def _quote_row(article_id: str, quote: Quote, actors: dict[str, Actor], text: str) -> tuple:
    content = " … ".join(span.text for span in quote.content)
    return (article_id, quote.id, quote.kind, _party_name(quote.speaker, actors),
            quote.speaker.actor if quote.speaker else None, _party_name(quote.addressee, actors),
            quote.addressee.actor if quote.addressee else None, quote.cue.text if quote.cue else None,
            content, _names(quote.via, actors), quote.confidence, quote.date.value if quote.date else None)


def _party_name(party: Party | None, actors: dict[str, Actor]) -> str | None:
    if party is None:
        return None
    actor = actors.get(party.actor or "")
    return actor.name if actor else party.span.text


def _names(ids: Sequence[str], actors: dict[str, Actor]) -> str | None:
    names = [actors[i].name if i in actors else i for i in dict.fromkeys(ids)]
    return JOIN.join(names) or None


def _parties(ids: Sequence[str], actors: dict[str, Actor]) -> list[tuple[str, str | None, str]]:
    return [(actors[i].name, actors[i].code, actors[i].kind) for i in dict.fromkeys(ids) if i in actors]


def _codes(ids: Sequence[str], actors: dict[str, Actor]) -> str | None:
    codes = [actors[i].code or "" if i in actors else "" for i in dict.fromkeys(ids)]
    return JOIN.join(codes) if any(codes) else None
