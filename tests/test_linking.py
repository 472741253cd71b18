"""Claim linking, status and timeline merging on hand-built claims shaped like the seed page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.track.linking import (
    ClaimView,
    Link,
    _in_the_same_words,
    about_the_same,
    foretelling_kin,
    lookup_kin,
    plain_sense,
    predicate_kin,
    relate,
    same_kind,
    same_theme,
)
from storyline.track.status import EvidenceView, claim_status
from storyline.track.timeline import EntryView, EventView, find_entry, merge_into

KIM, PUTIN, RUSSIA = "kim jong un", "vladimir putin", "russia"

PLANNED_VISIT = ClaimView(
    id="c-plan",
    doc_id="article",
    date="2023-09-04",
    text="Kim Jong-un plans to visit Russia",
    modality="planned",
    polarity="positive",
    predicate="visit",
    entities=frozenset({KIM}),
    place=RUSSIA,
    time_start="2023-09-01",
    time_end="2023-09-30",
    sources=("UNIAN", "the new york times"),
)
VLADIVOSTOK_PLAN = replace(
    PLANNED_VISIT,
    id="c-vlad",
    predicate="come",
    place="vladivostok",
    modality="expected",
    sources=("UNIAN", "the new york times", "officials"),
)
KREMLIN_CONFIRMS = ClaimView(
    id="c-confirm",
    doc_id="note",
    date="2023-09-11",
    text="the visit of North Korean leader Kim Jong Un to Russia in the coming days",
    modality="asserted",
    polarity="positive",
    predicate="visit",
    entities=frozenset({KIM}),
    place=RUSSIA,
    time_start="2023-09-11",
    time_end="2023-09-18",
    sources=("note", "interfax", "the kremlin"),
    cues=("writes", "has confirmed"),
)


def test_independent_confirmation_confirms_the_plan() -> None:
    link = relate(KREMLIN_CONFIRMS, PLANNED_VISIT)
    assert link is not None and link.relation == "confirms"


def test_confirmation_of_russia_leaves_the_vladivostok_plan_open() -> None:
    link = relate(KREMLIN_CONFIRMS, VLADIVOSTOK_PLAN)
    assert link is not None and link.relation == "restates"


def test_same_chain_of_sources_only_restates() -> None:
    nyt_again = replace(KREMLIN_CONFIRMS, sources=("note", "the new york times", "officials"))
    assert relate(nyt_again, PLANNED_VISIT).relation == "restates"


def test_the_outlet_that_foretold_it_confirms_it_by_reporting_it_done() -> None:
    """`Maria Ortiz will step down`, then from the same outlet `Maria Ortiz stepped down`."""
    done = replace(KREMLIN_CONFIRMS, sources=PLANNED_VISIT.sources, text="Kim visited Russia",
                   time_start="2023-09-10", time_end="2023-09-10")  # fmt: skip
    assert relate(done, PLANNED_VISIT).relation == "confirms"
    ahead = replace(done, time_start="2023-09-12", time_end="2023-09-12")  # not yet done
    assert relate(ahead, PLANNED_VISIT).relation == "restates"


def test_hedged_restatement_leaves_the_claim_open() -> None:
    may_meet = replace(KREMLIN_CONFIRMS, modality="possible", place="vladivostok")
    assert relate(may_meet, VLADIVOSTOK_PLAN).relation == "restates"


def test_a_meeting_that_happened_elsewhere_contradicts_the_plan() -> None:
    elsewhere = replace(
        KREMLIN_CONFIRMS, place="moscow", time_start="2023-09-10", time_end="2023-09-10"
    )
    assert relate(elsewhere, VLADIVOSTOK_PLAN).relation == "contradicts"


def _reported(**changes) -> ClaimView:
    """A past happening reported by a source, with no place or time of its own."""
    report = replace(PLANNED_VISIT, modality="reported", place=None, time_start=None, time_end=None)
    return replace(report, **changes)


def _denial_of(claim: ClaimView, **changes) -> ClaimView:
    return replace(claim, id="c-deny", modality="denied", polarity="negative", **changes)


def test_a_denial_by_a_party_denies() -> None:
    allegation = _reported(
        id="c-supply", predicate="supply", entities=frozenset({"north korea", RUSSIA}),
        sources=("UNIAN", "the us"),
    )  # fmt: skip
    denial = _denial_of(allegation, sources=("UNIAN", "pyongyang"), cues=("denies",))
    assert relate(denial, allegation).relation == "denies"


def test_denying_its_lines_caused_the_blaze_denies_they_caused_the_fire() -> None:
    """A fire and a blaze are one thing: the utility's denial that names no one bears on the
    county's claim, a party it does not name."""
    claim = _reported(
        id="c-cause", text="the utility of causing the deadly Lahaina fire", predicate="cause",
        theme="fire", entities=frozenset({"lahaina"}), sources=("capitol report", "maui county"),
    )  # fmt: skip
    denial = _denial_of(
        claim, doc_id="later", text="its lines caused the blaze that destroyed the town",
        theme="blaze", entities=frozenset(), sources=("island news", "hawaiian electric"),
    )  # fmt: skip
    assert relate(denial, claim).relation == "denies"
    assert relate(replace(denial, theme="road"), claim) is None


def test_unrelated_claims_do_not_link() -> None:
    other = replace(KREMLIN_CONFIRMS, predicate="supply", entities=frozenset({"china"}))
    assert relate(other, PLANNED_VISIT) is None


@pytest.mark.parametrize(
    ("modality", "time_end", "evidence", "as_of", "status"),
    [
        ("planned", "2023-09-30", [], "2023-09-11", "open"),
        ("planned", "2023-09-30", [EvidenceView("confirms", "note")], "2023-09-11", "confirmed"),
        ("reported", None, [EvidenceView("denies", "a")], "2023-09-11", "contested"),
        ("planned", "2023-06-22", [], "2023-06-28", "expired"),
        ("planned", "2023-06-22", [EvidenceView("contradicts", "b")], "2023-06-28", "contradicted"),
        ("planned", "2023-06-22", [EvidenceView("restates", "b")], "2023-06-20", "open"),
    ],
)
def test_status_follows_from_evidence(modality, time_end, evidence, as_of, status) -> None:
    assert claim_status(modality, time_end, evidence, as_of, "2023-06-19")[0] == status


def test_a_past_date_in_a_forward_claim_is_no_deadline() -> None:
    status, _ = claim_status("possible", "2022-04-30", [], "2023-09-11", "2023-09-04")
    assert status == "open"


def test_what_was_unclear_on_its_own_day_never_expires() -> None:
    """`It was not clear on Sunday where he was` tells what was unknown that Sunday; `could run
    out of oxygen on Thursday`, said that Thursday, still runs out."""
    assert claim_status("uncertain", "2023-06-25", [], "2023-07-10", "2023-06-25")[0] == "open"
    assert claim_status("uncertain", "2023-06-26", [], "2023-07-10", "2023-06-25")[0] == "expired"
    assert claim_status("possible", "2023-06-22", [], "2023-06-28", "2023-06-22")[0] == "expired"


def test_shoigu_trip_told_twice_is_one_entry_with_the_precise_dates() -> None:
    article = EventView(
        "e1",
        "article",
        "Shoigu was invited to North Korea",
        "2023-07-25",
        "2023-07-27",
        "2023-07-25/2023-07-27",
        None,
        "invite",
        frozenset({"sergei shoigu", "north korea"}),
    )
    note = EventView(
        "e2",
        "note",
        "Shoigu traveled to North Korea",
        "2023-07-21",
        "2023-07-31",
        "2023-07",
        "END",
        "travel",
        frozenset({"sergei shoigu", "north korea"}),
    )
    entry = EntryView(
        "t1", note.start, note.end, note.value, note.mod, note.summary, "travel", note.entities
    )
    assert find_entry(article, [entry]) == entry
    merged = merge_into(entry, article)
    assert (merged.start, merged.end) == ("2023-07-25", "2023-07-27")
    august = replace(article, start="2023-08-25", end="2023-08-27")
    assert find_entry(august, [entry]) is None


def test_a_light_verb_and_a_shared_person_are_not_the_same_claim() -> None:
    behind = replace(
        PLANNED_VISIT,
        id="c-behind",
        predicate="be",
        modality="reported",
        entities=frozenset({PUTIN}),
    )
    absent = replace(behind, id="c-absent", polarity="negative", modality="asserted", doc_id="x")
    assert relate(absent, behind) is None


def test_an_assertion_after_a_denial_contests_the_assertion() -> None:
    denial = replace(
        PLANNED_VISIT,
        id="c-deny",
        predicate="order",
        modality="denied",
        polarity="negative",
        entities=frozenset({PUTIN}),
        sources=("RT", "peskov"),
        time_start=None,
        time_end=None,
    )
    accusation = replace(
        denial,
        id="c-accuse",
        modality="reported",
        polarity="positive",
        doc_id="later",
        sources=("TRT", "joe biden"),
    )
    link = relate(accusation, denial)
    assert link is not None and link.relation == "denies" and link.on_new


def test_a_denial_of_who_did_it_says_nothing_against_what_happened() -> None:
    denial = ClaimView(
        id="c-deny",
        doc_id="rt",
        date="2023-08-25",
        text="Russia killed Prigozhin",
        modality="denied",
        polarity="negative",
        predicate="kill",
        entities=frozenset({RUSSIA, "yevgeny prigozhin"}),
        sources=("RT", "peskov"),
        cues=("is a total lie",),
    )
    death = replace(
        denial,
        id="c-death",
        doc_id="later",
        text="Prigozhin's death was confirmed by Russian authorities",
        modality="asserted",
        polarity="positive",
        predicate="die",
        sources=("The Moscow Times",),
        cues=(),
    )
    killing = replace(death, id="c-kill", text="Russia had Prigozhin killed", predicate="kill")
    assert relate(death, denial) is None
    assert relate(killing, denial).relation == "denies"
    assert relate(replace(killing, entities=frozenset({"yevgeny prigozhin"})), denial) is None


def test_the_same_verb_done_to_another_thing_does_not_confirm() -> None:
    sounds = ClaimView(
        id="c-sounds",
        doc_id="early",
        date="2023-06-21",
        text="sonar buoys detected banging sounds near the Titan's last position",
        modality="asserted",
        polarity="positive",
        predicate="detect",
        theme="sound",
        entities=frozenset({"titan"}),
        sources=("HNGN",),
    )
    anomaly = replace(
        sounds, id="c-anomaly", doc_id="later", date="2023-06-23", theme="anomaly",
        text="the Navy detected an anomaly consistent with an implosion near the Titan",
        sources=("Sputnik", "a senior us navy official"),
    )  # fmt: skip
    assert relate(anomaly, sounds).relation == "restates"
    assert relate(replace(anomaly, theme="sound"), sounds).relation == "confirms"
    assert relate(replace(anomaly, theme=None), sounds).relation == "confirms"


def test_a_plan_to_notify_owners_is_borne_out_by_mailing_them_notices() -> None:
    plan = ClaimView(
        id="c-notify", doc_id="wire", date="2025-10-09",
        text="Owners will be notified by mail starting on October 20", modality="expected",
        polarity="positive", predicate="notify", theme="owner",
        time_start="2025-10-20", time_end="2025-10-20", sources=("Global Wire", "the company"),
    )  # fmt: skip
    mailing = replace(
        plan, id="c-mailing", doc_id="techline", date="2025-10-21", modality="reported",
        text="Voltra began mailing recall notices to Series 5 owners on Monday",
        predicate="mail", theme="notice", sources=("TechLine", "a company spokeswoman"),
    )  # fmt: skip
    assert "mail" in predicate_kin("notify")
    assert relate(mailing, plan).relation == "confirms"  # it names the owners it mails
    unnamed = replace(mailing, text="Voltra began mailing recall notices on Monday")
    assert relate(unnamed, plan).relation == "restates"


def test_a_report_that_names_the_planned_place_in_its_words_says_it() -> None:
    plan = replace(VLADIVOSTOK_PLAN, id="c-tow", predicate="tow", place="gdynia",
                   modality="possible", text="the ship may be towed to Gdynia for repairs",
                   time_start=None, time_end=None)  # fmt: skip
    towed = replace(plan, id="c-towed", doc_id="later", modality="asserted", place=None,
                    text="towed to the port of Gdynia", sources=("Coastal Times",))  # fmt: skip
    assert relate(towed, plan).relation == "confirms"
    elsewhere = replace(towed, id="c-gdansk", text="towed back to the port of Gdansk")
    assert relate(elsewhere, plan).relation == "restates"


def test_not_present_confirms_a_plan_not_to_attend() -> None:
    plan = replace(
        PLANNED_VISIT, predicate="attend", polarity="negative", modality="expected", place=None
    )
    absent = replace(
        plan, id="c-absent", doc_id="later", predicate="present", modality="reported",
        sources=("AP",),
    )  # fmt: skip
    link = relate(absent, plan)
    assert link is not None and link.relation == "confirms"


def test_the_opposite_said_of_another_happening_does_not_contradict() -> None:
    """`will not attend the funeral` and `honours were given at the funeral`: close words
    (cosine 0.75), another happening."""
    plan = replace(
        PLANNED_VISIT, predicate="attend", polarity="negative", place=None, vector=(1.0, 0.0)
    )
    other = replace(
        plan, id="c-other", doc_id="later", predicate="give", polarity="positive",
        modality="asserted", sources=("AP",), vector=(0.75, (1 - 0.75**2) ** 0.5),
    )  # fmt: skip
    link = relate(other, plan)
    assert link is not None and link.relation == "restates"
    assert relate(replace(other, predicate="attend"), plan).relation == "contradicts"


def test_alike_words_with_another_verb_bear_out_a_plan_but_not_another_report() -> None:
    """`will face Eastport City in the final on Sunday`, then `beat Eastport City in the final`
    (cosine 0.9): the plan borne out. `removed Sam Altman as chief executive`, then `an
    agreement for Sam Altman to return as chief executive` (as alike): another happening."""
    plan = replace(
        PLANNED_VISIT, predicate="face", place=None, time_start=None, time_end=None,
        vector=(1.0, 0.0),
    )  # fmt: skip
    done = replace(
        plan, id="c-done", doc_id="later", predicate="beat", modality="asserted",
        sources=("AP",), vector=_unit_vector(0.9),
    )  # fmt: skip
    assert relate(done, plan).relation == "confirms"
    removed = replace(plan, predicate="remove", modality="reported")
    assert relate(replace(done, predicate="agree"), removed).relation == "restates"


def test_quitting_says_the_opposite_of_remaining() -> None:
    """`will remain at the company` is `will not quit`, which `quit the company` contradicts."""
    predicate, polarity = plain_sense("remain", "positive")
    plan = replace(
        PLANNED_VISIT, predicate=predicate, polarity=polarity, modality="expected", place=None,
        time_start=None, time_end=None, entities=frozenset({"greg brockman"}),
    )  # fmt: skip
    quit_ = replace(plan, id="c-quit", doc_id="later", predicate="quit", polarity="positive",
                    modality="asserted", sources=("AP",))  # fmt: skip
    assert relate(quit_, plan).relation == "contradicts"


def _unit_vector(cosine: float) -> tuple[float, ...]:
    """A unit vector whose cosine with (1, 0) is `cosine`."""
    return (cosine, (1 - cosine**2) ** 0.5)


def test_the_same_day_and_related_words_make_one_entry_without_a_shared_name() -> None:
    entry = EntryView("t1", "2023-06-28", "2023-06-28", "2023-06-28", None,
                      "debris taken off the ship", "take", vector=(1.0, 0.0))  # fmt: skip
    event = EventView("e2", "doc2", "a ship returned debris to shore", "2023-06-28", "2023-06-28",
                      "2023-06-28", None, "return", vector=_unit_vector(0.45))  # fmt: skip
    assert find_entry(event, [entry]) == entry
    assert find_entry(replace(event, vector=_unit_vector(0.3)), [entry]) is None
    a_day_later = replace(event, start="2023-06-29", end="2023-06-29")
    assert find_entry(a_day_later, [replace(entry, end="2023-06-29")]) is None


def test_a_comment_and_condolences_on_one_day_are_one_entry() -> None:
    entry = EntryView("t1", "2023-08-24", "2023-08-24", "2023-08-24", None,
                      "Putin commented publicly on the crash", "comment",
                      frozenset({"putin"}), vector=(1.0, 0.0))  # fmt: skip
    event = EventView("e2", "doc2", "he offered his condolences", "2023-08-24", "2023-08-24",
                      "2023-08-24", None, "condole", frozenset({"putin"}),
                      vector=_unit_vector(0.35))  # fmt: skip
    assert find_entry(event, [entry]) == entry
    assert find_entry(replace(event, predicate="sign"), [entry]) is None


def test_a_burial_told_later_at_another_site_contradicts_the_planned_site() -> None:
    plan = ClaimView("c-north", "d1", "2023-08-28", "he was supposed to be buried at the Northern "
                     "Cemetery", "planned", "positive", "bury", entities=frozenset({"prigozhin"}),
                     place="Northern Cemetery", sources=("outlet a",))  # fmt: skip
    told = replace(plan, id="c-told", doc_id="d2", date="2023-08-29", modality="reported",
                   text="where he was buried next to his father", place="Porokhovskoye cemetery",
                   sources=("outlet b",))  # fmt: skip
    assert relate(told, plan).relation == "contradicts"
    in_the_city = replace(told, place="St. Petersburg", text="he was buried in St. Petersburg")
    assert relate(in_the_city, plan).relation != "contradicts"
    same_day = replace(told, date="2023-08-28")
    assert relate(same_day, plan).relation != "contradicts"


def test_a_plan_is_carried_out_only_by_a_happening_of_its_kind() -> None:
    plan = EntryView("t1", "2023-09-01", "2023-09-30", "2023-09", None,
                     "Kim plans to visit Russia in September", "visit", frozenset({"north korea"}),
                     is_plan=True, vector=(1.0, 0.0))  # fmt: skip
    concern = EventView("e2", "note", "the US expressed concern over arms talks", "2023-09-04",
                        "2023-09-10", "PAST_REF", None, "express", frozenset({"north korea"}),
                        vector=_unit_vector(0.45))  # fmt: skip
    assert find_entry(concern, [plan]) is None
    arrival = replace(concern, summary="Kim arrived in Russia", predicate="arrive")
    assert find_entry(arrival, [plan]) == plan


def test_another_day_of_another_happening_does_not_contradict_a_plan() -> None:
    plan = replace(PLANNED_VISIT, vector=(1.0, 0.0))
    other_day = replace(KREMLIN_CONFIRMS, predicate="sign", time_start="2023-10-02",
                        time_end="2023-10-02", vector=_unit_vector(0.75))  # fmt: skip
    assert relate(other_day, plan).relation == "restates"
    assert relate(replace(other_day, predicate="visit"), plan).relation == "contradicts"


QUESTIONING_PLAN = ClaimView(
    id="c-question",
    doc_id="baltic-wire",
    date="2024-03-14",
    text="The captain will be questioned next week",
    modality="expected",
    polarity="positive",
    predicate="question",
    theme="captain",
    time_start="2024-03-18",
    time_end="2024-03-24",
    sources=("baltic wire", "the office"),
)


def test_a_claim_that_names_no_one_meets_the_same_thing_done_to_the_same_theme() -> None:
    questioned = replace(
        QUESTIONING_PLAN, id="c-done", doc_id="note", date="2024-03-20", modality="reported",
        text="The captain of the Nordic Crane was questioned on Tuesday",
        time_start="2024-03-19", time_end="2024-03-19",
        sources=("note", "the polish maritime office"),
    )  # fmt: skip
    assert about_the_same(questioned, QUESTIONING_PLAN)
    assert relate(questioned, QUESTIONING_PLAN).relation == "confirms"
    named = replace(questioned, entities=frozenset({"nordic crane"}))
    assert relate(named, QUESTIONING_PLAN).relation == "confirms"  # one side names no one
    assert relate(replace(questioned, theme="crew"), QUESTIONING_PLAN) is None
    assert relate(replace(questioned, predicate="arrest"), QUESTIONING_PLAN) is None
    both_named = replace(QUESTIONING_PLAN, entities=frozenset({"baltic tow"}))
    assert relate(named, both_named) is None  # names on both sides must meet


def test_a_general_word_is_the_same_theme_as_the_things_it_covers() -> None:
    """`hand over its heavy military equipment`, then `finished handing over its heavy weapons`."""
    assert same_theme("equipment", "weapon") and same_theme("tank", "equipment")
    assert same_theme("vessel", "submersible") and not same_theme("weapon", "ship")
    assert same_theme("account", "analysis")  # `would publish a full account`


def test_predicate_kin_lists_the_kind_and_nothing_for_a_light_verb() -> None:
    assert {"visit", "come", "arrive"} <= predicate_kin("Visit")
    assert predicate_kin("question") == {"question"}
    assert {"resign", "step down", "quit"} <= predicate_kin("step down")
    assert predicate_kin("be") == frozenset() and predicate_kin(None) == frozenset()


def test_a_dated_failure_leaves_an_undated_plan_open_and_contradicts_a_dated_one() -> None:
    plan = replace(
        QUESTIONING_PLAN, id="c-pull", text="three tugboats will pull the ship off the sandbank",
        predicate="pull", theme="ship", time_start=None, time_end=None,
    )  # fmt: skip
    failed = replace(
        plan, id="c-failed", doc_id="baltic-wire-2", date="2024-03-14", modality="asserted",
        polarity="negative", text="Three tugboats failed on Thursday to pull the ship off",
        time_start="2024-03-14", time_end="2024-03-14", sources=("baltic wire 2",),
    )  # fmt: skip
    assert relate(failed, plan).relation == "restates"
    on_thursday = replace(plan, time_start="2024-03-14", time_end="2024-03-14")
    assert relate(failed, on_thursday).relation == "contradicts"


def test_two_things_one_man_called_something_are_not_one_claim() -> None:
    called_him = replace(
        KREMLIN_CONFIRMS, id="c-fate", predicate="call", entities=frozenset({PUTIN}),
        text="The Russian president called him a man of difficult fate", sources=("wsj",),
        modality="reported", place=None,
    )  # fmt: skip
    called_mutiny = replace(
        called_him, id="c-stab", doc_id="economist", date="2023-09-12",
        text="Mr Putin called the mutiny a treacherous stab in the back", sources=("economist",),
    )  # fmt: skip
    assert relate(called_mutiny, called_him) is None


def test_a_plan_that_names_no_one_is_carried_out_by_the_same_kind_in_related_words() -> None:
    plan = EntryView("t1", "2024-03-18", "2024-03-24", "2024-W12", None,
                     "The captain will be questioned next week", "question", is_plan=True,
                     vector=(1.0, 0.0))  # fmt: skip
    done = EventView("e2", "note", "The captain of the Nordic Crane was questioned on Tuesday",
                     "2024-03-19", "2024-03-19", "2024-03-19", None, "question",
                     vector=_unit_vector(0.6))  # fmt: skip
    assert find_entry(done, [plan]) == plan
    assert merge_into(plan, done).start == "2024-03-19" and not merge_into(plan, done).is_plan
    assert find_entry(replace(done, predicate="arrest"), [plan]) is None
    assert find_entry(replace(done, vector=_unit_vector(0.3)), [plan]) is None


SHOT_DOWN = ClaimView(
    id="c-shot",
    doc_id="telegram",
    date="2023-08-23",
    text="air defences shot the jet down in the Tver region",
    modality="reported",
    polarity="positive",
    predicate="shoot down",
    theme="jet",
    entities=frozenset({"tver"}),
    sources=("grey zone",),
)
DENIAL = ClaimView(
    id="c-denial",
    doc_id="pentagon",
    date="2023-08-25",
    text="the plane was taken down by a surface-to-air missile",
    modality="denied",
    polarity="positive",
    predicate="take down",
    theme="plane",
    sources=("pentagon",),
)


def test_a_denial_naming_no_one_contests_what_was_told_before_of_its_kind() -> None:
    """`taken down` and `shot down`, `plane` and `jet`: the same happening to the same thing."""
    link = relate(DENIAL, SHOT_DOWN)
    assert link is not None and link.relation == "denies"
    # a cause told after the denial is not the one it denied
    bomb = replace(SHOT_DOWN, id="c-bomb", doc_id="later", date="2023-08-30",
                   text="the plane was brought down by an explosion aboard",
                   predicate="bring down", theme="plane", entities=frozenset())  # fmt: skip
    later = relate(bomb, DENIAL)
    assert later is None or later.relation != "denies"
    # a denial that names someone still needs the very verb
    named = replace(DENIAL, entities=frozenset({"russia"}))
    assert relate(named, replace(SHOT_DOWN, entities=frozenset({"tver", "russia"}))) is None


def test_the_same_kind_on_the_same_day_stands_in_for_a_participant() -> None:
    """`the strike will begin on Thursday` names no one; `600 dock workers walked out on
    Thursday` (at Halden) is the same kind of happening on that day: it confirms the plan."""
    plan = ClaimView(
        id="c-plan", doc_id="monday", date="2025-03-03", text="the strike will begin on Thursday",
        modality="expected", polarity="positive", predicate="strike",
        time_start="2025-03-06", time_end="2025-03-06", sources=("the union",),
    )  # fmt: skip
    done = replace(plan, id="c-done", doc_id="friday", date="2025-03-07",
                   text="About 600 dock workers walked out on Thursday", predicate="walk out",
                   modality="reported", entities=frozenset({"halden"}),
                   sources=("police",))  # fmt: skip
    assert about_the_same(done, plan)
    link = relate(done, plan)
    assert link is not None and link.relation == "confirms"
    assert relate(replace(done, time_start="2025-03-07", time_end="2025-03-07"), plan) is None


def test_a_thing_said_to_be_available_in_a_month_is_confirmed_by_its_sale_that_month() -> None:
    """`would be available in pharmacies from June`, then `went on sale in pharmacies on
    Monday` (June 8): the same happening to the same drug, in the month foreseen."""
    plan = ClaimView(
        id="c-plan", doc_id="may", date="2026-05-01",
        text="the drug would be available in pharmacies from June", modality="expected",
        polarity="positive", predicate="available", time_start="2026-06-01",
        time_end="2026-06-30", entities=frozenset({"cendrimab"}), sources=("pt", "neurova"),
    )  # fmt: skip
    sale = replace(
        plan, id="c-sale", doc_id="june", date="2026-06-10", predicate="sell",
        text="Cendrimab went on sale in pharmacies on Monday", modality="reported",
        time_start="2026-06-08", time_end="2026-06-08", sources=("hw", "neurova"),
    )  # fmt: skip
    assert same_kind("sell", "available") and not same_kind("available", "die")
    link = relate(sale, plan)  # its maker foretold it and tells it done
    assert link is not None and link.relation == "confirms"


def test_a_state_that_acts_on_nothing_has_its_opposite_spelled_out() -> None:
    """`will stay open` is `not closed`; `opened an inquiry` acts on something and is no state."""
    assert plain_sense("open", "positive") == ("close", "negative")
    assert plain_sense("open", "positive", theme="inquiry") == ("open", "positive")
    assert plain_sense("alive", "positive", theme="crew") == ("die", "negative")


def test_denying_what_a_claim_already_says_is_no_denial_of_it() -> None:
    """`denied paying a ransom` agrees with `it would not pay any ransom`."""
    refusal = ClaimView(
        id="c-refusal", doc_id="article", date="2025-05-05", text="it would not pay any ransom",
        modality="reported", polarity="negative", predicate="pay", theme="ransom",
        sources=("world desk", "relief without borders"),
    )  # fmt: skip
    denial = replace(refusal, id="c-denial", doc_id="note", date="2025-05-16",
                     text="paying a ransom", modality="denied",
                     sources=("note", "relief without borders"))  # fmt: skip
    link = relate(denial, refusal)
    assert link is not None and link.relation == "restates"  # the same source, again
    paid = replace(refusal, id="c-paid", polarity="positive", text="it paid a ransom")
    link = relate(denial, paid)
    assert link is not None and link.relation == "denies"


def test_a_short_denial_of_the_very_act_bears_on_it_without_alike_words() -> None:
    """`The Kremlin again denied striking the hospital`: few words, the same verb and thing."""
    strike = ClaimView(
        id="c-strike", doc_id="monday", date="2025-04-07",
        text="A Russian missile struck a children's hospital in Kharkiv on Monday",
        modality="reported", polarity="positive", predicate="strike", theme="hospital",
        entities=frozenset({"russia"}), time_start="2025-04-07", time_end="2025-04-07",
        sources=("frontline news", "interior ministry"), vector=(1.0, 0.0),
    )  # fmt: skip
    denial = replace(strike, id="c-denial", doc_id="thursday", date="2025-04-10",
                     text="striking the hospital", modality="denied", polarity="negative",
                     entities=frozenset(), time_start=None, time_end=None,
                     sources=("geneva times", "kremlin"), vector=_unit_vector(0.3))  # fmt: skip
    link = relate(denial, strike)
    assert link is not None and link.relation == "denies"
    # another verb of the kind, or another thing, needs alike words as before
    assert relate(replace(denial, predicate="hit"), strike) is None
    assert relate(replace(denial, theme="depot"), strike) is None


def test_a_report_giving_another_figure_does_not_confirm_the_figure() -> None:
    stolen = ClaimView(
        id="c-hackers",
        doc_id="first",
        date="2025-06-02",
        text="to have stolen the personal data of 12 million customers",
        modality="reported",
        polarity="positive",
        predicate="steal",
        entities=frozenset({"northlink"}),
        sources=("techwire", "hackers"),
    )
    admitted = replace(
        stolen,
        id="c-company",
        doc_id="later",
        date="2025-06-06",
        text="hackers had stolen the data of about 9 million customers",
        sources=("baltic reuters", "northlink"),
    )
    link = relate(admitted, stolen)
    assert link is not None and link.relation == "restates"
    assert "12,000,000 customer" in link.reason
    same = replace(admitted, text="hackers had stolen the data of 12 million customers")
    assert relate(same, stolen) == Link("confirms", "a later report reports it independently")


def test_a_plan_for_next_week_is_met_on_a_day_of_that_week() -> None:
    plan = ClaimView(
        id="c-inquiry", doc_id="post", date="2025-03-04",
        text="an independent inquiry will begin next week", modality="expected",
        polarity="positive", predicate="investigate",
        time_start="2025-03-10", time_end="2025-03-16", sources=("Bergen Post", "the ministry"),
    )  # fmt: skip
    began = replace(
        plan, id="c-began", doc_id="wire", date="2025-03-10", modality="asserted",
        text="The independent inquiry, led by former judge Anne Lie, began its work on Monday",
        entities=frozenset({"anne lie"}), time_start="2025-03-10", time_end="2025-03-10",
        sources=("Nordic Wire",),
    )  # fmt: skip
    assert about_the_same(began, plan)
    assert relate(began, plan).relation == "confirms"
    later = replace(began, time_start="2025-03-20", time_end="2025-03-20", date="2025-03-20")
    assert not about_the_same(later, plan)


def test_a_verdict_due_on_a_day_or_in_a_month_is_borne_out_by_the_conviction() -> None:
    due = ClaimView(
        id="c-due", doc_id="courrier", date="2025-05-28",
        text="it would deliver its verdict on June 20", modality="expected",
        polarity="positive", predicate="rule", entities=frozenset({"lyon"}),
        time_start="2025-06-20", time_end="2025-06-20", sources=("Lyon Courrier", "the court"),
    )  # fmt: skip
    convicted = replace(
        due, id="c-guilty", doc_id="wire", date="2025-06-20", modality="asserted",
        text="A Lyon court on Friday found Marc Delorme guilty of taking bribes",
        predicate="convict", entities=frozenset({"lyon", "marc delorme"}), sources=("Euro Wire",),
        vector=(1.0, 0.0),
    )  # fmt: skip
    unrelated_words = replace(due, vector=(0.0, 1.0))  # the same day stands in for them
    assert relate(convicted, unrelated_words).relation == "confirms"
    in_june = replace(
        unrelated_words, id="c-june", text="a verdict is expected in June", entities=frozenset(),
        time_start="2025-06-01", time_end="2025-06-30",
    )  # fmt: skip
    assert relate(convicted, in_june).relation == "confirms"
    this_year = replace(in_june, time_start="2025-01-01", time_end="2025-12-31")
    assert relate(convicted, this_year) is None  # a year is too wide to say which verdict


def test_a_party_saying_it_took_no_money_denies_the_payment() -> None:
    handed = ClaimView(
        id="c-handed", doc_id="daily", date="2025-05-14",
        text="he had handed Marc Delorme envelopes of cash", modality="reported",
        polarity="positive", predicate="hand", theme="envelope",
        entities=frozenset({"girard", "delorme"}), sources=("rhone daily", "girard"),
    )  # fmt: skip
    assert plain_sense("take", "negative", theme="money") == ("pay", "negative")
    assert plain_sense("take", "positive", theme="photo") == ("take", "positive")
    never = replace(
        handed, id="c-never", doc_id="wire", date="2025-05-21", text="I never took a cent",
        predicate="pay", polarity="negative", theme="money", entities=frozenset({"delorme"}),
        sources=("euro wire", "delorme"),
    )  # fmt: skip
    assert relate(never, replace(handed, predicate="pay")).relation == "denies"
    by_another = replace(never, sources=("euro wire", "the bank"))
    assert relate(by_another, replace(handed, predicate="pay")).relation == "contradicts"


def test_a_denial_in_the_same_report_bears_on_what_it_told_of_that_kind() -> None:
    warned = ClaimView(
        id="c-warned", doc_id="post", date="2025-03-04",
        text="they had warned the municipality about cracks in the dam wall last autumn",
        modality="reported", polarity="positive", predicate="warn", theme="municipality",
        sources=("bergen post", "several residents"),
    )  # fmt: skip
    denial = replace(
        warned, id="c-denial", text="it had received any warnings about the dam",
        modality="denied", polarity="negative", theme=None, sources=("bergen post", "vestkraft"),
    )  # fmt: skip
    assert relate(denial, warned).relation == "denies"
    elsewhere = replace(denial, doc_id="wire", date="2025-03-05")
    assert relate(elsewhere, warned) is None  # in another report it may deny another warning


def test_a_contest_lost_contradicts_the_expectation_it_would_be_survived() -> None:
    assert plain_sense("lose", "positive", theme="vote") == ("win", "negative")
    assert plain_sense("survive", "positive", theme="vote") == ("win", "positive")
    assert plain_sense("survive", "positive", theme=None) == ("die", "negative")
    expected = ClaimView(
        id="c-survive", doc_id="wire", date="2025-10-14",
        text="Kallaste was still expected to survive the vote", modality="expected",
        polarity="positive", predicate="win", theme="vote", entities=frozenset({"kallaste"}),
        sources=("nordic wire", "analysts"),
    )  # fmt: skip
    lost = replace(
        expected, id="c-lost", date="2025-10-17", modality="asserted", polarity="negative",
        text="Kallaste lost a vote of no confidence in parliament on Friday",
        time_start="2025-10-17", time_end="2025-10-17", sources=("nordic wire",),
    )  # fmt: skip
    assert relate(lost, expected).relation == "contradicts"


def test_an_event_moved_to_another_day_contradicts_its_plans() -> None:
    plan = ClaimView(
        id="c-wednesday", doc_id="times", date="2025-10-13",
        text="The vote is scheduled for Wednesday", modality="expected", polarity="positive",
        predicate="vote", time_start="2025-10-15", time_end="2025-10-15",
        sources=("baltic times", "kadri rebane"),
    )  # fmt: skip
    moved = replace(
        plan, id="c-moved", doc_id="live", date="2025-10-15", modality="asserted",
        text="Speaker Kadri Rebane postponed the confidence vote to Friday",
        entities=frozenset({"kadri rebane"}), time_start="2025-10-17", time_end="2025-10-17",
        sources=("err news",), moves_event=True, vector=(1.0, 0.0),
    )  # fmt: skip
    link = relate(moved, replace(plan, vector=(0.0, 1.0)))
    assert link is not None and link.relation == "contradicts" and "moved" in link.reason
    told_again = replace(moved, moves_event=False)  # another vote on Friday may be another
    assert relate(told_again, replace(plan, vector=(0.0, 1.0))) is None


def test_a_trip_put_off_contradicts_the_trip_due_and_confirms_no_plan_for_its_new_day() -> None:
    """`postponed his trip on Friday`: the trip due is not to be as planned, whatever day the
    report names; a vote moved onto the day its plan named is still to come."""
    due = ClaimView(
        id="c-due", doc_id="ap", date="2023-02-02",
        text="Antony Blinken is due to travel to Beijing", modality="expected",
        polarity="positive", predicate="travel", entities=frozenset({"antony blinken"}),
        sources=("capital wire",), vector=(1.0, 0.0),
    )  # fmt: skip
    put_off = replace(
        due, id="c-off", doc_id="reuters", date="2023-02-03", modality="reported",
        text="Antony Blinken postponed his trip to Beijing on Friday", predicate="visit",
        time_start="2023-02-03", time_end="2023-02-03", sources=("reuters", "u.s. officials"),
        moves_event=True,
    )  # fmt: skip
    link = relate(put_off, due)
    assert link is not None and (link.relation, link.reason) == ("contradicts", "put off")
    on_its_day = replace(due, time_start="2023-02-03", time_end="2023-02-03")
    link = relate(put_off, on_its_day)
    assert link is not None and link.relation == "restates"


def test_a_race_left_contradicts_a_run_foretold_and_a_thing_put_off_its_day() -> None:
    expected = ClaimView(
        id="c-run", doc_id="daily", date="2022-10-21", text="Johnson was expected to run",
        modality="expected", polarity="positive", predicate="run",
        entities=frozenset({"boris johnson"}), sources=("euro daily", "allies"),
    )  # fmt: skip
    predicate, polarity = plain_sense("pull out", "positive", "race")
    pulled = replace(
        expected, id="c-out", doc_id="pa", date="2022-10-23", modality="asserted",
        text="Boris Johnson pulled out of the race on Sunday night", predicate=predicate,
        polarity=polarity, theme="race", sources=("thames wire",),
    )  # fmt: skip
    link = relate(pulled, expected)
    assert link is not None and link.relation == "contradicts"
    assert plain_sense("pull out", "positive", "troop") == ("pull out", "positive")
    due = replace(
        expected, id="c-due", text="Hunt is due to present a fiscal statement on October 31",
        predicate="present", theme="statement", entities=frozenset({"jeremy hunt"}),
        time_start="2022-10-31", time_end="2022-10-31",
    )  # fmt: skip
    put_off = replace(
        due, id="c-off", doc_id="pa", date="2022-10-26", modality="asserted",
        text="Jeremy Hunt postponed his fiscal statement to November 17", predicate="postpone",
        time_start="2022-11-17", time_end="2022-11-17", moves_event=True,
        sources=("thames wire",),
    )  # fmt: skip
    link = relate(put_off, due)
    assert link is not None and link.relation == "contradicts"
    assert relate(replace(put_off, moves_event=False), due) is None


def test_the_very_verb_in_near_words_is_one_happening_where_one_of_the_two_names_no_one() -> None:
    """A ship the plan calls `the ship`: `expected to be refloated within two days`, then
    `refloated on Monday`, five days later, named or not."""
    plan = ClaimView(
        id="c-two-days", doc_id="wire", date="2021-03-24",
        text="the ship was expected to be refloated within two days", modality="expected",
        polarity="positive", predicate="refloat", time_start="2021-03-24",
        time_end="2021-03-26", sources=("gulf wire", "a canal official"), vector=(1.0, 0.0),
    )  # fmt: skip
    done = replace(
        plan, id="c-monday", doc_id="herald", date="2021-03-29", modality="reported",
        text="The Ever Given was refloated on Monday", time_start="2021-03-29",
        time_end="2021-03-29", sources=("maritime herald", "canal authority"),
        vector=(0.65, 0.76),
    )  # fmt: skip
    assert about_the_same(done, plan)
    link = relate(done, plan)
    assert link is not None and link.relation == "contradicts"
    assert not about_the_same(replace(done, vector=(0.5, 0.87)), plan)  # cosine 0.5
    named = replace(done, entities=frozenset({"ever given"}))
    assert relate(named, plan).relation == "contradicts"
    both_named = replace(plan, entities=frozenset({"ever given"}))
    assert not _in_the_same_words(named, both_named)  # both named: 0.65 is short of 0.70


def test_a_ruling_on_its_day_tells_a_hearing_that_names_no_one_took_place() -> None:
    hearing = ClaimView(
        id="c-hearing", doc_id="court", date="2022-01-06", text="A hearing was set for Monday",
        modality="expected", polarity="positive", predicate="hear", time_start="2022-01-10",
        time_end="2022-01-10", sources=("court and sport",),
    )  # fmt: skip
    ruling = replace(
        hearing, id="c-ruling", doc_id="wire", date="2022-01-10", modality="asserted",
        text="A judge on Monday overturned the cancellation", predicate="overturn",
        entities=frozenset({"novak djokovic"}), sources=("southern wire",),
    )  # fmt: skip
    assert about_the_same(ruling, hearing)
    link = relate(ruling, hearing)
    assert link is not None and link.relation == "confirms"
    a_day_later = replace(ruling, time_start="2022-01-11", time_end="2022-01-11")
    assert not about_the_same(a_day_later, hearing)
    assert "hear" in lookup_kin("overturn") and "hear" not in lookup_kin("arrive")


def test_a_rocket_that_lifts_off_is_launched() -> None:
    assert {"launch", "lift off"} <= predicate_kin("lift off")


def test_talks_due_on_a_day_are_held_when_the_negotiators_meet_that_day() -> None:
    plan = ClaimView(
        id="c-talks", doc_id="chronicle", date="2026-02-05",
        text="Talks are scheduled to resume on Saturday", modality="expected",
        polarity="positive", predicate="discuss", time_start="2026-02-07",
        time_end="2026-02-07", sources=("Harbor City Chronicle", "peter lindqvist"),
    )  # fmt: skip
    met = replace(
        plan, id="c-met", doc_id="wire", date="2026-02-08", modality="reported",
        text="Negotiators for St. Brendan's and its nurses met for nine hours on Saturday",
        predicate="meet", entities=frozenset({"st brendan"}), sources=("Metro Wire", "both sides"),
    )  # fmt: skip
    assert about_the_same(met, plan)
    assert relate(met, plan).relation == "confirms"
    sold = replace(met, predicate="sell", text="The hospital sold its parking garage on Saturday")
    assert relate(sold, plan) is None


def test_a_vote_due_on_a_day_is_held_when_shareholders_approve_and_not_undone_months_later():
    plan = ClaimView(
        id="c-vote", doc_id="journal", date="2026-01-12",
        text="Brightline shareholders will vote on the deal on February 19", modality="expected",
        polarity="positive", predicate="vote", entities=frozenset({"brightline"}),
        time_start="2026-02-19", time_end="2026-02-19", sources=("Market Street Journal",),
    )  # fmt: skip
    approved = replace(
        plan, id="c-approved", doc_id="wire", date="2026-02-20", modality="asserted",
        text="Brightline Foods shareholders approved the takeover at a special meeting",
        predicate="approve", sources=("Nordic Business Wire",),
    )  # fmt: skip
    assert relate(approved, plan).relation == "confirms"
    cleared = replace(
        approved, id="c-cleared", doc_id="journal-2", date="2026-08-21",
        text="The European Commission approved the purchase of Brightline Foods on Thursday",
        time_start="2026-08-20", time_end="2026-08-20", sources=("Market Street Journal",),
    )  # fmt: skip
    assert relate(cleared, plan).relation == "restates"
    next_week = replace(cleared, time_start="2026-02-26", time_end="2026-02-26")
    assert relate(next_week, plan).relation == "contradicts"


def test_a_correction_contradicts_what_the_first_report_said() -> None:
    first = ClaimView(
        id="c-french", doc_id="monitor", date="2025-09-15",
        text="Two of the workers are French and two", modality="reported",
        polarity="positive", predicate="french", entities=frozenset({"france"}),
        sources=("Sahel Monitor", "a security source"),
    )  # fmt: skip
    text = "one of the four kidnapped workers is a Belgian national, not French as first reported"
    correction = replace(
        first, id="c-belgian", doc_id="later", date="2025-09-22", text=text, predicate="be",
        sources=("Sahel Monitor", "hope without borders"), speaker="Hope Without Borders",
    )  # fmt: skip
    link = relate(correction, first)
    assert link is not None and link.relation == "contradicts" and "not French" in link.reason
    assert (
        relate(replace(correction, text=text.replace("not French as first reported", "")), first)
        is None
    )
    other_word = replace(correction, text=text.replace("French", "Maralian"))
    assert relate(other_word, first) is None  # corrects what the first report never said
    stranger = replace(correction, entities=frozenset({"belgium"}))
    assert relate(stranger, first) is None


def test_a_figure_said_to_be_wrong_contradicts_the_claim_that_gave_it() -> None:
    first = ClaimView(
        id="c-leak", doc_id="ledger", date="2010-04-29", predicate="leak",
        text="Oil is leaking from the well at about 5,000 barrels a day", modality="reported",
        polarity="positive", entities=frozenset({"deepwater horizon"}),
        sources=("Gulf Ledger", "the coast guard"),
    )  # fmt: skip
    text = "the well leaked 19,000 barrels a day, far more than the 5,000 barrels first estimated"
    panel = replace(
        first, id="c-panel", doc_id="later", date="2010-05-29", text=text,
        entities=frozenset(), sources=("Gulf Ledger", "a panel of scientists"),
    )  # fmt: skip
    assert about_the_same(panel, first)
    link = relate(panel, first)
    assert link is not None and link.relation == "contradicts" and "5,000 barrels" in link.reason
    assert not about_the_same(replace(panel, text=text.replace("5,000", "8,000")), first)
    assert not about_the_same(replace(panel, predicate="spill"), first)


def test_what_a_planned_autopsy_found_tells_it_was_carried_out() -> None:
    plan = ClaimView(
        id="c-autopsy", doc_id="times", date="2024-10-17", predicate="carry out",
        text="An autopsy will be carried out on Thursday", modality="expected",
        polarity="positive", theme="autopsy", time_start="2024-10-17", time_end="2024-10-17",
        sources=("Southern Cone Times", "prosecutors"),
    )  # fmt: skip
    finding = ClaimView(
        id="c-found", doc_id="wire", date="2024-10-18", predicate="die",
        text="Liam Payne died of multiple traumas", modality="asserted", polarity="positive",
        entities=frozenset({"liam payne"}), sources=("Plaza Wire", "the prosecutor's office",
        "An autopsy"),
    )  # fmt: skip
    assert about_the_same(finding, plan)
    assert relate(finding, plan).relation == "confirms"
    told_by_police = replace(finding, sources=("Plaza Wire", "police"))
    assert not about_the_same(told_by_police, plan)
    before_its_day = replace(finding, date="2024-10-16")
    assert relate(before_its_day, plan) is None


def test_a_vote_to_remove_someone_is_the_removal_foretold() -> None:
    vow = ClaimView(
        id="c-vow", doc_id="ledger", date="2023-09-30", predicate="remove",
        text="he would try to remove McCarthy as speaker this week", modality="expected",
        polarity="positive", entities=frozenset({"gaetz", "mccarthy"}),
        time_start="2023-10-02", time_end="2023-10-08", sources=("Daily Ledger", "gaetz"),
    )  # fmt: skip
    text = "The House voted 216-210 on Tuesday to remove Kevin McCarthy as speaker"
    vote = replace(
        vow, id="c-vote", doc_id="wire", date="2023-10-03", predicate="vote", text=text,
        modality="asserted", entities=frozenset({"house", "mccarthy"}),
        time_start="2023-10-03", time_end="2023-10-03", sources=("Capitol Wire",),
    )  # fmt: skip
    assert relate(vote, vow).relation == "confirms"
    kept = replace(vote, text="The House voted 216-210 on Tuesday to keep Kevin McCarthy")
    assert relate(kept, vow) is None or relate(kept, vow).relation != "confirms"


def test_a_thing_put_off_is_the_thing_its_plan_foresaw_whoever_the_two_name() -> None:
    plan = ClaimView(
        id="c-preorders", doc_id="desk", date="2025-04-02", predicate="open",
        text="Pre-orders in the United States will open on April 9", modality="expected",
        polarity="positive", theme="pre-order", time_start="2025-04-09",
        time_end="2025-04-09", sources=("Play Desk",),
    )  # fmt: skip
    move = replace(
        plan, id="c-postponed", doc_id="wire", date="2025-04-04", predicate="postpone",
        text="it was postponing pre-orders of the Switch 2 in the United States",
        modality="reported", moves_event=True, entities=frozenset({"nintendo", "switch 2"}),
        time_start=None, time_end=None, sources=("Game Wire", "nintendo"),
    )  # fmt: skip
    assert about_the_same(move, plan)
    assert relate(move, plan).relation == "contradicts"
    assert not about_the_same(replace(move, theme="shipment"), plan)


def test_a_publisher_telling_on_the_day_it_was_to_publish_has_published() -> None:
    plan = ClaimView(
        id="c-figures", doc_id="ledger", date="2023-06-19", predicate="publish",
        text="The figures will be published by the Office for National Statistics on Wednesday",
        modality="expected", polarity="positive", theme="figure", entities=frozenset({"ons"}),
        time_start="2023-06-21", time_end="2023-06-21", sources=("City Ledger",),
    )  # fmt: skip
    told = ClaimView(
        id="c-held", doc_id="wire", date="2023-06-21", predicate="hold",
        text="Consumer price inflation held at 8.7% in May", modality="reported",
        polarity="positive", time_start="2023-05-01", time_end="2023-05-31",
        sources=("Money Wire", "ons"), speaker="the ONS",
    )  # fmt: skip
    assert about_the_same(told, plan)
    assert relate(told, plan).relation == "confirms"
    assert relate(replace(told, date="2023-06-22"), plan) is None  # not on its day
    assert relate(replace(told, sources=("Money Wire", "treasury")), plan) is None


def test_the_very_verb_at_the_clock_time_foretold_is_that_happening() -> None:
    plan = ClaimView(
        id="c-round", doc_id="wire", date="2025-07-20", predicate="resume",
        text="The round will resume at 8 a.m. on Monday", modality="expected",
        polarity="positive", theme="round", time_start="2025-07-21", time_end="2025-07-21",
        sources=("Fairway Wire", "tournament officials"),
    )  # fmt: skip
    play = replace(
        plan, id="c-play", doc_id="daily", date="2025-07-21", theme="play",
        text="play resumed at 8 a.m. in calm conditions", modality="asserted",
        sources=("Links Daily",),
    )  # fmt: skip
    assert relate(play, plan).relation == "confirms"
    later = replace(play, text="play resumed at 2 p.m. in calm conditions")
    assert relate(later, plan).relation == "restates"  # another thing, another hour


def test_raising_and_rising_are_one_kind_of_happening() -> None:
    assert predicate_kin("lift") == predicate_kin("rise") == predicate_kin("raise")
    assert "fall" not in predicate_kin("rise")


def test_a_thing_called_off_contradicts_the_plan_that_it_would_go_ahead() -> None:
    plan = ClaimView(
        id="c-go-ahead", doc_id="times", date="2024-08-07", predicate="go ahead",
        text="The three concerts at the stadium will go ahead with extra security",
        modality="expected", polarity="positive", theme="concert",
        entities=frozenset({"ernst happel"}), sources=("Alpine Times", "police"),
    )  # fmt: skip
    called_off = replace(
        plan, id="c-cancelled", doc_id="wire", date="2024-08-08", predicate="cancel",
        text="The organisers cancelled all three of Taylor Swift's concerts in Vienna",
        modality="asserted", entities=frozenset({"taylor swift", "vienna"}),
        sources=("Danube Wire",),
    )  # fmt: skip
    assert about_the_same(called_off, plan)
    assert relate(called_off, plan).relation == "contradicts"
    dropping = replace(plan, predicate="drop", theme="concert")  # a cancellation, due
    assert (
        relate(called_off, dropping) is None
        or relate(called_off, dropping).relation != "contradicts"
    )
    assert not about_the_same(replace(called_off, theme="flight"), plan)


def test_done_after_a_report_that_it_had_not_been_is_no_contradiction() -> None:
    not_yet = ClaimView(
        id="c-not", doc_id="march", date="2026-03-12",
        text="The bank did not publish its new forecasts as planned", modality="asserted",
        polarity="negative", predicate="publish", theme="forecast",
        entities=frozenset({"central bank of norland"}), sources=("Baltic Finance Daily",),
    )  # fmt: skip
    published = replace(
        not_yet, id="c-published", doc_id="april", date="2026-04-16", polarity="positive",
        text="The Central Bank of Norland published its delayed economic forecasts on Thursday",
        time_start="2026-04-16", time_end="2026-04-16", sources=("Norland Herald",),
    )  # fmt: skip
    assert relate(published, not_yet).relation == "restates"
    same_day = replace(published, time_start="2026-03-12", time_end="2026-03-12")
    assert relate(same_day, not_yet).relation == "contradicts"


def test_a_plan_to_release_forecasts_is_met_by_publishing_them() -> None:
    assert "publish" in predicate_kin("release") and "pay" in predicate_kin("compensate")
    plan = ClaimView(
        id="c-april", doc_id="march", date="2026-03-12",
        text="the forecasts would be released in April", modality="expected",
        polarity="positive", predicate="release", theme="forecast",
        time_start="2026-04-01", time_end="2026-04-30", sources=("Baltic Finance", "the bank"),
    )  # fmt: skip
    published = replace(
        plan, id="c-published", doc_id="april", date="2026-04-16", modality="asserted",
        text="The Central Bank of Norland published its delayed economic forecasts on Thursday",
        predicate="publish", time_start="2026-04-16", time_end="2026-04-16",
        sources=("Norland Herald",),
    )  # fmt: skip
    assert relate(published, plan).relation == "confirms"


def test_a_visit_called_off_contradicts_the_plan_never_confirms_it() -> None:
    cancelled = replace(
        KREMLIN_CONFIRMS, id="c-cancelled", text="The visit was cancelled", polarity="negative"
    )
    assert relate(cancelled, PLANNED_VISIT).relation == "contradicts"


def test_the_other_side_of_a_bound_contradicts_what_names_another_participant() -> None:
    railway = ClaimView(
        id="c-below", doc_id="monday", date="2026-05-11",
        text="the train had been travelling below the speed limit when 23 of its cars left",
        modality="reported", polarity="positive", predicate="travel",
        entities=frozenset({"northern plains rail"}), sources=("River Courier", "the railway"),
    )  # fmt: skip
    board = replace(
        railway, id="c-above", doc_id="wednesday", date="2026-05-13", entities=frozenset(),
        text="the train was travelling at 49 miles per hour, above the 40 mph limit",
        modality="asserted", sources=("State Wire", "investigators"),
    )  # fmt: skip
    assert about_the_same(board, railway)
    assert relate(board, railway) == Link(
        "contradicts", "the later report says above the 40 mph limit"
    )
    within = replace(board, text="the train was travelling within the speed limit")
    assert not about_the_same(within, railway)


def test_a_challenge_in_court_is_carried_out_by_a_lawsuit() -> None:
    plan = ClaimView(
        id="c-challenge", doc_id="march", date="2026-03-06",
        text="it would challenge the law in court if it passed", modality="possible",
        polarity="positive", predicate="challenge", theme="law",
        entities=frozenset({"digital marketing alliance"}), sources=("Valley Post", "the alliance"),
    )  # fmt: skip
    lawsuit = replace(
        plan, id="c-lawsuit", doc_id="april", date="2026-04-20", modality="reported",
        text="The Digital Marketing Alliance filed a lawsuit challenging the law on Monday",
        predicate="sue", theme=None, time_start="2026-04-20", time_end="2026-04-20",
        sources=("Harbor Ledger", "Gordon Pike"),
    )  # fmt: skip
    assert relate(lawsuit, plan).relation == "confirms"
    assert relate(replace(lawsuit, predicate="appeal"), plan) is None  # another legal act


@pytest.mark.parametrize(
    ("foretold", "foretold_as", "decided", "decided_as"),
    [
        ("The board of Halvorsen Foods will meet on Friday to decide whether to keep Mark "
         "Ellison", "meet", "The board of Halvorsen Foods voted on Friday to remove Mark "
         "Ellison", "vote"),
        ("Mark Ellison will appear before a judge in Frankfurt on Friday", "hear",
         "A judge in Frankfurt ordered on Friday that Mark Ellison be held in custody", "order"),
    ],
)  # fmt: skip
def test_a_decision_on_the_day_of_the_gathering_that_was_to_take_it_confirms_it(
    foretold: str, foretold_as: str, decided: str, decided_as: str
) -> None:
    """A board's vote on the day of its meeting, a court's order on the day of a hearing."""
    plan = ClaimView(
        id="c-plan", doc_id="monday", date="2026-05-04", text=foretold, modality="expected",
        polarity="positive", predicate=foretold_as,
        entities=frozenset({"halvorsen foods", "mark ellison"}), time_start="2026-05-08",
        time_end="2026-05-08", sources=("Business Ledger",),
    )  # fmt: skip
    decision = replace(
        plan, id="c-done", doc_id="friday", date="2026-05-08", modality="reported",
        text=decided, predicate=decided_as, sources=("Rhine Post", "the company"),
    )  # fmt: skip
    assert relate(decision, plan).relation == "confirms"
    assert relate(replace(decision, time_start="2026-05-09", time_end="2026-05-09"), plan) is None
    praise = replace(decision, predicate="praise", text="They praised Mark Ellison on Friday")
    assert relate(praise, plan) is None  # another kind of happening, in other words
    someone_else = replace(decision, entities=frozenset({"anna weiss"}))
    assert relate(someone_else, plan) is None


POPE, EASTER_MASS, PRISON = "francis", "easter mass", "casal del marmo"
HOLY_WEEK_PLAN = ClaimView(
    id="c-thursday", doc_id="programme", date="2023-03-31",
    text="Francis would celebrate the Holy Thursday Mass at the Casal del Marmo juvenile prison",
    modality="expected", polarity="positive", predicate="celebrate",
    entities=frozenset({POPE, "holy thursday mass", PRISON}), time_start="2023-04-06",
    time_end="2023-04-06", sources=("Faith & World", "vatican"),
)  # fmt: skip


def test_a_report_of_another_named_event_on_another_day_does_not_contradict_a_plan() -> None:
    """The Easter Mass on April 9 is not the Holy Thursday Mass due on April 6, done late."""
    easter = replace(
        HOLY_WEEK_PLAN, id="c-easter", doc_id="sunday", date="2023-04-09", modality="asserted",
        text="Pope Francis celebrated Easter Mass in St. Peter's Square on Sunday",
        entities=frozenset({POPE, EASTER_MASS}), time_start="2023-04-09",
        time_end="2023-04-09", sources=("Global Courier",),
    )  # fmt: skip
    assert relate(easter, HOLY_WEEK_PLAN).relation == "restates"  # nor confirms, another day
    same_mass_late = replace(easter, entities=frozenset({POPE, "holy thursday mass"}))
    assert relate(same_mass_late, HOLY_WEEK_PLAN).relation == "contradicts"


def test_an_undated_report_published_before_the_day_a_plan_names_does_not_confirm_it() -> None:
    early = replace(
        HOLY_WEEK_PLAN, id="c-sandri", doc_id="palm-sunday", date="2023-04-02",
        modality="asserted", text="Francis celebrated the Mass, as the Vatican had said he would",
        entities=frozenset({POPE}), time_start=None, time_end=None, sources=("Atlantic Post",),
    )  # fmt: skip
    assert relate(early, HOLY_WEEK_PLAN).relation == "restates"
    assert relate(replace(early, date="2023-04-06"), HOLY_WEEK_PLAN).relation == "confirms"


def test_skipping_an_event_is_not_attending_it_in_any_role() -> None:
    assert plain_sense("skip", "positive") == ("attend", "negative")
    assert same_kind("lead", "attend") and same_kind("preside", "attend")
    lead = replace(
        HOLY_WEEK_PLAN, id="c-lead", text="The pope will lead the Way of the Cross procession "
        "at the Colosseum on Good Friday", predicate="lead", theme="way",
        entities=frozenset({POPE, "colosseum"}), time_start="2023-04-07", time_end="2023-04-07",
    )  # fmt: skip
    skipped = replace(
        lead, id="c-skip", doc_id="easter", date="2023-04-09", modality="asserted",
        polarity="negative", predicate="attend", text="He skipped the Way of the Cross "
        "procession at the Colosseum on Friday night", sources=("Global Courier",),
    )  # fmt: skip
    assert relate(skipped, lead).relation == "contradicts"
    palm_sunday = replace(lead, id="c-palm", predicate="preside", theme=None,
                          time_start="2023-04-02", time_end="2023-04-02")  # fmt: skip
    assert relate(skipped, palm_sunday).relation == "restates"  # skipped on another day


def test_a_planned_place_spelled_with_punctuation_is_said_without_it() -> None:
    plan = replace(HOLY_WEEK_PLAN, place="st peter square", entities=frozenset({POPE}),
                   text="The pope would preside over Palm Sunday Mass in St. Peter's Square",
                   predicate="preside", time_start="2023-04-02", time_end="2023-04-02")  # fmt: skip
    presided = replace(
        plan, id="c-presided", doc_id="sunday", date="2023-04-02", modality="asserted",
        place=None, sources=("Atlantic Post",),
        text="Pope Francis presided over Palm Sunday Mass in St. Peter's Square on Sunday",
    )  # fmt: skip
    assert relate(presided, plan).relation == "confirms"


def test_another_person_doing_the_same_thing_is_another_happening() -> None:
    """`Ray testified` is not the testimony Bankman-Fried promised; `Kim met Putin` is the
    meeting `Putin will meet Kim` foresaw, the two sides of one happening."""
    promise = ClaimView(
        id="c-promise", doc_id="friday", date="2022-12-09",
        text="he would testify before the House Financial Services Committee on December 13",
        modality="expected", polarity="positive", predicate="testify",
        entities=frozenset({"sam bankman fried", "house financial services committee"}),
        time_start="2022-12-13", time_end="2022-12-13", sources=("Bay Street", "sbf"),
        doer="fried",
    )  # fmt: skip
    ray = replace(
        promise, id="c-ray", doc_id="tuesday", date="2022-12-13", modality="asserted",
        text="John J. Ray III testified before the House Financial Services Committee on Tuesday",
        entities=frozenset({"john j ray iii", "house financial services committee"}),
        sources=("Financial Courier",), doer="ray",
    )  # fmt: skip
    assert relate(ray, promise).relation == "restates"
    assert relate(replace(ray, doer="fried"), promise).relation == "confirms"
    assert relate(replace(ray, doer=None), promise).relation == "confirms"  # no one named
    meeting = replace(promise, text="Putin will meet Kim on December 13", predicate="meet",
                      doer="putin", entities=frozenset({KIM, PUTIN}))  # fmt: skip
    met = replace(ray, text="Kim met Putin on December 13", predicate="meet", doer="un",
                  entities=frozenset({KIM, PUTIN}))  # fmt: skip
    assert relate(met, meeting).relation == "confirms"


RUNOFF_PLAN = ClaimView(
    id="c-runoff", doc_id="monday", date="2023-05-15", text="a runoff would be held on May 28",
    modality="expected", polarity="positive", predicate="hold", theme="runoff",
    time_start="2023-05-28", time_end="2023-05-28", sources=("Global Courier", "ahmet yener"),
)  # fmt: skip
RUNOFF_WON = ClaimView(
    id="c-won", doc_id="after", date="2023-05-29",
    text="Erdogan won Turkey's presidential runoff on Sunday, defeating Kemal Kilicdaroglu",
    modality="asserted", polarity="positive", predicate="win", theme="runoff",
    entities=frozenset({"erdogan", "kilicdaroglu"}), time_start="2023-05-28",
    time_end="2023-05-28", sources=("Atlantic Post",), doer="erdogan",
)  # fmt: skip


def test_what_was_done_in_an_event_on_its_day_tells_it_was_held() -> None:
    assert "hold" in lookup_kin("win")  # a report that names people finds the unnamed plan
    assert about_the_same(RUNOFF_WON, RUNOFF_PLAN)
    assert relate(RUNOFF_WON, RUNOFF_PLAN).relation == "confirms"
    a_day_later = replace(RUNOFF_WON, time_start="2023-05-29", time_end="2023-05-29")
    assert relate(a_day_later, RUNOFF_PLAN) is None
    of_another_thing = replace(RUNOFF_WON, theme="seat")
    assert relate(of_another_thing, RUNOFF_PLAN) is None


def test_another_winner_of_the_contest_says_the_one_who_vowed_to_win_it_lost() -> None:
    vow = ClaimView(
        id="c-vow", doc_id="monday", date="2023-05-15",
        text="Kilicdaroglu vowed to win the second round", modality="planned",
        polarity="positive", predicate="win", theme="round",
        entities=frozenset({"kilicdaroglu"}), sources=("Global Courier",), doer="kilicdaroglu",
    )  # fmt: skip
    assert relate(RUNOFF_WON, vow).relation == "contradicts"
    kept = replace(RUNOFF_WON, doer="kilicdaroglu", theme="round",
                   text="Kilicdaroglu won the second round on Sunday")  # fmt: skip
    assert relate(kept, vow).relation == "confirms"
    of_a_seat = replace(RUNOFF_WON, theme="seat")  # winning a seat is no contest of one winner
    assert relate(of_a_seat, vow) is None or relate(of_a_seat, vow).relation != "contradicts"


def test_a_deal_expected_to_close_is_borne_out_by_the_takeover_completed() -> None:
    plan = ClaimView(
        id="c-close", doc_id="april", date="2022-04-25",
        text="The deal is expected to close this year", modality="expected",
        polarity="positive", predicate="close", theme="deal", entities=frozenset({"twitter"}),
        time_start="2022-01-01", time_end="2022-12-31", sources=("Ledger Wire", "the company"),
    )  # fmt: skip
    done = replace(
        plan, id="c-done", doc_id="october", date="2022-10-28", modality="asserted",
        text="Elon Musk completed his $44 billion takeover of Twitter on Thursday night",
        predicate="complete", theme="takeover", time_start="2022-10-27", time_end="2022-10-28",
        sources=("Financial Courier",),
    )  # fmt: skip
    assert same_kind("close", "complete") and same_theme("deal", "takeover")
    assert relate(done, plan).relation == "confirms"


def test_an_order_signed_is_the_order_issued() -> None:
    """`would issue an executive order on Monday`, then `signed an executive order on Monday`;
    selling on that day is another thing."""
    plan = replace(PLANNED_VISIT, id="c-order", predicate="issue", theme="order", place=None,
                   text="he would issue an executive order on Monday", modality="expected",
                   time_start="2025-01-20", time_end="2025-01-20")  # fmt: skip
    signed = replace(KREMLIN_CONFIRMS, predicate="sign", theme="order", place=None,
                     text="Trump signed an executive order on Monday", sources=("wire",),
                     cues=(), time_start="2025-01-20", time_end="2025-01-20")  # fmt: skip
    link = relate(signed, plan)
    assert link is not None and link.relation == "confirms"
    sold = relate(replace(signed, predicate="sell", text="Trump sold the order on Monday"), plan)
    assert sold is None or sold.relation != "confirms"


AID_CONFERENCE = ClaimView(
    id="c-conference", doc_id="thursday", date="2020-08-06",
    text="France would organize an international aid conference for Lebanon in the coming days",
    modality="expected", polarity="positive", predicate="organize", theme="conference",
    entities=frozenset({"france", "lebanon"}), time_start="2020-08-07", time_end="2020-08-13",
    sources=("Cedar Wire", "macron"),
)  # fmt: skip


def test_an_event_organized_in_the_coming_days_is_held_on_one_of_them() -> None:
    hosted = replace(
        AID_CONFERENCE, id="c-hosted", doc_id="sunday", date="2020-08-09", modality="asserted",
        text="a video conference hosted by France and the United Nations on Sunday",
        predicate="host", time_start="2020-08-09", time_end="2020-08-09",
        sources=("Levant Daily",),
    )  # fmt: skip
    link = relate(hosted, AID_CONFERENCE)
    assert link is not None and link.relation == "confirms"
    too_late = replace(hosted, time_start="2020-08-20", time_end="2020-08-20")
    assert relate(too_late, AID_CONFERENCE) is None
    of_a_summit = relate(replace(hosted, theme="summit"), AID_CONFERENCE)
    assert of_a_summit is None or of_a_summit.relation != "confirms"


def test_a_meeting_that_ran_into_the_night_was_held_on_its_day() -> None:
    called = ClaimView(
        id="c-called", doc_id="friday", date="2019-03-29",
        text="Tusk called an emergency summit of EU leaders for April 10", modality="expected",
        polarity="positive", predicate="meet", entities=frozenset({"tusk", "eu"}),
        time_start="2019-04-10", time_end="2019-04-10", sources=("Continental Review",),
    )  # fmt: skip
    ran = replace(
        called, id="c-ran", doc_id="thursday", date="2019-04-11", modality="asserted",
        text="a summit that ran late into Wednesday night", entities=frozenset(),
        time_start="2019-04-10", time_end="2019-04-11", sources=("Albion Post",),
    )  # fmt: skip
    assert about_the_same(ran, called)
    assert relate(ran, called).relation == "confirms"
    called_for_friday = replace(called, time_start="2019-04-12", time_end="2019-04-12")
    assert not about_the_same(ran, called_for_friday)


def test_the_winner_due_to_be_announced_is_whoever_won_on_a_day_it_was_due() -> None:
    due = ClaimView(
        id="c-due", doc_id="june", date="2019-06-07",
        text="The winner will be announced in the week of July 22", modality="expected",
        polarity="positive", predicate="announce", theme="winner", time_start="2019-07-22",
        time_end="2019-07-28", sources=("Continental Review", "the party"),
    )  # fmt: skip
    won = ClaimView(
        id="c-won", doc_id="july", date="2019-07-23",
        text="Boris Johnson won the contest to lead the Conservative Party on Tuesday",
        modality="asserted", polarity="positive", predicate="win", theme="contest",
        entities=frozenset({"boris johnson"}), time_start="2019-07-23", time_end="2019-07-23",
        sources=("Albion Post",), doer="johnson",
    )  # fmt: skip
    assert "announce" in lookup_kin("win")
    assert relate(won, due).relation == "confirms"
    assert relate(replace(won, time_start="2019-08-01", time_end="2019-08-01"), due) is None
    assert relate(replace(due, theme="budget", text="The budget will be announced"), won) is None


def test_a_building_brought_down_is_the_building_demolished() -> None:
    plan = ClaimView(
        id="c-demolish", doc_id="sunday", date="2021-07-04",
        text="The standing part of the building will be demolished on Sunday night",
        modality="expected", polarity="positive", predicate="demolish", theme="part",
        time_start="2021-07-04", time_end="2021-07-05", sources=("National Ledger",),
    )  # fmt: skip
    done = replace(
        plan, id="c-down", doc_id="monday", date="2021-07-05", modality="asserted",
        text="Crews brought down the remaining part of the building with explosives on Sunday",
        predicate="bring down", time_start="2021-07-04", time_end="2021-07-04",
        sources=("Gulf Coast Wire",),
    )  # fmt: skip
    assert relate(done, plan).relation == "confirms"
    fell = relate(replace(done, predicate="collapse", text="The remaining part collapsed"), plan)
    assert fell is None or fell.relation != "confirms"


def test_a_journey_from_the_place_on_another_day_is_no_other_place() -> None:
    """`will travel by road from Balmoral to Edinburgh on Sunday`, then `was flown from
    Edinburgh to RAF Northolt on Tuesday`: the next leg, not the journey at another place."""
    plan = ClaimView(
        id="c-road", doc_id="saturday", date="2022-09-10",
        text="Her coffin will travel by road from Balmoral to Edinburgh on Sunday",
        modality="expected", polarity="positive", predicate="travel", place="edinburgh",
        entities=frozenset({"balmoral"}), time_start="2022-09-11", time_end="2022-09-11",
        sources=("Crown Wire",),
    )  # fmt: skip
    flown = replace(
        plan, id="c-flown", doc_id="wednesday", date="2022-09-14", modality="asserted",
        text="The coffin was flown from Edinburgh to RAF Northolt on Tuesday evening",
        predicate="fly", place="raf northolt", entities=frozenset({"raf northolt", "balmoral"}),
        time_start="2022-09-13", time_end="2022-09-13", sources=("Thames Herald",),
    )  # fmt: skip
    link = relate(flown, plan)
    assert link is None or link.relation != "contradicts" or "raf northolt" not in link.reason
    same_day = replace(flown, time_start="2022-09-11", time_end="2022-09-11")
    assert relate(same_day, plan).relation == "contradicts"  # flown elsewhere that Sunday


def test_testimony_on_its_day_is_the_hearing_foreseen() -> None:
    """`will appear before MPs on Wednesday` (a hearing), then `told MPs on Wednesday`."""
    plan = ClaimView(
        id="c-appear", doc_id="monday", date="2025-03-24",
        text="Woldbye will appear before MPs on the transport committee on Wednesday",
        modality="expected", polarity="positive", predicate="hear",
        entities=frozenset({"thomas woldbye"}), time_start="2025-03-26", time_end="2025-03-26",
        sources=("City Ledger",),
    )  # fmt: skip
    told = replace(
        plan, id="c-told", doc_id="wednesday", date="2025-03-26", modality="asserted",
        text="Thomas Woldbye told MPs on Wednesday", predicate="testify",
        sources=("Thames Business",),
    )  # fmt: skip
    assert relate(told, plan).relation == "confirms"
    spoke = relate(replace(told, predicate="speak", text="Woldbye spoke on Wednesday"), plan)
    assert spoke is None or spoke.relation != "confirms"


def test_a_courts_order_on_the_day_keeps_the_judges_word_to_rule() -> None:
    """`she would rule on the petition at the January hearing`, then the court's order."""
    plan = ClaimView(
        id="c-rule", doc_id="december", date="2023-12-04",
        text="she would rule on the petition at the January hearing", modality="expected",
        polarity="positive", predicate="rule", entities=frozenset({"linda chan"}), doer="chan",
        time_start="2024-01-01", time_end="2024-01-31", sources=("Harbour Post", "linda chan"),
    )  # fmt: skip
    order = replace(
        plan, id="c-order", doc_id="january", date="2024-01-29", modality="asserted",
        text="A Hong Kong court on Monday ordered the liquidation of China Evergrande Group",
        predicate="order", theme="liquidation", doer=None,
        entities=frozenset({"hong kong", "china"}), time_start="2024-01-29",
        time_end="2024-01-29", sources=("Kowloon Times",),
    )  # fmt: skip
    assert relate(order, plan).relation == "confirms"
    in_february = replace(order, date="2024-02-05", time_start="2024-02-05", time_end="2024-02-05")
    assert relate(in_february, plan) is None


def test_a_plan_naming_no_one_is_done_by_its_very_verb_on_a_later_day() -> None:
    """`The army would also begin drilling vertically`, then `Vertical drilling began on
    Sunday`; not a contest won by someone named, nor a deed dated before the plan."""
    plan = ClaimView(
        id="c-plan", doc_id="saturday", date="2023-11-25",
        text="The army would also begin drilling vertically from the top of the hill",
        modality="expected", polarity="positive", predicate="drill", sources=("India Wire", "he"),
    )  # fmt: skip
    done = replace(
        plan, id="c-done", doc_id="monday", date="2023-11-27", modality="reported",
        text="Vertical drilling from the top of the hill above the Silkyara tunnel began on Sunday",
        entities=frozenset({"silkyara"}), time_start="2023-11-26", time_end="2023-11-26",
        sources=("The Delhi Ledger", "officials"),
    )  # fmt: skip
    assert relate(done, plan).relation == "confirms"
    undated = replace(done, time_start=None, time_end=None)
    assert relate(undated, plan) is None
    before = replace(done, time_start="2023-11-20", time_end="2023-11-20")
    assert relate(before, plan) is None
    won = relate(replace(done, predicate="win", doer="erdogan"), replace(plan, predicate="win"))
    assert won is None or won.relation != "confirms"


def test_reaching_an_orbit_is_entering_it_and_power_is_electricity() -> None:
    plan = ClaimView(
        id="c-orbit", doc_id="launch", date="2023-08-11",
        text="The craft is expected to reach lunar orbit on August 16", modality="expected",
        polarity="positive", predicate="reach", theme="orbit", time_start="2023-08-16",
        time_end="2023-08-16", sources=("Orbit Wire", "space agency"),
    )  # fmt: skip
    entered = replace(
        plan, id="c-entered", doc_id="later", date="2023-08-17", modality="reported",
        text="Russia's Luna-25 entered lunar orbit on Wednesday", predicate="enter",
        entities=frozenset({"russia"}), sources=("Deccan Daily", "roscosmos"),
    )  # fmt: skip
    assert relate(entered, plan).relation == "confirms"
    supply = replace(
        plan, id="c-supply", text="supply would be fully restored by Tuesday morning",
        predicate="restore", theme="supply", time_start="2025-04-29", time_end="2025-04-29",
    )  # fmt: skip
    power = replace(
        entered, id="c-power", date="2025-04-29", predicate="restore", theme="electricity",
        text="Electricity was fully restored across Spain and Portugal by Tuesday morning",
        time_start="2025-04-29", time_end="2025-04-29", entities=frozenset({"spain"}),
    )  # fmt: skip
    assert relate(power, replace(supply, date="2025-04-28")).relation == "confirms"


def test_another_winner_by_a_share_of_the_vote_contradicts_the_first() -> None:
    """`he had won 51% of the vote` (Maduro), then `González had won by a wide margin`."""
    first = ClaimView(
        id="c-maduro", doc_id="monday", date="2024-07-29",
        text="he had won 51% of the vote against 44% for opposition candidate Edmundo González",
        modality="reported", polarity="positive", predicate="win", theme="%", doer="maduro",
        entities=frozenset({"nicolas maduro", "edmundo gonzalez"}),
        sources=("Andes Wire", "national electoral council"),
    )  # fmt: skip
    other = replace(
        first, id="c-gonzalez", doc_id="wednesday", date="2024-07-31",
        text="González had won by a wide margin", theme=None, doer="gonzalez",
        entities=frozenset({"edmundo gonzalez"}), sources=("Caribbean Times", "opposition"),
    )  # fmt: skip
    assert relate(other, first).relation == "contradicts"
    again = replace(other, doer="maduro", text="Maduro had won by a wide margin")
    assert relate(again, first).relation == "confirms"


def test_a_light_verb_with_the_very_thing_is_one_doing() -> None:
    """`Dahl will take charge from Monday`, then `took charge of his first training session
    on Monday`; taking a decision is not taking charge."""
    plan = ClaimView(
        id="c-plan", doc_id="friday", date="2025-11-07", text="take charge from Monday",
        modality="expected", polarity="positive", predicate="take", theme="charge",
        entities=frozenset({"erik dahl"}), doer="dahl", time_start="2025-11-10",
        time_end="2025-11-10", sources=("Sports Wire", "club"),
    )  # fmt: skip
    took = replace(
        plan, id="c-took", doc_id="monday", date="2025-11-10", modality="asserted",
        text="Erik Dahl took charge of his first training session as manager on Monday",
        entities=frozenset({"erik dahl", "harbour city"}), sources=("Evening Post",),
    )  # fmt: skip
    assert relate(took, plan).relation == "confirms"
    other = relate(replace(took, theme="decision", text="Dahl took a decision on Monday"), plan)
    assert other is None or other.relation != "confirms"


def test_a_city_lies_in_its_country_and_a_report_of_the_country_does_not_say_the_city() -> None:
    """`His trip to Hungary will go ahead`, then `arrived in Budapest on Friday`: no report
    from another place; a visit to Russia still does not say Vladivostok (see the seed)."""
    trip = replace(
        PLANNED_VISIT, id="c-hungary", text="His trip to Hungary will go ahead as planned",
        entities=frozenset({"pope francis"}), place="hungary", date="2023-04-02",
        time_start="2023-04-21", time_end="2023-04-30", modality="expected",
    )  # fmt: skip
    arrived = replace(
        trip, id="c-budapest", doc_id="later", date="2023-04-28", modality="asserted",
        text="Pope Francis arrived in Budapest on Friday", predicate="arrive", place="budapest",
        time_start="2023-04-28", time_end="2023-04-28", sources=("Faith Wire",),
    )  # fmt: skip
    assert relate(arrived, trip).relation == "confirms"
    vienna = replace(arrived, id="c-vienna", place="vienna", text="arrived in Vienna on Friday")
    assert relate(vienna, trip).relation == "contradicts"


def test_a_bill_passed_is_a_vote_held_and_legislation_signed_is_the_bill() -> None:
    vote = ClaimView(
        id="c-vote", doc_id="monday", date="2023-05-28",
        text="the House would vote on the bill on Wednesday", modality="expected",
        polarity="positive", predicate="vote", entities=frozenset({"house"}),
        time_start="2023-05-31", time_end="2023-05-31", sources=("Wire", "kevin mccarthy"),
    )  # fmt: skip
    predicate, _ = plain_sense("pass", "positive", "bill")
    passed = replace(
        vote, id="c-passed", doc_id="thursday", date="2023-06-01", modality="asserted",
        text="The House passed the bill on Wednesday night", predicate=predicate, theme="bill",
        sources=("Record",),
    )  # fmt: skip
    assert relate(passed, vote).relation == "confirms"
    assert plain_sense("pass", "positive", "medical") == ("pass", "positive")
    assert same_theme("bill", "legislation")


def test_a_happening_told_as_its_source_foretold_it_confirms_the_forecast() -> None:
    """`would cut gas flows ... from Wednesday`, then `fell to 20% of capacity on Wednesday,
    as Gazprom had announced`, which the parser parted from its subject."""
    cut = ClaimView(
        id="c-cut", doc_id="monday", date="2022-07-25",
        text="it would cut gas flows through the Nord Stream 1 pipeline from Wednesday",
        modality="expected", polarity="positive", predicate="cut", theme="flow",
        entities=frozenset({"nord stream 1"}), time_start="2022-07-27", time_end="2022-07-27",
        sources=("Continental Wire", "gazprom"), speaker="Gazprom",
    )  # fmt: skip
    fell = replace(
        cut, id="c-fell", doc_id="wednesday", date="2022-07-27", modality="asserted",
        text="fell to 20% of capacity on Wednesday, as Gazprom had announced", predicate="fall",
        theme=None, entities=frozenset({"gazprom"}), sources=("Energy Desk", "operator data"),
        speaker="operator data",
    )  # fmt: skip
    assert relate(fell, cut).relation == "confirms"
    unsaid = replace(fell, text="fell to 20% of capacity on Wednesday")
    assert relate(unsaid, cut) is None


def test_a_move_of_the_meeting_due_on_friday_leaves_tuesdays_alone() -> None:
    held = ClaimView(
        id="c-may9", doc_id="may2", date="2023-05-02",
        text="invited the leaders to a meeting at the White House on May 9", modality="expected",
        polarity="positive", predicate="meet", entities=frozenset({"joe biden"}),
        time_start="2023-05-09", time_end="2023-05-09", sources=("Record", "white house"),
    )  # fmt: skip
    moved = replace(
        held, id="c-moved", doc_id="may12", date="2023-05-12", modality="reported",
        text="The meeting with Joe Biden that had been planned for Friday has been postponed "
        "until early next week", time_start="2023-05-15", time_end="2023-05-19",
        moves_event=True, sources=("Record", "aides"),
    )  # fmt: skip
    assert relate(moved, held).relation != "contradicts"
    friday = replace(held, id="c-friday", time_start="2023-05-12", time_end="2023-05-12")
    assert relate(moved, friday).relation == "contradicts"


def test_a_thing_foreseen_done_by_a_verb_of_its_kind_is_the_plan_kept() -> None:
    """`The deal is expected to close this year`, then `completed his takeover of Twitter on
    Thursday`; flows `due to resume`, then `began flowing again` (resumed) or a `restart`."""
    close = ClaimView(
        id="c-close", doc_id="april", date="2022-04-25",
        text="The deal is expected to close this year", modality="expected", polarity="positive",
        predicate="close", theme="deal", time_start="2022-01-01", time_end="2022-12-31",
        sources=("Ledger", "twitter"),
    )  # fmt: skip
    done = replace(
        close, id="c-done", doc_id="october", date="2022-10-28", modality="reported",
        text="Elon Musk completed his takeover of Twitter on Thursday", predicate="complete",
        theme="takeover", entities=frozenset({"elon musk"}), time_start="2022-10-27",
        time_end="2022-10-27", sources=("Wire", "people familiar"),
    )  # fmt: skip
    assert relate(done, close).relation == "confirms"
    sold = replace(done, theme="stake", text="Elon Musk completed the sale of a stake")
    assert relate(sold, close) is None
    assert same_kind("resume", "restart") and same_kind("cut", "fall")


def test_a_race_left_on_a_day_ends_the_undated_plan_to_run() -> None:
    run = ClaimView(
        id="c-run", doc_id="friday", date="2022-10-21", text="Johnson was expected to run",
        modality="expected", polarity="positive", predicate="run",
        entities=frozenset({"boris johnson"}), sources=("Daily", "allies"),
    )  # fmt: skip
    predicate, polarity = plain_sense("pull out", "positive", "race")
    out = replace(
        run, id="c-out", doc_id="sunday", date="2022-10-23", modality="asserted",
        text="Boris Johnson pulled out of the race on Sunday night", predicate=predicate,
        polarity=polarity, time_start="2022-10-23", time_end="2022-10-23", sources=("Wire",),
    )  # fmt: skip
    assert relate(out, run).relation == "contradicts"


def test_two_plans_of_one_man_of_two_kinds_are_two_entries() -> None:
    """`expected to be discharged in the coming days` and `will preside at the Palm Sunday
    Mass`: both of the pope, days apart, but one is no telling of the other."""
    discharge = EntryView("t1", "2023-03-31", "2023-04-06", "FUTURE_REF", None,
                          "He is expected to be discharged in the coming days", "discharge",
                          frozenset({"francis"}), is_plan=True, vector=(1.0, 0.0))  # fmt: skip
    mass = EventView("e2", "doc2", "He will preside at the Palm Sunday Mass", "2023-04-02",
                     "2023-04-02", "2023-04-02", None, "preside", frozenset({"francis"}),
                     is_plan=True, vector=_unit_vector(0.5))  # fmt: skip
    assert find_entry(mass, [discharge]) is None
    assert find_entry(replace(mass, predicate="leave"), [discharge]) == discharge


def test_a_move_told_ahead_and_a_count_told_again_settle_the_plan() -> None:
    """`The truce will begin at 10 a.m. on Thursday`, then `will take effect at 7 a.m. on
    Friday, a day later than expected`; `Hamas will release 50 women and children`, then `A
    total of 50 Israeli hostages have been freed`."""
    begin = ClaimView(
        id="c-begin", doc_id="wednesday", date="2023-11-22",
        text="The truce will begin at 10 a.m. on Thursday", modality="expected",
        polarity="positive", predicate="ceasefire", time_start="2023-11-23",
        time_end="2023-11-23", sources=("Post", "an israeli official"),
    )  # fmt: skip
    moved = replace(
        begin, id="c-moved", doc_id="thursday", date="2023-11-23", time_start="2023-11-24",
        time_end="2023-11-24", entities=frozenset({"israel", "hamas"}), moves_event=True,
        text="The truce will take effect at 7 a.m. on Friday, a day later than expected",
        sources=("Desk", "majed al-ansari"),
    )  # fmt: skip
    assert relate(moved, begin).relation == "contradicts"
    release = replace(
        begin, id="c-release", text="Hamas will release 50 women and children",
        predicate="free", entities=frozenset({"hamas"}), time_start=None, time_end=None,
    )  # fmt: skip
    freed = replace(
        release, id="c-freed", doc_id="monday", date="2023-11-27", modality="reported",
        text="A total of 50 Israeli hostages have been freed since Friday", theme="hostage",
        entities=frozenset({"israel"}), time_start="2023-11-24", time_end="2023-11-24",
        sources=("Desk", "israeli government"),
    )  # fmt: skip
    assert relate(freed, release).relation == "confirms"
    assert (
        relate(replace(freed, text="Israeli hostages have been freed since Friday"), release)
        is None
    )


def test_a_doing_taken_up_again_after_the_plans_day_does_not_move_it() -> None:
    first = ClaimView(
        id="c-first", doc_id="tuesday", date="2025-05-06",
        text="the first vote is expected on Wednesday evening", modality="expected",
        polarity="positive", predicate="vote", time_start="2025-05-07", time_end="2025-05-07",
        entities=frozenset({"sistine chapel"}), sources=("Report", "matteo bruni"),
    )  # fmt: skip
    resumes = replace(
        first, id="c-resumes", doc_id="thursday", date="2025-05-08", modality="asserted",
        text="Voting resumes on Thursday, with up to four ballots a day",
        time_start="2025-05-08", time_end="2025-05-08", sources=("Times",),
    )  # fmt: skip
    assert relate(resumes, first) is None or relate(resumes, first).relation != "contradicts"
    held = replace(resumes, text="Voting was held on Thursday")
    assert relate(held, first).relation == "contradicts"


def test_a_correction_of_what_the_source_had_said_of_that_strike_contradicts_it() -> None:
    strike = ClaimView(
        id="c-strike", doc_id="monday", date="2021-08-30",
        text="A drone strike in Kabul on Sunday destroyed a vehicle carrying an Islamic State "
        "suicide bomber", modality="reported", polarity="positive", predicate="destroy",
        entities=frozenset({"united states"}), place="kabul", time_start="2021-08-29",
        time_end="2021-08-29", sources=("Wire", "pentagon"),
    )  # fmt: skip
    admitted = replace(
        strike, id="c-admitted", doc_id="september", date="2021-09-17", predicate="kill",
        text="the drone strike in Kabul on August 29 killed 10 civilians, and not an Islamic "
        "State bomber as it had said", entities=frozenset({"pentagon"}),
    )  # fmt: skip
    assert relate(admitted, strike).relation == "contradicts"
    elsewhere = replace(admitted, place="kandahar")
    assert relate(elsewhere, strike) is None or relate(elsewhere, strike).relation != "contradicts"


def test_a_postponement_foreseen_is_borne_out_by_the_postponing() -> None:
    """`would decide within four weeks whether to postpone the Games`, then `The Games were
    postponed until 2021 on Tuesday`: the move foreseen, done the day it was told of; a vote
    put off is no vote held."""
    decide = ClaimView(
        id="c-decide", doc_id="sunday", date="2020-03-23",
        text="it would decide within four weeks whether to postpone the Tokyo Olympics",
        modality="expected", polarity="positive", predicate="postpone",
        entities=frozenset({"tokyo olympics"}), time_start="2020-03-23", time_end="2020-04-20",
        sources=("Desk", "ioc"),
    )  # fmt: skip
    postponed = replace(
        decide, id="c-postponed", doc_id="tuesday", date="2020-03-24", modality="asserted",
        text="The Tokyo Olympics were postponed until 2021 on Tuesday", moves_event=True,
        time_start="2021-01-01", time_end="2021-12-31", sources=("Wire",),
    )  # fmt: skip
    assert relate(postponed, decide).relation == "confirms"
    vote = replace(decide, id="c-vote", predicate="vote", text="MPs will vote on Thursday",
                   time_start="2020-03-26", time_end="2020-03-26")  # fmt: skip
    put_off = replace(postponed, predicate="vote", text="MPs postponed the vote to 2021")
    assert relate(put_off, vote).relation == "contradicts"


def test_a_report_told_at_a_debut_on_its_day_is_the_listing_foreseen() -> None:
    listing = ClaimView(
        id="c-listing", doc_id="ledger", date="2023-09-05",
        text="Arm will begin trading on the Nasdaq on September 14", modality="expected",
        polarity="positive", predicate="trade", time_start="2023-09-14", time_end="2023-09-14",
        sources=("market ledger", "people familiar with the matter"),
    )  # fmt: skip
    debut = replace(
        listing, id="c-debut", doc_id="wire", date="2023-09-14", modality="asserted",
        text="Shares of Arm Holdings jumped 25% in their Nasdaq debut on Thursday",
        predicate="jump", setting="debut", entities=frozenset({"nasdaq"}),
        sources=("finance wire",),
    )  # fmt: skip
    assert about_the_same(debut, listing)
    assert relate(debut, listing).relation == "confirms"
    a_day_later = replace(debut, time_start="2023-09-15", time_end="2023-09-15")
    assert not about_the_same(a_day_later, listing)


def test_sworn_in_as_minister_is_becoming_one() -> None:
    plan = ClaimView(
        id="c-become", doc_id="desk", date="2021-11-24",
        text="Lindner will become finance minister", modality="expected", polarity="positive",
        predicate="become",
        entities=frozenset({"christian lindner"}), sources=("euro desk",),
    )  # fmt: skip
    sworn = replace(
        plan, id="c-sworn", doc_id="bulletin", date="2021-12-08", modality="asserted",
        text="Christian Lindner was sworn in as finance minister", predicate="swear in",
        sources=("berlin bulletin",),
    )  # fmt: skip
    assert relate(sworn, plan).relation == "confirms"
    assert not same_kind("appoint", "swear in")  # appointing someone is not taking office


def test_a_refusal_that_waits_for_something_is_not_undone_by_doing_it_later() -> None:
    refusal = ClaimView(
        id="c-refusal", doc_id="horn", date="2023-04-22",
        text="Britain will not evacuate its citizens until a ceasefire holds", modality="expected",
        polarity="negative", predicate="evacuate", entities=frozenset({"united kingdom"}),
        sources=("horn daily", "foreign office"),
    )  # fmt: skip
    evacuated = replace(
        refusal, id="c-evacuated", doc_id="wire", date="2023-04-26", modality="reported",
        polarity="positive", text="Britain started evacuating its citizens on Tuesday",
        time_start="2023-04-25", time_end="2023-04-25", sources=("nile wire", "foreign office"),
    )  # fmt: skip
    assert relate(evacuated, refusal).relation == "restates"
    flat = replace(refusal, text="Britain will not evacuate its citizens")
    assert relate(evacuated, flat).relation == "contradicts"


def test_what_was_not_done_to_another_named_thing_says_nothing_against_the_plan() -> None:
    plan = ClaimView(
        id="c-approve", doc_id="ledger", date="2024-08-26",
        text="The FDA is expected to approve updated COVID-19 vaccines this week",
        modality="expected", polarity="positive", predicate="approve", theme="vaccine",
        entities=frozenset({"fda"}), time_start="2024-08-26", time_end="2024-09-01",
        sources=("health ledger", "two officials"),
    )  # fmt: skip
    not_yet = replace(
        plan, id="c-not-yet", doc_id="ledger-2", date="2024-09-03", modality="asserted",
        polarity="negative", text="The FDA has not yet approved Novavax's vaccine",
        time_start=None, time_end=None, sources=("health ledger",),
    )  # fmt: skip
    assert relate(not_yet, plan).relation == "restates"
    theirs = replace(not_yet, text="The FDA has not yet approved the updated vaccines")
    assert relate(theirs, plan).relation == "contradicts"


def test_a_decision_foreseen_one_way_and_taken_the_other_contradicts_it() -> None:
    block = ClaimView(
        id="c-block", doc_id="letter", date="2024-05-20",
        text="The Commission is expected to block Halcyon's takeover of Brightwave",
        modality="expected", polarity="positive", predicate="block", theme="takeover",
        entities=frozenset({"european commission", "halcyon"}), time_start="2024-05-20",
        time_end="2024-06-28", sources=("brussels letter", "people familiar"), vector=(1.0, 0.0),
    )  # fmt: skip
    approved = replace(
        block, id="c-approved", doc_id="letter-2", date="2024-06-28", modality="asserted",
        text="The Commission approved Halcyon's takeover of Brightwave on Friday",
        predicate="approve", time_start="2024-06-28", time_end="2024-06-28",
        sources=("brussels letter",),
    )  # fmt: skip
    assert relate(approved, block).relation == "contradicts"
    blocked = replace(approved, predicate="block", text="The Commission blocked the takeover")
    assert relate(blocked, block).relation == "confirms"


def test_granting_or_refusing_the_thing_is_the_decision_foreseen() -> None:
    decide = ClaimView(
        id="c-decide", doc_id="courier", date="2025-10-06",
        text="she would decide on his clemency petition by Wednesday", modality="expected",
        polarity="positive", predicate="decide", entities=frozenset({"ruth caldwell"}),
        time_start="2025-10-06", time_end="2025-10-08", sources=("capitol courier", "caldwell"),
    )  # fmt: skip
    denied = replace(
        decide, id="c-denied", doc_id="wire", date="2025-10-08", modality="asserted",
        text="Governor Ruth Caldwell denied clemency to Darnell Hayes on Wednesday",
        predicate="deny", theme="clemency", time_start="2025-10-08", time_end="2025-10-08",
        sources=("southern wire",),
    )  # fmt: skip
    assert relate(denied, decide).relation == "confirms"
    assert relate(replace(denied, theme="parole"), decide) is None


def test_a_late_night_plan_met_just_past_midnight_is_met_a_little_late() -> None:
    plan = ClaimView(
        id="c-dock", doc_id="orbit", date="2025-03-13",
        text="The capsule is expected to dock with the station at 11:30 p.m. on Saturday",
        modality="expected", polarity="positive", predicate="dock",
        entities=frozenset({"international space station"}), time_start="2025-03-15",
        time_end="2025-03-15", sources=("orbit daily", "nasa"), vector=(1.0, 0.0),
    )  # fmt: skip
    docked = replace(
        plan, id="c-docked", doc_id="orbit-2", date="2025-03-16", modality="asserted",
        text="The capsule docked with the station at 12:04 a.m. on Sunday",
        time_start="2025-03-16", time_end="2025-03-16", sources=("orbit daily",),
    )  # fmt: skip
    assert relate(docked, plan).relation == "confirms"
    next_noon = replace(docked, text="The capsule docked with the station at 12:04 p.m. on Sunday")
    assert relate(next_noon, plan).relation != "confirms"


def test_answering_questions_in_parliament_is_the_hearing_told_there() -> None:
    plan = ClaimView(
        id="c-answer", doc_id="post", date="2024-02-05",
        text="Vale will answer questions in parliament on Wednesday", modality="expected",
        polarity="positive", predicate="answer", theme="question",
        entities=frozenset({"ingrid vale"}), time_start="2024-02-07", time_end="2024-02-07",
        sources=("capital post",), doer="vale", vector=(1.0, 0.0),
    )  # fmt: skip
    told = replace(
        plan, id="c-told", doc_id="wire", date="2024-02-07", modality="asserted",
        text="Vale told parliament on Wednesday that she had not been informed of the leak",
        predicate="testify", theme=None, sources=("nordic wire",),
    )  # fmt: skip
    assert relate(told, plan).relation == "confirms"


def test_a_ceremony_named_for_the_signing_foreseen_and_cancelled_calls_the_signing_off() -> None:
    plan = ClaimView(
        id="c-sign", doc_id="desk", date="2019-02-25",
        text="The two leaders are expected to sign a joint declaration on Thursday",
        modality="expected", polarity="positive", predicate="sign", theme="declaration",
        time_start="2019-02-28", time_end="2019-02-28", sources=("asia desk", "an official"),
    )  # fmt: skip
    cancelled = replace(
        plan, id="c-cancelled", doc_id="desk-2", date="2019-02-28", modality="reported",
        text="A planned signing ceremony was cancelled", predicate="cancel", theme="ceremony",
        time_start=None, time_end=None, sources=("asia desk", "white house"),
    )  # fmt: skip
    assert relate(cancelled, plan).relation == "contradicts"
    dinner = replace(cancelled, text="A planned state dinner was cancelled", theme="dinner")
    assert relate(dinner, plan) is None


def test_a_start_pushed_back_contradicts_its_plan_and_its_new_day_confirms_it() -> None:
    plan = ClaimView(
        id="c-begin", doc_id="dispatch", date="2025-05-12",
        text="a chip plant near Columbus that will begin production in 2026", modality="expected",
        polarity="positive", predicate="begin", theme="production",
        time_start="2026-01-01", time_end="2026-12-31", sources=("ohio dispatch", "company"),
    )  # fmt: skip
    pushed = replace(
        plan, id="c-pushed", doc_id="dispatch-2", date="2025-11-20", modality="reported",
        text="Silverline has pushed back the start of production at its plant to 2027",
        predicate="push back", time_start="2027-01-01", time_end="2027-12-31",
        entities=frozenset({"silverline"}), moves_event=True,
    )  # fmt: skip
    assert relate(pushed, plan).relation == "contradicts"
    moved = replace(
        pushed, text="The board has delayed A-level results by a week to August 21",
        predicate="delay", theme="result", time_start="2025-08-21", time_end="2025-08-21",
        date="2025-08-11", entities=frozenset({"the board"}),
    )  # fmt: skip
    received = replace(
        moved, id="c-received", doc_id="week", date="2025-08-21", modality="asserted",
        text="Students received their A-level results on Thursday", predicate="receive",
        entities=frozenset(), moves_event=False, sources=("schools week",),
    )  # fmt: skip
    assert relate(received, moved).relation == "confirms"
    assert relate(replace(received, time_start="2025-08-20", time_end="2025-08-20"), moved) is None


def test_a_state_of_closure_on_the_day_a_reopening_was_due_contradicts_it() -> None:
    assert plain_sense("closed", "positive") == ("reopen", "negative")
    plan = ClaimView(
        id="c-reopen", doc_id="post", date="2025-03-03",
        text="The Valka border crossing will reopen on Wednesday", modality="expected",
        polarity="positive", predicate="reopen", entities=frozenset({"valka"}),
        time_start="2025-03-05", time_end="2025-03-05", sources=("frontier post", "ministry"),
    )  # fmt: skip
    shut = replace(
        plan, id="c-shut", doc_id="wire", date="2025-03-05", modality="reported",
        text="The Valka crossing remained closed on Wednesday", predicate="reopen",
        polarity="negative", sources=("baltic wire", "border guard"),
    )  # fmt: skip
    assert relate(shut, plan).relation == "contradicts"


def test_a_choice_made_in_time_announces_the_decision_due() -> None:
    plan = ClaimView(
        id="c-announce", doc_id="daily", date="2025-02-10",
        text="it would announce its decision before the end of March", modality="expected",
        polarity="positive", predicate="announce", theme="decision",
        time_start="2025-02-10", time_end="2025-03-31", sources=("defence daily", "ministry"),
    )  # fmt: skip
    chosen = replace(
        plan, id="c-chosen", doc_id="wire", date="2025-03-12", modality="reported",
        text="Norway has chosen Britain's Babcock to build five frigates", predicate="choose",
        theme=None, time_start=None, time_end=None, entities=frozenset({"norway", "babcock"}),
        sources=("nordic wire", "tore sandvik"),
    )  # fmt: skip
    assert "announce" in lookup_kin("choose")
    assert relate(chosen, plan).relation == "confirms"
    assert relate(replace(chosen, date="2025-04-02"), plan) is None


def test_an_amount_told_moved_the_other_way_contradicts_the_forecast() -> None:
    forecast = ClaimView(
        id="c-rise", doc_id="ledger", date="2025-04-03",
        text="full-year profit to rise by about 10%", modality="expected", polarity="positive",
        predicate="rise", theme="profit", sources=("city ledger", "harwick foods"),
    )  # fmt: skip
    fell = replace(
        forecast, id="c-fell", doc_id="ledger-2", date="2025-06-12", modality="reported",
        text="a 12% fall in annual profit on Thursday", predicate="fall",
        time_start="2025-06-12", time_end="2025-06-12",
    )  # fmt: skip
    assert relate(fell, forecast).relation == "contradicts"
    assert relate(replace(fell, theme="sales", text="a 12% fall in sales"), forecast) is None
    assert relate(replace(fell, modality="expected"), forecast) is None  # a forecast, no fall


def test_the_doing_a_ceremony_is_named_for_done_on_its_day_tells_it_was_held() -> None:
    plan = ClaimView(
        id="c-attend", doc_id="dispatch", date="2025-05-12",
        text="Governor Ellen Ward will attend a groundbreaking ceremony on Thursday",
        modality="expected", polarity="positive", predicate="attend", theme="ceremony",
        entities=frozenset({"ellen ward"}), time_start="2025-05-15", time_end="2025-05-15",
        sources=("ohio dispatch",), doer="ward",
    )  # fmt: skip
    broke = replace(
        plan, id="c-broke", doc_id="wire", date="2025-05-15", modality="asserted",
        text="Silverline broke ground on its chip plant on Thursday", predicate="break",
        theme="ground", entities=frozenset({"silverline"}), sources=("midwest wire",), doer=None,
    )  # fmt: skip
    assert relate(broke, plan).relation == "confirms"
    assert relate(replace(broke, time_start="2025-05-16", time_end="2025-05-16"), plan) is None


def test_a_choice_foreseen_of_one_named_candidate_and_made_of_another_contradicts_it() -> None:
    plan = ClaimView(
        id="c-navantia", doc_id="daily", date="2025-02-10",
        text="Norway's defence ministry is expected to choose Spain's Navantia",
        modality="expected", polarity="positive", predicate="choose", theme="navantia",
        entities=frozenset({"norway", "spain", "navantia"}), sources=("defence daily", "people"),
    )  # fmt: skip
    chosen = replace(
        plan, id="c-babcock", doc_id="wire", date="2025-03-12", modality="reported",
        text="Norway has chosen Britain's Babcock to build five frigates", theme="babcock",
        entities=frozenset({"norway", "united kingdom", "babcock"}), sources=("nordic wire",),
    )  # fmt: skip
    assert relate(chosen, plan).relation == "contradicts"
    same = replace(chosen, theme="navantia", text="Norway chose Navantia")
    assert relate(same, plan).relation == "confirms"
    unnamed = replace(plan, text="The ministry is expected to choose a site", theme="site")
    assert relate(chosen, unnamed).relation == "restates"  # another choice, no name to clash


def test_a_jury_retired_on_the_day_its_deliberations_were_due_began_them() -> None:
    assert same_kind("retire", "deliberate")
    plan = ClaimView(
        id="c-deliberate", doc_id="court", date="2025-02-24",
        text="The jury in the fraud trial of Alan Marsh is expected to begin its deliberations on "
        "Tuesday", modality="expected", polarity="positive", predicate="deliberate",
        entities=frozenset({"alan marsh"}), time_start="2025-02-25", time_end="2025-02-25",
        sources=("court news", "helen cole"), vector=(1.0, 0.0),
    )  # fmt: skip
    retired = replace(
        plan, id="c-retired", doc_id="wire", date="2025-02-25", modality="asserted",
        text="The jurors in the Alan Marsh fraud trial retired to consider their verdicts on "
        "Tuesday afternoon", predicate="retire", sources=("northern wire",), vector=(0.6, 0.8),
    )  # fmt: skip
    assert relate(retired, plan).relation == "confirms"


def test_an_event_called_for_another_day_than_foretold_contradicts_the_forecast() -> None:
    plan = ClaimView(
        id="c-october", doc_id="daily", date="2025-05-12",
        text="Prime Minister Anne Leclerc is expected to call a general election for October 20",
        modality="expected", polarity="positive", predicate="elect",
        entities=frozenset({"anne leclerc"}), time_start="2025-10-20", time_end="2025-10-20",
        sources=("politics daily", "senior party officials"), vector=(1.0, 0.0),
    )  # fmt: skip
    called = replace(
        plan, id="c-july", doc_id="wire", date="2025-05-22",
        text="Prime Minister Anne Leclerc on Thursday called a snap general election for July 14",
        time_start="2025-07-14", time_end="2025-07-14", sources=("capital wire",),
        moves_event=True, vector=(0.8, 0.6),
    )  # fmt: skip
    assert relate(called, plan).relation == "contradicts"
    assert (
        relate(replace(called, time_start="2025-10-20", time_end="2025-10-20"), plan).relation
        == "restates"
    )


def test_the_other_plea_entered_contradicts_the_plea_foretold() -> None:
    plan = ClaimView(
        id="c-guilty", doc_id="court", date="2025-06-05",
        text="Oliver Grant is expected to plead guilty to two counts of fraud on Monday",
        modality="expected", polarity="positive", predicate="plead", theme="guilty",
        entities=frozenset({"oliver grant"}), time_start="2025-06-09", time_end="2025-06-09",
        sources=("city court reporter", "ruth adams"), vector=(1.0, 0.0),
    )  # fmt: skip
    entered = replace(
        plan, id="c-not-guilty", doc_id="wire", date="2025-06-09", modality="asserted",
        text="Oliver Grant pleaded not guilty to two counts of fraud on Monday",
        theme="not guilty", sources=("law wire",), vector=(0.9, 0.1),
    )  # fmt: skip
    assert relate(entered, plan).relation == "contradicts"
    assert relate(replace(entered, theme="guilty"), plan).relation == "confirms"


def test_a_prize_won_by_another_contradicts_the_favourite_and_announces_the_winner() -> None:
    favourite = ClaimView(
        id="c-quill", doc_id="books", date="2025-11-04",
        text="Mara Quill is expected to win the Harlow Prize for fiction", modality="expected",
        polarity="positive", predicate="win", theme="prize",
        entities=frozenset({"mara quill", "harlow prize"}), sources=("books page", "bookmakers"),
        doer="quill", vector=(1.0, 0.0),
    )  # fmt: skip
    won = replace(
        favourite, id="c-brandt", doc_id="wire", date="2025-11-11", modality="asserted",
        text="Ivo Brandt won the Harlow Prize for fiction on Tuesday, beating Mara Quill",
        entities=frozenset({"ivo brandt", "harlow prize", "mara quill"}),
        time_start="2025-11-11", time_end="2025-11-11", sources=("culture wire",), doer="brandt",
    )  # fmt: skip
    assert relate(won, favourite).relation == "contradicts"
    announced = replace(
        favourite, id="c-announce", text="The winner will be announced at a dinner in London on "
        "November 11", predicate="announce", theme="winner", entities=frozenset({"london"}),
        place="london", time_start="2025-11-11", time_end="2025-11-11", doer=None,
    )  # fmt: skip
    assert "announce" in foretelling_kin("win")
    assert relate(won, announced).relation == "confirms"


def test_the_party_whose_plan_it_is_gives_another_count_than_anothers_account() -> None:
    told = ClaimView(
        id="c-2000", doc_id="motor", date="2025-09-04",
        text="Vexa Motors plans to cut about 2,000 jobs at its Stuttgart plant", modality="planned",
        polarity="positive", predicate="cut", theme="job", entities=frozenset({"vexa motors"}),
        sources=("motor news", "ig metall"), vector=(1.0, 0.0),
    )  # fmt: skip
    own = replace(
        told, id="c-1200", doc_id="wire", date="2025-09-11", modality="expected",
        text="it would cut 1,200 jobs at its Stuttgart plant by the end of 2026",
        sources=("auto wire", "vexa motors"), speaker="Vexa Motors",
    )  # fmt: skip
    assert relate(own, told).relation == "contradicts"
    close = replace(own, text="it would cut 1,950 jobs at its Stuttgart plant")
    assert relate(close, told).relation != "contradicts"
    by_another = replace(own, sources=("auto wire", "analysts"))
    assert relate(by_another, told).relation != "contradicts"
