"""Benchmark `analyze_many` against the bare spaCy pipeline on the same texts, in one run.

    python benchmarks/bench_analyze.py [--docs N] [--max-chars C] [--rounds R] [--json]

Texts: TimeBank/AQUAINT (.tml, tags stripped) and PolNeAR articles (`corpus.news_documents`).
Each system runs R rounds over all texts after a warm-up, alternating, and its fastest round
counts (the machine is shared). "bare" is `spacy.load(MODEL_NAME)` and `nlp.pipe`; "analyze" is
the whole analysis: our pipeline components, entities, time expressions, claims and events.
Peak memory: the growth of the process's peak resident set over the RSS it had when the
system's rounds began. Target: analyze costs at most 1.5 times the bare pipeline
(throughput at least 0.67 of bare).

`compare()` and `stream()` are what `run_all.py` reads.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (HERE, HERE.parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from storyline.model import Document  # noqa: E402

TARGET_RATIO = 1.5

Row = dict[str, float | int | str]


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="utf-8") as stream:
        pages = int(stream.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compare(
    documents: Sequence[Document], rounds: int = 2, batch_size: int = 16
) -> tuple[Row, Row]:
    """(bare, full): docs/s, words/s, seconds, `x bare` (throughput over bare), peak MB."""
    import spacy

    from storyline.analyze.nlp import MODEL_NAME, load_pipeline
    from storyline.analyze.pipeline import analyze_many

    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    bare_nlp = spacy.load(MODEL_NAME)
    ours = load_pipeline()
    list(bare_nlp.pipe(texts[:2]))  # warm-up: first calls allocate and import
    list(analyze_many(documents[:2], nlp=ours))

    def run_bare() -> int:
        return sum(1 for _ in bare_nlp.pipe(texts, batch_size=batch_size))

    def run_full() -> int:
        return sum(1 for _ in analyze_many(documents, batch_size=batch_size, nlp=ours))

    best = {"bare": float("inf"), "full": float("inf")}
    growth = {"bare": 0.0, "full": 0.0}
    for _ in range(max(rounds, 1)):
        for name, run in (("bare", run_bare), ("full", run_full)):
            start_rss = _rss_mb()
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
            growth[name] = max(growth[name], _peak_mb() - start_rss)
    rows = []
    for name, system in (("bare", "bare nlp.pipe"), ("full", "analyze_many")):
        seconds = best[name]
        rows.append(
            {
                "system": system,
                "docs": len(documents),
                "words": words,
                "seconds": round(seconds, 3),
                "docs/s": round(len(documents) / seconds, 2),
                "words/s": round(words / seconds, 1),
                "x bare": round(best["bare"] / seconds, 3),
                "peak MB": round(max(growth[name], 0.0), 1),
            }
        )
    return rows[0], rows[1]


def stream(count: int, step: int, max_chars: int = 1500) -> Iterator[tuple[int, float]]:
    """Stream `count` documents through `analyze_many`; (done, RSS MB) every `step` documents."""
    from corpus import stream_news_documents
    from storyline.analyze.pipeline import analyze_many

    yield 0, _rss_mb()
    documents = stream_news_documents(count, max_chars)
    for done, _analysis in enumerate(analyze_many(documents), start=1):
        if done % step == 0 or done == count:
            yield done, _rss_mb()


def _table(bare: Row, full: Row) -> str:
    lines = [
        f"{'system':<14} {'docs':>5} {'words':>7} {'seconds':>8} {'docs/s':>7} {'words/s':>8} "
        f"{'peak MB':>8}"
    ]
    for row in (bare, full):
        lines.append(
            f"{row['system']:<14} {row['docs']:>5} {row['words']:>7} {row['seconds']:>8.2f} "
            f"{row['docs/s']:>7.2f} {row['words/s']:>8.0f} {row['peak MB']:>8.1f}"
        )
    ratio = float(full["seconds"]) / float(bare["seconds"])
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    lines.append(f"time ratio analyze/bare: {ratio:.2f} (target <= {TARGET_RATIO}: {verdict})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from corpus import news_documents

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=80, help="number of documents")
    parser.add_argument("--max-chars", type=int, default=4000, help="cut each text to this")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--stream", type=int, metavar="N",
                        help="instead, stream N documents and print RSS every N/20")  # fmt: skip
    args = parser.parse_args(argv)
    if args.stream:
        for done, mb in stream(args.stream, max(args.stream // 20, 1), args.max_chars):
            print(f"{done:>9,} documents  RSS {mb:7.1f} MB", flush=True)
        return 0
    documents = news_documents(args.docs, args.max_chars)
    bare, full = compare(documents, args.rounds, args.batch_size)
    if args.json:
        ratio = float(full["seconds"]) / float(bare["seconds"])
        print(json.dumps({"bare": bare, "full": full, "ratio": round(ratio, 3)}, indent=2))
    else:
        print(_table(bare, full))
    return 0


if __name__ == "__main__":
    sys.exit(main())
