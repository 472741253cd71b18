"""Analyze an archive on a Dask cluster and write the results as Parquet.

    with dask_client(scheduler=None, workers=2) as client:
        report = run_batch("crawl/", "out/", client=client, partition_size=256)

The driver streams the input (`inputs.read_input`) into partitions of `partition_size` items and
keeps only a few of them in flight (twice the worker threads), so memory stays bounded however
long the archive. Each partition is one task, `analyze_partition`, which parses raw HTML, runs
`analyze_many` with the pipeline that `load_pipeline` caches in the worker process (loaded once
per worker, never per document or task), and writes one Parquet file per table named after the
partition (`entities/part-00012.parquet`). A retried task, after an error (`retries=`) or after
its worker died (the scheduler reschedules it), rewrites the same files: the output holds every
document exactly once. Files are written under a temporary name and renamed, so a worker killed
mid-write leaves no half file behind.

Without a client the same tasks run one after another in this process: the single-process
baseline of the benchmarks, and a way to debug without a cluster.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from storyline.errors import InputError, StorylineError
from storyline.ingest import SourceProblem
from storyline.ingest.html import parse_html
from storyline.ingest.normalize import decode_bytes
from storyline.model import Document
from storyline.scale.inputs import Item, read_input
from storyline.scale.tables import TABLES, rows_of, schema
from storyline.scale.warc import RawPage

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "BatchReport",
    "Partition",
    "PartitionResult",
    "analyze_partition",
    "dask_client",
    "partitions",
    "run_batch",
]

RETRIES = 3  # a task that raises is tried again this many times before the batch fails
MANIFEST = "batch.json"


@dataclass(frozen=True, slots=True)
class Partition:
    """Items `first` to `first + len(items) - 1` of the input; the unit of work and of output."""

    number: int
    first: int
    items: tuple[Document | RawPage, ...]


@dataclass(frozen=True, slots=True)
class PartitionResult:
    number: int
    documents: int
    problems: tuple[SourceProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchReport:
    partitions: int
    documents: int
    problems: tuple[SourceProblem, ...]


Task = Callable[[Partition, str], PartitionResult]


def partitions(
    items: Iterable[Item], size: int, on_problem: Callable[[SourceProblem], None]
) -> Iterator[Partition]:
    """Documents and raw pages in partitions of `size`, lazily; problems go to `on_problem`."""
    if size < 1:
        raise InputError("the partition size must be at least 1")
    work = _without_problems(items, on_problem)
    number = first = 0
    while chunk := tuple(islice(work, size)):
        yield Partition(number, first, chunk)  # type: ignore[arg-type]
        number, first = number + 1, first + len(chunk)


def _without_problems(
    items: Iterable[Item], on_problem: Callable[[SourceProblem], None]
) -> Iterator[Document | RawPage]:
    for item in items:
        if isinstance(item, SourceProblem):
            on_problem(item)
        else:
            yield item


def analyze_partition(partition: Partition, out: str) -> PartitionResult:
    """Analyze one partition and write its tables (runs on a worker; safe to run twice)."""
    from storyline.analyze import analyze_many
    from storyline.analyze.nlp import load_pipeline

    max_length = load_pipeline().max_length
    positions: list[int] = []
    documents: list[Document] = []
    problems: list[SourceProblem] = []
    for offset, item in enumerate(partition.items):
        found = _document(item, max_length)
        if isinstance(found, SourceProblem):
            problems.append(found)
        else:
            positions.append(partition.first + offset)
            documents.append(found)
    pairs = zip(documents, analyze_many(documents), strict=True)
    write_partition(out, partition.number, rows_of(partition.number, positions, pairs))
    return PartitionResult(partition.number, len(documents), tuple(problems))


def _document(item: Document | RawPage, max_length: int) -> Document | SourceProblem:
    """The document to analyze, or why there is none (no article text, too long)."""
    position = item.position if isinstance(item, RawPage) else None
    try:
        if isinstance(item, RawPage):
            text = decode_bytes(item.html, item.source, declared=item.charset)
            document = parse_html(text, source=item.source, url=item.url)
        else:
            document = item
        if len(document.text) > max_length:
            raise InputError(
                f"{len(document.text):,} characters, more than the {max_length:,} analysis takes",
                hint="split the document",
            )
        return document
    except StorylineError as exc:
        return SourceProblem.from_error(item.source or item.id, position, exc)


def write_partition(out: str, number: int, rows: dict[str, list[dict]]) -> None:
    """One file per table, written under a temporary name and renamed into place."""
    fs, root = fsspec.core.url_to_fs(out)
    for table, table_rows in rows.items():
        final = f"{root}/{table}/part-{number:05d}.parquet"
        temporary = f"{root}/{table}/.part-{number:05d}.{uuid.uuid4().hex}.tmp"
        data = pa.Table.from_pylist(table_rows, schema=schema(table))
        with fs.open(temporary, "wb") as stream:
            pq.write_table(data, stream)
        fs.mv(temporary, final)


def prepare_output(out: str) -> None:
    """Make the table folders, and clear partitions a previous batch left there."""
    fs, root = fsspec.core.url_to_fs(out)
    for table in TABLES:
        folder = f"{root}/{table}"
        fs.makedirs(folder, exist_ok=True)
        stale = [path for path in fs.ls(folder, detail=False) if path.endswith(".parquet")]
        if stale:
            fs.rm(stale)


def run_batch(
    location: str,
    out: str,
    *,
    client: Client | None = None,
    partition_size: int = 256,
    task: Task = analyze_partition,
) -> BatchReport:
    """Analyze everything `location` holds into Parquet tables under `out`.

    `out` must be reachable by every worker under the same name (a local folder for a
    LocalCluster; a shared or object-store URL for a real cluster).
    """
    items = read_input(location)  # a missing input fails here, before `out` is touched
    prepare_output(out)
    problems: list[SourceProblem] = []
    parts = partitions(items, partition_size, problems.append)
    results = (
        (task(part, out) for part in parts)
        if client is None
        else _on_cluster(client, task, parts, out)
    )
    count = documents = 0
    for result in results:
        count, documents = count + 1, documents + result.documents
        problems.extend(result.problems)
    report = BatchReport(count, documents, tuple(problems))
    _write_manifest(location, out, report)
    return report


def _on_cluster(
    client: Client, task: Task, parts: Iterator[Partition], out: str
) -> Iterator[PartitionResult]:
    """Submit partitions as workers free up: a few in flight, never the whole archive."""
    from distributed import as_completed

    window = 2 * max(1, sum(client.nthreads().values()))
    token = uuid.uuid4().hex[:8]

    def submit(part: Partition) -> object:
        key = f"storyline-partition-{part.number:05d}-{token}"
        return client.submit(task, part, out, key=key, retries=RETRIES, pure=False)

    running = as_completed([submit(part) for part in islice(parts, window)])
    for future in running:
        yield future.result()  # type: ignore[attr-defined]
        future.release()  # type: ignore[attr-defined]
        following = next(parts, None)
        if following is not None:
            running.add(submit(following))


def _write_manifest(location: str, out: str, report: BatchReport) -> None:
    fs, root = fsspec.core.url_to_fs(out)
    manifest = {
        "input": location,
        "partitions": report.partitions,
        "documents": report.documents,
        "problems": [str(problem) for problem in report.problems],
    }
    with fs.open(f"{root}/{MANIFEST}", "w", encoding="utf-8") as stream:
        json.dump(manifest, stream, ensure_ascii=False, indent=2)


def warm_up() -> str:
    """Load the pipeline in a worker before the first task (and fail fast if it is missing)."""
    from storyline.analyze.nlp import load_pipeline

    return ",".join(load_pipeline().pipe_names)


@contextmanager
def dask_client(scheduler: str | None = None, *, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            client.run(warm_up)
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(warm_up)
        yield client
