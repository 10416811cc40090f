"""Quality floors for events, so that a regression fails CI; see test_quote_floors.py.

Figures measured with `newsgraph eval events` on each gold set, rounded down:

- PLOVER's gold records (dev half, ../shared/data/plover): the whole file and each half;
- newsgraph's own annotations of real wire stories (tests/data/events_polnear.jsonl, text from
  ../shared/data/polnear): half b, which rules were not tuned on, and the whole set;
- IndiaPoliceEvents (dev half, ../shared/data/ipe): police actions sentence by sentence.
"""

import pytest

from tests.conftest import ROOT, SHARED

PLOVER_DEV = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
OWN_GOLD = ROOT / "tests" / "data" / "events_polnear.jsonl"
IPE_DEV = SHARED / "data" / "ipe"

PLOVER_FLOORS = {("all", "type"): 0.90, ("all", "type_actors"): 0.75, ("a", "type"): 0.91,
                 ("b", "type"): 0.88, ("a", "type_actors"): 0.76, ("b", "type_actors"): 0.73}
OWN_FLOORS = {("all", "type"): 0.34, ("b", "type"): 0.28, ("all", "cameo_root"): 0.32}
IPE_FLOORS = {"ANY_ACTION": 0.35, "KILL": 0.37, "ARREST": 0.64, "FORCE": 0.36}

pytestmark = pytest.mark.model


def _skip_without(path):
    if not path.exists():
        pytest.skip(f"{path} is absent (the workplace's shared/ folder holds the gold data)")


@pytest.fixture(scope="module")
def plover(pipeline):
    from newsgraph.evaluate.event_gold import read_gold
    from newsgraph.evaluate.events import evaluate_events

    _skip_without(PLOVER_DEV)
    return evaluate_events(read_gold(PLOVER_DEV), pipeline).to_dict()


@pytest.fixture(scope="module")
def own(pipeline):
    from newsgraph.evaluate.event_gold import read_gold
    from newsgraph.evaluate.events import evaluate_events

    _skip_without(SHARED / "data" / "polnear")
    return evaluate_events(read_gold(OWN_GOLD, texts=SHARED / "data"), pipeline).to_dict()


@pytest.fixture(scope="module")
def ipe(pipeline):
    from newsgraph.evaluate.ipe import predict_ipe, read_ipe, score_ipe

    _skip_without(IPE_DEV)
    documents = read_ipe(IPE_DEV)
    return score_ipe(documents, predict_ipe(documents, pipeline)).to_dict()["all"]["labels"]


@pytest.mark.parametrize("half, measure", sorted(PLOVER_FLOORS))
def test_plover_scores_stay_above_their_floors(plover, half, measure):
    assert plover[half][measure]["f1"] >= PLOVER_FLOORS[half, measure]


@pytest.mark.parametrize("half, measure", sorted(OWN_FLOORS))
def test_real_news_scores_stay_above_their_floors(own, half, measure):
    assert own[half][measure]["f1"] >= OWN_FLOORS[half, measure]


@pytest.mark.parametrize("label", sorted(IPE_FLOORS))
def test_police_action_scores_stay_above_their_floors(ipe, label):
    assert ipe[label]["f1"] >= IPE_FLOORS[label]
