"""Which CAMEO codes the event coder covers: its patterns for each code, and whether a sentence
written for the code is coded with it.

    python benchmarks/event_coverage.py [--sentences tests/data/cameo_sentences.tsv] [--out coverage.tsv]
                                        [--gold-out DIR]

For each CAMEO code of three or four digits (``data/cameo.tsv``) and each of the 20 roots (all the
codes under it together): the curated and the derived (PETRARCH-2) patterns that code it, as the
coder loads them (a curated trigger replaces a derived one); the sentences of
``tests/data/cameo_sentences.tsv`` (columns code, set, source, target, sentence; set ``tune`` for
sentences rules may be written from, ``blind`` for the others), and how many of them yield an event
with exactly that code, and with that root. Prints a summary; ``--out`` writes the whole table.
``--gold-out DIR`` writes each set as neutral gold records (``DIR/cameo_tune.jsonl``,
``DIR/cameo_blind.jsonl``) for ``newsgraph eval events --gold``, which scores roots with their
source and target countries.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph import Pipeline
from newsgraph.data import read_table
from newsgraph.evaluate.events import code_articles
from newsgraph.events import cameo_table, load_patterns
from newsgraph.ingest import make_article

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "cameo_sentences.tsv"
SETS = ("tune", "blind")
COLUMNS = ("code", "name", "curated", "derived", "tune", "tune_exact", "tune_root", "blind", "blind_exact",
           "blind_root")


@dataclass(frozen=True, slots=True)
class Sentence:
    code: str
    set: str
    text: str
    source: str = ""
    target: str = ""


@dataclass
class Coverage:
    code: str
    name: str
    curated: int = 0
    derived: int = 0
    found: Counter = field(default_factory=Counter)  # (set, "n" | "exact" | "root") -> sentences

    def row(self) -> list:
        return [self.code, self.name, self.curated, self.derived,
                *(self.found[(s, what)] for s in SETS for what in ("n", "exact", "root"))]


def read_sentences(path: Path) -> list[Sentence]:
    if not path.is_file():
        return []
    sentences = []
    for number, row in read_table(path, columns=("code", "set", "source", "target", "sentence")):
        if row["set"] not in SETS:
            sys.exit(f"{path} line {number}: set must be tune or blind, not {row['set']!r}")
        sentences.append(Sentence(row["code"].strip(), row["set"], row["sentence"], row["source"].strip(),
                                  row["target"].strip()))
    return sentences


def write_gold(sentences: Sequence[Sentence], folder: Path) -> None:
    """Each set as neutral gold records: the CAMEO code and the actors written for the sentence,
    no PLOVER type, so that the evaluation scores CAMEO roots in its place."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SETS:
        with (folder / f"cameo_{name}.jsonl").open("w", encoding="utf-8") as out:
            for s in (s for s in sentences if s.set == name):
                event = {"cameo": s.code, "source": [s.source] if s.source else [],
                         "target": [s.target] if s.target else []}
                out.write(json.dumps({"id": f"{s.code}-{name}", "text": s.text, "events": [event]}) + "\n")


def coded(sentences: Sequence[Sentence], pipeline: Pipeline) -> list[set[str]]:
    """The CAMEO codes of each sentence's events, coded alone, one event per mention."""
    articles = (make_article(s.text) for s in sentences)
    return [{e.cameo for e in result.events} for result in code_articles(articles, pipeline)]


def coverage(sentences: Sequence[Sentence], codes: Sequence[set[str]]) -> tuple[list[Coverage], list[Coverage]]:
    table = cameo_table()
    by_code = {c: Coverage(c, t.name) for c, t in table.items() if len(c) in (3, 4)}
    by_root = {c[:2]: Coverage(c[:2], t.name) for c, t in table.items() if len(c) == 3 and c.endswith("0")}
    for patterns in load_patterns().by_trigger.values():
        for pattern in patterns:
            for row in (by_code.get(pattern.cameo), by_root.get(pattern.cameo[:2])):
                if row is not None:
                    row.derived += pattern.derived
                    row.curated += not pattern.derived
    for sentence, found in zip(sentences, codes, strict=True):
        roots = {c[:2] for c in found}
        counts = {"n": 1, "exact": int(sentence.code in found), "root": int(sentence.code[:2] in roots)}
        for row in (by_code.get(sentence.code), by_root.get(sentence.code[:2])):
            if row is not None:
                row.found.update({(sentence.set, what): n for what, n in counts.items()})
    return list(by_code.values()), list(by_root.values())


def summary(codes: Sequence[Coverage], roots: Sequence[Coverage], sentences: Path) -> Iterable[str]:
    def total(what: tuple[str, str]) -> int:
        return sum(c.found[what] for c in codes)
    yield f"{len(codes)} CAMEO codes of 3-4 digits, {len(roots)} roots"
    yield (f"codes with a pattern: {sum(c.curated + c.derived > 0 for c in codes)} "
           f"(curated {sum(c.curated > 0 for c in codes)}, derived {sum(c.derived > 0 for c in codes)})")
    if not total(("tune", "n")) and not total(("blind", "n")):
        yield f"no sentences: {sentences} is absent or empty"
        return
    yield f"codes with a tune sentence: {sum(c.found[('tune', 'n')] > 0 for c in codes)}"
    yield f"codes with a blind sentence: {sum(c.found[('blind', 'n')] > 0 for c in codes)}"
    for name in SETS:
        yield (f"{name} sentences coded exactly: {total((name, 'exact'))} of {total((name, 'n'))}; "
               f"with the same root: {total((name, 'root'))}")
    yield ""
    yield f"{'root':<6}{'codes':>6}{'with pattern':>14}{'tune exact':>12}{'blind exact':>13}{'blind root':>12}"
    for root in roots:
        under = [c for c in codes if c.code.startswith(root.code)]
        shares = [f"{root.found[(s, what)]}/{root.found[(s, 'n')]}"
                  for s, what in (("tune", "exact"), ("blind", "exact"), ("blind", "root"))]
        yield (f"{root.code:<6}{len(under):>6}{sum(c.curated + c.derived > 0 for c in under):>14}"
               f"{shares[0]:>12}{shares[1]:>13}{shares[2]:>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=Path, default=SENTENCES)
    parser.add_argument("--out", type=Path, help="write the table (codes, then roots) as TSV")
    parser.add_argument("--gold-out", type=Path, metavar="DIR",
                        help="write the sentences as neutral gold records for newsgraph eval events, and stop")
    args = parser.parse_args()
    sentences = read_sentences(args.sentences)
    if args.gold_out:
        write_gold(sentences, args.gold_out)
        return
    codes, roots = coverage(sentences, coded(sentences, Pipeline()) if sentences else [])
    print("\n".join(summary(codes, roots, args.sentences)))
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            writer.writerow(COLUMNS)
            writer.writerows(row.row() for row in (*codes, *roots))


if __name__ == "__main__":
    main()
