"""Scoring quotes against PolNeAR: content, attribution and cue, overall and by kind.

- content: a predicted quote matches a gold relation when the character-level Jaccard of their
  contents is at least 0.5; matching is one-to-one, greedy by best Jaccard;
- attribution: a content match whose predicted speaker span overlaps the gold Source, or whose
  speaker actor has a mention overlapping it; gold relations without a Source are left out;
- cue: on matched pairs, the cue spans overlap.

A gold relation's kind comes from the quotation marks around its content (direct: wholly inside,
mixed: partly, indirect: not at all); a prediction takes the kind of the gold relation it
matches, or its own kind when it matches none.

Quotations newsgraph finds inside another's quotation ('"Macron told me: 'Berlin will abstain',"
the diplomat said': Macron's, relayed by the diplomat), relayed quotes whose cue lies inside
quotation marks with their words, are left out and counted apart (``nested``): PolNeAR does not
annotate them (16 of the 279 single-quoted quotations inside double-quoted ones in its training
split have a relation of their own). ``newsgraph eval quotes --chains`` scores them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsgraph.evaluate.polnear import GoldArticle, GoldAttribution, Ranges
from newsgraph.evaluate.scores import Counts
from newsgraph.quotes import quoted_spans
from newsgraph.quotes.marks import kind_by_marks
from newsgraph.records import Actor, Quote

MIN_JACCARD = 0.5
KINDS = ("direct", "mixed", "indirect")
MEASURES = ("content", "attribution", "cue")


@dataclass
class QuoteScores:
    articles: int = 0
    nested: int = 0  # quotations inside quotations, not scored
    by_kind: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {k: {m: Counts() for m in MEASURES} for k in KINDS})

    def total(self, kinds: Iterable[str] = KINDS) -> dict[str, Counts]:
        total = {m: Counts() for m in MEASURES}
        for kind in kinds:
            for measure in MEASURES:
                total[measure].add(self.by_kind[kind][measure])
        return total

    def to_dict(self, split: str) -> dict:
        def block(counts: dict[str, Counts]) -> dict:
            return {m: counts[m].to_dict() for m in MEASURES}
        return {"split": split, "articles": self.articles, "nested": self.nested, "all": block(self.total()),
                **{kind: block(self.by_kind[kind]) for kind in KINDS},
                "direct+mixed": block(self.total(("direct", "mixed")))}


def gold_kind(text: str, content: Ranges, quoted: Sequence[tuple[int, int]]) -> str:
    """direct, mixed or indirect by how much of the content's words lie inside quotation marks."""
    return kind_by_marks(text, content, quoted)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    return [(part[0], part[1]) for quote in quoted_spans(text) for part in quote.parts]


def score_article(article: GoldArticle, quotes: Sequence[Quote], actors: Sequence[Actor],
                  scores: QuoteScores) -> list[tuple[GoldAttribution | None, Quote | None, str, bool]]:
    """Add one article's counts to ``scores``; returns (gold, prediction, kind, attributed right) for
    error analysis."""
    scores.articles += 1
    quoted = quoted_regions(article.text)
    scored = [q for q in quotes if not _nested(q, quoted)]
    scores.nested += len(quotes) - len(scored)
    quotes = scored
    gold_kinds = [gold_kind(article.text, g.content, quoted) for g in article.attributions]
    pairs = match_contents([g.content for g in article.attributions], quotes)
    mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in actors}
    outcome = []
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, p in pairs:
        gold, quote, kind = article.attributions[g], quotes[p], gold_kinds[g]
        counts = scores.by_kind[kind]
        counts["content"].tp += 1
        right = not gold.source or _speaker_matches(quote, gold.source, mentions)
        if gold.source:
            if right:
                counts["attribution"].tp += 1
            else:
                counts["attribution"].fp += 1
                counts["attribution"].fn += 1
        _score_cue(quote, gold, counts["cue"])
        outcome.append((gold, quote, kind, right))
    for g, gold in enumerate(article.attributions):
        if g not in matched_gold:
            counts = scores.by_kind[gold_kinds[g]]
            counts["content"].fn += 1
            if gold.source:
                counts["attribution"].fn += 1
            outcome.append((gold, None, gold_kinds[g], False))
    for p, quote in enumerate(quotes):
        if p not in matched_pred:
            counts = scores.by_kind[quote.kind]
            counts["content"].fp += 1
            counts["attribution"].fp += 1
            outcome.append((None, quote, quote.kind, False))
    return outcome


def match_contents(golds: Sequence[Ranges], quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """(gold index, quote index) pairs: one-to-one, greedy by best character Jaccard (at least 0.5)."""
    gold_sets = [_chars(g) for g in golds]
    pred_sets = [_chars(tuple((c.start, c.end) for c in q.content)) for q in quotes]
    candidates = []
    for g, gold_set in enumerate(gold_sets):
        for p, pred_set in enumerate(pred_sets):
            if gold_set & pred_set:
                jaccard = len(gold_set & pred_set) / len(gold_set | pred_set)
                if jaccard >= MIN_JACCARD:
                    candidates.append((jaccard, g, p))
    pairs, used_gold, used_pred = [], set(), set()
    for _, g, p in sorted(candidates, reverse=True):
        if g not in used_gold and p not in used_pred:
            pairs.append((g, p))
            used_gold.add(g)
            used_pred.add(p)
    return pairs


def _chars(ranges: Ranges) -> set[int]:
    return {i for start, end in ranges for i in range(start, end)}


def _nested(quote: Quote, regions: Sequence[tuple[int, int]]) -> bool:
    """Is ``quote`` one quoted inside another's quotation: relayed, with its cue and its words in
    the same quoted region (``regions`` in text order, without overlaps)? (Not a transcript's
    "PENCE: ..." inside one long quotation, which relays nothing.)"""
    if quote.cue is None or not quote.via:
        return False
    last = bisect_right(regions, quote.cue.start, key=lambda region: region[0]) - 1
    if last < 0 or quote.cue.start >= regions[last][1]:
        return False
    start, end = regions[last]
    return all(start <= part.start and part.end <= end for part in quote.content)


def _overlaps(one: Ranges, other: Ranges) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in one for s2, e2 in other)


def _speaker_matches(quote: Quote, source: Ranges, mentions: dict[str, list[tuple[int, int]]]) -> bool:
    if quote.speaker is None:
        return False
    if _overlaps(((quote.speaker.span.start, quote.speaker.span.end),), source):
        return True
    return quote.speaker.actor is not None and _overlaps(tuple(mentions.get(quote.speaker.actor, ())), source)


def _score_cue(quote: Quote, gold: GoldAttribution, counts: Counts) -> None:
    predicted = ((quote.cue.start, quote.cue.end),) if quote.cue else ()
    if predicted and gold.cue and _overlaps(predicted, gold.cue):
        counts.tp += 1
        return
    if predicted:
        counts.fp += 1
    if gold.cue:
        counts.fn += 1


def evaluate_quotes(articles: Iterable[GoldArticle], pipeline, *, progress=None) -> tuple[QuoteScores, list]:
    """Run the quote stage (on the text as is: offsets must stay those of the files) and score it."""
    from newsgraph.actors import find_actors
    from newsgraph.quotes import find_quotes

    scores = QuoteScores()
    outcomes = []
    articles = list(articles)
    docs = pipeline.nlp.pipe((a.text for a in articles), batch_size=8)
    for article, doc in zip(articles, docs, strict=True):
        actors = find_actors(doc, pipeline.knowledge.gazetteer)
        quotes = find_quotes(doc, actors, cues=pipeline.knowledge.cues)
        outcomes.append((article, score_article(article, quotes, actors.actors, scores)))
        if progress:
            progress()
    return scores, outcomes


def render_table(scores: QuoteScores, split: str) -> str:
    data = scores.to_dict(split)
    lines = [f"PolNeAR {split}: {data['articles']} articles ({data['nested']} quotations inside quotations, "
             "which PolNeAR does not annotate, left out)",
             f"{'kind':<13}" + "".join(f"{m + ' P/R/F1':>27}" for m in MEASURES)]
    for kind in ("all", "direct", "mixed", "indirect", "direct+mixed"):
        cells = "".join(f"{data[kind][m]['p']:>9.3f}{data[kind][m]['r']:>9.3f}{data[kind][m]['f1']:>9.3f}"
                        for m in MEASURES)
        lines.append(f"{kind:<13}{cells}")
    return "\n".join(lines)


def quote_errors(outcomes: Iterable[tuple[GoldArticle, list]]) -> Iterator[dict]:
    """The missed, spurious and misattributed quotes of ``evaluate_quotes``, readably, one a record."""
    for article, pairs in outcomes:
        text = article.text

        def words(ranges: Ranges) -> str:
            return " | ".join(text[start:end] for start, end in ranges)
        for gold, quote, kind, right in pairs:
            if right:
                continue
            error = "missed" if quote is None else "spurious" if gold is None else "speaker"
            record = {"article": article.name, "error": error, "kind": kind}
            if gold is not None:
                record["gold"] = {"content": words(gold.content), "cue": words(gold.cue), "source": words(gold.source)}
            if quote is not None:
                record["predicted"] = {"content": " | ".join(c.text for c in quote.content),
                                       "cue": quote.cue.text if quote.cue else None,
                                       "speaker": quote.speaker.span.text if quote.speaker else None,
                                       "via": list(quote.via)}
            yield record
