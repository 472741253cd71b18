"""Bad input: each gives InputError (or NotFound) with a one-line message and a hint."""

from __future__ import annotations

import json
import random
import socket
from pathlib import Path

import pytest

from storyline.errors import InputError, NotFound, StorylineError
from storyline.ingest import IngestLimits, SourceProblem, parse_saved_page, read_note, read_source


def _error(source: str, **kwargs) -> StorylineError:
    with pytest.raises(StorylineError) as caught:
        list(read_source(source, **kwargs))
    error = caught.value
    assert "\n" not in str(error) and error.hint, "one line, with a hint"
    return error


def _file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_missing_path(tmp_path: Path):
    error = _error(str(tmp_path / "nope.txt"))
    assert isinstance(error, NotFound) and "no such file or folder" in error.message


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path: Path, data: bytes):
    error = _error(_file(tmp_path, "empty.txt", data))
    assert isinstance(error, InputError) and "is empty" in error.message


def test_png(tmp_path: Path):
    error = _error(_file(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)))
    assert isinstance(error, InputError) and "is a PNG image, not text" in error.message


def test_pdf(tmp_path: Path):
    error = _error(_file(tmp_path, "paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert "is a PDF document" in error.message and "pdftotext" in error.hint


def test_other_binary(tmp_path: Path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(2000))
    error = _error(_file(tmp_path, "blob.dat", data))
    assert isinstance(error, InputError) and "binary" in error.message


def test_undecodable_bytes(tmp_path: Path):
    rng = random.Random(3)
    data = bytes(rng.randrange(128, 256) for _ in range(600))
    error = _error(_file(tmp_path, "garbled.txt", data))
    assert isinstance(error, InputError) and "cannot decode" in error.message


def test_broken_utf16_with_bom(tmp_path: Path):
    error = _error(
        _file(tmp_path, "half.txt", b"\xff\xfe" + "Title\n\nBody".encode("utf-16-le") + b"\x00\xd8")
    )
    assert "invalid utf-16-le" in error.message


def test_file_over_the_size_cap(tmp_path: Path):
    path = _file(tmp_path, "big.txt", b"Title\n\n" + b"word " * 100)
    error = _error(path, limits=IngestLimits(max_bytes=100))
    assert isinstance(error, InputError) and "over the 100-byte cap" in error.message
    assert list(read_source(path))  # the default cap (10 MB) lets it through


def test_default_cap_is_ten_megabytes():
    assert IngestLimits().max_bytes == 10 * 1024 * 1024


def test_html_without_text(tmp_path: Path):
    error = _error(_file(tmp_path, "empty.html", b"<html><head><script>x()</script></head></html>"))
    assert "no article text found in the HTML" in error.message


def test_unreachable_url():
    with socket.socket() as sock:  # a port that nothing listens on once released
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = _error(f"http://127.0.0.1:{port}/story")
    assert isinstance(error, InputError) and "cannot connect" in error.message


def test_non_http_url():
    error = _error("ftp://example.com/story.txt")
    assert "only http and https URLs" in error.message


@pytest.mark.parametrize(
    ("text", "date"),
    [("date 2023-02-30 Text.", None), ("Text.", "2023-02-30"), ("date 2023-13-01 Text.", None)],
)
def test_note_with_impossible_date(text: str, date: str | None):
    with pytest.raises(InputError, match="impossible date") as caught:
        read_note(text, parent_id="d1", date=date)
    assert caught.value.hint


def test_empty_note():
    with pytest.raises(InputError, match="no text"):
        read_note("date 2023-09-11   ", parent_id="d1", date=None)


def test_saved_page_note_with_impossible_date():
    page = "Headline\n\nBody.\n\nEnter comments here:\ndate 2023-09-11 Fine.\ndate 2023-02-30 Bad."
    with pytest.raises(InputError, match=r"note 2: impossible date '2023-02-30'"):
        parse_saved_page(page, source="page.txt")


def test_jsonl_bad_lines_report_line_numbers(tmp_path: Path):
    lines = ["[1, 2]", json.dumps({"text": ""}), json.dumps({"text": "ok", "kind": "memo"})]
    path = _file(tmp_path, "bad.jsonl", "\n".join(lines).encode())
    problems = list(read_source(path))
    assert all(isinstance(p, SourceProblem) for p in problems)
    assert [p.position for p in problems] == ["line 1", "line 2", "line 3"]
    assert "not a JSON object" in problems[0].message
    assert "no 'text' field" in problems[1].message
    assert "kind 'memo'" in problems[2].message


def test_broken_feed(tmp_path: Path):
    error = _error(
        _file(tmp_path, "feed.xml", b"<?xml version='1.0'?><rss><channel><item><title>x")
    )
    assert isinstance(error, InputError) and "feed" in error.message


def test_note_date_in_another_format():
    with pytest.raises(InputError, match=r"date '30/02/2023' is not YYYY-MM-DD"):
        read_note("Text.", parent_id="d1", date="30/02/2023")


def test_missing_path_and_bad_scheme_raise_before_iteration(tmp_path: Path):
    with pytest.raises(NotFound):
        read_source(str(tmp_path / "nope"))
    with pytest.raises(InputError):
        read_source("javascript:alert(1)")
