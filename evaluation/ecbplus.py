"""Reading ECB+ token XML: documents with their gold story, thread and entity chains.

ECB+ gives each topic two seminal events of the same kind: the `ecb` documents tell one, the
`ecbplus` documents the other. So a sub-topic (`1ecb`, `1ecbplus`) is a gold story and a topic
is a gold thread. `ecbplus` files carry the page's URL as sentence 0 and the headline as
sentence 1; `ecb` files start with the body. Neither has a publication date, which is why the
tracker must cope without one.

Entity gold: markables of the person, organization and place tags, kept when they look like
names (capitalized words, not only a sentence-initial capital), with their chain: the
cross-document instance they are linked to, else their within-document chain, else themselves.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["EcbDocument", "GoldMention", "read_corpus", "read_document"]

ENTITY_TAGS = {
    "HUMAN_PART_PER": "PERSON",
    "HUMAN_PART_ORG": "ORG",
    "HUMAN_PART_GPE": "GPE",
    "LOC_GEO": "LOC",
    "LOC_FAC": "FAC",
    "LOC_OTHER": "LOC",
}
_CONNECTORS = {"of", "the", "de", "for", "and", "'s", "-", "&", ".", "al", "la", "du", "von"}
_LEADING = {"the", "a", "an", "his", "her", "its", "their"}
_PRONOUNS = {"i", "i'm", "i've", "i'd", "i'll", "we", "he", "she", "it", "they", "you"}
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "%", ")", "'s", "n't", "'", "''", "'re", "'m"}
_NO_SPACE_AFTER = {"(", "$", "``"}


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A named entity mention with its gold chain (chain ids are unique within a topic)."""

    doc_id: str
    text: str
    type: str
    start_char: int
    end_char: int
    chain: str


@dataclass(frozen=True, slots=True)
class EcbDocument:
    id: str
    topic: str
    subtopic: str
    title: str | None
    text: str
    url: str | None
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True, slots=True)
class _Token:
    tid: str
    sentence: int
    number: int
    text: str


def read_corpus(root: Path) -> list[EcbDocument]:
    """All documents under `root`, in a stable order (topic, then file name)."""
    files = sorted(root.glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    return [read_document(path) for path in files]


def read_document(path: Path) -> EcbDocument:
    root = ET.parse(path).getroot()
    tokens = [
        _Token(t.get("t_id", ""), int(t.get("sentence", 0)), int(t.get("number", 0)), t.text or "")
        for t in root.iter("token")
    ]
    name = path.stem
    topic = name.split("_", 1)[0]
    plus = name.endswith("ecbplus")
    url = title = None
    body = tokens
    if plus:
        url = "".join(t.text for t in tokens if t.sentence == 0)
        title_tokens = [t for t in tokens if t.sentence == 1]
        title = _detokenize(title_tokens)[0]
        body = [t for t in tokens if t.sentence >= 2]
    text, offsets = _detokenize(body)
    mentions = tuple(_mentions(root, name, tokens, offsets, text))
    subtopic = f"{topic}{'ecbplus' if plus else 'ecb'}"
    return EcbDocument(name, topic, subtopic, title, text, url, mentions)


def _detokenize(tokens: list[_Token]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text with sentences on their own lines, and each token id's character span in it."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous: _Token | None = None
    for token in tokens:
        if previous is not None:
            if token.sentence != previous.sentence:
                sep = "\n"
            elif token.text in _NO_SPACE_BEFORE or previous.text in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        offsets[token.tid] = (length, length + len(token.text))
        parts.append(token.text)
        length += len(token.text)
        previous = token
    return "".join(parts), offsets


def _chains(root: ET.Element, doc_id: str) -> dict[str, str]:
    """Mention id -> chain id: cross-document instance first, else the within-document chain."""
    chains: dict[str, str] = {}
    for relation in root.iter("INTRA_DOC_COREF"):
        target = relation.find("target")
        if target is None:
            continue
        for source in relation.iter("source"):
            chains[source.get("m_id", "")] = f"{doc_id}#{target.get('m_id')}"
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.iter("source"):
            chains[source.get("m_id", "")] = relation.get("note", "")
    return chains


def _mentions(
    root: ET.Element,
    doc_id: str,
    tokens: list[_Token],
    offsets: dict[str, tuple[int, int]],
    text: str,
) -> Iterator[GoldMention]:
    by_id = {t.tid: t for t in tokens}
    chains = _chains(root, doc_id)
    markables = root.find("Markables")
    for markable in markables if markables is not None else ():
        kind = ENTITY_TAGS.get(markable.tag)
        anchors = [a.get("t_id", "") for a in markable.iter("token_anchor")]
        anchors = [a for a in anchors if a in offsets]
        if kind is None or not anchors:
            continue
        span = [by_id[a] for a in anchors]
        if not _looks_named(span):
            continue
        start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
        m_id = markable.get("m_id", "")
        chain = chains.get(m_id, f"{doc_id}#{m_id}")
        yield GoldMention(doc_id, text[start:end], kind, start, end, chain)


def _looks_named(span: list[_Token]) -> bool:
    """Capitalized content words, with a capital that is not only the sentence's first letter."""
    words = list(span)
    while words and words[0].text.lower() in _LEADING:
        words = words[1:]
    content = [t for t in words if t.text.lower() not in _CONNECTORS and t.text[:1].isalpha()]
    if not content or not all(t.text[:1].isupper() for t in content):
        return False
    first = content[0].text
    if len(content) == 1 and first.lower() in _PRONOUNS:
        return False
    return len(content) > 1 or content[0].number > 0 or first.isupper()
