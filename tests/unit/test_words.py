from newsgraph.words import words_of
from tests.unit.docs import build


def test_the_lists_hold_what_the_tokens_say():
    doc = build("""
        Officials   official    NOUN  NNS 1 nsubj
        said        say         VERB  VBD 1 ROOT
        it          it          PRON  PRP 3 nsubj
        Failed      fail        VERB  VBD 1 ccomp    nospace
        .           .           PUNCT .   1 punct
    """)
    words = words_of(doc)
    assert words.text == [t.text for t in doc]
    assert words.lower == ["officials", "said", "it", "failed", "."]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert (words.pos, words.tag, words.dep) == ([t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc])
    assert words_of(doc) is words  # made once
    doc.to_bytes()  # plain lists: the Doc still serialises


def test_a_story_parsed_again_in_its_capitals_gives_the_words_of_the_second_parse(pipeline):
    # the case fold reads the words to find names before it parses the story again
    doc = pipeline.nlp("police arrested two men in lucknow on monday, the city police chief said.")
    words = words_of(doc)
    assert words.pos == [t.pos_ for t in doc]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert words.dep == [t.dep_ for t in doc]
