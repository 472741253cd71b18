"""The TimeML reader and the TempEval-3 style scorer, on hand-made gold/system pairs."""

from __future__ import annotations

import sys
from pathlib import Path

# `evaluation/` is a folder of scripts beside `src/`, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest

from evaluation.timeml import GoldTimex, match_spans, read_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" \
functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="1998-08-07">Friday</TIMEX3> &amp; in <TIMEX3 tid="t2" type="DATE" value="1998-08" \
mod="START">early August</TIMEX3>.
</TEXT>
</TimeML>
"""


def g(start: int, end: int, value: str = "2023", type_: str = "DATE") -> GoldTimex:
    return GoldTimex(start, end, type_, value)


def test_read_tml_gives_text_offsets_and_dct(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "1998-08-07"
    assert [doc.text[t.start_char : t.end_char] for t in doc.timexes] == [
        "Friday",
        "early August",
    ]
    assert doc.timexes[1].mod == "START"
    assert "&" in doc.text and "<" not in doc.text


def test_perfect_system_scores_one():
    gold = [g(0, 5), g(10, 15, "2024")]
    s = score([(gold, list(gold))])
    assert s.strict_f1 == s.relaxed_f1 == s.span_value_f1 == 1.0
    assert s.type_accuracy == s.value_accuracy == 1.0


def test_known_figures():
    """Gold: 4 timexes. System: one exact with the right value, one overlapping with a wrong
    value and type, one spurious; two gold ones missed."""
    gold = [g(0, 5, "A"), g(10, 20, "B"), g(30, 35, "C"), g(40, 45, "D")]
    system = [g(0, 5, "A"), g(12, 25, "X", "DURATION"), g(50, 55, "Z")]
    s = score([(gold, system)])
    assert (s.gold, s.system) == (4, 3)
    assert s.strict_precision == pytest.approx(1 / 3)
    assert s.strict_recall == pytest.approx(1 / 4)
    assert s.strict_f1 == pytest.approx(2 / 7)
    assert s.relaxed_precision == pytest.approx(2 / 3)
    assert s.relaxed_recall == pytest.approx(2 / 4)
    assert s.relaxed_f1 == pytest.approx(4 / 7)
    assert s.type_accuracy == pytest.approx(1 / 2)
    assert s.value_accuracy == pytest.approx(1 / 2)
    assert s.span_value_precision == pytest.approx(1 / 3)
    assert s.span_value_recall == pytest.approx(1 / 4)
    assert s.span_value_f1 == pytest.approx(2 / 7)


def test_one_long_system_span_matches_one_gold_only():
    gold = [g(0, 5), g(6, 10)]
    system = [g(0, 10)]
    assert len(match_spans(gold, system)) == 1
    s = score([(gold, system)])
    assert s.relaxed_precision == 1.0 and s.relaxed_recall == 0.5


def test_exact_span_is_preferred_over_a_larger_overlap():
    gold = [g(0, 4)]
    system = [g(0, 10, "wrong"), g(0, 4, "2023")]
    assert match_spans(gold, system)[0][1].end_char == 4


def test_scores_are_micro_averaged_over_documents():
    s = score([([g(0, 5)], [g(0, 5)]), ([g(0, 5), g(6, 9)], [])])
    assert s.relaxed_recall == pytest.approx(1 / 3)
    assert s.relaxed_precision == 1.0


def test_empty_input_scores_zero_without_dividing_by_zero():
    s = score([])
    assert s.relaxed_f1 == 0.0 and s.value_accuracy == 0.0 and s.gold == 0
