"""Embeddings as kept in the store: float16 bytes, a quarter of the JSON's size."""

from __future__ import annotations

import numpy as np

__all__ = ["vector_bytes", "vector_tuple"]


def vector_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def vector_tuple(data: bytes | None) -> tuple[float, ...] | None:
    if data is None:
        return None
    return tuple(float(x) for x in np.frombuffer(data, dtype=np.float16))
