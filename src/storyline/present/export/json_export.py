"""JSON: everything the dossier holds, for other tools and for backups."""

from __future__ import annotations

import json

from storyline import __version__
from storyline.present.views import dossier_json, gather
from storyline.store import Store

__all__ = ["export_json"]


def export_json(store: Store, story_id: str | None) -> str:
    """Documents (with text), stories, claims with evidence, the timeline and the entities."""
    dossier = dossier_json(gather(store, story_id))
    payload = {"storyline": __version__, "story_id": story_id, **dossier}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
