"""A blind audit of the events newsgraph finds in news it was never tuned on: the precision the
gold sets cannot give, since they code only some of a sentence's events.

    python benchmarks/event_audit.py sheet [--polnear ../shared/data/polnear] [--split dev] [--n 200] [--seed 2026] \
        --out sheet.jsonl
    python benchmarks/event_audit.py score judged.jsonl [--sheet sheet.jsonl]

``sheet`` runs the pipeline over every article of a PolNeAR split (as a user would: one event per
happening) and draws ``--n`` events with a fixed seed, one JSON object per event: the article, the
sentence and trigger (text and offsets in the article file), the CAMEO code with its name, and
source and target actors (name and code). A judge who sees neither the rules nor the gold marks
each from the CAMEO manual alone, adding the keys

    event   yes | no          is this event reported as having happened (a negated, hoped-for or
                              merely discussed act is "no")
    code    exact | root | wrong     the code against the one the judge would give (events "yes")
    better  the judge's code where it differs
    source, target   right | wrong | empty_ok | missed   (events "yes")

``score`` reads the judged lines (joined to the sheet by ``n`` where they lack its fields) and prints
precision overall and by CAMEO root, the share of right codes and actors, and writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 2026
ACTOR_JUDGEMENTS = ("right", "wrong", "empty_ok", "missed")


def _published(polnear: Path) -> dict[str, str]:
    with (polnear / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}


def sheet(polnear: Path, split: str, n: int, seed: int = SEED) -> list[dict]:
    from newsgraph import Pipeline
    from newsgraph.events import cameo_table
    from newsgraph.ingest import make_article
    from newsgraph.pipeline import analyse

    pipeline, names, dates = Pipeline(), cameo_table(), _published(polnear)
    paths = sorted((polnear / split / "text").glob("*.txt"))
    if not paths:
        sys.exit(f"no articles under {polnear / split / 'text'}")
    rows = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = make_article(text, published=dates.get(path.stem))
        # Not cleaned, so offsets are the file's own: a judged line can be found again without its text.
        result = analyse(article, pipeline.nlp(text), pipeline.knowledge)
        actors = {a.id: a for a in result.actors}
        for event in result.events:
            start, end = event.sentence
            rows.append({
                "article": path.stem, "sentence": [start, end], "text": text[start:end],
                "trigger": [event.trigger.start, event.trigger.end], "trigger_text": event.trigger.text,
                "cameo": event.cameo, "name": names[event.cameo].name, "plover": event.plover,
                "negated": event.negated, "hypothetical": event.hypothetical,
                "source": [[actors[a].name, actors[a].code] for a in event.source],
                "target": [[actors[a].name, actors[a].code] for a in event.target],
            })
    drawn = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
    print(f"{len(rows)} events in {len(paths)} articles; drew {len(drawn)}", file=sys.stderr)
    return [{"n": k, **rows[i]} for k, i in enumerate(drawn)]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else "0/0"


def score(judged: list[dict]) -> list[str]:
    events = Counter(j["event"] for j in judged)
    real = [j for j in judged if j["event"] == "yes"]
    lines = [f"events judged: {len(judged)}; reported as happening: {_share(events['yes'], len(judged))}"]
    codes = Counter(j["code"] for j in real)
    lines.append(f"codes of those: exact {codes['exact']}, same root {codes['root']}, wrong {codes['wrong']}; "
                 f"root right {_share(codes['exact'] + codes['root'], len(real))}")
    for side in ("source", "target"):
        found = Counter(j[side] for j in real)
        lines.append(f"{side}: " + ", ".join(f"{k} {found[k]}" for k in ACTOR_JUDGEMENTS)
                     + f"; right or rightly empty {_share(found['right'] + found['empty_ok'], len(real))}")
    whole = [j for j in real if j["code"] != "wrong" and all(j[s] in ("right", "empty_ok") for s in ("source", "target"))]
    lines.append(f"all right (event, root, both actors): {_share(len(whole), len(judged))}")
    lines.append("")
    lines.append(f"{'root':<6}{'events':>7}{'happened':>10}{'root right':>12}{'precision':>11}")
    by_root: dict[str, list[dict]] = defaultdict(list)
    for j in judged:
        by_root[j["cameo"][:2]].append(j)
    for root in sorted(by_root):
        group = by_root[root]
        happened = sum(j["event"] == "yes" for j in group)
        right = sum(j["event"] == "yes" and j["code"] != "wrong" for j in group)
        lines.append(f"{root:<6}{len(group):>7}{happened:>10}{right:>12}{right / len(group):>11.2f}")
    return lines


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sheet", help="draw events to judge")
    draw.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear"))
    draw.add_argument("--split", default="dev")
    draw.add_argument("--n", type=int, default=200)
    draw.add_argument("--seed", type=int, default=SEED, help="another seed draws a fresh sample for a later audit")
    draw.add_argument("--out", type=Path, required=True)
    judge = commands.add_parser("score", help="score judged events")
    judge.add_argument("judged", type=Path)
    judge.add_argument("--sheet", type=Path, help="the sheet, for judged lines that carry only n and judgements")
    args = parser.parse_args()
    if args.command == "sheet":
        with args.out.open("w", encoding="utf-8") as out:
            for row in sheet(args.polnear, args.split, args.n, args.seed):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    judged = _read_jsonl(args.judged)
    if args.sheet:
        drawn = {row["n"]: row for row in _read_jsonl(args.sheet)}
        judged = [{**drawn[j["n"]], **j} for j in judged]
    missing = [j.get("n") for j in judged if not {"event", "cameo"} <= j.keys()
               or j["event"] == "yes" and not {"code", "source", "target"} <= j.keys()]
    if missing:
        sys.exit(f"judged lines without a judgement or a code: n = {missing[:10]}")
    print("\n".join(score(judged)))


if __name__ == "__main__":
    main()
