"""Quality floors for time expressions on TimeBank + AQUAINT; see test_quote_floors.py.

Figures measured with `newsgraph eval time --json` (default folder), rounded down: in all, and per
corpus. The rules are tuned on TimeBank only; AQUAINT is the check (its errors are never read), so
its floors say what the rules do on news they were not fitted to.
"""

import pytest

from tests.conftest import SHARED

TIMEML = SHARED / "data" / "timebank"
FLOORS = {("span_relaxed", "f1"): 0.94, ("span_strict", "f1"): 0.85, ("value", "f1"): 0.82,
          ("value", "accuracy"): 0.87}
CORPUS_FLOORS = {
    "TimeBank": {("span_relaxed", "f1"): 0.94, ("span_strict", "f1"): 0.88, ("value", "f1"): 0.84},
    "AQUAINT": {("span_relaxed", "f1"): 0.93, ("span_strict", "f1"): 0.80, ("value", "f1"): 0.76},
}

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


@pytest.mark.parametrize("corpus, measure", [(corpus, measure) for corpus, floors in sorted(CORPUS_FLOORS.items())
                                             for measure in sorted(floors)])
def test_time_scores_per_corpus_stay_above_their_floors(scores, corpus, measure):
    block, key = measure
    assert scores["corpora"][corpus][block][key] >= CORPUS_FLOORS[corpus][measure]
