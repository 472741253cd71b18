"""The data that flows between stages: frozen, hashable, picklable (for Dask), JSON-shaped.

Every stage takes and returns these; none of them knows any stage. `to_json` gives the shapes
of DESIGN.md (fields may be added, never renamed).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = [
    "Analysis",
    "Attribution",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "HeadlineName",
    "Mention",
    "Stats",
    "Story",
    "TimelineEntry",
    "TimelineSource",
    "Timex",
    "content_id",
    "to_json",
]

Span = tuple[int, int]

DOCUMENT_KINDS = ("article", "note")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
MODALITIES = (
    "asserted",
    "reported",
    "planned",
    "expected",
    "likely",
    "possible",
    "uncertain",
    "denied",
)
CLAIM_STATUSES = ("open", "confirmed", "contradicted", "contested", "expired")
EVIDENCE_RELATIONS = ("confirms", "contradicts", "restates", "denies")


def content_id(prefix: str, *parts: str) -> str:
    """A stable id from content: the same parts always give the same id, on any machine."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


@dataclass(frozen=True, slots=True)
class Stats:
    read_minutes: int | None = None
    views: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article or note, as ingested.

    `text` is what analysis reads: the body with non-breaking spaces and odd apostrophes
    normalized. `original` is the body as it was; `offsets` maps positions in `text` to
    positions in `original` as sorted (text_offset, original_offset) breakpoints (empty when the
    two have the same length, which is the usual case).
    """

    id: str
    kind: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    parent_id: str | None = None
    lede: str | None = None
    headings: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    stats: Stats = field(default_factory=Stats)
    original: str | None = None
    offsets: tuple[tuple[int, int], ...] = ()
    date_reason: str | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """What makes two documents the same for idempotent re-adding: an article's words (the
        same wire copy run on two days is one article, as its id says), a note's words, place
        and date (the same words under two articles, or on two days, are two notes)."""
        published = self.published if self.kind == "note" else None
        return content_id("", self.kind, self.parent_id or "", published or "", self.text)

    def original_offset(self, offset: int) -> int:
        """Where a character of `text` sits in `original`."""
        shift = 0
        for text_at, original_at in self.offsets:
            if text_at > offset:
                break
            shift = original_at - text_at
        return offset + shift


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression normalized against the document creation time."""

    text: str
    start_char: int
    end_char: int
    type: str
    value: str
    mod: str | None = None
    start: str | None = None
    end: str | None = None

    @property
    def year(self) -> str | None:
        """The year a date names (`2013` of `2013-09-27`); None for other types and for values
        without one (`PRESENT_REF`, `XXXX-WI`)."""
        return self.value[:4] if self.type == "DATE" and self.value[:4].isdigit() else None


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One referent within a document (or, after tracking, across the store).

    `stands_for` keeps what a metonym speaks for: `the Kremlin` is a place standing for the
    Russian government.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of an attribution chain: who says it, and by what words."""

    source: str
    cue: str
    source_span: Span | None = None
    cue_span: Span | None = None
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One proposition with who says it (outermost first) and how sure they are."""

    id: str
    doc_id: str
    text: str
    sentence: str
    span: Span
    attribution: tuple[Attribution, ...] = ()
    modality: str = "asserted"
    polarity: str = "positive"
    predicate: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    time: Timex | None = None
    status: str | None = None
    evidence: tuple[Evidence, ...] = ()
    denies: str | None = None  # the id of the claim this denial rejects (same document)
    theme: str | None = None  # the common noun the predicate acts on: `detected [sounds]`
    setting: str | None = None  # the event it is told at: `waived extradition at a [hearing]`
    moves_event: bool = False  # it moves its event in time: `postponed the vote to Friday`
    doer: str | None = None  # the person its active subject names: `[Ray] will also testify`


@dataclass(frozen=True, slots=True)
class Evidence:
    """A later document's bearing on a claim."""

    doc_id: str
    relation: str
    sentence: str
    date: str | None = None
    claim_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening (or plan) that belongs on the timeline."""

    id: str
    doc_id: str
    summary: str
    sentence: str
    time: Timex
    participants: tuple[str, ...] = ()
    place: str | None = None
    is_plan: bool = False
    claim_id: str | None = None
    predicate: str | None = None


@dataclass(frozen=True, slots=True)
class HeadlineName:
    """A name the headline gives (`Cedar Ridge Fire forces evacuation of Pine Hollow`): the story
    is often named there and nowhere else in the text."""

    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything analysis finds in one document; pure data, no store ids beyond the document's."""

    doc_id: str
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    title_names: tuple[HeadlineName, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineSource:
    doc_id: str
    sentence: str
    attribution: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: str
    start: str | None
    end: str | None
    value: str
    mod: str | None
    summary: str
    participants: tuple[str, ...] = ()
    sources: tuple[TimelineSource, ...] = ()
    is_plan: bool = False


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    thread: str | None = None
    start: str | None = None
    end: str | None = None
    documents: tuple[str, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()


def to_json(value: Any) -> Any:
    """Turn model objects (and tuples of them) into the JSON shapes of DESIGN.md."""
    if isinstance(value, Document):
        return _document_json(value)
    if isinstance(value, Story):
        data = {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
        data["counts"] = dict(value.counts)
        return data
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    return value


def _document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "kind": document.kind,
        "parent_id": document.parent_id,
        "title": document.title,
        "outlet": document.outlet,
        "author": document.author,
        "published": document.published,
        "url": document.url,
        "stats": asdict(document.stats),
        "lede": document.lede,
        "headings": list(document.headings),
        "date_reason": document.date_reason,
        "text": document.text,
    }
