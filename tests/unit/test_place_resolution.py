"""Choosing between namesakes: the article-wide rules of ``places.py`` on candidates built by hand."""

from newsgraph.normalize.geonames import CITY, COUNTRY, REGION, Candidate, _region_wholes, place_index, place_key
from newsgraph.normalize.places import _areas, _in_area, _its_city, _listed_region, _Neighbours, _Toponym, distance_km
from tests.unit.docs import build


def _city(name, lat, lon, country, population, admin1=None):
    return Candidate(name, lat, lon, country, admin1, population, CITY)


def test_a_countrys_point_is_near_nothing():
    # the Philippines' point lies by a town called Victoria; a town of the story does too
    victoria = _city("Victoria", 13.18, 121.28, "PHL", 52_000)
    philippines = Candidate("Philippines", 13.0, 122.0, "PHL", None, 0, COUNTRY)
    assert _Neighbours(["philippines"], [[philippines]]).near(victoria, "victoria") == 0
    calapan = _city("Calapan", 13.41, 121.18, "PHL", 124_000)
    neighbours = _Neighbours(["philippines", "calapan"], [[philippines], [calapan]])
    assert neighbours.near(victoria, "victoria") == 1



def test_a_town_and_the_region_holding_it_are_near_wherever_the_regions_point_lies():
    # "Ontario" named three times and "Toronto" once: the province's point lies 600 km from the
    # city, while Ontario, Ohio lies 60 km from Toronto, Ohio
    province = Candidate("Ontario", 47.49, -84.55, "CAN", "08", 14_000_000, REGION)
    ohio_town = _city("Ontario", 40.76, -82.59, "USA", 6_000, admin1="OH")
    city = _city("Toronto", 43.70, -79.42, "CAN", 2_800_000, admin1="08")
    ohio_city = _city("Toronto", 40.46, -80.60, "USA", 5_000, admin1="OH")
    neighbours = _Neighbours(["ontario"] * 3 + ["toronto"], [[province, ohio_town]] * 3 + [[city, ohio_city]])
    assert neighbours.near(city, "toronto") == 3
    assert neighbours.near(province, "ontario") == 1
    assert neighbours.near(ohio_city, "toronto") == 3  # by distance, as before
    # a town of another region of the country gains nothing
    assert neighbours.near(_city("Montreal", 45.50, -73.57, "CAN", 1_700_000, admin1="10"), "montreal") == 0
    # once the places are chosen, the region's area counts instead (_in_area), not twice
    chosen = _Neighbours(["ontario", "toronto"], [[province], [city]], holding=False)
    assert chosen.near(city, "toronto") == 0

def test_a_region_mostly_its_city_is_the_city():
    region = Candidate("Da Nang", 16.33, 110.43, "VNM", None, 1_000_000, REGION)
    city = _city("Da Nang", 16.07, 108.22, "VNM", 752_000)
    assert _its_city(region, [region, city], "da nang") == city
    # Quebec City holds a small share of Quebec's people: "Quebec" is the province
    province = Candidate("Quebec", 52.0, -72.0, "CAN", None, 8_000_000, REGION)
    assert _its_city(province, [province, _city("Quebec", 46.81, -71.21, "CAN", 530_000)], "quebec") == province


def _region(name, lat, lon, country, population=100_000):
    return Candidate(name, lat, lon, country, None, population, REGION)


def test_regions_named_by_their_parts_make_up_a_whole():
    parts = [_region("North Darfur", 14.0, 25.0, "SDN"), _region("South Darfur", 11.0, 25.0, "SDN"),
             _region("Western Cape", -33.0, 20.0, "ZAF"), _region("Eastern Cape", -32.0, 26.0, "ZAF"),
             _region("South Australia", -30.0, 135.0, "AUS"), _region("Western Australia", -25.0, 122.0, "AUS"),
             _region("North Kivu", -0.8, 29.0, "COD")]
    regions = {place_key(r.name): (r,) for r in parts}
    wholes = _region_wholes(regions, {"australia"})
    (darfur,) = wholes["darfur"]
    assert (darfur.name, darfur.country, darfur.lat, darfur.population) == ("Darfur", "SDN", 12.5, 200_000)
    # a common noun, a country's name, a single part: no whole
    assert set(wholes) == {"darfur"}


def test_the_index_knows_darfur_as_the_area_of_its_states():
    (darfur,) = place_index().regions_named("Darfur")
    assert darfur.country == "SDN" and distance_km(darfur.lat, darfur.lon, 13.0, 25.0) < 161


def test_a_region_holding_a_town_of_the_article_and_a_town_in_a_named_region_are_in_its_area():
    toronto = _city("Toronto", 43.65, -79.38, "CAN", 2_600_000, admin1="08")
    ontario = Candidate("Ontario", 47.49, -84.55, "CAN", "08", 14_000_000, REGION)
    areas = _areas(["toronto", "ontario"], [toronto, ontario])
    assert _in_area(ontario, "ontario", areas) and _in_area(toronto, "toronto", areas)
    assert not _in_area(_city("Ontario", 43.22, -77.28, "USA", 2_000, admin1="NY"), "ontario", areas)
    # a name is no evidence for itself: Quebec City does not place "Quebec" in its province
    assert not _in_area(ontario, "ontario", _areas(["ontario"], [_city("Ontario", 43.0, -80.0, "CAN", 1, "08")]))


def test_the_index_knows_the_geonames_code_of_a_region():
    (ontario,) = [r for r in place_index().regions_named("Ontario") if r.country == "CAN"]
    toronto = next(c for c in place_index().cities("Toronto") if c.country == "CAN")
    assert ontario.admin1 == toronto.admin1 is not None


def test_a_name_listed_with_regions_of_a_country_is_its_region():
    # "Cases rose in Alberta, Manitoba and New Brunswick." (New Brunswick is also a town in New Jersey)
    doc = build("""
        Cases      case       NOUN  NNS 1 nsubj
        rose       rise       VERB  VBD 1 ROOT
        in         in         ADP   IN  1 prep
        Alberta    Alberta    PROPN NNP 2 pobj     B-GPE nospace
        ,          ,          PUNCT ,   3 punct
        Manitoba   Manitoba   PROPN NNP 3 conj     B-GPE
        and        and        CCONJ CC  5 cc
        New        New        PROPN NNP 8 compound B-GPE
        Brunswick  Brunswick  PROPN NNP 5 conj     I-GPE nospace
        .          .          PUNCT .   1 punct
    """)
    toponyms = [_Toponym(doc[3:4], None, None, True), _Toponym(doc[5:6], None, None, True),
                _Toponym(doc[7:9], None, None, True)]
    region = _listed_region(toponyms, 2, place_index())
    assert region is not None and (region.country, region.kind) == ("CAN", REGION)
    assert _listed_region([_Toponym(doc[7:9], None, None, True)], 0, place_index()) is None


def test_a_name_is_short_for_the_county_of_its_name_the_article_names():
    from newsgraph.normalize.geonames import COUNTY
    from newsgraph.normalize.places import _short_for_county

    # "DeKalb County ... DeKalb ... Decatur": DeKalb, Illinois was chosen for "DeKalb"
    doc = build("""
        DeKalb   DeKalb   PROPN NNP 1 compound B-GPE
        County   County   PROPN NNP 2 nsubj    I-GPE
        and      and      CCONJ CC  1 cc
        DeKalb   DeKalb   PROPN NNP 1 conj     B-GPE
        met      meet     VERB  VBD 2 ROOT
    """)
    toponyms = [_Toponym(doc[0:2], None, None, False), _Toponym(doc[3:4], None, None, False)]
    county = Candidate("DeKalb County", 33.77, -84.23, "USA", "GA", 700_000, COUNTY)
    town = _city("DeKalb", 41.93, -88.75, "USA", 43_000, admin1="IL")
    assert _short_for_county(toponyms, ["dekalb county", "dekalb"], [county, town]) == [county, county]
    assert _short_for_county(toponyms, ["dekalb county", "dekalb"], [None, town]) == [None, town]


def test_a_region_is_known_without_the_word_state_of_its_name():
    (zamfara,) = place_index().regions_named("Zamfara")
    assert (zamfara.name, zamfara.country) == ("Zamfara State", "NGA")
    # "Free State" is a name, not the Free region
    assert not [r for r in place_index().regions_named("Free") if r.country == "ZAF"]


def test_a_small_town_of_a_country_the_article_never_names_lies_at_its_principal_town():
    from newsgraph.normalize.places import _within

    # "Patients from Karo were treated in Medan and Medan, not in Chennai."
    doc = build("""
        Patients  patient   NOUN  NNS 4 nsubjpass
        from      from      ADP   IN  0 prep
        Karo      Karo      PROPN NNP 1 pobj  B-GPE
        were      be        AUX   VBD 4 auxpass
        treated   treat     VERB  VBN 4 ROOT
        in        in        ADP   IN  4 prep
        Medan     Medan     PROPN NNP 5 pobj  B-GPE
        and       and       CCONJ CC  6 cc
        Medan     Medan     PROPN NNP 6 conj  B-GPE
        ,         ,         PUNCT ,   4 punct
        not       not       PART  RB  4 neg
        in        in        ADP   IN  4 prep
        Chennai   Chennai   PROPN NNP 11 pobj B-GPE
    """)
    toponyms = [_Toponym(doc[i:i + 1], None, None, True) for i in (2, 6, 8, 12)]
    karo = _city("Kāro", 23.79, 85.98, "IND", 39_000)
    medan = _city("Medan", 3.58, 98.67, "IDN", 2_000_000)
    chennai = _city("Chennai", 13.09, 80.28, "IND", 4_600_000)
    placed = _within(toponyms, [karo, medan, medan, chennai], {"IDN"})
    assert (placed[0].name, placed[0].lat, placed[0].country) == ("Karo", 3.58, "IDN")
    assert placed[3] == chennai  # a city that large is the one meant
    # where the article names no country, nothing says where the town lies
    assert _within(toponyms, [karo, medan, medan, chennai], set())[0] == karo
    # a name the gazetteer lacks lies there too, unless another mention of it has a point
    assert _within(toponyms, [None, medan, medan, chennai], {"IDN"})[0].lat == 3.58
    # and where the article names no country, at the town it names most
    assert _within(toponyms, [None, medan, medan, chennai], set())[0].lat == 3.58


def test_a_small_foreign_town_named_once_lies_at_the_principal_town_of_an_article_set_in_one_country():
    from newsgraph.normalize.places import _within
    from newsgraph.normalize.geonames import CONTINENT

    # "Police in Charleston searched Hampton Park, Charleston and Tortola. Charleston mourned."
    doc = build("""
        Police      police      NOUN  NNS 3 nsubj
        in          in          ADP   IN  0 prep
        Charleston  Charleston  PROPN NNP 1 pobj  B-GPE
        searched    search      VERB  VBD 3 ROOT
        Hampton     Hampton     PROPN NNP 5 compound B-LOC
        Park        Park        PROPN NNP 3 dobj  I-LOC
        ,           ,           PUNCT ,   5 punct
        Charleston  Charleston  PROPN NNP 5 conj  B-GPE
        and         and         CCONJ CC  7 cc
        Tortola     Tortola     PROPN NNP 7 conj  B-GPE nospace
        .           .           PUNCT .   3 punct
        Charleston  Charleston  PROPN NNP 12 nsubj B-GPE
        mourned     mourn       VERB  VBD 12 ROOT
    """)
    toponyms = [_Toponym(doc[i:i + 1], None, None, True) for i in (2, 7, 11)]
    toponyms.insert(1, _Toponym(doc[4:6], None, None, False))
    toponyms.insert(3, _Toponym(doc[9:10], None, None, True))
    charleston = _city("Charleston", 32.78, -79.93, "USA", 150_000, admin1="SC")
    hampton_park = _city("Hampton Park", -38.03, 145.25, "AUS", 24_000)
    tortola = Candidate("Tortola", 18.43, -64.62, "VGB", None, 0, CONTINENT)
    placed = _within(toponyms, [charleston, hampton_park, charleston, tortola, charleston], set())
    assert (placed[1].name, placed[1].lat, placed[1].country) == ("Hampton Park", 32.78, "USA")
    assert placed[3] == tortola  # an island has no population to weigh: it stays where it is
    # two mentions in one country set no article there
    assert _within(toponyms[:3], [charleston, hampton_park, charleston], set())[1] == hampton_park


def test_a_towns_name_with_city_after_it_may_be_the_town_of_the_bare_name():
    from newsgraph.normalize.places import _candidates

    # "San Fernando City Councilwoman Nury Ortiz spoke."
    doc = build("""
        San          San          PROPN NNP 2 compound B-GPE
        Fernando     Fernando     PROPN NNP 2 compound I-GPE
        City         City         PROPN NNP 3 compound I-GPE
        Councilwoman Councilwoman PROPN NNP 5 compound
        Nury         Nury         PROPN NNP 5 compound B-PERSON
        Ortiz        Ortiz        PROPN NNP 6 nsubj    I-PERSON
        spoke        speak        VERB  VBD 6 ROOT
    """)
    found = _candidates(_Toponym(doc[0:3], None, None, False), place_index(), True)
    # the Philippine cities of that name, and the Californian town whose council it is
    assert {"PHL", "USA"} <= {c.country for c in found}
    assert any(c.country == "USA" and c.admin1 == "CA" for c in found)


def test_a_region_is_known_by_the_abbreviation_its_news_writes():
    (nsw,) = place_index().regions_named("NSW")
    assert (nsw.name, nsw.country) == ("New South Wales", "AUS")
    assert place_index().abbreviated("Ont.") and not place_index().abbreviated("UN")


def test_a_name_listed_in_parallel_phrases_with_regions_of_a_country_is_its_region():
    # "twelve in Ontario, eight in Alberta, one in New Brunswick"
    doc = build("""
        twelve     twelve     NUM   CD  0 ROOT
        in         in         ADP   IN  0 prep
        Ontario    Ontario    PROPN NNP 1 pobj     B-GPE
        ,          ,          PUNCT ,   0 punct
        eight      eight      NUM   CD  0 conj
        in         in         ADP   IN  4 prep
        Alberta    Alberta    PROPN NNP 5 pobj     B-GPE
        ,          ,          PUNCT ,   4 punct
        one        one        NUM   CD  4 conj
        in         in         ADP   IN  8 prep
        New        New        PROPN NNP 11 compound B-GPE
        Brunswick  Brunswick  PROPN NNP 9 pobj     I-GPE
    """)
    toponyms = [_Toponym(doc[2:3], None, None, True), _Toponym(doc[6:7], None, None, True),
                _Toponym(doc[10:12], None, None, True)]
    region = _listed_region(toponyms, 2, place_index())
    assert region is not None and (region.country, region.kind) == ("CAN", REGION)


def test_a_small_town_listed_with_countries_keeps_its_point():
    from newsgraph.normalize.places import _within

    # "the Bundibugyo, Sudan strains ... in Manila" in a Philippine story
    doc = build("""
        the         the         DET   DT  3 det
        Bundibugyo  Bundibugyo  PROPN NNP 3 compound B-GPE
        ,           ,           PUNCT ,   1 punct
        Sudan       Sudan       PROPN NNP 4 compound B-GPE
        strains     strain      NOUN  NNS 4 ROOT
        in          in          ADP   IN  4 prep
        Manila      Manila      PROPN NNP 5 pobj     B-GPE
    """)
    toponyms = [_Toponym(doc[1:2], None, None, False), _Toponym(doc[3:4], "SDN", "canonical", False),
                _Toponym(doc[6:7], None, None, True)]
    bundibugyo = _city("Bundibugyo", 0.71, 30.06, "UGA", 21_000)
    sudan = Candidate("Sudan", 15.0, 30.0, "SDN", None, 0, COUNTRY)
    manila = _city("Manila", 14.6, 120.98, "PHL", 1_600_000)
    assert _within(toponyms, [bundibugyo, sudan, manila], {"PHL", "SDN"})[0] == bundibugyo


def test_a_city_form_listed_with_regions_is_the_region_unless_mostly_its_city():
    # "Tocantins and Minas Gerais"; "Beijing and Shanghai"
    doc = build("""
        Tocantins  Tocantins  PROPN NNP 0 ROOT
        and        and        CCONJ CC  0 cc
        Minas      Minas      PROPN NNP 3 compound
        Gerais     Gerais     PROPN NNP 0 conj
        Beijing    Beijing    PROPN NNP 0 dep
        and        and        CCONJ CC  4 cc
        Shanghai   Shanghai   PROPN NNP 4 conj
    """)
    tocantins = [_Toponym(doc[0:1], "BRA", "city", True), _Toponym(doc[2:4], None, None, True)]
    region = _listed_region(tocantins, 0, place_index())
    assert region is not None and (region.name, region.kind) == ("Tocantins", REGION)
    cities = [_Toponym(doc[4:5], "CHN", "capital", True), _Toponym(doc[6:7], "CHN", "city", True)]
    shanghai = _listed_region(cities, 1, place_index())
    assert shanghai is not None and shanghai.kind == CITY


def test_the_state_an_article_names_most_often_is_its_principal_one():
    from newsgraph.normalize.places import _principal_state

    doc = build("""
        Indiana   Indiana   PROPN NNP 1 nsubj B-GPE
        and       and       CCONJ CC  0 cc
        Indiana   Indiana   PROPN NNP 0 conj  B-GPE
        and       and       CCONJ CC  0 cc
        Kentucky  Kentucky  PROPN NNP 0 conj  B-GPE
    """)
    toponyms = [_Toponym(doc[i:i + 1], None, None, False) for i in (0, 2, 4)]
    assert _principal_state(toponyms, place_index()) == ("USA", "IN")
    # named as often as another, no state is the principal one
    assert _principal_state([toponyms[0], toponyms[2]], place_index()) is None


def test_a_town_and_a_county_of_one_state_near_each_other_are_read_together():
    from newsgraph.normalize.geonames import COUNTY
    from newsgraph.normalize.places import _towns_in_counties

    # "An Alexandria man ... the Douglas County Sheriff's Office": Alexandria, Minnesota, its seat
    alexandria_mn = _city("Alexandria", 45.885, -95.378, "USA", 11_000, admin1="MN")
    alexandria_va = _city("Alexandria", 38.805, -77.047, "USA", 159_000, admin1="VA")
    douglas_mn = Candidate("Douglas County", 45.93, -95.45, "USA", "MN", 36_000, COUNTY)
    douglas_ne = Candidate("Douglas County", 41.29, -96.14, "USA", "NE", 512_000, COUNTY)
    together = _towns_in_counties(["alexandria", "douglas county"],
                                  [[alexandria_va, alexandria_mn], [douglas_ne, douglas_mn]])
    assert together == {("alexandria", 45.885, -95.378), ("douglas county", 45.93, -95.45)}
    # near, but across a state line: no county of the town's
    omaha_ia = _city("Council Bluffs", 41.26, -95.86, "USA", 62_000, admin1="IA")
    assert not _towns_in_counties(["council bluffs", "douglas county"], [[omaha_ia], [douglas_ne]])
    # a name is no county of its own
    assert not _towns_in_counties(["douglas county"], [[douglas_mn, _city("Douglas County", 45.93, -95.45, "USA", 1,
                                                                          admin1="MN")]])


def test_a_streets_name_sets_the_story_nowhere():
    from newsgraph.normalize.places import _setting_options

    # "on Wichita Street in Wichita": Wichita is only in Kansas, but a street is named after anywhere
    doc = build("""
        on         on         ADP   IN  2 prep
        Wichita    Wichita    PROPN NNP 2 compound B-GPE
        Street     Street     PROPN NNP 0 pobj     I-FAC
        in         in         ADP   IN  2 prep
        Wichita    Wichita    PROPN NNP 3 pobj     B-GPE
    """)
    toponyms = [_Toponym(doc[1:2], None, None, False), _Toponym(doc[4:5], None, None, True)]
    wichita = [_city("Wichita", 37.69, -97.34, "USA", 390_000, admin1="KS")]
    assert _setting_options(toponyms, [wichita, wichita], place_index()) == [[], wichita]


def test_a_countrys_name_is_a_town_in_a_county_the_article_names():
    from newsgraph.normalize.geonames import COUNTY
    from newsgraph.normalize.places import _namesakes_of_country

    # "Lebanon ... Boone County": Lebanon, Indiana, the county's seat
    doc = build("""
        Lebanon  Lebanon  PROPN NNP 0 ROOT B-GPE
    """)
    lebanon = _Toponym(doc[0:1], "LBN", "canonical", False)
    boone_in = Candidate("Boone County", 40.05, -86.47, "USA", "IN", 56_000, COUNTY)
    found = _namesakes_of_country(lebanon, place_index(), set(), [boone_in])
    assert found and all((c.country, c.admin1) == ("USA", "IN") for c in found)
    assert _namesakes_of_country(lebanon, place_index(), set(), []) == []


def test_a_town_bearing_a_name_only_as_a_former_one_gives_way_to_its_larger_own_bearer():
    from newsgraph.normalize.places import _without_lesser_other_names

    # GeoNames gives Korolev its former name Kaliningrad
    kaliningrad = _city("Kaliningrad", 54.71, 20.51, "RUS", 475_000)
    korolev = _city("Korolev", 55.91, 37.83, "RUS", 140_000)
    assert _without_lesser_other_names([kaliningrad, korolev], "Kaliningrad", place_index()) == [kaliningrad]
    # the largest bearer stays, if only by another name ("Bombay")
    mumbai, bombay = _city("Mumbai", 19.07, 72.88, "IND", 12_000_000), _city("Bombay", 40.0, -74.0, "USA", 1_000)
    assert _without_lesser_other_names([mumbai, bombay], "Bombay", place_index()) == [mumbai, bombay]
    # "Mt. Pleasant" is Mount Pleasant's own name, as GeoNames spells it out
    pleasant = _city("Mount Pleasant", 32.79, -79.86, "USA", 80_000)
    assert place_index().bears(pleasant, "Mt. Pleasant")
    assert _without_lesser_other_names([pleasant, bombay], "Mt. Pleasant", place_index()) == [pleasant]



def test_a_countrys_name_listed_with_world_areas_is_the_country_whatever_towns_the_state_has():
    from newsgraph.normalize.places import _resolve

    # "Men of Ennis and Waxahachie, Texas served in the Middle East, Italy and Korea": a town
    # called Italy lies between the two
    doc = build("""
        Men        man        NOUN  NNS 8 nsubj
        of         of         ADP   IN  0 prep
        Ennis      Ennis      PROPN NNP 1 pobj     B-GPE
        and        and        CCONJ CC  2 cc
        Waxahachie Waxahachie PROPN NNP 2 conj     B-GPE
        ,          ,          PUNCT ,   4 punct
        Texas      Texas      PROPN NNP 4 appos    B-GPE
        served     serve      VERB  VBD 7 ROOT
        in         in         ADP   IN  7 prep
        the        the        DET   DT  11 det     B-LOC
        Middle     Middle     PROPN NNP 11 compound I-LOC
        East       East       PROPN NNP 8 pobj     I-LOC
        ,          ,          PUNCT ,   11 punct
        Italy      Italy      PROPN NNP 11 conj    B-GPE
        and        and        CCONJ CC  13 cc
        Korea      Korea      PROPN NNP 13 conj    B-GPE
    """)
    towns = [_Toponym(doc[2:3], None, None, True), _Toponym(doc[4:5], None, None, True),
             _Toponym(doc[6:7], None, None, True)]
    listed = [_Toponym(doc[9:12], None, None, True), _Toponym(doc[13:14], "ITA", "canonical", True)]
    *_, italy = _resolve(towns + listed, place_index(), {"USA", "ITA"})
    assert (italy.kind, italy.country) == (COUNTRY, "ITA")
    # named on its own beside the towns, the name is the town between them
    *_, alone = _resolve(towns + listed[1:], place_index(), {"USA", "ITA"})
    assert (alone.kind, alone.admin1) == (CITY, "TX")


def test_a_countrys_adjective_is_weaker_evidence_for_its_towns_than_its_name():
    from newsgraph.normalize.places import _resolve

    # "Militants attacked the Israeli embassy in Amman; a bomb went off in Kabul." Israel has a
    # hamlet called Kābūl near Amman; named only by its people's adjective, it does not win over
    # the Afghan capital
    doc = build("""
        Amman  Amman  PROPN NNP 0 ROOT B-GPE
        and    and    CCONJ CC  0 cc
        Kabul  Kabul  PROPN NNP 0 conj B-GPE
    """)
    toponyms = [_Toponym(doc[0:1], "JOR", "capital", True), _Toponym(doc[2:3], "AFG", "capital", True)]
    _, kabul = _resolve(toponyms, place_index(), {"ISR"}, {"ISR"})
    assert kabul.country == "AFG"
    # named by its name, Israel makes the hamlet the likelier reading, as before
    _, kabul = _resolve(toponyms, place_index(), {"ISR"})
    assert kabul.country == "ISR"
