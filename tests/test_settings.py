"""Settings: declared once, layered, checked once."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.settings import SETTINGS, Settings, build_settings

REPO = Path(__file__).resolve().parent.parent


def test_flags_beat_environment_beat_file_beat_default(tmp_path: Path) -> None:
    config = tmp_path / "storyline.toml"
    config.write_text('port = 7000\nhost = "0.0.0.0"\ndb = "from-file.db"\n')
    settings = build_settings(
        {"db": "from-flag.db", "token": None},
        environ={"STORYLINE_PORT": "7100", "HOME": "/x"},
        config_file=config,
    )
    assert settings.db == "from-flag.db"
    assert settings.port == 7100
    assert settings.host == "0.0.0.0"
    assert settings.max_bytes == Settings().max_bytes


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ({"colour": "red"}, "unknown setting"),
        ({"port": "eighty"}, "must be int"),
        ({"allow_private_urls": "perhaps"}, "true or false"),
        ({"max_bytes": 1.5}, "must be int"),
    ],
)
def test_bad_settings_are_rejected(flags: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_settings(flags, environ={})


def test_environment_strings_are_coerced() -> None:
    settings = build_settings(environ={"STORYLINE_ALLOW_PRIVATE_URLS": "yes"})
    assert settings.allow_private_urls is True


def test_every_setting_has_help_and_is_documented() -> None:
    assert [s.name for s in SETTINGS] == [f.name for f in fields(Settings)]
    docs = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert setting.help
        assert f"`{setting.name}`" in docs, f"{setting.name} is not in docs/settings.md"
