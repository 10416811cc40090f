"""Cleaning: boilerplate lines and the dateline out, paragraphs normalised, removals recorded.

The cleaned text has one paragraph per line. Where the received text separates paragraphs with
blank lines, single line breaks inside a paragraph are taken for hard wrapping and joined.
Every removed piece is kept in ``Article.removed`` with offsets into the received text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import read_table
from newsgraph.errors import MalformedDataFile
from newsgraph.records import Article, Removed

# A dateline opens the first paragraph, or stands on a line of its own before it: place names in
# capitals, an optional date and agency, then a dash ("PYONGYANG/MOSCOW -", "WASHINGTON (Reuters) -",
# "BEIRUT, Lebanon, May 3 (AP) —", "NICOSIA, August 8 (Xinhua) --"), or the underscore of the AP's
# older wire copy ("NEWARK, N.J. _", "CAGUAS, Puerto Rico (AP)_").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*(?:,\s*[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)*)?)"
    r"(?:,?\s+[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2})?"  # "June 12", "FEB 9" in a story in capitals
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,40})\))?\s*(?:[-–—]{1,2}|_)(?:\s+(?=\S)|\s*$)")
# A lower-cased feed's dateline: place names and a colon ("lucknow: ", "ahmedabad/vadodara: ") or a
# wire's date and agency and a dash ("ankara, oct 4 (reuters) - "); words that open an ordinary first
# paragraph that way ("he said: ", "update: ") are no places.
LOWER_DATELINE = re.compile(r"^(?P<place>[a-z][a-z.'’-]*(?:[ /][a-z][a-z.'’-]*){0,3})"
                            r"(?:\s*:|(?:,?\s+[a-z]{3,9}\.?\s+\d{1,2})?\s*\((?P<agency>[a-z][\w .&-]{0,40})\)"
                            r"\s*[-–—]{1,2})\s+(?=\S)")
NOT_PLACES = frozenset({"he", "she", "it", "they", "we", "i", "you", "said", "says", "the", "a", "an", "this",
                        "that", "note", "update", "updated", "editor's", "breaking", "news", "exclusive", "watch",
                        "read", "also", "q", "question", "answer", "photo", "video", "live", "opinion", "analysis"})
# Feeds put a headline, a story number or a date on lines of their own before the dateline.
MAX_HEADINGS, HEADING_WORDS = 4, 20
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
# Control characters are not text: a NUL or an escape left by a bad conversion reads as a space
# (PostgreSQL refuses NUL in text, and the parser makes words of them).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# An opening quotation mark inside a word is an apostrophe that a word processor turned the wrong
# way ("Obama‘s court pick"): the tokenizer splits "’s" off a name, not "‘s".
_MISTYPED_APOSTROPHE = re.compile(r"(?<=\w)‘(?=\w)")
# Who reported, wrote and edited the story, the wire services' last line ("(Reporting by Jonathan
# Landay in Washington; Editing by Peter Cooney)", "Bryant Rousseau contributed reporting."): names
# only, capitalised words joined by "and", "in", "at", "from" and commas, so that a sentence about
# reporting ("Reporting by the Guardian revealed ...") is not taken for one.
_NAMES = r"[A-Z][\w'’.-]*(?:,? (?:and |in |at |from )?[A-Z][\w'’.-]*)*"
_ROLE = (r"(?i:(?:additional )?(?:reporting|writing|editing|compiled|compiling|research|graphics|production"
         r"|fact-checking|photography)(?: and \w+)?)")
_CREDITS = rf"{_ROLE} (?i:by) {_NAMES}(?:\s*[;,]\s*(?:and )?{_ROLE} (?i:by) {_NAMES})*"
CREDIT = re.compile(
    rf"[(\-–—\s]*{_CREDITS}[.)\s]*"
    rf"|(?:(?i:[\w ]{{0,40}} writers?) )?{_NAMES} contributed"
    rf" (?i:additional reporting|reporting|to this (?:report|story|article))(?: from {_NAMES})?\.?")
# The same credits in brackets at the end of a paragraph ("... on Monday. (Reporting by ...)").
TRAILING_CREDIT = re.compile(rf"\s*\({_CREDITS}\.?\)\s*$")


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int  # offset of the first character in the received text
    end: int
    text: str   # whitespace-normalised


def clean(article: Article) -> Article:
    """A cleaned copy of ``article``; ``article`` itself is not changed."""
    received = article.text
    kept: list[str] = []
    removed: list[Removed] = []
    dateline = None
    for paragraph in _paragraphs(received):
        reason = boilerplate_reason(paragraph.text)
        if reason:
            removed.append(Removed(paragraph.start, paragraph.end, received[paragraph.start:paragraph.end],
                                   reason))
            continue
        text = paragraph.text
        for start, end, reason in reversed(_inline_boilerplate(text)):
            received_start = _received_offset(received, paragraph.start, start)
            received_end = _received_offset(received, paragraph.start, end - 1) + 1
            removed.append(Removed(received_start, received_end, received[received_start:received_end], reason))
            text = " ".join(part for part in (text[:start].rstrip(), text[end:].lstrip()) if part)
        if not text:
            continue
        if text.endswith(")") and (credit := TRAILING_CREDIT.search(text)) and credit.start() > 0:
            start = _received_offset(received, paragraph.start, credit.start())
            removed.append(Removed(start, paragraph.end, received[start:paragraph.end], "credit"))
            text = text[:credit.start()]
        if dateline is None and _only_headings(kept):
            match = dateline_match(text)
            if match:
                dateline = match.group("place")
                start = _received_offset(received, paragraph.start, match.end())
                raw = received[paragraph.start:start].rstrip()
                removed.append(Removed(paragraph.start, paragraph.start + len(raw), raw, "dateline"))
                text = text[match.end():]
                if not text:
                    continue  # a dateline on a line of its own ("NICOSIA, August 8 (Xinhua) --")
        kept.append(text)
    return dataclasses.replace(article, text="\n".join(kept), dateline=dateline,
                               removed=article.removed + tuple(sorted(removed, key=lambda r: r.start)))


def boilerplate_reason(line: str) -> str | None:
    for reason, where, pattern in _boilerplate_patterns():
        if where == "line" and pattern.fullmatch(line):
            return reason
    return "credit" if CREDIT.fullmatch(line) else None


def _inline_boilerplate(paragraph: str) -> list[tuple[int, int, str]]:
    """Pieces of a paragraph that are not the story ("read this story in... hindi" between two of
    its sentences), as (start, end, reason), in order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for reason, where, pattern in _boilerplate_patterns():
        if where == "inline":
            found.extend((m.start(), m.end(), reason) for m in pattern.finditer(paragraph) if m.end() > m.start())
    kept = []
    for piece in sorted(found):
        if not kept or piece[0] >= kept[-1][1]:
            kept.append(piece)
    return kept


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    patterns = []
    for number, row in read_table("boilerplate.tsv", columns=("reason", "where", "pattern")):
        if row["where"] not in ("line", "inline"):
            raise MalformedDataFile(f"boilerplate.tsv line {number}: where must be line or inline, "
                                    f"not {row['where']!r}")
        try:
            patterns.append((row["reason"], row["where"], re.compile(row["pattern"], re.IGNORECASE)))
        except re.error as exc:
            raise MalformedDataFile(f"boilerplate.tsv line {number}: bad pattern ({exc})") from None
    return tuple(patterns)


def dateline_match(paragraph: str) -> re.Match[str] | None:
    """The dateline that opens ``paragraph`` ("LONDON (Reuters) - "; in a paragraph written all in
    lower case, as feeds that lower-case their stories do, "lucknow: "), if it has one."""
    match = DATELINE.match(paragraph)
    if match and _is_dateline(match):
        return match
    if paragraph.islower() and (match := LOWER_DATELINE.match(paragraph)):
        words = re.split(r"[ /]", match.group("place"))
        return None if any(word in NOT_PLACES for word in words) else match
    return None


def opening_dateline(text: str) -> re.Match[str] | None:
    """The dateline of the paragraph that opens the story in ``text``, after any headings."""
    kept: list[str] = []
    for paragraph in _paragraphs(text):
        if not _only_headings(kept):
            return None
        match = dateline_match(paragraph.text)
        if match:
            return match
        kept.append(paragraph.text)
    return None


def _only_headings(paragraphs: list[str]) -> bool:
    """Are these opening paragraphs headings that may come before a dateline (a headline, a
    wire's story number, a date: a few lines, none a sentence)?"""
    return len(paragraphs) <= MAX_HEADINGS and all(
        len(p.split()) <= HEADING_WORDS and not p.rstrip("'\"”’)").endswith((".", "!", "?", ":"))
        for p in paragraphs)


def _is_dateline(match: re.Match[str]) -> bool:
    place = match.group("place").split(",")[0]
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _paragraphs(text: str) -> list[_Paragraph]:
    # \r: a blank line of a file with Windows line ends is "\r\n\r\n"
    blank_separated = re.search(r"\n[ \t\r]*\n", text) is not None
    separator = re.compile(r"\n[ \t\r]*\n\s*" if blank_separated else r"\n\s*")
    paragraphs = []
    position = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        # one for one: offsets into the chunk hold
        chunk = _MISTYPED_APOSTROPHE.sub("’", _CONTROL.sub(" ", text[position:end]))
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            normalised = _INLINE_SPACE.sub(" ", re.sub(r"\s*\n\s*", " ", stripped))
            paragraphs.append(_Paragraph(start, start + len(stripped), normalised))
        position = match.end() if match else len(text)
    return paragraphs


def _received_offset(received: str, paragraph_start: int, normalised_offset: int) -> int:
    """Map an offset in a normalised paragraph back to the received text."""
    seen = 0
    index = paragraph_start
    previous_space = False
    while seen < normalised_offset and index < len(received):
        is_space = _spacing(received[index])
        if not (is_space and previous_space):
            seen += 1
        previous_space = is_space
        index += 1
    while index < len(received) and _spacing(received[index]):
        index += 1
    return index


def _spacing(character: str) -> bool:
    """Whether the paragraphs read ``character`` as space: whitespace, and control characters."""
    return character.isspace() or _CONTROL.match(character) is not None
