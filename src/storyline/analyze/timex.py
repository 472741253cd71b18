"""TIMEX3 tagging: find time expressions and normalize them against the document's own date.

The grammar (`timex_grammar.py`) is compiled once into a single alternation; each match goes
to the normalizer its rule names. Relative expressions are anchored on the document creation
time (DCT) or, for `the 25th`, `the quarter`, `a year earlier`, on the time in focus (the last
calendar expression); year-less months and weekdays follow the tense of their clause. Every
expression also gets an interval (`start`, `end`, ISO dates) that a timeline can sort.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from re import _constants as _C  # the stdlib regex parser: read, never changed
from re import _parser
from typing import Any, NamedTuple

from storyline.analyze import timex_grammar as g
from storyline.errors import InputError
from storyline.model import Timex

__all__ = ["parse_dct", "tag_timexes"]

MAX_TEXT_CHARS = 50_000_000


class _Point(NamedTuple):
    """A calendar period: a date and its granularity (Y, H, Q, M, W, WE, D, DE, CE, season)."""

    day: dt.date
    gran: str
    time: str = ""


class _Found(NamedTuple):
    """What a normalizer says about one match; `focus` is the period it puts in focus."""

    type: str
    value: str
    mod: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    focus: _Point | None = None


class _NoAnchor(Exception):
    """A relative expression in a text without a DCT: it is tagged without a value."""


# --------------------------------------------------------------------------------------------
# Compiling the grammar (once, at import: pure regex compilation, no I/O).

_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}|\(\?P<~(\w+)>|\(\?P=~(\w+)\)")
_BOUNDED = ((r"\s+", r"\s{1,4}"), (r"\s*", r"\s{0,4}"), (r"[-\s]+", r"[-\s]{1,4}"))


def _expand(rule: g.Rule) -> tuple[str, dict[str, tuple[str, ...]]]:
    """Turn a rule's slots into uniquely named groups; returns the regex and slot -> groups."""
    slots: dict[str, list[str]] = {}

    def name_for(slot: str) -> str:
        names = slots.setdefault(slot, [])
        names.append(f"{rule.name}__{slot}_{len(names)}")
        return names[-1]

    def replace(m: re.Match[str]) -> str:
        kind, slot, custom, backref = m.groups()
        if backref:
            return f"(?P={slots[backref][0]})"
        if custom:
            return f"(?P<{name_for(custom)}>"
        return f"(?P<{name_for(slot or kind)}>{g.FRAGMENTS[kind]})"

    pattern = _SLOT.sub(replace, rule.pattern)
    for loose, tight in _BOUNDED:
        pattern = pattern.replace(loose, tight)
    return pattern, {slot: tuple(names) for slot, names in slots.items()}


class _Compiled(NamedTuple):
    rule: g.Rule
    pattern: re.Pattern[str]
    slots: dict[str, tuple[str, ...]]


def _compile() -> tuple[_Compiled, ...]:
    compiled = []
    for rule in g.RULES:
        pattern, slots = _expand(rule)
        regex = re.compile(r"(?<![\w/.-])(?:" + pattern + r")(?!\w)", re.IGNORECASE)
        compiled.append(_Compiled(rule, regex, slots))
    return tuple(compiled)


def _first_chars(items: Any) -> tuple[frozenset[str] | None, bool]:
    """The lowercase characters a parsed regex can begin with (None: any), and whether it can
    match the empty string; used to try at each position only the rules that can start there."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue
        if op is _C.LITERAL:
            return frozenset(chars | {chr(av).lower()}), False
        if op is _C.IN:
            found = _class_chars(av)
            return (None if found is None else frozenset(chars | found)), False
        if op is _C.SUBPATTERN:
            found, empty = _first_chars(av[-1])
        elif op is _C.BRANCH:
            parts = [_first_chars(branch) for branch in av[1]]
            found = (
                None
                if any(p[0] is None for p in parts)
                else frozenset().union(*(p[0] for p in parts if p[0] is not None))
            )
            empty = any(p[1] for p in parts)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            found, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _class_chars(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av).lower())
        elif op is _C.RANGE:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def _dispatch(
    compiled: tuple[_Compiled, ...],
) -> tuple[dict[str, tuple[_Compiled, ...]], tuple[_Compiled, ...]]:
    """Rules by the first character they can match (in grammar order), and the fallback."""
    firsts = [_first_chars(_parser.parse(c.pattern.pattern, c.pattern.flags))[0] for c in compiled]
    keys = set().union(*(f for f in firsts if f is not None))
    table = {
        k: tuple(c for c, f in zip(compiled, firsts, strict=True) if f is None or k in f)
        for k in keys
    }
    return table, tuple(c for c, f in zip(compiled, firsts, strict=True) if f is None)


_COMPILED = _compile()
_BY_FIRST, _ANY_FIRST = _dispatch(_COMPILED)
_TRIGGER = re.compile(
    r"(?<!\w)(?:" + g.alternation(g.TRIGGER_WORDS) + r"(?:e?s|['’]s)?(?!\w)|['’]?\d|fy(?=\d))",
    re.IGNORECASE,
)
_START = re.compile(
    r"(?<![\w/.-])(?:(?:" + g.alternation(g.START_WORDS) + r")(?!\w)|['’]?\d|fy(?=\d))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z']+")
_NAME_IN_SENTENCE = re.compile(r"(?<=[\w,] )[A-Z][a-z']+")  # a capital after a word or comma
# A stop ends a sentence, but not after an initial (`U.S. users`, `J. Smith`) or a title.
_NOT_AN_END = r"(?<![\s.(][a-z])(?<!\bmr)(?<!\bmrs)(?<!\bdr)(?<!\bst)(?<!\bgen)(?<!\bsen)"
_SENTENCE_END = re.compile(r"[!?;:\n]\s|" + _NOT_AN_END + r"\.\s|\n")
_CLAUSE_END = re.compile(
    r"[.!?;:,\n]\s|\n|\s(?:" + g.alternation(g.CLAUSE_OPENERS) + r")\s(?![$\d])", re.IGNORECASE
)  # not `to 20%`, `to $9`: a figure, no clause
# A sentence that opens with the expression (`In March, the company sold ...`): its verb
# comes after the comma.
_FRONTED = re.compile(r"\W*(?:[a-z]+\s+){0,2}")
_DAY_FIRST = re.compile(r"\b(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]\d\d")
_MONTH_FIRST = re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d\d")
_AGE_OWNER = re.compile(r"\b(?:" + "|".join(g.AGE_OWNERS) + r")\s+$", re.IGNORECASE)
_JOINED = re.compile(r"\s+(?:and|or)\s+")
_DCT = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*")


# --------------------------------------------------------------------------------------------
# Public API


def parse_dct(value: str) -> dt.datetime:
    """Read a document creation time `YYYY-MM-DD[THH:MM[:SS]]`; anything else is an InputError."""
    m = _DCT.fullmatch(value or "")
    if m is None:
        raise InputError(
            f"malformed document creation time {value!r}",
            hint="give it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. --dct 2023-09-04T21:53",
        )
    parts = [int(p) for p in m.groups() if p is not None]
    try:
        return dt.datetime(*parts)  # type: ignore[arg-type]
    except ValueError as exc:
        raise InputError(
            f"document creation time {value!r} is not a real date: {exc}",
            hint="check the month and day, e.g. --dct 2023-09-04",
        ) from exc


def tag_timexes(text: str, dct: str | dt.date | dt.datetime | None) -> list[Timex]:
    """Find and normalize every time expression in `text`, anchored on `dct`.

    Offsets are into `text` exactly as given. Without a DCT, relative expressions are still
    found but keep unknown parts as X (`XXXX-09`).
    """
    if not isinstance(text, str):
        raise InputError(f"text to tag must be a string, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"text of {len(text):,} characters is too long to tag",
            hint=f"split it into pieces under {MAX_TEXT_CHARS:,} characters",
        )
    ctx = _Context(text, _as_datetime(dct))
    found: list[Timex] = []
    for m, compiled in _matches(text):
        timex = _normalize(m, compiled, ctx)
        if timex is not None:
            found.append(timex)
    return found


def _matches(text: str) -> Iterator[tuple[re.Match[str], _Compiled]]:
    """Every rule holds a trigger word, so rules are tried only at the words that can begin
    one shortly before a trigger, and only those whose first character fits; the result is
    that of trying every rule everywhere (`_match_at` at each position), left to right."""
    pos = tried = 0  # end of the last match; positions before `tried` were tried already
    for trigger in _TRIGGER.finditer(text):
        at = trigger.start()
        if at < pos:
            continue
        lo = max(pos, tried, at - g.TRIGGER_WINDOW)
        for start in _START.finditer(text, lo, at + g.TRIGGER_WINDOW):
            if start.start() > at:
                break
            tried = start.start() + 1
            found = _match_at(text, start.start())
            if found is not None:
                yield found
                pos = found[0].end()
                if pos > at:
                    break


def _match_at(text: str, start: int) -> tuple[re.Match[str], _Compiled] | None:
    """The first rule, in grammar order, that matches at `start`."""
    for compiled in _BY_FIRST.get(text[start].lower(), _ANY_FIRST):
        m = compiled.pattern.match(text, start)
        if m is not None and m.end() > start:
            return m, compiled
    return None


def _as_datetime(dct: str | dt.date | dt.datetime | None) -> dt.datetime | None:
    if dct is None or isinstance(dct, dt.datetime):
        return dct
    if isinstance(dct, dt.date):
        return dt.datetime(dct.year, dct.month, dct.day)
    if isinstance(dct, str):
        return parse_dct(dct)
    raise InputError(f"document creation time must be a date or a string, not {dct!r}")


# --------------------------------------------------------------------------------------------
# Context: the DCT, the time in focus, and the tense of a clause


class _Context:
    """Per-call state: the anchor, the focus (updated as the text is read), the text."""

    def __init__(self, text: str, dct: dt.datetime | None):
        self.text = text
        self.dct_time = (
            f"T{dct.hour:02d}:{dct.minute:02d}" if dct and (dct.hour or dct.minute) else ""
        )
        self.dct_day = dct.date() if dct else None
        self.focus: _Point | None = None
        self.focus_end = 0  # where the expression that set the focus ends
        self.reported: _Point | None = None  # the quarter a report is about

    def note_quarter(self, p: _Point, text: str) -> None:
        """Remember the quarter a report is about, for `the latest quarter` and `a year ago`
        to look back to past asides (`after a flat second quarter`): the first quarter named
        that ended in the year before the DCT, or a later one named as reports name theirs
        (`third-quarter profit`)."""
        if p.gran != "Q" or self.dct_day is None:
            return
        ended = _bounds(p)[1]
        recent = ended < self.dct_day <= ended + dt.timedelta(days=366)
        if recent and (self.reported is None or text.lower().endswith("-quarter")):
            self.reported = p

    @functools.cached_property
    def day_first(self) -> bool:
        """Whether the text's unambiguous numeric dates put the day first (`25/07/2023`)."""
        return bool(_DAY_FIRST.search(self.text)) and not _MONTH_FIRST.search(self.text)

    @functools.cached_property
    def cue_text(self) -> str:
        """The text lowercased for tense cues, with a name inside a sentence that reads like one
        blanked (`kidnapped workers of Hope Without Borders on Sunday`)."""
        return _NAME_IN_SENTENCE.sub(_blank_cue_name, self.text).lower()

    @property
    def dct(self) -> dt.date:
        if self.dct_day is None:
            raise _NoAnchor
        return self.dct_day

    def tense(self, start: int, end: int) -> int:
        """+1 when the clause speaks of the future, -1 of the past, 0 when it does not say."""
        return self.cue(start, end)[0]

    def cue(self, start: int, end: int) -> tuple[int, int]:
        """The tense cue nearest the expression, before it in its sentence or after it in its
        clause: (direction, distance), the distance in characters (weak cues count as farther,
        unless they touch the expression: `said Friday`). An expression that opens its sentence
        takes the first cue of the clause it fronts, however long that clause's subject."""
        before = self.cue_text[max(0, start - 150) : start]
        ends = list(_SENTENCE_END.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        after = self.cue_text[end : end + 100]
        fronted = after.startswith(",") and _FRONTED.fullmatch(before)
        stop = (_SENTENCE_END if fronted else _CLAUSE_END).search(after, 1 if fronted else 0)
        after = after[: stop.start()] if stop else after
        cues = [(m.start(), cue) for m, cue in _cues(after, following=True)]
        verb = next((i for i, (_, (_, weak)) in enumerate(cues) if not weak), None)
        if fronted and verb is not None:  # `On Tuesday, <a long subject> plans ...`
            cues[verb] = (0, cues[verb][1])
        for m, (cue, weak) in _cues(before):
            distance = len(before) - m.end()
            if not weak and distance > g.CUE_CHARS and not _CLAUSE_END.search(before[m.end() :]):
                distance = g.CUE_CHARS  # `would cut gas flows through ... from Wednesday`
            cues.append((distance, (cue, weak)))
        best = (10**6, 0)
        for distance, (cue, weak) in cues:
            if weak and distance > g.ADJACENT_CHARS:
                distance += g.WEAK_CUE_PENALTY
            best = min(best, (distance, -cue))
        return -best[1], best[0]


def _cues(text: str, following: bool = False) -> Iterator[tuple[re.Match[str], tuple[int, bool]]]:
    """The tense cues among the words of `text`: (direction, weak) for each; a participle
    after `be` (`will be paid`) is none, a plan in the past perfect (`had been due to
    expire Friday`) speaks of the past, and `until` or `to` after a deferral of the future
    (`postponed the vote to Friday`). In the words `following` the expression, a participle
    modifying a noun (`in their only scheduled debate`) is none; before it, it dates what it
    modifies (`shifted its expected landfall to late on Wednesday`)."""
    before = previous = ""
    planned = 0  # words left in a past-perfect plan (`had been due to expire`)
    deferred = False  # a deadline was moved or granted (`postponed until`)
    setting = False  # a day was set for something (`set the trial for`)
    denied = False  # `neither ... could`: the past of `can`
    for m in _WORD.finditer(text):
        word = m.group()
        if previous in g.PASSIVE_AUXILIARIES and word.endswith("ly"):
            continue  # `be fully restored`: the participle after the adverb is still passive
        planned = 3 if (before, previous) == ("had", "been") else max(0, planned - 1)
        deferred = deferred or word in g.DEFERRALS
        setting = setting or word in g.SETTINGS
        denied = denied or word in g.PAST_OF_CAN_BEFORE
        if planned and _cue(word) > 0:
            yield m, (-1, False)
        elif (previous, word) in g.FUTURE_PAIRS or (deferred and word in ("until", "till")):
            yield m, (1, False)
        elif deferred and word == "to" and _names_a_day(text[m.end() :]):
            yield m, (1, False)  # `postponed the vote to Friday`, not `to acquire ... Friday`
        elif setting and word in ("for", "of") and _names_a_day(text[m.end() :]):
            yield m, (1, False)  # `set a trial date of January 12`: ahead
        elif _due_by_it(word, text[m.end() :]):
            continue  # `to have the fire contained by Friday`: the words before tell the tense
        elif following and previous in g.ATTRIBUTIVE_BEFORE and word.endswith("ed"):
            continue  # `on Tuesday night in their only scheduled debate`
        elif word == "next" and text[m.end() :].lstrip().startswith("to "):
            continue  # `the blasts next to the U.S. embassies`: a place, no tense
        elif word == g.HEDGED_FUTURE and not denied and _looks_ahead(text[m.end() :]):
            yield m, (1, False)
        elif word == "last" and previous in g.BEFORE_A_VERB:
            continue  # `could last until the autumn`: the verb, no past
        elif word == "earlier" and text[m.end() :].lstrip().startswith("than "):
            continue  # `could end no earlier than June 21`: a bound, no past
        elif previous not in g.PASSIVE_AUXILIARIES and (cue := _cue(word)):
            finite = previous in g.SUBJECT_PRONOUNS and word not in g.REPORTING_CUES
            weak = not finite and (word in g.REPORTING_CUES or word not in g.TENSE_CUES)
            yield m, (cue, weak)
        before, previous = previous, word


def _due_by_it(word: str, rest: str) -> bool:
    """A participle just before `by` and the expression: a state due by then, no past."""
    return word not in g.TENSE_CUES and word.endswith("ed") and rest.strip().lower() == "by"


def _looks_ahead(rest: str) -> bool:
    """Whether `could` puts the verb after it ahead: not denied, not perfect."""
    words = rest.split(maxsplit=1)
    return bool(words) and words[0] not in g.PAST_OF_CAN_AFTER


def _names_a_day(rest: str) -> bool:
    """Whether the next word names a day or a month (`to Friday`, `to March 3`), or is the
    expression itself (the text ends where the expression begins)."""
    words = rest.split(maxsplit=1)
    return not words or words[0].strip(".,") in (*g.WEEKDAYS, *g.MONTHS)


def _blank_cue_name(m: re.Match[str]) -> str:
    return "x" * len(m.group()) if _cue(m.group().lower()) else m.group()


def _cue(word: str) -> int:
    if word in g.FUTURE_CUES or word.endswith("'ll"):
        return 1
    if word in g.PAST_CUES or (len(word) > 4 and word.endswith("ed")):
        return -1
    return 0


def _normalize(m: re.Match[str], compiled: _Compiled, ctx: _Context) -> Timex | None:
    rule, slot_groups = compiled.rule, compiled.slots
    slots = {}
    for slot, names in slot_groups.items():
        for name in names:
            value = m.group(name)
            if value is not None:
                slots[slot] = value
                break
    start, end = m.span()
    if _is_title(m.group(0), ctx.text[max(0, start - 2) : start]):
        return None
    try:
        found = _NORMALIZERS[rule.normalizer](slots, rule, ctx, start, end)
    except _NoAnchor:
        found = _Found(rule.type, _UNANCHORED.get(rule.type, "XXXX-XX-XX"))
    except (ValueError, OverflowError):  # a date that does not exist: no timex
        return None
    if found is None:
        return None
    found = _after_now(found, m.group(0), ctx.dct_day)
    if found.focus is not None and not _ends_a_span(ctx.text, start):
        ctx.focus, ctx.focus_end = found.focus, end
        ctx.note_quarter(found.focus, m.group(0))
    iso = dt.date.isoformat
    return Timex(
        text=m.group(0),
        start_char=start,
        end_char=end,
        type=found.type,
        value=found.value,
        mod=found.mod,
        start=iso(found.start) if found.start else None,
        end=iso(found.end) if found.end else None,
    )


def _after_now(found: _Found, text: str, dct: dt.date | None) -> _Found:
    """`later this week`, said on a Monday, is any day from Tuesday to Sunday, not the last third
    of the week: in the period the DCT lies in, the window starts after it (the value stays)."""
    later = text.lower().startswith("later ") and found.mod == "END"
    if not (later and dct and found.focus is not None):
        return found
    first, last = _bounds(found.focus)
    if not first <= dct < last:
        return found
    return found._replace(start=dct + _ONE_DAY, end=last)


def _is_title(text: str, before: str) -> bool:
    """`CBS's "60 Minutes"`, `ABC's "This Week"`: a quoted title case name of a show or a
    book, not a time."""
    words = text.split()
    return (
        len(words) > 1
        and before.endswith(_QUOTES)
        and all(w[0].isupper() or w[0].isdigit() for w in words)
        and words[-1][0].isupper()
    )


_QUOTES = ('"', "“", "``", "''", "‘")
_UNANCHORED = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX"}


# --------------------------------------------------------------------------------------------
# Calendar arithmetic on periods

_MONTHS_IN = {"Y": 12, "H": 6, "Q": 3, "M": 1, "DE": 120, "CE": 1200,
              "SP": 12, "SU": 12, "FA": 12, "WI": 12}  # fmt: skip
_DAYS_IN = {"W": 7, "WE": 7, "D": 1}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_GRAN = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "DE": "DE", "CE": "CE",
              "WE": "WE", "HY": "H", "FN": "W", "H": "D", "MIN": "D", "S": "D"}  # fmt: skip
_GRAN_RANK = {"D": 0, "WE": 1, "W": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
_ONE_DAY = dt.timedelta(days=1)


def _add_months(day: dt.date, n: int) -> dt.date:
    year, month = divmod(day.month - 1 + n, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _point(day: dt.date, gran: str, time: str = "") -> _Point:
    """The period of granularity `gran` that contains `day` (seasons: `day` is their start)."""
    y, m = day.year, day.month
    first = {
        "Y": (y, 1), "H": (y, 1 if m < 7 else 7), "Q": (y, 3 * ((m - 1) // 3) + 1),
        "M": (y, m), "DE": (y - y % 10, 1), "CE": (max(1, y - y % 100), 1),
    }.get(gran)  # fmt: skip
    if first:
        return _Point(dt.date(first[0], first[1], 1), gran, time)
    if gran in ("W", "WE"):
        return _Point(day - dt.timedelta(days=day.weekday()), gran, time)
    return _Point(day, gran, time)


def _season(year: int, code: str) -> _Point:
    return _Point(dt.date(year, _SEASON_START[code], 1), code)


def _shift(p: _Point, n: int) -> _Point:
    """The same kind of period `n` steps later (earlier when negative)."""
    if p.gran in _MONTHS_IN:
        return _Point(_add_months(p.day, n * _MONTHS_IN[p.gran]), p.gran, p.time)
    return _Point(p.day + dt.timedelta(days=n * _DAYS_IN.get(p.gran, 1)), p.gran, p.time)


def _value(p: _Point) -> str:
    y, m, d = p.day.year, p.day.month, p.day.day
    if p.gran in ("W", "WE"):
        iso = p.day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if p.gran == "WE" else "")
    return {
        "Y": f"{y:04d}", "H": f"{y:04d}-H{1 if m < 7 else 2}", "Q": f"{y:04d}-Q{(m + 2) // 3}",
        "M": f"{y:04d}-{m:02d}", "D": f"{y:04d}-{m:02d}-{d:02d}{p.time}", "DE": f"{y // 10:03d}",
        "CE": f"{y // 100:02d}",
    }.get(p.gran, f"{y:04d}-{p.gran}")  # fmt: skip


def _bounds(p: _Point, mod: str | None = None) -> tuple[dt.date, dt.date]:
    """The dates a period covers, narrowed to a third for START, MID and END."""
    start = p.day + dt.timedelta(days=5) if p.gran == "WE" else p.day
    if p.gran in _MONTHS_IN:
        end = _add_months(start, _MONTHS_IN[p.gran] if p.gran not in _SEASON_START else 3)
        end -= _ONE_DAY
    else:
        end = start + dt.timedelta(days={"W": 6, "WE": 1}.get(p.gran, 0))
    third = (end - start) // 3
    if mod == "START":
        return start, start + third
    if mod == "MID":
        return start + third, end - third
    if mod == "END":
        return end - third, end
    return start, end


def _ends_a_span(text: str, start: int) -> bool:
    """`open until November 17`: the day a span runs to is not the day the story is at (`signed
    it shortly before midnight` is Saturday's midnight)."""
    return text[max(0, start - 7) : start].rstrip().lower().endswith(g.SPAN_ENDS)


def _found(type_: str, p: _Point, mod: str | None = None, focus: bool = True) -> _Found:
    start, end = _bounds(p, mod)
    return _Found(type_, _value(p), mod, start, end, p if focus else None)


def _span(first: _Point, last: _Point, focus: _Point | None) -> _Found | None:
    """A range `first..last` as one DATE: its value is the first period's (TimeML gives a
    range no interval value; TimeBank tags its first end) and its interval covers both."""
    a, b = _bounds(first)[0], _bounds(last)[1]
    if b < a:
        return None
    return _Found("DATE", _value(first), None, a, b, focus)


# --------------------------------------------------------------------------------------------
# Reading slot text


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" -.")


def _number(text: str) -> float | None:
    """`3`, `1,500`, `2 1/2`, `twenty-four`, `a couple of`, `a year and a half` -> numbers."""
    t = _key(text)
    half = 0.5 if t.endswith(("and a half", " 1/2")) else 0.0
    t = t.removesuffix(" and a half").removesuffix(" 1/2")
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    if t in g.SMALL_NUMBERS:
        return g.SMALL_NUMBERS[t] + half
    words = re.split(r"[-\s]+", t)
    if words[-1] in g.SCALES:
        return g.SMALL_NUMBERS.get(" ".join(words[:-1]), 1) * g.SCALES[words[-1]] + half
    total = sum(g.TENS.get(w, g.SMALL_NUMBERS.get(w, 0)) for w in words)
    return total + half if total else None


def _unit(text: str) -> str:
    t = _key(text)
    return g.UNITS.get(t) or g.UNITS.get(t.removesuffix("s"), "Y")


def _month(text: str | None) -> int | None:
    if not text:
        return None
    key = _key(text)
    if key.isdigit():
        return int(key) if 1 <= int(key) <= 12 else None
    return g.MONTHS.get(key) or g.MONTHS.get(key[:3])


def _day(text: str | None) -> int | None:
    if not text:
        return None
    t = _key(text)
    return g.ORDINALS.get(t) or int(re.sub(r"\D", "", t) or 0) or None


def _year(text: str | None, ctx: _Context) -> int | None:
    """`1998`, `'98`, `98` (two digits take the century that puts them nearest the DCT)."""
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    if not digits:
        return _spoken_year(_key(text))
    base = ctx.dct_day.year if ctx.dct_day else 2000
    year = base - base % 100 + int(digits)
    return min((year - 100, year, year + 100), key=lambda y: abs(y - base))


def _spoken_year(text: str) -> int | None:
    """`nineteen ninety-six` = 1996, `two thousand and one` = 2001."""
    if text.startswith("two thousand"):
        rest = text.removeprefix("two thousand").removeprefix(" and").strip()
        return 2000 + int(_number(rest) or 0) if rest else 2000
    head, _, rest = text.partition(" ")
    rest = rest.removeprefix("hundred").removeprefix(" and").strip()
    return g.SMALL_NUMBERS[head] * 100 + int(_number(rest) or 0)


def _mod(text: str | None) -> str | None:
    return g.MODS.get(_key(text)) if text else None


# --------------------------------------------------------------------------------------------
# Anchoring: which year a month belongs to, which date a weekday names

Slots = dict[str, str]
_BEFORE = ("last", "this past", "the previous", "the preceding", "previous", "past")
_AFTER = ("next", "this coming", "the following", "the next", "coming", "the coming")


def _month_year(month: int, ctx: _Context, start: int, end: int, rel: str | None) -> int:
    """The year of a year-less month: by `last`/`next`, else by the tense of the clause."""
    dct = ctx.dct
    if rel in _BEFORE:
        return dct.year if month < dct.month else dct.year - 1
    if rel in _AFTER:
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    year = min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: abs(12 * (y - dct.year) + month - dct.month),
    )
    after = 12 * (year - dct.year) + month - dct.month
    if abs(after) < g.NEAR_MONTHS:
        return year
    tense, distance = ctx.cue(start, end)
    told = tense if distance <= g.CUE_CHARS else 0
    if told > 0 and after < 0:
        return year + 1
    if after > 0 and (told < 0 or (told == 0 and after >= g.UNTOLD_PAST_MONTHS)):
        return year - 1
    return year


def _weekday_date(weekday: int, anchor: dt.date, direction: int) -> dt.date:
    """The weekday on or before (`direction` -1) or on or after (+1) the anchor;
    -2 and +2 exclude the anchor itself (`last Friday`, `next Friday`)."""
    delta = weekday - anchor.isoweekday()
    if direction < 0:
        delta = delta - 7 if delta > 0 or (delta == 0 and direction == -2) else delta
    else:
        delta = delta + 7 if delta < 0 or (delta == 0 and direction == 2) else delta
    return anchor + dt.timedelta(days=delta)


def _day_of(s: Slots, ctx: _Context, start: int, end: int) -> dt.date:
    """The day a time of day hangs on: `yesterday`, `Friday`, `Nov. 9`, else the day in focus
    in its paragraph, or in an earlier one when that day is still ahead (`will march on
    Saturday.` then, a paragraph on, `The march will start at noon`), else the DCT."""
    if s.get("deictic"):
        return ctx.dct + dt.timedelta(days=g.DEICTIC_DAYS[_key(s["deictic"])])
    if s.get("weekday"):
        direction = _weekday_direction(_key(s.get("rel", "")), ctx, start, end)
        return _weekday_date(g.WEEKDAYS[_key(s["weekday"])], ctx.dct, direction)
    if s.get("month") and s.get("day"):
        month = _month(s["month"]) or 1
        year = _year(s.get("year"), ctx) or _month_year(month, ctx, start, end, None)
        return dt.date(year, month, _day(s["day"]) or 1)
    if ctx.focus and ctx.focus.gran == "D":
        ahead = ctx.focus.day > ctx.dct
        if ahead or "\n" not in ctx.text[ctx.focus_end : start]:
            return ctx.focus.day
    return ctx.dct


# --------------------------------------------------------------------------------------------
# Normalizers: one per kind of rule, each reading the slots its rules fill

Normalizer = Callable[[Slots, g.Rule, _Context, int, int], "_Found | None"]
_OPEN_MODS = {"or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE",
              "post": "AFTER", "pre": "BEFORE"}  # fmt: skip


def _n_calendar(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """Explicit dates: `September 10-13`, `5 September 2022`, `July 1997`, `fiscal 1989`,
    `the week of March 6`."""
    month = _month(s.get("month") or s.get("monthname"))
    year = _year(s.get("year") or s.get("ayear") or s.get("short"), ctx)
    mod = _mod(s.get("mod")) or _OPEN_MODS.get(_key(s.get("openend") or s.get("post") or ""))
    if month is None:
        if year is None:
            return None
        return _found("DATE", _point(dt.date(year, 1, 1), "Y"), mod)
    if year is None:
        if ctx.dct_day is None:
            day = _day(s.get("day"))
            return _Found(rule.type, f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), mod)
        rel = _key(s["rel"]) if s.get("rel") else None
        if rule.name == "month_rel_year":
            year = ctx.dct.year + {"last": -1, "next": 1}.get(rel or "", 0)
        else:
            year = _month_year(month, ctx, start, end, rel)
    day = _day(s.get("day"))
    if day is None:
        return _found("DATE", _point(dt.date(year, month, 1), "M"), mod)
    first = dt.date(year, month, day)
    if s.get("day2"):
        return _span(
            _Point(first, "D"),
            _Point(dt.date(year, month, _day(s["day2"]) or 0), "D"),
            _point(first, "M"),
        )
    if rule.name == "week_of":
        return _found("DATE", _point(first, "W"), mod)
    time = ""
    if s.get("hour"):
        time = _clock(s) or ""
    return _found(rule.type, _Point(first, "D", time), mod)


def _clock(s: Slots) -> str | None:
    """`10:35 a.m.` -> `T10:35`; None for a bare number that is no time, and for a clock that
    does not exist (`21 AM`, `9:75`)."""
    hour, minute = int(s["hour"]), int(s.get("minute") or 0)
    ampm = _key(s.get("ampm") or "")
    if (ampm and hour > 12) or minute > 59:
        return None
    if (ampm.startswith("p") or ampm.endswith(("afternoon", "evening"))) and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or (not ampm and not s.get("oclock") and not s.get("minute")):
        return None
    return f"T{hour:02d}:{minute:02d}"


def _n_numeric(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`9/4/2023` (US) or `4.9.2023` (European): the order the separator and the text's other
    dates say, else the reading nearest the DCT."""
    year = _year(s["y"], ctx) or 0
    a, b = int(s["n1"]), int(s["n2"])
    orders = [(b, a)] if s["s"] == "." or ctx.day_first else [(a, b), (b, a)]
    valid = [
        dt.date(year, m, d)
        for m, d in orders
        if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(year, m)[1]
    ]
    if not valid:
        return None
    if ctx.dct_day is not None:
        valid.sort(key=lambda day: abs((day - ctx.dct_day).days))  # type: ignore[operator]
    return _found("DATE", _Point(valid[0], "D"))


def _n_focus_day(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`from the 25th to the 27th`: days of the month in focus (else of the DCT)."""
    base = ctx.focus if ctx.focus and ctx.focus.gran in ("M", "D", "W") else None
    month = base.day if base else ctx.dct
    first = dt.date(month.year, month.month, _day(s["day"]) or 0)
    last = dt.date(month.year, month.month, _day(s["day2"]) or 0)
    return _span(_Point(first, "D"), _Point(last, "D"), _point(first, "M"))


def _n_joined_day(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`April 24 and 25`: only right after a date that ends in its day, whose month and year
    it takes (not `Friday and 25 others`)."""
    focus = ctx.focus
    if focus is None or focus.gran != "D" or focus.time:
        return None
    ends_in_day = ctx.text[ctx.focus_end - 1 : ctx.focus_end].isdigit()
    if not ends_in_day or not _JOINED.fullmatch(ctx.text, ctx.focus_end, start):
        return None
    return _found("DATE", _Point(focus.day.replace(day=_day(s["day"]) or 0), "D"))


def _n_year_range(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`between 2019 and 2021`, `1990-91`: one interval over whole years."""
    first = _year(s["year"], ctx) or 0
    last = int(s["year2"]) if s.get("year2") else first - first % 100 + int(s["short"])
    if not 0 < last - first <= 100:
        return None
    return _span(_Point(dt.date(first, 1, 1), "Y"), _Point(dt.date(last, 1, 1), "Y"), None)


def _n_decade(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`the 1990s` = 199, `the '80s`, `the nineties` (the latest such decade by the DCT);
    `in his 30s`, `their late twenties` are ages, not decades."""
    if _AGE_OWNER.search(ctx.text, max(0, start - 20), start):
        return None
    digits = re.sub(r"\D", "", s.get("decade") or "")
    if len(digits) == 4:
        decade = int(digits) // 10
    else:
        tens = int(digits) // 10 if digits else g.DECADE_WORDS[_key(s["decadeword"])]
        now = (ctx.dct_day.year if ctx.dct_day else 2000) // 10
        decade = now - now % 10 + tens
        decade -= 10 if decade > now else 0
    return _found("DATE", _Point(dt.date(max(1, decade * 10), 1, 1), "DE"), _mod(s.get("mod")))


def _n_century(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    number = _day(s["century"]) or 0
    if not 1 <= number <= 21:
        return None
    return _found(
        "DATE", _Point(dt.date(max(1, (number - 1) * 100), 1, 1), "CE"), _mod(s.get("mod"))
    )


def _quarter_year(s: Slots, ctx: _Context, quarter: int, start: int, end: int) -> int:
    """The year of `the third quarter`: written, `next year's`, `year-earlier`, else by DCT."""
    year = _year(s.get("year") or s.get("qyear"), ctx)
    if year:
        return year
    text = _key(ctx.text[start:end])
    shift = -1 if text.startswith(("last year", "the year-", "the comparable")) else 0
    shift = 1 if text.startswith("next year") else shift
    base = ctx.dct.year
    if quarter > (ctx.dct.month + 2) // 3 and ctx.tense(start, end) < 0:
        base -= 1
    return base + shift


def _n_quarter(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    quarter = g.ORDINALS[_key(s["qord"])]
    year = _quarter_year(s, ctx, quarter, start, end)
    p = _Point(dt.date(year, 3 * quarter - 2, 1), "Q")
    return _found("DATE", p, focus=not s.get("yago") and p.day <= ctx.dct)


def _n_half(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    half = 1 if _key(s["hord"]) in ("first", "1st") else 2
    text = _key(ctx.text[start:end])
    year = _year(s.get("year"), ctx) or ctx.dct.year + (
        1 if "next year" in text else -1 if "last year" in text else 0
    )
    return _found("DATE", _Point(dt.date(year, 6 * half - 5, 1), "H"))


def _n_focus_quarter(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    """`the quarter`, `the latest period`: the quarter in focus, else the last one reported."""
    here = _point(ctx.dct, "Q")
    year = _year(s.get("year"), ctx)
    if s.get("cur"):
        return _found("DATE", here)
    text = _key(ctx.text[start:end])
    p = _quarter_in_focus(ctx, text.startswith(("that", "the same")))
    return _found("DATE", p._replace(day=p.day.replace(year=year)) if year else p)


def _quarter_in_focus(ctx: _Context, latest: bool = False) -> _Point:
    """The quarter a report is about (see `note_quarter`; for `that quarter`, the `latest`
    named), else the one in focus, else the last one ended before the DCT."""
    focus = ctx.focus if ctx.focus and ctx.focus.gran == "Q" else None
    if latest and focus:
        return focus
    return ctx.reported or focus or _shift(_point(ctx.dct, "Q"), -1)


def _n_time(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`10:35 a.m.`, `5 p.m. EST Nov. 9`, `4 in the morning` on the day they name."""
    clock = _clock(s)
    if clock is None:
        return None
    mod = g.APPROX.get(_key(s.get("approx") or ""))
    if ctx.dct_day is None:
        return _Found("TIME", "XXXX-XX-XX" + clock, mod)
    return _found("TIME", _Point(_day_of(s, ctx, start, end), "D", clock), mod)


def _n_day_pod(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`Friday morning`, `last night`, `noon Saturday`, `tonight`: a day and a part of it."""
    rel = _key(s.get("rel", ""))
    day = ctx.dct if rule.name == "this_pod" else _day_of(s, ctx, start, end)
    if rel in ("last", "yesterday") and not s.get("weekday"):
        day -= _ONE_DAY
    elif rel == "tomorrow":
        day += _ONE_DAY
    pod = _key(s.get("pod") or s.get("named") or s.get("named2") or s.get("tonight") or "")
    code = g.PARTS_OF_DAY[pod]
    return _found(
        "TIME", _Point(day, "D", code if code[0] == "T" else "T" + code), _mod(s.get("mod"))
    )


def _n_deictic(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    day = ctx.dct + dt.timedelta(days=g.DEICTIC_DAYS[_key(s["deictic"])])
    return _found("DATE", _Point(day, "D"), _mod(s.get("mod")))


def _n_weekday(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    """`on Monday` in a past clause is the Monday before the DCT; `the following Friday` is
    after the day in focus."""
    rel = _key(s.get("rel", ""))
    anchor = ctx.dct
    if rel in ("the previous", "the following", "that") and ctx.focus:
        anchor = ctx.focus.day
    day = _weekday_date(
        g.WEEKDAYS[_key(s["weekday"])], anchor, _weekday_direction(rel, ctx, start, end)
    )
    return _found("DATE", _Point(day, "D"), _mod(s.get("mod")))


def _n_day_next_to(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    """`the day before last Tuesday`: the named day, found as on its own, one day off."""
    day = _day_of(s, ctx, start, end)
    return _found(
        "DATE", _Point(day + (_ONE_DAY if _key(s["side"]) == "after" else -_ONE_DAY), "D")
    )


_WEEKDAY_DIRECTIONS = {
    "last": -2,
    "this past": -2,
    "the previous": -2,
    "next": 2,
    "this coming": 2,
    "the following": 2,
    "this": 1,
}


def _weekday_direction(rel: str, ctx: _Context, start: int, end: int) -> int:
    """Which way from the anchor a weekday lies (see `_weekday_date`): by its word; for a
    possessive, whose clause tells of another happening, the past (`would look for ways around
    Wednesday's ruling`) unless a word before it looks ahead (`ahead of Friday's vote`) or it
    owns an event held on a fixed day in a clause that looks ahead (`will take charge for
    Wednesday's cup match`); else by the tense of its clause, the past when it does not say."""
    if rel in _WEEKDAY_DIRECTIONS:
        return _WEEKDAY_DIRECTIONS[rel]
    if ctx.text[start:end].endswith(("'s", "’s")):
        before = ctx.text[max(0, start - g.CUE_CHARS) : start].lower().split()
        if any(before[-len(w.split()) :] == w.split() for w in g.AHEAD_WORDS):
            return 1
        owned = _WORD.findall(ctx.text[end : end + 30].lower())[:3]
        if not any(word in g.SCHEDULED_EVENTS for word in owned):
            return -1  # an event held on a fixed day goes by the tense of its clause
    tense, distance = ctx.cue(start, end)
    return 1 if tense > 0 and distance <= g.CUE_CHARS else -1


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    h = (19 * a + b - d - (b - f + 1) // 3 + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> dt.date:
    rule = g.HOLIDAYS[name]
    if rule[0] == "fixed":
        return dt.date(year, rule[1], rule[2])
    if rule[0] == "easter":
        return _easter(year) + dt.timedelta(days=rule[1])
    if rule[0] == "election":  # the Tuesday after the first Monday of November
        return _weekday_date(1, dt.date(year, 11, 1), 1) + _ONE_DAY
    _, month, weekday, nth = rule
    if nth > 0:
        return _weekday_date(weekday, dt.date(year, month, 1), 1) + dt.timedelta(weeks=nth - 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return _weekday_date(weekday, last, -1)


def _n_holiday(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    name = _key(s["holiday"])
    year = _year(s.get("year"), ctx)
    if year is None:
        month = _holiday_date(name, ctx.dct.year).month
        year = _month_year(month, ctx, start, end, _key(s.get("rel", "")) or None)
    return _found("DATE", _Point(_holiday_date(name, year), "D"))


def _n_set(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`weekly` = P1W, `every Thursday` = XXXX-WXX-4, `each July` = XXXX-07."""
    text = _key(ctx.text[start:end])
    if s.get("setword"):
        return _Found("SET", g.SETS[_key(s["setword"])])
    if s.get("weekday") or rule.name == "set_plural_weekday":
        weekday = g.WEEKDAYS[_key(s.get("weekday") or text.removesuffix("s"))]
        return _Found("SET", f"XXXX-WXX-{weekday}")
    if s.get("month"):
        return _Found("SET", f"XXXX-{_month(s['month']):02d}")
    if s.get("season"):
        return _Found("SET", f"XXXX-{g.SEASONS[_key(s['season'])]}")
    count = 2 if _key(s.get("count", "")) == "other" else int(_number(s.get("count", "1")) or 1)
    return _Found("SET", _duration_value(count, _unit(s["cunit"])))


_SUBUNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60), "Q": ("M", 3)}  # fmt: skip
_SCALE = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "FN": ("W", 2), "HY": ("M", 6)}


def _duration_value(amount: float | None, unit: str) -> str:
    """P3M, PT5H30M, P2Y6M, P10Y (a decade), PXM when the amount is vague."""
    if unit in _SCALE and amount is not None:
        unit, factor = _SCALE[unit]
        amount *= factor
    elif unit in _SCALE:
        unit = {"DE": "DE", "CE": "CE", "ML": "ML", "FN": "W", "HY": "M"}[unit]
    letter = {"MIN": "M"}.get(unit, unit)
    prefix = "PT" if unit in ("H", "MIN", "S") else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    rest = round((amount - whole) * _SUBUNIT.get(unit, ("", 0))[1])
    value = f"{prefix}{whole}{letter}" if whole else prefix
    if rest:
        sub = _SUBUNIT[unit][0]
        value += ("T" if sub in ("H",) and "T" not in value else "") + f"{rest}{sub[0]}"
    return value


def _shift_unit(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit in _SCALE:
        unit, factor = _SCALE[unit]
        amount *= factor
    months = {"Y": 12, "Q": 3, "M": 1}.get(unit)
    if months:
        return _add_months(day, amount * months)
    return day + dt.timedelta(days=amount * {"W": 7, "WE": 7}.get(unit, 1 if unit == "D" else 0))


def _n_offset(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`two years ago` (from the DCT), `a year earlier` (from the time in focus)."""
    direction = _key(s["dir"])
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    mod = g.APPROX.get(_key(s.get("approx") or ""))
    if s.get("vag"):
        return _Found("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod)
    amount, unit = _number(s["num"]), _unit(s["unit"])
    if amount is None or amount != int(amount) or amount > 10_000:
        return None
    focus = _quarter_in_focus(ctx) if ctx.focus and ctx.focus.gran == "Q" else ctx.focus
    if direction == "ago" or focus is None:
        anchor = _Point(ctx.dct, "D")
        gran = (
            "Q"
            if unit == "Y"
            and focus
            and focus.gran == "Q"
            and abs(focus.day.year - ctx.dct.year) <= 1
            else _UNIT_GRAN[unit]
        )
        if gran == "Q":
            anchor = focus  # type: ignore[assignment]
    else:
        anchor = focus
        gran = (
            focus.gran
            if _GRAN_RANK.get(focus.gran, 9) < _GRAN_RANK[_UNIT_GRAN[unit]]
            else _UNIT_GRAN[unit]
        )
    day = _shift_unit(anchor.day, sign * int(amount), unit)
    return _found("DATE", _point(day, "Y" if gran in ("DE", "CE") else gran), mod, focus=False)


_FOCUS_RELATIVE = ("the following", "the previous", "the preceding")


def _season_year(code: str, step: int, ctx: _Context, start: int, end: int) -> int:
    """`last fall` is the latest fall begun before the DCT; a bare season follows the tense."""
    year, begins = ctx.dct.year, _SEASON_START[code]
    step = step or ctx.tense(start, end)
    if step < 0 and begins >= ctx.dct.month:
        return year - 1
    if step > 0 and begins + 2 < ctx.dct.month:
        return year + 1
    return year


_REL_UNITS = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q",
              "decade": "DE", "century": "CE", "fiscal year": "Y", "school year": "Y"}  # fmt: skip


def _n_rel_unit(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`last week`, `this year`, `next month`, `earlier this year`, `last fall`, `year-end`."""
    mod = _mod(s.get("mod")) or ("END" if s.get("ye") else None)
    step = -1 if s.get("last") else 1 if s.get("next") else 0
    if s.get("season") or rule.name == "season_bare":
        code = g.SEASONS[_key(s.get("season") or ctx.text[start:end].split()[-1])]
        year = _year(s.get("year"), ctx) or (
            ctx.dct.year if s.get("this") else _season_year(code, step, ctx, start, end)
        )
        return _found("DATE", _season(year, code), mod)
    gran = _REL_UNITS[_key(s.get("unit") or "year")]
    relative = _key(s.get("last") or s.get("next") or "")
    if s.get("that") or relative in _FOCUS_RELATIVE:
        if ctx.focus is None or _GRAN_RANK.get(ctx.focus.gran, 9) > _GRAN_RANK[gran]:
            return None if s.get("that") else _found("DATE", _shift(_point(ctx.dct, gran), step))
        return _found("DATE", _shift(_point(ctx.focus.day, gran), step), mod)
    if s.get("the"):
        step = 1 if ctx.tense(start, end) > 0 else -1
        here = _point(ctx.dct, gran)
        return _found("DATE", here if ctx.dct.isoweekday() >= 6 else _shift(here, min(step, 0)))
    return _found("DATE", _shift(_point(ctx.dct, gran), step), mod)


def _n_year_ago(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    """`the year-earlier quarter`: the period in focus, a year back; a quarter or period
    (`the year-ago quarter`) is the quarter the report is about, a year back."""
    focus = ctx.focus if ctx.focus and ctx.focus.gran in ("Q", "H") else None
    named = re.search(r"period|quarter", ctx.text[start:end], re.IGNORECASE)
    if (focus and focus.gran == "Q") or (focus is None and named):
        focus = _quarter_in_focus(ctx)
    if focus is None:
        return _found("DATE", _point(_add_months(ctx.dct, -12), "Y"), focus=False)
    return _found("DATE", _Point(_add_months(focus.day, -12), focus.gran), focus=False)


_PAST_LEADS = ("past", "last", "previous", "latest")
_NEXT_LEADS = ("next", "coming", "following", "remaining")


def _n_duration(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found | None:
    """`three months` = P3M, `several months now` = PXM, `2 1/2 years` = P2Y6M; `the past
    three months` also gets the interval that ends at the DCT."""
    unit = _unit(s["unit"])
    if unit == "WE":
        return None
    params = dict(rule.params)
    amount = (
        None
        if s.get("vag") or params.get("vague")
        else (0.5 if s.get("half") else _number(s.get("num", "1")))
    )
    if amount is not None and params.get("plus_half"):
        amount += 0.5
    if amount is not None and not 0 < amount <= 100_000:
        return None
    mod = g.APPROX.get(_key(s.get("approx") or ""))
    found = _Found("DURATION", _duration_value(amount, unit), mod)
    lead = _key(s.get("lead", ""))
    if amount == 9 and unit == "M" and ctx.dct_day and _key(ctx.text[start:end])[:4] == "the ":
        # `the first nine months`: a report's year to date; `a year earlier` now means a year
        found = found._replace(focus=_point(ctx.dct, "Y"))
    if amount is None or amount != int(amount) or not lead or ctx.dct_day is None:
        return found
    if lead in _PAST_LEADS:
        return found._replace(start=_shift_unit(ctx.dct, -int(amount), unit), end=ctx.dct)
    if lead in _NEXT_LEADS:
        return found._replace(start=ctx.dct, end=_shift_unit(ctx.dct, int(amount), unit))
    return found


def _n_fixed(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    return _Found(rule.type, dict(rule.params)["value"])


def _n_ref(s: Slots, rule: g.Rule, ctx: _Context, start: int, end: int) -> _Found:
    """`now` = PRESENT_REF (on the DCT), `the other day` = PAST_REF (the week before)."""
    type_, value, window, sign = g.REFS[_key(s["ref"])]
    if ctx.dct_day is None:
        return _Found(type_, value)
    if value == "PRESENT_REF":
        return _Found(type_, value, None, ctx.dct, ctx.dct)
    if window is None:
        return _Found(type_, value)
    span = dt.timedelta(days=g.REF_WINDOW_DAYS[window])
    if sign < 0:
        return _Found(type_, value, None, ctx.dct - span, ctx.dct - _ONE_DAY)
    return _Found(type_, value, None, ctx.dct + _ONE_DAY, ctx.dct + span)


_NORMALIZERS: dict[str, Normalizer] = {
    "calendar": _n_calendar, "numeric": _n_numeric, "focus_day": _n_focus_day,
    "year_range": _n_year_range, "joined_day": _n_joined_day, "decade": _n_decade,
    "century": _n_century,
    "quarter": _n_quarter, "half": _n_half, "focus_quarter": _n_focus_quarter,
    "time": _n_time, "day_pod": _n_day_pod, "deictic": _n_deictic, "weekday": _n_weekday,
    "holiday": _n_holiday, "day_next_to": _n_day_next_to, "set": _n_set, "offset": _n_offset,
    "rel_unit": _n_rel_unit,
    "year_ago": _n_year_ago, "duration": _n_duration, "fixed": _n_fixed, "ref": _n_ref,
}  # fmt: skip
