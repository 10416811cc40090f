"""Who said it, to whom, through whom: cue, speaker, addressee and reporting chain of a quote.

Everything here reads the dependency parse: the cue is the reporting verb that governs the
quoted words, the speaker its subject, the addressee its object ("told X") or "to X", and the
reporting chain the reporting verbs above it ("KCNA reported that Kim said ...": via KCNA) or a
passive "was quoted as saying", which points to the article's reporting source.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.actors.mentions import (ARMED_ACTS, HARDWARE, MEDIA_NOUNS, MEDIA_SECTOR, ONE_PERSON, PEOPLE,
                                       TITLE_HEADS, counted, informant_word)
from newsgraph.ingest.clean import dateline_match
from newsgraph.quotes.cues import CueLexicon
from newsgraph.records import Party, Span

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A verb without a subject of its own takes the one of the word it hangs on this way ("said ...,
# adding", "began by saying").
CLIMB_DEPS = ("conj", "xcomp", "pcomp", "advcl", "parataxis", "dep", "prep")
ADDRESSEE_DEPS = ("dobj", "dative", "iobj")
CIVILIAN_SECTOR = "CVL"
DASHES = ("―", "—", "–", "--", "-")
CLOSING_MARKS = "”\"'’»"
# How far after a cue an inverted subject may start ("said Rep. Elijah E. Cummings"), and the verb
# forms that invert ("says Smith", "said Smith", "writes Smith").
INVERTED_SUBJECT_WINDOW = 5
MAX_NAME_WORDS = 4
FINITE_TAGS = ("VBD", "VBZ", "VBP")
PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})
# verbs whose own subject, not their object, does what their complement says ("promised him to ...")
SUBJECT_CONTROL = ("promise", "vow", "pledge", "threaten")
SPEAKING_KINDS = ("person", "organisation", "group")
# Verbs whose object is who is spoken to, not what is said ("told reporters"), nor their subject
# ('"...," Cohen told Mr. Obama' never inverts as '"...," said Mr. Obama' does).
ADDRESSEE_CUES = {"tell", "ask", "inform", "remind", "assure", "reassure", "notify", "urge", "warn", "thank"}
# Verbs that, besides the addressee verbs, may name whom they were said to ("said to reporters",
# "confessed to interrogators", "explained to the committee").
SAID_TO_CUES = ("say", "write", "confess", "admit", "explain", "complain", "announce", "reveal", "declare",
                "describe", "repeat", "insist", "concede", "disclose", "pledge", "promise", "vow", "apologise",
                "apologize", "lie", "speak", "talk")
# Verbs of turning to someone or calling them, whose object is who a verb of saying joined to them
# speaks to ("looked at me and said", "came up to me and asked", "turned to the judge and said",
# "called me and said").
TURNING_VERBS = ("look", "turn", "come", "walk", "lean", "approach", "face", "glance", "stare", "go", "run",
                 "call", "phone", "ring", "text")
OBJECT_PRONOUNS = ("me", "him", "her", "us", "them")
# Whom a relayed report says was told, standing for the one who relays it: a person, or an outlet
# or body ("it")
RELAYED_ADDRESSEES = (*OBJECT_PRONOUNS, "it")
# Prepositions that set a report in time and place ("said on "Meet the Press"", "told reporters
# at the "Road to Majority" conference"): quoted words under them are names, not what is said.
SETTING_PREPOSITIONS = ("on", "in", "at", "during")
# How many tokens after a closing mark a trailing "he asks." may take: room for a speaker named
# at length ("James B. Comey Jr., the director of the F.B.I., said").
TRAILING_CUE_WINDOW = 16
# Raw article text may put a headline and a blank line before the dateline.
DATELINE_PARAGRAPHS = 5
# Verbs by which a reporter relays another's words: "Xinhua quoted X as saying", "citing X, Reuters
# reported", "X, quoted by AFP, said", "witnesses cited by the BBC".
RELAY_VERBS = ("quote", "cite")
# Verbs by which "as ... by X" names who passed a report on ("..., as quoted by RIA Novosti").
PASSING_ON_VERBS = (*RELAY_VERBS, "report", "carry", "broadcast", "publish")
# What a statement is made in, and which a broadcaster or agency carries: "in a statement carried by
# KCNA", "in remarks broadcast by state television", "in an interview with the BBC".
STATEMENT_FORMS = {"statement", "remarks", "remark", "interview", "address", "comments", "comment", "message",
                   "speech", "communique", "communiqué", "broadcast", "video", "post", "letter", "announcement",
                   "briefing", "report", "dispatch", "editorial", "article", "column", "op-ed", "posting",
                   "appearance", "conversation", "declaration", "bulletin", "transcript", "note", "sermon"}
# "speaking to reporters", "talking to the BBC", "in an interview with Reuters": whom a statement was made to
SPEAKING_VERBS = ("speak", "talk", "write")
CONVERSATIONS = ("interview", "conversation")
# Statements addressed to someone ("in a letter to lawmakers", "in a speech to parliament").
ADDRESSED_FORMS = ("letter", "message", "speech", "address", "note", "memo", "email", "appeal")


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: Token  # the cue's head word
    cue_chars: tuple[int, int]  # the whole cue: "said", "according to", "―"
    speaker: Party | None
    addressee: Party | None
    via: tuple[str, ...]


class Attributor:
    """Attribution for one Doc, sharing what it learns about the article's reporting source."""

    def __init__(self, doc: Doc, actors: ActorAnalysis, cues: CueLexicon,
                 quoted_tokens: frozenset[int] = frozenset(), text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins the tokens on every access
        self.actors = actors
        self.cues = cues
        self.quoted_tokens = quoted_tokens  # a speaker is never inside the quotation marks
        self._media = {a.id for a in actors.actors if a.sector == MEDIA_SECTOR}
        # a long article names its agencies a few times among thousands of mentions
        self._media_mentions = [m for m in actors.mentions if len(m.actors) == 1 and m.actors[0] in self._media]
        self._datelines = _datelines(self.text)
        # Token.sent walks the document's sentences on every call: look them up once
        self._sentences = list(doc.sents)
        self._sentence_index = [0] * len(doc)
        for n, sentence in enumerate(self._sentences):
            for i in range(sentence.start, sentence.end):
                self._sentence_index[i] = n
        self._reporters: dict[int, Token | None] = {}  # sentence number → the reporter closing it

    def within_quotation(self, quoted_tokens: frozenset[int]) -> Attributor:
        """This attributor for the words of a quotation, in which ``quoted_tokens`` are a
        quotation inside it: its speaker and cue are among the quotation's own words."""
        nested = copy.copy(self)
        nested.quoted_tokens = quoted_tokens
        return nested

    @property
    def sentences(self) -> list:
        return self._sentences

    def sentence(self, token: Token):
        """``token.sent``, without walking the document."""
        return self._sentences[self._sentence_index[token.i]]

    # -- cues ---------------------------------------------------------------------------------
    def governing_cue(self, tokens: list[Token], outside: set[int]) -> Token | None:
        """The nearest reporting verb outside the quote that governs one of its top tokens.

        A stance verb ("release", "want") governs only where no reporting verb stands above it:
        in "Sanders says he would release his speeches because "there were none"", says.
        """
        token_set = {t.i for t in tokens}
        best = None
        for token in tokens:
            if token.is_punct or token.head.i in token_set and token.head != token:
                continue
            distance = 0
            found = None
            below = token
            clause = token.pos_ in ("VERB", "AUX")  # passed through a clause on the way up
            for ancestor in token.ancestors:
                distance += 1
                if below.i not in token_set and self.is_cue(ancestor, quoted=True) and (
                        below.dep_ in SUBJECT_DEPS or below.dep_ == "prep" and below.lower_ in SETTING_PREPOSITIONS
                        and not clause):
                    # "Lehel, the hacker known as "Guccifer," stated ..." or "said on NBC's "Meet the
                    # Press"": a name, not what is said (but "said in a statement that it was "...")
                    break
                if found is not None and below.dep_ in ("conj", "advcl"):
                    # "noted that ..., and added: "..."", "argued against it, adding that Russia was
                    # "not concerned"": the stance verb's own statement, beside the report above it
                    break
                clause = clause or ancestor.pos_ in ("VERB", "AUX")
                below = ancestor
                if ancestor.i in token_set or ancestor.i not in outside:
                    continue
                if self.is_cue(ancestor):
                    found = (distance, ancestor)
                    break
                if found is None and self.is_cue(ancestor, quoted=True):
                    found = (distance, ancestor)
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        return self._outermost_same_speaker(best[1], outside) if best else None

    def _outermost_same_speaker(self, cue: Token, outside: set[int]) -> Token:
        """"He says he believes his campaign has "the wind at our backs"": one statement by one
        speaker, reported by its outer verb; a report by someone else above it stays in ``via``, and
        so does a closing "..., he was quoted as saying"."""
        speaker = self._speaker_actor(cue)
        if speaker is None:
            return cue
        while cue.dep_ in ("ccomp", "xcomp") and cue.head.i < cue.i and cue.head.i in outside \
                and self.is_cue(cue.head) and self._speaker_actor(cue.head) == speaker:
            cue = cue.head
        return cue

    def _speaker_actor(self, cue: Token) -> str | None:
        subject = self.subject_of(cue)
        mention = self.actors.mention_at(subject.i) if subject is not None else None
        return mention.actors[0] if mention is not None and len(mention.actors) == 1 else None

    def is_cue(self, token: Token, *, quoted: bool = False) -> bool:
        if not self.cues.is_reporting_verb(token, quoted=quoted):
            return False
        if token.lemma_.lower() in self.cues.stance_verbs and passive_without_agent(token):
            return False  # "the hacker known as "Guccifer"", "what is regarded as "...": a name
        if token.lemma_.lower() in self.cues.express_verbs:
            return any(c.lemma_.lower() in self.cues.express_nouns for c in token.children if c.dep_ == "dobj")
        return True

    def lead_in_cue(self, first: Token, outside: set[int]) -> Token | None:
        """``X said: "..."`` or ``Trump boasted, "..."``: a reporting verb just before the quote."""
        previous = first.i - 1
        while previous >= 0 and (self.doc[previous].is_space or self.doc[previous].is_quote):
            previous -= 1
        if previous < 0 or self.doc[previous].text not in (":", ","):
            return None
        for token in reversed(self.doc[self.sentence(self.doc[previous]).start:previous]):
            if token.i in outside and self.is_cue(token, quoted=True):
                return token
        return None

    # -- attribution --------------------------------------------------------------------------
    def attribute(self, cue: Token) -> Attribution:
        relays, speaker = self.voices(cue)
        addressee = self.addressee_of(cue)
        if addressee is not None and speaker is not None and addressee.span == speaker.span:
            addressee = None  # '"...," asked the boy': the one named after the verb asks, not is asked
        # a reporter closing the sentence reports all of it: the reports above it are in what it says
        above = () if self.reports_sentence(cue) else self.chain_above(cue, speaker)
        chain = [*self.according_source(cue), *above, *relays]
        mine = speaker.actor if speaker is not None else None
        via = tuple(dict.fromkeys(actor for actor in chain if actor and actor != mine))
        if addressee is not None and via and addressee.span.text.lower() in RELAYED_ADDRESSEES \
                and addressee.actor in (None, mine):
            # "residents said militants had warned them ...", "officials had told him ..., Sybiha
            # said", "Al Arabiya said an official had told it ...": a pronoun is not the subject of
            # its own verb, and one left unresolved in a relayed report stands for who relays it
            addressee = Party(via[-1], addressee.span)
        return Attribution(cue, (cue.idx, cue.idx + len(cue.text)), speaker, addressee, via)

    def voices(self, cue: Token) -> tuple[list[str | None], Party | None]:
        """Who speaks at ``cue`` and who relays it there, outermost first: "Citing a source,
        Yonhap said" (Yonhap relays the source), "Lavrov was quoted by Interfax as saying"
        (Interfax relays Lavrov), "in a statement carried by KCNA, the ministry said" (KCNA relays
        the ministry), "witnesses quoted by the AP said" (the AP relays the witnesses)."""
        relays: list[str | None] = []
        subject = self.subject_of(cue)
        if cue.lemma_.lower() in RELAY_VERBS and (passive := next(
                (c for c in cue.children if c.dep_ == "nsubjpass"), None)) is not None:
            # "X was quoted by AFP": AFP relays X; with no agent, the agency the article relays
            relays.append(self._agent_actor(cue) or self.report_source(cue.i))
            subject = passive
        elif (cited := self.cited_source(cue)) is not None:
            reporter = subject if subject is not None and self.party(subject).actor else self._opening_name(cited.head)
            relays.append(self.party(reporter).actor if reporter is not None else None)
            subject = self._named_in(cited)
        elif (opening := self._opening_citation(cue)) is not None:
            reporter, subject = opening
            relays.append(self.party(reporter).actor)
        relays += self.carried_by(cue)
        relays += self.passed_on_by(cue)
        if subject is None:
            return relays, None
        subject = self._named_in(subject)  # "the governor of Kherson, Volodymyr Sahaidak, said"
        if (cited := self.cited_by_clause(subject)) is not None:
            relays.append(self.party(subject).actor)  # "Interfax, which cited a source, said": the source speaks
            subject = self._named_in(cited)
        relays += self.relayed_by(subject)
        speaker = self.party(subject)
        relative = self._relative_pronoun(subject, cue)
        if speaker.actor is not None and relative is not None:
            # "Canova, who cited ...": the speaker's word in the text is "who", standing for Canova
            speaker = Party(speaker.actor, Span(relative.idx, relative.idx + len(relative.text), relative.text))
        return relays, speaker

    def _opening_citation(self, cue: Token) -> tuple[Token, Token] | None:
        """"Quoting Lebanon's health ministry, Al Mayadeen said ...", read from the words where the
        parse missed the participle (it took "Quoting" for a name and the ministry for a subject):
        the reporter, the cue's subject after the comma, and the source that speaks, cited by a
        sentence opening with "Citing" or "Quoting", for the report right after the comma."""
        sentence = self.sentence(cue)
        words = [t for t in sentence if not (t.is_space or t.is_punct and t.text != ",")]
        if len(words) < 3 or words[0].lower_ not in ("citing", "quoting"):
            return None
        comma = next((t for t in words if t.text == "," and t.i not in self.quoted_tokens), None)
        reporter = next((c for c in cue.children if c.dep_ == "nsubj" and comma is not None
                         and c.left_edge.i == comma.i + 1), None)
        if reporter is None or not reporter.i < cue.i:
            return None  # not the report the sentence opens with, but one inside it
        source = next((t for t in reversed(words[1:]) if t.i < comma.i and self.actors.mention_at(t.i)), None)
        return (reporter, source) if source is not None and self._speaks(source) else None

    def _opening_name(self, participle: Token) -> Token | None:
        """"le monde, citing sources ..., reported": the actor named at the sentence's start, set
        off by a comma before ``participle``, where the parser found no subject for the report
        (lower case misleads it)."""
        comma = participle.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return None
        mention = self.actors.mention_at(comma - 1)
        if mention is None or len(mention.actors) != 1 or mention.end != comma \
                or mention.start != self.sentence(participle).start:
            return None
        return self.doc[mention.start:mention.end].root

    def _named_in(self, phrase: Token) -> Token:
        """"the company's deputy director, Majid Rezaei": the name an apposition gives, where the
        phrase itself names no actor, or only describes one."""
        mention = self.actors.mention_at(phrase.i)
        if mention is None or mention.kind == "nominal":
            named = next((c for c in phrase.children if c.dep_ == "appos" and (m := self.actors.mention_at(c.i))
                          and m.kind == "name"), None)
            if named is None and phrase.lemma_.lower() in TITLE_HEADS:
                # "director-general of police rk pandit said", parsed with the name in the title's phrase
                named = next((o for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj" and (m := self.actors.mention_at(o.i))
                              and m.kind == "name" and len(m.actors) == 1
                              and self.actors.actor(m.actors[0]).kind == "person"), None)
            if named is not None:
                return named
        return phrase

    def according_to_sentence(self, sentence) -> Attribution | None:
        """"According to X, ..." anywhere in ``sentence``: X is the speaker of the sentence."""
        for token in sentence:
            if token.lower_ != "according":
                continue
            for prep in token.children:
                source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.lower_ == "to" and source is not None:
                    # what "according to" modifies is the source's own statement, even a report in
                    # it ("according to KCNA, Kim told him ..."); reports above that relay it
                    relayed = token.head if token.head != token and self.is_cue(token.head) else token
                    via = self.chain_above(relayed, None)
                    if (cited := self.cited_by_clause(source)) is not None:
                        # "according to Interfax, which cited a source": the source speaks, Interfax relays
                        via, source = [*via, self.party(source).actor], self._named_in(cited)
                    speaker = self.party(source)  # "according to an army spokesman quoted by AFP": AFP relays
                    via = [*via, *self.relayed_by(source)]
                    return Attribution(token, (token.idx, prep.idx + len(prep.text)), speaker, None,
                                       tuple(dict.fromkeys(a for a in via if a and a != speaker.actor)))
        return None

    def trailing_cue(self, quote_end: int, outside: set[int]) -> Token | None:
        """``"Will you pledge?" he asks.``: an attribution right after the closing mark that the
        parser did not hang on the quote (a sentence of its own, or a conjunct of its last verb)."""
        doc = self.doc
        after = doc.char_span(quote_end, min(len(self.text), quote_end + 2), alignment_mode="expand")
        if after is None:
            return None
        for token in doc[after.start:min(len(doc), after.start + TRAILING_CUE_WINDOW)]:
            if "\n" in token.text or token.i not in outside:
                return None
            if self.is_cue(token, quoted=True) and self.subject_of(token) is not None and not any(
                    c.dep_ in ("ccomp", "dobj") and c.i > token.i and c != self.cues.cue_object(token)
                    and not (c.dep_ == "dobj" and token.lemma_.lower() in ADDRESSEE_CUES)  # "told the AP"
                    for c in token.children):
                return token  # not "Greene added that ...", which reports a statement of its own
            if token.text in (".", "!", "?") and token.i > after.start:
                return None
        return None

    def previous_subject(self, first: Token) -> Party | None:
        """A quote that opens a sentence after one about a named actor, in the same paragraph,
        is that actor's ("Sanders identified young voters' exhaustion ...", then the quote)."""
        sentence = self.sentence(first)
        if any(not (t.is_punct or t.is_space) for t in self.doc[sentence.start:first.i]) or sentence.start == 0:
            return None
        before = self.sentence(self.doc[sentence.start - 1])
        if "\n" in self.doc[before.end - 1:sentence.start + 1].text:
            return None
        subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i in self.quoted_tokens:
            return None
        mention = self.actors.mention_at(subject.i)
        if mention is None or len(mention.actors) != 1:
            return None
        actor = self.actors.actor(mention.actors[0])
        return self.party(subject) if actor.kind in SPEAKING_KINDS else None

    def dash_attribution(self, quote_end: int) -> Attribution | None:
        """"..." ― Carla Sanchez: a name after a dash that follows the closing mark."""
        doc = self.doc
        after = doc.char_span(quote_end, min(len(self.text), quote_end + 4), alignment_mode="expand")
        if after is None:
            return None
        window = [t for t in doc[after.start:min(len(doc), after.start + 6)] if not t.is_space]
        for index, token in enumerate(window[:2]):
            if token.text.lstrip(CLOSING_MARKS) not in DASHES:
                continue  # the tokenizer may keep the closing mark and the dash together: "”―"
            name = window[index + 1] if index + 1 < len(window) else None
            if name is not None and (self.actors.mention_at(name.i) or name.ent_type_ == "PERSON"
                                     or name.pos_ == "PROPN"):
                return Attribution(token, (token.idx, token.idx + len(token.text)), self.party(name), None, ())
        return None

    def subject_of(self, verb: Token) -> Token | None:
        """The verb's subject outside the quotation marks, climbing from "adding", "saying" and
        conjoined verbs to the clause that has one; "who" stands for its antecedent; an inverted
        subject ("said Rep. Cummings") is the name right after the verb."""
        agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        if agent is not None and agent.i not in self.quoted_tokens:
            return agent  # "was accused by a reporter": the one who speaks is the agent
        if (named := self._named_after_comma(verb)) is not None:
            return named
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS and child.i not in self.quoted_tokens and _wordlike(child):
                    if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                        return current.head
                    if self._thing_before_participle(verb, current, child):
                        break  # "argued that a database would help, saying ...": who argued says it
                    if self._in_dateline(child):
                        # "LONDON (Reuters) - Donald Trump said": the parser's subject is the place
                        child = next((t for t in child.subtree if t.dep_ == "appos"
                                      and not self._in_dateline(t)), None)
                        if child is None:
                            continue
                    return child
            if any(c.dep_ in SUBJECT_DEPS and self._thing_before_participle(verb, current, c)
                   for c in current.children):
                current = current.head
                continue
            if current.dep_ == "xcomp" and (controller := self._object_controller(current)) is not None:
                return controller
            if (described := self._as_saying(current)) is not None:
                return described
            if current.dep_ in CLIMB_DEPS and current.head != current:
                current = current.head
            elif current.dep_ == "pcomp" or (current.head.dep_ == "prep" and current.head.head != current.head):
                current = current.head.head
            elif (named := self._name_before_acl(current)) is not None:
                return named
            elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ == "dobj":
                current = current.head.head  # "issued a statement saying ...": who issued it
            elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ == "pobj" \
                    and current.head.head.head.pos_ == "VERB":
                current = current.head.head.head  # "sent a message to supporters saying ...": who sent it
            else:
                break
            if current.dep_ == "ROOT" and current.pos_ in ("PROPN", "NOUN") and self.actors.mention_at(current.i):
                return current  # "Trump defended X, calling it ...", parsed with Trump as the root
        return (self._inverted_subject(verb) or self._stranded_subject(verb) or self._name_before(verb)
                or self._subject_before_aside(verb) or self._earlier_subject(verb))

    def _thing_before_participle(self, participle: Token, clause: Token, subject: Token) -> bool:
        """"Trump argued that a database would help, saying ...": is ``subject``, of the reported
        ``clause`` that ``participle`` hangs on, a thing (a common noun no actor stands for), so
        that who reported the clause speaks in the participle rather than it?"""
        return participle.tag_ == "VBG" and clause is not participle and clause.dep_ == "ccomp" \
            and subject.pos_ == "NOUN" and self.actors.mention_at(subject.i) is None

    def _name_before_acl(self, verb: Token) -> Token | None:
        """"Bill de Blasio, speaking on WOR710, called Trump a "blowhard"", parsed with "called" as a
        participle qualifying the name: a person's or body's name that is a subject, set off by a
        comma before a verb that takes an object or a clause, is who does the saying."""
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.left_edge.i == 0 \
                or self.doc[verb.left_edge.i - 1].text != "," or verb.head.dep_ not in SUBJECT_DEPS \
                or not any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children):
            return None
        mention = self.actors.mention_at(verb.head.i)
        return verb.head if mention is not None and mention.kind == "name" else None

    def _object_controller(self, complement: Token) -> Token | None:
        """"led the journalist Dainis Ivans to fear ...", "uses footage of Clinton asking ...": the
        one named as the object of the verb above is who speaks in its complement."""
        head = complement.head
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < complement.i), None)
        if obj is None or obj.i in self.quoted_tokens or head.lemma_.lower() in SUBJECT_CONTROL:
            return None
        named = [c for c in obj.children if c.dep_ == "appos"]  # "the Latvian journalist Dainis Ivans"
        named += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        for candidate in (obj, *named):
            if self.names_speaker(candidate):
                return candidate
        return None

    def _as_saying(self, verb: Token) -> Token | None:
        """"Xinhua quoted a spokesman as saying ...", "cited X as telling ...": the one the verb
        above takes as its object says it (the "as" may hang on the object itself)."""
        if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
            return None
        holder = verb.head.head
        if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("dobj", "appos", "nsubjpass", "pobj") \
                and holder.i not in self.quoted_tokens:
            return holder
        if holder.pos_ != "VERB" or holder.lemma_.lower() not in RELAY_VERBS:
            return None
        return next((c for c in holder.children if c.dep_ == "dobj" and c.i not in self.quoted_tokens), None)

    def relayed_cue(self, cue: Token) -> Token:
        """"Xinhua quoted the spokesman as saying": the words are the spokesman's, whose verb is
        "saying"; the relaying verb only passes them on."""
        if cue.lemma_.lower() not in RELAY_VERBS:
            return cue
        holders = [cue, *(c for c in cue.children if c.dep_ in ("dobj", "nsubjpass"))]
        return next((saying for holder in holders for saying in _as_clauses(holder)
                     if self.cues.is_reporting_verb(saying, quoted=True)), cue)

    def relaying(self, cue: Token) -> bool:
        """Is ``cue`` a relaying verb that holds no statement of its own: "citing X" beside a
        report, where X speaks, or "X quoted by AFP"? ("Reuters quoted X as saying ..." is
        Reuters' report of what X said, as well as X's statement.)"""
        if passed_on(cue) and (any(self.is_cue(a) for a in cue.ancestors) or any(
                c.dep_ == "parataxis" and self.is_cue(c) for c in cue.head.children)):
            # '"...," X said, as quoted by AFP': X's statement, which AFP passes on (without another's
            # report, "As reported by the Times, X did Y" is the Times' own report)
            return True
        if cue.lemma_.lower() not in RELAY_VERBS:
            return False
        if cue.dep_ == "acl" and cue.tag_ == "VBN":
            return True  # "X quoted by AFP"
        if cue.dep_ == "relcl" and self.cited_by_clause(cue.head) is not None:
            return True  # "Interfax, which cited a source, said ...": the source's statement
        saying = self.relayed_cue(cue)
        if saying is not cue and any(c.dep_ == "nsubjpass" for c in cue.children) \
                and any(c.dep_ in ("ccomp", "xcomp") for c in saying.children):
            return True  # "X was quoted by AFP as saying ...": X's statement, which the "saying" reports
        reporter = cue.head.head if cue.dep_ == "acl" and cue.head.dep_ == "nsubj" or opens_clause(cue, cue.head) \
            else cue.head
        return reporter != cue and self.cited_source(reporter) is not None

    def cited_source(self, cue: Token) -> Token | None:
        """"Citing two diplomats, Bloomberg reported ...", "Yonhap, quoting an official, said ...",
        "..., TASS said, citing a spokesman": a cited source that speaks (a person, a group, a
        body) says what the reporter relays; a cited thing ("citing low growth") is the reporter's
        own argument."""
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]  # "The Post, quoting X, reported"
        # "Bloomberg reported, citing two officials, that ...", parsed with "citing" on the reported
        # clause, and "Yonhap said the North fired two missiles, citing an official", closing it
        reported = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        for child in [*cue.children, *(c for s in subjects for c in s.children if c.dep_ == "acl"),
                      *(c for r in reported for c in r.children if c.dep_ == "advcl" and opens_clause(c, r)),
                      *self._closing_citation(cue, reported),
                      *self._aside_before(cue, subjects)]:
            if opens_clause(child, cue):
                continue  # the citing is the report's above, set before this clause's "that"
            if (child.dep_ in ("advcl", "xcomp", "conj", "dep", "parataxis", "acl") or child.head.is_punct) \
                    and child.tag_ == "VBG" and child.lemma_.lower() in RELAY_VERBS:
                source = next((c for c in child.children if c.dep_ == "dobj" and c.i not in self.quoted_tokens), None)
                if source is not None and self._speaks(self._named_in(source)):
                    return source
        return None

    def _closing_citation(self, cue: Token, reported: list[Token]) -> list[Token]:
        """"Anadolu reported that the minister told him that Ankara wanted dialogue, citing diplomatic
        sources": a participle closing the sentence, hung on a clause however deep in what is
        reported, cites the source of the outermost report, not of one inside it."""
        if any(self.is_cue(a) for a in cue.ancestors):
            return []
        found, clauses = [], list(reported)
        while clauses:
            clause = clauses.pop()
            for child in clause.children:
                if child.dep_ == "advcl" and self.closes_sentence(child):
                    found.append(child)
                elif child.dep_ == "ccomp" and child.i > clause.i:
                    clauses.append(child)
        return found

    def _aside_before(self, cue: Token, subjects: list[Token]) -> list[Token]:
        """"The Hindu, quoting police officials, said ...", parsed with "quoting" hung on a comma:
        a participle that opens an aside between the subject and its verb, whatever the parse made
        of it."""
        if len(subjects) != 1 or subjects[0].i > cue.i:
            return []
        return [t for t in self.doc[subjects[0].right_edge.i + 1:cue.i]
                if t.head.is_punct and t.i > 0 and self.doc[t.i - 1].text == ","]

    def cited_by_clause(self, token: Token) -> Token | None:
        """"Interfax, which cited an unnamed source", "the paper, which quoted two officials": the
        source that speaks which a relative clause on the outlet or body ``token`` says it cites
        (a person "who cited ..." argues from it)."""
        reporter = self.party(token).actor
        if reporter is None or reporter not in self._media and self.actors.actor(reporter).kind != "organisation":
            return None
        for clause in token.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in RELAY_VERBS and clause.tag_ != "VBN" \
                    and any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in clause.children):
                source = next((c for c in clause.children if c.dep_ == "dobj" and c.i not in self.quoted_tokens), None)
                if source is not None and self._speaks(self._named_in(source)):
                    return source
        return None

    def names_speaker(self, token: Token) -> bool:
        """Does ``token`` stand for an actor of a kind that speaks (a person, a body, a group)?"""
        mention = self.actors.mention_at(token.i)
        return mention is not None and self.actors.actor(mention.actors[0]).kind in SPEAKING_KINDS

    def _speaks(self, token: Token) -> bool:
        """Does ``token`` name someone who can be a source: a person, a body, informants
        ("sources", "witnesses") or officials, not people at large ("the many Americans who had
        given up looking for work", cited as evidence)?"""
        mention = self.actors.mention_at(token.i)
        if mention is None or len(mention.actors) != 1:
            return False
        actor = self.actors.actor(mention.actors[0])
        if token.lemma_.lower() in ARMED_ACTS | HARDWARE:
            return False  # "citing last week's Paris attack": a reason, not a source
        if actor.kind == "group":
            return actor.sector not in (None, CIVILIAN_SECTOR) or informant_word(token) or counted(token)
        return actor.kind in SPEAKING_KINDS

    def relayed_by(self, token: Token) -> list[str]:
        """The reporters that pass on the words of the one ``token`` names: "an army spokesman
        quoted by AFP", "witnesses cited by the BBC"."""
        found = []
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in RELAY_VERBS:
                found += [actor for actor in (self._agent_actor(child),) if actor]
        return found

    def passed_on_by(self, cue: Token) -> list[str]:
        """"..., a spokesman said, as quoted by RIA Novosti", "Kim said the two share the same
        views, as reported by KCNA": who passed on the report, named in a clause that closes it."""
        end = self.sentence(cue).end
        return [actor for t in self.doc[cue.i + 1:end]
                if passed_on(t) and cue in t.ancestors and self.doc[t.left_edge.i - 1].text == ","
                and all(w.is_punct or w.is_space for w in self.doc[t.right_edge.i + 1:end])
                and (actor := self._agent_actor(t))]

    def carried_by(self, cue: Token) -> list[str]:
        """"In a statement carried by KCNA, the ministry said", "said in remarks broadcast by state
        television": the outlet that carried the statement relays it."""
        found = []
        for form in self.statement_forms(cue):
            # "an interview broadcast by Geo News", parsed as a "broadcast" of the interview's kind,
            # its "by" phrase on the form or on the verb the form's phrase hangs on ("Speaking in an
            # interview broadcast on Sunday by CBS")
            misread = any(c.dep_ == "compound" and c.lemma_.lower() in STATEMENT_FORMS for c in form.children)
            holder = form.head.head if form.head.dep_ == "prep" else None
            if misread and holder is not None and holder.pos_ == "VERB" and holder != cue \
                    and (actor := self._agent_actor(holder)):
                found.append(actor)
            for child in form.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and (actor := self._agent_actor(child)
                                                                     or self._outlet_on(child)):
                    found.append(actor)
                elif misread and child.dep_ == "prep" and child.lower_ == "by" and (agent := next(
                        (o for o in child.children if o.dep_ == "pobj"), None)) is not None \
                        and (actor := self.party(agent).actor):
                    found.append(actor)
        return found

    def _outlet_on(self, verb: Token) -> str | None:
        """The outlet a statement was "read on" or "aired on" ("a statement read on national
        television"): a news outlet after "on", which carried it as an agent would."""
        for phrase in verb.children:
            outlet = next((o for o in phrase.children if o.dep_ == "pobj"), None) \
                if phrase.dep_ == "prep" and phrase.lower_ == "on" else None
            if outlet is not None and (outlet.lemma_.lower() in MEDIA_NOUNS or outlet.pos_ == "PROPN"):
                party = self.party(outlet)
                if party.actor is not None and (outlet.lemma_.lower() in MEDIA_NOUNS
                                                or self.actors.actor(party.actor).sector == MEDIA_SECTOR):
                    return party.actor
        return None

    def statement_forms(self, cue: Token) -> list[Token]:
        """The statement a cue was made in: "said in a statement", "In an interview, X said"
        (the phrase may hang on the subject: "The ministry, in a statement, said", or on a
        participle: "Speaking in an address carried by Al Jazeera, the emir told ...")."""
        holders = [cue, *(c for c in cue.children if c.dep_ in SUBJECT_DEPS
                          or c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_VERBS)]
        return [o for holder in holders for p in holder.children if p.dep_ == "prep"
                and p.lower_ in ("in", "through", "via") for o in p.children
                if o.dep_ == "pobj" and o.lemma_.lower() in STATEMENT_FORMS]

    def _agent_actor(self, verb: Token) -> str | None:
        """Who the passive ``verb`` says did it: "quoted by AFP", also "was quoted as saying by AFP"."""
        holders = [verb, *_as_clauses(verb)]
        agent = next((o for h in holders for c in h.children
                      if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and h is not verb
                      for o in c.children if o.dep_ == "pobj"), None)
        return self.party(agent).actor if agent is not None else None

    @staticmethod
    def _relative_pronoun(antecedent: Token | None, verb: Token) -> Token | None:
        """The "who" that stands for ``antecedent`` as the subject of the relative clause ``verb``
        is in ("Canova, who cited ..."), if any."""
        if antecedent is None:
            return None
        clause = next((c for c in antecedent.children if c.dep_ == "relcl" and (c == verb or c in verb.ancestors)),
                      None)
        if clause is None:
            return None
        return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT")), None)

    def _stranded_subject(self, verb: Token) -> Token | None:
        """"In a statement to the Observer, her adviser, Jake Sullivan, said": the parser hangs
        the speaker on the opening phrase as an apposition; take the outermost one that ends
        just before the verb."""
        before = verb.i - 1
        start = self.sentence(verb).start
        while before >= start and (self.doc[before].is_punct or self.doc[before].is_space
                                   or self.doc[before].head == verb and self.doc[before].dep_ == "advmod"):
            before -= 1  # "..., the chief executive of the League, forcefully told"
        if before < start or before in self.quoted_tokens:
            return None
        outermost = None
        for token in [self.doc[before], *self.doc[before].ancestors]:
            if token.i >= verb.i or token == verb:
                break
            if token.dep_ == "appos":
                outermost = token
        return outermost

    def _subject_before_aside(self, verb: Token) -> Token | None:
        """"Mr. Buchanan, who had failed to win, called for ...", "Sanders, meanwhile, who sits at
        zero, said", "Mr. Trump, asked about it, had said": a finite verb right after an aside set
        off by commas, whose subject the parser lost inside the aside, speaks for the speaking actor
        that opens its clause just before the aside's first comma."""
        if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children):
            return None
        start = self.sentence(verb).start
        before = verb.i - 1
        while before > start and self.doc[before].head == verb and self.doc[before].dep_ in ("aux", "advmod", "neg"):
            before -= 1
        if before > start and self.doc[before].is_quote and self.doc[before - 1].text == ",":
            before -= 1  # 'author of ''America's Unwritten Constitution,'' put it'
        if before <= start or self.doc[before].text != ",":
            return None
        for comma in range(start + 1, before):
            if self.doc[comma].text != "," or comma - 1 in self.quoted_tokens:
                continue
            mention = self.actors.mention_at(comma - 1)
            if mention is None or mention.end != comma:
                continue
            first = mention.start
            while first > start and (self.doc[first - 1].pos_ == "PROPN"
                                     or self.doc[first - 1].dep_ in ("compound", "det", "amod", "poss", "case")):
                first -= 1  # "Mr. Buchanan", "The Slate columnist David Auerbach"
            opening = first == start or self.doc[first - 1].pos_ in ("SCONJ", "CCONJ") \
                or self.doc[first - 1].text == ","
            if opening and self.names_speaker(self.doc[comma - 1]):
                return self.doc[mention.start:mention.end].root
            return None
        return None

    def _name_before(self, verb: Token) -> Token | None:
        """```"...," Bozell answers``` or "..., Obama and Clinton call them": the name right
        before the verb, where the parser took the two for one noun or hung the name elsewhere.
        After a closing mark any name will do; elsewhere only a known actor's."""
        end = verb.i
        if end > 1 and self.doc[end - 1].text == "," and verb.head.i == end - 2:
            end -= 1  # "-- which Apple's chief executive, Tim Cook, called ...", the verb hung on the name
        first = end
        while first > 0 and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].text[:1].isupper():
            first -= 1
        if first == end and end > 0 and _capitalised(self.doc[end - 1]) and self._after_closing_mark(end - 1):
            return self.doc[end - 1]  # '"...," Will wrote': a name the tagger took for another word
        if first == end or end - first > MAX_NAME_WORDS:
            return None
        mention = self.actors.mention_at(end - 1)
        if self._after_closing_mark(first):
            return self.doc[mention.start:mention.end].root if mention else self.doc[end - 1]
        if mention is not None and verb.tag_ in FINITE_TAGS and end - 1 not in self.quoted_tokens:
            return self.doc[mention.start:mention.end].root
        return None

    def _earlier_subject(self, verb: Token) -> Token | None:
        """"Mr. Trump hardly clarified the matter -- ''...'' -- and, when questioned, asserting,
        ''...''", "Sanders, in the speech, admitting that ...": a participle or infinitive with no
        subject the parse can reach speaks for the nearest actor before it in the sentence that is
        the subject of a verb (PolNeAR train 0.6879 -> 0.6880, dev 0.7113 -> 0.7121, against doing
        so only where the parser hung it on a quotation's words; also trying the sentence before,
        train 0.6877)."""
        if verb.tag_ in FINITE_TAGS:
            return None
        for token in reversed(self.doc[self.sentence(verb).start:verb.i]):
            if token.dep_ in SUBJECT_DEPS and token.head.i < verb.i and token.i not in self.quoted_tokens \
                    and token.head.i not in self.quoted_tokens and self.names_speaker(token):
                return token
        return None

    def _in_dateline(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self._datelines)

    def _inverted_subject(self, verb: Token) -> Token | None:
        if verb.tag_ not in FINITE_TAGS \
                or verb.lemma_.lower() in ADDRESSEE_CUES and not self._after_closing_mark(verb.i):
            return None  # "condemning Trump's call", "focused on criticizing her": the name is the object
        for token in self.doc[verb.i + 1:min(self.sentence(verb).end, verb.i + INVERTED_SUBJECT_WINDOW)]:
            if token.i in self.quoted_tokens or token.is_punct and token.text not in (".",) or token.dep_ == "prep":
                break  # not "said Thursday on Fox News": a setting, not who spoke
            if token.lower_ in OBJECT_PRONOUNS:
                continue  # "call them "lone wolves"": whom they speak of
            if self.actors.mention_at(token.i) or token.ent_type_ == "PERSON":
                mention = self.actors.mention_at(token.i)
                found = self.doc[mention.start:mention.end].root if mention else token
                clause = found.head
                if found.dep_ in SUBJECT_DEPS and found.i < clause.i and clause.dep_ == "ccomp" \
                        and clause.head == verb and clause.i not in self.quoted_tokens \
                        and not self._after_closing_mark(verb.i):
                    # "said Brazil would not join": the subject of what is said; but '"...," said
                    # Ben Carson, asked about ...' names who said the quotation before it
                    return None
                return found
            if token.i == verb.i + 1 and _bare_name(token):
                return token  # "said Skelly, explaining ...": a name the NER missed
            if token.i == verb.i + 1 and self._after_closing_mark(verb.i) and (someone := _described(token)):
                return someone  # '"...," said the woman', '"...," tweeted another'
        return None

    def _named_after_comma(self, verb: Token) -> Token | None:
        """"The rejection signals "the end" for the EU, said Geert Wilders": a person named right
        after ", said" is its subject, whatever the parser made the clause before."""
        if verb.tag_ not in FINITE_TAGS or verb.lemma_.lower() in ADDRESSEE_CUES or verb.i == 0 \
                or verb.i + 1 >= len(self.doc) \
                or self.doc[verb.i - 1].text != "," and not self.doc[verb.i - 1].is_quote:
            return None
        mention = self.actors.mention_at(verb.i + 1)
        if mention is None or mention.kind != "name" or mention.start != verb.i + 1 \
                or self.actors.actor(mention.actors[0]).kind != "person":
            return None
        after = self.doc[mention.end] if mention.end < len(self.doc) else None
        return self.doc[mention.start:mention.end].root if after is None or after.text in (",", ".", ";") else None

    def _after_closing_mark(self, position: int) -> bool:
        """Does the word at ``position`` follow a quotation's closing mark ('"...," said')?"""
        before = position - 1
        if before >= 0 and self.doc[before].text == ",":
            before -= 1
        return before > 0 and self.doc[before].is_quote and (before - 1 in self.quoted_tokens
                                                             or self.doc[before - 1].is_punct)

    def addressee_of(self, cue: Token) -> Party | None:
        """Whom the cue's words were said to: "told reporters", "said to me", and for any cue
        "speaking to supporters", "in an interview with the BBC"."""
        for holder in [*(c for c in cue.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                         and c.lemma_.lower() in SPEAKING_VERBS), *self.statement_forms(cue)]:
            # "speaking to supporters", "in an interview with the BBC", "in a letter to lawmakers"
            lemma = holder.lemma_.lower()
            preposition = "with" if lemma in CONVERSATIONS else "to" if lemma in (*SPEAKING_VERBS, *ADDRESSED_FORMS) \
                else None
            listener = next((o for p in holder.children if p.dep_ == "prep" and p.lower_ == preposition
                             for o in p.children if o.dep_ == "pobj"), None)
            if listener is not None:
                return self.party(listener)
        own = self._own_addressee(cue)
        if own is None and cue.dep_ == "conj" and cue.head.lemma_.lower() in TURNING_VERBS:
            return self._turned_to(cue.head)  # "came up to me and asked", but "came ... and told me"
        return own

    def _own_addressee(self, cue: Token) -> Party | None:
        """Whom the cue's own words name as told: "told reporters", "said to me"."""
        if cue.lemma_.lower() not in ADDRESSEE_CUES and cue.lemma_.lower() not in SAID_TO_CUES:
            return None
        told = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if told is not None and cue.lemma_.lower() in ADDRESSEE_CUES:
            return self.party(told)  # "Lavrov was told by Blinken that ..."
        for child in cue.children:
            if child.dep_ in ADDRESSEE_DEPS and (child.pos_ in ("PROPN", "NOUN", "PRON") or child.pos_ in ("ADJ", "X")
                                                  and cue.lemma_.lower() in ADDRESSEE_CUES):
                # "told kommersant that ...": in lower case the tagger may take a name for an adjective
                return self._without_what_was_told(child)
            if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == cue.i + 1 \
                    and cue.lemma_.lower() in ADDRESSEE_CUES \
                    and (visitors := next((c for c in child.children if c.dep_ == "dobj"), None)) is not None:
                # "told visiting U.S. business leaders that ...", parsed as "told" someone "visiting" them
                found = self.party(visitors)
                span = self.doc[child.i:visitors.right_edge.i + 1]
                return Party(found.actor, Span(span.start_char, span.end_char, span.text))
            if child.dep_ == "prep" and child.lower_ == "to":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in ("PROPN", "NOUN", "PRON"):
                    return self.party(objects[0])
        return None

    def _without_what_was_told(self, told: Token) -> Party:
        """Whom ``told`` names, without the "that" clause the parser hung on them ("told a briefing
        in Geneva that ...": a relative clause's "that" is its subject or object, never a mark)."""
        party = self.party(told)
        clause = next((c for c in told.children if c.dep_ == "relcl" and c.i > told.i
                       and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                            or opens_with_a_personal_subject(c))), None)
        if clause is None or party.span.end <= clause.left_edge.idx:
            return party
        span = self.doc[told.left_edge.i:clause.left_edge.i]
        return Party(party.actor, Span(span.start_char, span.end_char, span.text))

    def _turned_to(self, verb: Token) -> Party | None:
        """Whom ``verb`` turns to: "looked *me* in the eye", "looked at *me*", "came up to *me*"."""
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ == "PRON" and child.lower_ in (*OBJECT_PRONOUNS, "me", "us"):
                return self.party(child)
            preposition = child if child.dep_ == "prep" else next(
                (p for p in child.children if p.dep_ == "prep"), None) if child.dep_ == "prt" else None
            if preposition is not None and preposition.lower_ in ("at", "to", "toward", "towards"):
                listener = next((o for o in preposition.children if o.dep_ == "pobj"), None)
                if listener is not None and listener.pos_ in ("PRON", "PROPN", "NOUN"):
                    return self.party(listener)
        return None

    def chain_above(self, cue: Token, speaker: Party | None) -> tuple[str, ...]:
        """Who relays the cue's statement, outermost first: the speakers of the reporting verbs
        above it, with those who relay each of them ("Yonhap, citing an official, said the
        minister told lawmakers ...": Yonhap, the official), and a reporter named after the
        sentence's report that the parser hung below it ("X said ..., the agency reported")."""
        chain: list[str] = []
        mine = speaker.actor if speaker is not None else None
        for ancestor in [*self._trailing_reporters(cue), *reversed(self._reporting_ancestors(cue))]:
            if not self.is_cue(ancestor):
                continue
            relays, outer = self.voices(ancestor)
            for actor in [*relays, outer.actor if outer is not None else None]:
                if actor and actor != mine and actor not in chain:
                    chain.append(actor)
        return tuple(chain)

    @staticmethod
    def _reporting_ancestors(cue: Token) -> list[Token]:
        """The words above ``cue`` up to a subordinate clause's edge: "X was quoted as saying A,
        though his office later said B" does not report B."""
        found = []
        below = cue
        for ancestor in cue.ancestors:
            if below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("that", "if", "whether")
                                             for c in below.children):
                break
            found.append(ancestor)
            below = ancestor
        return found

    def _trailing_reporters(self, cue: Token) -> list[Token]:
        """The reporter closing the sentence after ``cue``, as a list of at most one."""
        reporter = self.sentence_reporter(cue)
        return [reporter] if reporter is not None and reporter.i > cue.i else []

    def sentence_reporter(self, token: Token) -> Token | None:
        """The reporting verb that closes ``token``'s sentence and reports all of it, if one does
        (asked for each cue and each report above it: found once a sentence)."""
        n = self._sentence_index[token.i]
        if n not in self._reporters:
            self._reporters[n] = self._closing_reporter(self._sentences[n])
        return self._reporters[n]

    def _closing_reporter(self, sentence) -> Token | None:
        last = next((t for t in reversed(sentence) if not (t.is_punct or t.is_space)), None)
        verb = last if last is not None and last.pos_ in ("VERB", "AUX") else None
        while verb is None and last is not None and last.head != last and last.head.i > sentence.start:
            last = last.head  # "... reported on Monday": the verb that "Monday" hangs on
            verb = last if last.pos_ in ("VERB", "AUX") else None
        return verb if verb is not None and self.reports_sentence(verb) else None

    def reports_sentence(self, verb: Token) -> bool:
        """"Officials said X, the Kenya News Agency reported": a reporting verb after a comma at the
        end of the sentence (nothing but its own phrase after it), with a subject and nothing
        reported after it, that the parser hung on the sentence's report (or anywhere in it, even
        taking the words before it for its own), reports the whole sentence."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or verb.dep_ not in ("ccomp", "parataxis", "conj", "advcl", "relcl"):
            return False
        if verb.dep_ == "relcl" and not all(t.pos_ == "PROPN" for t in self.doc[verb.head.i + 1:subject.i + 1]):
            return False  # "..., a claim the army denied": a clause on what it denies, not a reporter's name
        # "..., the state news agency Bernama reported", parsed as a clause on a noun: the phrase
        # starts with that noun
        phrase = verb.head if verb.dep_ == "relcl" else verb
        first = verb.head.left_edge.i if verb.dep_ == "relcl" else subject.left_edge.i
        return first > 0 and self.doc[first - 1].text == "," and self.is_cue(verb) \
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children) \
            and all(t.is_punct or t.is_space or phrase in t.ancestors
                    for t in self.doc[verb.i + 1:self.sentence(verb).end])

    def according_source(self, cue: Token) -> list[str | None]:
        """"..., according to the agency": the source of the whole report, outside the speaker,
        and who relays that source ("according to witnesses cited by the BBC"), outermost first."""
        governing = {cue.i, *(a.i for a in cue.ancestors)}
        for token in self.sentence(cue):
            if token.lower_ == "according" and (token.head.i in governing or self.closes_sentence(token)):
                for prep in token.children:
                    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if prep.lower_ == "to" and source is not None:
                        return [*self.relayed_by(source), self.party(source).actor]
        return []

    def closes_sentence(self, phrase_head: Token) -> bool:
        """Is ``phrase_head``'s phrase set off by a comma at the end of its sentence ("...,
        according to TASS.")? Then it speaks of the whole sentence, wherever the parser hung it."""
        doc = self.doc
        return set_off_by_comma(phrase_head) and all(
            t.is_punct or t.is_space or phrase_head in t.ancestors
            for t in doc[phrase_head.i + 1:self.sentence(phrase_head).end])

    def party(self, token: Token) -> Party:
        mention = self.actors.mention_at(token.i)
        lemma = token.lemma_.lower()
        if mention is None and (token.pos_ == "PROPN" or lemma in MEDIA_NOUNS or lemma in PEOPLE | ONE_PERSON):
            # "the Anadolu news agency", "state broadcaster CCTV", "Politico Europe", "Hamas
            # negotiators": the outlet or body the name in the phrase names, or whose members speak
            mention = next((self.actors.mention_at(c.i) for c in token.children if c.dep_ in ("compound", "appos")
                            and self._names_body(c, media=lemma in MEDIA_NOUNS)), None)
        if mention is not None:
            span = self.doc[mention.start:mention.end]
            actor = mention.actors[0] if len(mention.actors) == 1 else None
        else:
            span = self.doc[token.left_edge.i:token.right_edge.i + 1]
            actor = self.report_source(token.i) if self.cues.is_report_noun(token) else None
            if token.lower_ in ("it", "they") or token.tag_ == "WDT":
                span = self.doc[token.i:token.i + 1]
        return Party(actor, Span(span.start_char, span.end_char, span.text))

    def _names_body(self, token: Token, *, media: bool) -> bool:
        mention = self.actors.mention_at(token.i)
        return mention is not None and len(mention.actors) == 1 \
            and (media or self.actors.actor(mention.actors[0]).kind == "organisation")

    def report_source(self, position: int) -> str | None:
        """The news agency the article relays: the last one named before ``position``, else the first."""
        before = [m for m in self._media_mentions if m.start < position]
        if before:
            return before[-1].actors[0]
        return self._media_mentions[0].actors[0] if self._media_mentions else None


def _as_clauses(holder: Token) -> list[Token]:
    """The verbs of "as" clauses on ``holder``: "saying" of "quoted him as saying"."""
    return [c for p in holder.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.dep_ == "pcomp"]


def opens_clause(phrase: Token, clause: Token) -> bool:
    """Does ``phrase``, hung on ``clause``, come before the clause's "that" ("reported, citing two
    officials, that ...": it is the reporting verb's, above the clause)?"""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    return clause.dep_ == "ccomp" and mark is not None and phrase.head == clause and phrase.i < mark.i


def opens_with_a_personal_subject(clause: Token) -> bool:
    """Does ``clause`` open with its subject, a personal pronoun ("he would not resign")?"""
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in PERSONAL_SUBJECTS and s.i == clause.left_edge.i
               for s in clause.children)


def set_off_by_comma(phrase_head: Token) -> bool:
    """Does a comma come right before ``phrase_head``, or before the closing quotation marks right
    before it ('"Nobody is safe," according to a club official')?"""
    before = phrase_head.i - 1
    while before >= 0 and phrase_head.doc[before].is_quote:
        before -= 1
    return before >= 0 and phrase_head.doc[before].text == ","


def passed_on(verb: Token) -> bool:
    """"..., as quoted by RIA Novosti", "as reported by Xinhua": a clause on a report that names
    who passed it on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in PASSING_ON_VERBS \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and any(c.dep_ == "agent" for c in verb.children)


def passive_without_agent(verb: Token) -> bool:
    """"was named", "a man named": a passive whose agent the text does not give."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        or verb.dep_ == "acl" and verb.tag_ == "VBN"
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _wordlike(token: Token) -> bool:
    """Not a dash the parser took for a noun ("... public ― Trump boasted")."""
    return token.text not in DASHES


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ not in ("PRON", "DET") \
        and token.lower_ not in ("i", "it")


def _described(token: Token) -> Token | None:
    """Someone the text describes rather than names: "the woman", "a Democrat", "another"."""
    if token.lower_ == "another" and token.dep_ != "det":
        return token
    if token.dep_ == "det" and token.lower_ in ("the", "a", "an", "another", "one") \
            and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
        return token.head
    return None


def _bare_name(token: Token) -> bool:
    """A capitalised word standing alone before punctuation: "said Skelly." """
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in ("i", "it") \
        and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
        and (following is None or following.is_punct)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Character ranges of datelines that open one of the first paragraphs (after a headline)."""
    found = []
    offset = 0
    for paragraph in text.split("\n")[:DATELINE_PARAGRAPHS]:
        match = dateline_match(paragraph)
        if match:
            found.append((offset, offset + match.end()))
        offset += len(paragraph) + 1
    return found


def complement_path_child(cue: Token, target: Token, express_nouns: frozenset[str]) -> Token | None:
    """The child of ``cue`` on the way down to ``target``, skipping "express X" nouns."""
    path = [target, *target.ancestors]
    if cue not in path:
        return None
    below = path[path.index(cue) - 1] if path.index(cue) > 0 else None
    if below is not None and below.lemma_.lower() in express_nouns:
        index = path.index(below)
        below = path[index - 1] if index > 0 else below
    return below


# -- closing frames ------------------------------------------------------------------------------
# ", Xinhua quoted a spokesman as saying on Thursday", ", Sky Sports reported, citing club sources",
# ", a local official told AFP": the attribution a wire sentence closes with, read from the words
# rather than the parse, which often takes such a frame for part of the statement ("Xinhua quoted"
# as an adjective, the reporter as an apposition of the statement's last noun).
MAX_REPORTER_WORDS = 10
# What a closing frame may go on with after a comma: a setting ("..., after Brussels announced ...").
SETTING_OPENINGS = frozenset({"after", "before", "when", "as", "while", "following", "amid", "during", "in", "on",
                              "at", "ahead", "despite", "without", "days", "hours", "weeks"})
RELAYING_PARTICIPLES = ("citing", "quoting")
# Words that make the words before a reporting verb something other than its subject.
NOT_IN_REPORTER = frozenset({"that", "which", "who", "whom", "whose", "if", "because", "but", "and", "or", "it",
                             "he", "she", "they", "we", "i", "you", "this", "there", "after", "before", "when",
                             "while", "as", "since", "until", "among", "than"})


@dataclass(frozen=True, slots=True)
class ClosingFrame:
    content: tuple[int, int]  # the characters of what is said: the sentence before the frame
    attribution: Attribution
    frame_start: int  # the character where the frame starts (its comma)


def _segments(tokens: list[Token], quoted: frozenset[int]) -> list[list[Token]]:
    """``tokens`` split at the commas outside quotation marks (the commas dropped). Not after a
    quotation closing with a comma ('"...," BusinessDay said, quoting X'): read as a frame there,
    PolNeAR dev attribution fell 0.7050 -> 0.7039 (train 0.6833 -> 0.6834)."""
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == "," and token.i not in quoted:
            segments.append([])
        else:
            segments[-1].append(token)
    return segments


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


class ClosingFrames:
    """The closing frame of each sentence of an attributor's document, read once a sentence."""

    def __init__(self, attributor: Attributor) -> None:
        self.attributor = attributor
        self._found: dict[int, ClosingFrame | None] = {}

    def of(self, sentence) -> ClosingFrame | None:
        if sentence.start not in self._found:
            self._found[sentence.start] = self._read(sentence)
        return self._found[sentence.start]

    def _read(self, sentence) -> ClosingFrame | None:
        attributor = self.attributor
        tokens = [t for t in sentence if not t.is_space]
        while tokens and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()
        if "," not in (t.text for t in tokens):
            return None
        segments = _segments(tokens, attributor.quoted_tokens)
        for split in range(1, len(segments)):
            content = _words([t for segment in segments[:split] for t in segment])
            if not self._statement(content):
                continue
            frame = self._frame(segments[split], segments[split + 1:])
            if frame is None:
                continue
            speaker, addressee, cue, via = frame
            first, last = content[0], content[-1]
            if first.i in attributor.quoted_tokens or last.i in attributor.quoted_tokens:
                first, last = self._to_marks(first, last)
            comma = segments[split][0].i - 1
            return ClosingFrame((first.idx, last.idx + len(last.text)),
                                Attribution(cue, (cue.idx, cue.idx + len(cue.text)), speaker, addressee, via),
                                attributor.doc[comma].idx)
        return None

    def _statement(self, words: list[Token]) -> bool:
        """Could ``words``, opening a sentence, be what its closing frame reports: a clause, not a
        phrase that sets the scene ("After the vote", "Asked about it", "Instead")?"""
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        first = next((t for t in words if not t.is_quote), words[0])
        return first.i in self.attributor.quoted_tokens or not (
            first.pos_ in ("ADP", "SCONJ", "ADV") or first.tag_ in ("VBG", "VBN") or first.lower_ in SETTING_OPENINGS)

    def _to_marks(self, first: Token, last: Token) -> tuple[Token, Token]:
        """The content's ends moved in past quotation marks, as a direct quote's content is."""
        doc = self.attributor.doc
        while first.i < last.i and doc[first.i].is_quote:
            first = doc[first.i + 1]
        while last.i > first.i and (doc[last.i].is_quote or doc[last.i].is_punct):
            last = doc[last.i - 1]
        return first, last

    def _frame(self, opening: list[Token], rest: list[list[Token]]):
        """(speaker, addressee, cue, via) of a frame whose first segment is ``opening``, or None."""
        attributor = self.attributor
        if any(t.i in attributor.quoted_tokens or t.is_quote or t.text in (":", ";") for s in (opening, *rest)
               for t in s):
            return None  # a quotation or a colon after the verb: it reports what follows it
        words = _words(opening)
        verb_at = next((n for n, t in enumerate(words[:MAX_REPORTER_WORDS + 1]) if self._reporting_form(t)), None)
        if not verb_at:
            return None
        reporter, verb, after = words[:verb_at], words[verb_at], words[verb_at + 1:]
        passive = verb.lower_ in ("was", "were", "is", "are")
        if passive:
            reporter, verb, after = reporter, after[0], after[1:]
        if any(t.lower_ in NOT_IN_REPORTER or t.pos_ in ("VERB", "AUX") for t in reporter) or reporter[0].pos_ == "ADP" \
                or not any(t.pos_ in ("NOUN", "PROPN") or attributor.actors.mention_at(t.i) for t in reporter):
            return None
        if len(reporter) > 1 and reporter[0].lower_ in ("a", "an") and reporter[1].lemma_.lower() in attributor.cues.nouns:
            return None  # "..., a claim the army denied": what the statement is, not who made it
        lemma = verb.lemma_.lower()
        speaker, addressee, via = self._party(reporter), None, []
        if lemma in RELAY_VERBS:
            as_at = next((n for n, t in enumerate(after) if t.lower_ == "as"), None)
            if as_at is None or as_at + 1 >= len(after) or not after[as_at + 1].lower_.endswith("ing"):
                return None
            if passive:  # "Y was quoted by X as saying", "Y was quoted as saying by X"
                by = [t for t in after if t.lower_ == "by"]
                agent = self._party(self._phrase_after(by[0], after)) if by else None
                via = [agent.actor if agent is not None else attributor.report_source(verb.i)]
            else:  # "X quoted Y as saying"
                cited = after[:as_at]
                if not cited:
                    return None
                via, speaker = [speaker.actor], self._party(cited)
            after = [t for t in after[as_at + 2:] if t.lower_ != "by"]
        elif passive:
            return None
        elif lemma in ADDRESSEE_CUES:
            told = []
            for token in after:
                if token.pos_ in ("ADP", "ADV") or token.ent_type_ in ("DATE", "TIME"):
                    break
                told.append(token)
            if not told:
                return None
            addressee, after = self._party(told), after[len(told):]
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in after) and not passive:
            return None  # the verb reports what follows it: not a closing frame
        for segment in rest:
            segment_words = _words(segment)
            if not segment_words:
                continue
            head = segment_words[0].lower_
            if head in RELAYING_PARTICIPLES and len(segment_words) > 1:
                via, speaker = [*via, speaker.actor], self._cited(segment_words[1:])
            elif head == "according" and len(segment_words) > 2 and segment_words[1].lower_ == "to":
                via = [*self._according(segment_words[2:]), *via]
            elif head == "as" and len(segment_words) > 3 and segment_words[1].lemma_.lower() in PASSING_ON_VERBS \
                    and segment_words[2].lower_ == "by":  # "..., the minister said, as reported by Xinhua"
                via = [self._party(segment_words[3:]).actor, *via]
            elif head in SETTING_OPENINGS:
                break  # "..., after Brussels announced ...": the rest is when or why
            elif segment_words[0].lower_ in ("a", "an", "the") and not any(t.pos_ in ("VERB", "AUX")
                                                                         for t in segment_words):
                continue  # an apposition: "..., according to o liberal, a newspaper in belém"
            else:
                return None
        mine = speaker.actor
        return speaker, addressee, verb, tuple(dict.fromkeys(a for a in via if a and a != mine))

    def _according(self, words: list[Token]) -> list[str | None]:
        """Who relays a statement "according to" ``words``, outermost first: "a delegate quoted by
        El Tiempo" is El Tiempo, then the delegate."""
        relayed = next((n for n, t in enumerate(words[:-2]) if t.lemma_.lower() in RELAY_VERBS
                        and words[n + 1].lower_ == "by"), None)
        if relayed is None:
            return [self._party(words).actor]
        return [self._party(words[relayed + 2:]).actor, self._party(words[:relayed]).actor]

    def _reporting_form(self, token: Token) -> bool:
        """A finite reporting verb ("said", "reported", "told", "quoted") or the "was" of "was quoted"."""
        if token.lower_ in ("was", "were", "is", "are"):
            following = token.nbor() if token.i + 1 < len(token.doc) else None
            return following is not None and following.lemma_.lower() in RELAY_VERBS
        # "quoted" in "Xinhua quoted X as saying" may be tagged as a participle
        return self.attributor.cues.relays(token) and (
            token.tag_ in FINITE_TAGS or token.tag_ == "VBN" and token.lemma_.lower() in RELAY_VERBS)

    @staticmethod
    def _phrase_after(word: Token, words: list[Token]) -> list[Token]:
        """The noun phrase after ``word`` among ``words``, up to the next preposition or "as"."""
        phrase = []
        for token in words[words.index(word) + 1:]:
            if token.pos_ == "ADP" or token.lower_ == "as":
                break
            phrase.append(token)
        return phrase

    def _cited(self, words: list[Token]) -> Party:
        """The source cited: who made the statement cited ("citing a statement from the party's
        general secretary Justin Kodua"), else the phrase ("citing club sources")."""
        for n, token in enumerate(words[:3]):
            if token.lemma_.lower() in STATEMENT_FORMS and n + 2 < len(words) and words[n + 1].lower_ in ("from", "by"):
                return self._party(words[n + 2:])
        return self._party(words)

    def _party(self, words: list[Token]) -> Party:
        """The actor a phrase names: its last speaking actor's mention, else the phrase itself."""
        actors = self.attributor.actors
        mentions = [m for m in (actors.mention_at(t.i) for t in reversed(words)) if m is not None]
        mention = next((m for m in mentions if len(m.actors) == 1
                        and actors.actor(m.actors[0]).kind in SPEAKING_KINDS), None)
        if mention is not None:
            span = self.attributor.doc[mention.start:mention.end]
            return Party(mention.actors[0], Span(span.start_char, span.end_char, span.text))
        first, last = words[0], words[-1]
        return Party(None, Span(first.idx, last.idx + len(last.text), self.attributor.text[first.idx:last.idx + len(last.text)]))
