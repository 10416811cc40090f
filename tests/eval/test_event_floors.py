"""Quality floors for events, so that a regression fails CI; see test_quote_floors.py.

Figures measured with `newsgraph eval events` on each gold set, rounded down:

- PLOVER's gold records (dev half, ../shared/data/plover): the whole file and each half, as
  written and lower-cased (as lower-cased news feeds publish them);
- newsgraph's own annotations of real news: PolNeAR stories (tests/data/events_polnear.jsonl,
  text from ../shared/data/polnear), two more sets of PolNeAR stories annotated blind and never
  tuned on (tests/data/events_polnear_blind.jsonl and events_polnear_blind2.jsonl: each whole) and
  wire copy (tests/data/events_wire.jsonl, text from the TimeML files of ../shared/data/timebank):
  half b, which rules were not tuned on, and the whole set;
- IndiaPoliceEvents (dev half, ../shared/data/ipe): police actions sentence by sentence.
"""

import pytest

from tests.conftest import ROOT, SHARED

PLOVER_DEV = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
OWN_GOLD = ROOT / "tests" / "data" / "events_polnear.jsonl"
BLIND_GOLDS = {name: ROOT / "tests" / "data" / f"{name}.jsonl"
               for name in ("events_polnear_blind", "events_polnear_blind2")}
WIRE_GOLD = ROOT / "tests" / "data" / "events_wire.jsonl"
IPE_DEV = SHARED / "data" / "ipe"

# Half b's type floor was 0.89 and its lower-cased type + countries 0.71 until a relative clause of
# place was read as news ("in Halad, where the police had to open fire"): it cost one sentence of
# PLOVER's half b (0.895 -> 0.889) and raised IndiaPoliceEvents half b's FORCE from 0.695 to 0.722.
# Half b's type + countries floor was 0.75 until people and bodies the dictionaries do not know
# took the country of the story they are in (0.750 -> 0.764).
# Half a's type + countries floor was 0.81 until whom a call is for became its target ("called for
# the United States to step up": 0.815 -> 0.826).
PLOVER_FLOORS = {("all", "type"): 0.91, ("all", "type_actors"): 0.79, ("a", "type"): 0.93,
                 ("b", "type"): 0.88, ("a", "type_actors"): 0.82, ("b", "type_actors"): 0.76}
# Lower-cased half b's type floor was 0.87 until a story in lower case was parsed again with the
# capitals news would give it: half b 0.871 -> 0.869 (one event), half a 0.918 -> 0.929, and
# IndiaPoliceEvents' half b (lower-cased news) KILL 0.585 -> 0.600, FORCE 0.735 -> 0.750.
# Its half b type + countries floor was 0.70 until "us" the parser makes a name before a noun was
# taken for the country in lower case (0.703 -> 0.717).
# Its whole-set type + countries floor was 0.76 until whom a call is for became its target (0.768 -> 0.774).
LOWER_FLOORS = {("all", "type"): 0.90, ("all", "type_actors"): 0.77, ("b", "type"): 0.86, ("b", "type_actors"): 0.71}
# Its whole-set type + countries floor was 0.25 until a crowd became an actor and whom a call is for
# its target (0.251 -> 0.268; half b unchanged).
OWN_FLOORS = {("all", "type"): 0.43, ("b", "type"): 0.35, ("all", "cameo_root"): 0.41, ("all", "type_actors"): 0.26,
              ("b", "type_actors"): 0.18}
# Set when each set was first scored, blind: the first (type 0.364, root 0.321, type + countries
# 0.218); the second, scored as it came (type 0.231, root 0.231, type + countries 0.083) and again
# after the release it came in (0.246, 0.246, 0.098).
BLIND_FLOORS = {("events_polnear_blind", "type"): 0.34, ("events_polnear_blind", "cameo_root"): 0.30,
                ("events_polnear_blind", "type_actors"): 0.20, ("events_polnear_blind2", "type"): 0.23,
                ("events_polnear_blind2", "cameo_root"): 0.23, ("events_polnear_blind2", "type_actors"): 0.08}
# Raised when wounding became force, one among the hurt their target and "the embassy" the mission
# named before (all type 0.483, b 0.436; root all 0.453, b 0.385; type + countries all 0.259, b 0.210).
# Raised again when a meeting to carry on talks became one meeting, admitting a country to an alliance
# a formal agreement and what an act is done without no target (all type 0.500 -> 0.512, root
# 0.470 -> 0.482, type + countries 0.257 -> 0.267; half b unchanged).
# Its whole-set type + countries floor was 0.26 until a route from the source's own country targeted
# its other ends (0.269 -> 0.276; half b unchanged).
WIRE_FLOORS = {("all", "type"): 0.51, ("b", "type"): 0.43, ("all", "cameo_root"): 0.48, ("b", "cameo_root"): 0.38,
               ("all", "type_actors"): 0.27, ("b", "type_actors"): 0.20}
# ANY_ACTION's floor was 0.59 until police ranks, titles and roles in lower-case text became actors
# (0.599 -> 0.617).
# FORCE's floor was 0.75 until wounding and injuring became force (0.756 -> 0.767).
# ANY_ACTION's floor was 0.61 until an actor's acts in a relative clause on it, clauses on a noun of
# time and forces rushed, moved or called in were read as news (0.620 -> 0.626; half b 0.595 -> 0.602).
IPE_FLOORS = {"ANY_ACTION": 0.62, "KILL": 0.74, "ARREST": 0.73, "FORCE": 0.76}

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
def blind(pipeline):
    from newsgraph.evaluate.event_gold import read_gold
    from newsgraph.evaluate.events import evaluate_events

    _skip_without(SHARED / "data" / "polnear")
    return {name: evaluate_events(read_gold(gold, texts=SHARED / "data"), pipeline).to_dict()
            for name, gold in BLIND_GOLDS.items()}


@pytest.fixture(scope="module")
def lower(pipeline):
    from newsgraph.evaluate.event_gold import lower_cased, read_gold
    from newsgraph.evaluate.events import evaluate_events

    _skip_without(PLOVER_DEV)
    return evaluate_events([lower_cased(s) for s in read_gold(PLOVER_DEV)], pipeline).to_dict()


@pytest.fixture(scope="module")
def wire(pipeline):
    from newsgraph.evaluate.event_gold import read_gold
    from newsgraph.evaluate.events import evaluate_events

    _skip_without(SHARED / "data" / "timebank")
    return evaluate_events(read_gold(WIRE_GOLD, texts=SHARED / "data"), pipeline).to_dict()


@pytest.fixture(scope="module")
def ipe(pipeline):
    from newsgraph.evaluate.ipe import predict_ipe, read_ipe, score_ipe

    _skip_without(IPE_DEV)
    documents = read_ipe(IPE_DEV)
    return score_ipe(documents, predict_ipe(documents, pipeline)).to_dict()["all"]["labels"]


@pytest.mark.parametrize("half, measure", sorted(PLOVER_FLOORS))
def test_plover_scores_stay_above_their_floors(plover, half, measure):
    assert plover[half][measure]["f1"] >= PLOVER_FLOORS[half, measure]


@pytest.mark.parametrize("half, measure", sorted(LOWER_FLOORS))
def test_lower_cased_plover_scores_stay_above_their_floors(lower, half, measure):
    assert lower[half][measure]["f1"] >= LOWER_FLOORS[half, measure]


@pytest.mark.parametrize("half, measure", sorted(OWN_FLOORS))
def test_real_news_scores_stay_above_their_floors(own, half, measure):
    assert own[half][measure]["f1"] >= OWN_FLOORS[half, measure]


@pytest.mark.parametrize("gold, measure", sorted(BLIND_FLOORS))
def test_blind_real_news_scores_stay_above_their_floors(blind, gold, measure):
    assert blind[gold]["all"][measure]["f1"] >= BLIND_FLOORS[gold, measure]


@pytest.mark.parametrize("half, measure", sorted(WIRE_FLOORS))
def test_wire_copy_scores_stay_above_their_floors(wire, half, measure):
    assert wire[half][measure]["f1"] >= WIRE_FLOORS[half, measure]


@pytest.mark.parametrize("label", sorted(IPE_FLOORS))
def test_police_action_scores_stay_above_their_floors(ipe, label):
    assert ipe[label]["f1"] >= IPE_FLOORS[label]
