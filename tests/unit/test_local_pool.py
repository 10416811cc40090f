"""The local engine's pool when a worker dies: batches run again alone, a batch that kills again is
split, an article that kills its worker every time is a failure row. Workers here run functions of
this module (no model), in real processes that really die."""

import os

from newsgraph.corpus.run import Processed, _LocalPool
from newsgraph.options import Options
from newsgraph.records import Article

POISON = "poison"


def _no_setup(options):
    pass


def _dies_on_poison(articles):
    if any(article.text == POISON for article in articles):
        os._exit(1)  # as a worker killed by the kernel: no exception, no cleanup
    # the ids stand in for the rows a real worker returns
    return Processed([article.id for article in articles], [], os.getpid(), 0)


def _article(n, text=None):
    return Article(id=f"a{n}", text=text or f"story {n}")


def test_an_article_that_kills_every_worker_is_a_failure_and_its_batch_mates_are_processed():
    pool = _LocalPool(2, Options(), work=_dies_on_poison, start_worker=_no_setup)
    try:
        innocent = pool.submit([_article(1), _article(2)])
        poisoned = pool.submit([_article(3), _article(4, POISON), _article(5)])
        results = [pool.collect(future) for future in (poisoned, innocent)]
        after = pool.collect(pool.submit([_article(6)]))  # the pool was replaced: the run goes on
    finally:
        pool.close(wait=True)
    failures = [failure for result in results for failure in result.failures]
    assert [(article_id, stage) for article_id, stage, _ in failures] == [("a4", "worker")]
    assert failures[0][2].code == "NG900"
    assert sorted(row for result in results for row in result.rows) == ["a1", "a2", "a3", "a5"]
    assert after.rows == ["a6"] and after.pid is not None
    # the poisoned batch alone, then each of its three articles alone (and the innocent batch alone,
    # had it not finished before its pool broke)
    assert pool.reruns in (4, 5)


def test_a_pool_that_broke_between_batches_is_replaced_when_the_next_batch_is_submitted():
    pool = _LocalPool(1, Options(), work=_dies_on_poison, start_worker=_no_setup)
    try:
        killed = pool.submit([_article(1, POISON)])
        killed.exception()  # the worker is gone before anything else is submitted
        later = pool.submit([_article(2)])
        assert pool.collect(later).rows == ["a2"]
        assert [stage for _, stage, _ in pool.collect(killed).failures] == ["worker"]
    finally:
        pool.close(wait=True)
