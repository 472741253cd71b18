"""TimelineJS: the Knight Lab JSON format journalists publish timelines with.

TimelineJS renders `headline` and `text` as HTML, so every value is HTML-escaped here. Plans
and facts go to two groups, as on the dossier page.
"""

from __future__ import annotations

import json
from datetime import date
from html import escape
from typing import Any

from storyline.present.views import chain_text, entry_dates, gather
from storyline.store import Store

__all__ = ["export_timelinejs"]


def export_timelinejs(store: Store, story_id: str | None) -> str:
    dossier = gather(store, story_id)
    title = dossier.story.title if dossier.story else "Storyline dossier"
    events = []
    names = dossier.entity_names
    for record in dossier.timeline:
        entry = record.entry
        start, end = entry_dates(entry)
        if start is None:
            continue
        sources = "; ".join(
            escape(s.doc_id + (f" ({chain_text(s.attribution)})" if s.attribution else ""))
            for s in entry.sources
        )
        who = ", ".join(escape(names.get(p, p)) for p in entry.participants)
        event: dict[str, Any] = {
            "unique_id": entry.id,
            "start_date": _date(start),
            "display_date": escape(entry.value + (f" ({entry.mod})" if entry.mod else "")),
            "text": {
                "headline": escape(entry.summary),
                "text": "<p>" + "</p><p>".join(p for p in (who, sources) if p) + "</p>",
            },
            "group": "Plans" if entry.is_plan else "Facts",
        }
        if end is not None and end != start:
            event["end_date"] = _date(end)
        events.append(event)
    payload = {
        "title": {"text": {"headline": escape(title), "text": f"{len(events)} dated events"}},
        "events": events,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _date(day: date) -> dict[str, str]:
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
