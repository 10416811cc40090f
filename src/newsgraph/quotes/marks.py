"""Pairing quotation marks into quoted spans, paragraph by paragraph, never raising.

Double marks are also read in the forms archives write them in (see FORMS). Straight marks pair
in order; curly marks open and close by their shape. A paragraph that opens a quotation without
closing it continues into the next paragraph (blank lines between them aside) when that one opens
with a mark of the same kind, straight or curly (the newspaper convention), giving one quotation
in several parts. An opening mark that ends its paragraph closes (a common typo: "... in the
future.“"). Any other unmatched mark is dropped, so an unbalanced mark costs at most the quote it
belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# Written forms of double marks besides the marks themselves, as the mark they stand for. Some
# newspapers' archives write them as two apostrophes (''Like this,'') or, as Indian papers do, as
# two single marks (‘‘Like this’’); text decoded as Windows-1252 when it was UTF-8 writes “ and ”
# as â€œ and â€ with a lost third byte. Two apostrophes between letters are an escaped apostrophe
# ("the police''s"), not a mark.
FORMS = {"''": STRAIGHT, "‘‘": "“", "’’": "”", "â€˜â€˜": "“", "â€™â€™": "”", "â€œ": "“", "â€\ufffd": "”",
         "â€\x9d": "”"}
MARK = re.compile("|".join([*(re.escape(form) for form in sorted(FORMS, key=len, reverse=True) if form != "''"),
                            r"(?<![^\W\d_])''|''(?![^\W\d_])", '["“”„«»]']))
# Markup left in scraped text (<tweet author="X">): the marks of its attribute values quote nothing.
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>")


@dataclass(frozen=True, slots=True)
class Quoted:
    parts: tuple[tuple[int, int], ...]  # character ranges inside the marks, end-exclusive

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def quoted_spans(text: str) -> list[Quoted]:
    spans: list[Quoted] = []
    carried: list[tuple[int, int]] = []  # parts of a quotation still open at a paragraph's end
    straight_open = False  # whether the open quotation opened with a straight mark
    offset = 0
    paragraphs = text.split("\n")
    following = _next_paragraphs(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.strip():  # a blank line between paragraphs keeps a quotation open
            offset += len(paragraph) + 1
            continue
        tags = [(m.start(), m.end()) for m in MARKUP_TAG.finditer(paragraph)] if "<" in paragraph else []
        marks = [(offset + m.start(), FORMS.get(m.group(), m.group()), len(m.group()))
                 for m in MARK.finditer(paragraph) if not any(s <= m.start() < e for s, e in tags)]
        open_at: int | None = None  # where the quoted words start, after the opening mark
        if carried and marks and marks[0][0] == offset and (marks[0][1] == STRAIGHT) == straight_open:
            open_at = marks[0][0] + marks[0][2]
            marks = marks[1:]
        else:
            carried = []
        for position, mark, width in marks:
            if open_at is None:
                if width == 2 and mark == STRAIGHT and position > offset and text[position - 1].isalnum():
                    continue  # two apostrophes after a word open nothing: "10 days'' stay"
                if mark in OPENING or mark == STRAIGHT:
                    open_at = position + width
                    straight_open = mark == STRAIGHT
            elif mark in CLOSING or mark == STRAIGHT or not paragraph[position - offset + width:].strip():
                # an opening mark that ends its paragraph can only close ("... in the future.“")
                if position > open_at:
                    spans.append(Quoted((*carried, (open_at, position))))
                carried = []
                open_at = None
            elif mark in OPENING:
                open_at = position + width  # a second opening: the first was unbalanced
                straight_open = False
        opening = MARK.match(following[index])
        if open_at is not None and opening and following[index][0] not in CLOSING \
                and (opening.group() in (STRAIGHT, "''")) == straight_open:
            carried = [*carried, (open_at, offset + len(paragraph))]
        else:
            carried = []
        offset += len(paragraph) + 1
    return spans


def _next_paragraphs(paragraphs: list[str]) -> list[str]:
    """For each paragraph, the next one that is not blank ("" after the last)."""
    following, upcoming = [""] * len(paragraphs), ""
    for index in range(len(paragraphs) - 1, -1, -1):
        following[index] = upcoming
        if paragraphs[index].strip():
            upcoming = paragraphs[index]
    return following


def kind_by_marks(text: str, content, quoted: Sequence[tuple[int, int]]) -> str:
    """direct, mixed or indirect by how much of ``content``'s letters and digits lie inside the
    ``quoted`` character ranges: all, some or none. ``quoted`` is in text order without overlaps,
    as ``quoted_spans`` gives the parts, so the one range that can hold a position is found by
    bisection, not by a scan of the document's quotations."""
    inside = outside = 0
    for start, end in content:
        for position in range(start, end):
            if not text[position].isalnum():
                continue
            last = bisect_right(quoted, position, key=lambda part: part[0]) - 1
            if last >= 0 and position < quoted[last][1]:
                inside += 1
            else:
                outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


# Marks of a quotation inside a quotation: single marks in double-quoted text.
INNER_OPENING = "‘'"
INNER_CLOSING = "’'"
# What may stand before an inner opening mark and after its closing one
_BEFORE_OPENING = " \t\n:,;—–-([“\""
_AFTER_CLOSING = " \t\n.,;:!?—–-)]”\""


def inner_quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges quoted by single marks inside ``text[start:end]`` ("Macron told me:
    'Berlin will abstain'"): an opening mark at a word's start, closed by the next mark at a
    word's end; apostrophes inside words ("don't", "Xi’s") are neither."""
    found = []
    opened = None
    for position in range(start, end):
        char = text[position]
        if char not in INNER_OPENING and char not in INNER_CLOSING:
            continue
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if opened is None:
            if char in INNER_OPENING and before in _BEFORE_OPENING and not after.isspace():
                opened = position + 1
        elif char in INNER_CLOSING and after in _AFTER_CLOSING and not before.isspace() and position > opened:
            found.append((opened, position))
            opened = None
    return found
