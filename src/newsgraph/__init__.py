"""newsgraph: who did what to whom, when and where, and who said what, according to whom.

    >>> import newsgraph
    >>> result = newsgraph.extract(text, published="2025-07-13")
    >>> result.to_json()
"""

from newsgraph.errors import NewsgraphError
from newsgraph.ingest import make_article, read_text_file
from newsgraph.options import Options
from newsgraph.pipeline import Pipeline, analyse, extract
from newsgraph.records import (SCHEMA, Actor, Article, ArticleResult, Event, EventDate, Party, Place,
                               Quote, Removed, Span, TimeExpression)

__version__ = "0.1.0"

__all__ = ["SCHEMA", "Actor", "Article", "ArticleResult", "Event", "EventDate", "NewsgraphError",
           "Options", "Party", "Pipeline", "Place", "Quote", "Removed", "Span", "TimeExpression",
           "analyse", "extract", "make_article", "read_text_file"]
