"""Markdown: the dossier a person reads or pastes into a report.

Story summary, timeline, claims with their evidence, and the sources. Article text is hostile:
every value is escaped so that it cannot inject HTML, links or formatting into a rendered page.
"""

from __future__ import annotations

import re

from storyline.present.views import Dossier, chain_text, gather, label
from storyline.store import ClaimRecord, Store

__all__ = ["export_markdown", "md"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def md(text: str | None) -> str:
    """Plain text made inert in Markdown: HTML escaped, markup characters backslashed."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    return _SPECIAL.sub(r"\\\1", text)


def export_markdown(store: Store, story_id: str | None) -> str:
    dossier = gather(store, story_id)
    lines = [*_summary(dossier), *_timeline(dossier), *_claims(dossier), *_sources(dossier)]
    return "\n".join(lines).rstrip() + "\n"


def _summary(dossier: Dossier) -> list[str]:
    story = dossier.story
    title = story.title if story else "Storyline dossier"
    lines = [f"# {md(title)}", ""]
    if story:
        lines.append(f"- Dates: {md(story.start)} to {md(story.end)}")
    else:
        lines.append(f"- Stories: {len(dossier.stories)}")
    lines.append(f"- Documents: {len(dossier.documents)}")
    lines.append(f"- Outlets: {', '.join(md(o) for o in dossier.outlets) or 'none named'}")
    counts: dict[str, int] = {}
    for record in dossier.claims:
        status = record.claim.status or "open"
        counts[status] = counts.get(status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    lines += [f"- Claims: {summary or 'none'}", ""]
    return lines


def _timeline(dossier: Dossier) -> list[str]:
    lines = ["## Timeline", ""]
    names = dossier.entity_names
    for record in dossier.timeline:
        entry = record.entry
        when = md(entry.value) + (f" ({md(entry.mod)})" if entry.mod else "")
        plan = " *(planned)*" if entry.is_plan else ""
        who = ", ".join(md(names.get(p, p)) for p in entry.participants)
        lines.append(f"- **{when}**{plan}: {md(entry.summary)}" + (f" — {who}" if who else ""))
        for source in entry.sources:
            chain = chain_text(source.attribution)
            lines.append(f"  - {md(source.doc_id)}{': ' + md(chain) if chain else ''}")
    if not dossier.timeline:
        lines.append("No dated events yet.")
    return [*lines, ""]


def _claims(dossier: Dossier) -> list[str]:
    lines = ["## Claims", ""]
    for record in dossier.claims:
        lines += _claim(record)
    if not dossier.claims:
        lines.append("No claims yet.")
    return [*lines, ""]


def _claim(record: ClaimRecord) -> list[str]:
    claim = record.claim
    status = (claim.status or "open").upper()
    chain = chain_text(claim.attribution)
    lines = [
        f"- **{status}** ({md(claim.modality)}): {md(claim.text)}",
        f"  - said by: {md(chain) or 'the document itself'}; in {md(claim.doc_id)}"
        + (f" of {md(record.doc_date)}" if record.doc_date else ""),
    ]
    if record.status_reason:
        lines.append(f"  - why: {md(record.status_reason)}")
    for evidence in claim.evidence:
        where = md(evidence.doc_id) or "analyst"
        lines.append(
            f"  - {md(evidence.relation)} ({md(evidence.date) or 'undated'}, {where}): "
            f"{md(evidence.sentence)}"
        )
    return lines


def _sources(dossier: Dossier) -> list[str]:
    lines = ["## Sources", ""]
    for stored in dossier.documents:
        doc = stored.document
        parts = [md(doc.kind), md(doc.published) or "undated", md(doc.outlet), md(doc.author)]
        url = f" <{md(doc.url)}>" if doc.url and doc.url.startswith(("http://", "https://")) else ""
        lines.append(
            f"- `{stored.id}` {md(label(stored))} — {', '.join(p for p in parts if p)}{url}"
        )
    return lines
