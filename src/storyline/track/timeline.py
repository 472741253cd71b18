"""One merged timeline: the same event told by several documents is one entry with all sources.

An event joins an entry when their dates overlap and they tell the same happening: nearly the
same words, or a shared participant or day with the same kind of predicate or related words
(the same kind in related words stands in for the participant when one of the two names no
one).
The entry keeps the most precise date any source gives: `from the 25th to the 27th` of July
beats `at the end of July`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from storyline.track.linking import predicate_group, same_kind
from storyline.track.vectors import cosine

__all__ = ["EntryView", "EventView", "find_entry", "merge_into", "span_days"]

SIMILAR_EVENT = 0.72  # cosine of two event sentences above which they tell the same happening
RELATED_EVENT = 0.4  # ... or above which they do when they also share a participant or the day


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    doc_id: str
    summary: str
    start: str
    end: str
    value: str
    mod: str | None
    predicate: str | None = None
    entities: frozenset[str] = frozenset()
    is_plan: bool = False
    vector: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class EntryView:
    """A timeline entry with the fields merging compares."""

    id: str
    start: str
    end: str
    value: str
    mod: str | None
    summary: str
    predicate: str | None = None
    entities: frozenset[str] = frozenset()
    is_plan: bool = False
    vector: tuple[float, ...] | None = None


def span_days(start: str, end: str) -> int:
    """Length of an interval in days: smaller is more precise."""
    return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days + 1


def find_entry(event: EventView, entries: Iterable[EntryView]) -> EntryView | None:
    """The entry this event tells of, the closest in date when several would do."""
    matches = [entry for entry in entries if _same_happening(event, entry)]
    if not matches:
        return None
    return min(matches, key=lambda entry: abs(span_days(entry.start, entry.end) - 1))


def merge_into(entry: EntryView, event: EventView) -> EntryView:
    """The entry after one more source: the more precise date, a plan no more once it happened."""
    is_plan = entry.is_plan and event.is_plan
    merged = replace(entry, is_plan=is_plan, entities=entry.entities | event.entities)
    if span_days(event.start, event.end) < span_days(entry.start, entry.end):
        merged = replace(merged, start=event.start, end=event.end, value=event.value, mod=event.mod)
    if entry.is_plan and not event.is_plan:
        merged = replace(merged, summary=event.summary)
    return merged


def _same_happening(event: EventView, entry: EntryView) -> bool:
    if not (event.start[:10] <= entry.end[:10] and entry.start[:10] <= event.end[:10]):
        return False
    similarity = _similarity(event, entry)
    if similarity >= SIMILAR_EVENT:
        return True
    same_day = event.start == event.end == entry.start == entry.end
    same_group = predicate_group(event.predicate) == predicate_group(entry.predicate) is not None
    # where one of the two names no one (`the captain will be questioned`), the same kind of
    # happening (not a light verb) in related words stands in for a shared participant
    unnamed_alike = (
        (not event.entities or not entry.entities)
        and same_kind(event.predicate, entry.predicate)
        and similarity >= RELATED_EVENT
    )
    if not (same_day or event.entities & entry.entities or unnamed_alike):
        return False
    if event.is_plan != entry.is_plan and not same_day:  # over weeks, a plan is carried out
        return same_group  # only by a happening of its kind
    if event.is_plan and entry.is_plan and not same_group:
        return False  # two plans of a man, to be discharged and to lead a Mass, are two
    return same_group or similarity >= RELATED_EVENT


def _similarity(event: EventView, entry: EntryView) -> float:
    return cosine(event.vector, entry.vector)
