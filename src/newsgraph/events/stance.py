"""Criticism and praise told as speech: "Trump is unfit to be president," Warren said.

CAMEO's 111 ("criticize or denounce", PLOVER ACCUSE) and 051 ("praise or endorse", PLOVER SUPPORT)
count a statement that finds fault with someone, or speaks well of them, as an act of its speaker,
whatever verb reports it: most criticism and praise in political news comes as "X said ..." with the
stance in what was said, and no verb of the coder's patterns says it. A quote takes a stance where
its content holds a word of stance (``data/stance_words.tsv``), not negated, said of an actor other
than the speaker: the subject the word is said of ("Trump is unfit", "Trump lied", "Bernie's a good
man"), the owner of the blamed thing ("Trump's plan was reckless"), or, for a word that tells what
its subject feels, the object of its preposition ("I am concerned about his stance"); where the cue
says whom the quote is of ("“It's a disgrace,” Ryan said of Trump's remarks"), that actor. The
speaker is the source and that actor the target. In a direct quote, whose words are the critic's
own, a fault in the cue's sentence that the parse says of no one is said of the first actor the
quote names ("It's a disgrace what Trump did"); elsewhere a stance towards no one ("the plan is
reckless") is left uncoded, as a looser reading cost precision on wire copy. A negated word of
praise said of someone finds fault with them ("Clinton is not qualified"). Each sentence of a quote
is coded on its own, as the annotation guidelines code a sentence: at the cue in the cue's sentence,
at the word of stance in another ("“Trump is a liar. ...,” Warren said"). Praise counts only said
of its subject ("a good man"), not of an owned thing ("Trump's good friend" praises no one). A verb
of naming whose name for its object holds a word of stance takes that stance towards the object
("branded Cruz a liar", "painted Trump as a man too unqualified for the job").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.data import read_table
from newsgraph.records import Quote
from newsgraph.words import words_of

CRITICISM = "111"
PRAISE = "051"
NEGATIONS = {"not", "n't", "never", "no", "hardly"}
# Cues of what someone thinks rather than says ("Carter believes his use of email was a mistake"):
# a belief told is no act of criticism.
BELIEF_CUES = {"believe", "think", "feel", "know", "hope", "expect", "understand", "consider", "assume",
               "suppose", "reckon", "imagine"}
FIRST_PERSON = {"i", "we"}
PREDICATES = ("acomp", "attr")


@dataclass(frozen=True)
class StanceWord:
    """A word of stance: the CAMEO code of the act it tells, and for a word that tells what its
    subject feels ("worried"), the prepositions whose object it is about ("about", "over")."""
    code: str
    said_of: frozenset[str] = frozenset()


# Verbs that name what their object is ("called Trump a bully", "painted him as unqualified"): their
# act is the stance of the name they give (a general list of English verbs of naming and describing;
# verbs of belief, "considers him dangerous", are left out, as thoughts are no acts).
NAMING_VERBS = {"call", "label", "brand", "describe", "paint", "portray", "cast", "depict", "dub", "term",
                "characterize", "characterise", "pronounce", "declare"}
NAME_DEPS = ("oprd", "xcomp", "ccomp", "dobj")
NAME_WORDS = 8  # how many words of the name are read for a word of stance ("as a man too unqualified")
# A word of praise denied ("is not qualified", "not an honest man") finds fault with whom it is said of.
DENIED_PRAISE = StanceWord(CRITICISM)


@lru_cache(maxsize=1)
def stance_words() -> dict[str, StanceWord]:
    """The words of stance by lemma ("reckless": 111, "worried": 111 about, "decent": 051)."""
    return {row["lemma"].strip().lower(): StanceWord(row["code"].strip(), frozenset(filter(None, row["said_of"].split("|"))))
            for _, row in read_table("stance_words.tsv", columns=("lemma", "code", "said_of"))}


def blame_words() -> frozenset[str]:
    """The lemmas of words that find fault ("reckless", "disgrace", "lie")."""
    return frozenset(lemma for lemma, word in stance_words().items() if word.code == CRITICISM)


def stances(doc: Doc, actors: ActorAnalysis, quotes: Sequence[Quote],
            triggers: Iterable[int]) -> list[tuple[Token, str, tuple[str, ...], tuple[str, ...]]]:
    """For each sentence of a quote whose content finds fault or praises, the trigger (the cue, or
    the word of stance outside the cue's sentence), the code, source and target of the first
    stance in it; not for a cue that is already an event's trigger
    ("accused", "praised" say their act themselves)."""
    coded = set(triggers)
    words = stance_words()
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
        within = {t.i for t in content}
        speaker = quote.speaker.actor if quote.speaker else None
        source = (speaker,) if speaker else ()
        spoken_of = [a for a in _spoken_of(cue.root, actors) if a not in source]
        told = set()  # the sentences a stance was found in: each sentence is coded on its own
        for token in content:
            word = _stance_word(token, words)  # first, as most words are none: a token's sentence is dear
            if word is None or token.sent.start in told or _held_by_another(token, within):
                continue
            if _negated(token):
                if word.code != PRAISE or word.said_of or not _denied_of_its_subject(token):
                    continue  # "did not lie" blames no one; "no great man has done more than Ali" praises
                word = DENIED_PRAISE  # "Clinton is not qualified": a virtue denied finds fault
            if spoken_of and token.sent == cue.root.sent:
                told_of = spoken_of  # "“He's a nasty guy,” Trump said of Cruz": the cue says whom it is of
            else:
                told_of = [actor for w in _said_of(token, word) for actor in actors.actors_at(w.i)
                           if actor not in source]
            if not told_of and word.code == CRITICISM and quote.kind == "direct" and token.sent == cue.root.sent:
                # a critic's own words name whom they blame, however the parse hangs them; in
                # reported speech a fault is as often a state of affairs ("said the situation
                # was dangerous"), and a looser reading there, or in a sentence of the quote away
                # from its cue, cost precision on wire copy
                told_of = [actor for w in content for actor in actors.actors_at(w.i) if actor not in source]
            if told_of:
                # in the cue's sentence the cue says it; a sentence of the quote told before or
                # after it ("“Trump is a liar. ...,” Warren said") at the word itself
                trigger = cue.root if token.sent == cue.root.sent else token
                found.append((trigger, word.code, source, (told_of[0],)))
                told.add(token.sent.start)
    return found


def named_stances(doc: Doc, triggers: Iterable[int]) -> list[tuple[Token, str, Token]]:
    """For each verb of naming whose name for its object holds a word of stance, not negated, and
    that is no event's trigger already: the verb, the stance's code and the object it names
    ("branded Cruz a liar": 111, Cruz; "described her as a great leader": 051, her)."""
    coded = set(triggers)
    words = stance_words()
    found = []
    for verb in (doc[i] for i, lemma in enumerate(words_of(doc).lemma) if lemma in NAMING_VERBS):
        if verb.pos_ != "VERB" or verb.i in coded:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            continue
        names = [c for c in verb.children if c.dep_ in NAME_DEPS and c is not objects[0]] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        stance = next((word for name in names for token in list(name.subtree)[:NAME_WORDS]
                       if (word := _stance_word(token, words)) and not word.said_of and not _negated(token)), None)
        if stance is not None:
            found.append((verb, stance.code, objects[0]))
    return found


def _spoken_of(cue: Token, actors: ActorAnalysis) -> list[str]:
    """Whom a quote is said of, by its cue's "of" phrase ("said of Cruz", "said of Trump's
    comments"): the one named or the owner of the thing named."""
    named = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [actor for o in named for w in (o, *(c for c in o.children if c.dep_ == "poss"))
            for actor in actors.actors_at(w.i)]


def _stance_word(token: Token, words: dict[str, StanceWord]) -> StanceWord | None:
    if token.pos_ == "PROPN" or token.ent_type_:
        return None  # "Danger Mouse" is a name
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def _negated(token: Token) -> bool:
    """Is the word negated ("not dangerous", "never lied", "not a good man")?"""
    # the negation sits on the word, or on the verb whose predicate or object it is
    heads = [token, token.head] if token.dep_ in ("acomp", "attr", "dobj", "amod", "xcomp") else [token]
    if token.dep_ == "amod" and token.head.dep_ in ("attr", "dobj"):
        heads.append(token.head.head)
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det")
               for head in heads for c in head.children)


def _denied_of_its_subject(token: Token) -> bool:
    """Is a word of the clause's predicate denied by the clause's own negation ("Clinton is not
    qualified", "is not a good man"), not by a determiner of the one it is said of ("there is no
    great man that has done more")?"""
    predicate = token.head if token.dep_ == "amod" else token
    return predicate.dep_ in PREDICATES and any(c.dep_ == "neg" for c in predicate.head.children)


def _held_by_another(token: Token, within: set[int]) -> bool:
    """Is the stance what someone else is said to think ("Carter believes his use of email was a
    mistake", as his press secretary told it), not the speaker's own ("I think he is wrong")?"""
    for verb in token.ancestors:
        if verb.i not in within:
            return False
        if verb.lemma_.lower() in BELIEF_CUES and any(c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON
                                                     for c in verb.children):
            return True
    return False


def _said_of(word: Token, stance: StanceWord) -> list[Token]:
    """Whom a word of stance is said of: the object of its preposition for a word that tells a
    feeling ("concerned about his stance": its owner too); for praise, the subject it is said of
    ("Bernie's a good man"); for blame, also the one a blaming adjective qualifies ("a dangerous
    demagogue") or the owner of the fault ("Clinton's lies", "Trump's plan was reckless")."""
    if stance.said_of:
        objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ in stance.said_of
                   for o in p.children if o.dep_ == "pobj"]
        return [*objects, *(c for o in objects for c in o.children if c.dep_ == "poss")]
    if stance.code == PRAISE:
        thing = word.head if word.dep_ == "amod" else word
        if thing.dep_ not in PREDICATES:
            return []
        return [c for c in thing.head.children if c.dep_ in ("nsubj", "nsubjpass") and c is not thing]
    return _blamed(word)


def _blamed(word: Token) -> list[Token]:
    """Whom a word of blame is said of: the subject it is said of ("Trump is unfit", "he lied",
    "Trump is a liar"), the one a blaming adjective qualifies ("a dangerous demagogue"), the
    owner of the fault ("Clinton's lies", "his reckless plan", "Trump's plan was reckless"), or
    the one who did it ("Trump made a terrible mistake")."""
    if word.pos_ == "VERB":  # "Trump lied"; in the passive its agent ("people were misled by Trump")
        return [o for c in word.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] or [
            c for c in word.children if c.dep_ == "nsubj"]
    thing = word.head if word.dep_ == "amod" else word
    found = [c for c in thing.children if c.dep_ == "poss"]
    if thing.dep_ in ("acomp", "attr"):
        clause = thing.head
        found.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c is not thing)
    if thing is not word:
        found.append(thing)  # "a dangerous demagogue" named: the noun stands for whom it blames
    if thing.dep_ == "dobj":  # the one who did the blamed thing ("Trump put out weak platitudes")
        found.extend(c for c in thing.head.children if c.dep_ == "nsubj")
    # whose the blamed thing is ("Trump's plan was reckless")
    return [*found, *(c for t in found for c in t.children if c.dep_ == "poss")]
