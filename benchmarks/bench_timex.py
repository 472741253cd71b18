"""Words per second of `tag_timexes` on TimeBank + AQUAINT text, on one core.

    python benchmarks/bench_timex.py [--data PATH] [--repeat N]

Beside it, in the same run, two floors that any tagger pays: a bare whitespace split and one
pass of a single simple date regex over the same text; the ratios say how far above them we are.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.timeml import read_corpus
from storyline.analyze.timex import tag_timexes

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timebank"
_SIMPLE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|(?:19|20)\d\d"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b"
)


def _best_seconds(run: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs: the least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    docs = [(d.text, d.dct) for d in read_corpus(args.data)]
    words = sum(len(text.split()) for text, _ in docs)
    runs = {
        "tag_timexes": lambda: [tag_timexes(text, dct) for text, dct in docs],
        "single regex pass": lambda: [_SIMPLE.findall(text) for text, _ in docs],
        "whitespace split": lambda: [text.split() for text, _ in docs],
    }
    seconds = {name: _best_seconds(run, args.repeat) for name, run in runs.items()}
    ours = seconds["tag_timexes"]
    print(f"{len(docs)} documents, {words:,} words, best of {args.repeat} runs, one core")
    print(f"{'':20}{'seconds':>10}{'words/s':>14}{'tagger time ×':>16}")
    for name, secs in seconds.items():
        print(f"{name:20}{secs:>10.3f}{words / secs:>14,.0f}{ours / secs:>16.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
