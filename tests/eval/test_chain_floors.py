"""Quality floors for reporting chains on the chain sets written for newsgraph (tests/data/quote_chains).

tuning.jsonl is the set the chain rules were first chosen on; tuning2.jsonl was written later by a
third hand, scored once as it came (0.637) and then used for choosing rules too; blind.jsonl was
written by another hand from the same rules and is only ever scored, never read for errors; blind2.jsonl,
written by a fourth hand a year of rules later, likewise; tuning3.jsonl, written for issue 20 from
its kinds (relayed-speech idioms, unnamed speakers, quotations in quotations, addressees with
chains; 101 cases written in five batches, the set scored as each came: 0.707, 0.903, 0.899, 0.910, 0.963)
and then used for choosing rules; tuning4.jsonl, written for issue 20's second round in shapes the
other sets use little (75 cases in two batches, the set scored 0.896 and 0.869 as each came), likewise;
blind3.jsonl, written by a fifth hand for issue 20's third round, is only ever scored (0.817 as it came);
tuning5.jsonl, written for issue 20's fourth round from the kinds blind3 scores lowest (22 cases, 0.826
as they came), is used for choosing rules; tuning6.jsonl, written for issue 20's fifth round from
the kinds blind2 and blind3 score lowest ("according to", unnamed speakers, telling, then statements
carried, quoted and cited; 82 cases in three batches, 0.894, 0.931 and 0.917 as they came), likewise;
tuning7.jsonl, written for issue 20's sixth round from the kinds the three blind sets score lowest
(62 cases in three batches; the set scored 0.829, 0.859 and 0.872 as each came), likewise;
tuning8.jsonl, written for issue 20's seventh round from the kinds the blind sets score lowest (49 cases
in two batches; the set scored 0.775 and 0.855 as each came), likewise.
Figures measured with
`newsgraph eval quotes --chains FILE`, rounded down; raise them when the figures rise.
"""

from pathlib import Path

import pytest

CHAINS = Path(__file__).resolve().parents[1] / "data" / "quote_chains"
FLOORS = {  # (file, group): exact-chain floor
    ("tuning", "all"): 0.96,
    ("tuning", "depth:3"): 0.94,
    ("tuning2", "all"): 0.93,
    ("tuning3", "all"): 0.96,
    ("blind", "all"): 0.81,
    ("blind", "depth:1"): 0.95,
    ("blind2", "all"): 0.79,
    ("tuning4", "all"): 0.92,
    ("tuning5", "all"): 0.95,
    ("blind3", "all"): 0.81,
    ("tuning6", "all"): 0.92,
    ("tuning7", "all"): 0.91,
    ("tuning8", "all"): 0.87,
}

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores(pipeline):
    from newsgraph.evaluate.chains import evaluate_chains, read_chains

    return {name: evaluate_chains(read_chains(CHAINS / f"{name}.jsonl"), pipeline)[0]
            for name in ("tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8",
                                 "blind", "blind2", "blind3")}


@pytest.mark.parametrize("name, group", sorted(FLOORS))
def test_chain_scores_stay_above_their_floors(scores, name, group):
    assert scores[name].rate(group) >= FLOORS[(name, group)]
