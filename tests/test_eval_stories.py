"""The story evaluation on three ECB+ dev topics: ours clears a floor that broken assigners miss."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from evaluation.bcubed import BCubed
from evaluation.eval_stories import (
    DATA,
    FLOORS,
    Corpus,
    check_floors,
    load_corpus,
    run_ours,
    score_runs,
    tune_tfidf,
)
from storyline.track.stories import StoryParams

TOPICS = ("1", "5", "12")  # rehab, a coach fired/hired, pirates: six stories, three threads
FLOOR = 0.8

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="ECB+ dev data is not checked out")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(DATA, TOPICS)


def _mean(scores: tuple[BCubed, ...]) -> float:
    return sum(s.f1 for s in scores) / len(scores)


def _scores(corpus: Corpus, params: StoryParams) -> tuple[float, float]:
    runs = score_runs(corpus, lambda order: run_ours(corpus, order, params))
    return _mean(runs.stories), _mean(runs.threads)


def test_reader_gives_gold_stories_threads_and_mentions(corpus: Corpus) -> None:
    assert {d.topic for d in corpus.docs} == set(TOPICS)
    assert len({d.subtopic for d in corpus.docs}) == 6
    lohan = next(d for d in corpus.docs if d.id == "1_10ecbplus")
    assert lohan.title == "Lindsay Lohan checks into Betty Ford Center"
    assert lohan.url and lohan.url.startswith("http")
    assert any(m.text == "Lindsay Lohan" and m.type == "PERSON" for m in lohan.mentions)
    assert len(corpus.embeddings) == len(corpus.entities) == len(corpus.docs)


def test_ours_clears_the_floor_and_broken_assigners_do_not(corpus: Corpus) -> None:
    stories, threads = _scores(corpus, StoryParams())
    assert stories >= FLOOR and threads >= FLOOR
    one_story = _scores(corpus, replace(StoryParams(), join=-10.0))
    all_apart = _scores(corpus, replace(StoryParams(), join=10.0, thread_text=2, thread_entity=2))
    assert one_story[0] < FLOOR and all_apart[0] < FLOOR and all_apart[1] < FLOOR


def test_baseline_runs_in_the_same_evaluation(corpus: Corpus) -> None:
    threshold, scores = tune_tfidf(corpus)
    assert 0.0 < threshold < 1.0
    assert 0.3 < _mean(scores.stories) <= 1.0


def test_floor_check_tells_apart_a_pass_and_a_failure(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"margin": 0.01, "floors": {"stories_f1_mean": 0.9}}))
    assert check_floors({"stories_f1_mean": 0.895}, floors) == []
    assert check_floors({"stories_f1_mean": 0.85}, floors) != []
    real = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(real["floors"]) >= {"stories_f1_mean", "threads_f1_mean", "entities_f1"}
