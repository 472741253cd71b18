"""The embedded default: one SQLite file in WAL mode with FTS5 search.

Every write runs inside `transaction()`, so a failed import or a `kill -9` mid-import leaves
the file as it was before the document being written. `sqlite3` errors become `StoreError`
here and nowhere else.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import NotFound, StoreError
from storyline.model import Analysis, Document, Stats, to_json
from storyline.store.base import SearchHit, StoredDocument

__all__ = ["SQLiteStore"]

_DOCUMENT_COLUMNS = (
    "id, kind, parent_id, title, outlet, author, published, url, version, lede, headings, "
    "paragraphs, read_minutes, views, text, original, offsets, date_reason, source, story_id, "
    "analyzed, added_at"
)


class SQLiteStore:
    """A Storyline database in one SQLite file."""

    def __init__(self, path: str | Path):
        self.location = str(path)
        self._depth = 0
        try:
            self._db = sqlite3.connect(self.location, isolation_level=None, timeout=30.0)
            self._db.row_factory = sqlite3.Row
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open {self.location} as a Storyline database: {exc}",
                hint="pass --db with a new file name or an existing Storyline database",
            ) from exc

    def _configure(self) -> None:
        for pragma in (
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "foreign_keys = ON",
            "busy_timeout = 30000",
        ):
            self._db.execute(f"PRAGMA {pragma}")

    def _migrate(self) -> None:
        """Apply the numbered scripts newer than the file's `user_version`, each atomically."""
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        scripts = sorted(
            (int(item.name.split("_", 1)[0]), item)
            for item in resources.files("storyline.store.migrations.sqlite").iterdir()
            if item.name.endswith(".sql")
        )
        if scripts and current > scripts[-1][0]:
            raise StoreError(
                f"{self.location} has schema version {current}, newer than this Storyline knows",
                hint="upgrade Storyline",
            )
        for version, script in scripts:
            if version > current:
                sql = script.read_text(encoding="utf-8")
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;"
                )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Outermost level is BEGIN IMMEDIATE ... COMMIT; inner levels are savepoints."""
        self._depth += 1
        savepoint = f"sp{self._depth}"
        try:
            self._db.execute("BEGIN IMMEDIATE" if self._depth == 1 else f"SAVEPOINT {savepoint}")
        except sqlite3.Error as exc:
            self._depth -= 1
            raise StoreError(f"cannot start a transaction on {self.location}: {exc}") from exc
        try:
            yield
        except BaseException:
            self._rollback(savepoint)
            raise
        else:
            self._commit(savepoint)
        finally:
            self._depth -= 1

    def _commit(self, savepoint: str) -> None:
        try:
            self._db.execute("COMMIT" if self._depth == 1 else f"RELEASE {savepoint}")
        except sqlite3.Error as exc:
            self._rollback(savepoint)
            raise StoreError(f"cannot commit to {self.location}: {exc}") from exc

    def _rollback(self, savepoint: str) -> None:
        if self._depth == 1:
            self._db.execute("ROLLBACK")
        else:
            self._db.execute(f"ROLLBACK TO {savepoint}")
            self._db.execute(f"RELEASE {savepoint}")

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, parameters)
        except sqlite3.Error as exc:
            raise StoreError(f"database error in {self.location}: {exc}") from exc

    def add_document(self, document: Document) -> tuple[str, bool]:
        with self.transaction():
            existing = self._run(
                "SELECT id FROM documents WHERE content_hash = ?", (document.content_hash,)
            ).fetchone()
            if existing:
                return existing["id"], False
            if document.parent_id is not None:
                self.get_document(document.parent_id)
            self._run(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, content_hash) "
                f"VALUES ({', '.join('?' * 22)}, ?)",
                (*_document_row(document, self._next_version(document.url)), document.content_hash),
            )
        return document.id, True

    def _next_version(self, url: str | None) -> int:
        if not url:
            return 1
        row = self._run("SELECT MAX(version) FROM documents WHERE url = ?", (url,)).fetchone()
        return (row[0] or 0) + 1

    def get_document(self, doc_id: str) -> StoredDocument:
        rows = self._run(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id >= ? AND id < ? LIMIT 2",
            (doc_id, doc_id + "\uffff"),
        ).fetchall()
        exact = [row for row in rows if row["id"] == doc_id]
        if exact or len(rows) == 1:
            return _stored_document(exact[0] if exact else rows[0])
        if rows:
            raise NotFound(f"document id {doc_id!r} is ambiguous", hint="give more characters")
        raise NotFound(f"no document {doc_id!r}", hint="`storyline list` shows the ids")

    def documents(self, *, kind: str | None = None) -> list[StoredDocument]:
        sql = f"SELECT {_DOCUMENT_COLUMNS} FROM documents"
        parameters: tuple[str, ...] = ()
        if kind:
            sql += " WHERE kind = ?"
            parameters = (kind,)
        sql += " ORDER BY COALESCE(published, added_at), rowid"
        return [_stored_document(row) for row in self._run(sql, parameters)]

    def notes_of(self, doc_id: str) -> list[StoredDocument]:
        rows = self._run(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE parent_id = ? "
            "ORDER BY published, rowid",
            (doc_id,),
        )
        return [_stored_document(row) for row in rows]

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        match = _fts_query(query)
        if not match:
            return []
        rows = self._run(
            "SELECT d.id, d.kind, d.title, d.published, "
            "snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet, "
            "bm25(documents_fts) AS rank "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [
            SearchHit(
                row["id"], row["kind"], row["title"], row["published"], row["snippet"], row["rank"]
            )
            for row in rows
        ]

    def save_analysis(self, analysis: Analysis) -> None:
        with self.transaction():
            self._run("DELETE FROM timexes WHERE doc_id = ?", (analysis.doc_id,))
            for timex in analysis.timexes:
                self._run(
                    "INSERT OR REPLACE INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        analysis.doc_id,
                        timex.start_char,
                        timex.end_char,
                        timex.text,
                        timex.type,
                        timex.value,
                        timex.mod,
                        timex.start,
                        timex.end,
                    ),
                )
            self._run("UPDATE documents SET analyzed = 1 WHERE id = ?", (analysis.doc_id,))

    def unanalyzed(self) -> Iterator[StoredDocument]:
        rows = self._run(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE analyzed = 0 "
            "ORDER BY COALESCE(published, added_at), rowid"
        ).fetchall()
        return (_stored_document(row) for row in rows)

    def counts(self) -> dict[str, int]:
        tables = ("documents", "stories", "entities", "claims", "events", "timexes")
        return {t: self._run(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def _document_row(document: Document, version: int) -> tuple[Any, ...]:
    return (
        document.id,
        document.kind,
        document.parent_id,
        document.title,
        document.outlet,
        document.author,
        document.published,
        document.url,
        version,
        document.lede,
        json.dumps(document.headings),
        json.dumps(document.paragraphs),
        document.stats.read_minutes,
        document.stats.views,
        document.text,
        document.original,
        json.dumps(to_json(document.offsets)),
        document.date_reason,
        document.source,
        None,
        0,
        datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _stored_document(row: sqlite3.Row) -> StoredDocument:
    document = Document(
        id=row["id"],
        kind=row["kind"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        url=row["url"],
        parent_id=row["parent_id"],
        lede=row["lede"],
        headings=tuple(json.loads(row["headings"])),
        paragraphs=tuple(json.loads(row["paragraphs"])),
        stats=Stats(row["read_minutes"], row["views"]),
        original=row["original"],
        offsets=tuple((a, b) for a, b in json.loads(row["offsets"])),
        date_reason=row["date_reason"],
        source=row["source"],
    )
    return StoredDocument(
        document, row["version"], row["added_at"], row["story_id"], bool(row["analyzed"])
    )


_WORD = re.compile(r"\w+", re.UNICODE)


def _fts_query(query: str) -> str:
    """Quote each word so that user text never trips FTS5's query syntax."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))
