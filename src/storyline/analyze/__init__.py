"""Analyze: pure functions from a `Document` to an `Analysis`. No store, no tracking, no screen.

`analyze` and `analyze_many` are imported lazily, so importing this package loads neither
spaCy nor a model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.analyze.pipeline import analyze, analyze_many

__all__ = ["analyze", "analyze_many"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from storyline.analyze import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'storyline.analyze' has no attribute {name!r}")
