"""Quality floors for quotes on PolNeAR dev: a change that lowers a score below its floor fails.

Floors are the figures reached, measured with `newsgraph eval quotes --split dev`, rounded down.
Raise them when the figures rise; never lower them to make a change pass.
"""

import pytest

from tests.conftest import SHARED

POLNEAR = SHARED / "data" / "polnear"
FLOORS = {  # (kind, measure): F1 floor
    ("all", "attribution"): 0.72,
    ("all", "content"): 0.73,
    ("all", "cue"): 0.96,
    ("direct", "attribution"): 0.91,
    ("direct", "content"): 0.94,
    ("direct+mixed", "attribution"): 0.86,
    ("indirect", "attribution"): 0.64,
    ("mixed", "attribution"): 0.78,
    ("mixed", "content"): 0.81,
}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.polnear import read_split
    from newsgraph.evaluate.quotes import evaluate_quotes

    if not (POLNEAR / "dev").is_dir():
        pytest.skip(f"PolNeAR dev is absent at {POLNEAR} (the workplace's shared/ folder holds it)")
    return evaluate_quotes(read_split(POLNEAR, "dev"), pipeline)[0].to_dict("dev")


@pytest.mark.parametrize("kind, measure", sorted(FLOORS))
def test_quote_scores_stay_above_their_floors(scores, kind, measure):
    assert scores[kind][measure]["f1"] >= FLOORS[(kind, measure)]
