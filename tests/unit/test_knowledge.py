"""The packaged knowledge files and the user's own: loading, matching and clear errors."""

import pytest

from newsgraph.actors import Gazetteer
from newsgraph.errors import MalformedDataFile
from newsgraph.events import cameo_table, load_patterns
from tests.unit.docs import build


def test_cameo_table_has_every_code_with_scores_and_plover():
    table = cameo_table()
    assert len(table) == 292  # the 312 CAMEO codes less the 20 root headings
    assert table["042"].plover == "CONSULT" and table["042"].mode == "visit"
    assert table["190"].goldstein == -10.0 and table["190"].quad_class == 4
    assert table["020"].plover == "REQUEST"
    assert table["010"].plover is None
    assert {t.code[:2] for t in table.values()} == {f"{n:02d}" for n in range(1, 21)}


def test_gazetteer_finds_countries_adjectives_capitals_and_organisations(gazetteer):
    doc = build("""
        North    north    PROPN NNP 1 compound
        Korean   korean   ADJ   JJ  1 amod
        troops   troop    NOUN  NNS 3 nsubj
        met      meet     VERB  VBD 3 ROOT
        NATO     NATO     PROPN NNP 3 dobj
        in       in       ADP   IN  3 prep
        Pyongyang Pyongyang PROPN NNP 5 pobj
        and      and      CCONJ CC  6 cc
        us       we       PRON  PRP 6 conj
    """)
    found = {doc[m.start:m.end].text: (m.country or m.organisation) for m in gazetteer.match(doc)}
    assert found["North Korean"].code == "PRK" and found["North Korean"].kind == "adjective"
    assert found["NATO"].code == "IGOWSTNAT"
    assert found["Pyongyang"].kind == "capital"
    assert "us" not in found  # lower-case words are never country forms


def test_sector_words_match_by_lemma(gazetteer):
    doc = build("""
        Russian  russian  ADJ  JJ  1 amod
        soldiers soldier  NOUN NNS 1 ROOT
    """)
    assert gazetteer.sector_matches(list(doc)) == [(1, 2, "MIL")]


def test_user_actor_file_adds_people(tmp_path):
    path = tmp_path / "my-actors.tsv"
    path.write_text("name\tforms\tcode\tkind\nChoe Son-hui\tChoe\tPRKGOV\tperson\n", encoding="utf-8")
    gazetteer = Gazetteer.load(extra_actors=(path,))
    assert gazetteer.organisations[("choe",)].code == "PRKGOV"


def test_malformed_user_actor_file_names_file_line_and_reason(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("name\tcode\nKim Jong-un\tPRK GOV\n", encoding="utf-8")
    with pytest.raises(MalformedDataFile) as caught:
        Gazetteer.load(extra_actors=(path,))
    assert f"{path} line 2" in str(caught.value) and "code of letters" in str(caught.value)


def test_user_patterns_replace_packaged_ones(tmp_path):
    path = tmp_path / "patterns.tsv"
    path.write_text("lemma\tpos\tcameo\ttargets\tobject\nmeet\tverb\t043\tdobj\t\n", encoding="utf-8")
    patterns = load_patterns([path])
    assert [p.cameo for p in patterns.lookup("meet", "verb")] == ["043"]
    assert [p.cameo for p in load_patterns().lookup("meet", "verb") if not p.objects] == ["040"]


@pytest.mark.parametrize("row, reason", [
    ("meet\tverb\t999\tdobj\t", "'999' is not a CAMEO event code"),
    ("meet\tadverb\t040\tdobj\t", "pos must be one of verb, noun, adj, topic"),
    ("meet\tverb\t040", "3 cells where the header has 5"),
])
def test_malformed_patterns_name_file_line_and_reason(tmp_path, row, reason):
    path = tmp_path / "patterns.tsv"
    path.write_text(f"# mine\nlemma\tpos\tcameo\ttargets\tobject\n{row}\n", encoding="utf-8")
    with pytest.raises(MalformedDataFile) as caught:
        load_patterns([path])
    assert f"{path} line 3" in str(caught.value) and reason in str(caught.value)


def test_user_actor_file_names_people_the_ner_would_miss(tmp_path):
    from newsgraph.actors import find_actors
    path = tmp_path / "people.tsv"
    path.write_text("name\tforms\tcode\tkind\nChoe Son-hui\tChoe\tPRKGOV\tperson\n", encoding="utf-8")
    doc = build("""
        Choe   Choe   PROPN NNP 1 nsubj
        spoke  speak  VERB  VBD 1 ROOT
    """)
    actor = find_actors(doc, Gazetteer.load(extra_actors=(path,))).actors[0]
    assert (actor.name, actor.kind, actor.code) == ("Choe Son-hui", "person", "PRKGOV")


def test_people_whose_only_role_is_undated_are_known(gazetteer):
    # PETRARCH-2 gives Michel Aoun an undated role ([LBNELI]), one that holds at all times
    doc = build("""
        General General PROPN NNP 2 compound
        Michel  Michel  PROPN NNP 2 compound
        Aoun    Aoun    PROPN NNP 3 nsubj
        spoke   speak   VERB  VBD 3 ROOT
    """)
    (match,) = gazetteer.match(doc)
    assert (match.organisation.name, match.organisation.country) == ("Michel Aoun", "LBN")


def test_regional_bodies_are_known_by_their_acronyms(gazetteer):
    doc = build("""
        APEC   APEC   PROPN NNP 3 nsubj
        and    and    CCONJ CC  0 cc
        ECOWAS ECOWAS PROPN NNP 0 conj
        met    meet   VERB  VBD 3 ROOT
    """)
    found = {doc[m.start:m.end].text: m.organisation.code for m in gazetteer.match(doc)}
    assert found == {"APEC": "IGO", "ECOWAS": "IGOWAFWAS"}


def test_a_one_word_known_person_is_not_the_first_name_of_another(gazetteer):
    # King Abdullah (Saudi Arabia) is known by one word; Abdullah Ocalan is someone else
    ocalan = build("""
        Abdullah Abdullah PROPN NNP 1 compound B-PERSON
        Ocalan   Ocalan   PROPN NNP 2 nsubj    I-PERSON
        spoke    speak    VERB  VBD 2 ROOT
    """)
    assert [m.organisation.name for m in gazetteer.match(ocalan)] == ["Abdullah Ocalan"]
    king = build("""
        King     King     PROPN NNP 1 compound
        Abdullah Abdullah PROPN NNP 2 nsubj    B-PERSON
        spoke    speak    VERB  VBD 2 ROOT
    """)
    assert [m.organisation.country for m in gazetteer.match(king)] == ["SAU"]


def test_a_region_named_after_another_country_is_its_own_countrys(gazetteer):
    # New Jersey is an American state, not Jersey; New Mexico is not Mexico
    doc = build("""
        New     New     PROPN NNP 1 compound
        Jersey  Jersey  PROPN NNP 2 nsubj
        and     and     CCONJ CC  1 cc
        New     New     PROPN NNP 4 compound
        Mexico  Mexico  PROPN NNP 1 conj
    """)
    found = [(doc[m.start:m.end].text, m.country.code, m.country.kind) for m in gazetteer.match(doc)]
    assert found == [("New Jersey", "USA", "region"), ("New Mexico", "USA", "region")]


def test_one_body_in_two_files_is_one_organisation(gazetteer, tmp_path):
    assert gazetteer.organisations[("european", "union")] is gazetteer.organisations[("eu",)]
    assert gazetteer.organisations[("european", "union")].code == "IGOWSTEEC"
    # a user's entry that takes one form of a packaged body takes all its forms
    path = tmp_path / "mine.tsv"
    path.write_text("name\tforms\tcode\nIslamic Conference\tOrganization of the Islamic Conference\tIGOMOS\n",
                    encoding="utf-8")
    mine = Gazetteer.load(extra_actors=(path,))
    assert mine.organisations[("oic",)].name == "Islamic Conference"


def test_malformed_roles_name_file_line_and_reason(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text("name\tcode\tkind\troles\nAnn Lee\tKORGOV\tperson\tKORGOV@2012\n", encoding="utf-8")
    with pytest.raises(MalformedDataFile) as caught:
        Gazetteer.load(extra_actors=(path,))
    assert f"{path} line 2" in str(caught.value) and "RUSGOV@20080508-20120507" in str(caught.value)


def test_a_lower_case_text_names_countries_but_not_with_ordinary_words(gazetteer):
    # china and the us met in washington; let us see what turkey says.
    doc = build("""
        china      china      PROPN NNP 4 nsubj
        and        and        CCONJ CC  0 cc
        the        the        DET   DT  3 det
        us         us         PROPN NNP 0 conj
        met        meet       VERB  VBD 4 ROOT
        in         in         ADP   IN  4 prep
        washington washington PROPN NNP 5 pobj  nospace
        ;          ;          PUNCT :   4 punct
        let        let        VERB  VB  8 ROOT
        us         we         PRON  PRP 10 nsubj
        see        see        VERB  VB  8 ccomp
        what       what       PRON  WP  13 dobj
        turkey     turkey     PROPN NNP 13 nsubj
        says       say        VERB  VBZ 10 ccomp
    """)
    found = [(doc[m.start:m.end].text, m.country.code) for m in gazetteer.match(doc)]
    # "us" after "the" is the United States; the pronoun is not, nor is any pronoun in capitals
    assert found == [("china", "CHN"), ("us", "USA"), ("washington", "USA"), ("turkey", "TUR")]


def test_a_pronouns_homograph_parsed_as_a_name_before_a_noun_is_the_country_in_lower_case(gazetteer):
    # former us envoys met egyptian-us partners; the talks gave us hope at a reunion party.
    doc = build("""
        former    former    ADJ   JJ  2 amod
        us        us        PROPN NNP 2 compound
        envoys    envoy     NOUN  NNS 3 nsubj
        met       meet      VERB  VBD 3 ROOT
        egyptian  egyptian  ADJ   JJ  7 amod  nospace
        -         -         PUNCT HYPH 6 punct nospace
        us        us        PROPN NNP 7 compound
        partners  partner   NOUN  NNS 3 dobj  nospace
        ;         ;         PUNCT :   3 punct
        the       the       DET   DT  10 det
        talks     talk      NOUN  NNS 11 nsubj
        gave      give      VERB  VBD 11 ROOT
        us        we        PRON  PRP 11 dative
        hope      hope      NOUN  NN  11 dobj
        at        at        ADP   IN  11 prep
        a         a         DET   DT  17 det
        reunion   reunion   NOUN  NN  17 compound
        party     party     NOUN  NN  14 pobj
    """)
    found = [(m.start, m.country.code) for m in gazetteer.match(doc) if m.country is not None]
    # no pronoun modifies a noun; the pronoun a verb governs is none, nor a noun that modifies one
    assert (1, "USA") in found and (6, "USA") in found and not any(start in (12, 16) for start, _ in found)


def test_a_known_name_no_english_word_is_a_name_in_lower_case_whatever_its_tag(gazetteer):
    # the minister told haaretz that talks failed: the tagger, without capitals, guesses a verb
    doc = build("""
        the       the       DET   DT  1 det
        minister  minister  NOUN  NN  2 nsubj
        told      tell      VERB  VBD 2 ROOT
        haaretz   haaretz   VERB  VB  2 dobj
        that      that      SCONJ IN  6 mark
        talks     talk      NOUN  NNS 6 nsubj
        failed    fail      VERB  VBD 2 ccomp
    """)
    assert gazetteer.match(doc) == []
    english = frozenset({"the", "minister", "tell", "that", "talk", "fail"})
    (found,) = gazetteer.match(doc, english=english)
    assert (found.start, found.organisation.name) == (3, "Haaretz")
    assert gazetteer.match(doc, english=english | {"haaretz"}) == []


def test_a_capitals_name_is_a_name_in_lower_case_whatever_its_tag_though_the_lexicon_knows_it(gazetteer):
    # he made a visit to prague: the tagger, without capitals, guesses a verb; WordNet knows Prague
    doc = build("""
        he      he      PRON  PRP 1 nsubj
        made    make    VERB  VBD 1 ROOT
        a       a       DET   DT  3 det
        visit   visit   NOUN  NN  1 dobj
        to      to      PART  TO  5 aux
        prague  prague  VERB  VB  3 relcl
    """)
    (found,) = gazetteer.match(doc, english=frozenset({"he", "make", "a", "visit", "to", "prague"}))
    assert (found.start, found.country.code, found.country.kind) == (5, "CZE", "capital")


def test_the_casing_of_a_document_is_found():
    from newsgraph.actors.gazetteer import document_casing
    assert document_casing(build("""
        police  police  NOUN  NNS 1 nsubj
        came    come    VERB  VBD 1 ROOT
    """)) == "lower"
    assert document_casing(build("""
        POLICE  POLICE  PROPN NNP 1 nsubj
        CAME    COME    VERB  VBD 1 ROOT
    """)) == "upper"
    assert document_casing(build("""
        Police  police  NOUN  NNS 1 nsubj
        came    come    VERB  VBD 1 ROOT
    """)) == "mixed"


@pytest.mark.parametrize("form, name, code", [
    ("al-Shabaab", "Al-Shabaab", "SOMREB"), ("Shabaab", "Al-Shabaab", "SOMREB"),
    ("Boko Haram", "Boko Haram", "NGAREB"), ("FARC", "Revolutionary Armed Forces of Colombia", "COLREB"),
    ("ELN", "National Liberation Army (Colombia)", "COLREB"),
    ("al-Qassam Brigades", "Izz Ad-Din Al Qassam Brigades", "PSEREBHMS"),
    # coded by its region (MEA) in the dictionary, by the country its name holds here
    ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "PSEREB"),
    # the curated organisations keep their own codes and take the dictionary's forms
    ("Hezbollah", "Hezbollah", "LBNREB"), ("Hizbollah", "Hezbollah", "LBNREB"), ("Taliban", "Taliban", "AFGREB")])
def test_armed_groups_are_known_by_their_names_and_aliases(gazetteer, form, name, code):
    tokens = form.replace("-", " - ").split()
    organisation = gazetteer.organisations[tuple(t.lower() for t in tokens)]
    assert (organisation.name, organisation.code) == (name, code)


def test_militants_listed_among_a_groups_aliases_are_not_the_group(gazetteer):
    for form in (("khaled", "meshaal"), ("nasrallah",), ("bin", "laden"), ("national", "liberation", "army"),
                 ("people", "'s", "liberation", "army"), ("black", "friday")):
        # the militant may be known as a person of their own (Khaled Meshaal), never as the group
        assert form not in gazetteer.organisations or gazetteer.organisations[form].kind == "person"


def test_regions_and_cities_are_places_of_their_country_but_not_ordinary_words_or_namesakes(gazetteer):
    found = {form: gazetteer.countries.get((form.lower(),)) for form in
             ("Crimea", "Tigray", "Kharkiv", "Aksum", "Amhara", "Central", "Punjab", "Alexandria", "Jackson",
                      "Buffalo", "Sparks", "Worms")}
    assert {form: (f.code, f.kind) for form, f in found.items() if f} == {
        "Crimea": ("UKR", "region"), "Tigray": ("ETH", "region"), "Kharkiv": ("UKR", "city"),
        "Aksum": ("ETH", "city"), "Amhara": ("ETH", "region")}
