"""newsgraph's quotes against textacy's ``direct_quotations`` on PolNeAR, under one metric.

    pip install -e '.[bench]'
    python benchmarks/quotes_vs_textacy.py [--polnear ../shared/data/polnear] [--split dev]

textacy is called per paragraph, as its documentation advises, with its ValueError (raised on
unbalanced quotation marks) caught; its triples become quotes with the speaker's tokens as the
speaker span. Both systems are scored by ``newsgraph.evaluate.quotes``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph import Pipeline
from newsgraph.evaluate.polnear import read_split
from newsgraph.evaluate.quotes import QuoteScores, evaluate_quotes, score_article
from newsgraph.records import Party, Quote, Span


def textacy_quotes(nlp, text: str) -> list[Quote]:
    from textacy.extract.triples import direct_quotations

    quotes = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            doc = nlp(paragraph)
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                triples = []
            for triple in triples:
                quotes.append(_quote(len(quotes) + 1, triple, offset, text))
        offset += len(paragraph) + 1
    return quotes


def _quote(number: int, triple, offset: int, text: str) -> Quote:
    def span(tokens) -> Span:
        start = offset + tokens[0].idx
        end = offset + tokens[-1].idx + len(tokens[-1].text)
        return Span(start, end, text[start:end])
    content = span(list(triple.content))
    speaker = Party(None, span(triple.speaker)) if triple.speaker else None
    return Quote(f"Q{number}", "direct", (content,), span(triple.cue) if triple.cue else None, speaker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    articles = list(read_split(args.polnear, args.split))
    pipeline = Pipeline()
    ours, _ = evaluate_quotes(articles, pipeline)
    theirs = QuoteScores()
    for article in articles:
        score_article(article, textacy_quotes(pipeline.nlp, article.text), (), theirs)
    rows = [("newsgraph", ours.to_dict(args.split)), ("textacy", theirs.to_dict(args.split))]
    print(f"PolNeAR {args.split}, {len(articles)} articles: attribution F1 (P / R)")
    print(f"{'system':<11}{'direct':>22}{'direct+mixed':>22}{'all relations':>22}")
    for name, data in rows:
        cells = "".join(f"{data[k]['attribution']['f1']:>8.3f} ({data[k]['attribution']['p']:.2f}/"
                        f"{data[k]['attribution']['r']:.2f})" for k in ("direct", "direct+mixed", "all"))
        print(f"{name:<11}{cells}")


if __name__ == "__main__":
    main()
