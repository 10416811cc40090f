import pytest

from newsgraph.actors import find_actors
from newsgraph.quotes import find_quotes, quoted_spans
from tests.unit.docs import build
from tests.unit.stories import visit_story


def _only_quote(rows: str, gazetteer):
    """The one quote of a hand-built Doc, with the Doc's actors."""
    doc = build(rows)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    return quote, actors


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


def test_a_name_the_parser_puts_in_a_titles_of_phrase_is_the_speaker(gazetteer):
    # inspector-general of police k s menon said the town was calm . (lower case, the name parsed
    # as the object of "of")
    quote, actors = _only_quote("""
        inspector  inspector  NOUN  NN   2 compound
        -          -          PUNCT HYPH 2 punct
        general    general    NOUN  NN   8 nsubj
        of         of         ADP   IN   2 prep
        police     police     NOUN  NN   7 compound
        k          k          NOUN  NN   7 compound
        s          s          NOUN  NN   7 compound
        menon      menon      PROPN NNP  3 pobj
        said       say        VERB  VBD  8 ROOT
        the        the        DET   DT   10 det
        town       town       NOUN  NN   11 nsubj
        was        be         AUX   VBD  8 ccomp
        calm       calm       ADJ   JJ   11 acomp
        .          .          PUNCT .    8 punct
    """, gazetteer)
    speaker = actors.actor(quote.speaker.actor)
    assert (speaker.name, speaker.sector) == ("k s menon", "COP")


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


def test_a_quote_runs_over_a_blank_line_between_paragraphs():
    text = '“We met.\n\n“We agreed,” she said.'
    assert [[text[s:e] for s, e in q.parts] for q in quoted_spans(text)] == [["We met.", "We agreed,"]]


def test_a_quote_opened_with_a_straight_mark_does_not_run_into_a_curly_one():
    # an excerpt's paragraphs open with straight marks; a curly quotation after one is its own
    text = '"Kevin was snoring.\n“Here he is,” she said.'
    assert [[text[s:e] for s, e in q.parts] for q in quoted_spans(text)] == [["Here he is,"]]


def test_an_opening_mark_that_ends_its_paragraph_closes_the_quotation():
    text = '“It is out of balance,” the group wrote. “A correction is needed.“\n\nPremiums rose.'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["It is out of balance,", "A correction is needed."]


def test_marks_inside_leftover_markup_quote_nothing():
    text = '<tweet pic="" author="JohnKasich">My "thoughts" are with them</tweet>. He said "yes".'
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["thoughts", "yes"]


def test_two_apostrophes_are_a_quotation_mark():
    text = "''We're anxious,'' she said. It's the ''good old days''."
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["We're anxious,", "good old days"]


def test_two_apostrophes_in_or_after_a_word_are_an_escaped_apostrophe():
    text = "the police''s van came after 10 days'' wait. ''calm now,'' the officer said."
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["calm now,"]


def test_doubled_single_marks_and_misdecoded_marks_quote():
    text = "‘‘we are ready’’ he said. â€œthe police came,â€\ufffd she said. â€˜â€˜noâ€™â€™"
    assert [text[q.start:q.end] for q in quoted_spans(text)] == ["we are ready", "the police came,", "no"]


def test_a_claim_that_is_its_owners_statement(gazetteer):
    quote, actors = _only_quote("""
        Trump   Trump  PROPN NNP 2 poss  B-PERSON nospace
        's      's     PART  POS 0 case
        claim   claim  NOUN  NN  6 nsubj
        that    that   SCONJ IN  5 mark
        crime   crime  NOUN  NN  5 nsubj
        rose    rise   VERB  VBD 2 acl
        was     be     AUX   VBD 6 ROOT
        false   false  ADJ   JJ  6 acomp
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "claim", "that crime rose")
    assert actors.actor(quote.speaker.actor).name == "Trump"


def test_a_claim_by_someone_is_their_statement(gazetteer):
    # "Claims by Ward that the vote was rigged spread quickly."
    quote, actors = _only_quote("""
        Claims  claim   NOUN  NNS 8 nsubj
        by      by      ADP   IN  0 prep
        Ward    Ward    PROPN NNP 1 pobj      B-PERSON
        that    that    SCONJ IN  7 mark
        the     the     DET   DT  5 det
        vote    vote    NOUN  NN  7 nsubjpass
        was     be      AUX   VBD 7 auxpass
        rigged  rig     VERB  VBN 0 acl
        spread  spread  VERB  VBD 8 ROOT
        quickly quickly ADV   RB  8 advmod    nospace
        .       .       PUNCT .   8 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "Claims", "that the vote was rigged")
    assert actors.actor(quote.speaker.actor).name == "Ward"


def test_a_dateline_is_not_the_speaker(gazetteer):
    # the parser takes the dateline for the subject and hangs the speaker on it
    quote, actors = _only_quote("""
        LONDON   LONDON  PROPN NNP   7 nsubj    B-GPE
        (        (       PUNCT -LRB- 0 punct    O nospace
        Reuters  Reuters PROPN NNP   0 appos    B-ORG nospace
        )        )       PUNCT -RRB- 0 punct
        -        -       PUNCT HYPH  0 punct
        Donald   Donald  PROPN NNP   6 compound B-PERSON
        Trump    Trump   PROPN NNP   0 appos    I-PERSON
        said     say     VERB  VBD   7 ROOT
        he       he      PRON  PRP   10 nsubj
        would    would   AUX   MD    10 aux
        win      win     VERB  VB    7 ccomp
        .        .       PUNCT .     7 punct
    """, gazetteer)
    assert (quote.kind, quote.content[0].text, quote.speaker.span.text) == ("indirect", "he would win", "Donald Trump")


def test_a_speaker_the_parser_left_in_the_opening_phrase(gazetteer):
    # "In a statement, adviser Jake Sullivan, said: ...": Sullivan parsed as an apposition
    quote, actors = _only_quote("""
        In         in        ADP   IN  8 prep
        a          a         DET   DT  2 det
        statement  statement NOUN  NN  0 pobj
        ,          ,         PUNCT ,   2 punct
        adviser    adviser   NOUN  NN  2 appos
        Jake       Jake      PROPN NNP 6 compound B-PERSON
        Sullivan   Sullivan  PROPN NNP 4 appos    I-PERSON
        ,          ,         PUNCT ,   2 punct
        said       say       VERB  VBD 8 ROOT
        :          :         PUNCT :   8 punct
        “          "         PUNCT ``  12 punct   nospace
        We         we        PRON  PRP 12 nsubj
        won        win       VERB  VBD 8 ccomp    nospace
        .          .         PUNCT .   12 punct   nospace
        ”          "         PUNCT ''  12 punct
    """, gazetteer)
    assert [c.text for c in quote.content] == ["We won."]
    assert "Jake Sullivan" in quote.speaker.span.text


def test_one_speakers_report_of_their_own_belief_is_reported_by_the_outer_verb(gazetteer):
    quote, actors = _only_quote("""
        Sanders   Sanders  PROPN NNP 1 nsubj    B-PERSON
        says      say      VERB  VBZ 1 ROOT
        he        he       PRON  PRP 3 nsubj
        believes  believe  VERB  VBZ 1 ccomp
        his       his      PRON  PRP$ 5 poss
        campaign  campaign NOUN  NN  6 nsubj
        has       have     VERB  VBZ 3 ccomp
        “         "        PUNCT ``  9 punct    nospace
        the       the      DET   DT  9 det
        wind      wind     NOUN  NN  6 dobj
        at        at       ADP   IN  9 prep
        our       our      PRON  PRP$ 12 poss
        backs     back     NOUN  NNS 10 pobj  nospace
        .         .        PUNCT .   1 punct  nospace
        ”         "        PUNCT ''  1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text) == ("mixed", "says")
    assert quote.content[0].text.startswith("he believes his campaign has")
    assert actors.actor(quote.speaker.actor).name == "Sanders"


def test_a_report_set_into_the_clause_it_reports(gazetteer):
    # "Many courses, Kessler said, have closed": the parser hangs "said" on what it reports
    quote, actors = _only_quote("""
        Many     many    ADJ   JJ  1 amod
        courses  course  NOUN  NNS 7 nsubj     nospace
        ,        ,       PUNCT ,   4 punct
        Kessler  Kessler PROPN NNP 4 nsubj     B-PERSON
        said     say     VERB  VBD 7 parataxis nospace
        ,        ,       PUNCT ,   4 punct
        have     have    AUX   VBP 7 aux
        closed   close   VERB  VBN 7 ROOT      nospace
        .        .       PUNCT .   7 punct
    """, gazetteer)
    assert quote.kind == "indirect" and quote.cue.text == "said"
    assert [c.text for c in quote.content] == ["Many courses", "have closed"]
    assert actors.actor(quote.speaker.actor).name == "Kessler"


def test_an_accusation_reports_its_object_and_charge(gazetteer):
    quote, actors = _only_quote("""
        Clinton   Clinton  PROPN NNP 1 nsubj    B-PERSON
        accused   accuse   VERB  VBD 1 ROOT
        Sanders   Sanders  PROPN NNP 1 dobj     B-PERSON
        of        of       ADP   IN  1 prep
        lying     lie      VERB  VBG 3 pcomp
        about     about    ADP   IN  4 prep
        her       her      PRON  PRP 5 pobj     nospace
        .         .        PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "accused", "Sanders of lying about her")
    assert actors.actor(quote.speaker.actor).name == "Clinton"


def test_a_call_for_something_reports_its_object(gazetteer):
    quote, actors = _only_quote("""
        Ward     Ward    PROPN NNP 1 nsubj  B-PERSON
        called   call    VERB  VBD 1 ROOT
        for      for     ADP   IN  1 prep
        a        a       DET   DT  4 det
        ban      ban     NOUN  NN  2 pobj   nospace
        .        .       PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "called", "a ban")
    assert actors.actor(quote.speaker.actor).name == "Ward"


def test_a_paragraph_opened_by_a_name_and_a_colon_is_that_names_statement(gazetteer):
    # a headline: "Carson: Cruz wins."
    quote, actors = _only_quote("""
        Carson  Carson  PROPN NNP 0 ROOT  B-PERSON nospace
        :       :       PUNCT :   0 punct
        Cruz    Cruz    PROPN NNP 3 nsubj B-PERSON
        wins    win     VERB  VBZ 0 appos nospace
        .       .       PUNCT .   0 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", ":", "Cruz wins.")
    assert actors.actor(quote.speaker.actor).name == "Carson"


def test_a_note_or_a_clock_time_before_a_colon_names_no_speaker(gazetteer):
    doc = build("""
        Note    note    NOUN  NN  0 ROOT  O nospace
        :       :       PUNCT :   0 punct
        Cruz    Cruz    PROPN NNP 3 nsubj B-PERSON
        wins    win     VERB  VBZ 0 appos nospace
        .       .       PUNCT .   0 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_passive_report_is_its_agents(gazetteer):
    quote, actors = _only_quote("""
        Clinton     Clinton    PROPN NNP 2 nsubjpass B-PERSON
        was         be         AUX   VBD 2 auxpass
        criticized  criticize  VERB  VBN 2 ROOT
        by          by         ADP   IN  2 agent
        Sanders     Sanders    PROPN NNP 3 pobj      B-PERSON nospace
        .           .          PUNCT .   2 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "criticized", "Clinton")
    assert actors.actor(quote.speaker.actor).name == "Sanders"


def test_a_verb_reports_the_object_of_its_own_prepositions_only(gazetteer):
    spoke = _only_quote("""
        Ward     Ward     PROPN NNP 1 nsubj  B-PERSON
        spoke    speak    VERB  VBD 1 ROOT
        about    about    ADP   IN  1 prep
        the      the      DET   DT  4 det
        economy  economy  NOUN  NN  2 pobj   nospace
        .        .        PUNCT .   1 punct
    """, gazetteer)[0]
    assert (spoke.kind, spoke.cue.text, spoke.content[0].text) == ("indirect", "spoke", "the economy")
    # a question about a topic reports no statement; nor does a vote for a candidate
    for verb, lemma in (("asked", "ask"), ("voted", "vote")):
        preposition = "about" if lemma == "ask" else "for"
        doc = build(f"""
            Ward     Ward     PROPN NNP 1 nsubj  B-PERSON
            {verb}   {lemma}  VERB  VBD 1 ROOT
            {preposition} {preposition} ADP IN 1 prep
            Cruz     Cruz     PROPN NNP 2 pobj   B-PERSON nospace
            .        .        PUNCT .   1 punct
        """)
        assert find_quotes(doc, find_actors(doc, gazetteer)) == (), verb


def test_a_quoting_verb_introduces_quoted_words_but_reports_no_clause(gazetteer):
    quote = _only_quote("""
        Ward       Ward       PROPN NNP 1 nsubj  B-PERSON
        continued  continue   VERB  VBD 1 ROOT   nospace
        ,          ,          PUNCT ,   1 punct
        "          "          PUNCT ``  4 punct  nospace
        We         we         PRON  PRP 5 nsubj
        won        win        VERB  VBD 1 ccomp  nospace
        .          .          PUNCT .   5 punct  nospace
        "          "          PUNCT ''  5 punct
    """, gazetteer)[0]
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("direct", "continued", "We won.")
    doc = build("""
        Ward       Ward       PROPN NNP 1 nsubj  B-PERSON
        continued  continue   VERB  VBD 1 ROOT
        that       that       SCONJ IN  4 mark
        we         we         PRON  PRP 4 nsubj
        won        win        VERB  VBD 1 ccomp  nospace
        .          .          PUNCT .   1 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_stance_verb_joined_to_a_report_governs_its_own_quotation(gazetteer):
    # Ward noted that he won, and added: "I know."
    doc = build("""
        Ward   Ward   PROPN NNP 1  nsubj  B-PERSON
        noted  note   VERB  VBD 1  ROOT
        that   that   SCONJ IN  4  mark
        he     he     PRON  PRP 4  nsubj
        won    win    VERB  VBD 1  ccomp  nospace
        ,      ,      PUNCT ,   4  punct
        and    and    CCONJ CC  1  cc
        added  add    VERB  VBD 1  conj   nospace
        :      :      PUNCT :   7  punct
        "      "      PUNCT ``  11 punct  nospace
        I      I      PRON  PRP 11 nsubj
        know   know   VERB  VBP 7  ccomp  nospace
        .      .      PUNCT .   11 punct  nospace
        "      "      PUNCT ''  11 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.kind, q.cue.text, q.content[0].text) for q in quotes] == [
        ("indirect", "noted", "that he won"), ("direct", "added", "I know.")]


def test_a_reported_object_keeps_the_phrases_that_follow_it(gazetteer):
    quote = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        defended  defend    VERB  VBD 1 ROOT
        it        it        PRON  PRP 1 dobj
        despite   despite   ADP   IN  1 prep
        criticism criticism NOUN  NN  3 pobj   nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "defended", "it despite criticism")


def test_a_reported_object_ends_before_a_phrase_of_time(gazetteer):
    quote = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        endorsed  endorse   VERB  VBD 1 ROOT
        Sanders   Sanders   PROPN NNP 1 dobj   B-PERSON
        in        in        ADP   IN  1 prep
        February  February  PROPN NNP 3 pobj   B-DATE nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == ("endorsed", "Sanders")


def test_a_reported_object_ends_before_the_occasion_it_was_spoken_at(gazetteer):
    # "Ward praised the plan at a rally." and "Ward praised the plan on his radio show."
    rally = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        praised   praise    VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        plan      plan      NOUN  NN  1 dobj
        at        at        ADP   IN  1 prep
        a         a         DET   DT  6 det
        rally     rally     NOUN  NN  4 pobj   nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)[0]
    show = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        praised   praise    VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        plan      plan      NOUN  NN  1 dobj
        on        on        ADP   IN  1 prep
        his       his       PRON  PRP$ 8 poss
        radio     radio     NOUN  NN  8 compound
        show      show      NOUN  NN  4 pobj   nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)[0]
    assert (rally.cue.text, rally.content[0].text) == ("praised", "the plan")
    assert (show.cue.text, show.content[0].text) == ("praised", "the plan")


def test_verbs_that_set_out_or_compare_a_view_report_their_object(gazetteer):
    # "Ward outlined a plan to cut taxes."
    quote, actors = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        outlined  outline   VERB  VBD 1 ROOT
        a         a         DET   DT  3 det
        plan      plan      NOUN  NN  1 dobj
        to        to        PART  TO  5 aux
        cut       cut       VERB  VB  3 acl
        taxes     tax       NOUN  NNS 5 dobj   nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.speaker.span.text, quote.content[0].text) == (
        "indirect", "outlined", "Ward", "a plan to cut taxes")


def test_an_infinitive_that_qualifies_a_noun_reports_nothing(gazetteer):
    # "Ward took the opportunity to comment on the plan."
    doc = build("""
        Ward        Ward        PROPN NNP 1 nsubj  B-PERSON
        took        take        VERB  VBD 1 ROOT
        the         the         DET   DT  3 det
        opportunity opportunity NOUN  NN  1 dobj
        to          to          PART  TO  5 aux
        comment     comment     VERB  VB  3 acl
        on          on          ADP   IN  5 prep
        the         the         DET   DT  8 det
        plan        plan        NOUN  NN  6 pobj   nospace
        .           .           PUNCT .   1 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_participle_speaks_for_who_issued_or_began_it(gazetteer):
    # "Ward issued a statement saying Cruz won." and "Ward began by saying Cruz won."
    statement = _only_quote("""
        Ward       Ward       PROPN NNP 1 nsubj  B-PERSON
        issued     issue      VERB  VBD 1 ROOT
        a          a          DET   DT  3 det
        statement  statement  NOUN  NN  1 dobj
        saying     say        VERB  VBG 3 acl
        Cruz       Cruz       PROPN NNP 6 nsubj  B-PERSON
        won        win        VERB  VBD 4 ccomp  nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    began = _only_quote("""
        Ward       Ward       PROPN NNP 1 nsubj  B-PERSON
        began      begin      VERB  VBD 1 ROOT
        by         by         ADP   IN  1 prep
        saying     say        VERB  VBG 2 pcomp
        Cruz       Cruz       PROPN NNP 5 nsubj  B-PERSON
        won        win        VERB  VBD 3 ccomp  nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    for quote, actors in (statement, began):
        assert (quote.cue.text, quote.content[0].text) == ("saying", "Cruz won")
        assert actors.actor(quote.speaker.actor).name == "Ward"


def test_a_participles_object_is_not_its_speaker(gazetteer):
    # "Condemning Trump's call, ..." names no speaker: Trump is what is condemned
    doc = build("""
        Condemning  condemn  VERB  VBG 0 ROOT
        Trump       Trump    PROPN NNP 3 poss   B-PERSON
        's          's       PART  POS 1 case   nospace
        call        call     NOUN  NN  0 dobj   nospace
        .           .        PUNCT .   0 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_relative_pronoun_object_is_no_statement(gazetteer):
    # "The war, which Whigs opposed, ended.": "which" is not what the Whigs said
    doc = build("""
        The      the      DET   DT   1 det
        war      war      NOUN  NN   7 nsubj   nospace
        ,        ,        PUNCT ,    1 punct
        which    which    PRON  WDT  5 dobj
        Whigs    Whigs    PROPN NNPS 5 nsubj   B-NORP
        opposed  oppose   VERB  VBD  1 relcl   nospace
        ,        ,        PUNCT ,    1 punct
        ended    end      VERB  VBD  7 ROOT    nospace
        .        .        PUNCT .    7 punct
    """)
    assert doc.text == "The war, which Whigs opposed, ended."
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_list_of_verbs_hung_on_the_cue_is_all_reported(gazetteer):
    # "Sanders supported eliminating caucuses, limiting delegates and binding them.": the parser hung
    # "limiting" on "supported"; it goes on from "eliminating", in the same form
    quote = _only_quote("""
        Sanders      Sanders    PROPN NNP 1 nsubj   B-PERSON
        supported    support    VERB  VBD 1 ROOT
        eliminating  eliminate  VERB  VBG 1 xcomp
        caucuses     caucus     NOUN  NNS 2 dobj    nospace
        ,            ,          PUNCT ,   1 punct
        limiting     limit      VERB  VBG 1 advcl
        delegates    delegate   NOUN  NNS 5 dobj
        and          and        CCONJ CC  5 cc
        binding      bind       VERB  VBG 5 conj
        them         they       PRON  PRP 8 dobj    nospace
        .            .          PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == (
        "supported", "eliminating caucuses, limiting delegates and binding them")


def test_a_phrase_of_when_after_the_object_is_not_reported(gazetteer):
    # "Trump criticized Clinton during a rally.": what he criticized is Clinton, not the rally
    quote = _only_quote("""
        Trump       Trump      PROPN NNP 1 nsubj   B-PERSON
        criticized  criticize  VERB  VBD 1 ROOT
        Clinton     Clinton    PROPN NNP 1 dobj    B-PERSON
        during      during     ADP   IN  1 prep
        a           a          DET   DT  5 det
        rally       rally      NOUN  NN  3 pobj    nospace
        .           .          PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == ("criticized", "Clinton")


def test_a_participle_the_parse_hangs_on_a_noun_speaks_for_the_subject_before_it(gazetteer):
    # "Cruz gave a speech Monday admitting that he lost.": "admitting" hangs on "Monday"
    quote = _only_quote("""
        Cruz       Cruz      PROPN NNP 1 nsubj    B-PERSON
        gave       give      VERB  VBD 1 ROOT
        a          a         DET   DT  3 det
        speech     speech    NOUN  NN  1 dobj
        Monday     Monday    PROPN NNP 1 npadvmod B-DATE
        admitting  admit     VERB  VBG 4 acl
        that       that      SCONJ IN  8 mark
        he         he        PRON  PRP 8 nsubj
        lost       lose      VERB  VBD 5 ccomp    nospace
        .          .         PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.speaker.span.text) == ("admitting", "Cruz")


def test_a_report_inside_anothers_statement_is_part_of_it(gazetteer):
    # "Devine said Republicans are engaged in mischief that shows their disconnect.": Devine's
    # statement only; "mischief that shows" is what he says, not a second speaker
    quote = _only_quote("""
        Devine       Devine      PROPN NNP 1  nsubj      B-PERSON
        said         say         VERB  VBD 1  ROOT
        Republicans  Republicans PROPN NNPS 4 nsubjpass  B-NORP
        are          be          AUX   VBP 4  auxpass
        engaged      engage      VERB  VBN 1  ccomp
        in           in          ADP   IN  4  prep
        mischief     mischief    NOUN  NN  5  pobj
        that         that        PRON  WDT 8  nsubj
        shows        show        VERB  VBZ 6  relcl
        their        their       PRON  PRP$ 10 poss
        disconnect   disconnect  NOUN  NN  8  dobj   nospace
        .            .           PUNCT .   1  punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == ("said", "Republicans are engaged in mischief that shows their disconnect")


def test_words_called_by_a_relative_pronoun_are_quoted_alone(gazetteer):
    # It is what Gilbert called "a problem."
    doc = build("""
        It       it       PRON  PRP 1 nsubj
        is       be       AUX   VBZ 1 ROOT
        what     what     PRON  WP  4 dobj
        Gilbert  Gilbert  PROPN NNP 4 nsubj   B-PERSON
        called   call     VERB  VBD 1 ccomp
        "        "        PUNCT ``  7 punct   nospace
        a        a        DET   DT  7 det
        problem  problem  NOUN  NN  4 oprd    nospace
        .        .        PUNCT .   1 punct   nospace
        "        "        PUNCT ''  1 punct
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = [q for q in find_quotes(doc, actors) if q.cue.text == "called"]
    assert (quote.kind, [c.text for c in quote.content]) == ("direct", ["a problem."])
    assert actors.actor(quote.speaker.actor).name == "Gilbert"


def test_a_quoted_object_keeps_what_the_verb_says_of_it(gazetteer):
    # Clinton blamed the "fog" for the failure.
    quote = _only_quote("""
        Clinton  Clinton  PROPN NNP 1 nsubj  B-PERSON
        blamed   blame    VERB  VBD 1 ROOT
        the      the      DET   DT  4 det
        "        "        PUNCT ``  4 punct  nospace
        fog      fog      NOUN  NN  1 dobj   nospace
        "        "        PUNCT ''  4 punct
        for      for      ADP   IN  1 prep
        the      the      DET   DT  8 det
        failure  failure  NOUN  NN  6 pobj   nospace
        .        .        PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.kind, quote.content[0].text) == ("mixed", 'the "fog" for the failure')


def test_a_reporting_verb_inside_the_marks_is_the_quoted_speakers_own(gazetteer):
    # Reid told reporters that he spoke and that "I think it ended."
    quote = _only_quote("""
        Reid       Reid      PROPN NNP 1  nsubj  B-PERSON
        told       tell      VERB  VBD 1  ROOT
        reporters  reporter  NOUN  NNS 1  dobj
        that       that      SCONJ IN  5  mark
        he         he        PRON  PRP 5  nsubj
        spoke      speak     VERB  VBD 1  ccomp
        and        and       CCONJ CC  5  cc
        that       that      SCONJ IN  10 mark
        "          "         PUNCT ``  10 punct  nospace
        I          I         PRON  PRP 10 nsubj
        think      think     VERB  VBP 5  conj
        it         it        PRON  PRP 12 nsubj
        ended      end       VERB  VBD 10 ccomp  nospace
        .          .         PUNCT .   1  punct  nospace
        "          "         PUNCT ''  1  punct
    """, gazetteer)[0]
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("mixed", "told", 'that he spoke and that "I think it ended')


def test_a_report_of_its_own_after_a_quote_is_not_the_quotes_cue(gazetteer):
    # "We won," Ward said. "It was close." Ward added that rates rose.
    doc = build("""
        "      "      PUNCT ``  2  punct  nospace
        We     we     PRON  PRP 2  nsubj
        won    win    VERB  VBD 6  ccomp  nospace
        ,      ,      PUNCT ,   2  punct  nospace
        "      "      PUNCT ''  2  punct
        Ward   Ward   PROPN NNP 6  nsubj  B-PERSON
        said   say    VERB  VBD 6  ROOT   nospace
        .      .      PUNCT .   6  punct
        "      "      PUNCT ``  10 punct  nospace
        It     it     PRON  PRP 10 nsubj
        was    be     AUX   VBD 10 ROOT
        close  close  ADJ   JJ  10 acomp  nospace
        .      .      PUNCT .   10 punct  nospace
        "      "      PUNCT ''  10 punct
        Ward   Ward   PROPN NNP 15 nsubj  B-PERSON
        added  add    VERB  VBD 15 ROOT
        that   that   SCONJ IN  18 mark
        rates  rate   NOUN  NNS 18 nsubj
        rose   rise   VERB  VBD 15 ccomp  nospace
        .      .      PUNCT .   15 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.kind, q.cue.text, [c.text for c in q.content]) for q in quotes] == [
        ("direct", "said", ["We won", "It was close."]), ("indirect", "added", ["that rates rose"])]


def test_a_name_the_ner_missed_after_a_trailing_said_is_the_speaker(gazetteer):
    # "It is valuable," said Skelly, explaining it.
    quote, _ = _only_quote("""
        "           "          PUNCT ``  6 punct nospace
        It          it         PRON  PRP 2 nsubj
        is          be         AUX   VBZ 6 ccomp
        valuable    valuable   ADJ   JJ  2 acomp nospace
        ,           ,          PUNCT ,   6 punct nospace
        "           "          PUNCT ''  6 punct
        said        say        VERB  VBD 6 ROOT
        Skelly      skelly     ADV   RB  6 advmod nospace
        ,           ,          PUNCT ,   6 punct
        explaining  explain    VERB  VBG 6 advcl
        it          it         PRON  PRP 9 dobj nospace
        .           .          PUNCT .   6 punct
    """, gazetteer)
    assert (quote.cue.text, quote.speaker.span.text) == ("said", "Skelly")


def test_a_trailing_cue_after_a_speaker_named_at_length(gazetteer):
    # "We won." Trump campaign spokeswoman Hope Hicks of New York said in the statement.
    quote, _ = _only_quote("""
        "            "            PUNCT ``  2 punct nospace
        We           we           PRON  PRP 2 nsubj
        won          win          VERB  VBD 2 ROOT nospace
        .            .            PUNCT .   2 punct nospace
        "            "            PUNCT ''  2 punct
        Trump        Trump        PROPN NNP 7 compound B-PERSON
        campaign     campaign     NOUN  NN  7 compound
        spokeswoman  spokeswoman  NOUN  NN  9 compound
        Hope         Hope         PROPN NNP 9 compound B-PERSON
        Hicks        Hicks        PROPN NNP 13 nsubj I-PERSON
        of           of           ADP   IN  9 prep
        New          New          PROPN NNP 11 compound B-GPE
        York         York         PROPN NNP 10 pobj I-GPE
        said         say          VERB  VBD 2 conj
        in           in           ADP   IN  13 prep
        the          the          DET   DT  16 det
        statement    statement    NOUN  NN  14 pobj nospace
        .            .            PUNCT .   13 punct
    """, gazetteer)
    assert (quote.cue.text, quote.speaker.span.text) == ("said", "Hope Hicks")


def test_a_label_before_the_quote_attributes_it_within_a_paragraph(gazetteer):
    # Clinton agreed. Bush: "The mission is to destroy ISIS."
    quote, _ = _only_quote("""
        Clinton  Clinton  PROPN NNP 1 nsubj B-PERSON
        agreed   agree    VERB  VBD 1 ROOT nospace
        .        .        PUNCT .   1 punct
        Bush     Bush     PROPN NNP 3 ROOT B-PERSON nospace
        :        :        PUNCT :   3 punct
        "        "        PUNCT ``  7 punct nospace
        The      the      DET   DT  7 det
        mission  mission  NOUN  NN  8 nsubj
        is       be       AUX   VBZ 3 appos
        to       to       PART  TO  10 aux
        destroy  destroy  VERB  VB  8 xcomp
        ISIS     ISIS     PROPN NNP 10 dobj B-ORG nospace
        .        .        PUNCT .   8 punct nospace
        "        "        PUNCT ''  8 punct
    """, gazetteer)
    assert (quote.cue.text, quote.speaker.span.text) == (":", "Bush")
    assert [part.text for part in quote.content] == ["The mission is to destroy ISIS."]


def test_words_in_marks_with_neither_cue_nor_anyone_to_say_them_are_no_quote(gazetteer):
    # "We will never give up." / The banner hung over the square. (a slogan no one is said to say)
    doc = build("""
        "       "       PUNCT ``  4 punct nospace
        We      we      PRON  PRP 4 nsubj
        will    will    AUX   MD  4 aux
        never   never   ADV   RB  4 neg
        give    give    VERB  VB  4 ROOT
        up      up      ADP   RP  4 prt nospace
        .       .       PUNCT .   4 punct nospace
        "       "       PUNCT ''  4 punct
        The     the     DET   DT  9 det
        banner  banner  NOUN  NN  10 nsubj
        hung    hang    VERB  VBD 10 ROOT
        over    over    ADP   IN  10 prep
        the     the     DET   DT  13 det
        square  square  NOUN  NN  11 pobj nospace
        .       .       PUNCT .   10 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_name_between_the_closing_mark_and_the_cue_is_the_speaker(gazetteer):
    # "We won," Bozell answers. (parsed as one noun, "Bozell answers")
    quote, _ = _only_quote("""
        "       "       PUNCT ``  2 punct nospace
        We      we      PRON  PRP 2 nsubj
        won     win     VERB  VBD 6 ccomp nospace
        ,       ,       PUNCT ,   6 punct nospace
        "       "       PUNCT ''  6 punct
        Bozell  Bozell  PROPN NNP 6 compound
        answers answer  VERB  VBZ 6 ROOT nospace
        .       .       PUNCT .   6 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Bozell" and quote.cue.text == "answers"


def test_words_another_is_said_to_have_called_something_are_the_outer_speakers(gazetteer):
    # Smith said the plan, which Jones called "a disaster," failed. ("called" relays no statement of
    # Jones's; "Smith said Jones believes ..." would, with Smith in its chain)
    doc = build("""
        Smith    Smith    PROPN NNP 1  nsubj B-PERSON
        said     say      VERB  VBD 1  ROOT
        the      the      DET   DT  3  det
        plan     plan     NOUN  NN  13 nsubj nospace
        ,        ,        PUNCT ,   3  punct
        which    which    PRON  WDT 7  dobj
        Jones    Jones    PROPN NNP 7  nsubj B-PERSON
        called   call     VERB  VBD 3  relcl
        "        "        PUNCT ``  10 punct nospace
        a        a        DET   DT  10 det
        disaster disaster NOUN  NN  7  oprd nospace
        ,        ,        PUNCT ,   3  punct nospace
        "        "        PUNCT ''  10 punct
        failed   fail     VERB  VBD 1  ccomp nospace
        .        .        PUNCT .   1  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.speaker.span.text, q.cue.text) for q in quotes] == [("Smith", "said")]


def test_a_short_quoted_sentence_after_an_attributed_quote_continues_it(gazetteer):
    # "It's over," Carson said. "In my head, anyway."
    quote, _ = _only_quote("""
        "       "       PUNCT ``  2 punct nospace
        It      it      PRON  PRP 2 nsubj nospace
        's      be      AUX   VBZ 6 ccomp
        over    over    ADV   RB  2 advmod nospace
        ,       ,       PUNCT ,   6 punct nospace
        "       "       PUNCT ''  6 punct
        Carson  Carson  PROPN NNP 6 nsubj B-PERSON
        said    say     VERB  VBD 6 ROOT nospace
        .       .       PUNCT .   6 punct
        "       "       PUNCT ``  10 punct nospace
        In      in      ADP   IN  10 ROOT
        my      my      PRON  PRP$ 12 poss
        head    head    NOUN  NN  10 pobj nospace
        ,       ,       PUNCT ,   10 punct
        anyway  anyway  ADV   RB  10 advmod nospace
        .       .       PUNCT .   10 punct nospace
        "       "       PUNCT ''  10 punct
    """, gazetteer)
    assert [c.text for c in quote.content] == ["It's over", "In my head, anyway."]
    assert quote.speaker.span.text == "Carson"


def test_a_name_after_a_dash_glued_to_the_closing_mark_is_the_speaker(gazetteer):
    # “We won.”― Carla Sanchez. (the tokenizer keeps "”―" as one token)
    quote, _ = _only_quote("""
        “       “       PUNCT ``  2 punct nospace
        We      we      PRON  PRP 2 nsubj
        won     win     VERB  VBD 2 ROOT nospace
        .       .       PUNCT .   2 punct nospace
        ”―      ”―      PUNCT ''  2 punct
        Carla   Carla   PROPN NNP 6 compound B-PERSON
        Sanchez Sanchez PROPN NNP 2 npadvmod I-PERSON nospace
        .       .       PUNCT .   2 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Carla Sanchez"


def test_someone_described_after_a_trailing_cue_is_the_speaker(gazetteer):
    # "We lost," said the woman, who ... (parsed with the woman as the subject of a later verb)
    quote, _ = _only_quote("""
        "       "       PUNCT ``  2 punct nospace
        We      we      PRON  PRP 2 nsubj
        lost    lose    VERB  VBD 5 ccomp nospace
        ,       ,       PUNCT ,   5 punct nospace
        "       "       PUNCT ''  5 punct
        said    say     VERB  VBD 5 ROOT
        the     the     DET   DT  7 det
        woman   woman   NOUN  NN  9 nsubj
        who     who     PRON  WP  9 nsubj
        left    leave   VERB  VBD 5 conj nospace
        .       .       PUNCT .   5 punct
    """, gazetteer)
    assert quote.speaker.span.text.startswith("the woman") and quote.cue.text == "said"


def test_a_participle_on_whom_a_message_went_to_speaks_for_its_sender(gazetteer):
    # Sanders sent a message to supporters saying: "We won."
    quote, _ = _only_quote("""
        Sanders    Sanders    PROPN NNP 1 nsubj B-PERSON
        sent       send       VERB  VBD 1 ROOT
        a          a          DET   DT  3 det
        message    message    NOUN  NN  1 dobj
        to         to         ADP   IN  1 dative
        supporters supporter  NOUN  NNS 4 pobj
        saying     say        VERB  VBG 5 acl nospace
        :          :          PUNCT :   6 punct
        "          "          PUNCT ``  9 punct nospace
        We         we         PRON  PRP 10 nsubj
        won        win        VERB  VBD 6 ccomp nospace
        .          .          PUNCT .   10 punct nospace
        "          "          PUNCT ''  10 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Sanders" and quote.cue.text == "saying"


def test_a_dash_the_parser_took_for_a_subject_is_not_the_speaker(gazetteer):
    # ... made public ― Trump boasted, "I won." (the dash parsed as a noun subject)
    quote, _ = _only_quote("""
        made    make    VERB  VBN 0 ROOT
        public  public  ADJ   JJ  2 amod
        ―       ―       NOUN  NN  4 nsubj
        Trump   Trump   PROPN NNP 4 nsubj B-PERSON
        boasted boast   VERB  VBD 0 ccomp nospace
        ,       ,       PUNCT ,   0 punct
        "       "       PUNCT ``  0 punct nospace
        I       I       PRON  PRP 8 nsubj
        won     win     VERB  VBD 0 ccomp nospace
        .       .       PUNCT .   0 punct nospace
        "       "       PUNCT ''  0 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Trump" and quote.cue.text == "boasted"


def test_a_name_after_a_trailing_cue_and_a_preposition_is_a_setting_not_the_speaker(gazetteer):
    # "We won," Flynn said on Fox News. (Flynn hung on the quote as an apposition)
    quote, actors = _only_quote("""
        "      "      PUNCT ``  2 punct nospace
        We     we     PRON  PRP 2 nsubj
        won    win    VERB  VBD 7 ccomp nospace
        ,      ,      PUNCT ,   2 punct nospace
        "      "      PUNCT ''  7 punct
        Flynn  Flynn  PROPN NNP 2 appos B-PERSON
        ,      ,      PUNCT ,   5 punct
        said   say    VERB  VBD 7 ROOT
        on     on     ADP   IN  7 prep
        Fox    Fox    PROPN NNP 10 compound B-ORG
        News   News   PROPN NNP 8 pobj I-ORG nospace
        .      .      PUNCT .   7 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Flynn"


def test_a_known_name_right_before_a_verb_without_a_subject_is_its_speaker(gazetteer):
    # ... the war, Obama and Clinton call them "lone wolves". (the names hung on "war"; "them" is
    # whom they speak of, never the speaker)
    quote, actors = _only_quote("""
        the     the     DET   DT  1 det
        war     war     NOUN  NN  6 npadvmod nospace
        ,       ,       PUNCT ,   1 punct
        Obama   Obama   PROPN NNP 1 conj B-PERSON
        and     and     CCONJ CC  3 cc
        Clinton Clinton PROPN NNP 3 conj B-PERSON
        call    call    VERB  VBP 6 ROOT
        them    they    PRON  PRP 6 dobj
        "       "       PUNCT ``  10 punct nospace
        lone    lone    ADJ   JJ  10 amod
        wolves  wolf    NOUN  NNS 6 oprd nospace
        "       "       PUNCT ''  6 punct nospace
        .       .       PUNCT .   6 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Clinton" and quote.cue.text == "call"


def test_a_name_a_verb_was_hung_on_after_a_comma_is_its_speaker(gazetteer):
    # given efforts -- which Apple's chief, Tim Cook, called "crap" (parsed with "called" on "Cook")
    quote, actors = _only_quote("""
        given   give    VERB  VBN 0 ROOT
        efforts efforts NOUN  NNS 0 pobj
        which   which   DET   WDT 3 det
        chief   chief   NOUN  NN  1 acl nospace
        ,       ,       PUNCT ,   6 punct
        Tim     Tim     PROPN NNP 6 compound B-PERSON
        Cook    Cook    PROPN NNP 0 pobj I-PERSON nospace
        ,       ,       PUNCT ,   6 punct
        called  call    VERB  VBD 6 acl
        "       "       PUNCT ``  10 punct nospace
        crap    crap    NOUN  NN  8 oprd nospace
        "       "       PUNCT ''  8 punct
    """, gazetteer)
    assert actors.actor(quote.speaker.actor).name == "Tim Cook" and quote.cue.text == "called"


def test_a_speaker_stranded_in_the_opening_phrase_before_an_adverb(gazetteer):
    # In Washington, Morial, the chief, forcefully told her: "We vote." (Morial hung on Washington)
    quote, _ = _only_quote("""
        In          in          ADP   IN  8 prep
        Washington  Washington  PROPN NNP 0 pobj B-GPE nospace
        ,           ,           PUNCT ,   1 punct
        Morial      Morial      PROPN NNP 1 conj B-PERSON nospace
        ,           ,           PUNCT ,   3 punct
        the         the         DET   DT  6 det
        chief       chief       NOUN  NN  3 appos nospace
        ,           ,           PUNCT ,   3 punct
        forcefully  forcefully  ADV   RB  9 advmod
        told        tell        VERB  VBD 9 ROOT
        her         she         PRON  PRP 9 dobj nospace
        :           :           PUNCT :   9 punct
        "           "           PUNCT ``  13 punct nospace
        We          we          PRON  PRP 14 nsubj
        vote        vote        VERB  VBP 9 ccomp nospace
        .           .           PUNCT .   9 punct nospace
        "           "           PUNCT ''  9 punct
    """, gazetteer)
    assert quote.speaker.span.text == "the chief" and quote.cue.text == "told"


def test_the_object_of_the_verb_above_speaks_in_its_complement(gazetteer):
    # This led the journalist Dainis Ivans to fear a "pact." / The ad uses footage of Clinton
    # asking, "Why?"
    led, actors = _only_quote("""
        This        this        PRON  DT  1 nsubj
        led         lead        VERB  VBD 1 ROOT
        the         the         DET   DT  3 det
        journalist  journalist  NOUN  NN  1 dobj
        Dainis      Dainis      PROPN NNP 5 compound B-PERSON
        Ivans       Ivans       PROPN NNP 3 appos I-PERSON
        to          to          PART  TO  7 aux
        fear        fear        VERB  VB  1 xcomp
        a           a           DET   DT  10 det
        "           "           PUNCT ``  10 punct nospace
        pact        pact        NOUN  NN  7 dobj nospace
        .           .           PUNCT .   1 punct nospace
        "           "           PUNCT ''  1 punct
    """, gazetteer)
    assert actors.actor(led.speaker.actor).name == "Dainis Ivans" and led.cue.text == "fear"
    asked, actors = _only_quote("""
        The      the      DET   DT  1 det
        ad       ad       NOUN  NN  2 nsubj
        uses     use      VERB  VBZ 2 ROOT
        footage  footage  NOUN  NN  2 dobj
        of       of       ADP   IN  3 prep
        Clinton  Clinton  PROPN NNP 4 pobj B-PERSON
        asking   ask      VERB  VBG 2 xcomp nospace
        ,        ,        PUNCT ,   6 punct
        "        "        PUNCT ``  9 punct nospace
        Why      why      ADV   WRB 6 ccomp nospace
        ?        ?        PUNCT .   9 punct nospace
        "        "        PUNCT ''  2 punct
    """, gazetteer)
    assert actors.actor(asked.speaker.actor).name == "Clinton" and asked.cue.text == "asking"


def test_a_quote_hung_on_the_sentence_before_takes_the_cue_after_it(gazetteer):
    # Trump said that he won. "We can win," Trump said. (the parser hung the quote on the first "said",
    # whose subject it lost)
    doc = build("""
        Trump  Trump  PROPN NNP 12 nsubj B-PERSON
        said   say    VERB  VBD 12 ccomp
        that   that   SCONJ IN  4 mark
        he     he     PRON  PRP 4 nsubj
        won    win    VERB  VBD 1 ccomp nospace
        .      .      PUNCT .   1 punct
        "      "      PUNCT ``  9 punct nospace
        We     we     PRON  PRP 9 nsubj
        can    can    AUX   MD  9 aux
        win    win    VERB  VB  1 ccomp nospace
        ,      ,      PUNCT ,   12 punct nospace
        "      "      PUNCT ''  12 punct
        Trump  Trump  PROPN NNP 12 nsubj B-PERSON
        said   say    VERB  VBD 12 ROOT nospace
        .      .      PUNCT .   12 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.content[0].text, q.cue.start) for q in direct] == [("We can win", doc[13].idx)]
    assert direct[0].speaker.span.text == "Trump"


def test_a_participle_the_parser_hung_on_a_quotation_speaks_for_the_subject_before(gazetteer):
    # Trump dodged it -- "Good" -- and asserting, "I pay." ("asserting" hung on the quoted "Good")
    doc = build("""
        Trump      Trump      PROPN NNP 1 nsubj B-PERSON
        dodged     dodge      VERB  VBD 5 ccomp
        it         it         PRON  PRP 1 dobj
        --         --         PUNCT :   5 punct
        "          "          PUNCT ``  5 punct nospace
        Good       good       ADJ   JJ  5 ROOT nospace
        "          "          PUNCT ''  5 punct
        --         --         PUNCT :   5 punct
        and        and        CCONJ CC  5 cc
        asserting  assert     VERB  VBG 5 conj nospace
        ,          ,          PUNCT ,   9 punct
        "          "          PUNCT ``  13 punct nospace
        I          I          PRON  PRP 13 nsubj
        pay        pay        VERB  VBP 9 ccomp nospace
        .          .          PUNCT .   9 punct nospace
        "          "          PUNCT ''  9 punct
    """)
    quotes = [q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue is not None and q.cue.text == "asserting"]
    assert [(q.content[0].text, q.speaker.span.text) for q in quotes] == [("I pay.", "Trump")]


def test_someone_described_by_a_proper_noun_after_a_trailing_cue_is_the_speaker(gazetteer):
    # "We won," added a South Carolina Democrat. "She's done that." (one statement, "Democrat" a
    # proper noun the parser made the cue's object)
    quote, _ = _only_quote("""
        "         "         PUNCT ``  2 punct nospace
        We        we        PRON  PRP 2 nsubj
        won       win       VERB  VBD 5 ccomp nospace
        ,         ,         PUNCT ,   5 punct nospace
        "         "         PUNCT ''  5 punct
        added     add       VERB  VBD 5 ROOT
        a         a         DET   DT  9 det
        South     South     PROPN NNP 8 compound
        Carolina  Carolina  PROPN NNP 9 compound
        Democrat  Democrat  PROPN NNP 5 dobj nospace
        .         .         PUNCT .   5 punct
        "         "         PUNCT ``  14 punct nospace
        She       she       PRON  PRP 14 nsubj nospace
        's        have      AUX   VBZ 14 aux
        done      do        VERB  VBN 14 ROOT
        that      that      PRON  DT  14 dobj nospace
        .         .         PUNCT .   14 punct nospace
        "         "         PUNCT ''  14 punct
    """, gazetteer)
    assert quote.speaker.span.text.endswith("Democrat") and [c.text for c in quote.content] == ["We won", "She's done that."]


def test_a_capitalised_word_between_the_closing_mark_and_the_cue_is_the_speaker(gazetteer):
    # "It should hasten the eclipse," Will wrote. (the tagger took "Will" for a modal)
    quote, _ = _only_quote("""
        "        "        PUNCT ``  2 punct nospace
        It       it       PRON  PRP 3 nsubj
        should   should   AUX   MD  3 aux
        hasten   hasten   VERB  VB  9 ccomp
        the      the      DET   DT  5 det
        eclipse  eclipse  NOUN  NN  3 dobj nospace
        ,        ,        PUNCT ,   9 punct nospace
        "        "        PUNCT ''  9 punct
        Will     will     AUX   MD  9 aux
        wrote    write    VERB  VBD 9 ROOT nospace
        .        .        PUNCT .   9 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Will" and quote.cue.text == "wrote"


def test_a_person_named_right_after_a_comma_and_the_cue_is_its_subject(gazetteer):
    # The rejection of the treaty signals "the end," said Geert Wilders, founder. (the parser took
    # "signals" for a noun and made "rejection" a second subject of "said", before the name)
    quote, _ = _only_quote("""
        The        the        DET   DT  1 det
        rejection  rejection  NOUN  NN  11 nsubj
        of         of         ADP   IN  1 prep
        the        the        DET   DT  5 det
        treaty     treaty     NOUN  NN  5 compound
        signals    signal     NOUN  NNS 2 pobj
        "          "          PUNCT ``  8 punct nospace
        the        the        DET   DT  8 det
        end        end        NOUN  NN  5 appos nospace
        "          "          PUNCT ''  8 punct nospace
        ,          ,          PUNCT ,   11 punct
        said       say        VERB  VBD 11 ROOT
        Geert      Geert      PROPN NNP 13 compound B-PERSON
        Wilders    Wilders    PROPN NNP 11 nsubj I-PERSON nospace
        ,          ,          PUNCT ,   13 punct
        founder    founder    NOUN  NN  13 appos nospace
        .          .          PUNCT .   11 punct
    """, gazetteer)
    assert quote.speaker.span.text == "Geert Wilders" and quote.cue.text == "said"


def test_as_someone_put_it_is_a_cue_whose_object_is_part_of_it(gazetteer):
    # "We won," as Smith put it. / As Smith put it, "We won."
    after, _ = _only_quote("""
        "      "      PUNCT ``  2 punct nospace
        We     we     PRON  PRP 2 nsubj
        won    win    VERB  VBD 2 ROOT nospace
        ,      ,      PUNCT ,   2 punct nospace
        "      "      PUNCT ''  2 punct
        as     as     SCONJ IN  7 mark
        Smith  Smith  PROPN NNP 7 nsubj B-PERSON
        put    put    VERB  VBD 2 advcl
        it     it     PRON  PRP 7 dobj nospace
        .      .      PUNCT .   2 punct
    """, gazetteer)
    before, _ = _only_quote("""
        As     as     SCONJ IN  2 mark
        Smith  Smith  PROPN NNP 2 nsubj B-PERSON
        put    put    VERB  VBD 8 advcl
        it     it     PRON  PRP 2 dobj nospace
        ,      ,      PUNCT ,   8 punct
        "      "      PUNCT ``  8 punct nospace
        We     we     PRON  PRP 8 nsubj
        did    do     AUX   VBD 8 aux
        win    win    VERB  VB  8 ROOT nospace
        .      .      PUNCT .   8 punct nospace
        "      "      PUNCT ''  8 punct
    """, gazetteer)
    assert [(q.kind, q.content[0].text, q.cue.text, q.speaker.span.text) for q in (after, before)] == [
        ("direct", "We won", "put", "Smith"), ("direct", "We did win.", "put", "Smith")]


def test_whom_a_quote_was_told_to_is_never_its_inverted_subject(gazetteer):
    # "We won," Cohen, told Obama. (Cohen hung on the quote: "told Obama" does not invert)
    quote, actors = _only_quote("""
        "      "      PUNCT ``  2 punct nospace
        We     we     PRON  PRP 2 nsubj
        won    win    VERB  VBD 7 ccomp nospace
        ,      ,      PUNCT ,   2 punct nospace
        "      "      PUNCT ''  2 punct
        Cohen  Cohen  PROPN NNP 2 appos B-PERSON nospace
        ,      ,      PUNCT ,   5 punct
        told   tell   VERB  VBD 7 ROOT
        Obama  Obama  PROPN NNP 7 dobj B-PERSON nospace
        .      .      PUNCT .   7 punct
    """, gazetteer)
    assert (quote.speaker.span.text, quote.addressee.span.text) == ("Cohen", "Obama")


def test_a_nickname_in_marks_is_part_of_a_name_not_a_quote(gazetteer):
    # "We won!" Marcia "Cia" Price shouted. ("Price" tagged a common noun)
    quote, _ = _only_quote("""
        "       "       PUNCT ``  1 punct nospace
        We      we      PRON  PRP 2 nsubj
        won     win     VERB  VBD 10 ccomp nospace
        !       !       PUNCT .   2 punct nospace
        "       "       PUNCT ''  10 punct
        Marcia  Marcia  PROPN NNP 9 compound B-PERSON
        "       "       PUNCT ``  9 punct nospace
        Cia     Cia     PROPN NNP 9 compound nospace
        "       "       PUNCT ''  9 punct
        Price   price   NOUN  NN  10 nsubj
        shouted shout   VERB  VBD 10 ROOT nospace
        .       .       PUNCT .   10 punct
    """, gazetteer)
    assert [c.text for c in quote.content] == ["We won!"] and quote.cue.text == "shouted"


def test_a_quoted_object_before_its_cue_does_not_take_the_cues_phrases(gazetteer):
    # "Nothing," Trump said before adding: "We won." (not "Nothing," Trump said before adding)
    doc = build("""
        "        "        PUNCT ``  1 punct nospace
        Nothing  nothing  NOUN  NN  5 dobj nospace
        ,        ,        PUNCT ,   1 punct nospace
        "        "        PUNCT ''  5 punct
        Trump    Trump    PROPN NNP 5 nsubj B-PERSON
        said     say      VERB  VBD 5 ROOT
        before   before   ADP   IN  5 prep
        adding   add      VERB  VBG 6 pcomp nospace
        :        :        PUNCT :   5 punct
        "        "        PUNCT ``  11 punct nospace
        We       we       PRON  PRP 11 nsubj
        won      win      VERB  VBD 5 ccomp nospace
        .        .        PUNCT .   5 punct nospace
        "        "        PUNCT ''  5 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [[c.text for c in q.content] for q in quotes] == [["Nothing", "We won."]]


@pytest.mark.parametrize("form, kind", [("put", "verb-object"), ("call for a", "verb-preposition")])
def test_a_two_word_cue_that_is_not_two_words_names_its_line(monkeypatch, form, kind):
    from newsgraph.errors import MalformedDataFile
    from newsgraph.quotes import cues

    monkeypatch.setattr(cues, "read_table", lambda name, columns: iter([(7, {"form": form, "kind": kind})]))
    cues.default_cues.cache_clear()
    try:
        with pytest.raises(MalformedDataFile, match=f"line 7: a {kind} cue is a verb lemma"):
            cues.default_cues()
    finally:
        cues.default_cues.cache_clear()


def test_quoted_words_in_the_clause_a_cue_is_set_into_make_that_clause_a_mixed_quote(gazetteer):
    # In poor areas, he said, "we do not know" how many go.
    quote, _ = _only_quote("""
        In     in     ADP   IN  11 prep
        poor   poor   ADJ   JJ  2  amod
        areas  area   NOUN  NNS 0  pobj nospace
        ,      ,      PUNCT ,   11 punct
        he     he     PRON  PRP 5  nsubj
        said   say    VERB  VBD 11 parataxis nospace
        ,      ,      PUNCT ,   11 punct
        "      "      PUNCT ``  11 punct nospace
        we     we     PRON  PRP 11 nsubj
        do     do     AUX   VBP 11 aux
        not    not    PART  RB  11 neg
        know   know   VERB  VB  11 ROOT nospace
        "      "      PUNCT ''  11 punct
        how    how    ADV   WRB 14 advmod
        many   many   ADJ   JJ  15 nsubj
        go     go     VERB  VBP 11 ccomp nospace
        .      .      PUNCT .   11 punct
    """, gazetteer)
    assert (quote.kind, [c.text for c in quote.content], quote.cue.text) == (
        "mixed", ["In poor areas", '"we do not know" how many go'], "said")


def test_a_name_given_in_the_passive_or_a_show_spoken_to_is_no_quote(gazetteer):
    # Lazar, known as "Guccifer," was jailed. / Speaking to "CBS This Morning," Rubio left.
    known = build("""
        Lazar     Lazar     PROPN NNP 9 nsubjpass B-PERSON nospace
        ,         ,         PUNCT ,   0 punct
        known     know      VERB  VBN 0 acl
        as        as        ADP   IN  2 prep
        "         "         PUNCT ``  5 punct nospace
        Guccifer  Guccifer  PROPN NNP 3 pobj nospace
        ,         ,         PUNCT ,   0 punct nospace
        "         "         PUNCT ''  0 punct
        was       be        AUX   VBD 9 auxpass
        jailed    jail      VERB  VBN 9 ROOT nospace
        .         .         PUNCT .   9 punct
    """)
    speaking = build("""
        Speaking  speak     VERB  VBG 9 advcl
        to        to        ADP   IN  0 prep
        "         "         PUNCT ``  5 punct nospace
        CBS       CBS       PROPN NNP 5 compound B-ORG
        This      this      DET   DT  5 det
        Morning   Morning   PROPN NNP 1 pobj nospace
        ,         ,         PUNCT ,   9 punct nospace
        "         "         PUNCT ''  9 punct
        Rubio     Rubio     PROPN NNP 9 nsubj B-PERSON
        left      leave     VERB  VBD 9 ROOT nospace
        .         .         PUNCT .   9 punct
    """)
    assert [find_quotes(doc, find_actors(doc, gazetteer)) for doc in (known, speaking)] == [(), ()]


def test_a_stance_object_verb_reports_its_object(gazetteer):
    quote, actors = _only_quote("""
        Clinton     Clinton     PROPN NNP 1 nsubj  B-PERSON
        sought      seek        VERB  VBD 1 ROOT
        the         the         DET   DT  3 det
        nomination  nomination  NOUN  NN  1 dobj   nospace
        .           .           PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "sought", "the nomination")
    assert actors.actor(quote.speaker.actor).name == "Clinton"


def test_a_stance_object_verb_in_the_passive_without_agent_reports_nothing(gazetteer):
    doc = build("""
        Clinton     Clinton     PROPN NNP 2 nsubjpass  B-PERSON
        was         be          AUX   VBD 2 auxpass
        named       name        VERB  VBN 2 ROOT
        the         the         DET   DT  4 det
        nominee     nominee     NOUN  NN  2 oprd   nospace
        .           .           PUNCT .   2 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_stance_object_verb_is_no_cue_for_a_quotation_alone():
    from newsgraph.quotes import default_cues
    doc = build("""
        Clinton  Clinton  PROPN NNP 1 nsubj  B-PERSON
        offered  offer    VERB  VBD 1 ROOT
        help     help     NOUN  NN  1 dobj
    """)
    cues = default_cues()
    assert cues.reports_object(doc[1]) and not cues.is_reporting_verb(doc[1], quoted=True)


def test_an_adjective_of_view_reports_what_its_preposition_takes(gazetteer):
    quote, actors = _only_quote("""
        Sanders   Sanders   PROPN NNP 1 nsubj  B-PERSON
        was       be        AUX   VBD 1 ROOT
        critical  critical  ADJ   JJ  1 acomp
        of        of        ADP   IN  2 prep
        the       the       DET   DT  5 det
        deal      deal      NOUN  NN  3 pobj   nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "critical", "the deal")
    assert actors.actor(quote.speaker.actor).name == "Sanders"


def test_an_adjective_not_of_view_or_without_a_complement_reports_nothing(gazetteer):
    for adjective in ("likely", "critical"):
        doc = build(f"""
            Sanders     Sanders     PROPN NNP 1 nsubj  B-PERSON
            was         be          AUX   VBD 1 ROOT
            {adjective} {adjective} ADJ   JJ  1 acomp  nospace
            .           .           PUNCT .   1 punct
        """)
        assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_second_that_clause_hung_on_the_cue_is_part_of_what_it_reports(gazetteer):
    quote = _only_quote("""
        Ward       Ward       PROPN NNP 1  nsubj  B-PERSON
        predicted  predict    VERB  VBD 1  ROOT
        that       that       SCONJ IN  5  mark
        wages      wage       NOUN  NNS 5  nsubj
        would      would      AUX   MD  5  aux
        fall       fall       VERB  VB  1  ccomp  nospace
        ,          ,          PUNCT ,   1  punct
        but        but        CCONJ CC  1  cc
        that       that       SCONJ IN  11 mark
        pay        pay        NOUN  NN  11 nsubj
        would      would      AUX   MD  11 aux
        rise       rise       VERB  VB  1  conj   nospace
        .          .          PUNCT .   1  punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == ("predicted", "that wages would fall, but that pay would rise")


def test_any_verb_of_a_speaker_with_a_that_clause_reports_it(gazetteer):
    quote, actors = _only_quote("""
        Clinton   Clinton   PROPN NNP 1 nsubj  B-PERSON
        figured   figure    VERB  VBD 1 ROOT
        that      that      SCONJ IN  5 mark
        voters    voter     NOUN  NNS 5 nsubj
        would     would     AUX   MD  5 aux
        return    return    VERB  VB  1 ccomp  nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("indirect", "figured", "that voters would return")
    assert actors.actor(quote.speaker.actor).name == "Clinton"


def test_a_that_clause_of_a_verb_whose_subject_speaks_for_no_one_is_no_report(gazetteer):
    doc = build("""
        The       the       DET   DT  1 det
        rule      rule      NOUN  NN  2 nsubj
        meant     mean      VERB  VBD 2 ROOT
        that      that      SCONJ IN  6 mark
        voters    voter     NOUN  NNS 6 nsubj
        would     would     AUX   MD  6 aux
        return    return    VERB  VB  2 ccomp  nospace
        .         .         PUNCT .   2 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_any_adjective_of_a_speaker_with_a_that_clause_reports_it(gazetteer):
    quote = _only_quote("""
        Ward      Ward      PROPN NNP 1 nsubj  B-PERSON
        was       be        AUX   VBD 1 ROOT
        emphatic  emphatic  ADJ   JJ  1 acomp
        that      that      SCONJ IN  5 mark
        we        we        PRON  PRP 5 nsubj
        won       win       VERB  VBD 2 ccomp  nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)[0]
    assert (quote.cue.text, quote.content[0].text) == ("emphatic", "that we won")


def test_a_possessors_decision_to_act_and_attacks_on_someone_are_their_stance(gazetteer):
    doc = build("""
        Trump      Trump      PROPN NNP 2 poss   B-PERSON
        's         's         PART  POS 0 case
        attacks    attack     NOUN  NNS 5 nsubj
        on         on         ADP   IN  2 prep
        Clinton    Clinton    PROPN NNP 3 pobj   B-PERSON
        continued  continue   VERB  VBD 5 ROOT   O nospace
        ;          ;          PUNCT :   5 punct
        his        his        PRON  PRP$ 8 poss
        decision   decision   NOUN  NN  11 nsubj
        to         to         PART  TO  10 aux
        quit       quit       VERB  VB  8 acl
        stunned    stun       VERB  VBD 5 conj
        aides      aide       NOUN  NNS 11 dobj  O nospace
        .          .          PUNCT .   5 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    by_cue = {q.cue.text: q.content[0].text for q in quotes}
    assert by_cue["attacks"] == "Clinton" and by_cue["decision"] == "to quit"


def test_a_second_clause_hung_on_the_cue_is_part_of_what_it_reports(gazetteer):
    # "should the opportunity present itself" is the reported clause's condition, though the parser
    # makes it a second clause of "said"
    quote = _only_quote("""
        Bolton      Bolton      PROPN NNP 1  nsubj  B-PERSON
        said        say         VERB  VBD 1  ROOT
        he          he          PRON  PRP 5  nsubjpass
        would       would       AUX   MD  5  aux
        be          be          AUX   VB  5  auxpass
        honored     honor       VERB  VBN 1  ccomp
        to          to          PART  TO  7  aux
        serve       serve       VERB  VB  5  xcomp
        should      should      AUX   MD  11 aux
        the         the         DET   DT  10 det
        opportunity opportunity NOUN  NN  11 nsubj
        present     present     VERB  VB  1  ccomp
        itself      itself      PRON  PRP 11 npadvmod nospace
        .           .           PUNCT .   1  punct
    """, gazetteer)[0]
    assert quote.content[0].text == "he would be honored to serve should the opportunity present itself"


def test_a_later_report_hung_on_the_cue_is_not_part_of_what_it_reports(gazetteer):
    doc = build("""
        Officials  official   NOUN  NNS 1  nsubj
        said       say        VERB  VBD 1  ROOT
        homes      home       NOUN  NNS 4  nsubjpass
        were       be         AUX   VBD 4  auxpass
        destroyed  destroy    VERB  VBN 1  ccomp  nospace
        ,          ,          PUNCT ,   1  punct
        Reuters    Reuters    PROPN NNP 6  nsubj  B-ORG
        reported   report     VERB  VBD 1  ccomp  nospace
        .          .          PUNCT .   1  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    said = next(q for q in quotes if q.cue.text == "said")
    assert [c.text for c in said.content] == ["homes were destroyed"]


def test_a_verb_going_on_from_the_reported_clause_without_a_subject_is_part_of_it(gazetteer):
    # "and then would continue ...": a modal verb with no subject of its own goes on with what is
    # said (she would continue), however the parser hangs it
    quote = _only_quote("""
        Gedrich   Gedrich   PROPN NNP 1  nsubj  B-PERSON
        said      say       VERB  VBD 1  ROOT
        she       she       PRON  PRP 3  nsubj
        hoped     hope      VERB  VBD 1  ccomp
        to        to        PART  TO  5  aux
        return    return    VERB  VB  3  xcomp  nospace
        ,         ,         PUNCT ,   1  punct
        and       and       CCONJ CC  1  cc
        would     would     AUX   MD  9  aux
        continue  continue  VERB  VB  1  conj
        to        to        PART  TO  11 aux
        post      post      VERB  VB  9  xcomp  nospace
        .         .         PUNCT .   1  punct
    """, gazetteer)[0]
    assert quote.content[0].text == "she hoped to return, and would continue to post"


def test_the_outlet_a_statement_was_read_on_relays_it(gazetteer):
    quote, actors = _only_quote("""
        The         the         DET   DT  1  det
        junta       junta       NOUN  NN  2  nsubj
        said        say         VERB  VBD 2  ROOT
        in          in          ADP   IN  2  prep
        a           a           DET   DT  5  det
        statement   statement   NOUN  NN  3  pobj
        read        read        VERB  VBN 5  acl
        on          on          ADP   IN  6  prep
        national    national    ADJ   JJ  9  amod
        television  television  NOUN  NN  7  pobj
        that        that        SCONJ IN  14 mark
        elections   election    NOUN  NNS 14 nsubjpass
        would       would       AUX   MD  14 aux
        be          be          AUX   VB  14 auxpass
        held        hold        VERB  VBN 2  ccomp  nospace
        .           .           PUNCT .   2  punct
    """, gazetteer)
    assert quote.content[0].text == "that elections would be held"
    assert [actors.actor(a).name for a in quote.via] == ["national television"]


def test_a_programme_title_in_marks_is_no_quotation(gazetteer):
    # On NBC's "Meet the Press," Ryan said taxes would fall . (the title is no one's words)
    doc = build("""
        On        on        ADP   IN  10 prep
        NBC       NBC       PROPN NNP 6  poss   B-ORG  nospace
        's        's        PART  POS 1  case
        "         "         PUNCT ``  6  punct  O nospace
        Meet      Meet      PROPN NNP 6  compound
        the       the       DET   DT  6  det
        Press     Press     PROPN NNP 10 dep    O nospace
        ,         ,         PUNCT ,   10 punct  O nospace
        "         "         PUNCT ''  10 punct
        Ryan      Ryan      PROPN NNP 10 nsubj  B-PERSON
        said      say       VERB  VBD 10 ROOT
        taxes     tax       NOUN  NNS 13 nsubj
        would     would     AUX   MD  13 aux
        fall      fall      VERB  VB  10 ccomp  O nospace
        .         .         PUNCT .   10 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.kind, q.content[0].text) for q in quotes] == [("indirect", "taxes would fall")]


@pytest.mark.parametrize("answer, pos, tag, dep", [("so", "ADV", "RB", "advmod"), ("yes", "INTJ", "UH", "intj"),
                                                   ("no", "INTJ", "UH", "intj")])
def test_a_one_word_answer_is_what_was_said(gazetteer, answer, pos, tag, dep):
    # Most voters said so / yes / no . (a poll's answer)
    doc = build(f"""
        Most      most      ADJ   JJS 1 amod
        voters    voter     NOUN  NNS 2 nsubj
        said      say       VERB  VBD 2 ROOT
        {answer}  {answer}  {pos} {tag} 2 {dep}  O nospace
        .         .         PUNCT .   2 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.cue.text, quote.content[0].text) == ("said", answer)


def test_a_clause_closed_by_a_colon_leads_into_its_subjects_quotation(gazetteer):
    # Trump went further: "We will win." (no reporting verb: the colon leads in)
    doc = build("""
        Trump    Trump    PROPN NNP 1 nsubj  B-PERSON
        went     go       VERB  VBD 1 ROOT
        further  far      ADV   RBR 1 advmod O nospace
        :        :        PUNCT :   1 punct
        "        "        PUNCT ``  7 punct  O nospace
        We       we       PRON  PRP 7 nsubj
        will     will     AUX   MD  7 aux
        win      win      VERB  VB  1 ccomp  O nospace
        .        .        PUNCT .   7 punct  O nospace
        "        "        PUNCT ''  1 punct
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    assert (quote.kind, quote.cue.text, quote.content[0].text) == ("direct", ":", "We will win.")
    assert actors.actor(quote.speaker.actor).name == "Trump"


def test_in_someones_view_sets_their_view_on_the_clause(gazetteer):
    # In Ward's view, the deal failed .
    doc = build("""
        In      in      ADP   IN  6 prep
        Ward    Ward    PROPN NNP 3 poss   B-PERSON nospace
        's      's      PART  POS 1 case
        view    view    NOUN  NN  0 pobj   O nospace
        ,       ,       PUNCT ,   6 punct
        deal    deal    NOUN  NN  6 nsubj
        failed  fail    VERB  VBD 6 ROOT   O nospace
        .       .       PUNCT .   6 punct
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    assert quote.content[0].text == "deal failed" and actors.actor(quote.speaker.actor).name == "Ward"


def test_whom_a_letter_was_written_to_is_its_addressee(gazetteer):
    # In a letter to lawmakers , Ward wrote taxes would fall .
    doc = build("""
        In        in        ADP   IN  7 prep
        a         a         DET   DT  2 det
        letter    letter    NOUN  NN  0 pobj
        to        to        ADP   IN  2 prep
        lawmakers lawmaker  NOUN  NNS 3 pobj  O nospace
        ,         ,         PUNCT ,   7 punct
        Ward      Ward      PROPN NNP 7 nsubj B-PERSON
        wrote     write     VERB  VBD 7 ROOT
        taxes     tax       NOUN  NNS 10 nsubj
        would     would     AUX   MD  10 aux
        fall      fall      VERB  VB  7 ccomp O nospace
        .         .         PUNCT .   7 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert quote.addressee.span.text == "lawmakers"


def test_the_subject_of_what_is_said_is_no_inverted_speaker(gazetteer):
    # Speaking to reporters , Vieira said Brazil would stay . (parsed with Vieira hung elsewhere)
    doc = build("""
        Speaking  speak     VERB  VBG 6 advcl
        to        to        ADP   IN  0 prep
        reporters reporter  NOUN  NNS 1 pobj  O nospace
        ,         ,         PUNCT ,   2 punct
        Mauro     Mauro     PROPN NNP 5 compound B-PERSON
        Vieira    Vieira    PROPN NNP 2 appos    I-PERSON
        said      say       VERB  VBD 6 ROOT
        Brazil    Brazil    PROPN NNP 9 nsubj  B-GPE
        would     would     AUX   MD  9 aux
        stay      stay      VERB  VB  6 ccomp  O nospace
        .         .         PUNCT .   6 punct
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    assert quote.speaker is None or actors.actor(quote.speaker.actor).name != "Brazil"


def test_a_name_after_a_closing_said_is_its_speaker_whatever_clause_the_parser_gave_it(gazetteer):
    # "We will win," said surgeon Ben Carson, asked about it. (parsed with Carson as the subject of "asked")
    doc = build("""
        "         "         PUNCT ``  4 punct nospace
        We        we        PRON  PRP 3 nsubj
        will      will      AUX   MD  3 aux
        win       win       VERB  VB  6 ccomp nospace
        ,         ,         PUNCT ,   6 punct nospace
        "         "         PUNCT ''  6 punct
        said      say       VERB  VBD 6 ROOT
        surgeon   surgeon   NOUN  NN  9 compound
        Ben       Ben       PROPN NNP 9 compound B-PERSON
        Carson    Carson    PROPN NNP 11 nsubj   I-PERSON nospace
        ,         ,         PUNCT ,   9 punct
        asked     ask       VERB  VBD 6 ccomp
        about     about     ADP   IN  11 prep
        it        it        PRON  PRP 12 pobj nospace
        .         .         PUNCT .   6 punct
    """)
    actors = find_actors(doc, gazetteer)
    quote = next(q for q in find_quotes(doc, actors) if q.kind == "direct")
    assert quote.speaker is not None and actors.actor(quote.speaker.actor).name == "Ben Carson"


def test_a_second_that_clause_whose_verb_reports_is_still_what_is_said(gazetteer):
    # Sanders said that NAFTA was good and that the Chamber thinks jobs rely on trade.
    doc = build("""
        Sanders  Sanders  PROPN NNP 1  nsubj B-PERSON
        said     say      VERB  VBD 1  ROOT
        that     that     SCONJ IN  4  mark
        NAFTA    NAFTA    PROPN NNP 4  nsubj B-ORG
        was      be       AUX   VBD 1  ccomp
        good     good     ADJ   JJ  4  acomp
        and      and      CCONJ CC  4  cc
        that     that     SCONJ IN  10 mark
        the      the      DET   DT  9  det
        Chamber  Chamber  PROPN NNP 10 nsubj B-ORG
        thinks   think    VERB  VBZ 4  conj
        jobs     job      NOUN  NNS 12 nsubj
        rely     rely     VERB  VBP 10 ccomp
        on       on       ADP   IN  12 prep
        trade    trade    NOUN  NN  13 pobj nospace
        .        .        PUNCT .   1  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    said = next(q for q in quotes if q.cue.text == "said")
    assert [c.text for c in said.content] == ["that NAFTA was good and that the Chamber thinks jobs rely on trade"]


def test_a_name_set_off_before_a_verb_parsed_as_qualifying_it_is_the_speaker(gazetteer):
    # Bill de Blasio , speaking , called Trump a "blowhard" , and said it . (parsed with "called"
    # a participle on the name)
    doc = build("""
        Bill      Bill      PROPN NNP 2  compound B-PERSON
        de        de        PROPN NNP 2  compound I-PERSON
        Blasio    Blasio    PROPN NNP 15 nsubj    I-PERSON nospace
        ,         ,         PUNCT ,   2  punct
        speaking  speak     VERB  VBG 2  acl nospace
        ,         ,         PUNCT ,   2  punct
        called    call      VERB  VBN 2  acl
        Trump     Trump     PROPN NNP 6  oprd     B-PERSON
        a         a         DET   DT  10 det
        "         "         PUNCT ``  10 punct nospace
        blowhard  blowhard  NOUN  NN  6  dobj nospace
        ,         ,         PUNCT ,   2  punct nospace
        "         "         PUNCT ''  2  punct
        and       and       CCONJ CC  2  cc
        then      then      ADV   RB  15 advmod
        said      say       VERB  VBD 15 ROOT
        it        it        PRON  PRP 15 dobj nospace
        .         .         PUNCT .   15 punct
    """)
    actors = find_actors(doc, gazetteer)
    called = next(q for q in find_quotes(doc, actors) if q.cue.text == "called")
    assert called.speaker is not None and actors.actor(called.speaker.actor).name == "Bill de Blasio"
    assert called.via == ()


def test_a_cue_with_no_subject_to_reach_takes_the_speaker_just_before(gazetteer):
    # 'Smith said: "We won." Adding: "We will win again."': Smith adds it
    doc = build("""
        Smith   Smith  PROPN NNP 1  nsubj  B-PERSON
        said    say    VERB  VBD 1  ROOT   O nospace
        :       :      PUNCT :   1  punct
        "       "      PUNCT ``  5  punct  O nospace
        We      we     PRON  PRP 5  nsubj
        won     win    VERB  VBD 1  ccomp  O nospace
        .       .      PUNCT .   1  punct  O nospace
        "       "      PUNCT ''  1  punct
        Adding  add    VERB  VBG 8  ROOT   O nospace
        :       :      PUNCT :   8  punct
        "       "      PUNCT ``  13 punct  O nospace
        We      we     PRON  PRP 13 nsubj
        will    will   AUX   MD  13 aux
        win     win    VERB  VB  8  ccomp
        again   again  ADV   RB  13 advmod O nospace
        .       .      PUNCT .   8  punct  O nospace
        "       "      PUNCT ''  8  punct
    """)
    assert doc.text == 'Smith said: "We won." Adding: "We will win again."'
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.cue.text, q.speaker.span.text if q.speaker else None) for q in quotes] == [
        ("said", "Smith"), ("Adding", "Smith")]


def test_a_poll_named_after_its_clause_found_what_comes_before_it(gazetteer):
    # Clinton led by eight points in a Fox poll .
    doc = build("""
        Clinton  Clinton  PROPN NNP 1 nsubj  B-PERSON
        led      lead     VERB  VBD 1 ROOT
        by       by       ADP   IN  1 agent
        eight    eight    NUM   CD  4 nummod
        points   point    NOUN  NNS 2 pobj
        in       in       ADP   IN  1 prep
        a        a        DET   DT  8 det
        Fox      Fox      PROPN NNP 8 compound B-ORG
        poll     poll     NOUN  NN  5 pobj   O nospace
        .        .        PUNCT .   1 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.cue.text, quote.speaker.span.text, quote.content[0].text) == (
        "in", "a Fox poll", "Clinton led by eight points")


def test_in_the_polls_after_a_clause_is_no_finding(gazetteer):
    # Clinton rose in the polls . (PolNeAR's annotators mostly mark no attribution here)
    doc = build("""
        Clinton  Clinton  PROPN NNP 1 nsubj  B-PERSON
        rose     rise     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        the      the      DET   DT  4 det
        polls    poll     NOUN  NNS 2 pobj   O nospace
        .        .        PUNCT .   1 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_a_predicate_hung_on_the_verb_after_its_object_is_what_it_says_of_it(gazetteer):
    # Ward's polls show the senator more likely to win . (parsed with "likely" a clause of "show")
    doc = build("""
        Ward     Ward     PROPN NNP 2 poss   B-PERSON nospace
        's       's       PART  POS 0 case
        polls    poll     NOUN  NNS 3 nsubj
        show     show     VERB  VBP 3 ROOT
        the      the      DET   DT  5 det
        senator  senator  NOUN  NN  3 dobj
        more     more     ADV   RBR 7 advmod
        likely   likely   ADJ   JJ  3 ccomp
        to       to       PART  TO  9 aux
        win      win      VERB  VB  7 xcomp  O nospace
        .        .        PUNCT .   3 punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.cue.text, q.content[0].text) for q in quotes] == [("show", "the senator more likely to win")]


# "The ferry was late", parsed as a clause of the reporting verb after it (token 6)
LATE_FERRY = """
        The        the        DET   DT  1  det
        ferry      ferry      NOUN  NN  2  nsubj
        was        be         AUX   VBD 6  ccomp
        late       late       ADJ   JJ  2  acomp"""


def test_a_clause_before_the_cue_across_a_semicolon_is_not_what_it_says(gazetteer):
    # The ferry was late ; Halvorsen insists the crew did nothing wrong . (parsed with both
    # clauses hung on "insists")
    doc = build(LATE_FERRY + """
        ;          ;          PUNCT :   6  punct
        Halvorsen  Halvorsen  PROPN NNP 6  nsubj  B-PERSON
        insists    insist     VERB  VBZ 6  ROOT
        the        the        DET   DT  8  det
        crew       crew       NOUN  NN  9  nsubj
        did        do         VERB  VBD 6  ccomp
        nothing    nothing    PRON  NN  9  dobj
        wrong      wrong      ADJ   JJ  10 amod   O nospace
        .          .          PUNCT .   6  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.cue.text, q.speaker.span.text, q.content[0].text) for q in quotes] == [
        ("insists", "Halvorsen", "the crew did nothing wrong")]


def test_a_relative_pronoun_fronted_before_the_cue_is_said_without_its_speaker(gazetteer):
    # Boats sailed past a buoy which Halvorsen has vowed to remove . ("which" hangs on "remove")
    doc = build("""
        Boats      boat       NOUN  NNS 1  nsubj
        sailed     sail       VERB  VBD 1  ROOT
        past       past       ADP   IN  1  prep
        a          a          DET   DT  4  det
        buoy       buoy       NOUN  NN  2  pobj
        which      which      PRON  WDT 10 dobj
        Halvorsen  Halvorsen  PROPN NNP 8  nsubj  B-PERSON
        has        have       AUX   VBZ 8  aux
        vowed      vow        VERB  VBN 4  relcl
        to         to         PART  TO  10 aux
        remove     remove     VERB  VB  8  xcomp  O nospace
        .          .          PUNCT .   1  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.cue.text, q.speaker.span.text, [c.text for c in q.content]) for q in quotes] == [
        ("vowed", "Halvorsen", ["which", "to remove"])]


def test_a_clause_opened_by_the_cues_preposition_is_what_it_calls_for(gazetteer):
    # Halvorsen called for the port to be closed . (parsed with "for" the subordinator of "closed")
    quote, _ = _only_quote("""
        Halvorsen  Halvorsen  PROPN NNP 1 nsubj     B-PERSON
        called     call       VERB  VBD 1 ROOT
        for        for        SCONJ IN  7 mark
        the        the        DET   DT  4 det
        port       port       NOUN  NN  7 nsubjpass
        to         to         PART  TO  7 aux
        be         be         AUX   VB  7 auxpass
        closed     close      VERB  VBN 1 advcl     O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert (quote.cue.text, quote.content[0].text) == ("called", "the port to be closed")


def test_a_described_speaker_relayed_by_according_to_keeps_their_own_report(gazetteer):
    # According to people close to the family , the sculptor told friends she was exhausted .
    doc = build("""
        According  accord     VERB  VBG 10 prep
        to         to         ADP   IN  0  prep
        people     people     NOUN  NNS 1  pobj
        close      close      ADJ   JJ  2  amod
        to         to         ADP   IN  3  prep
        the        the        DET   DT  6  det
        family     family     NOUN  NN  4  pobj   O nospace
        ,          ,          PUNCT ,   10 punct
        the        the        DET   DT  9  det
        sculptor   sculptor   NOUN  NN  10 nsubj
        told       tell       VERB  VBD 10 ROOT
        friends    friend     NOUN  NNS 10 dobj
        she        she        PRON  PRP 14 nsubjpass
        was        be         AUX   VBD 14 auxpass
        exhausted  exhaust    VERB  VBN 10 ccomp  O nospace
        .          .          PUNCT .   10 punct
    """)
    actors = find_actors(doc, gazetteer)
    told = [q for q in find_quotes(doc, actors) if q.cue.text == "told"]
    assert [(q.speaker.span.text, q.content[0].text, [actors.actor(a).name for a in q.via]) for q in told] == [
        ("the sculptor", "she was exhausted", ["people"])]


def test_one_participant_is_a_source_that_relays_what_the_chairman_told(gazetteer):
    # According to one attendee , the chairman told staff the merger was off .
    doc = build("""
        According  accord     VERB  VBG 7  prep
        to         to         ADP   IN  0  prep
        one        one        NUM   CD  3  nummod
        attendee   attendee   NOUN  NN  1  pobj   O nospace
        ,          ,          PUNCT ,   7  punct
        the        the        DET   DT  6  det
        chairman   chairman   NOUN  NN  7  nsubj
        told       tell       VERB  VBD 7  ROOT
        staff      staff      NOUN  NN  7  dobj
        the        the        DET   DT  10 det
        merger     merger     NOUN  NN  11 nsubj
        was        be         AUX   VBD 7  ccomp
        off        off        ADV   RB  11 advmod O nospace
        .          .          PUNCT .   7  punct
    """)
    actors = find_actors(doc, gazetteer)
    told = [q for q in find_quotes(doc, actors) if q.cue.text == "told"]
    assert [(q.content[0].text, [actors.actor(a).name for a in q.via]) for q in told] == [
        ("the merger was off", ["one attendee"])]


def test_a_persons_office_is_a_body_with_the_persons_sector(gazetteer):
    # The ferry sank near the pier , according to the governor 's office .
    doc = build("""
        The        the        DET   DT  1  det
        ferry      ferry      NOUN  NN  2  nsubj
        sank       sink       VERB  VBD 2  ROOT
        near       near       ADP   IN  2  prep
        the        the        DET   DT  5  det
        pier       pier       NOUN  NN  3  pobj   O nospace
        ,          ,          PUNCT ,   2  punct
        according  accord     VERB  VBG 2  prep
        to         to         ADP   IN  7  prep
        the        the        DET   DT  10 det
        governor   governor   NOUN  NN  12 poss   O nospace
        's         's         PART  POS 10 case
        office     office     NOUN  NN  8  pobj   O nospace
        .          .          PUNCT .   2  punct
    """)
    actors = find_actors(doc, gazetteer)
    (quote,) = find_quotes(doc, actors)
    office = actors.actor(quote.speaker.actor)
    assert (quote.speaker.span.text, office.name, office.kind, office.sector) == (
        "the governor's office", "governor's office", "organisation", "GOV")


def test_a_that_clause_hung_on_whom_the_cue_tells_is_what_it_tells_them(gazetteer):
    # Halvorsen assured the crew that they would be paid . (parsed as a relative clause of "crew",
    # though its "that" opens it rather than standing in it)
    quote, _ = _only_quote("""
        Halvorsen  Halvorsen  PROPN NNP 1 nsubj     B-PERSON
        assured    assure     VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        crew       crew       NOUN  NN  1 dobj
        that       that       SCONJ IN  8 mark
        they       they       PRON  PRP 8 nsubjpass
        would      would      AUX   MD  8 aux
        be         be         AUX   VB  8 auxpass
        paid       pay        VERB  VBN 3 relcl     O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert (quote.cue.text, quote.content[0].text) == ("assured", "that they would be paid")


def test_a_that_clause_hung_as_a_clause_of_whom_the_cue_tells_is_what_it_tells_them(gazetteer):
    # Rangers warned hikers that the trail would close . (parsed with "close" a clause of "hikers")
    quote, _ = _only_quote("""
        Rangers    ranger     NOUN  NNS 1 nsubj
        warned     warn       VERB  VBD 1 ROOT
        hikers     hiker      NOUN  NNS 1 dobj
        that       that       SCONJ IN  7 mark
        the        the        DET   DT  5 det
        trail      trail      NOUN  NN  7 nsubj
        would      would      AUX   MD  7 aux
        close      close      VERB  VB  2 acl       O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert (quote.cue.text, quote.content[0].text) == ("warned", "that the trail would close")


def test_according_to_after_a_closing_mark_and_its_comma_is_the_source_of_the_sentence(gazetteer):
    # Halvorsen warned the crew that the port was "closed," according to officials . (parsed with
    # "according" hung on what is said, after the comma inside the closing mark)
    doc = build("""
        Halvorsen  Halvorsen  PROPN NNP 1  nsubj     B-PERSON
        warned     warn       VERB  VBD 1  ROOT
        the        the        DET   DT  3  det
        crew       crew       NOUN  NN  1  dobj
        that       that       SCONJ IN  9  mark
        the        the        DET   DT  6  det
        port       port       NOUN  NN  9  nsubjpass
        was        be         AUX   VBD 9  auxpass
        "          "          PUNCT ``  9  punct     O nospace
        closed     closed     ADJ   JJ  1  ccomp     O nospace
        ,          ,          PUNCT ,   9  punct     O nospace
        "          "          PUNCT ''  9  punct
        according  accord     VERB  VBG 9  prep
        to         to         ADP   IN  12 prep
        officials  official   NOUN  NNS 13 pobj      O nospace
        .          .          PUNCT .   1  punct
    """)
    actors = find_actors(doc, gazetteer)
    warned = [q for q in find_quotes(doc, actors) if q.cue.text == "warned"]
    assert [(q.content[0].text, [actors.actor(a).name for a in q.via]) for q in warned] == [
        ('that the port was "closed', ["officials"])]


def test_a_participle_on_a_reported_clause_about_a_thing_is_the_reporters(gazetteer):
    # Ortiz argued that a new bridge would ease traffic , saying the old one was failing .
    doc = build("""
        Ortiz      Ortiz      PROPN NNP 1  nsubj   B-PERSON
        argued     argue      VERB  VBD 1  ROOT
        that       that       SCONJ IN  7  mark
        a          a          DET   DT  5  det
        new        new        ADJ   JJ  5  amod
        bridge     bridge     NOUN  NN  7  nsubj
        would      would      AUX   MD  7  aux
        ease       ease       VERB  VB  1  ccomp
        traffic    traffic    NOUN  NN  7  dobj    O nospace
        ,          ,          PUNCT ,   7  punct
        saying     say        VERB  VBG 7  advcl
        the        the        DET   DT  13 det
        old        old        ADJ   JJ  13 amod
        one        one        NOUN  NN  15 nsubj
        was        be         AUX   VBD 15 aux
        failing    fail       VERB  VBG 10 ccomp   O nospace
        .          .          PUNCT .   1  punct
    """)
    actors = find_actors(doc, gazetteer)
    saying = next(q for q in find_quotes(doc, actors) if q.cue.text == "saying")
    assert saying.content[0].text == "the old one was failing"
    assert actors.actor(saying.speaker.actor).name == "Ortiz"


def test_a_reported_object_ends_before_an_according_to_set_off_after_it(gazetteer):
    # Halvorsen promised the crew a bonus , according to officials .
    doc = build("""
        Halvorsen  Halvorsen  PROPN NNP 1  nsubj   B-PERSON
        promised   promise    VERB  VBD 1  ROOT
        the        the        DET   DT  3  det
        crew       crew       NOUN  NN  1  dative
        a          a          DET   DT  5  det
        bonus      bonus      NOUN  NN  1  dobj    O nospace
        ,          ,          PUNCT ,   1  punct
        according  accord     VERB  VBG 1  prep
        to         to         ADP   IN  7  prep
        officials  official   NOUN  NNS 8  pobj    O nospace
        .          .          PUNCT .   1  punct
    """)
    actors = find_actors(doc, gazetteer)
    promised = [q for q in find_quotes(doc, actors) if q.cue.text == "promised"]
    assert [(q.content[0].text, [actors.actor(a).name for a in q.via]) for q in promised] == [
        ("a bonus", ["officials"])]


def test_a_clause_before_the_cue_across_a_colon_leaves_the_cue_its_object(gazetteer):
    # The ferry was late : Halvorsen blamed the crew . (parsed with "was" a clause of "blamed")
    doc = build(LATE_FERRY + """
        :          :          PUNCT :   6  punct
        Halvorsen  Halvorsen  PROPN NNP 6  nsubj  B-PERSON
        blamed     blame      VERB  VBD 6  ROOT
        the        the        DET   DT  8  det
        crew       crew       NOUN  NN  6  dobj   O nospace
        .          .          PUNCT .   6  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.cue.text, q.content[0].text) for q in quotes] == [("blamed", "the crew")]


def test_a_quotation_under_an_adding_participle_is_its_own_beside_the_report_above(gazetteer):
    # Halvorsen denied the claim , adding that the crew was " exhausted " .
    doc = build("""
        Halvorsen  Halvorsen  PROPN NNP 1  nsubj     B-PERSON
        denied     deny       VERB  VBD 1  ROOT
        the        the        DET   DT  3  det
        claim      claim      NOUN  NN  1  dobj      O nospace
        ,          ,          PUNCT ,   1  punct
        adding     add        VERB  VBG 1  advcl
        that       that       SCONJ IN  9  mark
        the        the        DET   DT  8  det
        crew       crew       NOUN  NN  9  nsubj
        was        be         AUX   VBD 5  ccomp
        "          "          PUNCT ``  10 punct     O nospace
        exhausted  exhausted  ADJ   JJ  9  acomp     O nospace
        "          "          PUNCT ''  10 punct     O nospace
        .          .          PUNCT .   1  punct
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert sorted((q.cue.text, q.content[0].text) for q in quotes) == [
        ("adding", 'that the crew was "exhausted'), ("denied", "the claim")]


def test_a_verb_without_a_subject_in_another_form_than_the_cue_goes_on_with_what_is_said(gazetteer):
    # Paul told reporters that polls were "way off," and have been unreliable . (the parser hung
    # "have been" on "told")
    doc = build("""
        Paul        Paul        PROPN NNP 1  nsubj  B-PERSON
        told        tell        VERB  VBD 1  ROOT
        reporters   reporter    NOUN  NNS 1  dobj
        that        that        SCONJ IN  5  mark
        polls       poll        NOUN  NNS 5  nsubj
        were        be          AUX   VBD 1  ccomp
        "           "           PUNCT ``  5  punct  O nospace
        way         way         NOUN  NN  8  npadvmod
        off         off         ADV   RB  5  advmod nospace
        ,           ,           PUNCT ,   1  punct  O nospace
        "           "           PUNCT ''  1  punct
        and         and         CCONJ CC  1  cc
        have        have        AUX   VBP 13 aux
        been        be          AUX   VBN 1  conj
        unreliable  unreliable  ADJ   JJ  13 acomp  O nospace
        .           .           PUNCT .   1  punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.kind, quote.content[-1].text[-len("unreliable"):]) == ("mixed", "unreliable")
    assert quote.content[0].text.startswith("that polls were")


def test_a_clause_the_parser_took_for_a_noun_before_a_closing_cue_is_what_it_says(gazetteer):
    # The plan a failure , analyst says . (a headline's verbless clause, parsed as a noun)
    doc = build("""
        The       the       DET   DT  1 det
        plan      plan      NOUN  NN  6 ccomp
        a         a         DET   DT  3 det
        failure   failure   NOUN  NN  1 appos  O nospace
        ,         ,         PUNCT ,   6 punct
        analyst   analyst   NOUN  NN  6 nsubj
        says      say       VERB  VBZ 6 ROOT   O nospace
        .         .         PUNCT .   6 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.kind, quote.content[0].text, quote.cue.text, quote.speaker.span.text) == (
        "indirect", "The plan a failure", "says", "analyst")


def test_a_label_before_a_colon_and_words_that_state_nothing_is_no_quote(gazetteer):
    # Clinton: 547. (a delegate count in a digest, not Clinton's words)
    doc = build("""
        Clinton  Clinton  PROPN NNP 0 ROOT   B-PERSON nospace
        :        :        PUNCT :   0 punct
        547      547      NUM   CD  0 appos  O nospace
        .        .        PUNCT .   0 punct
    """)
    assert find_quotes(doc, find_actors(doc, gazetteer)) == ()


def test_to_people_opening_a_clause_sets_their_view_on_it(gazetteer):
    # To voters , he is a provocateur .
    doc = build("""
        To           to           ADP   IN  4 prep
        voters       voter        NOUN  NNS 0 pobj   O nospace
        ,            ,            PUNCT ,   4 punct
        he           he           PRON  PRP 4 nsubj
        is           be           AUX   VBZ 4 ROOT
        a            a            DET   DT  6 det
        provocateur  provocateur  NOUN  NN  4 attr   O nospace
        .            .            PUNCT .   4 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.content[0].text, quote.cue.text, quote.speaker.span.text) == ("he is a provocateur", "To", "voters")


def test_whom_a_cue_calls_on_to_act_is_part_of_what_it_asks(gazetteer):
    # Clinton called on Sanders to do the same .
    doc = build("""
        Clinton  Clinton  PROPN NNP 1 nsubj  B-PERSON
        called   call     VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Sanders  Sanders  PROPN NNP 2 pobj   B-PERSON
        to       to       PART  TO  5 aux
        do       do       VERB  VB  1 xcomp
        the      the      DET   DT  7 det
        same     same     ADJ   JJ  5 dobj   O nospace
        .        .        PUNCT .   1 punct
    """)
    quote = next(q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue.text == "called")
    assert [c.text for c in quote.content] == ["Sanders to do the same"]


def test_a_pronoun_that_stands_for_someone_with_a_that_clause_holds_a_view(gazetteer):
    # She figured that the deal was dead . ("figure" is no cue of the lexicon's; "she" is no actor)
    doc = build("""
        She      she     PRON  PRP 1 nsubj
        figured  figure  VERB  VBD 1 ROOT
        that     that    SCONJ IN  5 mark
        the      the     DET   DT  4 det
        deal     deal    NOUN  NN  5 nsubj
        was      be      AUX   VBD 1 ccomp
        dead     dead    ADJ   JJ  5 acomp  O nospace
        .        .       PUNCT .   1 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert (quote.cue.text, quote.speaker.span.text) == ("figured", "She")
    assert quote.content[0].text.endswith("the deal was dead")


def test_a_speaker_the_parser_lost_in_an_aside_before_the_cue_opens_its_clause(gazetteer):
    # Jones, meanwhile, who runs the farm, said the harvest was poor . (the parser made "who runs
    # the farm" the cue's complement, with Jones its subject)
    doc = build("""
        Jones      Jones      PROPN NNP 5  nsubj  B-PERSON nospace
        ,          ,          PUNCT ,   5  punct
        meanwhile  meanwhile  ADV   RB  5  advmod nospace
        ,          ,          PUNCT ,   5  punct
        who        who        PRON  WP  5  nsubj
        runs       run        VERB  VBZ 9  ccomp
        the        the        DET   DT  7  det
        farm       farm       NOUN  NN  5  dobj   O nospace
        ,          ,          PUNCT ,   9  punct
        said       say        VERB  VBD 9  ROOT
        the        the        DET   DT  11 det
        harvest    harvest    NOUN  NN  12 nsubj
        was        be         AUX   VBD 9  ccomp
        poor       poor       ADJ   JJ  12 acomp  O nospace
        .          .          PUNCT .   9  punct
    """)
    quote = next(q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue.text == "said")
    assert quote.speaker is not None and quote.speaker.span.text == "Jones"


def test_whom_a_cue_names_by_its_preposition_before_as_is_part_of_what_it_calls_them(gazetteer):
    # Ward referred to the protesters as "thugs" .
    doc = build("""
        Ward        Ward       PROPN NNP   1 nsubj  B-PERSON
        referred    refer      VERB  VBD   1 ROOT
        to          to         ADP   IN    1 prep
        the         the        DET   DT    4 det
        protesters  protester  NOUN  NNS   2 pobj
        as          as         ADP   IN    1 prep
        "           "          PUNCT ``    7 punct  O nospace
        thugs       thug       NOUN  NNS   5 pobj   O nospace
        "           "          PUNCT ''    7 punct  O nospace
        .           .          PUNCT .     1 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert quote.kind == "mixed"
    assert [c.text for c in quote.content] == ['the protesters as "thugs"']


def test_a_second_verb_that_calls_something_something_ends_what_the_first_said(gazetteer):
    # Ward called it "silly" and called the deal "a mistake" .
    doc = build("""
        Ward     Ward     PROPN NNP 1  nsubj  B-PERSON
        called   call     VERB  VBD 1  ROOT
        it       it       PRON  PRP 1  dobj
        "        "        PUNCT ``  4  punct  O nospace
        silly    silly    ADJ   JJ  1  oprd   O nospace
        "        "        PUNCT ''  4  punct
        and      and      CCONJ CC  4  cc
        called   call     VERB  VBD 4  conj
        the      the      DET   DT  9  det
        deal     deal     NOUN  NN  7  dobj
        "        "        PUNCT ``  12 punct  O nospace
        a        a        DET   DT  12 det
        mistake  mistake  NOUN  NN  7  oprd   O nospace
        "        "        PUNCT ''  12 punct  O nospace
        .        .        PUNCT .   1  punct
    """)
    first = next(q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue.start == doc[1].idx)
    (content,) = first.content
    assert content.text.startswith('it "silly') and "deal" not in content.text


def test_who_is_named_right_after_an_asking_verb_that_follows_a_quotation_asks(gazetteer):
    # " Is it far ? " asked the girl .
    doc = build("""
        "      "      PUNCT ``  1 punct  O nospace
        Is     be     AUX   VBZ 6 ccomp
        it     it     PRON  PRP 1 nsubj
        far    far    ADV   RB  1 advmod O nospace
        ?      ?      PUNCT .   1 punct  O nospace
        "      "      PUNCT ''  6 punct
        asked  ask    VERB  VBD 6 ROOT
        the    the    DET   DT  8 det
        girl   girl   NOUN  NN  6 dobj   O nospace
        .      .      PUNCT .   6 punct
    """)
    (quote,) = find_quotes(doc, find_actors(doc, gazetteer))
    assert quote.speaker is not None and quote.speaker.span.text == "the girl"
    assert quote.addressee is None


def test_a_quote_no_actor_says_is_described_by_no_one():
    # 'One message, ..., said: "...," according to a letter from the chairman': the message is no
    # party, and deciding whether its relayed quote is an aside must not fail on it (a PolNeAR train
    # article ended a corpus run's article in an error here)
    from newsgraph.quotes.extract import _described_party
    assert _described_party(None) is False


def test_a_clause_joined_in_the_cues_tense_with_a_pronoun_subject_is_the_writers(gazetteer):
    # Rubio said the real extremist is Clinton, and he railed against the moderators.
    doc = build("""
        Rubio      Rubio      PROPN NNP  1 nsubj B-PERSON
        said       say        VERB  VBD  1 ROOT
        the        the        DET   DT   4 det
        real       real       ADJ   JJ   4 amod
        extremist  extremist  NOUN  NN   5 nsubj
        is         be         AUX   VBZ  1 ccomp
        Clinton    Clinton    PROPN NNP  5 attr B-PERSON
        ,          ,          PUNCT ,    5 punct
        and        and        CCONJ CC   5 cc
        he         he         PRON  PRP  10 nsubj
        railed     rail       VERB  VBD  5 conj
        against    against    ADP   IN   10 prep
        the        the        DET   DT   13 det
        moderators moderator  NOUN  NNS  11 pobj O nospace
        .          .          PUNCT .    1 punct
    """)
    said = next(q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue.text == "said")
    assert [c.text for c in said.content] == ["the real extremist is Clinton"]


def test_a_contrasting_report_set_after_what_is_said_is_the_writers(gazetteer):
    # Half of voters say they prefer an outsider, while many want experience.
    doc = build("""
        Half       half       NOUN  NN   3 nsubj
        of         of         ADP   IN   0 prep
        voters     voter      NOUN  NNS  1 pobj
        say        say        VERB  VBP  3 ROOT
        they       they       PRON  PRP  5 nsubj
        prefer     prefer     VERB  VBP  3 ccomp
        an         an         DET   DT   7 det
        outsider   outsider   NOUN  NN   5 dobj O nospace
        ,          ,          PUNCT ,    5 punct
        while      while      SCONJ IN   11 mark
        many       many       ADJ   JJ   11 nsubj
        want       want       VERB  VBP  5 advcl
        experience experience NOUN  NN   11 dobj O nospace
        .          .          PUNCT .    3 punct
    """)
    say = next(q for q in find_quotes(doc, find_actors(doc, gazetteer)) if q.cue.text == "say")
    assert [c.text for c in say.content] == ["they prefer an outsider"]


def test_a_labelled_paragraph_holds_its_speakers_reports_in_the_first_person(gazetteer):
    # Rubio: I still believe Trump cannot be trusted
    doc = build("""
        Rubio      Rubio      PROPN NNP  0 ROOT B-PERSON nospace
        :          :          PUNCT :    0 punct
        I          I          PRON  PRP  4 nsubj
        still      still      ADV   RB   4 advmod
        believe    believe    VERB  VBP  0 appos
        Trump      Trump      PROPN NNP  8 nsubjpass B-PERSON
        can        can        AUX   MD   8 aux
        not        not        PART  RB   8 neg
        be         be         AUX   VB   8 auxpass
        trusted    trust      VERB  VBN  4 ccomp
    """)
    quotes = find_quotes(doc, find_actors(doc, gazetteer))
    assert [(q.speaker.span.text, q.content[0].text) for q in quotes] == [
        ("Rubio", "I still believe Trump can not be trusted")]
