"""Quality floors for time expressions on TimeBank + AQUAINT; see test_quote_floors.py.

Figures measured with `newsgraph eval time` (default folder), rounded down.
"""

import pytest

from tests.conftest import SHARED

TIMEML = SHARED / "data" / "timebank"
FLOORS = {("span_relaxed", "f1"): 0.93, ("span_strict", "f1"): 0.84, ("value", "f1"): 0.80,
          ("value", "accuracy"): 0.85}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.timeml import evaluate_time, newsgraph_times, read_timeml

    if not TIMEML.is_dir():
        pytest.skip(f"the TimeML gold data is absent at {TIMEML} (the workplace's shared/ folder holds it)")
    return evaluate_time(read_timeml(TIMEML), newsgraph_times(pipeline.nlp)).to_dict()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_time_scores_stay_above_their_floors(scores, measure):
    block, key = measure
    assert scores[block][key] >= FLOORS[measure]
