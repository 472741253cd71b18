"""Fetching over real HTTP: a local http.server in a thread, no mocks."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyline.errors import InputError, NotFound
from storyline.ingest import IngestLimits, SourceProblem, read_source
from storyline.ingest.fetch import check_url, fetch
from storyline.model import Document

PAGE = b"""<!DOCTYPE html><html><head><title>Flood in the valley</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Valley News"></head>
<body><article><h1>Flood in the valley</h1>
<p>Heavy rain flooded the valley overnight, and hundreds of homes were left without power on
Tuesday, local officials said in a statement.</p>
<p>Emergency crews expect the water to recede by the weekend, although more rain is forecast
for Thursday and Friday across the region.</p></article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Feed</title>
<item><title>Flood in the valley</title><link>{base}/page.html</link></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        routes = {
            "/page.html": ("text/html; charset=utf-8", PAGE),
            "/feed": ("application/rss+xml", FEED.format(base=base).encode()),
            "/notes.txt": (
                "text/plain; charset=windows-1251",
                "Заголовок\n\nТекст.".encode("cp1251"),
            ),
            "/image.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(32)),
        }
        if self.path in routes:
            content_type, body = routes[self.path]
            self._send(200, body, content_type)
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/to-ftp":
            self._redirect("ftp://example.com/secret.txt")
        elif self.path == "/hop":
            self._redirect("/page.html")
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif self.path == "/big-stream":
            self._stream_without_length()
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, b"late", "text/plain")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # the client may refuse the body after the headers, as it should
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream_without_length(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            for _ in range(100):
                self.wfile.write(b"y" * 1000)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its cap, as it should

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page(server: str):
    (doc,) = list(read_source(f"{server}/page.html"))
    assert (doc.title, doc.author, doc.outlet) == ("Flood in the valley", "Jane Roe", "Valley News")
    assert doc.url == f"{server}/page.html"
    assert doc.text.startswith("Heavy rain flooded the valley")


def test_redirect_is_followed(server: str):
    (doc,) = list(read_source(f"{server}/hop"))
    assert doc.url == f"{server}/page.html" and doc.title == "Flood in the valley"


def test_text_plain_with_declared_charset(server: str):
    (doc,) = list(read_source(f"{server}/notes.txt"))
    assert (doc.title, doc.text) == ("Заголовок", "Текст.")


def test_feed_entry_without_body_fetches_its_link(server: str):
    items = list(read_source(f"{server}/feed"))
    doc, problem = items
    assert isinstance(doc, Document) and doc.outlet == "Valley Feed"
    assert doc.title == "Flood in the valley" and doc.url == f"{server}/page.html"
    assert doc.text.startswith("Heavy rain flooded the valley")
    assert doc.author == "Jane Roe" and doc.source == f"{server}/feed"
    assert isinstance(problem, SourceProblem) and problem.position == "entry 2"
    assert "404" in problem.message


def test_redirect_loop(server: str):
    with pytest.raises(InputError, match="more than 3 redirects"):
        fetch(f"{server}/loop", IngestLimits(max_redirects=3))


def test_too_large_body_with_length(server: str):
    with pytest.raises(InputError, match="over the 1000-byte cap"):
        fetch(f"{server}/big", IngestLimits(max_bytes=1000))


def test_too_large_body_streamed(server: str):
    with pytest.raises(InputError, match="body is over the 10000-byte cap"):
        fetch(f"{server}/big-stream", IngestLimits(max_bytes=10_000))


def test_wrong_content_type(server: str):
    with pytest.raises(InputError, match="content type image/png"):
        list(read_source(f"{server}/image.png"))


def test_not_found(server: str):
    with pytest.raises(NotFound, match="404"):
        fetch(f"{server}/missing")


def test_timeout(server: str):
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out"):
        fetch(f"{server}/slow", IngestLimits(timeout=0.3))
    assert time.monotonic() - started < 1.4


def test_unreachable_port_fails_fast():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(InputError, match="cannot connect"):
        list(read_source(f"http://127.0.0.1:{port}/"))
    assert time.monotonic() - started < 5


def test_unknown_host_fails_fast():
    with pytest.raises(InputError):
        list(read_source("http://no-such-host.invalid/page", limits=IngestLimits(timeout=3)))


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x.txt", "javascript:alert(1)", "data:,hi"]
)
def test_non_http_schemes_are_refused(url: str):
    with pytest.raises(InputError, match="only http and https"):
        list(read_source(url))


def test_private_addresses_blocked_when_asked(server: str):
    strict = IngestLimits(allow_private=False)
    with pytest.raises(InputError, match="private address"):
        list(read_source(f"{server}/page.html", limits=strict))
    with pytest.raises(InputError, match="private address"):
        check_url("http://localhost/", strict)
    with pytest.raises(InputError, match="private address"):
        check_url("http://10.1.2.3/", strict)
    check_url("http://93.184.215.14/", strict)  # a public literal needs no DNS


def test_every_redirect_hop_is_checked(server: str):
    """A page must not bounce the fetcher somewhere it would refuse to go directly."""
    with pytest.raises(InputError, match="only http and https URLs can be fetched \\(not ftp:\\)"):
        fetch(f"{server}/to-ftp")
