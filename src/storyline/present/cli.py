"""The `storyline` command. Thin: each command opens the store and calls the workflow.

User errors (`StorylineError`) are caught once, in `StorylineGroup`, and printed as one line
with a hint; the exit code is 1 and no traceback is shown.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from storyline import workflow
from storyline.errors import InputError, StorylineError
from storyline.model import Document
from storyline.present import dossier
from storyline.present.export import EXPORTERS, export
from storyline.present.shapes import document_json, search_hit_json
from storyline.settings import Settings, build_settings
from storyline.store import Store, open_store

__all__ = ["main"]

stdout = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class StorylineGroup(click.Group):
    """Turns every `StorylineError` into one clear line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StorylineError as exc:
            stderr.print(f"[bold red]error {exc.code}[/]: {exc.message}", markup=True)
            if exc.hint:
                stderr.print(f"  hint: {exc.hint}", markup=False)
            sys.exit(1)


@click.group(cls=StorylineGroup)
@click.version_option(package_name="storyline")
def main() -> None:
    """Storyline: turn saved articles and dated notes into a living dossier."""


def store_command(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--db` and `--json`, build the settings, and hand the command an open store."""

    @click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
    @click.option(
        "--db",
        envvar="STORYLINE_DB",
        default=None,
        help="SQLite file or postgresql:// URL [default: $STORYLINE_DB, else ./storyline.db].",
    )
    @functools.wraps(func)
    def wrapper(db: str | None, **kwargs: Any) -> Any:
        settings = build_settings({"db": db})
        with opened(settings) as store:
            return func(store=store, settings=settings, **kwargs)

    return wrapper


@contextmanager
def opened(settings: Settings) -> Iterator[Store]:
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--all-or-nothing",
    is_flag=True,
    help="Import nothing when any record (a bad JSONL line, an unreadable file) fails.",
)
@store_command
def add(
    store: Store, settings: Settings, sources: tuple[str, ...], all_or_nothing: bool, as_json: bool
) -> None:
    """Add files, folders, URLs or feeds, or standard input (-). Prints one id per document."""
    with adding_progress() as on_document:
        result = workflow.add_sources(
            store,
            sources,
            workflow.ingest_limits(settings),
            all_or_nothing=all_or_nothing,
            on_document=on_document,
        )
    for problem in result.problems:
        stderr.print(f"skipped {problem}", markup=False)
    if as_json:
        print_json([{"id": doc_id, "created": created} for doc_id, created in result.documents])
    else:
        for doc_id in result.ids:
            click.echo(doc_id)
    if not result.documents and result.problems:
        raise InputError("nothing was imported", hint="see the problems listed above")


@contextmanager
def adding_progress() -> Iterator[Callable[[Document, bool], None]]:
    """A progress bar on a terminal; silent when output is piped."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )
    with progress:
        task = progress.add_task("", total=None)

        def advance(document: Document, created: bool) -> None:
            label = (document.title or document.id)[:50]
            progress.update(task, advance=1, description=("new " if created else "had ") + label)

        yield advance


@main.command()
@click.argument("doc_id")
@click.argument("text", required=False)
@click.option("--date", "date", help="The note's date, YYYY-MM-DD (or start the text with it).")
@click.option("--file", "file", type=click.File("r", encoding="utf-8"), help="Read the note text.")
@store_command
def note(
    store: Store,
    settings: Settings,
    doc_id: str,
    text: str | None,
    date: str | None,
    file: Any,
    as_json: bool,
) -> None:
    """Attach a dated note to a document: TEXT, or --file F (- for standard input)."""
    if (text is None) == (file is None):
        raise InputError("give the note as TEXT or with --file, not both or neither")
    stored, _created = workflow.add_note(store, doc_id, text or file.read(), date=date)
    if as_json:
        print_json(document_json(stored))
    else:
        click.echo(stored.id)


@main.command(name="list")
@click.option("--kind", type=click.Choice(["article", "note"]), help="Only this kind.")
@store_command
def list_documents(store: Store, settings: Settings, kind: str | None, as_json: bool) -> None:
    """List documents, oldest first."""
    documents = store.documents(kind=kind)
    if as_json:
        print_json([document_json(stored, with_text=False) for stored in documents])
    else:
        stdout.print(dossier.documents_table(documents))


@main.command()
@click.argument("doc_id")
@store_command
def show(store: Store, settings: Settings, doc_id: str, as_json: bool) -> None:
    """Show a document with its notes (ID may be a unique prefix)."""
    stored = store.get_document(doc_id)
    notes = store.notes_of(stored.id)
    if as_json:
        data = document_json(stored)
        data["notes"] = [document_json(note) for note in notes]
        print_json(data)
    else:
        stdout.print(dossier.document_panel(stored, notes))


@main.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="Most hits to show.")
@store_command
def search(store: Store, settings: Settings, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles, bodies and notes."""
    hits = store.search(query, limit=limit)
    if as_json:
        print_json([search_hit_json(hit) for hit in hits])
    else:
        stdout.print(dossier.search_table(query, hits))


@main.command(name="export")
@click.option(
    "--format",
    "format_name",
    required=True,
    type=click.Choice(sorted(EXPORTERS)),
    help="Export format.",
)
@click.option("--story", "story_id", help="Only this story.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File.")
@store_command
def export_command(
    store: Store,
    settings: Settings,
    format_name: str,
    story_id: str | None,
    output: Path | None,
    as_json: bool,
) -> None:
    """Export the dossier (or one story) to a file or standard output."""
    text = export(store, format_name, story_id=story_id)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from exc
    stderr.print(f"wrote {output}", markup=False)


@main.command(name="dossier")
@store_command
def dossier_command(store: Store, settings: Settings, as_json: bool) -> None:
    """Print the whole dossier: documents with their notes."""
    if as_json:
        click.echo(export(store, "json"), nl=False)
    else:
        dossier.print_dossier(stdout, store)
