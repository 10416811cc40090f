"""newsgraph: who did what to whom, when and where, and who said what, according to whom.

    >>> import newsgraph
    >>> result = newsgraph.extract(text, published="2025-07-13")
    >>> result.to_json()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsgraph.errors import NewsgraphError
from newsgraph.ingest import make_article, read_text_file
from newsgraph.options import Options
from newsgraph.records import (SCHEMA, Actor, Article, ArticleResult, Event, EventDate, Party, Place,
                               Quote, Removed, Span, TimeExpression)

if TYPE_CHECKING:
    from newsgraph.pipeline import Pipeline, analyse, extract

__version__ = "0.1.0"
# Imported on first use: the pipeline brings spaCy, which the command line and the store do not need
# (``newsgraph --help`` and the query commands start without it).
_PIPELINE = ("Pipeline", "analyse", "extract")


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from newsgraph import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")

__all__ = ["SCHEMA", "Actor", "Article", "ArticleResult", "Event", "EventDate", "NewsgraphError",
           "Options", "Party", "Pipeline", "Place", "Quote", "Removed", "Span", "TimeExpression",
           "analyse", "extract", "make_article", "read_text_file"]
