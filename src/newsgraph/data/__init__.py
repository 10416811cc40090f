"""Versioned knowledge files, read with importlib.resources, and the reader they share."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from newsgraph.errors import MalformedDataFile


def read_table(name: str | Path, *, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a tab-separated knowledge file as ``(line number, row)``.

    ``name`` is a packaged file name or a path to a user's file. Lines starting with ``#`` and
    blank lines are skipped; the first other line is the header and must hold ``columns``.
    """
    label, text = _load(name)
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            missing = [c for c in columns if c not in cells]
            if missing:
                raise MalformedDataFile(f"{label} line {number}: the header lacks {', '.join(missing)}; "
                                        f"expected tab-separated columns {', '.join(columns)}")
            header = cells
            continue
        if len(cells) != len(header):
            raise MalformedDataFile(f"{label} line {number}: {len(cells)} cells where the header has "
                                    f"{len(header)}; separate columns with one tab")
        yield number, dict(zip(header, cells, strict=True))


def _load(name: str | Path) -> tuple[str, str]:
    if isinstance(name, Path) or "/" in str(name):
        path = Path(name)
        try:
            return str(path), path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MalformedDataFile(f"{path} cannot be read as UTF-8 text ({exc})") from None
    return name, resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
