"""Corpora: reading many articles from files, folders and streams, and running them into a store."""

from newsgraph.corpus.run import Engine, LocalEngine, RunSummary, run_corpus
from newsgraph.corpus.sources import Columns, Corpus, Submission

__all__ = ["Columns", "Corpus", "Engine", "LocalEngine", "RunSummary", "Submission", "run_corpus"]
