"""The one orchestrator: ingest > analyze > store > track, called by the CLI, the web app and tests.

Documents are analyzed in batches (one `nlp.pipe` call each), then each is written, with its
analysis and tracking, in its own transaction: an import killed halfway keeps what it finished,
and the next run, skipping content it already has, completes it. With `all_or_nothing`, every
source is read first and nothing is written unless all of it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import PurePath

from storyline.errors import InputError
from storyline.ingest import IngestLimits, SourceProblem, read_note, read_source
from storyline.ingest.sources import read_bytes
from storyline.model import CLAIM_STATUSES, Analysis, Document, Evidence, Story, content_id
from storyline.settings import Settings
from storyline.store import ClaimRecord, Store, StoredDocument
from storyline.track.linking import SETTLING_RELATIONS
from storyline.track.tracker import TrackReport, track_document

__all__ = [
    "AddResult",
    "Novelty",
    "add_bytes",
    "add_note",
    "add_sources",
    "analyze_sources",
    "ingest_limits",
    "keep_analyzed",
    "merge_stories",
    "move_document",
    "read_documents",
    "set_claim_status",
    "settled_by",
    "split_story",
    "what_is_new",
]

DocumentCallback = Callable[[Document, bool], None]
BATCH = 32  # documents analyzed together: big enough for nlp.pipe, small enough to resume


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an import did: ids in source order, with whether each was new."""

    documents: tuple[tuple[str, bool], ...] = ()
    problems: tuple[SourceProblem, ...] = ()
    reports: tuple[TrackReport, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(doc_id for doc_id, _ in self.documents)

    @property
    def added(self) -> int:
        return sum(created for _, created in self.documents)


def ingest_limits(settings: Settings, *, allow_private: bool = True) -> IngestLimits:
    return IngestLimits(
        max_bytes=settings.max_bytes,
        timeout=settings.fetch_timeout,
        max_redirects=settings.max_redirects,
        allow_private=allow_private,
    )


def read_documents(
    sources: Iterable[str], limits: IngestLimits
) -> Iterator[Document | SourceProblem]:
    for source in sources:
        yield from read_source(source, limits=limits)


def add_sources(
    store: Store,
    sources: Iterable[str],
    limits: IngestLimits,
    *,
    all_or_nothing: bool = False,
    on_document: DocumentCallback | None = None,
) -> AddResult:
    """Read every source and keep each document; a note follows its article."""
    items: Iterable[Document | SourceProblem] = read_documents(sources, limits)
    if all_or_nothing:
        items = list(items)
        problems = [item for item in items if isinstance(item, SourceProblem)]
        if problems:
            raise InputError(
                f"{len(problems)} problem(s), nothing imported; first: {problems[0]}",
                hint="fix the input, or import without --all-or-nothing to skip bad records",
            )
        with store.transaction():
            return _keep_all(store, items, on_document)
    return _keep_all(store, items, on_document)


def add_bytes(store: Store, data: bytes, *, name: str, limits: IngestLimits) -> AddResult:
    """Keep what an upload or a pasted text holds: the web server never reads paths."""
    suffix = PurePath(name).suffix.lower()
    return _keep_all(store, read_bytes(data, source=name, suffix=suffix, limits=limits), None)


def _keep_all(
    store: Store,
    items: Iterable[Document | SourceProblem],
    on_document: DocumentCallback | None,
) -> AddResult:
    kept: list[tuple[str, bool]] = []
    problems: list[SourceProblem] = []
    reports: list[TrackReport] = []
    for batch in _batches(items, BATCH):
        problems += [item for item in batch if isinstance(item, SourceProblem)]
        documents = [item for item in batch if isinstance(item, Document)]
        for document, analysis in _analyzed(store, documents):
            doc_id, created, report = keep_analyzed(store, document, analysis)
            kept.append((doc_id, created))
            reports += [report] if report else []
            if on_document:
                on_document(document, created)
    return AddResult(tuple(kept), tuple(problems), tuple(reports))


def _batches(items: Iterable[Document | SourceProblem], size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _analyzed(
    store: Store, documents: Sequence[Document]
) -> Iterator[tuple[Document, Analysis | None]]:
    """Each document with its analysis; None for content the store already has."""
    from storyline.analyze import analyze_many

    fresh = [document for document in documents if store.find_content(document) is None]
    analyses = {analysis.doc_id: analysis for analysis in analyze_many(fresh)}
    for document in documents:
        yield document, analyses.get(document.id)


def keep_analyzed(
    store: Store, document: Document, analysis: Analysis | None
) -> tuple[str, bool, TrackReport | None]:
    """Store one document with its analysis and fold it into the dossier, atomically."""
    with store.transaction():
        doc_id, created = store.add_document(document)
        if not created or analysis is None:
            return doc_id, created, None
        store.save_timexes(doc_id, analysis.timexes)
        report = track_document(store, store.get_document(doc_id), analysis)
        store.mark_analyzed(doc_id)
        return doc_id, created, report


def add_note(
    store: Store, doc_id: str, text: str, *, date: str | None = None
) -> tuple[StoredDocument, bool, TrackReport | None]:
    """Attach a dated note to a document (to its article, when given a note)."""
    parent = store.get_document(doc_id)
    article_id = parent.document.parent_id or parent.id
    note = read_note(text, parent_id=article_id, date=date)
    [(_, analysis)] = _analyzed(store, [note])
    note_id, created, report = keep_analyzed(store, note, analysis)
    return store.get_document(note_id), created, report


def set_claim_status(store: Store, claim_id: str, status: str, why: str) -> ClaimRecord:
    """An analyst's verdict: kept as evidence of its own, and the tracker leaves it alone."""
    if status not in CLAIM_STATUSES:
        known = ", ".join(CLAIM_STATUSES)
        raise InputError(f"unknown status {status!r}", hint=f"use one of {known}")
    if not why.strip():
        raise InputError("say why with --why", hint="the reason is kept as evidence")
    with store.transaction():
        record = store.get_claim(claim_id)
        today = datetime.now(UTC).date().isoformat()
        evidence = Evidence("", "set", f"status set to {status} by an analyst", today, None, why)
        store.add_evidence(record.claim.id, evidence, by_analyst=True)
        store.set_claim_status(record.claim.id, status, f"set by an analyst: {why}", pinned=True)
    return store.get_claim(record.claim.id)


def analyze_sources(
    sources: Iterable[str], limits: IngestLimits
) -> list[tuple[Document, Analysis]]:
    """Analyze without storing: every document of every source, through one loaded pipeline."""
    from storyline.analyze import analyze_many

    documents = [item for item in read_documents(sources, limits) if isinstance(item, Document)]
    return list(zip(documents, analyze_many(documents), strict=True))


def merge_stories(store: Store, keep_id: str, other_id: str) -> Story:
    """The analyst says two stories are one: `other` folds into `keep`, and stays there."""
    from storyline.track.story_step import rebuild_story

    with store.transaction():
        keep, other = store.get_story(keep_id), store.get_story(other_id)
        for doc_id in other.documents:
            store.set_document_story(doc_id, keep.id, pinned=True)
        store.move_timeline(other.id, keep.id)
        store.delete_story(other.id)
        rebuild_story(store, keep.id)
    return store.get_story(keep.id)


def split_story(store: Store, story_id: str, doc_ids: Sequence[str]) -> Story:
    """The analyst says these documents are another story: they leave, with their notes."""
    from storyline.track.story_step import rebuild_story

    with store.transaction():
        story = store.get_story(story_id)
        moved = [store.get_document(doc_id) for doc_id in doc_ids]
        strangers = [stored.id for stored in moved if stored.story_id != story.id]
        if strangers or len(moved) >= len(story.documents):
            raise InputError(
                "split takes some, not all, of the story's own documents",
                hint=f"`storyline show {story.id}` lists them",
            )
        new_id = content_id("st", story.id, *sorted(stored.id for stored in moved))
        title = moved[0].document.title or new_id
        store.save_story(Story(new_id, title, story.thread), profile=None)
        for stored in moved:
            store.set_document_story(stored.id, new_id, pinned=True)
        rebuild_story(store, new_id)
        rebuild_story(store, story.id)
    return store.get_story(new_id)


def move_document(store: Store, doc_id: str, story_id: str) -> StoredDocument:
    """The analyst puts a document (and its notes) in another story; the tracker keeps it there."""
    from storyline.track.story_step import rebuild_story

    with store.transaction():
        stored = store.get_document(doc_id)
        target = store.get_story(story_id)
        store.set_document_story(stored.id, target.id, pinned=True)
        rebuild_story(store, target.id)
        if stored.story_id and stored.story_id != target.id:
            rebuild_story(store, stored.story_id)
    return store.get_document(stored.id)


@dataclass(frozen=True, slots=True)
class Novelty:
    """What a document added to the dossier, and what was already known before it."""

    new_claims: tuple[str, ...]
    known_claims: tuple[tuple[str, str], ...]  # (claim id, the earlier claim that said it)
    new_events: tuple[str, ...]
    known_events: tuple[tuple[str, str], ...]  # (event id, the timeline entry it joined)
    settled: tuple[tuple[str, str], ...] = ()  # (earlier claim id, relation): confirms, ...


def what_is_new(store: Store, doc_id: str) -> Novelty:
    stored = store.get_document(doc_id)
    records = store.claims(doc_id=stored.id)
    events = store.events_of(stored.id)
    return Novelty(
        tuple(r.claim.id for r in records if r.is_new),
        tuple((r.claim.id, r.known_from or "") for r in records if not r.is_new),
        tuple(event_id for event_id, _, is_new in events if is_new),
        tuple((event_id, entry_id) for event_id, entry_id, is_new in events if not is_new),
        tuple((r.claim.id, relation) for r, relation in settled_by(store, stored)),
    )


def settled_by(store: Store, stored: StoredDocument) -> list[tuple[ClaimRecord, str]]:
    """The earlier claims the document confirms, contradicts or denies: the news a report
    brings is often what it settles, not what it first says."""
    return [
        (store.get_claim(claim_id), relation)
        for claim_id, relation in store.evidence_from(stored.id)
        if relation in SETTLING_RELATIONS
    ]
