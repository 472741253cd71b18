"""The public surface is small and pinned: the model, the store opener, settings, the errors."""

from __future__ import annotations

import subprocess
import sys

import storyline


def test_exported_members_are_pinned() -> None:
    assert sorted(storyline.__all__) == sorted(
        [
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
    )
    for name in storyline.__all__:
        assert getattr(storyline, name).__module__.startswith("storyline.")


def test_importing_the_package_loads_no_nlp_model() -> None:
    code = "import sys, storyline, storyline.present.cli; print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
