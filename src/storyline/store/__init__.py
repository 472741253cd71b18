"""Store: keeps documents and what analysis and tracking found. Keeps; does not compute."""

from storyline.store.base import SearchHit, Store, StoredDocument
from storyline.store.registry import BACKENDS, open_store

__all__ = ["BACKENDS", "SearchHit", "Store", "StoredDocument", "open_store"]
