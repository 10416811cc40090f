"""Criticism told as speech: "Trump is unfit to be president," Warren said.

CAMEO's 111 ("criticize or denounce") and PLOVER's ACCUSE count a statement that finds fault
with someone or something as an act of its speaker, whatever verb reports it: most criticism in
political news comes as "X said ..." with the fault in what was said, and no verb of the coder's
patterns says it. A quote is criticism where its content holds a word of blame
(``data/stance_words.tsv``), not negated, said of an actor other than the speaker: the subject the
word is said of ("Trump is unfit", "Trump lied") or the owner of the blamed thing ("Trump's plan was
reckless"). The speaker is the source and that actor the target; a fault found in no one the text
names ("the plan is reckless") is left uncoded, as a looser reading cost precision on wire copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.data import read_table
from newsgraph.records import Quote

CRITICISM = "111"
NEGATIONS = {"not", "n't", "never", "no", "hardly"}
# Cues of what someone thinks rather than says ("Carter believes his use of email was a mistake"):
# a belief told is no act of criticism.
BELIEF_CUES = {"believe", "think", "feel", "know", "hope", "expect", "understand", "consider", "assume",
               "suppose", "reckon", "imagine"}


@lru_cache(maxsize=1)
def blame_words() -> frozenset[str]:
    """The lemmas of words that find fault ("reckless", "disgrace", "lie")."""
    return frozenset(row["lemma"].strip().lower() for _, row in read_table("stance_words.tsv", columns=("lemma",)))


def criticisms(doc: Doc, actors: ActorAnalysis, quotes: Sequence[Quote],
               triggers: Iterable[int]) -> list[tuple[Token, str, tuple[str, ...], tuple[str, ...]]]:
    """For each quote whose content finds fault, its cue word, the code, source and target; not for
    a cue that is already an event's trigger ("accused", "condemned" say their act themselves)."""
    coded = set(triggers)
    words = blame_words()
    found = []
    for quote in quotes:
        if quote.cue is None or not quote.content:
            continue
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is None or cue.root.i in coded or cue.root.lemma_.lower() in BELIEF_CUES:
            continue
        content = [t for span in quote.content
                   if (part := doc.char_span(span.start, span.end, alignment_mode="expand")) is not None
                   for t in part]
        speaker = quote.speaker.actor if quote.speaker else None
        source = (speaker,) if speaker else ()
        blamed = [actor for t in content if _blames(t, words) for w in _blamed(t)
                  for actor in actors.actors_at(w.i) if actor not in source]
        if blamed:
            found.append((cue.root, CRITICISM, source, (blamed[0],)))
    return found


def _blames(token: Token, words: frozenset[str]) -> bool:
    """Does the word find fault, not negated ("not dangerous", "never lied")?"""
    if token.lemma_.lower() not in words and token.lower_ not in words or token.pos_ == "PROPN" or token.ent_type_:
        return False  # "Danger Mouse" is a name
    # the negation sits on the word, or on the verb whose predicate or object it is
    heads = [token, token.head] if token.dep_ in ("acomp", "attr", "dobj", "amod", "xcomp") else [token]
    if token.dep_ == "amod" and token.head.dep_ in ("attr", "dobj"):
        heads.append(token.head.head)
    return not any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det")
                   for head in heads for c in head.children)


def _blamed(word: Token) -> list[Token]:
    """Whom a word of blame is said of: the subject it is said of ("Trump is unfit", "he lied",
    "Trump is a liar"), the one a blaming adjective qualifies ("a dangerous demagogue"), or the
    owner of the fault ("Clinton's lies", "his reckless plan", "Trump's plan was reckless")."""
    if word.pos_ == "VERB":
        return [c for c in word.children if c.dep_ == "nsubj"]
    thing = word.head if word.dep_ == "amod" else word
    found = [c for c in thing.children if c.dep_ == "poss"]
    if thing.dep_ in ("acomp", "attr"):
        clause = thing.head
        found.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c is not thing)
    if thing is not word:
        found.append(thing)  # "a dangerous demagogue" named: the noun stands for whom it blames
    # whose the blamed thing is ("Trump's plan was reckless")
    return [*found, *(c for t in found for c in t.children if c.dep_ == "poss")]
