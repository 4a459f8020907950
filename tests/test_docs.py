"""The documentation lists what the code has: every config key, command and bot command."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from qabot.bot.commands import COMMANDS as BOT_COMMANDS
from qabot.cli import COMMANDS as CLI_COMMANDS
from qabot.config import settings
from qabot.fetching.client import TIMEOUT, WHOLE_PAGE

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLE = tomllib.loads((REPO / "config.example.toml").read_text(encoding="utf-8"))
KEYS = [key for key, _, _ in settings()]


@pytest.mark.parametrize("key", KEYS)
def test_config_example_lists_every_key(key: str) -> None:
    table, name = key.split(".")
    assert name in EXAMPLE.get(table, {})


@pytest.mark.parametrize("key", KEYS)
def test_readme_configuration_table_lists_every_key(key: str) -> None:
    table, name = key.split(".")
    rows = [line for line in README.splitlines() if line.startswith(f"| `[{table}] ")]
    assert any(f"`{name}`" in row or f"] {name}`" in row for row in rows)


def test_config_example_holds_no_unknown_key() -> None:
    declared = {tuple(key.split(".")) for key in KEYS}
    written = {(table, name) for table, values in EXAMPLE.items() for name in values}
    assert written <= declared


@pytest.mark.parametrize("command", sorted(CLI_COMMANDS))
def test_readme_shows_every_command(command: str) -> None:
    assert f"qabot {command}" in README


@pytest.mark.parametrize("command", sorted(BOT_COMMANDS))
def test_readme_names_every_bot_command(command: str) -> None:
    assert f"/{command}" in README


def test_readme_gives_the_fetch_timeouts_the_client_uses() -> None:
    # it said "15 s timeouts" alone: a page trickling in byte by byte ran to 60 s
    text = " ".join(README.split())
    assert f"{TIMEOUT:g} s timeouts (to connect, and between two pieces of a page;" in text
    assert f"after {WHOLE_PAGE * TIMEOUT:g} s in all is cut off" in text
