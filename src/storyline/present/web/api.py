"""The JSON API: the same data as the command line, in the shapes of `present/shapes.py`.

Every route is thin: it opens the store for the request and calls the store, `workflow` or
`present/views.py`. Errors are `StorylineError`s, turned into JSON 4xx answers in one place
(`app.py`). State-changing routes need the CSRF token (see `security.py`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from storyline import workflow
from storyline.errors import InputError
from storyline.model import CLAIM_STATUSES, to_json
from storyline.present.export import export, export_format
from storyline.present.shapes import (
    claim_json,
    document_json,
    entity_json,
    entry_json,
    search_hit_json,
    story_json,
)
from storyline.present.views import (
    dossier_json,
    find_entity,
    gather,
    status_changes,
    story_summaries,
)
from storyline.present.web.adding import add_from_request, read_uploads
from storyline.present.web.context import request_settings, request_store
from storyline.present.web.security import csrf_token, require_csrf
from storyline.store import Store

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])
Json = dict[str, Any]
STORY = Query(None, description="Only this story (an id from GET /api/stories).")


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=200_000, description="The note's text.")
    date: str | None = Field(None, description="YYYY-MM-DD; or start the text with `date ...`.")


class ClaimPatch(BaseModel):
    status: str = Field(description=f"One of: {', '.join(CLAIM_STATUSES)}.")
    reason: str = Field(min_length=1, max_length=5_000, description="Why; kept as evidence.")


@router.get("/csrf", summary="A CSRF token for state-changing requests")
def get_csrf(request: Request) -> Json:
    return {"csrf_token": csrf_token(request), "header": "X-CSRF-Token"}


@router.get("/stories", summary="Stories, most recently active first")
def list_stories(request: Request) -> list[Json]:
    with request_store(request) as store:
        return [
            {
                **story_json(summary.story, outlets=summary.outlets),
                "newest": _newest(summary.newest),
            }
            for summary in story_summaries(store)
        ]


@router.get("/stories/{story_id}", summary="A story's dossier")
def get_story(request: Request, story_id: str) -> Json:
    with request_store(request) as store:
        return dossier_json(gather(store, story_id), with_text=False)


@router.get("/documents", summary="Documents, oldest first")
def list_documents(request: Request, kind: str | None = None, story: str | None = STORY) -> Any:
    with request_store(request) as store:
        found = store.documents(kind=kind, story_id=story)
        return [document_json(stored, with_text=False) for stored in found]


@router.get("/documents/{doc_id}", summary="A document with its notes and what was found in it")
def get_document(request: Request, doc_id: str) -> Json:
    with request_store(request) as store:
        return document_view(store, doc_id)


@router.post(
    "/documents",
    status_code=201,
    summary="Add pasted text, uploaded files, or a URL or feed (exactly one)",
    dependencies=[Depends(require_csrf)],
)
async def add_documents(
    request: Request,
    text: str | None = Form(None, description="Pasted text (a saved page, or plain text)."),
    url: str | None = Form(None, description="An http(s) URL of a page or a feed."),
    files: Annotated[list[UploadFile] | None, File(description="Files to add.")] = None,
) -> Json:
    settings = request_settings(request)
    uploads = await read_uploads(files, settings.max_bytes)
    with request_store(request) as store:
        result = add_from_request(store, settings, text=text, url=url, uploads=uploads)
    if not result.documents and result.problems:
        raise InputError(f"nothing was added: {result.problems[0]}")
    return {
        "documents": [{"id": doc_id, "created": created} for doc_id, created in result.documents],
        "problems": [str(problem) for problem in result.problems],
    }


@router.post(
    "/documents/{doc_id}/notes",
    status_code=201,
    summary="Attach a dated note; tracking runs again and the changes come back",
    dependencies=[Depends(require_csrf)],
)
def add_note(request: Request, doc_id: str, note: NoteIn) -> Json:
    with request_store(request) as store:
        stored, created, report = workflow.add_note(store, doc_id, note.text, date=note.date)
        changes = status_changes(store, report)
        return {
            "note": document_json(stored),
            "created": created,
            "changes": [
                {
                    "claim": claim_json(change.claim),
                    "before": change.before,
                    "after": change.after,
                    "reason": change.reason,
                }
                for change in changes
            ],
        }


@router.get("/claims", summary="The claim ledger, with evidence")
def list_claims(
    request: Request,
    story: str | None = STORY,
    status: str | None = Query(None, description=f"One of: {', '.join(CLAIM_STATUSES)}."),
    doc: str | None = Query(None, description="Only claims made in this document."),
) -> list[Json]:
    if status is not None and status not in CLAIM_STATUSES:
        raise InputError(f"unknown status {status!r}", hint=f"use one of {CLAIM_STATUSES}")
    with request_store(request) as store:
        return [claim_json(r) for r in store.claims(story_id=story, status=status, doc_id=doc)]


@router.get("/claims/{claim_id}", summary="One claim with its evidence")
def get_claim(request: Request, claim_id: str) -> Json:
    with request_store(request) as store:
        return claim_json(store.get_claim(claim_id))


@router.patch(
    "/claims/{claim_id}",
    summary="An analyst's override of a claim's status",
    dependencies=[Depends(require_csrf)],
)
def patch_claim(request: Request, claim_id: str, patch: ClaimPatch) -> Json:
    with request_store(request) as store:
        record = workflow.set_claim_status(store, claim_id, patch.status, patch.reason)
        return claim_json(record)


@router.get("/timeline", summary="The merged timeline")
def get_timeline(request: Request, story: str | None = STORY) -> list[Json]:
    with request_store(request) as store:
        return [entry_json(record) for record in store.timeline(story_id=story)]


@router.get("/entities", summary="Entities with their aliases and mention counts")
def list_entities(request: Request, story: str | None = STORY) -> list[Json]:
    with request_store(request) as store:
        return [entity_json(record) for record in store.entities(story_id=story)]


@router.get("/entities/{entity_id}", summary="An entity with its mentions across stories")
def get_entity(request: Request, entity_id: str) -> Json:
    with request_store(request) as store:
        entity = find_entity(store, entity_id)
        stories = {stored.id: stored.story_id for stored in store.documents()}
        mentions = [
            {"doc_id": doc_id, "story_id": stories.get(doc_id), **to_json(mention)}
            for doc_id, mention in store.mentions_of(entity.id)
        ]
        return {**entity_json(entity), "mention_list": mentions}


@router.get("/search", summary="Full-text search; snippets mark hits with [ and ]")
def search(
    request: Request,
    q: str = Query(min_length=1, max_length=500, description="Words that must all occur."),
    limit: int = Query(20, ge=1, le=200),
) -> list[Json]:
    with request_store(request) as store:
        return [search_hit_json(hit) for hit in store.search(q, limit=limit)]


@router.get(
    "/export",
    summary="The dossier (or one story) as a file: json, markdown, csv, timelinejs, ics, graphml",
    response_class=Response,
)
def get_export(
    request: Request,
    format: str = Query(description="json, markdown, csv, timelinejs, ics or graphml."),
    story: str | None = STORY,
) -> Response:
    chosen = export_format(format)
    with request_store(request) as store:
        text = export(store, chosen.name, story_id=story)
    disposition = f'attachment; filename="{chosen.filename(story)}"'
    headers = {"Content-Disposition": disposition}
    return Response(text, media_type=chosen.media_type, headers=headers)


def document_view(store: Store, doc_id: str) -> Json:
    """A document as the API shows it: metadata, text, notes, and what analysis found."""
    stored = store.get_document(doc_id)
    data = document_json(stored)
    data["notes"] = [document_json(note) for note in store.notes_of(stored.id)]
    data["claims"] = [claim_json(record) for record in store.claims(doc_id=stored.id)]
    data["timexes"] = to_json(store.timexes_of(stored.id))
    data["mentions"] = [
        {"entity_id": entity_id, **to_json(mention)}
        for entity_id, mention in store.doc_mentions(stored.id)
    ]
    return data


def _newest(stored: Any) -> Json | None:
    if stored is None:
        return None
    doc = stored.document
    return {"id": stored.id, "title": doc.title, "published": doc.published, "kind": doc.kind}
