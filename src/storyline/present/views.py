"""What a dossier shows, gathered once: the web pages, the JSON API and every export read it here.

Keeping the gathering in one place means a story page, `GET /api/stories/{id}` and the Markdown
export can never disagree about which documents, claims or timeline entries a story holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from storyline.errors import NotFound
from storyline.model import Attribution, Story, TimelineEntry
from storyline.present.shapes import (
    claim_json,
    document_json,
    entity_json,
    entry_json,
    story_json,
)
from storyline.store import ClaimRecord, EntityRecord, EntryRecord, Store, StoredDocument
from storyline.track.tracker import TrackReport

__all__ = [
    "ClaimChange",
    "Dossier",
    "StorySummary",
    "chain_text",
    "dossier_json",
    "entry_dates",
    "find_entity",
    "gather",
    "label",
    "status_changes",
    "story_summaries",
]

LEDGER_STATUSES = ("open", "confirmed", "contradicted", "contested")


@dataclass(frozen=True, slots=True)
class Dossier:
    """One story (or, with `story` None, the whole store) with everything known about it."""

    story: Story | None
    documents: list[StoredDocument]
    claims: list[ClaimRecord]
    timeline: list[EntryRecord]
    entities: list[EntityRecord]
    outlets: tuple[str, ...] = ()
    stories: list[Story] = field(default_factory=list)

    @property
    def entity_names(self) -> dict[str, str]:
        return {entity.id: entity.name for entity in self.entities}

    @property
    def document_titles(self) -> dict[str, str]:
        return {stored.id: label(stored) for stored in self.documents}

    def added_by(self, doc_id: str) -> tuple[list[ClaimRecord], list[ClaimRecord]]:
        """(claims new to the dossier, claims this document was evidence for)."""
        new = [r for r in self.claims if r.claim.doc_id == doc_id and r.is_new]
        settled = [r for r in self.claims if any(e.doc_id == doc_id for e in r.claim.evidence)]
        return new, settled


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A line of the stories page: the story, its outlets and its newest document."""

    story: Story
    outlets: tuple[str, ...]
    newest: StoredDocument | None

    def count(self, status: str) -> int:
        return dict(self.story.counts).get(status, 0)


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim whose status moved when a document or note was added, and why."""

    claim: ClaimRecord
    before: str | None
    after: str
    reason: str = ""


def label(stored: StoredDocument) -> str:
    """A short human name for a document: its title, else its first words."""
    doc = stored.document
    if doc.title:
        return doc.title
    words = doc.text.split()
    return " ".join(words[:10]) + (" …" if len(words) > 10 else "")


def chain_text(attribution: Iterable[Attribution]) -> str:
    """`UNIAN ← The New York Times ← US officials`: who says so, outermost first."""
    return " ← ".join(link.source for link in attribution)


def entry_dates(entry: TimelineEntry) -> tuple[date | None, date | None]:
    """The first and last day an entry covers (None when its value has no calendar date)."""
    return _day(entry.start), _day(entry.end or entry.start)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def outlets_of(documents: Iterable[StoredDocument]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(d.document.outlet for d in documents if d.document.outlet))


def gather(store: Store, story_id: str | None = None) -> Dossier:
    """Everything about one story, or about the whole store when `story_id` is None."""
    story = store.get_story(story_id) if story_id else None
    documents = store.documents(story_id=story_id)
    return Dossier(
        story=story,
        documents=documents,
        claims=store.claims(story_id=story_id),
        timeline=store.timeline(story_id=story_id),
        entities=store.entities(story_id=story_id),
        outlets=outlets_of(documents),
        stories=[story] if story else store.stories(),
    )


def story_summaries(store: Store) -> list[StorySummary]:
    summaries = []
    for story in store.stories():
        documents = store.documents(story_id=story.id)
        newest = max(documents, key=lambda d: d.document.published or "", default=None)
        summaries.append(StorySummary(story, outlets_of(documents), newest))
    return summaries


def find_entity(store: Store, entity_id: str) -> EntityRecord:
    for entity in store.entities():
        if entity.id == entity_id:
            return entity
    raise NotFound(f"no entity {entity_id!r}", hint="`storyline entities` lists them")


def status_changes(store: Store, report: TrackReport | None) -> list[ClaimChange]:
    """The claims whose status a newly added document or note moved, as the tracker reported."""
    if report is None:
        return []
    return [
        ClaimChange(store.get_claim(change.claim_id), change.before, change.after, change.reason)
        for change in report.changes
    ]


def dossier_json(dossier: Dossier, *, with_text: bool = True) -> dict:
    """The dossier as one JSON object (the API's story view and the JSON export)."""
    return {
        "story": story_json(dossier.story, outlets=dossier.outlets) if dossier.story else None,
        "stories": [story_json(story) for story in dossier.stories],
        "documents": [document_json(d, with_text=with_text) for d in dossier.documents],
        "claims": [claim_json(record) for record in dossier.claims],
        "timeline": [entry_json(record) for record in dossier.timeline],
        "entities": [entity_json(record) for record in dossier.entities],
    }
