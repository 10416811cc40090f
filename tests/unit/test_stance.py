"""Criticism told as speech (CAMEO 111): the fault in what a speaker says, said of an actor."""

import pytest

from newsgraph.actors import default_gazetteer, find_actors
from newsgraph.events import code_events, default_patterns
from newsgraph.events.stance import blame_words
from newsgraph.records import Party, Quote, Span
from tests.unit.docs import build

SAID_TRUMP_LIED = """
    Warren  Warren  PROPN NNP 1 nsubj B-PERSON
    said    say     VERB  VBD 1 ROOT
    Trump   Trump   PROPN NNP 3 nsubj B-PERSON
    {verb}
"""


def _events(rows: str, kind: str = "indirect", content_start: int = 2):
    """The events of "SPEAKER said CONTENT", the quote built by hand: speaker token 0, cue token 1,
    content from ``content_start`` on."""
    doc = build(rows)
    actors = find_actors(doc, default_gazetteer())
    speaker, cue, content = doc[0], doc[1], doc[content_start:]
    quote = Quote(id="Q1", kind=kind, content=(Span(content.start_char, content.end_char, content.text),),
                  cue=Span(cue.idx, cue.idx + len(cue), cue.text),
                  speaker=Party(actors.actors_at(0)[0], Span(speaker.idx, speaker.idx + len(speaker), speaker.text)))
    return doc, actors, code_events(doc, actors, (quote,), default_patterns())


def test_a_speaker_who_says_an_actor_lied_criticises_that_actor():
    rows = SAID_TRUMP_LIED.format(verb="lied    lie     VERB  VBD 1 ccomp")
    doc, actors, events = _events(rows)
    (criticism,) = events
    assert (criticism.cameo, criticism.plover, criticism.trigger.text) == ("111", "ACCUSE", "said")
    assert [actors.actor(a).name for a in criticism.source] == ["Warren"]
    assert [actors.actor(a).name for a in criticism.target] == ["Trump"]


def test_a_negated_fault_is_no_criticism():
    rows = SAID_TRUMP_LIED.format(verb="""did     do      AUX   VBD 5 aux
    not     not     PART  RB  5 neg
    lie     lie     VERB  VB  1 ccomp""")
    _, _, events = _events(rows)
    assert events == ()


def test_the_owner_of_a_blamed_thing_is_the_target_and_a_thing_with_no_owner_gives_no_event():
    owned = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 4 poss  B-PERSON nospace
        's       's       PART  POS 2 case
        plan     plan     NOUN  NN  5 nsubj
        was      be       AUX   VBD 1 ccomp
        reckless reckless ADJ   JJ  5 acomp
    """
    doc, actors, events = _events(owned)
    assert [(e.cameo, [actors.actor(a).name for a in e.target]) for e in events] == [("111", ["Trump"])]
    unowned = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        plan     plan     NOUN  NN  4 nsubj
        was      be       AUX   VBD 1 ccomp
        reckless reckless ADJ   JJ  4 acomp
    """
    _, _, events = _events(unowned)
    assert events == ()


def test_the_blame_lexicon_leaves_out_words_that_name_neutral_acts():
    words = blame_words()
    assert {"reckless", "liar", "disgrace", "unfit", "bully", "hypocrite", "unhinged", "dereliction"} <= words
    assert not {"attack", "offensive", "fail", "radical", "threat"} & words


SAID_CLINTON_IS = """
    Obama    Obama    PROPN NNP 1 nsubj B-PERSON
    said     say      VERB  VBD 1 ROOT
    Clinton  Clinton  PROPN NNP 3 nsubj B-PERSON
    is       be       AUX   VBZ 1 ccomp
    {words}
"""


def test_a_speaker_who_says_an_actor_is_honest_praises_that_actor():
    doc, actors, events = _events(SAID_CLINTON_IS.format(words="honest   honest   ADJ   JJ  3 acomp"))
    (praise,) = events
    assert (praise.cameo, praise.plover) == ("051", "SUPPORT")
    assert [actors.actor(a).name for a in praise.source] == ["Obama"]
    assert [actors.actor(a).name for a in praise.target] == ["Clinton"]


def test_praise_of_an_owned_thing_praises_no_one():
    rows = """
        Obama    Obama    PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 4 poss  B-PERSON nospace
        's       's       PART  POS 2 case
        plan     plan     NOUN  NN  5 nsubj
        was      be       AUX   VBD 1 ccomp
        great    great    ADJ   JJ  5 acomp
    """
    _, _, events = _events(rows)
    assert events == ()


def test_a_feeling_of_alarm_is_about_the_object_of_its_preposition_not_its_subject():
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Biden    Biden    PROPN NNP 3 nsubj B-PERSON
        was      be       AUX   VBD 1 ccomp
        worried  worried  ADJ   JJ  3 acomp
        about    about    ADP   IN  4 prep
        Trump    Trump    PROPN NNP 5 pobj  B-PERSON
    """
    doc, actors, events = _events(rows)
    # "worried" is also the coder's own pattern (012, a statement of pessimism)
    criticisms = [e for e in events if e.cameo == "111"]
    assert [[actors.actor(a).name for a in e.target] for e in criticisms] == [["Trump"]]


def test_a_fault_someone_else_is_said_to_believe_is_no_criticism_by_the_speaker():
    rows = """
        Cook     Cook     PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Carter   Carter   PROPN NNP 3 nsubj B-PERSON
        believes believe  VERB  VBZ 1 ccomp
        Carter   Carter   PROPN NNP 6 poss  B-PERSON nospace
        's       's       PART  POS 4 case
        plan     plan     NOUN  NN  7 nsubj
        was      be       AUX   VBD 3 ccomp
        reckless reckless ADJ   JJ  7 acomp
    """
    _, _, events = _events(rows)
    assert events == ()


def test_the_one_who_did_a_blamed_thing_is_criticised():
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 3 nsubj B-PERSON
        made     make     VERB  VBD 1 ccomp
        a        a        DET   DT  6 det
        terrible terrible ADJ   JJ  6 amod
        mistake  mistake  NOUN  NN  3 dobj
    """
    doc, actors, events = _events(rows)
    assert [(e.cameo, [actors.actor(a).name for a in e.target]) for e in events] == [("111", ["Trump"])]


def test_a_fault_in_a_direct_quote_is_said_of_the_actor_it_names_and_in_reported_speech_is_not():
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        it       it       PRON  PRP 3 nsubj
        is       be       AUX   VBZ 1 ccomp
        a        a        DET   DT  5 det
        disgrace disgrace NOUN  NN  3 attr
        what     what     PRON  WP  8 dobj
        Trump    Trump    PROPN NNP 8 nsubj B-PERSON
        did      do       VERB  VBD 5 relcl
    """
    doc, actors, events = _events(rows, kind="direct")
    assert [(e.cameo, [actors.actor(a).name for a in e.target]) for e in events] == [("111", ["Trump"])]
    _, _, reported = _events(rows)
    assert reported == ()


def test_each_sentence_of_a_quote_is_coded_on_its_own_at_its_cue_or_its_word():
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 3 nsubj B-PERSON
        lied     lie      VERB  VBD 1 ccomp nospace
        .        .        PUNCT .   1 punct
        Trump    Trump    PROPN NNP 6 nsubj B-PERSON
        cheated  cheat    VERB  VBD 6 ROOT nospace
        .        .        PUNCT .   6 punct
    """
    doc, actors, events = _events(rows)
    assert [(e.cameo, e.trigger.text, [actors.actor(a).name for a in e.target]) for e in events] == [
        ("111", "said", ["Trump"]), ("111", "cheated", ["Trump"])]


def test_a_direct_quote_names_whom_it_blames_only_in_the_sentence_of_its_cue():
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 3 nsubj B-PERSON
        left     leave    VERB  VBD 1 ccomp nospace
        .        .        PUNCT .   1 punct
        It       it       PRON  PRP 6 nsubj
        was      be       AUX   VBD 6 ROOT
        reckless reckless ADJ   JJ  6 acomp nospace
        .        .        PUNCT .   6 punct
    """
    _, _, events = _events(rows, kind="direct")
    assert events == ()


def test_a_quote_said_of_someone_blames_them_though_its_words_name_no_one():
    # Warren said of Trump's plan: it was reckless
    rows = """
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        of       of       ADP   IN  1 prep
        Trump    Trump    PROPN NNP 5 poss  B-PERSON nospace
        's       's       PART  POS 3 case
        plan     plan     NOUN  NN  2 pobj
        it       it       PRON  PRP 7 nsubj
        was      be       AUX   VBD 1 ccomp
        reckless reckless ADJ   JJ  7 acomp
    """
    doc, actors, events = _events(rows, content_start=6)
    assert [(e.cameo, e.trigger.text, [actors.actor(a).name for a in e.target]) for e in events] == [
        ("111", "said", ["Trump"])]


def test_a_virtue_denied_finds_fault_and_a_fault_denied_praises_no_one():
    rows = SAID_CLINTON_IS.format(words="""not      not      PART  RB  3 neg
    {word}   {word}   ADJ   JJ  3 acomp""")
    doc, actors, events = _events(rows.format(word="qualified"))
    assert [(e.cameo, [actors.actor(a).name for a in e.target]) for e in events] == [("111", ["Clinton"])]
    _, _, events = _events(rows.format(word="dishonest"))
    assert events == ()


@pytest.mark.parametrize("name, code", [
    ("""a        a        DET   DT  4 det
        liar     liar     NOUN  NN  1 oprd""", "111"),
    ("""as       as       ADP   IN  1 prep
        a        a        DET   DT  6 det
        great    great    ADJ   JJ  6 amod
        leader   leader   NOUN  NN  3 pobj""", "051"),
])
def test_a_verb_of_naming_takes_the_stance_of_the_name_it_gives_its_object(name, code):
    # Warren branded Trump a liar (111); Warren branded Trump as a great leader (051)
    doc = build(f"""
        Warren   Warren   PROPN NNP 1 nsubj B-PERSON
        branded  brand    VERB  VBD 1 ROOT
        Trump    Trump    PROPN NNP 1 dobj  B-PERSON
        {name}
    """)
    actors = find_actors(doc, default_gazetteer())
    events = code_events(doc, actors, (), default_patterns())
    assert [(e.cameo, e.trigger.text, [actors.actor(a).name for a in e.source],
             [actors.actor(a).name for a in e.target]) for e in events] == [(code, "branded", ["Warren"], ["Trump"])]


def test_no_one_better_than_someone_is_praise_and_no_denial():
    # "there is no great man that has done more than Ali," Elliott said
    rows = """
        Elliott  Elliott  PROPN NNP 1 nsubj B-PERSON
        said     say      VERB  VBD 1 ROOT
        there    there    PRON  EX  3 expl
        is       be       AUX   VBZ 1 ccomp
        no       no       DET   DT  6 det
        great    great    ADJ   JJ  6 amod
        man      man      NOUN  NN  3 attr
        that     that     PRON  WDT 9 nsubj
        has      have     AUX   VBZ 9 aux
        done     do       VERB  VBN 6 relcl
        more     more     ADJ   JJR 9 dobj
        than     than     ADP   IN  10 prep
        Ali      Ali      PROPN NNP 11 pobj B-PERSON
    """
    _, _, events = _events(rows, kind="direct")
    assert [e.cameo for e in events] != ["111"]


def test_a_blaming_verb_in_the_passive_blames_its_agent():
    voters = """voters  voter   NOUN  NNS 4 nsubjpass
    were    be      AUX   VBD 4 auxpass"""
    by_trump = """misled  mislead VERB  VBN 1 ccomp
    by      by      ADP   IN  4 agent
    Trump   Trump   PROPN NNP 5 pobj  B-PERSON"""
    rows = SAID_TRUMP_LIED.replace("Trump   Trump   PROPN NNP 3 nsubj B-PERSON", voters).format(verb=by_trump)
    doc, actors, events = _events(rows)
    assert [(e.cameo, [actors.actor(a).name for a in e.target]) for e in events] == [("111", ["Trump"])]


def test_a_feeling_about_an_actor_told_in_the_first_person_is_one_act_of_the_speaker(pipeline):
    result = pipeline.extract("Bernie Sanders unveiled his plan on Monday. “I am quite concerned about his stance,” "
                              "Harold Varmus said.", published="2016-04-01")
    names = {actor.id: actor.name for actor in result.actors}
    accusations = [([names[s] for s in e.source], [names[t] for t in e.target])
                   for e in result.events if e.plover == "ACCUSE"]
    assert accusations == [(["Harold Varmus"], ["Bernie Sanders"])]
