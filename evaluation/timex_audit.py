"""How much of our disagreement with TimeBank + AQUAINT is the gold disagreeing with itself.

    python evaluation/eval_timex.py --audit

The corpus annotates the same expression in different ways: `last week` as the ISO week 26
times and as `1989-WXX` 11 times, a bare year as `1998` 100 times and as `1998-XX` 10 times,
`now` in 59 of its 81 sentences. A tagger that is consistent cannot match both halves. The
audit asks, of each of our errors on an expression whose value does not hang on its sentence
(no weekday, month name, `earlier` or `that quarter`), whether the gold itself gives the same
expression our value, as far from its own document's date, at least as often as the value it
gives here: then the error is the gold's inconsistency, not ours. Weekdays, months and
focus-anchored expressions are never excused: their value rightly depends on context.

The audit is a diagnosis, not a score: the figures the issue targets stay those of `score`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evaluation.timeml import GoldTimex, TimeMLDocument, match_spans

Tagger = Callable[[str, str], list[GoldTimex]]

CONTEXTUAL = re.compile(
    r"day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d(?:st|nd|rd|th)\b"
    r"|[ap]\.?m\b|earlier|later|\bthat\b|same|quarter|period|previous|following|before|after",
    re.IGNORECASE,
)
_PLAIN_DAYS = re.compile(r"^(?:to|yester)day$|^tomorrow$|^(?:a|one|two|three|four|five|9+) days?")


@dataclass(frozen=True)
class Audit:
    """Our errors split by whose they are, and span+value F1 against a gold that kept to its
    own majority on the excused expressions (ties are ours)."""

    right: int
    gold: int
    system: int
    value_excused: int  # our value is the gold's own majority for this expression
    value_ours: int
    spurious_excused: int  # the gold tags this expression, so valued, in most of its sentences
    spurious_ours: int
    missed: int

    @property
    def consistent_value_f1(self) -> float:
        """Span+value F1 had the gold kept to its majority in values: excused values are right."""
        return 2 * (self.right + self.value_excused) / (self.gold + self.system)

    @property
    def consistent_f1(self) -> float:
        """... and in spans too: excused spurious spans are gold timexes we found."""
        hits = self.right + self.value_excused + self.spurious_excused
        return 2 * hits / (self.gold + self.spurious_excused + self.system)


def expression_key(text: str) -> str:
    """`The year-ago,` and `year-ago` are one expression, and so are `in 1952` and `in 1968`."""
    key = re.sub(r"\s+", " ", text.lower()).strip(" .,;:'\"`")
    return re.sub(r"\d", "9", re.sub(r"^(?:the|a|an) ", "", key))


def value_shape(text: str, value: str, dct: str) -> str:
    """The value with the year the text writes as `N` (`1952-XX` of `1952` is `N-XX`), else
    its distance from the document date (see `relative_value`)."""
    written = re.search(r"\d{4}", text)
    if written and value.startswith(written.group(0)):
        return "N" + value[4:]
    return relative_value(value, dct)


def relative_value(value: str, dct: str) -> str:
    """A calendar value as its distance from the document date in its own unit (`1989-W42`
    said in week 43 is `W-1`), so that one expression can be compared across documents."""
    anchor = dt.date.fromisoformat(dct[:10])
    m = re.match(r"(\d{4})(.*)$", value)
    if not m:
        return value
    year, rest = int(m.group(1)), m.group(2)
    years = year - anchor.year
    try:
        if m2 := re.fullmatch(r"-(\d\d)", rest):
            return f"M{years * 12 + int(m2.group(1)) - anchor.month:+d}"
        if m2 := re.fullmatch(r"-(\d\d)-(\d\d)(.*)", rest):
            day = dt.date(year, int(m2.group(1)), int(m2.group(2)))
            return f"D{(day - anchor).days:+d}{m2.group(3)}"
        if m2 := re.fullmatch(r"-W(\d\d?)(.*)", rest):
            monday = dt.date.fromisocalendar(year, int(m2.group(1)), 1)
            weeks = (monday - (anchor - dt.timedelta(days=anchor.weekday()))).days // 7
            return f"W{weeks:+d}{m2.group(2)}"
        if m2 := re.fullmatch(r"-Q(\d)", rest):
            return f"Q{years * 4 + int(m2.group(1)) - (anchor.month + 2) // 3:+d}"
    except ValueError:
        return value
    return f"Y{years:+d}{rest}"


def _context_free(timex: GoldTimex) -> bool:
    """Whether the value hangs on the document date alone: no weekday, month, focus word or
    quarter (`a year ago` in an earnings report is the reported quarter, a year back)."""
    key = expression_key(timex.text)
    free = bool(_PLAIN_DAYS.match(key)) or not CONTEXTUAL.search(key)
    return free and "-Q" not in timex.value


def audit(docs: Sequence[TimeMLDocument], tagger: Tagger) -> Audit:
    values: dict[str, Counter[str]] = {}
    for doc in docs:
        for g in doc.timexes:
            key = expression_key(g.text)
            values.setdefault(key, Counter())[value_shape(g.text, g.value, doc.dct)] += 1
    untagged = _untagged_counter(docs)
    counts = Counter()
    for doc in docs:
        system = tagger(doc.text, doc.dct)
        pairs = match_spans(doc.timexes, system)
        counts["gold"] += len(doc.timexes)
        counts["system"] += len(system)
        counts["missed"] += len(doc.timexes) - len(pairs)
        for g, s in pairs:
            if g.value == s.value:
                counts["right"] += 1
                continue
            given = values[expression_key(g.text)]
            ours = given[value_shape(g.text, s.value, doc.dct)]
            excused = _context_free(g) and _context_free(s)
            excused = excused and ours > given[value_shape(g.text, g.value, doc.dct)]
            counts["value_excused" if excused else "value_ours"] += 1
        paired = {id(s) for _, s in pairs}
        for s in system:
            if id(s) in paired:
                continue
            key = expression_key(s.text)
            tagged = values.get(key, Counter())[value_shape(s.text, s.value, doc.dct)]
            excused = _context_free(s) and tagged > untagged(key)
            counts["spurious_excused" if excused else "spurious_ours"] += 1
    return Audit(**{name: counts[name] for name in Audit.__dataclass_fields__})


def _untagged_counter(docs: Sequence[TimeMLDocument]) -> Callable[[str], int]:
    """How often an expression stands in the corpus outside every gold timex."""
    cache: dict[str, int] = {}

    def untagged(key: str) -> int:
        if key not in cache:
            written = re.escape(key).replace("9", r"\d")
            pattern = re.compile(rf"\b{written}\b", re.IGNORECASE)
            cache[key] = sum(
                not any(g.start_char < m.end() and m.start() < g.end_char for g in doc.timexes)
                for doc in docs
                for m in pattern.finditer(doc.text)
            )
        return cache[key]

    return untagged


def report(result: Audit) -> str:
    return "\n".join(
        [
            f"right values                       {result.right:5}",
            f"wrong values, the gold's own other {result.value_excused:5}"
            "   (our value is its majority for the expression)",
            f"wrong values, ours                 {result.value_ours:5}",
            f"spurious, the gold tags it mostly  {result.spurious_excused:5}",
            f"spurious, ours                     {result.spurious_ours:5}",
            f"missed                             {result.missed:5}",
            f"span+value F1 against a gold kept to its majority in values: "
            f"{result.consistent_value_f1:.3f}; in values and spans: {result.consistent_f1:.3f}",
        ]
    )
