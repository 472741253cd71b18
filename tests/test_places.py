"""Which places lie within which (GeoNames cities of 15,000 people or more)."""

from __future__ import annotations

import pytest

from storyline.track.places import within


@pytest.mark.parametrize(
    ("place", "region"),
    [("budapest", "hungary"), ("houston", "texas"), ("houston", "us"), ("texas", "united states")],
)
def test_a_city_or_state_lies_in_its_region(place: str, region: str) -> None:
    assert within(place, region)


@pytest.mark.parametrize(
    ("place", "region"),
    [("hungary", "budapest"), ("vienna", "switzerland"), ("arnhaven", "norway"), ("x", "y")],
)
def test_a_region_a_foreign_city_or_an_unknown_name_lies_nowhere(place: str, region: str) -> None:
    assert not within(place, region)
