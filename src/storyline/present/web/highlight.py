"""A document's text as HTML with what analysis found marked up, every character escaped.

Annotations overlap (a claim holds entities, a time expression and an attribution cue), so the
text is cut at every boundary and each piece is wrapped in the markup of all annotations that
cover it, outermost (longest) first. Article text is hostile: it only ever reaches the page
through `markupsafe.escape`, and attribute values (titles, links) are escaped the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from storyline.model import Claim, Mention, Timex
from storyline.store import EntityRecord

__all__ = ["Mark", "claim_marks", "entity_marks", "highlight", "timex_marks"]


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation: a span of the text, the tag that shows it, its class and attributes."""

    start: int
    end: int
    css: str
    title: str
    tag: str = "span"
    href: str | None = None

    def open(self) -> Markup:
        href = Markup(' href="{}"').format(self.href) if self.href else Markup("")
        return Markup('<{} class="{}" title="{}"{}>').format(
            Markup(self.tag), self.css, self.title, href
        )

    def close(self) -> Markup:
        return Markup("</{}>").format(Markup(self.tag))


def timex_marks(timexes: Iterable[Timex]) -> list[Mark]:
    marks = []
    for t in timexes:
        window = f" ({t.start} to {t.end})" if t.start and t.end and t.start != t.end else ""
        mod = f", mod {t.mod}" if t.mod else ""
        marks.append(Mark(t.start_char, t.end_char, "hl-timex", f"{t.type} {t.value}{window}{mod}"))
    return marks


def entity_marks(
    mentions: Iterable[tuple[str, Mention]], entities: dict[str, EntityRecord]
) -> list[Mark]:
    marks = []
    for entity_id, mention in mentions:
        entity = entities.get(entity_id)
        title = f"{entity.type}: {entity.name}" if entity else "entity"
        marks.append(
            Mark(mention.start_char, mention.end_char, "hl-entity", title, "a",
                 f"/entities/{entity_id}")
        )  # fmt: skip
    return marks


def claim_marks(claims: Iterable[Claim]) -> list[Mark]:
    """Claims coloured by modality, with their attribution cues and sources."""
    marks = []
    for claim in claims:
        status = claim.status or "open"
        marks.append(
            Mark(claim.span[0], claim.span[1], f"hl-claim mod-{_css_word(claim.modality)}",
                 f"{claim.modality} claim, {status}: {claim.text}")
        )  # fmt: skip
        for link in claim.attribution:
            if link.source_span:
                marks.append(Mark(*link.source_span, "hl-source", f"source: {link.source}"))
            if link.cue_span:
                marks.append(Mark(*link.cue_span, "hl-cue", f"attribution cue: {link.cue}"))
    return marks


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """The text, escaped, with every mark wrapped around the pieces it covers."""
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    # longest first, so a claim wraps the entities inside it
    ordered = sorted(usable, key=lambda m: (m.start - m.end, m.start))
    pieces: list[Markup] = []
    for start, end in pairwise(cuts):
        covering = [m for m in ordered if m.start <= start and end <= m.end]
        # a link inside a link is invalid HTML: keep only the innermost anchor
        anchors = [m for m in covering if m.tag == "a"]
        covering = [m for m in covering if m.tag != "a" or m is anchors[-1]]
        piece = escape(text[start:end])
        for mark in reversed(covering):
            piece = mark.open() + piece + mark.close()
        pieces.append(piece)
    return Markup("").join(pieces)


def _css_word(value: str) -> str:
    return "".join(ch for ch in value.lower() if ch.isalnum() or ch == "-") or "none"
