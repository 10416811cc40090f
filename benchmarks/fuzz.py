"""Fuzzing ``newsgraph.extract``: news-like text from every quotation mark, reporting verbs, names,
control characters, bidirectional and zero-width marks and other scripts, through the whole pipeline.

    python benchmarks/fuzz.py [--inputs 100000] [--seed 0] [--max-pieces 60]

Each input must give a record that keeps every promise of the ``newsgraph/1`` contract (offsets
that give their text, ids that name actors, a record that survives JSON:
``tests/property/invariants.py``) or raise a ``NewsgraphError`` with a code; anything else is a
failure. Hypothesis shrinks each distinct failure to a minimal reproducer and prints it; each one
found becomes a regression test (tests/property/test_regressions.py). Prints inputs run, inputs per
second, and the failures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.property.invariants import news_like_text, problems  # noqa: E402

from newsgraph import NewsgraphError, Pipeline  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-pieces", type=int, default=60)
    args = parser.parse_args()

    pipeline = Pipeline()
    counted = {"inputs": 0, "refused": 0}
    started = time.perf_counter()

    @settings(max_examples=args.inputs, deadline=None, database=None, derandomize=False,
              phases=[Phase.generate, Phase.shrink], report_multiple_bugs=True,
              suppress_health_check=list(HealthCheck))
    @seed(args.seed)
    @given(news_like_text(args.max_pieces))
    def extract_keeps_its_promises(text: str) -> None:
        counted["inputs"] += 1
        if counted["inputs"] % 10_000 == 0:
            print(f"{counted['inputs']:,} inputs, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        try:
            result = pipeline.extract(text)
        except NewsgraphError as error:
            assert error.code.startswith("NG"), error
            counted["refused"] += 1
            return
        broken = problems(result)
        assert not broken, broken

    failed = False
    try:
        extract_keeps_its_promises()
    except BaseException as error:  # noqa: BLE001 - the report is the point
        failed = True
        print(f"FAILED: {type(error).__name__}: {error}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"{counted['inputs']:,} inputs (shrinking included) in {seconds:.0f} s, "
          f"{counted['inputs'] / seconds:.0f} inputs/s; {counted['refused']:,} refused with a NewsgraphError; "
          f"{'failures above' if failed else 'no failures'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
