"""Saved pages as plain text (the seed's shape) and notes typed by a user.

A saved page is: a title line; a byline where the author may be glued to a time and date
(`Katerina Chernovol21:53, 09/04/23`); read time glued to views (`3 min.920`); the lede; body
paragraphs with section headings; a copyright line naming the outlet (`(C)UNIAN 2023`); and
maybe a comment box (`Enter comments here:`) whose dated notes (`date 2023-09-11 ...`) become
notes attached to the article. A text that itself starts with `date YYYY-MM-DD` is a set of
notes with no article (a note file read on its own): each gets its date and no parent.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from storyline.errors import InputError
from storyline.ingest.dates import iso_date, parse_date_text, resolve_numeric
from storyline.ingest.normalize import normalize
from storyline.model import Document, Stats, content_id

__all__ = ["article_id", "lede_of", "note_id", "paragraphs_of", "parse_saved_page", "read_note"]

_COMMENT_BOX = re.compile(
    r"^[ \t]*(?:enter (?:your )?comments? here|leave a (?:comment|reply)|add (?:a )?comment"
    r"|(?:your|write a|post a) comment|comments?(?=[ \t]*:))[ \t]*:?(?=\s*(?:$|date\b))",
    re.IGNORECASE | re.MULTILINE,
)
_NOTE_DATE = re.compile(
    r"^[ \t]*date[ \t]*:?[ \t]*(?P<date>\d{4}-\d{1,2}-\d{1,2})\b[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# A note typed on its own may open with its date alone: `2025-05-09: Reuters says ...`.
_LEADING_DATE = re.compile(r"(?P<date>\d{4}-\d{1,2}-\d{1,2})\b[ \t]*[:–—-]?[ \t]*")
# A copyright line ends the article only near the page's end; one followed by more text than
# this is a photo credit (`© AP Photo / US Coast Guard`) inside the article.
FOOTER_TAIL_CHARS = 300
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:\(c\)|©|copyright\b)(?P<rest>.*)$", re.IGNORECASE | re.MULTILINE
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_NUMERIC = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
_NAMED = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
_BYLINE_TAIL = re.compile(
    rf"(?:{_TIME}\s*,?\s*)?(?:{_ISO}|{_NUMERIC}|{_NAMED})(?:\s*,?\s*(?:at\s+)?{_TIME})?\s*$",
    re.IGNORECASE,
)
_BY_ONLY = re.compile(r"^by\s+(?P<name>[^\d|,]{2,80})$", re.IGNORECASE)
_NOT_NAMES = re.compile(r"^(?:published|updated|last updated|posted|date|modified|on)$", re.I)
_STATS = re.compile(
    r"^(?P<minutes>\d+)\s*min(?:ute)?s?\.?(?:\s*read)?\s*[·|,•]?\s*"
    r"(?:(?:views?:?\s*)?(?P<views>\d[\d,\s]*?)(?:\s*views?)?)?$"
    r"|^(?:views?:?\s*(?P<views2>\d[\d,\s]*)|(?P<views3>\d[\d,\s]*?)\s*views?)$",
    re.IGNORECASE,
)
_HEADING_END = tuple(".!?:;,\"”'…")


_HEADER_BLOCK = re.compile(
    r"\A(?P<fields>(?:[A-Za-z][A-Za-z_ ]{0,30}:[^\n]*\n){2,20})-{3,}[ \t]*\n"
)
_HEADER_FIELDS = {
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "publication_date": "published",
    "published": "published",
    "date": "published",
    "author": "author",
    "byline": "author",
    "title": "title",
    "headline": "title",
}


@dataclass(frozen=True, slots=True)
class _Header:
    title: str | None = None
    author: str | None = None
    date_text: str | None = None
    stats: Stats = field(default_factory=Stats)
    body_start: int = 0


def article_id(text: str) -> str:
    return content_id("d", "article", "", text)


def note_id(text: str, *, parent_id: str | None, published: str | None) -> str:
    """Notes differ by parent and date too: the same words under two articles are two notes."""
    return content_id("d", "note", parent_id or "", published or "", text)


def parse_saved_page(raw: str, *, source: str = "<text>", url: str | None = None) -> list[Document]:
    """The article (if any) first, then the notes from its comment box, in page order.

    A page may start with a header block (`URL:`, `OUTLET:`, `PUBLICATION_DATE:`, `AUTHOR:`,
    `TITLE:` lines, then a `---` line), as archivists save excerpts: its fields win over what
    the page itself suggests.
    """
    fields, raw = split_header_block(raw, source)
    documents = _page_documents(raw, source=source, url=fields.get("url") or url)
    if fields and documents and documents[0].kind == "article":
        documents[0] = _with_header_fields(documents[0], fields)
    return documents


def split_header_block(raw: str, source: str) -> tuple[dict[str, str], str]:
    """(the header block's fields by canonical name, the rest of the page)."""
    match = _HEADER_BLOCK.match(raw.lstrip("\ufeff"))
    if not match:
        return {}, raw
    fields: dict[str, str] = {}
    for line in match["fields"].splitlines():
        key, _, value = line.partition(":")
        name = _HEADER_FIELDS.get(key.strip().lower().replace(" ", "_"))
        if name and value.strip():
            fields[name] = value.strip()
    if "published" in fields:
        fields["published"] = iso_date(fields["published"][:10], f"{source}: header")
    return fields, raw.lstrip("\ufeff")[match.end() :]


def _with_header_fields(article: Document, fields: dict[str, str]) -> Document:
    reason = "from the header block" if "published" in fields else article.date_reason
    return replace(
        article,
        url=fields.get("url", article.url),
        outlet=fields.get("outlet", article.outlet),
        author=fields.get("author", article.author),
        title=fields.get("title", article.title),
        published=fields.get("published", article.published),
        date_reason=reason,
    )


def _page_documents(raw: str, *, source: str, url: str | None) -> list[Document]:
    box = _COMMENT_BOX.search(raw)
    page, notes = (raw[: box.start()], raw[box.end() :]) if box else (raw, "")
    if _NOTE_DATE.match(page.lstrip()) or not page.strip():
        if not (page + notes).strip():
            raise InputError(f"{source}: no text to read", hint="the file is empty or blank")
        return _notes(page + notes, parent_id=None, source=source)
    article = _article(page, source=source, url=url)
    return [article, *_notes(notes, parent_id=article.id, source=source)]


def read_note(text: str, *, parent_id: str, date: str | None) -> Document:
    """A note typed by a user; its own `date YYYY-MM-DD` first line (or a bare date it opens
    with) wins over `date`."""
    stripped = text.strip()
    marker = _NOTE_DATE.match(stripped) or _LEADING_DATE.match(stripped)
    if marker:
        published = iso_date(marker["date"], "note")
        stripped = stripped[marker.end() :]
    elif date:
        published = iso_date(date, "note")
    else:
        raise InputError(
            "note: no date given", hint="pass --date YYYY-MM-DD or start the text with it"
        )
    return _note_document(stripped, parent_id=parent_id, published=published, source=None)


def _notes(raw: str, *, parent_id: str | None, source: str) -> list[Document]:
    """Each `date YYYY-MM-DD` starts a note; text before the first is an undated note."""
    markers = list(_NOTE_DATE.finditer(raw))
    starts = [(m.end(), m["date"]) for m in markers]
    ends = [m.start() for m in markers[1:]] + [len(raw)] if markers else []
    pieces = [(raw[: markers[0].start()] if markers else raw, None)]
    pieces += [(raw[start:end], date) for (start, date), end in zip(starts, ends, strict=True)]
    notes = []
    for number, (body, date) in enumerate(pieces):
        if not body.strip():
            continue
        published = iso_date(date, f"{source}: note {number}") if date else None
        notes.append(_note_document(body, parent_id=parent_id, published=published, source=source))
    return notes


def _note_document(
    raw: str, *, parent_id: str | None, published: str | None, source: str | None
) -> Document:
    original = raw.strip()
    if not original:
        raise InputError(f"{source or 'note'}: the note has no text", hint="write something")
    text, offsets = normalize(original)
    return Document(
        id=note_id(text, parent_id=parent_id, published=published),
        kind="note",
        text=text,
        published=published,
        parent_id=parent_id,
        paragraphs=paragraphs_of(text),
        original=original,
        offsets=offsets,
        date_reason=None if published else "the note has no 'date YYYY-MM-DD' line",
        source=source,
    )


def _article(page: str, *, source: str, url: str | None) -> Document:
    header = _header(page)
    copyrights = [
        m
        for m in _COPYRIGHT.finditer(page, header.body_start)
        if len(page[m.end() :].strip()) <= FOOTER_TAIL_CHARS
    ]
    copyright_match = copyrights[-1] if copyrights else None
    body_end = copyright_match.start() if copyright_match else len(page)
    outlet, copyright_year = (
        _copyright(copyright_match["rest"]) if copyright_match else (None, None)
    )
    original = page[header.body_start : body_end].strip()
    if not original:
        raise InputError(f"{source}: the page has a title but no text", hint="check the file")
    text, offsets = normalize(original)
    published, reason = _published(header.date_text, text, copyright_year)
    paragraphs = paragraphs_of(text)
    headings = tuple(p for i, p in enumerate(paragraphs) if _is_heading(p, i, len(paragraphs)))
    body = tuple(p for p in paragraphs if p not in headings)
    lede = lede_of(body)
    return Document(
        id=article_id(text),
        kind="article",
        text=text,
        title=header.title and normalize(header.title)[0],
        outlet=outlet,
        author=header.author,
        published=published,
        url=url,
        lede=lede,
        headings=headings,
        paragraphs=body,
        stats=header.stats,
        original=original,
        offsets=offsets,
        date_reason=reason,
        source=source,
    )


def _lines(page: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group().strip())
        for m in re.finditer(r"[^\n]+", page)
        if m.group().strip()
    ]


def _header(page: str) -> _Header:
    """Title, then up to three byline or stats lines; the body starts at the first other line."""
    lines = _lines(page)
    if len(lines) < 2 or len(lines[0][2]) > 200 or lines[0][2].endswith("."):
        return _Header(body_start=lines[0][0] if lines else 0)
    title, author, date_text, stats = lines[0][2], None, None, Stats()
    index = 1
    while index < min(len(lines) - 1, 4):
        line = lines[index][2]
        byline = _byline(line)
        found_stats = _stats(line)
        if byline and author is None and date_text is None:
            author, date_text = byline
        elif found_stats and stats == Stats():
            stats = found_stats
        else:
            break
        index += 1
    return _Header(title, author, date_text, stats, lines[index][0])


def _byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, date text) when the line is a byline, else None."""
    by_only = _BY_ONLY.match(line)
    if by_only:
        return by_only["name"].strip(), None
    tail = _BYLINE_TAIL.search(line)
    if not tail or len(line) > 120:
        return None
    name = re.sub(r"^by\s+", "", line[: tail.start()], flags=re.IGNORECASE)
    name = re.sub(r"[\s,|•·—–:-]+$", "", name).strip()
    if name and (
        re.search(r"\d", name) or len(name.split()) > 6 or not re.search(r"[^\W\d_]", name)
    ):
        return None
    author = None if not name or _NOT_NAMES.match(name) else name
    return author, tail.group().strip()


def _stats(line: str) -> Stats | None:
    match = _STATS.match(line)
    if not match:
        return None
    views = match["views"] or match["views2"] or match["views3"]
    return Stats(
        read_minutes=int(match["minutes"]) if match["minutes"] else None,
        views=int(re.sub(r"\D", "", views)) if views else None,
    )


def _copyright(rest: str) -> tuple[str | None, int | None]:
    """`UNIAN 2023`, `2023 UNIAN. All rights reserved.` -> (outlet, year)."""
    years = re.findall(r"\b(?:19|20)\d{2}\b", rest)
    outlet = re.sub(r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*)?", " ", rest)
    outlet = re.sub(r"all rights reserved\.?", " ", outlet, flags=re.IGNORECASE)
    outlet = re.sub(r"\s+", " ", outlet).strip(" .,;:-–|")
    return outlet or None, int(years[-1]) if years else None


def _published(
    date_text: str | None, body: str, copyright_year: int | None
) -> tuple[str | None, str | None]:
    if not date_text:
        return None, None
    without_time = date_text
    iso = re.search(r"\d{4}-\d{2}-\d{2}", date_text)
    times = list(re.finditer(_TIME, date_text[iso.end() if iso else 0 :], re.IGNORECASE))
    time_match = times[-1] if times else None
    if time_match:
        offset = iso.end() if iso else 0
        start, end = time_match.start() + offset, time_match.end() + offset
        without_time = date_text[:start] + " " + date_text[end:]
    without_time = re.sub(r"\s+at\s*$", "", without_time.strip(" ,T"), flags=re.IGNORECASE)
    day, reason = _day(without_time, body, copyright_year)
    if day is None:
        return None, f"byline date {date_text!r} is not a calendar day"
    clock = _clock(time_match.group()) if time_match else None
    return (f"{day.isoformat()}T{clock}" if clock else day.isoformat()), reason


def _day(text: str, body: str, copyright_year: int | None) -> tuple[dt.date | None, str | None]:
    iso = re.search(r"\d{4}-\d{2}-\d{2}", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group()), None
        except ValueError:
            return None, None
    numeric = re.search(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})", text)
    if numeric:
        parts = (int(numeric[1]), int(numeric[2]), int(numeric[3]))
        try:
            resolved = resolve_numeric(
                parts,
                written=numeric.group(),
                body=body,
                copyright_year=copyright_year,
                two_digit_year=len(numeric[3]) == 2,
            )
        except ValueError:
            return None, None
        return resolved.date, resolved.reason
    return parse_date_text(text), None


def _clock(text: str) -> str | None:
    match = re.match(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?)?", text.strip(), re.I)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if match[3]:
        hour = hour % 12 + (12 if match[3].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def lede_of(paragraphs: tuple[str, ...]) -> str | None:
    """The opening paragraph when it is short and more follow: news pages open with the gist."""
    return paragraphs[0] if len(paragraphs) > 1 and len(paragraphs[0]) <= 300 else None


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Blank lines separate paragraphs; a text without any has one paragraph per line."""
    splitter = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    return tuple(p.strip() for p in re.split(splitter, text) if p.strip())


def _is_heading(paragraph: str, index: int, count: int) -> bool:
    """A short single line with no closing punctuation, between paragraphs."""
    return (
        0 < index < count - 1
        and "\n" not in paragraph
        and len(paragraph) <= 100
        and len(paragraph.split()) <= 12
        and paragraph[:1].isupper()
        and not paragraph.endswith(_HEADING_END)
    )
