"""A keyword baseline on IndiaPoliceEvents, scored as ``newsgraph eval events --ipe`` scores newsgraph.

    python benchmarks/ipe_keywords.py [--ipe ../shared/data/ipe] [--half a|b] [--json]

A sentence is positive for a label when it names the police ("police", "policemen", "cops") and
holds one of the label's action words (a word beginning with the keyword: "arrest" finds
"arrested"); ANY_ACTION takes any label's words and a few more. Figures for all documents and for
halves a and b, by ``newsgraph.evaluate.ipe``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsgraph.evaluate.halves import HALVES, half_of
from newsgraph.evaluate.ipe import IpeDocument, SentencePrediction, read_ipe, render_ipe, score_ipe

POLICE = re.compile(r"\bpolice|\bcops\b")
KEYWORDS = {
    "KILL": ("kill", "shot dead", "died in firing"),
    "ARREST": ("arrest", "detain", "held"),
    "FORCE": ("lathi", "baton", "tear gas", "fire", "beat"),
}
KEYWORDS["ANY_ACTION"] = (*(word for words in KEYWORDS.values() for word in words),
                          "registered a case", "raided", "seized", "rescued")
PATTERNS = {label: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")") for label, words in KEYWORDS.items()}


def keyword_labels(sentence: str) -> frozenset[str]:
    text = sentence.lower()
    if not POLICE.search(text):
        return frozenset()
    return frozenset(label for label, pattern in PATTERNS.items() if pattern.search(text))


def predictions(document: IpeDocument) -> list[SentencePrediction]:
    return [SentencePrediction((0, len(s.text)), keyword_labels(s.text), ()) for s in document.sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ipe", type=Path, default=Path("../shared/data/ipe"))
    parser.add_argument("--half", choices=HALVES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    documents = [d for d in read_ipe(args.ipe) if not args.half or half_of(d.doc_id) == args.half]
    report = score_ipe(documents, [predictions(d) for d in documents], half=args.half,
                       name="IndiaPoliceEvents, keyword baseline")
    print(json.dumps(report.to_dict()) if args.json else render_ipe(report))


if __name__ == "__main__":
    main()
