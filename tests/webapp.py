"""Helpers for the web tests: a store seeded through `workflow`, and a client over the real app.

The client talks to `http://127.0.0.1` (the host names a token-less server accepts) and knows
how to fetch the CSRF token the way a browser page would.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from storyline import workflow
from storyline.present.web import create_app
from storyline.settings import Settings
from storyline.store import open_store

BASE = "http://127.0.0.1"


def seed_store(path: Path, sources: list[str]) -> Path:
    """A SQLite file holding these sources, added (and analyzed, tracked) by the workflow."""
    store = open_store(str(path))
    try:
        limits = workflow.ingest_limits(Settings())
        workflow.add_sources(store, sources, limits)
    finally:
        store.close()
    return path


def copy_store(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


def client_for(db: Path, **settings: Any) -> TestClient:
    app = create_app(Settings(db=str(db), **settings))
    return TestClient(app, base_url=BASE, raise_server_exceptions=False)


def csrf(client: TestClient) -> str:
    """The CSRF token, as a page or `GET /api/csrf` hands it out (the cookie comes along)."""
    return client.get("/api/csrf").json()["csrf_token"]
