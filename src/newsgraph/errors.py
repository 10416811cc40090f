"""The exception tree. Every error has a stable code and says what happened and how to fix it.

    NewsgraphError (NG000)
    ├── InputError (NG1xx)      the text or file given cannot be read as an article
    │   ├── EmptyInput          NG101
    │   ├── BinaryInput         NG102
    │   ├── EncodingError       NG103
    │   ├── InputNotFound       NG104
    │   ├── BadOption           NG105
    │   ├── InputTooLong        NG106
    │   ├── MalformedRecord     NG107   a JSONL line or CSV row that is not an article
    │   └── NoArticleFound      NG108   an HTML page with no main text
    ├── ModelError (NG2xx)      the spaCy pipeline cannot be loaded
    │   └── ModelNotInstalled   NG201
    ├── DataError (NG3xx)       a packaged or user knowledge file is malformed
    │   └── MalformedDataFile   NG301
    ├── StoreError (NG4xx)      the database cannot be opened or written
    │   ├── StoreUnavailable    NG401
    │   └── StoreTooNew         NG402   written by a newer newsgraph
    ├── ExtraNotInstalled       NG501   an optional part needs its extra (pip install 'newsgraph[...]')
    ├── EngineError (NG6xx)     the engine that processes a corpus cannot be used
    │   └── EngineUnavailable   NG601   no Dask scheduler answers, it has no workers, or they cannot run newsgraph
    └── InternalError           NG900   a bug: an unexpected exception, recorded instead of stopping a run

Edges (CLI, HTTP) translate these once into one line and an exit code, or one JSON shape.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "NG000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(NewsgraphError):
    code = "NG100"


class EmptyInput(InputError):
    code = "NG101"


class BinaryInput(InputError):
    code = "NG102"


class EncodingError(InputError):
    code = "NG103"


class InputNotFound(InputError):
    code = "NG104"


class BadOption(InputError):
    code = "NG105"


class InputTooLong(InputError):
    code = "NG106"


class ModelError(NewsgraphError):
    code = "NG200"


class ModelNotInstalled(ModelError):
    code = "NG201"


class DataError(NewsgraphError):
    code = "NG300"


class MalformedDataFile(DataError):
    code = "NG301"


class MalformedRecord(InputError):
    code = "NG107"


class NoArticleFound(InputError):
    code = "NG108"


class StoreError(NewsgraphError):
    code = "NG400"


class StoreUnavailable(StoreError):
    code = "NG401"


class StoreTooNew(StoreError):
    code = "NG402"


class ExtraNotInstalled(NewsgraphError):
    code = "NG501"


class EngineError(NewsgraphError):
    code = "NG600"


class EngineUnavailable(EngineError):
    code = "NG601"


class InternalError(NewsgraphError):
    code = "NG900"
