"""Placing a document's dated events on the story's timeline, merging retellings."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import numpy as np

from storyline.model import Analysis, Claim, Event, TimelineEntry, Timex, content_id
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
    claims = {claim.id: claim for claim in analysis.claims}
    held = _claims_holding(analysis)
    text = stored.document.text
    dated = [
        (_sharpened(event, claims.get(event.claim_id), held, analysis, text), vector)
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


def _claims_holding(analysis: Analysis) -> dict[int, set[str]]:
    """The claims whose words hold each time expression, by where it starts: found once per
    document (sorted starts, a bisection per claim), not for every event against every claim."""
    starts = sorted(t.start_char for t in analysis.timexes)
    held: dict[int, set[str]] = {}
    for claim in analysis.claims:
        first, last = bisect_left(starts, claim.span[0]), bisect_left(starts, claim.span[1])
        for at in starts[first:last]:
            held.setdefault(at, set()).add(claim.id)
    return held


def _sharpened(
    event: Event, claim: Claim | None, held: dict[int, set[str]], analysis: Analysis, text: str
) -> Event:
    """The event with the most precise date its sentence gives (not the date of another
    claim in it: `..., but it was not clear whether he would lead the Palm Sunday Mass`), and
    its claim's predicate (the event it was told at, if any: `lost the vote on Friday` is the
    vote of that Friday).

    `In July, Shoigu was invited ..., where from the 25th to the 27th they celebrated`: the
    event is anchored on `In July`, but the range inside it says when, to the day.
    """
    predicate = event.predicate or (claim.setting or claim.predicate if claim else None)
    start = text.find(event.sentence)
    end = start + len(event.sentence)

    def of_another_claim(t: Timex) -> bool:
        holders = held.get(t.start_char, set())
        return bool(holders) and (claim is None or claim.id not in holders)

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
