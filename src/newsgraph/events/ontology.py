"""The CAMEO code table with Goldstein scores, quad classes and PLOVER types (``data/cameo.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import read_table


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, EventType]:
    table = {}
    for _, row in read_table("cameo.tsv", columns=("code", "name", "goldstein", "quad_class", "plover", "mode")):
        table[row["code"]] = EventType(row["code"], row["name"], float(row["goldstein"]),
                                       int(row["quad_class"]), row["plover"] or None, row["mode"] or None)
    return table

