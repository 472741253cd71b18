"""Fresh stores of each back end for the store tests: a new SQLite file or a new PostgreSQL schema.

PostgreSQL comes from `STORYLINE_TEST_POSTGRES` (scripts/postgres.sh, sourced by scripts/test.sh,
starts a throwaway cluster and sets it). Each test gets its own schema in that database, named in
the URL's `search_path`, so tests never see each other's rows; the schema is dropped afterwards.
Without the variable the PostgreSQL cases skip, saying why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

BACKENDS = ("sqlite", "postgresql")


def postgres_base_url() -> str:
    """The test database's URL; skips the calling test, with the reason, when there is none."""
    url = os.environ.get("STORYLINE_TEST_POSTGRES")
    if not url:
        reason = os.environ.get("STORYLINE_TEST_POSTGRES_SKIP") or (
            "STORYLINE_TEST_POSTGRES is not set (scripts/test.sh starts a cluster and sets it)"
        )
        pytest.skip(f"PostgreSQL: {reason}")
    return url


def with_search_path(url: str, schema: str) -> str:
    """The URL with libpq `options` that put the session in `schema`."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote(f'-c search_path={schema}')}"


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections all work in a new, empty schema, dropped afterwards."""
    import psycopg

    base = postgres_base_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def store_url_for(backend: str, tmp_path: Path) -> Iterator[str]:
    """A `--db` value naming a new, empty store of this back end."""
    if backend == "sqlite":
        yield str(tmp_path / "storyline.db")
    else:
        with postgres_schema_url() as url:
            yield url
