"""The records a store hands back: model objects plus what the store knows of them."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import Claim, Document, TimelineEntry

__all__ = ["ClaimRecord", "EntityRecord", "EntryRecord", "SearchHit", "StoredDocument"]


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


@dataclass(frozen=True, slots=True)
class EntityRecord:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim as kept, with what tracking needs to compare it with later ones."""

    claim: Claim
    doc_date: str | None = None
    story_id: str | None = None
    entity_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    vector: bytes | None = None
    status_reason: str | None = None
    status_pinned: bool = False
    is_new: bool = True
    known_from: str | None = None


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """A timeline entry as kept, with what merging compares."""

    entry: TimelineEntry
    story_id: str | None = None
    predicate: str | None = None
    entity_ids: tuple[str, ...] = ()
    vector: bytes | None = None
