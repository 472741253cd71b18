"""The TIMEX3 grammar as data: lexicons, regex fragments and the rule table.

Nothing here runs: `timex.py` compiles `RULES` once into one alternation and hands each match
to the normalizer its rule names. A rule is `(name, pattern, normalizer, type, params)`; a
pattern names its slots as `{kind}` or `{kind:slot}` (a slot of the same kind used twice),
which become named groups built from `FRAGMENTS`. Rules are tried in order at each position,
so the longer, more specific ones come first. Keep it sorted that way when adding one.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "one full": 1, "a full": 1, "a single": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "a half": 0.5,
}  # fmt: skip

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}

# Quantities that say "some number of": the value gets an X (`PXM`).
VAGUE_NUMBERS: tuple[str, ...] = (
    "several", "a few", "few", "many", "some", "a number of", "numerous", "the next few",
    "countless", "dozens of", "hundreds of", "thousands of",
)  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

# TIMEX3 unit letters; minutes and hours take the `PT` form.
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centuries": "CE", "millennium": "ML", "millennia": "ML",
    "fortnight": "FN", "semester": "HY",
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00",
}  # fmt: skip

DEICTIC_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "earlier in the day": 0, "later in the day": 0,
}  # fmt: skip

# How a modifier word narrows a period (TIMEX3 `mod`).
MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "the first part of": "START", "the dawn of": "START",
    "beginning of": "START", "start of": "START", "the turn of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
    "late": "END", "later": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the latter part of": "END", "the last part of": "END", "the late": "END",
    "the early": "START", "the tail end of": "END",
}  # fmt: skip

# Quantity hedges before a duration or an "ago" (TIMEX3 `mod`).
APPROX: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "close to": "APPROX", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
}  # fmt: skip

# Fixed-value expressions: words whose TIMEX3 value needs no arithmetic.
# (type, value, window unit, window sign): the window, when there is one, gives a short
# interval next to the DCT for the timeline (e.g. `the other day` = the week before).
_P, _F, _PR = "PAST_REF", "FUTURE_REF", "PRESENT_REF"
REFS: dict[str, tuple[str, str, str | None, int]] = {
    "now": ("DATE", _PR, None, 0), "right now": ("DATE", _PR, None, 0),
    "currently": ("DATE", _PR, None, 0), "presently": ("DATE", _PR, None, 0),
    "at present": ("DATE", _PR, None, 0), "these days": ("DATE", _PR, None, 0),
    "nowadays": ("DATE", _PR, None, 0), "at the moment": ("DATE", _PR, None, 0),
    "current": ("DATE", _PR, None, 0), "then current": ("DATE", _P, None, 0),
    "then-current": ("DATE", _P, None, 0),
    "the present": ("DATE", _PR, None, 0), "recently": ("DATE", _P, None, 0),
    "lately": ("DATE", _P, None, 0), "formerly": ("DATE", _P, None, 0),
    "the past": ("DATE", _P, None, 0), "more recently": ("DATE", _P, None, 0),
    "most recently": ("DATE", _P, None, 0), "the other day": ("DATE", _P, "D", -1),
    "recent days": ("DATE", _P, "D", -1), "recent weeks": ("DURATION", "PXW", "W", -1),
    "recent months": ("DURATION", "PXM", "M", -1), "recent years": ("DATE", _P, "Y", -1),
    "recent quarters": ("DURATION", "PXQ", "M", -1), "past years": ("DATE", _P, "Y", -1),
    "recent weeks and months": ("DATE", _P, "M", -1),
    "the future": ("DATE", _F, None, 0), "the near future": ("DATE", _F, "M", 1),
    "the foreseeable future": ("DATE", _F, None, 0), "the near term": ("DATE", _F, None, 0),
    "the short term": ("DATE", _F, None, 0), "the long term": ("DATE", _F, None, 0),
    "the longer term": ("DATE", _F, None, 0), "a later date": ("DATE", _F, None, 0),
    "as soon as possible": ("DATE", _F, None, 0), "the coming days": ("DATE", _F, "D", 1),
    "coming days": ("DATE", _F, "D", 1), "the days ahead": ("DATE", _F, "D", 1),
    "future quarters": ("DATE", _F, None, 0),
    # weeks, months and years to come are vague durations, as `recent weeks` are
    "the coming weeks": ("DURATION", "PXW", "W", 1), "coming weeks": ("DURATION", "PXW", "W", 1),
    "the weeks ahead": ("DURATION", "PXW", "W", 1), "coming months": ("DURATION", "PXM", "M", 1),
    "the coming months": ("DURATION", "PXM", "M", 1),
    "the months ahead": ("DURATION", "PXM", "M", 1), "coming years": ("DURATION", "PXY", "Y", 1),
    "the coming years": ("DURATION", "PXY", "Y", 1), "the years ahead": ("DURATION", "PXY", "Y", 1),
    "coming quarters": ("DATE", _F, None, 0), "from time to time": ("DATE", _F, None, 0),
}  # fmt: skip

# Interval lengths (in days) that a REF window spans.
REF_WINDOW_DAYS: dict[str, int] = {"D": 7, "W": 28, "M": 182, "Y": 1095}

# Frequency words (type SET).
SETS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "annually": "P1Y", "hourly": "PT1H",
    "biweekly": "P2W", "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}  # fmt: skip

# Holidays: fixed (month, day), or ("nth weekday", month, weekday, n) with n=-1 for the last.
HOLIDAYS: dict[str, tuple[Any, ...]] = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "new year's day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31), "independence day": ("fixed", 7, 4),
    "valentine's day": ("fixed", 2, 14), "halloween": ("fixed", 10, 31),
    "veterans day": ("fixed", 11, 11), "armistice day": ("fixed", 11, 11),
    "boxing day": ("fixed", 12, 26), "may day": ("fixed", 5, 1),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
    "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
    "election day": ("election",), "easter": ("easter", 0), "easter sunday": ("easter", 0),
    "good friday": ("easter", -2), "easter monday": ("easter", 1),
}  # fmt: skip

# Tense cues for year-less months and weekdays: the cue nearest the expression in its clause
# decides; reporting verbs (`said Friday`) and other `-ed` words count as farther away.
FUTURE_CUES: frozenset[str] = frozenset((
    "will", "wo", "won't", "shall", "plan", "plans", "planning", "expected", "expects",
    "expect", "expecting", "scheduled", "due", "intend", "intends", "upcoming", "next",
    "coming", "going", "tomorrow", "would", "might", "hope", "hopes", "hoping", "hoped",
    "aim", "aims", "prepare", "prepares", "preparing", "forecast", "forecasts", "projected",
    "anticipate", "anticipates", "slated", "soon", "payable", "expire", "expires", "planned",
    "promise", "promised", "promises", "pledge", "pledged", "pledges", "vow", "vowed", "vows",
))  # fmt: skip
# Two words that speak of the future together though neither does alone (`set to resume`,
# `was set for Monday`, `is to meet`, `as early as`): the cue sits on the second.
FUTURE_PAIRS: frozenset[tuple[str, str]] = frozenset((
    ("set", "to"), ("set", "for"), ("is", "to"), ("are", "to"), ("early", "as"), ("soon", "as"),
    ("has", "until"), ("have", "until"),  # a deadline still running: `has until August 4`
    ("take", "effect"), ("takes", "effect"),  # a schedule: `the orders take effect on Tuesday`
    ("to", "begin"), ("to", "start"),  # `set a trial to begin on October 17`
))  # fmt: skip
# Words before the day a span runs to (`open until November 17`), which puts no day in focus.
SPAN_ENDS = ("until", "till", "through")
PAST_CUES: frozenset[str] = frozenset((
    "was", "were", "had", "did", "ago", "last", "earlier", "said", "told", "met", "came",
    "went", "took", "began", "became", "made", "held", "gave", "saw", "found", "left", "sent",
    "previous", "previously", "yesterday", "since", "been", "fell", "rose", "won", "lost",
    "paid", "sold", "bought", "led", "ran", "spoke", "broke", "chose", "flew", "got", "hit",
    "put", "set", "shot", "struck", "wrote", "knew", "thought", "brought", "caught", "fought",
    "taught", "began", "drew", "grew", "threw", "ate", "beat", "bit", "kept", "slept", "felt",
))  # fmt: skip
TENSE_CUES = PAST_CUES | FUTURE_CUES  # the words that tell a tense by themselves
# A deadline moved or granted (`postponed until Tuesday`, `gave them until 9 a.m. Friday`) lies
# ahead of the act that set it, however past the verb: `until` after one of these is a future cue.
DEFERRALS: frozenset[str] = frozenset((
    "postpone", "postpones", "postponed", "delay", "delays", "delayed", "defer", "defers",
    "deferred", "extend", "extends", "extended", "adjourn", "adjourns", "adjourned", "give",
    "gives", "gave", "given", "grant", "grants", "granted", "deadline", "moved", "pushed",
    "rescheduled",
))  # fmt: skip
# A day set for a thing lies ahead, however the setting is told (`set the trial for January
# 12`, `set a trial date of January 12`): these, then `for` or `of` and the expression.
SETTINGS: frozenset[str] = frozenset(("set", "sets", "fixed", "fixes"))
# `will be paid`, `being sold`: a participle after these says nothing of the past.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(("be", "being"))
# An `-ed` word right after one of these is a verb in the past, not an adjective (`who
# resigned in March`): a cue as strong as `was`.
SUBJECT_PRONOUNS: frozenset[str] = frozenset((
    "i", "we", "you", "he", "she", "it", "they", "who", "which",
))  # fmt: skip
REPORTING_CUES: frozenset[str] = frozenset(("said", "says", "told", "reported", "announced"))
# A participle after one of these modifies a noun (`their only scheduled debate`): after the
# expression, no cue; the clause's own verb (`clashed on Tuesday night`) tells the tense.
ATTRIBUTIVE_BEFORE = frozenset((
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "only", "this", "these",
    "those",
))  # fmt: skip
# `could` looks ahead before a verb (`could reach the coast by Friday`), but not when denied or
# perfect (`could not confirm on Tuesday`, `nor ... could be located Wednesday`, `could have
# left on Monday`): the past of `can`.
HEDGED_FUTURE = "could"
# `last` right after one of these is the verb (`could last until the autumn`), not the past.
BEFORE_A_VERB = frozenset((
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "to", "not",
))  # fmt: skip
PAST_OF_CAN_AFTER = frozenset(("not", "never", "have", "n't", "hardly", "only"))
PAST_OF_CAN_BEFORE = frozenset(("nor", "neither", "no", "nobody", "none"))
# A year-less month within NEAR_MONTHS of the DCT is the nearest one whatever the tense
# (`extended to Nov. 6`, said in late October); farther off, a tense cue this close flips it.
NEAR_MONTHS = 3
# With no cue at all, a month this far ahead is more likely the one past (news reports).
UNTOLD_PAST_MONTHS = 5
# Words that open another clause: a tense cue after one speaks of that clause, not of the
# expression before it (`a statement Friday saying the entry would help`).
CLAUSE_OPENERS = ("that", "saying", "which", "who", "because", "if", "after", "before", "while",
                  "when", "and", "but", "to")  # fmt: skip
# Words just before a possessive weekday that put it ahead (`ahead of Friday's vote`).
AHEAD_WORDS = (
    "ahead of", "upcoming", "coming", "scheduled", "planned", "expected",
    "called off", "cancelled", "canceled", "averted",  # `called off Friday's strike`: not held
)  # fmt: skip
# Events held on a day fixed ahead: a possessive weekday that owns one, in a clause that looks
# ahead, is the coming day (`will take charge for Wednesday's cup match`), where a result owned
# is past (`would look for ways around Wednesday's ruling`).
SCHEDULED_EVENTS = frozenset((
    "match", "game", "final", "race", "meeting", "summit", "vote", "election", "debate",
    "hearing", "talks", "ceremony", "funeral", "parade", "session", "concert", "launch",
))  # fmt: skip
CUE_CHARS = 60  # a cue farther from the expression than this says nothing of it
WEAK_CUE_PENALTY = 40  # characters: reporting verbs and other `-ed` words count as farther
ADJACENT_CHARS = 4  # ... unless they touch the expression (`said on Friday`, `closed Monday`)

# A decade after one of these is an age (`in his 30s`, `their late twenties`).
AGE_OWNERS = ("my", "your", "his", "her", "its", "our", "their")

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


_CHAR_PATTERNS = {" ": r"\s+", "'": "['’]", "-": "-"}


def alternation(words: list[str] | tuple[str, ...] | Any) -> str:
    """The words as one regex trie (`jan(?:uary)?`): the engine then tests a shared prefix
    once instead of every word at every position. Longer words win; spaces allow any space."""
    root: dict[str, Any] = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        _CHAR_PATTERNS.get(char, re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


_NUM_WORD = (
    alternation([*TENS])
    + r"(?:[-\s]"
    + alternation([k for k, v in SMALL_NUMBERS.items() if 0 < v < 10 and k not in ("a", "an")])
    + ")?"
)
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?|"
    + _NUM_WORD
    + "|"
    + alternation([k for k in SMALL_NUMBERS if k not in ("a", "an")])
    + r"(?:\s+and\s+a\s+half)?"
    + r"|(?:a|an|one)(?:\s+"
    + alternation(SCALES)
    + r")?(?:\s+and\s+a\s+half)?)"
)

_TEENS_OR_TENS = (
    "(?:"
    + _NUM_WORD
    + "|"
    + alternation([k for k, v in SMALL_NUMBERS.items() if 10 <= v < 20])
    + ")"
)
# `nineteen ninety-six`, `two thousand and one`, `the year two thousand`
_SPOKEN_YEAR = (
    r"(?:nineteen|eighteen)[-\s]+(?:hundred\s+(?:and\s+)?)?"
    + _TEENS_OR_TENS
    + r"|two\s+thousand(?:\s+and)?\s+(?:"
    + _TEENS_OR_TENS
    + "|"
    + alternation(
        [k for k, v in SMALL_NUMBERS.items() if 0 < v < 10 and " " not in k and len(k) > 2]
    )
    + r")|(?<=year\s)two\s+thousand"
)

_MONTH_NAMES = [m for m in MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m for m in MONTHS if len(m) <= 4 and m != "may"]
_WEEKDAY_NAMES = [w for w in WEEKDAYS if len(w) > 4]

FRAGMENTS: dict[str, str] = {
    # Month names are capitalized (`may`, `march` are words); abbreviations take a period.
    "month": "(?-i:"
    + alternation([m.capitalize() for m in _MONTH_NAMES] + [m.upper() for m in _MONTH_NAMES])
    + "|"
    + alternation([m.capitalize() + "." for m in _MONTH_ABBR])
    + "|"
    + alternation([m.capitalize() for m in _MONTH_ABBR])
    + r"(?=\.?\s+\d))",
    "monthname": "(?-i:" + alternation([m.capitalize() for m in _MONTH_NAMES if m != "may"]) + ")",
    "day": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)",
    "dayword": alternation(
        [k for k, v in ORDINALS.items() if not k[0].isdigit() and k not in ("final", "last")]
    ),
    "year": r"(?:1[0-9]\d\d|20\d\d)(?![\d%])(?![,.]\d)|" + _SPOKEN_YEAR,
    "ayear": r"['’]\d\d(?!\w)",
    "num": _NUMBER,
    "vague": alternation(VAGUE_NUMBERS),
    "unit": alternation(UNITS) + "s?",
    "plural": "(?:hours|days|weeks|months|years|decades|centuries)",
    "cunit": alternation([u for u in UNITS if u not in ("centuries", "millennia", "night")]),
    "weekday": "(?:"
    + alternation(_WEEKDAY_NAMES)
    + "|"
    + alternation([w + "." for w in WEEKDAYS if len(w) <= 4])
    + ")",
    "season": alternation(SEASONS),
    "pod": alternation([p for p in PARTS_OF_DAY if p not in ("tonight", "overnight")]),
    "deictic": alternation(DEICTIC_DAYS),
    "mod": alternation(MODS) + r"(?:[-\s]+)",
    "approx": alternation(APPROX),
    "ref": alternation(REFS),
    "setword": alternation(SETS),
    "holiday": alternation(HOLIDAYS),
    "qord": alternation([k for k, v in ORDINALS.items() if v <= 4]),
    "hord": r"(?:first|second|1st|2nd|last|latter|final)",
    "decade": r"(?:(?:1[0-9]|20)\d0|['’]?\d0)['’]?s",
    "decadeword": alternation(DECADE_WORDS),
    "century": r"(?:\d{1,2}(?:st|nd|rd|th)|"
    + alternation([k for k, v in ORDINALS.items() if v <= 21 and not k[0].isdigit()])
    + ")",
    "this": r"(?:this|the\s+current|the\s+present)",
    "last": r"(?:last|the\s+past|the\s+last|the\s+previous|the\s+preceding|this\s+past"
    r"|the\s+latest|the\s+most\s+recent|recent)",
    "next": r"(?:next|the\s+next|the\s+coming|this\s+coming|the\s+following|coming"
    r"|the\s+upcoming)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "ampm": r"(?:[ap]\.\s?m\.?|[ap]m\b|in\s+the\s+(?:morning|afternoon|evening))",
    "tz": r"(?-i:[A-Z]{1,4}T|GMT|UTC|Z)(?:\s?[+-]\d{1,2}(?::?\d\d)?)?",
    "sep": r"[-/.]",
    "dash": r"\s*(?:-|–|—|to|through|until|till)\s*(?:the\s+)?",
    "fiscal": r"(?:fiscal|FY|financial\s+year|fiscal\s+year)",
    "rel": r"(?:last|next|this|this\s+coming|this\s+past|the\s+previous|the\s+following|"
    r"that|coming|past)",
}

# Reusable pattern pieces (plain text, not slots).
_DATE_TAIL = r"(?:,?\s+{year})?"
_WD = r"(?:{weekday},?\s+)?"


class Rule(NamedTuple):
    """One grammar rule: its regex (with slots), the normalizer that reads the slots, the
    TIMEX3 type, and fixed parameters for the normalizer."""

    name: str
    pattern: str
    normalizer: str
    type: str
    params: tuple[tuple[str, Any], ...] = ()


RULES: tuple[Rule, ...] = (
    # --- explicit calendar dates ---------------------------------------------------------
    Rule("iso_datetime", r"{year:year}-(?P<~month>[01]\d)-(?P<~day>[0-3]\d)[T\s]{hour}:{minute}"
         r"(?::\d\d(?:\.\d+)?)?(?:{tz})?", "calendar", "TIME"),
    Rule("iso_date", r"{year}-(?P<~month>[01]\d)-(?P<~day>[0-3]\d)(?![\d:])", "calendar", "DATE"),
    Rule("numeric_date", r"(?P<~n1>[0-3]?\d)(?P<~s>[/.])(?P<~n2>[0-3]?\d)(?P=~s)"
         r"(?P<~y>(?:1[0-9]|20)\d\d|\d\d)(?![\d/.]\d)", "numeric", "DATE"),
    Rule("month_day_range", _WD + r"{month}\s*{day}{dash}{day:day2}" + _DATE_TAIL,
         "calendar", "DATE"),
    Rule("month_day_time", _WD + r"{month}\s*{day}" + _DATE_TAIL +
         r",?\s+(?:at\s+)?{hour}(?::{minute})?\s*{ampm}(?:\s*{tz})?", "calendar", "TIME"),
    Rule("week_of", r"the\s+week\s+of\s+{month}\s*{day}" + _DATE_TAIL, "calendar",
         "DATE"),
    Rule("month_day", _WD + r"(?:the\s+)?{month}\s*(?:{day}|the\s+{dayword:day}|{dayword:day})"
         r"(?:,?\s+{weekday:wd2})?" + _DATE_TAIL, "calendar", "DATE"),
    Rule("day_month_range", r"(?:the\s+)?{day}{dash}{day:day2}\s+(?:of\s+)?{month}" + _DATE_TAIL,
         "calendar", "DATE"),
    Rule("day_month", _WD + r"(?:the\s+)?(?:{day}|{dayword:day})\s+(?:of\s+)?{month}"
         + _DATE_TAIL, "calendar", "DATE"),
    Rule("mod_month_year", r"{mod}{month}(?:,?\s+(?:of\s+)?(?:{year}|{ayear}))?(?!\s*\d)",
         "calendar", "DATE"),
    Rule("month_year", r"(?:{month}|{monthname})(?:,?\s+(?:of\s+)?)(?:{year}|{ayear})",
         "calendar", "DATE"),
    Rule("month_rel_year", r"{month}\s+(?P<~rel>this|last|next)\s+year", "calendar", "DATE"),
    Rule("rel_month", r"(?P<~rel>last|next|this|this\s+past|this\s+coming)\s+{month}(?!\.?\s*\d)",
         "calendar", "DATE"),
    Rule("day_ordinal_range", r"the\s+{day}{dash}{day:day2}(?![\s-]+(?:of\s+)?(?-i:[A-Z]))",
         "focus_day", "DATE"),
    Rule("month", r"(?:(?:(?<=in\s)|(?<=by\s)|(?<=of\s)|(?<=since\s)|(?<=until\s)|(?<=from\s)"
         r"|(?<=early\s)|(?<=late\s)|(?<=through\s)|(?<=before\s)|(?<=after\s)|(?<=till\s)"
         r"|(?<=during\s))(?P<~monthname>(?-i:May))|{monthname})(?!\.?\s*\d)"
         # `the March for Life`, `the March of Dimes`: a name of a walk, not the month
         r"(?!(?<=March)\s+(?:for|of|against)\s+(?:the\s+)?(?-i:[A-Z]))",
         "calendar", "DATE"),
    # --- years, decades, centuries, fiscal years -------------------------------------------
    # `1990-91` is one timex; `between 1985 and 1987`, `1991 to 1997` are two (as TimeBank).
    Rule("year_range", r"{year}\s*[-–]\s*(?:{year:year2}|(?P<~short>\d\d)(?!\d))",
         "year_range", "DATE"),
    Rule("fiscal_year", r"(?:the\s+)?{fiscal}(?:[-\s]+|\s*['’]?)(?:{year}|(?P<~short>\d\d)\b)",
         "calendar", "DATE"),
    Rule("mod_year", r"(?:{mod}|(?P<~post>post|pre)-){year}", "calendar", "DATE"),
    Rule("year_or_later", r"{year}\s+(?P<~openend>or\s+later|and\s+beyond|or\s+earlier)",
         "calendar", "DATE"),
    Rule("the_year", r"the\s+year\s+{year}", "calendar", "DATE"),
    Rule("decade", r"(?:the\s+)?(?:{mod})?(?:{decade}|{decadeword})", "decade", "DATE"),
    Rule("century", r"(?:the\s+)?(?:{mod})?{century}[-\s]+century", "century", "DATE"),
    # --- quarters and halves ---------------------------------------------------------------
    # `the corresponding period last year`, `last year's quarter`: the reported quarter, a
    # year back (before `the_quarter` and `rel_unit` take their first words).
    Rule("year_ago_period", r"the\s+(?:same\s+|corresponding\s+|comparable\s+)?"
         r"(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))(?!['’]s)"
         r"|last\s+year['’]s\s+(?:period|quarter)", "year_ago", "DATE"),
    Rule("quarter", r"(?:(?:the|its|this\s+year['’]s|next\s+year['’]s|last\s+year['’]s|"
         r"(?P<~yago>the\s+year-(?:earlier|ago)|the\s+comparable\s+year-(?:earlier|ago))|"
         r"the\s+{year:qyear}|a\s+flat)\s+)?(?:fiscal[-\s]+)?{qord}[-\s]+(?:fiscal[-\s]+)?"
         r"(?:quarter|period)(?:\s+of\s+(?:fiscal\s+)?{year})?(?!-\w)", "quarter", "DATE"),
    Rule("half", r"(?:the\s+)?{hord}\s+half(?:\s+of\s+(?:(?:the|this|next|last)\s+year|"
         r"{year}))?", "half", "DATE"),
    Rule("the_quarter", r"(?:the|this|that|(?P<~cur>the\s+current)|the\s+latest|the\s+{year}|"
         r"the\s+most\s+recent|the\s+same)\s+(?:quarter|period)(?![-\w])",
         "focus_quarter", "DATE"),
    # --- times of day ----------------------------------------------------------------------
    Rule("clock", r"(?:(?P<~approx>about|around|approximately|shortly\s+after)\s+)?"
         r"{hour}(?::{minute})?\s*(?:{ampm}|(?P<~oclock>o['’]clock))(?:\s*{tz})?"
         r"(?:,?\s+(?:on\s+)?(?:{deictic}|(?:last\s+)?{weekday}|{month}\s*{day})"
         r"|(?=\s*\([^()\n]{1,20}\)\s*(?:on\s+)?{weekday})"  # `10:35 a.m. (0735 GMT) Friday`
         r"|(?=\s+(?!(?:the|this|that|every|same|next|last)\s)[a-z]+\s+time,?\s+(?:on\s+)?"
         r"(?:{weekday}|{month}\s*{day})\b))?",  # `6:04 p.m. India time on August 23`
         "time", "TIME"),
    Rule("clock24", r"(?<![\d:]){hour}:{minute}(?!\d)(?:\s*{tz})?(?:,?\s+(?:{deictic}|"
         r"{weekday}))?", "time", "TIME"),
    Rule("pod_day", r"(?:{mod})?{pod}[\s,]+(?:{deictic}|{weekday})(?!\s+(?:morning|"
         r"afternoon|evening|night))|(?:{deictic}|{weekday})\s+(?:at\s+)?"
         r"(?P<~named2>noon|midnight)"
         r"|(?P<~named2>noon|midnight)(?:,?\s+on)?\s+(?:{deictic}|{weekday})",
         "day_pod", "TIME"),
    Rule("bare_pod", r"(?:(?<=at\s)|(?<=by\s)|(?<=around\s)|(?<=until\s)|(?<=after\s)|"
         r"(?<=before\s))(?P<~named>midday|noon|midnight)|(?P<~mod>mid)[-\s]?"
         r"(?P<~pod>morning|afternoon|evening)", "day_pod", "TIME"),
    Rule("day_pod", r"(?:{mod})?(?:{deictic}|(?:(?P<~rel>last|next|this\s+past|this\s+coming)"
         r"\s+)?{weekday})[\s-]+{pod}", "day_pod", "TIME"),
    Rule("this_pod", r"(?:{mod})?(?:this|(?P<~rel>last|tomorrow|yesterday))\s+{pod}|"
         r"(?P<~tonight>tonight|overnight)", "day_pod", "TIME"),
    # --- deictic days, weekdays, holidays --------------------------------------------------
    # `the day before last Tuesday('s hearing)`, `the day after Nov. 3`: one day off a named day
    Rule("day_next_to", r"the\s+day\s+(?P<~side>before|after)\s+(?:(?:(?P<~rel>last|next|this)"
         r"\s+)?{weekday}|{month}\s*{day}(?:,?\s+{year})?)(?:['’]s)?", "day_next_to", "DATE"),
    Rule("deictic", r"(?:{mod})?{deictic}", "deictic", "DATE"),
    Rule("weekday", r"(?:{mod})?(?:(?P<~rel>last|next|this|this\s+coming|this\s+past|"
         r"the\s+previous|the\s+following|that)\s+)?{weekday}(?:['’]s)?(?!\w)",
         "weekday", "DATE"),
    Rule("holiday", r"(?:(?P<~rel>last|next|this)\s+)?{holiday}(?:\s+{year})?", "holiday",
         "DATE"),
    # --- sets --------------------------------------------------------------------------------
    # `per hour` of a speed (`49 miles per hour`, `instructions per second`) is a unit, no time
    Rule("set_each", r"(?:each|every|per(?!\s+(?:hour|minute|second)\b))\s+"
         r"(?:(?P<~count>other|two|three|four|five|six)\s+)?"
         r"(?:{weekday}|{cunit}s?|{month}|{season})(?!\s+(?:ago|earlier|later|before|after|of|or))",
         "set", "SET"),
    Rule("set_word", r"{setword}", "set", "SET"),
    Rule("set_rate", r"(?:(?<=once\s)|(?<=twice\s)|(?<=times\s)|(?<=million\s)|(?<=billion\s)"
         r"|(?<=percent\s)|(?<=cents\s)|(?<=dollars\s)|(?<=\d\s))an?\s+{cunit}(?!\s+(?:ago|"
         r"earlier|later|or|and))", "set", "SET"),
    Rule("set_plural_weekday", r"(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|"
         r"Saturdays|Sundays)", "set", "SET"),
    # --- offsets from the DCT or the time in focus -----------------------------------------
    Rule("offset", r"(?:{approx}\s+)?(?:(?P<~vag>{vague})|{num})[-\s]+(?:more\s+)?{unit}\s+"
         r"(?:or\s+so\s+)?(?P<~dir>ago|earlier|later|from\s+now|hence|back)"
         r"(?!\s+(?:than|that))", "offset", "DATE"),
    Rule("the_year_span", r"the\s+(?:fiscal\s+|full\s+)?(?P<~unit>year)(?=\s+(?:that\s+)?"
         r"(?:ended|ending|ends|through|to\s+date))", "duration", "DURATION"),
    Rule("for_the_year", r"(?:(?<=for\s)|(?<=of\s)|(?<=in\s)|(?<=during\s)|(?<=throughout\s))"
         r"the\s+(?:full\s+|fiscal\s+|entire\s+|whole\s+)?(?P<~unit>year)(?![-\s]+(?:earlier|ago|"
         r"before|after|\d))", "rel_unit", "DATE"),
    Rule("past_decade", r"the\s+(?P<~lead>past|last)\s+(?P<~unit>decade|century)", "duration",
         "DURATION"),
    Rule("rel_unit", r"(?:{mod})?(?:{this}|{last}|{next}|(?P<~that>that|the\s+same)|"
         r"(?P<~the>the)(?=\s+weekend))"
         r"[-\s]+"
         r"(?:{season}|(?P<~unit>week|weekend|month|year|quarter|decade|century|"
         r"fiscal\s+year|school\s+year))(?!-|['’]s\s+\w+\s+(?:quarter|half|period))",
         "rel_unit", "DATE"),
    Rule("that_day", r"(?P<~that>that(?:\s+same|\s+very)?|the\s+(?:very\s+)?same)\s+"
         r"(?P<~unit>day)(?![-\w]|\s+(?:before|after|earlier|later))", "rel_unit", "DATE"),
    Rule("season", r"(?:{mod})?(?:(?:the|this)\s+)?{season}(?:\s+(?:of\s+)?{year})",
         "rel_unit", "DATE"),
    Rule("season_bare",
         r"(?:{mod}|(?<=in\s)|(?<=by\s)|(?<=until\s)|(?<=since\s)|the\s+)"
         r"(?:spring|summer|autumn|winter)(?!\w)",
         "rel_unit", "DATE"),
    Rule("mod_unit", r"(?:the\s+)?{mod}(?:in\s+)?(?:the\s+)?(?P<~unit>year|month|week)"
         r"(?!\w|\s+ago)",
         "rel_unit", "DATE"),
    Rule("year_end", r"(?:(?P<~approx>around|about|at)\s+)?(?:the\s+)?(?P<~ye>year)[-\s]+end|"
         r"year['’]s\s+end", "rel_unit", "DATE"),
    Rule("year_ago", r"(?P<~yago>(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?"
         r"year[-\s](?:earlier|ago))(?:\s+(?:period|quarter))?",
         "year_ago", "DATE"),
    # --- durations -----------------------------------------------------------------------
    # `Islam will one day be`: after a modal, `one day` is some day to come, not P1D
    Rule("one_day", r"(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)"
         r"|(?<=shall\s)|(?<=can\s))one\s+day(?![-\s]+(?:of|after|before|later|earlier|ago))",
         "fixed", "DATE", (("value", "FUTURE_REF"),)),
    Rule("duration_range", r"(?:the\s+(?:past|last|next|first|coming)\s+)?{num}"
         r"\s*(?:-|–|to|or)\s*{num:num2}[-\s]+{unit}", "duration", "DURATION",
         (("vague", True),)),
    # `a minute and a half` before `duration` takes `a minute`
    Rule("duration_unit_and_half", r"(?:an?|one)\s+{unit}\s+and\s+a\s+half", "duration",
         "DURATION", (("plus_half", True),)),
    # `a day-long meeting`, `a decades-long feud`: the adjective of a length, one unit or many
    # (the article of `a decades-long` is the noun's, not a count)
    Rule("unit_long", r"(?:(?:an?\s+)?(?P<~vag>(?P<~unit>(?:hour|day|week|month|year|decade)s"
         r"|centuries))|(?P<~unit>hour|day|week|month|year|decade|century))-long", "duration",
         "DURATION"),
    # `several quarters of losses`: a vague count is never a fraction (`three quarters of`)
    Rule("vague_quarters", r"(?P<~vag>{vague})\s+(?P<~unit>quarters)(?=\s+of\b)", "duration",
         "DURATION"),
    Rule("duration", r"(?:{approx}\s+(?!the\b))?(?:(?:the|its|their|his|her)\s+"
         r"(?P<~lead>past|last|next|first|coming|previous|following|final|latest|"
         r"remaining|initial|entire)\s+|the\s+|an?\s+(?:additional|extra|further)\s+)?"
         r"(?:(?P<~vag>{vague})|{num})[-\s]+(?:more\s+|full\s+|additional\s+|straight\s+|"
         r"consecutive\s+|trading\s+|business\s+|calendar\s+)?{unit}"
         r"(?:-long|(?<=s)\s+now|\s+or\s+so)?(?![-\s]+old)"
         r"(?!-\w|(?<=quarter)\s+of\b|(?<=quarters)\s+of\b|(?<=second)\s+[a-z])",
         "duration", "DURATION"),
    # `over the years`, `in the first hours of the war`: an unsaid number of units (`the early
    # hours of Thursday` is a time of that day)
    Rule("the_vague_plural", r"(?:(?<=over\s)|(?<=in\s)|(?<=during\s)|(?<=through\s)|"
         r"(?<=throughout\s))the\s+(?!early\s+hours)(?:(?:early|first|final|closing|opening)"
         r"\s+{plural:unit}(?!\s+(?:before|after|ago|earlier|later|since|ahead|to\s+come))"
         r"|{plural:unit}(?!\s+(?:of|that|when|before|after|ago|earlier|later|since|ahead"
         r"|to\s+come)))", "duration", "DURATION", (("vague", True),)),
    Rule("duration_vague_plural", r"(?:the\s+(?:past|last|next|coming|previous)\s+)?"
         r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=in\s)|the\s+(?:past|last|next|coming))"
         r"{plural:unit}(?!\s+(?:of|ago|before|"
         r"after|earlier|later))", "duration", "DURATION", (("vague", True),)),
    Rule("duration_half", r"(?:{approx}\s+)?(?:a\s+|one\s+)?(?P<~half>half)[-\s](?:an?\s+)?{unit}",
         "duration", "DURATION"),
    Rule("vague_span", r"(?:a\s+while|some\s+time|a\s+long\s+time|a\s+short\s+time|"
         r"a\s+(?:fairly\s+)?(?:long|lengthy|short|brief)\s+period)(?!\s+ago)", "fixed",
         "DURATION", (("value", "PXX"),)),
    # --- fixed references --------------------------------------------------------------------
    Rule("ref", r"{ref}", "ref", "DATE"),
    Rule("bare_year", r"(?:the\s+)?(?:{year}|(?<=in\s){ayear})(?:['’]s)?(?![-/]\d)", "calendar",
         "DATE"),
    # `on April 24 and 25`: a bare day joined to the date just before takes its month and
    # year (last, so that any rule for `25 years` comes first)
    Rule("joined_day", r"(?:(?<=and\s)|(?<=or\s)){day}(?!\s*(?:%|percent|[-/.]?\d))",
         "joined_day", "DATE"),
)  # fmt: skip

# Every rule contains one of these (or a digit): the tagger tries the rules only near them.
# A test checks that this gives the same matches as trying them everywhere.
_NOT_TRIGGERS = frozenset((
    "the", "of", "in", "at", "to", "as", "and", "from", "this", "that", "last", "next", "other",
    "near", "far", "long", "short", "new", "more", "most", "after", "before", "right", "these",
    "eve", "good", "later", "soon", "coming", "ahead", "sun", "sat", "wed", "mon",
    "tue",
))  # fmt: skip
TRIGGER_WORDS: frozenset[str] = frozenset(
    word
    for table in (
        MONTHS,
        WEEKDAYS,
        UNITS,
        SEASONS,
        PARTS_OF_DAY,
        DEICTIC_DAYS,
        REFS,
        SETS,
        HOLIDAYS,
        DECADE_WORDS,
        {"nineteen": 0, "eighteen": 0, "thousand": 0},
        {"half": 0, "fiscal": 0, "fy": 0, "while": 0, "time": 0, "period": 0},
    )
    for key in table
    for word in re.split(r"[\s'-]+", key)
    if len(word) > 2 and word not in _NOT_TRIGGERS
)
TRIGGER_WINDOW = 40  # characters a rule may begin before its trigger (TimeBank: 21 at most)

# Every match begins with one of these (or a digit): the words of the lexicons, and the
# words that open a rule before its lexicon words.
RULE_OPENERS: tuple[str, ...] = (
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "last", "next", "coming",
    "past", "recent", "previous", "following", "same", "current", "present", "latest", "most",
    "upcoming", "comparable", "corresponding", "flat", "each", "every", "per", "post", "pre",
    "fiscal", "fy", "financial", "year", "mid", "shortly", "half", "some", "while", "long",
    "short", "fairly", "lengthy", "brief", "time", "preceding", "one", "couple", "dozen",
    "additional", "extra", "further", "mondays", "tuesdays", "wednesdays", "thursdays",
    "fridays", "saturdays", "sundays", "hours", "days", "weeks", "months", "years", "decades",
    "centuries", "spring", "summer", "autumn", "winter", "may",
)  # fmt: skip
START_WORDS: frozenset[str] = frozenset(
    word.lower()
    for text in (
        *(
            key
            for table in (
                MONTHS,
                WEEKDAYS,
                SMALL_NUMBERS,
                TENS,
                SCALES,
                ORDINALS,
                UNITS,
                SEASONS,
                PARTS_OF_DAY,
                DEICTIC_DAYS,
                MODS,
                APPROX,
                REFS,
                SETS,
                HOLIDAYS,
                DECADE_WORDS,
            )
            for key in table
        ),
        *VAGUE_NUMBERS,
        *RULE_OPENERS,
    )
    for word in re.findall(r"[A-Za-z]+", text)
)
