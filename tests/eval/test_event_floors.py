"""Quality floors for events on PLOVER's gold records (dev half); see test_quote_floors.py.

Figures measured with `newsgraph eval events` (default gold file), rounded down.
"""

import pytest

from tests.conftest import SHARED

PLOVER_DEV = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
FLOORS = {"type": 0.89, "type_actors": 0.72}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.event_gold import read_gold
    from newsgraph.evaluate.events import evaluate_events

    if not PLOVER_DEV.is_file():
        pytest.skip(f"the PLOVER gold file is absent at {PLOVER_DEV} (the workplace's shared/ folder holds it)")
    return evaluate_events(read_gold(PLOVER_DEV), pipeline).to_dict()["all"]


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_event_scores_stay_above_their_floors(scores, measure):
    assert scores[measure]["f1"] >= FLOORS[measure]
