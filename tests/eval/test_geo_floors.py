"""Quality floors for places on LGL and GeoVirus, as written and lower-cased (as lower-cased news
feeds publish them); see test_quote_floors.py.

Figures measured with `newsgraph eval geo [--lower-case]` (default files), rounded down.
"""

import pytest

from tests.conftest import SHARED

GEO = SHARED / "data" / "geo"
FLOORS = {("lgl", "acc161"): 0.895, ("lgl", "f1"): 0.86, ("geovirus", "acc161"): 0.85, ("geovirus", "f1"): 0.94,
          ("lgl-lower", "acc161"): 0.88, ("lgl-lower", "f1"): 0.845,
          ("geovirus-lower", "acc161"): 0.845, ("geovirus-lower", "f1"): 0.92}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.geo import evaluate_geo, lower_cased, newsgraph_places, read_geo

    found = {}
    for name in ("lgl", "geovirus"):
        path = GEO / f"{name}.jsonl"
        if not path.is_file():
            pytest.skip(f"the geoparsing gold {path} is absent (the workplace's shared/ folder holds it)")
        articles = read_geo(path)
        found[name] = evaluate_geo(articles, newsgraph_places(pipeline)).to_dict()
        found[f"{name}-lower"] = evaluate_geo(map(lower_cased, articles), newsgraph_places(pipeline)).to_dict()
    return found


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_geo_scores_stay_above_their_floors(scores, measure):
    gold, key = measure
    value = scores[gold]["toponyms"]["f1"] if key == "f1" else scores[gold][key]
    assert value >= FLOORS[measure]
