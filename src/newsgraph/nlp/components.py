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


# A paragraph is written in capitals when at least this share of its letters are capitals and it
# has at least MIN_CAPITALS_LETTERS of them ("WASHINGTON (AP) — THE FEDERAL RESERVE WILL ..."):
# models trained on mixed-case news tag, parse and split such text badly (a sentence ends after
# "AGAIN", "SUNDAY" becomes an object), and parse its lower-case form about as well as normal text.
CAPITALS_SHARE = 0.9
MIN_CAPITALS_LETTERS = 12
# What the lower-case parse gives the document written in capitals (lemmas and entities included).
FOLDED_ATTRIBUTES = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")


@Language.factory("newsgraph_case_fold", requires=["token.dep"], assigns=["token.dep", "token.tag", "doc.ents"])
def make_case_fold(nlp: Language, name: str) -> CaseFold:
    return CaseFold(nlp, name)


class CaseFold:
    """Parses a document with paragraphs written in capitals again with those paragraphs in lower
    case, and gives the original tokens the tags, lemmas, parse and entities of that parse. Runs
    last; documents without such paragraphs (nearly all) pass unchanged, at the cost of a scan."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        folded = folded_capitals(doc.text)
        if folded is None:
            return doc
        lower = self.nlp.make_doc(folded)
        if [t.idx for t in lower] != [t.idx for t in doc]:
            return doc  # tokenized otherwise in lower case: the parse would not fit the tokens
        for name, component in self.nlp.pipeline:
            if name != self.name:
                lower = component(lower)
        doc.from_array(list(FOLDED_ATTRIBUTES), lower.to_array(list(FOLDED_ATTRIBUTES)))
        return doc


def folded_capitals(text: str) -> str | None:
    """``text`` with its paragraphs written in capitals in lower case, or None where it has none
    (or where lower case would change the text's length, as "İ" does)."""
    paragraphs = text.split("\n")
    changed = False
    for index, paragraph in enumerate(paragraphs):
        letters = [c for c in paragraph if c.isalpha()]
        capitals = sum(c.isupper() for c in letters)
        if capitals >= MIN_CAPITALS_LETTERS and capitals >= CAPITALS_SHARE * len(letters):
            lowered = paragraph.lower()
            if len(lowered) != len(paragraph):
                return None
            paragraphs[index] = lowered
            changed = True
    return "\n".join(paragraphs) if changed else None
