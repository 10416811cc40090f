"""Quality floors for places on LGL and GeoVirus; see test_quote_floors.py.

Figures measured with `newsgraph eval geo` (default files), rounded down.
"""

import pytest

from tests.conftest import SHARED

GEO = SHARED / "data" / "geo"
FLOORS = {("lgl", "acc161"): 0.85, ("lgl", "f1"): 0.82, ("geovirus", "acc161"): 0.81, ("geovirus", "f1"): 0.93}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.geo import evaluate_geo, newsgraph_places, read_geo

    found = {}
    for name in ("lgl", "geovirus"):
        path = GEO / f"{name}.jsonl"
        if not path.is_file():
            pytest.skip(f"the geoparsing gold {path} is absent (the workplace's shared/ folder holds it)")
        found[name] = evaluate_geo(read_geo(path), newsgraph_places(pipeline)).to_dict()
    return found


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_geo_scores_stay_above_their_floors(scores, measure):
    gold, key = measure
    value = scores[gold]["toponyms"]["f1"] if key == "f1" else scores[gold][key]
    assert value >= FLOORS[measure]
