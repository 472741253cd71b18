"""How a later claim bears on an earlier one: confirms, contradicts, restates, denies, or nothing.

The rules that matter most (a premature `confirmed` is the worst error a tracker can make):

- the same proposition from the same chain of sources is a restatement, never a confirmation;
- a hedged restatement (`may`, `likely`, `expected`) leaves the earlier claim as it was;
- an independent source asserting it, or the event reported as having happened, confirms,
  unless it is done to another thing (`detected sounds` does not confirm `detected debris`);
- a confirmation confirms only what it says: a claim about a more specific place or time than
  the evidence names stays open;
- an incompatible place or date contradicts; the opposite polarity contradicts, or denies when
  the speaker rejects it; a correction (`not French as first reported`) contradicts what it
  corrects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from storyline.analyze.lexicon import CANCEL_VERBS, GENERAL_THEMES, PRIZE_NOUNS, SITE_WORDS
from storyline.analyze.timex import tag_timexes
from storyline.track.figures import figures, only_a_part, other_side, singular, unconfirmed_figure
from storyline.track.places import within
from storyline.track.resolve import normalize_name
from storyline.track.vectors import cosine

__all__ = [
    "CHANGE_GROUPS",
    "CHOOSING_ACTS",
    "CONDUCTING_PREDICATES",
    "DECISION_NOUNS",
    "FORWARD_MODALITIES",
    "HEDGED_MODALITIES",
    "PUBLISHING_PREDICATES",
    "SETTLING_RELATIONS",
    "ClaimView",
    "Link",
    "about_the_same",
    "cancels",
    "finders",
    "foretelling_kin",
    "lookup_kin",
    "one_day",
    "plain_sense",
    "plan_days",
    "predicate_group",
    "predicate_kin",
    "relate",
    "same_act",
    "same_kind",
    "same_theme",
]

FORWARD_MODALITIES = frozenset({"planned", "expected", "likely", "possible", "uncertain"})
HEDGED_MODALITIES = FORWARD_MODALITIES
FACTUAL_MODALITIES = frozenset({"asserted", "reported"})
SETTLING_RELATIONS = frozenset({"confirms", "contradicts", "denies"})  # all but `restates`

# Predicates that name the same kind of happening, so `come` can confirm a planned `visit`.
# A phrasal verb is a verb of its own (`came out` is no coming) unless a group lists it.
PREDICATE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"visit", "come", "travel", "arrive", "return", "trip", "tour", "fly", "land"})
    | {"attend", "present", "invite", "host", "preside", "lead"},  # being there, in any role
    frozenset({"meet", "meeting", "talk", "summit", "hold", "discuss", "negotiate"}),
    frozenset({"supply", "provide", "sell", "deliver", "send", "ship", "donate", "transfer"})
    | {"available", "hand over"},  # `would be available from June`, `went on sale on Monday`
    frozenset({"buy", "purchase", "acquire", "receive", "obtain"}),
    frozenset({"die", "kill", "dead", "death", "perish", "implode", "implosion"}),
    frozenset({"crash", "collapse", "explode", "explosion", "go down", "blow up"}),
    frozenset({"landfall", "come ashore"}),
    frozenset({"find", "discover", "locate", "spot", "detect", "recover"}),
    frozenset({"shoot", "strike", "attack", "down", "shoot down", "bring down", "take down"})
    | {"hit", "bomb", "shell", "walk out"}
    | {"demolish", "raze", "tear down", "knock down"},  # a building brought down
    frozenset({"bury", "burial", "funeral"}),
    frozenset({"resign", "step down", "stand down", "quit", "resignation"}),
    frozenset({"become", "swear in", "take office", "inaugurate"}),  # an office taken
    frozenset({"investigate", "probe", "inquiry", "investigation"}),
    frozenset({"breach", "hack", "hack into", "break into"}),
    frozenset({"comment", "speak", "remark", "condole", "address"}),
    frozenset({"notify", "inform", "alert", "mail", "email"}),
    frozenset({"rule", "convict", "acquit", "sentence"}),
    frozenset({"hear", "testify", "answer"}),  # `will appear before MPs`, `told MPs on Wednesday`
    frozenset({"deliberate", "retire"}),  # a jury retires to consider its verdicts
    frozenset({"vote", "approve", "ratify", "endorse"}),  # shareholders approving: a vote held
    frozenset({"launch", "lift off", "blast off", "liftoff"}),
    frozenset({"trade", "list", "debut", "float"}),  # shares first traded: a listing
    frozenset({"publish", "release", "unveil"}),  # forecasts, a report, a video made public
    frozenset({"pay", "compensate", "reimburse", "refund"}),  # `will compensate`, `began paying`
    frozenset({"damage", "hurt", "harm", "weaken", "undermine", "dent"}),  # a standing hurt
    frozenset({"withdraw", "pull out", "leave", "depart"})  # an envoy withdrawn: one who left
    | {"discharge"},  # `will be discharged from the hospital`, `left the hospital`
    frozenset({"sue", "challenge"}),  # `would challenge the law in court`, `filed a lawsuit`
    frozenset({"close", "complete", "finalize", "finalise", "conclude"}),  # a deal done
    frozenset({"issue", "sign"}),  # `would issue an executive order`, `signed an executive order`
    frozenset({"reach", "enter"}),  # `expected to reach lunar orbit`, `entered lunar orbit`
    frozenset({"resume", "restart", "reopen"}),  # flows, talks, an airport back at work
    frozenset({"impose", "introduce", "bring in", "take effect"}),  # a ban begun: in force
    frozenset({"cut", "reduce", "lower", "fall", "drop", "decline"}),  # `would cut flows`,
    # then `flows fell to 20%`; and the other way, `will lift Reyes to No. 5`, `rose to No. 5`
    frozenset({"rise", "raise", "increase", "lift", "climb", "grow", "jump", "go up"}),
)
_GROUP_OF = {word: min(group) for group in PREDICATE_GROUPS for word in group}
DECISION_GROUPS = frozenset({_GROUP_OF["vote"], _GROUP_OF["rule"], "decide", "remove", "elect"})
CHANGE_GROUPS = frozenset({_GROUP_OF["rise"], _GROUP_OF["fall"]})  # an amount up, or down
_KIN_OF = {word: group for group in PREDICATE_GROUPS for word in group}
# What a body does by voting it (`voted 216-210 to remove Kevin McCarthy as speaker`).
VOTED_ACTS = frozenset(
    {"remove", "oust", "expel", "impeach", "elect", "dismiss", "suspend", "censure", "fire"}
)
# What deciding on a thing comes to: granting it or refusing it.
GRANTING = frozenset({"grant", "approve", "accept", "clear", "allow", "authorize", "authorise"})
REFUSING = frozenset({"deny", "reject", "refuse", "block", "veto", "prohibit", "bar"})
DECIDING_ACTS = GRANTING | REFUSING | {"uphold", "overturn", "commute"}
CHOICE_VERBS = frozenset({"choose", "pick", "select"})  # one of several named candidates
CHOOSING_ACTS = DECIDING_ACTS | CHOICE_VERBS | {"award", "decide"}
# What a court decides at a hearing: a ruling, or an order (`ordered him held`, `remanded him`).
HEARING_DECISIONS = DECISION_GROUPS | {
    "order", "remand", "release", "free", "grant", "reject", "dismiss", "overturn", "quash",
}  # fmt: skip

# Predicates that say the opposite of another (`still alive` is `not dead`, `skipped the
# procession` is `did not attend it`), so that a report of the one contradicts the other.
OPPOSITE_PREDICATES = {"alive": "die", "survive": "die", "living": "die", "skip": "attend"}
# ... and of a state that acts on nothing: `the terminal will stay open` is `not closed`, but
# `opened an inquiry` is no such thing; `will remain at the company` is `will not quit`; a
# crossing that `remained closed` did not reopen.
OPPOSITE_STATES = {
    "open": "close", "remain": "quit", "stay": "quit", "closed": "reopen", "shut": "reopen",
}  # fmt: skip

# Money changing hands is one happening from either side: handing a man envelopes of cash,
# his receiving money, his taking a cent.
TRANSFER_VERBS = frozenset({"hand", "give", "receive", "take", "accept", "get", "pocket", "pay"})
CONTEST_OUTCOMES = {"win": True, "survive": True, "lose": False}
OUTCOME_NOUNS = frozenset({"winner", "result", "outcome"})  # what is announced of a contest
DECISION_NOUNS = frozenset({"decision", "choice"})  # ... and of a choice to be made
# Leaving a race is not running in it: `pulled out of the race` against `expected to run`.
CONTEST_EXITS = frozenset({"pull out", "drop out", "withdraw", "quit", "bow out", "back out"})
CONTEST_THEMES = PRIZE_NOUNS | {
    "vote", "election", "race", "motion", "ballot", "referendum", "runoff", "contest", "round",
}  # fmt: skip
BILL_THEMES = frozenset(
    {"bill", "measure", "law", "legislation", "budget", "motion", "resolution", "amendment"}
)  # what a chamber passes: a vote held
VOTE_SHARES = frozenset({"%", "percent", "share"})  # `won 51% of the vote`, not a seat
MONEY_THEMES = frozenset(
    {"money", "cash", "euro", "dollar", "pound", "cent", "bribe", "payment", "envelope", "fee"}
)

DENIAL_CUES = frozenset({"deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss"})
ADMISSION_CUES = frozenset({"admit", "admits", "admitted", "confess", "confesses", "confessed"})

# A happening told as foretold: `as Gazprom had announced`, `as the ministry had promised`.
_AS_FORETOLD = re.compile(
    r"\bas (?P<who>[\w .'’-]{2,60}?) (?:had )?(?:announced|planned|promised|predicted|forecast"
    r"|expected|said|warned|pledged|vowed)\b",
    re.IGNORECASE,
)

# A doing taken up again: `Voting resumes on Thursday`, `fighting continued`, `met again`.
_AGAIN = re.compile(r"\b(?:resum\w*|continu\w*|again)\b", re.IGNORECASE)

# What a move says its event was due on: `the meeting that had been planned for [Friday]`.
_PLANNED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|due|slated)(?: to (?:take place|be held))? (?:for|on) $"
)

# A correction names what the earlier report got wrong: `is a Belgian national, not French as
# first reported`, `rather than 12, as earlier stated`, `not a bomber as it had said`.
CORRECTION = re.compile(
    r"\b(?:not|rather than|instead of) (?:an? |the )?(?P<wrong>[\w'’-]+(?: [\w'’-]+){0,2}?),? "
    r"as (?:(?:first|initially|originally|previously|earlier|wrongly|mistakenly|widely) "
    r"|(?:it|he|she|they) (?:had )?)"
    r"(?:reported|stated|said|announced|thought|believed|identified|claimed)\b",
    re.IGNORECASE,
)
# `far more than the 5,000 barrels first estimated`: a figure the later report says was wrong
CORRECTED_FIGURE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater) than (?:the )?"
    r"(?P<wrong>\d[\d,.]*(?: (?:thousand|million|billion))? [\w'’-]+),? "
    r"(?:(?:first|initially|originally|previously|earlier|officially) )?"
    r"(?:estimated|reported|stated|said|announced|thought|believed|claimed|given)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)

# `there would be no more debates`: none besides those planned or held, not one called off
NO_MORE = re.compile(r"\b(?:no|not any) (?:more|further|other|second|third)\b", re.IGNORECASE)
# A refusal that waits for something (`will not evacuate its citizens until a ceasefire holds`):
# doing it later says the wait is over, not that the refusal was wrong.
UNTIL_THEN = re.compile(r"\b(?:until|unless|before|till)\b", re.IGNORECASE)

# Verbs that say little by themselves: `Putin was behind the crash` and `Putin was not present`
# share a predicate and a person and nothing else; nor do two things one man `called` something.
# Such claims link on their words alone.
LIGHT_PREDICATES = frozenset(
    {"be", "have", "do", "make", "take", "get", "give", "say", "tell", "see", "know", "include",
     "call", "describe"}
)  # fmt: skip

# Predicates of a move itself, which a plan may foresee (`would decide whether to postpone`).
MOVE_PREDICATES = frozenset({"postpone", "delay", "defer", "reschedule", "put off"})

# Predicates that tell an event takes place (`a runoff would be held`): its theme is the event.
HOLDING_PREDICATES = frozenset(
    {"hold", "take place", "go ahead", "stage", "organize", "organise", "host", "convene"}
)

MAX_LINKS = 5  # earlier claims one new claim is linked to, at most
NOTE_SOURCE = "note"
# Cosines of all-MiniLM-L6-v2 claim embeddings, calibrated on the seed and the dev stories:
# restatements and confirmations score 0.5 to 0.8, unrelated claims about one person below 0.65.
PLAN_DAYS = 31  # a plan for at most this many days is met by a happening on one of them
# What a plan makes public (`The figures will be published by the ONS on Wednesday`), which
# its publisher's telling on that day tells was done.
PUBLISHING_PREDICATES = frozenset({"publish", "release", "announce", "unveil", "reveal"})
# What a plan carries out (`An autopsy will be carried out`), which its findings tell was done.
CONDUCTING_PREDICATES = frozenset(
    {"carry out", "conduct", "perform", "complete", "publish", "release", "launch", "open"}
)
SIMILAR_TEXT = 0.70  # the same statement, whatever its verb
UNNAMED_SAME_VERB = 0.60  # ... the very verb, where one of the two names no one
RELATED_TEXT = 0.45  # enough, with the same kind of predicate and a shared participant
SAME_COUNT_AT_LEAST = 10  # a count this large, told of the same kind, is not by chance
OWN_FIGURE_MARGIN = 0.1  # `about 2,000` is not belied by 1,900, it is by 1,200
PARAPHRASE = 0.85  # so close that another verb cannot make it another happening


def plain_sense(
    predicate: str | None, polarity: str, theme: str | None = None
) -> tuple[str | None, str]:
    """The predicate and polarity with an opposite spelled out (`alive` is `die`, negated),
    money changing hands told from either side as paying, and a contest survived or lost as
    won or not won (`expected to survive the vote`, then `lost the vote`), a race left as
    not run in (`pulled out of the race`), and a bill passed as approved."""
    lemma = (predicate or "").lower()
    if lemma in TRANSFER_VERBS and theme in MONEY_THEMES:
        return "pay", polarity
    if lemma in CONTEST_OUTCOMES and theme in CONTEST_THEMES:
        return "win", polarity if CONTEST_OUTCOMES[lemma] else _flipped(polarity)
    if lemma in CONTEST_EXITS and theme in CONTEST_THEMES:
        return "run", _flipped(polarity)
    if lemma == "pass" and theme in BILL_THEMES:
        return "approve", polarity
    opposite = OPPOSITE_PREDICATES.get(lemma) or (None if theme else OPPOSITE_STATES.get(lemma))
    if opposite is None:
        return predicate, polarity
    return opposite, _flipped(polarity)


def _flipped(polarity: str) -> str:
    return "negative" if polarity == "positive" else "positive"


def predicate_group(predicate: str | None) -> str | None:
    if not predicate:
        return None
    lemma = predicate.lower()
    return _GROUP_OF.get(lemma, lemma)


def predicate_kin(predicate: str | None) -> frozenset[str]:
    """The predicates of the same kind of happening as this one (itself included); none for a
    light verb, which says too little to look anything up by."""
    lemma = (predicate or "").lower()
    if not lemma or lemma in LIGHT_PREDICATES:
        return frozenset()
    return _KIN_OF.get(lemma, frozenset({lemma}))


def lookup_kin(predicate: str | None) -> frozenset[str]:
    """The predicates a claim looks earlier ones up by: its kind, the holding of an event it may
    be done in, for a contest's outcome its announcing, and for a decision the occasion it is
    taken at (`A judge on Monday overturned ...` finds `A hearing was set for Monday`, a vote
    finds the meeting that was to hold it)."""
    kin = predicate_kin(predicate)
    if kin:
        kin |= HOLDING_PREDICATES  # `won the runoff` finds `a runoff would be held`
    group = predicate_group(predicate)
    if group in CONTEST_OUTCOMES or predicate in CHOOSING_ACTS:
        kin |= {"announce"}  # `won the contest` finds `The winner will be announced`
    if group in HEARING_DECISIONS:
        kin |= {"hear"}
    if group in DECISION_GROUPS:
        kin |= predicate_kin("meet")
    return kin


def foretelling_kin(predicate: str | None, text: str = "") -> frozenset[str]:
    """The predicates a claim looks earlier ones up by whoever they name: for a court's
    decision, the ruling its judge foretold (`_ruled_as_foretold`); for a contest won, the
    announcing of its winner (`_outcome_of_it`), wherever it was to be; for a happening told
    as foretold, its own kind (`_as_its_source_foretold`)."""
    group = predicate_group(predicate)
    kin = predicate_kin("rule") if group in HEARING_DECISIONS else frozenset()
    if group in CONTEST_OUTCOMES:
        kin |= {"announce"}
    return kin | predicate_kin(predicate) if _AS_FORETOLD.search(text) else kin


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as linking sees it: resolved entity keys instead of surface names."""

    id: str
    doc_id: str
    date: str | None
    text: str
    modality: str
    polarity: str
    predicate: str | None
    theme: str | None = None
    setting: str | None = None  # the predicate of the event it is told at (`at a hearing`)
    entities: frozenset[str] = frozenset()
    place: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    sources: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    vector: tuple[float, ...] | None = None
    speaker: str | None = None  # the nearest source's name: the one that made the statement
    moves_event: bool = False  # `postponed the vote to Friday`: it bears on the vote's plans
    doer: str | None = None  # the surname of the person its active subject names

    @property
    def is_forward(self) -> bool:
        return self.modality in FORWARD_MODALITIES


@dataclass(frozen=True, slots=True)
class Link:
    """A relation; `on_new` when the evidence bears on the later claim, not the earlier one."""

    relation: str
    reason: str
    on_new: bool = False


def relate(new: ClaimView, old: ClaimView) -> Link | None:
    """How `new` (later, or a denial in the same document) bears on `old`; None if unrelated."""
    if new.id == old.id:
        return None
    if new.moves_event and new.predicate == old.predicate in MOVE_PREDICATES and old.is_forward:
        # `would decide whether to postpone the Games`, then `were postponed until 2021`: the
        # move foreseen, done on the day it was told of
        new = replace(new, moves_event=False, time_start=new.date, time_end=new.date)
    if wrong := _corrected(new, old):
        return Link("contradicts", f"{new.speaker or 'a later report'} corrects it: not {wrong}")
    if _told_on_its_day(new, old):
        return Link("confirms", f"{new.speaker or 'its publisher'} told it on the day it was due")
    if _cancelled(new, old):
        return Link("contradicts", f"{new.speaker or 'a later report'} says it was called off")
    if not _same_proposition(new, old):
        return None
    if _goes_back_on(new, old):
        if _is_admission(new) and old.sources[-1:] != new.sources[-1:]:
            return Link("confirms", f"{new.speaker or 'a party'} admits what was denied")
        return Link("confirms", f"{new.speaker or 'its source'}, who denied it, now says it")
    if new.modality == "denied" or _is_denial(new):
        if not _denies_this(new, old):
            return None
        if old.polarity == new.polarity == "negative":
            # denying that they paid says what `it would not pay` said: one more telling,
            # and a party's own denial is no report that its refusal held
            if _shares_sources(new, old):
                return Link("restates", "its source denies it again")
            return relate(replace(new, modality="asserted", cues=()), old)
        return Link("denies", f"{new.speaker or 'a source'} denies it")
    if old.modality == "denied" or _is_denial(old):
        if not _denies_this(old, new, later_claim=True):
            return None
        return Link("denies", f"{old.speaker or 'a source'} had denied it", on_new=True)
    if new.polarity != old.polarity:
        if _calls_it_off(new, old):
            return Link("contradicts", f"{new.speaker or 'a party'} says it will not be done")
        if new.modality not in FACTUAL_MODALITIES:
            return Link("restates", "a hedged opposite view does not settle it")
        if not _same_happening(new, old):
            return Link("restates", "the opposite, but of another happening")
        if _anothers_thing(new, old):
            return Link("restates", "the opposite, but of another's thing")
        if _refused_until(old):
            return Link("restates", "done once what the refusal waited for may have come")
        if _denies_own_part(new, old):
            return Link("denies", f"{new.speaker or 'a party'} denies a part in it")
        if _not_yet(new, old):
            return Link("restates", "not done on that day; the plan names none")
        if not _times_overlap(new, old):
            return Link("restates", "the opposite, but on another day")
        if _done_since(new, old):
            return Link("restates", "done after the report that it had not been")
        return Link("contradicts", "the later report says the opposite")
    if figure := _its_own_figure(new, old):
        return Link("contradicts", f"{new.speaker or 'the party itself'} gives {figure}")
    if new.modality in HEDGED_MODALITIES and not new.moves_event:  # a move told ahead moves
        return Link("restates", f"restated with the hedge '{new.modality}'")
    if _won_by_another(new, old):
        return Link("contradicts", f"{new.doer} won it, not {old.doer}")
    if _decided_the_other_way(new, old):
        return Link("contradicts", f"decided the other way: {new.predicate}, not {old.predicate}")
    if _went_the_other_way(new, old):
        return Link("contradicts", f"went the other way: {new.predicate}, not {old.predicate}")
    if _chose_another(new, old):
        return Link("contradicts", f"chose {new.theme}, not {old.theme}")
    if _pleaded_otherwise(new, old):
        return Link("contradicts", f"pleaded {new.theme} where {old.theme} was foretold")
    if side := other_side(old.text, new.text):
        return Link("contradicts", f"the later report says {side}")
    conflict = _conflict(new, old)
    if conflict and _same_happening(new, old):  # another day of another happening is no news
        if _months_apart(new, old):
            return Link("restates", "the same kind of happening, too far from its day to be it")
        return Link("contradicts", conflict)
    if _shares_sources(new, old) and not (old.is_forward and _told_as_done(new)):
        return Link("restates", "restated by the same chain of sources")
    if old.place and not _says_place(new, old.place) and not _outcome_of_it(new, old):
        return Link("restates", f"the later report does not say {old.place}")
    if not _same_happening(new, old):
        return Link("restates", "tells of it, but not as the same happening")
    if _of_another_thing(new, old):
        return Link("restates", f"tells of {new.theme}, not of {old.theme}")
    if not old.is_forward and (figure := unconfirmed_figure(old.text, new.text)):
        return Link("restates", f"the later report does not give {figure}")
    if part := only_a_part(old.text, new.text):
        return Link("restates", f"the later report tells of {part}, not all")
    if new.moves_event:
        return Link("restates", "put off, still to come")
    if _before_its_day(new, old):
        return Link("restates", "told before the day it was due")
    if old.is_forward and not (_times_overlap(new, old) or _hours_apart(new, old)):
        return Link("restates", "another happening, on another day than it was due")
    return Link("confirms", f"{new.speaker or 'a later report'} reports it independently")


def _corrected(new: ClaimView, old: ClaimView) -> str | None:
    """What a later report corrects in an earlier claim about the same participants: the word
    it says was wrong (`not French as first reported` against `Two of the workers are
    French`; `not an Islamic State bomber as it had said` of the strike that day at that
    place), when the earlier claim says its words; else None."""
    correction = CORRECTION.search(new.text)
    same_scene = bool(new.place and new.place == old.place and new.time_start == old.time_start)
    if correction is None or not (new.entities & old.entities or same_scene):
        return _corrected_figure(new, old)
    wrong = correction.group("wrong")
    return wrong if _says_words(old.text, wrong) and old.doc_id != new.doc_id else None


def _corrected_figure(new: ClaimView, old: ClaimView) -> str | None:
    """The figure of an earlier claim of the same kind of happening that a later report says
    was wrong (`far more than the 5,000 barrels first estimated`), whoever the two name."""
    correction = CORRECTED_FIGURE.search(new.text)
    if correction is None or old.doc_id == new.doc_id:
        return None
    wrong = correction.group("wrong")
    same = same_kind(new.predicate, old.predicate) and _says_words(old.text, wrong)
    return wrong if same else None


def _its_own_figure(new: ClaimView, old: ClaimView) -> str | None:
    """`Vexa Motors plans to cut about 2,000 jobs`, a union said, then `Vexa Motors said it
    would cut 1,200 jobs`: the party whose plan it is gives another count of the very thing,
    and its own word outweighs another's account of its plans. The figure it gives, or None."""
    owner = new.sources[-1] if len(new.sources) > 1 else None
    theirs = owner in old.entities and old.sources[-1:] != new.sources[-1:]
    if not (theirs and old.is_forward and new.is_forward and same_act(new, old)):
        return None
    given, told = figures(new.text).get(new.theme or ""), figures(old.text).get(old.theme or "")
    if given is None or told is None:
        return None
    apart = abs(given[0] - told[0]) > OWN_FIGURE_MARGIN * max(given[0], told[0])
    return f"{given[0]:,.0f} {new.theme}s, not {told[0]:,.0f}" if apart else None


def _says_words(text: str, words: str) -> bool:
    said = set(re.findall(r"[\w'’-]+(?:,\d+)*", text.lower()))
    return all(word in said for word in words.lower().split())


def _goes_back_on(new: ClaimView, old: ClaimView) -> bool:
    """A later report in which the denier itself tells what it denied: `NorthLink denied that
    its systems had been breached`, then `NorthLink confirmed that hackers had broken into its
    systems`. What was denied is confirmed by the denier, and the denial, withdrawn, no longer
    contests it. So it is by whoever admits it (`a guard has admitted switching off the alarm`,
    which the museum's director had denied): a confession outweighs another's denial."""
    denier = old.sources[-1] if old.sources else None
    return (
        (old.modality == "denied" or _is_denial(old))
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == "positive"
        and not _is_denial(new)
        and (denier in new.sources[1:] or _is_admission(new))
        and same_kind(new.predicate, old.predicate)
    )


def _denies_own_part(new: ClaimView, old: ClaimView) -> bool:
    """`I never took a cent`, said by the man another says was handed cash: a party's word
    against its own part in a deed is a denial, which contests the deed, not a report that
    settles it. Not a plan its party calls off (that contradicts it), nor its own words."""
    party = new.sources[-1] if len(new.sources) > 1 else None
    return (
        new.polarity == "negative"
        and party in old.entities
        and party not in old.sources
        and not old.is_forward
    )


def _not_yet(new: ClaimView, old: ClaimView) -> bool:
    """A plan with no date is not undone by a dated report that it was not done: three tugboats
    that failed on Thursday to pull the ship off leave `will pull the ship off` to Saturday.
    Not a contest lost or a race left (`pulled out of the race on Sunday night`)."""
    dated_failure = new.polarity == "negative" and new.time_end is not None
    decided = new.predicate in ("win", "run")  # a contest lost or left: there is no later try
    return old.is_forward and old.time_end is None and dated_failure and not decided


def _done_since(new: ClaimView, old: ClaimView) -> bool:
    """Done on a day after the report that it had not been: `did not publish its forecasts`,
    then, a month on, `published its delayed forecasts on Thursday`. Not done then is no claim
    that it never would be."""
    if old.polarity != "negative" or old.is_forward or old.date is None:
        return False
    done_on = new.time_start if new.polarity == "positive" else None
    return done_on is not None and done_on[:10] > old.date[:10]


def about_the_same(new: ClaimView, old: ClaimView) -> bool:
    """A shared participant; or, where one of the two names no one, the same kind of happening
    to the same thing (`The captain will be questioned`, `The captain of the Nordic Crane was
    questioned`), on the same day (`the walkout would go ahead on Thursday`, `600 dock
    workers walked out on Thursday`), or told in nearly the same words with the very same
    verb (`two jailers had been asleep when the men cut through the wall`, `they had been
    asleep when two inmates cut through a cell wall`), or put on either side of one bound; a
    denial of the same kind of happening told in the same report is about what that report
    told, and an event moved is the event its plans foresaw. Candidates come from one story,
    which keeps `the captain` the story's captain and `the walkout` the story's walkout."""
    if new.entities & old.entities:
        return True
    if not old.entities and (
        _decided_at_it(new, old)
        or _done_in_it(new, old)
        or (_told_at_its_kind(new, old) and _on_a_day_of(new, old))
    ):
        return True  # `A hearing was set for Monday`, then `A judge on Monday overturned ...`
    if _ruled_as_foretold(new, old) or _as_its_source_foretold(new, old):
        return True
    if _outcome_of_it(new, old):
        return True  # `The winner will be announced at a dinner in London`: whoever won
    if _same_count(new, old) or _corrected_figure(new, old) or _found_by_it(new, old):
        return True
    if _went_the_other_way(new, old):
        return True  # `profit to rise`, then `a 12% fall in annual profit`, whoever tells it
    if _moved(new, old) or _cancelled(new, old) or _told_on_its_day(new, old):
        return True  # `postponing pre-orders of the Switch 2`, `Pre-orders will open on April 9`
    if _done_as_named(new, old):
        return True  # `broke ground on Thursday`, `will attend a groundbreaking ceremony`
    if (new.entities and old.entities) or not same_kind(new.predicate, old.predicate):
        return False
    if new.doc_id == old.doc_id and (new.modality == "denied" or _is_denial(new)):
        return True  # `they had warned the municipality`, then `it denied receiving warnings`
    if new.moves_event and old.is_forward:
        return True  # `The vote is scheduled for Wednesday`, then `postponed the vote to Friday`
    if _the_plan_done(new, old):
        return True
    return (
        _same_thing(new, old)
        or _on_its_day(new, old)
        or _in_the_same_words(new, old)
        or _on_either_side(new, old)
    )


def _the_plan_done(new: ClaimView, old: ClaimView) -> bool:
    """`The army would also begin drilling vertically from the top of the hill`, a plan for no
    day that names no one, then `Vertical drilling began on Sunday`: the very verb done on a day
    after the plan was told, to nothing else and by no one named, is the plan done. Not a contest's
    outcome (`We will absolutely win`, then `Erdogan won 49.52%`): whoever won, someone did."""
    return (
        old.is_forward
        and old.time_start is None
        and not old.entities
        and new.doer is None
        and new.predicate == old.predicate
        and predicate_group(new.predicate) not in CONTEST_OUTCOMES
        and not (new.theme and old.theme and not same_theme(new.theme, old.theme))
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == old.polarity == "positive"
        and new.time_start is not None  # a happening on its day, not a state
        and (new.date or "") > (old.date or "")
        and new.time_start[:10] >= (old.date or "")[:10]
    )


def _its_thing_done(new: ClaimView, old: ClaimView) -> bool:
    """`The deal is expected to close this year`, then `Musk completed his takeover of Twitter
    on Thursday`: a happening of the kind foreseen, to the thing foreseen, in its time."""
    return (
        old.is_forward
        and bool(new.theme and old.theme)
        and same_theme(new.theme or "", old.theme or "")
        and same_kind(new.predicate, old.predicate)
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == old.polarity == "positive"
        and new.time_start is not None
        and _times_overlap(new, old)
    )


def _in_the_same_words(a: ClaimView, b: ClaimView) -> bool:
    """The very verb in nearly the same words; a little less near where one of the two names no
    one (`the ship was expected to be refloated within two days`, `The Ever Given was refloated
    on Monday`): a thing the story is about goes by a common noun."""
    near = UNNAMED_SAME_VERB if not (a.entities and b.entities) else SIMILAR_TEXT
    return a.predicate == b.predicate and _similarity(a, b) >= near


def _on_either_side(new: ClaimView, old: ClaimView) -> bool:
    """The very verb, with its thing put on either side of one bound (`travelling below the
    speed limit`, `travelling at 49 miles per hour, above the 40 mph limit`)."""
    return new.predicate == old.predicate and other_side(old.text, new.text) is not None


def _told_as_done(claim: ClaimView) -> bool:
    """Reported as having happened: a plain statement of a time over by its report. The
    outlet that foretold a thing confirms it by reporting it done (`Maria Ortiz will step down`,
    then `Maria Ortiz stepped down`), though not by telling the plan again."""
    if claim.modality not in FACTUAL_MODALITIES:
        return False
    end = claim.time_end or claim.time_start
    return not (claim.date and end) or end[:10] <= claim.date[:10]


def one_day(claim: ClaimView) -> str | None:
    """The day a claim says it happens on, when it names one day (not a week, not a span)."""
    start, end = (claim.time_start or "")[:10], (claim.time_end or "")[:10]
    return start if len(start) == 10 and start == end else None


def _on_one_day(a: ClaimView, b: ClaimView) -> bool:
    return one_day(a) is not None and one_day(a) == one_day(b)


def _on_its_day(new: ClaimView, old: ClaimView) -> bool:
    """On the day the earlier claim names, or on a day of the week a plan names (`an inquiry
    will begin next week`, `the inquiry began its work on Monday`), or through the night of
    that day (`a summit that ran late into Wednesday night`, of one called for Wednesday)."""
    if _on_one_day(new, old):
        return True
    if new.theme and old.theme and not same_theme(new.theme, old.theme):
        return False  # questioning the crew that week is not questioning the captain
    return _on_a_day_of(new, old)


def _on_a_day_of(new: ClaimView, old: ClaimView) -> bool:
    """`_on_its_day` whatever each acts on: the winner announced is the contest's winner."""
    return (
        _on_one_day(new, old) or one_day(new) in plan_days(old) or one_day(old) in _night_days(new)
    )


def _night_days(claim: ClaimView) -> tuple[str, ...]:
    """The day a claim's night falls on and the morning it runs into (see `_time_end`)."""
    start, end = (claim.time_start or "")[:10], (claim.time_end or "")[:10]
    if len(start) != 10 or len(end) != 10 or _days_between(start, end) != 1:
        return ()
    return (start, end)


def plan_days(claim: ClaimView) -> list[str]:
    """The days a plan for a week or a month may come about on (none for a longer window)."""
    if not claim.is_forward or not (claim.time_start and claim.time_end):
        return []
    start = date.fromisoformat(claim.time_start[:10])
    days = (date.fromisoformat(claim.time_end[:10]) - start).days
    return [(start + timedelta(n)).isoformat() for n in range(days + 1)] if days < PLAN_DAYS else []


def _same_thing(a: ClaimView, b: ClaimView) -> bool:
    """Both say what they act on, and it is one thing."""
    return a.theme is not None and b.theme is not None and same_theme(a.theme, b.theme)


def same_theme(theme: str, other: str) -> bool:
    """One thing, or a general word for it (`vessel` and `ship`): see GENERAL_THEMES."""
    return (
        theme == other
        or other in GENERAL_THEMES.get(theme, ())
        or theme in GENERAL_THEMES.get(other, ())
    )


def _same_proposition(new: ClaimView, old: ClaimView) -> bool:
    """Nearly the same words about the same participants (`about_the_same`), or the same kind
    of happening (not a light verb) about them with related words, at overlapping times unless
    the earlier claim looked ahead (a plan for Thursday and a report of Saturday can clash).
    The same day stands in for related words (the embedding does not see `the walkout` in
    `walked out`, nor `its verdict on June 20` in `found Delorme guilty` on that Friday), and so
    does the very verb done to the same thing."""
    if not about_the_same(new, old) or not (old.is_forward or _times_overlap(new, old)):
        return False
    if _told_at_it(new, old):
        return True
    similarity = _similarity(new, old)
    if similarity >= SIMILAR_TEXT:
        return True
    related = new.vector is None or old.vector is None or similarity >= RELATED_TEXT
    moved = new.moves_event and old.is_forward  # the very event its plan foresaw, moved
    done = (
        moved
        or _the_plan_done(new, old)
        or _its_thing_done(new, old)
        or _same_count(new, old)
        or _chose_another(new, old)  # the choice foreseen, made of another
    )
    return (
        (related or _on_its_day(new, old) or same_act(new, old) or done or _one_contest(new, old))
        and _same_doing(new, old)
    ) or _moved(new, old)


def _told_at_it(new: ClaimView, old: ClaimView) -> bool:
    """A happening told at the very event a plan foresaw, on its day: `Reyes waived extradition
    at a hearing in Mobile on Friday` tells that `He will appear in court in Mobile on Friday`
    came about, in words too unlike it for an embedding to see. Only a plain report of a
    plan that something happens: what was not done at an event still says it took place, so
    it neither confirms nor contradicts anything by this rule."""
    told_at = _told_at_its_kind(new, old) or _decided_at_it(new, old) or _done_as_named(new, old)
    at_it = told_at and (
        _on_a_day_of(new, old) or _held_after_an_undated_plan(new, old)
    )  # `clashed on Tuesday night in their debate`: the night of its day
    settled = (
        _done_in_it(new, old)
        or _outcome_of_it(new, old)
        or _ruled_as_foretold(new, old)
        or _found_by_it(new, old)
    )
    return (
        (at_it or settled)
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == old.polarity == "positive"
        and old.is_forward
    )


def _told_at_its_kind(new: ClaimView, old: ClaimView) -> bool:
    """Told at an event of the kind foreseen: `jumped 25% in their Nasdaq debut`, of `will
    begin trading on the Nasdaq`."""
    return new.setting is not None and same_kind(new.setting, old.predicate)


def _held_after_an_undated_plan(new: ClaimView, old: ClaimView) -> bool:
    """`The Senate Commerce Committee will hold a hearing on the disruptions`, on no day, then
    `apologized at a Senate Commerce Committee hearing on Thursday`: the one foreseen, if held
    later with all it names (`will play mixed doubles with Emma Raducanu` is no doubles match
    without her)."""
    undated = old.time_start is None and old.time_end is None
    return undated and new.date >= old.date and bool(old.entities) and old.entities <= new.entities


def _decided_at_it(new: ClaimView, old: ClaimView) -> bool:
    """`The board voted on Friday to remove Mark Ellison`, after `The board will meet on Friday
    to decide whether to keep Mark Ellison`: a decision about the same participants on the day
    of the meeting that was to take it tells the meeting took place; so does a court's order
    (`A judge ordered on Thursday that Karl Dorn be held in custody`) of the hearing foreseen
    (`He will appear before a judge on Thursday`), and a ruling on its day of a hearing that
    names no one (`A hearing was set for Monday`, `A judge on Monday overturned ...`)."""
    decided = predicate_group(new.predicate)
    at_a_meeting = predicate_group(old.predicate) == predicate_group("meet")
    at_a_hearing = old.predicate == "hear"
    return (
        (at_a_meeting and decided in DECISION_GROUPS)
        or (at_a_hearing and decided in HEARING_DECISIONS)
    ) and bool(new.entities & old.entities or (not old.entities and _on_one_day(new, old)))


def _ruled_as_foretold(new: ClaimView, old: ClaimView) -> bool:
    """`Justice Chan said she would rule on the petition at the January hearing`, then `A
    Hong Kong court on Monday ordered the liquidation`, on January 29: a court's decision on a
    day the judge named keeps the judge's word, whoever else the two name (the judge is the
    court)."""
    return (
        predicate_group(old.predicate) == predicate_group("rule")
        and old.doer is not None
        and len(old.entities) == 1
        and predicate_group(new.predicate) in HEARING_DECISIONS
        and one_day(new) in plan_days(old)
    )


def _done_in_it(new: ClaimView, old: ClaimView) -> bool:
    """`a runoff would be held on May 28`, then `Erdogan won the runoff on Sunday`: what was
    done in an event on the day it was to be held, or on one of its days (`would organize an
    aid conference in the coming days`, `a conference hosted by France on Sunday`), tells it
    was held."""
    if old.predicate not in HOLDING_PREDICATES or not (old.theme and new.theme):
        return False
    held = _on_its_day(new, old) or _held_after_an_undated_plan(new, old)
    return same_theme(new.theme, old.theme) and held


def _told_on_its_day(new: ClaimView, old: ClaimView) -> bool:
    """`The figures will be published by the Office for National Statistics on Wednesday`, then
    `inflation held at 8.7% in May, the Office for National Statistics said on Wednesday`: the
    publisher a plan names, telling on the day it was to publish, has published."""
    publishing = old.is_forward and old.predicate in PUBLISHING_PREDICATES
    if not publishing or new.doc_id == old.doc_id or new.modality not in FACTUAL_MODALITIES:
        return False
    publisher = set(new.sources[1:]) & old.entities
    return bool(publisher) and new.date[:10] in plan_days(old)


def finders(claim: ClaimView) -> list[str]:
    """The things among a claim's sources, singular: `An autopsy found that ...` gives
    `autopsy` (a person's or an outlet's name gives a word no plan carries out)."""
    return [singular(source.split()[-1]) for source in claim.sources[1:] if source.strip()]


def _found_by_it(new: ClaimView, old: ClaimView) -> bool:
    """`An autopsy will be carried out on Thursday`, then `An autopsy found that Payne died of
    multiple traumas`: what the thing a plan was to carry out has found, told no earlier than
    its day, tells it was carried out."""
    plan = old.is_forward and old.theme and old.predicate in CONDUCTING_PREDICATES
    if not plan or new.doc_id == old.doc_id:
        return False
    found = any(same_theme(finder, old.theme or "") for finder in finders(new))
    return found and new.date[:10] >= (old.time_start or old.date)[:10]


def _outcome_of_it(new: ClaimView, old: ClaimView) -> bool:
    """`The winner will be announced in the week of July 22`, then `Boris Johnson won the
    contest on Tuesday`: who won, told on a day the outcome was due, tells it was announced;
    so does a choice told by the day a decision was due (`would announce its decision before
    the end of March`, then `Norway has chosen Britain's Babcock`)."""
    if old.predicate != "announce":
        return False
    if old.theme in OUTCOME_NOUNS:
        return new.predicate in CONTEST_OUTCOMES and _on_a_day_of(new, old)
    chosen = old.theme in DECISION_NOUNS and new.predicate in CHOOSING_ACTS
    return chosen and new.modality in FACTUAL_MODALITIES and _told_in_time(new, old)


def _told_in_time(new: ClaimView, old: ClaimView) -> bool:
    """Told after the plan and by the end of its window, on the day it names or, naming none,
    on the day it was told."""
    day = one_day(new) or (new.date or "")[:10]
    return bool(old.date and old.time_end) and old.date[:10] < day <= old.time_end[:10]


def same_act(new: ClaimView, old: ClaimView) -> bool:
    """The very verb done to the same thing (`striking the hospital`, `struck a children's
    hospital in Kharkiv on Monday`): as telling as related words, which a short denial lacks."""
    same_verb = new.predicate is not None and new.predicate == old.predicate
    return same_verb and _same_thing(new, old)


def _denies_this(denial: ClaimView, claim: ClaimView, later_claim: bool = False) -> bool:
    """A denial bears on a claim with its very verb that names everyone it names: denying that
    Russia killed him says nothing against his death, however alike the words.

    A denial that names no one bears on what was told before it, or beside it, of the same
    kind of happening to the same thing: that reports of `the plane was taken down by a
    missile` were inaccurate tells against `air defences shot the jet down`. Not on what is
    told later: `brought down by an explosion aboard` is another cause, not the one denied.
    """
    if bool(claim.predicate) and claim.predicate == denial.predicate:
        return denial.entities <= claim.entities
    if denial.entities or (later_claim and denial.doc_id != claim.doc_id):
        return False
    return _same_thing(denial, claim) and same_kind(denial.predicate, claim.predicate)


def same_kind(predicate: str | None, other: str | None) -> bool:
    """The same kind of happening, named by a verb that says something by itself."""
    group = predicate_group(predicate)
    return group is not None and group not in LIGHT_PREDICATES and group == predicate_group(other)


def _same_happening(new: ClaimView, old: ClaimView) -> bool:
    """What may confirm or contradict a claim: the same kind of happening, or, for a plan, so
    close a paraphrase that another verb cannot make it another one (`will face Eastport City
    in the final on Sunday`, `beat Eastport City in the final on Sunday`). Between two reports
    of what happened, another verb is another happening, however alike the words (`removed
    Sam Altman as chief executive`, `an agreement for Sam Altman to return as chief
    executive`). Related words alone (`will not attend the funeral` and `no honours were
    given at the funeral`) tell of the same topic."""
    if _by_another(new, old):
        return False
    if _same_doing(new, old) or _told_at_it(new, old) or _moved(new, old):
        return True
    return old.is_forward and _similarity(new, old) >= PARAPHRASE


def _same_doing(new: ClaimView, old: ClaimView) -> bool:
    """The same kind of happening, or a light verb with the very thing it is done with (`will
    take charge from Monday`, `took charge of his first training session on Monday`), or a
    vote that does it (`would try to remove McCarthy`, `The House voted ... to remove Kevin
    McCarthy`)."""
    light = new.predicate in LIGHT_PREDICATES and new.predicate == old.predicate
    voted = (
        predicate_group(new.predicate) == _GROUP_OF["vote"]
        and old.predicate in VOTED_ACTS
        and re.search(rf"\bto {old.predicate}\b", new.text) is not None
    )
    return (
        same_kind(new.predicate, old.predicate)
        or (light and _same_thing(new, old))
        or voted
        or _decided_as_foretold(new, old)
        or _went_the_other_way(new, old)
    )


def _decided_the_other_way(new: ClaimView, old: ClaimView) -> bool:
    """`The Commission is expected to block the takeover`, then `approved the takeover`: one
    decision on one thing, granted where it was to be refused, or the other way round (a vote
    that rejects one motion still holds the vote: only a decision foreseen counts)."""
    return (
        {new.predicate, old.predicate} <= GRANTING | REFUSING
        and (new.predicate in GRANTING) != (old.predicate in GRANTING)
        and old.is_forward
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == old.polarity == "positive"
        and _same_thing(new, old)
    )


def _decided_as_foretold(new: ClaimView, old: ClaimView) -> bool:
    """`She would decide on his clemency petition by Wednesday`, then `denied clemency to
    Darnell Hayes on Wednesday`: granting or refusing the very thing is the decision."""
    return (
        old.predicate == "decide"
        and new.predicate in DECIDING_ACTS
        and new.theme is not None
        and re.search(rf"\b{re.escape(new.theme)}\b", old.text, re.IGNORECASE) is not None
    )


def _went_the_other_way(new: ClaimView, old: ClaimView) -> bool:
    """`expects full-year profit to rise`, then `reported a 12% fall in annual profit`: the
    very thing told as moved, at a time the forecast covers, against the way foreseen."""
    ways = {predicate_group(new.predicate), predicate_group(old.predicate)}
    return (
        ways == CHANGE_GROUPS
        and old.is_forward
        and new.modality in FACTUAL_MODALITIES
        and _same_thing(new, old)
        and _times_overlap(new, old)
    )


def _chose_another(new: ClaimView, old: ClaimView) -> bool:
    """`is expected to choose Spain's Navantia`, then `has chosen Britain's Babcock`: a choice
    foreseen of one named candidate, made of another (not `would choose a site`, no name)."""
    named = bool(new.theme and old.theme) and all(
        re.search(rf"\b{re.escape(v.theme or '').capitalize()}\b", v.text) for v in (new, old)
    )
    return (
        named
        and new.predicate == old.predicate
        and new.predicate in CHOICE_VERBS
        and old.is_forward
        and new.modality in FACTUAL_MODALITIES
        and new.polarity == old.polarity == "positive"
        and not same_theme(new.theme or "", old.theme or "")
    )


def _pleaded_otherwise(new: ClaimView, old: ClaimView) -> bool:
    """`is expected to plead guilty`, then `pleaded not guilty`: the other plea, entered."""
    pleas = {new.theme, old.theme}
    return (
        new.predicate == old.predicate == "plead"
        and pleas == {"guilty", "not guilty"}
        and old.is_forward
        and new.modality in FACTUAL_MODALITIES
    )


def _by_another(new: ClaimView, old: ClaimView) -> bool:
    """Done by another person than the one foreseen or reported: `Ray testified` is not the
    testimony Bankman-Fried promised. Not where each is in the other's words, as two sides of
    one happening (`Putin will meet Kim`, `Kim met Putin`; `handed Delorme envelopes of
    cash`, `I never took a cent`, said by Delorme)."""
    if not (new.doer and old.doer) or new.doer == old.doer:
        return False
    return not (_names(new.text, old.doer) or _names(old.text, new.doer))


def _names(text: str, surname: str) -> bool:
    return surname in normalize_name(text).split()


def _refused_until(claim: ClaimView) -> bool:
    """`Britain will not evacuate its citizens until a ceasefire holds`: a refusal on a wait."""
    return claim.is_forward and claim.polarity == "negative" and bool(UNTIL_THEN.search(claim.text))


def _anothers_thing(new: ClaimView, old: ClaimView) -> bool:
    """The thing of someone the earlier claim does not name: `has not yet approved Novavax's
    vaccine` says nothing against `expected to approve updated COVID-19 vaccines this week`."""
    if not (new.theme and old.theme):
        return False
    owner = re.search(
        rf"\b([A-Z][\w.&-]*)['’]s\s+(?:[\w-]+\s+){{0,2}}{re.escape(new.theme)}", new.text
    )
    return owner is not None and owner.group(1).lower() not in old.text.lower()


def _won_by_another(new: ClaimView, old: ClaimView) -> bool:
    """`Kilicdaroglu vowed to win the second round`, then `Erdogan won the runoff, defeating
    Kemal Kilicdaroglu`: a contest has one winner, so another's win says the first lost."""
    won = _one_contest(new, old) and _told_as_done(new)
    return won and bool(new.doer and old.doer and new.doer != old.doer)


def _one_contest(new: ClaimView, old: ClaimView) -> bool:
    """Both tell who wins a contest (`the second round`, `the runoff`), or one tells it by a
    share of the vote and the other names nothing won (`had won 51% of the vote`, `González
    had won by a wide margin`): in one story, one."""
    themes = {new.theme, old.theme}
    told = themes - {None}
    return (
        new.predicate == old.predicate == "win"
        and bool(told)
        and (themes <= CONTEST_THEMES or told <= CONTEST_THEMES | VOTE_SHARES)
    )


def cancels(claim: ClaimView) -> bool:
    """A report that a thing was called off (`cancelled all three of her concerts`)."""
    told = claim.modality in FACTUAL_MODALITIES and claim.polarity == "positive"
    return told and claim.predicate in CANCEL_VERBS and claim.theme is not None


def _cancelled(new: ClaimView, old: ClaimView) -> bool:
    """`The three concerts ... will go ahead`, then `The organisers cancelled all three of Taylor
    Swift's concerts`: the thing a plan foresaw, called off, whoever the two name."""
    planned = old.is_forward and old.polarity == "positive" and new.doc_id != old.doc_id
    undoing = old.predicate in CANCEL_VERBS  # `The case will be dropped`: a cancellation, due
    same = _same_thing(new, old) or _named_for_it(new, old)
    return planned and not undoing and cancels(new) and same


def _named_for_it(new: ClaimView, old: ClaimView) -> bool:
    """A thing named for the doing a plan foresaw: `A planned signing ceremony was cancelled`
    calls off what `are expected to sign a joint declaration` foresaw."""
    return old.predicate is not None and old.predicate in named_for(new)


def named_for(claim: ClaimView) -> frozenset[str]:
    """The verb a claim's thing is named for (`signing ceremony`: `sign`), spelled with and
    without the `e` an -ing drops (`closing`: `clos`, `close`)."""
    if not claim.theme:
        return frozenset()
    found = re.search(rf"\b(\w+)ing {re.escape(claim.theme)}", claim.text, re.IGNORECASE)
    if found is None:
        return frozenset()
    stem = found.group(1).lower()
    return frozenset({stem, stem + "e"})


def _done_as_named(new: ClaimView, old: ClaimView) -> bool:
    """`Silverline broke ground on its plant on Thursday`, of `Ward will attend a
    groundbreaking ceremony on Thursday`: the doing a plan's thing is named for, done on its
    day, tells the thing was held (`signed the deal`, of `a signing ceremony`)."""
    named = named_for(old)
    doing = {new.predicate or "", f"{new.theme or ''}{new.predicate or ''}"}
    return old.is_forward and bool(named & doing) and _on_a_day_of(new, old)


def _moved(new: ClaimView, old: ClaimView) -> bool:
    """The thing a plan foresaw, moved in time: `postponed his fiscal statement to November 17`
    against `due to present a fiscal statement on October 31`; or the thing moved, told of as
    done on the day it was moved to (`has delayed A-level results by a week to August 21`,
    then `Students received their A-level results on Thursday`, the 21st)."""
    if new.moves_event:
        return old.is_forward and _same_thing(new, old)
    told = new.modality in FACTUAL_MODALITIES and new.polarity == "positive"
    return told and old.moves_event and _same_thing(new, old) and _on_its_day(new, old)


def _conflict(new: ClaimView, old: ClaimView) -> str | None:
    """A factual report at another place or date than a forward-looking claim said.

    A place conflicts only in an account of what already happened: a confirmed plan to visit
    Russia says nothing against a plan to go to Vladivostok, which may well be in Russia; and
    a site only with a site (`buried in St. Petersburg` is no news against `at the Northern
    Cemetery`, `at Porokhovskoye cemetery` is); and on another day, the place is no news either
    (the coffin that was to travel to Edinburgh on Sunday, flown from Edinburgh on Tuesday):
    only the day is.
    """
    if not old.is_forward:
        return None  # two reports of past happenings on two days tell of two happenings
    dated = bool(old.time_start and new.time_start)
    if new.moves_event and _another_occasion(new, old):
        return None
    if new.moves_event and not (dated and _times_overlap(new, old)):  # `postponed his trip`
        return f"moved to {new.time_start}, not {old.time_start}" if dated else "put off"
    if new.modality not in FACTUAL_MODALITIES:
        return None  # a forecast of another day or place is no news of what happened
    places_differ = (
        old.place
        and new.place
        and not _nested(new.place, old.place)
        and _is_site(new.place) == _is_site(old.place)
    )
    another_day = dated and not _times_overlap(new, old)  # the next leg of a journey
    if places_differ and _happened(new, old) and not another_day:
        return f"reported at {new.place}, not {old.place}"
    if old.time_start and new.time_start and not _times_overlap(new, old):
        if _each_names_its_own(new, old) or _a_later_round(new, old) or _hours_apart(new, old):
            return None
        return f"reported for {new.time_start}, not {old.time_start}"
    return None


def _as_its_source_foretold(new: ClaimView, old: ClaimView) -> bool:
    """`flows fell to 20% on Wednesday, as Gazprom had announced`: the happening of the kind
    the source named in the `as` clause foretold for that day."""
    told = _AS_FORETOLD.search(new.text)
    if told is None or not (old.is_forward and old.speaker):
        return False
    named = normalize_name(old.speaker, "ORG") in normalize_name(told.group("who"), "ORG")
    return named and same_kind(new.predicate, old.predicate) and _times_overlap(new, old)


def _same_count(new: ClaimView, old: ClaimView) -> bool:
    """`Hamas will release 50 women and children`, then `A total of 50 Israeli hostages have
    been freed`: the same kind of happening to as many, ten or more, is the one foreseen,
    whoever the two name (the captors, the captives' country)."""
    if not (old.is_forward and same_kind(new.predicate, old.predicate)):
        return False
    counts = {value for value, _ in figures(old.text).values() if value >= SAME_COUNT_AT_LEAST}
    return any(value in counts for value, _ in figures(new.text).values())


def _another_occasion(move: ClaimView, plan: ClaimView) -> bool:
    """`The meeting that had been planned for Friday has been postponed` moves Friday's
    meeting, not the one held on Tuesday: the day a move says its event was due on, where it
    says one, is the plan's or it is another occasion."""
    if not (move.date and plan.time_start):
        return False
    due = next(
        (t for t in tag_timexes(move.text, move.date) if t.start and t.end
         and _PLANNED_FOR.search(move.text[: t.start_char])),
        None,
    )  # fmt: skip
    plan_end = plan.time_end or plan.time_start
    return due is not None and not (due.start <= plan_end[:10] and plan.time_start[:10] <= due.end)


def _a_later_round(new: ClaimView, old: ClaimView) -> bool:
    """`Voting resumes on Thursday`, after `the first vote is expected on Wednesday evening`:
    a doing taken up again after the plan's day tells it went on, not that it moved."""
    after = (new.time_start or "")[:10] > (old.time_end or old.time_start or "")[:10]
    return after and _AGAIN.search(new.text) is not None


def _each_names_its_own(new: ClaimView, old: ClaimView) -> bool:
    """Each names something the other does not: `celebrated Easter Mass` on Sunday is another
    event than `would celebrate the Holy Thursday Mass at the Casal del Marmo` on Thursday, not
    that event on another day."""
    return bool(new.entities - old.entities and old.entities - new.entities)


def _happened(claim: ClaimView, plan: ClaimView) -> bool:
    """Told as past by its date, or, undated, told as fact after the plan was made: `where he
    was buried` three days after he `was supposed to be buried` elsewhere."""
    if not claim.date:
        return False
    if claim.time_end:
        return claim.time_end[:10] <= claim.date[:10]
    return bool(plan.date) and plan.date[:10] < claim.date[:10]


def _is_site(place: str) -> bool:
    return any(word in SITE_WORDS for word in place.lower().replace("-", " ").split())


def _says_place(claim: ClaimView, place: str) -> bool:
    """Whether a claim names the place, as its own (`in Russia's Vladivostok`) or in its words
    (`towed to the port of Gdynia`, where the port is what it went to)."""
    named = bool(claim.place and (_one_in_other(claim.place, place) or within(claim.place, place)))
    return named or place in normalize_name(claim.text, "GPE")


def _before_its_day(new: ClaimView, old: ClaimView) -> bool:
    """An undated report published before the day a plan names cannot tell it came about:
    `celebrated the Mass, as the Vatican had said he would` on April 2 is not the Easter Mass
    due on April 9."""
    due = old.time_start if old.is_forward else None
    return bool(due and new.date and not new.time_start and new.date[:10] < due[:10])


def _nested(place: str, other: str) -> bool:
    """`Russia's Vladivostok` and `Vladivostok`, `Budapest` and `Hungary`: one name inside the
    other, or one place inside the other, is no conflict."""
    return _one_in_other(place, other) or within(place, other) or within(other, place)


def _one_in_other(place: str, other: str) -> bool:
    return place in other or other in place


def _of_another_thing(new: ClaimView, old: ClaimView) -> bool:
    """Both act on something, not one thing, and the later report does not even name what the
    earlier acts on: `mailing recall notices to owners` acts on notices, and still tells of the
    owners that `Owners will be notified` acts on; the winner announced is whoever won the
    contest, and ground broken is a groundbreaking ceremony held."""
    if not (new.theme and old.theme) or same_theme(new.theme, old.theme):
        return False
    if _outcome_of_it(new, old) or _at_its_minute(new, old) or _done_as_named(new, old):
        return False
    named = re.search(rf"\b{re.escape(old.theme)}(?:s|es)?\b", new.text, re.IGNORECASE)
    return named is None


def _at_its_minute(new: ClaimView, old: ClaimView) -> bool:
    """`The round will resume at 8 a.m. on Monday`, then `play resumed at 8 a.m.`: the very
    verb at the very clock time foretold is that happening, whatever each calls its thing."""
    if new.predicate != old.predicate or not _on_one_day(new, old):
        return False
    return bool(_clock_times(new.text) & _clock_times(old.text))


CLOSE_HOURS = 3  # clock times this close across midnight are one occasion, a little late


def _hours_apart(new: ClaimView, old: ClaimView) -> bool:
    """`expected to dock ... at 11:30 p.m. on Saturday`, then `docked ... at 12:04 a.m. on
    Sunday, about half an hour later than planned`: the days differ, the occasion does not."""
    told, foretold = _moment(new), _moment(old)
    if told is None or foretold is None:
        return False
    return abs((told - foretold).total_seconds()) <= CLOSE_HOURS * 3600


def _moment(claim: ClaimView) -> datetime | None:
    """The day and the one clock time a claim names, as one moment."""
    times = _CLOCK.findall(claim.text)
    if (
        len(times) != 1
        or not claim.time_start
        or claim.time_start[:10] != (claim.time_end or "")[:10]
    ):
        return None
    hour, minute, noon = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap])", times[0].lower()).groups()
    hours = int(hour) % 12 + (12 if noon == "p" else 0)
    day = datetime.fromisoformat(claim.time_start[:10])
    return day + timedelta(hours=hours, minutes=int(minute or 0))


def _clock_times(text: str) -> set[str]:
    """The clock times a text names, written one way (`8 a.m.` and `8am` alike)."""
    return {re.sub(r"[.\s]", "", m.group().lower()) for m in _CLOCK.finditer(text)}


def _months_apart(new: ClaimView, old: ClaimView) -> bool:
    """A happening more than PLAN_DAYS from the time a plan named is another of its kind (the
    Commission approving a takeover in August is not the shareholders' vote due in February),
    unless the report says it moved the planned event there."""
    if new.moves_event or not (new.time_start and old.time_start):
        return False
    gap = max(_days_between(old.time_end or old.time_start, new.time_start),
              _days_between(new.time_end or new.time_start, old.time_start))  # fmt: skip
    return gap > PLAN_DAYS


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days


def _times_overlap(a: ClaimView, b: ClaimView) -> bool:
    if not (a.time_start and b.time_start):
        return True
    a_end, b_end = a.time_end or a.time_start, b.time_end or b.time_start
    return a.time_start[:10] <= b_end[:10] and b.time_start[:10] <= a_end[:10]


def _calls_it_off(new: ClaimView, old: ClaimView) -> bool:
    """`Binance said it would not pursue its acquisition of FTX`, a day after the deal was
    agreed: a party to a plan that says it will not do it decides, not foresees, so the plan
    is off; another's `would not` is only a hedged view, and `no more` of it leaves the plan."""
    party = new.sources[-1] if len(new.sources) > 1 else None
    return (
        old.is_forward
        and not NO_MORE.search(new.text)  # `no more debates`: none after those held
        and new.modality in ("expected", "planned")
        and new.polarity == "negative"
        and party is not None
        and party in old.entities
        and _same_happening(new, old)
    )


def _shares_sources(new: ClaimView, old: ClaimView) -> bool:
    """Any source of the earlier chain reappearing in the later one makes it a restatement.

    A user's note is no source of its own: what it says rests on the outlets it cites. Nor is
    an outlet that cites others in both reports: it carries what another newspaper said, then
    what the police said, and the police are a second source.
    """
    new_chain, old_chain = new.sources, old.sources
    if len(new_chain) > 1 and len(old_chain) > 1:
        new_chain, old_chain = new_chain[1:], old_chain[1:]  # the outlet only carries them
    return bool((set(new_chain) - {NOTE_SOURCE}) & (set(old_chain) - {NOTE_SOURCE}))


def _is_denial(claim: ClaimView) -> bool:
    return _cued_by(claim, DENIAL_CUES)


def _is_admission(claim: ClaimView) -> bool:
    return _cued_by(claim, ADMISSION_CUES)


def _cued_by(claim: ClaimView, verbs: frozenset[str]) -> bool:
    """Told with one of these verbs (`denied`, `has admitted`), its last word."""
    return any(cue.lower().split()[-1] in verbs for cue in claim.cues if cue.strip())


def _similarity(a: ClaimView, b: ClaimView) -> float:
    return cosine(a.vector, b.vector)


def best_links(
    new: ClaimView, candidates: Iterable[ClaimView], most: int = MAX_LINKS
) -> list[tuple[ClaimView, Link]]:
    """The earlier claims the new one bears on most: strongest relation, then closest words.

    Capped, so that a claim told in every report links to its closest tellings, not to all
    of them (which would make each new report cost more than the last).
    """
    order = {"confirms": 0, "contradicts": 1, "denies": 2, "restates": 3}
    links = [(old, link) for old in candidates if (link := relate(new, old))]
    links.sort(key=lambda pair: (order[pair[1].relation], -_similarity(new, pair[0])))
    return links[:most]
