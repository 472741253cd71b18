"""Figures a claim gives, and when a later report bears them out."""

from __future__ import annotations

import pytest

from storyline.track.figures import bounds, figures, only_a_part, other_side, unconfirmed_figure


def test_figures_are_found_by_what_they_count() -> None:
    text = "hackers stole the data of about 9 million customers and killed three people"
    assert figures(text) == {"customer": (9_000_000.0, "about"), "people": (3.0, None)}


@pytest.mark.parametrize(
    "text",
    ["the 2023 killing of a clerk", "captured on March 12, two days after", "a 19-year-old man",
     "at 2:14 on Monday"],
)  # fmt: skip
def test_years_dates_ages_times_and_spans_of_time_are_no_figures(text: str) -> None:
    assert figures(text) == {}


@pytest.mark.parametrize(
    ("claim", "evidence", "missing"),
    [
        ("stole the data of 12 million customers", "stole the data of 9 million customers",
         "12,000,000 customer"),
        ("stole the data of 12 million customers", "hackers stole customer data", None),
        ("stole the data of 12 million customers", "data of about 11.5 million customers",
         None),
        ("at least 20 people died", "31 people died", None),
        ("three people were killed", "Three people were killed in the strike", None),
        ("the missile struck a hospital", "the missile killed 3 people at the hospital", None),
    ],
)  # fmt: skip
def test_a_figure_given_otherwise_is_not_borne_out(claim, evidence, missing) -> None:
    assert unconfirmed_figure(claim, evidence) == missing


def test_a_part_is_no_whole() -> None:
    plan = "it expected to restore all services by 6 p.m. on Monday"
    assert only_a_part(plan, "Kestrel Cloud restored most services late on Monday") == "most"
    assert only_a_part(plan, "All Kestrel Cloud services were fully restored on Wednesday") is None
    assert only_a_part(plan, "Kestrel Cloud restored its services on Monday") is None
    assert only_a_part("it will restore services", "it restored some services") is None


def test_a_thing_put_on_the_other_side_of_a_bound_is_told_otherwise() -> None:
    railway = "the train had been travelling below the speed limit when 23 cars left the tracks"
    board = "the train was travelling at 49 miles per hour, above the 40 mph limit on that stretch"
    assert bounds(railway) == {"limit": -1}
    assert other_side(railway, board) == "above the 40 mph limit"
    assert other_side(railway, "the train was travelling within the speed limit") is None
    assert other_side(railway, "spending rose above the budget") is None  # another bound
    assert bounds("the bank kept its target") == {}
