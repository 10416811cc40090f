"""Small parsed stories for the stage tests, built by hand (see docs.py)."""

from tests.unit.docs import build


def visit_story():
    """Russian Foreign Minister Sergei Lavrov met Kim Jong-un on Saturday. "The talks were
    productive," Lavrov said. He did not meet Choe. Kim is ready to support Russia."""
    return build("""
        Russian     russian     ADJ   JJ  2  amod     B-NORP
        Foreign     foreign     PROPN NNP 2  compound
        Minister    minister    PROPN NNP 4  compound
        Sergei      Sergei      PROPN NNP 4  compound B-PERSON
        Lavrov      Lavrov      PROPN NNP 5  nsubj    I-PERSON
        met         meet        VERB  VBD 5  ROOT
        Kim         Kim         PROPN NNP 7  compound B-PERSON
        Jong-un     Jong-un     PROPN NNP 5  dobj     I-PERSON
        on          on          ADP   IN  5  prep
        Saturday    Saturday    PROPN NNP 8  pobj     B-DATE nospace
        .           .           PUNCT .   5  punct
        "           "           PUNCT ``  14 punct    O nospace
        The         the         DET   DT  13 det
        talks       talk        NOUN  NNS 14 nsubj
        were        be          AUX   VBD 19 ccomp
        productive  productive  ADJ   JJ  14 acomp    O nospace
        ,           ,           PUNCT ,   19 punct    O nospace
        "           "           PUNCT ''  19 punct
        Lavrov      Lavrov      PROPN NNP 19 nsubj    B-PERSON
        said        say         VERB  VBD 19 ROOT     O nospace
        .           .           PUNCT .   19 punct
        He          he          PRON  PRP 24 nsubj
        did         do          AUX   VBD 24 aux
        not         not         PART  RB  24 neg
        meet        meet        VERB  VB  24 ROOT
        Choe        Choe        PROPN NNP 24 dobj     B-PERSON nospace
        .           .           PUNCT .   24 punct
        Kim         Kim         PROPN NNP 28 nsubj    B-PERSON
        is          be          AUX   VBZ 28 ROOT
        ready       ready       ADJ   JJ  28 acomp
        to          to          PART  TO  31 aux
        support     support     VERB  VB  29 xcomp
        Russia      Russia      PROPN NNP 31 dobj     B-GPE nospace
        .           .           PUNCT .   28 punct
    """)


def two_sides_story():
    """Kim met Lavrov. The two sides talked."""
    return build("""
        North       north     PROPN NNP 2  compound B-GPE
        Korean      korean    PROPN NNP 2  compound I-GPE
        leader      leader    NOUN  NN  4  compound
        Kim         Kim       PROPN NNP 4  compound B-PERSON
        Jong-un     Jong-un   PROPN NNP 5  nsubj    I-PERSON
        met         meet      VERB  VBD 5  ROOT
        Russian     russian   ADJ   JJ  8  amod     B-NORP
        minister    minister  NOUN  NN  8  compound
        Lavrov      Lavrov    PROPN NNP 5  dobj     B-PERSON nospace
        .           .         PUNCT .   5  punct
        The         the       DET   DT  12 det
        two         two       NUM   CD  12 nummod
        sides       side      NOUN  NNS 13 nsubj
        talked      talk      VERB  VBD 13 ROOT   O nospace
        .           .         PUNCT .   13 punct
    """)
