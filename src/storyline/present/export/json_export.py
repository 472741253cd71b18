"""JSON: everything the dossier holds, for other tools and for backups."""

from __future__ import annotations

import json

from storyline import __version__
from storyline.present.shapes import document_json
from storyline.store import Store

__all__ = ["export_json"]


def export_json(store: Store, story_id: str | None) -> str:
    documents = [
        document_json(stored)
        for stored in store.documents()
        if story_id is None or stored.story_id == story_id
    ]
    payload = {"storyline": __version__, "story_id": story_id, "documents": documents}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
