"""Properties of ``newsgraph.extract`` over generated text (Hypothesis): whatever the text, a record
that keeps the ``newsgraph/1`` promises, or a ``NewsgraphError`` with a code; and the record comes
back unchanged from JSON and from each store. ``benchmarks/fuzz.py`` runs the same property over
100,000 inputs; here it is bounded to stay a few minutes in CI."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import NewsgraphError
from newsgraph.store import Batch, open_store, rows_of
from tests.property.invariants import news_like_text, problems

pytestmark = pytest.mark.model

BOUNDED = settings(max_examples=300, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _extract_or_refuse(pipeline, text):
    try:
        return pipeline.extract(text)
    except NewsgraphError as error:
        assert error.code.startswith("NG") and error.message, error
        return None


@BOUNDED
@given(news_like_text())
def test_news_like_text_gives_a_record_that_keeps_its_promises(pipeline, text):
    result = _extract_or_refuse(pipeline, text)
    if result is not None:
        assert problems(result) == []


@BOUNDED
@given(st.text(max_size=300))
def test_any_unicode_text_gives_a_record_or_a_coded_error(pipeline, text):
    # st.text() draws lone surrogates, controls, and every script and mark
    result = _extract_or_refuse(pipeline, text)
    if result is not None:
        assert problems(result) == []
        result.to_json().encode("utf-8")  # what every output and store must take


@pytest.mark.parametrize("text", [
    "x" * 30_000,                                              # no spaces at all
    ("Putin met Xi in Moscow on Monday, officials said. " * 600).strip(),  # one very long line
    "\u201c" * 2_000 + "Lavrov said." + "\u201d" * 2_000,      # marks without end
    "\n" * 5_000 + "Putin met Xi." + "\n" * 5_000,              # blank lines around one sentence
    "\u200b".join("Putin met Xi in Moscow on Monday.".split()),  # zero-width spaces for spaces
])
def test_extreme_shapes_give_a_record_that_keeps_its_promises(pipeline, text):
    result = _extract_or_refuse(pipeline, text)
    assert result is not None and problems(result) == []


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(news_like_text(30), min_size=1, max_size=4))
def test_records_come_back_from_each_store_as_they_went_in(pipeline, store_target, texts):
    results = [r for r in (_extract_or_refuse(pipeline, t) for t in texts) if r is not None]
    with open_store(store_target) as store:  # one database for all examples: ids already there are skipped
        stored = {r.article.id for r in results} - store.stored_ids(r.article.id for r in results)
        fresh = {r.article.id: r for r in results if r.article.id in stored}
        store.write(Batch([rows_of(r) for r in fresh.values()], [], []))
        records = store.records_of(fresh)
    for article_id, result in fresh.items():
        assert records[article_id] == json.loads(result.to_json()), article_id
