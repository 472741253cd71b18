"""The same batch on one process and on a Dask LocalCluster of 2 workers: seconds and speed-up.

    python benchmarks/bench_dask.py [--documents 2000] [--max-chars 1500] [--partition-size 100]

The batch is a JSONL archive of news articles (TimeBank + PolNeAR, cycled to reach the count,
texts cut to `--max-chars`), run through `run_batch` end to end: reading, partitioning, analysis,
Parquet. The single process runs the very same tasks one after another, without Dask. Both
have the pipeline loaded before the clock starts; the cluster's start-up (spawning workers,
loading the model in each) is reported on its own, and in a second speed-up figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Dask starts each worker with one math-library thread (`distributed.nanny.pre-spawn-environ`);
# every process here gets the same, so that one process and the cluster do the same work a core.
for _threads in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")

from corpus import write_jsonl  # noqa: E402
from storyline.scale.batch import dask_client, run_batch, warm_up  # noqa: E402


def run(documents: int, max_chars: int, partition_size: int, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "news.jsonl"
        count = write_jsonl(jsonl, documents, max_chars)
        warm_up()
        start = time.perf_counter()
        single = run_batch(str(jsonl), f"{tmp}/one", partition_size=partition_size)
        one_s = time.perf_counter() - start
        start = time.perf_counter()
        with dask_client(workers=workers) as client:
            startup_s = time.perf_counter() - start
            start = time.perf_counter()
            spread = run_batch(
                str(jsonl), f"{tmp}/two", client=client, partition_size=partition_size
            )
            cluster_s = time.perf_counter() - start
    assert single.documents == spread.documents == count, (single, spread)
    return {
        "documents": count,
        "one_s": one_s,
        "cluster_s": cluster_s,
        "startup_s": startup_s,
        "speedup": one_s / cluster_s,
        "speedup_with_startup": one_s / (cluster_s + startup_s),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--max-chars", type=int, default=1500)
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    f = run(args.documents, args.max_chars, args.partition_size, args.workers)
    n = f["documents"]
    print(f"{'run':<28} {'seconds':>8} {'docs/s':>7}")
    print(f"{'one process':<28} {f['one_s']:>8.1f} {n / f['one_s']:>7.1f}")
    label = f"LocalCluster, {args.workers} workers"
    print(f"{label:<28} {f['cluster_s']:>8.1f} {n / f['cluster_s']:>7.1f}")
    print(f"{'  cluster start-up':<28} {f['startup_s']:>8.1f}")
    print(f"speed-up {f['speedup']:.2f}x ({f['speedup_with_startup']:.2f}x counting start-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
