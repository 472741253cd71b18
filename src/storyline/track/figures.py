"""The figures a claim gives, by what they count: `12 million customers`, `three people`.

A report that gives another figure for the same thing does not confirm a claim's figure:
hackers who `claim to have stolen the data of 12 million customers` are not borne out by a
company admitting `about 9 million customers`. A report that gives no figure may still confirm
the happening. Only a report of what happened is held to its figures: a plan is borne out by
the happening however it was done (`Four tugboats pulled the ship off` bears out `three
tugboats will pull the ship off`). A part is no whole, though, for a plan or a report alike:
`restored most services` does not bear out `will restore all services`. And a thing put on
the other side of a bound is told otherwise: `above the 40 mph limit` against `below the
speed limit`.
"""

from __future__ import annotations

import re

__all__ = [
    "Figure",
    "bounds",
    "figures",
    "only_a_part",
    "other_side",
    "singular",
    "unconfirmed_figure",
]

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_BOUNDS = ("at least", "more than", "over", "up to", "fewer than", "less than", "under")
_ROUGHLY = ("about", "around", "nearly", "almost", "some", "roughly", "approximately")
# What a count of days or hours measures is time, which claims' dates compare already.
_NOT_COUNTED = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "of", "to",
     "and", "or", "in", "on", "at", "a", "the"}
)  # fmt: skip
_FIGURE = re.compile(
    r"(?:\b(?P<hedge>" + "|".join(_BOUNDS + _ROUGHLY) + r")\s+)?"
    r"(?<![\d.,:/-])(?P<number>\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r"))\b"
    r"(?:\s+(?P<scale>" + "|".join(_SCALE) + r"))?"
    r"\s+(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_WHOLE = re.compile(r"\b(?:all|every|entire|whole|fully|completely|totally)\b", re.IGNORECASE)
_PART = re.compile(
    r"\b(?:most|some|many|several|half|partly|partially|part of|much of)\b", re.IGNORECASE
)
# Which side of a bound a thing is on: `travelling below the speed limit`, `above the target`.
_SIDES = {"below": -1, "under": -1, "within": -1, "above": 1, "over": 1, "beyond": 1}
_BOUND = re.compile(
    r"\b(?P<side>" + "|".join(_SIDES) + r")\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>limit|threshold|target|cap|ceiling|budget|forecast|estimate)s?\b",
    re.IGNORECASE,
)
ROUGH_SHARE = 0.1  # `about 9 million` stands for anything this close to 9 million

Figure = tuple[float, str | None]  # the value and its hedge (`at least`, `about`) if any


def figures(text: str) -> dict[str, Figure]:
    """Counted nouns (singular, lower case) with the figure each is given: the first one."""
    found: dict[str, Figure] = {}
    for match in _FIGURE.finditer(text):
        noun = singular(match["noun"].lower())
        if noun in _NOT_COUNTED or noun in found:
            continue
        number = match["number"].lower()
        if _YEAR.fullmatch(number) and not match["scale"]:
            continue  # `the 2023 killing`
        value = float(_NUMBER_WORDS.get(number) or number.replace(",", ""))
        value *= _SCALE.get((match["scale"] or "").lower(), 1.0)
        found[noun] = (value, match["hedge"].lower() if match["hedge"] else None)
    return found


def unconfirmed_figure(claim_text: str, evidence_text: str) -> str | None:
    """The figure of the claim that the evidence gives otherwise (`12 million customers`), or
    None when it gives none of them otherwise (the same figure, a bound that allows it, or no
    figure for that thing)."""
    given = figures(evidence_text)
    for noun, (value, hedge) in figures(claim_text).items():
        other = given.get(noun)
        if other is not None and not _agree((value, hedge), other):
            return f"{_plain(value)} {noun}"
    return None


def only_a_part(claim_text: str, evidence_text: str) -> str | None:
    """The word by which the evidence tells of a part of what the claim says of the whole
    (`most` against `all services`), or None."""
    if not _WHOLE.search(claim_text) or _WHOLE.search(evidence_text):
        return None
    part = _PART.search(evidence_text)
    return part.group().lower() if part else None


def bounds(text: str) -> dict[str, int]:
    """The bounds a text puts things against, each with its side: -1 below, 1 above."""
    return {match["noun"].lower(): _SIDES[match["side"].lower()] for match in _BOUND.finditer(text)}


def other_side(claim_text: str, evidence_text: str) -> str | None:
    """The bound the evidence puts the thing on the other side of (`above the 40 mph limit`
    against `below the speed limit`), or None."""
    told = bounds(claim_text)
    for match in _BOUND.finditer(evidence_text):
        side = told.get(match["noun"].lower())
        if side is not None and side != _SIDES[match["side"].lower()]:
            return match.group().lower()
    return None


def _agree(a: Figure, b: Figure) -> bool:
    if a[1] in _BOUNDS or b[1] in _BOUNDS:
        return True  # `at least 20` and `31` both may be so
    rough = a[1] in _ROUGHLY or b[1] in _ROUGHLY
    return abs(a[0] - b[0]) <= (ROUGH_SHARE * max(a[0], b[0]) if rough else 0.0)


def singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
