"""Quotes: direct and mixed (from quotation marks) and indirect (reporting verbs with a clause)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.actors.mentions import GROUP_HEADS, INFORMANTS, INSTITUTIONS, ONE_PERSON, PEOPLE
from newsgraph.quotes.attribution import (ADDRESSEE_CUES, FINITE_TAGS, PERSONAL_SUBJECTS, RELAY_VERBS,
                                         SETTING_PREPOSITIONS, STATEMENT_FORMS, Attribution, Attributor,
                                         ClosingFrame, ClosingFrames,
                                         complement_path_child, opens_clause, opens_with_a_personal_subject, passed_on,
                                         passive_without_agent, set_off_by_comma)
from newsgraph.quotes.cues import CueLexicon, default_cues
from newsgraph.quotes.marks import Quoted, inner_quotations, kind_by_marks, quoted_spans
from newsgraph.records import Party, Quote, Span
from newsgraph.spanindex import SpanIndex

# Confidence by how the attribution was found; set by hand from the example and PolNeAR dev
# errors: a governing cue with a resolved speaker is rarely wrong, inheritance more often.
CONFIDENCE_CUE_ACTOR = 0.9
CONFIDENCE_CUE = 0.75
CONFIDENCE_FOLLOW_ON = 0.6
CONFIDENCE_INDIRECT = 0.7
# A quoted clause with at most this many words outside the marks is direct ("that" + quote);
# with more, the quote is a fragment of reported speech (mixed).
MAX_UNQUOTED_WORDS_DIRECT = 0
MIN_INDIRECT_TOKENS = 1
# Quoted words without a verb and shorter than this are scare quotes unless a cue governs them.
MIN_STATEMENT_WORDS = 6
MAX_NICKNAME_WORDS = 3
_TRIM = " ,;:\n\t"
# One paragraph break, whether paragraphs are lines (cleaned text) or blank-line separated (PolNeAR).
PARAGRAPH_BREAK = re.compile(r"\n\s*")
SENTENCE_END = re.compile(r"[.!?]")
# "Sanders' criticism of the deal", "Trump's call for a ban", "her support for the bill" ("on" and
# "about" name a topic, not a view: "his views on trade" was right 1 time in 25 on PolNeAR train).
NOUN_CUE_PREPOSITIONS = ("of", "for")
# Nouns whose view is of what another preposition takes: "his attacks on Clinton", "her opposition to
# the deal" (as "Sanders' criticism of the deal")
NOUN_CUE_OWN_PREPOSITIONS = {"attack": ("on", "against"), "opposition": ("to",)}
# Prepositions that say when a statement was made ("criticized Clinton during a rally Friday"): on
# PolNeAR train, a phrase after the object that they open lies outside the content 2 times in 3.
TIME_PREPOSITIONS = ("during", "after", "before", "until")
# Gatherings a statement is made at ("told supporters at a rally"): with a statement's forms, what
# "at", "on", "in" and "during" name as the setting of a statement rather than part of it.
OCCASIONS = frozenset({"rally", "conference", "event", "debate", "meeting", "hearing", "forum", "show", "program",
                       "programme", "gathering", "convention", "dinner", "luncheon", "breakfast", "summit",
                       "session", "ceremony", "hall", "stop", "page", "site", "website", "blog", "podcast",
                       "broadcast", "tweet", "facebook", "twitter"})
# "critical of the deal", "worried about jobs", "pleased with the result": what an adjective of view is about
ADJECTIVE_PREPOSITIONS = ("of", "about", "with", "on", "over", "toward", "towards")
# "Carson: Cruz taking ..." — how long a paragraph's opening label may be, and labels that name
# no speaker.
MAX_LABEL_CHARS = 60
MAX_LABEL_WORDS = 6
NOT_SPEAKER_LABELS = frozenset({
    "note", "editor's note", "editor’s note", "update", "updated", "related", "photo", "photos", "video",
    "source", "sources", "watch", "read", "read more", "also read", "click", "listen", "subscribe", "tags",
    "advertisement", "correction", "clarification", "disclosure", "share", "follow", "email", "contact",
    "caption", "credit", "graphic", "map", "chart", "the latest", "breaking", "exclusive", "live", "opinion",
    "analysis", "editorial", "recap", "fact check", "abstract", "summary", "question", "q", "a", "answer",
    "quotable", "quote of the day", "byline", "dateline", "warning", "trigger warning", "spoiler alert"})
# Words by which a quote's speaker means themselves: who "told me" is told the quote's speaker.
FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our", "myself", "ourselves"})
PRONOUNS = FIRST_PERSON | {"you", "he", "she", "it", "they", "him", "her", "them", "someone", "somebody", "everyone"}
# Subject pronouns that stand for people who can hold a view ("it" and "this" stand for things)
CONTRAST_MARKS = ("while", "whereas", "although", "though")
# What a poll found: "In a CNN poll, Clinton led ..." (chosen on PolNeAR train, where "in" + poll
# phrases are a cue annotators mark with the poll as the source)
FINDING_NOUNS = frozenset({"poll", "survey", "study"})
# Findings named after the clause they set ("Clinton led by 8 points in a Fox poll"; not "in the study
# of her mansion")
SINGLE_FINDING_NOUNS = frozenset({"poll", "survey"})
# "in her view, ...", "In Trump's mind, ...": nouns whose owner's view an "in" phrase sets on a clause.
VIEW_NOUNS = frozenset({"view", "opinion", "mind", "words", "estimation", "judgment", "judgement", "eyes"})
# "To many, he is a provocateur": prepositions whose object, opening a clause, is whom it seems so to
# (with "for" too, "For Sanders, the mission is different", PolNeAR train fell 0.6959 -> 0.6957)
PERSPECTIVE_PREPOSITIONS = ("to",)
# What sets off a closing aside of the writer's: "..., a Republican" or "... — a modest boost".
ASIDE_MARKS = (",", "—", "–", "--")
# What ends one clause before another in a sentence, as a comma does not ("A; he says B", "A — she
# believes B"); a lone hyphen is left out, as it joins words more often (train 0.6943 -> 0.6944 with it)
BREAKS = (";", ":", "—", "–", "--", "―")
# Verbs of saying, by which people the text describes but does not name ("both sides", "residents")
# make a statement that the report holding it relays; with verbs of wish or fear ("supporters who
# wanted ...") they are the outer speaker's description of them (chosen on PolNeAR train).
SAYING_VERBS = frozenset({"say", "tell", "report", "add", "state", "announce", "declare", "write", "insist",
                          "stress", "reply", "respond", "answer", "explain", "warn", "assure", "confirm",
                          "claim", "allege", "deny", "acknowledge", "admit", "agree", "complain", "argue", "note"})
# Verbs by which a group the text describes states a view jointly, relayed with a "that" clause
# ("the ministry said both sides agreed that ..."; not a commitment: "agreed to hold votes").
JOINT_VERBS = frozenset({"agree"})
# Verbs of telling whose report of a speaker's own earlier words stands beside the report that holds
# it, for the addressee it names ("Tusk said he had told Orbán that ...").
TELLING_VERBS = frozenset({"tell", "assure", "inform", "warn", "remind", "notify"})
# Bodies the text may describe without naming ("the country's top security body").
BODIES = INSTITUTIONS | {"body", "council", "committee", "commission", "authority", "authorities", "office",
                         "agency", "department", "board", "panel", "staff", "command", "headquarters",
                         "delegation", "mission", "team"}
# Verbs of saying whose answer may be one word ("said yes", "said so", "said the same of ...").
ANSWERING_VERBS = frozenset({"say", "answer", "reply", "respond"})
ANSWERS = frozenset({"so", "yes", "no"})
# Words that open a description of someone rather than a name ("the ambassador", "his aide").
DESCRIBING_WORDS = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "its", "your"})
# Words a title leaves in lower case ("The Art of the Deal").
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"})
# Words that pick some of the people their "of" phrase names ("one of the negotiators").
PARTITIVES = frozenset({"one", "some", "many", "several", "most", "each", "none", "few"})
# A reporting verb joined to a clause this way reports a statement of its own.
SEPARATE_CLAUSE_DEPS = ("conj", "advcl", "parataxis")
# what a clause told to someone has that a relative clause on that someone lacks ("the man she met")
TOLD_CLAUSE_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass")


@dataclass
class _Draft:
    kind: str
    content: list[tuple[int, int]]
    attribution: Attribution | None
    inherited: Party | None = None
    addressee: Party | None = None
    nested: bool = False  # a quotation inside another's quotation, relayed by its speaker


def find_quotes(doc: Doc, actors: ActorAnalysis, *, cues: CueLexicon | None = None) -> tuple[Quote, ...]:
    """The quotes of ``doc``, in text order, with speakers resolved through ``actors``."""
    text = doc.text  # built from the tokens on every access: read it once
    quoted = quoted_spans(text)
    inside = _inside_quotes(doc, quoted)
    attributor = Attributor(doc, actors, cues or default_cues(), quoted_tokens=frozenset(inside), text=text)
    outside = {t.i for t in doc} - inside
    drafts = _marked(doc, text, quoted, outside, attributor)
    indirect = _indirect(doc, outside, drafts, attributor, quoted)
    _inherit_from_indirect(drafts, indirect, text)
    drafts += indirect
    drafts = _closing_frames(text, drafts, attributor, quoted)
    drafts += _labelled(doc, text, drafts, attributor, quoted)
    drafts += _inner_quotes(doc, text, drafts, attributor, quoted)
    drafts = _drop_asides(drafts, attributor)
    drafts.sort(key=lambda d: d.content[0][0])
    return tuple(_record(text, n, draft) for n, draft in enumerate(drafts, start=1))


def _closing_frames(text: str, drafts: list[_Draft], attributor: Attributor, quoted: list[Quoted]) -> list[_Draft]:
    """A sentence that closes with an attribution frame (", Xinhua quoted a spokesman as saying",
    ", Sky Sports reported, citing club sources", ", a local official told AFP") says, before the
    frame, what the frame's speaker said, relayed as the frame says: the frame's attribution
    replaces what the parse made of it; reports inside that statement are relayed by the frame
    too; quoted words there that only a verb of stance took for a quote are part of it; and where
    no quote holds the statement, it is one."""
    frames = ClosingFrames(attributor)
    marked = [part for quote in quoted for part in quote.parts]
    by_position = _by_extent(drafts)
    absorbed: set[int] = set()
    added = []
    for sentence in attributor.sentences:
        frame = frames.of(sentence)
        if frame is None:
            continue
        start, end = frame.content
        held = False
        for draft in by_position.around(start, frame.frame_start):
            within = [(max(s, start), min(e, end)) for s, e in draft.content if s < end and e > start]
            if not within or any(s < frame.frame_start < e for s, e in draft.content):
                continue  # nothing of it in the sentence's statement
            # not a quotation in parts going on after the frame, nor one begun in a sentence before
            whole = all(start - 1 <= s and e <= frame.frame_start for s, e in draft.content)
            cue = draft.attribution.cue_chars[0] if draft.attribution else None
            if cue is None or cue >= frame.frame_start:
                draft.attribution = _framed(frame, draft.attribution)
                held = held or 2 * sum(e - s for s, e in within) >= end - start
                if held and whole and draft.kind != "direct":
                    # "Both sides said X, CCTV reported": CCTV's report is all it says, "Both sides said" too
                    draft.content = [frame.content]
                    draft.kind = kind_by_marks(text, draft.content, marked)
            elif not whole:
                continue
            elif start <= cue < end and not attributor.is_cue(draft.attribution.cue):
                absorbed.add(id(draft))  # '... will "resolutely" defend ..., Xinhua quoted X as saying'
            elif start <= cue < end:
                _relay_within(draft, frame)
        if not held:
            content = [frame.content]
            added.append(_Draft(kind_by_marks(text, content, marked), content, frame.attribution))
    return [d for d in drafts if id(d) not in absorbed] + added


def _framed(frame: ClosingFrame, found: Attribution | None) -> Attribution:
    """The frame's attribution, keeping whom the parse found its verb's words were said to (the
    parse reads "told the Swiss weekly Weltwoche" better than the frame's words do), and the actor
    it found speaking where the frame's words name none and relay nothing ("the report said")."""
    framed = frame.attribution
    if found is not None and found.cue == framed.cue and framed.speaker.actor is None and not framed.via \
            and found.speaker is not None and found.speaker.actor is not None:
        framed = replace(framed, speaker=found.speaker)  # "..., the report said": the agency the parse found
    if found is not None and found.addressee is not None and found.cue == framed.cue:
        return replace(framed, addressee=found.addressee)
    return framed


def _relay_within(draft: _Draft, frame: ClosingFrame) -> None:
    """A report inside a framed statement reaches us through the frame's speaker and chain."""
    outer = frame.attribution.speaker.actor if frame.attribution.speaker else None
    if outer is None or draft.attribution is None:
        return
    mine = _speaker_id(draft)
    chain = (*frame.attribution.via, outer, *draft.attribution.via)
    draft.attribution = replace(draft.attribution, via=tuple(dict.fromkeys(a for a in chain if a and a != mine)))


def _labelled(doc: Doc, text: str, drafts: list[_Draft], attributor: Attributor,
              quoted: list[Quoted]) -> list[_Draft]:
    """"Carson: Cruz taking 'Benghazi' approach", "Lopez: Well, no one is like ...": a paragraph
    that a name and a colon open is that name's statement (headlines, transcripts, poll digests),
    where it states something: it has a verb or runs to a sentence ("Clinton: 547." is a count)."""
    found = []
    offset = 0
    marked = [part for quote in quoted for part in quote.parts]
    by_position = _by_extent(drafts)
    for paragraph in text.split("\n"):
        start, offset = offset, offset + len(paragraph) + 1
        colon = paragraph.find(":")
        if colon <= 0 or colon > MAX_LABEL_CHARS:
            continue
        label = doc.char_span(start, start + colon, alignment_mode="expand")
        mark = doc.char_span(start + colon, start + colon + 1)
        content = _trimmed(text, ((start + colon + 1, start + len(paragraph)),))
        if label is None or mark is None or not content or not _is_label(label, attributor):
            continue
        holder = next((d for d in by_position.around(content[0][0], content[0][0] + 1)
                       if d.content[0][0] >= content[0][0] and d.content[-1][1] <= content[-1][1]
                       and d.content[0][0] - content[0][0] <= 1), None)
        attribution = _label_attribution(mark[0], label, attributor)
        if holder is not None:
            if holder.attribution is None and holder.inherited is None:
                holder.attribution = attribution  # Frank Newport: "We found that ..."
            continue
        if any(d.content[0][0] < content[-1][1] and content[0][0] < d.content[-1][1]
               and not _first_person_within(d, content) for d in by_position.around(content[0][0], content[-1][1])):
            continue
        said = doc.char_span(content[0][0], content[-1][1], alignment_mode="expand")
        if said is None or not _clause_like(list(said)):
            continue
        found.append(_Draft(kind_by_marks(text, content, marked), content, attribution))
    return found


def _first_person_within(draft: _Draft, content: list[tuple[int, int]]) -> bool:
    """Is ``draft`` a report in the first person inside ``content`` ("Rubio: I still believe Trump
    can't be trusted"), which a label's statement holds, its "I" being the label's speaker?"""
    speaker = draft.attribution.speaker if draft.attribution is not None else None
    return speaker is not None and speaker.span.text.lower() in FIRST_PERSON \
        and content[0][0] <= draft.content[0][0] and draft.content[-1][1] <= content[-1][1]


def _inner_quotes(doc: Doc, text: str, drafts: list[_Draft], attributor: Attributor,
                  quoted: list[Quoted]) -> list[_Draft]:
    """What a quotation says others said: a quotation inside it ('"Macron told me: 'Berlin will
    abstain'," the diplomat said') or a report in its words ('"The prime minister assured me that
    no troops would be sent," she said') is a quote of its own, by whom the quotation says spoke
    it, relayed by the quotation's speaker; "me", "us" and "I" in it stand for that speaker."""
    found = []
    by_position = _by_extent(drafts)
    for quote in quoted:
        for part_start, part_end in _trimmed(text, quote.parts):  # as the quotes' contents are
            holder = next((d for d in by_position.around(part_start, part_end) if _speaker(d) is not None
                           and d.kind != "indirect" and any(s <= part_start and part_end <= e for s, e in d.content)),
                          None)
            if holder is None:
                continue
            part = _tokens(doc, Quoted(((part_start, part_end),)))
            inner = inner_quotations(text, part_start, part_end)
            for start, end in inner:
                draft = _inner_quote(doc, text, Quoted(((start, end),)), part, holder, attributor)
                if draft is not None:
                    found.append(draft)
            found += _reports_within(part, inner, holder, attributor)
    return found


def _inner_quote(doc: Doc, text: str, inner: Quoted, part: list[Token], holder: _Draft,
                 attributor: Attributor) -> _Draft | None:
    """The quote of ``inner``, a quotation in ``part`` of ``holder``'s quotation, found among the
    quotation's own words; None where no cue there reports it or its speaker is the holder's."""
    tokens = _tokens(doc, inner)
    if not tokens or not _trimmed(text, inner.parts) or not _clause_like(tokens):
        return None  # "all 'significant' subsidiaries": a word in marks, not something said
    nested = attributor.within_quotation(frozenset(t.i for t in tokens))
    outside = {t.i for t in part} - nested.quoted_tokens
    cue = nested.governing_cue(tokens, outside) or nested.lead_in_cue(tokens[0], outside) \
        or nested.trailing_cue(inner.end + 1, outside)
    if cue is None:
        return None  # a title or a word in marks, not something said
    draft = _marked_draft(doc, text, inner, tokens, cue, nested)
    start, end = part[0].idx, part[-1].idx + len(part[-1].text)
    if any(s < start or e > end for s, e in draft.content):  # the parse ran past the quotation
        draft.kind, draft.content = "direct", _trimmed(text, inner.parts)
    return _relayed_by_holder(draft, holder)


def _reports_within(part: list[Token], inner: list[tuple[int, int]], holder: _Draft,
                    attributor: Attributor) -> list[_Draft]:
    """'"The prime minister assured me that no troops would be sent," she said': a report of
    another's words, by a verb that relays them, with a clause of its own in the quotation."""
    marked = frozenset(t.i for t in part if any(s <= t.idx < e for s, e in inner))
    nested = attributor.within_quotation(marked)
    words = {t.i for t in part}
    found = []
    for token in part:
        if token.i in marked or not nested.is_cue(token) or not nested.cues.relays(token):
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is None or any(t.i in marked or t.i not in words for t in clause.subtree):
            continue  # a quotation's report is the quotation's; a clause past the quotation is not in it
        content = _clause_span(clause, exclude=token, cues=nested.cues)
        draft = _relayed_by_holder(_Draft("indirect", [content], nested.attribute(token)), holder)
        if draft is not None:
            found.append(draft)
    return found


def _described_party(party: Party | None) -> bool:
    """Does the text describe ``party`` ("the ambassador", "his aide") rather than name them?"""
    if party is None:
        return False
    first = party.span.text.split(maxsplit=1)[0].lower() if party.span.text.strip() else ""
    return first in DESCRIBING_WORDS


def _relayed_by_holder(draft: _Draft, holder: _Draft) -> _Draft | None:
    """``draft``, said within ``holder``'s quotation, as relayed by its speaker: "me", "us" and
    "I" are that speaker, who joins the chain; None where the speaker is the holder's own self
    ('"I said, 'No'," he recalls') or no one the text names, or where no actor holds the quotation."""
    outer = _speaker(holder)
    outer_via = holder.attribution.via if holder.attribution else ()

    def resolved(party: Party | None) -> Party | None:
        if party is not None and party.span.text.lower() in FIRST_PERSON:
            return Party(outer.actor, party.span)  # "told me": the one who says so
        return party
    speaker, addressee = resolved(draft.attribution.speaker), resolved(draft.attribution.addressee)
    if speaker is not None and speaker.actor == outer.actor and _described_party(speaker):
        # '"The ambassador came to my office and told me, '...'," Ortega said': someone the quotation
        # describes is not its speaker, whom a description near his name may have been taken for
        speaker = Party(None, speaker.span)
    mine = speaker.actor if speaker is not None else None
    if mine is not None and mine == outer.actor and _tells_someone(draft):
        # '"I told the president that we cannot go on," Medina said': his own words, to the president
        draft.attribution = replace(draft.attribution, speaker=speaker, addressee=addressee, via=outer_via)
        return draft
    if outer.actor is None or speaker is None or mine == outer.actor or _unresolved_pronoun(speaker) \
            or mine is None and speaker.span.text.lower() in PRONOUNS:
        return None
    via = tuple(dict.fromkeys(a for a in (*outer_via, outer.actor, *draft.attribution.via) if a and a != mine))
    draft.attribution = replace(draft.attribution, speaker=speaker, addressee=addressee, via=via)
    draft.nested = True
    return draft


def _label_before(doc: Doc, first: Token, attributor: Attributor) -> Attribution | None:
    """``... destroy ISIS." Bush: "The mission is ..."``, ``STATES - Michael P. McDonald: "At long
    last ..."``: a label, as a paragraph may open with, right before a quote's opening mark."""
    colon = first.i - 1
    while colon >= 0 and (doc[colon].is_space or doc[colon].is_quote):
        colon -= 1
    if colon < 1 or doc[colon].text != ":":
        return None
    start = colon
    if doc[start - 1].text == ")":  # "Rep. Trey Gowdy (R-S.C.):"
        while start > 1 and doc[start - 1].text != "(":
            start -= 1
        start -= 1
    while start > 0 and not (doc[start - 1].is_punct or doc[start - 1].is_space
                             or "\n" in doc[start - 1].text_with_ws):
        start -= 1
    label = doc[start:colon]
    return _label_attribution(doc[colon], label, attributor) if label and _is_label(label, attributor) else None


def _colon_lead_in(doc: Doc, first: Token, attributor: Attributor) -> Attribution | None:
    """"Trump went even further: "If he loses, ..."", "He then listed the qualities he wanted:
    "...": a clause whose subject can speak, closed by a colon right before the quotation, leads
    into its subject's words (with no reporting verb of the lexicon's in it)."""
    colon = first.i - 1
    while colon >= 0 and (doc[colon].is_space or doc[colon].is_quote):
        colon -= 1
    if colon < 1 or doc[colon].text != ":":
        return None
    verb = doc[colon - 1]
    while verb.head != verb and verb.head.i < colon and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    while verb.head != verb and verb.head.i < colon and verb.dep_ in ("conj", "xcomp", "advcl"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not _speaking_subject(verb, attributor):
        return None
    subject = attributor.subject_of(verb)
    return Attribution(doc[colon], (doc[colon].idx, doc[colon].idx + 1), attributor.party(subject), None, ())


def _label_attribution(colon: Token, label, attributor: Attributor) -> Attribution:
    """The label's speaker, with its colon as the cue."""
    return Attribution(colon, (colon.idx, colon.idx + len(colon.text)),
                       attributor.party(_label_head(label, attributor)), None, ())


def _is_label(label, attributor: Attributor) -> bool:
    words = [t for t in label if not (t.is_space or t.is_punct)]
    if not 1 <= len(words) <= MAX_LABEL_WORDS or label.text.strip().lower() in NOT_SPEAKER_LABELS:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words):
        return False
    return any(t.pos_ == "PROPN" or attributor.actors.mention_at(t.i) for t in words) or words[-1].pos_ == "NOUN"


def _label_head(label, attributor: Attributor) -> Token:
    mentioned = [t for t in label if attributor.actors.mention_at(t.i)]
    return mentioned[0] if mentioned else label.root


def _inside_quotes(doc: Doc, quoted: list[Quoted]) -> set[int]:
    inside = set()
    for quote in quoted:
        for start, end in quote.parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def _marked(doc: Doc, text: str, quoted: list[Quoted], outside: set[int],
            attributor: Attributor) -> list[_Draft]:
    """Quotes from quotation marks: by their governing cue, a lead-in or a dash, else follow-ons.

    Quoted words with no cue that follow an attributed quote in the same paragraph continue it
    (one quote in several parts, as "A," he said. "B." is one statement), and so does a quotation
    that opens the next paragraph after one that ended with the quote and its attribution. Verbless
    fragments with no cue are scare quotes, and words in marks with no cue and no one to say them
    are no one's quote: neither is recorded.
    """
    drafts: list[_Draft] = []
    by_cue: dict[int, _Draft] = {}
    previous: _Draft | None = None
    previous_end = -1
    for quote in quoted:
        tokens = _tokens(doc, quote)
        if not tokens:
            continue
        if _nickname(doc, tokens) or _programme_title(doc, tokens):
            continue
        parts = _trimmed(text, quote.parts)
        if not parts:  # marks around punctuation alone ("„,”") quote nothing
            continue
        cue = attributor.governing_cue(tokens, outside)
        if cue is not None and _sentence_end_between(doc, cue.i, tokens[0].i):
            # '... Trump said that X. "We can't afford it," Trump said': the parser hung the quote
            # on the sentence before; the attribution after it is its own
            cue = attributor.trailing_cue(quote.end + 1, outside) or cue
        cue = cue or attributor.lead_in_cue(tokens[0], outside) or attributor.trailing_cue(quote.end + 1, outside)
        if cue is not None:
            cue = attributor.relayed_cue(cue)  # '"...," Xinhua quoted the spokesman as saying': the spokesman's
        attribution = None if cue is not None else (
            attributor.dash_attribution(quote.end + 1) or _label_before(doc, tokens[0], attributor)
            or attributor.according_to_sentence(attributor.sentence(tokens[0]))
            or _colon_lead_in(doc, tokens[0], attributor))
        key = cue.i if cue is not None else attribution.cue.i if attribution is not None else None
        if key is not None and key in by_cue:  # "The talks," Lavrov said, "were productive."
            _extend(by_cue[key], parts)
            previous, previous_end = by_cue[key], quote.end
            continue
        if cue is not None:
            draft = _marked_draft(doc, text, quote, tokens, cue, attributor)
            by_cue[cue.i] = draft
        elif attribution is not None and attribution.cue.lower_ == "according":
            # "According to X, they engaged in a "scheme" in which ...": the whole statement is X's
            draft = _according_draft(doc, attribution, quote, parts)
            by_cue[attribution.cue.i] = draft
        elif attribution is not None:
            draft = _Draft("direct", parts, attribution)
        elif previous is not None and _speaker(previous) and _follows(text, previous_end, quote.start,
                                                                       paragraphs=0):
            if _clause_like(tokens) or _sentence(tokens):
                previous.content.extend(parts)
                previous_end = quote.end
            continue
        elif previous is not None and _speaker(previous) is not None and _clause_like(tokens) \
                and _continues_over_paragraph(text, previous_end, quote.start):
            previous.content.extend(parts)
            previous_end = quote.end
            continue
        elif _clause_like(tokens) and (subject := attributor.previous_subject(tokens[0])) is not None:
            draft = _Draft("direct", parts, None, inherited=subject)
        else:
            # a scare quote, a word or phrase in marks said by nobody in particular; or words in
            # marks with neither cue nor anyone to say them (a sign, a slogan, a pull quote)
            continue
        if draft.attribution is not None and draft.attribution.speaker is None:
            # a cue whose subject the parse does not reach ("Adding: ..."): who spoke just before
            inherited = _speaker(previous) if previous is not None and _follows(
                text, previous_end, quote.start, paragraphs=1) else attributor.previous_subject(tokens[0])
            if inherited is not None:
                draft.attribution = replace(draft.attribution, speaker=inherited)
        if draft.attribution and draft.attribution.addressee is None and previous is not None \
                and _second_person(tokens) and _same_speaker(draft, previous) \
                and _follows(text, previous_end, quote.start, paragraphs=1):
            draft.addressee = _addressee(previous)
        drafts.append(draft)
        previous, previous_end = draft, quote.end
    return _join_openings(drafts, text)


def _nickname(doc: Doc, tokens: list[Token]) -> bool:
    """Marcia "Cia" Price, Dwayne "The Rock" Johnson: a name's part in marks, not a quote."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > MAX_NICKNAME_WORDS:
        return False
    before, after = tokens[0].i - 2, tokens[-1].i + 2
    while after < len(doc) and doc[after - 1].is_punct and not doc[after - 1].is_quote:
        after += 1  # the tokenizer may keep punctuation apart from the closing mark
    return before >= 0 and after < len(doc) and doc[before].pos_ == "PROPN" and doc[before].text[:1].isupper() \
        and doc[after].pos_ in ("PROPN", "NOUN") and doc[after].text[:1].isupper() \
        and doc[before + 1].is_quote and doc[after - 1].is_quote


def _programme_title(doc: Doc, tokens: list[Token]) -> bool:
    """"on Fox News channel's "Sunday Morning Futures,"", "in his book "The Art of the Deal"": a
    title in marks after a possessive or a preposition of setting, not something said (a title's
    words are capitalised and it has no verb; "'Honesty Is In Question'" is a headline's quote)."""
    words = [t for t in tokens if t.is_alpha]
    opening = tokens[0].i - 1
    while opening >= 0 and doc[opening].is_quote:
        opening -= 1
    if not words or opening < 0 or not (doc[opening].tag_ == "POS" or doc[opening].lower_ in SETTING_PREPOSITIONS):
        return False
    return words[0].text[:1].isupper() and words[-1].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") and t.lower_ not in TITLE_SMALL_WORDS for t in words)


def _sentence_end_between(doc: Doc, start: int, end: int) -> bool:
    return any(t.text in (".", "!", "?") for t in doc[start + 1:end])


def _join_openings(drafts: list[_Draft], text: str) -> list[_Draft]:
    """"A," Obama said, "B.": a first part that found no cue joins the attributed part after it."""
    joined: list[_Draft] = []
    for draft in drafts:
        opening = joined[-1] if joined else None
        if (opening is not None and opening.attribution is None and opening.inherited is None
                and draft.attribution is not None and draft.kind == "direct"
                and opening.content[-1][1] <= draft.attribution.cue_chars[0] < draft.content[0][0]
                and "\n" not in text[opening.content[-1][1]:draft.content[0][0]]):
            draft.content[:0] = opening.content
            joined[-1] = draft
        else:
            joined.append(draft)
    return joined


def _extend(draft: _Draft, parts: list[tuple[int, int]]) -> None:
    """Add quoted parts to a quote, unless its content (a mixed clause) already holds them."""
    for start, end in parts:
        if not any(s <= start and end <= e for s, e in draft.content):
            draft.content.append((start, end))


def _according_draft(doc: Doc, attribution: Attribution, quote: Quoted, parts: list[tuple[int, int]]) -> _Draft:
    content = _sentence_without(doc, attribution.cue)
    unquoted = [t for s, e in content for t in doc.char_span(s, e, alignment_mode="expand") or ()
                if t.is_alpha and not any(a <= t.idx < b for a, b in quote.parts)]
    if len(unquoted) <= MAX_UNQUOTED_WORDS_DIRECT or not content:
        return _Draft("direct", parts, attribution)
    return _Draft("mixed", content, attribution)


def _speaker(draft: _Draft) -> Party | None:
    return draft.attribution.speaker if draft.attribution else draft.inherited


def _addressee(draft: _Draft) -> Party | None:
    return (draft.attribution.addressee if draft.attribution else None) or draft.addressee


def _clause_like(tokens: list[Token]) -> bool:
    """A statement rather than a word in marks: it has a verb, or runs to several words."""
    words = [t for t in tokens if t.is_alpha]
    return any(t.pos_ in ("VERB", "AUX") for t in tokens) or len(words) >= MIN_STATEMENT_WORDS


def _sentence(tokens: list[Token]) -> bool:
    """Quoted words that make a sentence of their own ("In my head, anyway."), not a phrase."""
    words = [t for t in tokens if not t.is_punct]
    return len(words) >= 2 and words[0].text[:1].isupper() and tokens[-1].text in (".", "!", "?")


def _marked_draft(doc: Doc, text: str, quote: Quoted, tokens: list[Token], cue: Token,
                  attributor: Attributor) -> _Draft:
    attribution = attributor.attribute(cue)
    top = next((t for t in tokens if t.head.i not in {x.i for x in tokens} or t.head == t), tokens[0])
    branch = complement_path_child(cue, top, attributor.cues.express_nouns)
    quoted_parts = _trimmed(text, quote.parts)
    if branch is None:
        host = _host_clause(cue)
        if host is not None and all(host.left_edge.i <= t.i <= host.right_edge.i for t in tokens):
            # "Particularly in poorer parts, he said, "we don't know ..." on how many jobs ...": the
            # clause the cue is set into is what is said
            content = _trimmed(text, tuple(_sentence_without(doc, cue, within=host.subtree)))
            if content and kind_by_marks(text, content, quote.parts) == "mixed":
                return _Draft("mixed", content, attribution)
        return _Draft("direct", quoted_parts, attribution)
    if branch.dep_ in ("prep", "dobj") and (stranded := _stranded_that_clause(cue)) is not None \
            and (stranded == top or stranded in top.ancestors):
        branch = stranded  # "told supporters in a televised address that the group would "not abandon" ..."
    clause = _clause_span(branch, exclude=cue, cues=attributor.cues, quoted=attributor.quoted_tokens)
    clause = (clause[0], _parallel_end(cue, branch, _object_end(cue, branch, clause[1]), attributor.cues))
    # called Machado "disgusting": her and the words; but "what Gilbert called "a problem"": the words
    # and "referred to immigrants as "rapists"": whom the verb's preposition names, with the words
    objects = [c for c in cue.children
               if c.dep_ == "dobj" and c.i < branch.i and c != branch and c.tag_ not in ("WP", "WDT")] + \
        [o for c in cue.children if c.dep_ == "prep" and cue.i < c.i < branch.i and branch.lower_ == "as"
         for o in c.children if o.dep_ == "pobj" and o.tag_ not in ("WP", "WDT")]
    if objects and branch.dep_ in ("oprd", "prep", "xcomp", "acomp") and cue.lemma_.lower() not in ADDRESSEE_CUES:
        clause = (objects[0].left_edge.idx, clause[1])
    core_start, core_end = _alphanumeric_bounds(text, quoted_parts)
    if clause[0] > core_start or clause[1] < core_end:
        return _Draft("direct", quoted_parts, attribution)
    unquoted = [t for t in doc.char_span(*clause, alignment_mode="expand") or ()
                if t.is_alpha and not any(start <= t.idx < end for start, end in quote.parts)]
    if len(unquoted) <= MAX_UNQUOTED_WORDS_DIRECT:
        return _Draft("direct", quoted_parts, attribution)
    return _Draft("mixed", [clause], attribution)


def _indirect(doc: Doc, outside: set[int], drafts: list[_Draft], attributor: Attributor,
              quoted: list[Quoted]) -> list[_Draft]:
    used_cues = {d.attribution.cue.i for d in drafts if d.attribution}
    found: list[_Draft] = []
    for token in doc:
        if token.i in outside and token.i not in used_cues and token.lower_ == "according":
            according = _according(doc, token, attributor, drafts)
            if according is not None:
                found.append(according)
            continue
        if token.i in outside and token.lower_ == "in" and token.dep_ == "prep":
            finding = _in_finding(doc, token, attributor)
            if finding is not None:
                found.append(finding)
            continue
        if token.i in outside and token.lower_ in PERSPECTIVE_PREPOSITIONS and token.dep_ == "prep":
            perspective = _perspective(doc, token, attributor)
            if perspective is not None:
                found.append(perspective)
            continue
        if token.i in outside and token.dep_ == "acomp" and (token.lemma_.lower() in attributor.cues.adjectives or (
                _that_clause(token) is not None and _speaking_subject(token.head, attributor))):
            view = _adjective_view(token, attributor)
            if view is not None:
                found.append(view)
            continue
        if (token.i in outside and token.i not in used_cues and token.pos_ == "NOUN"
                and token.lemma_.lower() in attributor.cues.nouns):
            claim = _noun_claim(token, attributor)
            if claim is not None:
                found.append(claim)
            continue
        if token.i not in outside or token.i in used_cues or attributor.relaying(token) \
                or attributor.relayed_cue(token).i in used_cues:
            continue  # "citing X" passes on another's statement; so does '"...," X was quoted as saying'
        if _dates_a_statement(token, attributor) or _noun_infinitive(token):
            continue
        if attributor.is_cue(token):
            branch = _complement(token, attributor)
            if branch is not None and branch == attributor.sentence_reporter(token):
                # "X said A, the agency reported", parsed as X saying that the agency reported A: A
                branch = next((c for c in branch.children if c.dep_ == "ccomp" and c.i < branch.i), branch)
        elif attributor.cues.reports_object(token) and not passive_without_agent(token):
            # "sought the nomination", "offered his support" (not "was named", whose subject said nothing)
            branch = _complement(token, attributor)
        elif token.lemma_.lower() in attributor.cues.stance_verbs:
            branch = _clausal_complement(token)
        elif token.pos_ == "VERB" and token.lemma_.lower() not in attributor.cues.quoting_verbs \
                and (that := _that_clause(token)) is not None and _speaking_subject(token, attributor):
            branch = that  # "figured that ...", "conceded that ...": a speaker's verb with a "that" clause
        else:
            continue
        host = _host_clause(token) if branch is None else None
        within = host.subtree if host is not None else None
        if branch is None and host is None and attributor.reports_sentence(token):
            within = attributor.sentence(token)  # "Officials said ..., the agency reported": all of it
        if branch is None and within is None:
            continue
        saying = attributor.relayed_cue(token)
        if saying is not token and any(c.dep_ == "nsubjpass" for c in token.children):
            token = saying  # "A, X was quoted as saying": what "quoted" governs is X's statement
        attribution = attributor.attribute(token)
        if attribution.speaker is None or _unresolved_pronoun(attribution.speaker):
            continue
        if within is not None:
            # without the attribution: "he said", or "the agency Bernama reported" parsed as a noun it qualifies
            phrase = token.head if token.dep_ == "relcl" and branch is None and host is None else token
            content = _sentence_without(doc, phrase, within=within)
            if content:
                found.append(_Draft("indirect", content, attribution))
            continue
        start, end = _clause_span(branch, exclude=token, cues=attributor.cues)
        if _reported_clause_above(token):  # "reported, quoting two sources, that ...": from the "that" on
            start = max(start, next(c.idx for c in branch.children if c.dep_ == "mark" and c.lower_ == "that"))
        if branch.left_edge.dep_ == "mark" and branch.left_edge.lower_ in attributor.cues.prepositions.get(
                token.lemma_.lower(), ()):
            start = branch.doc[branch.left_edge.i + 1].idx  # "called for *the wage to be raised*"
        # "urged conservatives to obey the decision", "called on Sanders to do the same": who is to do it
        objects = [c for c in token.children if c.i < branch.i and (
            c.dep_ == "dobj" or c.dep_ == "prep" and c.i > token.i and any(o.dep_ == "pobj" for o in c.children))]
        if branch.dep_ == "xcomp" and objects:
            first = objects[0] if objects[0].dep_ == "dobj" \
                else next(o for o in objects[0].children if o.dep_ == "pobj")
            start = min(start, first.left_edge.idx)
        end = _object_end(token, branch, end)
        if (cited := attributor.cited_source(token)) is not None and branch.i < cited.head.i \
                and cited.head.left_edge.i > 0 and cited.head.left_edge.idx < end:
            end = doc[cited.head.left_edge.i - 1].idx  # "said A, citing an official": A is the official's
        end = _parallel_end(token, branch, end, attributor.cues)
        if branch.i < token.i and _ends_sentence(token):
            start = _sentence_opening(attributor.sentence(token), start)  # "A, and B, Kim said": all of it
        if len(doc.char_span(start, end, alignment_mode="expand") or ()) < MIN_INDIRECT_TOKENS:
            continue
        found.append(_Draft("indirect", _without_frame(doc, start, end, token, branch), attribution))
    marked = [part for quote in quoted for part in quote.parts]
    for draft in found:  # a report whose content holds quoted words is mixed, whatever found it
        if kind_by_marks(attributor.text, draft.content, marked) != "indirect":
            draft.kind = "mixed"
    return _drop_restatements(found, drafts, attributor.cues)


def _without_frame(doc: Doc, start: int, end: int, cue: Token, branch: Token) -> list[tuple[int, int]]:
    """The ranges of ``start``-``end`` without the cue and the words before it that hang on it
    (its subject, auxiliaries): what a clause fronted around its cue says ("which Beijing has
    vowed *to ignore*", "which he said *were split*"), without who says it."""
    if not start < cue.idx < end:
        return [(start, end)]
    frame = {cue.i} | {t.i for c in cue.lefts if c != branch and not c.is_ancestor(branch) for t in c.subtree}
    runs: list[list[Token]] = []
    for word in doc.char_span(start, end, alignment_mode="expand") or ():
        if word.i in frame or word.is_space:
            continue
        if runs and not any(t.i in frame for t in doc[runs[-1][-1].i + 1:word.i]):
            runs[-1].append(word)
        else:
            runs.append([word])
    for run in runs:
        while len(run) > 1 and run[-1].is_punct and not run[-1].is_quote:
            run.pop()
        while len(run) > 1 and run[0].is_punct:
            run.pop(0)
    return [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs if not (len(r) == 1 and r[0].is_punct)] \
        or [(start, end)]


def _unresolved_pronoun(speaker: Party) -> bool:
    """"It shows ..." or "this means ...": no one is speaking."""
    return speaker.actor is None and speaker.span.text.lower() in ("it", "this", "that", "which", "what")


def _noun_claim(noun: Token, attributor: Attributor) -> _Draft | None:
    """"Trump's claim that there have been thousands of shootings" or "Sanders' criticism of the
    deal": the possessor's statement."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _maker(noun, attributor)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and c.pos_ in ("VERB", "AUX") and any(m.lower_ == "that" for m in c.children)), None)
    # "His decision to quit stunned aides", "her attacks on Clinton continued"; but where the phrase
    # is what a verb takes ("bashed Trump's proposal to ban ...", "apologized for his campaign's
    # decision to ..."), PolNeAR's annotators give the statement to that verb's subject
    argument = noun.dep_ in ("dobj", "pobj") and (noun.head.pos_ == "VERB" or noun.head.head.pos_ == "VERB")
    if clause is None and not argument:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and c.i > noun.i
                       and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)), None)
    if clause is None:
        own = NOUN_CUE_OWN_PREPOSITIONS.get(noun.lemma_.lower(), ()) if not argument else ()
        clause = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in (*NOUN_CUE_PREPOSITIONS, *own)
                       for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    if owner is None or clause is None:
        return None
    start, end = _clause_span(clause, exclude=noun, cues=attributor.cues)
    cue = (noun.idx, noun.idx + len(noun.text))
    return _Draft("indirect", [(start, end)], Attribution(noun, cue, attributor.party(owner), None, ()))


def _maker(noun: Token, attributor: Attributor) -> Token | None:
    """"claims *by intelligence agencies* that ...", "calls *from her rivals* to break up the banks":
    who made a statement, named after it by "by" or "from", as a possessive names it before."""
    for phrase in noun.children:
        if phrase.dep_ == "prep" and phrase.lower_ in ("by", "from") and phrase.i > noun.i:
            maker = next((o for o in phrase.children if o.dep_ == "pobj"), None)
            if maker is not None and len(attributor.actors.actors_at(maker.i)) == 1 and attributor.names_speaker(maker):
                return maker
    return None


def _adjective_view(adjective: Token, attributor: Attributor) -> _Draft | None:
    """"Sanders was critical of the deal", "she is confident that ...", "they are eager to vote":
    the view of the subject of the verb the adjective completes (a cue of the lexicon's, or any
    adjective with a "that" clause when that subject is a speaking actor: "was emphatic that ...")."""
    branch = next((c for c in adjective.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
    if branch is None:
        branch = next((o for c in adjective.children if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPOSITIONS
                       for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    if branch is None:
        return None
    attribution = attributor.attribute(adjective.head)
    if attribution.speaker is None or _unresolved_pronoun(attribution.speaker):
        return None
    cue = replace(attribution, cue=adjective, cue_chars=(adjective.idx, adjective.idx + len(adjective.text)))
    return _Draft("indirect", [_clause_span(branch, exclude=adjective, cues=attributor.cues)], cue)


def _according(doc: Doc, token: Token, attributor: Attributor, drafts: list[_Draft]) -> _Draft | None:
    """"According to X, A did B": the rest of the sentence, X speaking."""
    sentence = attributor.sentence(token)
    attribution = attributor.according_to_sentence(sentence)
    if attribution is None or attribution.cue != token:
        return None
    if any(d.attribution is not None and d.attribution.cue == token for d in drafts):
        return None  # the sentence's quotation is already this source's
    # otherwise the source relays the whole sentence, a quotation by someone else in it included
    content = _sentence_without(doc, token)
    words = sum(len(doc.char_span(s, e, alignment_mode="expand") or ()) for s, e in content)
    return _Draft("indirect", content, attribution) if words >= MIN_INDIRECT_TOKENS else None


def _in_finding(doc: Doc, preposition: Token, attributor: Attributor) -> _Draft | None:
    """"In a CNN poll, Clinton held a 24-point lead": what a poll or survey found, set on the
    clause it opens, is the poll's finding, as "according to the poll" would make it; and "in her
    view, the deal failed", "In Trump's mind, ...": the view of whose view or mind it is."""
    source = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    clause = preposition.head
    owner = next((c for c in source.children if c.dep_ == "poss"), None) if source is not None else None
    view = source is not None and source.lemma_.lower() in VIEW_NOUNS and owner is not None
    if source is None or source.lemma_.lower() not in FINDING_NOUNS and not view \
            or clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ROOT", "ccomp", "conj") \
            or preposition.i > clause.i and view:
        return None
    within = clause.subtree if preposition.i < clause.i else _before_finding(clause, preposition, source)
    if within is None:
        return None
    content = _sentence_without(doc, preposition, within=within)
    if not content:
        return None
    if view:
        cue = (preposition.idx, source.idx + len(source.text))
        return _Draft("indirect", content, Attribution(preposition, cue, attributor.party(owner), None, ()))
    poll = doc[preposition.i + 1:preposition.right_edge.i + 1]
    inside = next((m for m in (attributor.actors.mention_at(t.i) for t in poll) if m and len(m.actors) == 1), None)
    speaker = Party(inside.actors[0] if inside else None, Span(poll.start_char, poll.end_char, poll.text))
    cue = (preposition.idx, preposition.idx + len(preposition.text))
    return _Draft("indirect", content, Attribution(preposition, cue, speaker, None, ()))


def _perspective(doc: Doc, preposition: Token, attributor: Attributor) -> _Draft | None:
    """"To Ms. Gil, skateboarding is dissent", "To many voters, he is a provocateur": a clause that
    a phrase of "to" someone, set off by a comma, opens is how it seems to them, as "in her view"
    sets her view on it (not "To date, ...": no one is named)."""
    person = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    clause = preposition.head
    if person is None or clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ROOT", "ccomp", "conj") \
            or preposition.i > clause.i or preposition.right_edge.i + 1 >= len(doc) \
            or doc[preposition.right_edge.i + 1].text != ",":
        return None
    speaker = attributor.party(person)
    if not (attributor.names_speaker(person) or _group_speaker(speaker, attributor)):
        return None
    content = _sentence_without(doc, preposition, within=clause.subtree)
    if not content:
        return None
    cue = (preposition.idx, preposition.idx + len(preposition.text))
    return _Draft("indirect", content, Attribution(preposition, cue, speaker, None, ()))


def _before_finding(clause: Token, preposition: Token, poll: Token) -> list[Token] | None:
    """"Obama was winning blacks by 28 points in the same poll, a 52-point swing": the clause from
    its subject up to a poll named after it is the poll's finding. Only one poll: after "in the
    polls" ("he rose in the polls", "she is still ahead in national polls") PolNeAR's annotators
    mostly mark no attribution (on its train split they mark one at 6 of 21 such phrases)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if poll.tag_ != "NN" or poll.lemma_.lower() not in SINGLE_FINDING_NOUNS or subject is None:
        return None
    return [t for t in clause.subtree if subject.left_edge.i <= t.i < preposition.i]


def _host_clause(cue: Token) -> Token | None:
    """The clause a cue is set into: "Many closures, he said, have involved ..." or "as Clyburn
    noted, those voters will ...", where the parser makes the reporting verb hang on what it reports."""
    if cue.head == cue or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    if cue.dep_ == "parataxis" or cue.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return cue.head
    return None


def _sentence_without(doc: Doc, phrase_head: Token, within=None) -> list[tuple[int, int]]:
    """The character ranges of ``phrase_head``'s sentence (or of the tokens ``within``) outside
    its phrase ("according to X", "he said"), without an opening "but" or "and"."""
    phrase = {t.i for t in phrase_head.subtree}
    scope = list(phrase_head.sent if within is None else within)
    # "..., as reported by Xinhua": who passed the statement on, not part of it
    phrase.update(w.i for t in scope if passed_on(t) for w in t.subtree)
    # sorted: a subtree comes in text order only where the parse is projective, which a parse of
    # odd text need not be, and the ranges below are runs of neighbouring words
    words = sorted((t for t in scope if t.i not in phrase
                    and not t.is_space), key=lambda t: t.i)
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words.pop(0)
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    if not words:
        return []
    parts, run = [], [words[0]]
    for word in words[1:]:
        if word.i == run[-1].i + 1 or all(t.is_punct or t.is_space for t in doc[run[-1].i + 1:word.i]):
            run.append(word)
        else:
            parts.append(run)
            run = [word]
    parts.append(run)
    return [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in parts if not (len(r) == 1 and r[0].is_punct)]


def _inherit_from_indirect(marked: list[_Draft], indirect: list[_Draft], text: str) -> None:
    """A quote with no cue after a reported statement in its paragraph is that speaker's too."""
    by_end = SpanIndex(indirect, span=lambda d: (d.content[-1][1], d.content[-1][1]))
    for draft in marked:
        if draft.attribution or draft.inherited:
            continue
        start = draft.content[0][0]
        paragraph = text.rfind("\n", 0, start) + 1  # none before it ends in an earlier paragraph
        before = [d for d in by_end.around(paragraph, start) if d.content[-1][1] <= start and d.attribution.speaker
                  and "\n" not in text[d.content[-1][1]:start]]
        if before:
            draft.inherited = max(before, key=lambda d: d.content[-1][1]).attribution.speaker


def _complement(cue: Token, attributor: Attributor) -> Token | None:
    """What the cue reports: a clause ("said that ..."), an "express X that/to" complement, an
    infinitive ("plans to release"), or, for verbs of stance, their object ("endorsed Clinton")."""
    children = list(cue.children)
    if _reported_clause_above(cue):
        return cue.head
    # a clause before a cue that closes the sentence is what it says whatever the tagger made of its
    # head ("Her fate hinges on Obama, analyst says", with "hinges" a noun)
    clauses = [c for c in children if c.dep_ in ("ccomp", "parataxis") and (c.pos_ in ("VERB", "AUX") or _has_that(c)
               or c.i < cue.i and _ends_sentence(cue)) and not _across_a_break(c, cue)
               and not _reported_clause_above(c)]
    if clauses:
        # "A was not part of the swap; Iran insists it does not know": a clause on each side of the
        # cue is the parser hanging the sentence before on it; what the cue says follows it
        return next((c for c in clauses if c.i > cue.i), clauses[0]) if clauses[0].i < cue.i else clauses[0]
    if attributor.cited_source(cue) is not None:
        # "KCNA said, quoting Kim, that ...": the parser hung the "that" clause on the citing verb
        for child in children:
            if attributor.relaying(child):
                clause = _that_clause(child)
                if clause is not None:
                    return clause
    for child in children:
        if child.dep_ == "dobj" and child.lemma_.lower() in attributor.cues.express_nouns:
            for grandchild in child.children:
                if grandchild.dep_ in ("acl", "ccomp", "relcl") and grandchild.pos_ in ("VERB", "AUX"):
                    return grandchild
    for child in children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    for form in attributor.statement_forms(cue):  # "said in a statement posted online that ...", hung on the statement
        for child in form.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX") and _has_that(child):
                return child
    if (stranded := _stranded_that_clause(cue)) is not None:
        return stranded
    if (told := _told_clause_on_the_addressee(cue)) is not None:
        return told
    if cue.lemma_.lower() not in ADDRESSEE_CUES:
        own = attributor.cues.cue_object(cue)
        for child in children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and child.tag_ not in ("WP", "WDT") \
                    and child != own:
                return child
    if any(c.dep_ == "agent" for c in children):  # "Clinton was criticized by Trump": what is said is of Clinton
        passive = next((c for c in children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if passive is not None:
            return passive
    preposition = attributor.cues.reported_preposition(cue)
    if preposition is None and (opened := _clause_the_preposition_opens(cue, attributor.cues)) is not None:
        return opened
    if preposition is not None:  # "spoke about the economy", "called for a ban", "pointed to the polls"
        return next((c for c in preposition.children if c.dep_ in ("pobj", "pcomp")), None)
    if cue.lemma_.lower() in ANSWERING_VERBS:  # "half said so", "75 percent said yes", "said the same of Sanders"
        answer = next((c for c in children if c.i > cue.i and (
            c.dep_ in ("advmod", "intj", "dobj") and c.lower_ in ANSWERS or c.dep_ == "dobj" and c.lower_ == "same")),
                      None)
        if answer is not None:
            return answer
    if cue.lemma_.lower() in ("ask", "wonder", "question"):  # "asked the students if they were serious"
        for child in children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children):
                return child
    return None


def _reported_clause_above(cue: Token) -> bool:
    """"Kommersant reported, quoting two sources, that the price had been agreed", parsed with the
    report as a clause of the "that" clause after it: a "that" after the cue's own words opens
    what the cue reports (a clause opened by "that" reports nothing before it)."""
    return cue.dep_ == "ccomp" and cue.head.i > cue.i and any(
        c.dep_ == "mark" and c.lower_ == "that" and cue.right_edge.i < c.i for c in cue.head.children)


def _told_clause_on_the_addressee(cue: Token) -> Token | None:
    """"informed the king he would not resign", "told officers he acted alone", parsed as a relative
    clause on the one told: a clause after the one told that opens with a personal pronoun for its
    subject (no relative word) is what is told, where the verb tells nothing else or the clause lacks
    no object (a modal or a complement of its own: not "told the man she met a secret")."""
    if cue.lemma_.lower() not in ADDRESSEE_CUES:
        return None
    tells_else = sum(c.dep_ in ("dobj", "dative") for c in cue.children) > 1 \
        or any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in cue.children)
    return next((clause for told in cue.children if told.dep_ in ("dobj", "dative")
                 for clause in told.children if clause.dep_ == "relcl" and clause.i > told.i
                 and opens_with_a_personal_subject(clause) and (not tells_else or _lacks_no_object(clause))), None)


def _lacks_no_object(clause: Token) -> bool:
    return any(c.dep_ in TOLD_CLAUSE_COMPLEMENTS or c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _across_a_break(clause: Token, cue: Token) -> bool:
    """Does a semicolon, colon or dash stand between ``clause`` and the cue after it ("a majority of
    Republicans support it; a plurality of Democrats oppose the idea")? Then the clause is a
    sentence of its own that the parser hung on the cue, not what the cue reports."""
    return clause.i < cue.i and any(t.text in BREAKS for t in cue.doc[clause.right_edge.i + 1:cue.i])


def _clause_the_preposition_opens(cue: Token, cues: CueLexicon) -> Token | None:
    """"called for the wage to be raised": the clause whose opening "for" is the cue's preposition,
    which the parser took for the clause's subordinator rather than the cue's preposition."""
    allowed = cues.prepositions.get(cue.lemma_.lower(), frozenset())
    return next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and c.left_edge.dep_ == "mark"
                 and c.left_edge.lower_ in allowed and c.left_edge.head == c), None)


def _object_end(cue: Token, branch: Token, end: int) -> int:
    """Where what ``cue`` says of its object ends: after what it says about it too ("accused
    Russia *of the hack*", "described it *as ...*", "defended it *despite criticism*", "blamed the
    "fog of war" *for the failure*", "polls show her *likely to win*", a predicate the parser hung
    on the verb as a clause of its own); PolNeAR's contents run over the verb's phrases after the object,
    but not over one that says when ("endorsed Sanders *in February*")."""
    if branch.dep_ not in ("dobj", "pobj", "pcomp", "oprd") or branch.i < cue.i:
        return end  # not '"...," Trump said before adding': the phrases after the cue are its own
    return max([end, *(_clause_span(c, exclude=cue)[1] for c in cue.children
                       if c.i > branch.i and c.dep_ in ("oprd", "prep", "ccomp") and not _when(c)
                       and not _source_phrase(c))])


def _source_phrase(phrase: Token) -> bool:
    """"promised farmers new subsidies, *according to RTS*", "told him that Ankara wanted dialogue,
    *citing diplomatic sources*": who reports the statement, or whom its reporter cites, set off
    after it, not what the cue says of its object."""
    return (phrase.lower_ == "according" or phrase.dep_ == "advcl" and phrase.tag_ == "VBG"
            and phrase.lemma_.lower() in RELAY_VERBS) and set_off_by_comma(phrase)


def _parallel_end(cue: Token, branch: Token, end: int, cues: CueLexicon) -> int:
    """Where what ``cue`` says ends when the parser hung more of it on the cue: a second "that"
    clause ("predicted that wages would fall, *but that overtime would offset it*"), a second clause
    ("said he would serve *should the opportunity present itself*"; not a closing report: ", *the
    agency reported*") or a verb with no subject that goes on from the first ("said she hoped to get
    it back, *and then would continue to post*", "told them that polls were "off," *and have been
    unreliable*")."""
    if branch.i < cue.i:
        return end
    ccomp = branch.dep_ == "ccomp"
    return max([end, *(_clause_span(c, exclude=cue, cues=cues)[1] for c in cue.children
                       if c.i > branch.i and (ccomp and c.dep_ == "conj"
                                              and (_has_that(c) or _subjectless_continuation(c, cue, cues))
                                              or ccomp and c.dep_ == "ccomp" and not cues.is_reporting_verb(c)
                                              or _continues_list(c, cue, branch, cues)))])


def _continues_list(verb: Token, cue: Token, branch: Token, cues: CueLexicon) -> bool:
    """"said money is needed to develop a vaccine, *educate the public* and *learn more*": a verb
    set off by a comma, with no subject or subordinator of its own, in the form of a verb in what
    the cue says (and not the cue's own form: "said A, adding B"), which the parser hung on the cue."""
    if verb.dep_ not in ("advcl", "conj") or verb.pos_ != "VERB" or verb.tag_ == cue.tag_ \
            or cues.is_reporting_verb(verb) or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return False
    return any(t.pos_ == "VERB" and t.tag_ == verb.tag_ and t.dep_ in ("xcomp", "conj", "pcomp")
               for t in branch.subtree)


def _subjectless_continuation(verb: Token, cue: Token, cues: CueLexicon) -> bool:
    """"would continue", "have been": a verb with no subject of its own, not a report, under a modal
    or in another form than the cue's (the cue's own form, "said A and denied B", is the speaker
    going on). (Any verb with no subject of its own: PolNeAR train 0.6845 -> 0.6844; a modal's
    only, train 0.6952, dev 0.7175; a modal's or another form's, train 0.6953, dev 0.7182.)"""
    return verb.pos_ in ("VERB", "AUX") and not cues.is_reporting_verb(verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
        and (verb.tag_ != cue.tag_ or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def _when(phrase: Token) -> bool:
    """A phrase that sets a statement in time ("in February", "on Friday", "during a rally", "before
    the vote") or in the occasion or medium it was made in ("at a rally", "on his radio show", "in
    a tweet"), not part of what is said."""
    return phrase.dep_ == "prep" and (phrase.lower_ in TIME_PREPOSITIONS or any(
        o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or phrase.lower_ in SETTING_PREPOSITIONS
                              and o.lemma_.lower() in STATEMENT_FORMS | OCCASIONS) for o in phrase.children))


def _that_clause(verb: Token) -> Token | None:
    """The clause opened by "that" that ``verb`` takes after it, if any."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                 and _has_that(c)), None)


def _speaking_subject(verb: Token, attributor: Attributor) -> bool:
    """Is the subject of ``verb`` (as the attribution finds it: that of the verb a conjoined verb or
    participle hangs on, the antecedent of "who") one actor who can speak (a person, a body, a group)?
    Wider than ``Attributor.speaks``, which asks more of a cited source: people at large count here
    ("voters figured that ..."; with ``speaks``, PolNeAR dev attribution falls 0.7037 -> 0.7034), and
    so does a personal pronoun the actors left unresolved ("she figured that ...")."""
    subject = attributor.subject_of(verb)
    if subject is not None and subject.lower_ in PERSONAL_SUBJECTS:
        return True
    mention = attributor.actors.mention_at(subject.i) if subject is not None else None
    return mention is not None and len(mention.actors) == 1 \
        and attributor.actors.actor(mention.actors[0]).kind in ("person", "organisation", "group")


def _stranded_that_clause(cue: Token) -> Token | None:
    """"told Netanyahu in a phone call that he wanted ...": a "that" clause of the cue's that the
    parser hung on the noun of a phrase after it, as a relative clause ("that" marks it: a relative
    clause's "that" is its subject or object); or the clause a verb of telling takes after whom it
    tells, hung on them ("told members the West was ...", "assured the rebels that they would ...")."""
    if cue.lemma_.lower() in ADDRESSEE_CUES:
        # "told Security Council members the West was "playing with fire"", parsed as members the
        # West was playing: a relative clause has no subject of its own right after its noun
        for told in cue.children:
            # (or as a clause of the noun: "warned residents that the river could burst", burst an acl)
            clause = next((c for c in told.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                           and c.left_edge.i == _phrase_end(told, c) + 1 and (_has_that(c) or any(
                               s.dep_ in ("nsubj", "nsubjpass") and s.tag_ not in ("WDT", "WP") and s.i < c.i
                               and s.pos_ in ("NOUN", "PROPN") for s in c.children))), None) \
                if told.dep_ == "dobj" and told.i > cue.i else None
            if clause is not None:
                return clause
    for phrase in cue.children:
        if phrase.dep_ != "prep" or phrase.i < cue.i:
            continue
        for noun in phrase.children:
            if noun.dep_ != "pobj":
                continue
            # a noun's own "that" clause ("the suggestion that ...") is an "acl": only a statement's
            # ("in a televised address that ...") is the cue's
            deps = ("relcl", "acl") if noun.lemma_.lower() in STATEMENT_FORMS else ("relcl",)
            clause = next((c for c in noun.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None and noun.lemma_.lower() in STATEMENT_FORMS:
                clause = _clause_past_participle(noun)
            if clause is not None:
                return clause
    return None


def _noun_infinitive(verb: Token) -> bool:
    """"took the opportunity *to comment* on ...", "the EU's contribution *to support* refugees": an
    infinitive that qualifies a noun says what the noun is for, not what someone said (whose
    decision or call it is, "his decision to quit", a noun cue reports). On PolNeAR train such
    reports were right 12 times in 41."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _dates_a_statement(participle: Token, attributor: Attributor) -> bool:
    """"told the paper in an interview *published* on Sunday that ...": a participle that says when
    or where a cue's statement came out reports nothing of its own (what it seems to take is the cue's)."""
    statement = participle.head
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and statement.dep_ == "pobj" \
        and statement.lemma_.lower() in STATEMENT_FORMS and statement.head.dep_ == "prep" \
        and attributor.is_cue(statement.head.head)


def _phrase_end(noun: Token, clause: Token) -> int:
    """Where ``noun``'s phrase ends before ``clause``: after a place or time it names ("told
    reporters *in Geneva* that ...", "told a briefing *on Monday* that ...")."""
    places = [c.right_edge.i for c in noun.children if c.dep_ == "prep" and noun.i < c.i < clause.i]
    return max([noun.i, *places])


def _clause_past_participle(statement: Token) -> Token | None:
    """"told the newspaper in an interview published on Sunday that ...": a participle that says
    when or where the statement came out takes no "that" clause; the parser hung the cue's on it."""
    for participle in statement.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            clause = next((c for c in participle.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                           and c.i > participle.i and _has_that(c)), None)
            if clause is not None:
                return clause
    return None


def _has_that(clause: Token) -> bool:
    """"shows that several students ...", where the parser made a noun the clause's head."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _clausal_complement(cue: Token) -> Token | None:
    """A stance verb reports a view only with a finite clause: "found that it was"."""
    return next((c for c in cue.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _drop_restatements(found: list[_Draft], marked: list[_Draft], cues: CueLexicon) -> list[_Draft]:
    """One attribution per statement when reports nest.

    "Trump said he believes X": the outer report stands, with all it says as its content (also
    where the outer report is a quotation's: "He says he believes it is "the wind at our backs"").
    Reports by different speakers both stand ("KCNA reported that Kim said ...": KCNA's report
    holds Kim's, which has KCNA in its chain), as one statement relays the other.
    A report that holds a quotation by the same speaker gives way to the quotation, and a stance
    verb's report ("issued a statement saying ...") to a report by the same speaker in what it takes.
    """
    kept = []
    reports = _by_extent([*found, *marked])
    marked_by_cue = _by_cue(marked)
    for draft in found:
        speaker = _speaker_id(draft)
        if speaker is None:
            kept.append(draft)
            continue
        outer = [o for o in _around_cue(reports, draft) if o is not draft and _contains_cue(o, draft)
                 and _speaker_id(o) == speaker]
        if cues.reports_object(draft.attribution.cue):  # "issued a statement saying ...": the saying
            outer += [i for i in reports.around(*_extent(draft)) if i is not draft and _contains_cue(draft, i)
                      and _speaker_id(i) == speaker and not cues.reports_object(i.attribution.cue)]
        else:
            outer = [o for o in outer if not cues.reports_object(o.attribution.cue)]
        if _tells_someone(draft):  # "Tusk said he had told Orbán that ...": to whom it was said, too
            outer = [o for o in outer if _addressee(o) is not None]
        # a quotation that is most of what the report says stands for it; a phrase the speaker
        # quotes in a clause of its own ("..., whom he described as "peaceful"") does not
        inner = [i for i in marked_by_cue.around(*_extent(draft)) if _contains_cue(draft, i) and _speaker_id(i) == speaker
                 and 2 * _length(i) >= _length(draft)]
        if not outer and not inner:
            kept.append(draft)
    return kept


def _tells_someone(draft: _Draft) -> bool:
    """A report of earlier words by a verb of telling that names whom they were told to, with a
    "that" clause ("had told Orbán that ...", "assured him that ..."; not "I tell you", nor the
    requests of "asked him to"). PolNeAR train's annotators leave such reports inside a quotation to
    the quotation: of 9 it added there, 7 had no "that" ('"We told them it was fireworks"')."""
    attribution = draft.attribution
    return attribution is not None and attribution.addressee is not None \
        and attribution.cue.lemma_.lower() in TELLING_VERBS and attribution.cue.tag_ in ("VBD", "VBN") \
        and attribution.addressee.span.text.lower() not in ("you", "yourself", "yourselves") \
        and _that_clause(attribution.cue) is not None


def _drop_asides(drafts: list[_Draft], attributor: Attributor) -> list[_Draft]:
    """A report inside another's content, by someone else and not relayed by it, is part of what
    the outer speaker says ("Devine said Republicans are engaged in "mischief" that shows their
    "disconnect"": Devine's statement, not one by the mischief). A relayed one stands, with the
    outer speaker in its chain ("KCNA reported that Kim said ...", "Lavrov told him Putin hoped
    ..."), where its cue is one that relays (the lexicon's "relay" kind); with another ("Smith
    said the plan, which Jones called "a disaster," failed") it is the outer speaker's words about
    it. A group the text describes ("both sides", "the two countries") speaks as an actor does, and
    so does anyone it describes ("the singer") in a sentence an "according to" or a closing
    reporter relays whole."""
    by_position = _by_extent(drafts)
    cues = attributor.cues

    def inside(inner: _Draft, outer: _Draft) -> bool:
        return all(any(s <= start and end <= e for s, e in outer.content) for start, end in inner.content) \
            and _contains_cue(outer, inner) and _length(outer) > _length(inner)

    def described_group_says(draft: _Draft) -> bool:
        cue = draft.attribution.cue
        return _group_speaker(draft.attribution.speaker, attributor) and (
            cues.relays(cue) and cue.lemma_.lower() in SAYING_VERBS | TELLING_VERBS
            or cue.lemma_.lower() in JOINT_VERBS and _that_clause(cue) is not None)

    def relayed_statement(draft: _Draft) -> bool:
        speaker = draft.attribution.speaker
        return (cues.relays(draft.attribution.cue) or _speech_relayed_by_the_sentence(draft, attributor)) and (
            _speaker_id(draft) is not None or _unresolved_name(speaker, attributor)
            or _described_party(speaker) and _relayed_by_the_sentence(draft, attributor))

    def aside(draft: _Draft) -> bool:
        if draft.attribution is None or draft.nested or draft.attribution.via and (
                relayed_statement(draft) or described_group_says(draft)):
            return False  # no cue of its own, or an actor's statement relayed by the outer report
        return any(inside(draft, outer) and (_speaker_id(outer) is None or _speaker_id(outer) != _speaker_id(draft))
                   for outer in _around_cue(by_position, draft) if outer is not draft)
    return [draft for draft in drafts if not aside(draft)]


def _speech_relayed_by_the_sentence(draft: _Draft, attributor: Attributor) -> bool:
    """"According to witnesses, the gunmen shouted that the village was theirs": a verb of speaking
    with a "that" clause of its own, in a sentence that an "according to" or a closing reporter
    relays whole, is a statement the source passes on, whatever manner of speaking it names."""
    cue = draft.attribution.cue
    return cue.lemma_.lower() in attributor.cues.verbs and _that_clause(cue) is not None \
        and _relayed_by_the_sentence(draft, attributor)


def _relayed_by_the_sentence(draft: _Draft, attributor: Attributor) -> bool:
    """Is ``draft`` a report that an "according to" or a closing reporter relays with the rest of
    its sentence ("according to people close to the family, the singer told friends ...")?"""
    cue = draft.attribution.cue
    return bool(attributor.according_source(cue)) or attributor.sentence_reporter(cue) not in (None, cue)


def _unresolved_name(party: Party | None, attributor: Attributor) -> bool:
    """Is ``party`` a name the actors left unresolved ("Scholz had told him ...", where the
    entity recogniser missed the name)? A name speaks as an actor does."""
    if party is None or party.actor is not None:
        return False
    span = attributor.doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "PROPN" and span.root.text[:1].isupper()


def _group_speaker(party: Party | None, attributor: Attributor) -> bool:
    """Is ``party`` people or a body the text describes rather than names ("Both sides", "residents",
    "two diplomats", "the country's top security body"), whom the actors may leave unresolved?"""
    if party is None:
        return False
    span = attributor.doc.char_span(party.span.start, party.span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.lower_ in PARTITIVES or head.like_num:  # "one of the negotiators", "two of his aides"
        head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), head)
    return head.lower_ in GROUP_HEADS or head.lemma_.lower() in PEOPLE | ONE_PERSON | INFORMANTS | BODIES


def _extent(draft: _Draft) -> tuple[int, int]:
    if not draft.content:
        return 0, -1  # holds nothing, so no search finds it
    return min(start for start, _ in draft.content), max(end for _, end in draft.content)


def _by_extent(drafts: list[_Draft]) -> SpanIndex[_Draft]:
    return SpanIndex(drafts, span=_extent)


def _by_cue(drafts: list[_Draft]) -> SpanIndex[_Draft]:
    """The drafts with a cue, by its first character."""
    return SpanIndex((d for d in drafts if d.attribution is not None),
                     span=lambda d: (d.attribution.cue_chars[0], d.attribution.cue_chars[0]))


def _around_cue(drafts: SpanIndex[_Draft], inner: _Draft) -> list[_Draft]:
    """The drafts whose content can hold ``inner``'s cue: the only ones ``_contains_cue`` can accept."""
    if inner.attribution is None:
        return []
    cue = inner.attribution.cue_chars[0]
    return drafts.around(cue, cue)


def _length(draft: _Draft) -> int:
    return sum(end - start for start, end in draft.content)


def _speaker_id(draft: _Draft) -> str | None:
    return draft.attribution.speaker.actor if draft.attribution and draft.attribution.speaker else None


def _contains_cue(outer: _Draft, inner: _Draft) -> bool:
    if inner.attribution is None:
        return False
    cue = inner.attribution.cue_chars[0]
    return any(start <= cue < end for start, end in outer.content)


def _ends_sentence(token: Token) -> bool:
    """Is ``token`` in a closing attribution (", Kim said." or ", KCNA reported Sunday.")?"""
    return all(t.is_punct or t.is_space or t.head == token or t.head.head == token
               for t in token.doc[token.i + 1:token.sent.end])


def _sentence_opening(sentence, fallback: int) -> int:
    for token in sentence:
        if not (token.is_punct or token.is_space):
            return min(token.idx, fallback)
    return fallback


def _clause_span(branch: Token, *, exclude: Token, cues: CueLexicon | None = None,
                 quoted: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Characters of ``branch``'s subtree without trailing punctuation and, given ``cues``, up to
    a later reporting verb of its own ("it was opposed and warned that ...", "insisted that he
    has "expanded the party," claiming that ..."), a closing aside of the writer's ("predicted a
    Cruz win in Texas, which votes on March 1"; "criticized Comey, a Republican") or a source set
    off after it (", according to TASS").
    A reporting verb inside the ``quoted`` tokens is the quoted speaker's own ("... and that "I
    think you're going to find a pause""), not a report of its own."""
    stop = len(branch.doc)
    if cues is not None:
        last = branch.right_edge.i
        stop = min((c.left_edge.i for c in branch.subtree
                    if c.i > branch.i and ((_separate_report(c, cues) or quoted and _reports_anew(c, cues))
                                           and c.i not in quoted
                                           or c.dep_ in ("relcl", "appos") and c.right_edge.i >= last - 1
                                           and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in ASIDE_MARKS
                                           or _source_phrase(c) or _narration_goes_on(c, branch, exclude)
                                           or _contrast_aside(c, last, cues)
                                           or passed_on(c) and c.doc[c.left_edge.i - 1].text == ",")),
                   default=stop)
        while stop < len(branch.doc) and stop > branch.i and branch.doc[stop - 1].dep_ in ("cc", "punct"):
            stop -= 1
    # "reported, citing two officials, that ...": the citing, hung on the clause, is the report's
    cited = {w.i for c in branch.children if c.dep_ == "advcl" and opens_clause(c, branch) for w in c.subtree}
    words = sorted((t for t in branch.subtree if t.i != exclude.i and not t.is_space and t.i < stop
                    and t.i not in cited),
                   key=lambda t: t.i)  # in text order, which a non-projective parse's subtree is not
    while words and words[0].is_punct:
        words.pop(0)
    while words and words[-1].is_punct and not words[-1].is_quote and words[-1].text not in ("...", "…"):
        words.pop()
    if not words:
        return branch.idx, branch.idx + len(branch.text)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _contrast_aside(clause: Token, last: int, cues: CueLexicon) -> bool:
    """"Half of voters say they prefer an outsider, *while about 4 in 10 want experience*": a clause
    of contrast set off by a comma at the end of what is said, holding a report of its own, is the
    writer setting another's view beside the statement (one without a report, "..., although
    eligibility is still too narrow", is the speaker's own qualification)."""
    if clause.dep_ != "advcl" or clause.right_edge.i < last - 1 or not set_off_by_comma(clause.left_edge):
        return False
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS and c.i == clause.left_edge.i for c in clause.children) \
        and any(cues.is_reporting_verb(t) for t in clause.subtree)


def _narration_goes_on(verb: Token, clause: Token, cue: Token) -> bool:
    """"Rubio said the real extremist is Clinton, *and he railed against the moderators*": a verb joined
    to what is said, in the cue's tense and not in the tense of what is said, with a pronoun for its
    subject, is the writer going on about the speaker (PolNeAR's annotators leave a verb with no
    subject of its own, "and liked the way she answered", in what is said)."""
    if verb.dep_ != "conj" or verb.head != clause or verb.tag_ != cue.tag_ or verb.tag_ not in FINITE_TAGS \
            or clause.tag_ == verb.tag_ or clause.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].lower_ in PERSONAL_SUBJECTS and not any(c.dep_ == "mark"
                                                                                         for c in verb.children)


def _separate_report(token: Token, cues: CueLexicon) -> bool:
    """A reporting verb with a statement of its own after a clause: "..., claiming that ...",
    "it was opposed and warned that ..." (but not "ready to support and encourage all ..." or
    "improper for him to speak on it", nor a second "that" clause of what is said, whose verb
    happens to report: "said that NAFTA has been good and that the Chamber thinks ...")."""
    if token.dep_ not in SEPARATE_CLAUSE_DEPS or not cues.is_reporting_verb(token):
        return False
    if token.dep_ == "conj" and _has_that(token):
        return False
    return any(c.dep_ == "ccomp" for c in token.children)


def _reports_anew(token: Token, cues: CueLexicon) -> bool:
    """"called it "shameful" and called on leaders "not to ..."": a second reporting verb of the
    speaker's that calls something something or asks for something is a report of its own. (Only
    after quoted words: after any reported clause, PolNeAR dev all attribution 0.7249 -> 0.7240.)"""
    return token.dep_ == "conj" and cues.is_reporting_verb(token) \
        and any(c.dep_ in ("oprd", "xcomp") for c in token.children)


def _alphanumeric_bounds(text: str, parts: list[tuple[int, int]]) -> tuple[int, int]:
    """From the first to the last letter or digit of the quoted words (not their punctuation)."""
    start, end = parts[0][0], parts[-1][1]
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _tokens(doc: Doc, quote: Quoted) -> list[Token]:
    tokens = []
    for start, end in quote.parts:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(t for t in span if not t.is_space)
    return tokens


def _trimmed(text: str, parts: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    trimmed = []
    for start, end in parts:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def _continues_over_paragraph(text: str, previous_end: int, start: int) -> bool:
    """'"A," Smith said.' and then, opening the next paragraph, '"B."': a quotation that opens the
    paragraph after a paragraph that ended with the previous quote and at most its attribution
    goes on with it.

    On PolNeAR train such quotations are more often part of the quote before than a statement of
    their own, and a quotation after a paragraph that went on to other things is more often
    someone else's or no one's: as a quote of its own inheriting the speaker, direct+mixed
    attribution F1 0.850; joined in this case only, 0.855; never inherited, 0.853.
    """
    if not _follows(text, previous_end, start, paragraphs=1) or _follows(text, previous_end, start, paragraphs=0):
        return False
    opening_line = text.rfind("\n", 0, start) + 1
    return len(SENTENCE_END.findall(text, previous_end, start)) <= 1 and not text[opening_line:start - 1].strip()


def _follows(text: str, previous_end: int, start: int, *, paragraphs: int = 1) -> bool:
    """Is the quote at ``start`` within ``paragraphs`` paragraph breaks of the previous quote?"""
    return previous_end >= 0 and len(PARAGRAPH_BREAK.findall(text, previous_end, start)) <= paragraphs


def _second_person(tokens: list[Token]) -> bool:
    return any(t.lower_ in ("you", "your", "yours") for t in tokens)


def _same_speaker(draft: _Draft, previous: _Draft) -> bool:
    mine = draft.attribution.speaker.actor if draft.attribution and draft.attribution.speaker else None
    theirs = previous.attribution.speaker if previous.attribution else previous.inherited
    return mine is not None and theirs is not None and mine == theirs.actor


def _record(text: str, number: int, draft: _Draft) -> Quote:
    content = tuple(Span(start, end, text[start:end]) for start, end in sorted(draft.content))
    attribution = draft.attribution
    if attribution is None:
        confidence = CONFIDENCE_FOLLOW_ON if draft.inherited else 0.3
        return Quote(f"Q{number}", draft.kind, content, None, draft.inherited, draft.addressee, (),
                     confidence=confidence)
    cue_start, cue_end = attribution.cue_chars
    speaker = attribution.speaker
    if draft.kind == "indirect":
        confidence = CONFIDENCE_INDIRECT
    else:
        confidence = CONFIDENCE_CUE_ACTOR if speaker and speaker.actor else CONFIDENCE_CUE
    return Quote(f"Q{number}", draft.kind, content, Span(cue_start, cue_end, text[cue_start:cue_end]),
                 speaker, attribution.addressee or draft.addressee, attribution.via, confidence=confidence)
