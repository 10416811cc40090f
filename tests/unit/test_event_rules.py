"""The coder's general rules on hand-built Docs: frames, word senses, light verbs, agents the
ontology implies, and the conditions patterns can set."""

import pytest

from newsgraph.actors import default_gazetteer, find_actors
from newsgraph.events import code_events, default_patterns
from newsgraph.events.frames import compose, framed_code, intent_code
from newsgraph.events.located import locate_targets, qualifier_countries
from newsgraph.events.patterns import NO_EVENT, load_patterns
from tests.unit.docs import build


def _code(rows):
    doc = build(rows)
    actors = find_actors(doc, default_gazetteer())
    return code_events(doc, actors, (), default_patterns()), actors


def _codes(rows):
    return [(e.cameo, e.trigger.text) for e in _code(rows)[0]]


# --- frames -----------------------------------------------------------------------------------

@pytest.mark.parametrize("frame, content, expected", [
    ("10", "0841", "1053"),  # demand the release of persons
    ("02", "073", "0233"),   # appeal for humanitarian aid
    ("12", "0871", "1246"),  # reject a ceasefire: refuse to de-escalate
    ("13", "1723", "1323"),  # threaten a curfew
    ("141", "0831", "1411"),  # demonstrate for a change in leadership
    ("10", "040", "106"),    # demand a meeting
])
def test_a_frame_takes_camoes_sub_code_for_what_it_is_for(frame, content, expected):
    assert compose(frame, content) == expected


def test_a_frame_keeps_a_code_that_already_says_more_or_that_cameo_has_no_sub_code_for():
    assert framed_code("1311", "163") == "1311"  # a pattern's own threat to cut aid
    assert framed_code("100", "090") == "100"  # no code for demanding an investigation
    assert framed_code("051", "0841") == "051"  # praise frames nothing
    assert intent_code("040") == "036" and intent_code("190") == "1384" and intent_code("090") == "090"


def test_what_a_demand_is_for_sets_its_code_and_is_no_event_of_its_own():
    # The United States urged Iran to release the sailors.
    events, actors = _code("""
        The      the      DET   DT  2 det
        United   United   PROPN NNP 2 compound B-GPE
        States   States   PROPN NNP 3 nsubj    I-GPE
        urged    urge     VERB  VBD 3 ROOT
        Iran     Iran     PROPN NNP 3 dobj     B-GPE
        to       to       PART  TO  6 aux
        release  release  VERB  VB  3 xcomp
        the      the      DET   DT  8 det
        sailors  sailor   NOUN  NNS 6 dobj
    """)
    assert [(e.cameo, e.trigger.text) for e in events] == [("0253", "urged")]  # an appeal (02) for a release
    assert [actors.actor(a).code for a in events[0].target] == ["IRN"]


def test_a_protest_demanding_something_is_for_it():
    # Protesters rallied, demanding his resignation.
    assert _codes("""
        Protesters  protester   NOUN  NNS 1 nsubj
        rallied     rally       VERB  VBD 1 ROOT
        ,           ,           PUNCT ,   1 punct
        demanding   demand      VERB  VBG 1 advcl
        his         his         PRON  PRP$ 5 poss
        resignation resignation NOUN  NN  3 dobj
    """) == [("1411", "rallied")]


# --- word senses and conditions ---------------------------------------------------------------

def test_a_strike_by_aircraft_is_an_air_strike_and_by_workers_a_labour_strike():
    air = _codes("""
        Russian   Russian   ADJ   JJ  1 amod B-NORP
        warplanes warplane  NOUN  NNS 2 nsubj
        struck    strike    VERB  VBD 2 ROOT
        positions position  NOUN  NNS 2 dobj
    """)
    labour = _codes("""
        Chilean     Chilean     ADJ   JJ  1 amod B-NORP
        workers     worker      NOUN  NNS 2 nsubj
        struck      strike      VERB  VBD 2 ROOT
    """)
    assert air == [("195", "struck")] and labour == [("143", "struck")]


def test_what_a_blast_a_shell_or_a_missile_hits_is_attacked_by_its_kind_of_weapon():
    bomb = _codes("""
        An        an        DET   DT  1 det
        explosion explosion NOUN  NN  2 nsubj
        rocked    rock      VERB  VBD 2 ROOT
        Kabul     Kabul     PROPN NNP 2 dobj B-GPE
    """)
    shells = _codes("""
        Mortar    mortar    NOUN  NN  1 compound
        rounds    round     NOUN  NNS 2 nsubj
        struck    strike    VERB  VBD 2 ROOT
        Aleppo    Aleppo    PROPN NNP 2 dobj B-GPE
    """)
    rocket = _codes("""
        A         a         DET   DT  1 det
        rocket    rocket    NOUN  NN  2 nsubj
        slammed   slam      VERB  VBD 2 ROOT
        into      into      ADP   IN  2 prep
        Sderot    Sderot    PROPN NNP 3 pobj B-GPE
    """)
    storm = _codes("""
        The       the       DET   DT  1 det
        storm     storm     NOUN  NN  2 nsubj
        rocked    rock      VERB  VBD 2 ROOT
        Kabul     Kabul     PROPN NNP 2 dobj B-GPE
    """)
    assert (bomb, shells, rocket, storm) == ([("183", "rocked")], [("194", "struck")], [("195", "slammed")], [])


def test_police_presence_or_escort_is_police_power_where_the_police_are_compounded_on_it():
    def escort(doer):
        return _codes(f"""
            They      they      PRON  PRP 2 nsubjpass
            were      be        AUX   VBD 2 auxpass
            taken     take      VERB  VBN 2 ROOT
            home      home      ADV   RB  2 advmod
            under     under     ADP   IN  2 prep
            {doer:<9} {doer:<9} NOUN  NN  6 compound
            escort    escort    NOUN  NN  4 pobj
        """)
    assert escort("police") == [("154", "escort")]
    assert escort("family") == []


def test_deaths_from_a_disaster_or_an_accident_are_no_act_of_violence():
    floods = _codes("""
        Floods    flood     NOUN  NNS 1 nsubj
        killed    kill      VERB  VBD 1 ROOT
        20        20        NUM   CD  3 nummod
        people    people    NOUN  NNS 1 dobj
    """)
    crash = _codes("""
        Three     three     NUM   CD  1 nummod
        people    people    NOUN  NNS 3 nsubjpass
        were      be        AUX   VBD 3 auxpass
        killed    kill      VERB  VBN 3 ROOT
        in        in        ADP   IN  3 prep
        a         a         DET   DT  7 det
        car       car       NOUN  NN  7 compound
        crash     crash     NOUN  NN  4 pobj
    """)
    gunmen = _codes("""
        Gunmen    gunman    NOUN  NNS 1 nsubj
        killed    kill      VERB  VBD 1 ROOT
        20        20        NUM   CD  3 nummod
        people    people    NOUN  NNS 1 dobj
    """)
    assert (floods, crash, gunmen) == ([], [], [("180", "killed")])


def test_going_on_strike_is_a_labour_strike_and_strikes_on_a_city_are_force():
    assert _codes("""
        French  French  ADJ   JJ  1 amod B-NORP
        nurses  nurse   NOUN  NNS 2 nsubj
        went    go      VERB  VBD 2 ROOT
        on      on      ADP   IN  2 prep
        strike  strike  NOUN  NN  3 pobj
    """) == [("143", "strike")]
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        launched launch   VERB  VBD 1 ROOT
        strikes  strike   NOUN  NNS 1 dobj
        on       on       ADP   IN  2 prep
        Odesa    Odesa    PROPN NNP 3 pobj B-GPE
    """) == [("190", "launched")]  # "launch" names its object: "launched strikes" is an attack


def test_a_person_attacking_a_person_criticises():
    assert _codes("""
        Trump    Trump    PROPN NNP 1 nsubj B-PERSON
        attacked attack   VERB  VBD 1 ROOT
        Clinton  Clinton  PROPN NNP 1 dobj  B-PERSON
    """) == [("111", "attacked")]


def test_a_verb_with_a_particle_is_only_its_phrasal_verbs():
    # "backed up" a file is no support
    assert _codes("""
        Carter  Carter  PROPN NNP 1 nsubj B-PERSON
        backed  back    VERB  VBD 1 ROOT
        up      up      ADP   RP  1 prt
        Lavrov  Lavrov  PROPN NNP 1 dobj  B-PERSON
    """) == []


def test_a_participle_used_as_an_adjective_is_no_act():
    assert _codes("""
        Sanders  Sanders  PROPN NNP 1 nsubj B-PERSON
        won      win      VERB  VBD 1 ROOT
        pledged  pledge   VERB  VBN 3 amod
        delegates delegate NOUN NNS 1 dobj
    """) == []


def test_no_event_patterns_say_where_a_word_is_no_act(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("lemma\tpos\tcameo\ttargets\tobject\tsubject\n"
                    f"rally\tnoun\t{NO_EVENT}\t\t\t#person\nrally\tnoun\t141\tagainst\t\t\n", encoding="utf-8")
    patterns = load_patterns([path])
    assert [p.cameo for p in patterns.lookup("rally", "noun")] == [NO_EVENT, "141"]


def test_calling_someone_something_is_no_appeal_and_calling_for_a_clause_is():
    assert _codes("""
        Trump    Trump    PROPN NNP 1 nsubj B-PERSON
        called   call     VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        deal     deal     NOUN  NN  1 dobj
        a        a        DET   DT  5 det
        compromise compromise NOUN NN 1 oprd
    """) == []
    # Russia called for the United States to end the sanctions.
    assert [c[:2] for c, _ in _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        called   call     VERB  VBD 1 ROOT
        for      for      SCONJ IN  7 mark
        the      the      DET   DT  5 det
        United   United   PROPN NNP 5 compound B-GPE
        States   States   PROPN NNP 7 nsubj I-GPE
        to       to       PART  TO  7 aux
        end      end      VERB  VB  1 advcl
        the      the      DET   DT  9 det
        sanctions sanction NOUN NNS 7 dobj
    """)] == ["02"]


def test_a_warning_of_dangers_is_a_pessimistic_comment_and_a_warning_to_someone_a_threat():
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        warned   warn     VERB  VBD 1 ROOT
        of       of       ADP   IN  1 prep
        a        a        DET   DT  4 det
        crisis   crisis   NOUN  NN  2 pobj
    """) == [("012", "warned")]
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        warned   warn     VERB  VBD 1 ROOT
        Ukraine  Ukraine  PROPN NNP 1 dobj  B-GPE
    """) == [("130", "warned")]


def test_blocking_a_resolution_is_a_rejection_and_blocking_a_road_an_obstruction():
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        blocked  block    VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        resolution resolution NOUN NN 1 dobj
    """) == [("120", "blocked")]
    assert _codes("""
        Serbian  Serbian  ADJ   JJ  1 amod B-NORP
        farmers  farmer   NOUN  NNS 2 nsubj
        blocked  block    VERB  VBD 2 ROOT
        roads    road     NOUN  NNS 2 dobj
    """) == [("144", "blocked")]


def test_a_bomb_going_off_is_a_bombing_and_an_alarm_going_off_is_nothing():
    # A bomb went off at the US embassy.
    assert [c for c, _ in _codes("""
        A        a        DET   DT  1 det
        bomb     bomb     NOUN  NN  2 nsubj
        went     go       VERB  VBD 2 ROOT
        off      off      ADP   RP  2 prt
        at       at       ADP   IN  2 prep
        the      the      DET   DT  7 det
        US       US       PROPN NNP 7 compound B-GPE
        embassy  embassy  NOUN  NN  4 pobj
    """)] == ["183"]
    assert _codes("""
        The      the      DET   DT  1 det
        alarm    alarm    NOUN  NN  2 nsubj
        went     go       VERB  VBD 2 ROOT
        off      off      ADP   RP  2 prt
        at       at       ADP   IN  2 prep
        six      six      NUM   CD  4 pobj
    """) == []


def test_joining_an_alliance_is_a_formal_agreement_and_objecting_a_rejection():
    assert _codes("""
        Poland   Poland   PROPN NNP 1 nsubj B-GPE
        joined   join     VERB  VBD 1 ROOT
        NATO     NATO     PROPN NNP 1 dobj  B-ORG
    """) == [("057", "joined")]
    assert _codes("""
        Egypt    Egypt    PROPN NNP 1 nsubj B-GPE
        objected object   VERB  VBD 1 ROOT
        to       to       ADP   IN  1 prep
        the      the      DET   DT  4 det
        plan     plan     NOUN  NN  2 pobj
    """) == [("120", "objected")]


def test_admitting_a_country_to_an_alliance_is_a_formal_agreement_and_admitting_mistakes_is_not():
    # the alliance admitted Croatia . Croatia was admitted into the union . he admitted mistakes .
    assert _codes("""
        the      the      DET   DT  1 det
        alliance alliance NOUN  NN  2 nsubj
        admitted admit    VERB  VBD 2 ROOT
        Croatia  Croatia  PROPN NNP 2 dobj  B-GPE
    """) == [("057", "admitted")]
    assert _codes("""
        Croatia  Croatia  PROPN NNP 2 nsubjpass B-GPE
        was      be       AUX   VBD 2 auxpass
        admitted admit    VERB  VBN 2 ROOT
        into     into     ADP   IN  2 prep
        the      the      DET   DT  5 det
        union    union    NOUN  NN  3 pobj
    """) == [("057", "admitted")]
    assert all(code[:2] != "05" for code, _ in _codes("""
        Merkel   Merkel   PROPN NNP 1 nsubj B-PERSON
        admitted admit    VERB  VBD 1 ROOT
        mistakes mistake  NOUN  NNS 1 dobj
    """))


def test_whose_approval_an_act_lacks_is_not_its_target():
    # Israel attacked without UN approval .
    events, actors = _code("""
        Israel   Israel   PROPN NNP 1 nsubj B-GPE
        attacked attack   VERB  VBD 1 ROOT
        without  without  ADP   IN  1 prep
        UN       UN       PROPN NNP 4 compound B-ORG
        approval approval NOUN  NN  2 pobj
    """)
    assert [(e.cameo, [actors.actor(a).code for a in e.source], e.target) for e in events] == [("190", ["ISR"], ())]


def test_an_invitation_is_the_intention_to_do_what_it_invites_to():
    # Germany invited Serbia to join the union .
    assert ("032", "invited") in _codes("""
        Germany  Germany  PROPN NNP 1 nsubj B-GPE
        invited  invite   VERB  VBD 1 ROOT
        Serbia   Serbia   PROPN NNP 1 dobj  B-GPE
        to       to       PART  TO  4 aux
        join     join     VERB  VB  1 xcomp
        the      the      DET   DT  6 det
        union    union    NOUN  NN  4 dobj
    """)
    # Germany invited Serbia to talks .
    assert _codes("""
        Germany  Germany  PROPN NNP 1 nsubj B-GPE
        invited  invite   VERB  VBD 1 ROOT
        Serbia   Serbia   PROPN NNP 1 dobj  B-GPE
        to       to       ADP   IN  1 prep
        talks    talk     NOUN  NNS 3 pobj
    """) == [("036", "invited")]


def test_seizing_a_chance_is_no_seizure():
    # Rebels seized the chance .
    assert _codes("""
        Rebels   rebel    NOUN  NNS 1 nsubj
        seized   seize    VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        chance   chance   NOUN  NN  1 dobj
    """) == []


def test_calling_someone_names_criticises_and_taking_aim_at_someone_too():
    assert _codes("""
        Trump    Trump    PROPN NNP 1 nsubj B-PERSON
        called   call     VERB  VBD 1 ROOT
        Clinton  Clinton  PROPN NNP 1 dobj  B-PERSON
        a        a        DET   DT  4 det
        liar     liar     NOUN  NN  1 oprd
    """) == [("111", "called")]
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        called   call     VERB  VBD 1 ROOT
        the      the      DET   DT  3 det
        vote     vote     NOUN  NN  1 dobj
        illegal  illegal  ADJ   JJ  1 oprd
    """) == [("111", "called")]
    assert _codes("""
        Russia   Russia   PROPN NNP 1 nsubj B-GPE
        took     take     VERB  VBD 1 ROOT
        aim      aim      NOUN  NN  1 dobj
        at       at       ADP   IN  1 prep
        Ukraine  Ukraine  PROPN NNP 3 pobj  B-GPE
    """) == [("111", "took")]


def test_a_month_is_no_march():
    # French unions came under criticism in March.
    assert [c for c, _ in _codes("""
        French    French    ADJ   JJ  1 amod B-NORP
        unions    union     NOUN  NNS 2 nsubj
        came      come      VERB  VBD 2 ROOT
        under     under     ADP   IN  2 prep
        criticism criticism NOUN  NN  3 pobj
        in        in        ADP   IN  2 prep
        March     March     PROPN NNP 5 pobj B-DATE
    """) if c.startswith("14")] == []


def test_a_released_statement_is_no_release_of_persons():
    assert _codes("""
        Iran     Iran     PROPN NNP 1 nsubj B-GPE
        released release  VERB  VBD 1 ROOT
        a        a        DET   DT  3 det
        statement statement NOUN NN 1 dobj
    """) == [("010", "statement")]


# --- agents the ontology implies --------------------------------------------------------------

# Twenty people were arrested.
ARREST_BY_NO_ONE = """
    Twenty    twenty    NUM   CD  1 nummod
    people    people    NOUN  NNS 3 nsubjpass
    were      be        AUX   VBD 3 auxpass
    arrested  arrest    VERB  VBN 3 ROOT
"""


def _located(rows, dateline=None):
    """The events of a hand-built Doc with their conventional actors, the actors added, and the analysis."""
    doc = build(rows)
    gazetteer = default_gazetteer()
    actors = find_actors(doc, gazetteer, dateline=dateline)
    events = code_events(doc, actors, (), default_patterns())
    located, records = locate_targets(events, actors.actors, gazetteer.country_name,
                                      qualifier_countries(doc, events, actors.matches), home=actors.home_country)
    return located, records, actors


def test_an_arrest_by_no_one_named_is_by_the_police():
    (arrest,), records, _ = _located(ARREST_BY_NO_ONE)
    police = next(a for a in records if a.id in arrest.source)
    assert arrest.cameo == "173" and (police.name, police.sector) == ("police", "COP")


def test_an_arrest_by_no_one_named_of_no_one_named_is_domestic_to_its_police():
    # (NEW DELHI) Arrests were made.
    (arrests,), records, _ = _located("""
        Arrests  arrest  NOUN  NNS 2 nsubjpass
        were     be      AUX   VBD 2 auxpass
        made     make    VERB  VBN 2 ROOT
    """, dateline="NEW DELHI")
    codes = {a.id: a.code for a in records}
    assert arrests.cameo == "173"
    assert [codes[a] for a in arrests.source] == ["INDCOP"] and [codes[a] for a in arrests.target] == ["IND"]


def test_mediation_between_or_among_a_countrys_parties_targets_that_country():
    # Norway launched a mediation effort among Serbia's republics .
    (mediation,), records, _ = _located("""
        Norway     Norway     PROPN NNP 1 nsubj B-GPE
        launched   launch     VERB  VBD 1 ROOT
        a          a          DET   DT  4 det
        mediation  mediation  NOUN  NN  4 compound
        effort     effort     NOUN  NN  1 dobj
        among      among      ADP   IN  4 prep
        Serbia     Serbia     PROPN NNP 8 poss B-GPE
        's         's         PART  POS 6 case
        republics  republic   NOUN  NNS 5 pobj
        .          .          PUNCT .   1 punct
    """)
    codes = {a.id: a.code for a in records}
    assert mediation.cameo.startswith("04") and [codes[a] for a in mediation.target] == ["SRB"]


def test_security_stepped_up_by_no_one_named_is_more_police_power_by_the_police():
    # Security was tightened.
    (tightening,), records, _ = _located("""
        Security   security   NOUN  NN  2 nsubjpass
        was        be         AUX   VBD 2 auxpass
        tightened  tighten    VERB  VBN 2 ROOT
    """)
    police = next(a for a in records if a.id in tightening.source)
    assert tightening.cameo == "154" and police.sector == "COP"


def test_an_arrest_nothing_in_its_sentence_places_is_by_the_police_of_the_datelines_country():
    (arrest,), records, actors = _located(ARREST_BY_NO_ONE, dateline="NEW DELHI")
    police = next(a for a in records if a.id in arrest.source)
    assert actors.home_country == "IND" and police.code == "INDCOP"


def test_an_act_its_victims_suffer_in_an_act_of_others_is_those_others():
    # Two people died in Indian police firing.
    events, actors = _code("""
        Two     two     NUM   CD  1 nummod
        people  people  NOUN  NNS 2 nsubj
        died    die     VERB  VBD 2 ROOT
        in      in      ADP   IN  2 prep
        Indian  Indian  ADJ   JJ  5 amod B-NORP
        police  police  NOUN  NN  6 compound
        firing  fire    NOUN  NN  3 pobj
    """)
    (death,) = events
    assert death.cameo[:2] == "19" and [actors.actor(a).code for a in death.source] == ["INDCOP"]


def test_the_doer_of_the_other_act_may_be_the_object_its_gerund_hangs_on():
    # Two people were killed in Indian police firing: the parser made "firing" a participle on "police".
    events, actors = _code("""
        Two     two     NUM   CD  1 nummod
        people  people  NOUN  NNS 3 nsubjpass
        were    be      AUX   VBD 3 auxpass
        killed  kill    VERB  VBN 3 ROOT
        in      in      ADP   IN  3 prep
        Indian  Indian  ADJ   JJ  6 amod B-NORP
        police  police  NOUN  NN  4 pobj
        firing  fire    VERB  VBG 6 acl
    """)
    (killing,) = events
    assert killing.cameo[:2] == "18" and [actors.actor(a).code for a in killing.source] == ["INDCOP"]


def test_a_gerund_used_as_a_noun_is_done_by_the_word_compounded_on_it():
    # Three persons are reported to have been injured in police firing: the subject of "injured"
    # was raised to "reported", and "firing" is a gerund whose doer is "police", not the injured.
    events, actors = _code("""
        Three    three    NUM   CD  1 nummod
        persons  person   NOUN  NNS 3 nsubjpass
        are      be       AUX   VBP 3 auxpass
        reported report   VERB  VBN 3 ROOT
        to       to       PART  TO  7 aux
        have     have     AUX   VB  7 aux
        been     be       AUX   VBN 7 auxpass
        injured  injure   VERB  VBN 3 xcomp
        in       in       ADP   IN  7 prep
        police   police   NOUN  NN  10 compound
        firing   fire     VERB  VBG 8 pobj
    """)
    (injured,) = events  # one act: the injuring, done in the police's firing
    assert [actors.actor(a).sector for a in injured.source] == ["COP"]


def test_whom_a_verb_of_causing_makes_act_does_its_infinitive():
    # The clashes prompted the police to open fire.
    events, actors = _code("""
        The      the      DET   DT  1 det
        clashes  clash    NOUN  NNS 2 nsubj
        prompted prompt   VERB  VBD 2 ROOT
        the      the      DET   DT  4 det
        police   police   NOUN  NNS 2 dobj
        to       to       PART  TO  6 aux
        open     open     VERB  VB  2 xcomp
        fire     fire     NOUN  NN  6 dobj
    """)
    (opening,) = [e for e in events if e.trigger.text == "open"]
    assert opening.cameo[:2] == "19" and [actors.actor(a).sector for a in opening.source] == ["COP"]


def test_a_killing_hung_on_what_was_fired_is_news_not_a_description():
    # Police fired 40 rounds killing two persons.
    events, actors = _code("""
        Police  police  NOUN  NNS 1 nsubj
        fired   fire    VERB  VBD 1 ROOT
        40      40      NUM   CD  3 nummod
        rounds  round   NOUN  NNS 1 dobj
        killing kill    VERB  VBG 3 acl
        two     two     NUM   CD  6 nummod
        persons person  NOUN  NNS 4 dobj
    """)
    killing = next(e for e in events if e.trigger.text == "killing")
    assert killing.cameo[:2] == "18" and [actors.actor(a).code for a in killing.source] == ["---COP"]


def test_a_toll_joined_to_a_toll_is_one_act_on_all_it_names():
    # Two Kenyans were killed and five Americans were wounded .
    events, actors = _code("""
        Two       two       NUM   CD  1 nummod
        Kenyans   Kenyan    PROPN NNPS 3 nsubjpass B-NORP
        were      be        AUX   VBD 3 auxpass
        killed    kill      VERB  VBN 3 ROOT
        and       and       CCONJ CC  3 cc
        five      five      NUM   CD  6 nummod
        Americans American  PROPN NNPS 8 nsubjpass B-NORP
        were      be        AUX   VBD 8 auxpass
        wounded   wound     VERB  VBN 3 conj
    """)
    assert [(e.trigger.text, sorted(actors.actor(a).country for a in e.target)) for e in events] == \
        [("killed", ["KEN", "USA"])]


def test_forces_deployed_by_no_one_named_move_themselves():
    # Indian troops were deployed.
    events, actors = _code("""
        Indian   Indian   ADJ   JJ  1 amod B-NORP
        troops   troop    NOUN  NNS 3 nsubjpass
        were     be       AUX   VBD 3 auxpass
        deployed deploy   VERB  VBN 3 ROOT
    """)
    (deployment,) = events
    assert deployment.cameo[:2] == "15" and [actors.actor(a).code for a in deployment.source] == ["INDMIL"]


def test_forces_withdrawn_or_sent_by_no_one_named_move_themselves():
    # Chilean troops were withdrawn from the port .
    events, actors = _code("""
        Chilean   Chilean   ADJ   JJ  1 amod B-NORP
        troops    troop     NOUN  NNS 3 nsubjpass
        were      be        AUX   VBD 3 auxpass
        withdrawn withdraw  VERB  VBN 3 ROOT
        from      from      ADP   IN  3 prep
        the       the       DET   DT  6 det
        port      port      NOUN  NN  4 pobj
    """)
    (withdrawal,) = events
    assert withdrawal.cameo == "0874" and [actors.actor(a).code for a in withdrawal.source] == ["CHLMIL"]
    assert withdrawal.target == ()
    # More Chilean police were sent to the port .
    events, actors = _code("""
        More      more      ADJ   JJR 2 amod
        Chilean   Chilean   ADJ   JJ  2 amod B-NORP
        police    police    NOUN  NNS 4 nsubjpass
        were      be        AUX   VBD 4 auxpass
        sent      send      VERB  VBN 4 ROOT
        to        to        ADP   IN  4 prep
        the       the       DET   DT  7 det
        port      port      NOUN  NN  5 pobj
    """)
    (sending,) = events
    assert sending.cameo == "153" and [actors.actor(a).code for a in sending.source] == ["CHLCOP"]


def test_a_route_from_the_sources_own_country_targets_its_other_ends():
    # Chilean officials suspended services between Chile , Peru and Bolivia
    events, actors = _code("""
        Chilean   Chilean   ADJ   JJ  1 amod B-NORP
        officials official  NOUN  NNS 2 nsubj
        suspended suspend   VERB  VBD 2 ROOT
        services  service   NOUN  NNS 2 dobj
        between   between   ADP   IN  3 prep
        Chile     Chile     PROPN NNP 4 pobj B-GPE
        ,         ,         PUNCT ,   5 punct
        Peru      Peru      PROPN NNP 5 conj B-GPE
        and       and       CCONJ CC  7 cc
        Bolivia   Bolivia   PROPN NNP 7 conj B-GPE
    """)
    (suspension,) = events
    assert sorted(actors.actor(a).code for a in suspension.target) == ["BOL", "PER"]


def test_several_parties_acting_together_act_on_each_other():
    # Pakistani and Indian troops exchanged fire.
    events, actors = _code("""
        Pakistani PAKISTANI ADJ   JJ  3 amod B-NORP
        and       and       CCONJ CC  0 cc
        Indian    Indian    ADJ   JJ  0 conj B-NORP
        troops    troop     NOUN  NNS 4 nsubj
        exchanged exchange  VERB  VBD 4 ROOT
        fire      fire      NOUN  NN  4 dobj
    """)
    (fire,) = events
    assert fire.cameo[:2] == "19" and set(fire.source) == set(fire.target) and len(fire.source) == 2


def test_a_name_opening_a_clause_without_a_subject_is_its_subject():
    # washington along with its allies demanded that hamas disarm (a lower-case parse)
    events, actors = _code("""
        washington washington PROPN NNP 5 npadvmod
        along      along      ADP   IN  5 prep
        with       with       ADP   IN  1 prep
        its        its        PRON  PRP$ 4 poss
        allies     ally       NOUN  NNS 2 pobj
        demanded   demand     VERB  VBD 5 ROOT
        that       that       SCONJ IN  8 mark
        hamas      hamas      PROPN NNP 8 nsubj
        disarm     disarm     VERB  VB  5 ccomp
    """)
    demand = next(e for e in events if e.trigger.text == "demanded")
    assert [actors.actor(a).code for a in demand.source] == ["USA"]


def test_people_held_or_picked_up_are_detained_a_summit_held_is_not():
    # Police held five suspects.
    assert _codes("""
        Police   police   NOUN  NNS 1 nsubj
        held     hold     VERB  VBD 1 ROOT
        five     five     NUM   CD  3 nummod
        suspects suspect  NOUN  NNS 1 dobj
    """) == [("173", "held")]
    # The summit was held on Monday.
    assert _codes("""
        The      the      DET   DT  1 det
        summit   summit   NOUN  NN  3 nsubjpass
        was      be       AUX   VBD 3 auxpass
        held     hold     VERB  VBN 3 ROOT
        on       on       ADP   IN  3 prep
        Monday   Monday   PROPN NNP 4 pobj B-DATE
    """) == []


def test_a_clause_with_its_own_subject_that_the_parser_hung_on_a_noun_is_news():
    # ahmedabad: the police nabbed the accused. (parsed with "nabbed" a participle on "ahmedabad")
    events, actors = _code("""
        ahmedabad  ahmedabad  PROPN NNP 0 ROOT
        :          :          PUNCT :   0 punct
        the        the        DET   DT  3 det
        police     police     NOUN  NNS 4 nsubj
        nabbed     nab        VERB  VBD 0 acl
        the        the        DET   DT  6 det
        accused    accused    NOUN  NN  4 dobj
    """)
    (arrest,) = events
    assert arrest.cameo == "173" and [actors.actor(a).sector for a in arrest.source] == ["COP"]


def test_a_participle_on_a_noun_is_background():
    # the weapons seized last year
    events, _ = _code("""
        the      the      DET   DT  1 det
        weapons  weapon   NOUN  NNS 1 ROOT
        seized   seize    VERB  VBN 1 acl
        last     last     ADJ   JJ  4 amod
        year     year     NOUN  NN  2 npadvmod
    """)
    assert not events


def test_meeting_to_carry_on_talks_is_one_meeting_and_an_agreement_to_hold_exercises_is_kept():
    # France met Kenya to finish the talks . Jordan agreed to hold joint exercises with Britain .
    assert _codes("""
        France   France  PROPN NNP 1 nsubj B-GPE
        met      meet    VERB  VBD 1 ROOT
        Kenya    Kenya   PROPN NNP 1 dobj  B-GPE
        to       to      PART  TO  4 aux
        finish   finish  VERB  VB  1 advcl
        the      the     DET   DT  6 det
        talks    talk    NOUN  NNS 4 dobj
    """) == [("040", "met")]
    assert _codes("""
        Jordan    Jordan    PROPN NNP 1 nsubj B-GPE
        agreed    agree     VERB  VBD 1 ROOT
        to        to        PART  TO  3 aux
        hold      hold      VERB  VB  1 xcomp
        joint     joint     ADJ   JJ  5 amod
        exercises exercise  NOUN  NNS 3 dobj
        with      with      ADP   IN  3 prep
        Britain   Britain   PROPN NNP 6 pobj B-GPE
    """) == [("0312", "exercises")]


def test_what_a_message_does_is_the_act_of_whoever_sends_it():
    # The party issued a statement apologizing to Sanders.
    events, actors = _code("""
        The          the          DET   DT  1 det
        party        party        NOUN  NN  2 nsubj
        issued       issue        VERB  VBD 2 ROOT
        a            a            DET   DT  4 det
        statement    statement    NOUN  NN  2 dobj
        apologizing  apologize    VERB  VBG 4 acl
        to           to           ADP   IN  5 prep
        Sanders      Sanders      PROPN NNP 6 pobj     B-PERSON
    """)
    apology = next(e for e in events if e.trigger.text == "apologizing")
    assert apology.cameo == "055" and [actors.actor(a).name for a in apology.target] == ["Sanders"]


def _negations(rows):
    return [(e.cameo, e.trigger.text, e.negated) for e in _code(rows)[0]]


def test_an_act_done_to_no_one_or_that_no_one_could_do_is_negated():
    # no one was arrested . police were not able to arrest him .
    assert _negations("""
        no        no        DET   DT  1 det
        one       one       NOUN  NN  3 nsubjpass
        was       be        AUX   VBD 3 auxpass
        arrested  arrest    VERB  VBN 3 ROOT
        .         .         PUNCT .   3 punct
        police    police    NOUN  NNS 6 nsubj
        were      be        AUX   VBD 6 ROOT
        not       not       PART  RB  6 neg
        able      able      ADJ   JJ  6 acomp
        to        to        PART  TO  10 aux
        arrest    arrest    VERB  VB  8 xcomp
        him       he        PRON  PRP 10 dobj
        .         .         PUNCT .   6 punct
    """) == [("173", "arrested", True), ("173", "arrest", True)]


def test_an_act_done_to_no_one_the_object_names_is_negated():
    # police arrested nobody . police arrested two men .
    assert _negations("""
        police    police    NOUN  NNS 1 nsubj
        arrested  arrest    VERB  VBD 1 ROOT
        nobody    nobody    PRON  NN  1 dobj
        .         .         PUNCT .   1 punct
        police    police    NOUN  NNS 5 nsubj
        arrested  arrest    VERB  VBD 5 ROOT
        two       two       NUM   CD  7 nummod
        men       man       NOUN  NNS 5 dobj
        .         .         PUNCT .   5 punct
    """) == [("173", "arrested", True), ("173", "arrested", False)]


def test_an_act_someone_was_able_to_do_is_not_negated():
    # police were able to arrest him .
    assert _negations("""
        police    police    NOUN  NNS 1 nsubj
        were      be        AUX   VBD 1 ROOT
        able      able      ADJ   JJ  1 acomp
        to        to        PART  TO  4 aux
        arrest    arrest    VERB  VB  2 xcomp
        him       he        PRON  PRP 4 dobj
        .         .         PUNCT .   1 punct
    """) == [("173", "arrest", False)]


def test_demanding_an_arrest_is_a_demand_not_an_arrest():
    # The opposition demanded the arrest of the minister.
    assert _codes("""
        The         the         DET   DT  1 det
        opposition  opposition  NOUN  NN  2 nsubj
        demanded    demand      VERB  VBD 2 ROOT
        the         the         DET   DT  4 det
        arrest      arrest      NOUN  NN  2 dobj
        of          of          ADP   IN  4 prep
        the         the         DET   DT  7 det
        minister    minister    NOUN  NN  5 pobj
        .           .           PUNCT .   2 punct
    """) == [("100", "demanded")]


def test_an_act_a_light_verb_names_takes_the_verbs_negation():
    # Police did not make any arrests.
    assert _negations("""
        Police   police  NOUN  NNS 3 nsubj
        did      do      AUX   VBD 3 aux
        not      not     PART  RB  3 neg
        make     make    VERB  VB  3 ROOT
        any      any     DET   DT  5 det
        arrests  arrest  NOUN  NNS 3 dobj
        .        .       PUNCT .   3 punct
    """) == [("173", "arrests", True)]


def test_coming_under_criticism_is_being_criticised():
    # The minister came under fire from the opposition.
    assert _codes("""
        The         the         DET   DT  1 det
        minister    minister    NOUN  NN  2 nsubj
        came        come        VERB  VBD 2 ROOT
        under       under       ADP   IN  2 prep
        fire        fire        NOUN  NN  3 pobj
        from        from        ADP   IN  2 prep
        the         the         DET   DT  7 det
        opposition  opposition  NOUN  NN  5 pobj
        .           .           PUNCT .   2 punct
    """) == [("111", "came")]


def test_a_participle_the_parser_hung_on_the_noun_of_a_circumstance_is_that_nouns_act():
    # three were injured in police firing . (parsed as police who are firing)
    events, actors = _code("""
        three     three     NUM   CD  2 nsubjpass
        were      be        AUX   VBD 2 auxpass
        injured   injure    VERB  VBN 2 ROOT
        in        in        ADP   IN  2 prep
        police    police    NOUN  NN  3 pobj
        firing    fire      VERB  VBG 4 acl
        .         .         PUNCT .   2 punct
    """)
    (injured,) = events  # one act: the injuring, done in the police's firing
    assert [a.name for a in actors.actors if a.id in injured.source] == ["police"]


def test_an_act_done_to_not_all_of_them_is_done():
    # not all protesters were arrested . not a single protester was arrested .
    assert _negations("""
        not         not         PART  RB  2 neg
        all         all         DET   DT  2 det
        protesters  protester   NOUN  NNS 4 nsubjpass
        were        be          AUX   VBD 4 auxpass
        arrested    arrest      VERB  VBN 4 ROOT
        .           .           PUNCT .   4 punct
        not         not         PART  RB  9 neg
        a           a           DET   DT  9 det
        single      single      ADJ   JJ  9 amod
        protester   protester   NOUN  NN  11 nsubjpass
        was         be          AUX   VBD 11 auxpass
        arrested    arrest      VERB  VBN 11 ROOT
        .           .           PUNCT .   11 punct
    """) == [("173", "arrested", False), ("173", "arrested", True)]


def test_an_act_a_denial_says_did_not_happen_is_negated():
    # police denied that any arrest was made . police said that an arrest was made .
    denied = """
        police  police  NOUN  NNS 1 nsubj
        denied  deny    VERB  VBD 1 ROOT
        that    that    SCONJ IN  6 mark
        any     any     DET   DT  4 det
        arrest  arrest  NOUN  NN  6 nsubjpass
        was     be      AUX   VBD 6 auxpass
        made    make    VERB  VBN 1 ccomp
        .       .       PUNCT .   1 punct
    """
    assert ("173", "arrest", True) in _negations(denied)
    said = denied.replace("denied  deny    VERB  VBD 1 ROOT", "said    say     VERB  VBD 1 ROOT")
    assert ("173", "arrest", False) in _negations(said)


def test_what_an_allegation_says_happened_is_reported_and_what_an_accusation_is_for_is_not():
    # Singh alleged that police fired at the crowd . Singh accused police of firing at the crowd .
    alleged = _codes("""
        Singh    Singh    PROPN NNP 1 nsubj B-PERSON
        alleged  allege   VERB  VBD 1 ROOT
        that     that     SCONJ IN  4 mark
        police   police   NOUN  NNS 4 nsubj
        fired    fire     VERB  VBD 1 ccomp
        at       at       ADP   IN  4 prep
        the      the      DET   DT  7 det
        crowd    crowd    NOUN  NN  5 pobj
    """)
    assert "fired" in [trigger for _, trigger in alleged] and "alleged" in [trigger for _, trigger in alleged]
    accused = _codes("""
        Singh    Singh    PROPN NNP 1 nsubj B-PERSON
        accused  accuse   VERB  VBD 1 ROOT
        police   police   NOUN  NNS 1 dobj
        of       of       ADP   IN  1 prep
        firing   fire     VERB  VBG 3 pcomp
        at       at       ADP   IN  4 prep
        the      the      DET   DT  7 det
        crowd    crowd    NOUN  NN  5 pobj
    """)
    assert [trigger for _, trigger in accused] == ["accused"]


def test_a_pattern_the_object_satisfies_comes_before_one_that_a_word_elsewhere_in_the_phrase_does():
    # police opened fire on the mob in the market .
    assert _codes("""
        police  police  NOUN  NNS 1 nsubj
        opened  open    VERB  VBD 1 ROOT
        fire    fire    NOUN  NN  1 dobj
        on      on      ADP   IN  1 prep
        the     the     DET   DT  5 det
        mob     mob     NOUN  NN  3 pobj
        in      in      ADP   IN  5 prep
        the     the     DET   DT  8 det
        market  market  NOUN  NN  6 pobj
    """) == [("193", "opened")]
    # one of the same kind that words further on satisfy says more: police opened an inquiry into corruption .
    assert _codes("""
        police      police      NOUN  NNS 1 nsubj
        opened      open        VERB  VBD 1 ROOT
        an          an          DET   DT  3 det
        inquiry     inquiry     NOUN  NN  1 dobj
        into        into        ADP   IN  1 prep
        corruption  corruption  NOUN  NN  4 pobj
    """)[0] == ("091", "opened")


def test_an_agentless_act_done_in_an_act_told_before_is_by_whoever_did_that_act():
    # police fired at the mob . one person was killed in the firing .
    rows = """
        police  police  NOUN  NNS 1 nsubj
        fired   fire    VERB  VBD 1 ROOT
        at      at      ADP   IN  1 prep
        the     the     DET   DT  4 det
        mob     mob     NOUN  NN  2 pobj
        .       .       PUNCT .   1 punct
        one     one     NUM   CD  7 nummod
        person  person  NOUN  NN  9 nsubjpass
        was     be      AUX   VBD 9 auxpass
        killed  kill    VERB  VBN 9 ROOT
        in      in      ADP   IN  9 prep
        the     the     DET   DT  12 det
        firing  firing  NOUN  NN  10 pobj
        .       .       PUNCT .   9 punct
    """
    events, actors = _code(rows)
    (killed,) = [e for e in events if e.trigger.text == "killed"]
    assert [actors.actor(a).name for a in killed.source] == ["police"]
    # the act referred back to is no new event of its own, and an act that is not told before
    # gives no one
    assert [e.trigger.text for e in events] == ["fired", "killed"]
    untold = rows.replace("fired   fire    VERB  VBD 1 ROOT", "ran     run     VERB  VBD 1 ROOT")
    assert "killed" not in [e.trigger.text for e in _code(untold)[0]]


def test_a_verb_of_exchange_makes_any_act_of_several_parties_mutual():
    # India and China traded accusations.
    events, actors = _code("""
        India       India      PROPN NNP 3 nsubj B-GPE
        and         and        CCONJ CC  0 cc
        China       China      PROPN NNP 0 conj  B-GPE
        traded      trade      VERB  VBD 3 ROOT
        accusations accusation NOUN  NNS 3 dobj
    """)
    (accusing,) = events
    assert accusing.cameo == "112"
    assert {actors.actor(a).code for a in accusing.source} == {actors.actor(a).code for a in accusing.target} \
        == {"IND", "CHN"}


def test_a_word_compounded_on_an_act_says_what_the_act_is_and_is_none_of_its_own():
    # The court issued an arrest warrant for the former president.
    events, actors = _code("""
        The       the       DET   DT  1 det
        court     court     NOUN  NN  2 nsubj
        issued    issue     VERB  VBD 2 ROOT
        an        an        DET   DT  5 det
        arrest    arrest    NOUN  NN  5 compound
        warrant   warrant   NOUN  NN  2 dobj
        for       for       ADP   IN  5 prep
        the       the       DET   DT  9 det
        former    former    ADJ   JJ  9 amod
        president president NOUN  NN  6 pobj
    """)
    assert [(e.cameo, e.trigger.text) for e in events] == [("173", "warrant")]
    assert [actors.actor(a).sector for a in events[0].source] == ["JUD"]
    assert [actors.actor(a).sector for a in events[0].target] == ["ELI"]


def test_workers_named_by_a_closed_compound_are_labour():
    # Dockworkers went on strike.
    events, actors = _code("""
        Dockworkers dockworker NOUN NNS 1 nsubj
        went        go         VERB VBD 1 ROOT
        on          on         ADP  IN  1 prep
        strike      strike     NOUN NN  2 pobj
    """)
    (strike,) = events
    assert strike.cameo == "143" and [actors.actor(a).sector for a in strike.source] == ["LAB"]


@pytest.mark.parametrize("cameo, targeted", [("036", False), ("043", False), ("042", True), ("141", True)])
def test_a_meeting_held_or_planned_in_a_place_is_not_with_its_country_a_visit_or_protest_is(cameo, targeted):
    # "NATO would hold an emergency meeting in Brussels" (036) targets no one; a visit to Brussels
    # (042) or a protest there (141) targets Belgium.
    from dataclasses import replace

    from newsgraph.records import Actor, Event, Place, Span
    from newsgraph.events.ontology import cameo_table

    kind = cameo_table()[cameo]
    nato = Actor(id="A1", name="NATO", kind="organisation", sector="IGO", mentions=(Span(0, 4, "NATO"),))
    event = Event(id="E1", cameo=cameo, plover=kind.plover, mode=kind.mode, goldstein=kind.goldstein,
                  quad_class=kind.quad_class, source=("A1",), target=(), trigger=Span(5, 9, "hold"),
                  sentence=(0, 48), place=Place(38, 46, "Brussels", "Brussels", "BEL"))
    (located,), records = locate_targets([event], [nato], default_gazetteer().country_name)
    codes = [next(a.code for a in records if a.id == target) for target in located.target]
    assert codes == (["BEL"] if targeted else [])
    assert replace(located, target=()) == event


def test_an_act_said_to_have_happened_is_news_though_no_one_is_named_in_it():
    # A bombing took place in Kabul. / Fighting erupted. / A suicide bomber blew himself up.
    assert _codes("""
        A        a        DET   DT  1 det
        bombing  bombing  NOUN  NN  2 nsubj
        took     take     VERB  VBD 2 ROOT
        place    place    NOUN  NN  2 dobj
        in       in       ADP   IN  2 prep
        Kabul    Kabul    PROPN NNP 4 pobj B-GPE
    """) == [("183", "bombing")]
    assert _codes("""
        Fighting  fighting  NOUN  NN  1 nsubj
        erupted   erupt     VERB  VBD 1 ROOT
    """) == [("190", "erupted")]
    assert _codes("""
        A        a        DET   DT  2 det
        suicide  suicide  NOUN  NN  2 compound
        bomber   bomber   NOUN  NN  3 nsubj
        blew     blow     VERB  VBD 3 ROOT
        himself  himself  PRON  PRP 3 dobj
        up       up       ADP   RP  3 prt
    """) == [("1831", "blew")]
    # ... but fighting merely mentioned is not: "They discussed the fighting."
    assert _codes("""
        They       they       PRON  PRP 1 nsubj
        discussed  discuss    VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        fighting   fighting   NOUN  NN  1 dobj
    """) == []


def test_a_participle_taken_as_a_noun_is_no_act():
    # police registered a case against the accused.
    assert _codes("""
        police      police    NOUN  NNS 1 nsubj
        registered  register  VERB  VBD 1 ROOT
        a           a         DET   DT  3 det
        case        case      NOUN  NN  1 dobj
        against     against   ADP   IN  3 prep
        the         the       DET   DT  6 det
        accused     accuse    VERB  VBN 4 pobj
    """) == [("173", "registered")]


def test_summoning_an_envoy_and_fining_are_coded_as_petrarch_codes_them():
    # Turkey summoned the Swedish ambassador. / The Commission fined Google. (the tagger's lemma of
    # "fined" is "fin")
    assert _codes("""
        Turkey      Turkey     PROPN NNP 1 nsubj B-GPE
        summoned    summon     VERB  VBD 1 ROOT
        the         the        DET   DT  4 det
        Swedish     Swedish    ADJ   JJ  4 amod  B-NORP
        ambassador  ambassador NOUN  NN  1 dobj
    """) == [("040", "summoned")]
    assert _codes("""
        The         the         DET   DT  1 det
        Commission  Commission  PROPN NNP 2 nsubj B-ORG
        fined       fin         VERB  VBD 2 ROOT
        Google      Google      PROPN NNP 2 dobj  B-ORG
    """) == [("172", "fined")]


def test_people_protesting_demonstrate_a_state_protesting_criticises():
    # Thousands of people protested. / China protested the sale.
    assert _codes("""
        Thousands  thousand  NOUN  NNS 3 nsubj
        of         of        ADP   IN  0 prep
        people     people    NOUN  NNS 1 pobj
        protested  protest   VERB  VBD 3 ROOT
    """) == [("141", "protested")]
    assert _codes("""
        China      China     PROPN NNP 1 nsubj B-GPE
        protested  protest   VERB  VBD 1 ROOT
        the        the       DET   DT  3 det
        sale       sale      NOUN  NN  1 dobj
    """) == [("111", "protested")]


def test_a_crowd_counted_by_its_number_acts():
    # Thousands of Kurds rallied.
    assert _codes("""
        Thousands  thousand  NOUN  NNS 3 nsubj
        of         of        ADP   IN  0 prep
        Kurds      Kurd      PROPN NNPS 1 pobj B-NORP
        rallied    rally     VERB  VBD 3 ROOT
    """) == [("141", "rallied")]


def test_the_one_reporting_an_act_is_not_its_target_where_the_parser_hangs_them_on_it():
    # Rebels threatened to attack, a spokesman said. (the parser takes the spokesman for the object)
    from newsgraph.records import Party, Quote, Span

    doc = build("""
        Rebels      rebel      NOUN  NNS 1 nsubj
        threatened  threaten   VERB  VBD 7 ccomp
        to          to         PART  TO  3 aux
        attack      attack     VERB  VB  1 xcomp nospace
        ,           ,          PUNCT ,   3 punct
        a           a          DET   DT  6 det
        spokesman   spokesman  NOUN  NN  3 dobj
        said        say        VERB  VBD 7 ROOT nospace
        .           .          PUNCT .   7 punct
    """)
    actors = find_actors(doc, default_gazetteer())
    spokesman = actors.actors_at(6)
    assert spokesman
    said = Quote(id="Q1", kind="indirect", content=(Span(0, 27, doc.text[0:27]),), cue=Span(41, 45, "said"),
                 speaker=Party(spokesman[0], Span(29, 40, "a spokesman")))
    (threat,) = [e for e in code_events(doc, actors, (said,), default_patterns()) if e.trigger.text == "threatened"]
    assert threat.target == () and [actors.actor(a).sector for a in threat.source] == ["REB"]
    (unreported,) = [e for e in code_events(doc, actors, (), default_patterns()) if e.trigger.text == "threatened"]
    assert unreported.target == spokesman


def test_what_a_relative_clause_of_place_tells_is_news_but_one_that_describes_a_noun_is_not():
    place = """
        Curfew   curfew   NOUN  NN  2 nsubjpass
        was      be       AUX   VBD 2 auxpass
        imposed  impose   VERB  VBN 2 ROOT
        in       in       ADP   IN  2 prep
        the      the      DET   DT  5 det
        town     town     NOUN  NN  3 pobj
        where    where    SCONJ WRB 8 advmod
        police   police   NOUN  NNS 8 nsubj
        fired    fire     VERB  VBD 5 relcl
        at       at       ADP   IN  8 prep
        a        a        DET   DT  11 det
        mob      mob      NOUN  NN  9 pobj
    """
    assert "fired" in [trigger for _, trigger in _codes(place)]
    described = place.replace("where    where    SCONJ WRB 8 advmod", "that     that     PRON  WDT 8 dobj")
    assert "fired" not in [trigger for _, trigger in _codes(described)]


def test_what_a_relative_clause_of_time_tells_is_news():
    # riots began on Friday evening when police fired at a mob .
    then = """
        riots    riot     NOUN  NNS 1 nsubj
        began    begin    VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Friday   Friday   PROPN NNP 4 compound B-DATE
        evening  evening  NOUN  NN  2 pobj     I-DATE
        when     when     SCONJ WRB 7 advmod
        police   police   NOUN  NNS 7 nsubj
        fired    fire     VERB  VBD 4 relcl
        at       at       ADP   IN  7 prep
        a        a        DET   DT  10 det
        mob      mob      NOUN  NN  8 pobj
    """
    assert "fired" in [trigger for _, trigger in _codes(then)]
    # with no relative pronoun a noun of time tells when as "when" does ("by the time police fired")
    bare = then.replace("when     when     SCONJ WRB 7 advmod", "just     just     ADV   RB  7 advmod")
    assert "fired" in [trigger for _, trigger in _codes(bare)]
    described = then.replace("when     when     SCONJ WRB 7 advmod", "that     that     PRON  WDT 7 dobj")
    assert "fired" not in [trigger for _, trigger in _codes(described)]


@pytest.mark.parametrize("rows, code", [
    ("""
        the      the      DET   DT  1 det
        army     army     NOUN  NN  3 nsubjpass
        was      be       AUX   VBD 3 auxpass
        rushed   rush     VERB  VBN 3 ROOT
        in       in       ADP   RP  3 prt
    """, "154"),  # the army was rushed in
    ("""
        police   police   NOUN  NNS 1 nsubj
        moved    move     VERB  VBD 1 ROOT
        in       in       ADP   RP  1 prt
    """, "153"),  # police moved in
    ("""
        troops   troop    NOUN  NNS 2 nsubjpass
        were     be       AUX   VBD 2 auxpass
        called   call     VERB  VBN 2 ROOT
        into     into     ADP   IN  2 prep
        the      the      DET   DT  5 det
        city     city     NOUN  NN  3 pobj
    """, "154"),  # troops were called into the city
])
def test_forces_brought_or_moving_in_are_mobilised(rows, code):
    assert [c for c, _ in _codes(rows)] == [code]


def test_an_arrest_one_may_be_put_under_is_hypothetical():
    rows = """
        leaders   leader    NOUN  NNS 3 nsubjpass
        may       may       AUX   MD  3 aux
        be        be        AUX   VB  3 auxpass
        put       put       VERB  VBN 3 ROOT
        under     under     ADP   IN  3 prep
        house     house     NOUN  NN  6 compound
        arrest    arrest    NOUN  NN  4 pobj
    """
    (arrest,) = [e for e in _code(rows)[0] if e.trigger.text == "arrest"]
    assert arrest.cameo == "173" and arrest.hypothetical
    done = rows.replace("may       may       AUX   MD  3 aux", "were      be        AUX   VBD 3 auxpass") \
        .replace("be        be        AUX   VB  3 auxpass", "then      then      ADV   RB  3 advmod")
    (arrest,) = [e for e in _code(done)[0] if e.trigger.text == "arrest"]
    assert not arrest.hypothetical


def test_an_act_said_to_be_likely_is_hypothetical():
    likely = """
        A          a          DET   DT  1 det
        crackdown  crackdown  NOUN  NN  2 nsubj
        is         be         AUX   VBZ 2 ROOT
        likely     likely     ADJ   JJ  2 acomp
        from       from       ADP   IN  2 prep
        Tuesday    Tuesday    PROPN NNP 4 pobj B-DATE
    """
    (crackdown,) = [e for e in _code(likely)[0] if e.trigger.text == "crackdown"]
    assert crackdown.hypothetical
    done = likely.replace("is         be         AUX   VBZ 2 ROOT", "began      begin      VERB  VBD 2 ROOT") \
        .replace("likely     likely     ADJ   JJ  2 acomp", "again      again      ADV   RB  2 advmod")
    (crackdown,) = [e for e in _code(done)[0] if e.trigger.text == "crackdown"]
    assert not crackdown.hypothetical
    # police feared an imminent attack on the town .
    imminent = """
        police    police    NOUN  NNS 1 nsubj
        feared    fear      VERB  VBD 1 ROOT
        an        an        DET   DT  4 det
        imminent  imminent  ADJ   JJ  4 amod
        attack    attack    NOUN  NN  1 dobj
        on        on        ADP   IN  4 prep
        the       the       DET   DT  7 det
        town      town      NOUN  NN  5 pobj
    """
    (attack,) = [e for e in _code(imminent)[0] if e.trigger.text == "attack"]
    assert attack.hypothetical
    (attack,) = [e for e in _code(imminent.replace("imminent  imminent", "fierce    fierce  "))[0]
                 if e.trigger.text == "attack"]
    assert not attack.hypothetical


def test_fighting_to_do_something_and_meeting_a_standard_are_no_acts():
    fighting = """
        Rebels    rebel    NOUN  NNS 2 nsubj
        are       be       AUX   VBP 2 aux
        fighting  fight    VERB  VBG 2 ROOT
        to        to       PART  TO  4 aux
        protect   protect  VERB  VB  2 xcomp
        their     their    PRON  PRP$ 6 poss
        farms     farm     NOUN  NNS 4 dobj
    """
    assert "fighting" not in [trigger for _, trigger in _codes(fighting)]
    combat = """
        Rebels    rebel    NOUN  NNS 1 nsubj
        fought    fight    VERB  VBD 1 ROOT
        the       the      DET   DT  3 det
        army      army     NOUN  NN  1 dobj
    """
    assert ("190", "fought") in _codes(combat)
    standard = combat.replace("Rebels    rebel    NOUN  NNS 1 nsubj", "Officials official NOUN  NNS 1 nsubj") \
        .replace("fought    fight    VERB  VBD 1 ROOT", "met       meet     VERB  VBD 1 ROOT") \
        .replace("army      army     NOUN  NN  1 dobj", "deadline  deadline NOUN  NN  1 dobj")
    assert _codes(standard) == []
    meeting = standard.replace("deadline  deadline NOUN  NN  1 dobj", "envoy     envoy    NOUN  NN  1 dobj")
    assert ("040", "met") in _codes(meeting)


def test_bombing_by_militants_is_unconventional_and_by_a_state_or_an_air_force_aerial():
    # militants bombed the town . Russia bombed the town .
    militants = """
        militants  militant  NOUN  NNS 1 nsubj
        bombed     bomb      VERB  VBD 1 ROOT
        the        the       DET   DT  3 det
        town       town      NOUN  NN  1 dobj
    """
    assert _codes(militants) == [("183", "bombed")]
    state = militants.replace("militants  militant  NOUN  NNS 1 nsubj", "Russia     Russia    PROPN NNP 1 nsubj B-GPE")
    assert _codes(state) == [("195", "bombed")]


def test_an_attack_on_a_rival_or_a_record_is_words_and_an_attack_on_a_town_is_force():
    rival = """
        Democrats Democrats PROPN NNPS 1 nsubj B-NORP
        attacked  attack    VERB  VBD 1 ROOT
        Republican Republican ADJ JJ  3 amod B-NORP
        candidates candidate NOUN NNS 1 dobj
    """
    assert [code for code, trigger in _codes(rival) if trigger == "attacked"] == ["111"]
    town = rival.replace("Democrats Democrats PROPN NNPS 1 nsubj B-NORP", "Rebels    rebel     NOUN  NNS 1 nsubj") \
        .replace("Republican Republican ADJ JJ  3 amod B-NORP", "the       the       DET   DT  3 det") \
        .replace("candidates candidate NOUN NNS 1 dobj", "town      town      NOUN  NN  1 dobj")
    assert [code for code, trigger in _codes(town) if trigger == "attacked"] == ["190"]


def test_releasing_a_document_is_publishing_and_releasing_people_frees_them():
    people = """
        Iran      Iran      PROPN NNP 1 nsubj B-GPE
        released  release   VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        sailors   sailor    NOUN  NNS 1 dobj
    """
    assert ("0841", "released") in _codes(people)
    returns = people.replace("the       the       DET   DT  3 det", "her       her       PRON  PRP$ 3 poss") \
        .replace("sailors   sailor    NOUN  NNS 1 dobj", "returns   return    NOUN  NNS 1 dobj")
    assert _codes(returns) == []


def test_cutting_taxes_is_no_cut_of_aid():
    aid = """
        Washington Washington PROPN NNP 1 nsubj B-GPE
        cut        cut        VERB  VBD 1 ROOT
        aid        aid        NOUN  NN  1 dobj
        to         to         ADP   IN  1 prep
        Egypt      Egypt      PROPN NNP 3 pobj B-GPE
    """
    assert [code for code, trigger in _codes(aid) if trigger == "cut"] == ["162"]
    taxes = aid.replace("aid        aid        NOUN  NN  1 dobj", "taxes      tax        NOUN  NNS 1 dobj") \
        .replace("to         to         ADP   IN  1 prep", "in         in         ADP   IN  1 prep")
    assert [code for code, trigger in _codes(taxes) if trigger == "cut"] == []


def test_a_verb_conjoined_with_a_passive_shares_its_by_phrase():
    # Scott was shot and killed by police.
    rows = """
        Scott    Scott    PROPN NNP 2 nsubjpass B-PERSON
        was      be       AUX   VBD 2 auxpass
        shot     shoot    VERB  VBN 2 ROOT
        and      and      CCONJ CC  2 cc
        killed   kill     VERB  VBN 2 conj
        by       by       ADP   IN  4 agent
        police   police   NOUN  NNS 5 pobj
    """
    events, actors = _code(rows)
    roles = {e.trigger.text: ([actors.actor(a).name for a in e.source], [actors.actor(a).name for a in e.target])
             for e in events}
    assert roles["killed"] == (["police"], ["Scott"])
    assert roles["shot"] == (["police"], ["Scott"])


def test_receiving_a_visitor_is_hosting_and_receiving_an_award_or_recalling_a_talk_is_no_act():
    visitor = """
        Putin     Putin     PROPN NNP 1 nsubj B-PERSON
        received  receive   VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        minister  minister  NOUN  NN  1 dobj
    """
    assert ("043", "received") in _codes(visitor)
    award = visitor.replace("minister  minister  NOUN  NN  1 dobj", "award     award     NOUN  NN  1 dobj")
    assert _codes(award) == []
    recalled = award.replace("received  receive   VERB  VBD 1 ROOT", "recalled  recall    VERB  VBD 1 ROOT") \
        .replace("award     award     NOUN  NN  1 dobj", "speech    speech    NOUN  NN  1 dobj")
    assert _codes(recalled) == []
    envoy = recalled.replace("speech    speech    NOUN  NN  1 dobj", "ambassador ambassador NOUN NN 1 dobj")
    assert [code for code, trigger in _codes(envoy) if trigger == "recalled"] == ["161"]


def test_an_act_set_aside_for_another_is_negated_and_a_verb_joined_to_a_modal_one_is_hypothetical():
    instead = """
        Troops      troop      NOUN  NNS 1 nsubj
        attacked    attack     VERB  VBD 1 ROOT
        rebels      rebel      NOUN  NNS 1 dobj
        instead     instead    ADV   RB  4 advmod
        of          of         ADP   IN  1 cc
        negotiating negotiate  VERB  VBG 4 pcomp
        with        with       ADP   IN  5 prep
        Kabul       Kabul      PROPN NNP 6 pobj B-GPE
    """
    events = {e.trigger.text: e for e in _code(instead)[0]}
    assert events["negotiating"].negated and not events["attacked"].negated
    modal = """
        Troops      troop      NOUN  NNS 2 nsubj
        could       could      AUX   MD  2 aux
        attack      attack     VERB  VB  2 ROOT
        rebels      rebel      NOUN  NNS 2 dobj
        or          or         CCONJ CC  2 cc
        arrest      arrest     VERB  VB  2 conj
        protesters  protester  NOUN  NNS 5 dobj
    """
    events = {e.trigger.text: e for e in _code(modal)[0]}
    assert events["attack"].hypothetical and events["arrest"].hypothetical
    done = modal.replace("could       could      AUX   MD  2 aux", "did         do         AUX   VBD 2 aux")
    events = {e.trigger.text: e for e in _code(done)[0]}
    assert not events["attack"].hypothetical and not events["arrest"].hypothetical


def test_what_something_is_called_and_a_polls_figures_are_no_acts():
    predicate = """
        Pyongyang  Pyongyang  PROPN NNP 2 nsubjpass B-GPE
        is         be         AUX   VBZ 2 auxpass
        considered consider   VERB  VBN 2 ROOT
        a          a          DET   DT  4 det
        threat     threat     NOUN  NN  2 oprd
        to         to         ADP   IN  4 prep
        Seoul      Seoul      PROPN NNP 5 pobj B-GPE
    """
    assert "threat" not in [trigger for _, trigger in _codes(predicate)]
    poll = """
        Five       five       NUM   CD  1 nummod
        percent    percent    NOUN  NN  2 nsubj
        support    support    VERB  VBP 2 ROOT
        Japan      Japan      PROPN NNP 2 dobj B-GPE
    """
    assert _codes(poll) == []
    country = poll.replace("Five       five       NUM   CD  1 nummod", "The        the        DET   DT  1 det") \
        .replace("percent    percent    NOUN  NN  2 nsubj", "Americans  American   PROPN NNPS 2 nsubj B-NORP")
    assert ("051", "support") in _codes(country)


def test_the_toll_of_a_named_act_told_in_a_relative_clause_is_news_and_a_victims_description_is_not():
    toll = """
        Officials  official  NOUN  NNS 1 nsubj
        counted    count     VERB  VBD 1 ROOT
        persons    person    NOUN  NNS 1 dobj
        who        who       PRON  WP  5 nsubjpass
        were       be        AUX   VBD 5 auxpass
        killed     kill      VERB  VBN 2 relcl
        in         in        ADP   IN  5 prep
        police     police    NOUN  NN  8 compound
        firing     firing    NOUN  NN  6 pobj
    """
    assert "killed" in [trigger for _, trigger in _codes(toll)]
    described = toll.replace("in         in        ADP   IN  5 prep", "last       last      ADJ   JJ  7 amod") \
        .replace("police     police    NOUN  NN  8 compound", "year       year      NOUN  NN  5 npadvmod") \
        .replace("firing     firing    NOUN  NN  6 pobj", "ago        ago       ADV   RB  5 advmod")
    assert "killed" not in [trigger for _, trigger in _codes(described)]


def test_a_participle_on_its_victims_with_the_act_it_was_done_in_is_the_killing_by_whoever_did_that_act():
    # The dead included two persons killed in police firing.
    rows = """
        The       the       DET   DT  1 det
        dead      dead      ADJ   JJ  2 nsubj
        included  include   VERB  VBD 2 ROOT
        two       two       NUM   CD  4 nummod
        persons   person    NOUN  NNS 2 dobj
        killed    kill      VERB  VBN 4 acl
        in        in        ADP   IN  5 prep
        police    police    NOUN  NN  8 compound
        firing    fire      VERB  VBG 6 pobj
    """
    events, actors = _code(rows)
    (killing,) = [e for e in events if e.trigger.text == "killed"]
    assert [actors.actor(a).sector for a in killing.source] == ["COP"]
    assert [actors.actor(a).name for a in killing.target] == ["two persons"]


def test_security_arrangements_by_the_police_are_more_police_and_other_arrangements_are_no_act():
    rows = """
        Police       police       NOUN  NNS 1 nsubj
        made         make         VERB  VBD 1 ROOT
        security     security     NOUN  NN  3 compound
        arrangements arrangement  NOUN  NNS 1 dobj
    """
    assert ("154", "arrangements") in _codes(rows)
    travel = rows.replace("security     security     NOUN  NN  3 compound", "travel       travel       NOUN  NN  3 compound")
    assert _codes(travel) == []


def test_apprehending_suspects_is_an_arrest_and_apprehending_trouble_is_no_act():
    suspects = """
        Police      police      NOUN  NNS 1 nsubj
        apprehended apprehend   VERB  VBD 1 ROOT
        three       three       NUM   CD  3 nummod
        suspects    suspect     NOUN  NNS 1 dobj
    """
    assert ("173", "apprehended") in _codes(suspects)
    trouble = suspects.replace("three       three       NUM   CD  3 nummod", "more        more        ADJ   JJR 3 amod") \
        .replace("suspects    suspect     NOUN  NNS 1 dobj", "trouble     trouble     NOUN  NN  1 dobj")
    assert [trigger for _, trigger in _codes(trouble)] == []


def test_the_dative_of_a_light_verb_is_the_target_of_the_act_its_object_names():
    # Norway offered an apology to Sweden. (the parser may call "to Sweden" a dative)
    events, actors = _code("""
        Norway   Norway   PROPN NNP 1 nsubj  B-GPE
        offered  offer    VERB  VBD 1 ROOT
        an       an       DET   DT  3 det
        apology  apology  NOUN  NN  1 dobj
        to       to       ADP   IN  1 dative
        Sweden   Sweden   PROPN NNP 4 pobj   B-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    names = {a.id: a.name for a in actors.actors}
    assert [(e.cameo, [names[a] for a in e.source], [names[a] for a in e.target]) for e in events] == [
        ("055", ["Norway"], ["Sweden"])]


def test_thanks_expressed_to_someone_is_praise_of_them():
    # Germany expressed its gratitude to France.
    events, actors = _code("""
        Germany    Germany    PROPN NNP 1 nsubj B-GPE
        expressed  express    VERB  VBD 1 ROOT
        its        its        PRON  PRP$ 3 poss
        gratitude  gratitude  NOUN  NN  1 dobj
        to         to         ADP   IN  3 prep
        France     France     PROPN NNP 4 pobj  B-GPE nospace
        .          .          PUNCT .   1 punct
    """)
    names = {a.id: a.name for a in actors.actors}
    assert [(e.cameo, [names[a] for a in e.target]) for e in events] == [("051", ["France"])]


def test_forces_guarding_camping_in_or_manning_a_place_show_police_power():
    guarding = """
        Policemen  policeman  NOUN  NNS 1 nsubj
        guarded    guard      VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        temple     temple     NOUN  NN  1 dobj
    """
    assert _codes(guarding) == [("150", "guarded")]
    camping = """
        Senior     senior     ADJ   JJ  2 amod
        officers   officer    NOUN  NNS 3 nsubj
        are        be         AUX   VBP 3 aux
        camping    camp       VERB  VBG 3 ROOT
        in         in         ADP   IN  3 prep
        the        the        DET   DT  6 det
        town       town       NOUN  NN  4 pobj
    """
    assert _codes(camping) == [("150", "camping")]
    # tourists camping in the town show no one's power
    tourists = camping.replace("officers   officer    NOUN  NNS 3 nsubj", "tourists   tourist    NOUN  NNS 3 nsubj")
    assert _codes(tourists) == []


def test_a_participle_in_a_with_clause_is_what_its_noun_does():
    # The exams were held with police patrolling the streets.
    events, actors = _code("""
        The        the        DET   DT  1 det
        exams      exam       NOUN  NNS 3 nsubjpass
        were       be         AUX   VBD 3 auxpass
        held       hold       VERB  VBN 3 ROOT
        with       with       ADP   IN  3 prep
        police     police     NOUN  NNS 4 pobj
        patrolling patrol     VERB  VBG 5 acl
        the        the        DET   DT  8 det
        streets    street     NOUN  NNS 6 dobj
    """)
    (patrol,) = [e for e in events if e.trigger.text == "patrolling"]
    assert patrol.cameo == "153" and [actors.actor(a).sector for a in patrol.source] == ["COP"]


def test_a_deportation_by_no_one_named_is_by_the_police():
    # Forty activists were deported.
    (deportation,), records, _ = _located("""
        Forty      forty      NUM   CD  1 nummod
        activists  activist   NOUN  NNS 3 nsubjpass
        were       be         AUX   VBD 3 auxpass
        deported   deport     VERB  VBN 3 ROOT
    """)
    police = next(a for a in records if a.id in deportation.source)
    assert deportation.cameo == "174" and (police.name, police.sector) == ("police", "COP")


def test_a_condition_put_by_had_before_its_subject_did_not_happen():
    # Had the army been deployed, the riots would end.
    rows = """
        Had        have       AUX   VBD 4 aux
        the        the        DET   DT  2 det
        army       army       NOUN  NN  4 nsubjpass
        been       be         AUX   VBN 4 auxpass
        deployed   deploy     VERB  VBN 10 advcl
        ,          ,          PUNCT ,   4 punct
        the        the        DET   DT  7 det
        riots      riot       NOUN  NNS 10 nsubj
        would      would      AUX   MD  10 aux
        then       then       ADV   RB  10 advmod
        end        end        VERB  VB  10 ROOT
    """
    (deployment,) = [e for e in _code(rows)[0] if e.trigger.text == "deployed"]
    assert deployment.cameo == "154" and deployment.hypothetical
    # The army had been deployed.
    (done,) = [e for e in _code("""
        The        the        DET   DT  1 det
        army       army       NOUN  NN  4 nsubjpass
        had        have       AUX   VBD 4 aux
        been       be         AUX   VBN 4 auxpass
        deployed   deploy     VERB  VBN 4 ROOT
    """)[0] if e.trigger.text == "deployed"]
    assert not done.hypothetical


def test_a_participle_said_of_a_number_of_those_it_was_done_to_is_news_of_the_act():
    # The number of persons arrested rose to ninety.
    rows = """
        The        the        DET   DT  1 det
        number     number     NOUN  NN  5 nsubj
        of         of         ADP   IN  1 prep
        persons    person     NOUN  NNS 2 pobj
        arrested   arrest     VERB  VBN 3 acl
        rose       rise       VERB  VBD 5 ROOT
        to         to         ADP   IN  5 prep
        ninety     ninety     NUM   CD  6 pobj
    """
    assert ("173", "arrested") in _codes(rows)
    # Several persons arrested remain silent.
    assert ("173", "arrested") in _codes("""
        Several    several    ADJ   JJ  1 amod
        persons    person     NOUN  NNS 3 nsubj
        arrested   arrest     VERB  VBN 1 acl
        remain     remain     VERB  VBP 3 ROOT
        silent     silent     ADJ   JJ  3 acomp
    """)
    # The persons arrested were released: which persons, not news of their arrest
    which = """
        The        the        DET   DT  1 det
        persons    person     NOUN  NNS 3 nsubjpass
        arrested   arrest     VERB  VBN 1 acl
        were       be         AUX   VBD 4 auxpass
        released   release    VERB  VBN 4 ROOT
    """
    assert ("173", "arrested") not in _codes(which)
    # The two killings blamed on rebels shocked the town: a count of things, not of those acted on
    things = """
        The        the        DET   DT  2 det
        two        two        NUM   CD  2 nummod
        killings   killing    NOUN  NNS 6 nsubj
        blamed     blame      VERB  VBN 2 acl
        on         on         ADP   IN  3 prep
        rebels     rebel      NOUN  NNS 4 pobj
        shocked    shock      VERB  VBD 6 ROOT
        the        the        DET   DT  8 det
        town       town       NOUN  NN  6 dobj
    """
    assert [code for code, trigger in _codes(things) if trigger == "blamed"] == []


def test_wounding_is_force_like_killing_and_one_among_those_wounded_its_target():
    # Rebels wounded two soldiers . A Kenyan soldier was among those wounded .
    events, actors = _code("""
        Rebels    rebel     NOUN  NNS 1 nsubj
        wounded   wound     VERB  VBD 1 ROOT
        two       two       NUM   CD  3 nummod
        soldiers  soldier   NOUN  NNS 1 dobj
        .         .         PUNCT .   1 punct
        A         a         DET   DT  7 det
        Kenyan    Kenyan    ADJ   JJ  7 amod B-NORP
        soldier   soldier   NOUN  NN  8 nsubj
        was       be        AUX   VBD 8 ROOT
        among     among     ADP   IN  8 prep
        those     those     PRON  DT  9 pobj
        wounded   wound     VERB  VBN 10 acl
        .         .         PUNCT .   8 punct
    """)
    assert [e.cameo[:2] for e in events] == ["18", "18"]
    soldier = next(a.id for a in actors.actors if a.name.startswith("Kenyan"))
    assert soldier in events[1].target


def test_what_a_participle_joined_to_an_acts_outcome_tells_is_that_act_too():
    # Gunmen attacked the village , killing ten people and abducting 40 others .
    assert [c for c, _ in _codes("""
        Gunmen     gunman    NOUN  NNS 1 nsubj
        attacked   attack    VERB  VBD 1 ROOT
        the        the       DET   DT  3 det
        village    village   NOUN  NN  1 dobj
        ,          ,         PUNCT ,   1 punct
        killing    kill      VERB  VBG 1 advcl
        ten        ten       NUM   CD  7 nummod
        people     people    NOUN  NNS 5 dobj
        and        and       CCONJ CC  5 cc
        abducting  abduct    VERB  VBG 5 conj
        40         40        NUM   CD  11 nummod
        others     other     NOUN  NNS 9 dobj
        .          .         PUNCT .   1 punct
    """)] == ["190"]


def test_a_toll_joined_to_a_toll_is_one_act():
    # Gunmen killed a soldier and wounded two others .
    assert [c for c, _ in _codes("""
        Gunmen   gunman   NOUN  NNS 1 nsubj
        killed   kill     VERB  VBD 1 ROOT
        a        a        DET   DT  3 det
        soldier  soldier  NOUN  NN  1 dobj
        and      and      CCONJ CC  1 cc
        wounded  wound    VERB  VBD 1 conj
        two      two      NUM   CD  7 nummod
        others   other    NOUN  NNS 5 dobj
        .        .        PUNCT .   1 punct
    """)] == ["180"]


def test_the_sources_own_envoy_is_not_whom_it_recalls_him_from():
    # Qatar recalled its ambassador from Egypt .
    (recall,), records, _ = _located("""
        Qatar       Qatar       PROPN NNP 1 nsubj B-GPE
        recalled    recall      VERB  VBD 1 ROOT
        its         its         PRON  PRP$ 3 poss
        ambassador  ambassador  NOUN  NN  1 dobj
        from        from        ADP   IN  1 prep
        Egypt       Egypt       PROPN NNP 4 pobj B-GPE
        .           .           PUNCT .   1 punct
    """)
    countries = {a.id: a.country for a in records}
    assert recall.cameo == "161"
    assert [countries[a] for a in recall.target] == ["EGY"]


def test_a_crowd_storming_a_building_riots_and_troops_storming_it_use_force():
    # Protesters stormed the embassy . Troops stormed the building .
    assert [c for c, _ in _codes("""
        Protesters  protester  NOUN  NNS 1 nsubj
        stormed     storm      VERB  VBD 1 ROOT
        the         the        DET   DT  3 det
        embassy     embassy    NOUN  NN  1 dobj
        .           .          PUNCT .   1 punct
        Troops      troop      NOUN  NNS 6 nsubj
        stormed     storm      VERB  VBD 6 ROOT
        the         the        DET   DT  8 det
        building    building   NOUN  NN  6 dobj
        .           .          PUNCT .   6 punct
    """)] == ["145", "190"]


def test_saying_someone_was_behind_or_responsible_for_an_act_accuses_them():
    # Kenya said Somalia was behind the attacks . India said Pakistan was responsible for the killings .
    events, records, _ = _located("""
        Kenya       Kenya       PROPN NNP 1 nsubj B-GPE
        said        say         VERB  VBD 1 ROOT
        Somalia     Somalia     PROPN NNP 3 nsubj B-GPE
        was         be          AUX   VBD 1 ccomp
        behind      behind      ADP   IN  3 prep
        the         the         DET   DT  6 det
        attacks     attack      NOUN  NNS 4 pobj
        .           .           PUNCT .   1 punct
        India       India       PROPN NNP 9 nsubj B-GPE
        said        say         VERB  VBD 9 ROOT
        Pakistan    Pakistan    PROPN NNP 11 nsubj B-GPE
        was         be          AUX   VBD 9 ccomp
        responsible responsible ADJ   JJ  11 acomp
        for         for         ADP   IN  12 prep
        the         the         DET   DT  15 det
        killings    killing     NOUN  NNS 13 pobj
        .           .           PUNCT .   9 punct
    """)
    countries = {a.id: a.country for a in records}
    assert [(e.cameo, e.trigger.text, [countries[a] for a in e.source], [countries[a] for a in e.target])
            for e in events] == [("112", "behind", ["KEN"], ["SOM"]), ("1121", "responsible", ["IND"], ["PAK"])]


def test_being_behind_a_thing_that_is_no_act_accuses_no_one():
    # Kenya said the camp was behind the hill .
    assert _codes("""
        Kenya       Kenya       PROPN NNP 1 nsubj B-GPE
        said        say         VERB  VBD 1 ROOT
        the         the         DET   DT  3 det
        camp        camp        NOUN  NN  4 nsubj
        was         be          AUX   VBD 1 ccomp
        behind      behind      ADP   IN  4 prep
        the         the         DET   DT  7 det
        hill        hill        NOUN  NN  5 pobj
        .           .           PUNCT .   1 punct
    """) == []


def test_a_person_cut_on_the_body_or_by_glass_is_wounded_and_aid_cut_is_a_sanction():
    # The envoy was cut on her lip . Two guards were cut by glass . Russia cut aid to Serbia .
    assert _codes("""
        The         the         DET   DT  1 det
        envoy       envoy       NOUN  NN  3 nsubjpass
        was         be          AUX   VBD 3 auxpass
        cut         cut         VERB  VBN 3 ROOT
        on          on          ADP   IN  3 prep
        her         her         PRON  PRP$ 6 poss
        lip         lip         NOUN  NN  4 pobj
        .           .           PUNCT .   3 punct
        Two         two         NUM   CD  9 nummod
        guards      guard       NOUN  NNS 11 nsubjpass
        were        be          AUX   VBD 11 auxpass
        cut         cut         VERB  VBN 11 ROOT
        by          by          ADP   IN  11 agent
        glass       glass       NOUN  NN  12 pobj
        .           .           PUNCT .   11 punct
        Russia      Russia      PROPN NNP 16 nsubj B-GPE
        cut         cut         VERB  VBD 16 ROOT
        aid         aid         NOUN  NN  16 dobj
        to          to          ADP   IN  16 dative
        Serbia      Serbia      PROPN NNP 18 pobj B-GPE
        .           .           PUNCT .   16 punct
    """) == [("162", "cut")]


def test_a_naval_quarantine_a_verbs_auxiliary_puts_as_intended_is_a_threatened_blockade():
    # Russia said it would impose a naval quarantine on Georgia . Italy ended the quarantine of travellers .
    assert _codes("""
        Russia      Russia      PROPN NNP 1 nsubj B-GPE
        said        say         VERB  VBD 1 ROOT
        it          it          PRON  PRP 4 nsubj
        would       would       AUX   MD  4 aux
        impose      impose      VERB  VB  1 ccomp
        a           a           DET   DT  7 det
        naval       naval       ADJ   JJ  7 amod
        quarantine  quarantine  NOUN  NN  4 dobj
        on          on          ADP   IN  7 prep
        Georgia     Georgia     PROPN NNP 8 pobj B-GPE
        .           .           PUNCT .   1 punct
        Italy       Italy       PROPN NNP 12 nsubj B-GPE
        ended       end         VERB  VBD 12 ROOT
        the         the         DET   DT  14 det
        quarantine  quarantine  NOUN  NN  12 dobj
        of          of          ADP   IN  14 prep
        travellers  traveller   NOUN  NNS 15 pobj
        .           .           PUNCT .   12 punct
    """) == [("1381", "quarantine")]


def test_the_acts_of_an_actor_told_in_its_relative_clause_are_news_wherever_the_actor_is_named():
    # Rioters burned a bus , a raid that was stopped by police who fired shots and arrested six men
    rows = """
        Rioters   rioter    NOUN  NNS 1 nsubj
        burned    burn      VERB  VBD 1 ROOT
        a         a         DET   DT  3 det
        bus       bus       NOUN  NN  1 dobj
        ,         ,         PUNCT ,   3 punct
        a         a         DET   DT  6 det
        raid      raid      NOUN  NN  3 appos
        that      that      PRON  WDT 9 nsubjpass
        was       be        AUX   VBD 9 auxpass
        stopped   stop      VERB  VBN 6 relcl
        by        by        ADP   IN  9 agent
        police    police    NOUN  NNS 10 pobj
        who       who       PRON  WP  13 nsubj
        fired     fire      VERB  VBD 11 relcl
        shots     shot      NOUN  NNS 13 dobj
        and       and       CCONJ CC  13 cc
        arrested  arrest    VERB  VBD 13 conj
        six       six       NUM   CD  18 nummod
        men       man       NOUN  NNS 16 dobj
    """
    codes = _codes(rows)
    assert ("173", "arrested") in codes and "fired" in [trigger for _, trigger in codes]
    # what a relative clause tells of someone acted on is still background
    acted_on = rows.replace("stopped   stop      VERB  VBN 6 relcl", "praised   praise    VERB  VBN 6 relcl") \
        .replace("who       who       PRON  WP  13 nsubj", "whom      whom      PRON  WP  13 dobj")
    assert "arrested" not in [trigger for _, trigger in _codes(acted_on)]


def test_concern_about_an_actor_is_disapproval_and_about_a_state_of_affairs_pessimism():
    # Ryan expressed concern about Trump's remarks (CAMEO 110), not about the economy (012)
    rows = """
        Ryan      Ryan      PROPN NNP 1 nsubj B-PERSON
        expressed express   VERB  VBD 1 ROOT
        concern   concern   NOUN  NN  1 dobj
        about     about     ADP   IN  2 prep
        Trump     Trump     PROPN NNP 6 poss  B-PERSON nospace
        's        's        PART  POS 4 case
        remarks   remark    NOUN  NNS 3 pobj
    """
    events, actors = _code(rows)
    assert [(e.cameo, e.plover, e.trigger.text) for e in events] == [("110", "ACCUSE", "expressed")]
    assert [actors.actor(a).name for a in events[0].target] == ["Trump"]
    economy = rows.replace("Trump     Trump     PROPN NNP 6 poss  B-PERSON nospace",
                           "the       the       DET   DT  6 det") \
        .replace("'s        's        PART  POS 4 case", "poor      poor      ADJ   JJ  6 amod") \
        .replace("remarks   remark    NOUN  NNS 3 pobj", "economy   economy   NOUN  NN  3 pobj")
    assert _codes(economy) == [("012", "expressed")]


@pytest.mark.parametrize("rows, trigger", [
    ("""
        Bush      Bush      PROPN NNP 1 nsubj B-PERSON
        took      take      VERB  VBD 1 ROOT
        a         a         DET   DT  3 det
        swipe     swipe     NOUN  NN  1 dobj
        at        at        ADP   IN  1 prep
        Trump     Trump     PROPN NNP 4 pobj  B-PERSON
    """, "took"),
    ("""
        Romney    Romney    PROPN NNP 1 nsubj B-PERSON
        was       be        AUX   VBD 1 ROOT
        critical  critical  ADJ   JJ  1 acomp
        of        of        ADP   IN  2 prep
        Trump     Trump     PROPN NNP 3 pobj  B-PERSON
    """, "critical"),
    ("""
        Warren    Warren    PROPN NNP 1 nsubj B-PERSON
        tore      tear      VERB  VBD 1 ROOT
        into      into      ADP   IN  1 prep
        Trump     Trump     PROPN NNP 2 pobj  B-PERSON
    """, "tore"),
])
def test_idioms_of_criticism_criticise_whom_their_preposition_names(rows, trigger):
    events, actors = _code(rows)
    assert [(e.cameo, e.trigger.text) for e in events] == [("111", trigger)]
    assert [actors.actor(a).name for a in events[0].target] == ["Trump"]


def test_a_person_is_whom_the_actors_stage_finds_one_though_the_tagger_takes_the_name_for_a_body():
    # Donald Trump spoke. Clinton targets Trump's housing plan ("Trump" tagged ORG the second time)
    events, actors = _code("""
        Donald    Donald    PROPN NNP 1 compound B-PERSON
        Trump     Trump     PROPN NNP 2 nsubj    I-PERSON
        spoke     speak     VERB  VBD 2 ROOT     nospace
        .         .         PUNCT .   2 punct
        Clinton   Clinton   PROPN NNP 5 nsubj    B-PERSON
        targets   target    VERB  VBZ 5 ROOT
        Trump     Trump     PROPN NNP 9 poss     B-ORG nospace
        's        's        PART  POS 6 case
        housing   housing   NOUN  NN  9 compound
        plan      plan      NOUN  NN  5 dobj
    """)
    assert [(e.cameo, e.trigger.text, [actors.actor(a).name for a in e.target]) for e in events] == [
        ("111", "targets", ["Donald Trump"])]


@pytest.mark.parametrize("rows, code", [
    ("""
        Senator   senator   PROPN NNP 1 compound
        Warren    Warren    PROPN NNP 2 nsubj    B-PERSON
        attacked  attack    VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        press     press     NOUN  NN  2 dobj
    """, "111"),
    ("""
        President president PROPN NNP 1 compound B-PERSON
        Putin     Putin     PROPN NNP 2 nsubj    I-PERSON
        attacked  attack    VERB  VBD 2 ROOT
        Ukraine   Ukraine   PROPN NNP 2 dobj     B-GPE
    """, "190"),
])
def test_an_attack_by_a_politician_on_no_country_or_armed_force_is_one_in_words(rows, code):
    assert _codes(rows) == [(code, "attacked")]


def test_a_fight_between_politicians_is_one_in_words_and_an_attack_named_by_its_place_is_force():
    # Senator Sanders clashed with Senator Clinton over trade (111)
    clash = _codes("""
        Senator   senator   PROPN NNP 1 compound
        Sanders   Sanders   PROPN NNP 2 nsubj    B-PERSON
        clashed   clash     VERB  VBD 2 ROOT
        with      with      ADP   IN  2 prep
        Senator   senator   PROPN NNP 5 compound
        Clinton   Clinton   PROPN NNP 3 pobj     B-PERSON
    """)
    assert clash == [("111", "clashed")]
    # Senator Warren recalled the Paris attacks (the attacks are no words of Warren's)
    recalled = _codes("""
        Senator   senator   PROPN NNP 1 compound
        Warren    Warren    PROPN NNP 2 nsubj    B-PERSON
        recalled  recall    VERB  VBD 2 ROOT
        the       the       DET   DT  5 det
        Paris     Paris     PROPN NNP 5 compound B-GPE
        attacks   attack    NOUN  NNS 2 dobj
    """)
    assert ("111", "attacks") not in recalled


def test_a_poll_share_that_names_someone_and_a_court_critical_of_no_one_are_no_acts():
    # 64 percent call him competent; the courts became more critical
    share = _codes("""
        64        64        NUM   CD  1 nummod
        percent   percent   NOUN  NN  2 nsubj
        call      call      VERB  VBP 2 ROOT
        Sanders   Sanders   PROPN NNP 2 dobj  B-PERSON
        competent competent ADJ   JJ  2 oprd
    """)
    assert share == []
    courts = _codes("""
        the       the       DET   DT  1 det
        courts    court     NOUN  NNS 2 nsubj
        became    become    VERB  VBD 2 ROOT
        more      more      ADV   RBR 4 advmod
        critical  critical  ADJ   JJ  2 acomp
    """)
    assert courts == []


def test_support_counted_by_a_poll_or_drawn_from_voters_is_no_act():
    # Clinton has support from 52 percent of voters; Ryan reiterated his support for Trump (051)
    poll = _codes("""
        Clinton   Clinton   PROPN NNP 1 nsubj    B-PERSON
        has       have      VERB  VBZ 1 ROOT
        support   support   NOUN  NN  1 dobj
        from      from      ADP   IN  2 prep
        52        52        NUM   CD  5 nummod
        percent   percent   NOUN  NN  3 pobj
        of        of        ADP   IN  5 prep
        voters    voter     NOUN  NNS 6 pobj
    """)
    assert poll == []
    given = _codes("""
        Ryan       Ryan       PROPN NNP 1 nsubj B-PERSON
        reiterated reiterate  VERB  VBD 1 ROOT
        his        his        PRON  PRP$ 3 poss
        support    support    NOUN  NN  1 dobj
        for        for        ADP   IN  3 prep
        Trump      Trump      PROPN NNP 4 pobj  B-PERSON
    """)
    assert given == [("051", "support")]
