"""Reporting chains on hand-built parses: relayed speech, quotations inside quotations, informants.

Each Doc is written row by row (see tests/unit/docs.py), so these tests pin the mechanisms
without the trained model; tests/integration/test_quote_chains.py runs the same kinds through it.
"""

import pytest

from newsgraph.actors import find_actors
from newsgraph.quotes import find_quotes
from newsgraph.quotes.marks import inner_quotations
from tests.unit.docs import build


def _quotes(rows: str, gazetteer):
    doc = build(rows)
    actors = find_actors(doc, gazetteer)
    return find_quotes(doc, actors), actors


def _name(actors, actor_id):
    return actors.actor(actor_id).name if actor_id else None


def test_a_cited_source_speaks_and_the_reporter_relays(gazetteer):
    quotes, actors = _quotes("""
        Citing     cite       VERB  VBG 5 advcl
        two        two        NUM   CD  2 nummod
        diplomats  diplomat   NOUN  NNS 0 dobj   O nospace
        ,          ,          PUNCT ,   5 punct
        Reuters    Reuters    PROPN NNP 5 nsubj  B-ORG
        reported   report     VERB  VBD 5 ROOT
        that       that       SCONJ IN  9 mark
        talks      talk       NOUN  NNS 9 nsubj
        had        have       AUX   VBD 9 aux
        collapsed  collapse   VERB  VBN 5 ccomp  O nospace
        .          .          PUNCT .   5 punct
    """, gazetteer)
    (quote,) = quotes  # "citing two diplomats" is no statement of Reuters' own
    assert quote.content[0].text == "that talks had collapsed"
    assert quote.speaker.span.text == "two diplomats" and quote.speaker.actor is not None
    assert [_name(actors, v) for v in quote.via] == ["Reuters"]


def test_a_cited_thing_is_the_reporters_argument(gazetteer):
    quotes, actors = _quotes("""
        Smith      Smith      PROPN NNP 1 nsubj  B-PERSON
        said       say        VERB  VBD 1 ROOT
        growth     growth     NOUN  NN  3 nsubj
        slowed     slow       VERB  VBD 1 ccomp  O nospace
        ,          ,          PUNCT ,   1 punct
        citing     cite       VERB  VBG 1 advcl
        low        low        ADJ   JJ  7 amod
        exports    export     NOUN  NNS 5 dobj   O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    said = next(q for q in quotes if q.cue.text == "said")
    assert _name(actors, said.speaker.actor) == "Smith" and said.via == ()


def test_quoted_as_saying_by_an_agency(gazetteer):
    quotes, actors = _quotes("""
        Lavrov     Lavrov     PROPN NNP 2 nsubjpass B-PERSON
        was        be         AUX   VBD 2 auxpass
        quoted     quote      VERB  VBN 2 ROOT
        by         by         ADP   IN  2 agent
        Interfax   Interfax   PROPN NNP 3 pobj      B-ORG
        as         as         ADP   IN  2 prep
        saying     say        VERB  VBG 5 pcomp
        Moscow     Moscow     PROPN NNP 9 nsubj     B-GPE
        would      would      AUX   MD  9 aux
        respond    respond    VERB  VB  6 ccomp     O nospace
        .          .          PUNCT .   2 punct
    """, gazetteer)
    (quote,) = [q for q in quotes if q.cue.text == "saying"]
    assert _name(actors, quote.speaker.actor) == "Lavrov"
    assert [_name(actors, v) for v in quote.via] == ["Interfax"]
    # the agency's report does not stand as a statement about Lavrov
    assert not any(q.content[0].text == "Lavrov" for q in quotes)


def test_a_quotation_inside_a_quotation_is_relayed_by_its_speaker(gazetteer):
    quotes, actors = _quotes("""
        "          "          PUNCT ``  2 punct  O nospace
        Macron     Macron     PROPN NNP 2 nsubj  B-PERSON
        told       tell       VERB  VBD 11 ccomp
        me         I          PRON  PRP 2 dobj   O nospace
        :          :          PUNCT :   2 punct
        '          '          PUNCT ``  7 punct  O nospace
        Berlin     Berlin     PROPN NNP 7 nsubj  B-GPE
        abstains   abstain    VERB  VBZ 2 ccomp  O nospace
        '          '          PUNCT ''  7 punct  O nospace
        "          "          PUNCT ''  2 punct
        Smith      Smith      PROPN NNP 11 nsubj B-PERSON
        said       say        VERB  VBD 11 ROOT  O nospace
        .          .          PUNCT .   11 punct
    """, gazetteer)
    outer = next(q for q in quotes if q.cue.text == "said")
    inner = next(q for q in quotes if q.content[0].text == "Berlin abstains")
    assert _name(actors, outer.speaker.actor) == "Smith"
    assert _name(actors, inner.speaker.actor) == "Macron"
    assert inner.addressee.span.text == "me" and inner.addressee.actor == outer.speaker.actor
    assert [_name(actors, v) for v in inner.via] == ["Smith"]


def test_inner_quotation_marks_are_not_apostrophes():
    text = "Xi’s aides said: ‘We won’t go.’ Then 'the deal' died, the Smiths' lawyer said."
    assert [text[s:e] for s, e in inner_quotations(text, 0, len(text))] == ["We won’t go.", "the deal"]


def test_informants_are_actors_and_things_named_sources_are_not(gazetteer):
    doc = build("""
        Sources    source     NOUN  NNS 1 nsubj  O
        told       tell       VERB  VBD 1 ROOT
        reporters  reporter   NOUN  NNS 1 dobj
        energy     energy     NOUN  NN  4 compound
        sources    source     NOUN  NNS 5 nsubj
        ran        run        VERB  VBD 1 ccomp
        low        low        ADV   RB  5 advmod  O nospace
        .          .          PUNCT .   1 punct
    """)
    actors = find_actors(doc, gazetteer)
    assert actors.mention_at(0) is not None
    assert actors.mention_at(4) is None


def test_a_closing_frame_is_read_from_its_words_whatever_the_parse(gazetteer):
    # the parser took "Sky Sports reported" for an apposition of "talks" with a clause on it
    quotes, actors = _quotes("""
        Talks      talk       NOUN  NNS 1 nsubj
        collapsed  collapse   VERB  VBD 1 ROOT   O nospace
        ,          ,          PUNCT ,   1 punct
        Sky        Sky        PROPN NNP 4 compound B-ORG
        Sports     Sports     PROPN NNP 0 appos  I-ORG
        reported   report     VERB  VBD 4 acl
        on         on         ADP   IN  5 prep
        Friday     Friday     PROPN NNP 6 pobj   B-DATE nospace
        ,          ,          PUNCT ,   1 punct
        citing     cite       VERB  VBG 1 advcl
        club       club       NOUN  NN  11 compound
        sources    source     NOUN  NNS 9 dobj   O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    quote = next(q for q in quotes if q.content[0].text == "Talks collapsed")
    assert quote.speaker.span.text == "club sources"
    assert [_name(actors, v) for v in quote.via] == ["Sky Sports"]


def test_a_scene_set_before_a_closing_verb_is_not_what_it_reports(gazetteer):
    quotes, _ = _quotes("""
        After      after      SCONJ IN  2 mark
        talks      talk       NOUN  NNS 2 nsubj
        ended      end        VERB  VBD 5 advcl  O nospace
        ,          ,          PUNCT ,   5 punct
        Smith      Smith      PROPN NNP 5 nsubj  B-PERSON
        said       say        VERB  VBD 5 ROOT   O nospace
        .          .          PUNCT .   5 punct
    """, gazetteer)
    assert not any(q.content[0].text.startswith("After") for q in quotes)


def test_a_speaker_telling_of_their_own_words_names_whom_they_told(gazetteer):
    quotes, actors = _quotes("""
        Tusk       Tusk       PROPN NNP 1 nsubj  B-PERSON
        said       say        VERB  VBD 1 ROOT
        he         he         PRON  PRP 4 nsubj
        had        have       AUX   VBD 4 aux
        told       tell       VERB  VBN 1 ccomp
        Orbán      Orbán      PROPN NNP 4 dobj   B-PERSON
        that       that       SCONJ IN  9 mark
        Poland     Poland     PROPN NNP 9 nsubj  B-GPE
        would      would      AUX   MD  9 aux
        veto       veto       VERB  VB  4 ccomp
        it         it         PRON  PRP 9 dobj   O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    told = next(q for q in quotes if q.cue.text == "told")
    assert _name(actors, told.speaker.actor) == "Tusk" and told.addressee.span.text == "Orbán"
    assert told.via == () and "Poland would veto it" in told.content[0].text


def test_an_object_pronoun_is_not_its_verbs_subject_and_stands_for_who_relays_the_report(gazetteer):
    quotes, actors = _quotes("""
        residents  resident   NOUN  NNS 1 nsubj
        said       say        VERB  VBD 1 ROOT
        militants  militant   NOUN  NNS 4 nsubj
        had        have       AUX   VBD 4 aux
        warned     warn       VERB  VBN 1 ccomp
        them       they       PRON  PRP 4 dobj
        that       that       SCONJ IN  9 mark
        roads      road       NOUN  NNS 9 nsubj
        would      would      AUX   MD  9 aux
        close      close      VERB  VB  4 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    said = next(q for q in quotes if q.cue.text == "said")
    warned = next(q for q in quotes if q.cue.text == "warned")
    assert said.speaker.actor is not None and warned.addressee.actor == said.speaker.actor
    assert warned.via == (said.speaker.actor,)


def test_it_told_in_a_relayed_report_stands_for_the_outlet_that_relays_it(gazetteer):
    # "Reuters said an official had told it that talks failed."
    quotes, actors = _quotes("""
        Reuters    Reuters    PROPN NNP 1 nsubj  B-ORG
        said       say        VERB  VBD 1 ROOT
        an         an         DET   DT  3 det
        official   official   NOUN  NN  5 nsubj
        had        have       AUX   VBD 5 aux
        told       tell       VERB  VBN 1 ccomp
        it         it         PRON  PRP 5 dobj
        that       that       SCONJ IN  9 mark
        talks      talk       NOUN  NNS 9 nsubj
        failed     fail       VERB  VBD 5 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    told = next(q for q in quotes if q.cue.text == "told")
    assert told.addressee.span.text == "it" and _name(actors, told.addressee.actor) == "Reuters"
    assert [_name(actors, v) for v in told.via] == ["Reuters"]


def test_whom_a_speaker_turns_to_or_confesses_to_is_spoken_to(gazetteer):
    turned, _ = _quotes("""
        Smith      Smith      PROPN NNP 1 nsubj  B-PERSON
        turned     turn       VERB  VBD 1 ROOT
        to         to         ADP   IN  1 prep
        Jones      Jones      PROPN NNP 2 pobj   B-PERSON
        and        and        CCONJ CC  1 cc
        said       say        VERB  VBD 1 conj
        talks      talk       NOUN  NNS 7 nsubj
        failed     fail       VERB  VBD 5 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    confessed, _ = _quotes("""
        Smith      Smith      PROPN NNP 1 nsubj  B-PERSON
        confessed  confess    VERB  VBD 1 ROOT
        to         to         ADP   IN  1 prep
        interrogators interrogator NOUN NNS 2 pobj
        that       that       SCONJ IN  6 mark
        he         he         PRON  PRP 6 nsubj
        lied       lie        VERB  VBD 1 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert [q.addressee.span.text for q in turned] == ["Jones"]
    assert [q.addressee.span.text for q in confessed] == ["interrogators"]


def test_an_interview_broadcast_by_an_outlet_parsed_as_a_noun_is_carried_by_it(gazetteer):
    quotes, actors = _quotes("""
        In         in         ADP   IN  9 prep
        an         an         DET   DT  3 det
        interview  interview  NOUN  NN  3 compound
        broadcast  broadcast  NOUN  NN  0 pobj
        by         by         ADP   IN  3 prep
        Geo        Geo        PROPN NNP 6 compound B-ORG
        News       News       PROPN NNP 4 pobj   I-ORG nospace
        ,          ,          PUNCT ,   9 punct
        Asif       Asif       PROPN NNP 9 nsubj  B-PERSON
        said       say        VERB  VBD 9 ROOT
        talks      talk       NOUN  NNS 11 nsubj
        failed     fail       VERB  VBD 9 ccomp  O nospace
        .          .          PUNCT .   9 punct
    """, gazetteer)
    (quote,) = quotes
    assert _name(actors, quote.speaker.actor) == "Asif"
    assert [_name(actors, v) for v in quote.via] == ["Geo News"]


def test_a_that_clause_hung_on_a_phrase_after_the_cue_is_what_it_reports(gazetteer):
    # "told Netanyahu in a phone call that he wanted peace", parsed as a call "that he wanted"
    quotes, actors = _quotes("""
        Trump      Trump      PROPN NNP 1 nsubj  B-PERSON
        told       tell       VERB  VBD 1 ROOT
        Netanyahu  Netanyahu  PROPN NNP 1 dobj   B-PERSON
        in         in         ADP   IN  1 prep
        a          a          DET   DT  6 det
        phone      phone      NOUN  NN  6 compound
        call       call       NOUN  NN  3 pobj
        that       that       SCONJ IN  9 mark
        he         he         PRON  PRP 9 nsubj
        wanted     want       VERB  VBD 6 relcl
        peace      peace      NOUN  NN  9 dobj   O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    told = next(q for q in quotes if q.cue.text == "told")
    assert told.content[0].text == "that he wanted peace" and told.addressee.span.text == "Netanyahu"


def test_a_sentence_opening_with_quoting_a_source_is_the_sources_whatever_the_parse(gazetteer):
    # the parser took "Quoting" for a name and the ministry for a second subject of "said"
    quotes, actors = _quotes("""
        Quoting    Quoting    PROPN NNP 2 compound
        the        the        DET   DT  2 det
        ministry   ministry   NOUN  NN  6 nsubj  O nospace
        ,          ,          PUNCT ,   6 punct
        Al         Al         PROPN NNP 5 compound B-ORG
        Mayadeen   Mayadeen   PROPN NNP 6 nsubj  I-ORG
        said       say        VERB  VBD 6 ROOT
        talks      talk       NOUN  NNS 8 nsubj
        failed     fail       VERB  VBD 6 ccomp  O nospace
        .          .          PUNCT .   6 punct
    """, gazetteer)
    (quote,) = quotes
    assert "ministry" in _name(actors, quote.speaker.actor) and [_name(actors, v) for v in quote.via] == ["Al Mayadeen"]


@pytest.mark.parametrize("described, rows", [
    ("both sides", """
        both       both       DET   DT  4 det
        sides      side       NOUN  NNS 5 nsubj"""),
    ("the security body", """
        the        the        DET   DT  5 det
        security   security   NOUN  NN  5 compound
        body       body       NOUN  NN  6 nsubj"""),
    ("the delegation", """
        the        the        DET   DT  4 det
        delegation delegation NOUN  NN  5 nsubj"""),
    ("one of the negotiators", """
        one        one        NUM   CD  7 nsubj
        of         of         ADP   IN  3 prep
        the        the        DET   DT  6 det
        negotiators negotiator NOUN NNS 4 pobj"""),
])
@pytest.mark.parametrize("verb", ["said", "informed"])
def test_people_or_a_body_the_text_describes_speak_in_a_report_that_relays_them(gazetteer, described, rows, verb):
    said = 3 + len(described.split())
    quotes, actors = _quotes(f"""
        Xinhua     Xinhua     PROPN NNP 1 nsubj  B-ORG
        reported   report     VERB  VBD 1 ROOT
        that       that       SCONJ IN  {said} mark
        {rows.strip()}
        {verb}     {"say" if verb == "said" else "inform"}  VERB  VBD 1 ccomp
        talks      talk       NOUN  NNS {said + 2} nsubj
        succeeded  succeed    VERB  VBD {said} ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    inner = next(q for q in quotes if q.content[0].text == "talks succeeded")
    assert inner.speaker.span.text == described
    assert [_name(actors, v) for v in inner.via] == ["Xinhua"]


def test_what_a_verb_of_telling_takes_after_whom_it_tells_is_not_a_relative_clause(gazetteer):
    # "Putin told members the West was reckless", parsed as members whom the West was
    quotes, actors = _quotes("""
        Putin      Putin      PROPN NNP 1 nsubj  B-PERSON
        told       tell       VERB  VBD 1 ROOT
        members    member     NOUN  NNS 1 dobj
        the        the        DET   DT  4 det
        West       West       PROPN NNP 5 nsubj  B-LOC
        was        be         AUX   VBD 2 relcl
        reckless   reckless   ADJ   JJ  5 acomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    told = next(q for q in quotes if q.cue.text == "told")
    assert told.content[0].text == "the West was reckless" and told.addressee.span.text.startswith("members")


def test_a_that_clause_hung_on_the_citing_verb_is_what_the_source_said(gazetteer):
    # "KCNA said, quoting Kim, that talks failed": the parser hung the clause on "quoting"
    quotes, actors = _quotes("""
        KCNA       KCNA       PROPN NNP 1 nsubj  B-ORG
        said       say        VERB  VBD 1 ROOT   O nospace
        ,          ,          PUNCT ,   1 punct
        quoting    quote      VERB  VBG 1 advcl
        Kim        Kim        PROPN NNP 3 dobj   B-PERSON nospace
        ,          ,          PUNCT ,   3 punct
        that       that       SCONJ IN  8 mark
        talks      talk       NOUN  NNS 8 nsubj
        failed     fail       VERB  VBD 3 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.content[0].text == "that talks failed"
    assert _name(actors, quote.speaker.actor) == "Kim"
    assert [_name(actors, v) for v in quote.via] == ["Korean Central News Agency"]


def test_a_quoting_aside_hung_on_its_comma_still_names_the_source(gazetteer):
    # "Reuters, quoting two diplomats, said talks failed.", parsed with "quoting" on the comma
    quotes, actors = _quotes("""
        Reuters    Reuters    PROPN NNP 6 nsubj  B-ORG nospace
        ,          ,          PUNCT ,   6 punct
        quoting    quote      VERB  VBG 1 prep
        two        two        NUM   CD  4 nummod
        diplomats  diplomat   NOUN  NNS 2 dobj   O nospace
        ,          ,          PUNCT ,   6 punct
        said       say        VERB  VBD 6 ROOT
        talks      talk       NOUN  NNS 8 nsubj
        failed     fail       VERB  VBD 6 ccomp  O nospace
        .          .          PUNCT .   6 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.content[0].text == "talks failed" and quote.speaker.span.text == "two diplomats"
    assert [_name(actors, v) for v in quote.via] == ["Reuters"]


@pytest.mark.parametrize("verb, lemma", [("looked", "look"), ("called", "call")])
def test_who_the_speaker_turned_to_or_called_is_whom_a_joined_verb_of_saying_speaks_to(gazetteer, verb, lemma):
    quotes, _ = _quotes(f"""
        Amina      Amina      PROPN NNP 1 nsubj  B-PERSON
        {verb}     {lemma}    VERB  VBD 1 ROOT
        me         I          PRON  PRP 1 dobj
        and        and        CCONJ CC  1 cc
        said       say        VERB  VBD 1 conj
        they       they       PRON  PRP 7 nsubj
        had        have       AUX   VBD 7 aux
        left       leave      VERB  VBN 4 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    said = next(q for q in quotes if q.cue.text == "said")
    assert said.addressee.span.text == "me"


@pytest.mark.parametrize("complement, stands", [("that", True), ("to", False)])
def test_what_both_sides_agreed_that_stands_relayed_but_not_what_they_agreed_to_do(gazetteer, complement, stands):
    # Xinhua reported both sides agreed that / to talks continue . ("to continue": a commitment)
    quotes, actors = _quotes(f"""
        Xinhua     Xinhua     PROPN NNP 1 nsubj  B-ORG
        reported   report     VERB  VBD 1 ROOT
        both       both       DET   DT  3 det
        sides      side       NOUN  NNS 4 nsubj
        agreed     agree      VERB  VBD 1 ccomp
        {complement} {complement} {"SCONJ IN" if complement == "that" else "PART TO"} 7 {"mark" if complement == "that" else "aux"}
        talks      talk       NOUN  NNS 7 nsubj
        continue   continue   VERB  VBP 4 {"ccomp" if complement == "that" else "xcomp"}  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    agreed = [q for q in quotes if q.cue.text == "agreed"]
    assert bool(agreed) == stands
    if stands:
        assert agreed[0].speaker.span.text == "both sides" and [_name(actors, v) for v in agreed[0].via] == ["Xinhua"]


def test_someone_a_quotation_describes_is_not_its_speaker_whatever_the_actors_made_of_them(gazetteer):
    # 'Smith said: "The envoy told me: 'Berlin abstains'."': the envoy may be taken for Smith, the
    # one person named near the title
    quotes, actors = _quotes("""
        Smith      Smith      PROPN NNP 1 nsubj  B-PERSON
        said       say        VERB  VBD 1 ROOT   O nospace
        :          :          PUNCT :   1 punct
        "          "          PUNCT ``  6 punct  O nospace
        The        the        DET   DT  5 det
        envoy      envoy      NOUN  NN  6 nsubj
        told       tell       VERB  VBD 1 ccomp
        me         I          PRON  PRP 6 dobj   O nospace
        :          :          PUNCT :   6 punct
        '          '          PUNCT ``  11 punct O nospace
        Berlin     Berlin     PROPN NNP 11 nsubj B-GPE
        abstains   abstain    VERB  VBZ 6 ccomp  O nospace
        .          .          PUNCT .   11 punct O nospace
        '          '          PUNCT ''  11 punct O nospace
        "          "          PUNCT ''  1 punct
    """, gazetteer)
    outer = next(q for q in quotes if q.cue.text == "said")
    inner = next(q for q in quotes if q.content[0].text.startswith("Berlin abstains"))
    assert inner.speaker.span.text == "The envoy" and inner.speaker.actor != outer.speaker.actor
    assert [_name(actors, v) for v in inner.via] == ["Smith"]


def test_whom_a_verb_of_telling_names_comes_before_whom_the_speaker_turned_to(gazetteer):
    # Amina came to the office and told me they had left .
    quotes, _ = _quotes("""
        Amina      Amina      PROPN NNP 1 nsubj  B-PERSON
        came       come       VERB  VBD 1 ROOT
        to         to         ADP   IN  1 prep
        the        the        DET   DT  4 det
        office     office     NOUN  NN  2 pobj
        and        and        CCONJ CC  1 cc
        told       tell       VERB  VBD 1 conj
        me         I          PRON  PRP 6 dobj
        they       they       PRON  PRP 10 nsubj
        had        have       AUX   VBD 10 aux
        left       leave      VERB  VBN 6 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    told = next(q for q in quotes if q.cue.text == "told")
    assert told.addressee.span.text == "me"


def test_as_quoted_by_names_who_passed_the_statement_on(gazetteer):
    # '"Talks failed," Smith said, as quoted by Interfax.': Smith's words, relayed by Interfax
    quotes, actors = _quotes("""
        "          "          PUNCT ``  6 punct  O nospace
        Talks      talk       NOUN  NNS 2 nsubj
        failed     fail       VERB  VBD 6 ccomp  O nospace
        ,          ,          PUNCT ,   6 punct  O nospace
        "          "          PUNCT ''  6 punct
        Smith      Smith      PROPN NNP 6 nsubj  B-PERSON
        said       say        VERB  VBD 6 ROOT   O nospace
        ,          ,          PUNCT ,   6 punct
        as         as         SCONJ IN  9 mark
        quoted     quote      VERB  VBN 6 advcl
        by         by         ADP   IN  9 agent
        Interfax   Interfax   PROPN NNP 10 pobj  B-ORG  nospace
        .          .          PUNCT .   6 punct
    """, gazetteer)
    (quote,) = quotes  # "as quoted by Interfax" is no report of Interfax's own
    assert (quote.content[0].text, _name(actors, quote.speaker.actor)) == ("Talks failed", "Smith")
    assert [_name(actors, v) for v in quote.via] == ["Interfax"]


def test_as_reported_by_alone_is_the_outlets_report(gazetteer):
    # "As reported by Reuters, talks failed.": no one else speaks; Reuters reports it
    quotes, actors = _quotes("""
        As         as         SCONJ IN  1 mark
        reported   report     VERB  VBN 6 advcl
        by         by         ADP   IN  1 agent
        Reuters    Reuters    PROPN NNP 2 pobj   B-ORG  nospace
        ,          ,          PUNCT ,   6 punct
        talks      talk       NOUN  NNS 6 nsubj
        failed     fail       VERB  VBD 6 ROOT   O nospace
        .          .          PUNCT .   6 punct
    """, gazetteer)
    (quote,) = quotes
    assert (quote.content[0].text, _name(actors, quote.speaker.actor)) == ("talks failed", "Reuters")


def test_a_claim_another_denied_is_no_report_of_the_sentence(gazetteer):
    # "Rebels said they took Sumy, a claim the army denied.": the army reports nothing of it
    quotes, actors = _quotes("""
        Rebels     rebel      NOUN  NNS 1 nsubj
        said       say        VERB  VBD 1 ROOT
        they       they       PRON  PRP 3 nsubj
        took       take       VERB  VBD 1 ccomp
        Sumy       Sumy       PROPN NNP 3 dobj   B-GPE  nospace
        ,          ,          PUNCT ,   4 punct
        a          a          DET   DT  7 det
        claim      claim      NOUN  NN  4 appos
        the        the        DET   DT  9 det
        army       army       NOUN  NN  10 nsubj
        denied     deny       VERB  VBD 7 relcl  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert [(q.cue.text, q.content[0].text, q.via) for q in quotes] == [("said", "they took Sumy", ())]


def test_a_citing_set_before_the_reported_that_is_the_reporters(gazetteer):
    # "Reuters reported, citing two diplomats, that talks had collapsed.", parsed with "citing" on
    # the reported clause: the diplomats speak, Reuters relays them
    quotes, actors = _quotes("""
        Reuters    Reuters    PROPN NNP 1 nsubj  B-ORG
        reported   report     VERB  VBD 1 ROOT   O nospace
        ,          ,          PUNCT ,   1 punct
        citing     cite       VERB  VBG 10 advcl
        two        two        NUM   CD  5 nummod
        diplomats  diplomat   NOUN  NNS 3 dobj   O nospace
        ,          ,          PUNCT ,   10 punct
        that       that       SCONJ IN  10 mark
        talks      talk       NOUN  NNS 10 nsubj
        had        have       AUX   VBD 10 aux
        collapsed  collapse   VERB  VBN 1 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    (quote,) = quotes  # "citing two diplomats" is no statement of its own
    assert (quote.content[0].text, quote.speaker.span.text) == ("that talks had collapsed", "two diplomats")
    assert [_name(actors, v) for v in quote.via] == ["Reuters"]


def test_a_verb_of_telling_after_the_closing_mark_takes_whom_it_tells(gazetteer):
    # '"We stay," the farmer told Reuters.', parsed with "told" inside the quotation's clause: the
    # attribution after the mark is the quotation's, "Reuters" whom it was told to, not what
    quotes, actors = _quotes("""
        "          "          PUNCT ``  2 punct  O nospace
        We         we         PRON  PRP 2 nsubj
        stay       stay       VERB  VBP 2 ROOT   O nospace
        ,          ,          PUNCT ,   2 punct  O nospace
        "          "          PUNCT ''  2 punct
        the        the        DET   DT  6 det
        farmer     farmer     NOUN  NN  7 nsubj
        told       tell       VERB  VBD 2 ccomp
        Reuters    Reuters    PROPN NNP 7 dobj   B-ORG  nospace
        .          .          PUNCT .   2 punct
    """, gazetteer)
    (quote,) = quotes
    assert (quote.content[0].text, quote.cue.text, quote.speaker.span.text) == ("We stay", "told", "the farmer")


@pytest.mark.parametrize("ent", ["O", "B-PERSON"])
def test_a_name_the_entity_recogniser_missed_speaks_in_a_report_that_relays_it(gazetteer, ent):
    # "Macron told reporters that Scholz had told him Germany agreed.": with or without an entity
    # for Scholz, his statement stands, relayed by Macron
    quotes, actors = _quotes(f"""
        Macron     Macron     PROPN NNP 1 nsubj  B-PERSON
        told       tell       VERB  VBD 1 ROOT
        reporters  reporter   NOUN  NNS 1 dobj
        that       that       SCONJ IN  6 mark
        Scholz     Scholz     PROPN NNP 6 nsubj  {ent}
        had        have       AUX   VBD 6 aux
        told       tell       VERB  VBN 1 ccomp
        him        he         PRON  PRP 6 dobj
        Germany    Germany    PROPN NNP 9 nsubj  B-GPE
        agreed     agree      VERB  VBD 6 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    (inner,) = [q for q in quotes if q.content[0].text == "Germany agreed"]
    assert inner.speaker.span.text == "Scholz"
    assert [_name(actors, v) for v in inner.via] == ["Macron"]


def test_a_thing_in_lower_case_is_no_name_that_speaks(gazetteer):
    # "Macron said that the report had said Germany agreed": the report's words are Macron's
    quotes, _ = _quotes("""
        Macron     Macron     PROPN NNP 1 nsubj  B-PERSON
        said       say        VERB  VBD 1 ROOT
        that       that       SCONJ IN  6 mark
        the        the        DET   DT  4 det
        report     report     NOUN  NN  6 nsubj
        had        have       AUX   VBD 6 aux
        said       say        VERB  VBN 1 ccomp
        Germany    Germany    PROPN NNP 8 nsubj  B-GPE
        agreed     agree      VERB  VBD 6 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    assert [q.content[0].text for q in quotes] == ["that the report had said Germany agreed"]


@pytest.mark.parametrize("rows", [
    # Interfax, which cited a source, said talks failed.
    """
        Interfax   Interfax   PROPN NNP 7 nsubj  B-ORG nospace
        ,          ,          PUNCT ,   0 punct
        which      which      PRON  WDT 3 nsubj
        cited      cite       VERB  VBD 0 relcl
        a          a          DET   DT  5 det
        source     source     NOUN  NN  3 dobj   O nospace
        ,          ,          PUNCT ,   0 punct
        said       say        VERB  VBD 7 ROOT
        talks      talk       NOUN  NNS 9 nsubj
        failed     fail       VERB  VBD 7 ccomp  O nospace
        .          .          PUNCT .   7 punct""",
    # According to Interfax, which cited a source, talks failed.
    """
        According  accord     VERB  VBG 10 prep
        to         to         ADP   IN  0 prep
        Interfax   Interfax   PROPN NNP 1 pobj   B-ORG nospace
        ,          ,          PUNCT ,   2 punct
        which      which      PRON  WDT 5 nsubj
        cited      cite       VERB  VBD 2 relcl
        a          a          DET   DT  7 det
        source     source     NOUN  NN  5 dobj   O nospace
        ,          ,          PUNCT ,   10 punct
        talks      talk       NOUN  NNS 10 nsubj
        failed     fail       VERB  VBD 10 ROOT  O nospace
        .          .          PUNCT .   10 punct""",
])
def test_a_source_an_outlet_cites_in_a_relative_clause_speaks_and_the_outlet_relays(gazetteer, rows):
    quotes, actors = _quotes(rows, gazetteer)
    (quote,) = quotes
    assert quote.content[0].text == "talks failed"
    assert quote.speaker.span.text == "a source"
    assert [_name(actors, v) for v in quote.via] == ["Interfax"]


@pytest.mark.parametrize("dep", ["npadvmod", "nsubj"])
def test_a_reporter_opening_the_sentence_before_citing_relays_the_cited_source(gazetteer, dep):
    # "bloomberg, citing sources, reported talks failed.", parsed (lower case) with no subject
    quotes, actors = _quotes(f"""
        bloomberg  bloomberg  PROPN NNP 5 {dep}  B-ORG nospace
        ,          ,          PUNCT ,   5 punct
        citing     cite       VERB  VBG 5 advcl
        sources    source     NOUN  NNS 2 dobj   O nospace
        ,          ,          PUNCT ,   5 punct
        reported   report     VERB  VBD 5 ROOT
        talks      talk       NOUN  NNS 7 nsubj
        failed     fail       VERB  VBD 5 ccomp  O nospace
        .          .          PUNCT .   5 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.speaker.span.text == "sources"
    assert [actors.actor(v).mentions[0].start for v in quote.via] == [0]  # "bloomberg", the first word


def test_an_interview_broadcast_by_an_outlet_relays_it_when_the_by_phrase_hangs_on_the_participle(gazetteer):
    # "Speaking in an interview broadcast by CBS, Smith said talks failed.", parsed with "broadcast"
    # as a noun the interview qualifies and "by CBS" on "Speaking"
    quotes, actors = _quotes("""
        Speaking   speak      VERB  VBG 9 advcl
        in         in         ADP   IN  0 prep
        an         an         DET   DT  4 det
        interview  interview  NOUN  NN  4 compound
        broadcast  broadcast  NOUN  NN  1 pobj
        by         by         ADP   IN  0 agent
        CBS        CBS        PROPN NNP 5 pobj   B-ORG nospace
        ,          ,          PUNCT ,   9 punct
        Smith      Smith      PROPN NNP 9 nsubj  B-PERSON
        said       say        VERB  VBD 9 ROOT
        talks      talk       NOUN  NNS 11 nsubj
        failed     fail       VERB  VBD 9 ccomp  O nospace
        .          .          PUNCT .   9 punct
    """, gazetteer)
    (quote,) = quotes
    assert _name(actors, quote.speaker.actor) == "Smith"
    assert [_name(actors, v)[:3] for v in quote.via] == ["CBS"]


@pytest.mark.parametrize("lemma, told", [("tell", True), ("say", False)])
def test_the_object_of_a_verb_of_telling_is_whom_it_tells_even_where_the_tagger_took_a_name_for_an_adjective(
        gazetteer, lemma, told):
    # "officials told kommersant that talks failed." (lower case: "kommersant" tagged ADJ)
    quotes, _ = _quotes(f"""
        officials  official   NOUN  NNS 1 nsubj
        {"told" if told else "said"}  {lemma}  VERB  VBD 1 ROOT
        kommersant kommersant ADJ   JJ  1 dobj
        that       that       SCONJ IN  5 mark
        talks      talk       NOUN  NNS 5 nsubj
        failed     fail       VERB  VBD 1 ccomp  O nospace
        .          .          PUNCT .   1 punct
    """, gazetteer)
    quote = next(q for q in quotes if q.content[0].text.endswith("talks failed"))
    assert (quote.addressee.span.text if quote.addressee else None) == ("kommersant" if told else None)


def test_a_wish_inside_a_statement_is_the_speakers_own_wording(gazetteer):
    # "wants" reports no statement that the senator relays: what the governor wants is his account
    quotes, actors = _quotes("""
        The        the        DET   DT   1 det
        senator    senator    NOUN  NN   2 nsubj
        said       say        VERB  VBD  2 ROOT
        the        the        DET   DT   4 det
        governor   governor   NOUN  NN   5 nsubj
        wants      want       VERB  VBZ  2 ccomp
        a          a          DET   DT   7 det
        recount    recount    NOUN  NN   5 dobj O nospace
        .          .          PUNCT .    2 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.cue.text == "said" and quote.content[0].text == "the governor wants a recount"


def test_a_that_clause_hung_on_the_participle_of_an_interview_is_what_the_cue_reports(gazetteer):
    # Ito told the newspaper in an interview published on Sunday that he would stay. (the clause
    # parsed as what "published" takes)
    quotes, actors = _quotes("""
        Ito        Ito        PROPN NNP  1 nsubj B-PERSON
        told       tell       VERB  VBD  1 ROOT
        the        the        DET   DT   3 det
        newspaper  newspaper  NOUN  NN   1 dobj
        in         in         ADP   IN   1 prep
        an         an         DET   DT   6 det
        interview  interview  NOUN  NN   4 pobj
        published  publish    VERB  VBN  6 acl
        on         on         ADP   IN   7 prep
        Sunday     Sunday     PROPN NNP  8 pobj B-DATE
        that       that       SCONJ IN   13 mark
        he         he         PRON  PRP  13 nsubj
        would      would      AUX   MD   13 aux
        stay       stay       VERB  VB   7 ccomp O nospace
        .          .          PUNCT .    1 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.cue.text == "told" and quote.content[0].text.endswith("he would stay")
    assert _name(actors, quote.speaker.actor) == "Ito" and quote.addressee.span.text == "the newspaper"


def test_a_that_clause_hung_on_whom_a_cue_tells_past_a_place_is_what_it_tells(gazetteer):
    # The spokesman told a briefing in Geneva that aid convoys were ready. (the clause parsed as a
    # relative clause of "briefing", after "in Geneva")
    quotes, actors = _quotes("""
        The        the        DET   DT   1 det
        spokesman  spokesman  NOUN  NN   2 nsubj
        told       tell       VERB  VBD  2 ROOT
        a          a          DET   DT   4 det
        briefing   briefing   NOUN  NN   2 dobj
        in         in         ADP   IN   4 prep
        Geneva     Geneva     PROPN NNP  5 pobj B-GPE
        that       that       PRON  WDT  10 mark
        aid        aid        NOUN  NN   9 compound
        convoys    convoy     NOUN  NNS  10 nsubj
        were       be         AUX   VBD  4 relcl
        ready      ready      ADJ   JJ   10 acomp O nospace
        .          .          PUNCT .    2 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.cue.text == "told" and quote.content[0].text.endswith("aid convoys were ready")
    assert quote.speaker.span.text == "The spokesman" and quote.addressee.span.text == "a briefing in Geneva"


def test_a_source_cited_after_the_reported_clause_speaks_and_the_reporter_relays(gazetteer):
    quotes, actors = _quotes("""
        Yonhap     Yonhap     PROPN NNP  1 nsubj B-ORG
        said       say        VERB  VBD  1 ROOT
        the        the        DET   DT   3 det
        North      North      PROPN NNP  4 nsubj B-LOC
        fired      fire       VERB  VBD  1 ccomp
        two        two        NUM   CD   6 nummod B-CARDINAL
        missiles   missile    NOUN  NNS  4 dobj O nospace
        ,          ,          PUNCT ,    4 punct
        citing     cite       VERB  VBG  4 advcl
        a          a          DET   DT   11 det
        military   military   ADJ   JJ   11 amod
        official   official   NOUN  NN   8 dobj O nospace
        .          .          PUNCT .    1 punct
    """, gazetteer)
    (quote,) = quotes
    assert [c.text for c in quote.content] == ["the North fired two missiles"]
    assert quote.speaker.span.text == "a military official" and quote.speaker.actor is not None
    assert [_name(actors, v) for v in quote.via] == ["Yonhap"]


def test_a_source_cited_at_the_end_of_a_nested_report_is_the_outer_reporters(gazetteer):
    # "citing" hangs on the innermost clause, as the parser hangs it: it still cites the source
    # of the outermost report, so the minister, not the diplomats, tells
    quotes, actors = _quotes("""
        Anadolu    Anadolu    PROPN NNP  1 nsubj B-ORG
        reported   report     VERB  VBD  1 ROOT
        that       that       SCONJ IN   5 mark
        the        the        DET   DT   4 det
        minister   minister   NOUN  NN   5 nsubj
        told       tell       VERB  VBD  1 ccomp
        him        he         PRON  PRP  5 dobj
        that       that       SCONJ IN   9 mark
        Ankara     Ankara     PROPN NNP  9 nsubj B-GPE
        wanted     want       VERB  VBD  5 ccomp
        dialogue   dialogue   NOUN  NN   9 dobj O nospace
        ,          ,          PUNCT ,    9 punct
        citing     cite       VERB  VBG  9 advcl
        two        two        NUM   CD   14 nummod B-CARDINAL
        diplomats  diplomat   NOUN  NNS  12 dobj O nospace
        .          .          PUNCT .    1 punct
    """, gazetteer)
    reported = next(q for q in quotes if q.cue.text == "reported")
    told = next(q for q in quotes if q.cue.text == "told")
    assert reported.speaker.span.text == "two diplomats"
    assert [_name(actors, v) for v in reported.via] == ["Anadolu Agency"]
    assert told.speaker.span.text == "the minister" and told.content[0].text == "that Ankara wanted dialogue"
    assert [_name(actors, v) for v in told.via][0] == "Anadolu Agency" and len(told.via) == 2


def test_a_concession_inside_a_report_is_relayed_by_it(gazetteer):
    # "conceded", like "admitted", passes on what the speaker said: El Mundo relays Ortiz
    quotes, actors = _quotes("""
        Ortiz      Ortiz      PROPN NNP  2 nsubj B-PERSON
        has        have       AUX   VBZ  2 aux
        conceded   concede    VERB  VBN  2 ROOT
        that       that       SCONJ IN   7 mark
        the        the        DET   DT   5 det
        vote       vote       NOUN  NN   7 nsubjpass
        is         be         AUX   VBZ  7 auxpass
        lost       lose       VERB  VBN  2 ccomp O nospace
        ,          ,          PUNCT ,    2 punct
        according  accord     VERB  VBG  2 prep
        to         to         ADP   IN   9 prep
        El         El         PROPN NNP  12 compound B-ORG
        Mundo      Mundo      PROPN NNP  10 pobj I-ORG nospace
        .          .          PUNCT .    2 punct
    """, gazetteer)
    conceded = next(q for q in quotes if q.cue.text == "conceded")
    assert conceded.speaker.span.text == "Ortiz" and conceded.content[0].text == "that the vote is lost"
    assert [_name(actors, v) for v in conceded.via] == ["El Mundo"]


def test_a_manner_of_speaking_in_a_sentence_according_to_someone_is_relayed(gazetteer):
    # "shouted" is no relaying cue, but the sentence "according to" gives is the witnesses' account
    quotes, actors = _quotes("""
        According  accord     VERB  VBG  6 prep
        to         to         ADP   IN   0 prep
        witnesses  witness    NOUN  NNS  1 pobj O nospace
        ,          ,          PUNCT ,    6 punct
        the        the        DET   DT   5 det
        gunmen     gunman     NOUN  NNS  6 nsubj
        shouted    shout      VERB  VBD  6 ROOT
        that       that       SCONJ IN   10 mark
        the        the        DET   DT   9 det
        village    village    NOUN  NN   10 nsubj
        belonged   belong     VERB  VBD  6 ccomp
        to         to         ADP   IN   10 prep
        them       they       PRON  PRP  11 pobj O nospace
        .          .          PUNCT .    6 punct
    """, gazetteer)
    shouted = next(q for q in quotes if q.cue.text == "shouted")
    assert shouted.speaker.span.text == "the gunmen" and shouted.content[0].text == "that the village belonged to them"
    assert [_name(actors, v) for v in shouted.via] == ["witnesses"]


def test_a_that_clause_the_parser_put_above_the_report_is_what_it_reports(gazetteer):
    # parsed as the model parses it: "reported" a clause of "agreed", whose "that" follows it
    quotes, actors = _quotes("""
        Kommersant Kommersant PROPN NNP  1 nsubj B-ORG
        reported   report     VERB  VBD  13 ccomp O nospace
        ,          ,          PUNCT ,    1 punct
        quoting    quote      VERB  VBG  1 advcl
        two        two        NUM   CD   5 nummod B-CARDINAL
        sources    source     NOUN  NNS  3 dobj O nospace
        ,          ,          PUNCT ,    13 punct
        that       that       SCONJ IN   13 mark
        the        the        DET   DT   10 det
        price      price      NOUN  NN   13 nsubjpass
        had        have       AUX   VBD  13 aux
        been       be         AUX   VBN  13 auxpass
        finally    finally    ADV   RB   13 advmod
        agreed     agree      VERB  VBN  13 ROOT O nospace
        .          .          PUNCT .    13 punct
    """, gazetteer)
    (quote,) = quotes
    assert quote.cue.text == "reported" and quote.content[0].text == "that the price had been finally agreed"
    assert quote.speaker.span.text == "two sources" and [_name(actors, v) for v in quote.via] == ["Kommersant"]


@pytest.mark.parametrize("rows, said, speaker, addressee", [
    # "resign" has a modal: no relative clause on "the king" lacks an object so
    ("""
        The        the        DET   DT   1 det
        minister   minister   NOUN  NN   2 nsubj
        informed   inform     VERB  VBD  2 ROOT
        the        the        DET   DT   4 det
        king       king       NOUN  NN   2 dobj
        he         he         PRON  PRP  8 nsubj
        would      would      AUX   MD   8 aux
        not        not        PART  RB   8 neg
        resign     resign     VERB  VB   4 relcl O nospace
        .          .          PUNCT .    2 punct
    """, "he would not resign", "The minister", "the king"),
    # "acted alone" might lack an object, but "told officers" tells nothing else
    ("""
        The        the        DET   DT   1 det
        suspect    suspect    NOUN  NN   2 nsubj
        told       tell       VERB  VBD  2 ROOT
        officers   officer    NOUN  NNS  2 dobj
        he         he         PRON  PRP  5 nsubj
        acted      act        VERB  VBD  3 relcl
        alone      alone      ADV   RB   5 advmod O nospace
        .          .          PUNCT .    2 punct
    """, "he acted alone", "The suspect", "officers"),
])
def test_a_clause_the_parser_hung_on_the_one_told_is_what_is_told(gazetteer, rows, said, speaker, addressee):
    quotes, actors = _quotes(rows, gazetteer)
    (quote,) = quotes
    assert quote.content[0].text == said and quote.speaker.span.text == speaker
    assert quote.addressee.span.text == addressee
