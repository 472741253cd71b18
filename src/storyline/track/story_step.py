"""Story assignment against the store: the index gives candidates, `stories` decides.

Profiles (centroid, entity weights, places, dates) are kept with each story as JSON, and the
story is filed under its heaviest entity keys so the next document finds it without a scan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, replace

import numpy as np

from storyline.model import Analysis, Story, Timex
from storyline.store import Store, StoredDocument
from storyline.track.embed import document_text, embed_texts, kind_text
from storyline.track.stories import (
    DocumentProfile,
    StoryProfile,
    assign_story,
    class_free_keys,
    doc_profile,
    known_names,
    merge_profiles,
    new_story,
    term_counts,
    untagged_names,
    update_profile,
)

__all__ = ["assign_in_store", "document_profile", "rebuild_story", "story_kind_text"]

KEYS_FILED = 12  # a story is filed under this many of its heaviest entity keys
TERMS_FILED = 8  # ... and of its rarest frequent words


def story_text(stored: StoredDocument) -> str:
    """What a document is embedded by for story assignment (see `embed.document_text`)."""
    return document_text(stored.document.title, stored.document.text)


def story_kind_text(stored: StoredDocument, names: list[tuple[str, str]]) -> str:
    """What a document is embedded by for threads: its lede without names (`embed.kind_text`)."""
    document = stored.document
    return kind_text(document.title, document.text, (name for name, _ in names))


def document_profile(
    store: Store,
    stored: StoredDocument,
    names: list[tuple[str, str]],
    vector: np.ndarray,
    kind: np.ndarray | None = None,
) -> DocumentProfile:
    """The document's profile, its names and words weighted by their rarity in the store."""
    document = stored.document
    first = doc_profile(stored.id, vector, names, published=document.published)
    keys = [key for key, _ in first.entities] + list(term_counts(document.text))
    counts, total = store.key_counts(keys)
    return doc_profile(
        stored.id, vector, names, published=document.published, doc_freq=counts, n_docs=total,
        text=document.text, kind=() if kind is None else kind,
    )  # fmt: skip


def entity_names(analysis: Analysis) -> list[tuple[str, str]]:
    """Every mention under its entity's name (`the ship` counts for `Nordic Crane`, not as a
    name of its own that every ship story would share), the names in the headline, and the
    years its dates name."""
    body = [(entity.name, entity.type) for entity in analysis.entities for _ in entity.mentions]
    headline = [(name.name, name.type) for name in analysis.title_names]
    return body + headline + named_years(analysis.timexes)


def named_years(timexes: Iterable[Timex]) -> list[tuple[str, str]]:
    """The year of each calendar date a document names (`2013` of `27/09/2013`), as a DATE
    name: where documents have no publication date, two events of one kind years apart still
    differ in them (see `stories.StoryParams.year_penalty`)."""
    return [(year, "DATE") for t in timexes if (year := t.year)]


def assign_in_store(
    store: Store,
    stored: StoredDocument,
    analysis: Analysis,
    vector: np.ndarray,
    kind: np.ndarray | None = None,
) -> tuple[str, bool]:
    """(story id, whether the document started it); the profile and index are updated."""
    names = entity_names(analysis)
    names += untagged_names(stored.document.text, names)
    profile = document_profile(store, stored, names, vector, kind)
    filed = [key for key, _ in profile.entities[:KEYS_FILED]]
    filed += [term for term, _ in profile.terms[:TERMS_FILED]]
    candidate_ids = store.story_candidates(filed)
    candidates = [
        _profile_from_json(story, data, pinned)
        for story, data, pinned in store.story_profiles(candidate_ids)
        if data
    ]
    whole = f"{stored.document.title or ''}\n{stored.document.text}"
    missed = known_names(profile, whole, candidates)
    if missed:
        profile = document_profile(store, stored, names + missed, vector, kind)
    decision = assign_story(profile, candidates)
    by_id = {candidate.story_id: candidate for candidate in candidates}
    if decision.story_id in by_id:
        story = update_profile(by_id[decision.story_id], profile)
        started = False
    else:
        story = new_story(profile, decision.thread_id)
        started = True
    for other_id in decision.merge_stories:
        if other_id in by_id and other_id != story.story_id:
            story = _absorb(store, story, by_id[other_id])
    _save(store, story, stored.document.title or stored.document.text[:80])
    for thread in decision.merge_threads:
        store.move_thread(thread, story.thread_id)
    store.count_keys([key for key, _ in profile.entities] + list(term_counts(stored.document.text)))
    store.set_document_story(stored.id, story.story_id)
    return story.story_id, started


def _absorb(store: Store, story: StoryProfile, other: StoryProfile) -> StoryProfile:
    """Fold `other` into `story`: its documents and timeline move, its row goes (with its keys)."""
    for doc_id in other.documents:
        store.set_document_story(doc_id, story.story_id)
    store.move_timeline(other.story_id, story.story_id)
    store.delete_story(other.story_id)
    return merge_profiles(story, other)


def rebuild_story(store: Store, story_id: str, *, title: str | None = None) -> None:
    """Recompute a story's profile from its articles after an analyst moved documents."""
    articles = [s for s in store.documents(story_id=story_id) if s.document.kind == "article"]
    if not articles:
        store.delete_story(story_id)
        return
    names = [store.doc_entity_names(s.id) + named_years(store.timexes_of(s.id)) for s in articles]
    kind_texts = [story_kind_text(s, n) for s, n in zip(articles, names, strict=True)]
    both = embed_texts([story_text(s) for s in articles] + kind_texts)  # one call: less overhead
    vectors, kinds = both[: len(articles)], both[len(articles) :]
    profiles = [
        document_profile(store, s, n, vector, kind)
        for s, n, vector, kind in zip(articles, names, vectors, kinds, strict=True)
    ]
    story = new_story(profiles[0])
    for profile in profiles[1:]:
        story = update_profile(story, profile)
    existing = store.story_profiles([story_id])
    thread = existing[0][0].thread if existing else story.thread_id
    story = replace(story, story_id=story_id, thread_id=thread, locked=True)
    _save(store, story, title or articles[0].document.title or story_id)


def _save(store: Store, story: StoryProfile, fallback_title: str) -> None:
    existing = store.story_profiles([story.story_id])
    title = existing[0][0].title if existing else fallback_title
    store.save_story(
        Story(story.story_id, title, story.thread_id, story.first_date, story.last_date),
        profile=json.dumps(asdict(story)),
        pinned=story.locked,
    )
    heaviest = sorted(story.entities, key=lambda pair: -pair[1])[:KEYS_FILED]
    rarest = sorted(story.terms, key=lambda pair: -pair[1])[:TERMS_FILED]
    store.set_story_keys(story.story_id, dict(heaviest + rarest))


def _profile_from_json(story: Story, data: str, pinned: bool) -> StoryProfile:
    fields = json.loads(data)
    return StoryProfile(
        story_id=story.id,
        centroid=tuple(fields["centroid"]),
        entities=class_free_keys((k, w) for k, w in fields["entities"]),
        terms=tuple((k, w) for k, w in fields.get("terms", ())),
        places=tuple((p, int(n)) for p, n in class_free_keys(fields["places"])),
        first_date=fields["first_date"],
        last_date=fields["last_date"],
        size=fields["size"],
        thread_id=story.thread,
        locked=pinned,
        documents=tuple(fields["documents"]),
        kind=tuple(fields.get("kind", ())),
    )
