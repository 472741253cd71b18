"""The web UI and JSON API (FastAPI): `create_app(settings)`; `storyline serve` runs it."""

from storyline.present.web.app import create_app

__all__ = ["create_app"]
