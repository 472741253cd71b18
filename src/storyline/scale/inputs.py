"""What a batch reads: a folder, JSONL or WARC files, or single pages, local or any fsspec URL.

Reading streams: JSONL line by line and WARC record by record, so an archive of any size goes
through in bounded memory. A bad JSONL line or a corrupt WARC record is a `SourceProblem` with
its position (`line 7`, `offset 48213`); so is a file that cannot be read at all. HTML (pages
saved as files or kept in a WARC) stays raw here and is parsed on the workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

import fsspec
from fsspec.implementations.local import LocalFileSystem

from storyline.errors import InputError, NotFound, StorylineError
from storyline.ingest import IngestLimits, SourceProblem
from storyline.ingest.archive import read_jsonl
from storyline.ingest.fetch import DEFAULT_LIMITS
from storyline.ingest.sources import read_bytes
from storyline.model import Document
from storyline.scale.warc import RawPage, read_warc

__all__ = ["Item", "read_input"]

Item = Document | RawPage | SourceProblem

_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_HTML = (".html", ".htm", ".xhtml", ".shtml")


def read_input(location: str, *, limits: IngestLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Every document, raw page and problem of a file or folder, files in sorted order.

    A missing input raises at once; everything else is read as the iterator is consumed.
    """
    fs, root = fsspec.core.url_to_fs(location)
    if not fs.exists(root):
        raise NotFound(f"{location}: no such file or folder", hint="check the path or URL")
    return _read_all(fs, root, limits)


def _read_all(fs: fsspec.AbstractFileSystem, root: str, limits: IngestLimits) -> Iterator[Item]:
    for path in _files(fs, root):
        source = path if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)
        try:
            yield from _read_file(fs, path, source, limits)
        except StorylineError as exc:
            yield SourceProblem.from_error(source, None, exc)
        except OSError as exc:
            yield SourceProblem(source, None, f"cannot read ({exc})")


def _files(fs: fsspec.AbstractFileSystem, root: str) -> list[str]:
    if not fs.isdir(root):
        return [root]
    found = fs.find(root)
    visible = [p for p in found if not any(part.startswith(".") for part in _relative(p, root))]
    return sorted(visible)


def _relative(path: str, root: str) -> tuple[str, ...]:
    return PurePosixPath(path).relative_to(PurePosixPath(root)).parts


def _read_file(
    fs: fsspec.AbstractFileSystem, path: str, source: str, limits: IngestLimits
) -> Iterator[Item]:
    name = path.lower()
    if name.endswith(_WARC):
        with fs.open(path, "rb", compression=None) as stream:
            yield from read_warc(stream, source=source)
    elif name.endswith(_JSONL):
        with fs.open(
            path, "rt", encoding="utf-8", errors="replace", newline=None, compression="infer"
        ) as lines:
            yield from read_jsonl(lines, source=source)
    else:
        size = fs.size(path)
        if size is not None and size > limits.max_bytes:
            raise InputError(
                f"{source}: {size} bytes is over the {limits.max_bytes}-byte cap",
                hint="split the file, or use JSONL or WARC, which stream",
            )
        data = fs.cat_file(path)
        if name.endswith(_HTML):
            yield RawPage(source, None, data)
        else:
            suffix = PurePosixPath(name).suffix
            yield from read_bytes(data, source=source, suffix=suffix, limits=limits)
