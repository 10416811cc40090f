"""Coding events: trigger words matched to patterns, their arguments found in the parse.

A verb's source is its subject (or the agent of a passive), a noun's its possessor, its "of"/"by"
phrase, or the subject of the verb it hangs from; the target is where the pattern says
(object, "with X", "between X and Y", ...). Flags come from the words around the trigger:
negation, modality and conditionals, and intention ("ready to support" is coded as CAMEO's
intent code for support, 032).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.actors.mentions import NON_STATE, PEOPLE
from newsgraph.events.located import POLICE_CODES, qualifier_country
from newsgraph.events.frames import PROTEST_FRAMES, compose, frame_of, framed_code, intent_code, specificity
from newsgraph.events.ontology import cameo_table
from newsgraph.events.patterns import NO_EVENT, Pattern, PatternSet
from newsgraph.events.stance import named_stances, stances
from newsgraph.normalize.timevalues import MONTHS
from newsgraph.records import Event, Quote, Span
from newsgraph.spanindex import SpanIndex

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# What makes a conjoined verb a clause of its own, whose "by" phrase is its own.
CLAUSE_OF_ITS_OWN = ("aux", "auxpass", "nsubj", "nsubjpass")
# Messages whose content a participle tells ("a statement apologizing to ...").
MESSAGE_NOUNS = {"statement", "letter", "resolution", "message", "note", "communique", "declaration", "motion",
                 "petition", "editorial", "ad", "advertisement", "post", "tweet", "video", "speech", "memo", "email"}
# Where a noun stands in a clause: a gerund or participle there stands as one ("killed in police
# firing", "the accused").
NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
# Verbs whose object does what their infinitive says ("forced police to open fire"); a general
# list of English object-control verbs, not of news words.
OBJECT_CONTROL_VERBS = {"force", "compel", "oblige", "prompt", "lead", "cause", "drive", "push", "order",
                        "tell", "ask", "urge", "instruct", "direct", "authorize", "authorise", "allow",
                        "permit", "enable", "help", "persuade", "convince", "encourage", "invite",
                        "call", "get", "provoke", "pressure", "pressurise", "pressurize", "trigger"}
CLIMB_DEPS = ("xcomp", "conj", "acomp", "advcl", "pcomp", "acl", "dobj")
NEGATING_HEADS = {"refuse", "decline", "fail", "reject", "deny"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
DENYING_VERBS = {"deny", "refute"}
ABILITY_WORDS = {"able", "unable"}
# Nouns of time whose relative clause, with no relative pronoun, tells what happened then, as a
# "when" clause does ("by the time police arrived", "the day the army moved in").
TIME_NOUNS = {"time", "day", "night", "moment", "hour", "minute", "morning", "evening", "afternoon", "week"}
RELATIVE_PRONOUNS = ("WDT", "WP", "WP$")
# Prepositions that tell the circumstances an act happened in ("killed in shelling", "during").
CIRCUMSTANCE_PREPOSITIONS = {"in", "during", "after", "following", "amid", "by", "due"}
NEGATIVE_ABILITY = {"unable"}
NEGATIVE_PRONOUNS = {"nobody", "none", "nothing", "no-one", "noone"}
NEGATIVE_DETERMINERS = {"no", "neither"}
HYPOTHETICAL_AUX = {"could", "may", "might", "would", "should", "can"}
HYPOTHETICAL_HEADS = {"threaten", "consider", "propose", "suggest", "mull", "weigh"}
# Words that say an act may come, not that it came ("a crackdown is likely").
LIKELIHOOD = {"likely", "unlikely", "possible", "probable", "imminent"}
INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "want", "hope", "pledge", "vow",
                "promise", "agree", "seek", "aim", "willingness", "readiness", "intention", "will",
                "desire", "forward", "determined", "eager", "wish", "expect", "offer", "decide"}
FUTURE_AUX = {"will", "shall", "'ll"}
# Links through which an act is what an intention head intends ("agreed to undertake exercises").
INTENT_CLIMB_DEPS = ("xcomp", "acl", "pobj", "pcomp", "conj", "amod", "prep", "dobj")
# Participles that, after "be" and before "to", say what their subject does ("is opposed to").
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "devote"}
VERBAL_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}
# Subjects that act though no actor stands for them: attacks, and armed or crowd words.
AGENT_NOUNS = {"bombing", "bomb", "explosion", "blast", "attack", "airstrike", "strike", "missile",
               "rocket", "shell", "mortar", "grenade", "artillery", "projectile", "warplane", "mine",
               "shelling", "gunfire", "aircraft", "helicopter", "drone", "warship", "tank", "crowd",
               "mob", "police", "army", "troop", "soldier", "force", "official", "leader",
               "minister", "president", "spokesman", "diplomat", "envoy", "officer", "commander",
               "movement", "party", "organization", "organisation", "government", "council", "court",
               "committee", "agency", "newspaper", "coalition", "alliance", "front", "authority", *NON_STATE,
               "clash", "fighting", "violence", "shooting", "gunbattle", "firefight", "battle", "riot",
               "bomber", "attacker", "assailant", "sniper", "hijacker", "kidnapper", "shooter"}
# Weapons and what they fire, which act as their subjects' words ("mortar rounds", "artillery fire").
WEAPON_NOUNS = {"bomb", "missile", "rocket", "shell", "mortar", "grenade", "artillery", "tank", "drone", "sniper"}
# Words for a share of people, whose acts are a poll's figures.
SHARE_WORDS = {"percent", "%", "cent", "percentage"}  # "cent" of "per cent"
# Numbers that count a crowd ("thousands of people", "hundreds of Kurds").
CROWD_NUMBERS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score",
                 "scores"}
# Nouns that count people an act was done to ("the number of persons arrested").
TALLY_WORDS = {"number", "total", "toll", "tally", "count"}
VAGUE_COUNTS = {"several", "many"}
# Verbs that say an act happened ("fighting erupted", "a bombing took place"): the act they
# tell is news even where the text names no one in it.
OCCURRENCE_VERBS = {"occur", "happen", "erupt", "unfold", "rage", "flare"}
OCCURRENCE_PHRASES = {("take", "place"), ("break", "out"), ("flare", "up")}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
PROTEST_ROOT = "14"
SENDING_PREPOSITIONS = ("to", "against", "on", "into")
CONFLICT_ROOTS = {"09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
# Conditional intentions ("will withdraw unless ...") are threats, by what is threatened.
THREAT_ROOT, REJECT_ROOT = "13", "12"
# Force (assault, fight, mass violence): one who says they would use it threatens it.
FORCE_ROOTS = {"18", "19", "20"}
# The acts whose count of those they were done to is a toll: coercion and force.
TOLL_ROOTS = {"17", *FORCE_ROOTS}
# Prepositions that never introduce a target ("fought alongside X" names an ally, "attacked
# without UN approval" one that did not act).
NOT_TARGET_PREPOSITIONS = {"alongside", "beside", "besides", "among", "amid", "despite", "during",
                           "after", "before", "since", "until", "like", "unlike", "via", "through",
                           "without", "except"}
# Acts whose content is another act: appeals, demands, rejections, threats.
SPEECH_ACT_ROOTS = {"02", "10", "12", "13"}
SPEECH_ACT_DEPTH = 4
# Acts whose content is an act they are about: accusations, criticism and investigations ("accused
# Armenian forces of shelling its positions", "condemned the execution", "looked into allegations
# of torture"); the act they are about is not asserted as an event of its own.
TOPIC_ROOTS = {"09", "11"}
# What is agreed in a clause ("agreed that their countries should cooperate") is the agreement;
# what is agreed to do ("agreed to expand trade") is the act, intended (see _frame_of_another).
AGREEMENT_ROOT = "03"
# Links from an act to what it is for ("urged Iran to release", "called for talks").
CONTENT_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "advcl", "acl", "attr", "oprd")
CONTENT_PREPOSITIONS = ("for", "of", "on", "over", "to", "about", "against")
CONTENT_DEPTH = 4
INTENT_ROOT = "03"
PARTICLES = {"down", "out", "off", "up", "back", "over", "in", "away"}
STATEMENT_ROOT = "01"
# CAMEO's pessimistic comment (012) is a negative outlook on how things go; concern or worry about
# an actor or what an actor does ("expressed concern about Trump's remarks") is a disapproval (110).
PESSIMISM, DISAPPROVAL = "012", "110"
FEELING_PREPOSITIONS = ("about", "over", "at", "by", "with", "of")
# Words of attack that politicians use of each other: an attack (190) by a politician, a party or
# the press on people or bodies that bear no arms, with no weapon, is one in words (111: "Clinton
# launched a new round of attacks", "Trump attacked the press"); on a country or an armed force it
# stays an assault ("Putin attacked Ukraine").
WORDS_OF_ATTACK = {"attack", "assault", "target"}
# Words of a fight between two sides: between politicians ("Clinton and Sanders clashed over guns") a
# fight in words; between parties' supporters or workers as often one of fists, so persons only.
WORDS_OF_FIGHT = {"clash", "fight", "fighting", "battle", "spar", "feud"}
# What names an attack known by its place or date ("the Orlando attacks", "the 9/11 attacks"): an act of force.
NAMED_BY = {"GPE", "LOC", "FAC", "DATE", "CARDINAL"}
GENERIC_ASSAULT, CRITICISM = "190", "111"
SPEAKING_SECTORS = {"person": {"PTY", "LEG", "GOV", "JUD", "MED", "OPP"}, "organisation": {"PTY", "LEG", "MED"},
                    "group": {"PTY", "LEG", "MED"}}
ARMED_SECTORS = {"MIL", "REB", "COP", "CRM", "UAF", "SPY", "INS"}
# Acts whose passive subject is who acts: forces mobilised, demobilised or withdrawn move
# themselves ("police were deployed", "the army was withdrawn from the city"), as PLOVER's
# MOBILIZE and RETREAT code the forces that move, not whoever moved them.
FORCES_MOVED = ("15", "0873", "0874")
# The target kind of a pattern whose act is what someone says of the trigger's subject ("the IRA
# was behind the killings", "is responsible for the attack"): an accusation by the one saying it.
ATTRIBUTED = "subject"
# Verbs whose subject suffers the act ("three died in police firing", "came under criticism from").
VICTIM_VERBS = {"die", "perish", "succumb", "come", "face", "draw"}
# Roots of acts done by saying them, which an offer of them does ("offered an apology").
SAID_ROOTS = {"01", "05"}
# Verbs that say only that an act named by their object happens ("offered an apology", "issued a
# warning", "launched an offensive", "paid a visit"); an offer of a material act is an intention.
LIGHT_VERBS = {"offer", "issue", "make", "effect", "extend", "give", "deliver", "lodge", "file", "launch", "stage",
               "mount", "conduct", "hold", "pay", "carry", "announce", "begin", "start", "express", "voice"}
# Phrases whose words say what an act is about, for patterns' object words.
PHRASE_PREPOSITIONS = ("of", "into", "to", "on", "over", "for", "against", "with", "as", "from", "in", "under")
PHRASE_WORDS = 8
ASSASSINATION, ATTEMPTED_ASSASSINATION = "186", "185"
ATTEMPT_HEADS = {"try", "attempt", "plot"}
# Acts that several parties named together do to each other: agreeing, meeting, cooperating, fighting.
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
# Verbs that make any act reciprocal: "India and China traded accusations".
EXCHANGE_VERBS = {"exchange", "trade", "swap"}
ASKING_ROOTS = ("02", "10")
# Verbs that tell an act's casualties: two joined tell one act's toll.
TOLL_VERBS = {"kill", "injure", "wound"}
# Sectors of those through whom a state acts (its envoys, troops, police, spies): "its ambassador"
# is the source's own agent, never its target.
AGENT_SECTORS = {"GOV", "MIL", "COP", "SPY"}
# Confidence from how complete the arguments are, set by hand: an event with both a source and
# a target actor is rarely a false trigger; one with neither is emitted only where the text says
# something did it or that it happened ("a roadside bombing killed", "a bombing took place").
CONFIDENCE_BASE = 0.5
CONFIDENCE_PER_ARGUMENT = 0.2


def code_events(doc: Doc, actors: ActorAnalysis, quotes: Sequence[Quote],
                patterns: PatternSet) -> tuple[Event, ...]:
    """The events of ``doc``, one per trigger, in text order (before merging and dating)."""
    # the words that name a person, by the actors stage as well as by the tagger ("Trump" tagged ORG)
    people = frozenset(i for mention in actors.mentions if mention.kind != "pronoun"
                       and any(actors.actor(a).kind == "person" for a in mention.actors)
                       for i in range(mention.start, mention.end))
    # every word a pattern matches, events or not: what an appeal or a protest is for need not
    # have actors of its own ("urged Iran to release the sailors")
    matched = {token.i: pattern for token in doc
               if (pattern := _matching_pattern(token, patterns, people)) and pattern.cameo != NO_EVENT}
    coded: list[tuple[Token, Event]] = []
    triggers: set[int] = set()
    framed: set[int] = set()  # the acts a frame's code already says ("demanded the release")
    quotes_by_position = SpanIndex((q for q in quotes if q.content), span=lambda q: (
        min(c.start for c in q.content), max(c.end for c in q.content)))
    # where those who report are named ("..., a spokesman for the group said"): no act's target there
    reporters = [(q.speaker.span.start, q.speaker.span.end) for q in quotes if q.speaker and q.speaker.span]
    for token in doc:
        pattern = matched.get(token.i)
        if pattern is None or pattern.pos == "topic":
            continue
        if pattern.pos == "noun" and token.dep_ == "dobj" and token.head.i in triggers:
            continue  # "strengthen cooperation" is one event, not two
        if pattern.pos == "noun" and token.dep_ == "compound" and token.head.i in matched:
            continue  # "an arrest warrant", "peace talks": the word says what the act it names is
        if _light_verb_of_an_act(token, matched):
            continue  # "offered an apology", "issued a warning": the act is the noun's
        if pattern.derived and _curated_object(token, matched):
            continue  # "reimposed blockades": the blockade, as curated, not PETRARCH's reading of the verb
        if pattern.pos == "noun" and _in_a_name(token, actors):
            continue  # "the Asia-Pacific Economic Cooperation forum" names a body, not an act
        if pattern.pos == "noun" and token.lower_ in MONTHS and (token.ent_type_ == "DATE" or token.pos_ == "PROPN"):
            continue  # "in March" is when, not a march
        if pattern.pos == "noun" and pattern.cameo[:2] == STATEMENT_ROOT and token.dep_ == "pobj":
            continue  # "said in a statement", "according to a statement": how something was said
        if pattern.pos == "noun" and token.dep_ in ("attr", "oprd"):
            continue  # "is considered a threat", "was a mistake": what something is, not an act
        if _counted_share(token):
            continue  # "1 percent support Stein": a poll's figure, not an act
        source, target = _arguments(token, pattern, actors)
        if not source:
            source = tuple(a for a in _source_told_before(token, pattern, matched, coded) if a not in target)
        if not source and not target and not pattern.cameo.startswith(POLICE_CODES) \
                and not (_said_to_happen(token) and token.head.i not in matched if pattern.pos == "noun"
                         else _has_nominal_subject(token)):
            # "a roadside bombing killed one soldier" stays an event, and so does an arrest, whose
            # agent is the police (see located); a bare noun does not, unless said to have happened
            continue
        triggers.add(token.i)
        code = _coded_mode(token, _refined_by_object(token, pattern.cameo, matched))
        frame = frame_of(code)
        content = _content(token, matched) if frame else None
        if content is None and frame in PROTEST_FRAMES and pattern.pos == "noun":
            # "went on hunger strike, demanding ...": what the protest is for hangs from its verb
            content = _demand_of_its_verb(token, matched)
        if content is not None:
            code = framed_code(code, _content_code(content, matched))
            if frame != INTENT_ROOT:
                framed.add(content.i)
            if not target and matched[content.i].pos != "topic" \
                    and qualifier_country(token, actors.country_words) is None:  # not "rejected a U.S. offer"
                # "threatened to sever ties with Sweden": whom the framed act is done to
                inner_source, inner_target = _arguments(content, matched[content.i], actors)
                target = tuple(a for a in inner_target if a not in source)
        demand = _demanded(token, actors)
        if demand is not None:  # "Russia said Sudan must return the helicopter"
            code, source, target = "100", demand[0], demand[1]
        target = tuple(a for a in target if not _only_reporting(a, token, actors, reporters))
        if code == GENERIC_ASSAULT and _attack_in_words(token, source, target, actors):
            code = CRITICISM
        if code == PESSIMISM and _about_an_actor(token, target, actors):
            code = DISAPPROVAL  # concern about someone ("worried about Trump") finds fault with them
        mutual = code[:2] in RECIPROCAL_ROOTS or token.lemma_.lower() in EXCHANGE_VERBS
        if not target and len(source) > 1 and mutual:
            target = source  # "Pakistani and Indian troops exchanged fire": each on the other
        coded.append((token, _event(token, code, source, target, quotes_by_position)))
    codes = {token.i: event.cameo for token, event in coded}
    by_trigger = {token.i: event for token, event in coded}
    outcomes = set()
    for token, event in reversed(coded):  # an outcome of an outcome joins it before it joins the act
        act = _act_it_is_outcome_of(token, codes)
        if act is not None:
            outcomes.add(token.i)
            by_trigger[act.i] = _with_outcome(by_trigger[act.i], by_trigger[token.i], actors)
    kept = [(token, by_trigger[token.i]) for token, _ in coded
            if token.i not in framed and token.i not in outcomes
            and not _frame_of_another(token, triggers) and not _content_of_speech_act(token, codes)
            and not _purpose_or_background(token, codes, actors) and not _carried_on_by_its_purpose(token, codes)]
    # criticism and praise told as speech, after the filters: what a critic says happened stays
    # news; once per sentence, speaker and kind of act ("condemned the attacks, calling them an
    # atrocious crime" is one criticism)
    told = {(event.sentence, event.source, event.cameo[:2]) for _, event in kept}
    # an act the quote itself tells with no one named as its doer ("“I am concerned about his
    # stance,” Varmus said": "I" is no actor) is the speaker's stance, not a second event
    unsourced = {(event.sentence, event.cameo[:2], event.target): n for n, (_, event) in enumerate(kept)
                 if not event.source and event.target}
    named = [(verb, code, _with_conjuncts(_subject(verb), actors), _actors_of(name, actors))
             for verb, code, name in named_stances(doc, triggers) if not _counted_share(verb)]
    for token, code, source, target in [*stances(doc, actors, quotes, triggers), *named]:
        target = tuple(a for a in target if a not in source)
        if not target:
            continue  # a stance is towards someone ("called the plan reckless" names no one)
        event = _event(token, code, source, target, quotes_by_position)
        if (event.sentence, source, code[:2]) not in told:
            told.add((event.sentence, source, code[:2]))
            if (same := unsourced.get((event.sentence, code[:2], target))) is not None:
                trigger, act = kept[same]
                via = _reporting_chain(trigger, quotes_by_position, source)
                kept[same] = (trigger, replace(act, source=source, via=via,
                                               confidence=round(act.confidence + CONFIDENCE_PER_ARGUMENT, 2)))
            else:
                kept.append((token, event))
    return tuple(event for _, event in sorted(kept, key=lambda pair: pair[0].i))


def _source_told_before(trigger: Token, pattern: Pattern, matched: dict[int, Pattern],
                        coded: list[tuple[Token, Event]]) -> tuple[str, ...]:
    """Who did an agentless act done in an act the text refers back to ("police opened fire ... one
    person was killed in the firing"): the source of the last act of that kind told before. The
    act referred back to is no new event ("the embassy bombings", said again, are background)."""
    if pattern.pos == "noun":
        return ()
    act = next((o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for o in c.children if o.dep_ == "pobj" and o.i in matched and matched[o.i].pos == "noun"), None)
    if act is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in act.children):
        return ()
    plover = cameo_table()[matched[act.i].cameo].plover
    earlier = [event for token, event in coded if token.i < act.i and event.source
               and cameo_table()[event.cameo].plover == plover]
    return earlier[-1].source if earlier else ()


def _event(trigger: Token, code: str, source: tuple[str, ...], target: tuple[str, ...],
           quotes: SpanIndex[Quote]) -> Event:
    kind = cameo_table()[code]
    confidence = CONFIDENCE_BASE + CONFIDENCE_PER_ARGUMENT * (bool(source) + bool(target))
    sentence = trigger.sent
    return Event(id="", cameo=code, plover=kind.plover, mode=kind.mode, goldstein=kind.goldstein,
                 quad_class=kind.quad_class, source=source, target=target,
                 trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
                 sentence=(sentence.start_char, sentence.end_char), via=_reporting_chain(trigger, quotes, source),
                 negated=_negated(trigger), hypothetical=_hypothetical(trigger), confidence=round(confidence, 2))


def _only_reporting(actor: str, trigger: Token, actors: ActorAnalysis, reporters: list[tuple[int, int]]) -> bool:
    """Is the actor named in the trigger's sentence only as the one reporting it ("threatened to
    carry out attacks in Kenya, a spokesman for the group said", which the parser may hang on
    "Kenya")?"""
    if not reporters:
        return False
    doc = trigger.doc
    mentions = {(m.start, m.end) for token in trigger.sent if (m := actors.mention_at(token.i)) and actor in m.actors}
    named = [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end in mentions]
    return bool(named) and all(any(start < m_end and m_start < end for start, end in reporters)
                               for m_start, m_end in named)


def _demand_of_its_verb(noun: Token, matched: dict[int, Pattern]) -> Token | None:
    """The demand a clause of the noun's verb makes ("went on hunger strike, demanding that the
    president step down"), if any."""
    verb = _verb_of_noun(noun)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i in matched
                 and frame_of(matched[c.i].cameo) in ASKING_ROOTS), None)


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("began a hunger
    strike", "went on strike")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return head if head.pos_ in ("VERB", "AUX") and head != noun else None


def _light_verb_of_an_act(verb: Token, matched: dict[int, Pattern]) -> bool:
    """Is the verb one that says little but that an act happens, whose object names the act? Not
    where a pattern of the verb names that object itself ("held talks")."""
    own = matched.get(verb.i)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in LIGHT_VERBS and not (own and own.objects) and any(
        c.dep_ == "dobj" and c.i in matched and matched[c.i].pos == "noun" for c in verb.children)


def _content(trigger: Token, matched: dict[int, Pattern]) -> Token | None:
    """The nearest act or topic below a framing act: "urged Iran to *release*", "demanded the
    *release* of", "called for *talks*", "protested, demanding his *resignation*"."""
    queue = deque((child, 1) for child in trigger.children if _leads_to_content(child))
    while queue:
        token, depth = queue.popleft()
        if token.i in matched:
            return token
        if depth < CONTENT_DEPTH:
            queue.extend((child, depth + 1) for child in token.children if _leads_to_content(child))
    return None


def _leads_to_content(token: Token) -> bool:
    if token.dep_ == "prep":
        return token.lower_ in CONTENT_PREPOSITIONS
    return token.dep_ in CONTENT_DEPS


def _content_code(content: Token, matched: dict[int, Pattern]) -> str:
    """The code of what a frame is for; a protest "demanding" something, or a rejection of "calls
    for" something, is for that something."""
    code = matched[content.i].cameo
    if frame_of(code) in ASKING_ROOTS:
        inner = _content(content, matched)
        if inner is not None:
            return matched[inner.i].cameo
    return code


def _refined_by_object(verb: Token, code: str, matched: dict[int, Pattern]) -> str:
    """A verb's code made as specific as its object's own: "provided humanitarian aid" is 073
    where "provide" alone says 070."""
    if verb.pos_ != "VERB":
        return code
    stem = code.rstrip("0").ljust(2, "0")  # "100" is the root "10", not every code from 1
    for child in verb.children:
        pattern = matched.get(child.i)
        if child.dep_ == "dobj" and pattern is not None and pattern.pos != "topic" \
                and pattern.cameo.startswith(stem) and specificity(pattern.cameo) > specificity(code):
            return pattern.cameo
    return code


def _attack_in_words(trigger: Token, source: tuple[str, ...], target: tuple[str, ...], actors: ActorAnalysis) -> bool:
    """Is an attack one in words: by politicians, parties or the press, on no country and no armed
    force, with no weapon ("attacked him with a knife"); or a fight between politicians?"""
    lemma = trigger.lemma_.lower()
    fight = lemma in WORDS_OF_FIGHT
    if lemma not in WORDS_OF_ATTACK and not fight or not source \
            or not fight and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children) \
            or any(c.dep_ == "compound" and c.ent_type_ in NAMED_BY for c in trigger.children):
        return False  # "attacked him with a knife" (but one clashes "with" a rival); "the Orlando attacks"
    doers, done_to = [actors.actor(a) for a in source], [actors.actor(a) for a in target]
    return all(a.sector in SPEAKING_SECTORS.get(a.kind, ()) and (a.kind == "person" or not fight) for a in doers) \
        and all(a.kind != "country" and a.sector not in ARMED_SECTORS for a in done_to)


def _about_an_actor(trigger: Token, target: tuple[str, ...], actors: ActorAnalysis) -> bool:
    """Is a feeling or comment about one of its targets or what they own ("worried about Trump",
    "expressed concern over his remarks"), not about a state of affairs that names them further
    on ("concerns about a pattern of murdered women")?"""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]  # "expressed concern about"
    about = [o for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in FEELING_PREPOSITIONS
             for o in p.children if o.dep_ == "pobj"]
    return any(set(actors.actors_at(w.i)) & set(target)
               for o in about for w in (o, *(c for c in o.children if c.dep_ == "poss")))


def _in_a_name(token: Token, actors: ActorAnalysis) -> bool:
    """Is the word part of a body's name ("Economic Cooperation" in "Asia-Pacific Economic Cooperation")?"""
    mention = actors.mention_at(token.i)
    return mention is not None and mention.end - mention.start > 1 and token.ent_type_ in ("ORG", "FAC", "EVENT", "LAW")


def _purpose_or_background(token: Token, codes: dict[int, str], actors: ActorAnalysis) -> bool:
    """"blocked roads to press their demands": the purpose of an act is not an act. Nor is what
    a relative clause or a participle tells to qualify a noun ("refugees who have lived in Iraq",
    "nationals suspected of blowing up a plane", "weapons seized last year"): background, often
    told before, not the news ("an attempt to assassinate X" is the attempt, and stays; so is an
    actor's act told in a relative clause on the actor: "foiled by the police, who fired 20
    rounds"); nor an act named in a phrase of another, its topic ("blamed Israel for the bombing")."""
    if any(t.dep_ == "relcl" and not (t is token and _casualties_of_an_act(t, codes)) and not _tells_where(t)
           or t.dep_ == "acl" and not _infinitive(t) and not _violent_outcome(t, codes) and not _with_subject(t)
           and not _absolute_participle(t)
           and not (t is token and (_toll_of_an_act(t, codes) or _counted(t, codes)))
           and not _content_of_a_message(t) and not (_gerund_of_its_noun(t) and t.head.head.head.i not in codes)
           for t in _qualifying_clauses(token, actors)):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i in codes:
        return True
    if token.pos_ != "VERB":
        return False
    purpose = token.dep_ == "advcl" and _infinitive(token) and not _intended_act(token)
    return purpose and token.head.i in codes


def _qualifying_clauses(token: Token, actors: ActorAnalysis) -> Iterator[Token]:
    """The token and the words above it, up to the relative clause of an actor who acts that
    tells it: that actor's act is news in whatever clause the actor is named ("an attempt that
    was foiled by the police, who fired 20 rounds and arrested six men": "fired" and "arrested",
    though the police are named in a clause that qualifies "attempt")."""
    clause = token
    while clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head  # a conjoined verb without a subject shares its clause's
    for t in (token, *token.ancestors):
        if t.i == clause.i and t.dep_ == "relcl" and _acts_for_its_head(t, actors):
            return
        yield t


def _counted_share(trigger: Token) -> bool:
    """Is the act's subject or agent a share of people ("5 percent prefer Johnson", "supported by 42
    percent of those responding")? A poll's figure tells what people think, not what they did."""
    doer = (_agent(trigger) if _passive(trigger) else _subject(trigger)) if trigger.pos_ in ("VERB", "AUX") else None
    return doer is not None and doer.lower_ in SHARE_WORDS


def _casualties_of_an_act(clause: Token, codes: dict[int, str]) -> bool:
    """Is the relative clause the toll of an act it names ("84 persons who were killed in police
    firing", "three who died in the clash")? A toll is told as news of the act, unlike a
    description of its victims ("nine women who had been killed last year")."""
    return _relative_subject(clause) and _toll_of_an_act(clause, codes)


def _toll_of_an_act(verb: Token, codes: dict[int, str]) -> bool:
    """Is the violence the verb tells done in an act its phrase names ("killed in police firing",
    "two persons killed in the clash")?"""
    return codes.get(verb.i, "")[:2] in FORCE_ROOTS and any(
        c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPOSITIONS and any(
            o.dep_ == "pobj" and o.i in codes for o in c.children) for c in verb.children)


def _counted(participle: Token, codes: dict[int, str]) -> bool:
    """Is the participle a coercion or force said of a number of those it was done to ("12 persons
    arrested in the city", "several people arrested under the act", "the number of persons arrested
    has gone up to 1587"), or said of those someone is among ("the ambassador was among those
    injured")? A count of them is news of the act, as a toll is (not a count of things: "two
    killings blamed on the IRA")."""
    noun = participle.head
    tally = noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in TALLY_WORDS | CROWD_NUMBERS  # "hundreds of activists arrested"
    return participle.tag_ == "VBN" and codes.get(participle.i, "")[:2] in TOLL_ROOTS \
        and (tally or any(c.dep_ == "nummod" or c.lower_ in VAGUE_COUNTS for c in noun.children)
             or bool(_counted_among(noun)))


def _tells_where(clause: Token) -> bool:
    """Is the relative clause one of place or time ("in Halad, where the police opened fire",
    "since Friday evening, when the police had to fire 31 rounds", "by the time police rushed in")?
    It tells what happened there or then, as news, not what the place or the time is."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children) \
        or clause.head.lemma_.lower() in TIME_NOUNS and not any(c.tag_ in RELATIVE_PRONOUNS for c in clause.children)


def _content_of_a_message(participle: Token) -> bool:
    """"issued a statement apologizing to Sanders", "sent a letter urging Congress to act": what a
    message does is the act of whoever sends it, not a description of the message."""
    return participle.tag_ == "VBG" and participle.head.lemma_.lower() in MESSAGE_NOUNS


def _gerund_of_its_noun(participle: Token) -> bool:
    """"injured in police firing", "deaths due to police firing": the parser's participle on a noun
    is the noun "firing" the noun before it does, told as the circumstance of what happened: news,
    where what happened in it is no event of its own ("killed in police firing" is one killing)."""
    noun = participle.head
    preposition = noun.head if noun.dep_ == "pobj" else None
    due_to = preposition is not None and preposition.lower_ == "to" and preposition.head.lower_ == "due"
    return participle.tag_ == "VBG" and participle.i == noun.i + 1 and preposition is not None \
        and (preposition.lower_ in CIRCUMSTANCE_PREPOSITIONS or due_to)


def _absolute_participle(participle: Token) -> bool:
    """Is the participle the predicate of a "with" clause ("with police guarding the centres", "with
    15,000 forces staging a flag march", which the parser may hang on the noun)? Such a clause tells
    what its noun does, beside the main clause, not which of its kind is meant."""
    noun = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "acl":
        return False
    holder = noun.head.head if noun.dep_ == "nsubj" and noun.head.dep_ == "pcomp" else noun.head
    return noun.dep_ in ("pobj", "nsubj") and holder.dep_ == "prep" and holder.lower_ == "with"


def _with_subject(verb: Token) -> bool:
    """A participle that qualifies a noun has no subject of its own: one that has is a clause the
    parser hung on a noun before it ("ahmedabad: ..., the police nabbed the accused")."""
    return verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)


def _violent_outcome(participle: Token, codes: dict[int, str]) -> bool:
    """"fired 40 rounds killing two persons": a killing the parser hung on the thing a verb acts on
    is what the act did, news, not a description of the thing."""
    return participle.tag_ == "VBG" and participle.head.dep_ == "dobj" and \
        codes.get(participle.i, "")[:2] in FORCE_ROOTS


def _acts_for_its_head(clause: Token, actors: ActorAnalysis) -> bool:
    """Is a relative clause the act of an actor who acts in the sentence ("foiled by the police,
    who fired 20 rounds"), not of one acted on ("condemned Serbia, which attacked Croatia")?"""
    head = clause.head
    acting = head.dep_ in SUBJECT_DEPS or head.dep_ == "pobj" and head.head.dep_ == "agent"
    return acting and bool(actors.actors_at(head.i)) and _relative_subject(clause)


def _relative_subject(clause: Token) -> bool:
    """Is the relative clause's subject its relative pronoun ("who fired", "who were killed")?"""
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in clause.children)


def _participle_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


def _act_it_is_outcome_of(token: Token, codes: dict[int, str]) -> Token | None:
    """"attacked the camp, killing 156 people": what an act did is that act, one happening; so is
    what a participle joined to that one tells ("killing 20 and wounding 50"), and a toll joined to
    a toll ("killed one soldier and wounded two others", "two were killed and five were wounded",
    "six were killed and 58 injured", where the parser may hang the participle on the number).
    The act's trigger, or None where the token tells an act of its own."""
    toll = token.head.head if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "conj" \
        else token.head if token.dep_ == "conj" else None
    if toll is not None and toll.i in codes and {token.lemma_.lower(), toll.lemma_.lower()} <= TOLL_VERBS \
            and not any(c.dep_ == "nsubj" for c in token.children):  # those hurt, not another doer
        return toll
    clause = token
    while clause.dep_ == "conj" and clause.tag_ == "VBG" and clause.head.tag_ == "VBG":
        clause = clause.head
    if not _participle_clause(clause) or clause.head.i not in codes:
        return None
    table = cameo_table()
    return clause.head if table[codes[clause.head.i]].plover == table[codes[token.i]].plover else None


def _with_outcome(act: Event, outcome: Event, actors: ActorAnalysis) -> Event:
    """The act, done to those its outcome names too ("six were killed and 58 injured outside the
    embassy": one attack, on whom each part names), and by its outcome's doer where it names none.
    Of the outcome's targets, those of a known country ("killing 156 people" adds no one new to an
    attack on a camp)."""
    source = act.source or outcome.source
    target = (*act.target, *(a for a in outcome.target if a not in act.target and a not in source
                             and actors.actor(a).country))
    return replace(act, source=source, target=target)


def _carried_on_by_its_purpose(noun: Token, codes: dict[int, str]) -> bool:
    """"met the minister to finish their talks", "met again to resume the discussion": an act of the
    kind whose purpose is to carry on the act a noun names is that act, one happening (an agreement
    to hold exercises is not the exercises)."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj" or verb.i in codes:
        return False
    act = verb.head
    return verb.dep_ in ("advcl", "xcomp") and _infinitive(verb) and act.i in codes and act is not verb \
        and codes[act.i][:2] == codes[noun.i][:2] != INTENT_ROOT


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_nominal_subject(verb: Token) -> bool:
    """A subject that can act: a name, people ("prisoners"), or an attack ("a roadside bombing")."""
    subject = _subject(verb)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in CROWD_NUMBERS:  # "thousands of Kurds rallied": what the number counts acts
        subject = next(iter(_of_objects(subject)), None)
        if subject is None:
            return True  # "thousands rallied"
        lemma = subject.lemma_.lower()
    # "mortar rounds struck", "artillery fire hit": a weapon's word before the noun makes it one
    return subject.pos_ == "PROPN" or subject.ent_type_ == "NORP" \
        or subject.pos_ == "NOUN" and (lemma in PEOPLE or lemma in AGENT_NOUNS) \
        or any(c.dep_ == "compound" and c.lemma_.lower() in WEAPON_NOUNS for c in subject.children)


def _of_objects(noun: Token) -> list[Token]:
    """What the noun's "of" phrases name ("thousands of Kurds", "a contingent of peacekeepers")."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _said_to_happen(noun: Token) -> bool:
    """Is the act a noun names the subject of a verb that says it happened ("fighting erupted")?"""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in OCCURRENCE_VERBS or any((lemma, c.lower_) in OCCURRENCE_PHRASES for c in verb.children
                                            if c.dep_ in ("dobj", "prt"))


def _content_of_speech_act(token: Token, codes: dict[int, str]) -> bool:
    """"demanded that the US cancel plans": what is demanded, threatened or rejected is part of
    that act, not an event of its own; nor is what an accusation or investigation is about
    ("accused the police of firing"). What an allegation says happened in a clause of its own is
    reported, as what is said is ("alleged that the police opened fire": the firing, according to
    the one alleging it)."""
    child = token
    for depth, ancestor in enumerate(token.ancestors):
        if depth >= SPEECH_ACT_DEPTH:
            break
        root = codes.get(ancestor.i, "")[:2]
        if root in SPEECH_ACT_ROOTS or root in TOPIC_ROOTS and child.dep_ != "ccomp" \
                or root == AGREEMENT_ROOT and child.dep_ == "ccomp":
            return True
        child = ancestor
    return False


def _frame_of_another(token: Token, triggers: set[int]) -> bool:
    """"agreed to expand cooperation" is one event, the intended expansion, not an agreement too."""
    return token.lemma_.lower() in INTENT_HEADS and any(
        _intended_act(c) and (c.i in triggers or any(o.dep_ == "dobj" and o.i in triggers for o in c.children))
        for c in token.children)


def _intended_act(verb: Token) -> bool:
    """Is the verb what its head intends: its complement, or an infinitive the parser made a
    clause of purpose ("Norway offered on Tuesday to cooperate")?"""
    return verb.dep_ == "xcomp" or verb.dep_ == "advcl" and _infinitive(verb) \
        and verb.head.lemma_.lower() in INTENT_HEADS


def _curated_object(verb: Token, matched: dict[int, Pattern]) -> bool:
    """Does a curated pattern code the verb's object ("reimposed blockades")?"""
    return any(c.dep_ == "dobj" and c.i in matched and not matched[c.i].derived and matched[c.i].pos != "topic"
               for c in verb.children)


def _object_words(noun: Token, deps: tuple[str, ...] = ("compound",)) -> list[Token]:
    """Words that say what an object is: "a mediation effort", "700 kg of medicine", "tons of aid"
    (and with ``deps`` including amod, "humanitarian aid")."""
    words = [m for m in noun.children if m.dep_ in (*deps, "poss")]
    for preposition in (m for m in noun.children if m.dep_ == "prep" and m.lower_ == "of"):
        words.extend(o for o in preposition.children if o.dep_ == "pobj")
    return words


def _matching_pattern(token: Token, patterns: PatternSet, people: frozenset[int] = frozenset()) -> Pattern | None:
    """The pattern a word triggers: the first whose required object words and subject the text
    has (patterns with requirements first), or a topic word's."""
    lemma = token.lemma_.lower()
    if lemma not in patterns.first_words and token.lower_ not in patterns.first_words:
        return None  # every pattern is looked up by the word's lemma or its lower-cased form
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "amod", "compound"):
        if _participle_as_noun(token):
            return None  # "a case against the accused", "the injured were taken to hospital"
        pos = "verb"  # not "pledged delegates", "armed men"
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "noun"
    elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT"):
        pos = "adj"  # "said he was pessimistic about ...", not "pessimistic forecasts"
    elif _predicate_preposition(token):
        pos = "adj"  # "was behind the attack" says of its subject what an adjective would
    else:
        return None
    # a phrasal verb is its own trigger ("called off a strike", "stepped down"), never its bare verb's
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"] if pos == "verb" else []
    if pos == "verb" and not particles:
        # a particle the tagger took for an adverb ("stepped down", "walked out"), where the
        # phrasal verb is known
        particles = [c.lower_ for c in token.children if c.dep_ == "advmod" and c.i == token.i + 1
                     and c.lower_ in PARTICLES and patterns.lookup(f"{lemma} {c.lower_}", pos)]
    phrasal = [p for particle in particles for p in patterns.lookup(f"{lemma} {particle}", pos)]
    # a particle makes another verb ("backed up" a file, "set up" a centre, "called up" troops), as
    # PETRARCH lists phrasal verbs apart from their verb ("SET_UP" is not "SET"); a phrasal verb is
    # coded only by patterns of its own
    bare = (*patterns.lookup(lemma, pos), *patterns.lookup(token.lower_, pos))
    candidates = phrasal or ([] if particles else list(bare))
    if not candidates:
        topic = patterns.lookup(lemma, "topic") or patterns.lookup(token.lower_, "topic")
        return topic[0] if topic else None
    # what the act is on: a verb's object, or in the passive its subject ("shells were lobbed")
    passive = _passive(token)
    on = ("nsubjpass",) if passive else ("dobj",)
    things = {"verb": [c for c in token.children if c.dep_ in on], "noun": [token],
              "adj": [c for c in token.children if c.dep_ == "pobj"]}[pos]
    words = [*(things if pos != "noun" else ()), *(w for thing in things for w in _object_words(thing))]
    # markers: "+for", the act has a "for" phrase ("a call for talks" is an appeal, "a call with"
    # a phone call); "^on", the act is what "on" governs ("went on strike"); "&clause", the act
    # has a clause for its object ("denied targeting civilians", "denied that ..."), "&to" an
    # infinitive one ("asked him to resign", not "asked whether"); "#person",
    # a person is the object or subject ("Trump attacked Clinton" is words, not force); "!object",
    # a verb has no object ("dockworkers struck"); "&together", several do it together ("Jordan
    # and Britain held exercises")
    objects = _forms(words) | {f"+{c.lower_}" for c in token.children if c.dep_ == "prep"} | {
        "+dative" for c in token.children if c.dep_ == "dative"}
    # "called for the United States to step up its efforts": a "for" clause is the verb's "for" phrase
    if any(_for_clause(c) for c in token.children):
        objects.add("+for")
    if token.dep_ == "pobj":
        objects.add(f"^{token.head.lower_}")
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.tag_ == "VBG" for c in token.children):
        objects.add("&clause")
    if any(c.dep_ == "xcomp" and _infinitive(c) for c in token.children):
        objects.add("&to")
    if _names_a_person(things if pos == "verb" else _recipients(token), people):
        objects.add("#person")
    if pos == "verb" and not things:
        objects.add("!object")
    # the words of what the act is on or about, for curated patterns: the object's adjectives
    # ("humanitarian aid"), what is to be done ("declined to comment"), and the words of its
    # phrases ("accused him of taking bribes", "looked into allegations of torture"); PETRARCH's
    # patterns name the object itself ("* &MILITARY": troops, not "military observers")
    described = objects | _forms(m for thing in things for m in thing.children if m.dep_ == "amod")
    described |= _forms(c for c in token.children if c.dep_ in (("xcomp", "oprd") if pos == "verb" else ("acl", "relcl")))
    # what a naming verb calls its object ("called him a liar", "called the vote illegal")
    described |= _forms(m for c in token.children if c.dep_ == "oprd" and pos == "verb" for m in c.children
                        if m.dep_ == "amod")
    described |= _forms(_phrase_words(token))
    # the other things it is on ("a tanker and its crew"), what their "on" phrase names ("the ban
    # on the party"), and the subject and predicate of a clause the parser made of its object
    # ("allowed women to drive", "found a company guilty")
    described |= _forms(c for thing in things if thing is not token for c in thing.conjuncts)
    described |= _forms(o for thing in things for c in thing.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                        for o in c.children if o.dep_ == "pobj")
    described |= _forms(w for c in token.children if c.dep_ in ("ccomp", "xcomp") and pos == "verb"
                        for w in (c, *(s for s in c.children if s.dep_ in SUBJECT_DEPS)))
    subject = (_agent(token) if passive else _subject(token)) if pos != "noun" else _clause_subject_token(token)
    # a subject's own words, and what its "of" phrase says it is ("a contingent of peacekeepers")
    subjects = _forms([subject, *(m for m in subject.children if m.dep_ in ("compound", "amod")),
                       *_of_objects(subject)] if subject is not None else [])
    if pos == "noun":  # "police presence", "a police escort": the doer compounded on the act
        subjects |= _forms(c for c in token.children if c.dep_ == "compound")
    if subject is not None and (_is_person(subject, people) or subject.lower_ in ("he", "she")):
        subjects.add("#person")
    if subject is not None and subject.conjuncts:
        described.add("&together")
    # PETRARCH's patterns read the object of the active verb only
    active = objects if not passive else _forms(
        w for c in token.children if c.dep_ == "dobj" for w in (c, *_object_words(c)))
    ordered = sorted(candidates, key=lambda p: not (p.objects or p.subjects))
    found = next((p for p in ordered if (not p.objects or p.objects & (active if p.derived else described))
                  and (not p.subjects or p.subjects & subjects)), None)
    # a pattern the object itself satisfies before one of another kind of act that words elsewhere
    # in the phrase do ("opened fire on the mob in the market" is firing, not opening a market);
    # one of the same kind says more ("opened an investigation into corruption": 091, not 090)
    # (the object and what it is of, not whose it is: "weapons of mass destruction", but "released
    # her tax returns" is no release of "her")
    itself = _forms([*things, *(w for thing in things for w in _object_words(thing) if w.dep_ != "poss")]
                    if pos == "verb" else []) | {m for m in objects if m[:1] in "+&#^"}
    direct = next((p for p in ordered if p.cameo != NO_EVENT and not p.derived
                   and p.objects & itself and (not p.subjects or p.subjects & subjects)), None)
    return direct if direct is not None and found.cameo[:2] != direct.cameo[:2] else found


def _predicate_preposition(token: Token) -> bool:
    """A preposition that is what its clause says of the subject ("the IRA was behind the
    killings"), not where or when an act is ("was in Paris" aside, which no pattern names)."""
    return token.pos_ == "ADP" and token.dep_ == "prep" and token.head.lemma_ == "be" \
        and any(c.dep_ == "pobj" for c in token.children)


def _participle_as_noun(verb: Token) -> bool:
    """A participle that a determiner or number takes as a noun ("the accused", "12 accused"), or
    that stands as a preposition's object with nothing of a verb's on it ("against the accused")."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in NOMINAL_DEPS:
        return False
    return any(c.dep_ in ("det", "nummod") and c.i < verb.i for c in verb.children) or verb.dep_ == "pobj" \
        and not any(c.dep_ not in ("det", "amod", "nummod", "punct") for c in verb.children)


def _recipients(noun: Token) -> list[Token]:
    """Who an act a noun names is done by or to: its possessor and its "on"/"against" phrase."""
    return [c for c in noun.children if c.dep_ == "poss"] + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for o in c.children if o.dep_ == "pobj"]


def _names_a_person(words: list[Token], people: frozenset[int] = frozenset()) -> bool:
    """Is one of the words a person's name, or possessed by one ("Trump's record")?"""
    return any(_is_person(w, people) or any(c.dep_ == "poss" and _is_person(c, people) for c in w.children)
               for w in words)


def _is_person(word: Token, people: frozenset[int]) -> bool:
    """Is the word a person's name: tagged so, or a mention of a person actor (``people``)?"""
    return word.ent_type_ == "PERSON" or word.i in people


def _phrase_words(token: Token) -> list[Token]:
    """The words of an act's phrases that say what it is about ("of taking bribes", "into
    allegations of torture", "as human shields"), a few words each."""
    words = []
    for preposition in token.children:
        if preposition.dep_ == "prep" and preposition.lower_ in PHRASE_PREPOSITIONS:
            words.extend(list(preposition.subtree)[1:1 + PHRASE_WORDS])
    return words


def _clause_subject_token(noun: Token) -> Token | None:
    """Who does what a noun names, by the verb it hangs from ("police went on high alert")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ in ("dobj", "pobj", "attr") and head.pos_ in ("VERB", "AUX") and head != noun:
        return _subject(head)
    return None


def _forms(words) -> set[str]:
    return {form for word in words for form in (word.lemma_.lower(), word.lower_)}


def _arguments(trigger: Token, pattern: Pattern, actors: ActorAnalysis) -> tuple[tuple[str, ...], tuple[str, ...]]:
    passive = _passive(trigger) and not _stative(trigger)
    victim = None
    if ATTRIBUTED in pattern.targets:
        # "police said the IRA was behind the killings": the police accuse the IRA
        said_of = _with_conjuncts(_subject(trigger.head if trigger.pos_ == "ADP" else trigger), actors)
        return tuple(a for a in _attributing_speaker(trigger, actors) if a not in said_of), said_of
    if pattern.pos != "noun" and trigger.lemma_.lower() in VICTIM_VERBS:
        # "three died in police firing", "Clinton came under criticism from Sanders"
        victim = _subject(trigger)
        source = _source_in_its_setting(trigger, actors) or _target(trigger, pattern, actors, passive=False)
    elif pattern.pos != "noun":
        source = _with_conjuncts(_agent(trigger) if passive else _subject(trigger), actors)
    else:
        source = _noun_source(trigger, actors, pattern)
    if not source and passive:
        if pattern.cameo.startswith(FORCES_MOVED):  # "police were deployed": the forces move
            source = _with_conjuncts(_subject(trigger), actors)
        else:
            source = _source_in_its_setting(trigger, actors)  # "were killed in police firing"
    if victim is not None:
        return source, tuple(a for a in _with_conjuncts(victim, actors) if a not in source)
    # the first place that names someone other than the source ("Syria offered its troops to
    # Hrawi": the troops are Syria's own, the target is Hrawi)
    # whom a request, demand or threat is put to may be the one its content says must act
    # ("requested that Sweden extradite")
    target = (_not_own(_target(trigger, pattern, actors, passive), source, trigger, actors)
              or _addressed_in_content(trigger, pattern, actors, exclude=source)
              or _not_own(_any_target(trigger, actors, passive), source, trigger, actors))
    if not target and ((qualifier := qualifier_country(trigger, actors.country_words)) is None
                       or qualifier in {actors.actor(a).country for a in source}):
        # "opposed to French mediation in talks with Syria": France, as the targeting stage
        # finds from the adjective, before Syria deep in the phrase; but not the source's own
        # country ("suspended services between Australia and Indonesia")
        target = _first_actor_after(trigger, actors, exclude=source)
    if pattern.pos == "noun" and not target and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        # "dispatched inspectors to Esfahan": where the verb sends or points the act
        sending = replace(pattern, targets=SENDING_PREPOSITIONS)
        target = _others(_target(trigger.head, sending, actors, passive=False), source)
    if pattern.pos == "noun" and source and not target:
        target = _governing_subject(trigger, actors, exclude=source)
    if not source and len(target) >= 2 and pattern.pos == "noun":
        source, target = target[:1], target[1:]  # "talks between X and Y"
    if pattern.pos == "noun" and not source and (target or not pattern.targets or pattern.cameo[:2] == PROTEST_ROOT):
        # a weak source, so only where the pattern is satisfied: "talks with X", "a statement";
        # a protest is its clause subject's ("Nigerians converged for a rally")
        source = _clause_subject(trigger, actors)
    return source, _not_own(target, source, trigger, actors)


def _passive(verb: Token) -> bool:
    """A passive, with its own subject or one raised to the verb above ("are reported to have
    been injured": the injured are the subject of "reported"); a past participle on a noun ("two
    persons killed in police firing"); or a participle with a "by" phrase,
    its own or its conjunct's ("was shot and killed by an officer", "people shot and killed by
    police", which the parser may give a subject of its own)."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) or \
        verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl") or \
        verb.tag_ in ("VBN", "VBD") and _shared_agent(verb)


def _shared_agent(verb: Token) -> bool:
    """Has the participle a "by" phrase, or one its conjunct shares ("shot and killed by police";
    not "police fired and were attacked by a mob", where each verb has its own clause)?"""
    return any(child.dep_ == "agent" for candidate in (verb, *verb.conjuncts)
               if candidate is verb or not any(c.dep_ in CLAUSE_OF_ITS_OWN for c in candidate.children)
               for child in candidate.children)


def _stative(trigger: Token) -> bool:
    """"Israel is opposed to French mediation": a state of its subject, who acts, not a passive."""
    return trigger.lemma_.lower() in STATIVE_PASSIVES and not _agent(trigger) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)


def _others(found: tuple[str, ...], source: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a for a in found if a not in source)


def _not_own(found: tuple[str, ...], source: tuple[str, ...], trigger: Token,
             actors: ActorAnalysis) -> tuple[str, ...]:
    """The actors found other than the source and the agents its sentence calls the source's own
    ("Qatar recalled its ambassador from Egypt": the ambassador is whom Qatar acts through; but
    "the regime arrested its critics" targets them)."""
    if not source:
        return _others(found, source)
    sentence = trigger.sent
    named = actors.mentions_in(sentence.start, sentence.end)
    owners = {m.start for m in named if m.end == m.start + 1 and set(m.actors) & set(source)}
    own = {a for m in named if m.end > m.start + 1 and m.start in owners and sentence.doc[m.start].dep_ == "poss"
           for a in m.actors if actors.actor(a).sector in AGENT_SECTORS}
    return tuple(a for a in _others(found, source) if a not in own)


def _subject(verb: Token) -> Token | None:
    if _gerund_of_its_noun(verb) or _absolute_participle(verb):
        return verb.head  # "in police firing", parsed as police who are firing; "with police guarding"
    if verb.tag_ == "VBG" and verb.dep_ in NOMINAL_DEPS:
        # a gerund used as a noun is done by the word compounded on it ("injured in police firing")
        doer = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
        if doer is not None:
            return doer
    current = verb
    for _ in range(4):
        if current == verb.head and _participle_clause(verb) and (agent := _agent(current)) is not None:
            return agent  # "was attacked by militiamen, killing 156": the militiamen killed
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # of two subjects the parser gave one verb (run-on text: "... hindi the delhi police
            # had held meetings"), the nearer one before it
            before = [c for c in subjects if c.i < current.i]
            return before[-1] if before else subjects[0]
        # a verb with no subject whose clause opens with a name the parser hung on it as an
        # adverb (lower-case text: "washington along with its allies demanded")
        opening = next((c for c in current.children if c.dep_ == "npadvmod" and c.i == current.left_edge.i
                        and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")), None)
        if opening is not None:
            return opening
        controller = _controlling_object(current)
        if controller is not None:
            return controller
        if current.dep_ in CLIMB_DEPS and current.head != current:
            current = current.head
        elif current.dep_ == "pobj" and current.head.head != current.head:
            current = current.head.head
        else:
            return None
    return None


def _controlling_object(verb: Token) -> Token | None:
    """Whom a verb of causing or asking makes do its infinitive: "prompted the police to open
    fire", "forced troops to withdraw"."""
    head = verb.head
    if head == verb or verb.dep_ not in ("xcomp", "advcl", "ccomp") or not _infinitive(verb) \
            or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _with_conjuncts(token: Token | None, actors: ActorAnalysis) -> tuple[str, ...]:
    """"Gaddafi and Zhivkov signed": every conjoined subject is a source."""
    if token is None:
        return ()
    found: list[str] = []
    for member in (token, *token.conjuncts):
        found.extend(a for a in _actors_of(member, actors) if a not in found)
    return tuple(found)


def _any_target(trigger: Token, actors: ActorAnalysis, passive: bool) -> tuple[str, ...]:
    """Where the pattern names no target the text gives: the object, or "to"/"with"/"against"/
    "on" an actor ("offered to hand over to Great Britain ...")."""
    pattern = Pattern(trigger.lemma_.lower(), "verb", "", ("dobj", "to", "with", "against", "on"))
    return _target(trigger, pattern, actors, passive)


def _addressed_in_content(trigger: Token, pattern: Pattern, actors: ActorAnalysis,
                          exclude: tuple[str, ...]) -> tuple[str, ...]:
    """"The PRC demanded that the US cancel ...", "called for the United States to step up its
    efforts": a demand or threat targets its content's subject."""
    if pattern.cameo[:2] not in SPEECH_ACT_ROOTS:
        return ()
    for child in trigger.children:
        if (child.dep_ in ("ccomp", "xcomp") or _for_clause(child)) and child.pos_ in ("VERB", "AUX"):
            found = tuple(a for a in _with_conjuncts(_own_subject(child), actors) if a not in exclude)
            if found:
                return found
    return ()


def _for_clause(clause: Token) -> bool:
    """A clause opened by "for" ("called for the United States to step up its efforts"), which the
    parser may hang on the verb as an adverbial clause."""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                              for m in clause.children)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _first_actor_after(trigger: Token, actors: ActorAnalysis, exclude: tuple[str, ...]) -> tuple[str, ...]:
    """The first actor named after the trigger in its own phrase ("granted asylum to five
    Panamanian army officers"), not inside a clause of another verb."""
    for token in trigger.subtree:
        if token.i <= trigger.i:
            continue
        path = [token, *token.ancestors]
        between = path[1:path.index(trigger)] if trigger in path else []
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "prt") for t in between):
            continue
        if any(t.dep_ == "prep" and t.lower_ in NOT_TARGET_PREPOSITIONS for t in between):
            continue
        found = tuple(a for a in actors.actors_at(token.i) if a not in exclude)
        if found:
            return _other_ends(token, exclude, actors) or found
    return ()


def _other_ends(token: Token, source: tuple[str, ...], actors: ActorAnalysis) -> tuple[str, ...]:
    """Where the source's own country is named with others, those others: it is an end of a route
    or a link the source acts on, not whom it acts on ("Qantas suspended services between
    Australia, Indonesia and Thailand" targets Indonesia and Thailand)."""
    own = {actors.actor(a).country for a in source} - {None}
    listed = [a for a in _with_conjuncts(token, actors) if a not in source]
    others = tuple(a for a in listed if actors.actor(a).country not in own)
    return others if len(others) < len(listed) else ()


def _agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive, or of the passive it is conjoined with ("were pardoned and
    freed by Belarus")."""
    for candidate in (verb, *verb.conjuncts):
        for child in candidate.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _noun_source(noun: Token, actors: ActorAnalysis, pattern: Pattern | None = None) -> tuple[str, ...]:
    """Who does what a noun names: its possessor ("Russia's invasion"), its "by" phrase, its "of" phrase where that is not whom the
    act is done to ("the arrest of X"), or the subject of the verb it is the object of. ``pattern``:
    the noun's own, if it triggers an event; a noun another act happens in ("killed in police
    firing") has none, and its compounded actor is who acts ("police", "army shelling")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return _actors_of(child, actors)
    if pattern is None:  # the act an agentless act happened in: "police firing", "army shelling"
        for child in noun.children:
            if child.dep_ == "compound" and actors.actors_at(child.i):
                return actors.actors_at(child.i)
    prepositions = ("by",) if pattern is not None and "of" in pattern.targets else ("of", "by")
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            found = _actors_of(next((c for c in child.children if c.dep_ == "pobj"), None), actors)
            if found:
                return found
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return _with_conjuncts(_subject(noun.head), actors)
    return ()


def _source_in_its_setting(trigger: Token, actors: ActorAnalysis) -> tuple[str, ...]:
    """"killed in police firing", "died during army shelling": an act with no agent of its own
    is done by whoever does the act its "in" phrase names; the parser may make the doer the phrase's
    object and the act a gerund on it ("in [police] [firing]"). A verb joined to one whose phrase
    it shares takes that phrase too ("one was killed and five injured in police firing")."""
    shared = [c for c in trigger.conjuncts if c.i > trigger.i and c.tag_ == "VBN"] if trigger.tag_ == "VBN" else []
    for child in (c for verb in (trigger, *shared) for c in verb.children):
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
            for act in (c for c in child.children if c.dep_ == "pobj"):
                found = _noun_source(act, actors) or _named_in_compound(act, actors)  # "[police] firing"
                if not found and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in act.children):
                    found = _actors_of(act, actors)
                if found:
                    return found
    return ()


def _clause_subject(noun: Token, actors: ActorAnalysis) -> tuple[str, ...]:
    """"In a statement, Lavrov said": the subject of the verb the noun's phrase hangs from."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return _actors_of(_subject(noun.head.head), actors)
    return ()


def _governing_subject(noun: Token, actors: ActorAnalysis, exclude: tuple[str, ...]) -> tuple[str, ...]:
    """"X's visit came at the invitation of Y": the invited is the governing clause's subject."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        subject = _subject(noun.head.head)
        found = _actors_of(subject, actors)
        return tuple(a for a in found if a not in exclude)
    return ()


def _attributing_speaker(trigger: Token, actors: ActorAnalysis) -> tuple[str, ...]:
    """Who says what the trigger's clause says: the nearest subject naming an actor of the verbs
    whose complement the clause is ("police said they believe the IRA was behind ...")."""
    clause = trigger.head if trigger.pos_ == "ADP" else trigger
    while clause.dep_ in ("ccomp", "acomp") and clause.head != clause:
        if clause.dep_ == "ccomp":
            found = _actors_of(_subject(clause.head), actors)
            if found:
                return found
        clause = clause.head
    return ()


def _target(trigger: Token, pattern: Pattern, actors: ActorAnalysis, passive: bool) -> tuple[str, ...]:
    found: list[str] = []
    for kind in pattern.targets:
        if kind == "dobj":
            tokens = [c for c in trigger.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
            if passive and not tokens and trigger.dep_ == "acl":
                # "two persons killed in police firing": the persons; "the ambassador was among
                # those injured": the ambassador too
                tokens = [trigger.head, *_counted_among(trigger.head)]
            elif passive and not tokens and (raised := _subject(trigger)) is not None:
                tokens = [raised]  # "are reported to have been injured"
        else:
            # the parser calls "to X" after an object a dative ("offer an apology to Sanders")
            tokens = [_preposition_object(c) for c in trigger.children
                      if c.dep_ in ("prep", "dative") and c.lower_ == kind]
            tokens = [t for t in tokens if t is not None]
        for token in tokens:
            for member in (token, *[c for c in token.conjuncts]):
                found.extend(a for a in _actors_of(member, actors) if a not in found)
        if found:
            break
    if not found and trigger.pos_ != "NOUN":
        # "held talks with X", "voiced its displeasure with South Korea's decision", "demanded an
        # explanation from Greece": the target hangs from the object
        for noun in (c for c in trigger.children if c.dep_ == "dobj"):
            found.extend(_target(noun, replace(pattern, objects=frozenset(), targets=tuple(
                t for t in pattern.targets if t != "dobj")), actors, passive=False))
    return tuple(found)


def _counted_among(noun: Token) -> list[Token]:
    """The subject a copula puts among the noun's people ("X was among hundreds injured")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "among" or preposition.head.lemma_ != "be":
        return []
    return [c for c in preposition.head.children if c.dep_ == "nsubj"]


def _preposition_object(preposition: Token) -> Token | None:
    """The object of a preposition, or the word right after one the parser left without
    ("granted asylum to five officers holed up ...", parsed with the officers as a subject)."""
    found = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if found is None and preposition.n_lefts + preposition.n_rights == 0 and preposition.i + 1 < len(preposition.doc):
        found = preposition.doc[preposition.i + 1]
    return found


def _actors_of(token: Token | None, actors: ActorAnalysis) -> tuple[str, ...]:
    """Actors a token stands for; a noun that is no actor ("his country") falls back to its possessor."""
    if token is None:
        return ()
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        token = token.head.head  # "Lavrov, who was in Pyongyang": who is Lavrov
    found = actors.actors_at(token.i)
    if found:
        return found
    for child in token.children:  # "Iran's religious leader Ayatollah Ruhollah Khomeini": the one named
        if child.dep_ == "appos" and actors.actors_at(child.i):
            return actors.actors_at(child.i)
    named = _named_in_compound(token, actors)  # "the APEC forum", "Osama bin Laden's al-Qaeda network"
    if named:
        return named
    for child in token.children:
        if child.dep_ == "poss":
            return actors.actors_at(child.i)
    for child in token.children:  # "the servicemen of the Korean People's Army", "a camp for refugees"
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and actors.actors_at(pobj.i):
                return actors.actors_at(pobj.i)
    return ()


def _named_in_compound(token: Token, actors: ActorAnalysis) -> tuple[str, ...]:
    """The actor a noun's own name words give, however deep ("a Security Council resolution")."""
    for child in token.children:
        if child.dep_ in ("compound", "nmod"):
            found = actors.actors_at(child.i) or _named_in_compound(child, actors)
            if found:
                return found
    return ()


def _negated(trigger: Token) -> bool:
    if any(c.dep_ == "neg" for c in trigger.children) or _no_one(trigger) or _passed_over(trigger):
        return True
    if _object_of_a_light_verb(trigger):
        return _negated(trigger.head)  # "did not make any arrests"
    if _denied(trigger):
        return True
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_.lower() in ABILITY_WORDS and head.dep_ == "acomp":
        # "have not been able to arrest", "were unable to stop": the ability is the copula's
        return head.lemma_.lower() in NEGATIVE_ABILITY or any(c.dep_ == "neg" for c in head.head.children)
    return trigger.dep_ == "xcomp" and (head.lemma_.lower() in NEGATING_HEADS
                                       or any(c.dep_ == "neg" for c in head.children))


def _denied(trigger: Token) -> bool:
    """"denied that any arrest had been made", "denied that its troops fired on the crowd": the
    act a denial says did not happen (the denial itself is an act of its own, 016)."""
    clause = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and trigger.pos_ == "NOUN" else trigger
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in DENYING_VERBS


def _passed_over(trigger: Token) -> bool:
    """"change the laws rather than criticize him", "attacked instead of negotiating": the act set
    aside for another is not done."""
    before = [t.lower_ for t in trigger.doc[max(trigger.i - 2, 0):trigger.i]]
    return before in (["rather", "than"], ["instead", "of"])


def _object_of_a_light_verb(noun: Token) -> bool:
    """The act a light verb says happens ("made arrests"), whose mode is the verb's."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS


def _no_one(trigger: Token) -> bool:
    """"no one was arrested", "not a single activist has been held", "nobody was killed", "no
    arrests", "police arrested nobody": an act done to or by no one, or a noun act there was none of."""
    subjects = [trigger] if trigger.pos_ == "NOUN" else \
        [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(s.lower_ in NEGATIVE_PRONOUNS or any(_none_of(c) for c in s.children) for s in subjects)


def _none_of(modifier: Token) -> bool:
    """"no", "neither", or the "not" of "not a single" ("not all" protesters is some of them)."""
    if modifier.dep_ == "det" and modifier.lower_ in NEGATIVE_DETERMINERS:
        return True
    return modifier.dep_ == "neg" and any(m.lower_ in ("single", "one") for m in modifier.head.children)


def _hypothetical(trigger: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in trigger.children):
        return True
    bare = trigger.dep_ == "conj" and trigger.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass")
                                                                      for c in trigger.children)
    if bare or _participle_clause(trigger):
        # "could reverse the rules or appeal", "could deploy courts, pushing for ...": the mood of
        # the verb they are joined to or tell the manner of
        if _hypothetical(trigger.head):
            return True
    if _object_of_a_light_verb(trigger) and _hypothetical(trigger.head):
        return True  # "may make arrests"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("under", "into") and trigger.head.head.pos_ == "VERB" \
            and _hypothetical(trigger.head.head):
        return True  # "may be put under house arrest", "could be taken into custody"
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in HYPOTHETICAL_HEADS | LIKELIHOOD:
        return True  # "threatened to strike", "are likely to strike"
    if trigger.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD
                                       for c in trigger.head.children):
        return True  # "a crackdown is likely from Tuesday"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in LIKELIHOOD | {"potential"}
                                      for c in trigger.children):
        return True  # "committed to a possible strike", "an imminent attack"
    clauses = [t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")]
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in clauses for c in t.children) \
        or any(_inverted_condition(t) for t in clauses)


def _inverted_condition(verb: Token) -> bool:
    """Is the clause a condition put by "had" before its subject ("had the army been deployed on
    time, ...", "had they put pressure on the government")? It says what did not happen."""
    # (not a "that" the parser took for a subject: "observed that had the army been deployed")
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP")]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" and subjects and c.i < min(subjects)
               for c in verb.children)


def _coded_mode(trigger: Token, code: str) -> str:
    """The code for how the act is put: done, intended, threatened or refused.

    "will withdraw unless ..." and a forceful act "if ..." are threats, as is force one says one
    would use ("said they would blockade Paris"); "would allow" and "will visit" intentions; "will
    not accept" a refusal; "announced it would prohibit aid" (a decision told in the past) is the
    act itself.
    """
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "fail" and code[:2] in COOPERATIVE_ROOTS:
        return "120"  # "failed to reach agreement"
    if code == ASSASSINATION and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ATTEMPT_HEADS:
        return ATTEMPTED_ASSASSINATION  # "tried to assassinate"
    intended = _intended(trigger)
    if not intended:
        return code
    conflict = code[:2] in CONFLICT_ROOTS
    condition = _condition(trigger)
    if condition == "unless" or condition == "if" and conflict:
        return compose(THREAT_ROOT, code) or "130"
    if _negated(trigger) and code[:2] in COOPERATIVE_ROOTS:
        return compose(REJECT_ROOT, code) or "120"
    if conflict and _only_would(trigger) and code[:2] in FORCE_ROOTS:
        return compose(THREAT_ROOT, code) or "138"
    if code[:2] in VERBAL_ROOTS or conflict and _only_would(trigger):
        return code
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in LIGHT_VERBS and code[:2] in SAID_ROOTS:
        return code  # "offered an apology", "offered its support": said, so done
    return intent_code(code)


def _condition(trigger: Token) -> str | None:
    for clause in trigger.children:
        if clause.dep_ == "advcl":
            for mark in clause.children:
                if mark.dep_ == "mark" and mark.lower_ in ("unless", "if"):
                    return mark.lower_
    return None


def _auxiliaries(trigger: Token) -> set[str]:
    """The auxiliaries that put the act: the trigger's own, or for an act named by a verb's object
    the verb's ("may extend its naval blockade", "would impose sanctions")."""
    named_act = trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB"
    verb = trigger.head if named_act else trigger
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def _only_would(trigger: Token) -> bool:
    auxiliaries = _auxiliaries(trigger)
    return "would" in auxiliaries and not auxiliaries & FUTURE_AUX


def _demanded(trigger: Token, actors: ActorAnalysis) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An act someone says another "must" do is a demand by the one who says it."""
    if not any(c.dep_ == "aux" and c.lower_ == "must" for c in trigger.children):
        return None
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in ("say", "announce", "insist", "declare", "state"):
        return None
    source = _with_conjuncts(_subject(trigger.head), actors)
    target = _with_conjuncts(_own_subject(trigger), actors)
    return (source, target) if source else None


def _intended(trigger: Token) -> bool:
    if _auxiliaries(trigger) & (FUTURE_AUX | {"would", "may", "might"}):
        return True
    current = trigger
    for _ in range(4):
        if (current.dep_ in INTENT_CLIMB_DEPS or _intended_act(current)) and current.head != current:
            current = current.head
            if current.lemma_.lower() in INTENT_HEADS or _looks_forward(current):
                return True
        else:
            return False
    return False


def _looks_forward(token: Token) -> bool:
    return token.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in token.children)


def _reporting_chain(trigger: Token, quotes: SpanIndex[Quote], source: tuple[str, ...]) -> tuple[str, ...]:
    """Events inside a quote keep its speaker chain: "KCNA reported that X met Y" is via KCNA."""
    containing = [q for q in quotes.around(trigger.idx, trigger.idx)
                  if any(c.start <= trigger.idx < c.end for c in q.content)]
    if not containing:
        return ()
    innermost = min(containing, key=lambda q: sum(c.end - c.start for c in q.content))
    chain = list(innermost.via)
    speaker = innermost.speaker.actor if innermost.speaker else None
    if speaker and speaker not in source and speaker not in chain:
        chain.append(speaker)
    return tuple(chain)


def merge_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """One event per happening: same root code and same actors merge; the most specific code wins,
    and a dated or placed mention lends its date or place to the merged event."""
    merged: list[Event] = []
    slots: dict[tuple, list[int]] = {}  # by _happening_key: merging keeps an event's key
    for event in events:
        same_key = slots.setdefault(_happening_key(event), [])
        twin = next((i for i in same_key if _same_happening(merged[i], event)), None)
        if twin is None:
            same_key.append(len(merged))
            merged.append(event)
            continue
        kept = merged[twin]
        best = event if _specificity(event) > _specificity(kept) else kept
        merged[twin] = replace(best, date=kept.date or event.date, place=kept.place or event.place,
                               via=kept.via or event.via, confidence=max(kept.confidence, event.confidence))
    return tuple(replace(event, id=f"E{n}") for n, event in enumerate(merged, start=1))


def _same_happening(one: Event, other: Event) -> bool:
    dates = {e.date.value for e in (one, other) if e.date and e.date.value}
    return _happening_key(one) == _happening_key(other) and len(dates) <= 1


def _happening_key(event: Event) -> tuple:
    return (event.cameo[:2], frozenset((*event.source, *event.target)), event.negated, event.hypothetical)


def _specificity(event: Event) -> int:
    return len(event.cameo.rstrip("0"))
