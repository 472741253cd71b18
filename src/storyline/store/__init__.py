"""Store: keeps documents and what analysis and tracking found. Keeps; does not compute."""

from storyline.store.base import (
    ClaimRecord,
    EntityRecord,
    EntryRecord,
    SearchHit,
    StoredDocument,
)
from storyline.store.registry import BACKENDS, open_store
from storyline.store.sql import SQLStore as Store

__all__ = [
    "BACKENDS",
    "ClaimRecord",
    "EntityRecord",
    "EntryRecord",
    "SearchHit",
    "Store",
    "StoredDocument",
    "open_store",
]
