"""The HTML pages: stories, a story's dossier, a document, add, search, entities.

Routes are thin, as in `api.py`; the templates (autoescaped) do the showing. A form that changes
state carries the CSRF token and answers with the page that shows the result.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from storyline import workflow
from storyline.errors import InputError
from storyline.present.views import (
    entry_dates,
    find_entity,
    gather,
    label,
    status_changes,
    story_summaries,
)
from storyline.present.web.adding import add_from_request, read_uploads
from storyline.present.web.context import render, request_settings, request_store
from storyline.present.web.highlight import claim_marks, entity_marks, highlight, timex_marks
from storyline.present.web.security import require_csrf
from storyline.store import Store

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request) -> HTMLResponse:
    with request_store(request) as store:
        summaries = story_summaries(store)
        loose = [d for d in store.documents(kind="article") if d.story_id is None]
        return render(request, "stories.html", summaries=summaries, loose=loose, label=label)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    with request_store(request) as store:
        dossier = gather(store, story_id)
        return render(
            request,
            "story.html",
            dossier=dossier,
            timeline_items=timeline_items(dossier.timeline),
            label=label,
            titles=dossier.document_titles,
            names=dossier.entity_names,
        )


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    with request_store(request) as store:
        return render(request, "document.html", **document_values(store, doc_id))


@router.post(
    "/documents/{doc_id}/notes", response_class=HTMLResponse, dependencies=[Depends(require_csrf)]
)
def note_form(
    request: Request, doc_id: str, text: str = Form(""), date: str = Form("")
) -> HTMLResponse:
    """Save a note from the comment box; the page then shows which claims it moved."""
    if not text.strip():
        raise InputError("the note is empty", hint="type the note into the comment box")
    with request_store(request) as store:
        note, created, report = workflow.add_note(store, doc_id, text, date=date or None)
        values = document_values(store, doc_id)
        values.update(saved_note=note, note_created=created, changes=status_changes(store, report))
        return render(request, "document.html", **values)


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request) -> HTMLResponse:
    return render(request, "add.html", max_bytes=request_settings(request).max_bytes)


@router.post("/add", dependencies=[Depends(require_csrf)])
async def add_form(
    request: Request,
    text: str = Form(""),
    url: str = Form(""),
    files: Annotated[list[UploadFile] | None, File()] = None,
) -> Response:
    """Add one kind of source; one document opens at once, several are listed."""
    settings = request_settings(request)
    uploads = await read_uploads(files, settings.max_bytes)
    with request_store(request) as store:
        result = add_from_request(store, settings, text=text, url=url, uploads=uploads)
        articles = [store.get_document(doc_id) for doc_id in result.ids]
    if len(result.ids) == 1 and not result.problems:
        return RedirectResponse(f"/documents/{result.ids[0]}", status_code=303)
    status = 200 if result.documents else 400
    return render(request, "added.html", status, result=result, documents=articles, label=label)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    with request_store(request) as store:
        hits = store.search(q, limit=50) if q.strip() else []
        return render(request, "search.html", q=q, hits=hits)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> HTMLResponse:
    with request_store(request) as store:
        return render(request, "entities.html", entities=store.entities())


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    """An entity with every mention, grouped by story and document."""
    with request_store(request) as store:
        entity = find_entity(store, entity_id)
        documents = {stored.id: stored for stored in store.documents()}
        stories = {story.id: story for story in store.stories()}
        groups: dict[str | None, dict[str, list[Any]]] = {}
        for doc_id, mention in store.mentions_of(entity.id):
            stored = documents.get(doc_id)
            story_id = stored.story_id if stored else None
            groups.setdefault(story_id, {}).setdefault(doc_id, []).append(mention)
        return render(
            request,
            "entity.html",
            entity=entity,
            groups=groups,
            documents=documents,
            stories=stories,
            label=label,
        )


def document_values(store: Store, doc_id: str) -> dict[str, Any]:
    """What the document page shows: the text with highlights, metadata, notes and claims."""
    stored = store.get_document(doc_id)
    doc = stored.document
    claims = store.claims(doc_id=stored.id)
    entities = {e.id: e for e in store.entities(story_id=stored.story_id or None)}
    marks = [
        *claim_marks(record.claim for record in claims),
        *timex_marks(store.timexes_of(stored.id)),
        *entity_marks(store.doc_mentions(stored.id), entities),
    ]
    article = store.get_document(doc.parent_id) if doc.parent_id else stored
    return {
        "stored": stored,
        "doc": doc,
        "article": article,
        "text": highlight(doc.text, marks),
        "notes": store.notes_of(article.id),
        "claims": claims,
        "story": store.get_story(stored.story_id) if stored.story_id else None,
        "safe_url": doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None,
        "saved_note": None,
        "note_created": False,
        "changes": [],
        "label": label,
    }


def timeline_items(entries: list[Any]) -> list[dict[str, Any]]:
    """Timeline entries as vis-timeline items: plans and facts in two groups, ends exclusive."""
    items = []
    for record in entries:
        entry = record.entry
        start, end = entry_dates(entry)
        if start is None:
            continue
        item = {
            "id": entry.id,
            "content": entry.summary,
            "start": start.isoformat(),
            "group": "plans" if entry.is_plan else "facts",
            "value": entry.value,
        }
        if end is not None and end > start:
            item["end"] = (end + timedelta(days=1)).isoformat()
        items.append(item)
    return items
