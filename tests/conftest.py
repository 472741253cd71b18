"""Shared fixtures: the seed page, fresh stores, the loaded NLP pipeline (once per run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_PAGE = SEEDS / "saved_page_000_004.txt"
SEED_ARTICLE = SEEDS / "000_eb9b14a5ef02d3b3.txt"
SEED_NOTE = SEEDS / "004_f53fa2f24d5a3472.txt"
DATA = SHARED / "data"


def _seed_body(path: Path, start: str, end: str) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end)].strip()


@pytest.fixture(scope="session")
def seed_article_doc() -> Document:
    """The seed article's body as analysis sees it (ingest is tested on its own)."""
    body = _seed_body(SEED_ARTICLE, "The North Korean leader plans", "(C)UNIAN")
    return Document(
        id="seed-article",
        kind="article",
        text=body.replace("\u00a0", " "),
        title="Kim Jong-un goes to Putin in Russia: NYT found out the details",
        outlet="UNIAN",
        author="Katerina Chernovol",
        published="2023-09-04T21:53",
    )


@pytest.fixture(scope="session")
def seed_note_doc() -> Document:
    text = SEED_NOTE.read_text(encoding="utf-8").strip().removeprefix("date 2023-09-11").strip()
    return Document(
        id="seed-note",
        kind="note",
        text=text.replace("\u02bc", "'"),
        published="2023-09-11",
        parent_id="seed-article",
    )
