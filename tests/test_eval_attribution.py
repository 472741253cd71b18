"""The attribution scorer on hand-made pairs, the PolNeAR reader, the floors gate, a dev slice."""

from __future__ import annotations

import json

import pytest

from evaluation.eval_attribution import (
    FLOORS,
    baseline_predict,
    evaluate,
    floors_failures,
    prf,
    run,
    score_role,
)
from evaluation.polnear import DEFAULT_ROOT, GoldAttribution, GoldDocument, read_ann

TEXT = "abcdefghij"


def test_score_role_exact_and_overlap_on_known_pairs():
    gold = [((0, 3),), ((5, 8),)]
    predicted = [((0, 3),), ((6, 9),), ((9, 10),)]
    counts = score_role(TEXT, gold, predicted)
    assert counts == {
        "gold": 2,
        "predicted": 3,
        "exact_pred_hits": 1,
        "exact_gold_hits": 1,
        "overlap_pred_hits": 2,
        "overlap_gold_hits": 2,
    }
    assert prf(counts, "exact") == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert prf(counts, "overlap") == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}


def test_exact_match_ignores_surrounding_spaces_and_commas():
    text = "He said, the talks failed. "
    gold = [((9, 25),)]  # "the talks failed"
    assert score_role(text, gold, [((8, 27),)])["exact_pred_hits"] == 1
    assert score_role(text, gold, [((9, 21),)])["exact_pred_hits"] == 0


def test_empty_sides_score_zero_not_an_error():
    counts = score_role(TEXT, [], [])
    assert prf(counts, "overlap") == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_evaluate_scores_each_role_separately():
    text = "The talks failed, officials said."
    doc = GoldDocument(
        name="t",
        text=text,
        attributions=(
            GoldAttribution("E1", source=((18, 27),), cue=((28, 32),), content=((0, 16),)),
        ),
    )
    predicted = [[{"source": ((18, 27),), "cue": ((28, 32),), "content": ((4, 16),)}]]
    scores = evaluate([doc], predicted)
    assert scores["source"]["exact"]["f1"] == 1.0
    assert scores["cue"]["exact"]["f1"] == 1.0
    assert scores["content"]["exact"]["f1"] == 0.0
    assert scores["content"]["overlap"]["f1"] == 1.0


def test_read_ann_keeps_discontinuous_spans_and_sourceless_relations():
    ann = (
        "T1\tSource 0 3\tHe\n"
        "T2\tCue 4 8\tsaid\n"
        "T3\tContent 10 20;25 30\tpart one part two\n"
        "T4\tAttribution 4 8\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 40 44\tsaid\n"
        "T6\tContent 45 50\tthing\n"
        "T7\tAttribution-no-source 40 44\tsaid\n"
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
    )
    first, second = read_ann(ann)
    assert first.content == ((10, 20), (25, 30))
    assert first.source == ((0, 3),) and first.cue == ((4, 8),)
    assert second.source == () and second.cue == ((40, 44),)


def test_baseline_finds_said_and_its_source():
    (triple,) = baseline_predict("The talks failed, officials said.")
    assert triple["cue"] == ((28, 32),)
    assert triple["source"] == ((18, 27),)
    assert triple["content"]


def test_floors_gate_tells_two_scores_apart(tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"attribution": {"content_overlap_f1": 0.75}}))

    def result(f1):
        return {"storyline": {"content": {"overlap": {"f1": f1}}}}

    assert floors_failures(result(0.80), floors) == []
    assert floors_failures(result(0.70), floors) == ["content_overlap_f1: 0.7000 < floor 0.7500"]


def test_floors_file_names_the_two_targets():
    floors = json.loads(FLOORS.read_text())["attribution"]
    assert set(floors) == {"content_overlap_f1", "source_overlap_f1"}


@pytest.mark.skipif(not DEFAULT_ROOT.exists(), reason="PolNeAR is not in ../shared/data")
def test_dev_slice_beats_the_baseline_and_a_floor():
    results = run("dev", limit=6)
    ours, baseline = results["storyline"], results["baseline"]
    assert ours["content"]["overlap"]["f1"] >= 0.65
    assert ours["source"]["overlap"]["f1"] >= 0.55
    for role in ("source", "cue", "content"):
        assert ours[role]["overlap"]["f1"] > baseline[role]["overlap"]["f1"]
