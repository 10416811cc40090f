"""The exception tree. Every error has a stable code and says what happened and how to fix it.

    NewsgraphError (NG000)
    ├── InputError (NG1xx)      the text or file given cannot be read as an article
    │   ├── EmptyInput          NG101
    │   ├── BinaryInput         NG102
    │   ├── EncodingError       NG103
    │   ├── InputNotFound       NG104
    │   ├── BadOption           NG105
    │   └── InputTooLong        NG106
    ├── ModelError (NG2xx)      the spaCy pipeline cannot be loaded
    │   └── ModelNotInstalled   NG201
    └── DataError (NG3xx)       a packaged or user knowledge file is malformed
        └── MalformedDataFile   NG301

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
