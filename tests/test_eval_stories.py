"""The story evaluation on three ECB+ dev topics: ours clears a floor that broken assigners miss."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
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
    thread_ceiling,
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


def test_thread_ceiling_is_perfect_only_when_a_topic_s_stories_look_alike(corpus: Corpus) -> None:
    topic_axis = {topic: i for i, topic in enumerate(TOPICS)}
    alike = np.zeros((len(corpus.docs), 8))
    for row, doc in zip(alike, corpus.docs, strict=True):
        row[topic_axis[doc.topic]] = 1.0
        row[3 + topic_axis[doc.topic]] = 0.3 if doc.subtopic.endswith("plus") else 0.0
    assert thread_ceiling(corpus, alike)[1].f1 == 1.0
    apart = alike.copy()
    lohan = np.array([d.subtopic == "1ecbplus" for d in corpus.docs])
    apart[lohan] = 0.0
    apart[lohan, 7] = 1.0  # one topic's second story points elsewhere: no threshold joins it
    threshold, scores = thread_ceiling(corpus, apart)
    assert scores.precision == 1.0 and scores.recall < 1.0
    assert 0.3 <= threshold < 0.9


def test_floor_check_tells_apart_a_pass_and_a_failure(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"margin": 0.01, "floors": {"stories_f1_mean": 0.9}}))
    assert check_floors({"stories_f1_mean": 0.895}, floors) == []
    assert check_floors({"stories_f1_mean": 0.85}, floors) != []
    real = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(real["floors"]) >= {"stories_f1_mean", "threads_f1_mean", "entities_f1"}
