"""Bytes to text, and text to the form analysis reads, keeping a map back to the original.

Sources arrive in any encoding (cp1251, KOI8-R, UTF-16 with or without a BOM). Analysis wants
one space character and one apostrophe; readers want the text as it was. `normalize` gives both
plus sorted (text_offset, original_offset) breakpoints, the shape `Document.offsets` expects.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from storyline.errors import InputError

__all__ = ["Normalized", "decode_bytes", "normalize", "sniff_binary"]

# Same-length replacements: offsets do not move.
_REPLACE = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2019": "'", "\u02bc": "'"}
)
# Removed or shortened: offsets move, so each one adds a breakpoint.
_DROP = re.compile("\r\n|\r|[\u200b\u200c\u200d\u2060\ufeff]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF-", "a PDF document", "convert it to text first (for example with pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "storyline reads text, HTML, feeds and JSONL"),
    (b"\xff\xd8\xff", "a JPEG image", "storyline reads text, HTML, feeds and JSONL"),
    (b"GIF8", "a GIF image", "storyline reads text, HTML, feeds and JSONL"),
    (b"PK\x03\x04", "a ZIP archive", "unpack it and add the folder"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
)

Normalized = tuple[str, tuple[tuple[int, int], ...]]


def sniff_binary(data: bytes, source: str) -> None:
    """Refuse images, PDFs and archives up front with a message that names what they are."""
    for magic, what, hint in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{source}: is {what}, not text", hint=hint)


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Best evidence first: BOM, UTF-16 shape, declared charset, UTF-8, then detection."""
    sniff_binary(data, source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, source)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source)
    if b"\x00" in data:
        raise InputError(
            f"{source}: looks binary (it contains NUL bytes)",
            hint="storyline reads text, HTML, feeds and JSONL",
        )
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(
            f"{source}: cannot decode the bytes in any known text encoding",
            hint="save the file as UTF-8 and add it again",
        )
    return str(best)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: invalid {encoding} at byte {exc.start}",
            hint="save the file as UTF-8 and add it again",
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin or Cyrillic has a NUL or a 0x04 in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(1 for b in high if b in (0x00, 0x04)) / len(high)
        if share > 0.6:
            return encoding
    return None


def normalize(original: str) -> Normalized:
    """Normalize spaces, apostrophes, line ends and zero-width characters; map offsets back."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    removed = last = 0
    for match in _DROP.finditer(original):
        pieces.append(original[last : match.start()])
        keep = "\n" if match.group().startswith("\r") else ""
        pieces.append(keep)
        removed += len(match.group()) - len(keep)
        last = match.end()
        offsets.append((match.end() - removed, match.end()))
    pieces.append(original[last:])
    return "".join(pieces).translate(_REPLACE), tuple(offsets)
