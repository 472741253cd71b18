"""End to end in Debian's Chromium (Playwright for Python, headless, no browser download).

Add the seed article through the Add page, type the seed note into the comment box, and see the
planned visit turn confirmed in the claim ledger and on the timeline; search; download an export.
When /usr/bin/chromium is missing (scripts/chromium.sh installs it) the tests skip, saying so.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from icalendar import Calendar

from conftest import SEED_ARTICLE, SEED_NOTE
from storyline.present.web import create_app
from storyline.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = Path("/tmp/storyline-dossier.png")
SLOW = 180_000  # ms: the first request loads the NLP pipeline and the embedding model
PLANNED_VISIT = "The North Korean leader plans to visit Russia in September"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app under uvicorn, in a thread, on a free loopback port, over a fresh store."""
    db = tmp_path_factory.mktemp("browser") / "storyline.db"
    port = _free_port()
    app = create_app(Settings(db=str(db), port=port))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is missing: run `bash scripts/chromium.sh` (apt-get chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(SLOW)
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if _is_problem(m) else None)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.problems = problems
    yield opened
    context.close()


def _is_problem(message: object) -> bool:
    """Console errors, except the inline styles vis-timeline tries and the policy blocks."""
    vendor_style = "Applying inline style violates" in message.text and "/vendor/" in str(
        message.location.get("url", "")
    )
    return message.type == "error" and not vendor_style


def _note_text() -> str:
    return SEED_NOTE.read_text(encoding="utf-8").strip().removeprefix("date 2023-09-11").strip()


def test_seed_article_and_note_confirm_the_planned_visit(server: str, page: object) -> None:
    page.goto(f"{server}/add")
    page.set_input_files("#add-files-input", str(SEED_ARTICLE))
    page.click("#add-files button[type=submit]")
    page.wait_for_url(f"{server}/documents/*")
    assert "Kim Jong-un goes to Putin in Russia" in page.inner_text("h1")
    assert page.locator(".doc-text .hl-timex[title^='DATE 2023-09']").count() >= 1

    assert page.inner_text("label[for=note-text]") == "Enter comments here:"
    assert page.input_value("#note-date") == time.strftime("%Y-%m-%d")
    page.fill("#note-text", _note_text())
    page.fill("#note-date", "2023-09-11")
    page.click(".comment-box button[type=submit]")
    page.wait_for_selector("#changes")
    change = page.locator("#changes .change", has_text=PLANNED_VISIT)
    assert change.first.get_attribute("data-after") == "confirmed"

    page.click("table.metadata a[href^='/stories/']")
    page.wait_for_url(f"{server}/stories/*")
    claim = page.locator("#ledger li.claim", has_text=PLANNED_VISIT).first
    assert claim.get_attribute("data-status") == "confirmed"
    assert "confirms" in claim.locator(".evidence").inner_text().lower()
    page.wait_for_selector("#timeline[data-ready]")
    items = page.locator("#timeline .vis-item", has_text="visit")
    assert items.count() >= 1
    assert page.locator(".timeline-list .entry", has_text="visit").count() >= 1
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert not page.problems, page.problems  # no script errors, no blocked scripts, no 404s


def test_search_highlights_hits(server: str, page: object) -> None:
    page.goto(server)
    page.fill("header .search-box input[name=q]", "Shoigu")
    page.press("header .search-box input[name=q]", "Enter")
    page.wait_for_url(f"{server}/search?q=Shoigu")
    assert page.locator(".hit mark", has_text="Shoigu").count() >= 1
    assert not page.problems, page.problems


def test_export_download(server: str, page: object, tmp_path: Path) -> None:
    page.goto(server)
    page.click(".stories a[href^='/stories/']")
    with page.expect_download() as download:
        page.click("a.export-link:text-is('ics')")
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    assert target.suffix == ".ics"
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events
