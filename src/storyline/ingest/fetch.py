"""Fetch one URL with httpx, defensively: http(s) only, bounded redirects, a timeout, a size cap
(streamed, so a huge body is never held), a content-type check, and optionally no private
addresses (the web server must not let a request reach the machine's own network).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from storyline.errors import InputError, NotFound

__all__ = ["ALLOWED_TYPES", "DEFAULT_LIMITS", "Fetched", "IngestLimits", "check_url", "fetch"]

ALLOWED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/plain",
)
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True, slots=True)
class IngestLimits:
    """How much a source may cost: bytes, seconds, redirects, and whether private hosts are ok."""

    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 10.0
    max_redirects: int = 5
    allow_private: bool = True


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    data: bytes
    content_type: str
    charset: str | None


def check_url(url: str, limits: IngestLimits) -> None:
    """Refuse other schemes, and (unless allowed) hosts that resolve to private addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(
            f"{url}: only http and https URLs can be fetched (not {parts.scheme or 'no scheme'}:)",
            hint="save the page to a file and add the file",
        )
    if not parts.hostname:
        raise InputError(f"{url}: the URL has no host", hint="check the URL")
    if not limits.allow_private:
        for address in _resolve(parts.hostname, parts.port, url):
            if not address.is_global:
                raise InputError(
                    f"{url}: {parts.hostname} resolves to a private address ({address})",
                    hint="only public hosts can be fetched here",
                )


def _resolve(
    host: str, port: int | None, url: str
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(
            f"{url}: cannot resolve host {host!r}", hint="check the URL and the network"
        ) from exc
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


DEFAULT_LIMITS = IngestLimits()


def fetch(url: str, limits: IngestLimits = DEFAULT_LIMITS) -> Fetched:
    """GET `url`, following at most `limits.max_redirects` redirects, each one checked again."""
    timeout = httpx.Timeout(limits.timeout)
    headers = {"User-Agent": "storyline/0.1 (+offline news story tracker)"}
    with httpx.Client(timeout=timeout, headers=headers, follow_redirects=False) as client:
        for _ in range(limits.max_redirects + 1):
            check_url(url, limits)
            location = _get(client, url, limits)
            if isinstance(location, Fetched):
                return location
            url = location
    raise InputError(
        f"{url}: more than {limits.max_redirects} redirects",
        hint="the site may loop; try the final URL",
    )


def _get(client: httpx.Client, url: str, limits: IngestLimits) -> Fetched | str:
    """The fetched page, or the next URL when the answer is a redirect."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            _check_status(response, url)
            content_type = _check_type(response, url)
            data = _read_capped(response, url, limits.max_bytes)
            return Fetched(str(response.url), data, content_type, response.charset_encoding)
    except httpx.TimeoutException as exc:
        raise InputError(
            f"{url}: timed out after {limits.timeout:g} s", hint="try again later"
        ) from exc
    except httpx.ConnectError as exc:
        raise InputError(
            f"{url}: cannot connect ({exc})", hint="check the URL and that the site is reachable"
        ) from exc
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: fetch failed ({exc})", hint="check the URL") from exc


def _check_status(response: httpx.Response, url: str) -> None:
    if response.status_code in (404, 410):
        raise NotFound(
            f"{url}: the server says {response.status_code} (not found)", hint="check the URL"
        )
    if response.status_code >= 400 or response.status_code in _REDIRECTS:
        raise InputError(f"{url}: the server answered {response.status_code}", hint="check the URL")


def _check_type(response: httpx.Response, url: str) -> str:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in ALLOWED_TYPES:
        raise InputError(
            f"{url}: content type {content_type} is not a page, feed or text",
            hint="storyline fetches HTML, XHTML, RSS/Atom/XML feeds and plain text",
        )
    return content_type


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(
            f"{url}: {declared} bytes is over the {max_bytes}-byte cap", hint=_CAP_HINT
        )
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: the body is over the {max_bytes}-byte cap", hint=_CAP_HINT)
        chunks.append(chunk)
    return b"".join(chunks)


_CAP_HINT = "raise the size limit if the page is really this big"
