"""Embeddings as kept in the store: float16 bytes, a quarter of the JSON's size."""

from __future__ import annotations

import operator
from collections.abc import Sequence

import numpy as np

__all__ = ["cosine", "vector_bytes", "vector_tuple"]


def vector_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def vector_tuple(data: bytes | None) -> tuple[float, ...] | None:
    if data is None:
        return None
    return tuple(np.frombuffer(data, dtype=np.float16).astype(np.float64).tolist())


def cosine(a: Sequence[float] | None, b: Sequence[float] | None) -> float:
    """Of two normalized embeddings (0 when either is missing); linking compares thousands of
    pairs a document, so this stays in C-level `map` rather than a generator."""
    if a is None or b is None:
        return 0.0
    return sum(map(operator.mul, a, b))
