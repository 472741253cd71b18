"""Which reader a source needs: a path (file or folder), an http(s) URL, or `-` for stdin.

Content decides, not names alone: a `.txt` file holding RSS is read as a feed, and a URL
serving text/plain is read as a saved page.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from storyline.errors import InputError, NotFound
from storyline.ingest.archive import looks_like_jsonl, read_jsonl
from storyline.ingest.feeds import looks_like_feed, parse_feed
from storyline.ingest.fetch import DEFAULT_LIMITS, Fetched, IngestLimits, check_url, fetch
from storyline.ingest.html import looks_like_html, parse_html
from storyline.ingest.normalize import decode_bytes, sniff_binary
from storyline.ingest.problems import SourceProblem
from storyline.ingest.text import parse_saved_page
from storyline.model import Document

__all__ = ["read_bytes", "read_source"]

Item = Document | SourceProblem
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_source(source: str, *, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Documents (an article before its notes) and per-record problems, in source order.

    A missing path or a non-http(s) URL raises at once; reading (and fetching) happens as the
    iterator is consumed, so other errors surface then.
    """
    if source == "-":
        return read_bytes(_read_stdin(limits), source="<stdin>", limits=limits)
    path = Path(source)
    if _SCHEME.match(source) and not path.exists():
        check_url(source, replace(limits, allow_private=True))  # scheme now; addresses on fetch
        return _read_url(source, limits)
    if not path.exists():
        raise NotFound(f"{source}: no such file or folder", hint="check the path")
    return _read_folder(path, limits) if path.is_dir() else _read_file(path, limits)


def read_bytes(
    data: bytes,
    *,
    source: str,
    suffix: str = "",
    content_type: str = "",
    charset: str | None = None,
    url: str | None = None,
    limits: IngestLimits = DEFAULT_LIMITS,
) -> Iterator[Item]:
    """Pick the reader by content (feed, HTML, JSONL, saved page), helped by name and type."""
    if not data.strip():
        raise InputError(f"{source}: is empty", hint="nothing to add; check the file")
    sniff_binary(data, source)
    if looks_like_feed(data) or "rss" in content_type or "atom" in content_type:
        yield from parse_feed(
            data, source=source, fetch_page=lambda link: _fetch_page(link, limits)
        )
        return
    text = decode_bytes(data, source, declared=charset or _meta_charset(data))
    if not text.strip(" \t\r\n\x00\ufeff"):
        raise InputError(f"{source}: is empty", hint="nothing to add; check the file")
    if suffix in _HTML_SUFFIXES or "html" in content_type or looks_like_html(text):
        yield parse_html(text, source=source, url=url)
    elif suffix in _JSONL_SUFFIXES or looks_like_jsonl(text):
        yield from read_jsonl(text.splitlines(), source=source)
    else:
        yield from parse_saved_page(text, source=source, url=url)


def _read_file(path: Path, limits: IngestLimits) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputError(
                f"{source}: {size} bytes is over the {limits.max_bytes}-byte cap",
                hint="split the file or raise the size limit",
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(
            f"{source}: permission denied", hint="check the file's permissions"
        ) from exc
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})", hint="check the file") from exc
    yield from read_bytes(data, source=source, suffix=path.suffix.lower(), limits=limits)


def _read_folder(folder: Path, limits: IngestLimits) -> Iterator[Item]:
    """Every visible file below `folder`, sorted; one bad file is a problem, not the end."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            path = Path(root) / name
            try:
                yield from _read_file(path, limits)
            except (InputError, NotFound) as exc:
                yield SourceProblem.from_error(str(path), None, exc)


def _read_url(url: str, limits: IngestLimits) -> Iterator[Item]:
    fetched = fetch(url, limits)
    yield from _read_fetched(fetched, url, limits)


def _read_fetched(fetched: Fetched, source: str, limits: IngestLimits) -> Iterator[Item]:
    yield from read_bytes(
        fetched.data,
        source=source,
        content_type=fetched.content_type,
        charset=fetched.charset,
        url=fetched.url,
        limits=limits,
    )


def _fetch_page(link: str, limits: IngestLimits) -> Document:
    """A feed entry's linked page, read as one article."""
    fetched = fetch(link, limits)
    for item in _read_fetched(fetched, link, limits):
        if isinstance(item, Document):
            return item
    raise InputError(f"{link}: the linked page has no article text", hint="skip the entry")


def _read_stdin(limits: IngestLimits) -> bytes:
    data = sys.stdin.buffer.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputError(
            f"<stdin>: over the {limits.max_bytes}-byte cap",
            hint="split the input or raise the limit",
        )
    return data


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
