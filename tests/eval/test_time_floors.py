"""Quality floors for time expressions on TimeBank + AQUAINT; see test_quote_floors.py.

Figures measured with `newsgraph eval time --json` (default folder), rounded down: in all, and per
corpus. Issue 21 chose rules on TimeBank's errors first (AQUAINT's totals only read), then on
AQUAINT's errors, keeping a rule only where TimeBank's totals did not drop; a later round chose
rules on AQUAINT's errors again (AQUAINT value F1 0.779 -> 0.787), TimeBank and a blind set outside
the repository only scored; the next chose them on TimeBank's errors again (TimeBank 0.852 -> 0.860),
AQUAINT and the blind set only scored; the next on AQUAINT's errors (0.785 -> 0.788), TimeBank and
the blind set only scored, most of AQUAINT's wrong values being its departures from the guidelines
(normalise's docstring lists them); a seventh read AQUAINT's errors again and kept only rules for
forms neither corpus holds, every figure unchanged. Neither corpus is held out any more (the test sets outside the
repository are). The lower-cased floors are the same documents tagged lower-cased
(`--lower-case`), as lower-cased feeds publish them.
"""

import pytest

from tests.conftest import SHARED

TIMEML = SHARED / "data" / "timebank"
FLOORS = {("span_relaxed", "f1"): 0.94, ("span_strict", "f1"): 0.88, ("value", "f1"): 0.83,
          ("value", "accuracy"): 0.88}
CORPUS_FLOORS = {
    "TimeBank": {("span_relaxed", "f1"): 0.95, ("span_strict", "f1"): 0.90, ("value", "f1"): 0.85},
    "AQUAINT": {("span_relaxed", "f1"): 0.93, ("span_strict", "f1"): 0.83, ("value", "f1"): 0.78},
}

# `newsgraph eval time --lower-case --json`, per corpus, rounded down
LOWER_CASE_FLOORS = {
    "TimeBank": {("span_relaxed", "f1"): 0.95, ("value", "f1"): 0.85},
    "AQUAINT": {("span_relaxed", "f1"): 0.93, ("value", "f1"): 0.78},
}

pytestmark = pytest.mark.model


def _scores(pipeline, *, lower_case: bool) -> dict:
    from newsgraph.evaluate.timeml import evaluate_time, lower_cased, newsgraph_times, read_timeml

    if not TIMEML.is_dir():
        pytest.skip(f"the TimeML gold data is absent at {TIMEML} (the workplace's shared/ folder holds it)")
    documents = read_timeml(TIMEML)
    if lower_case:
        documents = [lower_cased(d) for d in documents]
    return evaluate_time(documents, newsgraph_times(pipeline.nlp)).to_dict()


@pytest.fixture(scope="module")
def scores(pipeline):
    return _scores(pipeline, lower_case=False)


@pytest.fixture(scope="module")
def lower_case_scores(pipeline):
    return _scores(pipeline, lower_case=True)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_time_scores_stay_above_their_floors(scores, measure):
    block, key = measure
    assert scores[block][key] >= FLOORS[measure]


@pytest.mark.parametrize("corpus, measure", [(corpus, measure) for corpus, floors in sorted(CORPUS_FLOORS.items())
                                             for measure in sorted(floors)])
def test_time_scores_per_corpus_stay_above_their_floors(scores, corpus, measure):
    block, key = measure
    assert scores["corpora"][corpus][block][key] >= CORPUS_FLOORS[corpus][measure]


@pytest.mark.parametrize("corpus, measure", [(corpus, measure) for corpus, floors in sorted(LOWER_CASE_FLOORS.items())
                                             for measure in sorted(floors)])
def test_lower_cased_time_scores_stay_above_their_floors(lower_case_scores, corpus, measure):
    block, key = measure
    assert lower_case_scores["corpora"][corpus][block][key] >= LOWER_CASE_FLOORS[corpus][measure]
