"""The pre-commit hooks run commands the CLI accepts; the docs name the hooks that exist."""

from __future__ import annotations

import re

from conftest import REPO
from yzi18n.cli import build_parser

HOOKS = REPO / ".pre-commit-hooks.yaml"


def hooks() -> dict[str, str]:
    """id → entry, read without a YAML library (the file is flat, one key a line)."""
    found, current = {}, None
    for line in HOOKS.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^- id: (\S+)$", line):
            current = match.group(1)
        elif (match := re.match(r"^  entry: (.+)$", line)) and current:
            found[current] = match.group(1).strip()
    return found


def test_every_hook_runs_a_command_the_cli_parses() -> None:
    entries = hooks()
    assert set(entries) == {"yzi18n-check", "yzi18n-extract", "yzi18n-update"}
    parser = build_parser()
    for entry in entries.values():
        program, *argv = entry.split()
        assert program == "yzi18n"
        parser.parse_args(argv)  # SystemExit (a test failure) on an unknown option
    parser.parse_args(entries["yzi18n-check"].split()[1:] + ["--baseline", "b.json", "--fail-on", "warning"])


def test_every_hook_checks_the_whole_project() -> None:
    text = HOOKS.read_text(encoding="utf-8")
    assert len(re.findall(r"^  pass_filenames: false$", text, re.M)) == len(hooks())


def test_the_ci_guide_names_only_hooks_that_exist() -> None:
    guide = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    named = set(re.findall(r"- id: (yzi18n-[a-z]+)", guide))
    assert named and named <= set(hooks())
