"""Story assignment on hand-made profiles: events of one kind apart, analyst choices kept."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from storyline.model import Analysis, Entity, Mention
from storyline.track.embed import EMBEDDING_DIM, document_text, embed_texts
from storyline.track.stories import (
    StoryIndex,
    StoryParams,
    StoryProfile,
    assign_story,
    doc_profile,
    new_story,
    update_profile,
)
from storyline.track.story_step import entity_names

QUAKE = np.array([1.0, 0.2, 0.0, 0.0])
QUAKE_2 = np.array([0.95, 0.3, 0.05, 0.0])  # another report: nearly the same words
ELECTION = np.array([0.0, 0.0, 1.0, 0.3])

CHILE = [("Chile", "GPE"), ("Valparaiso", "GPE"), ("Michelle Bachelet", "PERSON")]
JAPAN = [("Japan", "GPE"), ("Sendai", "GPE"), ("Naoto Kan", "PERSON")]


def test_two_earthquakes_are_two_stories_in_one_thread() -> None:
    march = doc_profile("d1", QUAKE, CHILE, published="2010-03-01")
    story = new_story(march)
    same = doc_profile("d2", QUAKE_2, CHILE[:2], published="2010-03-02")
    joined = assign_story(same, [story])
    assert joined.story_id == story.story_id
    story = update_profile(story, same)
    assert story.size == 2 and story.last_date == "2010-03-02"

    other = doc_profile("d3", QUAKE_2, JAPAN, published="2011-03-11")
    decision = assign_story(other, [story])
    assert decision.story_id is None  # a new story...
    assert decision.thread_id == story.thread_id  # ...in the same thread


def test_a_different_kind_of_event_starts_a_new_thread() -> None:
    story = new_story(doc_profile("d1", QUAKE, CHILE))
    vote = doc_profile("d2", ELECTION, [("Germany", "GPE"), ("Angela Merkel", "PERSON")])
    decision = assign_story(vote, [story])
    assert decision.story_id is None and decision.thread_id is None


def test_dates_far_apart_keep_same_place_events_apart() -> None:
    story = new_story(doc_profile("d1", QUAKE, CHILE[:2], published="2010-03-01"))
    params = StoryParams()
    near = assign_story(doc_profile("d2", QUAKE_2, CHILE[:2], published="2010-03-03"), [story])
    far = assign_story(doc_profile("d3", QUAKE_2, CHILE[:2], published="2014-04-01"), [story])
    undated = assign_story(doc_profile("d4", QUAKE_2, CHILE[:2]), [story], params)
    assert near.story_id == story.story_id and undated.story_id == story.story_id
    assert far.score < near.score


def test_a_document_moved_by_the_analyst_stays_put() -> None:
    quake_story = new_story(doc_profile("d1", QUAKE, CHILE))
    vote_story = new_story(doc_profile("d2", ELECTION, [("Angela Merkel", "PERSON")]))
    moved = doc_profile("d3", QUAKE_2, CHILE, pinned_story=vote_story.story_id)
    decision = assign_story(moved, [quake_story, vote_story])
    assert decision.story_id == vote_story.story_id
    assert decision.reason == "moved by the analyst"


def test_index_keeps_pins_and_locks_a_story_the_analyst_created() -> None:
    index = StoryIndex()
    first = index.add("d1", QUAKE, CHILE)
    assert index.add("d2", QUAKE_2, CHILE).story_id == first.story_id
    split = index.add("d3", QUAKE_2, CHILE, pinned_story="st-analyst")
    assert split.story_id == "st-analyst"
    assert index.stories["st-analyst"].locked
    assert index.story_of == {"d1": first.story_id, "d2": first.story_id, "d3": "st-analyst"}


def test_candidates_come_from_the_index_not_a_scan() -> None:
    index = StoryIndex(replace(StoryParams(), neighbours=1))
    index.add("d1", QUAKE, CHILE)
    index.add("d2", ELECTION, [("Angela Merkel", "PERSON")])
    index.add("d3", np.array([0.0, 1.0, 0.0, 1.0]), [("Pope Francis", "PERSON")])
    probe = doc_profile("d4", QUAKE_2, CHILE)
    found = index.candidates(probe)
    assert [s.documents for s in found] == [("d1",)]


def test_profiles_weight_rare_people_over_common_places() -> None:
    profile = doc_profile(
        "d1", QUAKE, [*CHILE, ("Chile", "GPE")], doc_freq={"place:chile": 50}, n_docs=100
    )
    weights = dict(profile.entities)
    assert weights["person:michelle bachelet"] > weights["place:chile"]
    assert abs(sum(weights.values()) - 1.0) < 1e-9
    assert "place:chile" in profile.places


def _grown(
    doc_a: str, doc_b: str, vector: np.ndarray, names: list[tuple[str, str]]
) -> StoryProfile:
    story = new_story(doc_profile(doc_a, vector, names))
    return update_profile(story, doc_profile(doc_b, vector, names))


def test_a_grown_story_folds_in_the_thread_of_a_story_of_its_kind() -> None:
    chile = _grown("d1", "d2", QUAKE, CHILE)
    japan = _grown("d3", "d4", QUAKE_2, JAPAN)
    assert chile.thread_id != japan.thread_id
    decision = assign_story(doc_profile("d5", QUAKE, CHILE), [chile, japan])
    assert decision.story_id == chile.story_id
    assert decision.merge_threads == (japan.thread_id,)
    locked = replace(japan, locked=True)
    kept = assign_story(doc_profile("d5", QUAKE, CHILE), [chile, locked])
    assert kept.merge_threads == ()


def test_a_document_is_embedded_by_its_title_and_lede() -> None:
    text = "First sentence here. Second one follows! Third? Fourth is background.\nMore."
    assert document_text("Quake hits Chile", text) == (
        "Quake hits Chile First sentence here. Second one follows! Third?"
    )
    assert document_text(None, "Only one paragraph") == "Only one paragraph"


def test_embeddings_are_unit_vectors_and_closer_for_the_same_event() -> None:
    vectors = embed_texts(
        [
            "A strong earthquake struck central Chile on Saturday.",
            "Chile was hit by a powerful quake at the weekend.",
            "Voters in Germany elected a new parliament.",
        ]
    )
    assert vectors.shape == (3, EMBEDDING_DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_every_mention_counts_for_its_entity_name_not_its_words() -> None:
    crane = Entity(
        "e1", "Nordic Crane", "PRODUCT", ("the ship",),
        (Mention("Nordic Crane", 4, 16), Mention("the ship", 60, 68)),
    )  # fmt: skip
    names = entity_names(Analysis("d1", entities=(crane,)))
    assert names == [("Nordic Crane", "PRODUCT"), ("Nordic Crane", "PRODUCT")]
