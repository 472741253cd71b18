"""The one orchestrator: ingest > analyze > store > track, called by the CLI, the web app and tests.

Each document is written in its own transaction, so an import killed halfway keeps what it
finished and the next run, skipping content it already has, completes it. With
`all_or_nothing`, every source is read first and nothing is written unless all of it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from storyline.errors import InputError
from storyline.ingest import IngestLimits, SourceProblem, read_note, read_source
from storyline.model import Document
from storyline.settings import Settings
from storyline.store import Store, StoredDocument

__all__ = ["AddResult", "add_note", "add_sources", "ingest_limits", "read_documents"]

DocumentCallback = Callable[[Document, bool], None]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What an import did: ids in source order, with whether each was new."""

    documents: tuple[tuple[str, bool], ...] = ()
    problems: tuple[SourceProblem, ...] = ()

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


def _keep_all(
    store: Store,
    items: Iterable[Document | SourceProblem],
    on_document: DocumentCallback | None,
) -> AddResult:
    kept: list[tuple[str, bool]] = []
    problems: list[SourceProblem] = []
    for item in items:
        if isinstance(item, SourceProblem):
            problems.append(item)
            continue
        kept.append(_keep(store, item))
        if on_document:
            on_document(item, kept[-1][1])
    return AddResult(tuple(kept), tuple(problems))


def _keep(store: Store, document: Document) -> tuple[str, bool]:
    with store.transaction():
        return store.add_document(document)


def add_note(
    store: Store, doc_id: str, text: str, *, date: str | None = None
) -> tuple[StoredDocument, bool]:
    """Attach a dated note to a document (to its article, when given a note)."""
    parent = store.get_document(doc_id)
    article_id = parent.document.parent_id or parent.id
    note = read_note(text, parent_id=article_id, date=date)
    note_id, created = _keep(store, note)
    return store.get_document(note_id), created

