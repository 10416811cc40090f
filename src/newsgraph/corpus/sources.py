"""Corpus inputs read one article at a time: text files, folders, JSON Lines, CSV, HTML and stdin.

A bad record never stops the reading: it becomes a ``Submission`` with an error and an origin
(``path``, ``path:line`` or ``<stdin>``) that says where to look.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from newsgraph.errors import (BadOption, EncodingError, InputError, InputNotFound, InternalError,
                              MalformedRecord, NewsgraphError, NoArticleFound)
from newsgraph.ingest import decode_text, make_article, read_text_file
from newsgraph.ingest.article import looks_binary
from newsgraph.records import Article

FORMATS = ("auto", "text", "jsonl", "csv", "html")
SUFFIX_FORMATS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
                  ".csv": "csv", ".html": "html", ".htm": "html"}
STDIN = "-"
# An HTML page whose main text is shorter than this is a menu, an index or an error page.
MIN_HTML_WORDS = 20
# csv's default field limit (128 KiB) is smaller than a long article.
_CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Columns:
    """Which JSONL key or CSV column holds each field."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"
    id: str = "id"

    @classmethod
    def parse(cls, specs: Iterable[str]) -> Columns:
        """``["text=body", "published=date"]`` → the default columns with those two renamed."""
        names = {f.name for f in fields(cls)}
        chosen: dict[str, str] = {}
        for spec in specs:
            for part in spec.split(","):
                field, sep, column = part.partition("=")
                field, column = field.strip(), column.strip()
                if not sep or field not in names or not column:
                    raise BadOption(f"the column mapping {part!r} is not FIELD=COLUMN with FIELD one of "
                                    f"{', '.join(sorted(names))}; e.g. --columns text=body,published=date")
                chosen[field] = column
        return replace(cls(), **chosen)


@dataclass(frozen=True, slots=True)
class Submission:
    """One input record: an article ready for the pipeline, or the reason it is not one."""

    origin: str
    article: Article | None = None
    external_id: str | None = None
    error: NewsgraphError | None = None


@dataclass(frozen=True, slots=True)
class _Unit:
    origin: str
    path: Path | None  # None for stdin
    format: str
    error: InputError | None = None  # an input that cannot be read at all (one of several, missing)


class Corpus:
    """The articles in the inputs of one run; iterate to read them, ``count()`` to size a progress bar.

    A missing path or an empty folder fails at once when it is the only input (the command is
    wrong); among several it is one failed input, reported as it is reached, and the others are
    read. Everything inside the inputs fails record by record. Files a folder holds that are of
    no format newsgraph reads (by suffix, unless ``input_format`` names one) are listed in
    ``skipped``.
    """

    def __init__(self, inputs: Sequence[str | Path], *, input_format: str = "auto",
                 columns: Columns | None = None, published: date | None = None, title: str | None = None,
                 url: str | None = None, source: str | None = None, stdin: BinaryIO | None = None) -> None:
        if input_format not in FORMATS:
            raise BadOption(f"the input format {input_format!r} is not one of {', '.join(FORMATS)}")
        if not inputs:
            raise BadOption("give at least one input: a file, a folder, or - for stdin")
        self.columns = columns or Columns()
        # defaults for records that give none
        self.published, self.title, self.url, self.source = published, title, url, source
        self._stdin = stdin
        self.skipped: list[Path] = []
        self._units = []
        for raw in inputs:
            try:
                self._units += _units(str(raw), input_format, self.skipped)
            except InputError as error:
                if len(inputs) == 1:
                    raise
                self._units.append(_Unit(str(raw), Path(raw), "text", error=error))

    def count(self) -> int | None:
        """How many records the inputs hold; None when one is stdin, which can be read only once."""
        total = 0
        for unit in self._units:
            if unit.path is None:
                return None
            if unit.error is not None:
                total += 1
            elif unit.format == "jsonl":
                total += _count_jsonl(unit.path)
            elif unit.format == "csv":
                total += _count_csv(unit.path)
            else:
                total += 1
        return total

    def __iter__(self) -> Iterator[Submission]:
        for unit in self._units:
            try:
                yield from self._read(unit)
            except InputError as error:
                yield Submission(unit.origin, error=error)
            except OSError as exc:  # unreadable (permissions, a disk error): the file's state, not a bug
                yield Submission(unit.origin, error=InputNotFound(
                    f"'{unit.origin}' cannot be read ({exc.strerror or exc}); check its permissions"))
            except Exception as exc:  # noqa: BLE001 - a reader's bug costs its input, not the run
                yield Submission(unit.origin, error=InternalError(
                    f"reading '{unit.origin}' failed: {type(exc).__name__}: {exc}"))

    def _read(self, unit: _Unit) -> Iterator[Submission]:
        if unit.error is not None:
            raise unit.error
        if unit.format == "jsonl":
            yield from self._jsonl(unit)
        elif unit.format == "csv":
            yield from self._csv(unit)
        elif unit.format == "html":
            yield self._html(unit)
        else:
            text = decode_text(self._stdin_bytes()) if unit.path is None else read_text_file(unit.path)
            yield self._submission(unit.origin, {self.columns.text: text})

    def _jsonl(self, unit: _Unit) -> Iterator[Submission]:
        lines = io.BytesIO(self._stdin_bytes()) if unit.path is None else unit.path.open("rb")
        with lines:
            for number, raw in enumerate(lines, start=1):
                if not raw.strip():
                    continue
                origin = f"{unit.origin}:{number}"
                try:
                    record = json.loads(raw)
                except UnicodeDecodeError as exc:
                    yield Submission(origin, error=EncodingError(f"line {number} is not valid UTF-8 ({exc.reason})"))
                    continue
                except json.JSONDecodeError as exc:
                    yield Submission(origin, error=MalformedRecord(f"line {number} is not JSON ({exc.msg}, "
                                                                   f"column {exc.colno})"))
                    continue
                except RecursionError:  # Python's JSON decoder recurses once per level of nesting
                    yield Submission(origin, error=MalformedRecord(
                        f"line {number} nests JSON arrays or objects deeper than Python's JSON reader goes "
                        f"(about {sys.getrecursionlimit():,} levels); an article record is an object of strings"))
                    continue
                if not isinstance(record, dict):
                    yield Submission(origin, error=MalformedRecord(
                        f"line {number} is a JSON {type(record).__name__}, not an object with a "
                        f"'{self.columns.text}' field"))
                    continue
                yield self._submission(origin, record)

    def _csv(self, unit: _Unit) -> Iterator[Submission]:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
        data = io.BytesIO(self._stdin_bytes()) if unit.path is None else unit.path.open("rb")
        with io.TextIOWrapper(data, encoding="utf-8-sig", newline="") as text:
            reader = csv.DictReader(text)
            line = 1
            try:
                header = reader.fieldnames or []
                if self.columns.text not in header:
                    raise MalformedRecord(f"'{unit.origin}' has no '{self.columns.text}' column (it has "
                                          f"{', '.join(map(repr, header)) or 'none'}); name the text column "
                                          f"with --columns text=COLUMN")
                line = reader.line_num + 1
                for row in reader:
                    yield self._submission(f"{unit.origin}:{line}", row)
                    line = reader.line_num + 1
            except UnicodeDecodeError as exc:
                yield Submission(f"{unit.origin}:{line}", error=EncodingError(
                    f"not valid UTF-8 from line {line} on ({exc.reason}); the rest of the file was not read"))
            except csv.Error as exc:
                yield Submission(f"{unit.origin}:{line}", error=MalformedRecord(
                    f"CSV error at line {line} ({exc}); the rest of the file was not read"))

    def _html(self, unit: _Unit) -> Submission:
        import trafilatura

        if unit.path is None:
            data = self._stdin_bytes()
        else:
            try:
                data = unit.path.read_bytes()
            except OSError as exc:
                raise InputNotFound(f"'{unit.path}' cannot be read ({exc.strerror})") from None
        if looks_binary(data):
            decode_text(data, name=unit.origin)  # raises the binary-input error
        page = trafilatura.bare_extraction(data, with_metadata=True)
        text = (page.text or "") if page is not None else ""
        words = len(text.split())
        if words < MIN_HTML_WORDS:
            raise NoArticleFound(f"'{unit.origin}' has no article text (the main-text extractor found "
                                 f"{words} word{'s' if words != 1 else ''}); is it an index or error page?")
        record = {self.columns.text: text, self.columns.title: page.title, self.columns.url: page.url,
                  self.columns.published: page.date, self.columns.source: page.sitename}
        return self._submission(unit.origin, record)

    def _submission(self, origin: str, record: Mapping[str, Any]) -> Submission:
        columns = self.columns
        try:
            text = record.get(columns.text)
            if text is None:
                raise MalformedRecord(f"the record has no '{columns.text}' field; name the text field with "
                                      f"--columns text=FIELD")
            if not isinstance(text, str):
                raise MalformedRecord(f"the '{columns.text}' field is a {type(text).__name__}, not text")
            article = make_article(text, published=_field(record, columns.published) or self.published,
                                   title=_field(record, columns.title) or self.title,
                                   url=_field(record, columns.url) or self.url,
                                   source=_field(record, columns.source) or self.source)
        except InputError as error:
            return Submission(origin, error=error)
        return Submission(origin, article=article, external_id=_field(record, columns.id))

    def _stdin_bytes(self) -> bytes:
        stream = self._stdin or sys.stdin.buffer
        return stream.read()


def _units(raw: str, input_format: str, skipped: list[Path]) -> list[_Unit]:
    """The files to read for one input; the files of a folder that are of no format newsgraph
    reads are added to ``skipped``."""
    if raw == STDIN:
        return [_Unit("<stdin>", None, "text" if input_format == "auto" else input_format)]
    path = Path(raw)
    if path.is_dir():
        files, others = [], []
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            (files if input_format != "auto" or file.suffix.lower() in SUFFIX_FORMATS else others).append(file)
        if not files:
            raise InputNotFound(f"the folder '{path}' holds no {', '.join(sorted(SUFFIX_FORMATS))} files"
                                + (f" ({len(others)} other file{'s' * (len(others) != 1)})" if others else ""))
        skipped += others
        return [_Unit(str(file), file, _format_of(file, input_format)) for file in files]
    if path.exists():
        return [_Unit(str(path), path, _format_of(path, input_format))]
    raise InputNotFound(f"'{path}' does not exist; check the path")


def _format_of(path: Path, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return SUFFIX_FORMATS.get(path.suffix.lower(), "text")


def _field(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _count_jsonl(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def _count_csv(path: Path) -> int:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        with path.open(encoding="utf-8-sig", newline="") as text:
            return max(sum(1 for _ in csv.reader(text)) - 1, 0)
    except (UnicodeDecodeError, csv.Error):
        return 1
