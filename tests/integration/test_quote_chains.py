"""Reporting chains through the trained model: one sentence, written here, for each frame.

Each case is scored as ``newsgraph eval quotes --chains`` scores a chain file: speaker,
addressee and every step of ``via`` must name what the case names.
"""

import pytest

from newsgraph.actors import find_actors
from newsgraph.evaluate.chains import ChainCase, ChainScores, ExpectedQuote, score_case
from newsgraph.quotes import find_quotes

pytestmark = pytest.mark.model

CASES = [  # text, content, speaker, addressee, via
    ("Tass quoted Defence Minister Ivan Petrov as saying that the exercises would end on Friday.",
     "the exercises would end on Friday", "Ivan Petrov", None, ["Tass"]),
    ('"We are ready to talk," the envoy, Omar Haddad, was quoted as saying by the Petra news agency.',
     "We are ready to talk", "Omar Haddad", None, ["Petra"]),
    ("Citing three officials, the Financial Times reported that the bank would cut 2,000 jobs.",
     "the bank would cut 2,000 jobs", "three officials", None, ["Financial Times"]),
    ("The Dawn newspaper, quoting a senior police officer, said the suspects had fled to Nepal.",
     "the suspects had fled to Nepal", "a senior police officer", None, ["Dawn"]),
    # the NER finds no name in "The Hindu": the actor that relays the officer is read as "the" and
    # a word for a person (a Hindu), the right chain for the wrong kind of actor
    ("The Hindu, quoting a senior police officer, said the suspects had fled to Nepal.",
     "the suspects had fled to Nepal", "a senior police officer", None, ["Hindu"]),
    ("In a statement carried by the Saba news agency, the interior ministry said the port was closed.",
     "the port was closed", "the interior ministry", None, ["Saba"]),
    ("Two bridges were washed away, according to witnesses quoted by Reuters.",
     "Two bridges were washed away", "witnesses", None, ["Reuters"]),
    ("The finance minister told parliament on Tuesday that the deficit would narrow, the state news agency "
     "Bernama reported.", "the deficit would narrow", "The finance minister", "parliament", ["Bernama"]),
    ("Speaking in a televised address carried by Al Jazeera, the emir told citizens that the blockade had failed.",
     "the blockade had failed", "the emir", "citizens", ["Al Jazeera"]),
    ("The Interior Ministry said police had arrested 12 people, the BBC reported.",  # parsed as said [BBC reported [...]]
     "police had arrested 12 people", "The Interior Ministry", None, ["BBC"]),
    ("Farmers said the harvest had failed for a second year, the Daily Monitor reported.",
     "the harvest had failed for a second year", "Farmers", None, ["Daily Monitor"]),
    ('"Merkel told me: \'We will not pay,\'" the former minister recalled.',
     "We will not pay", "Merkel", "the former minister", ["the former minister"]),
    ('"The prime minister assured me that no troops would be sent," Senator Ruth Okafor said.',
     "no troops would be sent", "The prime minister", "Ruth Okafor", ["Ruth Okafor"]),
    ("Sources told Reuters that the president had decided to veto the bill.",
     "the president had decided to veto the bill", "Sources", "Reuters", []),
    ('"The border stays shut," a spokesman for the army said, speaking to reporters in Goma.',
     "The border stays shut", "a spokesman for the army", "reporters", []),
    ("In an interview with the BBC, President Ana Lima said her government would not resign.",
     "her government would not resign", "Ana Lima", "the BBC", []),
]


@pytest.fixture(scope="module")
def scored(pipeline):
    def score(text: str, content: str, speaker: str, addressee: str | None, via: list[str]):
        case = ChainCase("t", "test", 1 + len(via), text,
                         (ExpectedQuote(content, speaker, addressee, tuple(via)),))
        doc = pipeline.nlp(text)
        actors = find_actors(doc, pipeline.knowledge.gazetteer)
        quotes = find_quotes(doc, actors, cues=pipeline.knowledge.cues)
        ((_, quote, outcome),) = score_case(case, quotes, actors.actors, ChainScores())
        return quote, outcome
    return score


@pytest.mark.parametrize("text, content, speaker, addressee, via", CASES)
def test_each_reporting_frame_gives_its_chain(scored, text, content, speaker, addressee, via):
    quote, outcome = scored(text, content, speaker, addressee, via)
    assert outcome["exact"], (outcome, quote)


def test_the_diplomat_is_not_the_president_the_diplomat_quotes(scored):
    quote, outcome = scored('"Macron told me: \'Berlin will abstain,\'" the diplomat said.',
                            "Macron told me: 'Berlin will abstain,'", "the diplomat", None, [])
    assert outcome["speaker"], quote


def test_a_cited_reason_is_not_a_source(scored):
    quote, outcome = scored("The mayor cancelled the parade, citing the storm.", "the parade", "The mayor", None, [])
    assert quote is None or quote.via == ()


def test_one_told_in_the_passive_is_whom_it_was_said_to(scored):
    quote, outcome = scored("Sergei Lavrov was told by Antony Blinken that Washington would respond.",
                            "Washington would respond", "Antony Blinken", "Sergei Lavrov", [])
    assert outcome["exact"], quote
