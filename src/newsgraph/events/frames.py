"""Acts that frame another act: appeals, intentions, demands, rejections, threats and protests.

CAMEO codes such an act by what it is for: "urged Iran to release the sailors" is a demand (10)
for a release of persons (0841), 1053; "pledged humanitarian aid" an intention (03) to give
humanitarian aid (073), 0333; "protested demanding his resignation" a demonstration (141) for a
change in leadership (0831), 1411. ``data/event_frames.tsv`` holds the table.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.data import read_table
from newsgraph.events.ontology import cameo_table

# The roots whose acts frame another: appeal, intend, demand, reject, threaten.
FRAME_ROOTS = ("02", "03", "10", "12", "13")
# Protest codes that take a sub-code by what the protest is for.
PROTEST_FRAMES = ("141", "142", "143", "144", "145")


@lru_cache(maxsize=1)
def frame_table() -> dict[str, dict[str, str]]:
    """frame → content prefix → code."""
    table: dict[str, dict[str, str]] = {}
    codes = cameo_table()
    for number, row in read_table("event_frames.tsv", columns=("frame", "content", "code")):
        if row["code"] not in codes:
            raise ValueError(f"event_frames.tsv line {number}: {row['code']!r} is not a CAMEO code")
        table.setdefault(row["frame"], {})[row["content"]] = row["code"]
    return table


def frame_of(code: str) -> str | None:
    """The frame a code belongs to, if it frames other acts: its root, or a protest code."""
    if code[:3] in PROTEST_FRAMES:
        return code[:3]
    return code[:2] if code[:2] in FRAME_ROOTS else None


def compose(frame: str, content: str) -> str | None:
    """The code of ``frame`` (a root or protest code) for the act coded ``content``, if CAMEO has one."""
    by_content = frame_table().get(frame, {})
    for length in range(len(content), 1, -1):
        found = by_content.get(content[:length])
        if found is not None:
            return found
    return None


def framed_code(code: str, content: str) -> str:
    """``code`` made as specific as the framed act allows; ``code`` itself where it already says more
    (a pattern's own "1311") or CAMEO has no sub-code for that content."""
    frame = frame_of(code)
    if frame is None:
        return code
    found = compose(frame, content)
    return found if found is not None and specificity(found) > specificity(code) else code


def specificity(code: str) -> int:
    """How much a code says: "100" little, "1053" more."""
    return len(code.rstrip("0"))


def intent_code(code: str) -> str:
    """The code of intending ``code``: "040" (meet) intended is "036", "073" (humanitarian aid)
    "0333"; intending force threatens it ("190": "1384"). An act CAMEO has no intent code for
    keeps its code."""
    return compose("03", code) or code
