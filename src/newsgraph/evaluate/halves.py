"""Two fixed halves of every gold set: rules are tuned on half a, half b is reported beside it.

A record falls in half "a" when the first byte of the SHA-1 of its key is even, else in "b". (Not
the parity of its SHA-256: the development and held-out halves of PLOVER's gold records and of
IndiaPoliceEvents were cut by that rule, so every development record would fall in one half.)
The key is what must not be split across halves: a record's id, an IndiaPoliceEvents document, or
the article a text-referenced sentence comes from. The gap between the halves' scores is the
signal that rules have been fitted to the sentences they were tuned on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from newsgraph.evaluate.scores import Counts

HALVES = ("a", "b")
T = TypeVar("T")


class HalfScores(Protocol):
    size: int  # records scored (sentences, documents)

    def measures(self) -> dict[str, Counts]: ...

    def to_dict(self) -> dict: ...


S = TypeVar("S", bound=HalfScores)


@dataclass
class HalvesReport(Generic[S]):
    """Scores of the whole set and of halves a and b (``all``, ``a``, ``b``), or of one half."""

    name: str
    halves: dict[str, S]

    def gap(self) -> dict[str, float | None] | None:
        """F1 of half a less F1 of half b by measure, where both halves are scored and hold records."""
        if not all(h in self.halves and self.halves[h].size for h in HALVES):
            return None
        a, b = (self.halves[h].measures() for h in HALVES)
        return {name: f1_gap({"a": a[name], "b": b[name]}) for name in a}

    def to_dict(self) -> dict:
        return {"gold": self.name, **{h: s.to_dict() for h, s in self.halves.items()}, "gap": self.gap()}

    def shown(self) -> dict[str, S]:
        """The halves to show: all, and each half that holds records (the one asked for, even empty)."""
        return {h: s for h, s in self.halves.items() if h == "all" or s.size or len(self.halves) == 1}

    def heading(self, unit: str) -> str:
        """What the title says of the halves, e.g. ' (half a 80, half b 83 sentences)' or ' in half b',
        and where a half is empty: a gold set cut by this same rule (a dev half whose test half is
        held out) can lie wholly in one half."""
        empty = [h for h in HALVES if h in self.halves and not self.halves[h].size]
        note = f"; half {empty[0]} is empty: the set lies wholly in the other half" if empty else ""
        if "all" not in self.halves:
            return f" in half {next(iter(self.halves))}{note}"
        return f" (half a {self.halves['a'].size}, half b {self.halves['b'].size} {unit}){note}"

    def render(self, label: str, titles: Mapping[str, str] | None = None) -> list[str]:
        """The table of ``render_by_half`` over the shown halves, a row per measure (``titles`` renames them)."""
        halves, titles = self.shown(), titles or {}
        names = next(iter(halves.values())).measures()
        return render_by_half(label, [(titles.get(name, name), {h: s.measures()[name] for h, s in halves.items()})
                                      for name in names])


def half_of(key: str) -> str:
    return "a" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def split_halves(items: Iterable[T], key: Callable[[T], str], *, half: str | None = None) -> dict[str, list[T]]:
    """``{"all": [...], "a": [...], "b": [...]}``, or ``{half: [...]}`` for one half only."""
    items = list(items)
    groups = {name: [item for item in items if half_of(key(item)) == name] for name in HALVES}
    return {half: groups[half]} if half else {"all": items, **groups}


def f1_gap(by_half: Mapping[str, Counts]) -> float | None:
    """F1 of half a less F1 of half b, where both are there."""
    if not all(h in by_half for h in HALVES):
        return None
    return round(by_half["a"].f1 - by_half["b"].f1, 4)


def render_by_half(label: str, rows: Iterable[tuple[str, Mapping[str, Counts]]]) -> list[str]:
    """A line per row and half (all, a, b: the halves the caller scored and found records in), the
    a−b gap in F1 at the end of half b's line."""
    lines = [f"{label:<14}{'half':<6}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}{'a−b F1':>9}"]
    for name, by_half in rows:
        gap = f1_gap(by_half)
        for n, (half, counts) in enumerate(by_half.items()):
            line = (f"{name if n == 0 else '':<14}{half:<6}{counts.precision:>8.3f}{counts.recall:>8.3f}"
                    f"{counts.f1:>8.3f}{counts.tp:>7}{counts.fp:>7}{counts.fn:>7}")
            lines.append(line + (f"{gap:>+9.3f}" if half == "b" and gap is not None else ""))
    return lines
