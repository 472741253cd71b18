"""CSV: the claims, the timeline and the entities in one sheet, one row per item.

One text output (so that `-o FILE` and a download stay one file): the first column, `table`,
says what a row is (`claim`, `timeline` or `entity`); filter on it in a spreadsheet. Columns that
do not apply to a row are empty. Cells that a spreadsheet would run as a formula are quoted.
"""

from __future__ import annotations

import csv
import io
import json

from storyline.present.views import chain_text, gather
from storyline.store import Store

__all__ = ["COLUMNS", "export_csv"]

COLUMNS = (
    "table", "id", "story_id", "doc_id", "date", "start", "end", "text", "modality", "status",
    "status_reason", "attribution", "evidence", "value", "mod", "is_plan", "sources", "name",
    "type", "aliases", "mentions",
)  # fmt: skip


def export_csv(store: Store, story_id: str | None) -> str:
    dossier = gather(store, story_id)
    rows: list[dict[str, object]] = []
    for record in dossier.claims:
        claim = record.claim
        rows.append({
            "table": "claim", "id": claim.id, "story_id": record.story_id,
            "doc_id": claim.doc_id, "date": record.doc_date,
            "start": claim.time.start if claim.time else None,
            "end": claim.time.end if claim.time else None, "text": claim.text,
            "modality": claim.modality, "status": claim.status,
            "status_reason": record.status_reason, "attribution": chain_text(claim.attribution),
            "evidence": json.dumps(
                [[e.relation, e.doc_id, e.date, e.sentence] for e in claim.evidence],
                ensure_ascii=False,
            ),
        })  # fmt: skip
    for entry_record in dossier.timeline:
        entry = entry_record.entry
        rows.append({
            "table": "timeline", "id": entry.id, "story_id": entry_record.story_id,
            "start": entry.start, "end": entry.end, "text": entry.summary, "value": entry.value,
            "mod": entry.mod, "is_plan": int(entry.is_plan),
            "sources": " | ".join(s.doc_id for s in entry.sources),
        })  # fmt: skip
    for entity in dossier.entities:
        rows.append({
            "table": "entity", "id": entity.id, "name": entity.name, "type": entity.type,
            "aliases": " | ".join(entity.aliases), "mentions": entity.mentions,
        })  # fmt: skip
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def _cell(value: object) -> object:
    """Text starting like a formula (=, +, -, @) gets a leading quote: no CSV injection."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
