"""Storyline: an offline news story tracker that turns saved articles and notes into a dossier."""

from storyline.errors import (
    ConfigError,
    InputError,
    ModelMissing,
    NotFound,
    StoreError,
    StorylineError,
)
from storyline.model import (
    Analysis,
    Attribution,
    Claim,
    Document,
    Entity,
    Event,
    Evidence,
    Mention,
    Stats,
    Story,
    TimelineEntry,
    Timex,
)
from storyline.settings import Settings, build_settings
from storyline.store import open_store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Attribution",
    "Claim",
    "ConfigError",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "InputError",
    "Mention",
    "ModelMissing",
    "NotFound",
    "Settings",
    "Stats",
    "StoreError",
    "Story",
    "StorylineError",
    "TimelineEntry",
    "Timex",
    "build_settings",
    "open_store",
]
