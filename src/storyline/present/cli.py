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
from storyline.model import CLAIM_STATUSES, Document, Story, to_json
from storyline.present import dossier
from storyline.present.export import EXPORTERS, export
from storyline.present.shapes import (
    claim_json,
    document_json,
    entity_json,
    entry_json,
    search_hit_json,
    story_json,
)
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
    stored, _created, _report = workflow.add_note(store, doc_id, text or file.read(), date=date)
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
    claims = store.claims(doc_id=stored.id)
    if as_json:
        data = document_json(stored)
        data["notes"] = [document_json(note) for note in notes]
        data["claims"] = [claim_json(record) for record in claims]
        data["novelty"] = to_json(workflow.what_is_new(store, stored.id))
        print_json(data)
    else:
        stdout.print(dossier.document_panel(stored, notes))
        settled = workflow.settled_by(store, stored)
        if claims or settled:
            stdout.print(dossier.novelty_table(claims, settled))


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


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the default is a summary).")
def analyze(sources: tuple[str, ...], as_json: bool) -> None:
    """Analyze documents without storing them: entities, time expressions, claims, events."""
    settings = build_settings({})
    results = workflow.analyze_sources(sources, workflow.ingest_limits(settings))
    if not as_json:
        for document, analysis in results:
            stdout.print(dossier.analysis_panel(document, analysis))
        return
    payload = [{"document": to_json(doc), **to_json(analysis)} for doc, analysis in results]
    print_json(payload[0] if len(sources) == 1 and len(payload) == 1 else payload)


@main.command()
@click.option("--dct", required=True, help="Document creation time: YYYY-MM-DD[THH:MM].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the default is a table).")
def timex(dct: str, as_json: bool) -> None:
    """Tag and normalize the time expressions of standard input against a creation time."""
    from storyline.analyze.timex import parse_dct, tag_timexes

    anchor = parse_dct(dct)
    found = tag_timexes(sys.stdin.read(), anchor)
    if as_json:
        print_json({"dct": anchor.isoformat(timespec="minutes"), "timexes": to_json(found)})
    else:
        stdout.print(dossier.timex_table(found))


@main.command()
@store_command
def stories(store: Store, settings: Settings, as_json: bool) -> None:
    """List stories, most recently active first, with their claim counts."""
    found = store.stories()
    if as_json:
        print_json([story_json(story) for story in found])
    else:
        stdout.print(dossier.stories_table(found))


@main.command()
@click.option("--story", "story_id", help="Only this story.")
@store_command
def timeline(store: Store, settings: Settings, story_id: str | None, as_json: bool) -> None:
    """The merged timeline: one entry per happening, with all its sources."""
    entries = store.timeline(story_id=story_id)
    if as_json:
        print_json([entry_json(entry) for entry in entries])
    else:
        stdout.print(dossier.timeline_table(entries))


@main.command()
@click.option("--story", "story_id", help="Only this story.")
@click.option("--status", type=click.Choice(CLAIM_STATUSES), help="Only claims with this status.")
@store_command
def claims(
    store: Store, settings: Settings, story_id: str | None, status: str | None, as_json: bool
) -> None:
    """The claim ledger: each claim with who says it, how sure, its status and evidence."""
    found = store.claims(story_id=story_id, status=status)
    if as_json:
        print_json([claim_json(record) for record in found])
    else:
        stdout.print(dossier.claims_table(found))


@main.command()
@click.option("--story", "story_id", help="Only this story.")
@store_command
def entities(store: Store, settings: Settings, story_id: str | None, as_json: bool) -> None:
    """Entities with their aliases and how often they are mentioned."""
    found = store.entities(story_id=story_id)
    if as_json:
        print_json([entity_json(record) for record in found])
    else:
        stdout.print(dossier.entities_table(found))


@main.group()
def claim() -> None:
    """Analyst actions on one claim."""


@claim.command(name="set")
@click.argument("claim_id")
@click.option("--status", required=True, type=click.Choice(CLAIM_STATUSES), help="The verdict.")
@click.option("--why", required=True, help="The reason, kept as evidence.")
@store_command
def claim_set(
    store: Store, settings: Settings, claim_id: str, status: str, why: str, as_json: bool
) -> None:
    """Override a claim's status; the tracker keeps the analyst's verdict from then on."""
    record = workflow.set_claim_status(store, claim_id, status, why)
    if as_json:
        print_json(claim_json(record))
    else:
        click.echo(f"{record.claim.id}: {record.claim.status} ({record.status_reason})")


@main.group()
def story() -> None:
    """Analyst actions on stories; the tracker respects them from then on."""


def echo_story(changed: Story, as_json: bool) -> None:
    if as_json:
        print_json(story_json(changed))
    else:
        click.echo(changed.id)


@story.command(name="merge")
@click.argument("keep_id")
@click.argument("other_id")
@store_command
def story_merge(
    store: Store, settings: Settings, keep_id: str, other_id: str, as_json: bool
) -> None:
    """Fold story OTHER_ID into KEEP_ID."""
    echo_story(workflow.merge_stories(store, keep_id, other_id), as_json)


@story.command(name="split")
@click.argument("story_id")
@click.argument("doc_ids", nargs=-1, required=True)
@store_command
def story_split(
    store: Store, settings: Settings, story_id: str, doc_ids: tuple[str, ...], as_json: bool
) -> None:
    """Move DOC_IDS out of STORY_ID into a new story of their own."""
    echo_story(workflow.split_story(store, story_id, doc_ids), as_json)


@story.command(name="move")
@click.argument("doc_id")
@click.argument("story_id")
@store_command
def story_move(store: Store, settings: Settings, doc_id: str, story_id: str, as_json: bool) -> None:
    """Put document DOC_ID (with its notes) into story STORY_ID."""
    moved = workflow.move_document(store, doc_id, story_id)
    if as_json:
        print_json(document_json(moved))
    else:
        click.echo(f"{moved.id} -> {moved.story_id}")


@main.command()
@click.option(
    "--db",
    envvar="STORYLINE_DB",
    default=None,
    help="SQLite file or postgresql:// URL [default: $STORYLINE_DB, else ./storyline.db].",
)
@click.option("--host", default=None, help="Address to bind [default: 127.0.0.1].")
@click.option("--port", type=int, default=None, help="Port to listen on [default: 8000].")
@click.option("--token", default=None, help="Access token; required to bind beyond loopback.")
@click.option(
    "--allow-private-urls",
    is_flag=True,
    default=None,
    help="Let added URLs reach loopback and private addresses (off: no SSRF).",
)
def serve(
    db: str | None,
    host: str | None,
    port: int | None,
    token: str | None,
    allow_private_urls: bool | None,
) -> None:
    """Start the web UI and JSON API over the store (uvicorn)."""
    import uvicorn

    from storyline.present.web import create_app

    flags = {"db": db, "host": host, "port": port, "token": token}
    settings = build_settings({**flags, "allow_private_urls": allow_private_urls or None})
    app = create_app(settings)
    with opened(settings):
        pass  # a store that cannot be opened is reported now, not on the first request
    stderr.print(f"serving {settings.db} on http://{settings.host}:{settings.port}/", markup=False)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")


@main.group()
def batch() -> None:
    """Analyze archives on a Dask cluster; results go to Parquet for `storyline load`."""


@batch.command(name="analyze")
@click.argument("location", metavar="INPUT")
@click.option("--out", required=True, help="Folder (or fsspec URL) for the Parquet tables.")
@click.option("--scheduler", help="Address of a running Dask scheduler [default: a LocalCluster].")
@click.option("--workers", default=2, show_default=True, help="LocalCluster worker processes.")
@click.option("--partition-size", default=256, show_default=True, help="Documents per task.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def batch_analyze(
    location: str,
    out: str,
    scheduler: str | None,
    workers: int,
    partition_size: int,
    as_json: bool,
) -> None:
    """Analyze INPUT (a folder, JSONL or WARC files; a path or fsspec URL) into --out."""
    from storyline.scale.batch import dask_client, run_batch

    if workers < 1 and not scheduler:
        raise InputError("--workers must be at least 1")
    with dask_client(scheduler, workers=workers) as client:
        report = run_batch(location, out, client=client, partition_size=partition_size)
    for problem in report.problems:
        stderr.print(f"skipped {problem}", markup=False)
    summary = {
        "documents": report.documents,
        "partitions": report.partitions,
        "problems": len(report.problems),
        "out": out,
    }
    if as_json:
        print_json(summary)
    else:
        click.echo(
            f"{report.documents} documents in {report.partitions} partitions written to {out}"
            f" ({len(report.problems)} skipped)"
        )


@main.command()
@click.argument("folder", metavar="DIR")
@store_command
def load(store: Store, settings: Settings, folder: str, as_json: bool) -> None:
    """Load the Parquet output of `storyline batch analyze` into the store, oldest first."""
    from storyline.scale.load import load_batch

    with adding_progress() as on_document:
        report = load_batch(store, folder, on_document=on_document)
    if as_json:
        print_json({"documents": report.documents, "added": report.added})
    else:
        click.echo(f"{report.documents} documents read, {report.added} added")
