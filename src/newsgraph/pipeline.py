"""The ordered stages from an article to its result, with the model loaded once per process.

    clean ─► nlp ─► actors ─► quotes ─► events ─► time/place ─► ArticleResult

Everything after ``nlp`` is ``analyse``: a plain function of the cleaned article, its Doc and
the knowledge files, so it can be tested with hand-built Docs and run in worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import Gazetteer, default_gazetteer, find_actors
from newsgraph.errors import InputTooLong
from newsgraph.events import PatternSet, code_events, default_patterns, merge_events
from newsgraph.events.located import locate_targets, qualifier_countries
from newsgraph.ingest import clean, make_article
from newsgraph.nlp import load_model
from newsgraph.nlp.components import english_words
from newsgraph.normalize import date_events, date_quotes, find_places, find_times, place_events
from newsgraph.options import Options
from newsgraph.quotes import CueLexicon, default_cues, find_quotes
from newsgraph.records import Actor, Article, ArticleResult


@dataclass(frozen=True, slots=True)
class Knowledge:
    """The data files the stages after ``nlp`` read, loaded once."""

    gazetteer: Gazetteer
    cues: CueLexicon
    patterns: PatternSet
    # the model's lexicon of English words, where it has one: a name none of them is a name
    english: frozenset[str] = frozenset()

    @classmethod
    def load(cls, options: Options) -> Knowledge:
        return cls(default_gazetteer(tuple(options.actors)), default_cues(),
                   default_patterns(tuple(options.patterns)))


def analyse(article: Article, doc: Doc, knowledge: Knowledge, *, one_per_happening: bool = True) -> ArticleResult:
    """Actors, quotes, events, times and places of a cleaned article whose text ``doc`` holds.

    ``one_per_happening=False`` keeps an event for every sentence that tells it (as sentence-level
    gold codes them) instead of merging the mentions of one happening.
    """
    actors = find_actors(doc, knowledge.gazetteer, published=article.published, dateline=article.dateline)
    quotes = find_quotes(doc, actors, cues=knowledge.cues)
    times = find_times(doc, article.published)
    places = find_places(doc, knowledge.gazetteer, actors, english=knowledge.english)
    events = code_events(doc, actors, quotes, knowledge.patterns)
    events = place_events(doc, date_events(doc, events, times), places)
    if one_per_happening:
        events = merge_events(events)
    else:
        events = tuple(replace(event, id=f"E{n}") for n, event in enumerate(events, start=1))
    events, actor_records = locate_targets(events, actors.actors, knowledge.gazetteer.country_name,
                                           qualifier_countries(doc, events, actors.matches,
                                                               [(p.start, p.end, p.record.country) for p in places]),
                                           home=actors.home_country)
    actor_records = _placed_actors(actor_records, places)
    quotes = date_quotes(doc, quotes, times)
    return ArticleResult(article=article, actors=actor_records, quotes=quotes, events=events,
                         times=tuple(t.record for t in times), places=tuple(p.record for p in places))


def _placed_actors(actors: tuple[Actor, ...], places) -> tuple[Actor, ...]:
    """Actors the text names as places ("seized control of Crimea") are of the places' country,
    where the actors stage found none."""
    countries = {(p.record.start, p.record.end): p.record.country for p in places if p.record.country}
    placed = []
    for actor in actors:
        found = {countries.get((m.start, m.end)) for m in actor.mentions}
        if actor.country is None and actor.kind != "person" and actor.mentions and len(found) == 1 and None not in found:
            actor = replace(actor, country=found.pop())
        placed.append(actor)
    return tuple(placed)


class Pipeline:
    """Loads the spaCy pipeline and the knowledge files once; processes any number of articles."""

    def __init__(self, options: Options | None = None, *, model: str | None = None,
                 actors: Iterable[str | Path] = (), patterns: Iterable[str | Path] = ()) -> None:
        options = options or Options()
        if model:
            options = replace(options, model=model)
        if actors or patterns:
            options = replace(options, actors=options.actors + tuple(Path(p) for p in actors),
                              patterns=options.patterns + tuple(Path(p) for p in patterns))
        self.options = options
        self.nlp: Language = load_model(options.model)
        self.knowledge = replace(Knowledge.load(options), english=english_words(self.nlp))

    def extract(self, text: str, *, published: date | str | None = None, title: str | None = None,
                url: str | None = None, source: str | None = None) -> ArticleResult:
        return self.process(make_article(text, published=published, title=title, url=url, source=source))

    def process(self, article: Article) -> ArticleResult:
        cleaned = self.clean(article)
        return analyse(cleaned, self.nlp(cleaned.text), self.knowledge)

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ArticleResult]:
        """Results in input order; spaCy parses the batch together, which is faster than one by one."""
        cleaned = (self.clean(article) for article in articles)
        pairs = self.nlp.pipe(((a.text, a) for a in cleaned), as_tuples=True, batch_size=batch_size)
        for doc, article in pairs:
            yield analyse(article, doc, self.knowledge)

    def clean(self, article: Article) -> Article:
        """The article as the stages see it; raises ``InputTooLong`` for more than spaCy takes."""
        cleaned = clean(article)
        if len(cleaned.text) > self.nlp.max_length:
            raise InputTooLong(f"the article has {len(cleaned.text):,} characters after cleaning, more than "
                               f"the {self.nlp.max_length:,} the spaCy pipeline takes; split it first")
        return cleaned


_default: dict[Options, Pipeline] = {}


def extract(text: str, *, published: date | str | None = None, title: str | None = None,
            url: str | None = None, source: str | None = None, options: Options | None = None) -> ArticleResult:
    """One article's record: ``newsgraph.extract(text, published="2025-07-13")``.

    The pipeline for ``options`` is built on first use and kept for the process.
    """
    options = options or Options()
    if options not in _default:
        _default[options] = Pipeline(options)
    return _default[options].extract(text, published=published, title=title, url=url, source=source)
