"""The dossier as a person reads it in a terminal (rich tables and panels)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.model import Analysis, Document, Story, Timex
from storyline.store import (
    ClaimRecord,
    EntityRecord,
    EntryRecord,
    SearchHit,
    Store,
    StoredDocument,
)

__all__ = [
    "analysis_panel",
    "claims_table",
    "document_panel",
    "documents_table",
    "entities_table",
    "novelty_table",
    "print_dossier",
    "search_table",
    "stories_table",
    "timeline_table",
    "timex_table",
]

STATUS_STYLE = {
    "open": "yellow",
    "confirmed": "bold green",
    "contradicted": "bold red",
    "contested": "magenta",
    "expired": "dim",
}


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
    """Stories, then each story's timeline and claim ledger, then the documents."""
    console.rule("Storyline dossier")
    found = store.stories()
    console.print(stories_table(found))
    for story in found:
        console.rule(f"{story.title} ({story.id})")
        console.print(timeline_table(store.timeline(story_id=story.id)))
        console.print(claims_table(store.claims(story_id=story.id)))
    console.print(documents_table(store.documents()))


def stories_table(stories: Sequence[Story]) -> Table:
    table = Table(title="Stories", title_justify="left")
    for column in ("id", "title", "thread", "span", "documents", "claims"):
        table.add_column(column, overflow="fold")
    for story in stories:
        span = f"{story.start or '?'} .. {story.end or '?'}"
        counts = ", ".join(f"{n} {status}" for status, n in story.counts)
        table.add_row(
            story.id, story.title, story.thread or "", span, str(len(story.documents)), counts
        )
    return table


def timeline_table(entries: Sequence[EntryRecord]) -> Table:
    table = Table(title="Timeline", title_justify="left")
    for column in ("when", "value", "what", "sources"):
        table.add_column(column, overflow="fold")
    for record in entries:
        entry = record.entry
        when = entry.start if entry.start == entry.end else f"{entry.start} .. {entry.end}"
        what = Text(("[plan] " if entry.is_plan else "") + entry.summary)
        if entry.is_plan:
            what.stylize("italic cyan")
        sources = ", ".join(dict.fromkeys(source.doc_id for source in entry.sources))
        table.add_row(when or "", entry.value + (f" {entry.mod}" if entry.mod else ""), what,
                      sources)  # fmt: skip
    return table


def claims_table(records: Sequence[ClaimRecord]) -> Table:
    table = Table(title="Claims", title_justify="left")
    for column in ("status", "claim", "who says so", "how sure", "evidence"):
        table.add_column(column, overflow="fold")
    for record in records:
        claim = record.claim
        status = claim.status or "open"
        chain = " ← ".join(reversed([link.source for link in claim.attribution]))
        evidence = "\n".join(
            f"{item.relation} by {item.doc_id or 'analyst'} ({item.date or '?'})"
            for item in claim.evidence
        )
        table.add_row(
            Text(status, style=STATUS_STYLE.get(status, "")), claim.text, chain,
            claim.modality + ("" if claim.polarity == "positive" else f" ({claim.polarity})"),
            evidence,
        )  # fmt: skip
    return table


def novelty_table(
    records: Sequence[ClaimRecord], settled: Sequence[tuple[ClaimRecord, str]] = ()
) -> Table:
    """What a document adds to the dossier: the earlier claims it settles, then each of its
    own, new or told before."""
    table = Table(title="What it adds", title_justify="left")
    for column in ("", "claim", "status"):
        table.add_column(column, overflow="fold")
    rows = [(Text(relation, style="bold"), record) for record, relation in settled]
    rows += [
        (Text("new", style="bold") if r.is_new else Text("known", style="dim"), r) for r in records
    ]
    for mark, record in rows:
        status = record.claim.status or "open"
        table.add_row(mark, record.claim.text, Text(status, style=STATUS_STYLE.get(status, "")))
    return table


def entities_table(records: Sequence[EntityRecord]) -> Table:
    table = Table(title="Entities", title_justify="left")
    for column in ("id", "name", "type", "aliases", "mentions"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            record.id, record.name, record.type, ", ".join(record.aliases), str(record.mentions)
        )
    return table


def timex_table(timexes: Sequence[Timex]) -> Table:
    table = Table(title="Time expressions", title_justify="left")
    for column in ("text", "type", "value", "mod", "interval"):
        table.add_column(column, overflow="fold")
    for timex in timexes:
        interval = f"{timex.start} .. {timex.end}" if timex.start else ""
        table.add_row(timex.text, timex.type, timex.value, timex.mod or "", interval)
    return table


def analysis_panel(document: Document, analysis: Analysis) -> Panel:
    claims = Table(title="Claims", title_justify="left")
    for column in ("claim", "who says so", "how sure", "when"):
        claims.add_column(column, overflow="fold")
    for claim in analysis.claims:
        chain = " ← ".join(reversed([link.source for link in claim.attribution]))
        claims.add_row(claim.text, chain, claim.modality, claim.time.value if claim.time else "")
    names = ", ".join(f"{e.name} ({e.type})" for e in analysis.entities)
    parts = [Text(f"Entities: {names}"), timex_table(analysis.timexes), claims]
    return Panel(Group(*parts), title=document.title or document.id, title_align="left")


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")
