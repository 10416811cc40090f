"""Hand-built article results for the store tests: no model needed."""

from datetime import date

from newsgraph.records import (Actor, Article, ArticleResult, Event, EventDate, Party, Place, Quote,
                               Span)

TALKS = ("Kim Jong-un held talks with Sergei Lavrov in Wonsan on Saturday.\n"
         "\"Our talks were useful,\" Lavrov said.")
PROTEST = "Protesters in Tbilisi demanded new elections on Monday."


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(at, at + len(part), part)


def talks(published: date | None = date(2025, 7, 13), text: str = TALKS, article_id: str = "a1") -> ArticleResult:
    kim = Actor("A1", "Kim Jong-un", "person", "PRK", "GOV", ("leader",), (_span(text, "Kim Jong-un"),))
    lavrov = Actor("A2", "Sergei Lavrov", "person", "RUS", "GOV", (),
                   (_span(text, "Sergei Lavrov"), _span(text, "Lavrov", text.index("said") - 8)))
    first = text.index("\n")
    event = Event("E1", "040", "CONSULT", None, 1.0, 1, ("A1",), ("A2",), _span(text, "held"), (0, first + 1),
                  date=EventDate("2025-07-12", "on Saturday", *_bounds(text, "on Saturday")[:2]),
                  place=Place(*_bounds(text, "Wonsan"), "Wonsan", "PRK", 39.15, 127.44))
    quote = Quote("Q1", "direct", (_span(text, "Our talks were useful"),), cue=_span(text, "said"),
                  speaker=Party("A2", _span(text, "Lavrov", first)), confidence=0.9)
    return ArticleResult(Article(article_id, text, title="Kim meets Lavrov", url="https://example.org/kim",
                                 published=published),
                         actors=(kim, lavrov), quotes=(quote,), events=(event,))


def protest(article_id: str = "a2") -> ArticleResult:
    text = PROTEST
    people = Actor("A1", "Protesters", "group", "GEO", "OPP", (), (_span(text, "Protesters"),))
    event = Event("E1", "1411", "PROTEST", "demonstrate", -6.5, 3, ("A1",), (), _span(text, "demanded"),
                  (0, len(text)), negated=True,
                  date=EventDate("2026-11-23", "on Monday", *_bounds(text, "on Monday")[:2]))
    return ArticleResult(Article(article_id, text, published=date(2026, 11, 24)), actors=(people,),
                         events=(event,))


def _bounds(text: str, part: str) -> tuple[int, int, str]:
    at = text.index(part)
    return at, at + len(part), part
