"""The cue lexicon: which words introduce reported speech, read from ``data/cues.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.data import read_table
from newsgraph.errors import MalformedDataFile

CUE_KINDS = ("verb", "stance", "express", "express-noun", "report-noun", "noun")


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: frozenset[str]
    stance_verbs: frozenset[str]  # cues only for words in quotation marks
    express_verbs: frozenset[str]
    express_nouns: frozenset[str]
    report_nouns: frozenset[str]
    nouns: frozenset[str] = frozenset()  # "Trump's claim that ..."

    def is_reporting_verb(self, token: Token, *, quoted: bool = False) -> bool:
        """Does ``token`` report speech? With ``quoted``, stance verbs count too."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        return lemma in self.verbs or lemma in self.express_verbs or quoted and lemma in self.stance_verbs

    def is_report_noun(self, token: Token) -> bool:
        return token.lemma_.lower() in self.report_nouns


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    groups: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
    for number, row in read_table("cues.tsv", columns=("form", "kind")):
        if row["kind"] not in groups:
            raise MalformedDataFile(f"cues.tsv line {number}: kind must be one of {', '.join(CUE_KINDS)}, "
                                    f"not {row['kind']!r}")
        groups[row["kind"]].add(row["form"].lower())
    return CueLexicon(frozenset(groups["verb"]), frozenset(groups["stance"]), frozenset(groups["express"]),
                      frozenset(groups["express-noun"]), frozenset(groups["report-noun"]),
                      frozenset(groups["noun"]))
