"""Saved pages as plain text: the seed page, its two pieces, bylines, dates, notes."""

from __future__ import annotations

import pytest

from conftest import SEED_ARTICLE, SEED_NOTE, SEED_PAGE
from storyline.errors import InputError
from storyline.ingest import parse_saved_page, read_note, read_source
from storyline.ingest.normalize import normalize
from storyline.model import Document, Stats

TITLE = "Kim Jong-un goes to Putin in Russia: NYT found out the details"


def _page(path) -> list[Document]:
    return parse_saved_page(path.read_text(encoding="utf-8"), source=str(path))


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return _page(SEED_PAGE)


def test_seed_page_article(seed_docs):
    article = seed_docs[0]
    assert article.kind == "article"
    assert article.title == TITLE
    assert article.author == "Katerina Chernovol"
    assert article.published == "2023-09-04T21:53"
    assert article.outlet == "UNIAN"
    assert article.stats == Stats(read_minutes=3, views=920)
    assert article.headings == ("Cooperation between Russia and North Korea",)
    assert article.lede == "The North Korean leader plans to visit Russia in September."
    assert article.parent_id is None


def test_seed_page_body_is_normalized_and_bounded(seed_docs):
    article = seed_docs[0]
    assert article.text.startswith("The North Korean leader plans")
    assert article.text.endswith("can become a participant in these exercises.")
    assert "(C)UNIAN" not in article.text and "Enter comments" not in article.text
    assert "\u00a0" not in article.text and "\u2019" not in article.text
    assert "Russia's Vladivostok" in article.text
    assert "\u00a0" in article.original and "Russia\u2019s Vladivostok" in article.original
    assert len(article.paragraphs) == 9
    assert article.paragraphs[0] == article.lede
    assert "Cooperation between Russia and North Korea" not in article.paragraphs


def test_seed_page_note(seed_docs):
    article, note = seed_docs
    assert note.kind == "note"
    assert note.parent_id == article.id
    assert note.published == "2023-09-11"
    assert note.text.startswith('The Russian "Interfax" writes')
    assert "Russia's war in Ukraine" in note.text
    assert "Russia\u02bcs war" in note.original
    assert note.text.endswith("short-range missiles from North Korea.")


def test_ambiguous_byline_date_resolved_by_the_text(seed_docs):
    reason = seed_docs[0].date_reason
    assert reason is not None
    assert "09/04/23" in reason and "2023-09-04" in reason
    assert "not 2023-04-09" in reason and "September 4" in reason


def test_seed_article_piece_alone():
    docs = _page(SEED_ARTICLE)
    assert len(docs) == 1
    assert docs[0].title == TITLE and docs[0].published == "2023-09-04T21:53"
    assert docs[0].id == _page(SEED_PAGE)[0].id


def test_seed_note_piece_alone_is_a_dated_note_without_parent():
    (note,) = _page(SEED_NOTE)
    assert note.kind == "note" and note.parent_id is None
    assert note.published == "2023-09-11"
    assert note.text.startswith('The Russian "Interfax" writes')


def test_read_source_gives_article_then_note():
    docs = list(read_source(str(SEED_PAGE)))
    assert [d.kind for d in docs] == ["article", "note"]
    assert docs[0].source == str(SEED_PAGE)


def test_ids_are_stable_and_depend_on_content(seed_docs):
    again = _page(SEED_PAGE)
    assert [d.id for d in again] == [d.id for d in seed_docs]
    assert seed_docs[0].id != seed_docs[1].id


def _article(byline: str, body: str = "First paragraph of the story.\n\nSecond one.") -> Document:
    return parse_saved_page(f"A headline\n\n{byline}\n\n{body}\n")[0]


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("By Jane Smith | Sep 4, 2023", "Jane Smith", "2023-09-04"),
        ("Jane Smith, 04.09.2023 21:53", "Jane Smith", "2023-09-04T21:53"),
        ("Jane Smith 2023-09-04T21:53", "Jane Smith", "2023-09-04T21:53"),
        ("By Jane Smith, 2023-09-04", "Jane Smith", "2023-09-04"),
        ("Иван Петров12:05, 25/12/22", "Иван Петров", "2022-12-25T12:05"),
        ("By Jane Smith", "Jane Smith", None),
        ("Published 4 September 2023, 9:15 pm", None, "2023-09-04T21:15"),
    ],
)
def test_byline_forms(byline, author, published):
    article = _article(byline)
    assert (article.author, article.published) == (author, published)
    assert article.text.startswith("First paragraph")


def test_ambiguous_date_without_evidence_keeps_a_reason():
    article = _article("Jane Smith 10:00, 03/05/23")
    assert article.published == "2023-03-05T10:00"
    assert "does not settle it" in article.date_reason


def test_ambiguous_date_day_first_when_text_says_so():
    body = "On May 20, the minister said the talks had failed.\n\nMore follows."
    article = _article("Jane Smith 10:00, 05/06/23", body)
    assert article.published == "2023-06-05T10:00"
    assert "not 2023-05-06" in article.date_reason


def test_read_time_and_views_forms():
    assert _article("3 min read · 1,204 views").stats == Stats(read_minutes=3, views=1204)
    assert _article("Views: 77").stats == Stats(views=77)


def test_several_notes_under_one_box():
    page = (
        "Headline\n\nJo Doe 09:00, 2023-01-02\n\nBody text here.\n\n(C) Daily Mail 2023\n\n"
        "Leave a comment\n"
        "date 2023-01-03 First follow-up.\nSecond line of it.\n"
        "date 2023-01-05 Second follow-up.\n"
    )
    article, first, second = parse_saved_page(page)
    assert article.outlet == "Daily Mail" and article.text == "Body text here."
    assert (first.published, first.text) == ("2023-01-03", "First follow-up.\nSecond line of it.")
    assert (second.published, second.text) == ("2023-01-05", "Second follow-up.")
    assert first.parent_id == second.parent_id == article.id


@pytest.mark.parametrize("label", ["Add comment:", "Your comment:", "Enter your comment here:"])
def test_comment_box_labels(label):
    docs = parse_saved_page(f"Headline\n\nBody text.\n\n{label}\ndate 2023-01-03 A note.")
    assert [d.kind for d in docs] == ["article", "note"]


def test_page_without_comment_box():
    docs = parse_saved_page("Headline\n\nBody text. Leave a comment if you like.\n")
    assert len(docs) == 1 and docs[0].title == "Headline"
    assert docs[0].text == "Body text. Leave a comment if you like."


def test_text_without_title_is_all_body():
    (doc,) = parse_saved_page("Just one paragraph of text. It has no title.\n")
    assert doc.title is None and doc.text == "Just one paragraph of text. It has no title."


def test_read_note_with_its_own_date():
    note = read_note("date 2023-09-11 The Kremlin confirmed it.", parent_id="d1", date=None)
    assert (note.published, note.text, note.parent_id) == (
        "2023-09-11",
        "The Kremlin confirmed it.",
        "d1",
    )


def test_read_note_opening_with_its_date_alone():
    """`2025-05-09: Reuters: ...`, as an analyst types a dated note."""
    note = read_note("2025-05-09: Reuters: the meeting was postponed.", parent_id="d1", date=None)
    assert (note.published, note.text) == ("2025-05-09", "Reuters: the meeting was postponed.")
    note = read_note("2025-05-09 The talks ended.", parent_id="d1", date="2025-05-01")
    assert (note.published, note.text) == ("2025-05-09", "The talks ended.")


def test_read_note_with_given_date_and_id_depends_on_parent_and_date():
    one = read_note("Confirmed.", parent_id="d1", date="2023-09-12")
    assert one.published == "2023-09-12"
    assert one.id == read_note("Confirmed.", parent_id="d1", date="2023-09-12").id
    assert one.id != read_note("Confirmed.", parent_id="d2", date="2023-09-12").id
    assert one.id != read_note("Confirmed.", parent_id="d1", date="2023-09-13").id


def test_read_note_needs_a_date():
    with pytest.raises(InputError, match="no date"):
        read_note("Confirmed.", parent_id="d1", date=None)


def test_normalize_keeps_an_offset_map():
    original = "a\r\nb\u200bc\u00a0d\u2019e\rf"
    text, offsets = normalize(original)
    assert text == "a\nbc d'e\nf"
    doc = Document(id="x", kind="article", text=text, original=original, offsets=offsets)
    for index, char in enumerate(text):
        mapped = original[doc.original_offset(index)]
        assert mapped == char or (char, mapped) in {("\n", "\r"), (" ", "\u00a0"), ("'", "\u2019")}
    assert doc.original_offset(text.index("c")) == original.index("c")
    assert doc.original_offset(text.index("f")) == original.index("f")


def test_seed_offsets_are_empty_when_lengths_match(seed_docs):
    assert seed_docs[0].offsets == ()
    assert len(seed_docs[0].text) == len(seed_docs[0].original)


def test_header_block_fields_win_over_the_page() -> None:
    raw = (
        "URL: https://example.org/titan\n"
        "OUTLET: Example News (Reuters)\n"
        "PUBLICATION_DATE: 2023-06-20\n"
        "DATE_SOURCE: page date metadata\n"
        "---\n"
        "Search for the missing submersible widens\n"
        "The Coast Guard said on Tuesday that the search area had doubled.\n"
    )
    [article] = parse_saved_page(raw, source="excerpt.txt")
    assert article.title == "Search for the missing submersible widens"
    assert (article.url, article.outlet) == ("https://example.org/titan", "Example News (Reuters)")
    assert (article.published, article.date_reason) == ("2023-06-20", "from the header block")
    assert article.text.startswith("The Coast Guard said")


def test_header_block_with_an_impossible_date_is_an_input_error() -> None:
    raw = "URL: https://example.org/x\nPUBLICATION_DATE: 2023-02-30\n---\nTitle\nBody text here.\n"
    with pytest.raises(InputError, match="2023-02-30"):
        parse_saved_page(raw, source="bad.txt")


def test_a_photo_credit_inside_the_article_does_not_end_it() -> None:
    body = "The search went on, officials said on Wednesday. " * 12
    page = (
        f"A headline\n\nThe rescue ship sailed.\n\n© AP Photo / US Coast Guard\n\n{body}\n\n"
        "© 2023 Example News. All rights reserved.\n"
    )
    [article] = parse_saved_page(page)
    assert article.text.rstrip().endswith("officials said on Wednesday.")
    assert "All rights reserved" not in article.text
    assert article.outlet == "Example News"
