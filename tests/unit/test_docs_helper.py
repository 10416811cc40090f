from tests.unit.docs import build


def test_hand_built_doc_has_parse_entities_and_sentences():
    doc = build("""
        Lavrov  Lavrov  PROPN NNP 1 nsubj B-PERSON
        spoke   speak   VERB  VBD 1 ROOT nospace
        .       .       PUNCT .   1 punct
        He      he      PRON  PRP 4 nsubj
        left    leave   VERB  VBD 4 ROOT nospace
        .       .       PUNCT .   4 punct
    """)
    assert doc.text == "Lavrov spoke. He left."
    assert [e.text for e in doc.ents] == ["Lavrov"]
    assert [s.text for s in doc.sents] == ["Lavrov spoke.", "He left."]
    assert doc[3].head.text == "left"
