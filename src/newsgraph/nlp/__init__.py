"""The spaCy pipeline: loaded once per process, with newsgraph's token-level components."""

from newsgraph.nlp.loader import DEFAULT_MODEL, load_model

__all__ = ["DEFAULT_MODEL", "load_model"]
