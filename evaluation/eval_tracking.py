"""Score claim tracking on developing stories: statuses, timeline entries and story counts.

    python evaluation/eval_tracking.py [--data PATH] [--story NAME] [--json] [--verbose]

Each story folder holds excerpts `NN_outlet.txt` (a header block, `---`, the text) and a
`gold.json`. The excerpts are added in file order into a fresh store, as a user would add them,
and the store's claims, timeline and stories are checked against the gold (see the data's
README for the matching rules). A status gold marks as `never` is a false finding: the
worst error a tracker can make, counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from storyline import workflow
from storyline.settings import build_settings
from storyline.store import ClaimRecord, EntryRecord, Store, open_store

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "stories_dev"


@dataclass(frozen=True, slots=True)
class Check:
    story: str
    kind: str  # claim | timeline | stories
    key: str
    right: bool
    never_violated: bool
    detail: str


def claim_text(record: ClaimRecord) -> str:
    return f"{record.claim.text} {record.claim.sentence}".lower()


def check_claim(story: str, gold: dict, records: Sequence[ClaimRecord]) -> Check:
    """Right when a matching claim has a wanted status and no matching claim a `never` one."""
    matching = [
        r for r in records if any(all(w in claim_text(r) for w in alt) for alt in gold["match"])
    ]
    statuses = sorted({r.claim.status or "open" for r in matching})
    wanted = any(status in gold["want"] for status in statuses)
    violated = any(status in gold["never"] for status in statuses)
    detail = f"{len(matching)} matching, statuses {statuses}" if matching else "no matching claim"
    return Check(story, "claim", gold["key"], wanted and not violated, violated, detail)


def entry_text(record: EntryRecord) -> str:
    entry = record.entry
    return " ".join([entry.summary, *(s.sentence for s in entry.sources)]).lower()


def check_entry(story: str, gold: dict, entries: Sequence[EntryRecord]) -> Check:
    """Right when exactly one entry starts on the day, tells it, and has enough sources."""
    hits = [
        e
        for e in entries
        if (e.entry.start or "").startswith(gold["start"])
        and all(w in entry_text(e) for w in gold["words"])
    ]
    sources = len({s.doc_id for s in hits[0].entry.sources}) if len(hits) == 1 else 0
    right = len(hits) == 1 and sources >= gold["min_sources"]
    detail = f"{len(hits)} entries, {sources} sources (want 1 entry, {gold['min_sources']}+)"
    return Check(story, "timeline", gold["key"], right, False, detail)


def score_store(story: str, store: Store, gold: dict) -> list[Check]:
    records = store.claims()
    entries = store.timeline()
    checks = [check_claim(story, g, records) for g in gold["claims"]]
    checks += [check_entry(story, g, entries) for g in gold["timeline"]]
    count = len(store.stories())
    checks.append(
        Check(story, "stories", "count", count == gold["stories"], False, f"{count} stories")
    )
    return checks


def run_story(folder: Path) -> list[Check]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    excerpts = sorted(p for p in folder.glob("*.txt") if p.name[:2].isdigit())
    limits = workflow.ingest_limits(build_settings({}, environ={}))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "eval.db"))
        try:
            for excerpt in excerpts:
                workflow.add_sources(store, [str(excerpt)], limits)
            return score_store(folder.name, store, gold)
        finally:
            store.close()


def summarize(checks: Sequence[Check]) -> dict[str, float | int]:
    right = sum(check.right for check in checks)
    return {
        "checks": len(checks),
        "right": right,
        "share_right": right / len(checks) if checks else 0.0,
        "never_violations": sum(check.never_violated for check in checks),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--story", action="append", help="only these story folders")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print every check")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.data.iterdir() if (p / "gold.json").is_file())
    if args.story:
        folders = [f for f in folders if f.name in args.story]
    checks = [check for folder in folders for check in run_story(folder)]
    summary = summarize(checks)
    if args.json:
        print(json.dumps({"summary": summary, "checks": [asdict(c) for c in checks]}, indent=2))
        return 0
    for check in checks:
        if args.verbose or not check.right:
            mark = "ok  " if check.right else ("NEVER" if check.never_violated else "miss")
            print(f"{mark} {check.story:10} {check.kind:8} {check.key:28} {check.detail}")
    print(
        f"\n{summary['right']}/{summary['checks']} gold checks right "
        f"({summary['share_right']:.1%}); statuses gold marks as never: "
        f"{summary['never_violations']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
