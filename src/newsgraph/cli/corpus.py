"""The corpus commands: ``run`` fills a database; ``events``, ``quotes``, ``actors``, ``failures`` and
``export`` read it."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import BadOption
from newsgraph.ingest import parse_published
from newsgraph.store.base import QUOTE_KINDS
from newsgraph.store.export import EXPORT_TABLES, FORMATS

DEFAULT_DB = "newsgraph.db"
EXIT_FAILURES = 1
# More than --max-failures of the inputs failed: the run itself is suspect (wrong columns, wrong format).
EXIT_MOSTLY_FAILED = 6
DEFAULT_MAX_FAILURES = "0.1"
EXIT_INTERRUPTED = 130
# Skipped files named in the message; the rest are counted.
_SKIPPED_SHOWN = 5


def add_corpus_commands(commands: Any, add_knowledge_options: Any) -> None:
    run = commands.add_parser(
        "run", help="process a corpus into a database (SQLite or PostgreSQL), resumably",
        description="Extract every article of the inputs into a database. Rerunning the same command "
                    "after a crash or kill finishes the work: stored articles are skipped.")
    run.add_argument("inputs", nargs="+", metavar="INPUT",
                     help=".txt, .jsonl, .csv or .html files, folders of them, or - for stdin")
    add_db_option(run)
    run.add_argument("--workers", type=int, default=None,
                     help=f"worker processes, each with the model loaded once (default: all {os.cpu_count()} cores)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: worker processes on this machine (default); dask: a Dask cluster, the one at "
                          "--scheduler or a local one of --workers processes (pip install 'newsgraph[dask]')")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    run.add_argument("--dashboard", action="store_true",
                     help="with --engine dask and no --scheduler: serve the local cluster's dashboard "
                          "(needs bokeh) and print its address")
    run.add_argument("--batch-size", type=int, default=32, help="articles per batch and transaction (default 32)")
    add_input_options(run)
    run.add_argument("--published", help="publication date for records that give none, YYYY-MM-DD")
    run.add_argument("--source", help="publisher for records that give none")
    run.add_argument("--max-failures", type=FailureLimit.parse, default=FailureLimit.parse(DEFAULT_MAX_FAILURES),
                     metavar="SHARE|COUNT",
                     help=f"failed inputs above which the exit code is {EXIT_MOSTLY_FAILED} instead of "
                          f"{EXIT_FAILURES}: "
                          "a share when below 1 or written with %% (0.1, 10%%), a count when a whole number "
                          f"(25; 0: any failure) (default {DEFAULT_MAX_FAILURES})")
    run.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    add_knowledge_options(run)
    run.set_defaults(handler=_run)

    events = commands.add_parser("events", help="list stored events",
                                 description="Stored events, oldest first, one line each.")
    add_db_option(events)
    events.add_argument("--actor", help="source or target, by part of its name or the start of its code (RUS)")
    events.add_argument("--source", help="the source, by part of its name or the start of its code")
    events.add_argument("--target", help="the target, by part of its name or the start of its code")
    events.add_argument("--country", help="a source or target of this country (RUS, or IGO, NGO, ...)")
    events.add_argument("--type", dest="event_type", help="PLOVER type (CONSULT) or CAMEO code prefix (04, 040)")
    events.add_argument("--since", help="events on or after this day, YYYY-MM-DD")
    events.add_argument("--until", help="events on or before this day, YYYY-MM-DD")
    events.add_argument("--happenings", action="store_true",
                        help="one row per happening (reports of one occurrence across articles), with its counts")
    _add_output(events)
    events.set_defaults(handler=_events)

    happenings = commands.add_parser(
        "happenings", help="list stored happenings: events across articles counted once",
        description="Happenings, oldest first: the events of different articles that tell of one occurrence, "
                    "with how many events, articles and outlets report each.")
    add_db_option(happenings)
    happenings.add_argument("--actor", help="source or target, by part of its name or the start of its code")
    happenings.add_argument("--type", dest="event_type", help="PLOVER type (CONSULT) or CAMEO code prefix (04, 040)")
    happenings.add_argument("--since", help="happenings on or after this day, YYYY-MM-DD")
    happenings.add_argument("--until", help="happenings on or before this day, YYYY-MM-DD")
    _add_output(happenings)
    happenings.set_defaults(handler=_happenings)

    dedupe = commands.add_parser(
        "dedupe", help="find copies and group events into happenings in a database built before they existed",
        description="Finds the copies among the stored articles and groups every event not yet in a happening; "
                    "newsgraph run does both as it goes, so this is for databases from older newsgraph "
                    "versions, or after a run was killed between storing a batch and grouping it. Safe to "
                    "repeat.")
    add_db_option(dedupe)
    dedupe.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    dedupe.set_defaults(handler=_dedupe)

    quotes = commands.add_parser("quotes", help="list stored quotes",
                                 description="Stored quotes, one line each.")
    add_db_option(quotes)
    quotes.add_argument("--speaker", help="by part of the speaker's name or the start of its code")
    quotes.add_argument("--search", help='words that must all occur in the quote (full-text search); '
                                         '"double quotes" for a phrase')
    quotes.add_argument("--kind", choices=QUOTE_KINDS, help="direct, mixed or indirect quotes only")
    quotes.add_argument("--since", help="quotes said (else published) on or after this day, YYYY-MM-DD")
    quotes.add_argument("--until", help="quotes said (else published) on or before this day, YYYY-MM-DD")
    _add_output(quotes)
    quotes.set_defaults(handler=_quotes)

    actors = commands.add_parser("actors", help="list stored actors, most widely reported first")
    add_db_option(actors)
    actors.add_argument("--name", help="by part of the name or the start of the code")
    _add_output(actors)
    actors.set_defaults(handler=_actors)

    failures = commands.add_parser("failures", help="list the inputs a run could not store, and why")
    add_db_option(failures)
    _add_output(failures)
    failures.set_defaults(handler=_failures)

    export = commands.add_parser(
        "export", help="write a database out as JSONL, CSV, Parquet or a GDELT-style table",
        description="jsonl: one newsgraph/1 record per line, or one table's rows with --table. csv and parquet: "
                    "one table (--table, default events). gdelt: GDELT 2.0's event columns, tab-separated, no header.")
    add_db_option(export)
    export.add_argument("--format", dest="fmt", choices=FORMATS, required=True,
                        help="jsonl (records, or a table's rows), csv, parquet (pip install 'newsgraph[parquet]') "
                             "or gdelt")
    export.add_argument("--table", metavar="TABLE",
                        help="the table to write: events (one row per event, each side's actor in columns of its "
                             "own), dyads (one row per source-target pair of an event), "
                             f"{', '.join(EXPORT_TABLES[2:])} (default: events; jsonl: the records)")
    export.add_argument("--happenings", action="store_true",
                        help="one row per happening: jsonl with its reports, csv and parquet the happenings "
                             "table, gdelt with NumMentions, NumSources and NumArticles from its reports")
    export.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the file to write, or - for standard output")
    export.set_defaults(handler=_export)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """How inputs are read: the same for ``extract`` and ``run``, which both read through Corpus."""
    parser.add_argument("--input-format", choices=("auto", "text", "jsonl", "csv", "html"), default="auto",
                        help="how to read the inputs (default: by file suffix; stdin is text)")
    parser.add_argument("--columns", action="append", default=[], metavar="FIELD=COLUMN",
                        help="JSONL key or CSV column of text, title, url, published, source or id, "
                             "e.g. --columns text=body,published=date")


def open_corpus(args: argparse.Namespace, inputs: Sequence[str], **defaults: Any) -> Any:
    """The Corpus of ``inputs`` read as the input options say; files skipped in folders are
    counted and named on stderr."""
    from newsgraph.corpus import Columns, Corpus

    corpus = Corpus(inputs, input_format=args.input_format, columns=Columns.parse(args.columns), **defaults)
    if skipped := corpus.skipped:
        shown = ", ".join(str(path) for path in skipped[:_SKIPPED_SHOWN])
        more = f" and {len(skipped) - _SKIPPED_SHOWN:,} more" if len(skipped) > _SKIPPED_SHOWN else ""
        print(f"newsgraph: skipped {counted(len(skipped), 'file')} in folders, of no format newsgraph reads "
              f"(.txt, .jsonl, .csv, .html; --input-format reads every file as one): {shown}{more}", file=sys.stderr)
    return corpus


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db``: where the database is. An empty value (``--db ""``, or ``NEWSGRAPH_DB=`` set empty)
    is refused in its own words, not taken for a file with no name."""
    parser.add_argument("--db", default=os.environ.get("NEWSGRAPH_DB", DEFAULT_DB), metavar="PATH|URL",
                        help=f"SQLite file or postgresql:// URL (default $NEWSGRAPH_DB or {DEFAULT_DB})")



def database(args: argparse.Namespace) -> str:
    """The ``--db`` value, checked."""
    if not args.db.strip():
        where = " (it comes from $NEWSGRAPH_DB, which is set but empty)" if "NEWSGRAPH_DB" in os.environ and \
            not os.environ["NEWSGRAPH_DB"].strip() else ""
        raise BadOption(f"--db is empty{where}; give an SQLite file such as {DEFAULT_DB} or a postgresql:// URL")
    return args.db


def _add_output(parser: argparse.ArgumentParser) -> None:
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="one JSON object per line")
    shape.add_argument("--csv", action="store_true", help="CSV with a header row")
    parser.add_argument("--limit", type=_at_least_one, help="at most this many (1 or more)")


def _at_least_one(value: str) -> int:
    """A count that must be 1 or more: ``--limit 0`` would otherwise mean no limit at all."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


@dataclass(frozen=True, slots=True)
class FailureLimit:
    """``--max-failures``: a share of the inputs (below 1, or with %: 0.1, 10%) or a count of them
    (a whole number: 25; 0 is no failure at all) that a run may lose before its exit code says
    the run itself is suspect."""

    share: float | None
    count: int | None

    @classmethod
    def parse(cls, value: str) -> FailureLimit:
        text = value.strip()
        try:
            number = float(text.removesuffix("%"))
        except ValueError:
            number = -1.0
        if text.endswith("%"):
            if 0 <= number <= 100:
                return cls(number / 100, None)
        elif 0 < number < 1:
            return cls(number, None)
        elif number >= 0 and number.is_integer():
            return cls(None, int(number))
        raise argparse.ArgumentTypeError(
            f"{value!r} is neither a share (0.1 or 10%: a tenth of the inputs) nor a count (25: that many inputs)")

    def exceeded(self, failed: int, read: int) -> bool:
        if self.count is not None:
            return failed > self.count
        return read > 0 and failed / read > (self.share or 0.0)


def _run(args: argparse.Namespace) -> int:
    from newsgraph.corpus import run_corpus
    from newsgraph.options import Options
    from newsgraph.store import open_store

    if args.workers is not None and args.workers < 1:
        raise BadOption(f"--workers must be 1 or more, not {args.workers}")
    if args.batch_size < 1:
        raise BadOption(f"--batch-size must be 1 or more, not {args.batch_size}")
    engine = _engine(args)
    corpus = open_corpus(args, args.inputs, published=parse_published(args.published), source=args.source)
    options = Options(model=args.model, actors=tuple(args.actors), patterns=tuple(args.patterns))
    with open_store(database(args)) as store:
        total = corpus.count()
        bar = None if args.quiet else _progress_bar(total)
        try:
            summary = run_corpus(corpus, store, options, engine=engine, batch_size=args.batch_size,
                                 total=total, progress=bar.update if bar is not None else None)
        except KeyboardInterrupt:
            print("\nnewsgraph: interrupted; what is stored is kept: run the same command again to finish",
                  file=sys.stderr)
            return EXIT_INTERRUPTED
        finally:
            if bar is not None:  # tqdm has no truth value while its total is unknown (stdin)
                bar.close()
    if not args.quiet:
        rate = summary.stored / summary.seconds if summary.seconds else 0.0
        print(f"newsgraph: {counted(summary.read, 'input')}: {counted(summary.stored, 'article')} stored "
              f"({summary.words:,} words, {rate:.1f} articles/s), {summary.skipped:,} already stored or "
              f"repeated, {summary.failed:,} failed; database {store.location}", file=sys.stderr)
    if not summary.failed:
        return 0
    print(f"newsgraph: {summary.failed:,} of {counted(summary.read, 'input')} failed; "
          f"see newsgraph failures --db {store.location}", file=sys.stderr)
    return EXIT_MOSTLY_FAILED if args.max_failures.exceeded(summary.failed, summary.read) else EXIT_FAILURES


def _engine(args: argparse.Namespace) -> Any:
    from newsgraph.corpus import LocalEngine

    if args.engine == "local":
        if args.scheduler or args.dashboard:
            raise BadOption(f"{'--scheduler' if args.scheduler else '--dashboard'} needs --engine dask")
        return LocalEngine(args.workers)
    from newsgraph.corpus.cluster import DaskEngine

    if args.dashboard and args.scheduler:
        raise BadOption("--dashboard is for the local Dask cluster; a cluster given by --scheduler serves its own")
    engine = DaskEngine(scheduler=args.scheduler, workers=args.workers, dashboard=args.dashboard)
    if args.dashboard and not args.quiet:
        engine.on_start = lambda link: print(f"newsgraph: Dask dashboard at {link}", file=sys.stderr)
    return engine


def counted(count: int, noun: str) -> str:
    """``1 article``, ``2,041 articles``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _progress_bar(total: int | None, unit: str = " articles") -> Any:
    from tqdm import tqdm
    # disable=None: drawn only on a terminal, so logs and pipes get the summary line alone.
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=None, dynamic_ncols=True)


def _events(args: argparse.Namespace) -> int:
    if args.happenings:
        return _happenings(args)
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    with _open(args) as store:
        rows = store.events(actor=args.actor, source=args.source, target=args.target, country=args.country,
                            event_type=args.event_type, since=since, until=until, limit=args.limit)
    return _print(rows, args, _event_line, "events")


def _happenings(args: argparse.Namespace) -> int:
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    with _open(args) as store:
        rows = store.happenings(actor=args.actor, event_type=args.event_type, since=since, until=until,
                                limit=args.limit)
    return _print(rows, args, _happening_line, "happenings")


def _dedupe(args: argparse.Namespace) -> int:
    from newsgraph.store import open_store

    with open_store(database(args), create=False) as store:
        _backfill_signatures(store)
        store.compare_copies()
        keys = store.ungrouped_keys()
        bar = None if args.quiet else _progress_bar(len(keys), unit=" keys")
        try:
            store.regroup(progress=bar.update if bar else None)
        finally:
            if bar:
                bar.close()
        counts = store.counts()
    if not args.quiet:
        print(f"newsgraph: {counted(counts['copies'], 'article')} of {counts['articles']:,} are copies of another; "
              f"{counted(len(keys), 'key')} grouped; {counts['events']:,} events are "
              f"{counted(counts['happenings'], 'happening')}; database {store.location}", file=sys.stderr)
    return 0


def _backfill_signatures(store: Any) -> None:
    """Signatures for the articles stored before newsgraph kept them."""
    from newsgraph.copies import signature
    for chunk in store.unsigned_articles():
        store.add_signatures([(article_id, signature(text)) for article_id, text in chunk])


def _quotes(args: argparse.Namespace) -> int:
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    with _open(args) as store:
        rows = store.quotes(speaker=args.speaker, search=args.search, kind=args.kind, since=since, until=until,
                            limit=args.limit)
    return _print(rows, args, _quote_line, "quotes")


def _actors(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = store.actors(name=args.name, limit=args.limit)
    return _print(rows, args, _actor_line, "actors")


def _failures(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = [{"origin": f.origin, "article_id": f.article_id, "stage": f.stage, "code": f.code,
                 "message": f.message} for f in store.failures()][:args.limit]
    if not rows:
        print(f"newsgraph: no failures: every input a run read into {store.location} was stored", file=sys.stderr)
        return 0
    return _print(rows, args, lambda r: f"{r['origin']}  {r['stage']}  {r['code']}: {r['message']}", "failures")


def _export(args: argparse.Namespace) -> int:
    from newsgraph.store.export import STDOUT, export

    output = Path(args.output)
    if args.output != STDOUT and not output.parent.exists():
        raise BadOption(f"the folder '{output.parent}' for the export does not exist; create it first")
    if args.output == STDOUT and args.fmt == "parquet" and sys.stdout.isatty():
        raise BadOption("Parquet is binary, not for a terminal; send standard output to a file or a pipe "
                        "(-o - > events.parquet), or give -o FILE")
    with _open(args) as store:
        count = export(store, args.output, args.fmt, table=args.table, happenings=args.happenings)
    what = "records" if args.fmt == "jsonl" and not args.table and not args.happenings else "rows"
    where = "standard output" if args.output == STDOUT else args.output
    print(f"newsgraph: wrote {count:,} {what} to {where}", file=sys.stderr)
    return 0


def _open(args: argparse.Namespace) -> Any:
    from newsgraph.store import open_store
    return open_store(database(args), create=False)


def _day(value: str | None, option: str) -> Any:
    if value is None:
        return None
    try:
        return parse_published(value)
    except BadOption:
        raise BadOption(f"{option} {value!r} is not a date; give it as YYYY-MM-DD") from None


def _print(rows: Sequence[dict[str, Any]], args: argparse.Namespace, line: Any, what: str) -> int:
    if not rows:  # on stderr: what a pipe reads stays empty, and the reader learns why
        print(f"newsgraph: no {what} match", file=sys.stderr)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        for row in rows:
            print(line(row))
    return 0


def _event_line(row: dict[str, Any]) -> str:
    flags = "".join(f" [{flag}]" for flag in ("negated", "hypothetical") if row[flag])
    via = f"  via {row['via']}" if row["via"] else ""
    place = f"  in {row['place']}" if row["place"] else ""
    return (f"{row['day'] or '----------'} {row['cameo']} {row['plover'] or '-'}: {row['source'] or '?'} -> "
            f"{row['target'] or '?'}  \"{row['trigger']}\"{place}{flags}{via}  ({row['article_id']} {row['event_id']})")


def _happening_line(row: dict[str, Any]) -> str:
    place = f"in {row['place']}, " if row["place"] else ""
    return (f"{row['day'] or '----------'} {row['cameo']} {row['plover'] or '-'}: {row['source'] or '?'} -> "
            f"{row['target'] or '?'}  {place}{counted(row['articles'], 'article')}, "
            f"{counted(row['sources'], 'outlet')}, "
            f"first {row['first_article']} {row['first_event']}  ({row['id']})")


def _quote_line(row: dict[str, Any]) -> str:
    content = row["content"] if len(row["content"]) <= 100 else row["content"][:99] + "…"
    addressee = f" to {row['addressee']}" if row["addressee"] else ""
    return (f"{row['day'] or '----------'} {row['kind']:<8} {row['speaker'] or 'unknown'}{addressee}: "
            f"\"{content}\"  ({row['article_id']} {row['quote_id']})")


def _actor_line(row: dict[str, Any]) -> str:
    return (f"{row['articles']:>6} articles {row['mentions']:>7} mentions  {row['name']} "
            f"[{row['code'] or '-'}] {row['kind']}")
