"""The audit excuses an error only where the gold itself mostly says what we say, never on an
expression whose value hangs on its sentence, and never on a tie."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest

from evaluation.timeml import GoldTimex, TimeMLDocument
from evaluation.timex_audit import audit, relative_value, value_shape


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1989-W42", "W-1"),  # said in ISO week 43
        ("1989-10", "M+0"),
        ("1988", "Y-1"),
        ("1989-10-26TNI", "D-1TNI"),
        ("1988-Q3", "Q-5"),
        ("1989-WXX", "Y+0-WXX"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("1989-02-30", "1989-02-30"),  # no such day: kept as written
    ],
)
def test_relative_value_measures_from_the_document_date(value, expected):
    assert relative_value(value, "1989-10-27") == expected


def test_a_written_year_keeps_its_shape():
    assert value_shape("in 1952", "1952-XX", "1999-03-12") == "N-XX"
    assert value_shape("last week", "1999-W09", "1999-03-12") == "W-1"


def _doc(name: str, text: str, *timexes: tuple[str, str]) -> TimeMLDocument:
    found = []
    for phrase, value in timexes:
        start = text.index(phrase)
        found.append(GoldTimex(start, start + len(phrase), "DATE", value, None, phrase))
    return TimeMLDocument(name, text, "1989-10-27", tuple(found))


def _tagger(values: dict[str, str]):
    """Tags each phrase of `values` wherever it stands, with that value."""

    def tag(text: str, dct: str) -> list[GoldTimex]:
        found = []
        for phrase, value in values.items():
            start = text.find(phrase)
            if start >= 0:
                found.append(GoldTimex(start, start + len(phrase), "DATE", value, None, phrase))
        return found

    return tag


def test_an_error_is_excused_only_against_the_gold_majority():
    docs = [
        _doc("a", "It fell last week.", ("last week", "1989-W42")),
        _doc("b", "It rose last week.", ("last week", "1989-W42")),
        _doc("c", "It held last week.", ("last week", "1989-WXX")),
    ]
    result = audit(docs, _tagger({"last week": "1989-W42"}))
    assert (result.right, result.value_excused, result.value_ours) == (2, 1, 0)
    assert result.consistent_value_f1 == 1.0
    # Tagging as the minority does is our error wherever it disagrees.
    result = audit(docs, _tagger({"last week": "1989-WXX"}))
    assert (result.right, result.value_excused, result.value_ours) == (1, 0, 2)


def test_a_tie_and_a_contextual_expression_are_ours():
    docs = [
        _doc("a", "It fell on Friday.", ("Friday", "1989-10-20")),
        _doc("b", "It rose on Friday.", ("Friday", "1989-10-20")),
        _doc("c", "It held on Friday.", ("Friday", "1989-10-27")),
        _doc("d", "Shares rose annually.", ("annually", "XXXX")),
        _doc("e", "Shares fell annually.", ("annually", "P1Y")),
    ]
    result = audit(docs, _tagger({"Friday": "1989-10-20", "annually": "P1Y"}))
    assert result.value_excused == 0
    assert result.value_ours == 2  # Friday in c: past or future is the sentence's; d: a tie


def test_a_spurious_span_is_excused_where_the_gold_mostly_tags_it():
    docs = [
        _doc("a", "He is now in Paris.", ("now", "PRESENT_REF")),
        _doc("b", "She is now in Rome.", ("now", "PRESENT_REF")),
        _doc("c", "They are now in Oslo."),
    ]
    result = audit(docs, _tagger({"now": "PRESENT_REF"}))
    assert (result.right, result.spurious_excused, result.spurious_ours) == (2, 1, 0)
    assert result.consistent_f1 == 1.0
    assert result.consistent_value_f1 < 1.0
    docs.append(_doc("d", "We are now in Bonn."))  # now untagged as often as tagged
    assert audit(docs, _tagger({"now": "PRESENT_REF"})).spurious_ours == 2
