"""Exports by name. Each exporter turns the store (or one story of it) into one file's text.

Every format registers here like an outside one would: a name, the function, the media type
and the file extension a download gets. `EXPORTERS` (name -> function) is what the command line
and the docs test read; `FORMATS` adds what the web server needs to send a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storyline.errors import InputError
from storyline.present.export.csv_export import export_csv
from storyline.present.export.graphml import export_graphml
from storyline.present.export.ics import export_ics
from storyline.present.export.json_export import export_json
from storyline.present.export.markdown import export_markdown
from storyline.present.export.timelinejs import export_timelinejs
from storyline.store import Store

__all__ = ["EXPORTERS", "FORMATS", "ExportFormat", "export", "export_format"]

Exporter = Callable[[Store, str | None], str]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    export: Exporter
    media_type: str
    extension: str

    def filename(self, story_id: str | None) -> str:
        return f"storyline-{story_id or 'dossier'}.{self.extension}"


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", export_json, "application/json", "json"),
        ExportFormat("markdown", export_markdown, "text/markdown; charset=utf-8", "md"),
        ExportFormat("csv", export_csv, "text/csv; charset=utf-8", "csv"),
        ExportFormat("timelinejs", export_timelinejs, "application/json", "timeline.json"),
        ExportFormat("ics", export_ics, "text/calendar; charset=utf-8", "ics"),
        ExportFormat("graphml", export_graphml, "application/graphml+xml", "graphml"),
    )
}
EXPORTERS: dict[str, Exporter] = {name: f.export for name, f in FORMATS.items()}


def export_format(format_name: str) -> ExportFormat:
    if format_name not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"unknown export format {format_name!r}", hint=f"formats: {known}")
    return FORMATS[format_name]


def export(store: Store, format_name: str, *, story_id: str | None = None) -> str:
    """The text of one export; an unknown story id raises NotFound before anything is built."""
    exporter = export_format(format_name)
    if story_id is not None:
        store.get_story(story_id)
    return exporter.export(store, story_id)
