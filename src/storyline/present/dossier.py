"""The dossier as a person reads it in a terminal (rich tables and panels)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.store import SearchHit, Store, StoredDocument

__all__ = ["document_panel", "documents_table", "print_dossier", "search_table"]


def documents_table(documents: Sequence[StoredDocument], title: str = "Documents") -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    for column in ("id", "kind", "published", "outlet", "title"):
        table.add_column(column, overflow="fold")
    for stored in documents:
        doc = stored.document
        label = doc.title or _first_words(doc.text)
        if doc.kind == "note":
            label = f"↳ note on {doc.parent_id}: {label}"
        table.add_row(stored.id, doc.kind, doc.published or "", doc.outlet or "", label)
    return table


def document_panel(stored: StoredDocument, notes: Sequence[StoredDocument]) -> Panel:
    doc = stored.document
    facts = Table.grid(padding=(0, 2))
    for name, value in (
        ("id", stored.id),
        ("kind", doc.kind),
        ("outlet", doc.outlet),
        ("author", doc.author),
        ("published", doc.published),
        ("date", doc.date_reason),
        ("url", doc.url),
        ("read time", f"{doc.stats.read_minutes} min" if doc.stats.read_minutes else None),
        ("views", doc.stats.views),
        ("story", stored.story_id),
    ):
        if value is not None:
            facts.add_row(Text(name, style="bold"), Text(str(value)))
    parts: list[object] = [facts, Text(""), Text(doc.text)]
    for note in notes:
        parts += [Text(""), Text(f"Note {note.id} of {note.document.published}:", style="bold")]
        parts.append(Text(note.document.text))
    return Panel(Group(*parts), title=doc.title or doc.kind, title_align="left")


def search_table(query: str, hits: Sequence[SearchHit]) -> Table:
    table = Table(title=f"Search: {query} ({len(hits)} hits)", title_justify="left")
    for column in ("id", "kind", "published", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        snippet = Text(hit.snippet)
        snippet.highlight_regex(r"\[[^\]]*\]", style="bold yellow")
        table.add_row(hit.doc_id, hit.kind, hit.published or "", hit.title or "", snippet)
    return table


def print_dossier(console: Console, store: Store) -> None:
    articles = store.documents(kind="article")
    console.rule("Storyline dossier")
    console.print(documents_table(store.documents()))
    for stored in articles:
        console.print(document_panel(stored, store.notes_of(stored.id)))


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")
