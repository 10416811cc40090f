"""Building parsed spaCy Docs by hand, so unit tests run without a trained model.

A sentence is written one token per row: ``word lemma POS TAG head dep [ENT]``, where head is
the index of the head token within the whole Doc and ENT an entity label with a B-/I- prefix.
A word is followed by a space unless the next word is punctuation glued to it: rows may end
with ``nospace`` to say so explicitly.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab


def build(rows: str) -> Doc:
    words, lemmas, pos, tags, heads, deps, ents, spaces = [], [], [], [], [], [], [], []
    for line in rows.strip().splitlines():
        cells = line.split()
        nospace = cells[-1] == "nospace"
        if nospace:
            cells = cells[:-1]
        word, lemma, part, tag, head, dep = cells[:6]
        words.append(word)
        lemmas.append(lemma)
        pos.append(part)
        tags.append(tag)
        heads.append(int(head))
        deps.append(dep)
        ents.append(cells[6] if len(cells) > 6 else "O")
        spaces.append(not nospace)
    spaces[-1] = False
    doc = Doc(_VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, heads=heads,
              deps=deps, ents=ents)
    return doc
