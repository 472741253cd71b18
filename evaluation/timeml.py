"""TimeML reading and TempEval-3 style TIMEX3 scoring: pure functions over plain data.

A `.tml` file gives the document text (the `<TEXT>` element with its markup removed), the
TIMEX3 spans in it with character offsets, and the document creation time (the TIMEX3 whose
`functionInDocument` is `CREATION_TIME`). The scorer follows TempEval-3: a gold timex is found
when a system timex has exactly its span (strict) or overlaps it (relaxed); type and value
accuracy are over the relaxed matches; span+value counts a match only when the values agree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GoldTimex",
    "Scores",
    "TimeMLDocument",
    "match_spans",
    "read_corpus",
    "read_tml",
    "score",
]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated (or system) TIMEX3: span in the text and its normalization."""

    start_char: int
    end_char: int
    type: str
    value: str
    mod: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    """TempEval-3 figures; every ratio is 0.0 when its denominator is empty."""

    gold: int
    system: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    span_value_precision: float
    span_value_recall: float
    span_value_f1: float

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__slots__}


def read_tml(path: str | Path) -> TimeMLDocument:
    """Read one TimeML file; offsets are into the de-tagged `<TEXT>` content."""
    root = ET.parse(path).getroot()
    dct = _creation_time(root)
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    found: list[GoldTimex] = []
    _walk(text_el, pieces, found, 0)
    return TimeMLDocument(Path(path).stem, "".join(pieces), dct, tuple(found))


def _creation_time(root: ET.Element) -> str:
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            return el.get("value", "")
    raise ValueError("no TIMEX3 with functionInDocument=CREATION_TIME")


def _walk(el: ET.Element, pieces: list[str], found: list[GoldTimex], at: int) -> int:
    """Append the text under `el` to `pieces`, recording TIMEX3 spans; returns the new offset."""
    start = at
    if el.text:
        pieces.append(el.text)
        at += len(el.text)
    for child in el:
        at = _walk(child, pieces, found, at)
        if child.tail:
            pieces.append(child.tail)
            at += len(child.tail)
    if el.tag == "TIMEX3":
        covered = "".join(pieces)[start:at] if at - start < 200 else ""
        found.append(
            GoldTimex(start, at, el.get("type", ""), el.get("value", ""), el.get("mod"), covered)
        )
    return at


def read_corpus(root: str | Path, limit: int | None = None) -> list[TimeMLDocument]:
    """Every `.tml` under `root`, in a stable (sorted) order, at most `limit` of them."""
    paths = sorted(Path(root).rglob("*.tml"))
    if limit is not None:
        paths = paths[:limit]
    return [read_tml(p) for p in paths]


def _overlap(a: GoldTimex, b: GoldTimex) -> int:
    return min(a.end_char, b.end_char) - max(a.start_char, b.start_char)


def match_spans(
    gold: Sequence[GoldTimex], system: Sequence[GoldTimex]
) -> list[tuple[GoldTimex, GoldTimex]]:
    """One-to-one relaxed matching: each gold timex takes the unused system timex that
    overlaps it most (an exact span first), so one long system span cannot count twice."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, GoldTimex]] = []
    for g in gold:
        best, best_key = -1, (0, 0)
        for i, s in enumerate(system):
            if i in used:
                continue
            overlap = _overlap(g, s)
            if overlap <= 0:
                continue
            exact = s.start_char == g.start_char and s.end_char == g.end_char
            key = (int(exact), overlap)
            if key > best_key:
                best, best_key = i, key
        if best >= 0:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def _prf(hits: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    precision = hits / n_system if n_system else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(pairs: Iterable[tuple[Sequence[GoldTimex], Sequence[GoldTimex]]]) -> Scores:
    """Score (gold, system) timex lists, one pair per document, micro-averaged."""
    n_gold = n_system = strict = relaxed = typed = valued = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_system += len(system)
        for g, s in match_spans(gold, system):
            relaxed += 1
            strict += g.start_char == s.start_char and g.end_char == s.end_char
            typed += g.type == s.type
            valued += g.value == s.value
    sp, sr, sf = _prf(strict, n_system, n_gold)
    rp, rr, rf = _prf(relaxed, n_system, n_gold)
    vp, vr, vf = _prf(valued, n_system, n_gold)
    return Scores(
        gold=n_gold,
        system=n_system,
        strict_precision=sp,
        strict_recall=sr,
        strict_f1=sf,
        relaxed_precision=rp,
        relaxed_recall=rr,
        relaxed_f1=rf,
        type_accuracy=typed / relaxed if relaxed else 0.0,
        value_accuracy=valued / relaxed if relaxed else 0.0,
        span_value_precision=vp,
        span_value_recall=vr,
        span_value_f1=vf,
    )
