"""Quotes and their attribution: who said what, to whom, according to whom."""

from newsgraph.quotes import component  # noqa: F401  (registers the newsgraph_quotes factory)
from newsgraph.quotes.cues import CueLexicon, default_cues
from newsgraph.quotes.extract import find_quotes
from newsgraph.quotes.marks import Quoted, quoted_spans

__all__ = ["CueLexicon", "Quoted", "default_cues", "find_quotes", "quoted_spans"]
