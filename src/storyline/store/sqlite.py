"""The embedded default: one SQLite file in WAL mode with FTS5 search.

Every write runs inside `transaction()`, so a failed import or a `kill -9` mid-import leaves
the file as it was before the document being written. `sqlite3` errors become `StoreError`
here and nowhere else.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.store.base import SearchHit
from storyline.store.sql import SQLStore

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLStore):
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

    def _begin(self) -> None:
        """IMMEDIATE takes the write lock at once: two writers queue instead of deadlocking."""
        self._run("BEGIN IMMEDIATE")

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, parameters)
        except sqlite3.Error as exc:
            raise StoreError(f"database error in {self.location}: {exc}") from exc

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


_WORD = re.compile(r"\w+", re.UNICODE)


def _fts_query(query: str) -> str:
    """Quote each word so that user text never trips FTS5's query syntax."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))
