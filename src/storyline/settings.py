"""Settings: each declared once with its default and help, built once, then passed down.

Precedence: command-line flags, then `STORYLINE_<NAME>` environment variables, then a TOML file
(`--config`, or `storyline.toml` in the working directory when present), then the default.
Unknown names and values of the wrong type are rejected when the settings are built.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings", "build_settings"]


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = _setting("storyline.db", "SQLite file path or postgresql:// URL of the store")
    max_bytes: int = _setting(10_000_000, "largest file, upload or fetched page read, in bytes")
    fetch_timeout: float = _setting(10.0, "seconds to wait for a URL before giving up")
    max_redirects: int = _setting(5, "redirects followed when fetching a URL")
    allow_private_urls: bool = _setting(
        False, "let the web server fetch loopback and private addresses"
    )
    host: str = _setting("127.0.0.1", "address the web server binds")
    port: int = _setting(8000, "port the web server listens on")
    token: str = _setting("", "access token the web server requires (needed off loopback)")


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.default, f.metadata["help"]) for f in fields(Settings)
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}


def build_settings(
    flags: dict[str, Any] | None = None,
    *,
    environ: dict[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Merge the layers, check every name and type once, and freeze the result."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for layer in (_file_layer(config_file), _environment_layer(environ), flags or {}):
        for name, value in layer.items():
            if value is not None:
                values[name] = _checked(name, value)
    return Settings(**values)


def _file_layer(path: Path | None) -> dict[str, Any]:
    if path is None:
        path = Path("storyline.toml")
        if not path.is_file():
            return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from exc


def _environment_layer(environ: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    prefix = "STORYLINE_"
    return {
        key[len(prefix) :].lower(): value
        for key, value in environ.items()
        if key.startswith(prefix) and key[len(prefix) :].lower() in _BY_NAME
    }


def _checked(name: str, value: Any) -> Any:
    """Coerce strings from the environment; reject unknown names and wrong types."""
    if name not in _BY_NAME:
        known = ", ".join(sorted(_BY_NAME))
        raise ConfigError(f"unknown setting {name!r}", hint=f"known settings: {known}")
    wanted = type(_BY_NAME[name].default)
    if isinstance(value, str) and wanted is not str:
        value = _from_string(name, value, wanted)
    if wanted is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if type(value) is not wanted:
        raise ConfigError(f"setting {name!r} must be {wanted.__name__}, not {value!r}")
    return value


def _from_string(name: str, value: str, wanted: type) -> Any:
    if wanted is bool:
        lowered = value.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"setting {name!r} must be true or false, not {value!r}")
    try:
        return wanted(value)
    except ValueError as exc:
        raise ConfigError(f"setting {name!r} must be {wanted.__name__}, not {value!r}") from exc
