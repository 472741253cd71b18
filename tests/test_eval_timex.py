"""The TIMEX3 evaluation runs end to end on a slice of TimeBank and beats a floor that a
broken tagger (or a broken scorer) would not reach."""

from __future__ import annotations

import sys
from pathlib import Path

# `evaluation/` is a folder of scripts beside `src/`, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import json

import pytest

from evaluation import eval_timex
from evaluation.timeml import read_corpus

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timebank"

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="TimeBank data not present")


@pytest.fixture(scope="module")
def docs():
    return read_corpus(DATA / "TimeBank", limit=10)


def test_slice_scores_above_floor(docs):
    scores = eval_timex.evaluate(docs, eval_timex.ours)
    assert scores.gold > 50
    assert scores.relaxed_f1 >= 0.85
    assert scores.span_value_f1 >= 0.65


def test_we_beat_the_naive_baseline(docs):
    ours = eval_timex.evaluate(docs, eval_timex.ours)
    baseline = eval_timex.evaluate(docs, eval_timex.baseline)
    assert ours.relaxed_f1 > baseline.relaxed_f1
    assert ours.span_value_f1 > baseline.span_value_f1


def test_script_prints_json(capsys):
    assert eval_timex.main(["--data", str(DATA / "TimeBank"), "--limit", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 3
    assert set(data) == {"documents", "storyline", "baseline"}
    assert 0.0 <= data["storyline"]["relaxed_f1"] <= 1.0


def test_floors_file_is_below_what_we_reach_on_the_slice(docs):
    floors = json.loads((Path(eval_timex.__file__).parent / "floors.json").read_text())["timex"]
    assert set(floors) == {"relaxed_span_f1", "span_value_f1"}
    assert all(0.0 < v < 1.0 for v in floors.values())
