"""Time to add one document to stores of growing size, and query latency at each size.

    python benchmarks/bench_tracking.py [--sizes 1000 10000 100000] [--repeat 5] [--keep DIR]

For each size a synthetic store is built (`synthetic.py`), then a real article (the seed's,
made unique per run) is added through the workflow. Its analysis is timed on its own just
before, so the figure is what storing and tracking cost beyond analysis: the part that could
grow with the store. Query latency (p50, p95) is measured for full-text search, a story's
timeline and a story's claim ledger. The 1,000-document figure is the baseline of the ratios.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from storyline import workflow
from storyline.analyze import analyze_many
from storyline.ingest import parse_saved_page
from storyline.store import Store, open_store
from storyline.track.embed import embed_texts
from synthetic import FIRST, LAST, build

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_eb9b14a5ef02d3b3.txt"


def seed_variant(number: int) -> str:
    page = SEED.read_text(encoding="utf-8")
    return page.replace("(C)UNIAN", f"Update number {number} of this report.\n\n(C)UNIAN", 1)


def add_one(store: Store, number: int) -> tuple[float, float]:
    """(seconds of analysis, seconds of storing and tracking) for one new article."""
    [document] = parse_saved_page(seed_variant(number), source="bench")
    start = time.perf_counter()
    [analysis] = list(analyze_many([document]))
    analyzed = time.perf_counter()
    workflow.keep_analyzed(store, document, analysis)
    return analyzed - start, time.perf_counter() - analyzed


def latency(run: Callable[[], object], count: int = 50) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    seconds = []
    for _ in range(count):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    cuts = statistics.quantiles(seconds, n=20)
    return statistics.median(seconds) * 1000, cuts[18] * 1000


def measure(size: int, repeat: int, folder: Path) -> dict[str, float]:
    path = folder / f"store_{size}.db"
    if not path.exists():  # a store kept from an earlier run (`--keep`) is measured again
        open_store(str(path)).close()
        with sqlite3.connect(path, isolation_level=None) as db:
            build(db, size)
    store = open_store(str(path))
    try:
        first = store.counts()["documents"]  # new variants each run, also on a kept store
        runs = [add_one(store, first + n) for n in range(repeat)]
        story_ids = [story.id for story in store.stories()[:200]]
        rng = random.Random(size)
        figures = {
            "analysis_s": statistics.median(a for a, _ in runs),
            "track_s": statistics.median(t for _, t in runs),
        }
        queries = {
            "search": lambda: store.search(f"{rng.choice(FIRST)} {rng.choice(LAST)}"),
            "timeline": lambda: store.timeline(story_id=rng.choice(story_ids)),
            "claims": lambda: store.claims(story_id=rng.choice(story_ids)),
        }
        for name, run in queries.items():
            figures[f"{name}_p50_ms"], figures[f"{name}_p95_ms"] = latency(run)
        return figures
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the stores here and keep them for reruns")
    args = parser.parse_args(argv)
    list(analyze_many(parse_saved_page(seed_variant(0), source="warm-up")))
    embed_texts(["Both models are loaded before the clock starts."])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = {size: measure(size, args.repeat, folder) for size in args.sizes}
    base = results[args.sizes[0]]["track_s"]
    header = f"{'documents':>10} {'analysis s':>11} {'track s':>8} {'× base':>7}"
    header += "".join(f" {q + ' p50/p95 ms':>22}" for q in ("search", "timeline", "claims"))
    print(header)
    for size, f in results.items():
        row = (
            f"{size:>10,} {f['analysis_s']:>11.3f} {f['track_s']:>8.3f} {f['track_s'] / base:>7.2f}"
        )
        for q in ("search", "timeline", "claims"):
            row += f" {f[q + '_p50_ms']:>11.1f}/{f[q + '_p95_ms']:<10.1f}"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
