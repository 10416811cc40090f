"""Building ``Article`` records from text, files and metadata."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from newsgraph.errors import BadOption, BinaryInput, EmptyInput, EncodingError, InputNotFound
from newsgraph.records import Article

# Share of control characters (other than whitespace) above which bytes are taken for binary data.
BINARY_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 8192
_WHITESPACE = re.compile(r"\s+")
# Lone UTF-16 surrogates are not Unicode characters: a str holds them only when bytes were decoded
# with errors="surrogateescape" (or built by hand), and no UTF-8 output or database can take them.
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def article_id(text: str) -> str:
    """A stable id from the content: the same text, however spaced, gets the same id."""
    normalised = _WHITESPACE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def make_article(text: str, *, published: date | str | None = None, title: str | None = None,
                 url: str | None = None, source: str | None = None) -> Article:
    """An uncleaned ``Article`` from text and metadata; raises ``EmptyInput`` for blank text."""
    if not isinstance(text, str):
        raise BadOption(f"the article text must be a str, not {type(text).__name__}; "
                        "decode bytes first (newsgraph.read_text_file reads files)")
    if not _VISIBLE.search(text):
        raise EmptyInput("the article text is empty (blank, or control characters alone); give a file or string "
                         "with some text")
    for field, value in (("text", text), ("title", title), ("url", url), ("source", source)):
        if value is not None and (surrogate := _SURROGATE.search(value)):
            raise EncodingError(f"the article's {field} holds a lone surrogate (U+{ord(surrogate.group()):04X}) at "
                                f"character {surrogate.start()}, which is not Unicode text: decode the bytes as "
                                "UTF-8 (errors='replace' keeps the rest)")
    return Article(id=article_id(text), text=text, title=title, url=url, source=source,
                   published=parse_published(published))


def parse_published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise BadOption(f"the publication date {value!r} is not an ISO date; "
                        "give it as YYYY-MM-DD, e.g. --published 2025-07-13") from None


def read_text_file(path: str | Path) -> str:
    """The text of a UTF-8 file, with a clear error for missing, binary or mis-encoded files."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputNotFound(f"'{path}' does not exist; check the path") from None
    except IsADirectoryError:
        raise InputNotFound(f"'{path}' is a folder; give a text file (or '-' for stdin)") from None
    except OSError as exc:
        raise InputNotFound(f"'{path}' cannot be read ({exc.strerror})") from None
    return decode_text(data, name=str(path))


def decode_text(data: bytes, *, name: str = "<stdin>") -> str:
    if not data.strip():
        raise EmptyInput(f"'{name}' is empty; give a file with the article's text")
    if looks_binary(data):
        raise BinaryInput(f"'{name}' looks like binary data, not text; give a plain-text article "
                          "(UTF-8)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"'{name}' is not valid UTF-8 (byte {exc.start}: {exc.reason}); "
                            "convert it first, e.g. iconv -f latin1 -t utf-8") from None


def looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(len(sample), 1) > BINARY_CONTROL_SHARE
