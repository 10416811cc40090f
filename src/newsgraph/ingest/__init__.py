"""Turning files and strings into ``Article`` records, and cleaning them."""

from newsgraph.ingest.article import article_id, make_article, read_text_file
from newsgraph.ingest.clean import clean

__all__ = ["article_id", "clean", "make_article", "read_text_file"]
