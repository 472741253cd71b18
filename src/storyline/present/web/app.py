"""The web app: `create_app(settings)` builds it; `storyline serve` runs it with uvicorn.

One place turns exceptions into answers: a `StorylineError` becomes its `http_status` with its
`to_json()` body (JSON under /api, an error page elsewhere); a bad request becomes a 4xx with
the same JSON shape; anything else is a bug, logged with its traceback on the server and
answered with a plain 500 that shows no trace.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__
from storyline.errors import InputError, NotFound, StorylineError
from storyline.present.web import api, pages
from storyline.present.web.context import (
    STATIC,
    VENDOR,
    render,
    template_environment,
    vendor_status,
)
from storyline.present.web.security import SECURITY_HEADERS, Guard, check_bind
from storyline.settings import Settings

__all__ = ["create_app"]

log = logging.getLogger("storyline.web")

DESCRIPTION = """The Storyline dossier over HTTP: the same data as the command line.

State-changing requests (POST, PATCH) need a CSRF token: send the `storyline_csrf` cookie's
value in an `X-CSRF-Token` header (`GET /api/csrf` sets the cookie and returns the value). When
the server has an access token, send `Authorization: Bearer TOKEN` with every request; such
requests need no CSRF token. Errors are JSON: `{"error": code, "message": ..., "hint": ...}`.
"""


def create_app(settings: Settings) -> FastAPI:
    """The app over the store `settings.db`; refuses a non-loopback host without a token."""
    check_bind(settings)
    app = FastAPI(
        title="Storyline",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # the interactive docs load scripts from a CDN: not offline, not CSP-safe
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.templates = template_environment()
    app.state.vendor = vendor_status()
    app.add_middleware(Guard, settings=settings)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if app.state.vendor.available:
        app.mount("/vendor/vis-timeline", StaticFiles(directory=VENDOR), name="vendor")
    return app


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StorylineError, storyline_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "html" not in request.headers.get("accept", "")


def error_response(request: Request, status: int, error: StorylineError) -> Response:
    if wants_json(request):
        return JSONResponse(error.to_json(), status_code=status)
    return render(request, "error.html", status, error=error, status=status)


async def storyline_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StorylineError)
    if exc.http_status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(request, exc.http_status, exc)


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error.get('loc', ()))}: {error.get('msg', 'invalid')}"
        for error in exc.errors()
    )
    error = InputError(f"invalid request: {problems}", hint="see GET /api/openapi.json")
    return error_response(request, 422, error)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        error: StorylineError = NotFound(f"nothing at {request.url.path}", hint="check the address")
    else:
        error = InputError(str(exc.detail), hint=f"HTTP {exc.status_code}")
    return error_response(request, exc.status_code, error)


async def unexpected_error(request: Request, exc: Exception) -> Response:
    """A bug: the trace goes to the server log, never to the client."""
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    body = {"error": "SL000", "message": "internal error", "hint": "see the server log"}
    headers = {name.decode(): value.decode() for name, value in SECURITY_HEADERS}
    return JSONResponse(body, status_code=500, headers=headers)
