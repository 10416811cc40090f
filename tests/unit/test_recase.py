"""Restoring the case of a lower-cased document before it is parsed again."""

import spacy

from newsgraph.actors import default_gazetteer
from newsgraph.nlp.recase import recased_words


def _doc(text):
    return spacy.blank("en").tokenizer(text)


def _recased(text, names=()):
    doc = _doc(text)
    words = recased_words(doc, list(names), default_gazetteer().spellings)
    return "".join(word + token.whitespace_ for word, token in zip(words, doc))


def test_sentence_starts_i_weekdays_and_months_take_capitals():
    text = "police said on monday that i saw it in june. \"they fled,\" he said. may 2 was calm."
    assert _recased(text) == "Police said on Monday that I saw it in June. \"They fled,\" he said. May 2 was calm."


def test_a_month_that_is_an_ordinary_word_stays_in_lower_case_without_a_day():
    assert _recased("the talks may fail in march.") == "The talks may fail in march."


def test_known_names_take_their_spelling_and_a_person_takes_the_title_before_the_name():
    text = "the nato envoy met prime minister ryutaro hashimoto, the prime minister."
    names = [(1, 2, False), (6, 8, True)]  # "nato"; "ryutaro hashimoto", a person
    assert _recased(text, names) == "The NATO envoy met Prime Minister Ryutaro Hashimoto, the prime minister."


def test_the_word_after_an_honorific_and_a_feed_s_dateline_start_with_a_capital():
    text = "ahmedabad/vadodara: mr sharma said: the curfew holds."
    assert _recased(text) == "Ahmedabad/vadodara: Mr Sharma said: the curfew holds."


def test_every_paragraph_opens_with_a_capital():
    assert _recased("calm returned.\n\nthe army left") == "Calm returned.\n\nThe army left"


def test_a_lower_cased_story_is_parsed_as_its_recased_text_and_keeps_its_own_words(pipeline):
    text = ("russian president boris yeltsin on saturday hosted japanese prime minister ryutaro hashimoto "
            "in this siberian city for an informal meeting.")
    doc = pipeline.nlp(text)
    hosted = next(t for t in doc if t.text == "hosted")
    assert doc.text == text
    assert hosted.dep_ == "ROOT" and hosted.pos_ == "VERB"
    assert {t.text for t in hosted.children if t.dep_ in ("nsubj", "dobj")} == {"yeltsin", "hashimoto"}
    assert all(t.lemma_ == t.lemma_.lower() for t in doc)
    (event,) = [e for e in pipeline.extract(text).events if e.trigger.text == "hosted"]
    assert event.cameo.startswith("04")



def test_a_known_name_no_english_word_is_recased_whatever_the_lower_case_tagger_guessed(pipeline):
    result = pipeline.extract("the minister told haaretz that the talks had failed.")
    names = {actor.id: actor.name for actor in result.actors}
    (quote,) = result.quotes
    assert [span.text for span in quote.content] == ["that the talks had failed"]
    assert names[quote.addressee.actor] == "Haaretz" and names[quote.speaker.actor] == "minister"


def test_a_paragraph_in_capitals_is_parsed_recased_too(pipeline):
    text = ("Officials met on Monday.\nRUSSIAN PRESIDENT BORIS YELTSIN ON SATURDAY HOSTED JAPANESE PRIME MINISTER "
            "RYUTARO HASHIMOTO IN THIS SIBERIAN CITY FOR AN INFORMAL MEETING.")
    doc = pipeline.nlp(text)
    hosted = next(t for t in doc if t.text == "HOSTED")
    assert doc.text == text
    assert hosted.dep_ == "ROOT" and hosted.pos_ == "VERB"
    assert {t.text for t in hosted.children if t.dep_ in ("nsubj", "dobj")} == {"YELTSIN", "HASHIMOTO"}
    assert all(t.lemma_ == t.lemma_.lower() for t in doc[6:])


def test_an_entity_the_first_parse_ran_across_a_line_break_is_closed_where_it_was_cut(pipeline):
    # found by tests/property: the first parse made "ab\nsaid" one entity; parsed again, "ab" is none
    doc = pipeline.nlp('said" bX ab\nsaid')
    assert all(ent.text.strip() for ent in doc.ents)  # doc.ents refused the sequence before
    assert [t.ent_iob_ for t in doc if t.text == "\n"] == ["O"]
