"""Reading gold files: one place that turns an unreadable file into a line naming it, for every reader."""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import InputNotFound, MalformedDataFile


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


def gold_lines(path: Path) -> list[str]:
    return split_lines(gold_text(path))


def split_lines(text: str) -> list[str]:
    """Lines split at line feeds only: JSON strings and annotated text may hold U+2028, U+0085 and
    the other characters ``str.splitlines`` would also split at."""
    return [line.removesuffix("\r") for line in text.split("\n")]
