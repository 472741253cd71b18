"""PostgreSQL for teams: the same schema and queries as SQLite, through psycopg 3.

`--db postgresql://user@host/db` opens one connection in autocommit mode; `transaction()`
issues BEGIN ... COMMIT itself and nests with savepoints, as the SQLite back end does, so every
document is written whole or not at all, whatever happens to the process or the server.

Several processes (two imports and the web server) work at once. Reads never wait. Write
transactions take one transaction-scoped advisory lock first, so they run one at a time, as
SQLite's BEGIN IMMEDIATE makes them: tracking reads candidates and then decides, and two
documents of one new story tracked side by side would otherwise each start a story. The slow
part, analysis, runs before the transaction, in parallel. The content-hash UNIQUE constraint
with `ON CONFLICT` in `SQLStore.add_document` guards the same content added twice regardless.

A connection that the server dropped between transactions (a restart, an idle timeout) is
opened again when the next transaction begins, retrying while the server comes back; one lost
inside a transaction fails that transaction with a `StoreError`, and the server discards it.
`psycopg` errors become `StoreError` here and nowhere else.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from storyline.errors import StoreError
from storyline.store.base import SearchHit
from storyline.store.sql import SQLStore

__all__ = ["PostgresStore"]

MIGRATION_LOCK = 0x5354_4F52_594C_494E  # pg_advisory_xact_lock keys: "STORYLIN"
WRITE_LOCK = 0x5354_4F52_594C_4957  # "STORYLIW"
RECONNECT_SECONDS = 30.0


class Row:
    """A result row read by column name or position, like `sqlite3.Row`."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: dict[str, int], values: Sequence[Any]):
        self._names = names
        self._values = values

    def __getitem__(self, key: int | str) -> Any:
        return self._values[key if isinstance(key, int) else self._names[key]]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values, strict=True))!r})"


def _rows(cursor: psycopg.Cursor[Any]) -> Any:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}
    return functools.partial(Row, names)


class PostgresStore(SQLStore):
    """A Storyline database in a PostgreSQL database (or the schema its URL's search_path names)."""

    def __init__(self, url: str):
        self._url = url
        self.location = _redact(url)
        self._depth = 0
        self._db = self._connect()
        self._migrate()

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(
                self._url, autocommit=True, row_factory=_rows, connect_timeout=10
            )
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to {self.location}: {_first_line(exc)}",
                hint="check the URL, that the server runs, and that the database exists",
            ) from exc

    def _migrate(self) -> None:
        """Apply the numbered scripts newer than `schema_version`, each atomically.

        A transaction-scoped advisory lock makes a second process starting at the same moment
        wait, then find the work done.
        """
        scripts = sorted(
            (int(item.name.split("_", 1)[0]), item)
            for item in resources.files("storyline.store.migrations.postgres").iterdir()
            if item.name.endswith(".sql")
        )
        with self.transaction():
            self._run("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            self._run(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            row = self._one("SELECT MAX(version) AS v FROM schema_version")
            current = row["v"] or 0
            if scripts and current > scripts[-1][0]:
                raise StoreError(
                    f"{self.location} has schema version {current}, newer than this Storyline "
                    "knows",
                    hint="upgrade Storyline",
                )
            for version, script in scripts:
                if version > current:
                    self._execute_script(script.read_text(encoding="utf-8"))
                    self._run(
                        "INSERT INTO schema_version (version, applied_at) VALUES (?, now()::text)",
                        (version,),
                    )

    def _execute_script(self, script: str) -> None:
        try:
            self._db.execute(script)  # type: ignore[arg-type]  # several statements: no parameters
        except psycopg.Error as exc:
            raise StoreError(f"cannot migrate {self.location}: {_first_line(exc)}") from exc

    def _begin(self) -> None:
        """BEGIN and the write lock; first opening the connection again if the server dropped it.

        Nothing is written yet, so trying again loses nothing. A live connection that refuses
        is a real error: its half-begun transaction is rolled back and the error raised.
        """
        deadline = time.monotonic() + RECONNECT_SECONDS
        while True:
            try:
                if self._db.closed:
                    self._db = psycopg.connect(
                        self._url, autocommit=True, row_factory=_rows, connect_timeout=10
                    )
                self._db.execute("BEGIN")
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                return
            except psycopg.Error as exc:
                lost = self._db.closed or self._db.broken
                if not lost:
                    self._db.execute("ROLLBACK")
                gave_up = time.monotonic() > deadline
                if not lost or not isinstance(exc, psycopg.OperationalError) or gave_up:
                    raise StoreError(
                        f"cannot start a transaction on {self.location}: {_first_line(exc)}"
                    ) from exc
                self._db.close()
                time.sleep(0.5)

    def _connection_lost(self) -> bool:
        return self._db.closed or self._db.broken

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, parameters: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        try:
            return self._db.execute(_placeholders(sql), tuple(parameters))
        except psycopg.Error as exc:
            lost = self._db.closed or self._db.broken
            raise StoreError(
                f"database error in {self.location}: {_first_line(exc)}",
                hint="the connection to the server was lost; run the command again, "
                "what was written completely is kept"
                if lost
                else None,
            ) from exc

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        words = _WORD.findall(query)
        if not words:
            return []
        rows = self._run(
            "SELECT d.id, d.kind, d.title, d.published, "
            "ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, "
            'MinWords=8, MaxFragments=2, FragmentDelimiter=" … "\') AS snippet, '
            "ts_rank(d.search_vector, q) AS rank "
            "FROM documents d, plainto_tsquery('simple', ?) AS q "
            "WHERE d.search_vector @@ q ORDER BY rank DESC, d.id LIMIT ?",
            (" ".join(words), limit),
        )
        return [
            SearchHit(
                row["id"], row["kind"], row["title"], row["published"], row["snippet"], row["rank"]
            )
            for row in rows
        ]


_WORD = re.compile(r"\w+", re.UNICODE)
_LITERAL_OR_MARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@functools.lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    """`?` placeholders to psycopg's `%s`, and a literal `%` to `%%`; quoted text kept as is."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        return token.replace("%", "%%")

    return _LITERAL_OR_MARK.sub(replace, sql)


def _first_line(exc: BaseException) -> str:
    """psycopg messages run over several lines (DETAIL, HINT, libpq notes): keep the first."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))
