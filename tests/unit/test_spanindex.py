"""SpanIndex answers as a scan of all spans would, in the order the spans were added."""

import random

from newsgraph.spanindex import SpanIndex


def spans(count: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        start = rng.randrange(200)
        found.append((start, start + rng.randrange(0, 15)))
    return found


def test_starting_in_is_a_scan_in_order_added():
    items = spans(300, 1)
    index = SpanIndex(items, span=lambda item: item)
    for low, high in [(0, 0), (0, 50), (37, 38), (120, 260), (199, 200)]:
        assert index.starting_in(low, high) == [s for s in items if low <= s[0] < high]


def test_around_holds_every_span_that_can_touch_the_range_in_order_added():
    items = spans(300, 2)
    index = SpanIndex(span=lambda item: item)
    for item in items:  # added out of order, as links are while a document is resolved
        index.add(item)
    for low, high in [(0, 0), (10, 12), (57, 57), (150, 199), (215, 230)]:
        assert index.around(low, high) == [s for s in items if s[0] <= high and s[1] >= low]


def test_equal_spans_keep_their_order():
    items = [("b", 5, 9), ("a", 5, 9), ("c", 2, 9)]
    index = SpanIndex(items, span=lambda item: item[1:])
    assert index.around(6, 6) == items
