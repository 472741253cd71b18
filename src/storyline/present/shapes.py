"""The JSON shapes of what the store hands back (DESIGN.md: fields added, never renamed).

The command line, the JSON API and the exports all build their JSON here, so one record always
has one shape wherever it is shown.
"""

from __future__ import annotations

from typing import Any

from storyline.model import Story, to_json
from storyline.store import ClaimRecord, EntityRecord, EntryRecord, SearchHit, StoredDocument

__all__ = [
    "claim_json",
    "document_json",
    "entity_json",
    "entry_json",
    "search_hit_json",
    "story_json",
]


def document_json(stored: StoredDocument, *, with_text: bool = True) -> dict[str, Any]:
    data = to_json(stored.document)
    data["story_id"] = stored.story_id
    data["version"] = stored.version
    data["added_at"] = stored.added_at
    if not with_text:
        data.pop("text")
    return data


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "doc_id": hit.doc_id,
        "kind": hit.kind,
        "title": hit.title,
        "published": hit.published,
        "snippet": hit.snippet,
        "rank": hit.rank,
    }


def claim_json(record: ClaimRecord) -> dict[str, Any]:
    """The DESIGN claim shape, plus why it has its status and whether an analyst pinned it."""
    data = to_json(record.claim)
    data.update(
        status_reason=record.status_reason,
        status_pinned=record.status_pinned,
        story_id=record.story_id,
        doc_date=record.doc_date,
        is_new=record.is_new,
        known_from=record.known_from,
    )
    return data


def entry_json(record: EntryRecord) -> dict[str, Any]:
    data = to_json(record.entry)
    data["story_id"] = record.story_id
    return data


def entity_json(record: EntityRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "type": record.type,
        "aliases": list(record.aliases),
        "mentions": record.mentions,
        "stands_for": record.stands_for,
    }


def story_json(story: Story, *, outlets: tuple[str, ...] = ()) -> dict[str, Any]:
    data = to_json(story)
    data["outlets"] = list(outlets)
    return data
