"""Back ends by name: a `--db` value picks one by its URL scheme, a plain path means SQLite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storyline.errors import ConfigError
from storyline.store.sql import SQLStore as Store

__all__ = ["BACKENDS", "backend_name", "open_store"]


def _open_sqlite(location: str) -> Store:
    from storyline.store.sqlite import SQLiteStore

    path = location.removeprefix("sqlite:///").removeprefix("sqlite://")
    Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return SQLiteStore(Path(path).expanduser())


def _open_postgresql(location: str) -> Store:
    from storyline.store.postgres import PostgresStore

    return PostgresStore(location)


BACKENDS: dict[str, Callable[[str], Store]] = {
    "sqlite": _open_sqlite,
    "postgresql": _open_postgresql,
}


def backend_name(location: str) -> str:
    """`postgresql://...` names PostgreSQL, `sqlite:///x.db` or a plain path names SQLite."""
    scheme, separator, _ = location.partition("://")
    if not separator:
        return "sqlite"
    return {"postgres": "postgresql"}.get(scheme, scheme)


def open_store(location: str) -> Store:
    name = backend_name(location)
    if name not in BACKENDS:
        raise ConfigError(
            f"no store back end for {location!r}",
            hint=f"use a file path or one of: {', '.join(sorted(BACKENDS))}",
        )
    return BACKENDS[name](location)
