"""Story assignment on hand-made profiles: events of one kind apart, analyst choices kept."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np

from storyline.model import Analysis, Document, Entity, HeadlineName, Mention, Timex
from storyline.store import open_store
from storyline.track import story_step
from storyline.track.embed import EMBEDDING_DIM, document_text, embed_texts, kind_text
from storyline.track.stories import (
    StoryIndex,
    StoryParams,
    StoryProfile,
    _similarities,
    assign_story,
    class_free_keys,
    doc_profile,
    names_in_text,
    new_story,
    untagged_names,
    update_profile,
)
from storyline.track.story_step import entity_names

QUAKE = np.array([1.0, 0.2, 0.0, 0.0])
QUAKE_2 = np.array([0.95, 0.3, 0.05, 0.0])  # another report: nearly the same words
ELECTION = np.array([0.0, 0.0, 1.0, 0.3])
RESCUE = np.array([0.5, 0.0, 0.0, 0.9])  # rescue teams, with no word of the earthquake

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


def test_names_in_text_are_runs_of_capitalized_words_and_the_names_inside() -> None:
    names = names_in_text("Voltra mailed notices to Series 5 owners in the Gulf of Aden often.")
    assert {"voltra", "series 5", "gulf of aden", "gulf", "aden"} <= names
    assert not {"of", "gulf of", "of aden", "began", "owners"} & names


def test_a_follow_up_the_tagger_found_no_name_in_joins_the_story_it_names() -> None:
    probe = [("Voltra", "ORG"), ("National Highway Traffic Safety Administration", "ORG")]
    lede = "Regulators probe Voltra battery fires. Voltra said it had found no defect."
    follow_up = "Voltra begins mailing recall notices.\nVoltra began mailing them on Monday."
    unnamed = follow_up.replace("Voltra", "The carmaker")
    decisions = []
    for text in (follow_up, unnamed):
        index = StoryIndex()
        first = index.add("d1", QUAKE, probe, published="2025-10-06", text=lede)
        later = index.add("d2", ELECTION + QUAKE / 2, [], published="2025-10-21", text=text)
        decisions.append(later.story_id == first.story_id)
    assert decisions == [True, False]


def test_a_follow_up_with_a_name_of_its_own_is_found_by_a_heavy_name_the_tagger_missed() -> None:
    ferry = [("Marisol", "ORG")] * 3 + [
        ("Blue Strait Lines", "ORG"), ("Ferry Union", "ORG"), ("Harbour Office", "ORG"),
        ("Koral", "GPE"),
    ]  # fmt: skip
    lede = "The ferry Marisol sank off Koral on Sunday."
    heaviest = "Police arrested the captain of the Marisol, Dimitri Kallas, on Tuesday."
    lightest = "Police arrested a captain on Koral, Dimitri Kallas, on Tuesday."  # one word:
    # no name the tagger missed by `untagged_names`, which takes two words or more
    decisions = []
    for text in (heaviest, lightest):
        index = StoryIndex()
        first = index.add("d1", QUAKE, ferry, published="2026-10-05", text=lede)
        captain = [("Dimitri Kallas", "PERSON")]
        later = index.add("d2", ELECTION + QUAKE / 4, captain, published="2026-10-07", text=text)
        decisions.append(later.story_id == first.story_id)
    assert decisions == [True, False]


def test_dates_far_apart_keep_same_place_events_apart() -> None:
    story = new_story(doc_profile("d1", QUAKE, CHILE[:2], published="2010-03-01"))
    params = StoryParams()
    near = assign_story(doc_profile("d2", QUAKE_2, CHILE[:2], published="2010-03-03"), [story])
    far = assign_story(doc_profile("d3", QUAKE_2, CHILE[:2], published="2014-04-01"), [story])
    undated = assign_story(doc_profile("d4", QUAKE_2, CHILE[:2]), [story], params)
    assert near.story_id == story.story_id and undated.story_id == story.story_id
    assert far.score < near.score


def test_a_story_told_month_after_month_costs_little_and_a_week_later_is_a_follow_up() -> None:
    story = new_story(doc_profile("d1", QUAKE, CHILE[:2], published="2026-01-12"))
    params = StoryParams()
    same_day = assign_story(doc_profile("d2", QUAKE_2, CHILE[:2], published="2026-01-12"), [story])
    week = assign_story(doc_profile("d3", QUAKE_2, CHILE[:2], published="2026-01-18"), [story])
    month = assign_story(doc_profile("d4", QUAKE_2, CHILE[:2], published="2026-02-20"), [story])
    undated = assign_story(doc_profile("d5", QUAKE_2, CHILE[:2]), [story], params)
    assert week.score == same_day.score == undated.score + params.close_bonus
    assert undated.score - month.score < params.date_penalty / 2
    later = [
        assign_story(doc_profile("d6", QUAKE_2, CHILE[:2], published=day), [story]).score
        for day in ("2026-01-22", "2026-02-09")  # ten days, four weeks
    ]
    assert week.score > later[0] > later[1] > undated.score  # the bonus fades


def test_undated_reports_naming_other_years_tell_another_event() -> None:
    defence = [("Wladimir Klitschko", "PERSON"), ("2008", "DATE")]
    rematch = [("Wladimir Klitschko", "PERSON"), ("2012", "DATE")]
    params = StoryParams()
    story = new_story(doc_profile("d1", QUAKE, defence))
    same_year = assign_story(doc_profile("d2", QUAKE_2, defence), [story])
    other_year = assign_story(doc_profile("d3", QUAKE_2, rematch), [story])
    no_year = assign_story(doc_profile("d4", QUAKE_2, defence[:1]), [story])
    assert same_year.score > no_year.score > other_year.score + params.year_penalty
    earlier = [("Wladimir Klitschko", "PERSON"), ("2007", "DATE")]  # dated: dates decide
    dated = new_story(doc_profile("d5", QUAKE, earlier, published="2008-07-12"))
    next_day = assign_story(doc_profile("d6", QUAKE_2, rematch, published="2008-07-13"), [dated])
    undated = assign_story(
        doc_profile("d6", QUAKE_2, rematch), [new_story(doc_profile("d5", QUAKE, earlier))]
    )
    gap = next_day.score - undated.score
    assert abs(gap - (params.close_bonus + params.year_penalty)) < 1e-9


def test_a_dated_document_leaves_out_its_own_year() -> None:
    names = [("Kraft Foods", "ORG"), ("2010", "DATE"), ("2008", "DATE")]
    assert {k for k, _ in doc_profile("d1", QUAKE, names).entities} >= {"year:2010", "year:2008"}
    dated = doc_profile("d1", QUAKE, names, published="2010-09-10")
    assert {k for k, _ in dated.entities} == {"name:kraft foods", "year:2008"}


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
    assert weights["name:michelle bachelet"] > weights["name:chile"]
    assert abs(sum(weights.values()) - 1.0) < 1e-9
    assert "name:chile" in profile.places


def test_a_name_is_one_participant_whatever_the_tagger_calls_it() -> None:
    names = [
        ("Anthony LaCalamita III", "PERSON"), ("LaCalamita", "PERSON"), ("Thompson", "ORG"),
        ("Tony Thompson", "PERSON"), ("Surrey", "PERSON"),
    ]  # fmt: skip
    weights = dict(doc_profile("d1", QUAKE, names).entities)
    assert set(weights) == {"name:anthony lacalamita", "name:tony thompson", "name:surrey"}
    other = doc_profile("d2", QUAKE, [("Anthony LaCalamita", "PERSON"), ("Surrey", "GPE")])
    assert {k for k, _ in other.entities} == {"name:anthony lacalamita", "name:surrey"}
    assert other.places == ("name:surrey",)


def test_a_follow_up_naming_people_by_surname_alone_fits_the_story_of_their_full_names() -> None:
    names = [("Olaf Scholz", "PERSON"), ("Christian Lindner", "PERSON"), ("Berlin", "GPE")]
    story = new_story(doc_profile("d1", ELECTION, names))
    follow_up = doc_profile("d2", ELECTION, [("Scholz", "GPE"), ("Lindner", "PERSON")])
    _, shared = _similarities(follow_up, story, StoryParams())
    assert shared > 0.8
    south_sudan = new_story(doc_profile("d3", ELECTION, [("South Sudan", "GPE")]))
    sudan = doc_profile("d4", ELECTION, [("Sudan", "GPE")])
    assert _similarities(sudan, south_sudan, StoryParams())[1] == 0.0


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


REHAB = np.array([0.0, 1.0, 0.0, 0.2])  # kind vectors: what happened, names taken out
REHAB_2 = np.array([0.1, 0.95, 0.0, 0.25])
VOTE = np.array([1.0, 0.0, 0.3, 0.0])
REID = np.array([1.0, 0.0, 0.2, 0.0])  # text vectors: who, far apart
LOHAN = np.array([0.0, 0.2, 0.0, 1.0])


def test_a_new_story_of_the_same_kind_joins_its_thread_by_kind() -> None:
    reid = new_story(doc_profile("d1", REID, [("Tara Reid", "PERSON")], kind=REHAB))
    lohan = doc_profile("d2", LOHAN, [("Lindsay Lohan", "PERSON")], kind=REHAB_2)
    decision = assign_story(lohan, [reid])
    assert decision.story_id is None and decision.thread_id == reid.thread_id
    assert "kind 0.9" in decision.thread_reason
    vote = doc_profile("d3", LOHAN, [("Lindsay Lohan", "PERSON")], kind=VOTE)
    assert assign_story(vote, [reid]).thread_id is None
    unknown = doc_profile("d4", LOHAN, [("Lindsay Lohan", "PERSON")])  # no kind: text decides
    assert assign_story(unknown, [reid]).thread_id is None


def test_grown_stories_of_one_kind_put_their_threads_together() -> None:
    params = replace(StoryParams(), thread_kind=2.0)  # new stories start threads of their own
    reid = update_profile(
        new_story(doc_profile("d1", REID, [("Tara Reid", "PERSON")], kind=REHAB)),
        doc_profile("d2", REID, [("Tara Reid", "PERSON")], kind=REHAB_2),
    )
    lohan = update_profile(
        new_story(doc_profile("d3", LOHAN, [("Lindsay Lohan", "PERSON")], kind=REHAB_2)),
        doc_profile("d4", LOHAN, [("Lindsay Lohan", "PERSON")], kind=REHAB),
    )
    assert reid.thread_id != lohan.thread_id and reid.kind == lohan.kind
    more = doc_profile("d5", LOHAN, [("Lindsay Lohan", "PERSON")], kind=REHAB)
    decision = assign_story(more, [reid, lohan], params)
    assert decision.story_id == lohan.story_id
    assert decision.merge_threads == (reid.thread_id,)
    elsewhere = replace(reid, kind=tuple(VOTE))
    assert assign_story(more, [elsewhere, lohan], params).merge_threads == ()


def test_the_kind_text_keeps_what_happened_not_to_whom() -> None:
    names = ["Lindsay Lohan", "Lohan", "Betty Ford Center"]
    text = "Lohan, 26, checked into the Betty Ford Center on May 2, 2013. She is fine."
    kept = kind_text("Lindsay Lohan checks into rehab", text, names)
    assert kept == "checks into rehab , checked into the on May She is fine."
    reid = "Tara Reid has checked into Promises Treatment Center, a rehab clinic in Malibu."
    lohan = "Lindsay Lohan checked into rehab at the Betty Ford Center in Palm Springs."
    vote = "Voters in Turkmenistan cast their ballots in a parliamentary election."
    plain = embed_texts([reid, lohan, vote])
    names = ["Tara Reid", "Promises Treatment Center", "Malibu", "Lindsay Lohan",
             "Betty Ford Center", "Palm Springs", "Turkmenistan"]  # fmt: skip
    kinds = embed_texts([kind_text(None, t, names) for t in (reid, lohan, vote)])
    assert kinds[0] @ kinds[1] > plain[0] @ plain[1] + 0.1
    assert kinds[0] @ kinds[1] > kinds[0] @ kinds[2] + 0.3


def test_a_grown_story_absorbs_a_second_start_of_its_event() -> None:
    chile = _grown("d1", "d2", QUAKE, CHILE)
    stray = new_story(doc_profile("d3", QUAKE_2, CHILE))
    other = _grown("d4", "d5", ELECTION, [("Angela Merkel", "PERSON")])
    decision = assign_story(doc_profile("d6", QUAKE, CHILE), [chile, stray, other])
    assert decision.story_id == chile.story_id
    assert decision.merge_stories == (stray.story_id,)
    locked = assign_story(doc_profile("d6", QUAKE, CHILE), [chile, replace(stray, locked=True)])
    assert locked.merge_stories == ()


def test_a_report_that_fits_two_stories_of_its_days_ties_them_together() -> None:
    """The first report of rescue teams never named the earthquake; a report of the same days
    that tells of both, fitting both stories well, makes them one. Undated, it does not."""
    quake = new_story(doc_profile("d1", QUAKE, CHILE[:2], published="2026-03-02"))
    teams = [("Valdera", "GPE"), ("Tarma Obras", "ORG")]
    rescue = new_story(doc_profile("d2", RESCUE, teams, published="2026-03-04"))
    both = doc_profile("d3", QUAKE + RESCUE, CHILE[:2] + teams, published="2026-03-06")
    decision = assign_story(both, [quake, rescue])
    assert {decision.story_id, *decision.merge_stories} == {quake.story_id, rescue.story_id}
    undated = assign_story(replace(both, date=None), [quake, rescue])
    assert undated.story_id is not None and undated.merge_stories == ()


def test_the_index_folds_an_absorbed_story_into_the_grown_one() -> None:
    index = StoryIndex(replace(StoryParams(), join=9.0))  # every document starts a story
    for doc_id in ("d1", "d2", "d3"):
        index.add(doc_id, QUAKE, CHILE)
    assert len(index.stories) == 3
    index.params = StoryParams()
    decision = index.add("d4", QUAKE, CHILE)  # joins one, which has grown: it takes the others
    assert decision.merge_stories
    merged = index.stories[decision.story_id]
    assert set(index.story_of.values()) == {decision.story_id}
    assert set(merged.documents) >= {"d1", "d2", "d3", "d4"}
    assert len(index.stories) == 1
    assert [s.story_id for s in index.candidates(doc_profile("d5", QUAKE, CHILE))] == [
        decision.story_id
    ]


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


def test_the_years_of_a_documents_dates_count_as_names() -> None:
    dates = (
        Timex("27 September 2013", 0, 17, "DATE", "2013-09-27"),
        Timex("last winter", 30, 41, "DATE", "2012-WI"),
        Timex("three days", 50, 60, "DURATION", "P3D"),
        Timex("now", 70, 73, "DATE", "PRESENT_REF"),
    )
    headline = (HeadlineName("Turkmenistan", "GPE"), HeadlineName("2013", "DATE"))
    names = entity_names(Analysis("d1", timexes=dates, title_names=headline))
    assert names == [("Turkmenistan", "GPE"), ("2013", "DATE"), ("2013", "DATE"), ("2012", "DATE")]


def test_the_store_folds_an_absorbed_story_into_the_grown_one(tmp_path, monkeypatch) -> None:
    store = open_store(str(tmp_path / "storyline.db"))
    chile = tuple(
        Entity(f"e{n}", name, kind, mentions=(Mention(name, 0, len(name)),))
        for n, (name, kind) in enumerate(CHILE)
    )

    def add(doc_id: str) -> tuple[str, bool]:
        stored_id, _ = store.add_document(
            Document(doc_id, "article", f"Quake report {doc_id}.", title="Quake")
        )
        stored = store.get_document(stored_id)
        return story_step.assign_in_store(store, stored, Analysis(stored_id, chile), QUAKE)

    apart = replace(StoryParams(), join=9.0)  # the first three start three stories
    monkeypatch.setattr(story_step, "assign_story", lambda d, c: assign_story(d, c, apart))
    firsts = [add(doc_id)[0] for doc_id in ("d1", "d2", "d3")]
    assert len(set(firsts)) == 3
    monkeypatch.setattr(story_step, "assign_story", assign_story)
    story_id, started = add("d4")
    assert not started
    assert [s.id for s in store.stories()] == [story_id]
    assert len(store.get_story(story_id).documents) == 4
    ((_, profile, _),) = store.story_profiles([story_id])
    assert profile is not None and '"size": 4' in profile
    assert '"kind": []' in profile  # no kind given: saved empty, and read back so
    store.close()


def test_a_story_saved_with_its_kind_reads_it_back(tmp_path) -> None:
    store = open_store(str(tmp_path / "storyline.db"))
    stored_id, _ = store.add_document(Document("d1", "article", "Report.", title="Rehab"))
    stored = store.get_document(stored_id)
    story_id, _ = story_step.assign_in_store(store, stored, Analysis(stored_id), QUAKE, REHAB)
    ((story, profile, pinned),) = store.story_profiles([story_id])
    read = story_step._profile_from_json(story, profile, pinned)
    assert np.allclose(read.kind, REHAB / np.linalg.norm(REHAB))
    old = {key: value for key, value in json.loads(profile).items() if key != "kind"}
    assert story_step._profile_from_json(story, json.dumps(old), pinned).kind == ()
    store.close()


def test_profiles_saved_with_classed_keys_read_under_todays_keys() -> None:
    saved = [("person:tony thompson", 0.5), ("org:tony thompson", 0.25), ("year:2008", 0.1)]
    assert class_free_keys(saved) == (("name:tony thompson", 0.75), ("year:2008", 0.1))


def test_names_the_tagger_missed_are_runs_inside_sentences_that_hold_no_tagged_name() -> None:
    text = (
        "Dredgers worked to free the Ever Given, Peter Berdowski said on Friday 26 March. "
        "OAKRIDGE (State Wire) - Chief Executive Greg Becker spoke. Suez Canal traffic resumed."
    )
    found = untagged_names(text, [("Greg Becker", "PERSON")])
    assert found == [("Ever Given", "ORG"), ("Peter Berdowski", "ORG")]
