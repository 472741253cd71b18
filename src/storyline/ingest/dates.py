"""Dates in bylines and notes, as ISO strings, with the reason when a date reads two ways.

`09/04/23` is 4 September in the US and 9 April elsewhere. The page itself usually settles it:
a copyright year, or a date it mentions as past (`On September 4, it became known` cannot have
been written on 9 April). `resolve_numeric` weighs that evidence and says why it chose.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as dateparser

from storyline.errors import InputError

__all__ = ["ResolvedDate", "iso_date", "parse_date_text", "past_bounds", "resolve_numeric"]

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PAST_CUE = re.compile(
    r"\b(?:became|was|were|had|happened|took place|said|reported|announced|"
    r"known|occurred|met|visited|held|claimed|wrote|confirmed|denied|ago)\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?!\d)", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})", re.IGNORECASE)
_IN_MONTH = re.compile(rf"\bin\s+(?P<month>{_MONTH_RE})(?!\s+\d)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date
    reason: str | None


def iso_date(text: str, source: str) -> str:
    """`YYYY-MM-DD` (month and day may lack their zero) that names a real day, as ISO."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text)
    if not match:
        raise InputError(f"{source}: date {text!r} is not YYYY-MM-DD", hint="write e.g. 2023-09-11")
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError as exc:
        raise InputError(
            f"{source}: impossible date {text!r}", hint="write a real day as YYYY-MM-DD"
        ) from exc


def parse_date_text(text: str) -> dt.date | None:
    """A date written with a month name (`Sep 4, 2023`, `4 September 2023`), via dateutil."""
    try:
        return dateparser.parse(text, fuzzy=False, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(word))


def past_bounds(text: str, year: int) -> list[tuple[dt.date, str]]:
    """Dates the text speaks of as past: the document was written on or after each of them."""
    bounds: list[tuple[dt.date, str]] = []
    for sentence in _SENTENCE.findall(text):
        if not _PAST_CUE.search(sentence):
            continue
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            for match in pattern.finditer(sentence):
                explicit = re.match(r",?\s*(\d{4})", sentence[match.end() :])
                when_year = int(explicit.group(1)) if explicit else year
                try:
                    day = dt.date(when_year, _month_number(match["month"]), int(match["day"]))
                except ValueError:
                    continue
                bounds.append((day, _quote(sentence)))
        for match in _IN_MONTH.finditer(sentence):
            month = _month_number(match["month"])
            bounds.append((dt.date(year, month, 1), _quote(sentence)))
    return bounds


def _readings(parts: tuple[int, int, int], two_digit_year: bool) -> dict[str, dt.date]:
    first, second, third = parts
    year = 2000 + third if two_digit_year and third < 100 else third
    orders = [("month/day/year", year, first, second), ("day/month/year", year, second, first)]
    if two_digit_year:
        orders.append(("year/month/day", 2000 + first, second, third))
    readings = {}
    for order, y, month, day in orders:
        try:
            readings[order] = dt.date(y, month, day)
        except ValueError:
            continue
    return readings


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= 60 else sentence[:57].rstrip() + "..."


def resolve_numeric(
    parts: tuple[int, int, int],
    *,
    written: str,
    body: str,
    copyright_year: int | None,
    two_digit_year: bool = False,
) -> ResolvedDate:
    """Read `a/b/c` as month/day/year, day/month/year (or yy/mm/dd) by the page's own evidence."""
    readings = _readings(parts, two_digit_year)
    if not readings:
        raise ValueError(f"no calendar day reads as {written}")
    if len(set(readings.values())) == 1:
        return ResolvedDate(next(iter(readings.values())), None)
    why: dict[str, str] = {}
    for order, day in readings.items():
        if copyright_year is not None and day.year != copyright_year:
            why[order] = f"the copyright year is {copyright_year}"
            continue
        later = [(bound, phrase) for bound, phrase in past_bounds(body, day.year) if day < bound]
        if later:
            why[order] = "the text speaks of {1!r} as past".format(*max(later))
    kept = [order for order in readings if order not in why]
    if len(kept) > 1 and "year/month/day" in kept:  # the rarest order loses a tie
        kept.remove("year/month/day")
        why["year/month/day"] = "the year usually comes last"
    if len(kept) == 1:
        chosen = readings[kept[0]]
        others = "; ".join(
            f"not {day.isoformat()} because {why[order]}"
            for order, day in readings.items()
            if order != kept[0] and day != chosen
        )
        return ResolvedDate(chosen, f"{written} read as {kept[0]} ({chosen.isoformat()}): {others}")
    candidates = kept or list(readings)
    default = "month/day/year" if "/" in written else "day/month/year"
    chosen_order = default if default in candidates else candidates[0]
    chosen = readings[chosen_order]
    return ResolvedDate(
        chosen,
        f"{written} reads several ways and the text does not settle it; assumed "
        f"{chosen_order} ({chosen.isoformat()}), the usual order for this separator",
    )
