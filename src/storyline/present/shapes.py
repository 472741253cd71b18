"""The JSON shapes of what the store hands back (DESIGN.md: fields added, never renamed)."""

from __future__ import annotations

from typing import Any

from storyline.model import to_json
from storyline.store import SearchHit, StoredDocument

__all__ = ["document_json", "search_hit_json"]


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
