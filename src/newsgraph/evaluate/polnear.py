"""Reading PolNeAR: article texts and their brat stand-off attribution annotations.

Layout: ``DIR/<split>/text/<article>.txt`` and ``DIR/<split>/attributions/<article>_<annotator>.ann``.
Where several annotators annotated an article, the first file in sorted order is the gold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import InputNotFound, MalformedDataFile
from newsgraph.evaluate.gold_files import gold_lines, gold_text

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Ranges
    cue: Ranges
    source: Ranges  # empty for Attribution-no-source


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_split(root: Path, split: str) -> Iterator[GoldArticle]:
    texts = root / split / "text"
    annotations = root / split / "attributions"
    if not (root / split).is_dir():
        raise InputNotFound(f"'{root / split}' does not exist; give the PolNeAR folder with --polnear and the "
                            "split with --split")
    if not texts.is_dir() or not annotations.is_dir():
        raise MalformedDataFile(f"'{root / split}' is not a PolNeAR split: it needs text/ and attributions/ "
                                "folders (give the PolNeAR folder with --polnear and the split with --split)")
    by_article: dict[str, Path] = {}
    for path in sorted(annotations.glob("*.ann")):
        by_article.setdefault(path.stem.rsplit("_", 1)[0], path)
    annotated = 0
    for text_path in sorted(texts.glob("*.txt")):
        annotation = by_article.get(text_path.stem)
        if annotation is None:
            continue
        annotated += 1
        yield GoldArticle(text_path.stem, gold_text(text_path), tuple(parse_ann(annotation)))
    if not annotated:
        raise MalformedDataFile(f"'{root / split}' has no article with both a text/<name>.txt and an "
                                "attributions/<name>_<annotator>.ann: nothing to score")


def parse_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, Ranges] = {}
    relations = []
    for number, line in enumerate(gold_lines(path), start=1):
        # an annotation's text may run over several lines: only "T<n><tab>" and "E<n><tab>" start one
        if re.match(r"T\d+\t", line):
            try:
                ident, body, _ = line.split("\t", 2)
                _, ranges = body.split(" ", 1)
                spans[ident] = tuple(tuple(int(x) for x in part.split()) for part in ranges.split(";"))
            except ValueError:
                raise MalformedDataFile(f"{path} line {number}: not a brat text-bound annotation") from None
        elif re.match(r"E\d+\t", line):
            fields = line.split("\t")[1].split()
            if not fields:
                raise MalformedDataFile(f"{path} line {number}: a brat event with no type or arguments")
            relations.append(fields)
    found = []
    for fields in relations:
        roles: dict[str, list[str]] = {}
        for field in fields[1:]:
            role, _, ident = field.partition(":")
            roles.setdefault(role, []).append(ident)
        content = tuple(r for ident in roles.get("Content", []) for r in spans.get(ident, ()))
        if not content:
            continue
        found.append(GoldAttribution(
            content=tuple(sorted(content)),
            cue=tuple(r for ident in roles.get("Cue", []) for r in spans.get(ident, ())),
            source=tuple(r for ident in roles.get("Source", []) for r in spans.get(ident, ()))))
    return found
