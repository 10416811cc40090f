"""Reading gold files: one place that turns an unreadable file into a line naming it, for every reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from newsgraph.errors import InputNotFound, MalformedDataFile

Record = TypeVar("Record")


def gold_text(path: Path) -> str:
    """The text of a UTF-8 gold file; ``MalformedDataFile`` (exit 4) if it is not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedDataFile(f"{path} is not UTF-8 text (byte {exc.start}: {exc.reason}); give the gold file "
                                "as published, or convert it, e.g. iconv -f latin1 -t utf-8") from None
    except IsADirectoryError:
        raise MalformedDataFile(f"{path} is a folder where a gold file was expected") from None
    except OSError as exc:
        raise InputNotFound(f"{path} cannot be read ({exc.strerror})") from None


def lower_case_text(text: str) -> str:
    """The text as a lower-cased news feed would publish it, offsets kept: a letter whose lower
    case is longer ("İ") keeps its case."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def gold_lines(path: Path) -> list[str]:
    return split_lines(gold_text(path))


def split_lines(text: str) -> list[str]:
    """Lines split at line feeds only: JSON strings and annotated text may hold U+2028, U+0085 and
    the other characters ``str.splitlines`` would also split at."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def json_line_records(path: Path, parse: Callable[[Any], Record], *, what: str, option: str) -> list[Record]:
    """Each non-blank line of a JSON Lines gold file through ``parse``; a missing file, a line that
    is not JSON or that ``parse`` rejects (KeyError, TypeError, ValueError, AttributeError), and a
    file with no records are one line naming the file and the line. ``what`` names a record
    ("geoparsing record"), ``option`` the option that gives the file ("--gold")."""
    if not path.is_file():
        raise InputNotFound(f"'{path}' does not exist; give a file of {what}s with {option}")
    records = []
    for number, line in enumerate(gold_lines(path), start=1):
        if not line.strip():
            continue
        try:
            records.append(parse(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise MalformedDataFile(f"{path}, line {number}: not JSON ({exc})") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            why = f"no {exc} field" if isinstance(exc, KeyError) else str(exc)
            raise MalformedDataFile(f"{path}, line {number}: not a {what} ({why})") from None
    if not records:
        raise MalformedDataFile(f"{path} holds no {what}s")
    return records
