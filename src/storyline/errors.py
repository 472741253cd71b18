"""The one exception tree. Everything the user can cause is a `StorylineError`.

    StorylineError          root: the CLI prints its message and exits 1, the API answers 4xx
    ├── InputError          a source, a flag or a request that cannot be read or is invalid
    ├── NotFound            an id, path or URL that names nothing
    ├── StoreError          the database refused or failed (sqlite3 / psycopg errors translated)
    ├── ModelMissing        an NLP pipeline or embedding model is not installed
    └── ConfigError         a setting with an unknown name or a wrong type

Each error carries a stable `code` (documented in docs/errors.md) and a `hint` that says what
to do about it. Any other exception escaping a command is a bug.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "ModelMissing",
    "NotFound",
    "StoreError",
    "StorylineError",
]


class StorylineError(Exception):
    """Root of every error a user can cause."""

    code = "SL000"
    hint = ""
    http_status = 400

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} (hint: {self.hint})" if self.hint else self.message

    def to_json(self) -> dict[str, str]:
        return {"error": self.code, "message": self.message, "hint": self.hint}


class InputError(StorylineError):
    """A source or argument that cannot be read or makes no sense."""

    code = "SL100"


class NotFound(StorylineError):
    """An id, path or URL that names nothing."""

    code = "SL200"
    http_status = 404


class StoreError(StorylineError):
    """The database refused or failed; the transaction was rolled back."""

    code = "SL300"
    http_status = 500


class ModelMissing(StorylineError):
    """An NLP model is not installed; nothing is ever downloaded at run time."""

    code = "SL400"
    http_status = 500
    hint = "run the README set-up command; it installs requirements.lock into .venv"


class ConfigError(StorylineError):
    """A setting with an unknown name or a value of the wrong type."""

    code = "SL500"
