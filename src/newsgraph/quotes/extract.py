"""Quotes: direct and mixed (from quotation marks) and indirect (reporting verbs with a clause)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorAnalysis
from newsgraph.quotes.attribution import Attribution, Attributor, complement_path_child
from newsgraph.quotes.cues import CueLexicon, default_cues
from newsgraph.quotes.marks import Quoted, quoted_spans
from newsgraph.records import Party, Quote, Span

# Confidence by how the attribution was found; set by hand from the example and PolNeAR dev
# errors: a governing cue with a resolved speaker is rarely wrong, inheritance more often.
CONFIDENCE_CUE_ACTOR = 0.9
CONFIDENCE_CUE = 0.75
CONFIDENCE_FOLLOW_ON = 0.6
CONFIDENCE_INDIRECT = 0.7
# A quoted clause with at most this many words outside the marks is direct ("that" + quote);
# with more, the quote is a fragment of reported speech (mixed).
MAX_UNQUOTED_WORDS_DIRECT = 1
MIN_INDIRECT_TOKENS = 3
_TRIM = " ,;:\n\t"


@dataclass
class _Draft:
    kind: str
    content: list[tuple[int, int]]
    attribution: Attribution | None
    inherited: Party | None = None
    addressee: Party | None = None


def find_quotes(doc: Doc, actors: ActorAnalysis, *, cues: CueLexicon | None = None) -> tuple[Quote, ...]:
    """The quotes of ``doc``, in text order, with speakers resolved through ``actors``."""
    attributor = Attributor(doc, actors, cues or default_cues())
    text = doc.text  # built from the tokens on every access: read it once
    quoted = quoted_spans(text)
    inside = _inside_quotes(doc, quoted)
    outside = {t.i for t in doc} - inside
    drafts = _marked(doc, text, quoted, outside, attributor)
    drafts += _indirect(doc, outside, drafts, attributor)
    drafts.sort(key=lambda d: d.content[0][0])
    return tuple(_record(text, n, draft) for n, draft in enumerate(drafts, start=1))


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
    drafts: list[_Draft] = []
    by_cue: dict[int, _Draft] = {}
    previous: _Draft | None = None
    previous_end = -1
    for quote in quoted:
        tokens = _tokens(doc, quote)
        if not tokens:
            continue
        cue = attributor.governing_cue(tokens, outside) or attributor.colon_cue(tokens[0], outside)
        if cue is not None and cue.i in by_cue:  # "The talks," Lavrov said, "were productive."
            by_cue[cue.i].content.extend(_trimmed(text, quote.parts))
            previous, previous_end = by_cue[cue.i], quote.end
            continue
        if cue is not None:
            draft = _marked_draft(doc, text, quote, tokens, cue, attributor)
            by_cue[cue.i] = draft
        elif previous is not None and _follows(text, previous_end, quote.start):
            speaker = previous.attribution.speaker if previous.attribution else previous.inherited
            draft = _Draft("direct", _trimmed(text, quote.parts), None, inherited=speaker)
            if previous.attribution and _second_person(tokens):
                draft.addressee = previous.attribution.addressee or previous.addressee
        else:
            draft = _Draft("direct", _trimmed(text, quote.parts), None)
        if draft.attribution and draft.attribution.addressee is None and previous is not None \
                and _second_person(tokens) and _same_speaker(draft, previous) \
                and _follows(text, previous_end, quote.start, paragraphs=1):
            draft.addressee = previous.attribution.addressee if previous.attribution else previous.addressee
        drafts.append(draft)
        previous, previous_end = draft, quote.end
    return drafts


def _marked_draft(doc: Doc, text: str, quote: Quoted, tokens: list[Token], cue: Token,
                  attributor: Attributor) -> _Draft:
    attribution = attributor.attribute(cue)
    top = next((t for t in tokens if t.head.i not in {x.i for x in tokens} or t.head == t), tokens[0])
    branch = complement_path_child(cue, top, attributor.cues.express_nouns)
    quoted_parts = _trimmed(text, quote.parts)
    if branch is None:
        return _Draft("direct", quoted_parts, attribution)
    clause = _clause_span(branch, exclude=cue)
    if clause[0] > quoted_parts[0][0] or clause[1] < quoted_parts[-1][1]:
        return _Draft("direct", quoted_parts, attribution)
    unquoted = [t for t in doc.char_span(*clause, alignment_mode="expand") or ()
                if t.is_alpha and not any(start <= t.idx < end for start, end in quote.parts)]
    if len(unquoted) <= MAX_UNQUOTED_WORDS_DIRECT:
        return _Draft("direct", quoted_parts, attribution)
    return _Draft("mixed", [clause], attribution)


def _indirect(doc: Doc, outside: set[int], drafts: list[_Draft], attributor: Attributor) -> list[_Draft]:
    used_cues = {d.attribution.cue.i for d in drafts if d.attribution}
    found: list[_Draft] = []
    for token in doc:
        if token.i not in outside or token.i in used_cues or not attributor.is_cue(token):
            continue
        branch = _clausal_complement(token, attributor)
        if branch is None:
            continue
        attribution = attributor.attribute(token)
        if attribution.speaker is None:
            continue
        start, end = _clause_span(branch, exclude=token)
        if branch.i < token.i and _ends_sentence(token):
            start = _sentence_opening(token.sent, start)  # "A, and B, Kim said": all of it
        if len(doc.char_span(start, end, alignment_mode="expand") or ()) < MIN_INDIRECT_TOKENS:
            continue
        found.append(_Draft("indirect", [(start, end)], attribution))
    return _drop_restatements(found, drafts)


def _clausal_complement(cue: Token, attributor: Attributor) -> Token | None:
    for child in cue.children:
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in ("VERB", "AUX"):
            return child
    for child in cue.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in attributor.cues.express_nouns:
            for grandchild in child.children:
                if grandchild.dep_ in ("acl", "ccomp", "relcl") and grandchild.pos_ in ("VERB", "AUX"):
                    return grandchild
    return None


def _drop_restatements(found: list[_Draft], marked: list[_Draft]) -> list[_Draft]:
    """Keep the inner report of nested ones: "Lavrov said he told Kim that ..." is the telling,
    and "the report added Lavrov expressed ..." is Lavrov's, with the report in its chain."""
    kept = []
    for draft in found:
        start, end = draft.content[0]
        speaker = draft.attribution.speaker.actor if draft.attribution.speaker else None
        if speaker is None or not any(_restates(draft, other, speaker, start, end)
                                      for other in [*found, *marked]):
            kept.append(draft)
    return kept


def _restates(draft: _Draft, other: _Draft, speaker: str, start: int, end: int) -> bool:
    if other is draft or other.attribution is None or not start <= other.attribution.cue.idx < end:
        return False
    inner = other.attribution.speaker.actor if other.attribution.speaker else None
    return inner == speaker or speaker in other.attribution.via


def _ends_sentence(token: Token) -> bool:
    """Is ``token`` in a closing attribution (", Kim said." or ", KCNA reported Sunday.")?"""
    return all(t.is_punct or t.is_space or t.head == token or t.head.head == token
               for t in token.doc[token.i + 1:token.sent.end])


def _sentence_opening(sentence, fallback: int) -> int:
    for token in sentence:
        if not (token.is_punct or token.is_space):
            return min(token.idx, fallback)
    return fallback


def _clause_span(branch: Token, *, exclude: Token) -> tuple[int, int]:
    """Characters of ``branch``'s subtree, without a leading "that"/"to" or trailing punctuation."""
    words = [t for t in branch.subtree if t.i != exclude.i and not t.is_space]
    while words and (words[0].dep_ == "mark" and words[0].lower_ in ("that", "whether")
                     or words[0].is_punct or words[0].lower_ == "to" and words[0].dep_ == "aux"):
        words.pop(0)
    while words and words[-1].is_punct and not words[-1].is_quote and words[-1].text not in ("...", "…"):
        words.pop()
    if not words:
        return branch.idx, branch.idx + len(branch.text)
    return words[0].idx, words[-1].idx + len(words[-1].text)


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


def _follows(text: str, previous_end: int, start: int, *, paragraphs: int = 1) -> bool:
    """Is the quote at ``start`` within ``paragraphs`` paragraph breaks of the previous quote?"""
    return previous_end >= 0 and text.count("\n", previous_end, start) <= paragraphs


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
                     confidence)
    cue = attribution.cue
    speaker = attribution.speaker
    if draft.kind == "indirect":
        confidence = CONFIDENCE_INDIRECT
    else:
        confidence = CONFIDENCE_CUE_ACTOR if speaker and speaker.actor else CONFIDENCE_CUE
    return Quote(f"Q{number}", draft.kind, content, Span(cue.idx, cue.idx + len(cue.text), cue.text),
                 speaker, attribution.addressee or draft.addressee, attribution.via, confidence)
