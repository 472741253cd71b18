"""What every back end offers, and the records it hands back.

A back end keeps and finds; it does not compute. The workflow opens one with `open_store`,
wraps each document's writes in `store.transaction()`, and hands the records to the
presenting side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from storyline.model import Analysis, Document

__all__ = ["SearchHit", "Store", "StoredDocument"]


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as kept: its content plus what the store knows of it."""

    document: Document
    version: int
    added_at: str
    story_id: str | None = None
    analyzed: bool = False

    @property
    def id(self) -> str:
        return self.document.id


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    kind: str
    title: str | None
    published: str | None
    snippet: str
    rank: float


class Store(Protocol):
    """The operations the workflow needs; SQLite and PostgreSQL implement them alike."""

    location: str

    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all; nesting uses savepoints."""
        ...

    def close(self) -> None: ...

    def add_document(self, document: Document) -> tuple[str, bool]:
        """Keep a document; (id, False) when the same content is already kept."""
        ...

    def get_document(self, doc_id: str) -> StoredDocument:
        """The document with this id or unique id prefix; NotFound otherwise."""
        ...

    def documents(self, *, kind: str | None = None) -> Sequence[StoredDocument]: ...

    def notes_of(self, doc_id: str) -> Sequence[StoredDocument]: ...

    def search(self, query: str, *, limit: int = 20) -> Sequence[SearchHit]: ...

    def save_analysis(self, analysis: Analysis) -> None:
        """Replace what analysis found in one document."""
        ...

    def unanalyzed(self) -> Iterator[StoredDocument]: ...

    def counts(self) -> dict[str, int]: ...
