"""HTML pages through trafilatura: main text, headings, title, author, date, site name.

trafilatura already repairs malformed markup and strips boilerplate; this module only maps its
result onto a `Document` and says clearly when a page has no article text at all.
"""

from __future__ import annotations

import re

import trafilatura

from storyline.errors import InputError
from storyline.ingest.normalize import normalize
from storyline.ingest.text import article_id, lede_of, paragraphs_of
from storyline.model import Document

__all__ = ["looks_like_html", "parse_html"]

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def parse_html(html: str, *, source: str, url: str | None = None) -> Document:
    """One article from one page; a page with no extractable text is an InputError."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_recall=True
    )
    if result is None or not (result.text or "").strip():
        raise InputError(
            f"{source}: no article text found in the HTML",
            hint="the page may be empty, script-only or not an article; save it as text instead",
        )
    title = _clean(result.title)
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    if title and lines and lines[0] == title and len(lines) > 1:
        lines = lines[1:]
    original = "\n\n".join(lines)
    text, offsets = normalize(original)
    paragraphs = paragraphs_of(text)
    headings = _headings(result, title)
    body = tuple(p for p in paragraphs if p not in headings)
    return Document(
        id=article_id(text),
        kind="article",
        text=text,
        title=title,
        outlet=_clean(result.sitename),
        author=_clean(result.author),
        published=result.date or None,
        url=url or result.url or None,
        lede=lede_of(body),
        headings=headings,
        paragraphs=body,
        original=original,
        offsets=offsets,
        date_reason="page metadata (trafilatura/htmldate)" if result.date else None,
        source=source,
    )


def _headings(result: trafilatura.settings.Document, title: str | None) -> tuple[str, ...]:
    if result.body is None:
        return ()
    found = (
        normalize(" ".join("".join(h.itertext()).split()))[0] for h in result.body.iter("head")
    )
    return tuple(h for h in found if h and h != title)


def _clean(value: str | None) -> str | None:
    return normalize(" ".join(value.split()))[0] if value and value.strip() else None
