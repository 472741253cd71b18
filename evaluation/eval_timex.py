"""Score the TIMEX3 tagger on TimeBank + AQUAINT (TempEval-3 figures), beside a naive baseline.

    python evaluation/eval_timex.py [--data PATH] [--limit N] [--json] [--errors] [--audit]

Each document is tagged with its own DCT. The baseline, run in the same process, is what one
gets for free: a regex for month-name dates, years, weekdays and today/yesterday/tomorrow,
each normalized by dateparser against the DCT.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `evaluation` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.timeml import GoldTimex, Scores, TimeMLDocument, read_corpus, score
from evaluation.timex_audit import audit, report
from storyline.analyze.timex import tag_timexes

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "timebank"

Tagger = Callable[[str, str], list[GoldTimex]]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BASELINE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}"
    rf"(?:\s+\d{{4}})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d|today"
    rf"|yesterday|tomorrow)\b"
)


def ours(text: str, dct: str) -> list[GoldTimex]:
    return [
        GoldTimex(t.start_char, t.end_char, t.type, t.value, t.mod, t.text)
        for t in tag_timexes(text, dct)
    ]


def baseline(text: str, dct: str) -> list[GoldTimex]:
    """Regex spans, values from dateparser at the granularity the span shows."""
    import dateparser  # imported here: the tagger itself never needs it

    base = dt.datetime.fromisoformat(dct[:10])
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = []
    for m in _BASELINE.finditer(text):
        parsed = dateparser.parse(m.group(0), languages=["en"], settings=settings)
        if parsed is None:
            continue
        has_day = bool(re.search(r"\b\d{1,2}\b|day", m.group(0), re.IGNORECASE))
        has_month = re.search(_MONTH, m.group(0)) is not None
        fmt = "%Y-%m-%d" if has_day else "%Y-%m" if has_month else "%Y"
        found.append(GoldTimex(m.start(), m.end(), "DATE", parsed.strftime(fmt), None, m.group(0)))
    return found


def evaluate(docs: Sequence[TimeMLDocument], tagger: Tagger) -> Scores:
    return score((doc.timexes, tagger(doc.text, doc.dct)) for doc in docs)


def errors(docs: Sequence[TimeMLDocument], tagger: Tagger) -> list[str]:
    """Lines naming each miss, spurious span and wrong value (for studying the grammar)."""
    lines = []
    for doc in docs:
        system = tagger(doc.text, doc.dct)
        gold_spans = {(g.start_char, g.end_char): g for g in doc.timexes}
        for g in doc.timexes:
            hits = [s for s in system if s.start_char < g.end_char and g.start_char < s.end_char]
            if not hits:
                lines.append(
                    f"MISS\t{doc.name}\t{doc.dct}\t{g.type}\t{g.value}\t{g.text!r}\t"
                    f"{_context(doc.text, g)}"
                )
            elif all(s.value != g.value for s in hits):
                s = hits[0]
                lines.append(
                    f"VALUE\t{doc.name}\t{doc.dct}\t{g.type}\t{g.value}\t{g.text!r}\t"
                    f"{s.value}\t{s.text!r}\t{_context(doc.text, g)}"
                )
        for s in system:
            if (s.start_char, s.end_char) in gold_spans:
                continue
            if not any(
                s.start_char < g.end_char and g.start_char < s.end_char for g in doc.timexes
            ):
                lines.append(
                    f"SPUR\t{doc.name}\t{doc.dct}\t{s.type}\t{s.value}\t{s.text!r}\t"
                    f"{_context(doc.text, s)}"
                )
    return lines


def _context(text: str, t: GoldTimex) -> str:
    left = text[max(0, t.start_char - 50) : t.start_char].replace("\n", " ")
    right = text[t.end_char : t.end_char + 40].replace("\n", " ")
    return f"{left}[{text[t.start_char : t.end_char]}]{right}"


_ROWS = (
    ("strict span P / R / F1", ("strict_precision", "strict_recall", "strict_f1")),
    ("relaxed span P / R / F1", ("relaxed_precision", "relaxed_recall", "relaxed_f1")),
    ("type accuracy", ("type_accuracy",)),
    ("value accuracy", ("value_accuracy",)),
    ("span+value P / R / F1", ("span_value_precision", "span_value_recall", "span_value_f1")),
)


def table(results: dict[str, Scores]) -> str:
    names = list(results)
    lines = [f"{'':26}" + "".join(f"{n:>24}" for n in names)]
    for label, keys in _ROWS:
        cells = [" / ".join(f"{getattr(results[n], k):.3f}" for k in keys) for n in names]
        lines.append(f"{label:26}" + "".join(f"{c:>24}" for c in cells))
    counts = [f"{results[n].gold} / {results[n].system}" for n in names]
    lines.append(f"{'gold / system timexes':26}" + "".join(f"{c:>24}" for c in counts))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="score the first N documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list our misses and wrong values")
    parser.add_argument(
        "--audit", action="store_true", help="split our errors from the gold's own inconsistencies"
    )
    args = parser.parse_args(argv)
    docs = read_corpus(args.data, args.limit)
    if not docs:
        print(f"no .tml files under {args.data}", file=sys.stderr)
        return 1
    if args.errors:
        print("\n".join(errors(docs, ours)))
        return 0
    if args.audit:
        print(report(audit(docs, ours)))
        return 0
    results = {"storyline": evaluate(docs, ours), "baseline": evaluate(docs, baseline)}
    if args.json:
        print(
            json.dumps(
                {"documents": len(docs), **{k: v.as_dict() for k, v in results.items()}}, indent=2
            )
        )
    else:
        print(f"TimeML TIMEX3, {len(docs)} documents from {args.data}\n{table(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
