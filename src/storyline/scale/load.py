"""Load a batch's Parquet tables into the store, in publication order, with tracking.

    report = load_batch(store, "out/")

Documents go in oldest first (undated ones last, an article before the notes of the same date,
then input order), each through `workflow.keep_analyzed`: one transaction per document, tracking
included, and content the store already has is skipped, so loading twice, or after an
interrupted load, is safe. Only the sort keys of the whole batch are held in memory; documents and
their analyses are read back `window` at a time, with a filter on `position` that Parquet row-group
statistics help answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from storyline.errors import NotFound
from storyline.model import Analysis, Document
from storyline.scale.tables import TABLES, record_of, schema
from storyline.store import Store

__all__ = ["LoadReport", "load_batch", "read_batch"]

_ANALYSIS_TABLES = tuple(name for name in TABLES if name != "documents")


@dataclass(frozen=True, slots=True)
class LoadReport:
    documents: int
    added: int


def read_batch(out: str, *, window: int = 2000) -> Iterator[tuple[Document, Analysis]]:
    """Every document of a batch with its analysis, in publication order."""
    fs, root = fsspec.core.url_to_fs(out)
    if not fs.exists(f"{root}/documents"):
        raise NotFound(
            f"{out}: no batch output here (no documents/ folder)",
            hint="run `storyline batch analyze INPUT --out DIR` first",
        )
    tables = {name: _dataset(fs, root, name) for name in TABLES}
    order = _publication_order(tables["documents"])
    for start in range(0, len(order), window):
        yield from _pairs(tables, order[start : start + window])


def load_batch(
    store: Store,
    out: str,
    *,
    on_document: Callable[[Document, bool], None] | None = None,
) -> LoadReport:
    """Keep every analyzed document of a batch and run tracking on each, oldest first."""
    from storyline import workflow

    documents = added = 0
    for document, analysis in read_batch(out):
        _, created, _ = workflow.keep_analyzed(store, document, analysis)
        documents, added = documents + 1, added + created
        if on_document:
            on_document(document, created)
    return LoadReport(documents, added)


def _dataset(fs: fsspec.AbstractFileSystem, root: str, table: str) -> ds.Dataset:
    """A table's partition files (temporary `.part-*` files are ignored by their prefix)."""
    return ds.dataset(f"{root}/{table}", format="parquet", filesystem=fs, schema=schema(table))


def _publication_order(documents: ds.Dataset) -> list[int]:
    keys = documents.to_table(columns=["position", "published", "kind"]).to_pylist()
    keys.sort(
        key=lambda row: (
            row["published"] is None,
            row["published"] or "",
            row["kind"] != "article",
            row["position"],
        )
    )
    return [row["position"] for row in keys]


def _pairs(
    tables: dict[str, ds.Dataset], positions: Sequence[int]
) -> Iterator[tuple[Document, Analysis]]:
    wanted = pc.field("position").isin(pa.array(positions, pa.int64()))
    documents = {
        row["position"]: record_of("documents", row)
        for row in tables["documents"].to_table(filter=wanted).to_pylist()
    }
    found: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for name in _ANALYSIS_TABLES:
        rows = tables[name].to_table(filter=wanted).to_pylist()
        found[name] = defaultdict(list)
        for row in sorted(rows, key=lambda row: (row["position"], row["ordinal"])):
            found[name][row["position"]].append(row)
    for position in positions:
        document = documents[position]
        parts = {
            name: tuple(record_of(name, row) for row in found[name].get(position, ()))
            for name in _ANALYSIS_TABLES
        }
        yield document, Analysis(doc_id=document.id, **parts)
