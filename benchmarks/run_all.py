"""Every benchmark with modest defaults, in one run, as one table (the figures of RESULTS.md).

    python benchmarks/run_all.py [--quick] [--million] [--skip tracking ...]

analysis (vs bare spaCy), memory while streaming, ingest (SQLite; PostgreSQL when
`STORYLINE_TEST_POSTGRES` is set), Dask (one process vs a LocalCluster of 2 workers), and tracking
(`bench_tracking.py`, run as its own process, at 1,000 / 10,000 / 100,000 documents; `--million`
adds 1,000,000, which takes hours to build here). `--quick` shrinks every size to check the
script itself. A benchmark that fails is reported as failed and the others still run.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Dask starts each worker with one math-library thread (`distributed.nanny.pre-spawn-environ`);
# every process here gets the same, so that one process and the cluster do the same work a core.
for _threads in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
sys.path.insert(0, str(HERE))

import bench_analyze  # noqa: E402
import bench_dask  # noqa: E402
import bench_ingest  # noqa: E402

Row = tuple[str, str, str, str]  # area, figure, value, target


def machine() -> str:
    model = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as stream:
        memory_kb = int(stream.readline().split()[1])
    return (
        f"{os.cpu_count()} CPUs ({model}), {memory_kb / 2**20:.0f} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def analysis_rows(quick: bool) -> list[Row]:
    from corpus import news_documents

    documents = news_documents(40 if quick else 100, 4000)
    rows = bench_analyze.compare(documents, rounds=1 if quick else 2)
    bare, full = rows
    return [
        (
            "analysis",
            "bare spaCy docs/s, words/s",
            f"{bare['docs/s']:.1f}, {bare['words/s']:.0f}",
            "",
        ),
        (
            "analysis",
            "analyze_many docs/s, words/s",
            f"{full['docs/s']:.1f}, {full['words/s']:.0f}",
            "",
        ),
        ("analysis", "throughput vs bare spaCy", f"{full['x bare']:.2f}", ">= 0.67"),
        (
            "analysis",
            "peak RSS growth MB, bare / full",
            f"{bare['peak MB']:.0f} / {full['peak MB']:.0f}",
            "",
        ),
    ]


def memory_rows(quick: bool) -> list[Row]:
    count = 200 if quick else 1500
    checkpoints = list(bench_analyze.stream(count, max(count // 10, 1), 1500))
    after = [mb for done, mb in checkpoints if done > 0]
    first, highest = after[0], max(after)
    trace = " ".join(f"{mb:.0f}" for _, mb in checkpoints)
    return [
        ("memory", f"RSS MB every {count // 10:,} of {count:,} docs", trace, "flat"),
        ("memory", "highest minus first checkpoint MB", f"{highest - first:+.0f}", "~0"),
    ]


def ingest_rows(quick: bool) -> list[Row]:
    rows: list[Row] = []
    for row in bench_ingest.run(10 if quick else 20, 3000):
        if "skipped" in row:
            rows.append(("ingest", f"{row['store']}", f"skipped: {row['skipped']}", ""))
            continue
        name = row["store"]
        rows += [
            ("ingest", f"{name}: read JSONL docs/s", f"{row['read']:.0f}", ""),
            ("ingest", f"{name}: keep analyzed (store+track) docs/s", f"{row['keep']:.2f}", ""),
            ("ingest", f"{name}: storyline add docs/s", f"{row['add']:.2f}", ""),
        ]
    return rows


def dask_rows(quick: bool) -> list[Row]:
    f = bench_dask.run(200 if quick else 2000, 1000, 25 if quick else 100, 2)
    n = f["documents"]
    return [
        (
            "dask",
            f"one process, {n:,} docs: s (docs/s)",
            f"{f['one_s']:.0f} ({n / f['one_s']:.1f})",
            "",
        ),
        (
            "dask",
            "LocalCluster 2 workers: s (docs/s)",
            f"{f['cluster_s']:.0f} ({n / f['cluster_s']:.1f})",
            "",
        ),
        ("dask", "cluster start-up s", f"{f['startup_s']:.0f}", ""),
        (
            "dask",
            "speed-up (with start-up)",
            f"{f['speedup']:.2f}x ({f['speedup_with_startup']:.2f}x)",
            ">= 1.6x",
        ),
    ]


def tracking_rows(sizes: Sequence[int]) -> list[Row]:
    command = [sys.executable, str(HERE / "bench_tracking.py"), "--sizes", *map(str, sizes)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [("tracking", "bench_tracking.py", f"FAILED: {last}", "")]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return [
        ("tracking", "bench_tracking.py" if n == 0 else "", line, "")
        for n, line in enumerate(lines[-(len(sizes) + 1) :])
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Tiny sizes: check the script.")
    parser.add_argument("--million", action="store_true", help="Tracking at 1,000,000 too.")
    parser.add_argument("--skip", nargs="*", default=[], help="Areas to leave out.")
    args = parser.parse_args(argv)
    sizes = [100, 1000] if args.quick else [1000, 10000, 100000]
    sizes += [1_000_000] if args.million else []
    areas: dict[str, Callable[[], list[Row]]] = {
        "analysis": lambda: analysis_rows(args.quick),
        "memory": lambda: memory_rows(args.quick),
        "ingest": lambda: ingest_rows(args.quick),
        "dask": lambda: dask_rows(args.quick),
        "tracking": lambda: tracking_rows(sizes),
    }
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {machine()}", flush=True)
    table: list[Row] = []
    for area, build in areas.items():
        if area in args.skip:
            continue
        start = time.perf_counter()
        try:
            table += build()
        except Exception as exc:  # noqa: BLE001 - one failed benchmark must not hide the rest
            traceback.print_exc()
            table.append((area, "", f"FAILED: {type(exc).__name__}: {exc}", ""))
        print(f"# {area}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print("| area | figure | value | target |")
    print("| --- | --- | --- | --- |")
    for row in table:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
