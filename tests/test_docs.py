"""The docs cover every command, error code, setting and format; the README commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from storyline import errors
from storyline.present.cli import main
from storyline.present.export import EXPORTERS

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"## `storyline {name}`" in text, f"storyline {name} has no section in docs/cli.md"


def test_every_export_format_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in EXPORTERS:
        assert f"- `{name}`:" in text, f"export format {name} is not in docs/cli.md"


def test_every_error_code_is_documented_once() -> None:
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    classes = [errors.StorylineError, *errors.StorylineError.__subclasses__()]
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes)
    for cls in classes:
        assert f"| `{cls.code}` | `{cls.__name__}` |" in text


def test_readme_quick_start_has_exactly_two_commands_that_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", quick_start, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2
    for command in commands:
        script = command.removeprefix("bash ").strip()
        assert (REPO / script).is_file(), script
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci and commands[1] == "bash scripts/test.sh"
