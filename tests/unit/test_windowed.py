"""``windowed``: the submit-and-collect loop every multi-process engine shares, with futures made by hand."""

from newsgraph.corpus.run import Processed, windowed


class Done:
    """A future whose batch is processed."""

    def __init__(self, articles):
        self.articles = articles


def test_at_most_a_window_of_batches_is_in_flight_and_the_input_is_read_as_results_come_back():
    read, collected, in_flight, peak = [], [], set(), [0]

    def batches():
        for n in range(10):
            read.append(n)
            yield [n]

    def submit(articles):
        future = Done(articles)
        in_flight.add(future)
        peak[0] = max(peak[0], len(in_flight))
        return future

    def first_completed(pending):
        assert len(read) <= len(collected) + 3  # never read further ahead than the window
        oldest = min(pending, key=lambda future: future.articles[0])
        return {oldest}, pending - {oldest}

    def collect(future):
        in_flight.discard(future)
        collected.append(future.articles[0])
        return Processed([], [], 1, 0)

    results = list(windowed(batches(), submit, first_completed, collect, lambda: 3))
    assert len(results) == 10 and collected == list(range(10))
    assert peak[0] == 3


def test_work_handed_back_by_collect_is_submitted_and_yielded_once():
    submitted = []

    def submit(articles):
        submitted.append(tuple(articles))
        return Done(articles)

    def first_completed(pending):
        one = next(iter(pending))
        return {one}, pending - {one}

    def collect(future):
        if len(future.articles) > 1:  # what the Dask engine does with a batch whose workers kept dying
            return [submit([article]) for article in future.articles]
        return Processed([], [], None, 0)

    results = list(windowed(iter([["a", "b", "c"], ["d"]]), submit, first_completed, collect, lambda: 2))
    assert len(results) == 4  # a, b and c one by one, and d
    assert sorted(submitted) == [("a",), ("a", "b", "c"), ("b",), ("c",), ("d",)]
