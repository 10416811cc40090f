"""The CAMEO code table with Goldstein scores, quad classes and PLOVER types (``data/cameo.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import read_table

# CAMEO's intent codes by the root of the act intended ("ready to support" is 05 intended: 032).
# Conflict roots have no intent code of their own: intending force is a threat (13x).
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133",
                "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}


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


def intent_code(code: str) -> str:
    """The code of intending ``code``: "040" (meet) intended is "036"."""
    return INTENT_CODES.get(code[:2], code)
