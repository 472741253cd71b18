"""The web server's defences, in one place: every page shows hostile article text.

- Binding: loopback by default; another address only with an access token (`check_bind`).
- Access token: when set, every request must carry it (`Authorization: Bearer T`, or the cookie
  a browser gets by opening any page once with `?token=T`).
- Host header: without a token only loopback names are served, so a DNS-rebinding page cannot
  talk to the server through a name of its own.
- CSRF: a double-submit cookie. Every state-changing request carries the cookie's value in a
  form field or an `X-CSRF-Token` header; a cross-site page can send the cookie but cannot read
  it. A request authenticated by an `Authorization` header needs no CSRF token (a cross-site
  page cannot set that header).
- Headers: a strict Content-Security-Policy (no inline script or style, nothing from elsewhere),
  no sniffing, no framing, no referrer.
- Body size: a request body larger than `max_bytes` plus a margin for form fields is refused
  with 413 before it is parsed.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import Request

from storyline.errors import ConfigError, InputError
from storyline.settings import Settings

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SECURITY_HEADERS",
    "BodyTooLarge",
    "Forbidden",
    "Guard",
    "Unauthorized",
    "check_bind",
    "csrf_token",
    "require_csrf",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "storyline_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
TOKEN_COOKIE = "storyline_token"
FORM_MARGIN = 64 * 1024  # multipart boundaries and the small form fields next to a file
LOOPBACK_HINT = "open the server as http://127.0.0.1:PORT, or start it with --token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


class Unauthorized(InputError):
    """The server has an access token and the request did not carry it."""

    http_status = 401
    hint = "send `Authorization: Bearer TOKEN`, or open the page once with ?token=TOKEN"


class Forbidden(InputError):
    """A state-changing request without the CSRF token, or from another site or host name."""

    http_status = 403
    hint = "reload the page and submit the form again"


class BodyTooLarge(InputError):
    """An upload or form larger than the server accepts."""

    http_status = 413
    hint = "the limit is the max_bytes setting; add large archives with `storyline add`"


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(settings: Settings) -> None:
    """Refuse to serve beyond this machine without an access token."""
    if not is_loopback(settings.host) and not settings.token:
        raise ConfigError(
            f"refusing to listen on {settings.host} without an access token",
            hint="set --token (or STORYLINE_TOKEN), or bind 127.0.0.1",
        )


def csrf_token(request: Request) -> str:
    """The CSRF token of this browser (the cookie's value; `Guard` makes one when missing)."""
    return request.scope.get("state", {}).get("csrf", "")


async def require_csrf(request: Request) -> None:
    """A FastAPI dependency for every state-changing route."""
    settings: Settings = request.app.state.settings
    if settings.token and _bearer(request.headers.get("authorization", "")) is not None:
        return  # Guard already checked it; a cross-site page cannot set this header
    _check_origin(request)
    expected = request.cookies.get(CSRF_COOKIE, "")
    given = request.headers.get(CSRF_HEADER, "")
    if not given and "form" in request.headers.get("content-type", ""):
        value = (await request.form()).get(CSRF_FIELD, "")
        given = value if isinstance(value, str) else ""
    if not expected or not hmac.compare_digest(expected.encode(), given.encode()):
        raise Forbidden(
            "missing or wrong CSRF token",
            hint=f"send the {CSRF_COOKIE} cookie's value as {CSRF_FIELD} or X-CSRF-Token "
            "(GET /api/csrf gives one)",
        )


def _check_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return
    if urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower():
        raise Forbidden(f"cross-site request from {origin} refused")


def _bearer(value: str) -> str | None:
    scheme, _, credential = value.partition(" ")
    return credential.strip() if scheme.lower() == "bearer" else None


@dataclass(frozen=True, slots=True)
class Refusal:
    """A request answered by `Guard` itself: an error, or the redirect that sets the token."""

    status: int
    error: InputError | None
    headers: tuple[tuple[bytes, bytes], ...] = ()


class Guard:
    """Pure ASGI middleware: host and token checks, body limit, CSRF cookie, security headers."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.settings = settings
        self.limit = settings.max_bytes + FORM_MARGIN

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        cookies = _cookies(headers.get("cookie", ""))
        refusal = self._refusal(scope, headers, cookies)
        chunked = "content-length" not in headers and scope["method"] in UNSAFE_METHODS
        if refusal is None and chunked:
            receive, refusal = await self._buffered(receive)
        if refusal is not None:
            await _respond(send, refusal)
            return
        csrf = cookies.get(CSRF_COOKIE, "")
        fresh = len(csrf) < 32
        if fresh:
            csrf = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf"] = csrf
        cookie = _set_cookie(CSRF_COOKIE, csrf) if fresh else None
        await self.app(scope, receive, _with_headers(send, cookie))

    def _refusal(
        self, scope: Scope, headers: dict[str, str], cookies: dict[str, str]
    ) -> Refusal | None:
        host = _host_name(headers.get("host", ""))
        if not self.settings.token and host and not is_loopback(host):
            return Refusal(403, Forbidden(f"host name {host!r} is not served", hint=LOOPBACK_HINT))
        if self.settings.token:
            refusal = self._token_refusal(scope, headers, cookies)
            if refusal is not None:
                return refusal
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            return Refusal(413, BodyTooLarge(f"request body of {length} bytes is too large"))
        return None

    def _token_refusal(
        self, scope: Scope, headers: dict[str, str], cookies: dict[str, str]
    ) -> Refusal | None:
        token = self.settings.token.encode()
        bearer = _bearer(headers.get("authorization", ""))
        if bearer is not None:
            if hmac.compare_digest(bearer.encode(), token):
                return None
            return Refusal(401, Unauthorized("wrong access token"))
        if hmac.compare_digest(cookies.get(TOKEN_COOKIE, "").encode(), token):
            return None
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        given = dict(query).get("token", "")
        if scope["method"] == "GET" and hmac.compare_digest(given.encode(), token):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            cookie = _set_cookie(TOKEN_COOKIE, self.settings.token)
            return Refusal(303, None, ((b"location", location.encode("latin-1")), cookie))
        return Refusal(401, Unauthorized("this server needs an access token"))

    async def _buffered(self, receive: Receive) -> tuple[Receive, Refusal | None]:
        """A body sent without Content-Length (chunked) is read up to the limit, then replayed."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                return receive, Refusal(413, BodyTooLarge(f"request body over {self.limit} bytes"))
            if not message.get("more_body", False):
                break
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed() -> Message:
            return replay.pop() if replay else await receive()

        return replayed, None


def _host_name(header: str) -> str:
    """The name of a Host header without its port (`[::1]:8000` -> `[::1]`)."""
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0]


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _set_cookie(name: str, value: str) -> tuple[bytes, bytes]:
    cookie = f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"
    return b"set-cookie", cookie.encode("latin-1")


def _with_headers(send: Send, cookie: tuple[bytes, bytes] | None) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {name.lower() for name, _ in headers}
            headers += [h for h in SECURITY_HEADERS if h[0] not in present]
            if cookie is not None:
                headers.append(cookie)
            message["headers"] = headers
        await send(message)

    return sending


async def _respond(send: Send, refusal: Refusal) -> None:
    """Answer a refused request at once, as JSON (the pages would need what was refused)."""
    body = json.dumps(refusal.error.to_json()).encode() if refusal.error else b""
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS,
        *refusal.headers,
    ]
    await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
