"""WARC archives (warcio): the HTML pages a crawl saved, as raw pages for the workers to parse.

Only `response` and `resource` records whose content is HTML become pages; request, metadata
and non-HTML records (images, scripts) are passed over without comment. A corrupt record is
reported with its byte offset and skipped: reading resumes at the next record header (the next
gzip member in a `.warc.gz`), so one bad record never costs the rest of the archive. Parsing the
HTML (trafilatura) is left to the workers, where it runs in parallel.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.ingest import SourceProblem

__all__ = ["RawPage", "read_warc"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = b"\nWARC/1."
_CHUNK = 1 << 20
_PAGE_RECORDS = ("response", "resource")


@dataclass(frozen=True, slots=True)
class RawPage:
    """An HTML page not yet parsed: where it came from, and its bytes."""

    source: str
    position: str | None
    html: bytes
    url: str | None = None
    charset: str | None = None


def read_warc(stream: BinaryIO, *, source: str) -> Iterator[RawPage | SourceProblem]:
    """Every HTML page of a WARC file, in order; a corrupt record is a problem, not the end.

    `stream` must be seekable (local files and fsspec files are) so that reading can resume
    after a corrupt record.
    """
    compressed = stream.read(3) == _GZIP_MAGIC
    stream.seek(0)
    start: int | None = 0
    while start is not None:
        stream.seek(start)
        records = ArchiveIterator(stream)
        try:
            for record in records:
                page = _page(record, source, records.offset)
                if page is not None:
                    yield page
            return
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as exc:
            offset = records.offset
            yield SourceProblem(source, f"offset {offset}", f"corrupt WARC record ({exc})".strip())
            start = _next_record(stream, offset + 1, _GZIP_MAGIC if compressed else _WARC_START)


def _page(record: object, source: str, offset: int) -> RawPage | None:
    if record.rec_type not in _PAGE_RECORDS:  # type: ignore[attr-defined]
        return None
    headers = record.http_headers  # type: ignore[attr-defined]
    content_type = (
        headers.get_header("Content-Type")
        if headers is not None
        else record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    ) or ""
    if headers is not None and not headers.get_statuscode().startswith("2"):
        return None
    html = record.content_stream().read()  # type: ignore[attr-defined]
    if "html" not in content_type.lower() and (content_type or not html.lstrip().startswith(b"<")):
        return None  # not a page: an image, a script, a feed
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    return RawPage(source, f"offset {offset}", html, url, _charset(content_type))


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _next_record(stream: BinaryIO, start: int, marker: bytes) -> int | None:
    """Where the next record begins at or after `start`: None at the end of the stream."""
    stream.seek(start)
    carry = b""
    at = start
    while chunk := stream.read(_CHUNK):
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            position = at - len(carry) + found
            return position + 1 if marker == _WARC_START else position
        carry = window[-len(marker) :]
        at += len(chunk)
    return None
