"""The cue lexicon: which words introduce reported speech, read from ``data/cues.tsv``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.data import read_table
from newsgraph.errors import MalformedDataFile

CUE_KINDS = ("verb", "stance", "stance-object", "adjective", "quoting", "express", "express-noun", "report-noun",
             "noun", "verb-preposition", "verb-object", "relay")
# the cue kinds written as a verb lemma and one more word, with what that word is
PAIR_KINDS = {"verb-preposition": "one preposition ('call for')", "verb-object": "its object's lemma ('put it')"}


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: frozenset[str]
    stance_verbs: frozenset[str]  # cues for words in quotation marks, or for a finite clause
    express_verbs: frozenset[str]
    express_nouns: frozenset[str]
    report_nouns: frozenset[str]
    nouns: frozenset[str] = frozenset()  # "Trump's claim that ..."
    # verb lemma -> prepositions whose object is what it reports ("called for a ban")
    prepositions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    quoting_verbs: frozenset[str] = frozenset()  # cues only for words in quotation marks
    relaying: frozenset[str] = frozenset()  # cues whose report another's statement relays
    # verb lemma -> objects that make it a cue with them ("as he put it", "made the point")
    objects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # stance verbs that also report their object outside quotation marks ("sought the nomination")
    object_stance_verbs: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()  # "was critical of the deal", "is confident that ..."

    def relays(self, cue: Token) -> bool:
        """Does a report by this cue inside another's statement stand, relayed by it?"""
        return cue.lemma_.lower() in self.relaying or cue.lower_ in self.relaying

    def is_reporting_verb(self, token: Token, *, quoted: bool = False) -> bool:
        """Does ``token`` report speech? With ``quoted``, stance and quoting verbs count too."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.verbs or lemma in self.express_verbs or quoted and (
                lemma in self.stance_verbs or lemma in self.quoting_verbs):
            return True
        return self.reported_preposition(token) is not None or self.cue_object(token) is not None

    def reported_preposition(self, verb: Token) -> Token | None:
        """The preposition that introduces what ``verb`` reports ("pointed *to* the polls")."""
        allowed = self.prepositions.get(verb.lemma_.lower())
        if not allowed:
            return None
        return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in allowed), None)

    def cue_object(self, verb: Token) -> Token | None:
        """The object that is part of the cue ("put *it*", "made the *point*"), not what it reports."""
        allowed = self.objects.get(verb.lemma_.lower())
        if not allowed:
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in allowed), None)

    def reports_object(self, token: Token) -> bool:
        """Is ``token`` a stance verb that reports its object or clause ("sought the nomination")?"""
        return token.pos_ == "VERB" and token.lemma_.lower() in self.object_stance_verbs

    def is_report_noun(self, token: Token) -> bool:
        return token.lemma_.lower() in self.report_nouns


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    groups: dict[str, set[str]] = {kind: set() for kind in CUE_KINDS}
    # "call for", "put it": a verb lemma and the one word after it that makes it a cue
    pairs: dict[str, dict[str, set[str]]] = {kind: {} for kind in PAIR_KINDS}
    for number, row in read_table("cues.tsv", columns=("form", "kind")):
        if row["kind"] not in groups:
            raise MalformedDataFile(f"cues.tsv line {number}: kind must be one of {', '.join(CUE_KINDS)}, "
                                    f"not {row['kind']!r}")
        form = row["form"].lower()
        if row["kind"] in pairs:
            verb, _, word = form.partition(" ")
            if not word or " " in word:
                raise MalformedDataFile(f"cues.tsv line {number}: a {row['kind']} cue is a verb lemma and "
                                        f"{PAIR_KINDS[row['kind']]}, not {row['form']!r}")
            pairs[row["kind"]].setdefault(verb, set()).add(word)
        groups[row["kind"]].add(form)
    return CueLexicon(frozenset(groups["verb"]), frozenset(groups["stance"]), frozenset(groups["express"]),
                      frozenset(groups["express-noun"]), frozenset(groups["report-noun"]),
                      frozenset(groups["noun"]), _frozen(pairs["verb-preposition"]),
                      frozenset(groups["quoting"]), frozenset(groups["relay"]), _frozen(pairs["verb-object"]),
                      frozenset(groups["stance-object"]), frozenset(groups["adjective"]))


def _frozen(mapping: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(values) for key, values in mapping.items()}
