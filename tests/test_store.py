"""The store on SQLite and PostgreSQL: atomic writes, idempotent adds, versions, search, errors."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from stores import BACKENDS, store_url_for
from storyline.errors import ConfigError, NotFound, StoreError
from storyline.model import (
    Attribution,
    Claim,
    Document,
    Event,
    Evidence,
    Mention,
    Story,
    TimelineEntry,
    Timex,
    content_id,
)
from storyline.store import ClaimRecord, EntityRecord, EntryRecord, Store, open_store
from storyline.store.registry import backend_name
from storyline.store.sqlite import SQLiteStore


def make_document(text: str, **fields: object) -> Document:
    kind = str(fields.pop("kind", "article"))
    return Document(id=content_id("d", kind, text), kind=kind, text=text, **fields)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A `--db` value naming a new, empty store: a SQLite file, or a PostgreSQL schema."""
    with store_url_for(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def fresh_store(store_url: str):
    store = open_store(store_url)
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path: Path):
    store = open_store(str(tmp_path / "storyline.db"))
    yield store
    store.close()


def test_new_file_is_wal_with_foreign_keys_and_schema(sqlite_store: SQLiteStore) -> None:
    db = sqlite3.connect(sqlite_store.location)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "claims", "evidence", "stories", "entities", "events"} <= tables
    assert sqlite_store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_adding_the_same_content_twice_returns_the_existing_id(fresh_store: Store) -> None:
    document = make_document("Shoigu arrived in Pyongyang.")
    assert fresh_store.add_document(document) == (document.id, True)
    assert fresh_store.add_document(document) == (document.id, False)
    assert fresh_store.counts()["documents"] == 1


def test_the_same_wire_copy_on_another_day_is_the_article_already_kept(
    fresh_store: Store,
) -> None:
    first = replace(make_document("Shoigu arrived in Pyongyang."), published="2023-07-25")
    again = replace(first, published="2023-07-26", outlet="Another outlet")
    assert fresh_store.add_document(first) == (first.id, True)
    assert fresh_store.add_document(again) == (first.id, False)
    assert fresh_store.get_document(first.id).document.published == "2023-07-25"


def test_same_url_with_new_content_is_a_new_version(fresh_store: Store) -> None:
    url = "https://example.org/story"
    first = make_document("First version.", url=url)
    second = make_document("Second version, updated.", url=url)
    fresh_store.add_document(first)
    fresh_store.add_document(second)
    assert fresh_store.get_document(first.id).version == 1
    assert fresh_store.get_document(second.id).version == 2


def test_failure_inside_a_transaction_leaves_the_store_unchanged(fresh_store: Store) -> None:
    fresh_store.add_document(make_document("Kept before the failure."))
    with pytest.raises(RuntimeError), fresh_store.transaction():
        fresh_store.add_document(make_document("Written, then rolled back."))
        with fresh_store.transaction():
            fresh_store.add_document(make_document("Nested, rolled back too."))
        raise RuntimeError("import failed halfway")
    assert [s.document.text for s in fresh_store.documents()] == ["Kept before the failure."]


def test_inner_savepoint_rolls_back_alone(fresh_store: Store) -> None:
    with fresh_store.transaction():
        fresh_store.add_document(make_document("Outer write."))
        with pytest.raises(ValueError), fresh_store.transaction():
            fresh_store.add_document(make_document("Inner write."))
            raise ValueError
    assert [s.document.text for s in fresh_store.documents()] == ["Outer write."]


def test_note_needs_an_existing_parent(fresh_store: Store) -> None:
    orphan = make_document("A note.", kind="note", parent_id="dmissing", published="2023-09-11")
    with pytest.raises(NotFound):
        fresh_store.add_document(orphan)
    assert fresh_store.counts()["documents"] == 0


def test_documents_are_found_by_unique_prefix(fresh_store: Store) -> None:
    document = make_document("Prefix lookup.")
    fresh_store.add_document(document)
    assert fresh_store.get_document(document.id[:6]).id == document.id
    with pytest.raises(NotFound, match="no document"):
        fresh_store.get_document("dzzzz")


def test_document_round_trips_every_field(fresh_store: Store) -> None:
    document = make_document(
        "Body text.",
        title="Title",
        outlet="UNIAN",
        author="Katerina Chernovol",
        published="2023-09-04T21:53",
        headings=("A heading",),
        paragraphs=("Body text.",),
        original="Body\u00a0text.",
        date_reason="copyright year",
    )
    fresh_store.add_document(document)
    assert fresh_store.get_document(document.id).document == document


def test_search_quotes_user_text_and_highlights(fresh_store: Store) -> None:
    fresh_store.add_document(make_document("Sergei Shoigu was invited to North Korea."))
    fresh_store.add_document(make_document("Nothing to see here."))
    hits = fresh_store.search("Shoigu")
    assert len(hits) == 1
    assert "[Shoigu]" in hits[0].snippet
    assert len(fresh_store.search('Shoigu" (-*')) == 1
    assert fresh_store.search("***") == []


def test_saving_timexes_again_replaces_them(fresh_store: Store) -> None:
    document = make_document("In July, they met.")
    fresh_store.add_document(document)
    timex = Timex("July", 3, 7, "DATE", "2023-07", None, "2023-07-01", "2023-07-31")
    fresh_store.save_timexes(document.id, [timex])
    fresh_store.save_timexes(document.id, [timex])
    assert fresh_store.timexes_of(document.id) == [timex]


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not SQLite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(path))


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(str(path))


def test_back_end_is_chosen_by_scheme() -> None:
    assert backend_name("storyline.db") == "sqlite"
    assert backend_name("sqlite:///tmp/x.db") == "sqlite"
    assert backend_name("postgres://u@h/db") == "postgresql"
    with pytest.raises(ConfigError):
        open_store("mysql://nope")


def test_tracking_state_round_trips(fresh_store: Store) -> None:
    """Every query that tracking uses, on each back end: the shared SQL is portable."""
    store = fresh_store
    article = make_document("Kim Jong-un plans to visit Russia.", published="2023-09-04")
    note = make_document(
        "The Kremlin confirmed the visit.",
        kind="note",
        parent_id=article.id,
        published="2023-09-11",
    )
    store.add_document(article)
    store.add_document(note)
    assert [s.id for s in store.notes_of(article.id)] == [note.id]
    assert {s.id for s in store.unanalyzed()} == {article.id, note.id}
    store.mark_analyzed(article.id)
    assert [s.id for s in store.unanalyzed()] == [note.id]

    kim = EntityRecord("e-kim", "Kim Jong-un", "PERSON", ("Kim Jong Un",))
    store.save_entity(kim, ["person:kim jong un"])
    store.save_entity(kim, ["person:kim jong un", "person:kim"])
    assert store.entities_by_keys(["person:kim", "nobody"]) == [kim]
    store.save_mentions(article.id, [("e-kim", "local-1", Mention("Kim Jong-un", 0, 11))])
    assert store.mentions_of("e-kim") == [(article.id, Mention("Kim Jong-un", 0, 11))]
    assert store.doc_entity_names(article.id) == [("Kim Jong-un", "PERSON")]

    store.save_story(Story("s1", "Kim in Russia", "t1", "2023-09-04", "2023-09-11"), profile="{}")
    store.save_story(Story("s0", "Undated", None, None, None), profile=None, pinned=True)
    store.set_document_story(article.id, "s1")
    assert {s.story_id for s in store.documents()} == {"s1"}
    store.set_story_keys("s1", {"person:kim jong un": 2.0, "gpe:russia": 0.5})
    assert store.story_candidates(["gpe:russia"], recent=1) == ["s1"]
    store.count_keys(["person:kim jong un"])
    store.count_keys(["person:kim jong un", "gpe:russia"])
    assert store.key_counts(["person:kim jong un", "gpe:russia"]) == (
        {"person:kim jong un": 2, "gpe:russia": 1},
        2,
    )
    assert store.entities(story_id="s1")[0].mentions == 1

    time = Timex("in September", 20, 32, "DATE", "2023-09", None, "2023-09-01", "2023-09-30")
    plan = Claim(
        "c-plan", article.id, "Kim Jong-un plans to visit Russia", article.text, (0, 33),
        (Attribution("UNIAN", "reports", (0, 5), None),), "planned", "positive", "visit",
        ("Kim Jong-un",), "Russia", time,
    )  # fmt: skip
    vector = bytes(range(256)) * 3
    store.save_claim(ClaimRecord(plan, entity_ids=("e-kim",), sources=("unian",), vector=vector))
    kept = store.get_claim("c-plan")
    assert kept.claim == replace(plan, status="open")
    assert kept.vector == vector and kept.doc_date == "2023-09-04" and kept.story_id == "s1"
    candidates = store.claim_candidates(["e-kim"], story_ids=["s1"], exclude_doc=note.id)
    assert [r.claim.id for r in candidates] == ["c-plan"]
    assert store.claim_candidates(["e-kim"], story_ids=["s1"], exclude_doc=note.id, limit=0) == []
    in_s1 = {"story_ids": ["s1"], "exclude_doc": note.id}
    by_kind = store.claim_candidates([], predicates=["visit"], **in_s1)
    assert [r.claim.id for r in by_kind] == ["c-plan"]
    assert store.claim_candidates([], predicates=["meet"], **in_s1) == []
    confirms = Evidence(note.id, "confirms", "The Kremlin confirmed the visit.", "2023-09-11")
    store.add_evidence("c-plan", confirms)
    store.add_evidence("c-plan", Evidence("", "contested", "analyst", None, None, "checked"),
                       by_analyst=True)  # fmt: skip
    assert store.evidence_from(note.id) == [("c-plan", "confirms")]  # what the note settled
    assert store.evidence_from(article.id) == []
    store.set_claim_status("c-plan", "confirmed", "the Kremlin confirmed it", pinned=True)
    store.set_claim_novelty("c-plan", False, "c-earlier")
    kept = store.get_claim("c-plan")
    assert kept.claim.status == "confirmed" and kept.status_pinned and not kept.is_new
    assert kept.claim.evidence[-1] == confirms
    assert store.analyst_overrides("c-plan") == [("contested", "checked")]
    assert [r.claim.id for r in store.claims(story_id="s1", status="confirmed")] == ["c-plan"]

    entry = TimelineEntry("t-visit", "2023-09-01", "2023-09-30", "2023-09", None, "Kim visits",
                          ("e-kim",), is_plan=True)  # fmt: skip
    store.save_entry(EntryRecord(entry, "s1", "visit", ("e-kim",), b"\x00\x01"))
    store.save_event(Event("ev1", article.id, "Kim visits", article.text, time, claim_id="c-plan"),
                     "t-visit", ["e-kim"], is_new=True)  # fmt: skip
    near = store.entries_near(["s1"], "2023-09-10", "2023-09-12")
    assert [(r.entry.id, r.vector) for r in near] == [("t-visit", b"\x00\x01")]
    [kept_entry] = store.timeline(story_id="s1")
    assert kept_entry.entry.sources[0].attribution == plan.attribution
    assert store.events_of(article.id) == [("ev1", "t-visit", True)]
    store.move_timeline("s1", "s0")
    assert [r.entry.id for r in store.timeline(story_id="s0")] == ["t-visit"]

    story = store.get_story("s1")
    assert story.documents == (article.id, note.id) and story.counts == (("confirmed", 1),)
    assert {s.id for s in store.stories()} == {"s0", "s1"}
    assert store.story_profiles(["s0", "missing"])[0][2] is True
    assert store.story_newest_date("s1") == "2023-09-11"
    store.delete_story("s0")
    assert store.counts()["stories"] == 1


def test_a_claim_keeps_the_event_it_is_told_at_whether_it_moves_it_and_its_doer(
    fresh_store: Store,
) -> None:
    store = fresh_store
    article = make_document("The speaker postponed the vote to Friday.", published="2025-10-15")
    store.add_document(article)
    moved = Claim("c-moved", article.id, "postponed the vote to Friday", article.text, (4, 40),
                  predicate="vote", setting="vote", moves_event=True, doer="Anna Berg")  # fmt: skip
    store.save_claim(ClaimRecord(moved))
    store.save_claim(ClaimRecord(Claim("c-plain", article.id, "plain", article.text, (0, 3))))
    read = {r.claim.id: (r.claim.setting, r.claim.moves_event, r.claim.doer)
            for r in store.claims()}  # fmt: skip
    assert read == {"c-moved": ("vote", True, "Anna Berg"), "c-plain": (None, False, None)}


def test_claims_that_name_no_one_are_found_by_their_kind(fresh_store: Store) -> None:
    """`unnamed_predicates` find, of the claims with those predicates, only those naming no
    one: what a report that names its actors looks up besides its own participants."""
    store = fresh_store
    article = make_document("Kim will visit. The visit will be secret.", published="2023-09-04")
    store.add_document(article)
    store.save_story(Story("s1", "Kim in Russia", None, None, None), profile="{}")
    store.set_document_story(article.id, "s1")
    store.save_entity(EntityRecord("e-kim", "Kim", "PERSON", ()), ["person:kim"])
    for claim_id, entity_ids in (("c-named", ("e-kim",)), ("c-unnamed", ())):
        claim = Claim(claim_id, article.id, claim_id, article.text, (0, 5), (), "planned",
                      "positive", "visit", theme="trip" if entity_ids else None)  # fmt: skip
        store.save_claim(ClaimRecord(claim, entity_ids=entity_ids))
    where = {"story_ids": ["s1"], "exclude_doc": "d-other"}
    found = store.claim_candidates([], unnamed_predicates=["visit"], **where)
    assert [r.claim.id for r in found] == ["c-unnamed"]
    found = store.claim_candidates([], predicates=["visit"], **where)
    assert sorted(r.claim.id for r in found) == ["c-named", "c-unnamed"]
    assert store.claim_candidates([], unnamed_predicates=["meet"], **where) == []
    found = store.claim_candidates([], themes=["trip"], **where)  # what a plan moved acts on
    assert [r.claim.id for r in found] == ["c-named"]
    assert store.claim_candidates([], themes=["vote"], **where) == []
    assert store.claim_candidates([], moved_themes=["trip"], **where) == []  # moves nothing


def test_claims_that_move_an_event_are_found_by_its_theme(fresh_store: Store) -> None:
    store = fresh_store
    article = make_document("The board delayed the results.", published="2025-08-11")
    store.add_document(article)
    store.save_story(Story("s1", "Results", None, None, None), profile="{}")
    store.set_document_story(article.id, "s1")
    for claim_id, moves in (("c-moved", True), ("c-told", False)):
        claim = Claim(claim_id, article.id, claim_id, article.text, (0, 5), (), "reported",
                      "positive", "delay", theme="result", moves_event=moves)  # fmt: skip
        store.save_claim(ClaimRecord(claim))
    where = {"story_ids": ["s1"], "exclude_doc": "d-other"}
    found = store.claim_candidates([], moved_themes=["result"], **where)
    assert [r.claim.id for r in found] == ["c-moved"]


def test_story_keys_filed_with_a_class_are_renamed_by_migration_4(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = open_store(str(path))
    store.save_story(Story("st1", "Kim visits", None, None, None), profile=None)
    store.close()
    db = sqlite3.connect(path)
    db.executescript(
        "INSERT INTO story_keys VALUES ('st1', 'person:tony thompson', 0.5), "
        "('st1', 'org:tony thompson', 0.25), ('st1', 'term:wasilla', 0.1);"
        "INSERT INTO key_document_counts VALUES ('person:tony thompson', 3), "
        "('org:tony thompson', 1), ('year:2008', 2);"
        "ALTER TABLE claims DROP COLUMN setting;"  # as a store of schema 3 had no such column
        "ALTER TABLE claims DROP COLUMN moves_event;"
        "ALTER TABLE claims DROP COLUMN doer;"
        "DROP INDEX claims_theme;"
        "PRAGMA user_version = 3;"
    )
    db.close()
    open_store(str(path)).close()
    db = sqlite3.connect(path)
    keys = dict(db.execute("SELECT key, weight FROM story_keys").fetchall())
    counts = dict(db.execute("SELECT key, documents FROM key_document_counts").fetchall())
    assert keys == {"name:tony thompson": 0.75, "term:wasilla": 0.1}
    assert counts == {"name:tony thompson": 3, "year:2008": 2}
