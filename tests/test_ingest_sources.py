"""Sources other than the seed: HTML files, feeds, JSONL, folders, encodings, stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from storyline.ingest import SourceProblem, read_source
from storyline.model import Document

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quake hits coast | Daily Planet</title>
<meta name="author" content="Lois Lane"><meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2023-09-04T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Quake hits coast</h1>
<p>A strong earthquake struck the coast on Monday morning, officials said, damaging several
buildings and roads in the region.</p>
<h2>Rescue under way</h2>
<p>Rescue teams were sent to the area within hours. The government said it was not yet clear
how many people had been hurt in the quake.</p>
<p>Aftershocks are expected over the coming days, according to the national seismology
institute, which urged residents to stay calm.</p>
</article><footer>Contact us</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Planet Feed</title><link>http://example.com/</link>
<item><title>Quake hits coast</title><link>http://example.com/1</link>
<pubDate>Mon, 04 Sep 2023 10:00:00 GMT</pubDate><author>lois@example.com (Lois Lane)</author>
<description>&lt;p&gt;A strong earthquake struck.&lt;/p&gt;&lt;p&gt;Rescue is under way.&lt;/p&gt;
</description></item>
<item><title>Aftershocks</title><link>http://example.com/2</link>
<pubDate>Tue, 05 Sep 2023 08:30:00 GMT</pubDate><description>Aftershocks followed.</description>
</item></channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Planet</title>
<entry><title>Talks resume</title><link href="http://example.com/a1"/><id>a1</id>
<updated>2023-09-06T12:15:00Z</updated><author><name>Clark Kent</name></author>
<content type="html">&lt;p&gt;Talks resumed in Geneva on Wednesday.&lt;/p&gt;</content></entry>
</feed>
"""

RUSSIAN = (
    "Ким Чен Ын едет к Путину\n\n"
    "Северная Корея поставляет России артиллерийские снаряды, утверждают в Вашингтоне.\n\n"
    "Пхеньян это отрицает. Визит во Владивосток запланирован на сентябрь.\n"
)


def _documents(items) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_html_file(tmp_path: Path):
    path = tmp_path / "quake.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (doc,) = list(read_source(str(path)))
    assert doc.title == "Quake hits coast"
    assert (doc.author, doc.outlet, doc.published) == ("Lois Lane", "Daily Planet", "2023-09-04")
    assert doc.headings == ("Rescue under way",)
    assert doc.lede.startswith("A strong earthquake struck the coast")
    assert "Home | World" not in doc.text and "Contact us" not in doc.text
    assert doc.text.endswith("urged residents to stay calm.")


def test_html_detected_by_content_in_a_txt_file(tmp_path: Path):
    path = tmp_path / "saved.txt"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (doc,) = list(read_source(str(path)))
    assert doc.title == "Quake hits coast" and "<p>" not in doc.text


def test_malformed_html_still_extracts(tmp_path: Path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>Unclosed <b>bold text about the flood that hit the town on "
        "Friday, leaving hundreds without power for days<p>Second paragraph about the "
        "clean-up, which is expected to last several weeks, officials said",
        encoding="utf-8",
    )
    (doc,) = list(read_source(str(path)))
    assert "flood that hit the town" in doc.text and "<b>" not in doc.text


def test_rss_feed(tmp_path: Path):
    path = tmp_path / "planet.xml"
    path.write_text(RSS, encoding="utf-8")
    first, second = list(read_source(str(path)))
    assert (first.title, first.outlet, first.url) == (
        "Quake hits coast",
        "Planet Feed",
        "http://example.com/1",
    )
    assert (first.author, first.published) == ("Lois Lane", "2023-09-04T10:00")
    assert first.paragraphs == ("A strong earthquake struck.", "Rescue is under way.")
    assert (second.title, second.text, second.published) == (
        "Aftershocks",
        "Aftershocks followed.",
        "2023-09-05T08:30",
    )


def test_atom_feed_detected_by_content(tmp_path: Path):
    path = tmp_path / "feed.txt"
    path.write_text(ATOM, encoding="utf-8")
    (doc,) = list(read_source(str(path)))
    assert (doc.title, doc.outlet, doc.author) == ("Talks resume", "Atom Planet", "Clark Kent")
    assert (doc.url, doc.published) == ("http://example.com/a1", "2023-09-06T12:15")
    assert doc.text == "Talks resumed in Geneva on Wednesday."


def test_jsonl_with_bad_lines(tmp_path: Path):
    lines = [
        json.dumps({"text": "First story.", "title": "One", "published": "2023-09-04T21:53:00"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps(
            {"text": "A note.", "kind": "note", "parent_id": "d1", "published": "2023-09-11"}
        ),
        json.dumps({"text": "Bad date.", "published": "2023-02-30"}),
    ]
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_source(str(path)))
    first, bad_json, no_text, note, bad_date = items
    assert (first.title, first.published, first.kind) == ("One", "2023-09-04T21:53", "article")
    assert isinstance(bad_json, SourceProblem) and bad_json.position == "line 2"
    assert "not JSON" in bad_json.message
    assert isinstance(no_text, SourceProblem) and no_text.position == "line 3"
    assert "'text'" in no_text.message
    assert (note.kind, note.parent_id, note.published) == ("note", "d1", "2023-09-11")
    assert isinstance(bad_date, SourceProblem) and bad_date.position == "line 6"
    assert str(bad_json).startswith(f"{path}: line 2: not JSON")


def test_jsonl_ids_are_stable(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Same words."}) + "\n", encoding="utf-8")
    (first,) = read_source(str(path))
    (again,) = read_source(str(path))
    assert first.id == again.id and first.id.startswith("d")


def test_folder_recursive_sorted_skips_hidden_and_reports_bad_files(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second\n\nBody two.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\n\nBody one.\n", encoding="utf-8")
    (tmp_path / "b" / "1.txt").write_text("Middle\n\nBody middle.\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNever read.\n", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git\n\nNever read.\n", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    items = list(read_source(str(tmp_path)))
    assert [d.title for d in _documents(items)] == ["First", "Middle", "Second"]
    (problem,) = [item for item in items if isinstance(item, SourceProblem)]
    assert problem.source == str(tmp_path / "c.png") and "PNG" in problem.message


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1251", b""), ("koi8-r", b""), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-16", b"")],
)
def test_russian_in_any_encoding(tmp_path: Path, encoding: str, bom: bytes):
    path = tmp_path / f"ru-{encoding}.txt"
    path.write_bytes(bom + RUSSIAN.encode(encoding))
    (doc,) = list(read_source(str(path)))
    assert doc.title == "Ким Чен Ын едет к Путину"
    assert doc.text.startswith("Северная Корея поставляет России")


def test_utf8_with_bom_and_crlf_keeps_offsets(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    body = "Title\r\n\r\nFirst\u00a0line\u200b here.\r\nIt’s the second.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (doc,) = list(read_source(str(path)))
    assert doc.title == "Title"
    assert doc.text == "First line here.\nIt's the second."
    assert doc.original == "First\u00a0line\u200b here.\r\nIt’s the second."
    at = doc.text.index("It's")
    assert doc.original[doc.original_offset(at) :].startswith("It’s")
    assert doc.original[doc.original_offset(doc.text.index(" here")) :].startswith(" here")


def test_stdin(monkeypatch: pytest.MonkeyPatch):
    stdin = io.TextIOWrapper(io.BytesIO(b"Headline\n\nFrom standard input.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    (doc,) = list(read_source("-"))
    assert (doc.title, doc.text, doc.source) == ("Headline", "From standard input.", "<stdin>")
