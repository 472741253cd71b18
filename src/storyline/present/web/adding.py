"""Adding documents from a web request: pasted text, uploaded files, or one URL or feed.

The same rules for the page and the API. A URL must be http(s) (a path typed into the box is
never read from the server's disk) and, unless the operator allows it, must not reach loopback
or private addresses: checked here before fetching, and again by the fetcher at every redirect.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import UploadFile

from storyline import workflow
from storyline.errors import InputError
from storyline.ingest.fetch import check_url
from storyline.present.web.security import BodyTooLarge
from storyline.settings import Settings
from storyline.store import Store

__all__ = ["add_from_request", "read_uploads"]

PASTED = "pasted.txt"


async def read_uploads(
    files: Sequence[UploadFile] | None, max_bytes: int
) -> list[tuple[str, bytes]]:
    """(file name, content) of each non-empty upload; one over `max_bytes` is refused."""
    uploads = []
    for upload in files or ():
        data = await upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise BodyTooLarge(f"{upload.filename}: larger than {max_bytes} bytes")
        if upload.filename and data:
            uploads.append((upload.filename, data))
    return uploads


def add_from_request(
    store: Store,
    settings: Settings,
    *,
    text: str | None,
    url: str | None,
    uploads: Sequence[tuple[str, bytes]],
) -> workflow.AddResult:
    """Add exactly one kind of source; problems with single records come back in the result."""
    text, url = (text or "").strip(), (url or "").strip()
    given = [kind for kind, value in (("text", text), ("url", url), ("file", uploads)) if value]
    if len(given) != 1:
        raise InputError(
            "give exactly one of: pasted text, files, or a URL",
            hint=f"this request had {', '.join(given) or 'none'}",
        )
    limits = workflow.ingest_limits(settings, allow_private=settings.allow_private_urls)
    if url:
        check_url(url, limits)
        return workflow.add_sources(store, [url], limits)
    if text:
        data = text.encode("utf-8")
        if len(data) > settings.max_bytes:
            raise BodyTooLarge(f"pasted text larger than {settings.max_bytes} bytes")
        return workflow.add_bytes(store, data, name=PASTED, limits=limits)
    results = [workflow.add_bytes(store, data, name=name, limits=limits) for name, data in uploads]
    return workflow.AddResult(
        tuple(item for result in results for item in result.documents),
        tuple(item for result in results for item in result.problems),
        tuple(item for result in results for item in result.reports),
    )
