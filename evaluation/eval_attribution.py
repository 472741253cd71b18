"""Score attribution extraction on PolNeAR: source, cue and content spans.

    python evaluation/eval_attribution.py [--split dev] [--limit N] [--json] [--gate]

For each role (source, cue, content) and each match mode, precision, recall and F1 as in the
PolNeAR and PARC evaluations: a predicted span is correct when it matches a gold span of the
same role, *exact* (the same characters, ignoring surrounding whitespace and `,.;:`) or by
*overlap* (at least one character in common); precision counts the predicted spans that match
some gold span, recall the gold spans that some predicted span matches. A role of a relation
with several pieces (a content split by its cue) is one span, the union of its pieces.

PolNeAR is univocal (a token belongs to one attribution at most), so ours is scored on its
outermost relations: a cue inside another relation's content, or a first-person cue inside a
quotation, is nested speech that PolNeAR does not annotate (claims still use it).

A naive baseline runs in the same pass: a sentence with `said`/`says`/`told`/`according to` is
one attribution, the nearest capitalized name or pronoun before the cue its source and the rest
of the sentence its content. Only the dev split is scored (train is for learning the rules).
`--gate` fails (exit 1) when ours falls below `evaluation/floors_attribution.json`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.polnear import GoldDocument, read_split

ROLES = ("source", "cue", "content")
FLOORS = Path(__file__).resolve().parent / "floors_attribution.json"
EDGE = " \t\n\r,.;:"

Pieces = tuple[tuple[int, int], ...]
Triple = dict[str, Pieces]  # role -> pieces; an empty tuple is a missing role


def _normalize(text: str, pieces: Pieces) -> tuple[int, int] | None:
    if not pieces:
        return None
    start, end = pieces[0][0], pieces[-1][1]
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if end > start else None


def _chars(pieces: Pieces) -> set[int]:
    return {i for start, end in pieces for i in range(start, end)}


def score_role(text: str, gold: Sequence[Pieces], predicted: Sequence[Pieces]) -> dict[str, int]:
    """Match counts for one role in one document: exact and overlap, both directions."""
    gold = [g for g in gold if g]
    predicted = [p for p in predicted if p]
    gold_exact = {_normalize(text, g) for g in gold} - {None}
    pred_exact = {_normalize(text, p) for p in predicted} - {None}
    gold_chars = [_chars(g) for g in gold]
    pred_chars = [_chars(p) for p in predicted]
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "exact_pred_hits": sum(_normalize(text, p) in gold_exact for p in predicted),
        "exact_gold_hits": sum(_normalize(text, g) in pred_exact for g in gold),
        "overlap_pred_hits": sum(any(p & g for g in gold_chars) for p in pred_chars),
        "overlap_gold_hits": sum(any(g & p for p in pred_chars) for g in gold_chars),
    }


def prf(counts: dict[str, int], mode: str) -> dict[str, float]:
    p = counts[f"{mode}_pred_hits"] / counts["predicted"] if counts["predicted"] else 0.0
    r = counts[f"{mode}_gold_hits"] / counts["gold"] if counts["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(
    docs: Sequence[GoldDocument], predictions: Sequence[Sequence[Triple]]
) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 per role and mode over a corpus: {role: {exact|overlap: {precision, recall, f1}}}."""
    totals = {role: dict.fromkeys(score_role("", [], []), 0) for role in ROLES}
    for doc, predicted in zip(docs, predictions, strict=True):
        for role in ROLES:
            gold_spans = [getattr(a, role) for a in doc.attributions if a.cue]
            counts = score_role(doc.text, gold_spans, [t[role] for t in predicted])
            for key, value in counts.items():
                totals[role][key] += value
    return {
        role: {
            "exact": prf(totals[role], "exact"),
            "overlap": prf(totals[role], "overlap"),
            "gold": totals[role]["gold"],
            "predicted": totals[role]["predicted"],
        }
        for role in ROLES
    }


# --- the two systems ------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?[\"”’']?")
_BASELINE_CUE = re.compile(r"\b(said|says|say|told|according to)\b", re.IGNORECASE)
_NAMEISH = re.compile(r"\b(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|he|she|they|officials?)\b")


def baseline_predict(text: str) -> list[Triple]:
    """The naive baseline: one attribution per sentence with a common reporting word."""
    out: list[Triple] = []
    for sentence in _SENTENCE.finditer(text):
        cue = _BASELINE_CUE.search(sentence.group())
        if not cue:
            continue
        base = sentence.start()
        cue_span = (base + cue.start(), base + cue.end())
        names = list(_NAMEISH.finditer(sentence.group(), 0, cue.start()))
        source = ((base + names[-1].start(), base + names[-1].end()),) if names else ()
        taken = _chars((cue_span, *source))
        content, run_start = [], None
        for i in range(sentence.start(), sentence.end()):
            if i in taken or text[i] in "\n":
                if run_start is not None:
                    content.append((run_start, i))
                    run_start = None
            elif run_start is None:
                run_start = i
        if run_start is not None:
            content.append((run_start, sentence.end()))
        content = [c for c in content if text[c[0] : c[1]].strip(EDGE)]
        out.append({"source": source, "cue": (cue_span,), "content": tuple(content)})
    return out


def system_predict(texts: Iterable[str], batch_size: int = 16) -> list[list[Triple]]:
    """Ours: the `storyline_attribution` component of the analysis pipeline."""
    from storyline.analyze.attribution import char_span, outermost
    from storyline.analyze.nlp import load_pipeline
    from storyline.analyze.pipeline import parse_text

    nlp = load_pipeline()
    out = []
    for doc in nlp.pipe((parse_text(text) for text in texts), batch_size=batch_size):
        triples = []
        for relation in outermost(doc, doc._.storyline_attributions):
            triples.append(
                {
                    "source": (char_span(doc, relation.source),) if relation.source else (),
                    "cue": (char_span(doc, relation.cue),),
                    "content": tuple(char_span(doc, piece) for piece in relation.content),
                }
            )
        out.append(triples)
    return out


def run(
    split: str = "dev",
    limit: int | None = None,
    systems: dict[str, Callable[[list[str]], list[list[Triple]]]] | None = None,
) -> dict:
    docs = list(read_split(split))
    if limit:
        docs = docs[:limit]
    texts = [d.text for d in docs]
    systems = systems or {
        "storyline": system_predict,
        "baseline": lambda texts: [baseline_predict(t) for t in texts],
    }
    results: dict = {
        "split": split,
        "documents": len(docs),
        "attributions": sum(len([a for a in d.attributions if a.cue]) for d in docs),
    }
    for name, predict in systems.items():
        started = time.perf_counter()
        predictions = predict(texts)
        scores = evaluate(docs, predictions)
        scores["seconds"] = round(time.perf_counter() - started, 2)  # type: ignore[assignment]
        results[name] = scores
    return results


def floors_failures(results: dict, floors_path: Path = FLOORS) -> list[str]:
    """The floors in `floors_attribution.json` that the `storyline` scores fall below."""
    floors = json.loads(floors_path.read_text(encoding="utf-8"))["attribution"]
    ours = results["storyline"]
    failures = []
    for key, floor in floors.items():
        role, mode, _ = key.split("_")
        value = ours[role][mode]["f1"]
        if value < floor:
            failures.append(f"{key}: {value:.4f} < floor {floor:.4f}")
    return failures


def _table(results: dict) -> str:
    lines = [
        f"PolNeAR {results['split']}: {results['documents']} documents, "
        f"{results['attributions']} gold attributions",
        f"{'system':<10} {'role':<8} {'mode':<8} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for system in ("storyline", "baseline"):
        if system not in results:
            continue
        for role in ROLES:
            for mode in ("exact", "overlap"):
                s = results[system][role][mode]
                lines.append(
                    f"{system:<10} {role:<8} {mode:<8} {s['precision']:>6.3f} "
                    f"{s['recall']:>6.3f} {s['f1']:>6.3f}"
                )
        lines.append(f"{system:<10} time {results[system]['seconds']}s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None, help="score the first N documents")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--gate", action="store_true", help="exit 1 below the floors")
    args = parser.parse_args(argv)
    results = run(args.split, args.limit)
    print(json.dumps(results, indent=2) if args.json else _table(results))
    if args.gate:
        failures = floors_failures(results)
        for failure in failures:
            print(f"below floor: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
