"""The scorers of newsgraph eval: matching rules on small hand-made cases."""

from newsgraph.evaluate.events import GoldEvent, GoldSentence, PredictedEvent, score
from newsgraph.evaluate.polnear import GoldArticle, GoldAttribution, parse_ann
from newsgraph.evaluate.quotes import QuoteScores, gold_kind, quoted_regions, score_article
from newsgraph.records import Actor, Party, Quote, Span

TEXT = 'Kim said "the talks were good," and Lavrov said the visit was useful.'


def _quote(text, start, end, speaker=None, cue=None, kind="direct"):
    return Quote("Q", kind, (Span(start, end, text[start:end]),),
                 Span(*cue, text[cue[0]:cue[1]]) if cue else None,
                 Party(None, Span(*speaker, text[speaker[0]:speaker[1]])) if speaker else None)


def test_gold_kind_comes_from_the_quotation_marks():
    quoted = quoted_regions(TEXT)
    assert gold_kind(TEXT, ((10, 29),), quoted) == "direct"
    assert gold_kind(TEXT, ((4, 29),), quoted) == "mixed"
    assert gold_kind(TEXT, ((48, 68),), quoted) == "indirect"


def test_content_needs_half_the_characters_and_attribution_the_speaker():
    gold = GoldArticle("a", TEXT, (GoldAttribution(((10, 29),), ((4, 8),), ((0, 3),)),
                                   GoldAttribution(((48, 68),), ((43, 47),), ((36, 42),))))
    predicted = [_quote(TEXT, 10, 28, speaker=(0, 3), cue=(4, 8)),          # right
                 _quote(TEXT, 44, 68, speaker=(0, 3), kind="indirect"),     # right words, wrong speaker
                 _quote(TEXT, 60, 68, speaker=(36, 42), kind="indirect")]   # too little of the words
    scores = QuoteScores()
    score_article(gold, predicted, [Actor("A1", "Kim", "person")], scores)
    totals = scores.total()
    assert (totals["content"].tp, totals["content"].fp, totals["content"].fn) == (2, 1, 0)
    assert (totals["attribution"].tp, totals["attribution"].fp, totals["attribution"].fn) == (1, 2, 1)
    assert scores.by_kind["direct"]["cue"].tp == 1


def test_brat_annotations_with_text_over_several_lines(tmp_path):
    path = tmp_path / "a_x.ann"
    path.write_text("T1\tSource 0 3\tKim\nT2\tCue 4 8\tsaid\nT3\tContent 10 20;22 29\tthe talks\n"
                    "The second line of T3's text\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
                    encoding="utf-8")
    (relation,) = parse_ann(path)
    assert relation.content == ((10, 20), (22, 29)) and relation.source == ((0, 3),)


def test_event_types_and_actors():
    sentence = GoldSentence("s1", "…", None, (GoldEvent("CONSULT", None, frozenset({"RUS"}), frozenset({"PRK"})),))
    right = PredictedEvent("CONSULT", "040", frozenset({"RUS"}), frozenset({"PRK"}))
    wrong_target = PredictedEvent("CONSULT", "040", frozenset({"RUS"}), frozenset({"USA"}))
    statement = PredictedEvent(None, "010", frozenset({"RUS"}), frozenset())
    scores = score([sentence, sentence], [[right, statement], [wrong_target]])
    assert (scores.type.tp, scores.type.fp, scores.type.fn) == (2, 0, 0)
    assert (scores.type_actors.tp, scores.type_actors.fp, scores.type_actors.fn) == (1, 1, 1)
    assert scores.cameo_root is None
