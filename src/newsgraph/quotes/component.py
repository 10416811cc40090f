"""``nlp.add_pipe("newsgraph_quotes")``: newsgraph's quotes inside a spaCy pipeline.

The component writes the quotes as records to ``doc._.newsgraph_quotes`` and their content as
spans, labelled with the quote's kind, to ``doc.spans["newsgraph_quotes"]``. It needs a parser
and an entity recogniser before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from newsgraph.actors import default_gazetteer, find_actors
from newsgraph.quotes.cues import default_cues
from newsgraph.quotes.extract import find_quotes

SPAN_KEY = "newsgraph_quotes"

if not Doc.has_extension("newsgraph_quotes"):
    Doc.set_extension("newsgraph_quotes", default=())


@Language.factory("newsgraph_quotes", requires=["token.dep", "doc.ents"],
                  assigns=["doc.spans", "doc._.newsgraph_quotes"])
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    def __init__(self) -> None:
        self.gazetteer = default_gazetteer()
        self.cues = default_cues()

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc, find_actors(doc, self.gazetteer), cues=self.cues)
        spans = []
        for quote in quotes:
            for part in quote.content:
                span = doc.char_span(part.start, part.end, label=quote.kind, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        doc._.newsgraph_quotes = quotes
        return doc
