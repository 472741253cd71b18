"""The tracking evaluation on the dev stories: every story in a fresh store, no false finding,
and at least the share of gold checks the tracker reached when the floor was set."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.eval_tracking import DEFAULT_DATA, Check, run_story, summarize

FLOOR_RIGHT = 27  # of 30; 28 when set: one check of slack for the tagger's small variations

pytestmark = pytest.mark.skipif(not DEFAULT_DATA.exists(), reason="stories_dev is not checked out")


@pytest.fixture(scope="module")
def checks() -> list[Check]:
    folders = sorted(p for p in DEFAULT_DATA.iterdir() if (p / "gold.json").is_file())
    return [check for folder in folders for check in run_story(folder)]


def test_no_status_gold_marks_as_never(checks: list[Check]) -> None:
    assert [c.key for c in checks if c.never_violated] == []


def test_the_share_of_gold_checks_right_stays_above_the_floor(checks: list[Check]) -> None:
    summary = summarize(checks)
    assert summary["checks"] == 30
    assert summary["right"] >= FLOOR_RIGHT, [c.key for c in checks if not c.right]


def test_each_dev_story_is_one_story(checks: list[Check]) -> None:
    counts = [c for c in checks if c.kind == "stories"]
    assert len(counts) == 2 and all(c.right for c in counts)


def test_the_summary_counts_right_checks_and_false_findings_apart() -> None:
    right = Check("s", "claim", "k", True, False, "")
    wrong = Check("s", "claim", "k", False, True, "")
    assert summarize([right, wrong]) == {
        "checks": 2,
        "right": 1,
        "share_right": 0.5,
        "never_violations": 1,
    }


OWN_STORIES = Path(__file__).resolve().parents[1] / "evaluation" / "stories_own"
OWN_FLOOR_RIGHT = 1295  # of 1475; 1297 when set
# The false findings known and not yet mended, named with why. `autostrike` foretells that the
# union `will strike at three plants ... when their contracts expire at 11:59 p.m. on Thursday`,
# then tells that `About 12,700 workers walked off the job shortly after midnight on Friday` at
# plants it names by their towns: walking off the job is not read as striking, the two name no one
# in common, and the walkout fell on the day after the one planned, so the plan expires. `console`
# foretells that Nintendo `would give more details in a Nintendo Direct presentation on April 2`,
# then tells what it said `on Wednesday in its Nintendo Direct presentation`: giving is a light
# verb, no kind of happening a telling at the presentation is read as, so it expires. `injury`
# foretells that a striker `will miss the League Cup final ... on March 16`, then tells the final
# won on that Sunday `as injured striker Danny Okoro watched from the stands`: watching is not
# read as missing it, so the absence, borne out, expires. `collision` foretells that crews `will
# begin lifting the wreckage ... on Monday`, then tells `The salvage began on Monday as planned`
# (a salvage is not read as the lifting) and, the next day, that `crews lifted the jet's engines`
# on Tuesday: a report of the work under way a day after it was to begin is read as the lifting on
# another day than planned. `keybridge` foretells that divers `will resume the search for their
# bodies on Wednesday`, then reports that `Divers recovered the bodies of two of the six workers
# ... on Wednesday`: a search resumed and bodies recovered are not read as one kind of happening,
# so the plan expires. `svb` promises that depositors `would have full access to their insured
# deposits no later than Monday morning` and `will have access to all of their money starting
# Monday`, then tells that the bank `reopened on Monday ..., and customers were able to withdraw
# their money`: having access is a light verb, and the withdrawing has no day of its own, so both
# plans expire; and `Biden said he would speak about the banks on Monday morning` is borne out
# only by a quote `Biden said ... on Monday morning`, a telling, which the tracker keeps as the
# source of a claim, not as a happening. `heathrow` foretells that the airport `would restart some
# flights later in the day` and `expected to run a full schedule on Saturday` (one sentence, two
# claims), then tells that `The first flights landed on Friday evening` and that it `was fully
# operational on Saturday`: flights landing are not read as flights restarted, nor being fully
# operational as running a full schedule, so both plans expire. `final` foretells that Leo Marsh
# `will play in Sunday's final`, and reports only that he `scored the winning goal`: scoring is
# not read as playing, so the plan, dated since a possessive day owning a match ahead is read as
# the coming one, expires. `lockdown` foretells that `Schools will reopen on March 8, and
# non-essential shops on April 12` (one claim, the second verb left out), then tells that `pupils
# ... returned to school on Monday`: a return to school is not read as schools reopening, so the
# plan expires, and both checks match it. `probe` foretells that the craft `is expected to reach
# lunar orbit on August 16 and to land on August 21` (one sentence, two claims): its entering
# lunar orbit confirms the first, and a gold claim matches every claim of its sentence, so the
# landing's check sees a confirmation. `sacking` foretells that Tom Reilly `will take charge of
# the team for Wednesday's cup match`, then tells that the club `beat Eastport ... with interim
# coach Tom Reilly in the dugout`: a match won is not read as taking charge of it; and `Dahl will
# watch Saturday's match ... from the stands, and take charge from Monday` (one sentence, two
# claims) is borne out by `took charge of his first training session`, but the watching is told
# only `two days after watching his new side draw`, no claim of its own, so it expires beside the
# confirmed one. `venezuela`'s opposition says González won, and its later statement that the
# tally sheets `showed González had won by a wide margin` comes from another name of the same
# camp, read as independent. `conclave`'s first vote, expected on a Wednesday evening, is told
# only as black smoke `signalling that the first ballot had not produced a pope`, no vote of its
# own, so it expires; `kabul`'s evacuation, `on pace to` be completed by August 31, is told done
# only as `The last U.S. military planes left Kabul airport ... on Monday`, which no rule reads as
# its completion. `olympics` tells `whether to postpone the Tokyo Olympics, which are due to open
# on July 24` in one claim, borne out by the postponement, so the opening on July 24 reads
# confirmed; and `The Games will be held no later than the summer of 2021` names no one and is
# told done only as `The Tokyo Olympics opened on Friday`, which no rule reads as its holding.
# `countertariffs` foretells that `A 25% tariff on steel from Nordland will take effect on
# Tuesday`, then tells that `Nordland imposed tariffs of 20% on American whiskey and motorcycles
# on Wednesday, a day after the US steel tariff took effect`: imposing a tariff and one taking
# effect are one kind, the two share Nordland (the target of one, the doer of the other), so the
# counter-tariffs read as the tariff on another day; the clause that tells the tariff took effect
# on the Tuesday names the United States, not Nordland, and is not linked.
KNOWN_NEVER = [
    "strike-thursday",
    "salvage-monday",
    "first-vote",
    "direct-april-2",
    "tariff-tuesday",
    "marsh-play",
    "full-saturday",
    "restart-friday",
    "miss-final",
    "complete-by-31",
    "resume-recovery",
    "schools-march-8",
    "shops-april-12",
    "open-july-24",
    "held-by-2021",
    "luna-land",
    "reilly-wednesday",
    "dahl-monday",
    "insured-monday",
    "all-depositors",
    "biden-speak",
    "gonzalez-won",
]


def test_the_invented_stories_keep_their_scores() -> None:
    """The stories written for this project (evaluation/stories_own): no false finding but the
    known ones, and the share of their gold checks the tracker reached when the floor was set."""
    folders = sorted(p for p in OWN_STORIES.iterdir() if (p / "gold.json").is_file())
    checks = [check for folder in folders for check in run_story(folder)]
    assert [c.key for c in checks if c.never_violated] == KNOWN_NEVER
    assert summarize(checks)["right"] >= OWN_FLOOR_RIGHT, [c.key for c in checks if not c.right]
