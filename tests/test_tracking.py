"""Tracking end to end on the seed page: one story, the visit confirmed by the note, and more."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_ARTICLE, SEED_NOTE
from storyline import workflow
from storyline.model import Claim, Timex
from storyline.settings import build_settings
from storyline.store import ClaimRecord, open_store
from storyline.track.tracker import _time_end, _with_its_participants

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "nordic_crane"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    """The seed article added, then the seed note typed under it, as a user would."""
    db = tmp_path_factory.mktemp("seed") / "storyline.db"
    store = open_store(str(db))
    limits = workflow.ingest_limits(build_settings({}, environ={}))
    added = workflow.add_sources(store, [str(SEED_ARTICLE)], limits)
    [article_id] = added.ids
    note, _, report = workflow.add_note(store, article_id, SEED_NOTE.read_text(encoding="utf-8"))
    yield store, article_id, note.id, report
    store.close()


def claims_saying(store, *words: str) -> list[ClaimRecord]:
    return [
        record
        for record in store.claims()
        if all(w in f"{record.claim.text} {record.claim.sentence}".lower() for w in words)
    ]


def test_article_and_note_form_one_story(seeded) -> None:
    store, article_id, note_id, _ = seeded
    [story] = store.stories()
    assert set(story.documents) == {article_id, note_id}


def test_planned_visit_is_confirmed_by_the_note(seeded) -> None:
    store, article_id, note_id, report = seeded
    planned = [
        r
        for r in claims_saying(store, "visit", "russia")
        if r.claim.doc_id == article_id and r.claim.modality == "planned"
    ]
    assert planned, "the article's planned visit was not extracted"
    confirmed = [r for r in planned if r.claim.status == "confirmed"]
    assert confirmed
    evidence = [e for e in confirmed[0].claim.evidence if e.relation == "confirms"]
    assert evidence and evidence[0].doc_id == note_id
    confirming = store.get_claim(evidence[0].claim_id).claim
    sources = " ".join(link.source.lower() for link in confirming.attribution)
    assert "interfax" in sources and "kremlin" in sources
    assert any(change.after == "confirmed" for change in report.changes)


def test_no_vladivostok_claim_is_confirmed(seeded) -> None:
    store, *_ = seeded
    vladivostok = claims_saying(store, "vladivostok")
    assert vladivostok
    assert all(r.claim.status != "confirmed" for r in vladivostok)


def test_arms_supply_claim_is_contested(seeded) -> None:
    store, article_id, *_ = seeded
    supply = [r for r in claims_saying(store, "supplying") if r.claim.doc_id == article_id]
    assert any(r.claim.status == "contested" for r in supply)


def test_shoigu_july_trip_is_one_entry_with_two_sources(seeded) -> None:
    store, article_id, note_id, _ = seeded
    july = [
        r.entry
        for r in store.timeline()
        if (r.entry.start or "").startswith("2023-07") and "shoigu" in _entry_text(store, r)
    ]
    assert len(july) == 1
    assert {source.doc_id for source in july[0].sources} == {article_id, note_id}
    assert (july[0].start, july[0].end) == ("2023-07-25", "2023-07-27")


def _entry_text(store, record) -> str:
    return " ".join(
        [record.entry.summary, *(source.sentence for source in record.entry.sources)]
    ).lower()


def test_note_restatements_are_not_new(seeded) -> None:
    store, _, note_id, _ = seeded
    earlier = [r for r in store.claims(doc_id=note_id) if "earlier" in r.claim.sentence.lower()]
    assert earlier and all(not r.is_new for r in earlier)


def test_analyst_override_is_kept_as_evidence_and_respected(tmp_path: Path, seeded) -> None:
    store, *_ = seeded
    target = store.claims(status="open")[0]
    record = workflow.set_claim_status(store, target.claim.id, "expired", "the forum ended")
    assert record.claim.status == "expired" and record.status_pinned
    assert record.claim.evidence[-1].relation == "set"


def test_the_example_story_tracks_denials_plans_and_the_ship(tmp_path: Path) -> None:
    """The bundled Nordic Crane story: what the README's dossier shows."""
    store = open_store(str(tmp_path / "storyline.db"))
    limits = workflow.ingest_limits(build_settings({}, environ={}))
    workflow.add_sources(store, [str(EXAMPLE)], limits)

    def status(*words: str) -> set[str]:
        return {r.claim.status or "open" for r in claims_saying(store, *words)}

    assert status("oil sheen near the hull") == {"contested"}  # Baltic Watch v. the port
    assert status("no oil had leaked") == {"contested"}  # the port's account, rejected
    assert status("likely to open an inquiry") == {"confirmed"}  # `it has opened an inquiry`
    assert status("may be towed to gdynia") == {"confirmed"}  # `towed to the port of Gdynia`
    assert "confirmed" not in status("refloat the ship on thursday")  # it failed that day
    assert status("captain will be questioned") == {"confirmed"}  # the note: on Tuesday
    assert status("three tugboats will pull") == {"confirmed"}  # Thursday failed, Saturday not
    [towing] = claims_saying(store, "may be towed to gdynia")
    # Coastal Times tells the towing twice: one confirmation, no restatement beside it
    assert [e.relation for e in towing.claim.evidence] == ["confirms"]
    days = {e.entry.start: e.entry for e in store.timeline()}
    [captain] = [e for e in days.values() if "captain" in e.summary]
    # the plan of next week, carried out on Tuesday: one entry of that day with both sources
    assert (captain.start, captain.is_plan, len(captain.sources)) == ("2024-03-19", False, 2)
    assert "inquiry" in days["2024-03-15"].summary  # `The inquiry ... began on Friday`
    thursday = {s.doc_id for s in days["2024-03-14"].sources}
    assert len(thursday) == 2  # the plan for Thursday and the failed attempt that day
    store.close()


def _excerpt(folder: Path, name: str, outlet: str, date: str, text: str) -> str:
    path = folder / name
    header = f"URL: https://example.org/{name}\nOUTLET: {outlet}\nPUBLICATION_DATE: {date}\n---\n"
    path.write_text(header + text, encoding="utf-8")
    return str(path)


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _tracked(tmp_path: Path, *excerpts: tuple[str, str, str]):
    store = open_store(str(tmp_path / "storyline.db"))
    limits = workflow.ingest_limits(build_settings({}, environ={}))
    for n, (outlet, date, text) in enumerate(excerpts):
        workflow.add_sources(store, [_excerpt(tmp_path, f"{n:02}.txt", outlet, date, text)], limits)
    return store


def test_an_arrival_at_the_place_another_outlet_names_confirms_the_return(tmp_path: Path) -> None:
    """The place a claim happens at is one of its participants: `returned debris to shore in
    Newfoundland` and `the debris's arrival in port at St. John's, Newfoundland` share it."""
    store = _tracked(
        tmp_path,
        ("Harbour Daily", "2023-06-28", "Earlier in the day, a Canadian-flagged ship returned "
         "debris from the lost submersible to shore in Newfoundland."),
        ("Coast Wire", "2023-06-28", "Wednesday's arrival of the submersible debris in port at "
         "St. John's, Newfoundland, is central to the inquiry into the accident."),
    )  # fmt: skip
    [returned] = claims_saying(store, "returned debris")
    assert returned.claim.status == "confirmed"
    assert returned.claim.evidence[0].relation == "confirms"
    store.close()


def test_a_report_that_names_its_actors_finds_the_plan_that_named_no_one(tmp_path: Path) -> None:
    """`the trawler will be inspected` names no one; `Inspectors from the Norwegian Maritime
    Authority inspected the trawler` does: the earlier claim is found by its kind of happening
    all the same, and the report confirms it."""
    store = _tracked(
        tmp_path,
        ("Harbour Daily", "2024-05-02", "A fishing trawler ran aground near Bergen on Tuesday. "
         "The harbour master said the trawler will be inspected next week."),
        ("Coast Wire", "2024-05-10", "The fishing trawler that ran aground near Bergen last week "
         "is back in port. Inspectors from the Norwegian Maritime Authority inspected the "
         "trawler on Wednesday, a spokesman said."),
    )  # fmt: skip
    [plan] = claims_saying(store, "will be inspected")
    [inspected] = claims_saying(store, "inspected the trawler")
    assert not plan.entity_ids and inspected.entity_ids  # one names no one, the other does
    assert [e.relation for e in plan.claim.evidence] == ["confirms"]
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_strike_foretold_is_confirmed_by_the_walkout_and_the_open_terminal_contradicted(
    tmp_path: Path,
) -> None:
    """A story with nothing named in common between plan and report: `the strike will begin on
    Thursday` and `the walkout would go ahead on Thursday` are confirmed by `600 dock workers
    walked out ... on Thursday` (the same kind on the same day); `divert vessels` by `ships
    were diverted`; and `the terminal will stay open` is contradicted by `The terminal was
    closed`."""
    store = _tracked(
        tmp_path,
        ("Metro Wire", "2025-03-03", "Dock workers at the Halden container terminal voted on "
         "Sunday to walk out, the Nordic Transport Union said. The union said the strike will "
         "begin on Thursday unless the operator, Baltic Gateway, raises its wage offer. A "
         "company spokeswoman, Ingrid Solberg, said the terminal will stay open during the "
         "strike. Shipping lines may divert vessels to Gothenburg, according to analysts at "
         "Frontline Research."),
        ("Harbour Daily", "2025-03-05", "Talks between Baltic Gateway and the Nordic Transport "
         "Union broke down on Tuesday, union leader Per Aasen said. Aasen said the walkout would "
         "go ahead on Thursday as planned."),
        ("Coast Times", "2025-03-07", "About 600 dock workers walked out at the Halden container "
         "terminal on Thursday, halting all operations, police said. The terminal was closed on "
         "Friday, contrary to the company's earlier assurances. Two container ships were "
         "diverted to Gothenburg on Friday, the Swedish port authority said."),
    )  # fmt: skip
    [strike] = claims_saying(store, "the strike will begin")
    [walkout] = claims_saying(store, "walkout would go ahead")
    for plan in (strike, walkout):
        assert plan.claim.status == "confirmed"
        confirming = [e for e in plan.claim.evidence if e.relation == "confirms"]
        assert "2025-03-07" in [e.date for e in confirming]  # the police: they walked out
    assert claims_saying(store, "may divert vessels")[0].claim.status == "confirmed"
    assert claims_saying(store, "stay open")[0].claim.status == "contradicted"
    store.close()


def test_a_report_its_own_document_denies_confirms_nothing(tmp_path: Path) -> None:
    """Media reports told only to be rejected by the ministry in the same article do not
    confirm the Telegram channel's earlier word."""
    store = _tracked(
        tmp_path,
        ("Harbour Daily", "2023-08-23", "A private jet crashed north of Moscow on Wednesday. Air "
         "defences shot the jet down, a Telegram channel reported."),
        ("Coast Wire", "2023-08-25", "The private jet that crashed north of Moscow on Wednesday "
         "was carrying ten people. Several media outlets reported that Russian air defences shot "
         "the jet down. The Russian defence ministry denied that Russian air defences shot the "
         "jet down."),
    )  # fmt: skip
    [telegram] = [r for r in claims_saying(store, "shot the jet down") if not r.entity_ids]
    assert telegram.claim.status != "confirmed"
    assert [e.reason for e in telegram.claim.evidence] == ["told in a report that denies it"]
    store.close()


def test_notes_typed_under_an_article_settle_its_claims(tmp_path: Path) -> None:
    """Notes as an analyst types them (`2025-05-09: Reuters: ...`): the postponement
    contradicts the meeting planned for Thursday, the outlet named before the colon is the
    source, not a participant, and the aid group denying it paid repeats its own refusal."""
    store = _tracked(
        tmp_path,
        ("World Desk", "2025-05-05", "Negotiators will meet in Doha on Thursday to discuss the "
         "release of four aid workers held in northern Sahel since March, Qatar's foreign "
         "ministry said. The aid group, Relief Without Borders, said it would not pay any "
         "ransom."),
    )  # fmt: skip
    [article] = store.documents()
    for text in (
        "2025-05-09: Reuters: the Doha meeting was postponed to next week.",
        "2025-05-16: AFP reports the four aid workers were freed on Thursday after talks in "
        "Doha. Relief Without Borders denied paying a ransom.",
    ):
        workflow.add_note(store, article.id, text)
    [meeting] = claims_saying(store, "will meet in doha")
    assert meeting.claim.status == "contradicted"
    [postponed] = claims_saying(store, "was postponed")
    assert [a.source for a in postponed.claim.attribution] == ["note", "Reuters"]
    [freed] = claims_saying(store, "were freed")
    assert "Agence France-Presse" not in freed.claim.participants
    [refusal] = claims_saying(store, "would not pay")
    assert [e.relation for e in refusal.claim.evidence] == ["restates"]
    store.close()


def test_a_visit_seen_from_the_host_confirms_the_trip(tmp_path: Path) -> None:
    """`Erdoğan received Zelensky in Ankara on Tuesday` is the trip `Zelenskyy will travel to
    Ankara on Tuesday` seen from the host (spelled two ways, one person), and `the two leaders
    discussed a prisoner swap` is the `prisoner exchange` he was to discuss."""
    store = _tracked(
        tmp_path,
        ("Kyiv Wire", "2025-02-10", "Ukrainian President Volodymyr Zelenskyy will travel to "
         "Ankara on Tuesday to meet Turkish President Recep Tayyip Erdogan, his office said. "
         "Zelenskyy is expected to discuss a prisoner exchange with Russia."),
        ("Anadolu English", "2025-02-11", "Turkish President Recep Tayyip Erdoğan received "
         "Ukraine's Volodymyr Zelensky in Ankara on Tuesday. The two leaders discussed a "
         "prisoner swap, Erdoğan's office said."),
    )  # fmt: skip
    [trip] = claims_saying(store, "will travel to ankara")
    [talks] = claims_saying(store, "expected to discuss")
    assert (trip.claim.status, talks.claim.status) == ("confirmed", "confirmed")
    assert [r.claim.predicate for r in claims_saying(store, "received")] == ["host"]
    store.close()


def test_a_later_short_denial_contests_the_strike(tmp_path: Path) -> None:
    """`The Kremlin again denied striking the hospital` has too few words to resemble the
    report of the strike; the very verb done to the same thing finds it."""
    store = _tracked(
        tmp_path,
        ("Frontline News", "2025-04-07", "A Russian missile struck a children's hospital in "
         "Kharkiv on Monday, killing three people, Ukraine's interior ministry said."),
        ("Geneva Times", "2025-04-10", "A United Nations team visited the damaged children's "
         "hospital in Kharkiv on Wednesday. The Kremlin again denied striking the hospital."),
    )  # fmt: skip
    [strike] = claims_saying(store, "missile struck")
    assert strike.claim.status == "contested"
    assert [e.relation for e in strike.claim.evidence] == ["denies"]
    store.close()


def test_an_outlet_quoting_the_same_agency_restates_it(tmp_path: Path) -> None:
    """`US Coast Guard` in a headline and `the United States Coast Guard` are one source."""
    store = _tracked(
        tmp_path,
        ("Harbour Daily", "2023-06-28", "According to the United States Coast Guard, human "
         "remains have been located in the wreckage of the Titan submersible."),
        ("Coast Wire", "2023-06-29", "Titan: the latest\n\nHuman remains found in Titan "
         "submersible wreckage, US Coast Guard says\n\nThe Coast Guard said on Thursday that "
         "the search had ended."),
    )  # fmt: skip
    [located] = claims_saying(store, "have been located")
    assert {e.relation for e in located.claim.evidence} == {"restates"}
    assert located.claim.status != "confirmed"
    store.close()


def test_a_report_of_death_contradicts_the_hope_they_were_alive(tmp_path: Path) -> None:
    """`still alive` is `not dead`, and `the crew` is the crew of what the report is about."""
    store = _tracked(
        tmp_path,
        ("Harbour Daily", "2023-06-21", "The Nautilus submarine went missing on Sunday. A "
         "biologist said the sounds were consistent with the theory that the crew, trapped, were "
         "still alive and signalling to the outside world. The Nautilus carried five people."),
        ("Coast Wire", "2023-06-23", "The Nautilus submarine imploded on Sunday, the navy said. "
         "All five passengers and crew were killed."),
    )  # fmt: skip
    [alive] = [r for r in store.claims() if r.claim.text.startswith("the crew, trapped")]
    assert alive.claim.status == "contradicted"
    store.close()


def test_a_claim_that_names_no_one_is_found_by_the_same_verb_in_nearly_the_same_words(
    tmp_path: Path,
) -> None:
    """`two jailers had been asleep` names no one, says what it acts on and no day: a later
    report in nearly the same words, with the very same verb, is about the same thing."""
    store = _tracked(
        tmp_path,
        ("WTVX", "2025-03-12", "Two inmates escaped from the Calhoun County Jail on Sunday. "
         "Two jailers had been asleep when the men cut through the wall, a guard told the "
         "station."),
        ("Atlanta Courier", "2025-03-17", "Both inmates who escaped from the Calhoun County Jail "
         "are back in custody. An internal review found that two jailers had been asleep when "
         "the inmates cut through a cell wall on March 9, Sheriff Dale Brooks said."),
    )  # fmt: skip
    [asleep] = [r for r in claims_saying(store, "men cut") if r.claim.text.startswith("Two")]
    assert [e.relation for e in asleep.claim.evidence] == ["confirms"]
    assert asleep.claim.status == "confirmed"
    store.close()


def test_a_happening_told_at_the_foreseen_event_on_its_day_confirms_the_plan(
    tmp_path: Path,
) -> None:
    """`waived extradition at a hearing in Mobile on Friday` shares few words with `He will
    appear in court in Mobile on Friday`, but tells the hearing took place, so the plan does
    not expire; what was done at it without a plan for it confirms nothing."""
    store = _tracked(
        tmp_path,
        ("Gulf Coast Herald", "2025-03-13", "Escaped Georgia inmate Marcus Reyes was captured "
         "Wednesday night at a motel in Mobile, the U.S. Marshals Service said. He will appear "
         "in court in Mobile on Friday."),
        ("Southern Post", "2025-03-17", "Escaped Georgia inmate Marcus Reyes waived extradition "
         "at a hearing in Mobile on Friday and will be returned to Georgia, his lawyer said."),
    )  # fmt: skip
    [plan] = claims_saying(store, "appear in court")
    assert [e.relation for e in plan.claim.evidence] == ["confirms"]
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_happening_at_an_event_foreseen_on_no_day_confirms_the_plan(tmp_path: Path) -> None:
    """`will hold a hearing on the disruptions`, on no day, then weeks later `apologized at a
    Senate Commerce Committee hearing on Thursday`: the hearing the committee foresaw."""
    store = _tracked(
        tmp_path,
        ("Texas Post", "2023-01-06", "Southwest Airlines said the cancellations of late December "
         "would cost it up to $825 million. The Senate Commerce Committee will hold a hearing on "
         "the disruptions, its chair, Senator Maria Cantwell, said."),
        ("The National Record", "2023-02-09", "Southwest Airlines' chief operating officer "
         "Andrew Watterson apologized to customers at a Senate Commerce Committee hearing on "
         "Thursday over the December cancellations."),
    )  # fmt: skip
    [plan] = claims_saying(store, "hold a hearing")
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_match_played_without_the_partner_a_plan_names_is_not_that_match(
    tmp_path: Path,
) -> None:
    """`lost their first-round doubles match on Thursday` is the doubles with his brother, not
    the mixed doubles with Emma Raducanu foreseen on no day."""
    store = _tracked(
        tmp_path,
        ("London Sport", "2024-06-29", "Andy Murray will also play mixed doubles with Emma "
         "Raducanu, the All England Club confirmed."),
        ("Court Report", "2024-07-02", "Andy Murray will still play the men's doubles with his "
         "brother Jamie Murray on Thursday, his team said."),
        ("The Daily Rally", "2024-07-04", "Andy and Jamie Murray lost their first-round doubles "
         "match at Wimbledon on Thursday to Rinky Hijikata and John Peers."),
    )  # fmt: skip
    [mixed] = [r for r in claims_saying(store, "mixed doubles") if "mixed" in r.claim.text]
    [brothers] = [r for r in claims_saying(store, "his brother") if "brother" in r.claim.text]
    assert mixed.claim.status == "open" and brothers.claim.status == "confirmed"
    store.close()


def test_a_party_that_says_it_will_not_do_what_it_planned_calls_the_plan_off(
    tmp_path: Path,
) -> None:
    """`would not pursue its purchase`, said by the buyer, is its decision; said by analysts,
    a view that settles nothing."""
    first = ("Nordic Wire", "2025-05-05", "Vestkraft agreed on Monday to buy the fish farmer "
             "Nordfisk, the two companies said.")  # fmt: skip
    store = _tracked(
        tmp_path,
        first,
        ("Baltic Ledger", "2025-05-06", "Vestkraft said on Tuesday it would not pursue its "
         "purchase of Nordfisk."),
    )  # fmt: skip
    [plan] = claims_saying(store, "to buy the fish farmer")
    assert plan.claim.status == "contradicted"
    store.close()
    store = _tracked(
        _fresh(tmp_path / "analysts"),
        first,
        ("Baltic Ledger", "2025-05-06", "Analysts said on Tuesday that Vestkraft would not "
         "complete its purchase of Nordfisk."),
    )  # fmt: skip
    [plan] = claims_saying(store, "to buy the fish farmer")
    assert plan.claim.status != "contradicted"
    store.close()


def test_a_strike_called_off_the_day_before_contradicts_it(tmp_path: Path) -> None:
    store = _tracked(
        tmp_path,
        ("Nordic Wire", "2025-05-05", "Dockworkers at the port of Vesterhavn will strike on "
         "Friday, their union said on Monday."),
        ("Baltic Ledger", "2025-05-08", "The union called off Friday's strike at the port of "
         "Vesterhavn on Thursday after a late pay offer."),
    )  # fmt: skip
    [plan] = claims_saying(store, "will strike on friday")
    assert [e.relation for e in plan.claim.evidence] == ["contradicts"]
    assert plan.claim.status == "contradicted"
    store.close()


def test_a_victory_certified_confirms_the_win_the_wire_called(tmp_path: Path) -> None:
    store = _tracked(
        tmp_path,
        ("Ohio Wire", "2025-11-05", "RIVERTON, Ohio (AP) — Council member Omar Haddad won the "
         "race for mayor of Riverton on Tuesday, defeating Mayor Linda Park."),
        ("Cincy Ledger", "2025-11-19", "The Hamilton County Board of Elections certified the "
         "results of the Riverton mayoral election on Tuesday, confirming Omar Haddad's victory "
         "over Mayor Linda Park."),
    )  # fmt: skip
    [won] = claims_saying(store, "haddad won")
    assert won.claim.text.startswith("Council member")  # the dateline is no part of it
    assert won.claim.status == "confirmed"
    store.close()


def test_a_denial_its_source_goes_back_on_no_longer_contests_the_claim(tmp_path: Path) -> None:
    """The company denies the breach a researcher reported, then admits it: what it denied is
    confirmed by the denier itself, and the report, no longer contested, stands confirmed."""
    store = _tracked(
        tmp_path,
        ("TechWire", "2025-06-02", "Hackers broke into the systems of the telecom operator "
         "NorthLink on Sunday, the security researcher Anna Berg said."),
        ("Nordic Business Daily", "2025-06-03", "The telecom operator NorthLink denied that "
         "hackers had broken into its systems on Sunday."),
        ("Baltic Reuters", "2025-06-06", "The telecom operator NorthLink confirmed on Friday "
         "that hackers had broken into its systems on Sunday, reversing its denial."),
    )  # fmt: skip
    [report] = claims_saying(store, "anna berg")
    [denial] = [r for r in claims_saying(store, "broken into") if r.claim.modality == "denied"]
    assert denial.claim.status == "confirmed"
    assert {e.relation for e in report.claim.evidence} == {"denies", "confirms"}
    assert report.claim.status == "confirmed"
    store.close()


def test_a_deadline_met_early_is_kept(tmp_path: Path) -> None:
    """`would publish its report by Friday`, then `published its report on Wednesday`: done
    before the deadline, which a report of another day would otherwise contradict."""
    store = _tracked(
        tmp_path,
        ("Harbour Wire", "2026-03-02", "The safety board said it would publish its report on "
         "the ferry fire by Friday."),
        ("Coastal Times", "2026-03-05", "The safety board published its report on the ferry "
         "fire on Wednesday."),
    )  # fmt: skip
    [plan] = claims_saying(store, "by friday")
    assert plan.claim.time is not None and plan.claim.time.mod == "ON_OR_BEFORE"
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_confession_outweighs_another_s_denial(tmp_path: Path) -> None:
    """A paper reports that a clerk switched off the cameras; the bank denies it; the clerk
    confesses, told by the same wire that carried the paper's report. The confession confirms
    the report (the wire only carries both), and the bank's denial no longer contests it."""
    store = _tracked(
        tmp_path,
        ("Harbour Wire", "2026-03-03", "The Evening Ledger reported that a clerk had switched "
         "off the security cameras before the robbery. The bank's chief executive, Mona Vik, "
         "denied the report."),
        ("Harbour Wire", "2026-03-10", "A clerk at the bank was detained on Monday and has "
         "admitted switching off the security cameras, police said."),
    )  # fmt: skip
    [report] = [r for r in claims_saying(store, "had switched") if r.claim.modality != "denied"]
    assert report.claim.theme == "camera"
    assert {e.relation for e in report.claim.evidence} == {"denies", "confirms"}
    assert report.claim.status == "confirmed"
    store.close()


def test_a_claim_is_compared_with_the_participants_it_names_by_pronoun() -> None:
    claim = Claim("c1", "d1", "she would not resign", "", (0, 20), participants=("Kari Holm",))
    assert _with_its_participants(claim) == "Kari Holm: she would not resign"
    named = Claim("c2", "d1", "Kari Holm resigned", "", (0, 18), participants=("Kari Holm",))
    assert _with_its_participants(named) == "Kari Holm resigned"


def test_a_vote_moved_to_a_day_and_lost_that_day_is_one_entry(tmp_path: Path) -> None:
    """`postponed the vote to Friday` is a plan for Friday; `lost a vote of no confidence on
    Friday` decides that vote: one timeline entry, and `expected to survive` is contradicted."""
    store = _tracked(
        tmp_path,
        ("Nordic Wire", "2025-10-14", "Analysts said Prime Minister Mart Kallaste was still "
         "expected to survive the confidence vote."),
        ("ERR News", "2025-10-15", "Speaker Kadri Rebane postponed the confidence vote against "
         "Prime Minister Mart Kallaste to Friday."),
        ("Nordic Wire", "2025-10-17", "Prime Minister Mart Kallaste lost a vote of no confidence "
         "in parliament on Friday, 52 to 49."),
    )  # fmt: skip
    friday = [e for e in store.timeline() if e.entry.start == "2025-10-17"]
    assert len(friday) == 1 and len({s.doc_id for s in friday[0].entry.sources}) == 2
    [survive] = claims_saying(store, "expected to survive")
    assert survive.claim.status == "contradicted"
    store.close()


def test_a_night_runs_into_the_next_morning_for_linking() -> None:
    overnight = Timex("overnight", 0, 9, "TIME", "2026-04-14TNI", None, "2026-04-14", "2026-04-14")
    assert _time_end(overnight) == "2026-04-15"  # `replaced the valve on Wednesday` is in it
    tuesday = Timex("Tuesday", 0, 7, "DATE", "2026-04-14", None, "2026-04-14", "2026-04-14")
    assert _time_end(tuesday) == "2026-04-14" and _time_end(None) is None


def test_a_plan_from_a_day_onward_is_looked_for_two_weeks_on_and_one_from_a_month_in_it() -> None:
    monday = Timex("Monday", 0, 6, "DATE", "2025-06-09", "ON_OR_AFTER", "2025-06-09", "2025-06-09")
    assert _time_end(monday) == "2025-06-23"  # `as soon as Monday`, filed on Tuesday
    june = Timex("June", 0, 4, "DATE", "2026-06", "ON_OR_AFTER", "2026-06-01", "2026-06-30")
    assert _time_end(june) == "2026-06-30"


@pytest.mark.parametrize(("done", "status"), [("visited", "open"), ("signed a bill in", "expired")])
def test_a_plan_whose_kind_was_done_on_its_day_somewhere_unnamed_does_not_expire(
    tmp_path: Path, done: str, status: str
) -> None:
    """`will travel to Maui on Monday`, then `visited Lahaina on Monday`: a town the tracker
    cannot know to be on the island, so no confirmation; but nor did the plan run out."""
    store = _tracked(
        tmp_path,
        ("Capitol Report", "2023-08-16", "President Joe Biden will travel to Maui on Monday to "
         "meet Governor Josh Green and survivors of the Lahaina wildfire, the White House said."),
        ("Pacific Wire", "2023-08-21", f"President Joe Biden {done} the town of Lahaina on "
         "Monday with Governor Josh Green, after the wildfire."),
        ("Pacific Wire", "2023-08-29", "The death toll from the wildfires on Maui stood at 115 "
         "on Tuesday, Governor Josh Green said."),
    )  # fmt: skip
    [plan] = claims_saying(store, "will travel to maui")
    assert plan.claim.status == status
    store.close()


def test_a_judges_word_to_rule_is_kept_by_the_courts_order(tmp_path: Path) -> None:
    """The ruling foretold names the judge, the order the court: looked up by its kind, the
    order on the day keeps the judge's word."""
    store = _tracked(
        tmp_path,
        ("Harbour Post", "2023-12-04", "A Hong Kong court on Monday adjourned the winding-up "
         "hearing against China Evergrande Group to January 29. Justice Linda Chan said she "
         "would rule on the petition at the January hearing."),
        ("Kowloon Times", "2024-01-29", "A Hong Kong court on Monday ordered the liquidation "
         "of China Evergrande Group."),
    )  # fmt: skip
    [plan] = claims_saying(store, "she would rule")
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_surname_alone_is_the_source_its_report_named_in_full(tmp_path: Path) -> None:
    """`Rubiales ... said the kiss was consensual`, then `told him the kiss had been
    consensual`: one source, so the second only restates the first."""
    store = _tracked(
        tmp_path,
        ("Continental Sport", "2023-09-15", "Prosecutors filed charges against Luis Rubiales "
         "on Friday. Rubiales has denied wrongdoing and said the kiss was consensual."),
        ("Iberia Daily", "2023-09-16", "Luis Rubiales appeared before a judge in Madrid on "
         "Friday and told him the kiss had been consensual, his lawyers said."),
    )  # fmt: skip
    [first] = [r for r in store.claims() if r.claim.text == "the kiss was consensual"]
    assert [e.relation for e in first.claim.evidence] == ["restates"]
    assert first.claim.status == "open"
    store.close()


def test_a_plan_from_a_day_onward_does_not_expire(tmp_path: Path) -> None:
    store = _tracked(
        tmp_path,
        ("Coast Ledger", "2023-05-02", "The guild said its members would picket outside "
         "Disney's studios from Tuesday afternoon. The guild said Fran Drescher would meet "
         "Disney executives on Wednesday."),
        ("Screen Wire", "2023-08-10", "The guild's Fran Drescher said on Thursday that "
         "Disney had made no new offer."),
    )  # fmt: skip
    [picket] = claims_saying(store, "would picket")
    assert picket.claim.status == "open"
    [meet] = claims_saying(store, "would meet")
    assert meet.claim.status == "expired"  # a plan for one day runs out
    store.close()


def test_a_state_held_until_a_time_does_not_run_out(tmp_path: Path) -> None:
    """`will remain closed until at least 11 a.m. Thursday` needs no report to come about."""
    store = _tracked(
        tmp_path,
        ("Capital News", "2025-01-30", "The Reagan National Airport will remain closed until "
         "at least 11 a.m. Thursday, the airports authority said."),
        ("Potomac Post", "2025-02-02", "Flights at Reagan National Airport resumed their "
         "normal schedule on Sunday, the airports authority said."),
    )  # fmt: skip
    [closed] = claims_saying(store, "remain closed")
    assert closed.claim.status == "open"
    store.close()


def test_a_debut_on_the_day_foreseen_confirms_the_listing_that_named_no_one(
    tmp_path: Path,
) -> None:
    """`in their Nasdaq debut on Thursday` tells what `will begin trading on September 14`
    foresaw: the event a report is told at finds the plans of its kind, named or not."""
    store = _tracked(
        tmp_path,
        ("Market Ledger", "2023-09-05", "Arm Holdings set a price range for its listing on "
         "Tuesday. Arm will begin trading on the Nasdaq on September 14, people familiar with "
         "the matter said."),
        ("Finance Wire", "2023-09-14", "Shares of Arm Holdings jumped 25% in their Nasdaq debut "
         "on Thursday, after opening at $56.10."),
    )  # fmt: skip
    [plan] = claims_saying(store, "begin trading")
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_name_the_tagger_missed_in_a_report_is_known_from_an_earlier_one(
    tmp_path: Path,
) -> None:
    """The store knows `Sophie Marchand` from the first report; the tagger misses her in the
    second, whose claim still names her, and so settles what was foreseen of her."""
    store = _tracked(
        tmp_path,
        ("Paris Dispatch", "2025-02-20", "Negotiators expect Sophie Marchand to be freed within "
         "days, a Nigerien official told the Paris Dispatch on Thursday."),
        ("Sahel Report", "2025-02-24", "French aid worker Sophie Marchand freed in Niger\n\n"
         "NIAMEY - Sophie Marchand was released on Sunday and flown to Niamey, Niger's "
         "government said."),
    )  # fmt: skip
    released = [r for r in claims_saying(store, "released") if r.claim.predicate == "free"]
    assert released and all(r.entity_ids for r in released)
    [plan] = claims_saying(store, "freed within days")
    assert plan.claim.status == "confirmed"
    store.close()


def test_a_person_quoted_at_the_ceremony_finds_the_plan_to_attend_it(tmp_path: Path) -> None:
    """The report of the groundbreaking names only the company; the governor is only the
    source of a quote `at the ceremony`. The document's speakers find earlier claims about
    them, so the plan that she would attend is found, and borne out."""
    store = _tracked(
        tmp_path,
        ("Ohio Dispatch", "2025-05-12", "Silverline Semiconductor will build a $4 billion chip "
         "plant near Columbus, the company said on Monday. Governor Ellen Ward will attend a "
         "groundbreaking ceremony on Thursday."),
        ("Midwest Wire", "2025-05-15", "Silverline Semiconductor broke ground on its $4 billion "
         "chip plant near Columbus on Thursday. 'This is the biggest investment in the state's "
         "history,' Governor Ellen Ward said at the ceremony."),
    )  # fmt: skip
    [plan] = claims_saying(store, "groundbreaking ceremony")
    assert plan.claim.status == "confirmed"
    store.close()
