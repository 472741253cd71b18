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
    "Stats",
    "StoreError",
    "Story",
    "StorylineError",
    "TimelineEntry",
    "Timex",
]
