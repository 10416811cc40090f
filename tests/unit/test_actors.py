from datetime import date

import pytest

from newsgraph.actors import find_actors
from tests.unit.docs import build
from tests.unit.stories import two_sides_story, visit_story


def _only_actors(rows: str, gazetteer):
    """The actors of a hand-built Doc."""
    return find_actors(build(rows), gazetteer).actors


def _by_name(analysis):
    return {actor.name: actor for actor in analysis.actors}


def test_title_before_a_name_gives_country_and_sector(gazetteer):
    actors = _by_name(find_actors(visit_story(), gazetteer))
    lavrov = actors["Sergei Lavrov"]
    assert (lavrov.country, lavrov.sector, lavrov.code) == ("RUS", "GOV", "RUSGOV")
    assert lavrov.titles == ("Russian Foreign Minister",)


def test_surname_and_pronoun_join_the_full_name(gazetteer):
    actors = _by_name(find_actors(visit_story(), gazetteer))
    assert [m.text for m in actors["Sergei Lavrov"].mentions] == ["Sergei Lavrov", "Lavrov", "He"]
    assert [m.text for m in actors["Kim Jong-un"].mentions] == ["Kim Jong-un", "Kim"]


def test_country_as_object_is_a_country_actor(gazetteer):
    actors = _by_name(find_actors(visit_story(), gazetteer))
    assert actors["Russia"].kind == "country"
    assert actors["Russia"].code == "RUS"


def test_mention_offsets_index_the_text(gazetteer):
    doc = visit_story()
    for actor in find_actors(doc, gazetteer).actors:
        for mention in actor.mentions:
            assert doc.text[mention.start:mention.end] == mention.text


def test_the_two_sides_are_both_parties(gazetteer):
    doc = two_sides_story()
    analysis = find_actors(doc, gazetteer)
    group = analysis.mention_at(12)
    names = {analysis.actor(actor_id).name for actor_id in group.actors}
    assert names == {"Kim Jong-un", "Lavrov"}


def test_nominal_titles_set_the_country(gazetteer):
    actors = _by_name(find_actors(two_sides_story(), gazetteer))
    assert actors["Kim Jong-un"].country == "PRK"
    assert actors["Lavrov"].country == "RUS"


def test_national_collectives_are_one_actor_per_country(gazetteer):
    doc = build("""
        Senior    senior    ADJ   JJ  4 amod
        Hungarian hungarian ADJ   JJ  4 amod
        and       and       CCONJ CC  1 cc
        Romanian  romanian  ADJ   JJ  1 conj
        officials official  NOUN  NNS 5 nsubj
        agreed    agree     VERB  VBD 5 ROOT
        ,         ,         PUNCT ,   5 punct
        and       and       CCONJ CC  5 cc
        Albanians Albanians PROPN NNPS 9 nsubj
        protested protest   VERB  VBD 5 conj
    """)
    analysis = find_actors(doc, gazetteer)
    codes = {analysis.actor(a).code for a in analysis.mention_at(4).actors}
    assert codes == {"HUNGOV", "ROUGOV"}
    assert [analysis.actor(a).country for a in analysis.mention_at(8).actors] == ["ALB"]


def test_they_is_the_group_named_before(gazetteer):
    doc = build("""
        Ugandan  ugandan  ADJ  JJ  1 amod
        rebels   rebel    NOUN NNS 2 nsubj
        said     say      VERB VBD 2 ROOT
        they     they     PRON PRP 4 nsubj
        left     leave    VERB VBD 2 ccomp
    """)
    analysis = find_actors(doc, gazetteer)
    (rebels,) = analysis.mention_at(1).actors
    assert analysis.actor(rebels).code == "UGAREB"
    assert analysis.mention_at(3).actors == (rebels,)


def test_a_public_figure_named_alone_takes_the_country_of_their_role(gazetteer):
    (putin,) = _only_actors("""
        Putin   Putin   PROPN NNP 1 nsubj B-PERSON
        spoke   speak   VERB  VBD 1 ROOT  nospace
        .       .       PUNCT .   1 punct
    """, gazetteer)
    assert (putin.name, putin.country, putin.sector) == ("Putin", "RUS", "GOV")


@pytest.mark.parametrize("published, code", [
    (date(2010, 5, 1), "EGYMIL"),   # a general until August 2012
    (date(2013, 5, 1), "EGYGOV"),   # then defence minister
    (date(2016, 5, 1), "EGYGOV"),   # the president since 2014 (tools/people-curated.tsv)
    (None, "EGYGOV"),               # no date: the latest role
])
def test_a_known_persons_code_follows_the_articles_date(gazetteer, published, code):
    doc = build("""
        El      El      PROPN NNP 1 compound B-PERSON
        Sisi    Sisi    PROPN NNP 2 nsubj    I-PERSON
        spoke   speak   VERB  VBD 2 ROOT     nospace
        .       .       PUNCT .   2 punct
    """)
    (sisi,) = find_actors(doc, gazetteer, published=published).actors
    assert (sisi.name, sisi.code) == ("El Sisi", code)


@pytest.mark.parametrize("name, country", [("Obama", "USA"), ("Rouhani", "IRN"), ("Hollande", "FRA")])
def test_the_dictionarys_hand_written_figures_are_known_too(gazetteer, name, country):
    # PETRARCH-2 writes its best-known figures by hand, without the CountryInfo entries' comment
    (figure,) = _only_actors(f"""
        {name}  {name}  PROPN NNP 1 nsubj B-PERSON
        spoke   speak   VERB  VBD 1 ROOT  nospace
        .       .       PUNCT .   1 punct
    """, gazetteer)
    assert (figure.kind, figure.country) == ("person", country)


def test_a_group_named_by_a_sector_modifier_is_an_actor(gazetteer):
    (group,) = _only_actors("""
        Panamanian  Panamanian  ADJ   JJ  2 amod     B-NORP
        army        army        NOUN  NN  2 compound
        officers    officer     NOUN  NNS 3 nsubj
        fled        flee        VERB  VBD 3 ROOT     nospace
        .           .           PUNCT .   3 punct
    """, gazetteer)
    assert (group.name, group.country) == ("Panamanian army officers", "PAN")


def test_officials_and_sources_take_the_sector_of_the_body_that_qualifies_them(gazetteer):
    # Police officials and police sources said.
    actors = _only_actors("""
        Police     police    NOUN  NN  1 compound
        officials  official  NOUN  NNS 5 nsubj
        and        and       CCONJ CC  1 cc
        police     police    NOUN  NN  4 compound
        sources    source    NOUN  NNS 1 conj
        said       say       VERB  VBD 5 ROOT
    """, gazetteer)
    assert sorted((a.name, a.sector) for a in actors) == [("Police officials", "COP"), ("police sources", "COP")]


def test_officials_of_a_body_named_after_them_take_its_sector(gazetteer):
    # Senior officials of the police department marched .
    actors = _only_actors("""
        Senior      senior      ADJ   JJ  1 amod
        officials   official    NOUN  NNS 6 nsubj
        of          of          ADP   IN  1 prep
        the         the         DET   DT  5 det
        police      police      NOUN  NN  5 compound
        department  department  NOUN  NN  2 pobj
        marched     march       VERB  VBD 6 ROOT     nospace
        .           .           PUNCT .   6 punct
    """, gazetteer)
    officials = next(a for a in actors if a.name.startswith("Senior officials"))
    assert officials.sector == "COP"


def test_in_text_without_case_the_words_after_a_title_are_a_name(gazetteer):
    # police commissioner p c pandey said today . (the NER finds no name in lower case)
    actors = _only_actors("""
        police        police        NOUN  NN  1 compound
        commissioner  commissioner  NOUN  NN  4 compound
        p             p             NOUN  NN  4 compound
        c             c             NOUN  NN  4 compound
        pandey        pandey        NOUN  NN  5 nsubj
        said          say           VERB  VBD 5 ROOT
        today         today         NOUN  NN  5 npadvmod
        .             .             PUNCT .   5 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("p c pandey", "person", "COP")]


def test_in_text_without_case_initials_the_tagger_calls_punctuation_and_a_title_the_parse_misses(gazetteer):
    # in fact , commissioner of police d d tuteja had written . (as the parser reads it: the title
    # the root, the first initial punctuation, the name the subject of another verb)
    actors = _only_actors("""
        in            in            ADP   IN  3  prep
        fact          fact          NOUN  NN  0  pobj
        ,             ,             PUNCT ,   3  punct
        commissioner  commissioner  NOUN  NN  3  ROOT
        of            of            ADP   IN  3  prep
        police        police        NOUN  NN  4  pobj
        d             d             PUNCT .   3  punct
        d             d             NOUN  NN  8  compound
        tuteja        tuteja        NOUN  NN  10 nsubj
        had           have          AUX   VBD 10 aux
        written       write         VERB  VBN 10 ROOT     nospace
        .             .             PUNCT .   10 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("d d tuteja", "person", "COP")]


def test_in_text_without_case_a_title_takes_the_name_after_its_bracketed_charge(gazetteer):
    # the igp ( border range ) sudhir sinha said . (the tagger calls an unseen rank a foreign word)
    actors = _only_actors("""
        the     the     DET   DT    1  det
        igp     igp     X     FW    7  nmod
        (       (       PUNCT -LRB- 1  punct
        border  border  NOUN  NN    4  compound
        range   range   NOUN  NN    1  appos
        )       )       PUNCT -RRB- 1  punct
        sudhir  sudhir  NOUN  NN    7  compound
        sinha   sinha   NOUN  NN    8  nsubj
        said    say     VERB  VBD   8  ROOT     nospace
        .       .       PUNCT .     8  punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("sudhir sinha", "person", "COP")]


def test_a_police_rank_by_its_initials_is_a_person_of_the_police(gazetteer):
    # the dgp refused to comment . (Indian English: the director general of police)
    actors = _only_actors("""
        the      the      DET   DT  1 det
        dgp      dgp      NOUN  NN  2 nsubj
        refused  refuse   VERB  VBD 2 ROOT
        to       to       PART  TO  4 aux
        comment  comment  VERB  VB  2 xcomp
        .        .        PUNCT .   2 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("dgp", "person", "COP")]


def test_a_role_of_a_body_with_no_article_is_a_person_of_that_body(gazetteer):
    # spokesman of the city police said . (as headlines and Indian English write it)
    actors = _only_actors("""
        spokesman  spokesman  NOUN  NN  5 nsubj
        of         of         ADP   IN  0 prep
        the        the        DET   DT  4 det
        city       city       NOUN  NN  4 compound
        police     police     NOUN  NN  1 pobj
        said       say        VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
    """, gazetteer)
    assert [(a.kind, a.sector) for a in actors] == [("person", "COP")]


def test_in_text_without_case_a_titles_charge_in_brackets_comes_before_the_name(gazetteer):
    # joint police commissioner ( crime ) r s rao said .
    actors = _only_actors("""
        joint         joint         ADJ   JJ    2 amod
        police        police        NOUN  NN    2 compound
        commissioner  commissioner  NOUN  NN    9 nsubj
        (             (             PUNCT -LRB- 2 punct
        crime         crime         NOUN  NN    2 appos
        )             )             PUNCT -RRB- 2 punct
        r             r             NOUN  NN    8 compound
        s             s             NOUN  NN    8 compound
        rao           rao           PROPN NNP   2 appos
        said          say           VERB  VBD   9 ROOT
        .             .             PUNCT .     9 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("r s rao", "person", "COP")]


def test_a_role_in_apposition_before_a_name_is_read_with_its_of_phrase(gazetteer):
    # The commissioner of police, Ravi Kumar, said . (the commissioner alone would be any official's)
    actors = _only_actors("""
        The           the           DET   DT  1 det
        commissioner  commissioner  NOUN  NN  8 nsubj
        of            of            ADP   IN  1 prep
        police        police        NOUN  NN  2 pobj
        ,             ,             PUNCT ,   1 punct
        Ravi          Ravi          PROPN NNP 6 compound B-PERSON
        Kumar         Kumar         PROPN NNP 1 appos    I-PERSON
        ,             ,             PUNCT ,   1 punct
        said          say           VERB  VBD 8 ROOT
        .             .             PUNCT .   8 punct
    """, gazetteer)
    assert [(a.name, a.sector) for a in actors if a.kind == "person"] == [("Ravi Kumar", "COP")]


def test_the_word_of_a_police_body_as_a_subject_is_that_body(gazetteer):
    # the constabulary questioned the two men .
    actors = _only_actors("""
        the           the           DET   DT  1 det
        constabulary  constabulary  NOUN  NN  2 nsubj
        questioned    question      VERB  VBD 2 ROOT
        the           the           DET   DT  5 det
        two           two           NUM   CD  5 nummod
        men           man           NOUN  NNS 2 dobj
        .             .             PUNCT .   2 punct
    """, gazetteer)
    assert ("constabulary", "group", "COP") in [(a.name, a.kind, a.sector) for a in actors]


def test_a_name_the_ner_calls_an_organisation_after_a_title_is_a_person(gazetteer):
    # police commissioner m.n. singh said .
    actors = _only_actors("""
        police        police        NOUN  NN  1 compound
        commissioner  commissioner  NOUN  NN  3 compound
        m.n.          m.n.          PROPN NNP 3 compound B-ORG
        singh         singh         PROPN NNP 4 nsubj    I-ORG
        said          say           VERB  VBD 4 ROOT
        .             .             PUNCT .   4 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("m.n. singh", "person", "COP")]


def test_a_name_ends_before_the_verb_the_ner_ran_it_into(gazetteer):
    # that president mugabe abandon his policy . (the NER's PERSON takes in "abandon")
    actors = _only_actors("""
        that       that       SCONJ IN  3 mark
        president  president  PROPN NNP 2 compound
        mugabe     mugabe     PROPN NNP 3 nsubj    B-PERSON
        abandon    abandon    VERB  VB  3 ROOT     I-PERSON
        his        his        PRON  PRP$ 5 poss
        policy     policy     NOUN  NN  3 dobj
        .          .          PUNCT .   3 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.country) for a in actors] == [("mugabe", "person", "ZWE")]


def test_a_proper_noun_with_a_role_in_apposition_is_a_name(gazetteer):
    # v.n. deshmukh , the police chief , said . (no entity found in lower case)
    actors = _only_actors("""
        v.n.      v.n.      PROPN NNP 1 compound
        deshmukh  deshmukh  PROPN NNP 7 nsubj
        ,         ,         PUNCT ,   1 punct
        the       the       DET   DT  5 det
        police    police    NOUN  NN  5 compound
        chief     chief     NOUN  NN  1 appos
        ,         ,         PUNCT ,   1 punct
        said      say       VERB  VBD 7 ROOT
        .         .         PUNCT .   7 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("v.n. deshmukh", "person", "COP")]


def test_in_text_without_case_the_words_after_an_outlets_word_are_its_name(gazetteer):
    # state broadcaster ortb reported .
    actors = _only_actors("""
        state        state        NOUN  NN  2 compound
        broadcaster  broadcaster  NOUN  NN  2 compound
        ortb         ortb         NOUN  NN  3 nsubj
        reported     report       VERB  VBD 3 ROOT
        .            .            PUNCT .   3 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("ortb", "organisation", "MED")]


def test_in_text_without_case_the_words_an_outlets_description_follows_are_its_name(gazetteer):
    # according to o liberal , a newspaper .
    actors = _only_actors("""
        according  accord     VERB  VBG 0 ROOT
        to         to         ADP   IN  0 prep
        o          o          PROPN NNP 3 compound
        liberal    liberal    NOUN  NN  1 pobj
        ,          ,          PUNCT ,   0 punct
        a          a          DET   DT  6 det
        newspaper  newspaper  NOUN  NN  0 pobj
        .          .          PUNCT .   0 punct
    """, gazetteer)
    assert [(a.name, a.kind) for a in actors] == [("o liberal", "organisation")]


def test_capitalised_words_after_an_outlets_word_are_its_name_with_the_particles_between(gazetteer):
    # Folha do Norte and the agency WAM reported . ("Folha" alone is the São Paulo daily)
    actors = _only_actors("""
        the        the        DET   DT  2 det
        newspaper  newspaper  NOUN  NN  9 nsubj
        Folha      Folha      PROPN NNP 1 appos B-ORG
        do         do         ADP   IN  2 prep
        Norte      Norte      PROPN NNP 3 pobj  B-PERSON
        and        and        CCONJ CC  1 cc
        the        the        DET   DT  7 det
        agency     agency     NOUN  NN  1 conj
        WAM        WAM        PROPN NNP 7 appos
        reported   report     VERB  VBD 9 ROOT
        .          .          PUNCT .   9 punct
    """, gazetteer)
    assert [(a.name, a.kind) for a in actors] == [("Folha do Norte", "organisation"), ("WAM", "organisation")]
    # he reached the station Monday . ("Monday" is a day, not a station's name)
    assert _only_actors("""
        he       he       PRON  PRP 1 nsubj
        reached  reach    VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        station  station  NOUN  NN  1 dobj
        Monday   Monday   PROPN NNP 1 npadvmod B-DATE nospace
        .        .        PUNCT .   1 punct
    """, gazetteer) == ()


def test_a_capitalised_name_before_an_outlets_word_is_the_outlets(gazetteer):
    # the Nikkei newspaper reported .
    actors = _only_actors("""
        the        the        DET   DT  2 det
        Nikkei     Nikkei     PROPN NNP 2 compound
        newspaper  newspaper  NOUN  NN  3 nsubj
        reported   report     VERB  VBD 3 ROOT
        .          .          PUNCT .   3 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.sector) for a in actors] == [("Nikkei", "organisation", "MED")]


def test_a_countrys_embassy_is_a_body_of_its_government_and_the_embassy_alone_the_one_named_before(gazetteer):
    # the U.S. embassy said . the embassy in Kenya closed . (the second is the first, not Kenya's)
    actors = _only_actors("""
        the      the      DET   DT  2 det
        U.S.     U.S.     PROPN NNP 2 compound B-GPE
        embassy  embassy  NOUN  NN  3 nsubj
        said     say      VERB  VBD 3 ROOT
        .        .        PUNCT .   3 punct
        the      the      DET   DT  6 det
        embassy  embassy  NOUN  NN  9 nsubj
        in       in       ADP   IN  6 prep
        Kenya    Kenya    PROPN NNP 7 pobj B-GPE
        closed   close    VERB  VBD 9 ROOT
        .        .        PUNCT .   9 punct
    """, gazetteer)
    assert [(a.name, a.code, [m.text for m in a.mentions]) for a in actors] == [
        ("U.S. embassy", "USAGOV", ["the U.S. embassy", "the embassy"])]


def test_in_text_without_case_a_title_before_a_verb_names_no_one(gazetteer):
    # the minister today said . ("today" is no name)
    actors = _only_actors("""
        the       the       DET   DT  1 det
        minister  minister  NOUN  NN  3 nsubj
        today     today     NOUN  NN  3 npadvmod
        said      say       VERB  VBD 3 ROOT
        .         .         PUNCT .   3 punct
    """, gazetteer)
    assert [a.kind for a in actors] == ["person"] and actors[0].name == "minister"


def test_its_people_are_the_people_of_what_its_stands_for_but_its_troops_no_actor(gazetteer):
    # The Cuban government urged its people. Syria offered its troops.
    actors = _only_actors("""
        The         the         DET   DT  2 det
        Cuban       cuban       ADJ   JJ  2 amod     B-NORP
        government  government  NOUN  NN  3 nsubj
        urged       urge        VERB  VBD 3 ROOT
        its         its         PRON  PRP$ 5 poss
        people      people      NOUN  NNS 3 dobj
        .           .           PUNCT .   3 punct
        Syria       Syria       PROPN NNP 8 nsubj    B-GPE
        offered     offer       VERB  VBD 8 ROOT
        its         its         PRON  PRP$ 10 poss
        troops      troop       NOUN  NNS 8 dobj
        .           .           PUNCT .   8 punct
    """, gazetteer)
    people = next(a for a in actors if a.name == "its people")
    assert people.country == "CUB" and not any("troops" in a.name for a in actors)


def test_a_description_stands_for_the_actor_of_its_kind_named_before(gazetteer):
    # Iran rejected it . The country threatened Israel . Talks in the country failed .
    doc = build("""
        Iran        Iran        PROPN NNP 1 nsubj    B-GPE
        rejected    reject      VERB  VBD 1 ROOT
        it          it          PRON  PRP 1 dobj
        .           .           PUNCT .   1 punct
        The         the         DET   DT  5 det
        country     country     NOUN  NN  6 nsubj
        threatened  threaten    VERB  VBD 6 ROOT
        Israel      Israel      PROPN NNP 6 dobj     B-GPE
        .           .           PUNCT .   6 punct
        Talks       talk        NOUN  NNS 14 nsubj
        in          in          ADP   IN  9 prep
        the         the         DET   DT  12 det
        country     country     NOUN  NN  10 pobj
        failed      fail        VERB  VBD 14 ROOT
        .           .           PUNCT .   14 punct
    """)
    actors = find_actors(doc, gazetteer)
    iran = next(a for a in actors.actors if a.name == "Iran")
    assert [m.text for m in iran.mentions] == ["Iran", "The country"]  # not "the country" talks are in


def test_the_agency_stands_for_the_body_named_before_it(gazetteer):
    # Xinhua reported it . The agency said more .
    doc = build("""
        Xinhua    Xinhua    PROPN NNP 1 nsubj    B-ORG
        reported  report    VERB  VBD 1 ROOT
        it        it        PRON  PRP 1 dobj
        .         .         PUNCT .   1 punct
        The       the       DET   DT  5 det
        agency    agency    NOUN  NN  6 nsubj
        said      say       VERB  VBD 6 ROOT
        more      more      ADJ   JJR 6 dobj
        .         .         PUNCT .   6 punct
    """)
    actors = find_actors(doc, gazetteer)
    xinhua = next(a for a in actors.actors if a.name == "Xinhua")
    assert [m.text for m in xinhua.mentions] == ["Xinhua", "The agency"]


def test_a_name_the_ner_cut_short_runs_to_the_word_it_hangs_on(gazetteer):
    # president abdelaziz bouteflicka threatened . (the NER takes only "abdelaziz")
    (president,) = _only_actors("""
        president    president    PROPN NNP 2 compound
        abdelaziz    abdelaziz    PROPN NNP 2 compound B-PERSON
        bouteflicka  bouteflicka  PROPN NNP 3 nsubj
        threatened   threaten     VERB  VBD 3 ROOT
        .            .            PUNCT .   3 punct
    """, gazetteer)
    assert (president.name, president.sector) == ("abdelaziz bouteflicka", "GOV")


def test_a_generic_word_without_a_qualifier_keeps_its_own_sector(gazetteer):
    # Government officials said.
    (officials,) = _only_actors("""
        Government  government  NOUN  NN  1 compound
        officials   official    NOUN  NNS 2 nsubj
        said        say         VERB  VBD 2 ROOT
    """, gazetteer)
    assert officials.sector == "GOV"


@pytest.mark.parametrize("ruler", ["emir", "queen", "king"])
def test_a_monarch_is_the_head_of_state_of_the_country_that_owns_the_title(gazetteer, ruler):
    # Kuwait's emir spoke .
    (monarch,) = _only_actors(f"""
        Kuwait  Kuwait  PROPN NNP 2 poss  B-GPE nospace
        's      's      PART  POS 0 case
        {ruler}  {ruler}  NOUN  NN  3 nsubj
        spoke   speak   VERB  VBD 3 ROOT
    """, gazetteer)
    assert (monarch.country, monarch.sector) == ("KWT", "GOV")


def test_a_title_and_a_surname_only_one_known_person_bears_name_that_person(gazetteer):
    doc = build("""
        President   president   PROPN NNP 1 compound
        Bouteflika  Bouteflika  PROPN NNP 2 nsubj    B-PERSON
        spoke       speak       VERB  VBD 2 ROOT     nospace
        .           .           PUNCT .   2 punct
    """)
    (president,) = find_actors(doc, gazetteer, published=date(2005, 5, 1)).actors
    assert (president.country, president.sector) == ("DZA", "GOV")
    # known people called Ali are of many countries: the title alone decides nothing about it
    (ali,) = _only_actors("""
        President   president   PROPN NNP 1 compound
        Ali         Ali         PROPN NNP 2 nsubj    B-PERSON
        spoke       speak       VERB  VBD 2 ROOT     nospace
        .           .           PUNCT .   2 punct
    """, gazetteer)
    assert ali.country is None


def test_the_european_community_is_the_european_union(gazetteer):
    (community,) = _only_actors("""
        The        the        DET   DT  2 det
        European   European   PROPN NNP 2 compound B-ORG
        Community  Community  PROPN NNP 3 nsubj    I-ORG
        met        meet       VERB  VBD 3 ROOT     nospace
        .          .          PUNCT .   3 punct
    """, gazetteer)
    assert (community.name, community.country) == ("European Union", "IGO")


def test_the_european_union_and_the_eu_are_one_actor(gazetteer):
    # The European Union imposed sanctions. The EU said ...
    analysis = find_actors(build("""
        The        the        DET   DT  2 det      B-ORG
        European   European   PROPN NNP 2 compound I-ORG
        Union      Union      PROPN NNP 3 nsubj    I-ORG
        imposed    impose     VERB  VBD 3 ROOT
        sanctions  sanction   NOUN  NNS 3 dobj     nospace
        .          .          PUNCT .   3 punct
        The        the        DET   DT  7 det
        EU         EU         PROPN NNP 8 nsubj    B-ORG
        said       say        VERB  VBD 8 ROOT     nospace
        .          .          PUNCT .   8 punct
    """), gazetteer)
    (union,) = analysis.actors
    assert (union.name, union.code, len(union.mentions)) == ("European Union", "IGOWSTEEC", 2)


def test_international_bodies_from_the_dictionary_are_known(gazetteer):
    (bank,) = _only_actors("""
        The          the          DET   DT  3 det
        African      African      PROPN NNP 3 compound B-ORG
        Development  Development  PROPN NNP 3 compound I-ORG
        Bank         Bank         PROPN NNP 4 nsubj    I-ORG
        lent         lend         VERB  VBD 4 ROOT     nospace
        .            .            PUNCT .   4 punct
    """, gazetteer)
    assert (bank.name, bank.kind, bank.country) == ("African Development Bank", "organisation", "IGO")


def test_a_group_in_a_place_is_of_that_places_country(gazetteer):
    doc = build("""
        Demonstrators  demonstrator  NOUN  NNS 3 nsubj
        in             in            ADP   IN  0 prep
        Baghdad        Baghdad       PROPN NNP 1 pobj   B-GPE
        marched        march         VERB  VBD 3 ROOT   nospace
        .              .             PUNCT .   3 punct
    """)
    analysis = find_actors(doc, gazetteer)
    (group,) = [a for a in analysis.actors if a.kind == "group"]
    assert (group.name, group.country) == ("Demonstrators", "IRQ")


def test_hardware_a_country_qualifies_stands_for_its_forces(gazetteer):
    # Russian aircraft attacked the village.
    actors = _only_actors("""
        Russian   russian   ADJ   JJ  1 amod  B-NORP
        aircraft  aircraft  NOUN  NN  2 nsubj
        attacked  attack    VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        village   village   NOUN  NN  2 dobj  nospace
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.code) for a in actors] == [("Russian aircraft", "group", "RUSMIL")]


def test_a_hyphenated_title_in_an_international_body_codes_its_holder(gazetteer):
    # U.N. Secretary-General Kofi Annan spoke.
    actors = _only_actors("""
        U.N.       U.N.       PROPN NNP 3 compound B-ORG
        Secretary  Secretary  PROPN NNP 3 compound nospace
        -          -          PUNCT HYPH 3 punct nospace
        General    General    PROPN NNP 5 compound
        Kofi       Kofi       PROPN NNP 5 compound B-PERSON
        Annan      Annan      PROPN NNP 6 nsubj    I-PERSON
        spoke      speak      VERB  VBD 6 ROOT nospace
        .          .          PUNCT .   6 punct
    """, gazetteer)
    (annan,) = actors
    assert (annan.name, annan.country, annan.titles) == ("Kofi Annan", "IGO", ("U.N. Secretary-General",))


def test_a_title_in_an_international_body_outranks_the_dictionarys_nationality(gazetteer):
    # Kenzo Oshima, the United Nations relief coordinator, spoke.
    actors = _only_actors("""
        Kenzo        Kenzo        PROPN NNP 1 compound B-PERSON
        Oshima       Oshima       PROPN NNP 9 nsubj    I-PERSON nospace
        ,            ,            PUNCT ,   1 punct
        the          the          DET   DT  7 det
        United       United       PROPN NNP 5 compound B-ORG
        Nations      Nations      PROPN NNP 7 compound I-ORG
        relief       relief       NOUN  NN  7 compound
        coordinator  coordinator  NOUN  NN  1 appos nospace
        ,            ,            PUNCT ,   1 punct
        spoke        speak        VERB  VBD 9 ROOT nospace
        .            .            PUNCT .   9 punct
    """, gazetteer)
    people = [a for a in actors if a.kind == "person"]
    assert [(a.name, a.country) for a in people] == [("Kenzo Oshima", "IGO")]


def test_a_party_of_unknown_country_takes_the_one_country_its_sentence_speaks_of(gazetteer):
    # The Umma party will boycott Algeria's elections, but the Umma party and Morocco ...
    actors = _only_actors("""
        The      the      DET   DT  2 det
        Umma     Umma     PROPN NNP 2 compound B-ORG
        party    party    NOUN  NN  4 nsubj    I-ORG
        will     will     AUX   MD  4 aux
        boycott  boycott  VERB  VB  4 ROOT
        Algeria  Algeria  PROPN NNP 7 poss     B-GPE
        's       's       PART  POS 5 case
        elections election NOUN NNS 4 dobj nospace
        .        .        PUNCT .   4 punct
    """, gazetteer)
    umma = next(a for a in actors if a.name.startswith("Umma"))
    assert umma.country == "DZA"
    actors = _only_actors("""
        The      the      DET   DT  2 det
        Umma     Umma     PROPN NNP 2 compound B-ORG
        party    party    NOUN  NN  3 nsubj    I-ORG
        met      meet     VERB  VBD 3 ROOT
        Moroccan moroccan ADJ   JJ  5 amod     B-NORP
        and      and      CCONJ CC  4 cc
        Tunisian tunisian ADJ   JJ  4 conj     B-NORP
        leaders  leader   NOUN  NNS 3 dobj nospace
        .        .        PUNCT .   3 punct
    """, gazetteer)
    umma = next(a for a in actors if a.name.startswith("Umma"))
    assert umma.country is None


def test_an_ethnic_minority_is_of_the_country_it_lives_in(gazetteer):
    # Ethnic Albanians demonstrated in Serbia, Belgrade radio said.
    actors = _only_actors("""
        Ethnic       ethnic       ADJ   JJ   1 amod
        Albanians    Albanians    PROPN NNPS 2 nsubj   B-NORP
        demonstrated demonstrate  VERB  VBD  8 ccomp
        in           in           ADP   IN   2 prep
        Serbia       Serbia       PROPN NNP  3 pobj    B-GPE nospace
        ,            ,            PUNCT ,    8 punct
        Belgrade     Belgrade     PROPN NNP  7 compound B-GPE
        radio        radio        NOUN  NN   8 nsubj
        said         say          VERB  VBD  8 ROOT nospace
        .            .            PUNCT .    8 punct
    """, gazetteer)
    (group,) = [a for a in actors if a.kind == "group"]
    assert (group.name, group.country) == ("Ethnic Albanians", "SRB")


def test_one_person_a_country_qualifies_is_an_actor_of_their_own(gazetteer):
    # A Saudi businessman sued an Iraqi student.
    actors = _only_actors("""
        A           a           DET   DT  2 det
        Saudi       saudi       ADJ   JJ  2 amod  B-NORP
        businessman businessman NOUN  NN  3 nsubj
        sued        sue         VERB  VBD 3 ROOT
        an          an          DET   DT  6 det
        Iraqi       iraqi       ADJ   JJ  6 amod  B-NORP
        student     student     NOUN  NN  3 dobj  nospace
        .           .           PUNCT .   3 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.country) for a in actors] == [
        ("Saudi businessman", "person", "SAU"), ("Iraqi student", "person", "IRQ")]


def test_a_country_one_is_for_or_against_is_not_ones_own(gazetteer):
    # An anti-Syria journalist was killed.
    actors = _only_actors("""
        An          an          DET   DT   4 det
        anti        anti        ADJ   JJ   3 amod nospace
        -           -           PUNCT HYPH 3 punct nospace
        Syria       Syria       PROPN NNP  4 compound B-GPE
        journalist  journalist  NOUN  NN   6 nsubjpass
        was         be          AUX   VBD  6 auxpass
        killed      kill        VERB  VBN  6 ROOT nospace
        .           .           PUNCT .    6 punct
    """, gazetteer)
    # someone unnamed, of no country the text gives: not a Syrian
    assert [(a.kind, a.country, a.sector) for a in actors if a.kind == "person"] == [("person", None, "MED")]


def test_separatists_for_a_country_are_not_of_it(gazetteer):
    # Pro-Russian separatists attacked.
    actors = _only_actors("""
        Pro         pro         ADJ   JJ   2 amod nospace
        -           -           PUNCT HYPH 2 punct nospace
        Russian     russian     ADJ   JJ   3 amod B-NORP
        separatists separatist  NOUN  NNS  4 nsubj
        attacked    attack      VERB  VBD  4 ROOT nospace
        .           .           PUNCT .    4 punct
    """, gazetteer)
    (group,) = actors
    assert (group.name, group.country) == ("Pro-Russian separatists", None)


def test_a_people_an_adjective_places_is_of_that_country_even_if_the_ner_calls_it_a_person(gazetteer):
    # Bosnian Serbs demanded a truce.
    actors = _only_actors("""
        Bosnian   Bosnian   ADJ   JJ   1 amod  B-PERSON
        Serbs     Serbs     PROPN NNPS 2 nsubj I-PERSON
        demanded  demand    VERB  VBD  2 ROOT
        a         a         DET   DT   4 det
        truce     truce     NOUN  NN   2 dobj nospace
        .         .         PUNCT .    2 punct
    """, gazetteer)
    (group,) = actors
    assert (group.name, group.kind, group.country) == ("Bosnian Serbs", "group", "BIH")


def test_leaders_of_an_unknown_body_in_a_sentence_about_one_country_are_of_it(gazetteer):
    # Leaders of the Azadliq coalition postponed the rally in Baku.
    actors = _only_actors("""
        Leaders    leader     NOUN  NNS 5 nsubj
        of         of         ADP   IN  0 prep
        the        the        DET   DT  4 det
        Azadliq    Azadliq    PROPN NNP 4 compound
        coalition  coalition  NOUN  NN  1 pobj
        postponed  postpone   VERB  VBD 5 ROOT
        the        the        DET   DT  7 det
        rally      rally      NOUN  NN  5 dobj
        in         in         ADP   IN  7 prep
        Baku       Baku       PROPN NNP 8 pobj  B-GPE nospace
        .          .          PUNCT .   5 punct
    """, gazetteer)
    groups = [a for a in actors if a.kind == "group"]
    assert [(a.name, a.country) for a in groups] == [("Leaders of the Azadliq coalition", "AZE")]


def test_agents_and_peacekeepers_a_country_qualifies_are_actors(gazetteer):
    # U.S. border agents and Indian peacekeepers arrived.
    actors = _only_actors("""
        U.S.         U.S.         PROPN NNP  2 compound B-GPE
        border       border       NOUN  NN   2 compound
        agents       agent        NOUN  NNS  6 nsubj
        and          and          CCONJ CC   2 cc
        Indian       indian       ADJ   JJ   5 amod     B-NORP
        peacekeepers peacekeeper  NOUN  NNS  2 conj
        arrived      arrive       VERB  VBD  6 ROOT nospace
        .            .            PUNCT .    6 punct
    """, gazetteer)
    assert [(a.name, a.country) for a in actors] == [
        ("U.S. border agents", "USA"), ("Indian peacekeepers", "IND")]


def test_an_armed_act_a_country_qualifies_stands_for_its_forces(gazetteer):
    # US attacks killed eight militants.
    actors = _only_actors("""
        US        US        PROPN NNP 1 compound B-GPE
        attacks   attack    NOUN  NNS 2 nsubj
        killed    kill      VERB  VBD 2 ROOT
        eight     eight     NUM   CD  4 nummod
        militants militant  NOUN  NNS 2 dobj  nospace
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert ("US attacks", "USAMIL") in [(a.name, a.code) for a in actors]


def test_a_name_behind_arabic_lower_case_article_is_known(gazetteer):
    # The al-Qaeda network threatened Israel.
    actors = _only_actors("""
        The        the        DET   DT   4 det
        al         al         PROPN NNP  3 compound nospace
        -          -          PUNCT HYPH 3 punct nospace
        Qaeda      Qaeda      PROPN NNP  4 compound
        network    network    NOUN  NN   5 nsubj
        threatened threaten   VERB  VBD  5 ROOT
        Israel     Israel     PROPN NNP  5 dobj B-GPE nospace
        .          .          PUNCT .    5 punct
    """, gazetteer)
    assert [(a.name, a.country) for a in actors] == [("Al-Qaeda", "IMG"), ("Israel", "ISR")]


def test_a_titled_surname_most_known_bearers_share_gives_their_country(gazetteer):
    # President Bush spoke. (George Bush and George W. Bush are American, Mckeeva Bush Caymanian)
    (bush,) = _only_actors("""
        President President PROPN NNP 1 compound
        Bush      Bush      PROPN NNP 2 nsubj B-PERSON
        spoke     speak     VERB  VBD 2 ROOT
    """, gazetteer)
    assert (bush.name, bush.country) == ("Bush", "USA")
    # without a title a surname is too often someone else's
    (bush,) = _only_actors("""
        Bush      Bush      PROPN NNP 1 nsubj B-PERSON
        spoke     speak     VERB  VBD 1 ROOT
    """, gazetteer)
    assert bush.country is None


def test_a_country_owning_an_act_or_a_thing_acts_and_one_owning_a_body_only_qualifies_it(gazetteer):
    # Albania denounced Serbia's suppression of the unrest .
    actors = _only_actors("""
        Albania      Albania      PROPN NNP 1 nsubj B-GPE
        denounced    denounce     VERB  VBD 1 ROOT
        Serbia       Serbia       PROPN NNP 4 poss  B-GPE nospace
        's           's           PART  POS 2 case
        suppression  suppression  NOUN  NN  1 dobj
        of           of           ADP   IN  4 prep
        the          the          DET   DT  7 det
        unrest       unrest       NOUN  NN  5 pobj
        .            .            PUNCT .   1 punct
    """, gazetteer)
    assert [a.country for a in actors] == ["ALB", "SRB"]
    # Tanzania's criminal investigation and immigration departments declined .
    actors = _only_actors("""
        Tanzania       Tanzania       PROPN NNP 3 poss  B-GPE nospace
        's             's             PART  POS 0 case
        criminal       criminal       ADJ   JJ  3 amod
        investigation  investigation  NOUN  NN  7 nsubj
        and            and            CCONJ CC  3 cc
        immigration    immigration    NOUN  NN  6 compound
        departments    department     NOUN  NNS 3 conj
        declined       decline        VERB  VBD 7 ROOT
    """, gazetteer)
    assert "TZA" not in [a.country for a in actors if a.kind == "country"]
    # troops fought in Russia's Kursk region : a place of the country, not the country acting
    actors = _only_actors("""
        troops  troop   NOUN  NNS 1 nsubj
        fought  fight   VERB  VBD 1 ROOT
        in      in      ADP   IN  1 prep
        Russia  Russia  PROPN NNP 6 poss  B-GPE nospace
        's      's      PART  POS 3 case
        Kursk   Kursk   PROPN NNP 6 compound B-GPE
        region  region  NOUN  NN  2 pobj
    """, gazetteer)
    assert "RUS" not in [a.country for a in actors if a.kind == "country"]


def test_a_country_qualifying_a_bodys_bare_name_makes_it_that_countrys(gazetteer):
    # Pakistan's Senate approved the bill. / The Senate approved the bill.
    (senate,) = _only_actors("""
        Pakistan Pakistan PROPN NNP 2 poss  B-GPE nospace
        's       's       PART  POS 0 case
        Senate   Senate   PROPN NNP 3 nsubj B-ORG
        approved approve  VERB  VBD 3 ROOT
    """, gazetteer)
    assert (senate.country, senate.sector) == ("PAK", "LEG")
    (senate,) = _only_actors("""
        The      the      DET   DT  1 det
        Senate   Senate   PROPN NNP 2 nsubj B-ORG
        approved approve  VERB  VBD 2 ROOT
    """, gazetteer)
    assert (senate.country, senate.sector) == ("USA", "LEG")


def test_a_group_leaving_a_place_is_not_of_that_place(gazetteer):
    # The withdrawal of troops from Panama began. / Refugees from Syria arrived.
    leaving = _only_actors("""
        The        the        DET   DT  1 det
        withdrawal withdrawal NOUN  NN  6 nsubj
        of         of         ADP   IN  1 prep
        troops     troop      NOUN  NNS 2 pobj
        from       from       ADP   IN  3 prep
        Panama     Panama     PROPN NNP 4 pobj B-GPE
        began      begin      VERB  VBD 6 ROOT
    """, gazetteer)
    assert "PAN" not in [a.country for a in leaving if a.kind == "group"]
    arriving = _only_actors("""
        Refugees   refugee    NOUN  NNS 3 nsubj
        from       from       ADP   IN  0 prep
        Syria      Syria      PROPN NNP 1 pobj B-GPE
        arrived    arrive     VERB  VBD 3 ROOT
    """, gazetteer)
    assert [(a.kind, a.country) for a in arriving if a.kind == "group"] == [("group", "SYR")]


def test_a_name_one_is_for_or_against_names_no_one_but_a_body_after_it_stays(gazetteer):
    # The vote is more anti-Trump than pro-Clinton, said the pro-Clinton Priorities USA.
    analysis = find_actors(build("""
        The        the        DET   DT   1 det
        vote       vote       NOUN  NN   2 nsubj
        is         be         AUX   VBZ  12 ccomp
        more       more       ADV   RBR  4 advmod
        anti       anti       ADJ   JJ   2 acomp nospace
        -          -          PUNCT HYPH 4 punct nospace
        Trump      Trump      ADJ   JJ   4 amod
        than       than       ADP   IN   4 prep
        pro        pro        ADJ   JJ   10 amod B-PERSON nospace
        -          -          PUNCT HYPH 10 punct I-PERSON nospace
        Clinton    Clinton    PROPN NNP  7 pobj I-PERSON nospace
        ,          ,          PUNCT ,    12 punct
        said       say        VERB  VBD  12 ROOT
        the        the        DET   DT   18 det
        pro        pro        ADJ   JJ   18 amod B-ORG nospace
        -          -          PUNCT HYPH 14 punct I-ORG nospace
        Clinton    Clinton    ADJ   JJ   14 amod I-ORG
        Priorities Priorities PROPN NNP  18 compound I-ORG
        USA        USA        PROPN NNP  12 nsubj I-ORG nospace
        .          .          PUNCT .    12 punct
    """), gazetteer)
    assert [a.name for a in analysis.actors if a.kind in ("person", "organisation")] == ["Priorities USA"]


def test_a_subject_pronoun_is_first_someone_named_earlier_in_its_sentence(gazetteer):
    # Kerry spoke. Oz's advice earned him a hearing, where he testified. ("he" is Oz, not Kerry)
    analysis = find_actors(build("""
        Kerry     Kerry     PROPN NNP 1 nsubj B-PERSON
        spoke     speak     VERB  VBD 1 ROOT nospace
        .         .         PUNCT .   1 punct
        Oz        Oz        PROPN NNP 5 poss B-PERSON
        's        's        PART  POS 3 case nospace
        advice    advice    NOUN  NN  6 nsubj
        earned    earn      VERB  VBD 6 ROOT
        him       he        PRON  PRP 6 dative
        a         a         DET   DT  9 det
        hearing   hearing   NOUN  NN  6 dobj nospace
        ,         ,         PUNCT ,   9 punct
        where     where     ADV   WRB 13 advmod
        he        he        PRON  PRP 13 nsubj
        testified testify   VERB  VBD 9 relcl nospace
        .         .         PUNCT .   6 punct
    """), gazetteer)
    he = analysis.mention_at(12)
    assert he is not None and analysis.actor(he.actors[0]).name == "Oz"


def test_police_a_lower_case_text_names_are_the_police_of_the_country_it_speaks_of(gazetteer):
    # police arrested 20 people in ahmedabad.
    analysis = find_actors(build("""
        police    police    NOUN  NNS 1 nsubj
        arrested  arrest    VERB  VBD 1 ROOT
        20        20        NUM   CD  3 nummod
        people    people    NOUN  NNS 1 dobj
        in        in        ADP   IN  1 prep
        ahmedabad ahmedabad PROPN NNP 4 pobj  nospace
        .         .         PUNCT .   1 punct
    """), gazetteer)
    police = analysis.actor(analysis.mention_at(0).actors[0])
    assert (police.name, police.kind, police.code) == ("police", "group", "INDCOP")


@pytest.mark.parametrize("word, lemma, code", [("Rebels", "rebel", "---REB"), ("Police", "police", "---COP")])
def test_a_group_nothing_places_has_petrarchs_unknown_country(gazetteer, word, lemma, code):
    # Rebels attacked the town.
    (group,) = _only_actors(f"""
        {word}    {lemma}   NOUN  NNS 1 nsubj
        attacked  attack    VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        town      town      NOUN  NN  1 dobj  nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)
    assert (group.name, group.country, group.code) == (word, None, code)


def test_the_government_is_an_actor_of_the_country_the_article_is_about(gazetteer):
    # Iran tested a missile. The government rejected the plan.
    actors = _only_actors("""
        Iran       Iran       PROPN NNP 1 nsubj B-GPE
        tested     test       VERB  VBD 1 ROOT
        a          a          DET   DT  3 det
        missile    missile    NOUN  NN  1 dobj  nospace
        .          .          PUNCT .   1 punct
        The        the        DET   DT  6 det
        government government NOUN  NN  7 nsubj
        rejected   reject     VERB  VBD 7 ROOT
        the        the        DET   DT  9 det
        plan       plan       NOUN  NN  7 dobj  nospace
        .          .          PUNCT .   7 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors] == [("Iran", "IRN"), ("government", "IRNGOV")]


def test_a_dateline_places_the_groups_the_text_does_not(gazetteer):
    doc = build("""
        Police    police    NOUN  NNS 1 nsubj
        arrested  arrest    VERB  VBD 1 ROOT
        two       two       NUM   CD  3 nummod
        men       man       NOUN  NNS 1 dobj  nospace
        .         .         PUNCT .   1 punct
    """)
    police = find_actors(doc, gazetteer, dateline="NEW DELHI").actors[0]
    assert (police.name, police.code) == ("Police", "INDCOP")


def test_a_country_word_on_a_place_name_places_the_group_before_the_dateline_does(gazetteer):
    # (NICOSIA) Protesters marched in the Tanzanian capital Dar-es-Salaam. (the parser hangs the
    # adjective on the name, which the gazetteer does not know written so)
    doc = build("""
        Protesters protester  NOUN  NNS 1 nsubj
        marched    march      VERB  VBD 1 ROOT
        in         in         ADP   IN  1 prep
        the        the        DET   DT  6 det
        Tanzanian  Tanzanian  ADJ   JJ  6 amod  B-NORP
        capital    capital    NOUN  NN  6 compound
        Dar-es-Salaam Dar-es-Salaam PROPN NNP 2 pobj B-GPE nospace
        .          .          PUNCT .   1 punct
    """)
    protesters = find_actors(doc, gazetteer, dateline="NICOSIA").actors[0]
    assert (protesters.name, protesters.code) == ("Protesters", "TZAOPP")


def test_a_name_the_ner_calls_a_person_that_ends_in_a_bodys_word_is_that_body(gazetteer):
    doc = build("""
        Delhi     Delhi     PROPN NNP 1 compound B-PERSON
        Police    Police    PROPN NNP 2 nsubj    I-PERSON
        arrested  arrest    VERB  VBD 2 ROOT
        two       two       NUM   CD  4 nummod
        men       man       NOUN  NNS 2 dobj
    """)
    police = find_actors(doc, gazetteer).actors[0]
    assert (police.name, police.kind, police.sector) == ("Delhi Police", "organisation", "COP")


def test_an_agreement_the_ner_calls_an_organisation_is_no_actor(gazetteer):
    # India and Pakistan discussed the Indus Waters Treaty.
    doc = build("""
        India      India      PROPN NNP 3 nsubj    B-GPE
        and        and        CCONJ CC  0 cc
        Pakistan   Pakistan   PROPN NNP 0 conj     B-GPE
        discussed  discuss    VERB  VBD 3 ROOT
        the        the        DET   DT  7 det      B-ORG
        Indus      Indus      PROPN NNP 7 compound I-ORG
        Waters     Waters     PROPN NNP 7 compound I-ORG
        Treaty     Treaty     PROPN NNP 3 dobj     I-ORG
    """)
    assert [a.code for a in find_actors(doc, gazetteer).actors] == ["IND", "PAK"]


def test_armed_strikes_a_country_qualifies_stand_for_its_forces_a_labour_strike_does_not(gazetteer):
    # Israeli air strikes killed 12 people. / French strikes disrupted traffic.
    air = build("""
        Israeli  Israeli  ADJ   JJ  2 amod     B-NORP
        air      air      NOUN  NN  2 compound
        strikes  strike   NOUN  NNS 3 nsubj
        killed   kill     VERB  VBD 3 ROOT
    """)
    assert [(a.name, a.code) for a in find_actors(air, gazetteer).actors] == [("Israeli air strikes", "ISRMIL")]
    labour = build("""
        French     French     ADJ   JJ  1 amod  B-NORP
        strikes    strike     NOUN  NNS 2 nsubj
        disrupted  disrupt    VERB  VBD 2 ROOT
        traffic    traffic    NOUN  NN  2 dobj
    """)
    assert [a.sector for a in find_actors(labour, gazetteer).actors if a.kind == "group"] == []


def test_a_us_state_after_a_datelines_city_places_it_in_the_us(gazetteer):
    assert [gazetteer.dateline_country(d) for d in ("NEWARK, N.J.", "SPOKANE, Wash.", "TBILISI, Georgia",
                                                     "BEIRUT, Lebanon", "SPRINGFIELD")] \
        == ["USA", "USA", "GEO", "LBN", None]


def test_the_ministries_of_two_countries_are_two_actors_in_a_lower_case_text(gazetteer):
    # the foreign ministry of china protested. the foreign ministry of japan rejected it.
    analysis = find_actors(build("""
        the       the       DET   DT  2 det
        foreign   foreign   ADJ   JJ  2 amod
        ministry  ministry  NOUN  NN  5 nsubj
        of        of        ADP   IN  2 prep
        china     china     PROPN NNP 3 pobj
        protested protest   VERB  VBD 5 ROOT  nospace
        .         .         PUNCT .   5 punct
        the       the       DET   DT  9 det
        foreign   foreign   ADJ   JJ  9 amod
        ministry  ministry  NOUN  NN  12 nsubj
        of        of        ADP   IN  9 prep
        japan     japan     PROPN NNP 10 pobj
        rejected  reject    VERB  VBD 12 ROOT
        it        it        PRON  PRP 12 dobj nospace
        .         .         PUNCT .   12 punct
    """), gazetteer)
    first, second = (analysis.actor(analysis.mention_at(i).actors[0]) for i in (2, 9))
    assert (first.code, second.code) == ("CHNGOV", "JPNGOV")


def test_a_body_a_country_qualifies_is_that_countrys(gazetteer):
    # India's Defence Ministry said ...
    (ministry,) = [a for a in _only_actors("""
        India     India     PROPN NNP 3 poss     B-GPE nospace
        's        's        PART  POS 0 case
        Defence   Defence   PROPN NNP 3 compound B-ORG
        Ministry  Ministry  PROPN NNP 4 nsubj    I-ORG
        said      say       VERB  VBD 4 ROOT     nospace
        .         .         PUNCT .   4 punct
    """, gazetteer) if a.kind == "organisation"]
    assert (ministry.name, ministry.code) == ("Defence Ministry (India)", "INDGOV")


def test_a_body_named_after_a_person_is_of_that_persons_country(gazetteer):
    # The Obama administration praised Burma.
    actors = _only_actors("""
        The            the            DET   DT  2 det
        Obama          Obama          PROPN NNP 2 compound B-PERSON
        administration administration NOUN  NN  3 nsubj
        praised        praise         VERB  VBD 3 ROOT
        Burma          Burma          PROPN NNP 3 dobj     B-GPE nospace
        .              .              PUNCT .   3 punct
    """, gazetteer)
    assert ("Obama administration", "USAGOV") in [(a.name, a.code) for a in actors]

def test_a_crowd_is_an_actor(gazetteer):
    # Villagers said a mob attacked the station.
    actors = _only_actors("""
        Villagers villager  NOUN  NNS 1 nsubj
        said      say       VERB  VBD 1 ROOT
        a         a         DET   DT  3 det
        mob       mob       NOUN  NN  4 nsubj
        attacked  attack    VERB  VBD 1 ccomp
        the       the       DET   DT  6 det
        station   station   NOUN  NN  4 dobj  nospace
        .         .         PUNCT .   1 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors] == [("Villagers", "---CVL"), ("mob", "---CVL")]


def test_the_heads_of_international_bodies_are_coded_as_their_bodies(gazetteer):
    # UN chief Antonio Guterres met NATO Secretary General Jens Stoltenberg.
    actors = _only_actors("""
        UN         UN         PROPN NNP 1 compound B-ORG
        chief      chief      NOUN  NN  3 compound
        Antonio    Antonio    PROPN NNP 3 compound B-PERSON
        Guterres   Guterres   PROPN NNP 4 nsubj    I-PERSON
        met        meet       VERB  VBD 4 ROOT
        NATO       NATO       PROPN NNP 7 compound B-ORG
        Secretary  Secretary  PROPN NNP 7 compound
        General    General    PROPN NNP 9 compound
        Jens       Jens       PROPN NNP 9 compound B-PERSON
        Stoltenberg Stoltenberg PROPN NNP 4 dobj   I-PERSON nospace
        .          .          PUNCT .   4 punct
    """, gazetteer)
    # the dictionary knows them as Portugal's former premier and Norway's: their office says more
    assert [(a.name, a.code) for a in actors] == [("Antonio Guterres", "IGOUNO"), ("Jens Stoltenberg", "IGOWSTNAT")]


def test_a_name_after_a_persons_role_is_a_person_whatever_the_ner_says(gazetteer):
    # UN envoy Staffan de Mistura met Russian officials. (the NER: an organisation)
    (envoy, _) = _only_actors("""
        UN        UN        PROPN NNP 1 compound B-ORG
        envoy     envoy     NOUN  NN  4 compound
        Staffan   Staffan   PROPN NNP 4 compound B-ORG
        de        de        PROPN NNP 4 compound I-ORG
        Mistura   Mistura   PROPN NNP 5 nsubj    I-ORG
        met       meet      VERB  VBD 5 ROOT
        Russian   russian   ADJ   JJ  7 amod     B-NORP
        officials official  NOUN  NNS 5 dobj     nospace
        .         .         PUNCT .   5 punct
    """, gazetteer)
    assert (envoy.name, envoy.kind, envoy.code, envoy.titles) == ("Staffan de Mistura", "person", "IGOUNO", ("UN envoy",))
    # Governor Olayemi Cardoso spoke. (the NER: a facility)
    (governor,) = _only_actors("""
        Governor  governor  PROPN NNP 2 compound
        Olayemi   Olayemi   PROPN NNP 2 compound B-FAC
        Cardoso   Cardoso   PROPN NNP 3 nsubj    I-FAC
        spoke     speak     VERB  VBD 3 ROOT     O nospace
        .         .         PUNCT .   3 punct
    """, gazetteer)
    assert (governor.name, governor.kind) == ("Olayemi Cardoso", "person")


def test_a_generic_head_word_takes_the_sector_of_the_words_before_it(gazetteer):
    # Army chief Raheel Sharif spoke.
    (chief,) = _only_actors("""
        Army    army    PROPN NNP 1 compound
        chief   chief   NOUN  NN  3 compound
        Raheel  Raheel  PROPN NNP 3 compound B-PERSON
        Sharif  Sharif  PROPN NNP 4 nsubj    I-PERSON
        spoke   speak   VERB  VBD 4 ROOT
    """, gazetteer)
    assert (chief.name, chief.sector) == ("Raheel Sharif", "MIL")


def test_a_titles_country_outranks_a_dictionary_namesakes(gazetteer):
    # Irish Senator Brendan O'Connor met Irish President Michael. (the dictionary knows an
    # Australian minister Brendan O'Connor, and Debretsion Gebre Michael of Ethiopia)
    actors = _only_actors("""
        Irish     irish     ADJ   JJ  1 amod     B-NORP
        Senator   Senator   PROPN NNP 3 compound
        Brendan   Brendan   PROPN NNP 3 compound B-PERSON
        O'Connor  O'Connor  PROPN NNP 4 nsubj    I-PERSON
        met       meet      VERB  VBD 4 ROOT
        Irish     irish     ADJ   JJ  6 amod     B-NORP
        President President PROPN NNP 7 compound
        Michael   Michael   PROPN NNP 4 dobj     B-PERSON nospace
        .         .         PUNCT .   4 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors] == [("Brendan O'Connor", "IRLLEG"), ("Michael", "IRLGOV")]


def test_a_name_with_an_apostrophe_is_a_full_name(gazetteer):
    # Irish President Michael O'Connor spoke. O'Connor said ...
    (person,) = _only_actors("""
        Irish     irish     ADJ   JJ  1 amod     B-NORP
        President President PROPN NNP 3 compound
        Michael   Michael   PROPN NNP 3 compound B-PERSON
        O'Connor  O'Connor  PROPN NNP 4 nsubj    I-PERSON
        spoke     speak     VERB  VBD 4 ROOT     nospace
        .         .         PUNCT .   4 punct
        O'Connor  O'Connor  PROPN NNP 7 nsubj    B-ORG
        said      say       VERB  VBD 7 ROOT     nospace
        .         .         PUNCT .   7 punct
    """, gazetteer)
    assert (person.name, person.code, [m.text for m in person.mentions]) == (
        "Michael O'Connor", "IRLGOV", ["Michael O'Connor", "O'Connor"])


def test_a_person_with_a_role_and_no_country_takes_the_datelines(gazetteer):
    doc = build("""
        Sen.      Sen.      PROPN NNP 2 compound
        Mary      Mary      PROPN NNP 2 compound B-PERSON
        Halvorsen Halvorsen PROPN NNP 3 nsubj    I-PERSON
        spoke     speak     VERB  VBD 3 ROOT     nospace
        .         .         PUNCT .   3 punct
    """)
    (senator,) = find_actors(doc, gazetteer, dateline="WASHINGTON").actors
    assert (senator.name, senator.code, senator.titles) == ("Mary Halvorsen", "USALEG", ("Sen.",))
    (senator,) = find_actors(doc, gazetteer).actors
    assert senator.code == "---LEG"


def test_a_person_with_a_role_takes_the_country_the_article_names_most(gazetteer):
    # the bjp government in india rejected the plan. amar singh, the samajwadi party leader, spoke.
    actors = _only_actors("""
        the        the        DET   DT  2  det
        bjp        bjp        PROPN NNP 2  compound
        government government NOUN  NN  5  nsubj
        in         in         ADP   IN  2  prep
        india      india      PROPN NNP 3  pobj     B-GPE
        rejected   reject     VERB  VBD 5  ROOT
        the        the        DET   DT  7  det
        plan       plan       NOUN  NN  5  dobj     nospace
        .          .          PUNCT .   5  punct
        amar       amar       PROPN NNP 10 compound B-PERSON
        singh      singh      PROPN NNP 17 nsubj    I-PERSON nospace
        ,          ,          PUNCT ,   10 punct
        the        the        DET   DT  15 det      B-ORG
        samajwadi  samajwadi  NOUN  NN  14 compound I-ORG
        party      party      NOUN  NN  15 compound I-ORG
        leader     leader     NOUN  NN  10 appos    nospace
        ,          ,          PUNCT ,   10 punct
        spoke      speak      VERB  VBD 17 ROOT     nospace
        .          .          PUNCT .   17 punct
    """, gazetteer)
    singh = next(a for a in actors if a.kind == "person")
    assert (singh.name, singh.country, singh.sector) == ("amar singh", "IND", "PTY")


def test_american_party_words_name_the_parties_of_people_and_groups_not_things(gazetteer):
    # Republican Sen. Tim Scott said Democrats went to the Democratic convention.
    actors = _only_actors("""
        Republican republican ADJ   JJ   1  amod     B-NORP
        Sen.       Sen.       PROPN NNP  3  compound
        Tim        Tim        PROPN NNP  3  compound B-PERSON
        Scott      Scott      PROPN NNP  4  nsubj    I-PERSON
        said       say        VERB  VBD  4  ROOT
        Democrats  Democrats  PROPN NNPS 6  nsubj    B-NORP
        went       go         VERB  VBD  4  ccomp
        to         to         ADP   IN   6  prep
        the        the        DET   DT   10 det
        Democratic democratic ADJ   JJ   10 amod     B-NORP
        convention convention NOUN  NN   7  pobj     nospace
        .          .          PUNCT .    4  punct
    """, gazetteer)
    assert [(a.name, a.code, [m.text for m in a.mentions]) for a in actors] == [
        ("Tim Scott", "USALEG", ["Tim Scott"]), ("Democratic Party", "USAPTY", ["Democrats"])]


def test_a_partys_initials_name_it_even_where_the_parser_makes_them_qualify_a_noun(gazetteer):
    # DNC issues apology to Sanders. (a headline: the parser reads "DNC issues" as a noun phrase)
    actors = _only_actors("""
        DNC       DNC       PROPN NNP  1 compound B-ORG
        issues    issue     NOUN  NNS  1 ROOT
        apology   apology   NOUN  NN   1 appos
        to        to        ADP   IN   2 prep
        Sanders   Sanders   PROPN NNP  3 pobj     B-PERSON nospace
        .         .         PUNCT .    1 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors if a.kind == "organisation"] == [("Democratic National Committee", "USAPTY")]


def test_party_words_of_another_countrys_story_or_of_a_longer_name_are_not_american_parties(gazetteer):
    # LONDON - The Liberal Democrats said Democrats won.
    doc = build("""
        The        the        DET   DT   2 det
        Liberal    Liberal    PROPN NNP  2 compound
        Democrats  Democrats  PROPN NNPS 3 nsubj    B-NORP
        said       say        VERB  VBD  3 ROOT
        Democrats  Democrats  PROPN NNPS 5 nsubj    B-NORP
        won        win        VERB  VBD  3 ccomp    nospace
        .          .          PUNCT .    3 punct
    """)
    assert find_actors(doc, gazetteer, dateline="LONDON").actors == ()
    assert [a.code for a in find_actors(doc, gazetteer).actors] == ["USAPTY"]  # "Democrats" alone, nowhere


def test_indias_armed_police_are_police(gazetteer):
    # fourteen companies of crpf and pac marched. the police force was deployed.
    actors = _only_actors("""
        fourteen  fourteen  NUM   CD  1  nummod
        companies company   NOUN  NNS 1  ROOT
        of        of        ADP   IN  1  prep
        crpf      crpf      NOUN  NN  2  pobj
        and       and       CCONJ CC  1  cc
        pac       pac       PROPN NNP 6  nsubj
        marched   march     VERB  VBD 1  conj     nospace
        .         .         PUNCT .   6  punct
        the       the       DET   DT  10 det
        police    police    NOUN  NN  10 compound
        force     force     NOUN  NN  12 nsubjpass
        was       be        AUX   VBD 12 auxpass
        deployed  deploy    VERB  VBN 12 ROOT     nospace
        .         .         PUNCT .   12 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors] == [("Central Reserve Police Force", "INDCOP"),
                                                  ("Provincial Armed Constabulary", "INDCOP"),
                                                  ("police force", "---COP")]


def test_a_local_acronym_in_a_longer_name_is_not_the_body(gazetteer):
    # Conservative Solutions PAC raised money. (a political action committee, not India's police)
    actors = _only_actors("""
        Conservative Conservative PROPN NNP  1 compound
        Solutions    Solutions    PROPN NNPS 2 compound
        PAC          PAC          PROPN NNP  3 nsubj
        raised       raise        VERB  VBD  3 ROOT
        money        money        NOUN  NN   3 dobj  nospace
        .            .            PUNCT .    3 punct
    """, gazetteer)
    assert actors == ()


def test_military_force_is_a_means_not_a_group(gazetteer):
    # the use of military force was discussed.
    assert _only_actors("""
        the       the       DET   DT  1 det
        use       use       NOUN  NN  6 nsubjpass
        of        of        ADP   IN  1 prep
        military  military  ADJ   JJ  4 amod
        force     force     NOUN  NN  2 pobj
        was       be        AUX   VBD 6 auxpass
        discussed discuss   VERB  VBN 6 ROOT     nospace
        .         .         PUNCT .   6 punct
    """, gazetteer) == ()


def test_a_country_and_an_international_body_modifying_one_group_are_two_actors(gazetteer):
    # British and European Union officials met.
    analysis = find_actors(build("""
        British   british   ADJ   JJ  4 amod     B-NORP
        and       and       CCONJ CC  0 cc
        European  European  PROPN NNP 3 compound B-ORG
        Union     Union     PROPN NNP 0 conj     I-ORG
        officials official  NOUN  NNS 5 nsubj
        met       meet      VERB  VBD 5 ROOT     nospace
        .         .         PUNCT .   5 punct
    """), gazetteer)
    group = analysis.mention_at(4)
    assert sorted(analysis.actor(a).code for a in group.actors) == ["GBRGOV", "IGOWSTEEC"]
    (union,) = [m for m in analysis.mentions if (m.start, m.end) == (2, 4)]
    assert [analysis.actor(a).code for a in union.actors] == ["IGOWSTEEC"]


def test_a_possessive_in_what_someone_tells_is_the_tellers(gazetteer):
    # Kim met Foreign Minister Sergei Lavrov. Kim told the minister that his country will stand by Russia.
    analysis = find_actors(build("""
        Kim       Kim       PROPN NNP  1  nsubj    B-PERSON
        met       meet      VERB  VBD  1  ROOT
        Foreign   Foreign   PROPN NNP  3  compound
        Minister  Minister  PROPN NNP  5  compound
        Sergei    Sergei    PROPN NNP  5  compound B-PERSON
        Lavrov    Lavrov    PROPN NNP  1  dobj     I-PERSON nospace
        .         .         PUNCT .    1  punct
        Kim       Kim       PROPN NNP  8  nsubj    B-PERSON
        told      tell      VERB  VBD  8  ROOT
        the       the       DET   DT   10 det
        minister  minister  NOUN  NN   8  dobj
        that      that      SCONJ IN   15 mark
        his       his       PRON  PRP$ 13 poss
        country   country   NOUN  NN   15 nsubj
        will      will      AUX   MD   15 aux
        stand     stand     VERB  VB   8  ccomp
        by        by        ADP   IN   15 prep
        Russia    Russia    PROPN NNP  16 pobj     B-GPE nospace
        .         .         PUNCT .    8  punct
    """), gazetteer)
    his, minister = analysis.mention_at(12), analysis.mention_at(10)
    assert analysis.actor(his.actors[0]).name == "Kim"
    assert analysis.actor(minister.actors[0]).name == "Sergei Lavrov"


def test_a_region_or_city_named_as_an_actor_is_of_its_country(gazetteer):
    # Crimea rejected the vote. Tigray's leaders met in Mekele.
    actors = _only_actors("""
        Crimea   Crimea   PROPN NNP 1 nsubj B-ORG
        rejected reject   VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        vote     vote     NOUN  NN  1 dobj  nospace
        .        .        PUNCT .   1 punct
        Tigray   Tigray   PROPN NNP 7 poss  B-PERSON nospace
        's       's       PART  POS 5 case
        leaders  leader   NOUN  NNS 8 nsubj
        met      meet     VERB  VBD 8 ROOT
        in       in       ADP   IN  8 prep
        Mekele   Mekele   PROPN NNP 9 pobj  B-GPE nospace
        .        .        PUNCT .   8 punct
    """, gazetteer)
    assert [(a.name, a.kind, a.code) for a in actors] == [("Crimea", "organisation", "UKR"),
                                                          ("Tigray's leaders", "group", "ETHGOV")]


def test_american_bodies_known_by_their_abbreviations_and_departments_are_known(gazetteer):
    nypd = _only_actors("""
        The       the       DET   DT  1 det
        NYPD      NYPD      PROPN NNP 2 nsubj B-ORG
        arrested  arrest    VERB  VBD 2 ROOT
        two       two       NUM   CD  4 nummod
        men       man       NOUN  NNS 2 dobj  nospace
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert (nypd[0].name, nypd[0].code) == ("New York Police Department", "USACOP")
    doc = build("""
        The        the        DET   DT  2 det
        Justice    Justice    PROPN NNP 2 compound B-ORG
        Department Department PROPN NNP 3 nsubj    I-ORG
        opened     open       VERB  VBD 3 ROOT
        an         an         DET   DT  5 det
        inquiry    inquiry    NOUN  NN  3 dobj  nospace
        .          .          PUNCT .   3 punct
    """)
    (department,) = find_actors(doc, gazetteer, dateline="WASHINGTON").actors
    assert department.code == "USAGOV"


def test_a_court_a_country_qualifies_is_that_countrys_judiciary(gazetteer):
    actors = _only_actors("""
        the           the           DET   DT  3 det
        latvian       latvian       ADJ   JJ  3 amod
        constitutional constitutional ADJ JJ  3 amod
        court         court         NOUN  NN  4 nsubj
        cancelled     cancel        VERB  VBD 4 ROOT
        restrictions  restriction   NOUN  NNS 4 dobj  nospace
        .             .             PUNCT .   4 punct
    """, gazetteer)
    assert [a.code for a in actors if a.kind == "group"] == ["LVAJUD"]


def test_a_title_may_name_its_country_after_the_name(gazetteer):
    actors = _only_actors("""
        President President PROPN NNP 2 compound B-PERSON
        Glafcos   Glafcos   PROPN NNP 2 compound I-PERSON
        Clerides  Clerides  PROPN NNP 5 nsubj    I-PERSON
        of        of        ADP   IN  2 prep
        Cyprus    Cyprus    PROPN NNP 3 pobj     B-GPE
        condemned condemn   VERB  VBD 5 ROOT
        the       the       DET   DT  7 det
        attacks   attack    NOUN  NNS 5 dobj  nospace
        .         .         PUNCT .   5 punct
    """, gazetteer)
    person = next(a for a in actors if a.kind == "person")
    assert person.code == "CYPGOV"


@pytest.mark.parametrize("published, code", [
    (date(2016, 5, 1), "USAPTY"),   # a candidate
    (date(2018, 5, 1), "USAGOV"),   # the president
    (date(2022, 5, 1), "USAPTY"),
])
def test_figures_since_the_dictionaries_were_compiled_are_known_with_their_roles(gazetteer, published, code):
    doc = build("""
        Donald  Donald  PROPN NNP 1 compound B-PERSON
        Trump   Trump   PROPN NNP 2 nsubj    I-PERSON
        spoke   speak   VERB  VBD 2 ROOT     nospace
        .       .       PUNCT .   2 punct
    """)
    (trump,) = find_actors(doc, gazetteer, published=published).actors
    assert trump.code == code


def test_a_curated_figure_keeps_the_dictionarys_forms_of_them(gazetteer):
    (lavrov,) = _only_actors("""
        Lavrov  Lavrov  PROPN NNP 1 nsubj B-PERSON
        spoke   speak   VERB  VBD 1 ROOT  nospace
        .       .       PUNCT .   1 punct
    """, gazetteer)
    assert lavrov.code == "RUSGOV"  # the dictionary spells him Sergey, the curated list Sergei


def test_the_surname_of_a_known_person_is_that_person_whatever_the_ner_calls_it(gazetteer):
    actors = _only_actors("""
        Chris     Chris     PROPN NNP 1 compound B-PERSON
        Christie  Christie  PROPN NNP 2 nsubj    I-PERSON
        spoke     speak     VERB  VBD 2 ROOT     nospace
        .         .         PUNCT .   2 punct
        Christie  Christie  PROPN NNP 5 nsubj    B-ORG
        left      leave     VERB  VBD 5 ROOT     nospace
        .         .         PUNCT .   5 punct
    """, gazetteer)
    (christie,) = actors
    assert christie.name == "Chris Christie" and len(christie.mentions) == 2


def test_a_name_the_ner_ran_on_past_a_known_name_is_a_name_of_its_own(gazetteer):
    # an interview with the New York Times Trump said (no comma in the copy)
    actors = _only_actors("""
        the        the        DET   DT  3 det        B-ORG
        New        New        PROPN NNP 3 compound   I-ORG
        York       York       PROPN NNP 3 compound   I-ORG
        Times      Times      PROPN NNP 5 poss       I-ORG
        Trump      Trump      PROPN NNP 5 nsubj      I-ORG
        said       say        VERB  VBD 5 ROOT
    """, gazetteer)
    assert sorted(a.name for a in actors) == ["New York Times", "Trump"]


@pytest.mark.parametrize("first, noun, expected", [
    ("State  state  NOUN  NN  1 compound", "television", [("State television", "group")]),  # as "state media"
    ("the    the    DET   DT  1 det", "soldier", [("soldier", "person")]),  # as "a soldier"
    ("The    the    DET   DT  1 det", "newspaper", [("newspaper", "group")]),  # the outlet the text has in mind
    ("The    the    DET   DT  1 det", "television", []),  # the set, or any channel
])
def test_a_person_or_outlet_the_text_describes_is_an_actor(gazetteer, first, noun, expected):
    actors = _only_actors(f"""
        {first}
        {noun}    {noun}    NOUN  NN  2 nsubj
        reported  report    VERB  VBD 2 ROOT
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert [(a.name, a.kind) for a in actors] == expected


def test_an_outlets_word_before_its_name_is_no_body_of_its_own(gazetteer):
    # state television SANA reported . (SANA is the outlet)
    named = _only_actors("""
        state       state       NOUN  NN  1 compound
        television  television  NOUN  NN  3 nsubj
        SANA        SANA        PROPN NNP 1 appos B-ORG
        reported    report      VERB  VBD 3 ROOT
        .           .           PUNCT .   3 punct
    """, gazetteer)
    assert "group" not in [a.kind for a in named]


def test_a_state_named_in_a_title_gives_its_country(gazetteer):
    actors = _only_actors("""
        Florida  Florida  PROPN NNP 3 compound
        Rep.     Rep.     PROPN NNP 3 compound
        Debbie   Debbie   PROPN NNP 3 compound B-PERSON
        Schultz  Schultz  PROPN NNP 4 nsubj    I-PERSON
        resigned resign   VERB  VBD 4 ROOT
    """, gazetteer)
    (schultz,) = [a for a in actors if a.name == "Debbie Schultz"]
    assert (schultz.country, schultz.sector) == ("USA", "LEG")
    no_state = _only_actors("""
        Rep.     Rep.     PROPN NNP 2 compound
        Debbie   Debbie   PROPN NNP 2 compound B-PERSON
        Schultz  Schultz  PROPN NNP 3 nsubj    I-PERSON
        resigned resign   VERB  VBD 3 ROOT
    """, gazetteer)
    assert [a.country for a in no_state if a.name == "Debbie Schultz"] == [None]


def test_in_text_without_case_a_countrys_name_is_an_actor_whatever_the_tagger_calls_it(gazetteer):
    # denmark today accepted the plan . (the tagger takes "denmark" for a verb)
    rows = """
        denmark   denmark   VERB  VB  2 nsubj
        today     today     NOUN  NN  2 npadvmod
        accepted  accept    VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        plan      plan      NOUN  NN  2 dobj
        .         .         PUNCT .   2 punct
    """
    assert [(a.name, a.code) for a in _only_actors(rows, gazetteer)] == [("Denmark", "DNK")]
    # an ordinary word stays a word: "us" is no country unless after "the"
    ordinary = rows.replace("denmark   denmark   VERB  VB  2 nsubj", "us        we        PRON  PRP 2 nsubj")
    assert [a.code for a in _only_actors(ordinary, gazetteer)] == []


def test_a_country_an_act_goes_to_is_not_the_doers_own(gazetteer):
    # The government cut aid to Rwanda. / The government cut aid in Rwanda.
    actors = _only_actors("""
        The         the         DET   DT   1 det
        government  government  NOUN  NN   2 nsubj
        cut         cut         VERB  VBD  2 ROOT
        aid         aid         NOUN  NN   2 dobj
        to          to          ADP   IN   3 prep
        Rwanda      Rwanda      PROPN NNP  4 pobj B-GPE nospace
        .           .           PUNCT .    2 punct
    """, gazetteer)
    assert [(a.name, a.country) for a in actors if a.kind == "group"] == [("government", None)]
    actors = _only_actors("""
        The         the         DET   DT   1 det
        government  government  NOUN  NN   2 nsubj
        cut         cut         VERB  VBD  2 ROOT
        aid         aid         NOUN  NN   2 dobj
        in          in          ADP   IN   2 prep
        Rwanda      Rwanda      PROPN NNP  4 pobj B-GPE nospace
        .           .           PUNCT .    2 punct
    """, gazetteer)
    assert [(a.name, a.country) for a in actors if a.kind == "group"] == [("government", "RWA")]


def test_an_unknown_person_in_a_story_about_one_country_is_of_that_country(gazetteer):
    # Hillary Clinton and Bernie Sanders debated in Ohio. Sanders praised Clinton. Clinton thanked
    # Sanders. Mary Halvorsen criticized the plan.
    actors = _by_name(find_actors(build("""
        Hillary     Hillary    PROPN NNP  1   compound  B-PERSON
        Clinton     Clinton    PROPN NNP  5   nsubj     I-PERSON
        and         and        CCONJ CC   1   cc
        Bernie      Bernie     PROPN NNP  4   compound  B-PERSON
        Sanders     Sanders    PROPN NNP  1   conj      I-PERSON
        debated     debate     VERB  VBD  5   ROOT
        in          in         ADP   IN   5   prep
        Ohio        Ohio       PROPN NNP  6   pobj      B-GPE nospace
        .           .          PUNCT .    5   punct
        Sanders     Sanders    PROPN NNP  10  nsubj     B-PERSON
        praised     praise     VERB  VBD  10  ROOT
        Clinton     Clinton    PROPN NNP  10  dobj      B-PERSON nospace
        .           .          PUNCT .    10  punct
        Clinton     Clinton    PROPN NNP  14  nsubj     B-PERSON
        thanked     thank      VERB  VBD  14  ROOT
        Sanders     Sanders    PROPN NNP  14  dobj      B-PERSON nospace
        .           .          PUNCT .    14  punct
        Mary        Mary       PROPN NNP  18  compound  B-PERSON
        Halvorsen   Halvorsen  PROPN NNP  19  nsubj     I-PERSON
        criticized  criticize  VERB  VBD  19  ROOT
        the         the        DET   DT   21  det
        plan        plan       NOUN  NN   19  dobj      nospace
        .           .          PUNCT .    19  punct
    """), gazetteer))
    assert actors["Mary Halvorsen"].country == "USA"


def test_an_unknown_person_beside_a_country_named_once_takes_no_country(gazetteer):
    # Mary Halvorsen criticized Iran. (one mention is no story about Iran, and she acts on it)
    actors = _by_name(find_actors(build("""
        Mary       Mary      PROPN NNP 1 compound B-PERSON
        Halvorsen  Halvorsen PROPN NNP 2 nsubj    I-PERSON
        criticized criticize VERB  VBD 2 ROOT
        Iran       Iran      PROPN NNP 2 dobj     B-GPE nospace
        .          .         PUNCT .   2 punct
    """), gazetteer))
    assert actors["Mary Halvorsen"].country is None


def test_a_group_named_by_a_sector_phrase_is_an_actor(gazetteer):
    # Security personnel patrolled the streets. ("security" alone is no sector word)
    actors = find_actors(build("""
        Security   security   NOUN  NN   1 compound
        personnel  personnel  NOUN  NNS  2 nsubj
        patrolled  patrol     VERB  VBD  2 ROOT
        the        the        DET   DT   4 det
        streets    street     NOUN  NNS  2 dobj nospace
        .          .          PUNCT .    2 punct
    """), gazetteer).actors
    assert [(a.name, a.sector) for a in actors] == [("Security personnel", "MIL")]


# "The European Union signed the treaty.", before a sentence that may refer back to it
EU_SIGNED = """
        The       the       DET   DT   2 det      B-ORG
        European  European  PROPN NNP  2 compound I-ORG
        Union     Union     PROPN NNP  3 nsubj    I-ORG
        signed    sign      VERB  VBD  3 ROOT
        the       the       DET   DT   5 det
        treaty    treaty    NOUN  NN   3 dobj     nospace
        .         .         PUNCT .    3 punct"""


def test_the_bloc_stands_for_the_body_named_before_it(gazetteer):
    # The European Union signed the treaty. The bloc welcomed Norway.
    doc = build(EU_SIGNED + """
        The       the       DET   DT   8 det
        bloc      bloc      NOUN  NN   9 nsubj
        welcomed  welcome   VERB  VBD  9 ROOT
        Norway    Norway    PROPN NNP  9 dobj     B-GPE nospace
        .         .         PUNCT .    9 punct
    """)
    union = next(a for a in find_actors(doc, gazetteer).actors if a.name == "European Union")
    assert [m.text for m in union.mentions] == ["European Union", "The bloc"]


def test_the_union_is_no_description_of_a_body_named_before_it(gazetteer):
    # The European Union signed the treaty. The union went on strike. (a trade union as often)
    doc = build(EU_SIGNED + """
        The       the       DET   DT   8 det
        union     union     NOUN  NN   9 nsubj
        went      go        VERB  VBD  9 ROOT
        on        on        ADP   IN   9 prep
        strike    strike    NOUN  NN   10 pobj    nospace
        .         .         PUNCT .    9 punct
    """)
    union = next(a for a in find_actors(doc, gazetteer).actors if a.name == "European Union")
    assert [m.text for m in union.mentions] == ["European Union"]


def test_a_body_the_dictionaries_do_not_know_takes_the_datelines_country(gazetteer):
    # (CANBERRA) Qantas cut its flights to Seoul.
    doc = build("""
        Qantas   Qantas  PROPN NNP  1 nsubj B-ORG
        cut      cut     VERB  VBD  1 ROOT
        its      its     PRON  PRP$ 3 poss
        flights  flight  NOUN  NNS  1 dobj
        to       to      ADP   IN   3 prep
        Seoul    Seoul   PROPN NNP  4 pobj  B-GPE nospace
        .        .       PUNCT .    1 punct
    """)
    qantas = next(a for a in find_actors(doc, gazetteer, dateline="CANBERRA").actors if a.name == "Qantas")
    assert qantas.country == "AUS"
    qantas = next(a for a in find_actors(doc, gazetteer).actors if a.name == "Qantas")
    assert qantas.country is None


def test_a_sector_group_nothing_places_takes_the_country_of_the_people_a_story_is_about(gazetteer):
    # Hillary Clinton met Donald Trump and Bernie Sanders. Lawmakers criticized the plan. (no place named)
    actors = _by_name(find_actors(build("""
        Hillary     Hillary    PROPN NNP  1  compound  B-PERSON
        Clinton     Clinton    PROPN NNP  2  nsubj     I-PERSON
        met         meet       VERB  VBD  2  ROOT
        Donald      Donald     PROPN NNP  4  compound  B-PERSON
        Trump       Trump      PROPN NNP  2  dobj      I-PERSON
        and         and        CCONJ CC   4  cc
        Bernie      Bernie     PROPN NNP  7  compound  B-PERSON
        Sanders     Sanders    PROPN NNP  4  conj      I-PERSON nospace
        .           .          PUNCT .    2  punct
        Lawmakers   lawmaker   NOUN  NNS  10 nsubj
        criticized  criticize  VERB  VBD  10 ROOT
        the         the        DET   DT   12 det
        plan        plan       NOUN  NN   10 dobj      nospace
        .           .          PUNCT .    10 punct
    """), gazetteer))
    assert actors["Lawmakers"].code == "USALEG"


@pytest.mark.parametrize("second_person, governor_is_varek", [(False, True), (True, False)])
def test_a_role_no_title_ties_to_anyone_is_the_one_person_named_before_or_no_one(
        gazetteer, second_person, governor_is_varek):
    # Tom Varek met Ann Holby . The governor spoke .  /  Tom Varek arrived . The governor spoke .
    if second_person:
        middle = """met       meet      VERB  VBD 2 ROOT
        Ann       Ann       PROPN NNP 4 compound B-PERSON
        Holby     Holby     PROPN NNP 2 dobj     I-PERSON"""
    else:
        middle = "arrived   arrive    VERB  VBD 2 ROOT"
    end = 5 if second_person else 3
    doc = build(f"""
        Tom       Tom       PROPN NNP 1 compound B-PERSON
        Varek     Varek     PROPN NNP 2 nsubj    I-PERSON
        {middle}
        .         .         PUNCT .   2 punct
        The       the       DET   DT  {end + 2} det
        governor  governor  NOUN  NN  {end + 3} nsubj
        spoke     speak     VERB  VBD {end + 3} ROOT
        .         .         PUNCT .   {end + 3} punct
    """)
    governor = next(a for a in find_actors(doc, gazetteer).actors if "The governor" in [m.text for m in a.mentions])
    # with two people named before, nothing says which one governs: neither
    assert [m.text for m in governor.mentions] == (["Tom Varek", "The governor"] if governor_is_varek else
                                                   ["The governor"])


def test_a_role_in_what_the_one_person_named_reports_is_someone_else(gazetteer):
    # Tom Varek said the governor had called him .
    actors = find_actors(build("""
        Tom       Tom       PROPN NNP 1 compound B-PERSON
        Varek     Varek     PROPN NNP 2 nsubj    I-PERSON
        said      say       VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        governor  governor  NOUN  NN  6 nsubj
        had       have      AUX   VBD 6 aux
        called    call      VERB  VBN 2 ccomp
        him       he        PRON  PRP 6 dobj     nospace
        .         .         PUNCT .   2 punct
    """), gazetteer).actors
    assert [[m.text for m in a.mentions] for a in actors] == [["Tom Varek", "him"], ["the governor"]]


def test_a_crowd_is_an_actor_as_a_mob_is(gazetteer):
    # The crowd booed .
    (crowd,) = _only_actors("""
        The    the    DET   DT  1 det
        crowd  crowd  NOUN  NN  2 nsubj
        booed  boo    VERB  VBD 2 ROOT     nospace
        .      .      PUNCT .   2 punct
    """, gazetteer)
    assert (crowd.name, crowd.sector) == ("crowd", "CVL")


def test_a_name_nothing_places_that_qualifies_a_group_is_no_actor_of_its_own(gazetteer):
    # zorvan rebels attacked the town .  (lower case: the NER takes "zorvan" for a body)
    actors = _only_actors("""
        zorvan    zorvan    PROPN NNP 1 compound B-ORG
        rebels    rebel     NOUN  NNS 2 nsubj
        attacked  attack    VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        town      town      NOUN  NN  2 dobj     nospace
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert [(a.name, a.sector) for a in actors] == [("zorvan rebels", "REB")]


def test_a_compass_word_in_lower_case_opens_the_region_the_gazetteer_knows_whole(gazetteer):
    # The ceasefire held , northern Ireland police said . (as some wire copy writes the region)
    actors = _only_actors("""
        The         the         DET   DT  1 det
        ceasefire   ceasefire   NOUN  NN  2 nsubj
        held        hold        VERB  VBD 8 ccomp
        ,           ,           PUNCT ,   8 punct
        northern    northern    ADJ   JJ  5 amod
        Ireland     Ireland     PROPN NNP 6 compound B-GPE
        police      police      NOUN  NNS 8 nsubj
        said        say         VERB  VBD 8 ROOT     nospace
        .           .           PUNCT .   8 punct
    """, gazetteer)
    assert [(a.name, a.code) for a in actors] == [("northern Ireland police", "GBRCOP")]


def test_an_office_that_speaks_is_the_body_its_sector_word_names_and_an_office_as_a_place_is_none(gazetteer):
    # the state police control room said . the men were taken to the police station .
    actors = _only_actors("""
        the        the        DET   DT  4  det
        state      state      NOUN  NN  4  compound
        police     police     NOUN  NN  3  compound
        control    control    NOUN  NN  4  compound
        room       room       NOUN  NN  5  nsubj
        said       say        VERB  VBD 5  ROOT
        .          .          PUNCT .   5  punct
        the        the        DET   DT  8  det
        men        man        NOUN  NNS 10 nsubjpass
        were       be         AUX   VBD 10 auxpass
        taken      take       VERB  VBN 10 ROOT
        to         to         ADP   IN  10 prep
        the        the        DET   DT  14 det
        police     police     NOUN  NN  14 compound
        station    station    NOUN  NN  11 pobj
        .          .          PUNCT .   10 punct
    """, gazetteer)
    police = [(a.name, [m.text for m in a.mentions]) for a in actors if a.sector == "COP"]
    # the station is where the men were taken: only "police" in it refers to the police
    assert police == [("state police control room", ["the state police control room"]), ("police", ["police"])]


def test_informants_of_a_named_person_are_placed_as_the_person_is_and_other_informants_are_not(gazetteer):
    # Clinton advisers criticized the plan . sources said it failed .  (a story datelined WASHINGTON)
    doc = build("""
        Clinton     Clinton     PROPN NNP 1 compound B-PERSON
        advisers    adviser     NOUN  NNS 2 nsubj
        criticized  criticize   VERB  VBD 2 ROOT
        the         the         DET   DT  4 det
        plan        plan        NOUN  NN  2 dobj     nospace
        .           .           PUNCT .   2 punct
        sources     source      NOUN  NNS 7 nsubj
        said        say         VERB  VBD 7 ROOT
        it          it          PRON  PRP 9 nsubj
        failed      fail        VERB  VBD 7 ccomp    nospace
        .           .           PUNCT .   7 punct
    """)
    actors = {a.name: a for a in find_actors(doc, gazetteer, dateline="WASHINGTON").actors}
    assert actors["Clinton advisers"].country == "USA"
    assert actors["sources"].country is None


def test_a_body_and_a_role_before_a_name_give_the_body_s_country_and_sector(gazetteer):
    # FBI agent Bernard Tolbert said .  ("agent" is no sector word: the body says whose agent)
    actors = _only_actors("""
        FBI       FBI       PROPN NNP 1 compound B-ORG
        agent     agent     NOUN  NN  3 compound
        Bernard   Bernard   PROPN NNP 3 compound B-PERSON
        Tolbert   Tolbert   PROPN NNP 4 nsubj    I-PERSON
        said      say       VERB  VBD 4 ROOT     nospace
        .         .         PUNCT .   4 punct
    """, gazetteer)
    assert [(a.name, a.code, a.titles) for a in actors] == [("Bernard Tolbert", "USACOP", ("FBI agent",))]


def test_informants_of_a_known_surname_take_its_country_though_the_tagger_calls_it_a_noun(gazetteer):
    # Trump aides said the plan failed .  (no dateline: the surname alone places them)
    actors = _only_actors("""
        Trump     trump     NOUN  NN  1 compound
        aides     aide      NOUN  NNS 2 nsubj
        said      say       VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        plan      plan      NOUN  NN  5 nsubj
        failed    fail      VERB  VBD 2 ccomp    nospace
        .         .         PUNCT .   2 punct
    """, gazetteer)
    assert [(a.name, a.country) for a in actors] == [("Trump aides", "USA")]


def test_a_body_and_a_role_in_apposition_make_a_title_but_a_long_apposition_that_tells_a_story_does_not(gazetteer):
    # Tolbert , an FBI agent , said . Smith , a staffer at the FBI who liked long walks in the park , quit .
    actors = _only_actors("""
        Tolbert   Tolbert   PROPN NNP 5  nsubj    B-PERSON
        ,         ,         PUNCT ,   0  punct
        an        an        DET   DT  4  det
        FBI       FBI       PROPN NNP 4  compound B-ORG
        agent     agent     NOUN  NN  0  appos
        said      say       VERB  VBD 5  ROOT     nospace
        .         .         PUNCT .   5  punct
        Smith     Smith     PROPN NNP 23 nsubj    B-PERSON
        ,         ,         PUNCT ,   7  punct
        a         a         DET   DT  10 det
        staffer   staffer   NOUN  NN  7  appos
        at        at        ADP   IN  10 prep
        the       the       DET   DT  13 det
        FBI       FBI       PROPN NNP 11 pobj     B-ORG
        who       who       PRON  WP  15 nsubj
        liked     like      VERB  VBD 10 relcl
        long      long      ADJ   JJ  17 amod
        walks     walk      NOUN  NNS 15 dobj
        in        in        ADP   IN  15 prep
        the       the       DET   DT  20 det
        park      park      NOUN  NN  18 pobj
        ,         ,         PUNCT ,   7  punct
        quit      quit      VERB  VBD 23 ROOT
        .         .         PUNCT .   23 punct
    """, gazetteer)
    titles = {a.name: a.titles for a in actors if a.kind == "person"}
    assert titles == {"Tolbert": ("an FBI agent",), "Smith": ()}


def test_a_pronoun_in_quoted_words_is_not_their_speaker(gazetteer):
    # Sanders spoke . " I doubt his plan , " Varmus said .
    actors = _only_actors("""
        Sanders   Sanders   PROPN NNP 1  nsubj    B-PERSON
        spoke     speak     VERB  VBD 1  ROOT     nospace
        .         .         PUNCT .   1  punct
        "         "         PUNCT ``  5  punct
        I         I         PRON  PRP 5  nsubj
        doubt     doubt     VERB  VBP 11 ccomp
        his       his       PRON  PRP$ 7 poss
        plan      plan      NOUN  NN  5  dobj
        ,         ,         PUNCT ,   11 punct
        "         "         PUNCT ''  11 punct
        Varmus    Varmus    PROPN NNP 11 nsubj    B-PERSON
        said      say       VERB  VBD 11 ROOT     nospace
        .         .         PUNCT .   11 punct
    """, gazetteer)
    mentions = {a.name: [m.text for m in a.mentions] for a in actors}
    assert mentions == {"Sanders": ["Sanders", "his"], "Varmus": ["Varmus"]}
