"""RSS and Atom feeds through feedparser: each entry is one article.

An entry with a body (content or summary) is read as it is; an entry with only a link has the
link fetched and read as HTML. A failing entry is reported and the rest of the feed goes on.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from html.parser import HTMLParser

import feedparser

from storyline.errors import InputError, NotFound
from storyline.ingest.normalize import normalize
from storyline.ingest.problems import SourceProblem
from storyline.ingest.text import article_id, lede_of, paragraphs_of
from storyline.model import Document

__all__ = ["looks_like_feed", "parse_feed"]

_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:[A-Za-z0-9_-]+:)?(?:rss|feed|RDF)\b",
    re.DOTALL,
)
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
}


FetchPage = Callable[[str], Document]


def looks_like_feed(data: bytes) -> bool:
    """RSS, Atom or RDF by the root element, whatever the file is called."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_FEED_ROOT.match(head))


def parse_feed(
    data: bytes, *, source: str, fetch_page: FetchPage | None = None
) -> Iterator[Document | SourceProblem]:
    """Entries in feed order; `fetch_page` reads the link of an entry that has no body."""
    parsed = feedparser.parse(data)
    usable = [entry for entry in parsed.entries if entry.get("link") or _body(entry).strip()]
    if parsed.get("bozo") and not usable:
        raise InputError(
            f"{source}: not a readable feed ({parsed.get('bozo_exception')})",
            hint="check that the file is RSS or Atom XML",
        )
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        position = f"entry {number}"
        try:
            yield _entry(entry, outlet=outlet, source=source, fetch_page=fetch_page)
        except (InputError, NotFound) as exc:
            yield SourceProblem.from_error(source, position, exc)


def _entry(
    entry: feedparser.FeedParserDict,
    *,
    outlet: str | None,
    source: str,
    fetch_page: FetchPage | None,
) -> Document:
    link = entry.get("link") or None
    title = _clean(entry.get("title"))
    author = _clean(entry.get("author_detail", {}).get("name") or entry.get("author"))
    published = _when(entry)
    reason = "feed entry date" if published else None
    original = _body(entry).strip()
    if not original:
        if not (link and fetch_page):
            raise InputError(f"{source}: entry has neither text nor a link", hint="skip it")
        page = fetch_page(link)  # the page's own metadata fills what the entry lacks
        return replace(
            page,
            title=title or page.title,
            outlet=outlet or page.outlet,
            author=author or page.author,
            published=published or page.published,
            date_reason=reason or page.date_reason,
            url=link,
            source=source,
        )
    text, offsets = normalize(original)
    paragraphs = paragraphs_of(text)
    return Document(
        id=article_id(text),
        kind="article",
        text=text,
        title=title,
        outlet=outlet,
        author=author,
        published=published,
        url=link,
        lede=lede_of(paragraphs),
        paragraphs=paragraphs,
        original=original,
        offsets=offsets,
        date_reason=reason,
        source=source,
    )


def _body(entry: feedparser.FeedParserDict) -> str:
    parts = entry.get("content") or []
    value = parts[0].get("value", "") if parts else entry.get("summary", "")
    return _html_text(value) if "<" in value else value


def _when(entry: feedparser.FeedParserDict) -> str | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M", parsed)


def _clean(value: str | None) -> str | None:
    return normalize(" ".join(value.split()))[0] if value and value.strip() else None


class _TextOf(HTMLParser):
    """Feed bodies are HTML fragments: keep the words, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(fragment: str) -> str:
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    blocks = ("".join(parser.parts)).split("\n\n")
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())
