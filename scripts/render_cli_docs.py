"""Write docs/cli.md from each command's --help (the help text is the reference).

``--check`` exits 1 when docs/cli.md is out of date (the docs test uses it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from claims.cli import app

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "cli.md"
HEADER = """# CLI reference

Generated from `claims <command> --help` by `scripts/render_cli_docs.py`; do not
edit by hand. Exit codes: 0 success, 1 expected failure (one `error:` line on
stderr), 2 bad usage.
"""


def command_paths() -> list[list[str]]:
    """Every command as the argument list that reaches it, groups included."""
    root = get_command(app)
    paths: list[list[str]] = [[]]
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        paths.append([name])
        for sub in getattr(command, "commands", {}):
            paths.append([name, sub])
    return paths


def help_text(path: list[str]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"}, prog_name="claims")
    return result.stdout.rstrip() + "\n"


def render() -> str:
    parts = [HEADER]
    for path in command_paths():
        title = " ".join(["claims", *path])
        parts.append(f"\n## `{title}`\n\n```text\n{help_text(path)}```\n")
    return "".join(parts)


def main() -> int:
    fresh = render()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != fresh:
            sys.stderr.write("docs/cli.md is out of date: run python scripts/render_cli_docs.py\n")
            return 1
        return 0
    TARGET.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
