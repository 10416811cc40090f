"""A long document costs its length, not more: the work ``analyse`` does on an article written
eight times over stays near eight times its work on the article once.

The work is counted as Python lines executed (loop iterations included), which, unlike a
timing, does not depend on the machine or its load. A stage that scans every mention of the
document for each mention grows with the square of the length and fails this.
"""

import sys

import pytest

from newsgraph import make_article
from newsgraph.ingest import clean
from newsgraph.pipeline import analyse
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.model

COPIES = 8
# Eight copies cost 8.5 times one (names repeat, so coreference has a little more to weigh);
# the stages as they were before issue 19 cost 22.3 times, after its first fixes 10.4.
MOST_PER_COPY = 1.25


def lines_executed(function, *arguments) -> int:
    count = 0

    def on_line(frame, event, argument):
        nonlocal count
        count += event == "line"
        return on_line

    sys.settrace(lambda frame, event, argument: on_line)
    try:
        function(*arguments)
    finally:
        sys.settrace(None)
    return count


def test_analyse_grows_linearly_with_the_length(pipeline):
    text = EXAMPLE.read_text(encoding="utf-8").strip()

    def work(copies: int) -> int:
        article = clean(make_article("\n\n".join([text] * copies), published="2025-07-13"))
        return lines_executed(analyse, article, pipeline.nlp(article.text), pipeline.knowledge)

    work(1)  # warm-up: tables and caches the first article loads
    once, many = work(1), work(COPIES)
    assert many <= COPIES * MOST_PER_COPY * once, f"{COPIES} copies cost {many / once:.1f} times one"
