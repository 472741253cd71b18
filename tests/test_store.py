"""The SQLite store: atomic writes, idempotent adds, versions, search, and its own errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import ConfigError, NotFound, StoreError
from storyline.model import Document, Timex, content_id
from storyline.store import open_store
from storyline.store.registry import backend_name
from storyline.store.sqlite import SQLiteStore


def make_document(text: str, **fields: object) -> Document:
    kind = str(fields.pop("kind", "article"))
    return Document(id=content_id("d", kind, text), kind=kind, text=text, **fields)


@pytest.fixture
def fresh_store(tmp_path: Path):
    store = open_store(str(tmp_path / "storyline.db"))
    yield store
    store.close()


def test_new_file_is_wal_with_foreign_keys_and_schema(fresh_store: SQLiteStore) -> None:
    db = sqlite3.connect(fresh_store.location)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "claims", "evidence", "stories", "entities", "events"} <= tables
    assert fresh_store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_adding_the_same_content_twice_returns_the_existing_id(fresh_store: SQLiteStore) -> None:
    document = make_document("Shoigu arrived in Pyongyang.")
    assert fresh_store.add_document(document) == (document.id, True)
    assert fresh_store.add_document(document) == (document.id, False)
    assert fresh_store.counts()["documents"] == 1


def test_same_url_with_new_content_is_a_new_version(fresh_store: SQLiteStore) -> None:
    url = "https://example.org/story"
    first = make_document("First version.", url=url)
    second = make_document("Second version, updated.", url=url)
    fresh_store.add_document(first)
    fresh_store.add_document(second)
    assert fresh_store.get_document(first.id).version == 1
    assert fresh_store.get_document(second.id).version == 2


def test_failure_inside_a_transaction_leaves_the_store_unchanged(fresh_store: SQLiteStore) -> None:
    fresh_store.add_document(make_document("Kept before the failure."))
    with pytest.raises(RuntimeError), fresh_store.transaction():
        fresh_store.add_document(make_document("Written, then rolled back."))
        with fresh_store.transaction():
            fresh_store.add_document(make_document("Nested, rolled back too."))
        raise RuntimeError("import failed halfway")
    assert [s.document.text for s in fresh_store.documents()] == ["Kept before the failure."]


def test_inner_savepoint_rolls_back_alone(fresh_store: SQLiteStore) -> None:
    with fresh_store.transaction():
        fresh_store.add_document(make_document("Outer write."))
        with pytest.raises(ValueError), fresh_store.transaction():
            fresh_store.add_document(make_document("Inner write."))
            raise ValueError
    assert [s.document.text for s in fresh_store.documents()] == ["Outer write."]


def test_note_needs_an_existing_parent(fresh_store: SQLiteStore) -> None:
    orphan = make_document("A note.", kind="note", parent_id="dmissing", published="2023-09-11")
    with pytest.raises(NotFound):
        fresh_store.add_document(orphan)
    assert fresh_store.counts()["documents"] == 0


def test_documents_are_found_by_unique_prefix(fresh_store: SQLiteStore) -> None:
    document = make_document("Prefix lookup.")
    fresh_store.add_document(document)
    assert fresh_store.get_document(document.id[:6]).id == document.id
    with pytest.raises(NotFound, match="no document"):
        fresh_store.get_document("dzzzz")


def test_document_round_trips_every_field(fresh_store: SQLiteStore) -> None:
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


def test_search_quotes_user_text_and_highlights(fresh_store: SQLiteStore) -> None:
    fresh_store.add_document(make_document("Sergei Shoigu was invited to North Korea."))
    fresh_store.add_document(make_document("Nothing to see here."))
    hits = fresh_store.search("Shoigu")
    assert len(hits) == 1
    assert "[Shoigu]" in hits[0].snippet
    assert len(fresh_store.search('Shoigu" (-*')) == 1
    assert fresh_store.search("***") == []


def test_saving_timexes_again_replaces_them(fresh_store: SQLiteStore) -> None:
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
