"""Claims of the seed page: attribution chains, modality, denials, embedded propositions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.analyze import analyze, analyze_many
from storyline.analyze.claims import UNNAMED_SOURCE
from storyline.analyze.nlp import SilentELemmas, load_pipeline
from storyline.analyze.pipeline import analysis_to_json, parse_text
from storyline.errors import InputError
from storyline.model import Analysis, Claim, Document, HeadlineName, content_id


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def article(nlp, seed_article_doc) -> Analysis:
    return analyze(seed_article_doc, nlp)


@pytest.fixture(scope="module")
def note(nlp, seed_note_doc) -> Analysis:
    return analyze(seed_note_doc, nlp)


def _sources(claim: Claim) -> list[str]:
    return [link.source for link in claim.attribution]


def _one(claims, predicate=None, contains=None) -> Claim:
    found = [
        c
        for c in claims
        if (predicate is None or c.predicate == predicate)
        and (contains is None or contains in c.text)
    ]
    assert found, [(c.predicate, c.text) for c in claims]
    return found[0]


@pytest.mark.issue(4)
def test_planned_visit_is_attributed_to_the_new_york_times(article, seed_article_doc):
    visit = _one(article.claims, "visit", "plans to visit Russia in September")
    assert visit.modality == "planned" and visit.polarity == "positive"
    assert _sources(visit)[:2] == ["UNIAN", "The New York Times"]
    link = visit.attribution[1]
    assert link.cue == "writes"
    assert seed_article_doc.text[slice(*link.cue_span)] == "writes"
    assert seed_article_doc.text[slice(*link.source_span)] == "The New York Times"
    assert "Kim Jong-un" in visit.participants and visit.place == "Russia"
    assert visit.time is not None and visit.time.value.startswith("2023-09")
    assert any(e.claim_id == visit.id and e.is_plan for e in article.events)


@pytest.mark.issue(4)
def test_moscow_visit_is_possible_or_uncertain(article):
    moscow = _one(article.claims, "visit", "Moscow")
    assert moscow.place == "Moscow"
    assert moscow.modality in ("possible", "uncertain")
    assert "Kim Jong-un" in moscow.participants


@pytest.mark.issue(4)
def test_pyongyang_denies_the_supply_claim(article):
    denial = next(c for c in article.claims if c.modality == "denied")
    assert denial.attribution[-1].source == "Pyongyang"
    assert denial.attribution[-1].cue == "denies"
    assert denial.polarity == "negative"
    denied = next(c for c in article.claims if c.id == denial.denies)
    assert denied.predicate == "supply"
    assert {"North Korea", "Russia"} <= set(denied.participants)
    assert denied.attribution[-1].source == "United States"
    assert denial.text == denied.text and denial.predicate == "supply"


@pytest.mark.issue(4)
def test_putins_wish_is_attributed_to_officials(article):
    wish = _one(article.claims, contains="artillery shells and anti-tank missiles")
    assert wish.attribution[-1].source == "officials"
    assert wish.attribution[-1].cue == "said"
    assert _sources(wish)[:2] == ["UNIAN", "The New York Times"]
    assert "Vladimir Putin" in wish.participants
    assert wish.modality == "reported"


def test_according_to_officials_nests_under_the_times(article):
    come = _one(article.claims, contains="should come to Russia")
    assert _sources(come) == ["UNIAN", "The New York Times", "officials"]
    assert come.attribution[-1].cue == "According to"
    assert come.modality == "expected" and come.place == "Vladivostok"


def test_impersonal_cues_and_hedges(article):
    likely = _one(article.claims, contains="is likely to make")
    assert likely.modality == "likely"
    assert likely.attribution[-1].source == UNNAMED_SOURCE
    assert likely.attribution[-1].cue == "is noted"
    china = _one(article.claims, contains="China can become")
    assert china.modality == "possible"
    known = _one(article.claims, contains="Shoigu suggested")
    assert known.attribution[-1].cue == "became known"


@pytest.mark.issue(4)
def test_note_confirms_the_visit_as_an_embedded_proposition(note):
    visit = _one(note.claims, "visit", "the visit of North Korean leader")
    assert visit.modality == "asserted" and visit.polarity == "positive"
    assert _sources(visit) == ["note", "Interfax", "Kremlin"]
    assert [a.cue for a in visit.attribution] == ["", "writes", "has confirmed"]
    assert visit.participants == ("Kim Jong-un",) and visit.place == "Russia"


def test_note_hedged_meeting_and_nested_citing(note):
    meeting = _one(note.claims, "meet")
    assert meeting.modality == "possible" and meeting.place == "Vladivostok"
    discuss = _one(note.claims, "discuss")
    assert _sources(discuss) == ["note", "The New York Times", "American officials"]
    assert [a.cue for a in discuss.attribution[1:]] == ["wrote", "citing"]


def test_note_rejection_points_to_the_accusation(note):
    denial = next(c for c in note.claims if c.attribution[-1].cue == "rejects")
    assert denial.modality == "denied" and denial.denies is not None
    accusation = next(c for c in note.claims if c.id == denial.denies)
    assert accusation.attribution[-1].cue == "accused"
    assert accusation.predicate == "supply"


def test_claim_ids_spans_and_text_agree(article, seed_article_doc):
    for claim in article.claims:
        start, end = claim.span
        assert claim.id == content_id("c", seed_article_doc.id, str(start), str(end))
        if claim.denies is None:
            assert seed_article_doc.text[start:end] == claim.text
        for link in claim.attribution[1:]:
            assert seed_article_doc.text[slice(*link.cue_span)] == link.cue
    assert len({c.id for c in article.claims}) == len(article.claims)


def test_analyze_many_matches_analyze_in_order(nlp, article, note, seed_article_doc, seed_note_doc):
    many = list(analyze_many([seed_article_doc, seed_note_doc], batch_size=2))
    assert [a.doc_id for a in many] == ["seed-article", "seed-note"]
    assert many[0] == article and many[1] == note


def test_json_shapes(article):
    data = analysis_to_json(article)
    claim = data["claims"][0]
    for key in (
        "id",
        "doc_id",
        "text",
        "sentence",
        "span",
        "attribution",
        "modality",
        "polarity",
        "time",
        "status",
        "evidence",
        "predicate",
        "participants",
        "place",
    ):
        assert key in claim
    assert set(claim["attribution"][0]) >= {"source", "cue", "source_span", "cue_span"}
    assert {"id", "name", "type", "aliases", "mentions"} <= set(data["entities"][0])


def _doc(text, doc_id="bad", published=None):
    return Document(id=doc_id, kind="article", text=text, outlet="Wire", published=published)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "----- ***** -----",
        "Путин заявил, что визит Ким Чен Ына состоится в сентябре. Кремль подтвердил визит.",
        "金正恩计划访问俄罗斯。克里姆林宫证实了这次访问。",
        "ok " * 40,
    ],
)
def test_bad_input_gives_a_result(nlp, text):
    analysis = analyze(_doc(text), nlp)
    assert analysis.doc_id == "bad"
    if not text.strip():
        assert analysis == Analysis(doc_id="bad")


@pytest.mark.slow
def test_one_long_line_is_analyzed(nlp):
    sentence = "Officials said the talks would resume in May, and the minister denied it "
    text = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    analysis = analyze(_doc(text), nlp)
    assert analysis.claims


def test_too_long_or_textless_input_is_a_clear_error(nlp):
    with pytest.raises(InputError, match="characters"):
        analyze(_doc("a" * (nlp.max_length + 1)), nlp)
    with pytest.raises(InputError):
        list(analyze_many(["not a document"]))  # type: ignore[list-item]


def _claim_of(nlp, text: str, contains: str, published: str | None = None) -> Claim:
    claims = analyze(_doc(text, "made-up", published), nlp).claims
    found = [claim for claim in claims if contains in claim.text]
    assert found, [claim.text for claim in claims]
    return found[0]


def test_would_in_reported_speech_looks_ahead(nlp):
    text = "Vestkraft chief executive Kari Holm said she would not resign."
    claim = _claim_of(nlp, text, "resign")
    assert (claim.modality, claim.polarity) == ("expected", "negative")
    hypothetical = _claim_of(nlp, "A new dam would cost 40 million crowns.", "cost")
    assert hypothetical.modality != "expected"  # no one tells it: not a plan


def test_a_rejected_report_is_a_denied_claim(nlp):
    claim = _claim_of(
        nlp, "The ministry rejected as false reports that the minister had resigned.", "resigned"
    )
    assert claim.text == "the minister had resigned"
    assert (claim.modality, claim.polarity) == ("denied", "negative")


def test_press_reports_called_inaccurate_are_denied_though_the_parser_reads_a_verb(nlp):
    text = (
        "Press reports that the plane was taken down by a surface-to-air missile were "
        "inaccurate, Pentagon spokesman General Pat Ryder said."
    )
    claims = {claim.text: claim for claim in analyze(_doc(text), nlp).claims}
    claim = claims["the plane was taken down by a surface-to-air missile"]
    assert (claim.modality, claim.polarity) == ("denied", "negative")
    assert "Press" not in [a.source for a in claim.attribution]
    reported = _claim_of(nlp, "Reuters reports that the plane was found.", "found")
    assert (reported.modality, reported.attribution[-1].source) == ("reported", "Reuters")


@pytest.mark.parametrize(
    ("text", "contains", "modality", "predicate"),
    [
        ("Officials said the mayor is not expected to attend the summit.", "attend", "expected",
         "attend"),
        ("The firm told the court it will not, for now, sell the plant.", "sell", "expected",
         "sell"),
        ("The agency notes that the governor was not present.", "present", "reported", "present"),
    ],
)  # fmt: skip
def test_negation_of_a_light_verb_or_auxiliary_negates_the_claim(
    nlp, text, contains, modality, predicate
):
    claim = _claim_of(nlp, text, contains)
    assert (claim.modality, claim.polarity, claim.predicate) == (modality, "negative", predicate)


@pytest.mark.parametrize(
    ("text", "contains", "theme"),
    [
        ("Rescuers said sonar buoys detected banging sounds near the wreck.", "detected", "sound"),
        ("The team located five major debris pieces on the sea floor.", "located", "piece"),
        ("Human remains were recovered from the wreckage, the agency said.", "recovered",
         "remain"),
        ("Officials said ten passengers were killed in the crash.", "killed", None),  # people
        ("The minister said Kim will visit Russia next week.", "visit", None),  # a name
        ("The coast guard said the search would end on Wednesday.", "end", "search"),
        ("The coast guard ended the search on Thursday.", "ended", "search"),
        ("The coast guard said officials will end it on Wednesday.", "end", None),  # a doer
        ("A paper reported that a guard had switched off the alarm before the break-in.",
         "switched", "alarm"),  # `off` parsed as a preposition
    ],
)  # fmt: skip
def test_the_theme_is_the_thing_the_predicate_acts_on(nlp, text, contains, theme):
    assert _claim_of(nlp, text, contains).theme == theme


def test_it_said_by_a_body_is_that_body_unless_another_cue_took_over(nlp):
    text = (
        "The Polish Maritime Office said that it has opened an inquiry into the grounding. "
        "The ship carries a robot, Ifremer said, adding that it was expected to reach the site."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    opened = next(c for c in claims if "opened" in c.text)
    reach = next(c for c in claims if "reach" in c.text)
    assert opened.participants == ("Maritime Office",)
    assert reach.participants == ()


def test_the_allegations_denied_are_what_another_source_just_said(nlp):
    text = (
        "The environmental group Baltic Watch says it has seen an oil sheen near the hull. "
        "The port authority denies the allegations and says that no fuel has leaked."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    seen, denial = (c for c in claims if "sheen" in c.text)
    assert (seen.modality, denial.modality, denial.denies) == ("reported", "denied", seen.id)
    assert denial.participants == seen.participants == ("Baltic Watch",)


def test_rejecting_an_account_denies_what_the_other_source_said(nlp):
    text = (
        "The port authority said that no oil had leaked during the operation. "
        "Baltic Watch rejects the port's account and calls it a whitewash."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    said = next(c for c in claims if c.modality == "reported")
    denial = next(c for c in claims if c.modality == "denied")
    assert denial.denies == said.id and denial.text == said.text


def test_a_clause_after_a_colon_beside_a_cue_is_a_plan_of_its_own(nlp):
    text = (
        "The paper wrote that the original plan was to bury them at the old cemetery, but that "
        "separate burials then came under consideration: the general in particular was "
        "supposed to be buried at the Northern Cemetery."
    )
    claim = _claim_of(nlp, text, "Northern Cemetery")
    assert claim.text.startswith("the general in particular")
    assert (claim.modality, claim.predicate, claim.place) == (
        "planned",
        "bury",
        "Northern Cemetery",
    )


def test_a_phrasal_verb_is_its_own_predicate(nlp):
    claim = _claim_of(nlp, "The details of the plan came out on Monday.", "came out")
    assert claim.predicate == "come out"


def test_a_cue_content_is_a_claim_wherever_it_hangs(nlp):
    text = "According to the mayor, the minister will not attend the summit; the mayor leads it."
    claims = analyze(_doc(text, "made-up"), nlp).claims
    claim = next(c for c in claims if c.text == "the minister will not attend the summit")
    assert _sources(claim)[-1] == "the mayor"
    assert (claim.predicate, claim.polarity) == ("attend", "negative")


def _events_of(nlp, text: str) -> list:
    return list(analyze(_doc(text, "made-up", "2023-06-28"), nlp).events)


def test_a_past_happening_told_on_a_day_goes_on_the_timeline_that_day(nlp):
    text = "On Sunday the Coast Guard said it had opened a board of investigation."
    claim = _claim_of(nlp, text, "opened")
    assert claim.time is None  # it happened by Sunday, not necessarily on Sunday
    [event] = _events_of(nlp, text)
    assert (event.time.value, event.claim_id) == ("2023-06-25", claim.id)


def test_a_clause_of_the_same_moment_dates_its_main_clause(nlp):
    text = "The vessel imploded as it descended on June 18 toward the wreck."
    claim = _claim_of(nlp, text, "imploded", "2023-06-28")
    assert claim.time is not None and claim.time.value == "2023-06-18"


def test_an_onset_participle_dates_the_plan_it_hangs_on(nlp):
    text = "Owners will be notified by mail starting on October 20, the company said."
    claim = _claim_of(nlp, text, "notified", "2025-10-09")
    assert claim.time is not None and claim.time.value == "2025-10-20"
    text = "The new fares will apply beginning Monday, the airline said."
    fares = _claim_of(nlp, text, "apply", "2023-06-28")
    assert fares.time is not None and fares.time.value == "2023-07-03"


def test_the_period_a_noun_covers_does_not_date_the_act(nlp):
    text = "Wirecard will publish its audited results for 2019 on June 18, the company said."
    claim = _claim_of(nlp, text, "publish", "2020-06-16")
    assert claim.time is not None and claim.time.value == "2020-06-18"
    text = "The central section will now open in the first half of 2022, the company said."
    opening = _claim_of(nlp, text, "open", "2020-08-21")
    assert opening.time is not None and opening.time.value == "2022-H1"  # not `now`


def test_a_hedge_in_a_side_clause_does_not_hedge_the_claim(nlp):
    text = ("The Coast Guard detected the sounds on Wednesday, though whether they came from "
            "the sub was unclear.")  # fmt: skip
    claim = _claim_of(nlp, text, "detected")
    assert claim.modality == "asserted"


def test_a_semicolon_parts_two_claims(nlp):
    text = ("Earlier in the day, a ship returned debris to shore in Newfoundland; the ship had "
            "taken part in the search.")  # fmt: skip
    claim = _claim_of(nlp, text, "returned", "2023-06-28")
    assert "taken part" not in claim.text and claim.time.value == "2023-06-28"


def test_a_page_says_nothing_of_itself_on_the_timeline(nlp):
    assert _events_of(nlp, "This report was first published June 28, 2023.") == []


def test_a_permission_verb_hands_its_predicate_and_negation_to_the_happening(nlp):
    text = "Russia would not allow the crash to be probed under international rules."
    claim = _claim_of(nlp, text, "probed")
    assert (claim.predicate, claim.polarity, claim.theme) == ("probe", "negative", "crash")


def test_a_support_verb_takes_its_event_nouns_predicate(nlp):
    claim = _claim_of(nlp, "On Thursday Putin offered his condolences to the families.", "offered")
    assert claim.predicate == "condole"
    probe = _claim_of(nlp, "The committee will conduct an investigation into the crash.", "conduct")
    assert probe.predicate == "investigate"


def test_a_speaker_is_a_participant_of_what_it_does(nlp):
    text = (
        "On Thursday Russian President Vladimir Putin commented publicly for the first time on "
        "the plane crash believed to have killed the mercenary chief, and said of the Wagner "
        "leader that he had made serious mistakes in life."
    )
    claim = _claim_of(nlp, text, "commented")
    assert "Vladimir Putin" in claim.participants


def test_a_where_clause_is_a_claim_at_the_place_it_hangs_on(nlp):
    text = (
        "Yevgeny Prigozhin was buried on Tuesday. The service drew just some 20 or 30 people to "
        "Porokhovskoye cemetery, where he was buried next to his father."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    claim = next(claim for claim in claims if claim.text.startswith("where"))
    assert (claim.predicate, claim.place) == ("bury", "Porokhovskoye cemetery")
    assert claim.participants == ("Yevgeny Prigozhin",)


def test_a_lone_surname_is_the_person_the_document_names_in_full(nlp):
    text = (
        "Yevgeny Prigozhin died in the crash.\n\nThe publication wrote that separate burials came "
        "under consideration: Prigozhin in particular was supposed to be buried at the Northern "
        "Cemetery."
    )
    claim = _claim_of(nlp, text, "Northern Cemetery")
    assert claim.participants == ("Yevgeny Prigozhin",)


def test_a_result_verb_takes_the_predicate_of_what_it_led_to(nlp):
    text = "Genetic analysis of the remains led to official confirmation of the pilot's death."
    assert _claim_of(nlp, text, "Genetic").predicate == "die"
    text = "The protest resulted in the arrest of two activists."
    assert _claim_of(nlp, text, "arrest").predicate == "arrest"


def test_an_event_noun_subject_of_a_frame_verb_names_the_happening(nlp):
    text = "Wednesday's arrival of the debris in port is central to the inquiry."
    assert _claim_of(nlp, text, "arrival").predicate == "arrive"
    text = "The apparent death of the rebel leader comes after a string of incidents."
    assert _claim_of(nlp, text, "death").predicate == "die"


def test_a_supposed_clause_is_a_hedged_claim_of_its_own(nlp):
    text = (
        "The intervals would be consistent with the theory that the crew were still alive and "
        "signalling."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    [claim] = [claim for claim in claims if claim.text.startswith("the crew were")]
    assert (claim.predicate, claim.modality) == ("alive", "possible")


def test_the_crew_without_a_name_is_the_crew_of_what_the_document_is_about(nlp):
    text = (
        "The Nautilus left port on Sunday. The Nautilus lost contact two hours later. "
        "All five passengers were killed."
    )
    assert _claim_of(nlp, text, "All five").participants == ("Nautilus",)
    assert _claim_of(nlp, text, "lost contact").participants == ("Nautilus",)


@pytest.mark.parametrize(
    ("text", "contains", "predicate", "polarity"),
    [
        ("Three tugboats failed on Thursday to pull the ship off the sandbank.", "pull", "pull",
         "negative"),
        ("The company did not fail to pay its debts.", "pay", "pay", "positive"),
        ("Salvors managed to free the ship on Saturday.", "free", "free", "positive"),
    ],
)  # fmt: skip
def test_an_implicative_verb_says_whether_its_complement_happened(
    nlp, text, contains, predicate, polarity
):
    claim = _claim_of(nlp, text, contains)
    assert (claim.predicate, claim.polarity) == (predicate, polarity)


def test_a_failed_attempt_is_still_an_event_of_its_day(nlp):
    text = "Three tugboats failed on Thursday to pull the ship off the sandbank."
    analysis = analyze(_doc(text, "made-up", "2024-03-15"), nlp)
    assert [event.time.value for event in analysis.events] == ["2024-03-14"]


def test_rebutting_a_person_is_no_claim_but_denying_allegations_is(nlp):
    assert analyze(_doc("OceanGate co-founder rebuts James Cameron"), nlp).claims == ()
    [claim] = analyze(_doc("The ministry denied the allegations."), nlp).claims
    assert (claim.text, claim.modality) == ("the allegations", "denied")


def test_as_of_a_date_is_when_it_was_known_not_when_it_is_due(nlp):
    text = (
        "Fontanka claims that, as of August 28, all that is clear is that the businessman "
        "will be buried in St. Petersburg. He will be buried on August 29."
    )
    claims = analyze(_doc(text, "made-up", "2023-08-28"), nlp).claims
    times = {c.text[:20]: c.time.value if c.time else None for c in claims}
    assert times == {"as of August 28, all": None, "He will be buried on": "2023-08-29"}


def test_a_hedge_in_a_clause_after_a_preposition_is_that_clause_s(nlp):
    claim = _claim_of(nlp, "There is no official word on when he will be buried.", "no official")
    assert claim.modality == "asserted"


def test_right_now_is_no_day_for_the_timeline_but_the_other_day_is(nlp):
    text = "Ryder told reporters there was no information right now to back the reports."
    analysis = analyze(_doc(text, "made-up", "2023-08-25"), nlp)
    assert analysis.claims and not analysis.events
    text = "The other day, the United States expressed concern over the negotiations."
    [event] = analyze(_doc(text, "made-up", "2023-09-11"), nlp).events
    assert (event.time.value, event.time.start) == ("PAST_REF", "2023-09-04")


def test_a_state_told_on_a_day_is_no_event_of_that_day_but_a_happening_is(nlp):
    text = (
        "On Thursday, the institute said the Victor 6000 is equipped with cameras. "
        "Safety was the priority when they set up the firm, his partner said Friday. "
        "On Sunday the Guard said it had opened a board."
    )
    analysis = analyze(_doc(text, "made-up", "2023-06-23"), nlp)
    assert [(e.summary, e.time.value) for e in analysis.events] == [
        ("it had opened a board", "2023-06-18")
    ]


def test_a_caption_tells_what_a_picture_shows_and_claims_nothing(nlp):
    text = (
        "OceanGate Expeditions' Titan submersible on a descent, in an undated image provided by "
        "the company. FILE - The company's Titan submersible, in an undated image that OceanGate "
        "Expeditions provided in June 2021. Rescuers are racing to locate the missing submersible."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-21"), nlp).claims
    assert [c.text for c in claims] == ["Rescuers are racing to locate the missing submersible"]
    text = "Ukraine remains in the picture, the minister said."  # an idiom, not a caption
    assert analyze(_doc(text), nlp).claims


def test_phrasal_verbs_conditions_and_states_give_what_the_claim_says(nlp):
    """`walked out` is walking out, `the walkout would go ahead` the walkout's; whoever a
    condition names (`unless Baltic Gateway raises its offer`) takes no part in the strike;
    `will stay open` says a quality, as `is open` does."""
    text = (
        "About 600 dock workers walked out on Thursday. Aasen said the walkout would go ahead "
        "on Thursday. The union said the strike will begin on Thursday unless the operator, "
        "Baltic Gateway, raises its wage offer. Ingrid Solberg said the terminal will stay open."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-03"), nlp).claims
    predicates = {c.text.split(" on ")[0]: c.predicate for c in claims}
    assert predicates["About 600 dock workers walked out"] == "walk out"
    assert predicates["the walkout would go ahead"] == "strike"
    [strike] = [c for c in claims if c.text.startswith("the strike")]
    assert (strike.predicate, strike.participants) == ("strike", ())
    [terminal] = [c for c in claims if c.text.startswith("the terminal")]
    assert terminal.predicate == "open"


def test_an_act_told_with_a_cue_verb_is_a_claim_dated_by_its_own_verb(nlp):
    """`would declare a state of emergency` does something (it is no report of words), and
    dated after its report it is a plan; `Sunday's earthquake` dates the earthquake (an entry
    of its own), not the rising."""
    text = "Paolo Ferri said the government would declare a state of emergency on Monday."
    [claim] = analyze(_doc(text, "made-up", "2025-09-14"), nlp).claims
    [event] = analyze(_doc(text, "made-up", "2025-09-14"), nlp).events
    assert (claim.predicate, claim.time.value, event.is_plan) == ("declare", "2025-09-15", True)
    text = "The death toll from Sunday's earthquake rose to 31 on Monday."
    analysis = analyze(_doc(text, "made-up", "2025-09-15"), nlp)
    [claim], (rising, quake) = analysis.claims, analysis.events
    assert (claim.time.value, rising.is_plan) == ("2025-09-15", False)
    assert (quake.summary, quake.time.value) == ("Sunday's earthquake", "2025-09-14")


def test_filing_an_appeal_is_appealing(nlp):
    """`filed an appeal`, `launched an investigation`, `sentencing would take place`: the noun
    says what happens."""
    text = (
        "His lawyers filed an appeal on Friday. The police launched an investigation. The judge "
        "said sentencing would take place on March 14."
    )
    claims = analyze(_doc(text, "made-up", "2025-02-25"), nlp).claims
    assert [c.predicate for c in claims] == ["appeal", "investigate", "sentence"]


def test_where_a_state_ends_is_no_happening(nlp):
    """`would remain in place at least until Wednesday` dates no event on Wednesday."""
    text = "Officials said evacuation orders would remain in place at least until Wednesday."
    analysis = analyze(_doc(text, "made-up", "2025-07-21"), nlp)
    assert analysis.claims and not analysis.events
    text = "Officials said evacuation orders were lifted on Wednesday."
    assert analyze(_doc(text, "made-up", "2025-07-24"), nlp).events


def test_page_furniture_claims_nothing(nlp):
    """A labelled link (`WATCH: ...`), a captioned photo and a request to the reader are the
    page talking, not a report."""
    text = (
        "Two inmates escaped from the county jail on Sunday.\n\n"
        "WATCH: Sheriff Brooks speaks about the search (video, 2:14)\n\n"
        "Photo: Odom is led away by deputy marshals in Laredo on Saturday.\n\n"
        "Sign up for our breaking news alerts."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-10"), nlp).claims
    assert [c.text for c in claims] == ["Two inmates escaped from the county jail on Sunday"]


def test_a_subject_that_is_no_one_negates_the_claim(nlp):
    text = (
        "Nobody was asleep on my watch, the sheriff said. No fuel has leaked, the port said. "
        "None of the 19 crew members was hurt. Two guards were asleep, a station reported."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    polarity = {c.text.split()[0]: c.polarity for c in claims}
    assert polarity == {
        "Nobody": "negative", "No": "negative", "None": "negative", "Two": "positive"
    }  # fmt: skip


def test_denying_that_denies_what_another_source_just_said(nlp):
    """`The sheriff has denied that` rejects the station's report, a paragraph before."""
    text = (
        "WTVX reported on Monday that two jailers had been asleep when the men cut through "
        "the wall.\n\nThe sheriff has denied that."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-12"), nlp).claims
    reported = next(c for c in claims if c.modality == "reported")
    denial = next(c for c in claims if c.modality == "denied")
    assert denial.denies == reported.id and denial.text == reported.text


def test_the_event_a_happening_is_told_at_is_its_setting(nlp):
    """`at a hearing` tells that a hearing took place; `appear in court` is a hearing too."""
    text = (
        "Reyes waived extradition at a hearing in Mobile on Friday. Putin spoke during the "
        "summit. He will appear in court on Friday. The band will appear on television."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-13"), nlp).claims
    found = {c.text.split()[0]: (c.predicate, c.setting) for c in claims}
    assert found == {
        "Reyes": ("waive", "hear"), "Putin": ("speak", "meet"),
        "He": ("hear", None), "The": ("appear", None),
    }  # fmt: skip


def test_a_gathering_for_an_event_tells_the_event_took_place(nlp):
    text = (
        "A memorial service will be held in the church on Saturday. Hundreds filled the church "
        "on Saturday for a memorial service. Protesters gathered for a vigil. The monks prayed "
        "for a ceasefire."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-13"), nlp).claims
    found = {c.text.split()[0]: (c.predicate, c.setting) for c in claims}
    assert found == {
        "A": ("commemorate", None), "Hundreds": ("fill", "commemorate"),
        "Protesters": ("gather", "commemorate"), "The": ("pray", None),
    }  # fmt: skip


def test_a_happening_dated_in_passing_is_a_claim_of_its_own(nlp):
    text = (
        "Police are searching for the two men who escaped from a Georgia jail on Sunday. "
        "Hundreds mourned the 12 people killed when a dam above the town burst on March 3. "
        "Putin mourned those aboard the plane when it crashed on Wednesday. "
        "A wildfire that broke out on Sunday afternoon had burned 4,200 acres by Thursday."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-13"), nlp).claims
    dated = {c.text: c.time.value for c in claims if c.time is not None}
    assert dated["the two men who escaped from a Georgia jail on Sunday"] == "2025-03-09"
    assert dated["A wildfire that broke out on Sunday afternoon"] == "2025-03-09TAF"
    assert dated["a dam above the town burst on March 3"] == "2025-03-03"
    assert not any(text.startswith("it crashed") for text in dated)  # says nothing by itself


def test_a_participle_told_in_passing_is_a_happening(nlp):
    text = (
        "A broken axle caused the derailment, the safety board said in its preliminary report, "
        "released on Tuesday. The plan, announced on Monday, would cut 600 jobs. Nordair's four "
        "other jets, grounded after the fire, returned to service last week."
    )
    claims = analyze(_doc(text, "made-up", "2026-06-10"), nlp).claims
    found = {c.text: (c.predicate, c.theme, c.modality) for c in claims}
    assert found["its preliminary report, released on Tuesday"] == ("release", "report", "asserted")
    assert found["The plan, announced on Monday"] == ("announce", "plan", "asserted")
    assert found["Nordair's four other jets, grounded after the fire"][:2] == ("ground", "jet")
    held = "Talks will resume in Doha to discuss four aid workers held in Sahel since March."
    assert [c.predicate for c in analyze(_doc(held, "made-up"), nlp).claims] == ["discuss"]
    report = next(c for c in claims if c.predicate == "release")
    assert report.time.value == "2026-06-09"


def test_a_reported_figure_is_no_happening_but_a_charge_is(nlp):
    text = (
        "Halvorsen Foods published its results on Thursday, reporting a net loss of 48 million "
        "crowns after a year of falling sales. Prosecutors on Thursday charged the owner of the "
        "Prado Building with negligent homicide."
    )
    analysis = analyze(_doc(text, "made-up", "2026-05-14"), nlp)
    loss = next(c for c in analysis.claims if c.text.startswith("a net loss"))
    assert loss.predicate == "loss"  # not the `falling` that modifies its sales
    timeline = [event.summary.split()[0] for event in analysis.events]
    assert timeline == ["Halvorsen", "Prosecutors"]  # the results and the charge brought


def test_a_sighting_said_to_be_false_did_not_happen(nlp):
    text = (
        "Valley FM reported that the pair had been seen in the village of Bergstad on Sunday. "
        "Police said the reported sighting in Bergstad had been a case of mistaken identity. "
        "The move was seen as a threat. The visit was a success."
    )
    claims = analyze(_doc(text, "made-up", "2026-08-05"), nlp).claims
    found = [(c.predicate, c.polarity) for c in claims]
    assert found == [
        ("spot", "positive"), ("spot", "negative"), ("see", "positive"), ("visit", "positive"),
    ]  # fmt: skip


def test_a_testimony_is_a_claim_of_who_testified_when(nlp):
    text = "Paul Girard testified on Wednesday that he had handed Marc Delorme envelopes of cash."
    claims = analyze(_doc(text, "made-up", "2025-05-14"), nlp).claims
    testimony = next(c for c in claims if c.predicate == "testify")
    assert testimony.text == "Paul Girard testified on Wednesday"
    assert testimony.time.value == "2025-05-14" and "Marc Delorme" not in testimony.participants
    told = next(c for c in claims if c.predicate == "hand")
    assert [a.source for a in told.attribution][-1] == "Paul Girard"


def test_a_verdict_is_one_kind_of_happening_however_told(nlp):
    text = (
        "A verdict is expected in June. The court said it would deliver its verdict on June 20. "
        "A Lyon court on Friday found Marc Delorme, a former deputy mayor, guilty of taking "
        "bribes and sentenced him to three years in prison, two of them suspended."
    )
    claims = analyze(_doc(text, "made-up", "2025-06-20"), nlp).claims
    predicates = {c.text.split()[1]: c.predicate for c in claims}
    assert predicates["verdict"] == predicates["would"] == "rule"
    warnings = "Vestkraft denied that it had received any warnings about the dam."
    assert _claim_of(nlp, warnings, "warnings").predicate == "warn"
    found = next(c for c in claims if c.text.startswith("A Lyon court"))  # though misparsed
    assert (found.predicate, found.time.value) == ("convict", "2025-06-20")


def test_a_source_named_after_its_role_or_by_who_is_the_person(nlp):
    text = (
        "The former director of Batir Rhone, Paul Girard, testified that he had paid Delorme.\n\n"
        "Marc Delorme, who testified last week that he had never taken money, listened."
    )
    claims = analyze(_doc(text, "made-up", "2025-05-28"), nlp).claims
    sources = {c.predicate: c.attribution[-1].source for c in claims if len(c.attribution) > 1}
    assert sources == {"pay": "Paul Girard", "take": "Marc Delorme"}


def test_an_aside_after_a_happening_and_an_outcome_of_an_event(nlp):
    text = (
        "Kallaste lost a vote of no confidence on Friday after the Greens voted against him. "
        "The president began consultations with party leaders on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2025-10-20"), nlp).claims
    found = {c.text: (c.predicate, c.setting) for c in claims}
    assert found["the Greens voted against him"] == ("vote", None)
    lost = next(c for c in claims if c.text.startswith("Kallaste lost"))
    assert (lost.predicate, lost.setting) == ("lose", "vote")
    began = next(c for c in claims if c.text.startswith("The president"))
    assert began.predicate == "consult"


def test_a_demonstrative_denial_denies_the_claim_around_an_aside(nlp):
    text = (
        "WTVX reported on Monday that two jailers had been asleep when the men cut through the "
        "wall. The sheriff has denied that."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-12"), nlp).claims
    denial = next(c for c in claims if c.modality == "denied")
    assert denial.text.startswith("two jailers had been asleep")


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        pytest.param(
            "Riverton voters go to the polls on Tuesday to choose a mayor. The library closed on "
            "Tuesday. The council says Tuesday was a success.",
            "2025-11-02",
            ["2025-11-04", "2025-10-28", "2025-10-28"],
            id="schedule-in-present",
        ),
        pytest.param(
            "The Central Bank of Norland is expected to raise its key interest rate by a quarter "
            "of a percentage point on Thursday, economists said. The bank was expected to raise "
            "its key interest rate by a quarter of a percentage point on Thursday, but it held.",
            "2026-03-09",
            ["2026-03-12", "2026-03-05"],
            id="still-to-come",
        ),
        pytest.param(
            "The bank published its forecasts on Thursday. The speaker postponed the vote to "
            "Thursday. Engineers inspected dams like the one that burst on Thursday.",
            "2026-07-03",
            ["2026-07-02", "2026-07-09", "2026-07-02"],
            id="simple-past",
        ),
    ],
)
def test_a_bare_weekday_is_dated_by_its_verb(nlp, text, published, values):
    """A schedule in the present and what the parse sees still to come look ahead; a verb in
    the simple past looks back, but one that moves an event (`postponed ... to Thursday`) and
    a relative clause (`the one that burst`) keep the tagger's reading."""
    timexes = analyze(_doc(text, "made-up", published), nlp).timexes
    assert [t.value for t in timexes] == values


def test_a_page_date_is_no_event_but_a_publication_by_someone_is(nlp):
    text = (
        "Published June 28. The Central Bank of Norland published its delayed economic "
        "forecasts on Thursday."
    )
    analysis = analyze(_doc(text, "made-up", "2026-07-03"), nlp)
    assert [e.time.value for e in analysis.events] == ["2026-07-02"]


def test_putting_pressure_is_pressuring(nlp):
    text = (
        "Finance Minister Piotr Halas denied that the government had put any pressure on the bank."
    )
    (claim,) = analyze(_doc(text, "made-up", "2026-03-13"), nlp).claims
    assert (claim.predicate, claim.modality) == ("pressure", "denied")


def test_a_clause_some_days_after_a_dated_one_is_dated_by_the_gap(nlp):
    text = (
        "The president began consultations on Monday, two days after Mart Kallaste resigned as "
        "prime minister. Odom was caught on Friday, a week after Reyes surrendered to police."
    )
    claims = analyze(_doc(text, "made-up", "2025-10-21"), nlp).claims
    dated = {c.text: c.time.value for c in claims if c.time is not None}
    assert dated["Mart Kallaste resigned as prime minister"] == "2025-10-18"
    assert dated["Reyes surrendered to police"] == "2025-10-10"


def test_a_claim_that_moves_an_event_says_so(nlp):
    text = "The speaker postponed the confidence vote to Friday. The speaker praised the vote."
    claims = analyze(_doc(text, "made-up", "2025-10-15"), nlp).claims
    assert [(c.predicate, c.moves_event) for c in claims] == [("vote", True), ("praise", False)]


def test_a_wire_dateline_is_no_part_of_the_claim(nlp):
    text = (
        "RIVERTON, Ohio (AP) — Council member Omar Haddad won the race for mayor on Tuesday.\n\n"
        "LONDON (Reuters) - Britain will send two warships, the defence ministry said.\n\n"
        "NASA said the launch was delayed."
    )
    claims = analyze(_doc(text, "made-up", "2025-11-05"), nlp).claims
    assert [c.text for c in claims] == [
        "Council member Omar Haddad won the race for mayor on Tuesday",
        "Britain will send two warships",
        "the launch was delayed",
    ]
    assert "Riverton" not in claims[0].participants


def test_what_a_source_claims_to_have_done_is_its_claim(nlp):
    text = (
        "Hackers claim to have stolen the data of 12 million customers. Hackers broke into "
        "its systems. The rebels claimed to control the town."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    found = {c.text: (c.predicate, c.modality, c.attribution[-1].source) for c in claims}
    assert found == {
        "to have stolen the data of 12 million customers": ("steal", "reported", "Hackers"),
        "Hackers broke into its systems": ("break into", "asserted", "Wire"),
        "The rebels claimed to control the town": ("claim", "asserted", "Wire"),
    }


def test_an_event_made_or_moved_is_the_claim(nlp):
    """`made landfall` is a landfall; `shifted its expected landfall north` tells where the
    landfall is now expected; `postponed the hearing to Friday` the hearing's new day."""
    text = (
        "Hurricane Delia made landfall near Port O'Connor late Wednesday. Delia was upgraded "
        "to a Category 3 storm on Tuesday, and forecasters shifted its expected landfall "
        "north, to near Port O'Connor late on Wednesday. The judge postponed the hearing to "
        "Friday."
    )
    claims = analyze(_doc(text, "made-up", "2025-09-11"), nlp).claims
    found = [c.predicate for c in claims]
    assert found == ["landfall", "upgrade", "landfall", "hear"]


def test_a_dateline_town_is_a_place_though_the_tagger_does_not_know_it(nlp):
    text = "ARNHAVEN (Newsline) - Police on Wednesday banned Saturday's pension march."
    entities = analyze(_doc(text, "made-up", "2026-09-16"), nlp).entities
    assert [(e.name, e.type) for e in entities] == [("Arnhaven", "GPE")]


def test_a_name_after_a_title_is_a_person(nlp):
    """The tagger missed `Commander Anders Holt`; a title's own words are no name."""
    text = (
        "The trial of Commander Anders Holt, accused of spying, opened in Stavik on Tuesday. "
        "General Manager Ola Dahl and the Chief Public Relations Officer spoke."
    )
    entities = analyze(_doc(text, "made-up", "2026-11-04"), nlp).entities
    people = {e.name for e in entities if e.type == "PERSON"}
    assert "Anders Holt" in people
    assert not people & {"Manager", "Public Relations", "Manager Ola Dahl"}


def test_a_ruling_on_a_request_tells_the_request_was_made(nlp):
    """`rejected the unions' appeal` is no denial of the appeal: a court ruled on it."""
    text = (
        "An Arnhaven court on Friday rejected the unions' appeal against the police ban. "
        "Pyongyang rejected the allegations. The union rejected the offer."
    )
    claims = analyze(_doc(text, "made-up", "2026-09-18"), nlp).claims
    found = [(c.predicate, c.modality, c.polarity) for c in claims]
    assert found == [
        ("appeal", "asserted", "positive"), ("allegation", "denied", "negative"),
        ("reject", "asserted", "positive"),
    ]  # fmt: skip


def test_a_charge_brought_is_an_act_and_a_charge_made_is_words(nlp):
    text = (
        "Prosecutors charged the mill's owner, Ivo Brandt, with fraud on Thursday. "
        "Opposition leaders charged that the count had been rigged."
    )
    claims = analyze(_doc(text, "made-up", "2026-09-25"), nlp).claims
    found = [(c.predicate, c.modality, c.time.value if c.time else None) for c in claims]
    assert found == [("charge", "asserted", "2026-09-24"), ("rig", "reported", None)]


def test_a_deed_joined_to_a_dated_one_happened_on_its_day(nlp):
    """Not a plan joined to a deed, nor a state, nor how long a ban lasts."""
    text = (
        "The court dismissed the appeal on Wednesday and upheld her four-year ban. "
        "He resigned on Monday and will run again. "
        "The port closed on Monday and stayed shut until the storm passed."
    )
    claims = analyze(_doc(text, "made-up", "2026-07-09"), nlp).claims
    times = {c.text: c.time.value if c.time else None for c in claims}
    assert times["upheld her four-year ban"] == "2026-07-08"
    assert times["will run again"] is None
    assert times["stayed shut until the storm passed"] is None


def test_she_is_whom_the_headline_names_or_the_speaker_of_her_words(nlp):
    """After `..., her manager, Jonas Ek, said.`, `She` is the singer the headline names; in
    `Karin Lund said she would ...`, `she` is Lund, whoever the headline names."""
    text = (
        "Singer Mara Lind died at her home in Uppsala on Sunday, her manager, Jonas Ek, said. "
        "She was 52. Prime Minister Karin Lund said she would attend the funeral."
    )
    document = replace(_doc(text, "made-up", "2026-08-03"), title="Singer Mara Lind dies at 52")
    claims = analyze(document, nlp).claims
    people = {c.text: c.participants for c in claims}
    assert people["She was 52"] == ("Mara Lind",)
    assert people["she would attend the funeral"] == ("Karin Lund",)


def test_a_role_is_the_person_the_report_names_in_it(nlp):
    """`A naval officer ... will go on trial`, then `The officer, Commander Anders Holt`: the
    trial is Holt's; so the man `identified as` someone, and no one where two share a role."""
    text = (
        "A naval officer accused of spying will go on trial on November 3, prosecutors said. "
        "The officer, Commander Anders Holt, was arrested on August 28. "
        "Police arrested a man on Friday. The man, identified as John Smith, was released. "
        "A witness said a car sped off. Two witnesses, Eva Lind and Paul Roy, said so too."
    )
    claims = analyze(_doc(text, "made-up", "2026-10-02"), nlp).claims
    people = {c.text: c.participants for c in claims}
    assert people["A naval officer accused of spying will go on trial on November 3"] == (
        "Anders Holt",
    )
    assert people["Police arrested a man on Friday"] == ("John Smith",)
    assert people["a car sped off"] == ()


def test_what_is_done_to_prove_something_leaves_it_unproven(nlp):
    text = (
        "Anne Hidalgo swam in the Seine on Wednesday to prove the river was clean enough. "
        "Tests showed the water was clean."
    )
    claims = analyze(_doc(text, "made-up", "2024-07-17"), nlp).claims
    modalities = {c.text: c.modality for c in claims}
    assert modalities["the river was clean enough"] == "uncertain"
    assert modalities["the water was clean"] in ("asserted", "reported")


def test_expecting_someone_to_do_a_thing_foresees_it(nlp):
    text = (
        "Officials expect the bridge to reopen on Monday. "
        "Negotiators expect Sophie Marchand to be freed within days, an official said."
    )
    claims = analyze(_doc(text, "made-up", "2025-02-20"), nlp).claims
    assert _one(claims, "reopen").modality == "expected"
    assert _one(claims, contains="to be freed").modality == "expected"


def test_a_person_released_is_freed_whatever_the_tagger_calls_the_name(nlp):
    text = "Sophie Marchand was released on Sunday. Apple released the phone on Friday."
    claims = analyze(_doc(text, "made-up", "2025-02-24"), nlp).claims
    assert _one(claims, contains="Sophie Marchand").predicate == "free"
    assert _one(claims, contains="Apple").predicate == "release"


def test_refusing_a_thing_granted_is_an_act_and_denying_words_a_denial(nlp):
    text = (
        "Governor Ruth Caldwell denied clemency to Darnell Hayes on Wednesday. "
        "The company denied the allegations."
    )
    claims = analyze(_doc(text, "made-up", "2025-10-08"), nlp).claims
    refused = _one(claims, contains="clemency")
    assert (refused.predicate, refused.modality, refused.theme) == ("deny", "asserted", "clemency")
    assert _one(claims, contains="allegations").modality == "denied"


def test_a_plan_as_soon_as_a_day_runs_on_from_it(nlp):
    text = "MedRight is preparing to file for bankruptcy protection as soon as Monday."
    [plan] = analyze(_doc(text, "made-up", "2025-06-06"), nlp).claims
    assert (plan.time.start, plan.time.mod) == ("2025-06-09", "ON_OR_AFTER")


def test_a_win_in_a_final_is_told_at_the_final(nlp):
    text = "Chelsea beat Manchester City 1-0 in the Champions League final in Porto on Saturday."
    [won] = analyze(_doc(text, "made-up", "2021-05-30"), nlp).claims
    assert (won.predicate, won.setting) == ("beat", "play")


def test_the_body_told_at_a_hearing_is_no_thing_acted_on(nlp):
    text = "Vale told parliament on Wednesday that she had not been informed of the leak."
    told = _one(analyze(_doc(text, "made-up", "2024-02-07"), nlp).claims, "testify")
    assert told.theme is None


def test_a_question_claims_nothing_and_whether_leaves_it_open(nlp):
    text = (
        "He did not say where he was. It was not clear on Sunday where he was. "
        "Peskov declined to say whether Shoigu would keep his job. "
        "Engineers warned the city in 2024 that cracks in the bridge needed urgent repair."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-26"), nlp).claims
    modalities = {c.text: c.modality for c in claims}
    assert "where he was" not in modalities
    assert modalities["Shoigu would keep his job"] == "uncertain"
    assert any("cracks in the bridge needed urgent repair" in text for text in modalities)


def test_now_in_a_plan_is_no_day_it_is_due(nlp):
    text = "Prigozhin said his fighters would now turn back. Prigozhin is now in Belarus."
    claims = analyze(_doc(text, "made-up", "2023-06-24"), nlp).claims
    times = {c.text: c.time.value if c.time else None for c in claims}
    assert times["his fighters would now turn back"] is None
    assert times["Prigozhin is now in Belarus"] == "PRESENT_REF"


def test_reports_said_not_to_correspond_to_reality_are_denied(nlp):
    text = (
        "Prigozhin accused the defence ministry of launching a missile strike on a Wagner camp. "
        "The ministry said the reports of a strike on Wagner camps did not correspond to reality."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-23"), nlp).claims
    denial = next(c for c in claims if c.modality == "denied")
    assert denial.predicate == "launch" and denial.polarity == "negative"


def test_preparations_under_way_plan_it_and_finishing_it_did_it(nlp):
    text = (
        "The ministry said preparations were under way for Wagner to hand over its heavy "
        "equipment. On Wednesday, the ministry said the group had finished handing over its "
        "heavy weapons."
    )
    claims = analyze(_doc(text, "made-up", "2023-07-12"), nlp).claims
    plan, done = (c for c in claims if c.predicate == "hand over")
    assert (plan.modality, done.modality) == ("planned", "reported")


def test_what_an_agreement_is_for_is_a_plan_of_its_own(nlp):
    text = "OpenAI said it had reached an agreement for Sam Altman to return as chief executive."
    claims = analyze(_doc(text, "made-up", "2023-11-22"), nlp).claims
    plan = next(c for c in claims if c.predicate == "return")
    assert (plan.text, plan.modality) == ("Sam Altman to return as chief executive", "planned")


def test_a_passive_verb_joined_to_another_acts_on_the_first_ones_subject(nlp):
    text = "The boys were rescued on Tuesday and will be discharged from hospital on Thursday."
    claims = analyze(_doc(text, "made-up", "2018-07-15"), nlp).claims
    assert next(c for c in claims if c.predicate == "discharge").theme == "boy"


def test_an_ultimatum_is_what_it_demands_due_by_its_time(nlp):
    """`gave the junta one week to reinstate Bazoum` on Sunday: the reinstating is due by the
    next Sunday, whether or not it comes; a medal given is a gift."""
    text = (
        "ECOWAS leaders on Sunday gave the junta one week to reinstate President Mohamed Bazoum. "
        "The junta gave ambassador Sylvain Itte 48 hours to leave the country. "
        "They gave him a medal."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2023-07-31"), nlp).claims}
    reinstate, leave = claims["reinstate"], claims["leave"]
    assert reinstate.modality == "expected" and reinstate.time is not None
    assert (reinstate.time.value, reinstate.time.mod) == ("2023-08-06", "ON_OR_BEFORE")
    assert leave.time is not None and leave.time.end == "2023-08-02"
    assert claims["give"].theme == "medal"


def test_days_given_to_file_a_complaint_and_a_summons_to_appear_are_due(nlp):
    text = (
        "The prosecutor opened an inquiry on Monday into the kiss and said Hermoso would be "
        "given 15 days to file a formal complaint. A judge summoned him to appear on "
        "September 15. The federation dismissed women's national team coach Jorge Vilda."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2023-08-28"), nlp).claims}
    complaint, hearing = claims["file"], claims["hear"]
    assert complaint.time is not None and complaint.time.value == "2023-09-12"
    assert hearing.modality == "expected" and hearing.time.value == "2023-09-15"
    assert claims["dismiss"].modality == "asserted"  # a coach dismissed, not a claim denied


def test_charging_people_and_adding_plants_are_deeds_not_words(nlp):
    text = (
        "A prosecutor on Thursday charged three people over the death of the singer. "
        "Fain said the union would add more plants to the strike."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2024-11-08"), nlp).claims}
    assert claims["charge"].modality == "asserted"  # people charged, not a charge made
    added = claims["add"]
    assert added.modality == "expected" and "would add more plants" in added.text


def test_what_goes_ahead_and_what_is_cancelled_is_the_thing_named(nlp):
    text = (
        "The three concerts at the stadium will go ahead with extra security, police said. "
        "The organisers cancelled all three of Taylor Swift's concerts in Vienna on Wednesday."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2024-08-07"), nlp).claims}
    assert claims["go ahead"].theme == claims["cancel"].theme == "concert"


def test_declaring_oneself_a_leader_is_a_deed(nlp):
    text = "General Tchiani declared himself head of a transitional government on Friday."
    claims = analyze(_doc(text, "made-up", "2023-07-28"), nlp).claims
    assert [(c.predicate, c.modality, c.time.value) for c in claims if c.time] == [
        ("declare", "asserted", "2023-07-28")
    ]


def test_a_past_happening_in_an_as_clause_is_told_in_passing(nlp):
    text = "Fans lined the streets on Saturday as Mara Lind was buried after a funeral service."
    claims = analyze(_doc(text, "made-up", "2026-08-16"), nlp).claims
    assert [c.predicate for c in claims] == ["line", "bury"]


def test_an_event_entered_on_is_the_predicate(nlp):
    text = (
        "The tablets went on sale in Oslo on Monday. The drivers went on strike on Tuesday. "
        "Prosecutors put the pilot on trial in May. She went on holiday. The minister put "
        "pressure on the bank."
    )
    claims = analyze(_doc(text, "made-up", "2026-06-10"), nlp).claims
    assert [c.predicate for c in claims] == ["sell", "strike", "try", "go", "pressure"]


def test_a_plan_named_in_a_phrase_hedges_nothing(nlp):
    text = (
        "Tens of thousands marched through Arnhaven on Saturday against the plan to raise the "
        "pension age. The works finished ahead of schedule."
    )
    claims = analyze(_doc(text, "made-up", "2026-09-19"), nlp).claims
    assert [c.modality for c in claims] == ["asserted", "asserted"]


def test_datelines_are_cut_to_their_place_for_the_parser_offsets_kept():
    text = "KESSEL, Marovia (Reuters) - Marovia's government on Friday freed 150 prisoners."
    parsed = parse_text(text)
    assert len(parsed) == len(text)
    assert parsed.startswith("Kessel, Marovia.\n ") and parsed.endswith(text[28:])
    assert parse_text("PINE HOLLOW - Pushed by strong winds").startswith("Pine Hollow.\n Pushed")
    for not_one in ("NASA - the agency said.", "CONTENTS\n--------\nThe texts"):
        assert parse_text(not_one) == not_one
    headline = "THREE PEOPLE HAVE DIED IN A BLAZE — police said the fire began at noon."
    assert parse_text(headline) == headline
    credit = "(Reuters) - Airlines grounded flights."  # an agency's credit alone: no place
    assert parse_text(credit) == " " * 12 + "Airlines grounded flights."
    assert parse_text("Kessel (Reuters) - it said.").startswith("Kessel (Reuters)")
    datelines = ("RIO DE JANEIRO (Reuters) - ", "PORT O'CONNOR, Texas (AP) — ", "KYIV — ")
    for dateline in (*datelines, "HARBOR CITY - ", "CALLOWAY - "):
        assert " ".join(parse_text(dateline + "A missile struck.").split()).endswith(
            ". A missile struck."
        )


def test_a_dateline_does_not_change_what_the_lede_says(nlp):
    text = (
        "KESSEL, Marovia (Reuters) - Marovia's government on Friday freed 150 prisoners held "
        "since the start of the conflict, under the ceasefire agreed in Doha, the Red Cross "
        "said."
    )
    [claim] = analyze(_doc(text, "made-up", "2025-04-26"), nlp).claims
    assert (claim.predicate, claim.time.value if claim.time else None) == ("free", "2025-04-25")
    assert claim.place is None or claim.place == "Doha"
    assert "Reuters" not in claim.participants


def test_the_place_of_the_verb_comes_before_a_place_in_a_name(nlp):
    text = (
        "A monitoring mission of the Organization for Security and Cooperation in Europe will "
        "arrive in Kessel on Monday, the ministry said."
    )
    [claim] = analyze(_doc(text, "made-up", "2025-04-19"), nlp).claims
    assert claim.place == "Kessel"


def test_a_claim_on_a_condition_is_possible(nlp):
    text = (
        "The rebels' negotiator said the Eastern Front would not sign any deal unless 300 "
        "prisoners were freed. The ship sank when the storm hit."
    )
    claims = analyze(_doc(text, "made-up"), nlp).claims
    assert [(c.predicate, c.modality) for c in claims] == [
        ("sign", "possible"),
        ("sink", "asserted"),
    ]


def test_what_a_source_calls_false_is_denied_and_a_participle_before_a_thing_hedges_nothing(nlp):
    text = (
        "Lindqvist said replacement nurses had covered 80 percent of scheduled shifts. Okafor "
        'said that figure was "simply not true". The planned visit was confirmed on Monday.'
    )
    figure, denial, visit = analyze(_doc(text, "made-up", "2026-02-09"), nlp).claims
    assert (figure.modality, figure.denies) == ("reported", None)
    assert (denial.modality, denial.denies, denial.text) == ("denied", figure.id, figure.text)
    assert visit.modality == "planned"


def test_talks_that_resume_on_a_day_are_talks_on_that_day(nlp):
    text = "Talks are scheduled to resume on Saturday, hospital spokesman Peter Lindqvist said."
    [claim] = analyze(_doc(text, "made-up", "2026-02-05"), nlp).claims
    assert (claim.predicate, claim.modality, claim.time.value) == (
        "discuss",
        "expected",
        "2026-02-07",
    )


def test_a_denial_opening_a_paragraph_denies_what_the_one_before_told(nlp):
    text = (
        "Ana Kroll is considering sending her foreign minister to the summit, two of her aides "
        "said on Friday.\n\nHer office denied the report.\n\nThe talks went well.\n\n"
        "Police denied the allegations."
    )
    claims = analyze(_doc(text, "made-up", "2026-10-09"), nlp).claims
    considering, denial, _talks, allegations = claims
    assert (denial.modality, denial.denies) == ("denied", considering.id)
    assert allegations.denies is None  # two paragraphs on, and `the talks` said by no one


def test_a_party_denying_its_part_denies_the_blame_told_before(nlp):
    text = (
        "Several residents said the fire was started by sparks from a power line owned by "
        "Western Grid Power. The utility denied that its equipment was involved. Officials said "
        "the company spilled oil. The company denied that it had spilled oil."
    )
    blame, denial, spill, spill_denied = analyze(_doc(text, "made-up", "2025-08-12"), nlp).claims
    assert (denial.modality, denial.denies, denial.predicate) == ("denied", blame.id, "start")
    assert (spill.predicate, spill_denied.modality, spill_denied.denies) == (
        "spill",
        "denied",
        None,
    )


def test_a_thing_to_have_done_is_the_doing(nlp):
    text = (
        "Fire chief Marisol Reyes said crews expected to have the fire contained by Friday. "
        "The company has a plant located in Ohio."
    )
    claims = analyze(_doc(text, "made-up", "2025-08-11"), nlp).claims
    assert [(c.predicate, c.time.value if c.time else None) for c in claims] == [
        ("contain", "2025-08-15"),
        ("have", None),
    ]


def test_an_effort_named_by_its_event_and_a_tense_told_by_the_verb_that_carries_it(nlp):
    text = (
        "A vaccination campaign will begin on Thursday, she said. Health workers began "
        "vaccinating residents against cholera on Thursday. Officials confirmed 40 cases on "
        "Monday, after patients began arriving at the hospital on Friday."
    )
    analysis = analyze(_doc(text, "made-up", "2025-11-07"), nlp)
    campaign, began = analysis.claims[:2]
    assert (campaign.predicate, campaign.time.value) == ("vaccinate", "2025-11-13")
    assert began.predicate == "vaccinate"
    events = {e.summary: (e.time.value, e.is_plan) for e in analysis.events}
    assert events["A vaccination campaign will begin on Thursday"] == ("2025-11-13", True)
    assert events["Health workers began vaccinating residents against cholera on Thursday"] == (
        "2025-11-06",
        False,
    )
    assert events["patients began arriving at the hospital on Friday"] == ("2025-11-07", False)


def test_a_demonstrative_tagged_a_conjunction_is_still_what_is_denied(nlp):
    text = (
        "Residents said their tap water was contaminated. The Kasoro Water Company denied "
        "that, saying its water was tested every day."
    )
    told, denial, _tested = analyze(_doc(text, "made-up", "2025-11-05"), nlp).claims
    assert (denial.modality, denial.denies, denial.text) == ("denied", told.id, told.text)


def test_the_headline_gives_its_names_for_story_assignment(nlp):
    document = Document(
        id="made-up", kind="article", title="Cedar Ridge Fire forces evacuation of Pine Hollow",
        text="A wildfire that broke out on Sunday had burned 4,200 acres by Monday morning.",
        published="2025-08-11",
    )  # fmt: skip
    analysis = analyze(document, nlp)
    assert "Cedar Ridge Fire" in {headline.name for headline in analysis.title_names}
    assert all(c.text.startswith("A wildfire") for c in analysis.claims)


def test_the_headline_gives_the_years_of_its_dates(nlp):
    document = Document(
        id="made-up", kind="article", title="27/09/2013 - Turkmenistan to hold elections",
        text="Voters in Turkmenistan go to the polls on Sunday.",
    )  # fmt: skip
    analysis = analyze(document, nlp)
    assert HeadlineName("2013", "DATE") in analysis.title_names
    undated = analyze(replace(document, title="Turkmenistan to hold elections"), nlp)
    assert not any(name.type == "DATE" for name in undated.title_names)


def test_a_dated_plan_on_a_condition_is_a_plan_on_the_timeline(nlp):
    text = (
        "The evacuation order for Pine Hollow will be lifted at noon on Saturday if the winds "
        "stay calm, Sheriff Tom Becker said on Thursday."
    )
    analysis = analyze(_doc(text, "made-up", "2025-08-14"), nlp)
    assert [c.modality for c in analysis.claims] == ["possible"]
    assert [(e.time.start, e.is_plan) for e in analysis.events] == [("2025-08-16", True)]


def test_a_dateline_names_the_place_and_is_no_party_to_the_lede(nlp):
    text = (
        "HARBOR CITY - St. Brendan's Medical Center and the Northshore Nurses Association "
        "reached a tentative agreement late on Thursday.\n\nMembers will vote on the agreement "
        "on Wednesday."
    )
    analysis = analyze(_doc(text, "made-up", "2026-02-20"), nlp)
    [place] = [e for e in analysis.entities if e.name == "Harbor City"]
    assert place.type == "GPE" and place.mentions[0].start_char == 0
    vote = next(c for c in analysis.claims if c.predicate == "vote")
    assert vote.participants and "Harbor City" not in vote.participants


def test_a_relative_clause_that_tells_what_a_thing_will_do_is_a_plan(nlp):
    text = (
        "The two sides agreed on Friday to a ceasefire that will take effect at noon on Sunday, "
        "the ministry said. The ceasefire that began in May collapsed."
    )
    claims = analyze(_doc(text, "made-up", "2025-04-19"), nlp).claims
    plans = [(c.text, c.predicate, c.time.value) for c in claims if c.modality == "expected"]
    assert plans == [
        ("a ceasefire that will take effect at noon on Sunday", "ceasefire", "2025-04-20T12:00")
    ]


def test_a_title_as_source_is_the_one_person_the_report_gives_that_title(nlp):
    text = (
        "WTVX reported on Monday that two jailers had been asleep when the men cut through "
        "the wall. The sheriff has denied that.\n\nWATCH: Sheriff Brooks speaks about the search"
    )
    analysis = analyze(_doc(text, "made-up", "2025-03-12"), nlp)
    brooks = next(e for e in analysis.entities if e.name == "Brooks")
    denial = next(c for c in analysis.claims if c.modality == "denied")
    assert (denial.attribution[-1].source, denial.attribution[-1].entity_id) == (
        "The sheriff",
        brooks.id,
    )


def test_undergoing_or_passing_a_medical_is_the_medical(nlp):
    text = (
        "Ferreira will undergo a medical in London on Wednesday. Ferreira passed a medical "
        "at the club's training ground on Wednesday."
    )
    claims = analyze(_doc(text, "made-up", "2025-07-07"), nlp).claims
    assert [(c.predicate, c.theme) for c in claims] == [("test", None), ("test", None)]


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        (
            "Halvorsen Group will close two factories in Denmark and cut about 600 jobs, "
            "the company told unions on Thursday.",
            ["expected", "expected"],
        ),
        ("Halvorsen Group closed two factories and cut 600 jobs, it said.", ["reported"] * 2),
        ("He will resign and the board elected a successor.", ["expected", "asserted"]),
    ],
)
def test_a_second_verb_shares_the_modal_of_the_first(nlp, text, modalities):
    claims = analyze(_doc(text, "made-up", "2026-05-08"), nlp).claims
    assert [c.modality for c in claims] == modalities


@pytest.mark.parametrize(
    ("text", "predicate", "polarity"),
    [
        ("Ingrid Dahl said there would be no job cuts at the factories.", "cut", "negative"),
        ("There will be no strike on Monday, the union said.", "strike", "negative"),
        ("There will be talks on Friday, officials said.", "discuss", "positive"),
    ],
)
def test_what_there_is_or_is_not_is_the_happening(nlp, text, predicate, polarity):
    (claim,) = analyze(_doc(text, "made-up", "2026-05-08"), nlp).claims
    assert (claim.predicate, claim.polarity, claim.modality) == (predicate, polarity, "expected")


def test_a_trial_that_opened_is_a_trial(nlp):
    text = "The trespassing trial of Sofia Lind opened in Dravik on Tuesday."
    (claim,) = analyze(_doc(text, "made-up", "2026-06-16"), nlp).claims
    assert (claim.predicate, claim.time.value) == ("try", "2026-06-16")


def test_a_pronoun_stands_for_the_person_the_report_is_about(nlp):
    text = (
        "Sofia Lind appeared in court in Dravik on Wednesday. Judge Anton Berg released her on "
        "bail. Her trial is set to begin on June 15. Lind denied damaging any property."
    )
    claims = analyze(_doc(text, "made-up", "2026-05-06"), nlp).claims
    trial = next(c for c in claims if c.text.startswith("Her trial"))
    assert trial.participants == ("Sofia Lind",)


def test_a_sources_own_aside_is_no_part_of_what_it_denies(nlp):
    text = (
        "Kestrel Cloud denied that the outage had been caused by a cyberattack, blaming a faulty "
        "power supply at the Varna data centre. The troops advanced on the town, killing 20 "
        "people, officials said."
    )
    claims = analyze(_doc(text, "made-up", "2026-10-06"), nlp).claims
    assert [c.text for c in claims] == [
        "the outage had been caused by a cyberattack",
        "The troops advanced on the town, killing 20 people",
    ]


@pytest.mark.parametrize(
    ("text", "predicate", "polarity"),
    [
        ("The visit was cancelled on Friday.", "visit", "negative"),
        ("The government cancelled the summit.", "meet", "negative"),
        ("The visit was not cancelled.", "visit", "positive"),
        ("The army withdrew its troops.", "withdraw", "positive"),
    ],
)
def test_an_event_called_off_is_told_as_not_to_be(nlp, text, predicate, polarity):
    (claim,) = analyze(_doc(text, "made-up", "2026-02-06"), nlp).claims
    assert (claim.predicate, claim.polarity) == (predicate, polarity)


def test_an_event_called_off_makes_no_timeline_entry(nlp):
    text = "The visit was cancelled on Friday. The minister visited Oslo on Friday."
    events = analyze(_doc(text, "made-up", "2026-02-06"), nlp).events
    assert [e.summary for e in events] == ["The minister visited Oslo on Friday"]


def test_people_lost_are_dead_and_a_ship_lost_is_a_ship(nlp):
    text = (
        "OceanGate said it believed all five people on board had been lost. "
        "The ship was lost at sea. The Democrats lost the vote."
    )
    claims = {c.text: c for c in analyze(_doc(text, "made-up", "2023-06-22"), nlp).claims}
    assert claims["all five people on board had been lost"].predicate == "die"
    assert claims["The ship was lost at sea"].predicate == "lose"
    assert claims["The Democrats lost the vote"].predicate == "lose"


def test_a_trip_due_in_a_clause_aside_is_a_plan_of_its_own(nlp):
    """`The discovery comes days before Blinken is due to travel`: the trip is expected, and
    a clause that tells what came before another is no plan."""
    text = (
        "The discovery comes days before Secretary of State Antony Blinken is due to travel to "
        "Beijing. He left before the meeting ended."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2023-02-02"), nlp).claims}
    travel = claims["travel"]
    assert travel.modality == "expected"
    assert travel.text == "Secretary of State Antony Blinken is due to travel to Beijing"
    assert claims["leave"].modality == "asserted" and "end" not in claims


def test_what_is_ordered_is_planned_for_its_doers_not_for_whoever_ordered_it(nlp):
    """The order's day is when it was given, not when the balloon is to come down; the judge
    ordering a man held is the order, told as done."""
    text = (
        "Biden said he had ordered the military on Wednesday to shoot the balloon down. "
        "Putin ordered troops to withdraw from Kherson. "
        "The judge ordered him held without bail."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2023-02-04"), nlp).claims}
    shoot, withdraw = claims["shoot down"], claims["withdraw"]
    assert (shoot.modality, shoot.theme, shoot.time, shoot.participants) == (
        "planned",
        "balloon",
        None,
        (),
    )
    assert withdraw.modality == "planned" and withdraw.participants == ("Kherson",)
    assert claims["order"].modality == "asserted"


def test_the_day_of_what_a_thing_was_doing_is_the_day_it_was_acted_on(nlp):
    text = "A jet shot down an unidentified object flying off the coast of Alaska on Friday."
    (claim,) = analyze(_doc(text, "made-up", "2023-02-10"), nlp).claims
    assert claim.time is not None and claim.time.value == "2023-02-10"
    assert claim.theme == "object"  # the parser hangs it on `down`


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("The bank abandoned its plan to raise capital.", "raise", "asserted"),
        ("The company dropped its bid to buy the airline.", "buy", "asserted"),
        ("The team abandoned the plan.", "abandon", "asserted"),
    ],
)
def test_an_aim_given_up_is_what_was_to_be_done_told_as_not_to_be(nlp, text, predicate, modality):
    (claim,) = analyze(_doc(text, "made-up", "2023-03-10"), nlp).claims
    assert (claim.predicate, claim.modality) == (predicate, modality)
    assert claim.polarity == ("negative" if predicate != "abandon" else "positive")


def test_a_deal_agreed_goes_on_the_timeline_on_the_day_it_was_told(nlp):
    """`agreed to buy ..., the regulator said late on Sunday`; a plan told on a day is no
    happening of that day."""
    text = (
        "First Citizens agreed to buy the deposits of the bridge bank, the regulator said late "
        "on Sunday. The company had planned to visit the site, officials said on Monday."
    )
    events = analyze(_doc(text, "made-up", "2023-03-27"), nlp).events
    assert [(e.time.value, e.summary[:30]) for e in events] == [
        ("2023-03-26", "First Citizens agreed to buy t")
    ]


def test_do_so_is_the_verb_it_stands_for_and_a_race_left_is_its_theme(nlp):
    text = (
        "Rishi Sunak has not yet declared but is expected to do so over the weekend. "
        "Boris Johnson pulled out of the race on Sunday. The truck ran out of fuel."
    )
    claims = {c.text: c for c in analyze(_doc(text, "made-up", "2022-10-21"), nlp).claims}
    due = claims["is expected to do so over the weekend"]
    assert (due.predicate, due.modality, due.polarity) == ("declare", "expected", "positive")
    pulled = claims["Boris Johnson pulled out of the race on Sunday"]
    assert (pulled.predicate, pulled.theme) == ("pull out", "race")
    assert claims["The truck ran out of fuel"].theme == "fuel"


def test_a_thing_put_off_is_moved_to_the_day_it_is_put_off_to(nlp):
    """`on Wednesday postponed his fiscal statement to November 17`: the statement, moved to the
    17th; moving troops is no moving in time."""
    text = (
        "Chancellor Jeremy Hunt on Wednesday postponed his fiscal statement to November 17. "
        "The army moved its tanks to the border."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2022-10-26"), nlp).claims}
    put_off = claims["postpone"]
    assert put_off.moves_event and put_off.theme == "statement"
    assert put_off.time is not None and put_off.time.value == "2022-11-17"
    assert not claims["move"].moves_event


def test_a_clause_too_short_to_claim_still_passes_its_rank_to_the_clause_joined_to_it(nlp):
    """`Airlines grounded flights, banks went offline and hospitals cancelled surgeries`:
    `went offline` is no claim, but the cancelling joined to it is one."""
    text = (
        "Airlines grounded flights, banks and broadcasters went offline and hospitals cancelled "
        "surgeries around the world on Friday."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2024-07-19"), nlp).claims}
    cancel = claims["cancel"]
    assert cancel.theme == "surgery" and cancel.time is not None
    assert cancel.time.value == "2024-07-19"


def test_publishing_a_report_is_a_happening_and_an_account_is_a_general_word(nlp):
    text = "CrowdStrike on Tuesday published its analysis of the outage, saying a bug was found."
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2024-08-06"), nlp).claims}
    assert claims["publish"].modality == "asserted"
    assert claims["publish"].time is not None and claims["publish"].time.value == "2024-08-06"


def test_a_plan_within_days_is_due_by_the_last_of_them_and_reaching_a_place_is_arriving(nlp):
    """Told on the 24th, `within two days` is on or before the 26th; a past `within` is how
    long it took, not a day; `reached a deal` is no arrival."""
    text = (
        "The ship was expected to be refloated within two days. "
        "The fire was contained within two days. "
        "Two more tugboats reached the Suez Canal on Sunday. The two sides reached a deal."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2021-03-24"), nlp).claims}
    due = claims["refloat"].time
    assert due is not None and (due.value, due.mod) == ("2021-03-26", "ON_OR_BEFORE")
    assert claims["contain"].time is not None and claims["contain"].time.value == "P2D"
    assert claims["arrive"].time is not None and "reach" not in claims
    text = "The inspectors reached the nuclear plant on Thursday."
    plant = analyze(_doc(text, "made-up", "2022-09-01"), nlp).claims
    assert [c.predicate for c in plant] == ["arrive"]


def test_a_hearing_set_for_a_day_is_due_that_day_and_a_record_set_is_done(nlp):
    text = "A hearing was set for Monday. The company set a record. Talks are set to resume."
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2022-01-06"), nlp).claims}
    hearing = claims["hear"]
    assert hearing.modality == "expected" and hearing.time is not None
    assert hearing.time.value == "2022-01-10"  # the Monday ahead, though `was set`
    assert claims["set"].modality == "asserted" and claims["discuss"].modality == "expected"


def test_the_doer_is_the_person_the_active_subject_names(nlp):
    """A pronoun that says what its speaker will do is the speaker; a title before a name, or
    a name beside a noun, is that person; a passive subject does nothing."""
    text = (
        "Sam Bankman-Fried said on Friday that he would testify before the committee. "
        "Ray, FTX's new chief executive, will also testify at the hearing. "
        "FTX's new chief executive John J. Ray III testified before the committee on Tuesday. "
        "Bankman-Fried was arrested in the Bahamas on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2022-12-13"), nlp).claims
    assert _one(claims, "testify", "he would").doer == "Sam Bankman-Fried"
    assert _one(claims, "testify", "will also").doer == "Ray"
    assert _one(claims, "testify", "on Tuesday").doer == "John J. Ray III"
    assert _one(claims, "arrest").doer is None


def test_the_day_a_plan_was_told_on_is_not_the_day_it_is_due(nlp):
    """`said on Wednesday it would not pursue`: the parser hangs `on Wednesday` on the plan."""
    text = (
        "Binance said on Wednesday it would not pursue its acquisition of the exchange. "
        "The minister said on Monday he would resign on Friday."
    )
    claims = {c.predicate: c for c in analyze(_doc(text, "made-up", "2022-11-09"), nlp).claims}
    assert claims["acquire"].time is None  # pursuing an acquisition is acquiring
    resign = claims["resign"].time
    assert resign is not None and resign.value == "2022-11-11"


def test_a_vow_or_a_promise_is_a_plan_of_the_one_who_makes_it(nlp):
    text = (
        "Kilicdaroglu vowed to win the second round. "
        "The company promised to pay all customers by Friday. He kept his promise."
    )
    claims = analyze(_doc(text, "made-up", "2023-05-15"), nlp).claims
    win = _one(claims, "win")
    assert win.modality == "planned" and win.participants == ("Kilicdaroglu",)
    pay = _one(claims, "pay")
    assert pay.modality == "planned" and pay.time is not None and pay.time.start == "2023-05-19"
    assert _one(claims, "keep").modality == "asserted"


def test_announcing_results_is_an_act_and_announcing_plans_tells_them(nlp):
    text = (
        "The election board announced the final results on Thursday. "
        "The company announced plans to cut 500 jobs."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-01"), nlp).claims
    announced = _one(claims, "announce")
    assert announced.theme == "result" and announced.time is not None
    assert _one(claims, "cut").modality == "planned"


def test_a_name_the_tagger_misses_is_the_person_it_tagged_by_it_elsewhere(nlp):
    """`Erdogan` tagged once, `Recep Tayyip Erdogan` untagged after a dateline: one man."""
    text = (
        "Erdogan thanked voters.\n\nAnkara, Turkey.\n      Recep Tayyip Erdogan was sworn in "
        "for a new term on Saturday."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-03"), nlp).claims
    assert "Erdogan" in _one(claims, "swear in").participants


def test_a_day_given_to_do_a_thing_is_its_deadline(nlp):
    text = "A judge on Thursday gave Elon Musk until October 28 to complete his purchase."
    complete = _one(analyze(_doc(text, "made-up", "2022-10-07"), nlp).claims, "complete")
    assert complete.modality == "expected" and complete.time is not None
    assert (complete.time.value, complete.time.mod) == ("2022-10-28", "ON_OR_BEFORE")


def test_an_event_set_for_a_day_is_due_that_day_whenever_it_was_set(nlp):
    """`on Tuesday set a trial to begin on October 17`: a trial due on October 17 (not a
    setting on Tuesday, nor an October past); `set a hearing for Monday`: the Monday ahead."""
    text = (
        "A Delaware judge on Tuesday set a five-day trial to begin on October 17. "
        "The judge set a hearing for Monday. The company set a record."
    )
    claims = analyze(_doc(text, "made-up", "2022-07-20"), nlp).claims
    trial, hearing = _one(claims, "try"), _one(claims, "hear")
    assert trial.modality == hearing.modality == "expected"
    assert trial.time is not None and trial.time.value == "2022-10-17"
    assert hearing.time is not None and hearing.time.value == "2022-07-25"
    assert _one(claims, "set").modality == "asserted"


def test_a_past_tense_the_tagger_misreads_is_the_past_of_its_verb(nlp):
    text = "Anne Hidalgo swam in the Seine on Wednesday morning."
    swim = _one(analyze(_doc(text, "made-up", "2024-07-19"), nlp).claims)
    assert swim.predicate == "swim" and swim.modality == "asserted"
    assert swim.time is not None and swim.time.start == "2024-07-17"


def test_a_decision_whether_to_do_a_thing_is_the_thing_left_open(nlp):
    text = "The agency will decide on Tuesday whether to declare a continental emergency."
    declare = _one(analyze(_doc(text, "made-up", "2024-08-07"), nlp).claims)
    assert (declare.predicate, declare.modality) == ("declare", "uncertain")
    assert declare.time is not None and declare.time.value == "2024-08-13"


def test_a_clause_told_after_a_dated_one_was_on_or_before_its_day_and_its_is_the_body(nlp):
    """`declared ... on Wednesday, after its emergency committee met`: the WHO's committee met
    by Wednesday; the meeting is a claim with that time, and no timeline entry of its own."""
    text = (
        "The WHO declared mpox a global public health emergency on Wednesday, after its "
        "emergency committee met in Geneva."
    )
    analysis = analyze(_doc(text, "made-up", "2024-08-14"), nlp)
    met = _one(analysis.claims, "meet")
    assert met.participants == ("WHO",)
    assert met.time is not None and (met.time.start, met.time.mod) == ("2024-08-14", "ON_OR_BEFORE")
    assert len(analysis.events) == 1  # the declaration's, not the meeting's


def test_a_verb_with_a_silent_e_keeps_it_and_a_hope_looks_ahead(nlp):
    """The rule lemmatizer read `hoped` as a form of hop, so a hope was no cue."""
    assert SilentELemmas.lemma("hoped", "hop") == "hope"
    assert SilentELemmas.lemma("rating", "rat") == "rate"
    assert SilentELemmas.lemma("taxes", "tax") == "tax"
    assert SilentELemmas.lemma("routed", "rout") == "rout"  # `rout` does not double its t
    text = "Jordan said Southwest hoped to reopen on Friday."
    reopen = _one(analyze(_doc(text, "made-up", "2022-12-27"), nlp).claims)
    assert (reopen.predicate, reopen.modality) == ("reopen", "expected")
    assert reopen.time is not None and reopen.time.value == "2022-12-30"


def test_rejecting_a_bill_is_a_vote_not_a_denial(nlp):
    text = (
        "The House on Friday rejected a Republican bill to keep the government open for 30 "
        "days. The ministry rejected reports that it had spied on journalists."
    )
    claims = analyze(_doc(text, "made-up", "2023-09-29"), nlp).claims
    vote = _one(claims, "reject")
    assert (vote.modality, vote.polarity, vote.theme) == ("asserted", "positive", "bill")
    assert _one(claims, "spy").modality == "denied"


def test_a_clause_told_as_a_dated_one_happened_that_day_however_long_its_run_up(nlp):
    """`after more than a week of cancellations` tells how long they went on, not when the
    return was; the `as` clause shares the day of the clause it is told beside."""
    text = (
        "Southwest Airlines canceled only 43 flights on Friday as the carrier returned to "
        "normal operations after more than a week of cancellations."
    )
    back = _one(analyze(_doc(text, "made-up", "2022-12-30"), nlp).claims, "return")
    assert back.time is not None and back.time.value == "2022-12-30"


def test_this_week_told_on_a_weekend_is_the_week_ahead_for_a_plan(nlp):
    text = "Matt Gaetz said he would try to remove McCarthy as speaker this week."
    remove = _one(analyze(_doc(text, "made-up", "2023-09-30"), nlp).claims)
    assert remove.time is not None and remove.time.value == "2023-W40"
    weekday = _one(analyze(_doc(text, "made-up", "2023-09-27"), nlp).claims)
    assert weekday.time is not None and weekday.time.value == "2023-W39"


def test_a_second_infinitive_is_a_plan_of_its_own(nlp):
    text = (
        "The craft is expected to reach lunar orbit on August 16 and to land on August 21, "
        "the space agency said."
    )
    claims = analyze(_doc(text, "made-up", "2023-08-11"), nlp).claims
    orbit, land = _one(claims, "reach"), _one(claims, "land")
    assert "land" not in orbit.text and land.modality == orbit.modality == "expected"
    assert land.time is not None and land.time.value == "2023-08-21"


def test_a_step_before_or_after_a_plan_is_a_plan_of_its_own_by_the_same_subject(nlp):
    text = (
        "Blinken will visit Kyiv before travelling to Warsaw on Friday. The lander will carry "
        "out two manoeuvres before attempting to touch down at 6:04 pm India time on August 23."
    )
    claims = analyze(_doc(text, "made-up", "2023-08-17"), nlp).claims
    visit, travel = _one(claims, "visit"), _one(claims, "travel")
    assert "Warsaw" not in visit.text and travel.participants == ("Blinken",)
    assert travel.modality == "expected" and travel.time is not None
    assert travel.time.value == "2023-08-18"
    landing = _one(claims, "touch down")
    assert landing.time is not None and landing.time.value == "2023-08-23T18:04"
    past = analyze(_doc("Blinken visited Kyiv before travelling to Warsaw.", "made-up"), nlp)
    assert [c.predicate for c in past.claims] == ["visit"]


def test_agreeing_to_do_a_thing_is_a_plan_and_the_agreement_an_entry_on_its_day(nlp):
    text = (
        "Vestkraft agreed on Monday to buy the fish farmer Nordfisk, the two companies said. "
        "Both sides agreed to a ceasefire on Monday."
    )
    analysis = analyze(_doc(text, "made-up", "2025-05-07"), nlp)
    buy = _one(analysis.claims, "buy")
    assert (buy.modality, buy.time) == ("planned", None)  # due on no day: it cannot expire
    assert _one(analysis.claims, "agree").modality == "asserted"
    [agreed] = [e for e in analysis.events if e.claim_id == buy.id]
    assert agreed.time is not None and agreed.time.value == "2025-05-05" and not agreed.is_plan


def test_a_gerund_hung_on_a_plan_looks_ahead_however_far_its_day(nlp):
    text = (
        "Salvage crews will begin lifting the wreckage of the passenger jet out of the Potomac "
        "River on Monday, the Army Corps of Engineers said on Sunday."
    )
    lift = _one(analyze(_doc(text, "made-up", "2025-02-02"), nlp).claims, "lift")
    assert lift.time is not None and lift.time.value == "2025-02-03"


def test_before_a_day_is_on_or_before_the_day_before_it(nlp):
    text = "Southwest hoped to be back on track before next week. It will decide before March 15."
    claims = analyze(_doc(text, "made-up", "2022-12-27"), nlp).claims
    back, decide = _one(claims, contains="back"), _one(claims, "decide")
    assert back.time is not None and (back.time.value, back.time.mod) == (
        "2023-01-01",
        "ON_OR_BEFORE",
    )
    assert decide.time is not None and decide.time.value == "2023-03-14"


def test_a_participle_after_a_root_noun_is_the_sentences_verb(nlp):
    text = "The capsule undocked from the space station on Friday."
    undock = _one(analyze(_doc(text, "made-up", "2024-09-07"), nlp).claims)
    assert (undock.predicate, undock.modality) == ("undock", "asserted")
    assert undock.time is not None and undock.time.value == "2024-09-06"


def test_a_step_of_a_second_infinitive_is_a_plan_of_the_clauses_subject(nlp):
    text = (
        "Butch Wilmore and Suni Williams are due to dock with the station on Thursday and to "
        "spend about a week there before returning to Earth on June 14."
    )
    claims = analyze(_doc(text, "made-up", "2024-06-05"), nlp).claims
    dock, back = _one(claims, "dock"), _one(claims, "return")
    assert "June" not in dock.text and back.modality == "expected"
    assert back.participants == ("Butch Wilmore", "Suni Williams")
    assert back.time is not None and back.time.value == "2024-06-14"


def test_an_event_called_off_or_averted_will_not_be_on_its_own_day(nlp):
    text = (
        "The union called off Friday's strike at the port on Thursday. The deal averted a "
        "strike. Technicians carried out tests on Tuesday."
    )
    claims = analyze(_doc(text, "made-up", "2025-05-08"), nlp).claims
    off, averted = [c for c in claims if c.predicate == "strike"]
    assert off.polarity == averted.polarity == "negative"
    assert off.time is not None and off.time.value == "2025-05-09"  # the strike's, ahead
    assert averted.time is None
    assert _one(claims, "test").polarity == "positive"


def test_no_intention_of_doing_is_a_plan_not_to_do_it(nlp):
    text = (
        "A minister said Diab had no intention of resigning. The company has no plans to sell "
        "the unit. The board has plans to buy a rival. Voters backed the plan on Sunday."
    )
    claims = analyze(_doc(text, "made-up", "2020-08-09"), nlp).claims
    resign, sell, buy = _one(claims, "resign"), _one(claims, "sell"), _one(claims, "buy")
    assert (resign.modality, resign.polarity) == ("planned", "negative")
    assert (sell.modality, sell.polarity) == ("planned", "negative")
    assert (buy.modality, buy.polarity) == ("planned", "positive")
    assert _one(claims, "back").modality == "asserted"  # a plan acted on, not one made


def test_a_summit_called_for_a_day_is_due_then(nlp):
    text = (
        "Tusk called an emergency summit of EU leaders for April 10. Protesters called for "
        "calm on Monday. Leaders agreed to a delay after a summit that ran late into Wednesday "
        "night."
    )
    claims = analyze(_doc(text, "made-up", "2019-03-29"), nlp).claims
    summit = _one(claims, "meet", contains="emergency")
    assert summit.modality == "expected"
    assert summit.time is not None and summit.time.value == "2019-04-10"
    assert _one(claims, "call").modality == "asserted"
    ran = _one(claims, "meet", contains="ran late")
    assert ran.modality == "asserted"  # the summit's running is the summit


def test_one_verb_on_two_days_joined_by_and_spans_both(nlp):
    text = (
        "MPs will vote on Wednesday on whether to leave without a deal, and on Thursday on "
        "whether to ask Brussels for a delay. He arrived on Monday and left on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2019-03-12"), nlp).claims
    vote = _one(claims, "vote")
    assert vote.time is not None and (vote.time.start, vote.time.end) == (
        "2019-03-13",
        "2019-03-14",
    )
    arrive = _one(claims, "arrive")
    assert arrive.time is not None and arrive.time.end == "2019-03-11"  # two verbs, two days


def test_may_before_will_is_a_name_not_a_modal(nlp):
    text = (
        "The vote passed. May will ask EU leaders for an extension at a summit next week. "
        "Ministers may ask for more time."
    )
    claims = analyze(_doc(text, "made-up", "2019-03-14"), nlp).claims
    extension, more = _one(claims, "ask", contains="extension"), _one(claims, "ask", "more")
    assert (extension.modality, more.modality) == ("expected", "possible")


def test_taking_part_in_elections_is_the_elections(nlp):
    text = (
        "Britain will take part in elections to the European Parliament on May 23. Britain "
        "voted in elections to the European Parliament on Thursday."
    )
    claims = analyze(_doc(text, "made-up", "2019-05-24"), nlp).claims
    take, voted = _one(claims, "elect"), _one(claims, "vote")
    assert take.modality == "expected" and voted.setting == "elect"


def test_a_past_deeds_day_hung_on_its_aim_is_the_deeds(nlp):
    text = (
        "Boris Johnson won the contest to lead Britain's Conservative Party on Tuesday. "
        "Los Angeles won the right to host the Games in 2028."
    )
    claims = analyze(_doc(text, "made-up", "2019-07-23"), nlp).claims
    won = _one(claims, "win", contains="contest")
    assert won.time is not None and won.time.value == "2019-07-23"
    assert _one(claims, "win", contains="Games").time is None  # the hosting's, ahead


def test_a_happening_dated_by_a_possessive_is_on_the_timeline(nlp):
    text = (
        "The number of people killed in Tuesday's explosion at Beirut port rose to 135 on "
        "Wednesday. Tuesday's explosion destroyed the grain silos."
    )
    events = analyze(_doc(text, "made-up", "2020-08-05"), nlp).events
    dated = [e for e in events if e.predicate == "explode"]
    assert [(e.summary, e.time.value, e.is_plan) for e in dated] == [
        ("Tuesday's explosion at Beirut port", "2020-08-04", False)
    ]  # the second sentence's own event tells it already
    assert {e.time.value for e in events} == {"2020-08-04", "2020-08-05"}


def test_a_second_verb_shares_the_first_verbs_would(nlp):
    text = (
        "The palace said the new king would remain at Balmoral on Thursday evening and return "
        "to London on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2022-09-08"), nlp).claims
    back = _one(claims, "return")
    assert back.modality == "expected" and back.time is not None
    assert back.time.value == "2022-09-09"  # the Friday ahead, not the one before


def test_a_passive_step_after_a_plan_is_a_plan_of_its_own(nlp):
    text = (
        "The coffin will lie at St Giles' Cathedral for 24 hours from Monday before being "
        "flown to London on Tuesday."
    )
    claims = analyze(_doc(text, "made-up", "2022-09-11"), nlp).claims
    flown = _one(claims, "fly")
    assert flown.modality == "expected" and "Tuesday" not in _one(claims, "lie").text
    assert flown.time is not None and flown.time.value == "2022-09-13"


def test_a_where_clause_hung_on_the_day_tells_of_the_place_before_it(nlp):
    text = (
        "The coffin was carried in a procession to Westminster Hall on Wednesday afternoon, "
        "where her lying in state began. It was not clear on Sunday where he was."
    )
    analysis = analyze(_doc(text, "made-up", "2022-09-14"), nlp)
    lying = _one(analysis.claims, "lie")
    assert lying.text == "where her lying in state began" and lying.place == "Westminster Hall"
    assert lying.time is not None and lying.time.value.startswith("2022-09-14")
    assert len([e for e in analysis.events if e.time.value.startswith("2022-09-14")]) == 1
    assert not [c for c in analysis.claims if c.text.startswith("where he was")]


def test_be_with_an_infinitive_is_due(nlp):
    text = "The queen is to be buried on Monday. He was to meet Biden on Friday. It is cold."
    claims = analyze(_doc(text, "made-up", "2022-09-17"), nlp).claims
    assert _one(claims, "bury").modality == _one(claims, "meet").modality == "expected"
    assert _one(claims, contains="cold").modality == "asserted"


def test_minutes_after_a_dated_happening_is_on_its_day(nlp):
    text = (
        "An Ethiopian Airlines jet crashed minutes after taking off from Addis Ababa on Sunday. "
        "The airline grounded its jets days after taking delivery on Sunday."
    )
    claims = analyze(_doc(text, "made-up", "2019-03-11"), nlp).claims
    crash = _one(claims, "crash")
    assert crash.time is not None and crash.time.value == "2019-03-10"
    assert crash.theme is None  # minutes are how long after, nothing crashed
    assert _one(claims, "ground").time is None  # days after: no day of its own


def test_submitting_or_tendering_a_resignation_is_resigning(nlp):
    text = (
        "He had not submitted his resignation by Wednesday evening. Rajapaksa tendered his "
        "resignation on Thursday."
    )
    claims = analyze(_doc(text, "made-up", "2022-07-15"), nlp).claims
    assert [(c.predicate, c.polarity) for c in claims] == [
        ("resign", "negative"),
        ("resign", "positive"),
    ]


def test_an_order_given_on_a_day_is_on_the_timeline_that_day(nlp):
    text = "China ordered its airlines on Monday to ground their 737 MAX 8 jets."
    analysis = analyze(_doc(text, "made-up", "2019-03-11"), nlp)
    ground = _one(analysis.claims, "ground")
    assert ground.modality == "planned" and ground.time is None  # the grounding: no day
    [order] = analysis.events
    assert (order.time.value, order.is_plan) == ("2019-03-11", False)


def test_a_second_that_clause_is_a_claim_of_its_own(nlp):
    text = (
        "Heathrow said on Friday afternoon that it would restart some flights later in the "
        "day, giving priority to repatriating passengers, and that it expected to run a full "
        "schedule on Saturday."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-21"), nlp).claims
    restart, run = _one(claims, "restart"), _one(claims, "run")
    assert "schedule" not in restart.text and restart.time.value == "2025-03-21"
    assert run.text == "it expected to run a full schedule on Saturday"
    assert run.time.value == "2025-03-22" and _sources(run) == ["Wire", "Heathrow"]


def test_telling_or_appearing_before_mps_is_testimony(nlp):
    text = (
        "Woldbye will appear before MPs on the transport committee on Wednesday. Thomas "
        "Woldbye told MPs on Wednesday that he had been asleep when the fire broke out. He "
        "told reporters on Monday that the airport was right to close."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-26"), nlp).claims
    assert _one(claims, "hear").modality == "expected"
    told = _one(claims, "testify")
    assert told.text == "Thomas Woldbye told MPs on Wednesday"
    assert told.time is not None and told.time.value == "2025-03-26"
    assert _one(claims, contains="asleep").modality == "reported"  # what he told, apart
    assert not [c for c in claims if c.text.startswith("He told reporters")]


def test_a_happening_dated_by_a_modifier_is_on_the_timeline_unless_called_off(nlp):
    text = (
        "Kishida visited Noto on Sunday for the first time since the Jan. 1 earthquake. The "
        "union called off Friday's strike. The Monday meeting was cancelled. Officials "
        "postponed Thursday's vote."
    )
    events = analyze(_doc(text, "made-up", "2024-01-14"), nlp).events
    dated = [(e.summary, e.time.value) for e in events if e.predicate is not None]
    assert dated == [("the Jan. 1 earthquake", "2024-01-01")]


def test_a_deadline_in_months_or_a_range_of_days_is_due_by_its_longer_end(nlp):
    text = (
        "Sanchez said a government committee would present a report on the cause within "
        "three months. Officials said the operation could be completed in two to three days. "
        "Macron vowed to rebuild the cathedral within five years."
    )
    claims = analyze(_doc(text, "made-up", "2025-04-29"), nlp).claims
    report, operation = _one(claims, "present"), _one(claims, "complete")
    assert (report.time.value, report.time.mod) == ("2025-07-29", "ON_OR_BEFORE")
    assert operation.time.value == "2025-05-02"
    assert _one(claims, "rebuild").time.value == "P5Y"  # years are a horizon, not a deadline


def test_denying_having_blamed_a_thing_is_a_claim_of_its_own(nlp):
    text = (
        "Electricity was fully restored across Spain and Portugal by Tuesday morning, grid "
        "operators said.\n\nREN denied on Tuesday that it had blamed an atmospheric "
        "phenomenon. The firm denied that it was to blame."
    )
    claims = analyze(_doc(text, "made-up", "2025-04-29"), nlp).claims
    blamed = [c for c in claims if c.modality == "denied" and c.predicate == "blame"]
    assert blamed and blamed[0].text == "it had blamed an atmospheric phenomenon"
    assert not [c for c in claims if c.modality == "denied" and c.predicate == "restore"]


def test_what_a_source_did_as_it_spoke_is_a_happening_on_that_day(nlp):
    text = (
        "A voltage surge caused the blackout, Spain's energy minister, Sara Aagesen, said on "
        "Tuesday as she presented the government's report."
    )
    claims = analyze(_doc(text, "made-up", "2025-06-17"), nlp).claims
    presented = _one(claims, "present")
    assert presented.text == "she presented the government's report"
    assert presented.time.value == "2025-06-17" and presented.modality == "asserted"


def test_a_since_clause_tells_its_happening_on_the_day_of_the_order(nlp):
    text = (
        "The company has been in liquidation since a Hong Kong court ordered it wound up on "
        "January 29."
    )
    claims = analyze(_doc(text, "made-up", "2024-03-18"), nlp).claims
    order = _one(claims, "order")
    assert order.text == "a Hong Kong court ordered it wound up on January 29"
    assert order.time.value == "2024-01-29"


def test_an_activity_that_begins_is_the_doing_of_its_verb(nlp):
    text = (
        "Vertical drilling from the top of the hill began on Sunday. Shelling resumed on "
        "Tuesday. The building closed on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2023-11-29"), nlp).claims
    assert [c.predicate for c in claims] == ["drill", "shell", "close"]
    assert _one(claims, "drill").time.value == "2023-11-26"


def test_a_schedule_run_is_no_plan_and_a_possessive_day_dates_its_noun(nlp):
    text = (
        "The airport ran a full schedule on Saturday, with 757 flights planned. The electoral "
        "council declared Maduro the winner of Sunday's presidential election early on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2024-07-29"), nlp).claims
    ran = _one(claims, "run")
    assert (ran.modality, ran.time.value) == ("asserted", "2024-07-27")
    assert _one(claims, "declare").time.value == "2024-07-29"


def test_the_day_a_plan_was_made_is_not_the_day_it_is_due(nlp):
    text = (
        "The firm unveiled plans on Monday to cut 500 jobs. The government on Monday announced "
        "a plan to raise the pension age. The firm will unveil its results on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2021-02-22"), nlp).claims
    assert _one(claims, "unveil", contains="plans").time is None
    assert _one(claims, "raise").time is None
    assert _one(claims, "unveil", contains="results").time.value == "2021-02-26"


def test_a_plan_from_a_day_runs_to_its_until_or_onward(nlp):
    text = (
        "The guild said members would vote on the new contract from Monday until October 9. "
        "The union said its members would picket outside the studios from Tuesday afternoon."
    )
    claims = analyze(_doc(text, "made-up", "2023-09-27"), nlp).claims
    vote, picket = _one(claims, "vote"), _one(claims, "picket")
    assert (vote.time.start, vote.time.end, vote.time.mod) == ("2023-10-02", "2023-10-09", None)
    assert (picket.time.start, picket.time.mod) == ("2023-10-03", "ON_OR_AFTER")


def test_announcing_a_response_is_an_act_and_no_longer_negates_it(nlp):
    text = (
        "Sheinbaum said Mexico would announce its response on Sunday. Sheinbaum said Mexico "
        "would no longer announce retaliatory tariffs on Sunday."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-06"), nlp).claims
    assert [(c.predicate, c.polarity, c.theme) for c in claims] == [
        ("announce", "positive", "response"),
        ("announce", "negative", "tariff"),
    ]


def test_an_agreement_for_a_spell_is_on_the_timeline_on_its_day(nlp):
    text = "President Trump on Monday agreed to pause the tariffs on Canada for 30 days."
    analysis = analyze(_doc(text, "made-up", "2025-02-03"), nlp)
    assert _one(analysis.claims, "pause").time.value == "P30D"
    assert [e.time.value for e in analysis.events] == ["2025-02-03"]


def test_an_invitation_to_a_meeting_is_the_meeting_due_on_its_day(nlp):
    text = (
        "Biden invited McCarthy and the other congressional leaders to a meeting at the White "
        "House on May 9. She was invited in by the guards."
    )
    claims = analyze(_doc(text, "made-up", "2023-05-02"), nlp).claims
    meeting = _one(claims, contains="May 9")
    assert (meeting.predicate, meeting.modality, meeting.time.value) == (
        "meet", "expected", "2023-05-09"
    )  # fmt: skip
    assert _one(claims, contains="guards").modality != "expected"


def test_begun_again_is_resumed_and_a_chambers_deed_keeps_its_day(nlp):
    text = (
        "Gas began flowing through the pipeline again on Thursday morning. The House passed "
        "the bill to suspend the debt ceiling on Wednesday night by 314 votes to 117."
    )
    claims = analyze(_doc(text, "made-up", "2023-06-01"), nlp).claims
    assert _one(claims, contains="Gas").predicate == "resume"
    assert _one(claims, "pass").time.value == "2023-05-31TNI"


def test_what_is_expected_to_close_and_what_is_put_on_hold(nlp):
    text = (
        "The deal is expected to close this year. The judge on Thursday put the trial on hold. "
        "Union members will vote on the deal in the coming weeks."
    )
    analysis = analyze(_doc(f"Twitter agreed to the deal.\n\n{text}", "made-up", "2022-10-07"), nlp)
    assert _one(analysis.claims, "close").theme == "deal"
    assert _one(analysis.claims, contains="on hold").moves_event
    assert _one(analysis.claims, "vote").participants == ()


def test_people_released_are_freed_and_a_total_of_them_is_them(nlp):
    text = (
        "Hamas will release 50 women and children. A total of 50 hostages have been freed. "
        "The bank released its forecasts on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2023-11-27"), nlp).claims
    assert _one(claims, contains="Hamas").predicate == "free"
    assert _one(claims, contains="total").theme == "hostage"
    assert _one(claims, contains="forecasts").predicate == "release"


def test_a_plan_told_later_than_expected_is_moved_but_a_late_deed_is_done(nlp):
    text = (
        "The truce will take effect at 7 a.m. on Friday, a day later than expected, Qatar said. "
        "The trial of Sofia Lind opened on Tuesday, a day later than scheduled."
    )
    claims = analyze(_doc(text, "made-up", "2023-11-23"), nlp).claims
    assert _one(claims, contains="truce").moves_event
    assert not _one(claims, contains="trial").moves_event


def test_on_pace_to_is_a_forecast_and_a_participle_beside_a_deed_keeps_its_day(nlp):
    text = (
        "Biden said the United States was on pace to complete its evacuation by August 31. "
        "Pope Leo XIV celebrated the Mass marking the start of his pontificate in St. Peter's "
        "Square on Sunday before some 200,000 people."
    )
    claims = analyze(_doc(text, "made-up", "2021-08-24"), nlp).claims
    evacuation = _one(claims, contains="on pace")
    assert (evacuation.predicate, evacuation.modality) == ("complete", "expected")
    assert _one(claims, "celebrate").time.value == "2021-08-22"


def test_pushing_back_the_start_of_a_thing_moves_the_thing_and_a_reason_cites_no_one(nlp):
    text = (
        "Silverline Semiconductor has pushed back the start of production at its plant to "
        "2027, citing weak demand for its chips, the company said on Thursday."
    )
    claims = analyze(_doc(text, "made-up", "2025-11-20"), nlp).claims
    moved = _one(claims, contains="pushed back")
    assert (moved.theme, moved.moves_event, moved.time.value) == ("production", True, "2027")
    assert "weak demand for its chips" not in _sources(moved)


def test_a_state_kept_on_a_day_is_the_state_on_that_day(nlp):
    text = "The Valka crossing remained closed on Wednesday as engineers worked, the guard said."
    claims = analyze(_doc(text, "made-up", "2025-03-05"), nlp).claims
    closed = _one(claims, contains="remained closed")
    assert (closed.predicate, closed.time.value) == ("closed", "2025-03-05")


def test_being_behind_an_attack_is_the_attack_and_taking_effect_is_its_subjects(nlp):
    text = (
        "Investigators believed a foreign state was behind the attack. A hosepipe ban came "
        "into force across Hampshire on Friday. The new tariffs took effect on Saturday."
    )
    claims = analyze(_doc(text, "made-up", "2025-07-19"), nlp).claims
    assert _one(claims, contains="behind").predicate == "attack"
    ban = _one(claims, contains="hosepipe")
    assert (ban.predicate, ban.theme, ban.time.value) == ("take effect", "ban", "2025-07-18")
    assert _one(claims, contains="tariffs").theme == "tariff"


def test_by_the_end_of_a_month_is_due_by_its_last_day(nlp):
    text = "The ministry said it would announce its decision before the end of March."
    decision = _one(analyze(_doc(text, "made-up", "2025-02-10"), nlp).claims, "announce")
    assert (decision.time.mod, decision.time.end) == ("ON_OR_BEFORE", "2025-03-31")


def test_it_opening_a_sentence_of_no_speaker_is_the_body_before(nlp):
    text = (
        "Harwick Foods expects full-year profit to rise, the company said on Thursday. It will "
        "publish annual results on June 12."
    )
    claims = analyze(_doc(text, "made-up", "2025-04-03"), nlp).claims
    assert _one(claims, "publish").participants == ("Harwick Foods",)


def test_a_change_in_an_amount_acts_on_the_amount(nlp):
    text = (
        "Harwick Foods warned that full-year profit would fall. The company reported a 12% "
        "fall in annual profit on Thursday."
    )
    claims = analyze(_doc(text, "made-up", "2025-06-12"), nlp).claims
    assert _one(claims, contains="would fall").theme == "profit"
    assert _one(claims, contains="12% fall").theme == "profit"


def test_having_to_do_a_thing_is_the_doing(nlp):
    text = (
        "Trucks will have to wait until Monday, the ministry said. The hospital had to be "
        "evacuated on Monday."
    )
    claims = analyze(_doc(text, "made-up", "2025-03-07"), nlp).claims
    assert _one(claims, contains="Trucks").predicate == "wait"
    evacuated = _one(claims, contains="hospital")
    assert (evacuated.predicate, evacuated.time.value) == ("evacuate", "2025-03-03")


def test_a_move_told_ahead_is_a_happening_on_its_day_beside_the_plan_it_makes(nlp):
    text = (
        "The board has delayed A-level results by a week to August 21 after finding errors, "
        "the board said on Monday."
    )
    events = analyze(_doc(text, "made-up", "2025-08-11"), nlp).events
    assert sorted((e.time.start, e.is_plan) for e in events) == [
        ("2025-08-11", False),
        ("2025-08-21", True),
    ]


def test_the_aim_of_a_deed_is_no_hedge_and_lends_the_deed_its_day(nlp):
    text = (
        "The jurors retired to consider their verdicts on Tuesday afternoon. The company is "
        "considering legal action. The jury is expected to begin its deliberations on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2025-02-25"), nlp).claims
    retired = _one(claims, "retire")
    assert (retired.modality, retired.time.value) == ("asserted", "2025-02-25TAF")
    assert _one(claims, contains="considering").modality == "possible"
    assert _one(claims, contains="deliberations").predicate == "deliberate"


def test_an_event_called_for_a_day_is_a_move_made_on_the_day_it_was_called(nlp):
    text = "Prime Minister Anne Leclerc on Thursday called a snap general election for July 14."
    analysis = analyze(_doc(text, "made-up", "2025-05-22"), nlp)
    called = _one(analysis.claims, contains="snap")
    assert (called.predicate, called.moves_event, called.time.value) == (
        "elect",
        True,
        "2025-07-14",
    )
    assert sorted((e.time.start, e.is_plan) for e in analysis.events) == [
        ("2025-05-22", False),
        ("2025-07-14", True),
    ]


def test_a_plea_is_guilty_or_not_guilty_and_walking_free_is_being_freed(nlp):
    text = (
        "Grant is expected to plead guilty on Monday. Oliver Grant pleaded not guilty to two "
        "counts of fraud on Monday. Daniel Reece walked free from Tarsk prison on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2025-06-09"), nlp).claims
    assert _one(claims, contains="expected").theme == "guilty"
    entered = _one(claims, contains="pleaded")
    assert (entered.predicate, entered.polarity, entered.theme) == (
        "plead",
        "positive",
        "not guilty",
    )
    assert _one(claims, contains="walked").predicate == "free"


def test_a_subject_raised_to_an_active_infinitive_does_it_and_a_prize_is_what_is_won(nlp):
    text = (
        "Mara Quill is expected to win the Harlow Prize for fiction, bookmakers said on Tuesday. "
        "The hostages are expected to be released on Friday."
    )
    claims = analyze(_doc(text, "made-up", "2025-11-04"), nlp).claims
    win = _one(claims, "win")
    assert (win.doer, win.theme) == ("Mara Quill", "prize")
    assert _one(claims, contains="hostages").doer is None


def test_a_book_to_be_written_is_a_deed_not_a_telling(nlp):
    text = "Reece said he would write a book about his time in prison."
    book = _one(analyze(_doc(text, "made-up", "2025-03-17"), nlp).claims, "write")
    assert (book.theme, book.modality) == ("book", "expected")


def test_it_may_be_the_thing_before_and_a_move_from_a_possessive_day_leaves_that_day(nlp):
    text = (
        "The Golden Gate Bridge will close to traffic on Monday, the city council said on "
        "Thursday. It will reopen on March 31. NASA postponed Thursday's spacewalk by a day."
    )
    claims = analyze(_doc(text, "made-up", "2025-02-27"), nlp).claims
    assert _one(claims, "reopen").participants == ("Golden Gate Bridge",)
    put_off = _one(claims, contains="spacewalk")
    assert put_off.moves_event and (put_off.time is None or put_off.time.start is None)
