from newsgraph.actors import find_actors
from newsgraph.quotes import find_quotes, quoted_spans
from tests.unit.stories import visit_story


def test_direct_quote_with_cue_and_speaker(gazetteer):
    doc = visit_story()
    actors = find_actors(doc, gazetteer)
    quotes = find_quotes(doc, actors)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    quote = direct[0]
    assert [c.text for c in quote.content] == ["The talks were productive"]
    assert quote.cue.text == "said"
    assert actors.actor(quote.speaker.actor).name == "Sergei Lavrov"
    assert doc.text[quote.cue.start:quote.cue.end] == "said"


def test_straight_and_curly_marks_pair():
    text = 'He said "one" and “two” then "three".'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["one", "two", "three"]


def test_unbalanced_mark_loses_only_its_quote():
    text = 'A "first" quote.\nAn "open one that never closes.\nThen "a good one" here.'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["first", "a good one"]


def test_quote_running_over_paragraphs_is_one_quote_in_parts():
    text = '"We met.\n"We agreed," she said.'
    spans = quoted_spans(text)
    assert len(spans) == 1
    assert [text[s:e] for s, e in spans[0].parts] == ["We met.", "We agreed,"]


def test_two_apostrophes_are_a_quotation_mark():
    text = "''We're anxious,'' she said. It's the ''good old days''."
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["We're anxious,", "good old days"]


def test_a_claim_that_is_its_owners_statement(gazetteer):
    from tests.unit.docs import build
    doc = build("""
        Trump   Trump  PROPN NNP 2 poss  B-PERSON nospace
        's      's     PART  POS 0 case
        claim   claim  NOUN  NN  6 nsubj
        that    that   SCONJ IN  5 mark
        crime   crime  NOUN  NN  5 nsubj
        rose    rise   VERB  VBD 2 acl
        was     be     AUX   VBD 6 ROOT
        false   false  ADJ   JJ  6 acomp
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "claim", "crime rose")
    assert actors.actor(quote.speaker.actor).name == "Trump"
