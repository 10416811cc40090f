"""The words of a parsed Doc as plain lists of strings, made once per Doc.

Most stages scan every word for the few that can matter (a pronoun, a word for a news outlet, a
noun); asking the Doc for each token builds a Python object each time, which costs more than the
test itself. These lists let a scan skip the rest without building them.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

_COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP)


class Words(NamedTuple):
    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased, as the stages compare lemmas
    pos: list[str]
    tag: list[str]
    dep: list[str]


def words_of(doc: Doc) -> Words:
    """The Doc's words, kept in its ``user_data`` (as plain lists, so the Doc still serialises): the
    stages never change a Doc's tokens, and every stage asks. A component that gives the tokens
    another parse calls ``forget_words``."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def name(key: int) -> str:
            found = names.get(key)
            if found is None:
                found = names[key] = strings[key]
            return found

        columns = doc.to_array(list(_COLUMNS)).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        text, lower, lemma, pos, tag, dep = ([name(key) for key in column] for column in columns)
        lemma = [word.lower() for word in lemma]
        words = doc.user_data[_WORDS] = Words(text, lower, lemma, pos, tag, dep)
    return words


def forget_words(doc: Doc) -> None:
    """Drops the kept lists, for a component that changes the tokens' annotations after the parse."""
    doc.user_data.pop(_WORDS, None)


_WORDS = "newsgraph.words"
