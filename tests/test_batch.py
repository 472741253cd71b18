"""Batch analysis on a real Dask LocalCluster (2 worker processes) and loading its Parquet.

The cluster and the batch are built once per module: starting workers and loading the pipeline
in each is most of the cost. Inputs are PolNeAR dev articles, shortened to keep the run short.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import DATA
from storyline.analyze import analyze_many
from storyline.ingest.archive import read_jsonl
from storyline.model import Analysis, Document
from storyline.present.cli import main
from storyline.scale.batch import Partition, PartitionResult, analyze_partition, run_batch
from storyline.scale.load import read_batch
from storyline.store import open_store

POLNEAR = DATA / "polnear"
COUNT = 20
BAD_LINE = 11  # the corrupt line's number in the JSONL file


def _articles(count: int) -> list[dict[str, str]]:
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as stream:
        meta = {row["filename"]: row for row in csv.DictReader(stream, delimiter="\t")}
    records = []
    for path in sorted((POLNEAR / "dev" / "text").glob("*.txt"))[:count]:
        row = meta[path.stem]
        text = path.read_text(encoding="utf-8")[:900].rsplit("\n", 1)[0]
        records.append(
            {
                "text": text,
                "title": row["title"],
                "outlet": row["publisher"],
                "published": row["publication_date"],
            }
        )
    return records


@pytest.fixture(scope="module")
def news_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 articles, newest first (so loading must reorder them), and one corrupt line."""
    lines = [json.dumps(record) for record in reversed(_articles(COUNT))]
    lines.insert(BAD_LINE - 1, '{"text": "cut off in the mid')
    path = tmp_path_factory.mktemp("input") / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def expected(news_jsonl: Path) -> dict[str, tuple[Document, Analysis]]:
    """Single-process analysis of the same documents: what the cluster must reproduce."""
    with news_jsonl.open(encoding="utf-8") as lines:
        documents = [
            item for item in read_jsonl(lines, source=str(news_jsonl)) if isinstance(item, Document)
        ]
    return {d.id: (d, a) for d, a in zip(documents, analyze_many(documents), strict=True)}


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from storyline.scale.batch import dask_client

    with dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


@pytest.fixture(scope="module")
def batch(news_jsonl: Path, client: object, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("batch")
    report = run_batch(str(news_jsonl), str(out), client=client, partition_size=6)
    return out, report


def test_cluster_equals_single_process_document_for_document(batch, expected) -> None:
    out, report = batch
    assert report.documents == COUNT and report.partitions == 4
    got = list(read_batch(str(out)))
    assert sorted(d.id for d, _ in got) == sorted(expected)
    for document, analysis in got:
        assert (document, analysis) == expected[document.id], document.id
    assert sum(len(a.claims) for _, a in got) > COUNT  # real analyses, not empty ones
    dates = [d.published for d, _ in got]
    assert dates == sorted(dates)  # read back in publication order


def test_corrupt_jsonl_line_is_reported_with_its_number(batch, news_jsonl: Path) -> None:
    out, report = batch
    [problem] = report.problems
    assert problem.source == str(news_jsonl) and problem.position == f"line {BAD_LINE}"
    manifest = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == COUNT and f"line {BAD_LINE}" in manifest["problems"][0]


def _page(record: dict[str, str]) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n") if p.strip())
    return (
        f"<html><head><title>{record['title']}</title>"
        f'<meta name="date" content="{record["published"]}"></head>'
        f"<body><article><h1>{record['title']}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _warc(records: list[dict[str, str]]) -> tuple[bytes, int]:
    """A WARC of one HTML response per record, the second one corrupt: (bytes, its offset)."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    offsets = []
    for number, record in enumerate(records):
        offsets.append(stream.tell())
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(_page(record)),
                http_headers=headers,
            )
        )
    data = stream.getvalue()
    bad = offsets[1]
    return data[:bad] + b"WARX/0.9" + data[bad + len(b"WARC/1.0") :], bad


def test_warc_pages_through_fsspec_with_a_corrupt_record_skipped(tmp_path: Path) -> None:
    records = _articles(3)
    data, bad_offset = _warc(records)
    fs = fsspec.filesystem("memory")
    fs.pipe("/crawl/news.warc", data)
    report = run_batch("memory://crawl", str(tmp_path / "out"), partition_size=2)
    assert report.documents == 2
    [problem] = report.problems
    assert problem.position == f"offset {bad_offset}" and "corrupt WARC record" in problem.message
    got = list(read_batch(str(tmp_path / "out")))
    assert [d.url for d, _ in got] == ["https://news.example/0", "https://news.example/2"]
    assert all(a.entities for _, a in got)
    first_words = records[0]["text"].split()[:6]
    assert " ".join(first_words) in got[0][0].text


def kill_worker_once(partition: Partition, out: str, *, marker: str) -> PartitionResult:
    """Kill this worker process (SIGKILL, no clean-up) the first time partition 1 runs."""
    if partition.number == 1:
        try:
            with open(marker, "x"):
                pass
        except FileExistsError:
            pass
        else:
            os.kill(os.getpid(), signal.SIGKILL)
    return analyze_partition(partition, out)


@pytest.mark.slow
def test_worker_killed_mid_batch_still_gives_every_document_once(
    news_jsonl: Path, client: object, expected, tmp_path: Path
) -> None:
    marker = tmp_path / "killed-once"
    task = functools.partial(kill_worker_once, marker=str(marker))
    report = run_batch(
        str(news_jsonl), str(tmp_path / "out"), client=client, partition_size=6, task=task
    )
    assert marker.exists()  # the worker was really killed
    assert report.documents == COUNT
    table = ds.dataset(str(tmp_path / "out" / "documents"), format="parquet").to_table()
    positions = table.column("position").to_pylist()
    assert len(positions) == len(set(positions)) == COUNT
    assert sorted(table.column("id").to_pylist()) == sorted(expected)


@pytest.mark.slow
def test_load_gives_what_add_gives(batch, news_jsonl: Path, tmp_path: Path) -> None:
    out, _ = batch
    runner = CliRunner()
    added_db, loaded_db = str(tmp_path / "added.db"), str(tmp_path / "loaded.db")
    added = runner.invoke(main, ["add", str(news_jsonl), "--db", added_db])
    loaded = runner.invoke(main, ["load", str(out), "--db", loaded_db, "--json"])
    assert added.exit_code == 0 and loaded.exit_code == 0, loaded.output
    assert json.loads(loaded.stdout) == {"documents": COUNT, "added": COUNT}
    again = runner.invoke(main, ["load", str(out), "--db", loaded_db, "--json"])
    assert json.loads(again.stdout) == {"documents": COUNT, "added": 0}
    one, other = open_store(added_db), open_store(loaded_db)
    try:
        assert {d.id for d in one.documents()} == {d.id for d in other.documents()}
        assert len(one.documents()) == COUNT
        assert {c.claim.id for c in one.claims()} == {c.claim.id for c in other.claims()}
        assert len(other.claims()) > COUNT
    finally:
        one.close()
        other.close()


def test_a_missing_input_fails_before_the_output_is_touched(tmp_path: Path) -> None:
    from storyline.errors import NotFound

    with pytest.raises(NotFound):
        run_batch(str(tmp_path / "nothing-here"), str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_batch_analyze_command_on_a_running_scheduler(client, tmp_path: Path) -> None:
    source = tmp_path / "four.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in _articles(4)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    address = client.scheduler.address  # type: ignore[attr-defined]
    result = CliRunner().invoke(
        main,
        ["batch", "analyze", str(source), "--out", str(out), "--scheduler", address, "--json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 4
    assert len(list((out / "claims").glob("part-*.parquet"))) == 1
