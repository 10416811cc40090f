"""newsgraph's spaCy components, registered as factories when this module is imported."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.actors.gazetteer import default_gazetteer, document_casing
from newsgraph.nlp.recase import recased_words
from newsgraph.words import forget_words


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
# What the parse in the other case gives the document (lemmas and entities included).
REPARSED_ATTRIBUTES = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")


@Language.factory("newsgraph_case_fold", requires=["token.dep"], assigns=["token.dep", "token.tag", "doc.ents"])
def make_case_fold(nlp: Language, name: str) -> CaseFold:
    return CaseFold(nlp, name)


class CaseFold:
    """Parses again, with the capitals ordinary news would give its words (``recase``), the text
    whose case misleads a model trained on mixed-case news, and gives its original tokens the tags,
    lemmas, parse and entities of that parse, paragraph by paragraph (a sentence never crosses a
    line break): each paragraph of a document written all in lower case, and each paragraph
    written in capitals (parsed first in lower case, for the recasing to read names off). Runs
    last; documents in ordinary case (nearly all) pass unchanged, at the cost of a scan; a
    lower-cased one pays for one more parse, and a paragraph in capitals for two."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self._english: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if document_casing(doc) == "lower":
            # paragraph by paragraph, though the parser parses a whole faster (a tenth of the
            # fold's time): parsed whole, the blind TimeML set lower-cased lost value F1 0.861 -> 0.850
            self._recase(doc, paragraphs(doc.text))
            return doc
        in_capitals = capital_paragraphs(doc.text)
        if in_capitals:
            # in lower case first, so that the recasing reads names off a parse it can trust
            self._reparse(doc, in_capitals, doc.text.lower())
            self._recase(doc, in_capitals)
        return doc

    def _recase(self, doc: Doc, bounds: list[tuple[int, int]]) -> None:
        """Parses ``bounds`` of the doc again with the capitals news would give its words."""
        gazetteer = default_gazetteer()
        names = [(hit.start, hit.end, hit.organisation is not None and hit.organisation.kind == "person")
                 for hit in gazetteer.match(doc, english=self.english_words())]
        words = recased_words(doc, names, gazetteer.spellings)
        for span in self._reparse(doc, bounds, "".join(word + token.whitespace_ for word, token in zip(words, doc))):
            for token in span:
                if words[token.i] != token.lower_:  # the lemma of the word as written: "boris", not "Boris"
                    token.lemma_ = token.lemma_.lower()

    def english_words(self) -> frozenset[str]:
        """``english_words`` of the pipeline, read once."""
        if self._english is None:
            self._english = _lexicon(self.nlp)
        return self._english

    def _reparse(self, doc: Doc, bounds: list[tuple[int, int]], text: str) -> list[Span]:
        """Parses each of ``bounds`` of ``text`` (``doc.text`` in another case, of its length),
        copies that parse onto the doc's tokens and returns the spans it copied it to."""
        attributes = list(REPARSED_ATTRIBUTES)
        array = None
        copied = []
        for start, end in bounds:
            span = doc.char_span(start, end)
            if span is None or text[start:end] == span.text:
                continue  # nothing to parse again
            other = self.nlp.make_doc(text[start:end])
            if [start + t.idx for t in other] != [t.idx for t in span]:
                continue  # tokenized otherwise in this case: the parse would not fit the tokens
            for name, component in self.nlp.pipeline:
                if name != self.name:
                    other = component(other)
            if array is None:
                array = doc.to_array(attributes)
            array[span.start:span.end] = other.to_array(attributes)  # heads are relative: they fit
            copied.append(span)
        if array is not None:
            _close_cut_entities(array, attributes.index("ENT_IOB"), attributes.index("ENT_TYPE"))
            doc.from_array(attributes, array)
            forget_words(doc)  # read before, by the gazetteer that found the names to recase
        return copied


# spaCy's codes of a token's place in an entity (ENT_IOB): inside, outside, beginning.
INSIDE, OUTSIDE, BEGINNING = 1, 2, 3


def _close_cut_entities(array, iob: int, kind: int) -> None:
    """Ends, as no entity, what remains of an entity the first parse ran across a paragraph's edge
    whose words were parsed again ("ab\nsaid" where "ab" is now outside any entity): spaCy refuses
    an entity's inside with no beginning."""
    for i in range(len(array)):
        if array[i, iob] == INSIDE and (i == 0 or array[i - 1, iob] not in (INSIDE, BEGINNING)):
            array[i, iob], array[i, kind] = OUTSIDE, 0


def capital_paragraphs(text: str) -> list[tuple[int, int]]:
    """The character bounds of ``text``'s paragraphs written in capitals (where lower case keeps
    their length, as it does not for "İ")."""
    found = []
    for start, end in paragraphs(text):
        paragraph = text[start:end]
        capitals = sum(map(str.isupper, paragraph))  # on every document: counted in C, not in a loop here
        if capitals >= MIN_CAPITALS_LETTERS and capitals >= CAPITALS_SHARE * sum(map(str.isalpha, paragraph)) \
                and len(paragraph.lower()) == len(paragraph):
            found.append((start, end))
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The character bounds of ``text``'s paragraphs (its lines), without the spaces around them."""
    found = []
    start = 0
    for paragraph in text.split("\n"):
        stripped = paragraph.strip()
        if stripped:
            first = start + paragraph.index(stripped[0])
            found.append((first, first + len(stripped)))
        start += len(paragraph) + 1
    return found


def english_words(nlp: Language) -> frozenset[str]:
    """The words of the pipeline's lexicon (its lemmatizer's index of English lemmas, from
    WordNet), so that a known name that is none of them ("haaretz", "interfax") counts as a name in
    a lower-cased story whatever the tagger guessed it was; empty where the pipeline has no such
    index."""
    if "newsgraph_case_fold" in nlp.pipe_names:
        return nlp.get_pipe("newsgraph_case_fold").english_words()  # the set the fold holds already
    return _lexicon(nlp)


def _lexicon(nlp: Language) -> frozenset[str]:
    words: set[str] = set()
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        for lemmas in lookups.get_table("lemma_index").values():
            words.update(lemmas)
    return frozenset(words)
