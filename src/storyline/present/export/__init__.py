"""Exports by name. Each exporter turns the store (or one story of it) into one file's text."""

from __future__ import annotations

from collections.abc import Callable

from storyline.errors import InputError
from storyline.present.export.json_export import export_json
from storyline.store import Store

__all__ = ["EXPORTERS", "export"]

Exporter = Callable[[Store, str | None], str]

EXPORTERS: dict[str, Exporter] = {"json": export_json}


def export(store: Store, format_name: str, *, story_id: str | None = None) -> str:
    if format_name not in EXPORTERS:
        known = ", ".join(sorted(EXPORTERS))
        raise InputError(f"unknown export format {format_name!r}", hint=f"formats: {known}")
    return EXPORTERS[format_name](store, story_id)
