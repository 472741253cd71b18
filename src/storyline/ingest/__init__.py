"""Ingest: read every kind of source into `Document`s. Reads sources only; never stores.

    read_source(source, *, limits)   a path (file or folder), an http(s) URL, or "-" for stdin
    read_note(text, *, parent_id, date)   a note typed by a user
    IngestLimits                      bytes, seconds, redirects, private addresses allowed or not
    SourceProblem                     one bad record of a source that otherwise reads

Saved pages (`text`), HTML (`html`, trafilatura), fetching (`fetch`, httpx), feeds (`feeds`,
feedparser), JSONL (`archive`); `normalize` decodes bytes and maps normalized text back.
"""

from storyline.ingest.fetch import IngestLimits
from storyline.ingest.problems import SourceProblem
from storyline.ingest.sources import read_source
from storyline.ingest.text import parse_saved_page, read_note

__all__ = ["IngestLimits", "SourceProblem", "parse_saved_page", "read_note", "read_source"]
