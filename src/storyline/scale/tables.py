"""The Parquet tables of a batch: one fixed Arrow schema per table, derived from the model.

    documents  position, partition, then every `Document` field (stats a struct, offsets a list
               of [text, original] pairs)
    entities   position, ordinal, doc_id, then every `Entity` field (mentions a list of structs)
    timexes    position, ordinal, doc_id, then every `Timex` field
    claims     position, ordinal, then every `Claim` field (attribution and evidence lists of
               structs, time a struct, span a two-item list)
    events     position, ordinal, then every `Event` field (time a struct)
    title_names  position, ordinal, doc_id, then every `HeadlineName` field

`position` is the document's place in the input (unique within a batch, even when two records
hold the same text); `ordinal` keeps the order of an analysis's items. Nested values are Arrow
structs and lists, not JSON strings: the files can be queried as they are (DuckDB, pandas), and
because the schema is derived from the dataclasses' own type hints, reading a row back gives the
very dataclass that was written (`to_plain` / `from_plain` are exact inverses).
"""

from __future__ import annotations

import functools
import types
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields, is_dataclass
from typing import Any, Union, get_args, get_origin, get_type_hints

import pyarrow as pa

from storyline.model import Analysis, Claim, Document, Entity, Event, HeadlineName, Timex

__all__ = ["TABLES", "from_plain", "rows_of", "schema", "to_plain"]

#: Each table: the dataclass of its rows, and the columns written before the dataclass's own.
_AT = (("position", pa.int64()), ("ordinal", pa.int32()))
TABLES: dict[str, tuple[type, tuple[tuple[str, pa.DataType], ...]]] = {
    "documents": (Document, (("position", pa.int64()), ("partition", pa.int64()))),
    "entities": (Entity, (*_AT, ("doc_id", pa.string()))),
    "timexes": (Timex, (*_AT, ("doc_id", pa.string()))),
    "claims": (Claim, _AT),
    "events": (Event, _AT),
    "title_names": (HeadlineName, (*_AT, ("doc_id", pa.string()))),
}


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _optional_arm(hint: Any) -> Any | None:
    """`X` for `X | None`; None when `hint` is not a union."""
    if get_origin(hint) in (Union, types.UnionType):
        [arm] = [arg for arg in get_args(hint) if arg is not type(None)]
        return arm
    return None


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a model type hint (every Arrow field is nullable)."""
    arm = _optional_arm(hint)
    if arm is not None:
        return arrow_type(arm)
    if hint is str:
        return pa.string()
    if hint is bool:
        return pa.bool_()
    if hint is int:
        return pa.int64()
    if is_dataclass(hint):
        return pa.struct([pa.field(f.name, arrow_type(_hints(hint)[f.name])) for f in fields(hint)])
    if get_origin(hint) is tuple:
        return pa.list_(arrow_type(get_args(hint)[0]))  # tuple[X, ...] and tuple[int, int] alike
    raise TypeError(f"no Arrow type for {hint!r}")


@functools.cache
def schema(table: str) -> pa.Schema:
    """The fixed schema of one table: the same for every partition, whatever its rows hold."""
    cls, extra = TABLES[table]
    columns = [pa.field(name, kind) for name, kind in extra]
    columns += [pa.field(f.name, arrow_type(_hints(cls)[f.name])) for f in fields(cls)]
    return pa.schema(columns)


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, all the way down (what `from_pylist` takes)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    return value


def from_plain(hint: Any, value: Any) -> Any:
    """The inverse of `to_plain`, guided by the type hint: dicts become dataclasses again."""
    if value is None:
        return None
    arm = _optional_arm(hint)
    if arm is not None:
        return from_plain(arm, value)
    if is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{f.name: from_plain(hints[f.name], value[f.name]) for f in fields(hint)})
    if get_origin(hint) is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        return tuple(from_plain(arg, item) for arg, item in zip(args, value, strict=True))
    return value


def rows_of(
    partition: int, positions: Sequence[int], pairs: Iterable[tuple[Document, Analysis]]
) -> dict[str, list[dict[str, Any]]]:
    """The rows each table gets from one partition's documents and their analyses."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for position, (document, analysis) in zip(positions, pairs, strict=True):
        row = {"position": position, "partition": partition, **to_plain(document)}
        rows["documents"].append(row)
        for table, items in _items(analysis):
            for ordinal, item in enumerate(items):
                row = {"position": position, "ordinal": ordinal, **to_plain(item)}
                row.setdefault("doc_id", analysis.doc_id)
                rows[table].append(row)
    return rows


def _items(analysis: Analysis) -> Iterator[tuple[str, Sequence[Any]]]:
    yield "entities", analysis.entities
    yield "timexes", analysis.timexes
    yield "claims", analysis.claims
    yield "events", analysis.events
    yield "title_names", analysis.title_names


def record_of(table: str, row: dict[str, Any]) -> Any:
    """One row back as its dataclass (the extra columns are dropped)."""
    cls, _ = TABLES[table]
    return from_plain(cls, row)
