"""The ``newsgraph`` command: parses and validates, then calls the library; errors become one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsgraph import __version__
from newsgraph.cli.corpus import add_corpus_commands, add_input_options, open_corpus
from newsgraph.cli.serve import add_serve_command
from newsgraph.errors import (BadOption, DataError, EngineError, ExtraNotInstalled, InputError, ModelError, NewsgraphError,
                              StoreError)
from newsgraph.evaluate.halves import HALVES
from newsgraph.ingest import parse_published
from newsgraph.options import DEFAULT_MODEL, Options

DEFAULT_POLNEAR = Path("../shared/data/polnear")
DEFAULT_EVENT_GOLD = Path("../shared/data/plover/PLOVER_GSR_CAMEO.dev.json")
DEFAULT_TEXTS = Path("../shared/data")
DEFAULT_IPE = Path("../shared/data/ipe")
DEFAULT_TIMEML = Path("../shared/data/timebank")
DEFAULT_GEO = (Path("../shared/data/geo/lgl.jsonl"), Path("../shared/data/geo/geovirus.jsonl"))
EXIT_FAILURES = 1
EXIT_INPUT = 2
EXIT_MODEL = 3
EXIT_DATA = 4
EXIT_STORE = 5
EXIT_ENGINE = 7  # 6 is a corpus run's "mostly failed" (cli.corpus)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except NewsgraphError as error:
        print(f"newsgraph: {error}", file=sys.stderr)
        return _exit_code(error)
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Who did what to whom, when and where, and who said what, according to whom.")
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="extract actors, quotes, events, times and places from articles",
        description="Print the newsgraph/1 record of each article: JSON for one, JSON Lines for several "
                    "(--format json: one JSON array).")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="a UTF-8 text file with one article, a .jsonl, .csv or .html file, a folder of these, "
                              "or - for stdin (read as newsgraph run reads them)")
    extract.add_argument("--published", help="publication date, YYYY-MM-DD; relative dates resolve against it")
    extract.add_argument("--title", help="the article's title")
    extract.add_argument("--url", help="the article's address")
    extract.add_argument("--source", help="the publisher")
    extract.add_argument("--format", choices=("json", "jsonl", "text"), default=None,
                         help="json (default for one article; a JSON array for several), jsonl (one record a line, "
                              "default for several) or text")
    add_input_options(extract)
    _add_knowledge_options(extract)
    extract.set_defaults(handler=_extract)

    evaluate = commands.add_parser("eval", help="score newsgraph on public gold data",
                                   description="Print precision, recall and F1 against gold data.")
    tasks = evaluate.add_subparsers(dest="task", required=True, metavar="TASK")
    quotes = tasks.add_parser(
        "quotes", help="quotes and speakers on PolNeAR (brat attribution files), or reporting chains",
        description="Score quotes on a PolNeAR split, or, with --chains, reporting chains (speaker, addressee "
                    "and via, outermost first) on cases written as JSON Lines.")
    quotes.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR, metavar="DIR",
                        help=f"the PolNeAR folder (default {DEFAULT_POLNEAR})")
    quotes.add_argument("--split", default="dev", help="train, dev or test (default dev)")
    quotes.add_argument("--chains", type=Path, metavar="FILE",
                        help="score reporting chains on this JSON Lines file instead of PolNeAR (e.g. "
                             "tests/data/quote_chains/blind.jsonl)")
    quotes.add_argument("--errors", type=Path, metavar="FILE",
                        help="write what was missed, spurious or wrongly attributed as JSON Lines to FILE")
    quotes.add_argument("--json", action="store_true", help="print one JSON object")
    quotes.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    quotes.set_defaults(handler=_eval_quotes)
    events = tasks.add_parser(
        "events", help="event types and actors on PLOVER gold records, neutral JSONL or IndiaPoliceEvents",
        description="Score events on the whole gold set and on its fixed halves a (tune rules on it) and b.")
    gold = events.add_mutually_exclusive_group()
    gold.add_argument("--gold", type=Path, metavar="FILE",
                      help=f"PLOVER gold JSON or neutral .jsonl (default {DEFAULT_EVENT_GOLD})")
    gold.add_argument("--ipe", type=Path, nargs="?", const=DEFAULT_IPE, metavar="DIR",
                      help=f"score police events on IndiaPoliceEvents instead (DIR default {DEFAULT_IPE})")
    events.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, metavar="DIR",
                        help=f"the folder text_ref paths of neutral records resolve against (default {DEFAULT_TEXTS})")
    events.add_argument("--half", choices=HALVES, help="score only this half of the gold set")
    events.add_argument("--asserted", action="store_true",
                        help="score only the events neither negated nor hypothetical, for gold annotated without "
                             "them (newsgraph's own: docs/event-annotation.md); PLOVER's gold codes threats and "
                             "intentions, so leave it off there")
    events.add_argument("--lower-case", action="store_true",
                        help="code the gold texts lower-cased, as lower-cased news feeds publish them")
    events.add_argument("--errors", type=Path, metavar="FILE",
                        help="write the false positives and false negatives as JSON Lines to FILE")
    events.add_argument("--json", action="store_true", help="print one JSON object")
    _add_knowledge_options(events)
    events.set_defaults(handler=_eval_events)
    time = tasks.add_parser("time", help="time expressions and their values on TimeML (TimeBank, AQUAINT)")
    time.add_argument("--timeml", type=Path, default=DEFAULT_TIMEML, metavar="DIR",
                      help=f"a folder of .tml files, searched recursively (default {DEFAULT_TIMEML})")
    time.add_argument("--lower-case", action="store_true",
                      help="tag the documents lower-cased, as lower-cased news feeds publish them (gold offsets hold)")
    time.add_argument("--errors", type=Path, metavar="FILE",
                      help="write each wrong value, missed and false expression, with its corpus and the words "
                           "around it, as JSON Lines to FILE (for the data you tune on only)")
    time.add_argument("--json", action="store_true", help="print one JSON object")
    time.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    time.set_defaults(handler=_eval_time)
    geo = tasks.add_parser("geo", help="toponyms and their coordinates on geoparsing gold (LGL, GeoVirus)")
    geo.add_argument("--gold", type=Path, action="append", metavar="FILE",
                     help=f"a JSONL gold file; repeatable (default: {', '.join(map(str, DEFAULT_GEO))})")
    geo.add_argument("--json", action="store_true", help="print one JSON object per gold file")
    geo.add_argument("--inside-names", action=argparse.BooleanOptionalAction, default=True,
                     help="count a place inside an organisation's name ('the Ohio Department of Development'), "
                          "as LGL's guidelines do; GeoVirus's do not (default: count it)")
    geo.add_argument("--demonyms", action="store_true",
                     help="count demonyms ('Russian officials') as toponyms, as LGL's guidelines do")
    geo.add_argument("--lower-case", action="store_true",
                     help="find places in the gold texts lower-cased, as lower-cased news feeds publish them")
    _add_knowledge_options(geo)
    geo.set_defaults(handler=_eval_geo)
    add_corpus_commands(commands, _add_knowledge_options)
    add_serve_command(commands)
    return parser


def _add_knowledge_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", default=DEFAULT_MODEL,
                        help=f"installed spaCy pipeline to use (default {DEFAULT_MODEL})")
    parser.add_argument("--actors", action="append", type=Path, default=[], metavar="FILE",
                        help="extra actors (TSV with name, code and optional forms, kind); repeatable")
    parser.add_argument("--patterns", action="append", type=Path, default=[], metavar="FILE",
                        help="extra event patterns (TSV like newsgraph/data/event_patterns.tsv); repeatable")


def _extract(args: argparse.Namespace) -> int:
    from newsgraph.cli.text import render_text
    from newsgraph.pipeline import Pipeline

    corpus = open_corpus(args, args.paths, published=parse_published(args.published), title=args.title,
                         url=args.url, source=args.source)
    total = corpus.count()
    # stdin, which cannot be counted, holds one text unless it is read as JSON Lines or CSV
    single = total == 1 or (total is None and len(args.paths) == 1 and args.input_format in ("auto", "text", "html"))
    output = args.format or ("json" if single else "jsonl")
    array = output == "json" and not single  # several records as json: one array that json.load reads
    pipeline = Pipeline(Options(model=args.model, actors=tuple(args.actors), patterns=tuple(args.patterns)))
    if array:  # once the model has loaded: a pipeline that fails to load prints nothing
        print("[")
    failures = read = 0
    for submission in corpus:
        read += 1
        try:
            if submission.error is not None:
                raise submission.error
            result = pipeline.process(submission.article)
        except NewsgraphError as error:  # the pipeline is loaded: what fails now is this input
            if single:
                raise
            print(f"newsgraph: {submission.origin}: {error}", file=sys.stderr)
            failures += 1
            continue
        if output == "text":
            print(("\n" if read > 1 else "") + render_text(result))
        elif array:
            print(("," if read - failures > 1 else "") + json.dumps(result.to_dict(), ensure_ascii=False))
        elif output == "json":
            print(result.to_json())
        else:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
    if array:
        print("]")
    if failures:
        print(f"newsgraph: {failures} of {read} inputs failed", file=sys.stderr)
        return EXIT_FAILURES
    return 0


def _eval_quotes(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.polnear import read_split
    from newsgraph.evaluate.quotes import evaluate_quotes, quote_errors, render_table
    from newsgraph.evaluate.scores import write_errors
    from newsgraph.pipeline import Pipeline

    if args.chains:
        return _eval_chains(args)
    articles = list(read_split(args.polnear, args.split))
    pipeline = Pipeline(Options(model=args.model))
    progress = _Progress(len(articles), "articles")
    scores, outcomes = evaluate_quotes(articles, pipeline, progress=progress.step)
    progress.done()
    print(json.dumps(scores.to_dict(args.split)) if args.json else render_table(scores, args.split))
    if args.errors:
        write_errors(args.errors, quote_errors(outcomes))
    return 0


def _eval_chains(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.chains import describe, evaluate_chains, read_chains, render_table
    from newsgraph.evaluate.scores import write_errors
    from newsgraph.pipeline import Pipeline

    cases = read_chains(args.chains)
    pipeline = Pipeline(Options(model=args.model))
    progress = _Progress(len(cases), "cases")
    scores, outcomes = evaluate_chains(cases, pipeline, progress=progress.step)
    progress.done()
    print(json.dumps(scores.to_dict()) if args.json else render_table(scores, args.chains.name))
    if args.errors:
        write_errors(args.errors, (describe(*outcome) for outcome in outcomes
                                   if not all(result[2]["exact"] for result in outcome[3])))
    return 0


def _eval_events(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.event_gold import lower_cased, read_gold
    from newsgraph.evaluate.events import event_errors, predict_events, render_table, score_halves
    from newsgraph.evaluate.scores import write_errors
    from newsgraph.evaluate.halves import half_of
    from newsgraph.pipeline import Pipeline

    if args.ipe:
        if args.lower_case:
            raise BadOption("--lower-case is for gold sentences; IndiaPoliceEvents is lower-case already")
        return _eval_ipe(args)
    path = args.gold or DEFAULT_EVENT_GOLD
    sentences = [s for s in read_gold(path, texts=args.texts) if not args.half or half_of(s.key) == args.half]
    if args.lower_case:
        sentences = [lower_cased(s) for s in sentences]
    pipeline = Pipeline(Options(model=args.model, actors=tuple(args.actors), patterns=tuple(args.patterns)))
    progress = _Progress(len(sentences), "sentences")
    predictions = predict_events(sentences, pipeline, progress=progress.step, asserted=args.asserted)
    progress.done()
    report = score_halves(sentences, predictions, half=args.half, name=path.name)
    if args.errors:
        write_errors(args.errors, event_errors(sentences, predictions))
    print(json.dumps(report.to_dict()) if args.json else render_table(report))
    return 0


def _eval_ipe(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.scores import write_errors
    from newsgraph.evaluate.halves import half_of
    from newsgraph.evaluate.ipe import ipe_errors, predict_ipe, read_ipe, render_ipe, score_ipe
    from newsgraph.pipeline import Pipeline

    documents = [d for d in read_ipe(args.ipe) if not args.half or half_of(d.doc_id) == args.half]
    pipeline = Pipeline(Options(model=args.model, actors=tuple(args.actors), patterns=tuple(args.patterns)))
    progress = _Progress(len(documents), "documents")
    predictions = predict_ipe(documents, pipeline, progress=progress.step)
    progress.done()
    report = score_ipe(documents, predictions, half=args.half)
    if args.errors:
        write_errors(args.errors, ipe_errors(documents, predictions))
    print(json.dumps(report.to_dict()) if args.json else render_ipe(report))
    return 0


def _eval_time(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.scores import write_errors
    from newsgraph.evaluate.timeml import evaluate_time, lower_cased, newsgraph_times, read_timeml, render_table
    from newsgraph.nlp import load_model

    documents = read_timeml(args.timeml)
    if args.lower_case:
        documents = [lower_cased(d) for d in documents]
    progress = _Progress(len(documents), "documents")
    errors: list[dict] | None = [] if args.errors else None
    scores = evaluate_time(documents, newsgraph_times(load_model(args.model)), progress=progress.step, errors=errors)
    progress.done()
    if args.errors:
        write_errors(args.errors, errors)
    print(json.dumps(scores.to_dict()) if args.json else render_table(scores))
    return 0


def _eval_geo(args: argparse.Namespace) -> int:
    from newsgraph.evaluate.geo import evaluate_geo, lower_cased, newsgraph_places, read_geo, render_table
    from newsgraph.pipeline import Pipeline

    golds = [(path, read_geo(path)) for path in (args.gold or DEFAULT_GEO)]
    if args.lower_case:
        golds = [(path, [lower_cased(article) for article in articles]) for path, articles in golds]
    from newsgraph.normalize.places import ToponymRules

    pipeline = Pipeline(Options(model=args.model, actors=tuple(args.actors), patterns=tuple(args.patterns)))
    find = newsgraph_places(pipeline, ToponymRules(inside_names=args.inside_names, demonyms=args.demonyms))
    progress = _Progress(sum(len(articles) for _, articles in golds), "articles")
    results = [(path.stem, evaluate_geo(articles, find, progress=progress.step)) for path, articles in golds]
    progress.done()
    if args.json:
        for (path, _), (_, scores) in zip(golds, results):
            print(json.dumps({"file": str(path), **scores.to_dict()}))
    else:
        print(render_table(results))
    return 0


class _Progress:
    """A one-line progress count on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, unit: str) -> None:
        self.total, self.unit, self.count = total, unit, 0
        self.live = sys.stderr.isatty()

    def step(self) -> None:
        self.count += 1
        if self.live:
            print(f"\r{self.count}/{self.total} {self.unit}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.live:
            print(file=sys.stderr)


def _exit_code(error: NewsgraphError) -> int:
    if isinstance(error, InputError):
        return EXIT_INPUT
    if isinstance(error, (ModelError, ExtraNotInstalled)):
        return EXIT_MODEL
    if isinstance(error, DataError):
        return EXIT_DATA
    if isinstance(error, StoreError):
        return EXIT_STORE
    if isinstance(error, EngineError):
        return EXIT_ENGINE
    return EXIT_FAILURES
