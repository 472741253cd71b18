"""Trouble with one record of a source that the rest of the source survives."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.errors import StorylineError

__all__ = ["SourceProblem"]


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A bad JSONL line, an unreadable file in a folder, a feed entry whose link fails.

    `position` says where (`line 3`, `entry 2`) when the source itself is named in `source`;
    the caller decides whether to import the rest or nothing.
    """

    source: str
    position: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}: {self.position}" if self.position else self.source
        return f"{where}: {self.message}"

    @classmethod
    def from_error(cls, source: str, position: str | None, error: StorylineError) -> SourceProblem:
        """Keep the error's message without repeating the source it already names."""
        message = error.message.removeprefix(f"{source}: ")
        return cls(source, position, f"{message} (hint: {error.hint})" if error.hint else message)
