"""Real news text for the benchmarks: TimeBank + AQUAINT and PolNeAR articles as Documents.

    news_documents(count=2000, max_chars=2000)

The corpora hold about 1,200 articles; when more are asked for, the list is cycled and each copy
gets a closing line of its own ("Copy 2 of this report."), so every document has its own content
id (a store would skip exact repeats) while the analysis work stays the same.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Iterator
from itertools import count as counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from evaluation.timeml import read_corpus  # noqa: E402
from storyline.model import Document, content_id  # noqa: E402

__all__ = ["news_documents", "news_records", "write_jsonl"]


@functools.cache
def _originals() -> tuple[dict[str, str | None], ...]:
    """Every article once: text, title, outlet, published; TimeBank first, then PolNeAR."""
    records: list[dict[str, str | None]] = []
    for tml in read_corpus(DATA / "timebank"):
        records.append(
            {
                "text": tml.text.strip(),
                "title": None,
                "outlet": None,
                "published": tml.dct[:10] or None,
            }
        )
    polnear = DATA / "polnear"
    with (polnear / "metadata.tsv").open(encoding="utf-8") as stream:
        meta = {row["filename"]: row for row in csv.DictReader(stream, delimiter="\t")}
    for split in ("train", "dev"):
        for path in sorted((polnear / split / "text").glob("*.txt")):
            row = meta.get(path.stem, {})
            records.append(
                {
                    "text": path.read_text(encoding="utf-8").strip(),
                    "title": row.get("title"),
                    "outlet": row.get("publisher"),
                    "published": row.get("publication_date"),
                }
            )
    return tuple(record for record in records if record["text"])


def news_records(count: int | None = None, max_chars: int | None = None) -> Iterator[dict]:
    """`count` article records (all of them once when None), texts cut to `max_chars`."""
    originals = _originals()
    total = len(originals) if count is None else count
    for number in counter():
        if number >= total:
            return
        record = dict(originals[number % len(originals)])
        text = str(record["text"])
        if max_chars and len(text) > max_chars:
            text = text[:max_chars].rsplit(" ", 1)[0] + "."
        copy = number // len(originals)
        record["text"] = f"{text}\n\nCopy {copy + 1} of this report." if copy else text
        yield record


def news_documents(count: int | None = None, max_chars: int | None = None) -> list[Document]:
    return list(stream_news_documents(count, max_chars))


def stream_news_documents(
    count: int | None = None, max_chars: int | None = None
) -> Iterator[Document]:
    """The same documents one at a time: a long stream never sits in memory whole."""
    for n, r in enumerate(news_records(count, max_chars)):
        yield Document(
            id=content_id("bench", str(n), r["text"]),
            kind="article",
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
        )


def write_jsonl(path: Path, count: int | None = None, max_chars: int | None = None) -> int:
    """The same records as a JSONL archive (the form `storyline add` and `batch` read)."""
    written = 0
    with path.open("w", encoding="utf-8") as stream:
        for record in news_records(count, max_chars):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def words(documents: list[Document]) -> int:
    return sum(len(document.text.split()) for document in documents)
