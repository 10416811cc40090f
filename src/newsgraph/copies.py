"""Copies of an article: the same story under another headline, with other boilerplate or
related-link lines, trimmed or extended by a paragraph, as wire copy is republished.

Each article's text gets a MinHash signature (datasketch) of its word shingles, after the
differences that do not make another story are taken out (case, curly or straight quotation
marks, punctuation, spacing), and the number of its shingles. An LSH index finds the articles
whose estimated Jaccard similarity may reach ``THRESHOLD`` without comparing every pair; two of
them are copies of each other when, besides, the shorter is at least ``CONTAINED`` inside the
longer (a copy trimmed or extended by a paragraph shares little less than all of the shorter
text, where Jaccard alone would also count the paragraph against it). Copies form groups (connected components of "is a copy of"), and each group's
original is its earliest article by publication date, then id: so which article is a copy of
which depends only on the articles stored, not on the order they came in.

The index is held in memory by the process that writes the database: about 1 KB per article
(a corpus of a million articles needs about a gigabyte; datasketch can keep it in Redis).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

PERMUTATIONS = 128
SHINGLE_WORDS = 4
THRESHOLD = 0.5
CONTAINED = 0.8
SEED = 1  # fixed, as the scheme: signatures stored by one run are compared with those of the next
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def signature(text: str) -> bytes:
    """The number of a text's word shingles and their MinHash signature, as bytes to store."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    shingles.discard("")
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return np.array([len(shingles)], dtype=np.uint32).tobytes() + minhash.hashvalues.astype(np.uint32).tobytes()


def from_bytes(stored: bytes) -> tuple[int, MinHash]:
    values = np.frombuffer(stored, dtype=np.uint32)
    return int(values[0]), MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME, hashvalues=values[1:])


class CopyIndex:
    """The signatures compared so far, for finding the copies of new ones."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
        self.signatures: dict[str, tuple[int, MinHash]] = {}

    def add(self, article_id: str, stored: bytes) -> list[tuple[str, float]]:
        """Adds an article; returns the articles already in the index it is a copy of, with the
        estimated Jaccard similarity."""
        size, minhash = from_bytes(stored)
        found = []
        for other in self.lsh.query(minhash):
            if other != article_id and is_copy((size, minhash), self.signatures[other]):
                found.append((other, round(minhash.jaccard(self.signatures[other][1]), 4)))
        self._insert(article_id, size, minhash)
        return sorted(found)

    def restore(self, article_id: str, stored: bytes) -> None:
        """Adds an article compared before (its copies are stored already): no query."""
        self._insert(article_id, *from_bytes(stored))

    def _insert(self, article_id: str, size: int, minhash: MinHash) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, minhash)
            self.signatures[article_id] = (size, minhash)

    def similarity(self, one: str, other: str) -> float:
        return round(self.signatures[one][1].jaccard(self.signatures[other][1]), 4)

    def __len__(self) -> int:
        return len(self.signatures)


def is_copy(one: tuple[int, MinHash], other: tuple[int, MinHash]) -> bool:
    """Similar enough, and the shorter text (nearly) all inside the longer."""
    jaccard = one[1].jaccard(other[1])
    if jaccard < THRESHOLD or not one[0] or not other[0]:
        return False
    shared = jaccard / (1 + jaccard) * (one[0] + other[0])
    return shared / min(one[0], other[0]) >= CONTAINED


def original_of(members: Iterable[tuple[str, str | None]]) -> str:
    """A group's original: its earliest article by publication date (undated last), then id."""
    return min(members, key=lambda member: (member[1] or "9999", member[0]))[0]
