"""Writing a store out: the record contract as JSON Lines, tables as CSV, Parquet or JSON Lines, and a
GDELT-style table.

Tables are what pandas and R load: one value per cell. The events table has one row per event with
its source and target actor each in columns of their own (name, code, country, sector); an event
with several actors on a side leaves that side's columns empty and counts them, and the dyads table
has one row per source-target pair of every event.

The GDELT table has GDELT 2.0's 61 event columns in GDELT's order, tab-separated with no header,
so loaders written for GDELT's files read it. What newsgraph does not know stays empty; the
mapping is in docs/gdelt.md.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any, TextIO

from newsgraph.errors import BadOption, ExtraNotInstalled
from newsgraph.happenings import JOIN
from newsgraph.store.base import PAIR_ACTOR_COLUMNS, PAIR_EVENT_COLUMNS, TABLES, Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
# "events" and "dyads" are built from the events and their actors; the others are stored tables as they are.
EXPORT_TABLES = ("events", "dyads", *(name for name in TABLES if name != "events"))
STDOUT = "-"
_SIDES = ("source", "target")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{part}" for n in (1, 2) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
# GDELT's geographic resolution codes.
GEO_COUNTRY, GEO_WORLD_CITY = 1, 4
_INTEGER_COLUMNS = {"characters", "words", "mentions", "quad_class", "source_actors", "target_actors", "events",
                    "articles", "sources"}
_FLOAT_COLUMNS = {"goldstein", "lat", "lon", "confidence", "similarity"}
_BOOLEAN_COLUMNS = {"negated", "hypothetical"}
_PARQUET_ROWS_PER_GROUP = 10_000
_RECORDS_PER_READ = 200


def export(store: Store, output: Path | str, fmt: str, *, table: str | None = None, happenings: bool = False) -> int:
    """Writes ``store`` to ``output`` (``-``: standard output) in ``fmt``; returns the number of rows
    (records for JSONL without a table) written.

    ``table`` (one of EXPORT_TABLES) is the table CSV and Parquet write (default ``events``) and
    the one JSONL writes, one JSON object per row, instead of the records; the GDELT table is of
    events only. ``happenings``: one row per happening instead of one per report: JSONL writes each
    happening with its reports, CSV and Parquet the ``happenings`` table, and the GDELT table one
    row per happening (its first report's event) with ``NumMentions``, ``NumSources`` and
    ``NumArticles`` counted from its reports.
    """
    if fmt not in FORMATS:
        raise BadOption(f"the export format {fmt!r} is not one of {', '.join(FORMATS)}")
    if table is not None and table not in EXPORT_TABLES:
        raise BadOption(f"there is no table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
    if happenings and table not in (None, "happenings"):
        raise BadOption(f"--happenings writes the happenings table; leave out --table {table}")
    if fmt == "gdelt" and table not in (None, "events"):
        raise BadOption(f"the GDELT table has one row per event; export the {table} table as csv, parquet or jsonl")
    if fmt == "parquet":
        with _binary(output) as stream:
            return _parquet(store, stream, "happenings" if happenings else table or "events")
    with _text(output) as stream:
        if fmt == "jsonl":
            if happenings:
                return _happenings_jsonl(store, stream)
            return _jsonl_rows(store, stream, table) if table else _jsonl(store, stream)
        if fmt == "csv":
            return _csv(store, stream, "happenings" if happenings else table or "events")
        return _gdelt_happenings(store, stream) if happenings else _gdelt(store, stream)


@contextmanager
def _text(output: Path | str) -> Iterator[TextIO]:
    if str(output) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(output).open("w", encoding="utf-8", newline="") as stream:
        yield stream


@contextmanager
def _binary(output: Path | str) -> Iterator[IO[bytes]]:
    if str(output) == STDOUT:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with Path(output).open("wb") as stream:
        yield stream


def table_rows(store: Store, name: str) -> tuple[Sequence[str], Iterator[tuple]]:
    """The columns and streamed rows of an export table (see EXPORT_TABLES)."""
    if name == "dyads":
        return store.event_pairs()
    if name == "events":
        return _events_table(store)
    if name == "quotes":
        return store.dated_quotes()
    if name == "happenings":
        return _happenings_table(store)
    return store.table(name)


def _happenings_table(store: Store) -> tuple[Sequence[str], Iterator[tuple]]:
    """One row per happening with each side as in the events table: a side of one actor with its
    name, code, country and sector, a side of several counted and left empty."""
    columns, stored = store.placed_happenings()
    side_columns = [f"{side}{suffix}" for side in _SIDES for suffix in ("", "_code", "_country", "_sector")]
    # happening_key, the grouping's own key, joins the codes of all its actors: not for analysis
    own = [c for c in columns if c not in side_columns and c != "happening_key"]
    out = (*own, *(f"{side}_actors" for side in _SIDES), *side_columns)

    def rows() -> Iterator[tuple]:
        for row in stored:
            values = dict(zip(columns, row))
            counts, sides = [], []
            for side in _SIDES:
                named = len(values[side].split(JOIN)) if values[side] else 0
                counts.append(named)
                sides += [values[f"{side}{suffix}"] if named == 1 else None
                          for suffix in ("", "_code", "_country", "_sector")]
            yield (*(values[c] for c in own), *counts, *sides)
    return out, rows()


def _events_table(store: Store) -> tuple[Sequence[str], Iterator[tuple]]:
    """One row per event from its rows per source-target pair: a side with one actor keeps its
    columns, a side with several leaves them empty (one code per cell), and each side's actors
    are counted."""
    columns, pairs = store.event_pairs()
    width = len(PAIR_EVENT_COLUMNS) + 1  # the event's columns and its article's publication date
    side_columns = [f"{side}{suffix}" for side in _SIDES for _, suffix in PAIR_ACTOR_COLUMNS]
    out = (*columns[:width], *(f"{side}_actors" for side in _SIDES), *side_columns)
    span = len(PAIR_ACTOR_COLUMNS)

    def rows() -> Iterator[tuple]:
        for _, group in itertools.groupby(pairs, key=lambda row: (row[0], row[1])):
            group = list(group)
            counts, actors = [], []
            for number in range(len(_SIDES)):
                at = width + number * span
                distinct = {row[at:at + span] for row in group if row[at] is not None}
                counts.append(len(distinct))
                actors += next(iter(distinct)) if len(distinct) == 1 else (None,) * span
            yield (*group[0][:width], *counts, *actors)
    return out, rows()


def _jsonl(store: Store, stream: TextIO) -> int:
    count = 0
    for record in store.records():
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _happenings_jsonl(store: Store, stream: TextIO) -> int:
    reports = store.happening_reports()
    count = 0
    for happening in store.happenings():
        stream.write(json.dumps({**happening, "reports": reports.get(happening["id"], [])}, ensure_ascii=False) + "\n")
        count += 1
    return count


def _jsonl_rows(store: Store, stream: TextIO, table: str) -> int:
    columns, rows = table_rows(store, table)
    count = 0
    for row in rows:
        stream.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(store: Store, stream: TextIO, table: str) -> int:
    columns, rows = table_rows(store, table)
    writer = csv.writer(stream)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _parquet(store: Store, output: IO[bytes], table: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExtraNotInstalled("Parquet export needs pyarrow: pip install 'newsgraph[parquet]'") from None
    columns, rows = table_rows(store, table)
    schema = pa.schema([(name, _arrow_type(pa, name)) for name in columns])
    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        for chunk in _chunks(rows, _PARQUET_ROWS_PER_GROUP):
            data = {name: [_parquet_value(name, row[i]) for row in chunk] for i, name in enumerate(columns)}
            writer.write_table(pa.table(data, schema=schema))
            count += len(chunk)
    return count


def _arrow_type(pa: Any, name: str) -> Any:
    if name in _INTEGER_COLUMNS:
        return pa.int64()
    if name in _FLOAT_COLUMNS:
        return pa.float64()
    if name in _BOOLEAN_COLUMNS:
        return pa.bool_()
    return pa.string()


def _parquet_value(name: str, value: Any) -> Any:
    return bool(value) if name in _BOOLEAN_COLUMNS and value is not None else value


def _chunks(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _gdelt(store: Store, stream: TextIO) -> int:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    count = 0
    for record, stored_at, origin in store.records_with_provenance():
        for row in gdelt_rows(record, stored_at, origin):
            writer.writerow(row)
            count += 1
    return count


def _gdelt_happenings(store: Store, stream: TextIO) -> int:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    count = 0
    stored = store.stored_times()
    happenings = store.happenings()
    firsts = sorted({h["first_article"] for h in happenings})
    records: dict[str, dict[str, Any]] = {}
    for start in range(0, len(firsts), _RECORDS_PER_READ):  # a few records per query, each parsed once
        records.update(store.records_of(firsts[start:start + _RECORDS_PER_READ]))
    for happening in happenings:
        record = records[happening["first_article"]]
        for row in gdelt_rows(record, stored[happening["first_article"]], None, happening=happening):
            writer.writerow(row)
            count += 1
    return count


def gdelt_rows(record: dict[str, Any], stored_at: str, origin: str | None,
               happening: dict[str, Any] | None = None) -> Iterator[list[Any]]:
    """One GDELT 2.0 event row per event of a ``newsgraph/1`` record; with ``happening``, one row
    for the happening, from its first report's event, with its counts and its id."""
    article = record["article"]
    actors = {actor["id"]: actor for actor in record["actors"]}
    first_paragraph_end = article["text"].find("\n")
    if first_paragraph_end < 0:
        first_paragraph_end = len(article["text"])
    added = "".join(ch for ch in stored_at[:19] if ch.isdigit())
    for event in record["events"]:
        if happening is not None and event["id"] != happening["first_event"]:
            continue
        day = _event_day(event, article)
        cameo = event["cameo"]
        place = event.get("place")
        row: dict[str, Any] = {
            "GLOBALEVENTID": int(hashlib.sha1(f"{article['id']}/{event['id']}".encode()).hexdigest()[:15], 16),
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": day.year if day else "",
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            "IsRootEvent": int(event["sentence"]["start"] <= first_paragraph_end),
            "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
            "QuadClass": event.get("quad_class") or "", "GoldsteinScale": _blank(event.get("goldstein")),
            "NumMentions": 1, "NumSources": 1, "NumArticles": 1,
            "DATEADDED": added, "SOURCEURL": article.get("url") or origin or "",
        }
        if happening is not None:
            row["GLOBALEVENTID"] = int(hashlib.sha1(happening["id"].encode()).hexdigest()[:15], 16)
            row.update(NumMentions=happening["events"], NumSources=happening["sources"],
                       NumArticles=happening["articles"])
        for number, ids in ((1, event["source"]), (2, event["target"])):
            actor = actors.get(ids[0]) if ids else None
            if actor:
                row[f"Actor{number}Code"] = actor.get("code") or ""
                row[f"Actor{number}Name"] = actor["name"].upper()
                row[f"Actor{number}CountryCode"] = actor.get("country") or ""
                row[f"Actor{number}Type1Code"] = actor.get("sector") or ""
        if place:
            located = place.get("lat") is not None and place.get("lon") is not None
            row["ActionGeo_Type"] = GEO_WORLD_CITY if located else GEO_COUNTRY
            row["ActionGeo_FullName"] = place.get("name") or place.get("text") or ""
            row["ActionGeo_CountryCode"] = place.get("country") or ""
            row["ActionGeo_Lat"] = _blank(place.get("lat"))
            row["ActionGeo_Long"] = _blank(place.get("lon"))
        yield [row.get(column, "") for column in GDELT_COLUMNS]


def _event_day(event: dict[str, Any], article: dict[str, Any]) -> date | None:
    """The event's date where the text gives a day, else the publication date (as GDELT dates events)."""
    for value in ((event.get("date") or {}).get("value"), article.get("published")):
        if value and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


def _blank(value: Any) -> Any:
    return "" if value is None else value
