"""Placing a document's dated events on the story's timeline, merging retellings."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from storyline.model import Analysis, Event, TimelineEntry, Timex, content_id
from storyline.store import EntryRecord, Store, StoredDocument
from storyline.track.timeline import EntryView, EventView, find_entry, merge_into, span_days
from storyline.track.vectors import vector_bytes, vector_tuple

__all__ = ["place_events"]


def place_events(
    store: Store,
    stored: StoredDocument,
    analysis: Analysis,
    entity_ids: dict[str, str],
    story_id: str,
    vectors: np.ndarray,
) -> None:
    """Each event joins the entry of the same happening (overlapping dates) or starts one."""
    dated = [
        (_sharpened(event, analysis, stored.document.text), vector)
        for event, vector in zip(analysis.events, vectors, strict=True)
        if event.time.start and event.time.end
    ]
    for event, vector in dated:
        participants = _entity_ids(event, analysis, entity_ids)
        view = EventView(
            event.id, event.doc_id, event.summary, event.time.start or "", event.time.end or "",
            event.time.value, event.time.mod, event.predicate, frozenset(participants),
            event.is_plan, vector_tuple(vector_bytes(vector)),
        )  # fmt: skip
        near = store.entries_near([story_id], view.start, view.end)
        entry = find_entry(view, [_entry_view(record) for record in near])
        if entry is None:
            merged = EntryView(
                content_id("t", event.id), view.start, view.end, view.value, view.mod,
                view.summary, view.predicate, view.entities, view.is_plan, view.vector,
            )  # fmt: skip
        else:
            merged = merge_into(entry, view)
        store.save_entry(_entry_record(merged, story_id, vector_bytes(vector)))
        store.save_event(event, merged.id, sorted(participants), is_new=entry is None)


def _sharpened(event: Event, analysis: Analysis, text: str) -> Event:
    """The event with the most precise date its sentence gives (not the date of another
    claim in it), and its claim's predicate (the event it was told at, if any: `lost the vote
    on Friday` is the vote of that Friday).

    `In July, Shoigu was invited ..., where from the 25th to the 27th they celebrated`: the
    event is anchored on `In July`, but the range inside it says when, to the day.
    """
    claim = next((c for c in analysis.claims if c.id == event.claim_id), None)
    predicate = event.predicate or (claim.setting or claim.predicate if claim else None)
    start = text.find(event.sentence)
    end = start + len(event.sentence)
    others = [c.span for c in analysis.claims if claim is None or c.id != claim.id]

    def of_another_claim(t: Timex) -> bool:  # `..., but it was not clear whether he would
        own = claim is not None and claim.span[0] <= t.start_char < claim.span[1]
        return not own and any(a <= t.start_char < b for a, b in others)  # lead the ... Mass`

    inside = [
        t
        for t in analysis.timexes
        if start >= 0
        and start <= t.start_char
        and t.end_char <= end
        and not of_another_claim(t)
        and t.start
        and t.end
        and event.time.start <= t.start
        and t.end <= event.time.end
    ]
    sharpest = min(inside, key=lambda t: span_days(t.start, t.end), default=event.time)
    return replace(event, time=sharpest, predicate=predicate)


def _entity_ids(event: Event, analysis: Analysis, entity_ids: dict[str, str]) -> list[str]:
    by_name = {
        name.lower(): entity_ids[entity.id]
        for entity in analysis.entities
        for name in (entity.name, *entity.aliases)
    }
    found = [entity_ids.get(p) or by_name.get(p.lower()) for p in event.participants]
    return list(dict.fromkeys(p for p in found if p))


def _entry_view(record: EntryRecord) -> EntryView:
    entry = record.entry
    return EntryView(
        entry.id, entry.start or "", entry.end or "", entry.value, entry.mod, entry.summary,
        record.predicate, frozenset(record.entity_ids), entry.is_plan, vector_tuple(record.vector),
    )  # fmt: skip


def _entry_record(entry: EntryView, story_id: str, vector: bytes) -> EntryRecord:
    timeline_entry = TimelineEntry(
        entry.id, entry.start, entry.end, entry.value, entry.mod, entry.summary,
        tuple(sorted(entry.entities)), (), entry.is_plan,
    )  # fmt: skip
    return EntryRecord(timeline_entry, story_id, entry.predicate, tuple(sorted(entry.entities)),
                       vector)  # fmt: skip
