"""PostgreSQL: SQLite's schema, tsvector search, concurrent writers, a server restart mid-import."""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import psycopg
import pytest

from stores import postgres_schema_url
from storyline.errors import StoreError
from storyline.model import Document, content_id
from storyline.store import Store, open_store

SQLITE_ONLY_TABLES = ("documents_fts",)  # FTS5 and its shadow tables: search_vector here
POSTGRES_ONLY = {"schema_version": None, "documents": "search_vector"}
TYPES = {"TEXT": "text", "INTEGER": "integer", "REAL": "double precision", "BLOB": "bytea"}


@pytest.fixture
def pg_url() -> Iterator[str]:
    with postgres_schema_url() as url:
        yield url


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    store = open_store(pg_url)
    yield store
    store.close()


def make_document(text: str, **fields: object) -> Document:
    return Document(id=content_id("d", "article", text), kind="article", text=text, **fields)


def sqlite_schema(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """(column, type, NOT NULL) per table, and the index names under the key `indexes`."""
    db = sqlite3.connect(path)
    tables = [
        name
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith(SQLITE_ONLY_TABLES) and not name.startswith("sqlite_")
    ]
    schema = {
        table: [
            (name, TYPES[kind.upper()], bool(notnull or pk))
            for _, name, kind, notnull, _, pk in db.execute(f'PRAGMA table_info("{table}")')
        ]
        for table in tables
    }
    indexes = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    db.close()
    return schema | {"indexes": sorted((name, "", True) for (name,) in indexes)}


def postgres_schema(url: str) -> dict[str, list[tuple[str, str, bool]]]:
    with psycopg.connect(url) as db:
        rows = db.execute(
            "SELECT table_name, column_name, data_type, is_nullable "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
        indexes = db.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' "
            "AND indexname <> 'documents_search'"
        ).fetchall()
    schema: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, kind, nullable in rows:
        if table in POSTGRES_ONLY and POSTGRES_ONLY[table] in (None, column):
            continue
        kind = "integer" if kind == "bigint" else kind  # SQLite's INTEGER is 64 bits
        schema.setdefault(table, []).append((column, kind, nullable == "NO"))
    return schema | {"indexes": sorted((name, "", True) for (name,) in indexes)}


def test_schema_matches_sqlite_table_for_table_column_for_column(
    pg_store: Store, pg_url: str, tmp_path: Path
) -> None:
    open_store(str(tmp_path / "s.db")).close()
    assert postgres_schema(pg_url) == sqlite_schema(tmp_path / "s.db")


def test_search_uses_a_gin_indexed_tsvector(pg_store: Store, pg_url: str) -> None:
    pg_store.add_document(make_document("Shoigu arrived in Pyongyang in July.", title="Visit"))
    pg_store.add_document(make_document("Sergei Shoigu was invited.", title="Shoigu invited"))
    pg_store.add_document(make_document("Nothing to see here.", title="Other"))
    hits = pg_store.search("shoigu")
    assert [hit.title for hit in hits] == ["Shoigu invited", "Visit"]  # a title hit ranks first
    assert "[Shoigu]" in hits[1].snippet
    assert [hit.title for hit in pg_store.search("Shoigu Pyongyang")] == ["Visit"]  # every word
    assert len(pg_store.search('Shoigu" & !(-*')) == 2  # user text is never query syntax
    assert pg_store.search("*** ?") == []
    with psycopg.connect(pg_url) as db:
        db.execute("SET enable_seqscan = off")
        plan = db.execute(
            "EXPLAIN SELECT id FROM documents WHERE search_vector @@ plainto_tsquery('simple', 'x')"
        ).fetchall()
    assert "documents_search" in " ".join(line for (line,) in plan)


def test_a_newer_schema_is_refused(pg_store: Store, pg_url: str) -> None:
    pg_store.close()
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')")
    with pytest.raises(StoreError, match="newer"):
        open_store(pg_url)


def test_processes_starting_at_once_migrate_once(pg_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: open_store(pg_url), range(4)))
    for store in stores:
        assert store.counts()["documents"] == 0
        store.close()
    scripts = resources.files("storyline.store.migrations.postgres").iterdir()
    versions = sorted(int(item.name[:4]) for item in scripts if item.name.endswith(".sql"))
    with psycopg.connect(pg_url) as db:
        applied = db.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert applied == [(version,) for version in versions] and len(versions) >= 2


def test_an_unreachable_server_is_a_one_line_store_error_without_the_password() -> None:
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store("postgresql://storyline:s3cret@127.0.0.1:1/storyline?connect_timeout=2")
    assert "s3cret" not in str(caught.value) and "\n" not in caught.value.message


def test_the_same_content_added_by_two_writers_at_once_is_kept_once(pg_url: str) -> None:
    first, second = open_store(pg_url), open_store(pg_url)
    document = make_document("Both importers found this article.")
    results: list[tuple[str, bool]] = []
    with first.transaction():
        results.append(first.add_document(document))
        racer = threading.Thread(target=lambda: results.append(second.add_document(document)))
        racer.start()
        time.sleep(0.5)  # the second writer now waits on the first one's transaction
        assert racer.is_alive()
    racer.join(10)
    assert results == [(document.id, True), (document.id, False)]
    assert second.counts()["documents"] == 1
    first.close()
    second.close()


def test_a_connection_lost_mid_transaction_writes_nothing_and_the_next_one_reconnects(
    pg_store: Store, pg_url: str
) -> None:
    kept, lost, later = (make_document(f"Document {n}.") for n in ("kept", "lost", "later"))
    pg_store.add_document(kept)
    with pytest.raises(StoreError) as caught, pg_store.transaction():
        pg_store.add_document(lost)
        with psycopg.connect(pg_url, autocommit=True) as admin:
            pid = pg_store._db.info.backend_pid  # type: ignore[attr-defined]
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        pg_store.add_document(later)
    assert "\n" not in caught.value.message
    assert pg_store.add_document(later) == (later.id, True)
    assert {s.id for s in pg_store.documents()} == {kept.id, later.id}


# Real `storyline add` processes against one PostgreSQL database.


def storyline(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("storyline")), *args]


def write_reports(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"{n:05}.txt").write_text(report_text(n), encoding="utf-8")


def report_text(n: int) -> str:
    return f"Report {n}\n\nThe harbour of Gdansk reopened berth {n} after the storm.\n"


def document_rows(url: str) -> list[tuple[str, str, str]]:
    with psycopg.connect(url) as db:
        return db.execute(
            "SELECT title, text, content_hash FROM documents WHERE search_vector IS NOT NULL"
        ).fetchall()


@pytest.mark.slow
def test_two_imports_of_overlapping_folders_at_once_lose_and_duplicate_nothing(
    pg_url: str, tmp_path: Path
) -> None:
    write_reports(tmp_path / "a", range(0, 12))
    write_reports(tmp_path / "b", range(6, 18))
    runs = [
        subprocess.Popen(
            storyline("add", str(tmp_path / folder), "--db", pg_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in ("a", "b")
    ]
    outputs = [run.communicate(timeout=500) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    ids_a, ids_b = (out.split() for out, _ in outputs)
    assert len(ids_a) == len(ids_b) == 12
    assert ids_a[6:] == ids_b[:6]  # the shared files got one id, whoever kept them
    rows = document_rows(pg_url)
    assert len(rows) == len({hash for _, _, hash in rows}) == 18


@pytest.mark.slow
def test_a_server_restart_mid_import_keeps_whole_documents_and_a_rerun_completes(
    pg_url: str, tmp_path: Path
) -> None:
    pgdata, pg_ctl = os.environ.get("STORYLINE_TEST_PGDATA"), os.environ.get("STORYLINE_TEST_PGCTL")
    if not pgdata or not pg_ctl:
        pytest.skip("STORYLINE_TEST_PGDATA/PGCTL unset: the cluster is not ours to restart")
    total = 30
    write_reports(tmp_path / "archive", range(total))
    open_store(pg_url).close()  # the schema exists before the import is watched
    run = subprocess.Popen(
        storyline("add", str(tmp_path / "archive"), "--db", pg_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while len(document_rows(pg_url)) < 3 and time.monotonic() < deadline:
        assert run.poll() is None, "the import ended before the restart"
        time.sleep(0.2)
    log = Path(pgdata).parent / "server.log"  # the server must not hold our pipes open
    restart = [*shlex.split(pg_ctl), "-D", pgdata, "-l", str(log), "-m", "fast", "-w", "restart"]
    subprocess.run(restart, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out, err = run.communicate(timeout=500)
    if run.returncode != 0:  # failed cleanly: one error line (and its hint), no traceback
        assert run.returncode == 1 and "Traceback" not in err, err[-2000:]
        assert "error SL300" in err
    else:  # or carried on over a new connection
        assert len(out.split()) == total
    rows = document_rows(pg_url)
    assert 3 <= len(rows) == len({hash for _, _, hash in rows})
    expected = {f"Report {n}": report_text(n).split("\n\n", 1)[1].strip() for n in range(total)}
    assert all(expected[title] == text.strip() for title, text, _ in rows), "a half-written row"

    rerun = subprocess.run(
        storyline("add", str(tmp_path / "archive"), "--db", pg_url),
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(rerun.stdout.split()) == total
    assert len({hash for _, _, hash in document_rows(pg_url)}) == total
