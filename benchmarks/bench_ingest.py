"""Ingest throughput into SQLite, and into PostgreSQL when `STORYLINE_TEST_POSTGRES` is set.

    python benchmarks/bench_ingest.py [--documents 100] [--max-chars 3000]

Three figures per back end, on the same news JSONL (TimeBank + PolNeAR): reading alone (JSONL to
Documents), keeping pre-analyzed documents (store and tracking, as `storyline load` does), and
the whole `storyline add` (read, analyze, store, track). Each store is fresh: a new SQLite file,
or a new schema in the PostgreSQL database that `STORYLINE_TEST_POSTGRES` names (dropped after).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_jsonl
from storyline import workflow
from storyline.analyze import analyze_many
from storyline.ingest import read_source
from storyline.ingest.fetch import DEFAULT_LIMITS
from storyline.model import Document
from storyline.store import open_store


@contextmanager
def fresh_postgres(url: str) -> Iterator[str]:
    """A new schema of its own in the database at `url`, dropped afterwards (nothing else is)."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in url else "?"
        yield f"{url}{separator}options={quote(f'-c search_path={schema}')}"
    finally:
        with psycopg.connect(url, autocommit=True) as db:
            db.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def fresh_store(backend: str, folder: Path, name: str) -> Iterator[str]:
    if backend == "sqlite":
        yield str(folder / f"{name}.db")
    else:
        with fresh_postgres(os.environ["STORYLINE_TEST_POSTGRES"]) as url:
            yield url


def measure(db: str, jsonl: Path) -> dict[str, float]:
    """docs/s of reading, of keeping analyzed documents, and of the whole add, on store `db`."""
    start = time.perf_counter()
    documents = [d for d in read_source(str(jsonl)) if isinstance(d, Document)]
    read_s = time.perf_counter() - start
    analyses = list(analyze_many(documents))
    store = open_store(db)
    try:
        start = time.perf_counter()
        for document, analysis in zip(documents, analyses, strict=True):
            workflow.keep_analyzed(store, document, analysis)
        keep_s = time.perf_counter() - start
    finally:
        store.close()
    return {"read": len(documents) / read_s, "keep": len(documents) / keep_s}


def measure_add(db: str, jsonl: Path, count: int) -> float:
    store = open_store(db)
    try:
        start = time.perf_counter()
        workflow.add_sources(store, [str(jsonl)], DEFAULT_LIMITS)
        return count / (time.perf_counter() - start)
    finally:
        store.close()


def run(documents: int, max_chars: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    postgres = os.environ.get("STORYLINE_TEST_POSTGRES")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "news.jsonl"
        count = write_jsonl(jsonl, documents, max_chars)
        list(analyze_many([Document(id="warm", kind="article", text="Warm up, said Kim.")]))
        for backend in ("sqlite", "postgresql") if postgres else ("sqlite",):
            with fresh_store(backend, Path(tmp), "keep") as db:
                figures = measure(db, jsonl)
            with fresh_store(backend, Path(tmp), "add") as db:
                figures["add"] = measure_add(db, jsonl, count)
            rows.append({"store": backend, "documents": count, **figures})
    if not postgres:
        rows.append({"store": "postgresql", "skipped": "STORYLINE_TEST_POSTGRES is not set"})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--max-chars", type=int, default=3000)
    args = parser.parse_args(argv)
    print(f"{'store':<11} {'docs':>5} {'read docs/s':>12} {'keep docs/s':>12} {'add docs/s':>11}")
    for row in run(args.documents, args.max_chars):
        if "skipped" in row:
            print(f"{row['store']:<11} skipped: {row['skipped']}")
            continue
        print(
            f"{row['store']:<11} {row['documents']:>5} {row['read']:>12.1f} "
            f"{row['keep']:>12.2f} {row['add']:>11.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
