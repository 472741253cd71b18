"""What every route needs from the running app: the settings, a store, the templates.

SQLite connections belong to the thread that opened them, and FastAPI runs sync dependencies
and endpoints on different worker threads, so a route opens its store itself, for the length
of the request, with `request_store`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from storyline import __version__
from storyline.model import CLAIM_STATUSES, MODALITIES
from storyline.present.export import FORMATS
from storyline.present.web.security import csrf_token
from storyline.settings import Settings
from storyline.store import Store, open_store

__all__ = [
    "STATIC",
    "VENDOR",
    "Vendor",
    "render",
    "request_settings",
    "request_store",
    "snippet_html",
    "template_environment",
    "vendor_status",
]

_HIT = re.compile(r"\[([^\[\]<>]*)\]")
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
NODE_MODULES = HERE / "node_modules"
VENDOR = NODE_MODULES / "vis-timeline"
VENDOR_FILES = ("standalone/umd/vis-timeline-graph2d.min.js", "styles/vis-timeline-graph2d.min.css")


class Vendor:
    """Whether the timeline library is installed, and if not, what to do about it."""

    def __init__(self, root: Path = VENDOR):
        missing = [name for name in VENDOR_FILES if not (root / name).is_file()]
        self.available = not missing
        self.reason = (
            ""
            if self.available
            else "the vis-timeline package is not installed (run `bash scripts/bootstrap.sh`, "
            "or `npm ci` in src/storyline/present/web): the timeline is shown as a list"
        )


def vendor_status() -> Vendor:
    return Vendor()


def request_settings(request: Request) -> Settings:
    return request.app.state.settings


@contextmanager
def request_store(request: Request) -> Iterator[Store]:
    """A store opened for this request, on this thread, closed when the request is done."""
    store = open_store(request_settings(request).db)
    try:
        yield store
    finally:
        store.close()


def template_environment() -> jinja2.Environment:
    """Jinja2 with autoescaping on for every template, whatever its name."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["snippet"] = snippet_html
    environment.globals.update(
        zip=zip,
        version=__version__,
        statuses=CLAIM_STATUSES,
        modalities=MODALITIES,
        export_formats=sorted(FORMATS),
    )
    return environment


def snippet_html(snippet: str) -> Markup:
    """A search snippet, escaped, with the store's `[hit]` markers turned into <mark>."""
    return Markup(_HIT.sub(r"<mark>\1</mark>", str(escape(snippet))))


def render(request: Request, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    environment: jinja2.Environment = request.app.state.templates
    page = environment.get_template(template).render(
        request=request,
        csrf_token=csrf_token(request),
        today=date.today().isoformat(),
        vendor=request.app.state.vendor,
        **values,
    )
    return HTMLResponse(page, status_code=status_code)
