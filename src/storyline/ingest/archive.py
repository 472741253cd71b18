"""JSONL archives: one document per line, as exported by scrapers or by storyline itself.

Fields: `text` (required), `title`, `url`, `published`, `outlet`, `author`, `kind`
(`article` or `note`), `parent_id`. A bad line is reported with its number and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from dateutil import parser as dateparser

from storyline.errors import InputError
from storyline.ingest.normalize import normalize
from storyline.ingest.problems import SourceProblem
from storyline.ingest.text import article_id, lede_of, note_id, paragraphs_of
from storyline.model import DOCUMENT_KINDS, Document

__all__ = ["looks_like_jsonl", "read_jsonl"]

_OPTIONAL = ("title", "url", "outlet", "author", "parent_id")


def looks_like_jsonl(text: str) -> bool:
    """The first non-blank line is a JSON object."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def read_jsonl(lines: Iterable[str], *, source: str) -> Iterator[Document | SourceProblem]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield _record(line, source=source)
        except InputError as exc:
            yield SourceProblem.from_error(source, f"line {number}", exc)


def _record(line: str, *, source: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not JSON ({exc.msg} at column {exc.colno})", hint="fix or remove the line"
        ) from exc
    if not isinstance(record, dict):
        raise InputError("not a JSON object", hint="write one object per line")
    original = record.get("text")
    if not isinstance(original, str) or not original.strip():
        raise InputError("no 'text' field (a non-empty string is required)", hint="add the text")
    kind = record.get("kind") or "article"
    if kind not in DOCUMENT_KINDS:
        raise InputError(
            f"kind {kind!r} is not one of {', '.join(DOCUMENT_KINDS)}", hint="fix the kind"
        )
    extra = {name: _string(record, name) for name in _OPTIONAL}
    published = _published(record.get("published"))
    original = original.strip()
    text, offsets = normalize(original)
    paragraphs = paragraphs_of(text)
    doc_id = (
        note_id(text, parent_id=extra["parent_id"], published=published)
        if kind == "note"
        else article_id(text)
    )
    return Document(
        id=doc_id,
        kind=kind,
        text=text,
        published=published,
        lede=lede_of(paragraphs) if kind == "article" else None,
        paragraphs=paragraphs,
        original=original,
        offsets=offsets,
        source=source,
        **extra,
    )


def _string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"field {name!r} must be a string", hint="fix the field")
    return " ".join(value.split())


def _published(value: Any) -> str | None:
    """ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` from whatever date string the archive holds."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError("field 'published' must be a date string", hint="use YYYY-MM-DD")
    try:
        parsed = dateparser.isoparse(value)
    except ValueError:
        try:
            parsed = dateparser.parse(value, default=dt.datetime(1900, 1, 1))
        except (ValueError, OverflowError) as exc:
            raise InputError(f"published {value!r} is not a date", hint="use YYYY-MM-DD") from exc
    has_time = any(ch.isdigit() for ch in value.split("T")[-1]) and (":" in value)
    return parsed.strftime("%Y-%m-%dT%H:%M") if has_time else parsed.date().isoformat()
