"""B-cubed on hand-worked clusterings (Amigó et al. 2009 give the definitions)."""

from __future__ import annotations

import pytest

from evaluation.bcubed import bcubed


def test_identical_clusterings_score_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    score = bcubed({"a": "x", "b": "x", "c": "y"}, gold)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_one_big_cluster_has_full_recall_and_low_precision() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    score = bcubed(dict.fromkeys(gold, "all"), gold)
    assert score.recall == 1.0
    assert score.precision == pytest.approx(0.5)


def test_singletons_have_full_precision() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    score = bcubed({}, gold)  # nothing clustered: every item alone
    assert score.precision == 1.0
    assert score.recall == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_worked_example() -> None:
    # gold {a,b,c} {d,e}; system {a,b} {c,d,e}
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    system = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    score = bcubed(system, gold)
    assert score.precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert score.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    p, r = score.precision, score.recall
    assert score.f1 == pytest.approx(2 * p * r / (p + r))
