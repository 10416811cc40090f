"""Pairing quotation marks into quoted spans, paragraph by paragraph, never raising.

Straight marks pair in order; curly marks open and close by their shape. A paragraph that
opens a quotation without closing it continues into the next paragraph when that one opens
with a mark (the newspaper convention), giving one quotation in several parts; any other
unmatched mark is dropped, so an unbalanced mark costs at most the quote it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'


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
    offset = 0
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        marks = [(offset + i, ch) for i, ch in enumerate(paragraph) if ch in OPENING + CLOSING + STRAIGHT]
        open_at: int | None = None
        if carried and marks and marks[0][0] == offset and marks[0][1] in OPENING + STRAIGHT:
            open_at = marks[0][0]
            marks = marks[1:]
        else:
            carried = []
        for position, mark in marks:
            if open_at is None:
                if mark in OPENING or mark == STRAIGHT:
                    open_at = position
            elif mark in CLOSING or mark == STRAIGHT:
                if position > open_at + 1:
                    spans.append(Quoted((*carried, (open_at + 1, position))))
                carried = []
                open_at = None
            elif mark in OPENING:
                open_at = position  # a second opening: the first was unbalanced
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if open_at is not None and following[:1] and following[0] in OPENING + STRAIGHT:
            carried = [*carried, (open_at + 1, offset + len(paragraph))]
        else:
            carried = []
        offset += len(paragraph) + 1
    return spans
