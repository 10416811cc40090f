"""The spans near a position, out of all of a document's, found by bisection.

The stages ask, for each of a document's mentions, which other spans lie around it: the links
of the last sentences, the drafts that overlap a paragraph. A scan of every span per question
made their cost grow with the square of a long document's length; bisection over the starts
keeps it to the spans that can answer. Answers keep the order the spans were added in, so a
caller that took the first match of a scan takes the same one. Imports nothing of ours.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item")


class SpanIndex(Generic[Item]):
    """Items with a character or token span ``(start, end)``, end-exclusive, that ``span`` reads."""

    def __init__(self, items: Iterable[Item] = (), *, span: Callable[[Item], tuple[int, int]]) -> None:
        self._span = span
        self._entries: list[tuple[int, int, Item]] = []  # (start, order added, item), by start
        self._added = 0
        self._longest = 0  # no span reaches further than this past its start
        for item in items:
            self.add(item)

    def add(self, item: Item) -> None:
        start, end = self._span(item)
        if not self._entries or start >= self._entries[-1][0]:
            self._entries.append((start, self._added, item))
        else:
            insort(self._entries, (start, self._added, item), key=lambda entry: entry[0])
        self._added += 1
        self._longest = max(self._longest, end - start)

    def starting_in(self, low: int, high: int) -> list[Item]:
        """The items whose span starts at ``low`` or after and before ``high``, in the order added."""
        first = bisect_left(self._entries, low, key=lambda entry: entry[0])
        last = bisect_left(self._entries, high, lo=first, key=lambda entry: entry[0])
        return [item for _, _, item in sorted(self._entries[first:last], key=lambda entry: entry[1])]

    def around(self, low: int, high: int) -> list[Item]:
        """The items whose span starts at ``high`` or before and ends at ``low`` or after, in the
        order added: all that can overlap, contain or touch ``low`` to ``high``, for the caller's
        own test."""
        first = bisect_left(self._entries, low - self._longest, key=lambda entry: entry[0])
        last = bisect_right(self._entries, high, lo=first, key=lambda entry: entry[0])
        found = [(order, item) for _, order, item in self._entries[first:last] if self._span(item)[1] >= low]
        return [item for _, item in sorted(found, key=lambda entry: entry[0])]
