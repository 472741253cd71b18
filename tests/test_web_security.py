"""Article content is hostile: pages escape it, links to it are never `javascript:`, and every
answer carries a strict Content-Security-Policy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.present.web.context import snippet_html
from storyline.present.web.highlight import Mark, highlight
from webapp import client_for, seed_store

PAYLOADS = (
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(2)">click</a>',
    '"><svg onload=alert(3)>',
)
HOSTILE = {
    "title": "Breaking <script>alert('title')</script> news",
    "url": "javascript:alert(document.cookie)",
    "outlet": "<b onmouseover=alert(4)>Evil Daily</b>",
    "author": "Mallory <iframe src=//evil.example>",
    "published": "2024-03-01",
    "text": "Officials in Berlin said on March 1 that the mayor plans to visit Paris in April. "
    + " ".join(PAYLOADS)
    + " The Kremlin denied it.",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.jsonl"
    source.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    return client_for(seed_store(folder / "hostile.db", [str(source)]))


def _pages(client: TestClient) -> dict[str, str]:
    html = {"accept": "text/html"}
    [document] = client.get("/api/documents").json()
    pages = {
        "/": "",
        f"/documents/{document['id']}": "",
        "/search?q=alert": "",
        "/entities": "",
    }
    for story in client.get("/api/stories").json():
        pages[f"/stories/{story['id']}"] = ""
    for entity in client.get("/api/entities").json()[:3]:
        pages[f"/entities/{entity['id']}"] = ""
    return {path: client.get(path, headers=html).text for path in pages}


def test_hostile_content_is_escaped_everywhere(hostile: TestClient) -> None:
    pages = _pages(hostile)
    assert len(pages) >= 5
    for path, page in pages.items():
        assert "<script>alert" not in page, path
        assert "<img" not in page and "<svg" not in page and "<iframe" not in page, path
        assert not re.search(r"<[^>]+\son(error|load|mouseover)=", page), path
        assert 'href="javascript:' not in page.lower(), path
    document = next(page for path, page in pages.items() if path.startswith("/documents/"))
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in document
    assert "javascript:alert(document.cookie)" in document  # shown as text, not as a link


def test_no_inline_scripts_and_a_strict_policy(hostile: TestClient) -> None:
    for path, page in _pages(hostile).items():
        for tag in re.findall(r"<script\b[^>]*>", page):
            assert "src=" in tag or 'type="application/json"' in tag, (path, tag)
        assert " style=" not in page, path
    response = hostile.get("/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" in hostile.get("/api/stories").headers
    assert "content-security-policy" in hostile.get("/no-such-page").headers


def test_highlight_escapes_text_and_titles() -> None:
    text = '<b>Kim</b> said "x" onerror=alert(1)'
    marks = [Mark(3, 6, "hl-entity", 'PERSON: "><script>', "a", "/entities/e1")]
    html = str(highlight(text, marks))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert 'title="PERSON: &#34;&gt;&lt;script&gt;"' in html
    assert html.count("<a ") == 1


def test_search_snippets_mark_hits_but_escape_the_rest() -> None:
    html = str(snippet_html("a <script>x</script> [Shoigu] b"))
    assert html == "a &lt;script&gt;x&lt;/script&gt; <mark>Shoigu</mark> b"


def test_the_timeline_data_cannot_close_its_script_tag(tmp_path: Path) -> None:
    source = tmp_path / "t.jsonl"
    text = "The minister plans to visit Rome on June 5, 2024. </script><script>alert(1)</script>"
    source.write_text(json.dumps({"text": text, "published": "2024-05-01"}) + "\n")
    client = client_for(seed_store(tmp_path / "t.db", [str(source)]))
    for story in client.get("/api/stories").json():
        page = client.get(f"/stories/{story['id']}", headers={"accept": "text/html"}).text
        assert "</script><script>alert" not in page
