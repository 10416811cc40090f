"""Event trigger patterns, packaged (``data/verb_patterns.tsv`` derived from PETRARCH-2,
``data/event_patterns.tsv`` curated) and a user's own files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from newsgraph.data import read_table
from newsgraph.errors import MalformedDataFile
from newsgraph.events.ontology import cameo_table

COLUMNS = ("lemma", "pos", "cameo", "targets", "object")
# Optional columns: ``subject``, "|"-separated lemmas the trigger's subject must have (a strike by
# "warplanes" is an air strike, one by "workers" a labour strike).
POS = ("verb", "noun", "adj", "topic")
# The code of a pattern that says a word is no event where its conditions hold ("a rally" of a
# named person is a campaign rally, not a protest), as PETRARCH's "[---]" patterns do.
NO_EVENT = "---"


@dataclass(frozen=True, slots=True)
class Pattern:
    lemma: str
    # verb, noun, adj ("pessimistic about"), or topic (a word that says what an appeal, demand or
    # protest is for)
    pos: str
    cameo: str
    targets: tuple[str, ...]  # dobj, or prepositions
    # required words of what the act is on: a verb's object or a noun's modifiers ("hold talks",
    # "food aid"), with the object's own modifiers and "of" phrase ("provide humanitarian aid")
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # required subject lemmas
    # derived from PETRARCH's verb dictionary rather than curated: such a pattern says nothing of
    # the verb with a particle, and yields to a curated pattern for its object
    derived: bool = False


@dataclass(frozen=True, slots=True)
class PatternSet:
    by_trigger: dict[tuple[str, str], tuple[Pattern, ...]]
    # the first word of every trigger: a word that is none is no trigger, told cheaply, as most are
    first_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(lemma.split()[0] for lemma, _ in self.by_trigger))

    def lookup(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((lemma, pos), ())


# PETRARCH-2's verb dictionary, derived, then the curated patterns, which come before the derived
# ones of their trigger (PETRARCH's "set * inquiry" stays beside a curated "set fire to"); a user's
# file comes last and replaces the packaged patterns of each trigger it has.
PACKAGED = ("verb_patterns.tsv", "event_patterns.tsv")
DERIVED = {"verb_patterns.tsv"}


def load_patterns(extra: Sequence[Path] = ()) -> PatternSet:
    """The packaged patterns, then each user file in order; a user file's trigger replaces the
    patterns earlier files gave it."""
    table = cameo_table()
    by_trigger: dict[tuple[str, str], list[Pattern]] = {}
    for source in (*PACKAGED, *extra):
        derived = str(source) in DERIVED
        ahead_of_derived = str(source) in PACKAGED and not derived
        placed: dict[tuple[str, str], int] = {}  # how many of this file's patterns each trigger has
        for number, row in read_table(source, columns=COLUMNS):
            pattern = _pattern(row, str(source), number, table)
            if derived:
                pattern = replace(pattern, derived=True)
            key = (pattern.lemma, pattern.pos)
            if key not in placed:
                placed[key] = 0
                earlier = by_trigger.get(key, [])
                by_trigger[key] = [p for p in earlier if p.derived] if ahead_of_derived else []
            by_trigger[key].insert(placed[key], pattern)
            placed[key] += 1
    return PatternSet({key: tuple(value) for key, value in by_trigger.items()})


def _pattern(row: dict[str, str], label: str, number: int, table) -> Pattern:
    lemma, pos, cameo = row["lemma"].strip().lower(), row["pos"].strip().lower(), row["cameo"].strip()
    if not lemma:
        raise MalformedDataFile(f"{label} line {number}: the lemma is empty")
    if pos not in POS:
        raise MalformedDataFile(f"{label} line {number}: pos must be one of {', '.join(POS)}, not {pos!r}")
    if cameo not in table and cameo != NO_EVENT:
        raise MalformedDataFile(f"{label} line {number}: {cameo!r} is not a CAMEO event code "
                                f"(see newsgraph/data/cameo.tsv) nor {NO_EVENT}")
    targets = tuple(t for t in row["targets"].strip().lower().split("|") if t)
    objects = frozenset(o for o in row["object"].strip().lower().split("|") if o)
    subjects = frozenset(o for o in (row.get("subject") or "").strip().lower().split("|") if o)
    return Pattern(lemma, pos, cameo, targets, objects, subjects)


@lru_cache(maxsize=8)
def default_patterns(extra: tuple[Path, ...] = ()) -> PatternSet:
    return load_patterns(extra)
