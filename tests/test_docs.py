"""Docs match the code: every command helped and documented, generated pages current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import render_cli_docs  # noqa: E402


@pytest.mark.parametrize("path", render_cli_docs.command_paths()[1:], ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    text = render_cli_docs.help_text(path)
    if len(path) == 1 and path[0] == "eval":
        assert "Commands:" in text
        return
    example = text.split("Example:", 1)[1].split("\n\n", 1)[0] if "Example:" in text else ""
    assert f"claims {' '.join(path)}" in " ".join(example.split()), f"claims {' '.join(path)} --help has no Example"
    options = text.split("Options:", 1)[1]
    assert "--help" in options


def test_cli_reference_is_current() -> None:
    assert render_cli_docs.render() == (ROOT / "docs" / "cli.md").read_text(encoding="utf-8"), (
        "docs/cli.md is out of date: run python scripts/render_cli_docs.py"
    )


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [" ".join(p) for p in render_cli_docs.command_paths()[1:] if f"claims {' '.join(p)}" not in readme]
    assert missing == []


@pytest.mark.model
def test_readme_outputs_are_regenerated_unchanged() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_readme.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
