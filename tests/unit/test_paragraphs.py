"""The paragraph component: sentences start at paragraphs, never inside what opens one."""

import spacy
from spacy.tokens import Doc

from newsgraph.nlp.components import capital_paragraphs, paragraph_boundaries


def _doc(words, spaces):
    return paragraph_boundaries(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))


def test_a_paragraph_starts_a_sentence():
    doc = _doc(["He", "left", ".", "\n\n", "She", "stayed", "."], [True, False, False, False, True, False, False])
    assert doc[4].is_sent_start


def test_an_abbreviation_opening_a_paragraph_is_not_a_sentence_of_its_own():
    # "\n\nU.S. Ambassador Prudence Bushnell met ...": the parser alone ends a sentence after "U.S."
    words = ["NAIROBI", "\n\n", "U.S.", "Ambassador", "Prudence", "Bushnell", "met", "him", "."]
    doc = _doc(words, [False, False, True, True, True, True, True, False, False])
    assert doc[2].is_sent_start and doc[3].is_sent_start is False


def test_a_word_opening_a_paragraph_leaves_the_next_word_to_the_parser():
    doc = _doc(["\n\n", "Officials", "met", "."], [False, True, False, False])
    assert doc[1].is_sent_start and doc[2].is_sent_start is None


def test_only_paragraphs_written_in_capitals_are_folded_to_lower_case():
    text = "Officials met on Monday.\n THE FEDERAL RESERVE WILL NOT HESITATE, WALLER SAID.\nUPDATE"
    ((start, end),) = capital_paragraphs(text)
    assert text[start:end] == "THE FEDERAL RESERVE WILL NOT HESITATE, WALLER SAID."
    assert capital_paragraphs("Officials met the U.S. envoy in NEW YORK.") == []


def test_a_paragraph_in_capitals_is_parsed_alone_in_lower_case_and_the_rest_as_it_was(pipeline):
    text = "Officials met on Monday.\nTHE FEDERAL RESERVE WILL NOT HESITATE, FED GOVERNOR CHRISTOPHER WALLER SAID."
    doc = pipeline.nlp(text)
    said = next(t for t in doc if t.text == "SAID")
    assert said.dep_ == "ROOT" and said.lemma_ == "say" and doc.text == text
    assert [(t.dep_, t.lemma_) for t in doc[:5]] == [(t.dep_, t.lemma_) for t in pipeline.nlp("Officials met on Monday.")]


def test_a_story_in_capitals_is_parsed_as_its_lower_case_form(pipeline):
    doc = pipeline.nlp("THE FEDERAL RESERVE WILL NOT HESITATE TO RAISE RATES AGAIN IF INFLATION PICKS UP, "
                       "FED GOVERNOR CHRISTOPHER WALLER SAID ON TUESDAY.")
    said = next(t for t in doc if t.text == "SAID")
    assert doc.text.isupper() and said.dep_ == "ROOT" and said.lemma_ == "say"
    assert len(list(doc.sents)) == 1
