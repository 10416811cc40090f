"""newsgraph's spaCy components, registered as factories when this module is imported."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break: paragraphs never share a sentence.

    A closing quotation mark glued to the word before it never starts a sentence either (the
    parser alone sometimes splits ``world."`` before the mark), nor does the word after an
    abbreviation that opens a paragraph ("U.S. Ambassador Prudence Bushnell ..."). Runs before the
    parser, which keeps sentence starts that are already set.
    """
    after_break = False
    for token in doc:
        if token.i > 0 and token.is_quote and not doc[token.i - 1].whitespace_ and not after_break:
            token.is_sent_start = False
        if token.is_space:
            after_break = after_break or "\n" in token.text
        elif after_break:
            token.is_sent_start = True
            after_break = False
            following = token.nbor() if token.i + 1 < len(doc) else None
            if len(token.text) > 1 and token.text.endswith(".") and following is not None \
                    and not following.is_space and token.whitespace_:
                following.is_sent_start = False
        after_break = after_break or "\n" in token.whitespace_
    return doc
