"""Turning files and strings into ``Article`` records, and cleaning them."""

from newsgraph.ingest.article import article_id, decode_text, make_article, parse_published, read_text_file
from newsgraph.ingest.clean import clean

__all__ = ["article_id", "clean", "decode_text", "make_article", "parse_published", "read_text_file"]
