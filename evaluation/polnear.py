"""Read PolNeAR v1.0 (brat standoff) into plain data.

Each article is `text/<name>.txt`; each annotation is `attributions/<name>_<annotator>.ann` with
`T` lines (`T3<TAB>Content 13 98;120 140<TAB>text`) and `E` lines tying an attribution's parts
(`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`). When several annotators annotated one
article, the first in sorted order is used, so every article counts once.

Only the `train` and `dev` splits are read; the held-out split is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_ROOT", "GoldAttribution", "GoldDocument", "read_ann", "read_split"]

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"
SPLITS = ("train", "dev")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One attribution relation: its source (may be empty), cue and content, as char spans."""

    id: str
    source: Spans
    cue: Spans
    content: Spans


@dataclass(frozen=True, slots=True)
class GoldDocument:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    publisher: str | None = None
    date: str | None = None


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


def _spans(field: str) -> Spans:
    out = []
    for part in field.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """Parse one `.ann` file's text into attributions (relations without a cue are kept)."""
    spans: dict[str, Spans] = {}
    relations = []
    for line in ann.splitlines():
        match = _T_LINE.match(line)
        if match:
            spans[match.group(1)] = _spans(match.group(3))
            continue
        if line.startswith("E"):
            rel_id, _, args = line.partition("\t")
            parts: dict[str, list[str]] = {}
            for arg in args.split():
                role, _, target = arg.partition(":")
                if target:
                    parts.setdefault(re.sub(r"\d+$", "", role), []).append(target)
            relations.append((rel_id, parts))
    out = []
    for rel_id, parts in relations:

        def collect(role: str, parts: dict[str, list[str]] = parts) -> Spans:
            found = [span for tid in parts.get(role, ()) for span in spans.get(tid, ())]
            return tuple(sorted(found))

        out.append(
            GoldAttribution(
                id=rel_id,
                source=collect("Source"),
                cue=collect("Cue"),
                content=collect("Content"),
            )
        )
    return tuple(out)


def _metadata(root: Path) -> dict[str, tuple[str, str]]:
    path = root / "metadata.tsv"
    if not path.exists():
        return {}
    meta = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        meta[row.get("filename", "")] = (row.get("publisher", ""), row.get("publication_date", ""))
    return meta


def read_split(split: str = "dev", root: Path = DEFAULT_ROOT) -> Iterator[GoldDocument]:
    """The articles of one split (train or dev), in file-name order, each with one annotation."""
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}; use one of {SPLITS}")
    folder = root / split
    meta = _metadata(root)
    by_name: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        by_name.setdefault(name, ann)
    for name, ann in sorted(by_name.items()):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        publisher, date = meta.get(name, ("", ""))
        yield GoldDocument(
            name=name,
            text=text_path.read_text(encoding="utf-8"),
            attributions=read_ann(ann.read_text(encoding="utf-8")),
            publisher=publisher or None,
            date=date or None,
        )
